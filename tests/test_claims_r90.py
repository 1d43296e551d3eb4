"""Claims round 90: a sum its own words name as money in general right before it keeps that reading against a kind of
money named in another clause or in the sentence before (pool batches F66 Eastleigh, F75 West Berkshire, F76 South
Kesteven). "Named right before" lets a date stand between the words and the sum ("net Budget requirement in 2018/19 at
£9,679,980"); a kind named before "but" is the other clause's ("this overspend but this led to increased rent receipts
of £458k"); and the sentence before's kind no longer overrides a level of money named right before the sum ("an
overspend of £860k against a net revenue budget of £117.4m" after a reserve's sentence), but for the capital budget,
which is the capital programme's budget. See annotations/README.md, "Claims round 90".
"""

import pytest

from conftest import claim_found, corpus_claims, written_paper_claims
from miner.nlp.claim_indicator import budget_part_ids, indicator
from test_claims_r76 import _gold  # a check batch's one gold row by page and context

EASTLEIGH = "Eastleigh Borough Council - Cabinet.txt"
WEST_BERKSHIRE = "West Berkshire Council - Executive.txt"
SOUTH_KESTEVEN = "South Kesteven District Council - Governance and Audit Committee.txt"


def _gbp(sentence: str, quote: str) -> str | None:
    """The indicator of the sum `quote` in `sentence`, read by the sentence alone."""
    at = sentence.index(quote) + 1  # the number, after its "£"
    return indicator(sentence, at, None, "GBP")


def test_the_gold_reads_the_sums_own_money():
    assert _gold("F66", EASTLEIGH, "2018/19 at £9,679,980")["indicator"] == "budget"
    assert _gold("F75", WEST_BERKSHIRE, "a net revenue budget of £117.4m")["indicator"] == "budget"
    assert _gold("F76", SOUTH_KESTEVEN, "increased rent receipts of £458k")["indicator"] == "income"


def test_a_date_between_the_words_and_the_sum():
    sentence = ("Taking account of the Grant Settlement from the Government, and allowing for a 0% Council Tax increase in "
                "2018/19, the Draft Budget presented is a balanced Budget, which sets the Council's net Budget requirement "
                "in 2018/19 at £9,679,980.")
    assert _gbp(sentence, "£9,679,980") == "budget"
    # the words' own date, as before; an overspend named in the sum's own clause still wins
    assert _gbp("The council's net revenue expenditure in 2023/24 was £18.92m, and council tax rose.", "£18.92m") == "budget"
    assert _gbp("There was an overspend on Schools' Delegated Budgets of £30.4m in 2023/24.", "£30.4m") == "overspend"


def test_a_kind_before_but_is_the_other_clauses():
    sentence = ("Additionally, there was also an increased focus to decrease void turnaround times which contributed "
                "towards this overspend but this led to increased rent receipts of £458k and reduced void times.")
    assert _gbp(sentence, "£458k") == "income"
    # without "but" the overspend is the sum's own clause's
    assert _gbp("The overspend of the service led to increased rent receipts of £458k.", "£458k") == "overspend"


def test_capital_budget_is_a_part_of_the_budget():
    assert "capital_budget" in budget_part_ids()
    assert not {"reserves", "overspend", "underspend", "grant_funding", "savings"} & budget_part_ids()


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    return written_paper_claims(tmp_path_factory, "Test District Council - Executive", (
        "Test District Council\n\nExecutive 14 December 2023\n\nFinancial Performance Report\n\n"
        "The report proposed to release £509k from the Adult Social Care Risk Reserve. This would mean that the current "
        "forecast would be an overspend of £860k against a net revenue budget of £117.4m.\n\n"
        "The estimated capital programme spend for the year is forecast at £315.5m. The spend to date is £160.4m.\n\n"
        "The forecast revenue outturn position is an overspend of £23.3m. The forecast outturn position has reduced "
        "by £3.5m compared with the forecast position at Quarter 2.\n"))


def test_the_sentence_before_does_not_override_the_sums_own_money(page):
    assert claim_found(page, "a net revenue budget of £117.4m", "£117.4m").indicator == "budget"
    # a capital programme's spend named before stays the capital budget
    assert claim_found(page, "The spend to date is £160.4m", "£160.4m").indicator == "capital_budget"
    # a sum its own words do not name right before still takes the sentence before's overspend
    assert claim_found(page, "has reduced by £3.5m", "£3.5m").indicator == "overspend"


def test_the_pool_rows():
    assert claim_found(corpus_claims(EASTLEIGH), "2018/19 at £9,679,980", "£9,679,980").indicator == "budget"
    assert claim_found(corpus_claims(WEST_BERKSHIRE), "a net revenue budget of £117.4m", "£117.4m").indicator == "budget"
    kesteven = corpus_claims(SOUTH_KESTEVEN)
    assert claim_found(kesteven, "increased rent receipts of £458k", "£458k").indicator == "income"
    assert claim_found(kesteven, "resulting in an overspend of £1.314m", "£1.314m").indicator == "overspend"
