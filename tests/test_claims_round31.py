"""Numbers that are not claims in Kent council minutes and governance reports (claims round 31), read from the real
corpus papers through the real pipeline: the line a group or a condition is drawn at ("those with assets greater than
£10million"), a span of years, a temperature in words, a vague "a year or two", a time before a meeting, a section
list glued to its "s", how many committees agreed or members a call-in needs; and a second share after "and over"
is a figure, not a group's line."""

from functools import partial
from pathlib import Path

import pytest
from conftest import claim_at, paper_claims

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _read(folder: str, name: str):
    return paper_claims(CORPUS / folder / name)


@pytest.fixture(scope="module")
def march_minutes():
    return _read("kent", "Printed minutes 13th-Mar-2025 10.00 County Council.txt")


@pytest.fixture(scope="module")
def governance_report():
    return _read("kent", "Governance Update Report.txt")


@pytest.fixture(scope="module")
def jhosc_report():
    return _read("kent", "JHOSC ToR - report to full Council.txt")


_at = partial(claim_at, inside=True)


@pytest.mark.parametrize("context, quote", [
    ("those with assets greater than £10million", "£10million"),  # a group's line
    ("a KCC Member from 1973 until 1993", "1973"),  # a span of years
    ("around 1.6 degrees above pre-industrial levels", "1.6"),  # a temperature
    ("huge pressures a year or two ago", "two"),  # a vague time
    ("by 10am two days before the meeting", "two days"),  # when an amendment is due
])
def test_minutes_numbers_that_are_no_claims(march_minutes, context, quote):
    text, claims = march_minutes
    assert _at(text, claims, context, quote) is None


def test_a_spend_in_excess_of_a_figure_stays_a_claim(march_minutes):
    text, claims = march_minutes
    claim = _at(text, claims, "would be in excess of £80million", "£80million")
    assert claim is not None and claim.value == 80_000_000


def test_a_second_share_after_and_over_is_a_figure(march_minutes):
    text, claims = march_minutes
    claim = _at(text, claims, "and over 80% got their first preference", "80%")
    assert claim is not None and claim.value == 80


def test_a_section_list_glued_to_its_s_is_a_reference(governance_report):
    text, claims = governance_report
    assert _at(text, claims, "(s14.21 and 14.22)", "14.22") is None
    assert _at(text, claims, "approximately 150 formal meetings", "150") is not None


def test_how_many_committees_agreed_is_procedure(jhosc_report):
    text, claims = jhosc_report
    assert _at(text, claims, "all three Committees agreed", "three") is None


@pytest.mark.parametrize("folder, name, context, quote", [
    ("kent", "County Council - Pay Policy Statement 2025-2026.txt", "salaries in excess of £100,000", "£100,000"),
    ("parish", "Northwold Parish Council minutes 2017-03-07.txt", "if the turnover is lower than £25,000", "£25,000"),
    ("kent", "Appendix N - Capital Strategy.txt", "is estimated to cost £50,000 or more", "£50,000"),
    ("kent", "Scrutiny Committee - call-in Family Hubs Report to Cabinet - FINAL.txt", "any two members from", "two"),
])
def test_a_line_a_rule_or_procedure_draws_is_no_claim(folder, name, context, quote):
    text, claims = _read(folder, name)
    assert _at(text, claims, context, quote) is None


@pytest.mark.parametrize("folder, name, context, quote", [
    ("parish", "Stoke Ferry Parish Council minutes 2018-01-03.txt", "the 7.5-ton lorry restriction", "7.5"),  # a class of vehicle
    ("kent", "19 December 2024 - County Council minutes.txt", "the age of universal suffrage to 16", "16"),  # an age
    ("kent", "19 December 2024 - County Council minutes.txt", "achieve more than 50% of the vote", "50%"),  # an electoral rule
    ("kent", "24-00115 - Appendix B - KCC ICS priorities measures.txt", "(4 months duration)", "4 months"),  # a placement's term
])
def test_leftovers_of_rounds_29_and_30_are_no_claims(folder, name, context, quote):
    text, claims = _read(folder, name)
    assert _at(text, claims, context, quote) is None


@pytest.mark.parametrize("folder, name, context, quote, indicator", [
    ("kent", "Appendix 4 - 24-00093 Record of Decision.txt", "the two contracts will save £426k annually", "£426k", "savings"),
    ("parish", "Stoke Ferry Parish Council minutes 2018-01-03.txt", "to be £16,249 given reserves in place", "£16,249",
     "council_tax_requirement"),  # a parish precept is the total it raises (stop 36)
    ("kent", "Printed minutes 13th-Mar-2025 10.00 County Council.txt", "in excess of £80million and the Council", "£80million", "budget"),
])
def test_what_money_is_named_by(folder, name, context, quote, indicator):
    """A verb of saving names the amount whatever its subject; a reason after the amount, or a clause after "and",
    does not name it."""
    text, claims = _read(folder, name)
    claim = _at(text, claims, context, quote)
    assert claim is not None and claim.indicator == indicator


def test_an_unnamed_parts_grade_is_no_inspection_outcome():
    from miner.extract import extract
    from miner.ingest import prepare

    document, sections = prepare(CORPUS / "web" / "Southampton City Council - Children and Families Scrutiny Panel 2020-01-23.txt")
    found = extract(document, sections).inspections
    assert [i.judgement for i in found] == ["Requires Improvement"]  # not also "a few areas ... judged overall as good"


@pytest.mark.parametrize("folder, name, context, quote", [
    ("kent", "Appendix P - Flexible Use of Capital Receipts Strategy.txt", "Sections 16(2)(b) and 20 of the", "20"),  # a section
    ("parish", "Northwold Parish Council minutes 2017-03-07.txt", "at stage 5 of 8 stages", "8"),  # a sequence's last label
    ("kent", "Council Report Mid Year 24-25.txt", "(AAA=1, AA+=2, etc.)", "2"),  # a scoring key
    ("kent", "Printed minutes 13th-Feb-2025 09.30 County Council.txt", "S ection 25 Report", "25"),  # a split heading's section
    ("kent", "24-00115 - Appendix B - KCC ICS priorities measures.txt", "as part of 2050 roadmap", "2050"),  # a plan's year
])
def test_references_labels_and_keys_are_no_claims(folder, name, context, quote):
    text, claims = _read(folder, name)
    assert _at(text, claims, context, quote) is None


def test_a_paragraph_a_motion_amends_is_no_claim(march_minutes):
    text, claims = march_minutes
    assert _at(text, claims, "proposed changes to 14.60 and", "14.60") is None


@pytest.mark.parametrize("context, quote", [("more than 96% of children", "96%"), ("and over 80% got", "80%")])
def test_figures_a_later_sentence_says_went_up(march_minutes, context, quote):
    """"Both of those figures were up on the previous year": the figures before move up against the previous year."""
    text, claims = march_minutes
    claim = _at(text, claims, context, quote)
    assert claim is not None and (claim.direction, claim.comparator) == ("up", "previous")
