"""Claims in a parish council's payments and precept, Kent council minutes, a Kent record of decision and call-in,
and a children's scrutiny panel's note of an Ofsted judgement (claims round 29), read from the real corpus papers
through the real pipeline: amounts printed without "£" under a "Net VAT Total" head, a financial year printed
glued ("201819"), labels, numbered option rows, meeting procedure and footnote marks that are no claims, a span of
two dates in one year, arrivals under the National Transfer Scheme, and a judgement reported as the inspectors'
conclusion."""

from pathlib import Path

import pytest
from conftest import claim_at as _at

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _claims(path: Path):
    from miner.extract import extract
    from miner.ingest import prepare

    document, sections = prepare(path)
    result = extract(document, sections)
    return document.text, result.claims, result.inspections


@pytest.fixture(scope="module")
def stoke_ferry():
    return _claims(CORPUS / "parish" / "Stoke Ferry Parish Council minutes 2018-01-03.txt")


@pytest.fixture(scope="module")
def council_minutes():
    return _claims(CORPUS / "kent" / "19 December 2024 - County Council minutes.txt")


@pytest.fixture(scope="module")
def call_in():
    return _claims(CORPUS / "kent" / "Appendix 2 - Call-in submission 24-00093 Seashells and Millmead.txt")


def test_payments_without_pound_signs_under_a_net_vat_total_head(stoke_ferry):
    text, claims, _ = stoke_ferry
    row = "Eon December Streetlights 55.59 2.78 58.37"
    assert [(c.value, c.unit, c.indicator, c.as_of) for c in (_at(text, claims, row, q) for q in ("55.59", "2.78", "58.37"))] == [
        (55.59, "GBP", None, "2017-12"), (2.78, "GBP", None, "2017-12"), (58.37, "GBP", None, "2017-12")]
    # "HMRC December 62.40": pounds and pence, no 62nd of December
    assert _at(text, claims, "HMRC December 62.40", "62.40").unit == "GBP"
    assert _at(text, claims, "TOTAL 497.89 5.87 503.76", "503.76").unit == "GBP"
    # a row's month written short: "Clerks Wages and Expenses - Dec 270.46" in minutes of January 2018
    assert _at(text, claims, "Expenses - Dec 270.46", "270.46").as_of == "2017-12"
    # a vote without the word: "two were against and five were in favour"
    assert _at(text, claims, "two were against and five", "two") is None


def test_a_financial_year_printed_glued_is_a_period(stoke_ferry):
    text, claims, _ = stoke_ferry
    assert _at(text, claims, "the Precept for 201819", "201819") is None
    precept = _at(text, claims, "the Precept for 201819 for Stoke Ferry be £16,249", "£16,249")
    assert (precept.indicator, precept.as_of) == ("council_tax_requirement", "2018-19")  # a parish precept: a total
    assert _at(text, claims, "Stoke Ferry Plot 2,", "2") is None  # a plot's label


def test_labels_procedure_and_the_uasc_scheme_in_council_minutes(council_minutes):
    text, claims, _ = council_minutes
    assert _at(text, claims, "Motion for Time Limited Debate 3", "3") is None
    assert _at(text, claims, "adopt Local Transport Plan 5", "5") is None
    assert _at(text, claims, "Sections 14.15 to 14.22", "14.22") is None
    assert _at(text, claims, "Constitution,11 questions were submitted", "11") is None  # procedure, like a vote tally
    assert _at(text, claims, "and 10 questions were put", "10") is None
    assert _at(text, claims, "there had been 2,666 arrivals", "2,666").indicator == "uasc"
    assert _at(text, claims, "global warming to 1.5°C", "1.5") is None  # a temperature
    assert _at(text, claims, "and 2,310 transfers through the National Transfer Scheme", "2,310").indicator == "uasc"


def test_option_numbers_footnote_marks_and_a_span_of_days_in_one_year(call_in):
    text, claims, _ = call_in
    assert _at(text, claims, "Reason two:", "two") is None
    assert _at(text, claims, "the best start in life',1 and", "1") is None
    assert _at(text, claims, "at CYPE Committee.2 However", "2") is None
    assert _at(text, claims, "pg. 84", "84") is None
    # "Between 1st April 2024 and 30th November 2024, Seashells reached 1,820 clients": months of one year
    assert _at(text, claims, "Seashells reached 1,820 clients", "1,820").as_of == "2024"
    assert _at(text, claims, "receiving 1,016 responses", "1,016").indicator == "consultation_responses"


def test_numbered_rows_of_an_option_table_are_no_claims():
    text, claims, _ = _claims(CORPUS / "kent" / "Appendix 4 - 24-00093 Record of Decision.txt")
    for n in "123456":
        assert _at(text, claims, f"\n| {n} | ", n) is None
    # what a key decision is defined as: "(currently defined by the Council as in excess of £1,000,000)"
    assert _at(text, claims, "in excess of £1,000,000", "£1,000,000") is None
    # the count of family hub sites a plan covers
    assert _at(text, claims, "plans for 56 Family Hub locations", "56").indicator == "family_hubs"


def test_a_judgement_reported_as_the_inspectors_conclusion():
    _, _, inspections = _claims(CORPUS / "web" / "Southampton City Council - Children and Families Scrutiny Panel 2020-01-23.txt")
    assert ("Ofsted", "Requires Improvement") in {(i.inspectorate, i.judgement) for i in inspections}
