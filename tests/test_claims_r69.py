"""Claims round 69: the period a paper states once, for its figures that print none.

A budget-monitoring heading naming the month or accounting period of its financial year ("Month 10 Financial
Monitoring 2023-24", "2017/18 Budget Monitoring Report - P4") dates the paper's figures at that month, as a quarter in
the title does; a minute saying the report was "for the 2nd quarter ended 30th September 2016" or "set out forecast
outturn position ... as at the end of September 2018" dates the item's later figures; a numbered paragraph stating a
sum ("1. The savings achieved in year to date total £366k ...") and a resolution's numbered part opening on its verb
("1. Notes the forecast ...") start no new minutes item. Paragraph numbers run inline ("1.0 Reason and Purpose of
Report: 1.1 To summarise ... 1.2 To highlight ...") are no figures. Each page is quoted with its address through the real
pipeline."""

from conftest import claim_found, no_claim_at, written_paper_claims

from miner.nlp.claim_as_of import heading_quarter, item_heading

# http://democracy.gloucester.gov.uk/mgAi.aspx?ID=28437
GLOUCESTER = """Agenda item

Financial Monitoring Quarter 2 Report

To consider the report of the Cabinet Member for Performance and Resources concerning year-end forecasts and progress made against agreed savings targets for the 2nd quarter ended 30th September 2016.




1.    The savings achieved in year to date total £366k with a further £363k in progress.


2.    The forecast year end position is currently for a reduction to the Council’s General Fund balance of £132k, an improvement of £125k since Quarter 1.


3.    The deficit position includes a proposed transfer to the Business Rates Reserve of £100k


4.    The actual and expected levels of income for the Council shown at Appendix 3.


5.    The details of specific budgetary issues identified by officers and the actions being taken to address those issues


6.    The current level of Capital expenditure as shown on Appendix 2.



The Chair agreed to revise the order of the agenda so a progress update could be provided ahead of  budget proposals for the forthcoming financial year.


Cabinet considered the report Cabinet Member for Performance and Resources (
"""

# https://edemocracy.coventry.gov.uk/ieIssueDetails.aspx?IId=34513&Opt=3
COVENTRY = """Issue - meetings

2018/19 Second Quarter Financial Monitoring Report

Meeting: 27/11/2018 - Cabinet (Item 74)

74 2018/19 Second Quarter Financial Monitoring Report (to September 2018) pdf icon PDF 225 KB

Report of the Deputy Chief Executive (Place)


The Cabinet considered a report of the Deputy Chief Executive (Place) which set out forecast outturn position for revenue and capital expenditure and the Council’s treasury management activity as at the end of September 2018.


The headline revenue forecast for 2018/19 was an over spend of £0.5m. At the same point in 2017/18 there was a projected overspend of £3.1m.


This position continued to reflect overspends in several service areas that had been subject to recent budgetary pressure. Although the overall overspend position was relatively modest, the service and financial pressures in several areas continued to demand management attention. This was most pressing and significant in relation to challenges in housing and homelessness services. Notwithstanding a range of plans coming forward, it was now clear that these circumstances would be in place for some time and this was reflected in the financial proposals within the 2019/20 Pre-Budget Report.


The Council’s capital spending was projected to be £222m for the year, a net decrease of £40m on the programme planned at the start of the year. At quarter 1 Cabinet was alerted to the possibility of significant capital slippage later in the budgetary cycle and this risk was one that continued to be of relevance.


The Cabinet noted that the report was also to be considered by the Audit and Procurement Committee at their meeting on 21st January 2019.


RESOLVED that the Cabinet:


1.  Notes the forecast revenue overspend at Quarter 2.


2.  Approves the revised capital estimated outturn position for the year of £222.4m incorporating: £3.1m net reduction in spending relating to approved/technical changes and £23.9m net rescheduling of expenditure into 2019/
"""

# https://democracy.guildford.gov.uk/mgAi.aspx?ID=12197
GUILDFORD = """Month 10 Financial Monitoring 2023-24


The Committee considered the Financial Monitoring Report for Period 10 which summarised the projected outturn position for the Council’s General Fund (GF) revenue account and Housing Revenue Account (HRA), based on the latest actual and accrued data.

The revised budget had been adjusted to reflect the changes agreed to bring the budget back into a balanced position.  Officers were projecting an overspend within services on the GF revenue account of £0.237 million, which included specific reserves transfers.  Corporate adjustments, provisions and external interest receivable, was forecast to overachieve by £0.488 million to give an overall favourable variance of £0.251 million.  Any surpluses or deficits would impact reserves at year end.

Officers were projecting an overspend on the HRA of £0.328 million, details of which were highlighted in the report.  GF reserves were forecast to be £39.210 million at year end, of which £31.445 million were earmarked and £7.765 million were available and classed as usable, although this excluded the GF working balance.

Progress against the capital programme was underway.  The Council expected to spend £73.68 million on its capital schemes by the end of the financial year against a budgeted expenditure of £228.64 million. This forecast supported the report of the Interim Joint Strategic Director of Finance reducing the Capital Programme by £96.6 million.

Debt due to the Council was £4.576 million of which £1.333 million was supported by payment plans. 

There were £6.613 million savings within the 2024-25 budget which would be monitored and reported on monthly.
"""

# https://docslib.org/doc/1698851/open-report-cabinet-20-august-2019-financial
STOKE = """Open Report

Cabinet

20 August 2019

Financial Performance Report 2019/20 - Quarter 1 (Month 3)

Report of Cabinet Member for Corporate Resource, Strategy and Partnerships Report Author Nick Edmonds, Assistant Director – Finance Kerry Cartlidge, Strategic Manager – Financial Strategy and Business Partnering Type of Decision For Information Wards Affected All Wards Stronger Together Priorities and how they are applicable: A commercial council, well governed and fit for purpose, driving efficiency in everything we do The budget is set based on delivering the city council’s priorities. This report summarises the financial position on the General Fund, Housing Revenue Account and Capital Investment Programme as at the end of June 2019 and provides forecasts for the financial year ended 31 March 2020.

1.0 Reason and Purpose of Report: 1.1 To summarise the financial position of the General Fund, Housing Revenue Account and Capital Investment Programme as at the end of June 2019. 1.2 To highlight where there have been variances to budget, and mitigating actions. 1.3 To summarise the position of the 2019/20 saving proposals. 1.4 To summarise the position of the 2019/20 strategic contingency.

2.0 Recommendation(s): 2.1 That it be noted that as at the end of June 2019 the net forecast overspend is £5.5 million. 2.2 That it be noted that proposals to manage the potential overspend are contained within the Mid-Year Refresh Report elsewhere on this agenda. 2.3 That the progress against 2019/20 General Fund saving proposals be noted. 2.4 That the position on the strategic contingency be noted. 2.5 That the position on the Dedicated Schools Grant (DSG) be noted. 2.6 That the forecast outturn on the Housing Revenue Account be noted. 2.7 That the forecast outturn on the Capital Investment Programme be noted. 3.0 Summary of Main Points: 3.1 The General Fund Revenue Account has a net expenditure budget of £218 million (gross expenditure £562 million;
"""


def test_heading_month_of_the_financial_year():
    assert heading_quarter("Month 10 Financial Monitoring 2023-24") == "2024-01"  # was None
    assert heading_quarter("2017/18 Budget Monitoring Report - P4") == "2017-07"  # was None
    assert heading_quarter("Revenue Budget Monitoring 2017/18 (MONTH 9)") == "2017-12"  # was None
    # negatives: a school year, a period's first day, a month the heading contradicts, no year; quarters as before
    assert heading_quarter("P4 pupils 2019/20") is None
    assert heading_quarter("Budget Monitoring Period 1 April 2023") is None
    assert heading_quarter("Month 6 Budget Monitoring Report 2019/20 (October 2019)") is None
    assert heading_quarter("FINANCIAL MONITORING: MONTH 9 (December)") is None
    assert heading_quarter("Quarter 3 Performance Report 2022/23") == "2022-12"


def test_numbered_sum_and_resolution_parts_are_no_item_headings():
    assert not item_heading("1. The savings achieved in year to date total £366k with a further £363k in progress.")
    assert not item_heading("1. Notes the forecast revenue overspend at Quarter 2.")
    # negatives: titles stay item headings
    assert item_heading("57 Year-end Council Plan Monitoring Report 2018/19")
    assert item_heading("3. Notes of the last meeting")


def test_month_heading_dates_the_papers_figures(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Guildford Borough Council - Committee", GUILDFORD)
    assert claim_found(paper, "GF revenue account of £0.237 million", "£0.237 million").as_of == "2024-01"  # was 2023-24
    assert claim_found(paper, "forecast to be £39.210 million", "£39.210 million").as_of == "2024-01"  # was 2023-24
    # negative: a figure naming its own year keeps it
    assert claim_found(paper, "There were £6.613 million savings", "£6.613 million").as_of == "2024-25"


def test_quarter_ended_in_a_minute_dates_the_numbered_paragraphs(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Gloucester City Council - Cabinet", GLOUCESTER)
    assert claim_found(paper, "to date total £366k", "£366k").as_of == "2016-09"  # was None
    assert claim_found(paper, "General Fund balance of £132k", "£132k").as_of == "2016-09"  # was None
    assert claim_found(paper, "Business Rates Reserve of £100k", "£100k").as_of == "2016-09"  # was None


def test_report_set_out_as_at_the_end_of_dates_the_item(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Coventry City Council - Cabinet", COVENTRY)
    assert claim_found(paper, "projected to be £222m", "£222m").as_of == "2018-09"  # was None
    assert claim_found(paper, "for the year of £222.4m", "£222.4m").as_of == "2018-09"  # was None
    # negatives: figures naming their own year keep it
    assert claim_found(paper, "an over spend of £0.5m", "£0.5m").as_of == "2018-19"
    assert claim_found(paper, "projected overspend of £3.1m", "£3.1m").as_of == "2017-09"


def test_inline_paragraph_numbers_are_no_figures(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Stoke-on-Trent City Council - Cabinet", STOKE)
    assert no_claim_at(paper, "1.0 Reason and Purpose", "1.0")  # was a claim
    assert no_claim_at(paper, "1.1 To summarise", "1.1")  # was a claim
    assert no_claim_at(paper, "2.7 That the forecast", "2.7")  # was a claim
    assert no_claim_at(paper, "3.1 The General Fund", "3.1")  # was a claim
    # negatives: the figures in the paragraphs stay
    assert claim_found(paper, "overspend is £5.5 million", "£5.5 million").value == 5500000
    assert claim_found(paper, "budget of £218 million", "£218 million").value == 218000000
