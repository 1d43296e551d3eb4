"""Entities round 48: SERVICE precision and span on fresh committee pages of other councils (no entities gold; the
pages' text is quoted here from the councils' public committee pages, addresses below and in annotations/README.md
"Entities round 48"). An agenda item's "Procurement of" and a decision heading's verb ("Adopt") are no part of the
service or plan after them; a preposition left after a dropped date starts no name; a post joined by "and" to a team
is no part of the team's name; a council's service by its kind alone ("the Council Service") and a minute's verb
shouted in capitals ("NOTED") name nothing; a capitalised "Directorate" after a bracketed acronym makes the long form
and its acronym a service. Each text is read as one unit of one paper."""

from __future__ import annotations

import pytest

from conftest import unit_mentions

# Barking and Dagenham Cabinet, 16 April 2024 (modgov.lbbd.gov.uk/Internet/ieIssueDetails.aspx?IId=94114&Opt=3&PlanId=0)
BARKING = ("Meeting: 16/04/2024 - Cabinet (Item 111)\n\n111 Procurement of Reablement At Home Service\n\nAdditional "
           "documents:\n\nThe Cabinet Member for Adult Social Care and Health Integration presented a report on "
           "proposals regarding the development and procurement of a Reablement at Home service.")
BARKING_TAIL = ("those pilots would be extended until the new Reablement at Home service had been commissioned and there "
                "had been an efficient transition from the existing Adult Crisis Intervention service.")
# Lancaster Cabinet decision (committeeadmin.lancaster.gov.uk/ieDecisionDetails.aspx?AIId=44281)
LANCASTER = ("Decision details\n\nAdopt Homelessness Strategy\n\nDecision Maker: Cabinet\n\nDecision status: "
             "Recommendations Approved")
# Surrey Cabinet on the Children, Schools and Families Directorate's year (mycouncil.surreycc.gov.uk/ieIssueDetails.aspx?IId=3798&Opt=3)
SURREY = ("The Children, Schools and Families (CSF) Directorate has made good progress over the past year. A recent "
          "Ofsted inspection found Surrey County Council's arrangements for the protection of children to be effective.")
SURREY_DATE = ("She referred to the Ofsted inspection in September 2012 of Surrey County Council's arrangements for the "
               "protection of children, which had found the Directorate's work to be effective.")
# Mid Devon housing group item (democracy.middevon.gov.uk/ieIssueDetails.aspx?IId=19787&Opt=3&PlanId=0)
MID_DEVON = ("To receive a report from the Head of Housing and Health providing an update on activities and initiatives "
             "undertaken by the Housing Initiatives Officer and Housing Options Team relating to homelessness "
             "prevention and to introduce the need to develop a new homelessness policy.")
MID_DEVON_NOTED = ("The Group received, and NOTED, a report * from the Operations Manager for Public Health and Housing "
                   "regarding the Housing Initiatives Plan.")
# Worcestershire Cabinet (worcestershire.moderngov.co.uk/mgAi.aspx?ID=8670)
WORCESTERSHIRE = ("To do this the services needed to meet the key principles of being value for money, provide better "
                  "quality (meeting CQC quality levels at least), and to develop the market. However, the Council "
                  "Service would not be a threat to the market.")
# North West Leicestershire Cabinet, 27 June 2023 (minutes-1.nwleics.gov.uk/ieIssueDetails.aspx?IId=20536&Opt=3)
NW_LEICS = ("Report of the Director of Community Services\n\nPresented by the Community Services Portfolio Holder\n\n"
            "The Deputy Leader and Portfolio Holder for Community Services presented the report.")

# (text, a name read there, its label)
NAMES = [
    (BARKING, "Reablement At Home Service", "SERVICE"),
    (LANCASTER, "Homelessness Strategy", "PROGRAMME"),
    (SURREY, "Children, Schools and Families", "SERVICE"),
    (SURREY, "CSF", "SERVICE"),
    (SURREY_DATE, "Surrey County Council", "ORG"),
    (MID_DEVON, "Housing Options Team", "SERVICE"),
    # guards passing on the old code too: the service in running text, the council and the inspectorate, the plan
    (BARKING, "Reablement at Home service", "SERVICE"),
    (BARKING_TAIL, "Adult Crisis Intervention service", "SERVICE"),
    (SURREY, "Surrey County Council", "ORG"),
    (SURREY, "Ofsted", "INSPECTORATE"),
    (MID_DEVON_NOTED, "Housing Initiatives Plan", "PROGRAMME"),
    (WORCESTERSHIRE, "CQC", "INSPECTORATE"),
]

# (text, a span that is no name there)
NOT_NAMES = [
    (BARKING, "Procurement of Reablement At Home Service"),
    (LANCASTER, "Adopt Homelessness Strategy"),
    (SURREY_DATE, "of Surrey County Council"),
    (MID_DEVON, "Housing Initiatives Officer and Housing Options Team"),
    (MID_DEVON_NOTED, "NOTED"),
    (WORCESTERSHIRE, "Council Service"),
    # guard: a post "and" a second post names no service ("Portfolio Holder for Community Services")
    (NW_LEICS, "Portfolio Holder for Community Services"),
]


@pytest.mark.parametrize("text,name,label", NAMES)
def test_a_name(services_nlp, text, name, label):
    assert unit_mentions(services_nlp, text).get(name, (None,))[0] == label


@pytest.mark.parametrize("text,name", NOT_NAMES)
def test_no_name(services_nlp, text, name):
    assert name not in unit_mentions(services_nlp, text)


def test_the_directorate_acronym_resolves(services_nlp):
    """A bare use of the directorate's acronym resolves to the long form its definition gives."""
    found = unit_mentions(services_nlp, SURREY + " The CSF budget was under pressure.")
    assert found["CSF"][0] == "SERVICE"
    assert found["CSF"][1] == "Children, Schools and Families"


def test_adopt_south_west_keeps_its_word(services_nlp):
    """Guard: a body's name that opens with a decision's verb keeps it (Somerset 2019, seed 004's "Adopt South West")."""
    text = "The council works with Adopt South West, the regional adoption agency, on recruitment."
    assert unit_mentions(services_nlp, text).get("Adopt South West", (None,))[0] == "ORG"
