"""Claims round 43, indicator and as-of on fresh report pages of other councils (no claims gold; the pages corpus's
openings of UK councils' performance, looked-after children and budget monitoring papers, not in corpus/). Each page's
words are quoted below with its address; the test writes them to a file named as the corpus names pages and reads it
through the real pipeline (`paper_claims`)."""

import pytest
from conftest import claim_found as _at, no_claim_at, written_paper_claims as _paper

# https://democracy.eastsussex.gov.uk (East Sussex County Council, Corporate Parenting Panel, 28 October 2022: "Looked
# After Children (LAC) Statistics"; the pages corpus's copy has no address)
EAST_SUSSEX_2022 = """Committee:                          Corporate Parenting Panel

Date:                                     28 October 2022

Title of Report:                    Looked After Children (LAC) Statistics

By:                                          Director of Children’s Services

1.2       Data is drawn as a snapshot on the last day of each month, is scrutinised and cleansed where necessary. There were 630 children who were looked after at the end of September, which was a decrease of 8 from the previous quarter. This was largely due to a cohort of children who either left care or turned 18. The service was very busy and the sufficiency of any placements either in-house, or in the independent sector, was, and remains, extremely challenging.

1.3       A total of 352 children were living in foster care at the end of September which was a decrease of 13. Of that number 255 were living with ESCC carers and a further 97 children were living with agency carers. In addition, 70 young people were living in supported housing options, homes or hostels, this figure remained the same as the previous quarter. 19 children were placed for adoption; 7 of whom were placed with foster carers, who were also approved adopters.
"""

# https://democracy.eastsussex.gov.uk/mgAi.aspx?ID=35945 (East Sussex, Corporate Parenting Panel, LAC statistics, Q3 2024/25)
EAST_SUSSEX_2024 = """Agenda item

Looked After Children Statistics

72.2     The Panel heard that in the last quarter there has been an increase in LAC from 691 to 698 (increase of 7). There were 61 children admitted to care and 44 children discharged from care which impacted the overall number.

72.4     As part of our approach to enabling more children to live safely with their families the service has been focused on supporting children to be reunited with their families or wider network where it is possible to do so.  In the last quarter 25 children were supported in being successfully reunified with family/friends.

72.5        A total of 435 children were living in foster care at the end of December 2024, this is 62% of the total number of looked after children. 101 children were living with external agency carers. In addition, there were 2 children placed with Other Local Authority foster carers.
"""

# http://old-iwight.onthewight.com/council/committees/Audit%20Committee/29-5-07/Paper%20D.htm (Isle of Wight Council,
# Audit and Performance Committee, 29 May 2007)
ISLE_OF_WIGHT = """REPORT OF THE DIRECTOR OF CHILDREN’S SERVICES
8.
The
percentage of children with three or more placements during the year is
currently at 15.98%, this is slightly worse than last year’s performance, which
stood at 15%, but because of the way this indicator is banded it may mean going
from 5 ‘blobs’ which is the top band.
"""

# http://democratic.bracknell-forest.gov.uk/ieDecisionDetails.aspx?AIId=22151 (Bracknell Forest Council, Children, Young
# People & Learning Overview and Scrutiny Panel, performance monitoring Q2 2010/11)
BRACKNELL = """Decision details

Performance Monitoring Report

The percentage of pupils achieving GCSE grades A* to C in English stood at 68.5% and the percentage achieving GCSE Grades A* to C in maths stood at 63.6%.  This was an increase on the previous year’s results.

During the 2009/10 academic year there had been 15 permanent exclusions which represented 0.09% of the total school pupil cohort.
"""

# https://democracy.havering.gov.uk/mgAi.aspx?ID=7435 (London Borough of Havering, Cabinet, Corporate Performance
# Report Quarter 4 2013/14)
HAVERING = """Agenda item

The report identified where the Council was performing well (Green) and not so well (Amber and Red).  The variance for the ‘RAG’ rating was:


·           Red = more than 10% off the Quarter 4 Target and where performance had not improved compared to Quarter 4 2012/13

·           Amber = more than 10% off the Quarter 4 Target and where performance had improved or been maintained compared to Quarter 4 2012/13.

·           Green = on or within 10% of the Quarter 4 Target


Quarter 4 2013/14 - Performance Summary


50 Corporate Performance Indicators were measured quarterly and 46 of these had been given a RAG status this quarter. In summary:


o   38 of 46 (83%) indicators are rated as Green

o   6 of 46 (13%) indicators are rated as Red
"""

# https://mycouncil.surreycc.gov.uk/ieDecisionDetails.aspx?Id=3130 (Surrey County Council, Cabinet, 26 September 2017,
# monthly budget monitoring)
SURREY = """Monthly Budget Monitoring Report

Decision Maker: Cabinet

That the following be noted:   

1.    Forecast revenue budget outturn for 2017/18, is £21m overspend (paragraph 1 of the submitted report). This includes:

£9m savings to be identified,

£12m savings considered unachievable in 2017/18,

£11m service demand pressures

£11m underspends and additional income.

2.    Significant risks to the revenue budget (paragraphs 38 to 42) could add £13m to the forecast overspend:

£4m in Adult Social Care

£8m in Children, Schools & Families and

£1m in Place Development & Waste

7.    £2.9m amendments to schools’ devolved capital budgets (paragraphs 63 to 66 of the submitted report).
"""


@pytest.fixture(scope="module")
def east_sussex_2022(tmp_path_factory):
    return _paper(tmp_path_factory, "East Sussex County Council - Looked After Children Statistics", EAST_SUSSEX_2022)


@pytest.fixture(scope="module")
def east_sussex_2024(tmp_path_factory):
    return _paper(tmp_path_factory, "East Sussex County Council - Looked After Children Statistics Q3", EAST_SUSSEX_2024)


@pytest.fixture(scope="module")
def havering(tmp_path_factory):
    return _paper(tmp_path_factory, "London Borough of Havering - Corporate Performance Report Quarter 4", HAVERING)


@pytest.fixture(scope="module")
def surrey(tmp_path_factory):
    return _paper(tmp_path_factory, "Surrey County Council - Monthly Budget Monitoring Report", SURREY)


def test_children_who_were_looked_after_at_the_end_of_a_month(east_sussex_2022):
    # "children who were looked after" names the count of children in care; "at the end of September", further on in
    # the figure's clause, dates it by the meeting's year
    found = _at(east_sussex_2022, "There were 630 children", "630")
    assert (found.indicator, found.as_of) == ("children_looked_after", "2022-09")
    assert _at(east_sussex_2022, "A total of 352 children", "352").as_of == "2022-09"
    # negatives: the change dated before, the undated level of the next sentence
    assert _at(east_sussex_2022, "a decrease of 8 from", "8").as_of == "2022-09"
    assert _at(east_sussex_2022, "a decrease of 13", "13").as_of == "2022-09"
    assert _at(east_sussex_2022, "In addition, 70 young", "70").as_of is None


def test_of_that_number_and_an_age_reached(east_sussex_2022):
    # "Of that number 255": no label's number ("number 5"), a subgroup of the 352 that names no measure of its own
    found = _at(east_sussex_2022, "Of that number 255", "255")
    assert (found.value, found.indicator) == (255, None)
    assert no_claim_at(east_sussex_2022, "left care or turned 18", "18")  # an age
    assert _at(east_sussex_2022, "a further 97 children were living with agency carers", "97").indicator == "ifa_foster_placements"
    assert _at(east_sussex_2022, "19 children were placed for adoption", "19").indicator is None


def test_admitted_to_and_discharged_from_care(east_sussex_2024):
    assert _at(east_sussex_2024, "There were 61 children admitted to care", "61").indicator == "children_entering_care"
    assert _at(east_sussex_2024, "44 children discharged from care", "44").indicator == "children_ceasing_care"
    assert _at(east_sussex_2024, "101 children were living with external agency carers", "101").indicator == "ifa_foster_placements"
    # negatives: the level stays the count in care; the next sentence's count takes no agency indicator
    assert _at(east_sussex_2024, "from 691 to 698", "698").indicator == "children_looked_after"
    assert _at(east_sussex_2024, "there were 2 children placed", "2").indicator is None


def test_a_count_after_the_last_quarter(east_sussex_2024):
    # "In the last quarter 25 children": no label ("Quarter 3"), a count
    assert _at(east_sussex_2024, "In the last quarter 25 children", "25").value == 25


def test_three_or_more_placements(tmp_path_factory):
    paper = _paper(tmp_path_factory, "Isle of Wight Council - Looked After Children", ISLE_OF_WIGHT)
    assert _at(paper, "currently at 15.98%", "15.98%").indicator == "placement_stability"
    assert _at(paper, "stood at 15%", "15%").indicator == "placement_stability"


def test_gcse_grades_a_to_c(tmp_path_factory):
    paper = _paper(tmp_path_factory, "Bracknell Forest Council - Performance Monitoring Report", BRACKNELL)
    assert _at(paper, "in English stood at 68.5%", "68.5%").indicator == "attainment"
    assert _at(paper, "in maths stood at 63.6%", "63.6%").indicator == "attainment"
    found = _at(paper, "there had been 15 permanent", "15")  # negative: a named measure stays
    assert (found.indicator, found.as_of) == ("permanent_exclusions", "2009-10")


def test_rag_definitions_and_a_quarter_heading(havering):
    # "Red = more than 10% off the Quarter 4 Target": where a RAG status is drawn, no claim
    assert no_claim_at(havering, "Red = more than 10% off", "10%")
    assert no_claim_at(havering, "Amber = more than 10% off", "10%")
    assert no_claim_at(havering, "Green = on or within 10% of", "10%")
    # figures under "Quarter 4 2013/14 - Performance Summary" are as at March 2014, not the year 2013-14
    assert _at(havering, "38 of 46 (83%)", "38").as_of == "2014-03"
    assert _at(havering, "6 of 46 (13%)", "13%").as_of == "2014-03"
    assert _at(havering, "46 of these had been given", "46").as_of == "2014-03"


def test_budget_items_whose_bullets_were_lost(surrey):
    # short lines opening with their amount under a lead-in ending in ":" are its items: "This includes:" points back
    # to the sentence before for their year; the lead-in's measure names an item that names none
    assert _at(surrey, "£9m savings to be identified", "£9m").as_of == "2017-18"
    found = _at(surrey, "£11m service demand pressures", "£11m")
    assert (found.indicator, found.as_of) == ("overspend", "2017-18")
    assert _at(surrey, "£11m underspends", "£11m").as_of == "2017-18"
    assert _at(surrey, "£4m in Adult Social Care", "£4m").indicator == "overspend"
    assert _at(surrey, "£8m in Children", "£8m").indicator == "overspend"
    assert _at(surrey, "£1m in Place", "£1m").indicator == "overspend"
    # negatives: a figure whose sentence names its year and kind, and a numbered paragraph after the list
    found = _at(surrey, "£12m savings considered", "£12m")
    assert (found.indicator, found.as_of) == ("savings", "2017-18")
    found = _at(surrey, "£2.9m amendments", "£2.9m")
    assert (found.indicator, found.as_of) == ("capital_budget", None)


# https://tandridge.moderngov.co.uk/ieIssueDetails.aspx?IId=6343&PlanId=0&Opt=3 (Tandridge District Council, Audit &
# Scrutiny Committee 24/09/2024; read after the rules above were written, as an out-of-sample check)
TANDRIDGE = """Issue - meetings

Quarter 1 2024/2025 - Performance Exceptions

Meeting: 24/09/2024 - Audit & Scrutiny Committee (Item 119)

119 Quarter 1 2024/2025 - Performance Exceptions pdf icon PDF 67 KB

Minutes:

The Head of Policy and Communications presented a report that provided a performance and risk exception update for the Council’s four policy committees for Quarter 1 of 2024/25.  The following performance information was noted as being off target:

Housing Committee

HO4: The number of households living in temporary accommodation was off target at 48 (the target was 30 households).

Strategy and Resources Committee

SR5: The number of working days/shifts lost due to sickness absence (long and short term, rolling 12-month figures) was just off target at 7.27 days (the target was 7.1 days).
"""


def test_a_papers_quarter_dates_figures_under_its_sub_headings(tmp_path_factory):
    # the item's heading names Quarter 1 2024/2025; the figures under a committee's sub-heading are as at June 2024
    paper = _paper(tmp_path_factory, "Tandridge District Council - Audit and Scrutiny Committee", TANDRIDGE)
    found = _at(paper, "off target at 48", "48")
    assert (found.indicator, found.as_of) == ("temporary_accommodation", "2024-06")
    assert _at(paper, "off target at 7.27 days", "7.27 days").as_of == "2024-06"
    assert _at(paper, "four policy committees", "four").as_of == "2024-06"  # negative: dated as before
