"""Claims round 82: the lead's convention after round 81 (a sum stated against the budget or estimate, "£53.519m lower
than the approved revised budget", is a variance, its under- or overspend, not a change over time: it takes no from /
to / direction, as the check gold and the tuned gold's variances already have it) made a rule: claim_cues.json
`budget_variance_after` / `budget_variance_before`, read by `claims._against_budget`. The code had given the pool's two
such sums a direction (F75 Epping "£669,000 lower than the revised estimate", F78 Rother "£53.519m lower than the
approved revised budget"); no tuned claim changed. And the fresh batch F80 (5 pages, 102 gold claims, gold written before
any run) committed as a check batch."""

from __future__ import annotations

from conftest import claim_found, corpus_claims as _page, written_paper_claims
from test_claims_r76 import _gold  # a check batch's one gold row by page and context

F80 = {"South Lanarkshire Council - Council Tax Administration and Collection Public Performance Report.txt": 4,
       "Moray Council - Corporate Services Performance Report Quarter to June 2018-19.txt": 21,
       "East Ayrshire Council - EA Performs Revenue Budget Monitoring.txt": 16,
       "West Dunbartonshire Council - Strategic Plan 2012-17 Progress in 2016-17.txt": 53,
       "North Lanarkshire Council - Housing Annual Performance Report 2020-21 Access to Housing Support.txt": 8}

EPPING = "Epping Forest District Council - Provisional Revenue Outturn 2015-16.txt"
ROTHER = "Rother District Council - Cabinet 2021-12-13.txt"


def test_f80_is_a_committed_check_batch_outside_every_split():
    from test_claims_r76 import _batch_is_committed

    _batch_is_committed("F80", F80)


def _change(claim) -> tuple:
    return claim.from_value, claim.to_value, claim.direction


def test_the_gold_gives_a_sum_against_the_budget_no_change():
    # the pool's gold: every such sum is its under- or overspend with no from / to / direction
    for batch, page, context in (("F75", EPPING, "some £669,000 lower than the revised estimate"),
                                 ("F78", ROTHER, "£53.519m lower than the approved revised budget"),
                                 ("F65", "Telford and Wrekin Council - Cabinet.txt", "expected to be £1.06m over budget"),
                                 ("F72", "Vale of Glamorgan Council - Cabinet.txt", "£450,000 under budget")):
        row = _gold(batch, page, context)
        assert row["indicator"] in ("underspend", "overspend")
        assert (row.get("from_value"), row.get("to_value"), row.get("direction")) == (None, None, None)


def test_a_sum_lower_or_higher_than_the_budget_or_estimate_carries_no_change():
    # were direction "down" (the "lower" of the comparison read as a fall)
    rother = claim_found(_page(ROTHER), "£53.519m lower than the approved revised budget", "£53.519m")
    assert (rother.indicator, _change(rother)) == ("underspend", (None, None, None))
    epping = claim_found(_page(EPPING), "some £669,000 lower", "£669,000")
    assert (epping.indicator, _change(epping)) == ("underspend", (None, None, None))


def test_a_written_variance_has_no_change_and_a_change_over_time_keeps_its_own(tmp_path_factory):
    page = written_paper_claims(tmp_path_factory, "Test Borough Council - Cabinet", (
        "Test Borough Council\n\nCabinet 10 October 2023\n\nRevenue Budget Monitoring Quarter 2 2023/24\n\n"
        "1. Net expenditure on the General Fund was £16.1 million, some £450,000 lower than the revised estimate.\n\n"
        "2. Adult social care was over budget by £0.6m at the end of September.\n\n"
        "3. The projected overspend has decreased from £3.2m at quarter 1 to £2.5m.\n\n"
        "4. The number of children in care increased from 396 in December 2016 to 413 in December 2017.\n"))
    lower = claim_found(page, "some £450,000 lower", "£450,000")
    assert (lower.indicator, _change(lower)) == ("underspend", (None, None, None))
    assert _change(claim_found(page, "over budget by £0.6m", "£0.6m")) == (None, None, None)
    # a change over time of the overspend itself, and of a count, keep their change (not stated against the budget)
    assert claim_found(page, "to £2.5m", "£2.5m").direction == "down"
    assert _change(claim_found(page, "to 413 in December", "413")) == (396, 413, "up")
