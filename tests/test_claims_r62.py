"""Claims round 62: round 61's batch F61 errors by class (in sample now). "prevented 213 households from homelessness"
names homelessness preventions (the figure between the verb and "from homelessness"); "a forecast additional increased
net cost of £0.194m" is an overspend, not the budget named earlier in the sentence; a month after the figure in
brackets, "(as at end of September)", dates it; a figure opening the brackets after a dated figure ("2021/22 of 34 (11%
of those total tenancies), 2022/23 of 104 (25%)") is as of that figure's date, not the next one's. Each page is quoted
with its address through the real pipeline; negatives keep the older readings."""

from conftest import claim_found, written_paper_claims


# https://democracy.thanet.gov.uk/mgAi.aspx?ID=33210
THANET = """Agenda item

Temporary Accommodation for Homeless Households

Bob Porter, Head of Housing and Planning introduced the report and made the following points:

  • The Homelessness Reduction Act, that came into operation on 3 April 2018, has provided an increased timeframe within which to support households to prevent homelessness (i.e. from 28 days to 112 days);
  • The team had so far this year prevented 213 households from homelessness (as at end of September) as opposed to 92 households during the same period in the previous year. The new posts have been a significant factor in this improvement.
"""

# https://democracy.northdevon.gov.uk/mgAi.aspx?ID=16695
NORTH_DEVON = """Agenda item

Homelessness and Temporary Accommodation update

·       Initial operating model assumptions which underpinned the 2023/24 budget estimate were that there would be 60 households in temporary accommodation per night, with a net service cost of £0.276m. Now the most probable scenario for 2023/24 was that this figure could increase to 70 households, creating a forecast additional increased net cost of £0.194m.

·       The number of tenancies for 2021/22 were 310, 2022/23 was 409, and 2023/34 (to date) was 195.  In comparison with the number of NDC-owned stock 2021/22 of 34 (11% of those total tenancies), 2022/23 of 104 (25%), and 2023/34 (to date) of 61 (31%). The number of tenancies in NDC owned stock had increased to over 30% of the provision.
"""


def test_households_prevented_from_homelessness(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Thanet District Council - Overview and Scrutiny Panel", THANET)
    # were None
    assert claim_found(paper, "prevented 213 households", "213").indicator == "homelessness_preventions"
    assert claim_found(paper, "as opposed to 92 households", "92").indicator == "homelessness_preventions"
    # was None: the month in brackets after it ("(as at end of September)"; its year from the paper's date, which
    # this page, printing none, takes from the Act's "3 April 2018")
    assert (claim_found(paper, "prevented 213 households", "213").as_of or "").endswith("-09")


def test_a_forecast_additional_net_cost_is_an_overspend(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "North Devon Council - Strategy and Resources Committee", NORTH_DEVON)
    # was budget (the "budget estimate" earlier in the sentence)
    assert claim_found(paper, "net cost of £0.194m", "£0.194m").indicator == "overspend"
    # negative: the budgeted service cost is no overspend
    assert claim_found(paper, "net service cost of £0.276m", "£0.276m").indicator != "overspend"


def test_a_share_in_brackets_after_a_dated_figure_takes_its_date(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "North Devon Council - Strategy and Resources Committee", NORTH_DEVON)
    # was 2022-23 (the year after it)
    assert claim_found(paper, "(11% of those", "11%").as_of == "2021-22"
    # negatives: the figures written with their years keep them
    assert claim_found(paper, "2021/22 of 34", "34").as_of == "2021-22"
    assert claim_found(paper, "2022/23 of 104", "104").as_of == "2022-23"
    assert claim_found(paper, "104 (25%)", "25%").as_of == "2022-23"
