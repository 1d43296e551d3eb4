"""Claims round 65: batch F63's errors by general class. A capital programme's "scheme costs" are capital money
(were budget); an estimated "collection rate" of council tax is the collection indicator (was council tax, or none);
a council tax base counted in Band D equivalent properties is no council tax rise or charge (was council_tax).
Each page is quoted with its address through the real pipeline; negatives keep the older readings (a Non Domestic
Rate collection rate stays business rates; the council tax requirement in pounds is unchanged)."""

from conftest import claim_found, written_paper_claims


# https://barnsleymbc.moderngov.co.uk/mgDecisionDetails.aspx?IId=21729&Opt=1
BARNSLEY = """Issue - decisions

Capital Programme Performance Report - Quarter 2 ending 30th September 2018

(iii)      that the total net increase in scheme costs in 2018/19 of £0.769m (as detailed in paragraph 5.6 and Appendix B) be approved; and


(iv)      that approval be given to the net decrease in scheme costs in future years totalling £0.389m (as set out in paragraph 5.7 and Appendix B).
"""

# https://democratic.bridgend.gov.uk/mgAi.aspx?ID=11708
BRIDGEND = """Agenda item

2021-22 Council Tax Base

Minutes:

She advised that the estimated council tax base for 2021-22 was 55,722.52, Band D equivalent properties and the estimated collection rate is 97.5%.  The net council tax base was therefore 54,329.46.  She informed Council that the estimated collection rate has been reduced from 98%, used when setting the budget for 2020-21, down to the lower figure of 97.5%, to reflect the current economic circumstances surrounding the Covid-19 pandemic.
"""

# https://democracy.lbhf.gov.uk/mgDecisionDetails.aspx?IId=16410&Opt=1
HAMMERSMITH = """Decision details

Council Tax Base and Collection Rate 2013/14

Decisions:

2.      That an estimated Collection rate of 97.5%, be approved.
"""

# https://modgov.sefton.gov.uk/ieIssueDetails.aspx?IId=27602&Opt=3
SEFTON = """Issue - meetings

The Head of Corporate Finance and ICT reported that the Council had achieved a Council Tax collection rate of 97.1% for 2011/12 in comparison to the national metropolitan council rate of 96% and achieved a Non Domestic Rate collection rate of 97.8% for 2011/12 in comparison to the national metropolitan council rate of 96.8%.
"""


def test_scheme_costs_of_a_capital_programme(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Barnsley Metropolitan Borough Council - Cabinet", BARNSLEY)
    # were budget
    assert claim_found(paper, "2018/19 of £0.769m", "£0.769m").indicator == "capital_budget"
    assert claim_found(paper, "totalling £0.389m", "£0.389m").indicator == "capital_budget"


def test_collection_rate_and_tax_base(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Bridgend County Borough Council - Council", BRIDGEND)
    # were council_tax
    assert claim_found(paper, "collection rate is 97.5%", "97.5%").indicator == "council_tax_collection"
    assert claim_found(paper, "2021-22 was 55,722.52", "55,722.52").indicator is None
    assert claim_found(paper, "was therefore 54,329.46", "54,329.46").indicator is None
    assert claim_found(paper, "lower figure of 97.5%", "97.5%").indicator == "council_tax_collection"
    # was none
    hf = written_paper_claims(tmp_path_factory, "Hammersmith and Fulham Council - Cabinet", HAMMERSMITH)
    assert claim_found(hf, "Collection rate of 97.5%", "97.5%").indicator == "council_tax_collection"


def test_business_rates_collection_rate_unchanged(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Sefton Council - Audit and Governance Committee", SEFTON)
    assert claim_found(paper, "collection rate of 97.1%", "97.1%").indicator == "council_tax_collection"
    assert claim_found(paper, "collection rate of 97.8%", "97.8%").indicator == "business_rates_collection"
