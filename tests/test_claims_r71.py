"""Claims round 71: the size of a change, a figure of the quarter before, and the name right after a sum.

"In-year collection ... was up by 1.76% and 0.75%" is a change of the collection rate: the rate's level range (50-100%)
does not rule it out, so the sentence's "in-year collection" names it, not the "Council Tax" opening the sentence (a
council tax rise is still one, and words in a bracketed aside name nothing). "Compared to 34 last quarter" under a
quarter's item is the quarter before's: not dated by the item (the tuned gold leaves "23.4% the previous Quarter"
undated). "£4.700m Adults and Health Pressures and Recovery Reserve" is a reserve (the last word of the sum's title-case
name), not the pressures inside the name; "net potential corporate risks of a further £1.6m" is a risk's exposure, not
the savings of the sentence before. Each page is quoted with its address through the real pipeline."""

from conftest import claim_found, page_text, written_paper_claims

from miner.nlp.claim_indicator import indicator

# https://democratic.lincoln.gov.uk/mgAi.aspx?ID=37162
LINCOLN = """Agenda item

Performance Update

Minutes:

Purpose of Report

To provide the Shared Revenues and Benefits Joint Committee with an update on performance in the Revenues and Benefits Shared Service.

Decision

That the report be noted, and an update be presented to the next meeting of the Committee on 27 June 2023.

Reason for Decision

The report provided information on revenues performance for Quarter 3 2022/23 in respect of (a) council tax for the City of Lincoln Council and North Kesteven District Council; and (b) business rates for the City of Lincoln Council, North Kesteven District Council and West Lindsey District Council. Comparisons to the national and local position in terms of performance were provided, where possible.

The Revenues and Benefits Shared Service had now been in operation for more than eleven years since 1 June 2011, and performance had largely been maintained and improved whilst continuing to provide value for money. Continual improvement and success was being achieved in both statistical and financial performance, as well as positive outcomes for customers of the partner local authorities. However, the Covid-19 pandemic had understandably impacted on some areas of performance and these impacts were likely to continue for many more months.

In respect of Council Tax, up to the end of Quarter 3 2022/23, in-year collection for Lincoln and North Kesteven was up by 1.76% and 0.75% respectively. However it should be noted that in appropriate circumstances Council Tax Energy Rebate payments had been credited to Council Tax accounts, as well as Council Tax Hardship Fund monies being allocated, which would be ‘inflating’ collection performance. Officers continued to monitor and manage collection closely. As at the end of January 2023, Council Tax in-year collection was up by 2.13% and 0.62% for City of Lincoln and North Kesteven respectively.
"""

# http://lincolnshire.moderngov.co.uk/mgAi.aspx?ID=11346
LINCOLNSHIRE = """Agenda item

Performance - Quarter 1 2018/19

(To receive a report from Sally Savage, Chief Commissioning Officer – Children's Services, which provides key performance information for Quarter 1 20119 relevant to the work of the Children and Young People Scrutiny Committee)

(NOTE: Appendix D to this report contains exempt information under Paragraph 3 of Part 1 of Schedule 12 A of the Local Government Act 1972, and discussion of this information could result in the exclusion of the press and public)


Consideration was given to a report by Sally Savage (Chief Commissioning Officer), which provided key performance information for Quarter 1 2018/19 that was relevant to the work of the Children and Young People Scrutiny Committee.


Debbie Barnes OBE (Executive Director of Children's Services) presented the report to the Committee and in doing so, highlighted that all of the eight measures had achieved their targets for Quarter 1, details of which could be found at Appendix A to the report.  


It was advised that the overall compliments received in Q1 had increased by approximately 24% with 42 compliments having been received, compared to 34 last quarter.  The customer satisfaction information was detailed at Appendix B to the report.


A summary of the most recent mainstream Ofsted Inspections by school type was detailed at Appendix C to the report. The Committee received an update on those schools that were currently judged to be Inadequate and/or under and Interim Executive Board, page 71 refers.  Representatives of the County Council had met with the Diocese regarding the issues surrounding the church schools.  It was suggested that an update be provided at a future meeting.


The Committee was advised that Appendix D to the report contained exempt information and if the Committee wished to discuss details pertaining to Appendix D, a vote would need to be taken to move into exempt session.
"""

# https://modgov.lbbd.gov.uk/internet/ieDecisionDetails.aspx?Id=1854
BARKING = """Decision details

2009/10 Budget Monitoring Report - April to October 2009

Decision Maker: Cabinet

Decision status: Approved

Is Key decision?: No

Is subject to call in?: Yes


The Executive will be asked to consider the regular budget monitoring reports any changed proposals to relevant action plans change in use of budgets additional budget expenditure and the Councils in year financial performance



Received a report from the Corporate Director of Finance and Commercial Services providing an update on the Council's revenue and capital position for the 2009/10 financial year as projected at 31 October 2009.


The current forecast for revenue expenditure across the Council shows in-year pressures amounting to £4.9m, for which current recovery plans requested by the Chief Executive have identified expected savings of £2.9m.  In addition to this potential shortfall, there are net potential corporate risks of a further £1.6m. 


Discussed a number of the overspends / pressures and noted the additional steps being taken by the Corporate Director of Finance and Commercial Services to improve the Council's financial position.  Also noted the legal implications associated with the setting of a balanced budget, adequate levels of reserves and the responsibilities of the Corporate Director of Finance and Commercial Services as Chief Financial Officer.
"""

# https://westsussex.moderngov.co.uk/mgDecisionDetails.aspx?IId=14085&Opt=1
WEST_SUSSEX = page_text("westsussex_cabinet_decision_14085")


def test_size_of_a_change_is_not_held_to_the_levels_range(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "City of Lincoln Council - Shared Revenues and Benefits Joint Committee", LINCOLN)
    assert claim_found(paper, "up by 1.76%", "1.76%").indicator == "council_tax_collection"  # was council_tax
    assert claim_found(paper, "and 0.75% respectively", "0.75%").indicator == "council_tax_collection"  # was council_tax
    assert claim_found(paper, "up by 2.13%", "2.13%").indicator == "council_tax_collection"


def test_council_tax_rise_and_bracketed_words_unchanged():
    # Kent's draft revenue budget 2025-26 (corpus/kent): a rise stays the council tax's; the collection rates named in a
    # bracketed aside do not name the tax base's change
    rise = ("(iv) Noted that the Executive’s budget proposals for consultation are based on the assumptions detailed "
            "within the MTFS and that this includes a Council Tax increase of 4.99%, 2.")
    assert indicator(rise, rise.index("4.99%"), None, "%", value=4.99) == "council_tax"
    base = ("The latest estimated tax base (the number of dwellings liable for Council Tax after discounts, exemptions and "
            "assumed collection rates) has increased by 1.22% on the base for 2024-25.")
    assert indicator(base, base.index("1.22%"), None, "%", value=1.22) != "council_tax_collection"


def test_figure_of_the_quarter_before_is_not_dated_by_the_item(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Lincolnshire County Council - Children and Young People Scrutiny Committee",
                                 LINCOLNSHIRE)
    assert claim_found(paper, "compared to 34 last quarter", "34").as_of is None  # was 2018-06, the item's quarter
    assert claim_found(paper, "with 42 compliments", "42").as_of == "2018-06"


def test_last_word_of_a_sums_name_names_it(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "West Sussex County Council - Cabinet", WEST_SUSSEX)
    assert claim_found(paper, "£4.700m Adults and Health", "£4.700m").indicator == "reserves"  # was overspend
    assert claim_found(paper, "£1.200m Ash Dieback", "£1.200m").indicator == "reserves"
    # sums named in the sentence's words keep theirs
    assert claim_found(paper, "underspend of £8.923m", "£8.923m").indicator == "underspend"
    assert claim_found(paper, "£0.103m of other", "£0.103m").indicator == "underspend"


def test_risks_of_a_sum_are_its_exposure(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "London Borough of Barking and Dagenham - Cabinet", BARKING)
    assert claim_found(paper, "a further £1.6m", "£1.6m").indicator == "risk_exposure"  # was savings
    assert claim_found(paper, "expected savings of £2.9m", "£2.9m").indicator == "savings"
    assert claim_found(paper, "amounting to £4.9m", "£4.9m").indicator == "overspend"
