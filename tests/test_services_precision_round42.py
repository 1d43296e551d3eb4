"""Entities round 42: names that are no named service or body. An equality impact assessment's field labels and the
protected characteristics it asks about ("| Responsible Service | Public Health |", "Mitigating actions for Pregnancy
and Maternity"), a church service ("Christmas Carol Service"), a job's remit in brackets ("the Director of Operations
(Adult Social Care)"), a meeting's standing agenda item ("Public Participation and Questions from Councillors"); and a
decision page's author alone on its line is a person ("Report author: Teresa Fielding"); ordinary words a paper
capitalises ("elected Members", "wage Growth") name nothing alone, nor does any council's "Local Authority Children's
Services"; a county's virtual school is named with its county ("Virtual School Kent"). Every text is a paragraph
of the corpus paper, read as the evaluation reads it."""

from __future__ import annotations

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


def _paragraph(paper: str, marker: str) -> str:
    """The first paragraph of the paper's read text that holds `marker`."""
    from miner.evaluation.entities import document_text, paragraphs

    _, text = document_text(paper)
    return next(chunk for _, chunk in paragraphs(text) if marker in chunk)


def test_an_eqia_forms_labels_and_protected_characteristics_are_no_names(services_nlp):
    found = unit_mentions(services_nlp, _paragraph(EQIA_EDUCATION, "| Responsible Service | Education Planning"))
    assert "Responsible Service" not in found
    found = unit_mentions(services_nlp, _paragraph(EQIA_HEALTH, "Mitigating actions for Pregnancy and Maternity"))
    assert "Pregnancy" not in found
    found = unit_mentions(services_nlp, _paragraph(EQIA_HEALTH, "Information collected from the EQIA Submission"))
    assert "EQIA" not in found


def test_a_church_service_is_an_event(services_nlp):
    found = unit_mentions(services_nlp, _paragraph(CMPB, "3PWRR Christmas Carol Service in Canterbury Cathedral"))
    assert "Christmas Carol Service" not in found
    assert found.get("Canterbury Cathedral", (None,))[0] == "PLACE"  # the venue stays


def test_a_jobs_bracketed_remit_is_no_service(services_nlp):
    found = unit_mentions(services_nlp, _paragraph(ROCHDALE, "Director of Operations (Adult Social Care)"))
    assert "Adult Social Care" not in found
    found = unit_mentions(services_nlp, _paragraph(CABINET_JAN, "Chief Analyst (Strategy, Policy, Relationships"))
    assert "Strategy, Policy, Relationships & Corporate Assurance" not in found


def test_a_place_or_an_acronym_in_brackets_after_a_job_title_stays(services_nlp):
    # guards passing on the old code too: only a service or policy area is a job's remit
    found = unit_mentions(services_nlp, _paragraph(WEST_DEREHAM_2014, "Partnership Director (East of England)"))
    assert found.get("East of England", (None,))[0] == "PLACE"
    found = unit_mentions(services_nlp, _paragraph(STOKE_FERRY_2018, "Health and Safety Executive (HSE)"))
    assert found.get("HSE", (None,))[0] == "ORG"


def test_a_standing_agenda_item_is_no_service(services_nlp):
    found = unit_mentions(services_nlp, _paragraph(WILTSHIRE, "Public Participation and Questions from Councillors"))
    assert "Public Participation and Questions from Councillors" not in found


def test_a_plan_for_one_child_without_commas_is_no_service(services_nlp):
    found = unit_mentions(services_nlp, _paragraph(KEY_SERVICES, "Education Health Care Plans (EHCPs)"))
    assert "Education Health Care Plans" not in found


def test_a_report_author_alone_on_the_line_is_a_person(services_nlp):
    found = unit_mentions(services_nlp, _paragraph(ROCHDALE, "Report author: Teresa Fielding"))
    assert found.get("Teresa Fielding", (None,))[0] == "PERSON"
    # a guard: a role in the author field is no person
    found = unit_mentions(services_nlp, _paragraph(CHESHIRE_EAST, "Report author: Leader of the Council"))
    assert not any(label == "PERSON" for label, _ in found.values())


def test_an_ordinary_capitalised_word_is_no_service(services_nlp):
    found = unit_mentions(services_nlp, _paragraph(DECISION_REPORT, "a strong focus from elected Members"))
    assert "Members" not in found
    assert found.get("Corporate Management Team", (None,))[0] == "BOARD"  # the body after it stays
    found = unit_mentions(services_nlp, _paragraph(TMG_NOTE, "inflation, wage Growth"))
    assert "Growth" not in found
    found = unit_mentions(services_nlp, _paragraph(COVENANT, "Derek Crow-Brown, Deputy, Armed Forces Champion"))
    assert "Deputy" not in found


def test_a_countys_virtual_school_by_its_own_name(services_nlp):
    found = unit_mentions(services_nlp, _paragraph(CPP_DECEMBER, "Virtual School Kent Head Teacher"))
    assert found.get("Virtual School Kent", (None,))[0] == "SERVICE"
    assert "Virtual School" not in found


def test_any_councils_childrens_services_as_a_kind_is_no_service(services_nlp):
    found = unit_mentions(services_nlp, _paragraph(MEDWAY_2018, "the new framework for Inspecting Local Authority"))
    assert "Local Authority Children's Services" not in found
    assert found.get("Ofsted", (None,))[0] == "INSPECTORATE"  # the inspectorate in the same sentence stays
