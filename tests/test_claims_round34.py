"""Claims round 34, read from real corpus papers through the real pipeline: a minutes item's heading that names one
period dates the item's figures that carry no date of their own (the lead's decision, stop 36), a decision page's
title being its one item's heading; an older value in brackets after "from" is a change pair; a money figure "of ...
spending growth" rises; "people responded to the questionnaire" are responses; a
score over its scale with a slash ("a need score of 69/100") is a claim, its scale none."""

from pathlib import Path

import pytest
from conftest import CORPUS, claim_at, paper_claims

KENT, WEB = CORPUS / "kent", CORPUS / "web"


@pytest.fixture(scope="module")
def papers():
    names = {
        "cabinet": KENT / "Minutes of the meeting held on 9th January 2025.txt",
        "council": KENT / "Printed minutes 13th-Feb-2025 09.30 County Council.txt",
        "anglesey": WEB / "Isle of Anglesey County Council - The Executive 2016-03-01.txt",
        "redditch": WEB / "Redditch Borough Council - Executive 2010-01-27.txt",
        "flintshire": WEB / "Flintshire County Council - Cabinet 2019-09-24.txt",
        "budget": KENT / "Draft Revenue Budget 2025-26 and 2025-28 MTFP and Draft Capital Programme 2025-35.txt",
        "eqia": KENT / "Appendix 8 - Commissioned Family Hub Contracts Decision EqIA.txt",
    }
    return {key: paper_claims(Path(path)) for key, path in names.items()}


def _at(paper, context: str, quote: str):
    text, claims = paper
    return claim_at(text, claims, context, quote)


@pytest.mark.parametrize("key, context, quote, as_of", [
    # "81. Quarterly Performance Report, Q2 2024-2025": a quarter as its last month
    ("cabinet", "16 achieved target (Green)", "16", "2024-09"),
    ("cabinet", "Eight KPIs did not meet the floor standard", "Eight", "2024-09"),
    ("cabinet", "loans in the region of £1.64m since July 2023", "£1.64m", "2024-09"),
    # a decision page's title: "Charges and Fees for Non-residential Services 2016/17"
    ("anglesey", "Direct Payments at £10.50/hour", "£10.50", "2016-17"),
    ("redditch", "estimated cost £6,000", "£6,000", "2010-11"),
])
def test_an_item_heading_naming_one_period_dates_its_undated_figures(papers, key, context, quote, as_of):
    claim = _at(papers[key], context, quote)
    assert claim is not None and claim.as_of == as_of


def test_an_item_heading_period_still_dates_the_flintshire_year_end_figures(papers):
    claim = _at(papers["flintshire"], "It showed 92% of activities", "92%")
    assert claim is not None and claim.as_of == "2018-19"


def test_the_next_item_heading_ends_the_period(papers):
    # "83. English Devolution White Paper" names none
    claim = _at(papers["cabinet"], "across 12 District Councils", "12")
    assert claim is not None and claim.as_of is None


def test_an_item_heading_naming_two_periods_dates_nothing(papers):
    # "291. Capital Programme 2025-35 and Revenue Budget 2025-26 (including Council Tax Setting 2025/26)"
    claim = _at(papers["council"], "£5.6m to increase the Highways", "£5.6m")
    assert claim is not None and claim.as_of is None


@pytest.mark.parametrize("line, period", [
    ("81. Quarterly Performance Report, Q2 2024-2025", "2024-09"),
    ("57 Year-end Council Plan Monitoring Report 2018/19", "2018-19"),
    ("291. Capital Programme 2025-35 and Revenue Budget 2025-26", None),
    ("83. English Devolution White Paper", None),
])
def test_item_period_reads_one_period_from_a_heading_line(line, period):
    from miner.nlp.claim_as_of import item_period

    assert item_period(line) == period


def test_an_older_value_in_brackets_after_from_is_a_change_pair(papers):
    text, claims = papers["budget"]
    claim = claim_at(text, claims, "is £1,419m (from £1,665m in the January draft)", "£1,419m")
    assert claim is not None
    assert (claim.from_value, claim.to_value, claim.direction) == (1_665_000_000, 1_419_000_000, "down")
    assert claim_at(text, claims, "(from £1,665m in the January draft)", "£1,665m") is None


@pytest.mark.parametrize("context, quote", [
    ("revenue budget includes £149.6m of core funded spending growth", "£149.6m"),
    ("Just under 80% of the £149.6m core spending growth", "£149.6m"),
])
def test_a_figure_of_spending_growth_rises(papers, context, quote):
    claim = _at(papers["budget"], context, quote)
    assert claim is not None and claim.direction == "up"


def test_people_who_responded_to_the_questionnaire_are_responses(papers):
    claim = _at(papers["budget"], "In total, 2,389 people responded to the questionnaire", "2,389")
    assert claim is not None and claim.indicator == "consultation_responses"


def test_a_score_over_its_scale_with_a_slash_is_a_claim_and_its_scale_none(papers):
    text, claims = papers["eqia"]
    claim = claim_at(text, claims, "need score of 69/100", "69")
    assert claim is not None and (claim.value, claim.unit) == (69, "count")
    assert claim_at(text, claims, "need score of 69/100", "100") is None
    assert claim_at(text, claims, "took decision 23/00092", "23") is None  # a decision's reference stays none


def test_a_numbered_item_line_ending_in_a_full_stop_ends_the_period():
    # "7. Documentation for end of year accounts for 2015/16" is followed by "8. ..." and "9. Village Assets."
    text, claims = paper_claims(CORPUS / "parish" / "West Dereham Parish Council minutes 2016-06-02.txt")
    claim = claim_at(text, claims, "The total cost was £519.97", "£519.97")
    assert claim is not None and claim.as_of is None
