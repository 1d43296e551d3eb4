"""Claims in other councils' decision pages (claims round 32), read from the real corpus pages through the real
pipeline: rows of amounts by year under one lead-in, a date the clause gives "respectively", a start date after
"applicable from", a plan's title year, changes written as decisions ("To increase ... to £13.46", "by 5% to
£30.37", "a 4.99 per cent council tax increase", "(a £2.99% increase)"), a provider's hourly fee, a cost reduction,
and references, form names and corrected figures that are no claims."""

from pathlib import Path

import pytest
from conftest import paper_claims

WEB = Path(__file__).resolve().parents[1] / "corpus" / "web"


def _paper(name: str):
    return paper_claims(WEB / name)


@pytest.fixture(scope="module")
def papers():
    names = {
        "redditch": "Redditch Borough Council - Executive 2010-01-27.txt",
        "stevenage": "Stevenage Borough Council - Cabinet 2024-11-13.txt",
        "anglesey": "Isle of Anglesey County Council - The Executive 2016-03-01.txt",
        "southwark": "Southwark Council - Cabinet Member for Health, Adult Social Care and Equalities 2014-01-31.txt",
        "tendring": "Tendring District Council - Cabinet 2024-01-26.txt",
        "peterborough": "Peterborough City Council - Cabinet 2017-11-20.txt",
        "birmingham": "Birmingham City Council - Cabinet 2018-11-13.txt",
    }
    return {key: _paper(name) for key, name in names.items()}


def _at(paper, context: str, quote: str):
    """The claim on `quote` inside the only occurrence of `context`, or None."""
    text, claims = paper
    assert text.count(context) == 1, context
    at = text.index(context) + context.index(quote)
    return next((c for c in claims if c.start <= at < c.end), None)


@pytest.mark.parametrize("context, quote, indicator, as_of", [
    ("2011/12 £49,000", "£49,000", "budget", "2011-12"),
    ("2012/13 £187,000", "£187,000", "budget", "2012-13"),
    ("2011/12 £730,000", "£730,000", "capital_budget", "2011-12"),
    ("2012/13 £6,020,000", "£6,020,000", "capital_budget", "2012-13"),
])
def test_rows_of_amounts_by_year_keep_their_lead_in(papers, context, quote, indicator, as_of):
    claim = _at(papers["redditch"], context, quote)
    assert claim is not None and (claim.indicator, claim.as_of) == (indicator, as_of)


def test_a_date_given_respectively_dates_each_figure_of_the_clause(papers):
    claim = _at(papers["stevenage"], "totalling £184,749 (saving)", "£184,749")
    assert claim is not None and (claim.indicator, claim.as_of) == ("savings", "2025-26")


def test_a_start_date_after_applicable_from_dates_the_figure(papers):
    claim = _at(papers["stevenage"], "affected 35 businesses", "35")
    assert claim is not None and claim.as_of == "2026-27"


def test_a_figure_a_correction_replaces_and_a_form_name_are_no_claims(papers):
    assert _at(papers["stevenage"], "and not 15 as outlined", "15") is None
    assert _at(papers["stevenage"], "(NDR 1)", "1") is None


def test_a_lettered_item_number_is_no_claim(papers):
    assert _at(papers["tendring"], "item A.4 of the report", "4") is None
    assert _at(papers["tendring"], "Portfolio Holder (A.4)", "4") is None


def test_a_pound_sign_before_a_percentage_is_a_percentage_and_the_level_moves_its_way(papers):
    change = _at(papers["tendring"], "(a £2.99% increase)", "2.99%")
    level = _at(papers["tendring"], "services of £193.73 for", "£193.73")
    assert change is not None and (change.unit, change.value, change.direction) == ("%", 2.99, "up")
    assert level is not None and level.direction == "up" and level.comparator is None


def test_a_change_by_a_percentage_to_a_price_is_two_claims_both_up(papers):
    change = _at(papers["anglesey"], "homes by 5% to £30.37", "5%")
    level = _at(papers["anglesey"], "by 5% to £30.37", "£30.37")
    assert change is not None and change.direction == "up"
    assert level is not None and level.direction == "up"


def test_a_providers_hourly_fee_is_no_pay_rate(papers):
    claim = _at(papers["anglesey"], "from £14.50 to £15.50 per hour", "£15.50")
    assert claim is not None and claim.indicator is None and (claim.from_value, claim.direction) == (14.5, "up")


def test_a_decision_to_increase_a_charge_to_a_level_moves_up(papers):
    claim = _at(papers["southwark"], "charge rates to £13.46", "£13.46")
    assert claim is not None and claim.direction == "up"


def test_a_change_named_after_its_noun_and_a_plans_title_year(papers):
    claim = _at(papers["peterborough"], "a 4.99 per cent council tax increase", "4.99")
    assert claim is not None and claim.indicator == "council_tax" and claim.direction == "up" and claim.as_of is None


def test_proposals_for_reducing_cost_are_savings(papers):
    claim = _at(papers["birmingham"], "amount to £18.2m in 2019/20", "£18.2m")
    assert claim is not None and (claim.indicator, claim.as_of) == ("savings", "2019-20")


@pytest.fixture(scope="module")
def minutes():
    names = {
        "glasgow": "Glasgow City Council - Executive Committee 2009-02-06.txt",
        "saltash": "Saltash Town Council - Services Committee 2025-07-17.txt",
        "magherafelt": "Magherafelt District Council - Council 2007-10-09.txt",
        "bracknell": "Bracknell Forest Council - Joint Waste Disposal Board 2017-04-21.txt",
    }
    return {key: _paper(name) for key, name in names.items()}


def test_a_budget_code_a_minutes_print_and_a_house_number_are_no_claims(minutes):
    assert _at(minutes["saltash"], "from budget code 6506", "6506") is None
    assert _at(minutes["saltash"], "within budget code 6515", "6515") is None
    assert _at(minutes["glasgow"], "(Print 2, page 223)", "2") is None
    assert _at(minutes["magherafelt"], "Chamber, 50 Road, Magherafelt", "50") is None
    assert _at(minutes["saltash"], "a virement of £3,000", "£3,000") is not None


def test_the_month_of_a_later_meeting_dates_no_figure(minutes):
    claim = _at(minutes["bracknell"], "the three Waste Collection Teams", "three")
    assert claim is not None and claim.as_of is None


def test_parts_that_add_up_to_a_change_move_its_way(papers):
    for context, quote in (("4.99%, 2.99% under general powers", "2.99%"), ("and 2.00% Social Care Precept", "2.00%")):
        claim = _at(papers["birmingham"], context, quote)
        assert claim is not None and (claim.indicator, claim.direction) == ("council_tax", "up")
