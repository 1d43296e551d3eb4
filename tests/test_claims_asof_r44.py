"""Claims round 44, as-of on fresh report pages of other councils (no claims gold; the pages corpus's openings of UK
councils' performance and budget monitoring papers, not in corpus/). Each page's words are quoted below with its
address; the test writes them to a file named as the corpus names pages and reads it through the real pipeline
(`paper_claims`)."""

import pytest
from conftest import claim_found as _at, written_paper_claims as _paper

# https://democracy.chorley.gov.uk/ieIssueDetails.aspx?IId=72815&Opt=3 (Chorley Council, Executive Cabinet, 13/02/2020)
CHORLEY = """Issue - meetings

Quarter 3 Performance Report 2019/20

Meeting: 13/02/2020 - Executive Cabinet (Item 174)

174 Quarter 3 Performance Report 2019/20 pdf icon PDF 494 KB

To consider and receive the report of the Director (Policy & Governance).


Overall, performance of key projects is excellent with ten (83%) of the projects now rated as green or complete and two projects (17%) currently rated as amber with the action plans for these projects contained within the report.
"""

# https://moderngovwebpublic.redditchbc.gov.uk/ieIssueDetails.aspx?IId=6126&Opt=3 (Redditch Borough Council, Executive,
# 15/03/2011; round 43's second batch)
REDDITCH = """Issue - meetings

Quarterly Performance Monitoring - Quarter 3 - September to December 2010

Meeting: 15/03/2011 - Executive (Item 195)

195 Quarterly Performance Monitoring - Quarter 3 - September to December 2010 pdf icon PDF 95 KB

The Committee considered a quarterly performance report, which showed indicators that had improved, declined or remained static when compared with the same period in the previous financial year.


Officers reported that of the 41 indicators reported this quarter, 46.3% had improved compared to the same period last year.
"""

# https://committees.oldham.gov.uk/ieDecisionDetails.aspx?ID=5304 (Oldham Council, Cabinet, revenue monitor 2024/25
# month 6; round 43's second batch)
OLDHAM = """Decision details

Revenue Monitor and Capital Investment Programme 2024/25

Decision Maker: Cabinet


The Cabinet were advised that the forecast overspend position based on the Month 6 profiled budget was £9.956m, which if not addressed, would result in a year-end overspend of £19.912m (£21.065m at Month 4).
"""

# https://democracy.bristol.gov.uk/mgAi.aspx?ID=19293 (Bristol City Council, Cabinet, P8 budget monitoring 2019/20;
# round 43's second batch)
BRISTOL = """Agenda item
P8 Budget Monitoring Report
1. Cabinet approved changes to Capital programme budget since P7 (additional £9.5m added in total, please see details listed under Appendix B).
2. Cabinet approved further budget alignment of the Capital Programme to the actual forecast, and re-profile the reported underspend of £22m at P8 from 2019/20 to later years.
"""


def test_a_heading_naming_quarter_3_and_a_year_is_its_last_month_not_the_year(tmp_path_factory):
    paper = _paper(tmp_path_factory, "Chorley Council - Executive Cabinet", CHORLEY)
    assert _at(paper, "excellent with ten (83%)", "83%").as_of == "2019-12"
    assert _at(paper, "two projects (17%)", "17%").as_of == "2019-12"


def test_a_quarter_named_by_its_months_in_the_heading(tmp_path_factory):
    # "Quarter 3 - September to December 2010": "this quarter" is as at December 2010
    paper = _paper(tmp_path_factory, "Redditch Borough Council - Executive", REDDITCH)
    assert _at(paper, "of the 41 indicators", "41").as_of == "2010-12"
    assert _at(paper, "this quarter, 46.3%", "46.3%").as_of == "2010-12"


def test_budget_monitoring_months_are_months_of_the_financial_year(tmp_path_factory):
    # Month 6 of 2024/25 is September 2024, Month 4 July 2024
    paper = _paper(tmp_path_factory, "Oldham Council - Cabinet", OLDHAM)
    assert _at(paper, "profiled budget was £9.956m", "£9.956m").as_of == "2024-09"
    assert _at(paper, "(£21.065m at Month 4)", "£21.065m").as_of == "2024-07"


def test_a_budget_period_p8_with_the_year_its_sentence_names(tmp_path_factory):
    paper = _paper(tmp_path_factory, "Bristol City Council - Cabinet", BRISTOL)
    assert _at(paper, "underspend of £22m at P8", "£22m").as_of == "2019-11"  # P8 of 2019/20: November 2019
    # negative: "since P7" is the start of a change, and the sentence names no year
    assert _at(paper, "additional £9.5m added", "£9.5m").as_of is None


def test_a_heading_naming_a_quarter_apart_from_its_year():
    from miner.nlp.claim_as_of import heading_quarter

    # https://democracy.allerdale.gov.uk/mgDecisionDetails.aspx?IId=190216&Opt=1 (Allerdale, 16/03/2023)
    assert heading_quarter("Quarter 3 Performance Report 2022/23") == "2022-12"
    # https://centralbeds.moderngov.co.uk/mgDecisionDetails.aspx?IId=44139&Opt=1 (Central Bedfordshire, 06/12/2018)
    assert heading_quarter("Revenue Budget Monitoring 2018/19 - Quarter 2") == "2018-09"
    assert heading_quarter("Revenue Budget Monitoring - September 2018 (Quarter 2)") == "2018-09"
    # negatives: two years, a month that ends no such quarter, a sentence
    assert heading_quarter("Quarter 2 Report 2022/23 and 2023/24") is None
    assert heading_quarter("Quarter 2 - April to August 2024") is None  # June ends Quarter 1, not Quarter 2
    assert heading_quarter("The report covers Quarter 3 and was presented in 2022/23 to the committee.") is None
