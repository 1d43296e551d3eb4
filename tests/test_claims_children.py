"""Claims in Kent children's-services papers and Cabinet minutes (claims round 28), read from the real corpus
papers through the real pipeline: a table dated by the lead-in right over it, children placed out of the
authority's area, and ages, qualification bars, paragraph references, years of legislation and time windows
that are no claims."""

from pathlib import Path

import pytest
from conftest import claim_at as _at, paper_claims

KENT = Path(__file__).resolve().parents[1] / "corpus" / "kent"


def _claims(name: str):
    return paper_claims(KENT / name)


@pytest.fixture(scope="module")
def executive_response():
    return _claims("Appendix 1 - Executive Response.txt")


@pytest.fixture(scope="module")
def cpp_minutes():
    return _claims("CPP Minutes 10.12.24.txt")


@pytest.fixture(scope="module")
def cabinet_minutes():
    return _claims("Minutes of the meeting held on 9th January 2025.txt")


def test_a_table_under_a_lead_in_naming_a_span_of_days_is_as_of_its_last_month(executive_response):
    text, claims = executive_response
    # "... for the period 1 June 2024 to 31 January 2025 we note:" over "| Swale | 50 | 32 | 110 |"
    assert [_at(text, claims, "| Swale | 50 | 32 | 110 |", q).as_of for q in ("50", "32", "110")] == ["2025-01"] * 3
    assert _at(text, claims, "| Swale | 115 | 1159 |", "1159").as_of == "2025-01"  # "... indicates:"
    # a lead-in naming no period dates nothing: "Current vacancies in Swale are:"
    assert _at(text, claims, "| 0.62 | KR7 | £22,272 |", "£22,272").as_of is None


def test_vacancies_counted_in_fte_are_no_vacancy_rate(executive_response):
    text, claims = executive_response
    fte = _at(text, claims, "| 0.62 | KR7 | £22,272 |", "0.62")
    assert (fte.value, fte.unit, fte.indicator) == (0.62, "count", None)


def test_children_placed_outside_the_authority_and_a_share_of_those_placed_elsewhere(cpp_minutes):
    text, claims = cpp_minutes
    assert _at(text, claims, "Noting that 20% of Kent children", "20%").indicator == "children_placed_out_of_area"
    # "50% of those not placed in Kent were placed in Medway": a share of the group just named, no indicator
    assert _at(text, claims, "50% of those not placed in Kent", "50%").indicator is None


def test_ages_in_words_and_qualification_bars_are_no_claims(cpp_minutes):
    text, claims = cpp_minutes
    assert _at(text, claims, "at seventeen or eighteen", "eighteen") is None
    assert _at(text, claims, "achieving five GCSEs", "five") is None
    assert _at(text, claims, "should be able to achieve five GCSEs", "five") is None
    assert _at(text, claims, "to the target of £25,000", "£25,000").value == 25000


def test_paragraph_references_and_numbered_cells_are_no_claims(executive_response):
    text, claims = executive_response
    assert _at(text, claims, "as detailed in 1.3 and 1.4 above", "1.3") is None
    assert _at(text, claims, "as detailed in 1.3 and 1.4 above", "1.4") is None
    assert _at(text, claims, "| | 1. Margate Family Hub |", "1") is None
    assert _at(text, claims, "| | 3. Cliftonville Family Hub |", "3") is None
    assert _at(text, claims, "less than three months away", "three months") is None


def test_years_of_legislation_and_history_and_time_allowed_are_no_claims(cabinet_minutes):
    text, claims = cabinet_minutes
    assert _at(text, claims, "the 1972 Local Government Act", "1972") is None
    assert _at(text, claims, "significant reforms in 1974.", "1974") is None
    assert _at(text, claims, "would have 12 months to create", "12 months") is None
    assert _at(text, claims, "across 12 District Councils", "12").value == 12
    assert _at(text, claims, "a total of 119 long-term empty properties", "119").indicator == "empty_homes"
