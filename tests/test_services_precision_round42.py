"""Entities round 42: names that are no named service or body. An equality impact assessment's field labels and the
protected characteristics it asks about ("| Responsible Service | Public Health |", "Mitigating actions for Pregnancy
and Maternity"), a church service ("Christmas Carol Service"), a job's remit in brackets ("the Director of Operations
(Adult Social Care)"), a meeting's standing agenda item ("Public Participation and Questions from Councillors"); and a
decision page's author alone on its line is a person ("Report author: Teresa Fielding"); ordinary words a paper
capitalises ("elected Members", "wage Growth") name nothing alone, nor does any council's "Local Authority Children's
Services"; a county's virtual school is named with its county ("Virtual School Kent"). Every text is a paragraph
of the corpus paper, read as the evaluation reads it."""

from __future__ import annotations

import pytest

from tests.conftest import unit_mentions

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


def _found(nlp, paper: str, marker: str) -> dict[str, tuple[str, str | None]]:
    """The mentions read in the first paragraph of the paper's read text that holds `marker`."""
    from miner.evaluation.entities import document_text, paragraphs

    _, text = document_text(paper)
    return unit_mentions(nlp, next(chunk for _, chunk in paragraphs(text) if marker in chunk))


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
