"""Claims round 49 (the lead): indicators, false claims and meeting dates on fresh pages of other councils' performance,
benefits, temporary accommodation, delayed transfers and waste papers (the pages corpus's openings, not in corpus/),
read through the real pipeline. Each page's words are quoted with its address."""

from conftest import claim_found, no_claim_at, written_paper_claims

from miner.metadata import find_meeting_date

# https://buckinghamshire.moderngov.co.uk/mgAi.aspx?ID=17478 (Buckinghamshire, Q3 performance at scrutiny, 2023)
BUCKINGHAMSHIRE_Q3 = """The Chairman invited the Cabinet Member for Accessible Housing and Resources to introduce the report.

·       The average phone call waiting time had improved significantly and was now at 2 minutes and 42 seconds against a target of three minutes. 97% of phone calls were answered against a target of 90%. Customer satisfaction was maintained at 80%.
"""


def test_a_subject_of_its_own_standing_at_a_figure_takes_no_measure_from_the_sentence_before(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Buckinghamshire Council - Scrutiny 2023-03-01", BUCKINGHAMSHIRE_Q3)
    assert claim_found(paper, "maintained at 80%", "80%").indicator is None
    assert claim_found(paper, "97% of phone calls", "97%").indicator == "calls_answered"  # its own sentence still names it
    assert claim_found(paper, "target of 90%", "90%").indicator == "calls_answered"


def test_a_figure_standing_at_a_level_keeps_the_measure_before_when_its_subject_only_points_back(tmp_path_factory):
    text = ("97% of phone calls were answered against a target of 90%. The figure was maintained at 91% in January.\n\n"
            "97% of phone calls were answered against a target of 90%. Performance stood at 92% in February.\n")
    paper = written_paper_claims(tmp_path_factory, "Buckinghamshire Council - Scrutiny 2023-03-01", text)
    assert claim_found(paper, "maintained at 91%", "91%").indicator == "calls_answered"
    assert claim_found(paper, "stood at 92%", "92%").indicator == "calls_answered"


# http://centralbedfordshireperformance.inphase.com/Detail/697_3884 (Central Bedfordshire, benefits processing)
CENTRAL_BEDFORDSHIRE = """Time taken to process Housing Benefit, Council Tax Benefit, new claims & change events - Days

Overall speed of benefits processing has been fairly consistent throughout 2017/18 and is on target at 16.6 days. However, due to the unforeseen loss of some resource, performance has declined slightly between October and December. Over these months, the average length of time to process claims was 18.4 days against a target of 15.0 days.

The benefits speed of processing for January to March 2019 was 11.2 days against a target of 8.6 days.
"""


def test_speed_of_benefits_processing_and_time_to_process_claims_are_benefit_processing_days(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Central Bedfordshire Council - Performance", CENTRAL_BEDFORDSHIRE)
    assert claim_found(paper, "target at 16.6 days", "16.6 days").indicator == "benefit_processing_days"
    assert claim_found(paper, "claims was 18.4 days", "18.4 days").indicator == "benefit_processing_days"
    assert claim_found(paper, "2019 was 11.2 days", "11.2 days").indicator == "benefit_processing_days"


# https://services.swale.gov.uk/meetings/mgAi.aspx?ID=18823 (Swale, controlling spend on temporary accommodation)
SWALE_TA = """The Head of Housing and Communities introduced the report as set out in the agenda papers.  She highlighted that at its peak, there were 420 households in temporary accommodation (TA), and she outlined the measures taken by the Housing Options team to reduce this figure.  The Head of Housing and Communities highlighted the decrease in households in TA at the end of 2023/24 as being 304, and she gave an update at the meeting to say that this figure had further reduced to 277 households.

Members were invited to speak, and they made comments which included:

·         suggested update reports came to the Housing and Health Committee more frequently than 6-monthly, as set out in paragraph 2.9 of the report;
"""


def test_households_in_ta_are_in_temporary_accommodation_and_six_monthly_is_no_claim(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Swale Borough Council - Policy and Resources Committee", SWALE_TA)
    assert claim_found(paper, "as being 304", "304").indicator == "temporary_accommodation"
    assert claim_found(paper, "reduced to 277", "277").indicator == "temporary_accommodation"
    assert no_claim_at(paper, "than 6-monthly", "6")


def test_ta_is_read_only_as_in_ta_not_as_another_word(tmp_path_factory):
    text = "The school employs 12 TA posts across its classes.\n"
    paper = written_paper_claims(tmp_path_factory, "Swale Borough Council - Policy and Resources Committee", text)
    assert claim_found(paper, "12 TA posts", "12").indicator is None


# https://meetings.cotswold.gov.uk/ieIssueDetails.aspx?IId=4190&Opt=3 (Cotswold, Cabinet 17 July 2023)
# https://democracy.sholland.gov.uk/mgAi.aspx?ID=8557 (South Holland, Quarter 3 2017-18 performance)
def test_a_time_until_and_budget_periods_are_no_claims(tmp_path_factory):
    text = ("Members made reference to the increase in Gym membership by 20%, and welcomed the new leisure provider who "
            "would be commencing their contract in 10 days' time.\n\n"
            "Officers advised that this was in the process of being done and would be reported as part of the next "
            "cycle, covering periods 2 to 4.\n")
    paper = written_paper_claims(tmp_path_factory, "Cotswold District Council - Cabinet 2023-07-17", text)
    assert no_claim_at(paper, "in 10 days' time", "10 days")
    assert no_claim_at(paper, "periods 2 to 4", "4")
    assert claim_found(paper, "membership by 20%", "20%").indicator == "leisure_memberships"


def test_a_count_of_days_is_still_a_claim(tmp_path_factory):
    text = "Over these months, the average length of time to process claims was 18.4 days, 10 days longer than last year.\n"
    paper = written_paper_claims(tmp_path_factory, "Central Bedfordshire Council - Performance", text)
    assert claim_found(paper, "10 days longer", "10 days").unit == "days"


# https://shropshireperformance.inphase.com/Detail/1251_13453 (Shropshire, delayed transfers of care)
SHROPSHIRE_DTOC = """Targets for year 2 (2018/19) were to further improve performance with the target set at an average of 1.3 patient delays per day attributed to Adult social Care.  Actual for the year was 0.32.

Benchmarking data for the year 2018/19, shows that delays attributed to Shropshire Adult Social Care were on average 0.125 patients per day per 100,000 population. This ranks Shropshire 5th out of 152 authorities.

The latest data, for Quarter 3 of 2019/20 shows that performance for Adult Social care remains better than target. Performance for Q3 shows that average daily days attributed to Shropshire Adult Social Care was 0.5 delays per day.
"""


def test_delays_per_day_attributed_to_social_care_are_delayed_transfers(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Shropshire Council - Performance", SHROPSHIRE_DTOC)
    assert claim_found(paper, "average of 1.3", "1.3").indicator == "delayed_transfers_of_care"
    assert claim_found(paper, "year was 0.32", "0.32").indicator == "delayed_transfers_of_care"  # the sentence before's
    assert claim_found(paper, "average 0.125", "0.125").indicator == "delayed_transfers_of_care"
    assert claim_found(paper, "was 0.5 delays", "0.5").indicator == "delayed_transfers_of_care"


# https://democracy.warwickshire.gov.uk/mgAi.aspx?ID=5438 (Warwickshire waste partnership, waste performance data)
WARWICKSHIRE_WASTE = """The report data stated:

  • Composting decreased slightly – most likely due to seasonal changes

  • Household waste increased by approx. 3000 tonnes or 4.5%

  • The tonnage comparison on page 4 of the report shows that overall, there was a 3% reduction in composting, 7% increase in recycling, 9% increase in residual waste (approx. 2700 tonnes) giving a total increase of 5% in total waste
"""


def test_a_per_cent_change_in_a_named_thing_is_a_change_of_it_not_the_nearest_rate(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Warwickshire County Council - Waste Partnership", WARWICKSHIRE_WASTE)
    residual = claim_found(paper, "9% increase", "9%")
    assert (residual.indicator, residual.direction) == ("residual_waste", "up")
    # the change of recycling tonnage ("The tonnage comparison ... shows"), since round 50 no recycling rate
    assert claim_found(paper, "7% increase in recycling", "7%").indicator is None
    # a subject of its own changed by the figure: household waste, not the composting of the item before
    assert claim_found(paper, "tonnes or 4.5%", "4.5%").indicator is None


# http://decisionmaking.westberks.gov.uk/mgAi.aspx?ID=22454 (West Berkshire Health and Wellbeing Board)
def test_quarters_named_in_words_are_no_claims(tmp_path_factory):
    text = ("The report focused on quarters one and two of 2014/15. Appendix one contained the completed data set.\n\n"
            "·         In reception the rate had gone up slightly from 18.9 to 19.3%.\n")
    paper = written_paper_claims(tmp_path_factory, "West Berkshire Council - Health and Wellbeing Board", text)
    assert no_claim_at(paper, "quarters one and two", "two")
    assert claim_found(paper, "to 19.3%", "19.3%").from_value == 18.9


def test_a_change_in_the_number_of_an_unnamed_group_keeps_the_sentence_befores_measure(tmp_path_factory):
    text = ("At the end of December 2024, there were 2,287 family cases open to Early Help units. This is an 8.6% "
            "increase in the number of families supported when compared to the end of the previous Quarter (2,105).\n\n"
            "There was an increase of 12% in the number of children looked after. Attendance rose with an increase of "
            "3% in the year.\n")
    paper = written_paper_claims(tmp_path_factory, "Kent County Council - Cabinet 2025-03-27", text)
    assert claim_found(paper, "an 8.6%", "8.6%").indicator == "early_help_cases"
    assert claim_found(paper, "increase of 12%", "12%").indicator == "children_looked_after"
    assert claim_found(paper, "increase of 3%", "3%").indicator == "school_attendance"


def test_the_ends_of_a_reported_period_and_an_as_at_date_are_no_meeting_date():
    # https://democracy.sholland.gov.uk/mgAi.aspx?ID=8557 (South Holland): the report's quarter, not its meeting
    quarter = ("Quarter 3 2017-18 Performance Overview Report\n\nConsideration was given to the report which provided an "
               "update on Council performance for the period 1 October 2017 to 31 December 2017.\n")
    assert find_meeting_date(quarter) is None
    # the profile of a virtual school's learners "(at 31.08.15)" (Northumberland, claims round 48's page)
    assert find_meeting_date("Profile of the learners in the Virtual School (at 31.08.15)\n") is None
    # a meeting's own date still reads, in the heading and as "Meeting: 19/12/2023 - Cabinet"
    assert find_meeting_date("Cabinet\n\nTuesday 13th March 2018\n\nReport for the period 1 October 2017 to 31 December 2017\n") == "2018-03-13"
    assert find_meeting_date("Meeting: 19/12/2023 - Cabinet (Item 67)\n") == "2023-12-19"


# https://shropshireperformance.inphase.com/Detail/423_2238 (Shropshire, one performance page per indicator)
SHROPSHIRE_ADMISSIONS = """Permanent admissions to residential and nursing care homes per 100,000 population for those aged 18-64

Permanent admissions of adults (aged 18-64) into residential/nursing care homes, per 100,000 population (annual cumulative).

Smaller values are best

Performance at the end of 2016/17 was lower (better) than the comparator family group (12.5) and England (12.8) averages.
"""


def test_a_sentence_about_performance_on_a_one_measure_page_takes_the_measure_its_title_names(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Shropshire Council - Performance", SHROPSHIRE_ADMISSIONS)
    assert claim_found(paper, "group (12.5)", "12.5").indicator == "care_home_admissions"
    assert claim_found(paper, "England (12.8)", "12.8").indicator == "care_home_admissions"


def test_a_page_title_naming_no_measure_gives_none_and_other_subjects_take_nothing_from_it(tmp_path_factory):
    text = ("Quarter 2 Housing Performance Report\n\nPerformance at the end of 2016/17 was 12.5.\n\n"
            "Permanent admissions to residential and nursing care homes\n\nThe council held 420 events at the end of 2016/17.\n")
    paper = written_paper_claims(tmp_path_factory, "Thanet District Council - Cabinet 2023-03-16", text)
    assert claim_found(paper, "was 12.5", "12.5").indicator is None
    assert claim_found(paper, "held 420", "420").indicator is None


# https://moderngov.southkesteven.gov.uk/mgAi.aspx?ID=33838 (South Kesteven, Housing Overview and Scrutiny, 2 October 2025)
SOUTH_KESTEVEN = """Reactive Repairs – In House
Emergency Repairs completed on time was 100% and showed green for August. The number of overdue repairs was decreasing and for August was down to 1405, in February that figure had been 2,118, so improvement could be seen.
"""


def test_a_date_opening_another_figures_clause_is_that_figures_and_emergency_repairs_on_time(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "South Kesteven District Council - Housing Overview and Scrutiny Committee 2025-10-02", SOUTH_KESTEVEN)
    assert claim_found(paper, "down to 1405", "1405").as_of == "2025-08"
    assert claim_found(paper, "had been 2,118", "2,118").as_of == "2025-02"
    assert claim_found(paper, "on time was 100%", "100%").indicator == "repairs_emergency_in_time"


def test_money_raised_for_a_charity_is_not_the_councils_income(tmp_path_factory):
    # Kent County Council minutes, 19 December 2024 (corpus/kent), and written lines for the guards
    text = ("9) The Remembrance Festival held in November raised £5,000 for the Royal British Legion and the Army "
            "Benevolent Fund.\n\nStaff slept out at the WW1 Trenches and raised £3,335 for the charity.\n\n"
            "The new parking charges would raise £1.2m for the Council.\n\nThe scheme raised £40,000 in its first year.\n")
    paper = written_paper_claims(tmp_path_factory, "Kent County Council - County Council 2024-12-19", text)
    assert claim_found(paper, "raised £5,000", "£5,000").indicator is None
    assert claim_found(paper, "raised £3,335", "£3,335").indicator is None
    assert claim_found(paper, "raise £1.2m", "£1.2m").indicator == "income"
    assert claim_found(paper, "raised £40,000", "£40,000").indicator == "income"
