"""Claims round 35, leftovers of the draft revenue budget report read through the real pipeline: a change restated in
brackets with its sign ("£33.8m (-8.6%) on the previous year") is still compared with the previous year; "lower than the
response rate to last year's" compares with last year; "the £95.4m difference ... is balanced from savings" is a budget
gap; the words of a bracketed aside that closed before a figure are the aside's figure's, not the next one's; in "from budget
code 6506 Grounds Management and Watering to 6515 Festive Lights" the second code is no claim either."""

from pathlib import Path

import pytest
from conftest import CORPUS, claim_at, paper_claims, claim_found as _at

BUDGET = CORPUS / "kent" / "Draft Revenue Budget 2025-26 and 2025-28 MTFP and Draft Capital Programme 2025-35.txt"


@pytest.fixture(scope="module")
def budget():
    return paper_claims(Path(BUDGET))


@pytest.mark.parametrize("context, quote", [
    ("represents a reduction of £33.8m (-8.6%) on the previous year", "£33.8m"),
    ("which is 8.8% lower than the response rate to last year", "8.8%"),
])
def test_previous_year_comparators(budget, context, quote):
    assert _at(budget, context, quote).comparator == "previous"


@pytest.mark.parametrize("context, quote", [
    ("The £95.4m difference (£49.4m core funded", "£95.4m"),
    ("difference (£49.4m core funded, £46.0m externally funded) is balanced", "£49.4m"),
    ("£49.4m core funded, £46.0m externally funded) is balanced", "£46.0m"),
])
def test_a_difference_balanced_from_savings_is_a_budget_gap(budget, context, quote):
    assert _at(budget, context, quote).indicator == "budget_gap"


def test_an_asides_words_are_not_the_next_figures(budget):
    # "(including ..., and £14.6m local authority contribution to DSG deficit) and £10.7m drawdown from smoothing reserves"
    assert _at(budget, "and £10.7m drawdown from smoothing reserves", "£10.7m").indicator == "reserves"


def test_the_amount_net_from_savings_resolving_a_difference_stays_savings(budget):
    # guard: "The £49.4m difference is resolved through -£61.5m net from savings/income"
    assert _at(budget, "resolved through -£61.5m net from savings", "£61.5m").indicator == "savings"


def test_the_count_before_a_rate_compared_with_last_year_takes_no_comparator(budget):
    # guard: "2,389 people responded to the questionnaire, which is 8.8% lower than the response rate to last year's"
    claim = _at(budget, "In total, 2,389 people responded", "2,389")
    assert claim.comparator is None and claim.direction is None


def test_the_other_budget_code_of_a_virement_is_no_claim():
    # "To approve a virement of £3,000 from budget code 6506 Grounds Management and Watering to 6515 Festive Lights"
    text, claims = paper_claims(CORPUS / "web" / "Saltash Town Council - Services Committee 2025-07-17.txt")
    assert claim_at(text, claims, "to 6515 Festive Lights", "6515") is None
    assert claim_at(text, claims, "a virement of £3,000 from budget code", "£3,000") is not None
