"""Claims round 68: indicators the taxonomy missed on fresh batches of other councils' papers (F60 to F66, each
scored before any rule was written from it), and a list lead-in's period over the paper's quarter.

Synonyms and units the taxonomy lacked (`indicators.json`): a count of "units of temporary accommodation" is its stock;
"the percentage of charges recovered for rent" is the rent collection rate; empty homes "to 0.54%" is their share of the
stock; "a food hygiene rating of five" is a food hygiene rating. A figure of inflation ("With inflation still at 6%")
is no council tax rise, though the sentence before names council tax. And the items of a list whose lead-in names its
year ("key achievements for 2018/19:") take that year, not the quarter of the paper's title ("Performance Report
2018-19 Q4"). Each page is quoted with its address through the real pipeline."""

from conftest import claim_found, written_paper_claims


# https://democracy.teignbridge.gov.uk/mgAi.aspx?ID=3999
TEIGNBRIDGE = """Agenda item

Performance Report 2018-19 Q4

To consider the report attached.


Eve Bates, Corporate Policy & Projects Officer and Steve Wotton, Finance Systems Manager presented the Council’s quarter four 2018-19 strategy performance report.


Members were advised that the Council Strategy was formally adopted by Full Council in April 2016 and would run until the end of the financial year 2025/26.  It was the Council’s top overarching business plan. The contents, actions and expected outcomes within it were based on the statistical evidence and ensured that the Council focused on the key areas and improvements to ensure Teignbridge remains a healthy, desirable place where people want to live, work and visit.


There were 10 Super Projects each led by a Manager and Portfolio Holder who were responsible for driving forward the projects, performance indicators, regularly monitoring and reviewing their delivery.


Members were advised of the Councils key achievements for 2018/19:


·         Household waste recycling was 56.32%  Teignbridge would be either top or having one of the top recycling rates out of all the Devon authorities

·         Amount of residual household waste per household for 2018/19 was 337.44 kgs, the lowest figure ever reported at Teignbridge

·         Reduced the number of empty homes to 0.54% below the national average of 0.85%  - had been a reduction year on year for the last 10 years

·         92% of registered businesses have a food hygiene rating of five

·         250 vulnerable and elderly residents had received assistance to remain in their own homes

·         289 properties had received free or subsidised energy efficiency measures to improve their homes, just under 500 since the start of the strategy

·         98% return rate of registration of elector’s forms during the canvas in 2018/19

·         The Council itself recycled 38.5% of waste produced
"""

# http://democracy.sheffield.gov.uk/mgAi.aspx?ID=5310
SHEFFIELD = """Agenda item

Bed and Breakfast Accommodation for Homeless Households

·                Whilst it was not possible to provide precise figures at this stage, it was envisaged that, out of the 245 units of temporary accommodation used by Housing Solutions, only a relatively small number of units would be out of use at any one time.
"""

# https://maidstone.gov.uk/home/primary-services/council-and-democracy/primary-areas/your-councillors?sq_content_src=%2BdXJsPWh0dHBzJTNBJTJGJTJGbWVldGluZ3MubWFpZHN0b25lLmdvdi51ayUyRmllSXNzdWVEZXRhaWxzLmFzcHglM0ZJSWQlM0QzMTgzNCUyNlBsYW5JZCUzRDAlMjZPcHQlM0QzJmFsbD0x
MAIDSTONE = """Issue - meetings

Homelessness performance Quarter 2

It was noted that the number of homelessness applications continued to have an impact on the amount spent on temporary accommodation.  However, as a result of the work carried out by Housing and the Revenues & Benefits Teams, the percentage of charges recovered for rent in the last quarter stood at 87%.
"""

# https://democracy.gosport.gov.uk/mgAi.aspx?ID=2545
GOSPORT = """Minutes:
The Leader of the Council introduced the budget and advised that it was a pleasure to do so. The budget was good for Gosport with a less than inflation rate increase in Council Tax, over £1million in service improvements with no cuts to services. The increase was minor in comparison to Hampshire County Council, who had doubled their share of Council Tax and still had to cut £125 million from their budget, including Street lighting.
The budget provided more support for voluntary events and cultural events, it was supporting the High Street and helping to improve play areas. The increase for the Gosport element of the Council Tax would only increase by 11 pence a week one of the lowest in the County. With inflation still at 6% the increase to Gosport was less than half of that at 2.99%.
"""


def test_list_lead_in_year_over_the_paper_quarter(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Teignbridge District Council - Overview and Scrutiny Committee",
                                 TEIGNBRIDGE)
    # the items of "key achievements for 2018/19:" take its year, not the title's Q4 (2019-03)
    assert claim_found(paper, "recycling was 56.32%", "56.32%").as_of == "2018-19"  # was 2019-03
    assert claim_found(paper, "250 vulnerable and elderly", "250").as_of == "2018-19"  # was 2019-03
    assert claim_found(paper, "289 properties had received", "289").as_of == "2018-19"  # was 2019-03
    assert claim_found(paper, "recycled 38.5% of waste", "38.5%").as_of == "2018-19"  # was 2019-03
    # negatives: a figure before the lead-in keeps the paper's quarter; an item naming its own year keeps it
    assert claim_found(paper, "There were 10 Super Projects", "10").as_of == "2019-03"
    assert claim_found(paper, "2018/19 was 337.44 kgs", "337.44 kgs").as_of == "2018-19"


def test_empty_homes_share_and_food_hygiene_rating_of_five(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Teignbridge District Council - Overview and Scrutiny Committee",
                                 TEIGNBRIDGE)
    assert claim_found(paper, "empty homes to 0.54%", "0.54%").indicator == "empty_homes"  # was None
    assert claim_found(paper, "national average of 0.85%", "0.85%").indicator == "empty_homes"  # was None
    assert claim_found(paper, "92% of registered businesses", "92%").indicator == "food_hygiene_ratings"  # was None
    # negative: the household recycling rate stays what it was
    assert claim_found(paper, "recycling was 56.32%", "56.32%").indicator == "recycling_rate"


def test_units_of_temporary_accommodation(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Sheffield City Council - Scrutiny Committee", SHEFFIELD)
    assert claim_found(paper, "out of the 245 units", "245").indicator == "temporary_accommodation"  # was None


def test_charges_recovered_for_rent(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Maidstone Borough Council - Communities, Housing and Environment "
                                 "Committee", MAIDSTONE)
    assert claim_found(paper, "stood at 87%", "87%").indicator == "rent_collection"  # was None


def test_inflation_is_no_council_tax_rise(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Gosport Borough Council - Council", GOSPORT)
    assert claim_found(paper, "inflation still at 6%", "6%").indicator is None  # was council_tax
    # negative: the council tax rise in the same sentence stays council tax
    assert claim_found(paper, "that at 2.99%", "2.99%").indicator == "council_tax"
