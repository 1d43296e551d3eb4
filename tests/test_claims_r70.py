"""Claims round 70: a budget month the page names without its year, the measure and the period of the clause or
paragraph before.

A decision page's heading "Month 9 Financial Performance Report" (and a report's "The Month 9 monitor ...") names no
year: the month is the last such month on or before the meeting, as a bare month is (Croydon's Cabinet of 22/03/2023:
December 2022); with no meeting date there is none. A meeting page's item line ending in the linked file's size ("... July
to September 2011 pdf icon PDF 75 KB") is still the item's heading and dates its figures. A definite subject restating
the paragraph before's measure by its head noun takes it, a change verb too ("The percentage collected fell by 0.3%").
A budget named in general after a capital programme sum in its sentence is the programme's. "Up to the end of Quarter 3
2022/23," opening a sentence is the period to date, no deadline. Each page is quoted with its address through the real
pipeline."""

from conftest import claim_found, page_text, written_paper_claims

from miner.nlp.claim_as_of import heading_quarter, item_heading, item_period

# https://democracy.croydon.gov.uk/ieDecisionDetails.aspx?ID=2018
CROYDON = """Decision details

Month 9 Financial Performance Report

Decision status: Recommendations Approved

Is Key decision?: No

Is subject to call in?: No




1.1.         Note the General Fund revenue budget outturn is forecast to be balanced at Month 9.


1.2.         Note the forecast elimination of the planned contribution to General Fund Reserves of £6.9m for 2022/23.


1.3.         Note that a further number of risks and compensating opportunities may materialise which could see the forecast change.


1.4.         To approve the progress of the MTFS savings as indicated within Table 4 and detailed in Appendix 3.


1.5.         Note the Housing Revenue Account (HRA) is projecting an end of year position of a £0.918m overspend.


1.6.         Note the Capital Programme spend to date for the General Fund of £18.296m (against a budget of £253.936m) with a projected forecast underspend of £17.488m for the end of the year.


1.7.         Note the Housing Revenue Account Capital Programme spend to date of £14.101m (against a budget of £27.357m), with a projected forecast underspend of £1.897m for the end of the year.


1.8.         Note, the above figures are predicated on forecasts from Month 9 to the year end and therefore could be subject to change as forecasts are made based on the best available information at this time.


1.9.         Note, the Council continues to operate a Spend Control Panel to ensure that tight financial control and assurance oversight are maintained A new financial management culture is being implemented across the organisation through increased scrutiny, such as the monthly assurance meetings, improved communication and budget manager training from CIPFA.

Publication date: 30/03/2023

Date of decision: 22/03/2023

Decided at meeting: 22/03/2023 - Cabinet

Accompanying Documents:
"""

# http://cardiff.moderngov.co.uk/mgAi.aspx?ID=6839&LLL=0 (the page prints no date)
CARDIFF = """Agenda item

Budget Monitoring - Month 6 Report




1.            the potential outturn position based on the first six months of the financial year be noted.


2.            The requirement for all directorates currently reporting overspends as identified in this report to put in place actions to reduce their projected overspends be reinforced.



Cabinet considered the Budget Monitoring position for month 6.  The overall position indicated a projected overspend of £537,000 an improved of £313,000 on the month 4 position.  The overall position continues to reflect financial pressures and shortfalls against budget savings targets in directorate budgets.  It is anticipated that management actions taking during the year will enable this to be reduced by the year end.





1.            the potential outturn position based on the first six months of the financial year be noted.


2.            The requirement for all directorates currently reporting overspends as identified in this report to put in place actions to reduce their projected overspends be reinforced.


Supporting documents:
"""

# https://moderngovwebpublic.redditchbc.gov.uk/ieIssueDetails.aspx?IId=7846&Opt=3&PlanId=0
REDDITCH = """Issue - meetings

Quarterly Performance Report - Quarter 2 - July to September 2011

Meeting: 06/12/2011 - Executive (Item 126)

126 Quarterly Performance Report - Quarter 2 - July to September 2011 pdf icon PDF 75 KB

To consider the quarterly performance report, showing indicators which have improved, declined or remained static when compared to the same period in the previous financial year.


(Report attached)

Additional documents:


The Committee received a report on the Council's performance for Quarter 2 of the 2011/12 financial year.


Members were asked to consider a range of options for future reporting of performance in response to changing demands resulting from the transformation programme.


Officers reported that information had been provided on 27 indicators for Quarter 2.  Of those, 10 had improved in performance and 16 had declined compared to the same period last year.  In addition, 1 indicator had remained static with performance at optimum level.


Members were informed that of the indicators that showed a decline in performance only 2 were of particular concern and action had been taken to remedy the problem in each case.



1)         the Corporate Management Team, in conjunction with Members, select key performance indicators of concern and remedial action to be taken, for reporting on a quarterly basis;

2)         the Committee consider future proposals for performance reporting as the Council progresses the Transformation agenda; and


3)         the update on key performance indicators for the period ending 30th September 2011 be noted.
"""

# https://mycouncil.surreycc.gov.uk/ieDecisionDetails.aspx?Id=813
SURREY = page_text("surrey_cabinet_budget_monitoring_2013-10-22")

# https://fdocuments.net/document/london-borough-of-waltham-forest-cabinet-portfolio-councillor-clare-coghill.html
# (the report's opening)
WALTHAM_FOREST = """LONDON BOROUGH OF WALTHAM FOREST

Meeting / Date Cabinet 25 February 2020

Report Title FINANCIAL MONITORING: MONTH 9 (December)

Cabinet Portfolio Councillor Clare Coghill Leader of the Council

Report Author/ Contact details Brian Moldon, Strategic Finance Advisor - Corporate Finance & Governance Directorate 020 8496 4477 [email protected] Wards affected None specifically Public Access OPEN Appendices 1 - Savings schedule

1. SUMMARY

1.1 This report presents the forecast year-end position in respect of the Council’s revenue expenditure. The Month 9 monitor currently identifies net pressures of £7.501 million, although the current forecast for the overall General Fund outturn is anticipated to be in line with the budget with corporate items having been identified to balance the budget.

1.2 Service pressures identified at Month 9 are: Strategic Director of Families £7,293,000 Strategic Director of Residents Services £135,000 Strategic Director of Corporate Development £73,000

"""

# https://democratic.lincoln.gov.uk/mgAi.aspx?ID=37162 (the minute's paragraph on council tax)
LINCOLN = """Agenda item

Performance Update

Minutes:

In respect of Council Tax, up to the end of Quarter 3 2022/23, in-year collection for Lincoln and North Kesteven was up by 1.76% and 0.75% respectively. However it should be noted that in appropriate circumstances Council Tax Energy Rebate payments had been credited to Council Tax accounts, as well as Council Tax Hardship Fund monies being allocated, which would be ‘inflating’ collection performance. Officers continued to monitor and manage collection closely. As at the end of January 2023, Council Tax in-year collection was up by 2.13% and 0.62% for City of Lincoln and North Kesteven respectively.
"""

# http://www.broxbourne.gov.uk/resident-council-tax/performance (the paragraphs under the table)
BROXBOURNE = """Performance

Collection statistics

The percentage of council tax collected, in year, has increased to 98.0% in 2014/15, 0.1% higher than in 2013/14.

The percentage collected fell by 0.3% when the council tax support scheme was introduced in April 2013.  The council tax support scheme requires all residents except pensioners and the vulnerable or disabled to pay a proportion of their council tax even if they are in receipt of other benefits.  Previously, council tax benefit settled the council tax liability of those on other benefits; a scheme fully funded by the Government.

"""


def test_month_heading_without_year_takes_the_meeting():
    assert heading_quarter("Month 9 Financial Performance Report", "2023-03-22") == "2022-12"
    assert item_period("Month 9 Financial Performance Report", "2023-03-22") == "2022-12"
    # a month after the meeting's is the year before's: Month 12 (March) at a June meeting is March of that year
    assert heading_quarter("Revenue Budget Monitoring (Month 12)", "2019-06-18") == "2019-03"
    # no meeting date, or no money monitoring, or a year written: as before
    assert heading_quarter("Month 9 Financial Performance Report") is None
    assert heading_quarter("Month 9 Report on Play Schemes", "2023-03-22") is None
    assert heading_quarter("Month 10 Financial Monitoring 2023-24", "2024-03-05") == "2024-01"
    # Waltham Forest's report title (Cabinet 25 February 2020); a month name that disagrees dates nothing
    assert heading_quarter("FINANCIAL MONITORING: MONTH 9 (December)", "2020-02-25") == "2019-12"
    assert heading_quarter("FINANCIAL MONITORING: MONTH 9 (November)", "2020-02-25") is None


def test_month_heading_dates_a_decision_pages_figures(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "London Borough of Croydon - Cabinet", CROYDON)
    assert claim_found(paper, "a £0.918m overspend", "£0.918m").as_of == "2022-12"  # was None
    assert claim_found(paper, "General Fund of £18.296m", "£18.296m").as_of == "2022-12"  # was None
    assert claim_found(paper, "underspend of £1.897m", "£1.897m").as_of == "2022-12"  # was None
    # a figure naming its own year keeps it
    assert claim_found(paper, "General Fund Reserves of £6.9m", "£6.9m").as_of == "2022-23"


def test_month_heading_without_any_date_dates_nothing(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Cardiff Council - Cabinet", CARDIFF)
    assert claim_found(paper, "projected overspend of £537,000", "£537,000").as_of is None


def test_budget_month_in_a_sentence_takes_the_meeting(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "London Borough of Waltham Forest - Cabinet", WALTHAM_FOREST)
    assert claim_found(paper, "net pressures of £7.501 million", "£7.501 million").as_of == "2019-12"  # was None
    assert claim_found(paper, "Families £7,293,000", "£7,293,000").as_of == "2019-12"  # was None


def test_item_heading_with_file_size_dates_the_item(tmp_path_factory):
    line = "126 Quarterly Performance Report - Quarter 2 - July to September 2011 pdf icon PDF 75 KB"
    assert item_heading(line) and item_period(line) == "2011-09"
    assert not item_heading("1. The savings achieved in year to date total £366k with a further £363k in progress.")
    paper = written_paper_claims(tmp_path_factory, "Redditch Borough Council - Executive", REDDITCH)
    assert claim_found(paper, "provided on 27 indicators", "27").as_of == "2011-09"  # was None
    assert claim_found(paper, "Of those, 10 had improved", "10").as_of == "2011-09"  # was None


def test_capital_programme_sum_names_the_budget_after_it(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "London Borough of Croydon - Cabinet", CROYDON)
    assert claim_found(paper, "(against a budget of £253.936m)", "£253.936m").indicator == "capital_budget"  # was budget
    assert claim_found(paper, "General Fund of £18.296m", "£18.296m").indicator == "capital_budget"
    # a revenue sentence's figures keep theirs
    surrey = written_paper_claims(tmp_path_factory, "Surrey County Council - Cabinet", SURREY)
    assert claim_found(surrey, "2013/14 of £1.4m", "£1.4m").indicator == "underspend"
    assert claim_found(surrey, "this to £14.4m overall", "£14.4m").indicator == "underspend"


def test_change_verb_restates_the_paragraph_befores_measure(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Broxbourne Borough Council - Council Tax Performance", BROXBOURNE)
    assert claim_found(paper, "fell by 0.3%", "0.3%").indicator == "council_tax_collection"  # was None
    assert claim_found(paper, "increased to 98.0%", "98.0%").indicator == "council_tax_collection"


def test_up_to_the_end_of_a_quarter_opening_the_sentence_dates_it(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "City of Lincoln Council - Shared Revenues and Benefits Joint Committee", LINCOLN)
    assert claim_found(paper, "was up by 1.76%", "1.76%").as_of == "2022-12"  # was None
    assert claim_found(paper, "and 0.75% respectively", "0.75%").as_of == "2022-12"  # was None
