"""Claims round 81: the convention for a sum stated against a budget or estimate ("£53.519m lower than the approved
revised budget", "£435,000 above the revised estimate"): settled by the pool's majority and round 21's guideline (the
tuned gold has no such row), it is the underspend or overspend; the pool's gold that left it null relabelled (F75
Epping x3, F78 Rother). The code read three batches' such sums as a budget kind (F68 Bristol, F75 Epping, F78 Rother):
`indicators.json`'s overspend / underspend patterns now take "lower / higher than", "budgeted" and "estimate" and two
stacked modifiers ("approved revised"). A sum whose sentence names income or council tax keeps that kind."""

from __future__ import annotations

from conftest import claim_found, corpus_claims as _page, written_paper_claims
from test_claims_r76 import _gold  # a check batch's one gold row by page and context

EPPING = "Epping Forest District Council - Provisional Revenue Outturn 2015-16.txt"
ROTHER = "Rother District Council - Cabinet 2021-12-13.txt"


def test_the_relabelled_gold_reads_a_sum_against_the_budget_as_its_under_or_overspend():
    assert _gold("F75", EPPING, "some £669,000 lower than the revised estimate")["indicator"] == "underspend"
    assert _gold("F75", EPPING, "which was £2,856,000 (21.5%) above")["indicator"] == "overspend"
    assert _gold("F75", EPPING, "and £435,000 (3%) above the revised")["indicator"] == "overspend"
    assert _gold("F78", ROTHER, "£53.519m lower than the approved revised budget")["indicator"] == "underspend"
    # the share stays null (overspend and underspend are sums), as the pool's "over budget" rows were already read
    assert _gold("F75", EPPING, "£2,856,000 (21.5%) above the original estimate")["indicator"] is None
    assert _gold("F72", "Vale of Glamorgan Council - Cabinet.txt", "£450,000 under budget")["indicator"] == "underspend"


def test_a_sum_lower_or_higher_than_the_budget_or_estimate_is_an_under_or_overspend():
    # F78 Rother: "The Capital Programme forecast as at 30 September 2021 was £9.223m, which was £53.519m lower than
    # the approved revised budget" (was capital_budget)
    rother = _page(ROTHER)
    assert claim_found(rother, "£53.519m lower than the approved revised budget", "£53.519m").indicator == "underspend"
    # F75 Epping: "£669,000 lower than the revised estimate", "£2,856,000 (21.5%) above the original estimate and
    # £435,000 (3%) above the revised" (were budget)
    epping = _page(EPPING)
    assert claim_found(epping, "some £669,000 lower", "£669,000").indicator == "underspend"
    assert claim_found(epping, "which was £2,856,000 (21.5%)", "£2,856,000").indicator == "overspend"
    assert claim_found(epping, "and £435,000 (3%)", "£435,000").indicator == "overspend"
    # F68 Bristol: "£17.6m below the budgeted capital programme for the year" (was capital_budget)
    bristol = _page("Bristol City Council - Cabinet.txt")
    assert claim_found(bristol, "which is £17.6m below", "£17.6m").indicator == "underspend"


def test_a_sum_against_the_budget_keeps_the_kind_its_sentence_names(tmp_path_factory):
    page = written_paper_claims(tmp_path_factory, "Test Borough Council - Cabinet", (
        "Test Borough Council\n\nCabinet 10 October 2023\n\nRevenue Budget Monitoring Quarter 2 2023/24\n\n"
        "1. The Cabinet noted that car parking income was £200,000 higher than the budget.\n\n"
        "2. Council tax collected was £1.2m more than the estimate.\n\n"
        "3. Spend on supplies and services was £150,000 lower than budgeted.\n"))
    assert claim_found(page, "income was £200,000", "£200,000").indicator == "income"
    assert claim_found(page, "collected was £1.2m", "£1.2m").indicator != "overspend"
    assert claim_found(page, "services was £150,000", "£150,000").indicator == "underspend"
