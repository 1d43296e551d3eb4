"""Claims round 72: as-of dates and money kinds of fresh pages' minutes items and decision pages, by class.

A minutes item's heading may open with its year ("50 2012/13 Revenue and Capital Outturn, ..."), sit under a page's own
lines in one unit, or be a decision page's title with the day of the decision before it ("27/07/2021 - Quarterly
Performance Monitor - Outturn 2020/21"); a numbered resolution opening on its bare verb ("1. Note the information ...")
starts no new item; a meeting page titled by its agenda item's line ("14 ... for the Second Quarter 2018-19 PDF 306 KB")
is that item's minutes, so its undated figures take the item's period. A year in a later clause past "however" is that
clause's, and a sum's own title-case name ("£4.700m Adults and Health Pressures and Recovery Reserve") joins no clause
with its "and". Money kinds: "in excess of current approved cash limit provision" is an overspend, "re-phased capital
spending" and "£X is due to net slippage" are slippage, "a variance of £30.6m" whose sign is not given is no budget, an
unused contingency sum is neither spend nor underspend, and a number inside a "_" identifier ("CAB04_21/22") is no
figure. Each page is quoted with its address through the real pipeline."""

from conftest import claim_found, no_claim_at, page_text, written_paper_claims

from miner.nlp import claim_as_of

# https://democracy.cambridge.gov.uk/ieIssueDetails.aspx?IId=9628&Opt=3&PlanId=0
CAMBRIDGE = """Council and democracy
Home > Council and Democracy > Issue
50 2012/13 Revenue and Capital Outturn, Carry Forwards and Significant Variances - Overview PDF 388 KB
Minutes:
Members were presented with a summary of the 2012/13 outturn position (actual income and expenditure) for all portfolios, compared to the final budget for the year. The position for revenue and capital was reported and variances from budgets highlighted. Explanations had been reported to individual Executive Councillors/Scrutiny Committees.
Decision of the Leader
Resolved to:
Revenue
(i) Agree the final carry forward requests, totalling £717,250, as detailed in Appendix C of the Officer’s report, be recommended to Council, subject to the final outrun position.
Capital
(ii) Seek approval from Council to carry forward (net) capital resources to fund re-phased capital spending of £11,967,000 as shown in Appendix D - Overview.
Reasons for the
Decision
As set out in the Officer’s report.
Any
Alternative Options Considered and Rejected
Not applicable.
Scrutiny
Considerations
The committee received a report from the Director of Resources.
The committee commented on the report that all Councillors were
concerned that slippage was occurring in the delivery of capital projects. The
Council needed to deliver projects it undertook to do, and have the necessary
funding available to do so.
In the discussion the following points and responses were made:
(i)
The Director of Resources said actual expenditure
on capital schemes and programmes during 2012/13 is £20,237,000 giving an
overall under-spend of £13,377,000. Of this net underspend £11,967,000 is due
to net slippage.
(ii)
The Director of Resources said the Housing Revenue
Account (HRA) has affected the total figure. Variance for the General Fund was
similar to the last financial year, but the HRA variance was changeable.
"""

# https://westsussex.moderngov.co.uk/mgDecisionDetails.aspx?IId=14085&Opt=1
WEST_SUSSEX = page_text("westsussex_cabinet_decision_14085")

# https://democracy.portsmouth.gov.uk/ieIssueDetails.aspx?IId=14147&Opt=3
PORTSMOUTH = """14 Children and Families Portfolio Budget Monitoring for the Second Quarter 2018-19 PDF 306 KB
To inform the Cabinet Member of the projected revenue expenditure within the portfolio cash limit and capital programme for the current financial year 2018-19. This report sets out the budget position and contributing factors to the projected year-end overspend within the portfolio as at the end of September 2018.
That the Cabinet Member:
1) Notes the Children and Families Portfolio forecast budget position, at the end of September 2018, of £5.6m in excess of current approved cash limit provision;
2) Supports the ongoing process of budget review and implementation of proposals to reduce the projected overspend position and move towards the delivery of a balanced budget within the area of Children's Social Care; and;
3) Notes the position in respect of the approved capital schemes for the portfolio.
The Cabinet Member
1) Noted the Children and Families Portfolio forecast budget position, at the end of September 2018, of £5.6m in excess of current approved cash limit provision.
2) Supported the ongoing process of budget review and implementation of proposals to reduce the projected overspend position and move towards the delivery of a balanced budget within the area of Children's Social Care.
3) Noted the position in respect of the approved capital schemes for the portfolio
Graham Smith, Group Accountant, introduced the report and highlighted the following areas:
· that there was an overspend of £5.6m which was attributable to the Children’s Social Care and Safeguarding service and was continuing to grow.
· The overspend on Looked After Children placements was currently projected at £4.170k, an increase of £419,000 since the beginning of the year, as a result of increased numbers of children and placement costs.
"""

# https://democracy.newport.gov.uk/mgAi.aspx?ID=10851&LLL=0
NEWPORT = """Agenda item

2022/23 Capital Outturn and Additions

Minutes:

The next report presented by the Leader was the Capital Programme Outturn report for 2022/23. This was the final report of the year on capital activity which provided an overview of the final amount of capital expenditure incurred in the year, compared with the allocated budget. As part of this, the report outlined the level of slippage and underspend incurred and provided an update on the level of available capital headroom.

 

In addition to this, the report outlined the additions to the programme that were identified and requested authorisation for their inclusion from Cabinet.

 

o   The first section outlined the movement in the capital budget since the last report was presented to Cabinet, in February.

 

o   The total value of additions and amendments was £51m, however more than half of that was formally approved as part of agreeing the Capital Strategy for 2023/24. Therefore, the value of additions that required approval, the majority of which were externally grant funded, stood at £18.5m. These additions took the total budget for the year to £91.8m.

 

o   A further breakdown of these additions was given in Appendix A.

 

Against the revised budget, total expenditure of £61.2m was incurred, resulting in a variance of £30.6m.

 

This variance comprised a net underspend of £47,000 and more significantly, slippage totalling £30.553m. It was necessary for this slippage to be carried forward into future years in order for ongoing and previously approved schemes to be completed.

 

The overall value of slippage had increased by £3m since the last report. Relatively speaking, this was a small increase compared to that seen in previous years.
"""

# https://mycouncil.surreycc.gov.uk/ieDecisionDetails.aspx?Id=813
SURREY = page_text("surrey_cabinet_budget_monitoring_2013-10-22")


def test_item_heading_opening_with_its_year_dates_the_item(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Cambridge City Council - Strategy and Resources Scrutiny Committee", CAMBRIDGE)
    assert claim_found(paper, "totalling £717,250", "£717,250").as_of == "2012-13"  # was None
    rephased = claim_found(paper, "capital spending of £11,967,000", "£11,967,000")
    assert (rephased.indicator, rephased.as_of) == ("capital_slippage", "2012-13")  # was capital_budget, None
    due = claim_found(paper, "underspend £11,967,000 is due", "£11,967,000")
    assert (due.indicator, due.as_of) == ("capital_slippage", "2012-13")  # was underspend, None
    # (unchanged: the sums the sentences name as spend and underspend, dated by their own year)
    assert claim_found(paper, "is £20,237,000", "£20,237,000").indicator == "capital_budget"
    under = claim_found(paper, "under-spend of £13,377,000", "£13,377,000")
    assert (under.indicator, under.as_of) == ("underspend", "2012-13")


def test_decision_page_title_dates_its_figures(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "West Sussex County Council - Cabinet", WEST_SUSSEX)
    assert claim_found(paper, "underspend of £8.923m", "£8.923m").as_of == "2020-21"  # was None
    assert claim_found(paper, "of £3.144m from", "£3.144m").as_of == "2020-21"  # was None
    assert claim_found(paper, "£3.023m Service", "£3.023m").as_of == "2020-21"  # was None
    assert claim_found(paper, "£4.700m Adults", "£4.700m").as_of == "2021-22"  # was None: its own clause's year
    assert claim_found(paper, "£5.676m of unused", "£5.676m").indicator is None  # was underspend
    # (unchanged: a year of its own, the underspend's kind)
    assert claim_found(paper, "£1.200m Ash", "£1.200m").as_of == "2021-22"
    assert claim_found(paper, "underspend of £8.923m", "£8.923m").indicator == "underspend"
    assert no_claim_at(paper, "(CAB04_21/22)", "21/22")  # was a count of 21


def test_meeting_page_titled_by_its_item_is_minutes(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Portsmouth City Council - Cabinet Member for Children and Families", PORTSMOUTH)
    assert claim_found(paper, "projected at £4.170k", "£4.170k").as_of == "2018-09"  # was None
    assert claim_found(paper, "an increase of £419,000", "£419,000").as_of == "2018-09"  # was None
    assert claim_found(paper, "an overspend of £5.6m", "£5.6m").as_of == "2018-09"  # was None
    noted = "1) Noted the Children and Families Portfolio forecast budget position, at the end of September 2018, of £5.6m"
    assert claim_found(paper, noted, "£5.6m").indicator == "overspend"  # was capital_budget
    assert claim_found(paper, "an overspend of £5.6m", "£5.6m").indicator == "overspend"


def test_however_clause_and_a_variance_without_its_sign(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Newport City Council - Cabinet", NEWPORT)
    assert claim_found(paper, "amendments was £51m", "£51m").as_of == "2022-23"  # was 2023-24, the Capital Strategy's
    assert claim_found(paper, "variance of £30.6m", "£30.6m").indicator is None  # was capital_budget
    # (unchanged)
    assert claim_found(paper, "expenditure of £61.2m", "£61.2m").indicator == "capital_budget"
    assert claim_found(paper, "net underspend of £47,000", "£47,000").indicator == "underspend"
    assert claim_found(paper, "slippage totalling £30.553m", "£30.553m").indicator == "capital_slippage"


def test_unused_contingency_is_no_underspend(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Surrey County Council - Cabinet", SURREY)
    assert claim_found(paper, "unused £13m risk", "£13m").indicator is None  # was underspend
    assert claim_found(paper, "this to £14.4m", "£14.4m").indicator == "underspend"
    assert claim_found(paper, "2013/14 of £1.4m", "£1.4m").indicator == "underspend"


def test_item_heading_lines():
    assert claim_as_of.item_heading("50 2012/13 Revenue and Capital Outturn, Carry Forwards and Significant Variances - Overview PDF 388 KB")
    assert claim_as_of.item_heading("57 Year-end Council Plan Monitoring Report 2018/19")
    assert not claim_as_of.item_heading("1. Note the information contained in the Quarterly Performance Monitor, in particular the outturn financial position")
    assert not claim_as_of.item_heading("4. RESOLVED that Cabinet note the report.")
    assert not claim_as_of.item_heading("2024 was a good year for recycling")
    assert claim_as_of.meeting_page_item("14 Children and Families Portfolio Budget Monitoring for the Second Quarter 2018-19 PDF 306 KB")
    assert not claim_as_of.meeting_page_item("Children and Families Portfolio Budget Monitoring for the Second Quarter 2018-19")
    assert not claim_as_of.meeting_page_item("Quarterly Performance Monitor - Outturn 2020/21")
