"""Entities round 36 (a Kent decision paper, budget update and council budget meeting's minutes, and the programme
and board errors of all tuned papers): two names a rule ran together over "and", grants by their capitalised names,
a council's collection funds and its budget plan in lower case, a heading's split first letter and a long form cut
by a table's column. Every text is a paragraph of the corpus paper, read
as the evaluation reads it (`miner.evaluation.entities.paragraphs`)."""

from __future__ import annotations

from conftest import mention_labels as _labels
from conftest import paper_mentions as _read

BUDGET = "corpus/kent/Appendix 1 Cabinet - Budget Update.txt"
MINUTES = "corpus/kent/Printed minutes 13th-Feb-2025 09.30 County Council.txt"
KEY_SERVICES = "corpus/kent/Appendix G - Key Service Statement.txt"
GOVERNANCE = "corpus/kent/Governance Update Report.txt"
RESPONSE = "corpus/kent/Appendix 1 - Executive Response.txt"
DECEMBER = "corpus/kent/19 December 2024 - County Council minutes.txt"
RISKS = "corpus/pdf/Appendix I Budget Risk Register 22.01.25.pdf"


def test_two_departments_joined_by_and_are_two_names(services_nlp):
    found = _labels(_read(services_nlp, MINUTES, "introduced the budget for the Chief Executive's Department"))
    assert found.get("Chief Executive's Department") == "SERVICE", found
    assert found.get("Deputy Chief Executive's Department") == "SERVICE", found
    assert not any(" and " in name for name in found), found


def test_a_budget_before_and_leaves_the_plan_after_it_alone(services_nlp):
    found = _labels(_read(services_nlp, MINUTES, "2025-26 Revenue Budget and Medium Term Financial Plan"))
    assert found.get("Medium Term Financial Plan") == "PROGRAMME", found
    assert not any(name.startswith(("Revenue Budget", "Budget and")) for name in found), found


def test_a_fund_and_a_grant_named_after_a_topic_are_two_programmes(services_nlp):
    found = _labels(_read(services_nlp, BUDGET, "Improved Better Care Fund and Hospital Discharge grant"))
    assert found.get("Improved Better Care Fund") == "PROGRAMME", found
    assert found.get("Hospital Discharge grant") == "PROGRAMME", found


def test_a_committee_whose_name_opens_with_policy_and_stays_whole(services_nlp):
    # a guard: the old code read it whole too
    found = _labels(_read(services_nlp, GOVERNANCE, "Policy and Resources Cabinet Committee"))
    assert found.get("Policy and Resources Cabinet Committee") == "BOARD", found


def test_grants_by_their_capitalised_names_in_a_budget_table(services_nlp):
    found = _labels(_read(services_nlp, BUDGET, "Services Grant", "Employer National Insurance Contributions Grant",
                          "Extended Rights to Free Travel Grant", "Business Rate Top-up Grant"))
    for name in ("Services Grant", "Employer National Insurance Contributions Grant",
                 "Extended Rights to Free Travel Grant", "Business Rate Top-up Grant"):
        assert found.get(name) == "PROGRAMME", (name, found)
    found = _labels(_read(services_nlp, KEY_SERVICES, "Services Grant"))
    assert found.get("Services Grant") == "PROGRAMME", found


def test_a_kind_of_grant_is_no_name(services_nlp):
    # a guard for the capitalised grants: the old code found no grant here either
    found = _labels(_read(services_nlp, RESPONSE, "paid via a Strategic Grant"))
    assert "Strategic Grant" not in found, found


def test_a_councils_collection_funds_are_its_accounts(services_nlp):
    found = _labels(_read(services_nlp, BUDGET, "Business Rate Collection Fund", "Council Tax Collection Fund"))
    assert "Business Rate Collection Fund" not in found and "Council Tax Collection Fund" not in found, found


def test_a_councils_budget_plan_in_lower_case_is_no_name(services_nlp):
    found = _labels(_read(services_nlp, MINUTES, "and the medium term financial plan as set out"))
    assert "medium term financial plan" not in found, found


def test_no_name_starts_after_a_headings_split_first_letter(services_nlp):
    found = _labels(_read(services_nlp, DECEMBER, "C orporate Parenting Panel - for noting"))
    assert "Parenting Panel" not in found, found


def test_the_end_of_a_standard_acronyms_long_form_cut_by_a_table_is_no_name(services_nlp):
    found = _labels(_read(services_nlp, RISKS, "Term Financial Plan (MTFP)"))
    assert "Term Financial Plan" not in found, found
    assert found.get("MTFP") == "PROGRAMME", found
