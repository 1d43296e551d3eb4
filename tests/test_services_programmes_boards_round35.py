"""Entities round 35 (three cabinet pages of Devon, Rhondda Cynon Taf and Dacorum, and the programme and board errors
of all tuned papers): a bare "Cabinet Committee", quote marks inside a span, a body after "to"/"in", a member in
brackets after a committee, the devolution forums and a youth council, a treasury adviser's group, grants named after
services and sites, a programme's "approach" and "project", and a standard committee's acronym after its plural
definition. Every text is a paragraph of the corpus paper, read as the evaluation reads it
(`miner.evaluation.entities.paragraphs`)."""

from __future__ import annotations

from conftest import mention_labels as _labels
from conftest import paper_mentions as _read

DEVON = "corpus/web/Devon County Council - Cabinet 2023-10-11.txt"
RHONDDA = "corpus/web/Rhondda Cynon Taf County Borough Council - Cabinet 2023-03-27.txt"
RESPONSE = "corpus/kent/Appendix 1 - Executive Response.txt"
RECORD = "corpus/kent/Appendix 4 - 24-00093 Record of Decision.txt"
ACTIVITY = "corpus/kent/24-00115 - Appendix A - Current Health wellbeing activity within KCC.txt"
PRIORITIES = "corpus/kent/24-00115 - Appendix B - KCC ICS priorities measures.txt"
CMPB = "corpus/kent/Appendix 1 - Kent CMPB 2024 Annual Report.txt"
COUNCIL = "corpus/pdf/Printed minutes 09th-Jan-2025 10.00 County Council.pdf"
CABINET = "corpus/pdf/Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf"
TREASURY = "corpus/kent/Council Report Mid Year 24-25.txt"
DECISION = "corpus/kent/Appendix 3 - 24-00093 Decision Report.txt"
CONSULTATION = "corpus/kent/Appendix 7 - Draft Responses to Consultation Feedback.txt"
MINUTES = "corpus/kent/Minutes of the meeting held on 9th January 2025.txt"
COMMISSIONING = "corpus/pdf/24-00096 - Commissioning Plan for Education Provision in Kent 2025-29 - Report.pdf"
JHOSC = "corpus/kent/JHOSC ToR - report to full Council.txt"


def test_a_bare_cabinet_committee_is_a_board_not_a_role(services_nlp):
    found = _labels(_read(services_nlp, RESPONSE, "The Cabinet Committee resolved"))
    assert found.get("Cabinet Committee") == "BOARD", found
    found = _labels(_read(services_nlp, RECORD, "in response to the Cabinet Committee motion"))
    assert found.get("Cabinet Committee") == "BOARD", found


def test_an_opening_quote_starts_a_plans_name_after_its_boards_possessive(services_nlp):
    found = _labels(_read(services_nlp, RHONDDA, "Public Services Board's"))
    assert found.get("Public Services Board") == "BOARD", found
    assert found.get("Cwm Taf Morgannwg Well-Being Plan 2023-2028") == "PROGRAMME", found
    assert not any("'" in name for name in found), found


def test_a_stray_closing_quote_ends_a_name(services_nlp):
    found = _labels(_read(services_nlp, ACTIVITY, "Vision Zero'"))
    assert found.get("Vision Zero") == "PROGRAMME", found
    assert not any(name.startswith("Vision Zero'") for name in found), found


def test_a_body_the_gazetteer_knows_after_to_or_in_is_no_names_end(services_nlp):
    found = _labels(_read(services_nlp, RHONDDA, "adoption of the Plan to Full Council"))
    assert found.get("Full Council") == "BOARD" and "Plan to Full Council" not in found, found
    found = _labels(_read(services_nlp, CMPB, "Gold Award in Full Council"))
    assert found.get("Full Council") == "BOARD", found
    assert not any(name.endswith("in Full Council") for name in found), found


def test_a_member_in_brackets_after_a_committee_is_no_remit(services_nlp):
    found = _labels(_read(services_nlp, DEVON, "(Councillor Dewhirst)"))
    assert found.get("Councillor Dewhirst") == "PERSON", found
    assert not any("(" in name for name in found), found


def test_devolution_forums_and_a_youth_council_are_boards(services_nlp):
    found = _labels(_read(services_nlp, COUNCIL, "Council of the Nations and Regions"))
    assert found.get("Mayoral Council") == "BOARD", found
    assert found.get("Council of the Nations and Regions") == "BOARD", found
    found = _labels(_read(services_nlp, CABINET, "Kent Youth County Council"))
    assert found.get("Kent Youth County Council") == "BOARD" and found.get("KYCC") == "BOARD", found


def test_a_treasury_adviser_known_by_its_group_is_an_organisation(services_nlp):
    found = _labels(_read(services_nlp, TREASURY, "Link Group"))
    assert found.get("Link Group") == "ORG", found


def test_a_grant_named_after_a_service_or_site_keeps_its_lower_case_grant(services_nlp):
    found = _labels(_read(services_nlp, RESPONSE, "DfE Family Hubs grant"))
    assert found.get("Family Hubs grant") == "PROGRAMME" and found.get("DfE") == "ORG", found
    found = _labels(_read(services_nlp, DECISION, "Healthy Living Centre grant"))
    assert found.get("Healthy Living Centre grant") == "PROGRAMME", found
    found = _labels(_read(services_nlp, CONSULTATION, "Family Hub Transformation grant"))
    assert found.get("Family Hub Transformation grant") == "PROGRAMME", found
    found = _labels(_read(services_nlp, MINUTES, "Adult Social Care grant"))
    assert found.get("Adult Social Care grant") == "PROGRAMME", found
    # a national scheme keeps its own name, as the guidelines say
    found = _labels(_read(services_nlp, COMMISSIONING, "Basic Need grant"))
    assert found.get("Basic Need") == "PROGRAMME" and "Basic Need grant" not in found, found


def test_a_programmes_lower_case_approach_or_project_is_part_of_its_name(services_nlp):
    found = _labels(_read(services_nlp, PRIORITIES, "Healthier Wealthier Children approach"))
    assert found.get("Healthier Wealthier Children approach") == "PROGRAMME", found
    found = _labels(_read(services_nlp, ACTIVITY, "Multiply project"))
    assert found.get("Multiply project") == "PROGRAMME", found


def test_a_standard_committees_acronym_is_the_councils_own_after_its_plural_definition(services_nlp):
    found = _read(services_nlp, JHOSC, "Terms of Reference for HOSC")
    assert found.get("HOSC", ("",))[0] == "BOARD", found
    assert found["HOSC"][1] == "Health Overview and Scrutiny Committee", found


def test_a_place_before_a_standard_acronym_names_the_areas_body_or_plan(services_nlp):
    found = _labels(_read(services_nlp, ACTIVITY, "Kent CSP Action Plan"))
    assert found.get("Kent CSP") == "BOARD" and "CSP" not in found, found
    found = _labels(_read(services_nlp, PRIORITIES, "Kent JSNA"))
    assert found.get("Kent JSNA") == "PROGRAMME", found


def test_a_schemes_award_names_the_scheme(services_nlp):
    found = _labels(_read(services_nlp, CMPB, "MoD Employer Recognition Scheme Gold Award"))
    assert found.get("MoD Employer Recognition Scheme") == "PROGRAMME", found
    assert not any(name.endswith("Award") and "Scheme" in name for name in found), found


def test_hr_and_it_are_the_councils_functions_by_their_context(services_nlp):
    found = _labels(_read(services_nlp, DECISION, "HR, IT and finance support"))
    assert found.get("HR") == "SERVICE" and found.get("IT") == "SERVICE", found
    found = _labels(_read(services_nlp, RECORD, "KCC HR colleagues"))
    assert found.get("HR") == "SERVICE" and found.get("KCC") == "ORG", found
    found = _labels(_read(services_nlp, "corpus/parish/Stoke Ferry Parish Council minutes 2019-03-06.txt",
                          "urgent HR issues"))
    assert "HR" not in found, found


def test_capitalised_words_before_region_name_a_place(services_nlp):
    found = _labels(_read(services_nlp, RHONDDA, "Cwm Taf Morgannwg region"))
    assert found.get("Cwm Taf Morgannwg") == "PLACE", found
