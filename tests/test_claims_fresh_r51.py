"""Claims round 51 (the lead): as-of dates, comparators and indicators on fresh pages of other councils' children's
services, homelessness, workforce and budget monitoring papers (the pages corpus's openings, not in corpus/), read
through the real pipeline. Each page's words are quoted with its address."""

from conftest import claim_found, no_claim_at, written_paper_claims

# http://www.aberdeencity.gov.uk/housing/council_tenants/housing_performance/homelessness_performance.asp
ABERDEEN = """Homelessness Performance

The Council has a statutory duty to provide a range of services to all people who are homeless or threatened with homelessness. Some key performance figures for 2015/16 are outlined below.

Homeless Applications and Outcomes

The Council received 1286 homelessness applications, a 15% reduction
upon the 1517 applications received during 2014/15.

1142 statutory homeless decisions were reached with 82% of these concluded within the 28 day target a 27% increase on 2014/15.

771 unintentionally homeless households' were permanently re-housed into Council or other social housing accommodation, a 27% increase upon 2014/15.
"""


def test_figures_announced_for_a_period_below_are_of_it_and_a_changes_base_year_dates_only_the_base(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Aberdeen City Council - Homelessness Performance", ABERDEEN)
    assert claim_found(paper, "received 1286", "1286").as_of == "2015-16"  # the lead-in's period (was none)
    assert claim_found(paper, "a 15% reduction", "15%").as_of == "2015-16"  # not 2014/15, the older value's year
    assert claim_found(paper, "the 1517 applications", "1517").as_of == "2014-15"
    assert claim_found(paper, "a 27% increase upon", "27%").as_of == "2015-16"  # not the base year after "upon"
    # "the 28 day target" names its own standard: the change after it is no target's value
    assert claim_found(paper, "with 82% of these", "82%").comparator != "target"


def test_a_paper_that_announces_no_figures_below_dates_nothing():
    from miner.nlp.claim_as_of import data_date

    assert data_date("Some key performance figures for 2015/16 are outlined below.") == "2015-16"
    assert data_date("As part of this process, a list of all open cases was extracted on 31st July 2014.") == "2014-07-31"
    # a paper's statement of purpose is not read (the tuned gold leaves such a report's figures undated)
    assert data_date("This report provides an update on the Council's revenue and capital financial position as at "
                     "the end of December 2024.") is None
    assert data_date("The figures for 2014/15 and 2015/16 are outlined below.") is None  # two periods: no one date


# Northumberland, Safeguarding Activity Trends Report, 16 October 2014 (round 50's batch U, its as-of left open)
NORTHUMBERLAND = """Safeguarding Activity Trends Report

1. Systems are in place to closely monitor the Integrated Children's System with regards to unallocated cases, and social care locality team caseloads. As part of this process, a list of all open cases was extracted on 31st July 2014.

2. Using the information from the caseload extract, there were 3,711 cases open to Children's Services overall, and of those, 82% (3,045) were being held open on a child in need basis, 9% (346) were cases involving children looked after by the County Council (some of which are also subject to a Child Protection Plan), and 10% (356) were cases of children subject to a Child Protection Plan (CPP).
"""


def test_an_extracts_date_dates_the_figures_read_from_it_and_each_clause_of_a_list_names_its_own_measure(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Northumberland County Council - Safeguarding Activity Trends Report",
                                 NORTHUMBERLAND)
    whole = claim_found(paper, "there were 3,711", "3,711")
    assert (whole.indicator, whole.as_of) == ("open_cases", "2014-07-31")  # was caseloads, undated
    assert claim_found(paper, "82% (3,045)", "82%").indicator == "children_in_need"
    assert claim_found(paper, "(3,045)", "3,045").indicator == "children_in_need"  # the share's, not the whole's
    assert claim_found(paper, "9% (346)", "9%").indicator == "children_looked_after"  # was children_in_need
    assert claim_found(paper, "(346)", "346").indicator == "children_looked_after"
    assert claim_found(paper, "10% (356)", "10%").indicator == "child_protection_plans"


# http://centralbedfordshireperformance.inphase.com/Detail/699_3901 (a performance page titled with its measure)
CENTRAL_BEDS = """% of care leavers at age 17-21 who are engaged in education, training or employment

Our goal is

The end of 2015 saw a jump in performance for this measure. Since this time, the figure had been maintained at around 70%, demonstrating the effectiveness of the advice and support offered to care leavers.

The most recent report of this measure has seen a drop of 10 percentage points when compared to previous reports.
"""


def test_the_figure_of_a_page_titled_with_its_measure_takes_the_titles_narrower_measure(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Central Bedfordshire Council - Performance care leavers", CENTRAL_BEDS)
    assert claim_found(paper, "around 70%", "70%").indicator == "care_leavers_eet"  # was care_leavers
    assert claim_found(paper, "10 percentage points", "10").indicator == "care_leavers_eet"


def test_a_sentence_naming_its_own_measure_keeps_it_on_such_a_page(tmp_path_factory):
    text = CENTRAL_BEDS + "\nThere are 120 care leavers aged 17-21 in the county.\n"
    paper = written_paper_claims(tmp_path_factory, "Central Bedfordshire Council - Performance care leavers", text)
    assert claim_found(paper, "There are 120", "120").indicator == "care_leavers"


# https://moderngov.rotherham.gov.uk/mgAi.aspx?ID=95897 (Rotherham, looked after children performance, 2022/23 Q3)
ROTHERHAM = """·      The percentage of LAC in a family based setting has remained stable during the quarter at 77%. placement stability is an area of focus of relevant teams to prevent placement breakdowns.

·      In respect of youth justice services, it was noted that of 551 children looked after, eight were known to the Youth Justice Team.
"""


def test_a_share_of_looked_after_children_in_a_setting_and_a_subgroup_of_them_are_not_the_count_in_care(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Rotherham Metropolitan Borough Council - Corporate Parenting Panel", ROTHERHAM)
    assert claim_found(paper, "at 77%", "77%").indicator is None  # was children_looked_after
    assert claim_found(paper, "of 551 children", "551").indicator == "children_looked_after"
    assert claim_found(paper, "eight were known", "eight").indicator is None  # was children_looked_after


def test_a_share_of_care_leavers_in_education_keeps_its_measure(tmp_path_factory):
    text = "The proportion of care leavers in education, employment or training rose to 61%.\n"
    paper = written_paper_claims(tmp_path_factory, "Rotherham Metropolitan Borough Council - Corporate Parenting Panel", text)
    assert claim_found(paper, "to 61%", "61%").indicator == "care_leavers_eet"


# https://www.minutes.haringey.gov.uk/mgAi.aspx?ID=28482 (Haringey, looked after children performance, October 2011)
HARINGEY = """Comment was made on the cost of service  per looked after child.  The figure of £854 was the weekly cost and  included overheads.  Members asked that a benchmark figure also be included to provide Members with a comparison.
"""


def test_an_amount_named_a_weekly_cost_after_it_is_a_unit_cost_not_a_budget(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "London Borough of Haringey - Corporate Parenting Advisory Committee", HARINGEY)
    assert claim_found(paper, "£854", "£854").indicator is None  # was budget


# https://democracy.medway.gov.uk/ieIssueDetails.aspx?IId=7575&Opt=3 (Medway Cabinet, third quarter revenue monitoring 2011-12)
MEDWAY_2012 = """It was noted that the returns from budget managers forecast a potential underspend of £195,000 compared to the potential overspend of £5.1m reported in quarter 2. Management action to control expenditure had combined to achieve a significant reduction in forecasts.
"""
# http://shropshireperformance.inphase.com/Detail/463_2459 (Shropshire, gross budget forecast outturn, quarter 2 2019/20)
SHROPSHIRE = """The quarter 2 outturn forecast shows an estimated overspend of £5,987,000 an improvement on the q1 forecast of £7,955,000. The forecast overspend of £5,987m is against a budget of £568,489,000 (gross) £213,839,000 (net).  This overspend represents 1.05% of the original gross budget.

Details of the quarter 2 2019/20 outturn were reported to  cabinet on 18th November 2019 in the Financial Monitoring Report
"""


def test_the_noun_an_amount_is_of_names_it_and_a_quarter_after_the_is_the_papers(tmp_path_factory):
    medway = written_paper_claims(tmp_path_factory, "Medway Council - Cabinet Third Quarter Revenue Budget Monitoring", MEDWAY_2012)
    assert claim_found(medway, "underspend of £195,000", "£195,000").indicator == "underspend"  # was overspend
    assert claim_found(medway, "overspend of £5.1m", "£5.1m").indicator == "overspend"
    shropshire = written_paper_claims(tmp_path_factory, "Shropshire Council - Performance Gross budget forecast outturn", SHROPSHIRE)
    assert claim_found(shropshire, "a budget of £568,489,000", "£568,489,000").indicator == "budget"  # was overspend
    first = claim_found(shropshire, "overspend of £5,987,000", "£5,987,000")
    assert (first.indicator, first.as_of) == ("overspend", "2019-09")  # "The quarter 2 ..." of the paper's 2019/20
    earlier = claim_found(shropshire, "the q1 forecast of £7,955,000", "£7,955,000")
    assert (earlier.indicator, earlier.as_of) == ("overspend", "2019-06")  # a forecast of the overspend, not a budget


# https://democracy.medway.gov.uk/ieIssueDetails.aspx?IId=15117&Opt=3 (Medway Cabinet, revenue budget monitoring 2015/16)
MEDWAY_2015 = """It was noted that after agreed management action, the forecast overspend for 2015/2016 was estimated at £5.9m. This represented a £1.2m adverse movement relative to the position reported to Cabinet on 25 August 2015 and could be explained by increasing pressures within the Children and Adults directorate.
"""


def test_the_day_an_older_position_was_reported_to_a_meeting_dates_no_movement(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Medway Council - Cabinet Revenue Budget Monitoring", MEDWAY_2015)
    assert claim_found(paper, "estimated at £5.9m", "£5.9m").as_of == "2015-16"
    assert claim_found(paper, "a £1.2m adverse", "£1.2m").as_of != "2015-08-25"  # the older position's meeting


def test_a_cohorts_subgroup_keeps_the_measure_its_own_words_name_through_a_comma_in_the_name(tmp_path_factory):
    # Kent Cabinet minutes of 30 January 2025 (tuned; a comma and "and" inside the plan's name)
    text = ("Out of the total cohort of 920 individuals, 330 had an active Education, Health, and Care Plan (EHCP).\n")
    paper = written_paper_claims(tmp_path_factory, "Kent County Council - Cabinet minutes", text)
    assert claim_found(paper, "330 had", "330").indicator == "ehcps"


# http://shropshireperformance.inphase.com/Detail/826_5381 and 1249_13437 (Shropshire performance pages whose opening
# names the rate's base; their sentences call the figures rates but print them bare)
SHROPSHIRE_CPP_2018 = """Number of children with Child Protection Plans


Number of children with Child Protection Plans (CPP) per 10,000 population aged 0-18 years

The rate of Child Protection plans increased between Q4 17/18 (31.8) and Q2 18/19 (40.7). Shropshire's rate is now in-line with Statistical Neighbours and below the England Average.
"""
SHROPSHIRE_CPP_2020 = """Rate of children with a Child Protection Plan


Number of children with Child Protection Plans (CPP) per 10,000 population aged 0-18 years

The rate of children subject to Child Protection Plans (CPPs) has increased during Q2 against year-end of 19/20. At the end of March there were 273 children, which has increased to 299.

Shropshire is now in slightly higher than the 2018/19 national average CPP rate (43.7), and higher than the SN rate (38.1).
"""


def test_a_figure_called_a_rate_takes_the_base_the_pages_opening_names(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Shropshire Council - Performance Number of children with CPP", SHROPSHIRE_CPP_2018)
    assert claim_found(paper, "(31.8)", "31.8").unit == "per_10000"  # was count
    assert claim_found(paper, "(40.7)", "40.7").unit == "per_10000"
    paper = written_paper_claims(tmp_path_factory, "Shropshire Council - Performance Rate of children with a CPP", SHROPSHIRE_CPP_2020)
    assert claim_found(paper, "there were 273", "273").unit == "count"  # children, not a rate
    national = claim_found(paper, "(43.7)", "43.7")
    assert (national.unit, national.as_of) == ("per_10000", "2018-19")  # the benchmark's own year (was undated)


# http://cambridgeshireinsight.org.uk/children-and-young-people/child-protection (Cambridgeshire, 2009-10)
# https://www.devon.gov.uk/accesstoinformation/archives/information_request/early-help-below-child-in-need-threshold
CAMBRIDGESHIRE = """According to the LSCB Annual Report for 2010, the county total of children subject to a child protection plan has stabilised throughout 2009-2010 at around the 340-365 mark.
"""
DEVON = """In April 2017 Devon County Council and its partners launched a new electronic multi-agency Early Help case recording system. From the data held on this system for this period from April to end September 2017: 743 new cases were opened and are active.
"""


def test_an_approximate_hyphen_range_is_one_claim_and_a_span_to_the_end_of_a_month_is_its_year(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Cambridgeshire County Council - Cambridgeshire Insight", CAMBRIDGESHIRE)
    upper = claim_found(paper, "340-365", "365")  # was no claim (read as a label range)
    assert (upper.indicator, upper.as_of) == ("child_protection_plans", "2009-10")
    paper = written_paper_claims(tmp_path_factory, "Devon County Council - Early help", DEVON)
    assert claim_found(paper, "743 new", "743").as_of == "2017"  # was undated


def test_an_age_band_after_around_stays_no_claim(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Devon County Council - Early help", "Young people aged around 16-17 are supported.\n")
    assert no_claim_at(paper, "16-17", "17")
