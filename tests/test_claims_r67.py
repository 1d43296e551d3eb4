"""Claims round 67: an undated figure whose period only its minutes item's heading names. An agenda item's page
splits its item into parts under headings of their own ("Purpose of report", "Recommendations", "Resolved",
"Decision:"): those parts start no new item, so the quarter the item's title names still dates the figures of its
minutes (they took no period before: each such heading reset the item's period). A figure its sentence puts "in future
years" takes no period from the item's title. Each page is quoted with its address through the real pipeline."""

from conftest import claim_found, written_paper_claims


# https://modgov.cherwell.gov.uk/mgAi.aspx?ID=27227
CHERWELL = """Agenda item


Performance Monitoring Report Quarter 1 2024 - 2025

Report of Assistant Director Customer Focus

 

Purpose of report

 

To report to the committee the council’s performance position at the end of Quarter 1 2024-25.

 

Recommendations

The Overview and Scrutiny Committee resolves:

 

1.1           To consider the contents of the council’s performance Quarter 1 report and agree comments to the Executive for consideration.

 

 

Decision:

Resolved

 

(1)       That having given due consideration, the Council’s Performance Monitoring Report Quarter 1 2024 - 2025 performance be noted, and no recommendations be submitted for Executive consideration.

Minutes:

The Committee considered a report from the Assistant Director – Customer Focus that detailed the council’s performance position at the end of quarter 1 2024-2025.

 

In introducing the report, the Portfolio Holder for Corporate Services advised that 50 of the 57 Business Plan measures had been achieved, 6 were operating slightly behind target and 1 being behind target. The one measure that was operating behind target related to temporary accommodation where 68 households were reported in temporary accommodation against the maximum target of 45. It was reported that the number of new placements was now comparable to the number of moving out into other housing options, therefore the reported increase had shown a slight slowing down.
"""

# https://barnsleymbc.moderngov.co.uk/mgDecisionDetails.aspx?IId=21729&Opt=1
BARNSLEY = """Issue - decisions

Capital Programme Performance Report - Quarter 2 ending 30th September 2018

04/12/2018 - Capital Programme Performance Report - Quarter 2 ending 30th September 2018 (Cab.28.11.2018/8)



(i)        that the 2018/19 Capital Programme Performance for Quarter 2 ending 30th September, 2018 and the overall five year Capital Programme position, as set out in the report now submitted, be noted;


(ii)       that approval be given for the 2018/19 scheme slippage totalling £5.706m (paragraphs 5.4, 5.5 and Appendix B refer);


(iii)      that the total net increase in scheme costs in 2018/19 of £0.769m (as detailed in paragraph 5.6 and Appendix B) be approved; and


(iv)      that approval be given to the net decrease in scheme costs in future years totalling £0.389m (as set out in paragraph 5.7 and Appendix B).
"""


def test_item_part_headings_keep_the_item_period(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Cherwell District Council - Overview and Scrutiny Committee", CHERWELL)
    # "Purpose of report", "Recommendations", "Decision:", "Resolved" are parts of the one item, whose title names Q1 2024-25
    assert claim_found(paper, "advised that 50 of", "50").as_of == "2024-06"  # was None
    assert claim_found(paper, "of the 57 Business", "57").as_of == "2024-06"  # was None
    housed = claim_found(paper, "where 68 households", "68")
    assert housed.as_of == "2024-06" and housed.indicator == "temporary_accommodation"  # as_of was None
    assert claim_found(paper, "maximum target of 45", "45").as_of == "2024-06"  # was None


def test_future_years_take_no_item_period(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Barnsley Metropolitan Borough Council - Cabinet", BARNSLEY)
    # the title's quarter (2018-09) does not date a sum of "future years"
    assert claim_found(paper, "in future years totalling £0.389m", "£0.389m").as_of is None
    # figures dated by their own sentence keep their own period
    assert claim_found(paper, "in 2018/19 of £0.769m", "£0.769m").as_of == "2018-19"
    assert claim_found(paper, "slippage totalling £5.706m", "£5.706m").as_of == "2018-19"
