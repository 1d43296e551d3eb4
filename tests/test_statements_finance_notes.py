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
