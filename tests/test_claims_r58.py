"""Claims round 58: round 56's batch F56 errors by class (in sample now). A definite subject restating the sentence
before's measure by its head noun is that measure ("The arrears have reduced by £4.246m" after "payments made against
council tax arrears"), not a measure of its own; figures in a unit of time that name no measure (a benchmark, a later
reading, "it was 7 days") carry the one measure the sentence before's figures of that unit have, under a performance
indicator's line; a paragraph's first line naming a measure names the figures under it when no sentence between names
one ("non-domestic rates collected" is business rates collection); "EHCPs on time" is the 20-week measure. Each page is quoted with its address and read through the
real pipeline; negatives keep the older readings."""

from conftest import claim_found, written_paper_claims


# http://performance.northumberland.gov.uk/Public/Reports/OutturnReport.aspx?GroupID=103
NORTHUMBERLAND = """NCC Current Performance Report at 18 May 2024 for

Transactional Services

Percentage of Council Tax collected in-year to date
This is a cumulative indicator. By way of comparison performance at the end of Q4 is 0.6% less than performance in 2022/23. The PI is monitored monthly. The target remained the same as in 2022/23 (96.6%) due to the ongoing recovery from the Coronavirus pandemic on collection and enforcement, the impact of the cost of living crisis as well as demands placed on the Service whilst undergoing a recruitment drive following a Service Review during the 2022/23 financial year.

Percentage of National Non Domestic Rates collected in-year
This is a cumulative indicator. The PI is monitored monthly. By way of comparison performance at the end of Q4 is 1.5% higher than in 2022/23.

Arrears of Council Tax Retrieved (£Millions)
This is a cumulative indicator measuring payments made against council tax arrears brought forward at the start of the financial year. The arrears have reduced by £4.246m in total since 1.4.23. Overall arrears are £4.468m more than at the same point in time last year but a further year's council tax has accrued.

"""


def test_the_arrears_restate_the_sentence_befores_measure(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Northumberland County Council - Performance Report", NORTHUMBERLAND)
    # were None and council_tax_requirement: "The arrears" and "Overall arrears" restate the council tax arrears
    assert claim_found(paper, "The arrears have reduced by £4.246m", "£4.246m").indicator == "council_tax_arrears"
    assert claim_found(paper, "Overall arrears are £4.468m more", "£4.468m").indicator == "council_tax_arrears"
    # were None: the line heading each paragraph names its measure when no sentence between names another
    assert claim_found(paper, "the same as in 2022/23 (96.6%)", "96.6%").indicator == "council_tax_collection"
    assert claim_found(paper, "end of Q4 is 1.5% higher", "1.5%").indicator == "business_rates_collection"
    # negative: the figure under the same paragraph's heading that its own sentence names keeps it
    assert claim_found(paper, "end of Q4 is 0.6% less", "0.6%").indicator == "council_tax_collection"


# https://democracy.gravesham.gov.uk/mgAi.aspx?ID=39035
GRAVESHAM = """Corporate Performance Report: Q4 2021-22
Minutes:
The Service Manager (Revenues & Benefits) and the Head of Internal Audit & Counter Fraud Shared Service presented Members of the Performance and Administration Committee with an update against the Performance Management Framework, as introduced within the council's Corporate Plan, for Quarter Four 2021-22 (January to March 2022).
The Service Manager (Revenues & Benefits) highlighted the following:
PI 23 – Average processing time taken for Housing Benefit claims (days)
This is 16.4 days compared to 14.6 in Q3 and 12.4 in Q4 of the previous year. However, putting this into context the council, along with a number of other authorities, have been under considerable pressure with various grant schemes and household support funds but we remain better than the national average of 19.0 days and Kent districts are averaging 18.0 days. At the end of May we were processing claims at 20.8 days.
PI 24 – Average processing time for changes of circumstances in Housing Benefits claims (days)
This is 4.4 days which is a drop on the previous quarter. At the end of May it was 7 days.
Council tax collection rates are 20%, 0.09 down on this time last year.
"""


def test_time_figures_carry_the_measure_of_the_sentence_before(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Gravesham Borough Council - Performance and Administration Committee",
                                 GRAVESHAM)
    # were None: the benchmarks and the later reading go on about the PI line's processing time
    assert claim_found(paper, "national average of 19.0 days", "19.0 days").indicator == "benefit_processing_days"
    assert claim_found(paper, "averaging 18.0 days", "18.0 days").indicator == "benefit_processing_days"
    assert claim_found(paper, "processing claims at 20.8 days", "20.8 days").indicator == "benefit_processing_days"
    assert claim_found(paper, "At the end of May it was 7 days", "7 days").indicator == "benefit_processing_days"
    # negative: a percentage after the time measure (collection rates) does not carry it
    assert claim_found(paper, "collection rates are 20%", "20%").indicator != "benefit_processing_days"


# https://nottstv.com/continued-demand-in-assessments-for-young-people-with-special-educational-needs/
NOTTINGHAMSHIRE = """More Nottinghamshire children and young people with special educational needs across are being assessed within a key deadline, after an improvement drive by the county council.
The authority's Children and Families Select Committee today (July 15) held a meeting to discuss recent improvements for young people with special educational needs and disabilities (SEND).
Progress is being made compared with previous years, councillors heard.
Between January and May this year, there was a 24 per cent increase in completed assessments for people with SEND from 784 requests, compared with 632 requests for the same period in 2023.
Across the county, the number of ECHPs being issued within the timescale has more than doubled this year compared with 2023, with 34.2 per cent from January to May this year. It was just 15 per cent in the same period last year.
Just 4.5 per cent of EHCPs were issued within 20 weeks in Nottinghamshire in 2022.
Nottinghamshire aims to issue 40% of new EHCPs on time by July 2024.
"""


def test_ehcps_on_time(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Nottinghamshire County Council - Children and Families Select Committee",
                                 NOTTINGHAMSHIRE)
    # was None: new EHCPs issued "on time" are those issued within the 20 weeks
    assert claim_found(paper, "issue 40% of new EHCPs on time", "40%").indicator == "ehcp_20_week_timeliness"
    # negative: the counts of requests are not carried to the percentages after them
    assert claim_found(paper, "from 784 requests", "784").indicator != "ehcp_20_week_timeliness"
