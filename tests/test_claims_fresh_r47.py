"""Claims round 47 (the lead): indicators, as-of dates, change pairs and false claims on fresh pages of other
councils' performance, youth justice, SEND and budget papers (the pages corpus's openings, not in corpus/), read
through the real pipeline. Each page's words are quoted with its address; a line written for a test says so."""

from conftest import claim_found, no_claim_at, written_paper_claims

from miner.metadata import title_period

# https://council.lancashire.gov.uk/ieDecisionDetails.aspx?ID=19108 (Lancashire, Corporate Parenting Board, October
# 2019) and ID=19103 (December 2019)
LANCASHIRE = """As at October 2019 Lancashire was good at the following:

Timeliness – 6 month rate 85% (on par with national rate), improvement from 78% in 2017/18. October performance 89%

Children Protection Plans

1194 (48.2 per 10,000), reduced from 1296 since September 2019, this remained below the regional and statistical neighbour averages, however above the national average of 45.7 (per 10,000)

Information was also shared on figures that were not 100%, ie if an area was 79% good then look at what could be improved for the 21% that was not working.
"""


def test_a_judged_change_or_a_verb_of_change_after_a_comma_pairs_the_values(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Lancashire County Council - Corporate Parenting Board", LANCASHIRE)
    rate = claim_found(paper, "month rate 85%", "85%")
    assert (rate.from_value, rate.to_value, rate.direction) == (78, 85, "up")
    assert rate.comparator != "national"  # "on par with national rate" gives no national figure
    assert no_claim_at(paper, "from 78% in", "78%")  # the older value is no claim of its own
    plans = claim_found(paper, "1194 (48.2", "1194")  # a figure opening its line, restated as a rate: no list numeral
    assert (plans.from_value, plans.direction) == (1296, "down")
    assert no_claim_at(paper, "from 1296 since", "1296")
    assert claim_found(paper, "of 45.7 (per", "45.7").unit == "per_10000"  # the rate named in brackets after it


def test_a_lead_ins_date_reaches_its_labelled_figure_lines(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Lancashire County Council - Corporate Parenting Board", LANCASHIRE)
    assert claim_found(paper, "month rate 85%", "85%").as_of == "2019-10"
    assert claim_found(paper, "performance 89%", "89%").as_of == "2019-10"


def test_an_example_the_paper_makes_up_is_no_claim(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Lancashire County Council - Corporate Parenting Board", LANCASHIRE)
    assert no_claim_at(paper, "was 79% good", "79%")
    assert no_claim_at(paper, "the 21% that", "21%")


# https://edocs.southglos.gov.uk/localaccount2017/pages/3-facts-figures-and-performance-delivering-the-customer-journey/
# performance/ (South Gloucestershire, adult social care local account 2016/17)
SOUTH_GLOS = """The percentage of service users (excluding carers) receiving a direct payment is 27.4 percent (26.4 percent at 31 March 2016). National (2015/16) service users (excluding carers) direct payment 28.1 percent.

The percentage of adults with learning disabilities receiving social care services who were in paid employment at the time of their review was 4.5 percent (31 people) (4.8 percent in 2015/16). National (2015/16) 5.8 percent.
"""


def test_an_earlier_dated_value_alone_in_brackets_is_the_older_side(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "South Gloucestershire Council - Local Account", SOUTH_GLOS)
    payments = claim_found(paper, "is 27.4 percent", "27.4 percent")
    assert (payments.from_value, payments.direction) == (26.4, "up")
    assert no_claim_at(paper, "(26.4 percent at", "26.4 percent")
    employed = claim_found(paper, "was 4.5 percent", "4.5 percent")  # past the bracket restating it as people
    assert (employed.from_value, employed.indicator) == (4.8, "ld_paid_employment")
    assert claim_found(paper, "(31 people)", "31").value == 31
    assert no_claim_at(paper, "(4.8 percent in", "4.8 percent")
    assert claim_found(paper, "(2015/16) 5.8 percent", "5.8 percent").indicator == "ld_paid_employment"


def test_an_earlier_value_dated_later_than_its_figure_stays_a_claim(tmp_path_factory):
    # written for the test: a plan's later figure in brackets is no older value
    paper = written_paper_claims(tmp_path_factory, "Testshire County Council - Cabinet",
                                 "We spent £5m in 2023/24 (£7m in 2026/27).\n")
    assert claim_found(paper, "(£7m in", "£7m").value == 7_000_000
    assert claim_found(paper, "spent £5m", "£5m").from_value is None


# http://democracy.bathnes.gov.uk/mgAi.aspx?ID=12721 (Bath and North East Somerset, Youth Justice Plan review) and
# http://shropshireperformance.inphase.com/Detail/825_5370 (Shropshire, delayed transfers of care)
YOUTH_AND_DELAYS = """She stated that 45 of the 151 young people in the October 2013-September 2014 cohort re-offended (29.8%, a slight reduction on our previous cohort).

In the latest 12-month period to March 2019 there has been a total of 3792 delayed days for Shropshire residents. When compared to the 12 months to March 2017 this is a system wide reduction of 10,712 days or 29 fewer patients per day facing a delay in their transfer of care.
"""


def test_reoffending_delayed_days_and_a_span_of_months_across_years(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Bath and North East Somerset Council - Panel", YOUTH_AND_DELAYS)
    cohort = claim_found(paper, "that 45 of", "45")
    assert (cohort.indicator, cohort.as_of) == ("reoffending", "2014-09")  # the span's last month, not its first
    assert claim_found(paper, "(29.8%", "29.8%").indicator == "reoffending"
    assert claim_found(paper, "of 3792 delayed", "3792").indicator == "delayed_transfers_of_care"
    assert claim_found(paper, "29 fewer patients", "29").indicator == "delayed_transfers_of_care"


# https://www.gloucestershire.gov.uk/education-and-learning/families-in-partnership-newsletters/families-in-partnership-
# newsletter-december-2022/education-and-health-care-ehc-statutory-timescales-update-on-progress-and-improvements/
GLOUCESTERSHIRE = """This academic year to date (1 September – 30 November 2022), 30.2% of new plans have been issued within the 20 week timescale.

During the 2021/22 academic year, 1,080 initial requests were made for an EHC needs assessment. This is an increase of 279 (31.5%) compared to the previous academic year when 821 requests were made. The number of requests has continued to increase over the last three academic years.
"""


def test_needs_assessment_requests_a_span_of_days_in_one_year_and_a_window_of_academic_years(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Gloucestershire County Council - Update", GLOUCESTERSHIRE)
    assert claim_found(paper, "2022), 30.2%", "30.2%").as_of == "2022"  # a span of days within one year: that year
    assert claim_found(paper, "year, 1,080 initial", "1,080").indicator == "ehcna_requests"
    assert no_claim_at(paper, "last three academic", "three")


# https://docsbay.net/doc/965943/outcomes-for-children-looked-after-by-the-borough-of-poole (Poole, scrutiny, 2006) and
# https://democracy.slough.gov.uk/mgAi.aspx?ID=49181 (Slough, Corporate Parenting Panel, 2023)
POOLE_SLOUGH = """3.1 Routes into Care. There are two main reasons for children being in local authority care.

Much of the decrease in overall numbers looked after has been from local authority foster care (from 100 placements in March 2004 to 84 in September 2006).

·  One hundred and fifty-five children (62.5%) lived with foster families, which was below statistical neighbours (65%) in southeast and (69%) in England.

·  Although there had been a reduction of children with 3+ move in June (11%), this had increased over 12 months period from 7%, which was higher than statistical neighbours (10%) in England but in line with the South (12%).
"""


def test_number_words_with_hundreds_foster_care_and_a_windows_period(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Slough Borough Council - Corporate Parenting Panel", POOLE_SLOUGH)
    assert no_claim_at(paper, "are two main reasons", "two")  # the paper's own reasons, no measure
    assert claim_found(paper, "to 84 in", "84").indicator == "in_house_foster_placements"
    assert claim_found(paper, "One hundred and fifty-five", "One hundred and fifty-five").value == 155
    assert no_claim_at(paper, "over 12 months period", "12 months")
    assert claim_found(paper, "in June (11%)", "11%").indicator == "placement_stability"


# https://modgov.lbbd.gov.uk/Internet/ieIssueDetails.aspx?IId=90697&Opt=3&PlanId=0 (Barking and Dagenham, Cabinet,
# period 7 2023/24), https://democracy.monmouthshire.gov.uk/mgDecisionDetails.aspx?IId=22893&LLL=0&Opt=1
# (Monmouthshire, Cabinet, month 9 2023/24) and a Maidstone quarter 2 report's summary and key
BUDGETS = """The Council's General Fund revenue budget for 2023/24 was £199.002m and the forecast outturn position at the end of October projected a net overspend of £11.605m after transfers to and from reserves, which represented an improvement of £1.047m on the position at period 6.

That Cabinet note the forecast draw of £5.6m on schools delegated balances as outlined in Appendix 1 of this report, an increased draw of £1.85m since the previous forecast.

Target slightly missed (within 10%)

Compared to last quarter (Q1 2021/22), performance for 40% 4 of 10 KPIs has improved.
"""


def test_an_improvement_of_an_overspend_school_balances_a_rag_key_and_a_comparisons_base(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "London Borough of Barking and Dagenham - Cabinet", BUDGETS)
    assert claim_found(paper, "improvement of £1.047m", "£1.047m").indicator == "overspend"  # not the reserves named nearer
    assert claim_found(paper, "draw of £1.85m", "£1.85m").indicator == "reserves"
    assert no_claim_at(paper, "(within 10%)", "10%")
    assert claim_found(paper, "performance for 40%", "40%").as_of != "2021-06"  # Q1 is what it is compared with


def test_a_decisions_date_opening_a_title_leaves_the_titles_year():
    assert title_period("28/02/2024 - 2023/24 Revenue & Capital Budget - Month 9 Update") == "2023-24"
    assert title_period("Revenue & Capital Budget Monitoring 2022/23 - Month 9 Forecast") == "2022-23"


# batch D: http://democracy.bathnes.gov.uk/mgAi.aspx?ID=6605 (Bath and North East Somerset, child protection activity
# 2011/12), https://modgov.lbbd.gov.uk/Internet/mgAi.aspx?ID=57798 (Barking and Dagenham, children's social care annual
# report 2014/15) and https://www.minutes.haringey.gov.uk/mgAi.aspx?ID=32745 (Haringey, children and families
# performance); the "Five Options" line is round 33's guard
BATCH_D = """·  There was a steady increase in the number of children with protection plans throughout 2010/11 with a marked increase in the final quarter – 106 represented the highest number since the late 1990's.

The proportion of children subject to child protection plans due to emotional abuse was around 60% for 2014/15, which was a decline on the 69% reported for 2013/14 but still higher than previous years and higher than in other boroughs.

HY 59 - In relation to this performance figure the cause of the delay had been identified by the service and this was a particular capability issue with two social workers.

Five Options – 1, 2,3 4 and 5 were detailed in the report.
"""


def test_a_figure_after_a_dash_a_decline_on_an_earlier_value_and_a_measures_code(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Bath and North East Somerset Council - Panel", BATCH_D)
    assert claim_found(paper, "quarter – 106 represented", "106").value == 106  # no label after "quarter –"
    share = claim_found(paper, "around 60% for", "60%")
    assert (share.from_value, share.direction) == (69, "down")
    assert no_claim_at(paper, "the 69% reported", "69%")
    assert no_claim_at(paper, "HY 59 -", "59")
    assert claim_found(paper, "with two social workers", "two").value == 2
    assert no_claim_at(paper, "Options – 1,", "1")


# batch E: https://democracy.croydon.gov.uk/ieListDocuments.aspx?CId=175&MId=2279&Ver=4 (Croydon, Corporate Parenting
# Panel, 29 September 2020); the budget line is written for the test
REGISTER = """Members and co-opted Members of the Council are reminded that it is a requirement to register disclosable pecuniary interests (DPIs) and gifts and hospitality to the value of which exceeds £50 or multiple gifts and/or instances of hospitality with a cumulative value of £50 or more when received from a single donor within a rolling twelve month period.

The hospitality budget was £5,000 in 2023/24, over £4,000 spent on gifts.
"""


def test_a_registers_threshold_for_gifts_and_hospitality_is_no_claim(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Croydon Council - Corporate Parenting Panel", REGISTER)
    assert no_claim_at(paper, "exceeds £50", "£50")
    assert no_claim_at(paper, "value of £50 or more", "£50")
    assert claim_found(paper, "over £4,000 spent", "£4,000").value == 4000


# batch F: http://moderngov.dorsetcouncil.gov.uk/mgAi.aspx?ID=3905 (Dorset, Corporate Parenting Board, fostering and
# permanence panel annual report 2018/19)
DORSET = """A stable membership panel had built up and met 4 times a month on concurrent Tuesdays and Wednesdays hearing approximately 5 or 6 cases each day.  A total of 167 cases had been heard between April 2018 and March 2019, out of those 21 mainstream foster carers and 19 connected persons were recommended for approval.
"""


def test_an_approximate_pair_is_one_figure_and_a_between_span_ends_in_its_last_month(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Dorset Council - Corporate Parenting Board", DORSET)
    assert no_claim_at(paper, "approximately 5 or 6", "5")
    assert claim_found(paper, "5 or 6 cases", "6").value == 6
    assert claim_found(paper, "total of 167 cases", "167").as_of == "2019-03"


# batch G: https://democracy.anglesey.gov.uk/ieListDocuments.aspx?CId=153&LLL=0&MId=3861 (Isle of Anglesey, Corporate
# Scrutiny Committee, Q1 2021/22 scorecard); the outcomes line is written for the test
ANGLESEY = """The Portfolio Member for Corporate Business reported that at the end of Quarter 1, 88% of the Corporate Health Performance indicators monitored are performing well against targets (i.e. Green or Yellow RAG) as detailed in section 3 of the report and 85% of the Performance Management indicators are performing above target or within 5% tolerance of their targets (section 4 of the report refers).

The service achieved 12 positive outcomes for families.
"""


def test_a_tolerance_of_targets_is_no_claim(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Isle of Anglesey County Council - Corporate Scrutiny Committee", ANGLESEY)
    assert no_claim_at(paper, "within 5% tolerance", "5%")
    assert claim_found(paper, "and 85% of the", "85%").value == 85
    assert claim_found(paper, "achieved 12 positive", "12").value == 12  # outcomes achieved are counted


# batch H: https://democracy.havering.gov.uk/mgAi.aspx?ID=22213 (Havering, performance report, quarter 1 2019/20) and
# https://democratic.lincoln.gov.uk/mgAi.aspx?ID=37350 (Lincoln, Housing Scrutiny Sub-Committee, quarter 3 2022/23)
HAVERING = """The Sub-Committee was informed that in Quarter 1 of 2019/20, the total number of Stage 1 complaints closed within timescale (10 days) was 136 out of 145 (93.79%).This was a significant improvement compared to the same time last year where 122 out of 148 (82.43%) Stage 1 complaints were closed within timescales (15 days).

It was stated that 95% of Stage 1 complaints relating to Housing Demand service were closed within the timescale of 10 days.

d)    reported that, of the 13 measures that did not meet target, 8 of these were within 5% tolerance of their respective targets (amber rating)
"""


def test_a_timescale_a_tolerance_and_a_count_out_of_a_total(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "London Borough of Havering - Overview and Scrutiny", HAVERING)
    assert no_claim_at(paper, "timescale (10 days)", "10 days")
    assert no_claim_at(paper, "timescales (15 days)", "15 days")
    assert no_claim_at(paper, "timescale of 10 days", "10 days")
    assert no_claim_at(paper, "within 5% tolerance", "5%")
    assert claim_found(paper, "where 122 out of", "122").unit == "count"  # a count out of a total, no bare benchmark
    assert claim_found(paper, "(93.79%)", "93.79%").comparator_value == 82.43


# batch I: https://democracy.medway.gov.uk/mgAi.aspx?ID=15960 (Medway, Health and Wellbeing Board, JHWS monitoring) and
# https://ashford.moderngov.co.uk/CeListDocuments.aspx?CommitteeId=164&MeetingId=218&DF=18%2f10%2f2017&Ver=2 (Ashford
# Health and Wellbeing Board, 18 October 2017); the plan line is written for the test
HEALTH = """Smoking prevalence in Medway amongst persons aged 16 and over had fallen from 25.5% in 2013 to 22.3% in 2015 to 19% 2016.

The rate now stands at 17.4% (previously 26.3%).

The plan covers 2015 to 19.
"""


def test_a_share_after_a_year_and_to_and_a_previous_value_in_brackets(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Medway Council - Health and Wellbeing Board", HEALTH)
    assert claim_found(paper, "to 19% 2016", "19%").value == 19  # no period "2015-19"
    rate = claim_found(paper, "stands at 17.4%", "17.4%")
    assert (rate.from_value, rate.direction) == (26.3, "down")
    assert no_claim_at(paper, "(previously 26.3%)", "26.3%")
    assert no_claim_at(paper, "covers 2015 to 19", "19")  # a plan's span of years stays one
