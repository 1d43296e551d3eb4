"""Claims round 73: the error classes round 72 found on its fresh batch F72, in general forms.

An "adverse variance" (or "unfavourable") is an overspend and a "favourable variance" an underspend; a monitoring month
with its year in brackets ("Month 3 (2024/25)") is the month, not the year; a minute's statement of the item's period
("was informed of the financial position as at 31st July 2018 (Period 4)", "the purpose of which was to update Members
of the position ... for the period 1st April to 30th November 2015", "based on activity up to the end of July 2023")
dates the item's later figures by that month; a count of a paper's tables or of "the two main areas" of a breakdown
measures nothing. Each page is quoted with its address through the real pipeline."""

from conftest import claim_found, no_claim_at, written_paper_claims

from miner.nlp import claim_as_of

# https://democracy.merton.gov.uk/ieIssueDetails.aspx?IId=30272&Opt=3
MERTON = """7 Financial Monitoring Report PDF 1 MB
Decision:
RESOLVED:
A. That Cabinet noted the financial reporting data for Quarter 3 (period 9), December 2023, relating to revenue budgetary control, showing a forecast net adverse variance at 31st December on service expenditure of £1.185m when corporate and funding items are included.
B. That Cabinet noted the contents of Section 5 and appendices 5a to 5c and approve the adjustments to the Capital Programme in the 4 Tables here.
C. That Cabinet noted the adjustments to the Capital Programme in the table here.
D. That Cabinet approve the 15 revenue civic pride investing in neighbourhoods and climate action fund bids below as contained in Appendix 5d and summarised in the Table here:
Minutes:
The Cabinet Member for Finance and Corporate Services presented the report noting that the net position for the current financial year was much closer to a balanced one and thanked officers for their work. It was noted that there were still clear pressures on departmental budgets.
The Executive Director advised that departmental spend controls were having an impact.
RESOLVED:
A. That Cabinet noted the financial reporting data for Quarter 3 (period 9), December 2023, relating to revenue budgetary control, showing a forecast net adverse variance at 31st December on service expenditure of £1.185m when corporate and funding items are included.
B. That Cabinet noted the contents of Section 5 and appendices 5a to 5c and approve the adjustments to the Capital Programme in the 4 Tables here.
C. That Cabinet noted the adjustments to the Capital Programme in the table here.
D. That Cabinet approve the 15 revenue civic pride investing in neighbourhoods and climate action fund bids below as contained in Appendix 5d and summarised in the Table here:
"""

# https://eservices.solihull.gov.uk/mgInternet/mgDecisionDetails.aspx?IId=39374&Opt=1
SOLIHULL = """Issue - decisions

Revenue and Capital Financial Monitoring Report for the period up to 31st July 2018 (Period 4)

07/09/2018 - Revenue and Capital Financial Monitoring Report for the period up to 31st July 2018 (Period 4)

The Cabinet was informed of the financial position as at 31st July 2018 (Period 4) against Revenue and Capital budgets. The report also detailed a summary of the individual Cabinet Portfolio pressures and mitigations for the period of the Medium Term Financial Strategy (MTFS) 2018/19 to 2020/21 as well as all budget virements that had taken place up to Period 4 of this financial year.


In considering the report, Members attention was specifically drawn to the following:


·  There was a forecast favourable variance for Core Council of (£0.413 million), and an adverse variance of £1.579 million for the Dedicated Schools Grant (DSG), to arrive at an overall adverse variance of £1.166 million.

·  The Core Council revenue budget forecast included an adverse variance of £0.161 million for Children, Education and Skills portfolio, which was offset by a favourable variance of (£0.574 million) for the Resources and Delivering Value portfolio. The Adult Social Care and Health portfolio showed a net nil variance with the planned use of the contingency funding and for the portfolios which were linked to the Managed Growth and Communities Directorate, their combined variances forecasted a net nil position overall through the use of reserve funding.

·  The Children, Education and Skills portfolio financial position was currently the subject of a detailed financial review, the outcome of which would be reported to Members of the Budget Strategy group as part of the 2019/20 budget process.

·  The total Capital Programme budget was currently £46.253 million for 2018/19 (excluding the HRA capital programme). Actual expenditure to the end of July was £3.068 million. There was a forecast favourable variance of (£6.627 million) which was summaris
"""

# https://www.valeofglamorgan.gov.uk/en/our_council/Council-Structure/minutes,_agendas_and_reports/reports/cabinet/2016/16-01-25/Revenue-and-Capital-Monitoring.aspx?ContensisTextOnly=true
VALE = """The Operational Manager, Accountancy, presented the report, the purpose of which was to update Members of the position in respect of revenue and capital expenditure for the period 1st April to 30th November 2015.


The report outlined that the current forecast for Social Services at year end was an overspend of £300,000. A table and graph setting out the variance between profiled budget and actual expenditure to date and the projected position at year end were attached at Appendix 1 to the report.


In terms of Children and Young People's Services, this service was anticipated to outturn £450,000 under budget at year end. The key issue for this service continued to be managing the demand for the Joint Budget for Residential Placements for Looked After Children, however, currently it was forecast to outturn with a £250,000 underspend at year end. Work had been ongoing to ensure that children were placed in the most appropriate and cost effective placements, however, it was noted that due to the potential high cost of each placement, the outturn position could fluctuate with a change in the number of Looked After Children. There were potential underspends elsewhere in Children's Services of £65,000 on staffing and £135,000 on alternative means of provision and accommodation costs required for the current cohort of children.


For Adult Services, the service was currently anticipated to outturn £750,000 over budget at year end which remained at the same level as projected last month. This overspend was due to a projected overspend on Community Care Packages of £950,000 as a result of continuing demand for services, particularly for frail older clients. The report outlined that whilst every effort would be made to improve this position, it could not be guaranteed that this position would not deteriorate further by year end as this budget was extremely volatile and there was a continued demand for services, which may increase over the winter months. The annual def
"""

# https://cds.bromley.gov.uk/mgAi.aspx?ID=86257
BROMLEY = """Agenda item



Report FSD23047


The Committee considered a report providing the budget monitoring position

for 2023/24 for the Adult Care and Health Portfolio, based on activity up to the

end of July 2023.


The Head of Finance for Adults, Health and Housing advised that there were significant pressures, particularly across packages and placements budgets, including hospital discharge. It was noted that this could be mitigated by monies received from the Market Sustainability and Improvement Fund and discharge funding. At this early stage in the financial year an overspend of £450k was currently projected.


In response to questions regarding the Learning Disabilities (LD) underspend, the Head of Finance for Adults, Health and Housing said that this figure was based upon the current level of client numbers and costs. It was anticipated that the underspend would reduce as clients came into the service throughout the year. The Director of Adult Social Care advised that further growth was expected as young people transitioned into adulthood, however robust figures were not yet available. It was noted that this was an area of the budget where some growth had been built in. With regards to the LD/Autism Funding from the South East London ICB, the Director of Adult Social Care advised that a report would be presented later in the meeting – this referred to new money that had just been drawn down, but not yet spent.

In response to questions in relation to areas of overspend, the Director of Adult Social Care said that the budget was built based on the target number of residential placements. As discussed at previous Committee meetings, the Local Authority was looking to reduce the reliance on residential care – the figures provided were below what had been expected which demonstrated success in not placing people into residential care. However, this came at a cost as those who were going into residential care had more complex needs and care homes were charging the
"""

# http://democracy.somerset.gov.uk/mgAi.aspx?ID=6740
SOMERSET = """Agenda item

Children's Services - Budget Monitoring - Month 3

To consider PowerPoint presentation.

 

Note – the Chair will allow 20 minutes for this agenda item.

Decision:

The Committee received a presentation which provided an update on the budget position for Children’s Services - Month 3 (2024/25), with a £5.4m forecast overspend (3.8% of budget). The overspend predominantly relates to external placements (residential, unregistered), education cost pressures, DSG High Needs Block.

 

The Committee noted the update position.

Minutes:

The Committee received a presentation from the Council’s Head of Finance Business Partnering, C Evans who provided an update on the budget position for Children’s Services - Month 3 (2024/25), with a £5.4m forecast overspend (3.8% of budget). The overspend predominantly relates to external placements (residential, unregistered), education cost pressures, DSG High Needs Block.

 

The Committee discussed the update, asked a number of questions and made a number of comments, which were responded to at the meeting:-

·      query about external placements and information in the table on page 27 – mentioned the ‘residential parent and child’ placement is not one used very often and is usually ordered by the Family Courts – when do use them, they are very expensive because the risks are so high and due to its nature, is also unpredictable; there are delays in the Family Courts system as well because the court system is overwhelmed which can have an impact on this.

·      external placements and query about the ‘other’ figure in the table on page 27, and what is included – this includes other smaller placement types such as secure placements; leaving care accommodation costs – further details will be circulated to the Committee.

·      query about the £5.4m forecast overspend figure. The Chair mentioned that the two main areas of overspend have been external placements and home scho
"""


def test_adverse_and_favourable_variances(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Solihull Metropolitan Borough Council - Cabinet", SOLIHULL)
    assert claim_found(paper, "Core Council of (£0.413 million)", "£0.413 million").indicator == "underspend"  # was budget
    assert claim_found(paper, "an adverse variance of £1.579 million", "£1.579 million").indicator == "overspend"  # was grant_funding
    assert claim_found(paper, "overall adverse variance of £1.166 million", "£1.166 million").indicator == "overspend"  # was grant_funding
    assert claim_found(paper, "adverse variance of £0.161 million", "£0.161 million").indicator == "overspend"  # was budget
    assert claim_found(paper, "favourable variance of (£0.574 million)", "£0.574 million").indicator == "underspend"  # was budget
    assert claim_found(paper, "favourable variance of (£6.627 million)", "£6.627 million").indicator == "underspend"  # was budget
    # (unchanged: the budget and the spend to date)
    assert claim_found(paper, "currently £46.253 million", "£46.253 million").indicator == "capital_budget"
    assert claim_found(paper, "end of July was £3.068 million", "£3.068 million").indicator == "capital_budget"
    merton = written_paper_claims(tmp_path_factory, "London Borough of Merton - Cabinet", MERTON)
    assert claim_found(merton, "service expenditure of £1.185m", "£1.185m").indicator == "overspend"  # was budget


def test_minute_statement_of_the_items_period_dates_its_figures(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Solihull Metropolitan Borough Council - Cabinet", SOLIHULL)
    for context, quote in [("Core Council of (£0.413 million)", "£0.413 million"), ("an adverse variance of £1.579 million", "£1.579 million"),
                           ("favourable variance of (£6.627 million)", "£6.627 million")]:
        assert claim_found(paper, context, quote).as_of == "2018-07"  # was None
    # (unchanged: a year of its own, the spend to the end of July)
    assert claim_found(paper, "currently £46.253 million", "£46.253 million").as_of == "2018-19"
    assert claim_found(paper, "end of July was £3.068 million", "£3.068 million").as_of == "2018-07"
    vale = written_paper_claims(tmp_path_factory, "Vale of Glamorgan Council - Cabinet", VALE)
    assert claim_found(vale, "an overspend of £300,000", "£300,000").as_of == "2015-11"  # was None
    assert claim_found(vale, "outturn £750,000 over budget", "£750,000").as_of == "2015-11"  # was None
    bromley = written_paper_claims(tmp_path_factory, "London Borough of Bromley - Adult Care and Health Policy Development and Scrutiny Committee", BROMLEY)
    assert claim_found(bromley, "an overspend of £450k", "£450k").as_of == "2023-07"  # was None


def test_data_date_of_minute_sentences():
    assert claim_as_of.data_date("The Cabinet was informed of the financial position as at 31st July 2018 (Period 4) against Revenue and Capital budgets.", minutes=True) == "2018-07"
    assert claim_as_of.data_date("The report provided the budget monitoring position for 2023/24 for the Portfolio, based on activity up to the end of July 2023.", minutes=True) == "2023-07"
    # (not outside minutes; a report's statement of purpose is no data date)
    assert claim_as_of.data_date("The Cabinet was informed of the financial position as at 31st July 2018 (Period 4) against Revenue and Capital budgets.") is None
    assert claim_as_of.data_date("This report provides an update on the Council's revenue and capital financial position as at 31 December 2023.", minutes=True) is None


def test_budget_month_with_its_year_in_brackets(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Somerset Council - Scrutiny Committee - Children and Families", SOMERSET)
    assert claim_found(paper, "with a £5.4m forecast overspend", "£5.4m").as_of == "2024-06"  # was 2024-25
    assert claim_found(paper, "(3.8% of budget)", "3.8%").as_of == "2024-06"  # was 2024-25
    assert claim_found(paper, "query about the £5.4m forecast", "£5.4m").as_of == "2024-06"  # was 2024-25
    assert claim_found(paper, "with a £5.4m forecast overspend", "£5.4m").indicator == "overspend"
    assert no_claim_at(paper, "the two main areas of overspend", "two")  # was a count


def test_a_papers_tables_are_no_count(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "London Borough of Merton - Cabinet", MERTON)
    assert no_claim_at(paper, "in the 4 Tables here", "4")  # was a count
    # (unchanged: the bids it approves are a count)
    assert claim_found(paper, "approve the 15 revenue", "15").unit == "count"
