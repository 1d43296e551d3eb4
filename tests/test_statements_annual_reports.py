"""Statements in services' annual reports and strategy reviews the gold does not have (round 30 probes): a
fostering service annual report with its placement sufficiency strategy, a Regional Adoption Agency's and a
Virtual School Head's annual reports, a Better Care Fund plan and year-end report, a domestic abuse safe
accommodation strategy's annual review, a parks and trees strategy action plan update.

Every paper and sentence here is written for the test, in the layouts those papers use; the paper is read
through the real reader, sectioner and units (`_statements_of_text`).
"""

import pytest
from test_statements import _statements_of_text, nlp  # noqa: F401  (nlp is a fixture)

from miner.nlp.statements import sentence_rule


def _kind(text):
    rule = sentence_rule(text)
    return rule and rule[0]


@pytest.mark.parametrize("text", [
    "Satisfaction with the support provided by supervising social workers rose to 91% in the annual foster carer survey.",
    "The quality of PEPs rated good or better rose to 81%, the highest ever level.",
    "The proportion of care leavers aged 19 to 21 in education, employment or training reached its highest ever level, at 61%.",
    "The average number of days between a child entering care and moving in with their adoptive family fell to 402 days, "
    "below the national average of 433 days.",
    "The average time from initial enquiry to approval at panel reduced from 9.2 months to 7.1 months.",
    "Suspensions fell from 212 to 164.",
    "The Discharge Fund was used to commission extra home care over winter, and delayed discharges fell to their lowest level since 2021.",
])
def test_a_measure_that_moved_the_right_way_in_the_year_is_an_achievement(text):
    """A service's result reported for the past year: higher is better for satisfaction, quality rated good or
    better, young people in education, employment or training; lower is better for days to placement, time to
    approval, suspensions, delayed discharges (the tuned gold records "has now risen to 23%" of outstanding
    schools as an achievement)."""
    assert _kind(text) == "achievement"


@pytest.mark.parametrize("text", [
    "The proportion of Year 11 pupils achieving grade 4 or above in English and maths fell to 12%, from 16% in 2023.",
    "Persistent absence among children looked after increased to 19.3%, from 17.1% in 2022-23.",
    "MARAC heard 1,146 cases in 2023/24, up from 1,012, and the repeat referral rate rose to 38%.",
])
def test_a_measure_that_moved_the_wrong_way_in_the_year_is_a_challenge(text):
    assert _kind(text) == "challenge"


@pytest.mark.parametrize("text", [
    "Enquiries from prospective foster carers fell to 311, from 402 in the previous year.",
    "Referrals to children's social care rose to 4,120 in 2023/24.",
    "Sickness absence is forecast to fall to 8 days by March 2026.",
])
def test_demand_and_forecasts_are_neither_progress_nor_setback(text):
    """A count of demand has no good direction (a rise in referrals is no achievement), and a forecast is no
    result."""
    assert _kind(text) is None


def test_a_rise_still_short_of_the_average_is_not_read_as_progress():
    assert _kind("Attainment rose to 61%, still below the national average of 65%.") == "challenge"


@pytest.mark.parametrize("text", [
    "We commissioned a specialist service for victims from Black and minority ethnic communities in July 2024.",
    "The Virtual School introduced an attendance panel in January 2024 to review every child whose attendance falls below 90%.",
    "After 19 households were de-registered, this gave a net gain of 5 households, the first net gain in four years.",
    "National conditions: all four national conditions were fully met.",
])
def test_past_deliveries_of_a_services_annual_report_are_achievements(text):
    assert _kind(text) == "achievement"


def test_conditions_and_costs_met_are_told_apart():
    assert _kind("The costs of the scheme were met from the Better Care Fund.") != "achievement"


REVIEW = """Health and Wellbeing Board
18 July 2024

Better Care Fund Plan 2024-25 and Year-End Report 2023-24

3. Year-end performance 2023-24

3.1 Avoidable admissions: the rate of unplanned hospitalisation for chronic ambulatory care sensitive conditions was 712 per 100,000 population, against a plan of 690. Not met.

3.2 The proportion of older people still at home 91 days after discharge from hospital into reablement was 84.2%, against a plan of 83%. Met.

3.3 Discharge to usual place of residence: 92.8% of people were discharged to their usual place of residence, against a plan of 92.0%. Met.

4. BCF Plan 2024-25

4.1 The plan contains 38 schemes. The following schemes will be commissioned in 2024-25:
- a falls response service, operating seven days a week;
- an expanded Home First discharge to assess pathway.

5. Strategy action plan

Action 1: Commission 12 additional refuge units by March 2025 - On track.
Action 2: Extend the sanctuary scheme to private tenants - Complete.
Action 3: Develop dispersed accommodation for male victims - Not started.
Action 4: Introduce a Domestic Abuse Housing Alliance accreditation for the housing service by March 2026 - On track.

6. Priorities for 2024-25

6.1 The Virtual School's priorities for 2024-25 are:
- reduce persistent absence to below 15% by the end of the 2024/25 school year;
- extend the role of the Virtual School to all children in kinship care.
"""


@pytest.fixture(scope="module")
def review(nlp, tmp_path_factory):  # noqa: F811
    return _statements_of_text(nlp, tmp_path_factory.mktemp("bcf"), REVIEW)


def _find(statements, words):
    return [s for s in statements if words in s.text]


def test_a_figure_against_its_plan_takes_the_rating_after_it(review):
    """A Better Care Fund year-end entry: the year's figure against its plan, then "Met." or "Not met." on the same
    line. The figure is the result the rating types (not last year's promise restated, as a priority's name before
    "Achieved." is)."""
    assert [s.kind for s in _find(review, "against a plan of 690")] == ["challenge"]
    assert [s.kind for s in _find(review, "against a plan of 83%")] == ["achievement"]
    assert [s.kind for s in _find(review, "against a plan of 92.0%")] == ["achievement"]  # the figure before the verb


def test_schemes_that_will_be_commissioned_are_each_a_commitment(review):
    assert [s.kind for s in _find(review, "falls response service")] == ["commitment"]
    assert [s.kind for s in _find(review, "Home First")] == ["commitment"]
    assert not _find(review, "The following schemes")


def test_an_action_lines_status_after_a_dash_decides_its_kind(review):
    assert [s.kind for s in _find(review, "refuge units")] == ["commitment"]
    assert [s.kind for s in _find(review, "sanctuary scheme")] == ["achievement"]
    assert [s.kind for s in _find(review, "dispersed accommodation")] == ["challenge"]
    # "On track." parsed as a sentence of its own rates the line it ends; the action is kept, without the dash
    ((accreditation,),) = [_find(review, "Housing Alliance accreditation")]
    assert (accreditation.kind, accreditation.deadline) == ("commitment", "2026-03")
    assert accreditation.text.endswith("by March 2026")


def test_a_priority_due_by_the_end_of_a_school_year_is_due_in_july(review):
    (absence,) = _find(review, "persistent absence")
    assert (absence.kind, absence.deadline) == ("priority", "2025-07")
