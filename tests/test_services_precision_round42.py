"""Entities round 42: names that are no named service or body. An equality impact assessment's field labels and the
protected characteristics it asks about ("| Responsible Service | Public Health |", "Mitigating actions for Pregnancy
and Maternity"), a church service ("Christmas Carol Service"), a job's remit in brackets ("the Director of Operations
(Adult Social Care)"), a meeting's standing agenda item ("Public Participation and Questions from Councillors"); and a
decision page's author alone on its line is a person ("Report author: Teresa Fielding"); ordinary words a paper
capitalises ("elected Members", "wage Growth") name nothing alone, nor does any council's "Local Authority Children's
Services"; a county's virtual school is named with its county ("Virtual School Kent"). Every text is a paragraph
of the corpus paper, read as the evaluation reads it.

Entities round 43 (care and committee papers of other councils): a council's charging policy for care is a named
policy ("Adult Social Care Residential Charging Policy", not the service "Adult Social Care"); an executive
councillor's portfolio after a comma is a job title; a sub-committee, a kind of plan ("Delivery Plan") or kind words
alone ("the Service and/or Directorate budgets"), an internal audit's annual report and an attendance list's code
after a name ("Harry Rayner – MEM (Chair)") name nothing; a lower-case "committee" after a committee's remit makes it
a committee ("Governance & Audit committee")."""

from __future__ import annotations

import pytest

from conftest import paragraph_mentions as _found

EQIA_EDUCATION = "corpus/kent/24-00096 - EQIA.txt"
EQIA_HEALTH = "corpus/kent/24-00115 - EqIA.txt"
CMPB = "corpus/kent/Appendix 1 - Kent CMPB 2024 Annual Report.txt"
ROCHDALE = "corpus/web/Rochdale Borough Council - Cabinet 2020-12-01.txt"
CABINET_JAN = "corpus/kent/Minutes of the meeting held on 9th January 2025.txt"
WILTSHIRE = "corpus/web/Wiltshire Council - Cabinet 2024-11-19.txt"
KEY_SERVICES = "corpus/kent/Appendix G - Key Service Statement.txt"
STOKE_FERRY_2018 = "corpus/parish/Stoke Ferry Parish Council minutes 2018-01-03.txt"
WEST_DEREHAM_2014 = "corpus/parish/West Dereham Parish Council minutes 2014-12-04.txt"
DECISION_REPORT = "corpus/kent/Appendix 3 - 24-00093 Decision Report.txt"
TMG_NOTE = "corpus/kent/Appendix 3 - TMG meeting note 14 November 2024.txt"
COVENANT = "corpus/kent/Final Kent CC Armed Forces Covenant - Annual Report 2024.txt"
CPP_DECEMBER = "corpus/kent/CPP Minutes 10.12.24.txt"
MEDWAY_2018 = "corpus/seeds/000_6cef1de8068e4e1d.txt"
CHESHIRE_EAST = "corpus/web/Cheshire East Council - Cabinet 2012-01-09.txt"
MIDDLESBROUGH = "corpus/web/Middlesbrough Council - Executive 2024-10-01.txt"
LINCOLNSHIRE = "corpus/web/Lincolnshire County Council - Executive 2020-10-06.txt"
CONSTITUTION = "corpus/kent/Appendix 2 - Constitution changes.txt"
SECTION_25 = "corpus/kent/section 25 statement - FINAL.txt"
ICS_REPORT = "corpus/kent/24-00115 - Adoption of Integrated Care Strategy delivery plan - Report.txt"
RECORD_OF_DECISION = "corpus/kent/Appendix 4 - 24-00093 Record of Decision.txt"


# (paper, a quote of its paragraph, a name read there before this round that is none)
NO_NAMES = [
    # an EqIA form's labels and the protected characteristics it asks about
    (EQIA_EDUCATION, "| Responsible Service | Education Planning", "Responsible Service"),
    (EQIA_HEALTH, "Information collected from the EQIA Submission", "EQIA"),
    # a church service is an event
    (CMPB, "3PWRR Christmas Carol Service in Canterbury Cathedral", "Christmas Carol Service"),
    # a job's bracketed remit
    (ROCHDALE, "Director of Operations (Adult Social Care)", "Adult Social Care"),
    (CABINET_JAN, "Chief Analyst (Strategy, Policy, Relationships", "Strategy, Policy, Relationships & Corporate Assurance"),
    # a standing agenda item, a plan for one child, any council's children's services as a kind
    (WILTSHIRE, "Public Participation and Questions from Councillors", "Public Participation and Questions from Councillors"),
    (KEY_SERVICES, "Education Health Care Plans (EHCPs)", "Education Health Care Plans"),
    (MEDWAY_2018, "the new framework for Inspecting Local Authority", "Local Authority Children's Services"),
    # ordinary words a paper capitalises
    (DECISION_REPORT, "a strong focus from elected Members", "Members"),
    (TMG_NOTE, "inflation, wage Growth", "Growth"),
    (COVENANT, "Derek Crow-Brown, Deputy, Armed Forces Champion", "Deputy"),
    # the gazetteer's "Virtual School" cut the county's own service before its county
    (CPP_DECEMBER, "Virtual School Kent Head Teacher", "Virtual School"),
    # round 43: the service before a charging policy's name, a councillor's portfolio, kinds alone, an internal
    # audit's annual report, an attendance list's code after a name, a committee's remit before lower-case "committee"
    (MIDDLESBROUGH, "01/10/2024 - Adult Social Care Residential Charging Policy", "Adult Social Care"),
    (LINCOLNSHIRE, "Executive Councillor for Adult Care", "Health and Children's Services"),
    (CONSTITUTION, "Any Member of the Scrutiny Committee or Sub-Committee thereof", "Sub-Committee"),
    (SECTION_25, "as detailed in the Annual Internal Audit Report", "Annual Internal Audit Report"),
    (SECTION_25, "considered by Governance & Audit committee", "Governance & Audit"),
    (SECTION_25, "balancing the Service and/or Directorate budgets", "Service and/or Directorate"),
    (ICS_REPORT, "Integrated Care Strategy (KCC ICS) Delivery Plan", "Delivery Plan"),
    (RECORD_OF_DECISION, "we have needed to adopt a Recovery Plan", "Recovery Plan"),
    (TMG_NOTE, "Harry Rayner – MEM (Chair)", "MEM"),
]

# (paper, a quote of its paragraph, a name read there, its label)
NAMES = [
    (CPP_DECEMBER, "Virtual School Kent Head Teacher", "Virtual School Kent", "SERVICE"),
    (ROCHDALE, "Report author: Teresa Fielding", "Teresa Fielding", "PERSON"),
    # guards passing on the old code too: a place or an acronym in brackets after a job title is no remit, and the
    # names beside a dropped one stay
    (WEST_DEREHAM_2014, "Partnership Director (East of England)", "East of England", "PLACE"),
    (STOKE_FERRY_2018, "Health and Safety Executive (HSE)", "HSE", "ORG"),
    (CMPB, "3PWRR Christmas Carol Service in Canterbury Cathedral", "Canterbury Cathedral", "PLACE"),
    (DECISION_REPORT, "a strong focus from elected Members", "Corporate Management Team", "BOARD"),
    (MEDWAY_2018, "the new framework for Inspecting Local Authority", "Ofsted", "INSPECTORATE"),
    # round 43: a council's charging policy, a committee with its lower-case "committee"; and guards passing on the
    # old code too: the committee a sub-committee belongs to, an attendee and a known body beside a dropped code
    (MIDDLESBROUGH, "01/10/2024 - Adult Social Care Residential Charging Policy",
     "Adult Social Care Residential Charging Policy", "PROGRAMME"),
    (MIDDLESBROUGH, "Executive approve the Residential Charging Policy", "Residential Charging Policy", "PROGRAMME"),
    (ROCHDALE, "Local Charging Policy", "Local Charging Policy", "PROGRAMME"),
    (SECTION_25, "considered by Governance & Audit committee", "Governance & Audit committee", "BOARD"),
    (CONSTITUTION, "Any Member of the Scrutiny Committee or Sub-Committee thereof", "Scrutiny Committee", "BOARD"),
    (TMG_NOTE, "Harry Rayner – MEM (Chair)", "Harry Rayner", "PERSON"),
    (TMG_NOTE, "Harry Rayner – MEM (Chair)", "KCC", "ORG"),
]


@pytest.mark.parametrize("paper, marker, name", NO_NAMES)
def test_no_name(services_nlp, paper, marker, name):
    assert name not in _found(services_nlp, paper, marker)


@pytest.mark.parametrize("paper, marker, name, label", NAMES)
def test_a_name(services_nlp, paper, marker, name, label):
    assert _found(services_nlp, paper, marker).get(name, (None,))[0] == label


def test_a_role_in_the_author_field_is_no_person(services_nlp):
    # a guard passing on the old code too
    found = _found(services_nlp, CHESHIRE_EAST, "Report author: Leader of the Council")
    assert not any(label == "PERSON" for label, _ in found.values())
