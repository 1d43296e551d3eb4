"""Claims round 48 (the lead): indicators, as-of dates, units and false claims on fresh pages of other councils'
corporate parenting, budget monitoring, youth justice, health and performance papers (the pages corpus's openings, not
in corpus/), read through the real pipeline. Each page's words are quoted with its address."""

from conftest import claim_found, no_claim_at, written_paper_claims

# https://docsbay.net/title-of-report-s1 (Middlesbrough Council, Corporate Parenting Board, 2 February 2012)
MIDDLESBROUGH_2012 = """Agenda Item: 8

MIDDLESBROUGH COUNCIL

Corporate Parenting Board

IF THIS IS A KEY DECISION, WHICH KEY DECISION TEST APPLIES?
3. / It is over the financial threshold (£75,000)
It has a significant impact on 2 or more wards / ü
Non Key

NUMBERS OF LOOKED AFTER CHILDREN (LAC)

7. The number of LAC showed a 10.3% increase between January 2011 (331) and December 2011 (365). The number has been consistently in the high 360s for the second half of 2011.

8. The rate of LAC per 10,000 under-18s increased from 103 to 107 in 2010/11 compared with a national average of 59 and an average for Middlesbrough's statistical neighbours of 88.
"""


def test_an_agenda_items_number_and_the_key_decision_tests_are_no_claims(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Middlesbrough Council - Corporate Parenting Board 2012-02-02", MIDDLESBROUGH_2012)
    assert no_claim_at(paper, "Agenda Item: 8", "8")
    assert no_claim_at(paper, "threshold (£75,000)", "£75,000")
    assert no_claim_at(paper, "on 2 or more wards", "2")
    assert claim_found(paper, "(331)", "331").indicator == "children_looked_after"  # a figure still counts


def test_a_figure_in_brackets_after_a_date_is_as_of_it_and_a_change_between_two_dates_of_the_later(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Middlesbrough Council - Corporate Parenting Board 2012-02-02", MIDDLESBROUGH_2012)
    assert claim_found(paper, "January 2011 (331)", "331").as_of == "2011-01"
    assert claim_found(paper, "December 2011 (365)", "365").as_of == "2011-12"
    assert claim_found(paper, "a 10.3% increase", "10.3%").as_of == "2011-12"


def test_a_rate_per_10000_changing_keeps_its_unit_and_so_do_its_benchmarks(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Middlesbrough Council - Corporate Parenting Board 2012-02-02", MIDDLESBROUGH_2012)
    rate = claim_found(paper, "to 107 in", "107")
    assert (rate.unit, rate.from_value, rate.indicator) == ("per_10000", 103, "children_looked_after")
    assert claim_found(paper, "average of 59", "59").unit == "per_10000"
    neighbours = claim_found(paper, "neighbours of 88", "88")
    assert (neighbours.unit, neighbours.indicator) == ("per_10000", "children_looked_after")


# https://moderngov.middlesbrough.gov.uk/mgAi.aspx?ID=5113 (Middlesbrough, Corporate Parenting Board scorecard)
MIDDLESBROUGH_SCORECARD = """The main points to note were as follows:

·         Since the height of 702 looked after children during September 2020, there has been a reduction of 167 looked after children.

·         The rate of looked after children per 10,000 of the population has reduced from 165.1 in September to 159.4 on 29 November.

·         125 children and young people have ceased to be looked after in the last 6 months.  103 children have become looked after in the same period
"""


def test_a_peak_names_no_other_thing_and_a_since_clauses_date_is_the_base(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Middlesbrough Council - Corporate Parenting Board", MIDDLESBROUGH_SCORECARD)
    peak = claim_found(paper, "height of 702", "702")
    assert (peak.indicator, peak.as_of) == ("children_looked_after", "2020-09")
    assert claim_found(paper, "reduction of 167", "167").as_of != "2020-09"  # counted from then, not as of then
    assert claim_found(paper, "to 159.4 on", "159.4").unit == "per_10000"
    assert claim_found(paper, "103 children have become", "103").indicator == "children_entering_care"
    assert claim_found(paper, "125 children and", "125").indicator == "children_ceasing_care"


# http://egenda.stockton.gov.uk/aksstockton/users/public/admin/kab10.pl?cdr_id=d100094&arc=50&phase=two&operation=detail
# (Stockton-on-Tees, Cabinet decision record, 2 September 2010)
STOCKTON = """Cabinet Decision: 2nd September 2010

The overall number of children who were subject to a child protection plan had reduced slightly from the peak of 282 in February to 263 in June.

The 'conversion rate' ie the percentage of referrals that subsequently led to a child protection plan for April to June was 3.3% compared with 5.8% between January and March.
"""


def test_the_peak_a_change_starts_from_and_a_span_of_months_is_as_at_its_end(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Stockton-on-Tees Borough Council - Cabinet 2010-09-02", STOCKTON)
    assert claim_found(paper, "peak of 282", "282").indicator == "child_protection_plans"
    assert claim_found(paper, "with 5.8% between", "5.8%").as_of == "2010-03"


# https://democracy.devon.gov.uk/ieIssueDetails.aspx?IId=19420&Opt=3 and
# http://democracy.devon.gov.uk/ieIssueDetails.aspx?IId=32785&PlanId=0&Opt=3 (Devon, Cabinet, budget monitoring
# month 6, 2019 and 2023)
DEVON = """The Report highlighted that the total projected overspend at month 6 was £5.3 millions which was £1 million more than the £4.3 millions forecast at month 4.

Also, the Dedicated Schools Grant funding shortfall relating to Special Educational Needs and Disabilities (SEND) had increased by £2.9 millions to £18.7 millions.

At month 6 it was estimated that budgets would overspend by £13.6 million, excluding the dedicated schools grant deficit. Whilst this was an increase of £4.3 million from the month 4 position, £2.9 million of this increase related to the new in year budget saving target (see 2.2).
"""


def test_millions_scale_an_amount_and_a_dsg_shortfall_is_the_deficit(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Devon County Council - Cabinet Budget Monitoring", DEVON)
    assert claim_found(paper, "was £5.3 millions", "£5.3 millions").value == 5_300_000
    shortfall = claim_found(paper, "to £18.7 millions", "£18.7 millions")
    assert (shortfall.value, shortfall.indicator) == (18_700_000, "dsg_deficit")


def test_what_a_figure_excludes_is_not_what_the_next_sentences_this_is(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Devon County Council - Cabinet Budget Monitoring", DEVON)
    assert claim_found(paper, "increase of £4.3 million", "£4.3 million").indicator == "overspend"


# http://midsussex.moderngov.co.uk/mgAi.aspx?ID=605 (Mid Sussex, Quarter 3 performance report);
# https://moderngov.rotherham.gov.uk/mgAi.aspx?ID=70192 (Rotherham, Youth Offending Services quarterly update)
MID_SUSSEX_ROTHERHAM = """She highlighted the positive performance with 90% of the indicators at green meaning that they are on or above target compared to 76% in the previous year.

There had been an increase of 19.1% comparing the outturn between January-December 2012 and January – December 2013.

Performance against the National Indicator, as measured by the Youth Justice Board through collection of the data on the Police national computer and then disaggregated to local authorities, was showing an increase in the number of first-time entrants.  However, the data represented an increase of 5 individuals, which continued to show a decrease.
"""


def test_a_value_of_the_previous_year_is_the_previous_not_a_target_and_a_change_between_years_is_the_later(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Testshire County Council - Performance", MID_SUSSEX_ROTHERHAM)
    green = claim_found(paper, "with 90% of", "90%")
    assert (green.comparator, green.comparator_value) == ("previous", 76)
    assert claim_found(paper, "increase of 19.1%", "19.1%").as_of == "2013"
    assert claim_found(paper, "increase of 5 individuals", "5").indicator == "first_time_entrants"


# https://www.knowsleynews.co.uk/health-and-wellbeing-board-update/ (Knowsley Health and Wellbeing Board, 2024);
# https://wokingham.moderngov.co.uk/mgAi.aspx?ID=15445 (Wokingham, Council Plan performance Q4 2017/18)
KNOWSLEY_WOKINGHAM = """  • Knowsley female life expectancy has improved significantly from 2021. Although improving, female life expectancy remains significantly lower in Knowsley (80.5) than North West (81.7) and England (83.2) in 2022.
  • Population vaccine coverage for Measles, Mumps and Rubella (MMR) (two doses for five-year olds) for 2022/23 has reduced again compared to last year and now stands at 76.5% in Knowsley which is also the lowest level in the last decade, and significantly below national (84.5%) and North West (85.1%) levels.

The report also highlighted an indicator showing good performance, the percentage of housing stock which meets the Decent Homes Standard. In 2017/18 the percentage of homes meeting the standard stood at 99.6%.
"""


def test_a_bare_decimal_of_life_expectancy_is_years_dated_with_its_benchmarks(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Knowsley Council - Health and Wellbeing Board", KNOWSLEY_WOKINGHAM)
    own = claim_found(paper, "Knowsley (80.5)", "80.5")
    assert (own.unit, own.indicator, own.as_of) == ("years", "life_expectancy", "2022")
    assert no_claim_at(paper, "(two doses", "two")  # what the measure counts, no figure
    assert claim_found(paper, "stands at 76.5%", "76.5%").indicator == "immunisation_uptake"
    assert claim_found(paper, "stood at 99.6%", "99.6%").indicator == "decent_homes"


# Negatives: a whole a part is counted out of is no measure of the part's; a key decision named in prose leaves the
# paper's figures alone (both lines written for this test)
NEGATIVES = """Out of the total cohort of 920 individuals, 330 had an active Education, Health, and Care Plan (EHCP).

A Key Decision was taken to award the contracts to the two providers, with 56 Family Hub locations across the county.
"""


def test_a_whole_stays_unnamed_and_key_decision_prose_keeps_its_figures(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Testshire County Council - Cabinet", NEGATIVES)
    assert claim_found(paper, "cohort of 920", "920").indicator is None
    assert claim_found(paper, "330 had", "330").indicator == "ehcps"
    assert claim_found(paper, "with 56 Family", "56")


# https://democracy.dacorum.gov.uk/mgAi.aspx?ID=24455 and ID=24916 (Dacorum, environmental services KPIs Q3 and Q4);
# https://www.wandsworth.gov.uk/rubbish-and-recycling/recycling-and-waste-statistics-and-information/how-are-we-performing/
WASTE = """- 313 bins were missed per 100,000 bins collected.

95.38% of fly-tips were collected with the set timescale of 7 days, above the target of 95%, and 92.6% of graffiti was removed within 7 days, just under the target of 95%.

Missed refuse and recycling collections as a % of those due in the collection period (Minimise)  0.03%  0.03%
Reports about non-collection of waste (Minimise)  4,287  2,114
"""


def test_waste_measures_named_in_other_words_and_a_rate_three_words_after_its_figure(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Dacorum Borough Council - Environmental Services", WASTE)
    missed = claim_found(paper, "313 bins were missed", "313")
    assert (missed.unit, missed.indicator) == ("per_100000", "missed_bins")
    assert claim_found(paper, "95.38% of fly", "95.38%").indicator == "fly_tips_removed_in_time"
    assert claim_found(paper, "92.6% of graffiti", "92.6%").indicator != "fly_tips_removed_in_time"
    assert claim_found(paper, "0.03%", "0.03%").indicator == "missed_bins"  # not the recycling rate
    assert claim_found(paper, "4,287", "4,287").indicator == "missed_bins"


# https://doncaster.moderngov.co.uk/mgAi.aspx?ID=18649 (Doncaster, NEET scrutiny minutes)
DONCASTER = """Members were informed that historically, the DFE requested Care Leaver data from 17 to 21 years old.

Concern was raised that the NEET percentage for care leavers in Doncaster was high at 30%, although the national figure was higher at around 41%.
"""


def test_a_range_of_ages_is_no_claim_and_a_benchmark_naming_only_who_takes_the_measure(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Doncaster Council - NEET", DONCASTER)
    assert no_claim_at(paper, "from 17 to 21", "17")
    assert claim_found(paper, "high at 30%", "30%").indicator == "neet"
    assert claim_found(paper, "around 41%", "41%").indicator == "neet"


# https://centralbeds.moderngov.co.uk/mgAi.aspx?ID=45510 (Central Bedfordshire, Fostering Team Annual Report 2017-18)
CENTRAL_BEDS = """The Fostering Practice Manager explained that the number of occasions on which a children was admitted into the care of the Local Authority remained similar to that of the previous year (131 occasions compared with 132 in the previous year).

At the end of March 2018 the Service had exceeded the target of 8.5% set for this financial year (currently at 7.1%) in relation to the percentage of Looked After Children with 3 or more placement moves during the year.
"""


def test_admissions_counted_as_occasions(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Central Bedfordshire Council - Corporate Parenting Panel", CENTRAL_BEDS)
    admitted = claim_found(paper, "(131 occasions", "131")
    assert (admitted.indicator, admitted.comparator_value) == ("children_entering_care", 132)


# https://democracy.gravesham.gov.uk/mgAi.aspx?ID=30967 (Gravesham, Corporate Performance Report Q1 2020-21) and
# https://democracy.gravesham.gov.uk/ieListDocuments.aspx?CId=370&MId=2239&Ver=4 (Performance Update Q3 2014-15)
GRAVESHAM = """The Head of Revenues and Benefits highlighted the following:

·         PI 23 Average processing time taken for Housing Benefit claims (days)

-       15.9 days (Last year: 12.8 days) the increase in days is due to pressures placed on service.

CBP 34 – Collection of non-domestic rates (GBC) The outturn for the non-domestic business rates collected by the council as at the end of Q3 2014-15 was 81.68%. This is ahead of the set target (73.50%) but below what was achieved in the third quarter of 2013-14, primarily due to a number of large businesses having changed their instalment arrangement.
"""


def test_an_item_naming_a_measure_heads_its_sub_items_and_a_dashed_figure_is_no_paragraph_number(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Gravesham Borough Council - Corporate Performance Report", GRAVESHAM)
    days = claim_found(paper, "15.9 days (Last", "15.9 days")
    assert (days.indicator, days.from_value) == ("benefit_processing_days", 12.8)
    assert claim_found(paper, "target (73.50%)", "73.50%").as_of != "2013-12"  # the date past "but" is another figure's


def test_a_dash_before_a_figure_makes_no_paragraph_number(tmp_path):
    from miner.ingest import process_path

    path = tmp_path / "Gravesham Borough Council - Corporate Performance Report.txt"
    path.write_text(GRAVESHAM, encoding="utf-8")
    assert "15.9" not in {s.path for s in process_path(path).sections}


# https://conwysocialservicesannualreport.org.uk/category/2015-16/page/4 (Conwy social services annual report 2015-16):
# its two tables of years and quarters over one row of figures each (the page prints the rows without their first "|",
# written here as markdown prints them)
CONWY = """The target for this measure is 80%.

| 2013/14 | 2014/15 | 2015/16 |
| 82.1% | 79.2% | 76.1% |

Whilst the performance during 2015-16 has seen a drop, we can see an overall trend of improvement across the year.

| Q1 2015/16 | Q2 2015/16 | Q3 2015/16 | Q4 2015/16 | |
| 65.2% | 80.7% | 82.5% | 77% |
"""


def test_a_row_of_figures_read_apart_from_its_head_of_years_takes_each_columns_period(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Conwy County Borough Council - Social Services Annual Report", CONWY)
    assert [claim_found(paper, f"{v} |", v).as_of for v in ("82.1%", "79.2%", "76.1%")] == ["2013-14", "2014-15", "2015-16"]
    assert [claim_found(paper, f"{v} |", v).as_of for v in ("65.2%", "80.7%", "82.5%", "77%")] == [
        "2015-06", "2015-09", "2015-12", "2016-03"]


# https://democracy.plymouth.gov.uk/mgAi.aspx?ID=115788 (Plymouth, adult social care activity and performance);
# https://www.hulljsna.com/children/health-factors-children/under18-conceptions/ (Hull JSNA, under 18 conceptions)
PLYMOUTH_HULL = """b) Significant progress had been made in reducing the Care Act assessment waiting list, which stood at 301 in September against a target of 200, compared to 800 eighteen months ago;

  • Despite this decrease, the rate of under 18 conceptions in Hull in 2020 is significantly higher than England (28.5 compared to 13.0 per 1,000 women aged 15-17 years), and the rate in Hull increased slightly between 2019 and 2020.
"""


def test_a_time_ago_is_no_claim_and_a_rate_named_once_is_both_figures_unit(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Testshire County Council - Performance", PLYMOUTH_HULL)
    assert no_claim_at(paper, "eighteen months ago", "eighteen months")
    assert claim_found(paper, "to 800 eighteen", "800")
    own = claim_found(paper, "(28.5 compared", "28.5")
    assert (own.unit, own.indicator) == ("per_1000", "teenage_conceptions")


# Round 47's leftovers on its fresh pages (annotations/README.md, claims round 47: batch D's "Special guardianship orders
# had gone up to 27" after a sentence on child protection plans, written here for the test, and batch H's housing figure)
LEFTOVERS = """The number of children subject to a child protection plan has reduced to 158. Special guardianship orders had gone up to 27.

There has been a reduction down to 18 households in bed and breakfast from a second quarter outturn of 36.
"""


def test_a_plural_subject_names_its_own_measure_and_an_outturn_is_the_older_value(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Testshire County Council - Performance 2018-05-01", LEFTOVERS)
    assert claim_found(paper, "up to 27", "27").indicator is None  # not the child protection plans before
    households = claim_found(paper, "down to 18", "18")
    assert (households.from_value, households.direction) == (36, "down")
    assert no_claim_at(paper, "outturn of 36", "36")


# Round 47's batch H leftover: Maidstone's quarter 2 housing performance prints a flattened table, a measure's name on
# one line over its figure alone on the next (as quoted in annotations/README.md, claims round 47)
FLATTENED = """Percentage of successful Prevention Duty outcomes

78.89%
"""


def test_a_short_line_naming_a_measure_names_the_figure_alone_under_it(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Maidstone Borough Council - Housing Performance", FLATTENED)
    assert claim_found(paper, "78.89%", "78.89%").indicator == "prevention_duty_success"
