"""Claims round 79: of the classes rounds 76-78 left, those the check pool (F60-F77) holds in three or more batches:
a collection fund's balance named by its context (the item's heading or an earlier sentence, not the sum's own words:
F74, F75, F77) takes no indicator, and income named by a sum's own words ("rental income", "rent receipts", "income of
£X": F74, F76, F77) is income, "Housing Revenue Account" being an account's name, no budget. A third as-of convention
settled in the guidelines (a year's budget quoted in in-year monitoring takes the item's month), the pool's gold that
disagreed relabelled. And the fresh batch F78 (6 pages, 30 gold claims, gold written before any run) committed as a
check batch."""

from __future__ import annotations

from conftest import claim_found, corpus_claims as _page, written_paper_claims
from test_claims_r76 import _gold  # a check batch's one gold row by page and context

F78 = {"Brentwood Borough Council - Ordinary Council 2014-12-10.txt": 3,
       "Dartford Borough Council - Cabinet Capital Programme Monitoring 2020-21.txt": 2,
       "Lichfield District Council - Cabinet 2020-12-01.txt": 3,
       "Manchester City Council - Schools Forum Dedicated Schools Grant Budget Monitoring.txt": 5,
       "Rother District Council - Cabinet 2021-12-13.txt": 6,
       "Trafford Council - Executive Budget Proposals 2024-27.txt": 11}


def test_f78_is_a_committed_check_batch_outside_every_split():
    from test_claims_r76 import _batch_is_committed

    _batch_is_committed("F78", F78)


def test_the_relabelled_gold_dates_a_budget_in_in_year_monitoring_by_the_items_month():
    stoke = "Stoke-on-Trent City Council - Cabinet.txt"  # "Financial Performance Report 2019/20 - Quarter 1 (Month 3)"
    assert _gold("F67", stoke, "budget of £218 million")["as_of"] == "2019-06"
    assert _gold("F67", stoke, "gross expenditure £562 million")["as_of"] == "2019-06"
    # "Month 10 Financial Monitoring 2023-24"
    assert _gold("F68", "Guildford Borough Council - Committee.txt", "expenditure of £228.64 million")["as_of"] == "2024-01"
    # "Q3 Budget Report ... To report the forecast position for 2023/24"
    assert _gold("F62", "Herefordshire Council - Cabinet.txt", "revenue budget is £193.3m")["as_of"] == "2023-12"
    # a budget its own sentence dates keeps the period (F72 Solihull), as the guidelines say
    solihull = _gold("F72", "Solihull Metropolitan Borough Council - Cabinet.txt", "£46.253 million for 2018/19")
    assert solihull["as_of"] == "2018-19"
    # and the code already gives the month (Stoke's item is Quarter 1 of 2019/20)
    assert claim_found(_page(stoke), "net expenditure budget of £218 million", "£218 million").as_of == "2019-06"


def test_a_collection_fund_balance_named_by_its_item_or_an_earlier_sentence_takes_no_indicator():
    # https://wolverhampton.moderngov.co.uk/ieIssueDetails.aspx?IId=130121&PlanId=0&Opt=3 (F77), item "Collection Fund
    # Estimated Outturn 2021-2022": "That the estimated outturn for Council Tax in 2021-2022 is a cumulative deficit of
    # approximately £3.5 million ..."
    wolves = _page("City of Wolverhampton Council - Cabinet 2021-12-08.txt")
    assert claim_found(wolves, "cumulative deficit of approximately £3.5 million", "£3.5 million").indicator is None
    assert claim_found(wolves, "cumulative deficit of approximately £15.4 million", "£15.4 million").indicator is None
    assert claim_found(wolves, "totalling approximately £9.3 million", "£9.3 million").indicator is None
    # https://democracy.west-lindsey.gov.uk/ieIssueDetails.aspx?IId=3323&Opt=3 (F77), item "85 Collection Fund Surplus
    # and Council Tax Base": "The estimated surplus for the year was £218,896, an increase of £16,813 against the
    # budgeted figure."
    wl = _page("West Lindsey District Council - Council 2017-01-23.txt")
    assert claim_found(wl, "The estimated surplus for the year was £218,896", "£218,896").indicator is None
    assert claim_found(wl, "an increase of £16,813 against", "£16,813").indicator is None
    # https://modgov.north-norfolk.gov.uk/mgAi.aspx?ID=3497 (F74): "There is a small deficit of £153,601 on the
    # Collection Fund in respect of Council Tax. The total deficit of £512,580 has been offset by surplus Business rates
    # income in respect of pilot gain of £609,694."
    nn = _page("North Norfolk District Council - Cabinet.txt")
    assert claim_found(nn, "The total deficit of £512,580", "£512,580").indicator is None
    assert claim_found(nn, "pilot gain of £609,694", "£609,694").indicator is None
    # https://eppingforest.moderngov.co.uk/mgAi.aspx?ID=56653 (F75): "However the Council Tax collection fund shows a
    # surplus of £310,000 ... The combined net position was approximately £27,000 worse than was anticipated ..."
    epping = _page("Epping Forest District Council - Provisional Revenue Outturn 2015-16.txt")
    assert claim_found(epping, "approximately £27,000 worse", "£27,000").indicator is None


def test_what_the_collection_fund_context_leaves_alone(tmp_path_factory):
    # (F74) the General Fund's own overspend before the fund's sentence keeps its kind
    nn = _page("North Norfolk District Council - Cabinet.txt")
    assert claim_found(nn, "Net Operating overspend of £358,979", "£358,979").indicator == "overspend"
    # another account's balance after a fund's sentence is that account's, and a sum its clause does not call a balance
    # is not the fund's
    page = written_paper_claims(tmp_path_factory, "Test Borough Council - Cabinet",
                                "There is a small deficit of £153,601 on the Collection Fund in respect of Council Tax. "
                                "The General Fund deficit of £412,000 will be met from reserves.\n\n"
                                "The estimated surplus on the Collection Fund is £310,000. The overspend on waste services "
                                "was £95,000.")
    assert claim_found(page, "General Fund deficit of £412,000", "£412,000").indicator == "overspend"
    assert claim_found(page, "waste services was £95,000", "£95,000").indicator == "overspend"
    # (F77) a collection fund item's tax base is no balance of the fund: it keeps what it had
    wl = _page("West Lindsey District Council - Council 2017-01-23.txt")
    assert claim_found(wl, "Council Tax Base of £28,959.46", "£28,959.46").indicator == "council_tax_requirement"


def test_income_named_by_a_sums_own_words_is_income(tmp_path_factory):
    # https://democracy.northampton.gov.uk (F74), "Housing Revenue Account Monitoring - January 2010": "He also queried
    # the projected outturn of income of £1.4m from the cleaning and decoration of communal areas"
    northampton = _page("Northampton Borough Council - Cabinet.txt")
    assert claim_found(northampton, "outturn of income of £1.4m", "£1.4m").indicator == "income"
    # https://committeeadmin.lancaster.gov.uk/mgAi.aspx?ID=19880 (F77): "This would further increase rental income
    # available to the Housing Revenue Account by £40K in 2010" and "would generate further rental income of £257K"
    lancaster = _page("Lancaster City Council - Cabinet HRA Budget 2010-11.txt")
    assert claim_found(lancaster, "Housing Revenue Account by £40K", "£40K").indicator == "income"
    assert claim_found(lancaster, "further rental income of £257K", "£257K").indicator == "income"
    # (F75) "the position on the Housing Revenue Account was £716,000 better than anticipated": the account's name is
    # no budget (the gold: no indicator)
    epping = _page("Epping Forest District Council - Provisional Revenue Outturn 2015-16.txt")
    assert claim_found(epping, "Housing Revenue Account was £716,000 better", "£716,000").indicator is None
    # a specific kind named with the income still wins, and a budget of the account stays a budget
    page = written_paper_claims(tmp_path_factory, "Test Borough Council - Cabinet",
                                "The Council is required to deliver savings and additional income of £81.9m in 2024-25.\n\n"
                                "The Housing Revenue Account budget of £23.4m was approved.")
    assert claim_found(page, "additional income of £81.9m", "£81.9m").indicator == "savings"
    assert claim_found(page, "Account budget of £23.4m", "£23.4m").indicator == "budget"
