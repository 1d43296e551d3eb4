"""Claims round 66: classes of error that recur across the fresh batches F60 to F64. A minutes item headed by a
capital programme dates its money as capital (its sentences name only an "outturn" or a "budget"); a sentence that
dates the older value of a comparison "in the previous year" no longer keeps the item's period from the newer value;
a bare older value "compared to ... in the previous year" is the newer value's comparator; "Annexe 1" and a reference
whose space a PDF lost ("atTable 1") are no figures; a "General Fund deficit" is an overspend. Each page is quoted with
its address through the real pipeline; negatives keep the older readings."""

from conftest import claim_found, no_claim_at, written_paper_claims


# https://surreyheath.moderngov.co.uk/mgAi.aspx?ID=14555
SURREY_HEATH = """Agenda item

Capital Programme 2021/22 Monitoring Report - Quarter 3


The Executive received a report setting out expenditure on the approved capital programme for the 2021/22 financial year as at the end of the third quarter, along with the end of year forecast.


It was reported that the year-end forecast outturn was £5.034 million, 35.90% of the programme. Members were advised that the Property Investment Working Group had asked for a number of capital projects to be delayed in order to conduct a thorough review of these projects’ viability.
"""

# https://democracy.york.gov.uk/ieIssueDetails.aspx?IId=36055&Opt=3&PlanId=0
YORK = """Issue - meetings

Capital Programme Outturn 2012/13 and Revisions to the 2013/14 – 2017/18 Programme

Meeting: 16/07/2013 - Executive (Item 21)

21 Capital Programme Outturn 2012/13 and revisions to the 2013/14 – 2017/18 Programme pdf icon PDF 147 KB

Minutes:

An outturn of £46.476m was reported compared to the approved budget of £57.281m, financed by £21.227m of external funding and internal funding of £36.054, a variation of £10.805m, of which £10.4457m had been reprofiled to future years.

The detailed reasons for the variations along with requests for reprofiling were set out atTable 1 and paragraphs 8 to 31 of the report.
"""

# https://democracy.middevon.gov.uk/mgAi.aspx?ID=8293
MID_DEVON = """To consider the financial monitoring report for the income and expenditure for the nine months to 31 December 2019 and the projected outturn position previously presented to Cabinet on 13th February 2020.
Minutes:
The Group Manager for Financial Services outlined the contents of the report stating that the figures before Members were from the Quarter 3 monitoring calculations As at January, the forecast General Fund deficit for the current year was £292k.
"""

# corpus/kent/Appendix N - Capital Strategy.txt (Kent County Council Cabinet 2025-01-30; its address in corpus/MANIFEST.tsv)
KENT_CAPITAL_STRATEGY = """1.50 In addition to the forecast debt detailed in table 6, the Council is committed to making future payments to cover its pension fund deficit (valued at £34.8m as at 31.03.24).
"""

# https://democracy.southlakeland.gov.uk/ieDecisionDetails.aspx?ID=4626
SOUTH_LAKELAND = """Decision details

Annual Sickness Absence Report 2020-21

Decisions:

During the period 1 April 2020 to 31 March 2021, the Council had an average full time equivalent (FTE) of 398 employees. The Council lost 4040.5 working days through sickness absence, compared to 4572.4 in the previous year (a decrease of 11.6%, 531.9 days). This is equivalent to 10.15 days per FTE employee per annum.

Of the total number of days lost, 3052.1days were lost through long-term absence which equated to 75.5% of all sickness absence for the period. The average duration of long term absence was 53.7 days compared to 57.5 in the previous year.
"""

# https://modgov.waverley.gov.uk/mgDecisionDetails.aspx?IId=11776&Opt=1
WAVERLEY = """Issue - decisions


10/04/2017 - Performance Management Report - Quarter 3 - October - December 2016/17

The Executive has


1.          examined the performance figures for quarter three as set out in           Annexe 1; and


5.          approved the following target changes:


c)    Reduction by 10% to the P3 indicator (Major planning appeals allowed as a % of Major Application decisions made (cumulative)’).
"""


def test_capital_item_heading_makes_its_money_capital(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Surrey Heath Borough Council - Executive", SURREY_HEATH)
    assert claim_found(paper, "outturn was £5.034 million", "£5.034 million").indicator == "capital_budget"  # was budget
    assert claim_found(paper, "35.90% of the programme", "35.90%").indicator is None  # a share: no money kind
    york = written_paper_claims(tmp_path_factory, "City of York Council - Executive", YORK)
    assert claim_found(york, "An outturn of £46.476m", "£46.476m").indicator == "capital_budget"  # was budget
    assert claim_found(york, "approved budget of £57.281m", "£57.281m").indicator == "capital_budget"  # was budget
    # a kind its own sentence names stays
    assert claim_found(york, "financed by £21.227m", "£21.227m").indicator == "grant_funding"


def test_general_fund_deficit_is_an_overspend(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Mid Devon District Council - Scrutiny Committee", MID_DEVON)
    assert claim_found(paper, "current year was £292k", "£292k").indicator == "overspend"  # was budget
    kent = written_paper_claims(tmp_path_factory, "Kent County Council - Cabinet", KENT_CAPITAL_STRATEGY)
    assert claim_found(kent, "valued at £34.8m", "£34.8m").indicator != "overspend"  # a pension fund deficit: no overspend


def test_previous_year_of_the_older_value_only(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "South Lakeland District Council - Human Resources Committee", SOUTH_LAKELAND)
    newer = claim_found(paper, "lost 4040.5 working days", "4040.5")
    assert newer.as_of == "2020-21"  # was None
    assert newer.comparator == "previous" and newer.comparator_value == 4572.4  # was no comparator
    assert claim_found(paper, "a decrease of 11.6%", "11.6%").as_of == "2020-21"  # was None
    assert claim_found(paper, "absence was 53.7 days", "53.7 days").as_of == "2020-21"  # was None
    # the older values stay undated by the item's period
    assert claim_found(paper, "compared to 4572.4", "4572.4").as_of is None
    assert claim_found(paper, "compared to 57.5", "57.5").as_of is None


def test_document_references_are_no_figures(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Waverley Borough Council - Executive", WAVERLEY)
    assert no_claim_at(paper, "Annexe 1; and", "1")  # was a count
    assert claim_found(paper, "Reduction by 10%", "10%").value == 10
    york = written_paper_claims(tmp_path_factory, "City of York Council - Executive", YORK)
    assert no_claim_at(york, "atTable 1 and", "1")  # was a count
