"""Entities round 47: PROGRAMME and BOARD on fresh committee pages of other councils (no entities gold; the pages'
text is quoted here from the councils' public committee pages, addresses below and in annotations/README.md
"Entities round 47"). Batch A (health and wellbeing boards, partnerships, transformation programmes, funds): an
officer named in brackets after a board brings its item and is no remit of the board's; a month after "for" is a
report's period, not a plan's subject; a project's papers in the plural are no codename; a kind of body in the
plural ("Health and Wellbeing Boards") is a category, no body, and the words inside it no name; the government's
agreements and deals with local areas are programmes, and a plural long form's acronym in the singular names one
of them ("Local Area Agreements (LAAs)" ... "the LAA"); the County Council Network is a national body. Batch B
(read once after those fixes, then fixed in-sample): a government's pathfinder is a programme; a plan named
"<Doing> the <Aim> Plan" is one name. Each text is read as one unit of one paper."""

from __future__ import annotations

import pytest

from conftest import paragraph_mentions, unit_mentions

# West Berkshire Health and Wellbeing Board, agenda item (decisionmaking.westberks.gov.uk/mgAi.aspx?ID=21793)
WEST_BERKS_TITLE = ("Agenda item\n\nProposal to merge the Local Strategic Partnership Management group and Health and "
                    "Wellbeing Board (Nick Carter)")
WEST_BERKS_LAA = ("The LSP had twelve members and the membership was split up equally between the public, private and "
                  "voluntary sectors. The real motivation for having LSPs was to drive the Local Area Agreements (LAAs) "
                  "under the former Labour Government. The aim of the LAA was to identify what areas within the "
                  "district required improvement. There had been a large amount of funding attached to the LAA.")
WEST_BERKS_DEAL = ("The Skills and Enterprise Sub-Partnership was leading on the City Deal and largely focused on "
                   "getting young people into work or education.")
# Epping Forest Cabinet, 14 June 2018 (rds.eppingforestdc.gov.uk/ieIssueDetails.aspx?IId=66162&Opt=3)
EPPING = ("(1)        That the progress of the Projects and Programmes within the Transformation Programme for April "
          "2018 be noted, alongside the planned actions for May 2018.")
# Plymouth Cabinet (democracy.plymouth.gov.uk/mgDecisionDetails.aspx?IId=59993&Opt=1)
PLYMOUTH = ("endorse the Programme and Project Summaries for 2014-15 and Outline Business Cases for the Transformation "
            "Programme so that they can be developed into full Business Cases for further consideration;")
# Gloucestershire Health and Wellbeing Board (glostext.gloucestershire.gov.uk/mgAi.aspx?ID=42542)
GLOUCESTERSHIRE = ("It was noted that the Act did not impact on the statutory duties of Health and Wellbeing Boards, and "
                   "that these must still be discharged.")
# Anglesey committee item (democracy.anglesey.gov.uk/mgAi.aspx?ID=2590&LLL=0)
ANGLESEY = ("The terms of reference of the three Transformation Programme Boards and their purpose in overseeing change "
            "within the Council.")
# Surrey Health and Wellbeing Board (mycouncil.surreycc.gov.uk/mgAi.aspx?ID=42329)
SURREY = ("1.     The Serious Violence Programme Lead (OPCC) updated the Board on the mobilisation of the Community "
          "Safety and Prevention Board (CSPB).")
CMPB = "corpus/kent/Appendix 1 - Kent CMPB 2024 Annual Report.txt"
CABINET_JAN = "corpus/pdf/Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf"
SEFTON = ("corpus/web/Sefton Council - Overview and Scrutiny Committee (Children's Services and Safeguarding) "
          "2017-09-26.txt")
# batch B: Bromley committee item (cds.bromley.gov.uk/mgAi.aspx?ID=23415)
BROMLEY = ("The report also requested that the Portfolio Holder for Education recommend that the Council's Executive "
           "release funds totalling £194,600 held in the 2013/14 central contingency to continue to support work "
           "related to the SEND Pathfinder.  This comprised £150K relating to Year 3 funding to support the Bromley "
           "and Bexley Pathfinder and £44,600 to support Bromley and Bexley Pathfinder Champion work.")
# Dorset Cabinet (moderngov.dorsetcouncil.gov.uk/ieIssueDetails.aspx?IId=19898&Opt=3&PlanId=0)
DORSET = ("That the approach to delivering the Families First for Children Pathfinder, as set out in the report to "
          "People and Health Overview Committee of 17 October 2023, be approved.")
# North Lincolnshire Children and Families Cabinet Member, 7 September 2021
# (northlincolnshire.moderngov.co.uk/ieListDocuments.aspx?CId=198&MId=3342)
NORTH_LINCS = ("32      GETTING THE BEST START PLAN - The Director: Learning, Skills and Culture submitted a report "
               "seeking to introduce and adopt the Getting the BEST START Plan.")
# Lincolnshire Children and Young People Scrutiny Committee (lincolnshire.moderngov.co.uk/mgAi.aspx?ID=19707)
LINCOLNSHIRE = ("Consideration was given to a report by Tara Jones, Head of Service – Children in Care Transformation "
                "and Hannah Fassler, Interim Head of Service for Boston and South Holland Locality, which invited the "
                "Committee to consider a report on the Family Hubs Feasibility and the refreshed Supporting Families "
                "Programme, which was being presented to the Executive Councillor for Children's Services, Community "
                "Safety and Procurement for a decision between 04 and 08 July 2022.")

# (text, a name read there, its label)
NAMES = [
    (WEST_BERKS_TITLE, "Health and Wellbeing Board", "BOARD"),
    (WEST_BERKS_TITLE, "Nick Carter", "PERSON"),
    (WEST_BERKS_LAA, "Local Area Agreements", "PROGRAMME"),
    (WEST_BERKS_LAA, "LAA", "PROGRAMME"),
    (WEST_BERKS_DEAL, "City Deal", "PROGRAMME"),
    (EPPING, "Transformation Programme", "PROGRAMME"),
    (BROMLEY, "SEND Pathfinder", "PROGRAMME"),
    (BROMLEY, "Bromley and Bexley Pathfinder", "PROGRAMME"),
    (DORSET, "Families First for Children Pathfinder", "PROGRAMME"),
    (NORTH_LINCS, "Getting the BEST START Plan", "PROGRAMME"),
    # guards passing on the old code too: a board's acronym defined, a named programme, a board after the pathfinder
    (SURREY, "Community Safety and Prevention Board", "BOARD"),
    (SURREY, "CSPB", "BOARD"),
    (LINCOLNSHIRE, "Supporting Families Programme", "PROGRAMME"),
    (DORSET, "People and Health Overview Committee", "BOARD"),
    (WEST_BERKS_DEAL, "Skills and Enterprise Sub-Partnership", "BOARD"),
]

# (text, a name read there before this round that is none)
NO_NAMES = [
    (WEST_BERKS_TITLE, "Health and Wellbeing Board (Nick Carter)"),
    (EPPING, "Transformation Programme for April 2018"),
    (PLYMOUTH, "Project Summaries"),
    (GLOUCESTERSHIRE, "Health and Wellbeing Boards"),
    (ANGLESEY, "Transformation Programme Boards"),
    (NORTH_LINCS, "BEST START Plan"),
    # guards passing on the old code too: an officer's remit is no service, "Programme Lead" no programme
    (LINCOLNSHIRE, "Children in Care Transformation"),
    (SURREY, "Serious Violence Programme"),
]


@pytest.mark.parametrize("text, name, label", NAMES)
def test_a_name(services_nlp, text, name, label):
    assert unit_mentions(services_nlp, text).get(name, (None,))[0] == label


@pytest.mark.parametrize("text, name", NO_NAMES)
def test_no_name(services_nlp, text, name):
    assert name not in unit_mentions(services_nlp, text)


def test_a_category_of_panel_and_its_words(services_nlp):
    """A tuned Kent paper: panels in the plural are a kind of body, and the words before "Panels" no name either."""
    found = paragraph_mentions(services_nlp, CMPB, "attending Civil-Military Partnership Panels")
    assert "Civil-Military Partnership Panels" not in found
    assert "Civil-Military Partnership" not in found
    assert found.get("Dover", (None,))[0] == "PLACE"


def test_the_county_council_network(services_nlp):
    """A tuned Kent paper: the county councils' national association is an organisation, whole, with its acronym."""
    found = paragraph_mentions(services_nlp, CABINET_JAN, "County Council Network")
    assert found.get("County Council Network", (None,))[0] == "ORG"
    assert found.get("CCN", (None,))[0] == "ORG"


def test_a_bracketed_remit_stays(services_nlp):
    """A guard passing on the old code too: a committee's remit in brackets is part of its name (the tuned gold's
    "Overview and Scrutiny Committee (Children's Services and Safeguarding)")."""
    found = paragraph_mentions(services_nlp, SEFTON, "Overview and Scrutiny Committee (Children")
    assert found.get("Overview and Scrutiny Committee (Children's Services and Safeguarding)", (None,))[0] == "BOARD"
