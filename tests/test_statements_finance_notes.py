"""The lead's convention for finance papers (annotations/README.md, Statements, stop 56): a stated overspend, deficit,
shortfall, cause or named risk is a challenge, each sentence that states it; a monitoring report's variance note that
only apportions a figure or its offsets is no statement (the figure is the claim).

Real sentences of the tuned Kent paper `corpus/pdf/24-00108 - Finance Monitoring Report - Q3 - November 2024-25.pdf`
and of its gold."""

import pytest

from miner.nlp.statements import sentence_rule


@pytest.mark.parametrize("text", [
    "+£3.6m overspend relates to people accessing nursing and residential care services, with increases in activity "
    "exceeding budgeted levels.",
    "+£10.7m pressure on this service line relates to slippage in savings activity, and +£12.4m from pressures "
    "relating to client activity.",
    "These overspends are partially offset by an underspend on Streetlight and Tunnels energy, due to a one-off rebate "
    "following the reconciliation of winter 23-24 usage.",
])
def test_a_variance_note_that_apportions_a_figure_is_no_statement(text):
    assert sentence_rule(text)[0] is None


@pytest.mark.parametrize("text", [
    "The Council is forecasting a revenue overspend of £23.3m (excluding schools).",
    "Schools' Delegated Budgets is currently forecasting an overspend of £30.4m.",
    "£17.5m has been identified as undeliverable.",
    "The rephasing variance is due to delays in the commencement of the works contract whilst awaiting the sign off "
    "from National Highways.",
])
def test_a_stated_overspend_or_delay_stays_a_challenge(text):
    assert sentence_rule(text)[0] == "challenge"


@pytest.mark.parametrize("text", [
    # Kent Capital Strategy 2025-26 (tuned): a reserve's use for an overspend, should it be needed
    "It has also set aside £59.4m in general reserves, which is the estimated balance as at 31.03.25 before any "
    "drawdown to fund a 2024-25 overspend, should it be required.",
    # Kent section 25 statement 2025-26 (tuned): budget inputs
    "rebuilding reserves, including replenishment of previous drawdowns for overspends",
    "The higher spending growth included the full year effect of forecast overspend in 2022-23 and the impact of the "
    "rapid increase in inflation during 2022-23.",
    # Kent finance monitoring Q3 2024-25 (tuned): reserve accounting
    "The balances of individual schools cannot be used to offset the overspend on the central schools' reserve and "
    "therefore should be viewed separately.",
    "Any basic need grant received for these two years will go towards funding the forecast overspend.",
])
def test_a_reserve_or_budget_input_for_an_overspend_is_no_challenge(text):
    assert (sentence_rule(text) or (None,))[0] != "challenge"


def test_a_named_risk_with_a_bracketed_drawdown_stays_a_challenge():
    """Kent Capital Strategy 2025-26 (tuned gold: challenge): the aside in brackets does not make it an input."""
    text = ("The Council has identified a number of budget risks but has not put aside any money because the Council "
            "has sufficient reserves (before any drawdown to fund a 2024-25 overspend) to cover them.")
    assert sentence_rule(text)[0] == "challenge"
