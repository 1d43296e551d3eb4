"""Claims round 38, precision on decision reports, minutes and short reports, read through the real pipeline: a policy's
code numbers the policy ("CSW 8, 12 and 17"); a contents line ends in its page number and a table's first cell may
number its row; a paragraph the paper prints elsewhere is cited, not counted ("notwithstanding 17.55,"); a duration in
brackets after a date is the dated span's length; minutes, resolutions, policy versions and revisions are labels; a
plan's objectives and goals are its parts; "in three decades" measures nothing; "N years lower" is a gap, not the
measure's level; representations received are consultation responses and "of debt" is borrowing; a level after its
change moves the change's way; "(the same as the previous Quarter)" and an earlier period's "when there were four fewer"
compare with the previous period."""


import pytest
from conftest import CORPUS, claim_found as _at, no_claim_at, paper_claims

KENT = CORPUS / "kent"
WEB = CORPUS / "web"


@pytest.fixture(scope="module")
def minerals():
    return paper_claims(KENT / "Adoption of the Kent Minerals and Waste Local Plan 2024-2039.txt")


@pytest.fixture(scope="module")
def appraisal():
    return paper_claims(KENT / "Appendix D - Kent Minerals and Waste Local Plan - Non-Technical summary.txt")


@pytest.fixture(scope="module")
def constitution():
    return paper_claims(KENT / "Appendix 2 - Constitution changes.txt")


@pytest.mark.parametrize("context, quote", [
    ("changes to policies CSW 8, 12 and 17 and", "8"),
    ("changes to policies CSW 8, 12 and 17 and", "12"),
    ("changes to policies CSW 8, 12 and 17 and", "17"),
    ("CSW 15; DM 2; DM 3", "15"),
    ("DM 20; and DM 22 to ensure", "22"),
])
def test_a_policy_code_numbers_the_policy(minerals, context, quote):
    assert no_claim_at(minerals, context, quote)


@pytest.mark.parametrize("context, quote", [
    ("policies CSM 3 and CSW 5, there is", "5"),
    ("a spatial element, CSW 17 relating to", "17"),
])
def test_a_policy_code_in_prose_numbers_the_policy(appraisal, context, quote):
    assert no_claim_at(appraisal, context, quote)


@pytest.mark.parametrize("context, quote", [
    ("9th April 2021 (14 days)", "14 days"),
    ("5th December 2022 (6 weeks)", "6 weeks"),
    ("extending the plan period to 2038 and", "2038"),
])
def test_a_dated_span_and_a_plan_period_measure_nothing(minerals, context, quote):
    assert no_claim_at(minerals, context, quote)


def test_representations_received_are_consultation_responses(minerals):
    claim = _at(minerals, "In response to this consultation 58 representations were received", "58")
    assert (claim.value, claim.indicator) == (58, "consultation_responses")


@pytest.mark.parametrize("context, quote", [
    ("1.1. Background 3", "3"),
    ("1.4. How would the baseline change without the upd KMWLP? 7", "7"),
    ("Table 2 Effect Symbols 15", "15"),
    ("| 7 Landscape and the historic environment |", "7"),
])
def test_contents_pages_and_row_numbers_are_no_claims(appraisal, context, quote):
    assert no_claim_at(appraisal, context, quote)


def test_a_gap_in_years_is_no_level_of_life_expectancy(appraisal):
    assert _at(appraisal, "Life expectancy is 9 years lower for men", "9 years").indicator is None


def test_a_measure_level_keeps_its_indicator(appraisal):
    # guard: the rules above leave the baseline's own figures alone
    assert _at(appraisal, "to 4.2 tonnes per capita in 2022", "4.2 tonnes").indicator == "carbon_emissions_per_resident"
    assert _at(appraisal, "39% of household waste was reused", "39%").indicator == "recycling_rate"


@pytest.mark.parametrize("context, quote", [
    ("However, notwithstanding 17.55, an allegation", "17.55"),
    ("referenced in 17.54 is as follows", "17.54"),
    ("providing at least four weeks notice", "four weeks"),
])
def test_cited_paragraphs_and_notice_periods_are_no_claims(constitution, context, quote):
    assert no_claim_at(constitution, context, quote)


@pytest.mark.parametrize("paper, context, quote", [
    ("Devon County Council - Cabinet 2023-10-11.txt", "(Minute *359 of 12 July 2023)", "359"),
    ("Vale of Glamorgan Council - Scrutiny Committee (Environment and Regeneration) 2018-05-17.txt",
     "resolutions 1, 2 and 4 of the", "2"),
    ("London Borough of Havering - Cabinet 2023-07-20.txt", "Allocations Policy 2.0\n\n20/07", "2.0"),
    ("Flintshire County Council - Cabinet 2017-03-14.txt", "the seven national Well-being goals", "seven"),
    ("North East Derbyshire District Council - Cabinet 2024-05-23.txt", "the four Council Plan objectives", "four"),
    ("North West Leicestershire District Council - Cabinet 2018-06-12.txt", "for the first time in three decades", "three"),
])
def test_labels_and_a_plans_parts_in_committee_pages_are_no_claims(paper, context, quote):
    assert no_claim_at(paper_claims(WEB / paper), context, quote)


@pytest.mark.parametrize("paper, context, quote, indicator", [
    ("North East Derbyshire District Council - Cabinet 2024-05-23.txt", "all four Scrutiny Committees had", "four", None),
    ("North West Leicestershire District Council - Cabinet 2018-06-12.txt", "resettlement of two Syrian refugee families",
     "two", None),
    ("London Borough of Bromley - Development Control Committee 2015-12-10.txt",
     "with over 1,100 individual responses being received", "1,100", "consultation_responses"),
    ("South Cambridgeshire District Council - Lead Cabinet member for Housing 2010-07-05.txt",
     "to take on £197 million of debt incurred", "£197 million", "borrowing"),
])
def test_real_counts_and_amounts_in_committee_pages_stay_claims(paper, context, quote, indicator):
    assert _at(paper_claims(WEB / paper), context, quote).indicator == indicator


def test_a_school_year_cell_is_no_row_number():
    # guard: "| 85 Year R temp places |" in a decision record's table is a count of places, not the row's number
    paper = paper_claims(KENT / "24-00096 - PRoD.txt")
    assert _at(paper, "| 85 Year R temp places", "85").value == 85


def test_numbers_after_a_label_noun_and_a_dash_are_its_labels():
    # Oldham's "Five Options – 1, 2,3 4 and 5 were detailed": the count opens the sentence, the run names the options
    paper = paper_claims(WEB / "Oldham Council - Cabinet 2023-07-17.txt")
    assert _at(paper, "Five Options – 1, 2,3 4 and 5", "Five").value == 5
    for quote in ("1", "3", "4", "5"):
        assert no_claim_at(paper, "Five Options – 1, 2,3 4 and 5 were", quote)


@pytest.mark.parametrize("context, quote, direction", [
    ("has generally fallen in recent years, to 554kg in 2021/22", "554kg", "down"),
    ("fell again in 2022/23 by 2.4% to just under 679,000 tonnes", "679,000 tonnes", "down"),
    ("a reduction in carbon dioxide emissions, to 4.2 tonnes", "4.2 tonnes", "down"),
    ("grew by 28.9%, to 64,230", "64,230", "up"),
    ("an increase of c. 6.5%", "6.5%", "up"),
])
def test_a_level_after_its_change_moves_the_changes_way(appraisal, context, quote, direction):
    assert _at(appraisal, context, quote).direction == direction


@pytest.fixture(scope="module")
def cabinet_committee():
    return paper_claims(KENT / "Minutes of the meeting held on 9th January 2025.txt")


def test_the_same_as_the_previous_quarter_is_its_own_comparator_value(cabinet_committee):
    claim = _at(cabinet_committee, "11 indicators showed a positive trend (the same as the previous Quarter)", "11")
    assert (claim.comparator, claim.comparator_value, claim.direction) == ("previous", 11, None)


@pytest.mark.parametrize("context, quote, direction", [
    ("when there were four fewer KPIs on an improving trend", "four", "up"),
    ("and six more KPIs on a worsening trend", "six", "down"),
])
def test_a_difference_of_the_earlier_period_moves_the_count_the_other_way(cabinet_committee, context, quote, direction):
    claim = _at(cabinet_committee, context, quote)
    assert (claim.comparator, claim.direction) == ("previous", direction)
