"""Entities round 50: SERVICE precision and BOARD names on fresh committee pages of other councils about services,
teams, boards, panels and partnerships (no entities gold; the pages' text is quoted here from the councils' public
pages, addresses below and in annotations/README.md "Entities round 50"). The initials of a social care post in a
staffing table, and any initials counted there, are no body; a period of years after a board's name is its report's;
a document after a service ("... Service Inter Authority Agreement") is no part of its name; a plural job title
("Strategic Directors for ...") is a job title; a police rank before a person is a title; two first names joined by
"and" are two people; the item after a list's comma is no appositive; an area's probation service is an
organisation; a scrutineer is a post; a document's foreword opens no name; "as" ends a name; a lower-case "group"
after a plan's capitalised words names a group; an officer by one initial and a surname is a person; a head word
repeated in lower case is outside the name; a plan for a service names the service; a directorate's or service's
plan by its kind alone is no programme. Each text is read as one unit of one paper."""

from __future__ import annotations

import pytest

from conftest import unit_mentions

# Reading adult social care operations service plan 2025-28 (www.reading.gov.uk/the-council-and-democracy/
# council-strategies-plans-and-policies/service-plans/adult-social-care-operations-service-plan)
READING = ("Staffing allocation table showing team resources across different roles. Columns include Team Manager, "
           "PSW, SSW, SW, POT, SOT, ROVI, Sensory, OT, SCC, Head of Service, Apprentice, and TOTAL. Rows list teams: "
           "ASC Operational Management Team (2 Head of Service, total 2), Mental Health Team (1 Team Manager, 6 SSW, "
           "8.6 SW, 1.81 SOT, 2 SCC, total 19.41), LDA TEAM (1 Team Manager, 4 SSW, 7.81 SW, 1 SOT, 3 OT, 3.5 SCC, "
           "total 20.31), AWBH-OT Pathway (1 Team Manager, 1 ROVI, 1 Sensory, 6.54 OT, 3.81 SCC, total 16.95)")
# Buckinghamshire committee item (buckinghamshire.moderngov.co.uk/mgAi.aspx?ID=15978)
BUCKS = ("To receive the Annual Report of the Buckinghamshire Children's Safeguarding Partnership Board 2021-2022, "
         "presented by the Chair, Walter McCulloch.")
# Neath Port Talbot pre-scrutiny (democracy.npt.gov.uk/mgAi.aspx?ID=14155)
NPT_AGREEMENT = ("6.2 Regional Adoption Service Inter Authority Agreement\n\nThe Committee received information in "
                 "relation to the Western Bay regional Adoption Service Inter Authority Agreement.")
NPT_FOREWORD = ("Members asked if the Foreword of the Annual Report be proof read before being published as it "
                "contained come grammatical errors.")
# Rotherham Cabinet (moderngov.rotherham.gov.uk/mgAi.aspx?ID=70495)
ROTHERHAM = ("Councillor Lakin, Leader of the Council, introduced a joint report by the Strategic Directors for "
             "Environment and Development Services and Children and young People's Services, which provided an update")
# Haringey Community Safety Partnership, 13 June 2013 (www.minutes.haringey.gov.uk/ieIssueDetails.aspx?IId=39204&Opt=3)
HARINGEY = ("PC Matt Arnold and Natalie Green from the British Transport Police (BTP) introduced themselves to the "
            "Partnership as Crime Reduction Officers covering the overground stations in the borough. The BTP produced "
            "quarterly crime reports which would potentially be of interest to the CSP in their performance monitoring "
            "role. It was agreed that PC Arnold would liaise with Hazel Simmonds to arrange for the BTP crime stats to "
            "be included.")
# North Lincolnshire Children's Scrutiny Panel, 26 November 2024 (northlincolnshire.moderngov.co.uk/
# ieListDocuments.aspx?MId=4232)
NORTH_LINCS = ("The Chairman explained that Rachel, Tom and Karen had been invited to present the annual review of "
               "local arrangements to safeguard and promote the welfare of children and young people.")
NORTH_LINCS_PANEL = ("The presentation concluded with a summary of key messages from the Independent Scrutineer, the "
                     "Child Safeguarding Practice Review Panel, and local audits and self-assessment.")
# Barnet Safer Communities Partnership Board (barnet.moderngov.co.uk/ieListDocuments.aspx?CId=457&MId=7952&Ver=4)
BARNET = ("The Board noted the need for partnership working between YOT and the Voice of the Child Coordinator, "
          "Restorative Justice Coordinator and Victim Support to encourage young victims of crime to contribute to "
          "restorative justice interventions.")
# Sefton Safer Communities (modgov.sefton.gov.uk/ieListDocuments.aspx?CId=619&MID=6691)
SEFTON = ("(I) Integrated Offender Management\nPeter Needham, Merseyside Probation Service indicated that Integrated "
          "Offender Management (IOM) was the overarching offender management strategy")
# Batch B pages (read and counted before their own rules were written)
# Cheshire East children and families scrutiny (moderngov.cheshireeast.gov.uk/mgAi.aspx?ID=16832)
CHESHIRE_EAST = ("Dominic explained that an ICT strategy group had been established to develop the themes, programme "
                 "and vision for the strategy. With regard to the current situation, Dominic explained that the ICT "
                 "Strategy group were conducting a review of the 70+ current systems that were currently in operation.")
# Oxfordshire Community Safety Scrutiny Committee, 8 May 2006 (mycouncil.oxfordshire.gov.uk/Data/
# Community%20Safety%20Scrutiny%20Committee/20060703/Agenda/CM030706-03.htm)
OXFORDSHIRE = ("Part of meeting: The Director for Community Safety, M. Simm and C. Thomas; J. Bugeja and N Strick "
               "(Environment & Economy); D. Wilkins (Resources).")
# South Kesteven scrutiny panel (moderngov.southkesteven.gov.uk/mgAi.aspx?ID=6414)
SOUTH_KESTEVEN = ("He gave a presentation which covered progress against relevant elements of the Environmental Health "
                  "Services service plan:")
SOUTH_KESTEVEN_PLANS = ("The Panel will undertake the first gateway review of 2006/07 service plans relevant to its "
                        "remit.\n\n- Environmental Health Service Plan\n\n- Street Scene Service Plan")
# York Executive Members (democracy.york.gov.uk/mgAi.aspx?ID=7108)
YORK = ("Agenda item\n\nDirectorate Service Plan\n\nThis report seeks the Executive Members approval for the "
        "Directorate Service Plans for Housing and Adult Social Services covering the period 2008-2011.")
YORK_PLAN = ("The plans, which were annexed to the report, comprised a Directorate Plan, linking the work of HASS to "
             "the Council's corporate objectives, and six service plans detailing the service aims.")

# (text, a name read there, its label)
NAMES = [
    (BUCKS, "Buckinghamshire Children's Safeguarding Partnership Board", "BOARD"),
    (NPT_AGREEMENT, "Regional Adoption Service", "SERVICE"),
    (HARINGEY, "PC Arnold", "PERSON"),
    (NORTH_LINCS, "Tom", "PERSON"),
    (NORTH_LINCS, "Karen", "PERSON"),
    (SEFTON, "Merseyside Probation Service", "ORG"),
    (CHESHIRE_EAST, "ICT Strategy group", "BOARD"),
    (OXFORDSHIRE, "N Strick", "PERSON"),
    (OXFORDSHIRE, "D. Wilkins", "PERSON"),
    (SOUTH_KESTEVEN, "Environmental Health Services", "SERVICE"),
    (YORK, "Housing and Adult Social Services", "SERVICE"),
    # guards passing on the old code too: teams in the staffing table, the people and bodies beside the fixed spans
    (READING, "Mental Health Team", "SERVICE"),
    (READING, "LDA TEAM", "SERVICE"),
    (HARINGEY, "Matt Arnold", "PERSON"),
    (HARINGEY, "British Transport Police", "ORG"),
    (NORTH_LINCS_PANEL, "Child Safeguarding Practice Review Panel", "BOARD"),
    (BARNET, "YOT", "SERVICE"),
    (BARNET, "Victim Support", "ORG"),
    (SOUTH_KESTEVEN_PLANS, "Environmental Health Service Plan", "PROGRAMME"),
    (SOUTH_KESTEVEN_PLANS, "Street Scene Service Plan", "PROGRAMME"),
]

# (text, a span that is no name there)
NOT_NAMES = [
    (READING, "PSW"), (READING, "SSW"), (READING, "SW"), (READING, "POT"), (READING, "SOT"), (READING, "ROVI"),
    (READING, "OT"), (READING, "1 ROVI"),
    (BUCKS, "Buckinghamshire Children's Safeguarding Partnership Board 2021-2022"),
    (NPT_AGREEMENT, "Regional Adoption Service Inter Authority Agreement"),
    (NPT_FOREWORD, "Foreword of the Annual Report"),
    (ROTHERHAM, "Strategic Directors for Environment and Development Services"),
    (HARINGEY, "PC"),
    (HARINGEY, "Partnership as Crime Reduction"),
    (NORTH_LINCS, "Tom and Karen"),
    (NORTH_LINCS_PANEL, "Independent Scrutineer"),
    (BARNET, "Restorative Justice"),
    (CHESHIRE_EAST, "ICT strategy"),
    (CHESHIRE_EAST, "ICT strategy group"),
    (CHESHIRE_EAST, "ICT Strategy"),
    (SOUTH_KESTEVEN, "Environmental Health Services service"),
    (YORK, "Directorate Service Plan"),
    (YORK, "Directorate Service Plans for Housing and Adult Social Services"),
    (YORK_PLAN, "Directorate Plan"),
]


@pytest.mark.parametrize(("text", "name", "label"), NAMES)
def test_a_name(services_nlp, text, name, label):
    assert unit_mentions(services_nlp, text).get(name, (None,))[0] == label


@pytest.mark.parametrize(("text", "name"), NOT_NAMES)
def test_no_name(services_nlp, text, name):
    assert name not in unit_mentions(services_nlp, text)


def test_counted_initials_are_posts_but_a_council_by_its_initials_stays(services_nlp):
    """Reading's staffing table counts its social care coordinators as "2 SCC"; a county council's initials that no
    count opens stay a name (written for the probe)."""
    assert "SCC" not in unit_mentions(services_nlp, "Mental Health Team (1 Team Manager, 6 SSW, 2 SCC, total 19.41)")
    assert "KCC" in unit_mentions(services_nlp, "The proposals were agreed by KCC in March 2024.")


def test_a_list_after_a_name_is_no_appositive_but_an_appositive_still_is(services_nlp):
    """The item after a comma and "the" with a list going on ("..., and local audits") is the list's next item; a real
    appositive still labels the name before it (written for the probe, as in round 45's appositive tests)."""
    mentions = unit_mentions(services_nlp, "Westvale Works, the Council's employment support service, helped 300 "
                                           "residents into work.")
    assert mentions.get("Westvale Works", (None,))[0] == "SERVICE"
