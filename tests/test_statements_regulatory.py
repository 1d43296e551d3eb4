"""Statements in regulatory, revenues, bereavement, health and wellbeing and economic papers (round 31 probes): a
trading standards and licensing annual report, a council tax reduction scheme review, a bereavement services
improvement plan, Health and Wellbeing Board minutes, a UK Shared Prosperity Fund delivery update.

Every paper and sentence here is written for the test, in the layouts those papers use; the paper is read
through the real reader, sectioner and units (`_statements_of_text`).
"""

import pytest
from test_statements import _find, _statements_of_text, nlp  # noqa: F401  (nlp is a fixture)

from miner.nlp.dates import find_deadline
from miner.nlp.statements import header_kind, sentence_rule


def _kind(text, minutes=False):
    rule = sentence_rule(text, minutes=minutes)
    return rule and rule[0]


@pytest.mark.parametrize("text", [
    "The crematorium's two cremators were installed in 2006 and are at the end of their working life.",
    "In 2023/24 the crematorium lost 37 operating days to cremator breakdowns, and 62 services had to be rescheduled.",
    "Burial space is running out.",
    "At current rates of burial, Northfield Cemetery will be full by 2027, and there is no remaining capacity at St Anne's Road.",
    "The current scheme is based on the old Council Tax Benefit rules and has not kept pace with the roll out of Universal Credit.",
    "Complaints performance fell short of target in quarters 2 and 3 as a result of the vacancies described at 5.2.",
    "The principal risk is that the programme is not fully spent by 31 March 2025.",
])
def test_named_difficulties_of_a_service_are_challenges(text):
    """Worn-out plant, lost operating days, capacity running out (a forecast that a cemetery "will be full by 2027"
    is no promise), a scheme that has fallen behind, a target missed, the main risk: each a challenge."""
    assert _kind(text) == "challenge"


def test_equipment_installed_long_ago_is_not_an_achievement_but_installed_equipment_is():
    assert _kind("New cremators were installed in March 2024.") == "achievement"
    assert _kind("The boilers were installed in 1998 and are nearing the end of their useful life.") == "challenge"


def test_a_breakdown_of_figures_is_no_difficulty():
    assert _kind("Appendix B gives breakdowns of the spend by ward.") is None


@pytest.mark.parametrize("text", [
    "The Board was informed that the metric for avoidable admissions was on track, but that the number of people "
    "discharged to their usual place of residence was below plan at 91.2% against 93.0%.",
    "It was noted that the suicide rate in Kingsmere was 12.4 per 100,000, higher than the England rate of 10.3.",
])
def test_a_health_measure_on_the_wrong_side_of_its_plan_or_the_england_rate_is_a_challenge_in_minutes(text):
    assert _kind(text, minutes=True) == "challenge"


def test_a_lower_is_better_measure_below_plan_is_no_shortfall():
    assert _kind("Avoidable admissions were below plan at 610 against 640.") != "challenge"


@pytest.mark.parametrize("text", [
    "The report highlighted that smoking prevalence among adults had fallen from 16.1% to 13.8%.",
    "The Healthy Start vitamin scheme had been extended to all children's centres.",
    "Officers have agreed a mutual aid arrangement with Ashcombe Crematorium so that services can be transferred.",
])
def test_progress_reported_to_a_board_is_an_achievement(text):
    assert _kind(text, minutes=True) == "achievement"


@pytest.mark.parametrize("text", [
    "The Government has announced that it intends to introduce national minimum standards for taxi licensing.",
    "The Government confirmed in its Autumn Budget that UKSPF will continue for a transition year in 2025/26.",
    "The software supplier has confirmed that the update will be available in December 2024.",
])
def test_what_the_government_or_a_supplier_says_it_will_do_is_not_the_councils_promise(text):
    assert _kind(text) is None


def test_the_council_acting_on_a_government_announcement_is_still_its_promise():
    assert _kind("The Government has confirmed funding of £2m, which the Council will use to build 40 homes by 2026.") == "commitment"


def test_the_next_meeting_taking_place_is_no_promise():
    assert _kind("The next meeting of the Board will take place on 23 April 2025.", minutes=True) is None


def test_a_full_date_after_on_in_a_future_clause_is_a_deadline():
    assert find_deadline("Following comments, the plan will be presented to Cabinet on 25 March 2025 for approval.")[2] == "2025-03-25"
    assert find_deadline("The works are scheduled to start on 3 June 2025.")[2] == "2025-06-03"
    # when something happened is no deadline, also beside a later one
    assert find_deadline("Cabinet approved the plan on 12 March 2024.") is None
    assert find_deadline("The scheme was agreed by Council on 19 February 2025 and will be implemented from April 2025.")[2] == "2025-04"


def test_lead_ins_to_actions_to_be_taken_and_to_main_risks():
    assert header_kind("The following actions will be taken to implement the scheme:") == "commitment"
    assert header_kind("8.1 The main risks are:") == "challenge"
    assert _kind("The main risks are:") is None


REVIEW = """Northavon District Council

Cabinet

12 November 2024

Council Tax Reduction Scheme Review 2025/26

7. Implementation

7.1 The following actions will be taken to implement the scheme:

- Update the benefits system software by 31 January 2025.
- Train customer services and revenues staff before the scheme goes live.

8. Risks

8.1 The main risks are:

- Collection rates from CTR recipients may fall further if households struggle to pay.
- Delays by the software supplier could prevent the scheme going live on 1 April 2025.

9. Next steps

9.1 Following the Panel's comments, the plan will be presented to Cabinet on 25 March 2025 for approval.
"""


@pytest.fixture(scope="module")
def review(nlp, tmp_path_factory):  # noqa: F811
    return _statements_of_text(nlp, tmp_path_factory.mktemp("ctr"), REVIEW)


def test_items_under_actions_to_be_taken_are_commitments_dated_or_not(review):
    assert [(s.kind, s.deadline) for s in _find(review, "benefits system software")] == [("commitment", "2025-01-31")]
    assert [s.kind for s in _find(review, "Train customer services")] == ["commitment"]
    assert not _find(review, "The following actions")


def test_items_under_the_main_risks_are_challenges(review):
    assert [s.kind for s in _find(review, "Collection rates")] == ["challenge"]
    assert [s.kind for s in _find(review, "Delays by the software supplier")] == ["challenge"]


def test_a_next_step_to_a_dated_meeting_is_a_commitment_due_that_day(review):
    assert [(s.kind, s.deadline) for s in _find(review, "presented to Cabinet")] == [("commitment", "2025-03-25")]


@pytest.mark.parametrize("text", [
    "Collection is 0.8 percentage points lower than at the same point last year.",
    "Performance on new claims has been affected by the implementation of a new document management system in October.",
    "The Director advised that spending on the skills strand was behind profile, with £180,000 of the £450,000 allocation spent.",
    "The Discretionary Housing Payment budget is expected to be fully committed by February 2025, after which no further "
    "awards can be made this year.",
])
def test_revenue_and_programme_difficulties_are_challenges(text):
    """A collection rate behind last year's, performance hit by a system change, spending behind profile, and a
    budget whose running out stops awards (its "is expected to ... by February 2025" is no schedule of the council's)."""
    assert _kind(text, minutes=True) == "challenge"


@pytest.mark.parametrize("text", [
    "Business rates collection was 85.6% at 31 December 2024, ahead of the profiled target of 84.0%.",
    "The Household Support Fund round 6 allocation of £1.21m was fully spent by 30 September 2024, supporting 4,760 households.",
    "Vacancy rates in Harlow Ford town centre had fallen from 17% to 12% since 2022.",
])
def test_revenue_and_town_centre_results_are_achievements(text):
    assert _kind(text, minutes=True) == "achievement"


def test_a_placement_service_minimising_breakdowns_states_no_difficulty():
    assert _kind("The placements are well supported to minimise breakdowns and placement moves.") is None


@pytest.mark.parametrize("text", [
    "The Department for Work and Pensions will complete the migration of Housing Benefit claimants to Universal Credit by March 2026.",
    "The outcome of this inspection will be published in a report on 1 June 2020.",
])
def test_a_departments_or_inspectorates_schedule_is_not_the_councils_promise(text):
    assert _kind(text) is None


def test_a_strategy_that_would_focus_on_named_priorities_states_priorities_in_minutes():
    assert _kind("The strategy would focus on three priorities: supporting business growth, improving skills, and "
                 "revitalising the town centres.", minutes=True) == "priority"
    assert _kind("Work would focus on the backlog of assessments.", minutes=True) == "commitment"


def test_members_concerns_in_debate_are_their_views():
    assert _kind("Members were concerned that any funding not spent by 31 March 2025 would have to be returned.", minutes=True) is None


@pytest.mark.parametrize("text, kind", [
    ("The average wait between death and cremation was 11 days, compared with 16 days a year ago.", "achievement"),
    ("In-year collection was 82.9%, compared with 83.7% at the same point last year.", "challenge"),
    ("Sickness absence was 9.1 days per employee, compared with 8.2 days last year.", "challenge"),
    ("Satisfaction with the service was 94%, compared with 89% in 2023.", "achievement"),
    ("Referrals rose to 4,300, compared with 4,120 last year.", None),
])
def test_a_figure_against_its_own_earlier_value_is_read_by_which_way_is_better(text, kind):
    """Less is better for a time (days) or a lower-is-better measure, more for collection or satisfaction; a count of
    demand has no better way."""
    from miner.nlp.statements_fields import against_previous

    assert against_previous(text) == kind


def test_a_wait_shorter_than_a_year_ago_is_an_achievement_in_minutes(nlp, tmp_path):  # noqa: F811
    paper = ("Joint Crematorium Committee\n\nMinutes of the meeting held on 7 March 2025\n\n3. MANAGER'S REPORT\n\n"
             "A member asked about waiting times. The Manager confirmed that the average wait between death and cremation "
             "was 11 days, compared with 16 days a year ago.\n")
    found = _find(_statements_of_text(nlp, tmp_path, paper, doc_kind="minutes"), "average wait")
    assert [s.kind for s in found] == ["achievement"]


UKSPF = """Economy, Regeneration and Skills Committee
18 September 2024

UK Shared Prosperity Fund - Delivery Update

5.0 OUTPUTS AND OUTCOMES

5.1 The table below shows progress against the main outputs in the Investment Plan.

| Output | Target 2024/25 | Achieved to 30 June 2024 |
| Businesses receiving grants | 90 | 75 |
| Jobs created | 120 | 87 |

6.0 NEXT STEPS

6.1 Over the remaining months of the programme the Council will:

- Launch a second round of Business Growth Grants in October 2024.
"""


def test_an_outputs_table_against_its_targets_records_nothing(nlp, tmp_path):  # noqa: F811
    """Like a KPI rating table, its figures are the report's to discuss in prose; the rows are not one achievement."""
    found = _statements_of_text(nlp, tmp_path, UKSPF)
    assert not _find(found, "Jobs created")
    assert [s.kind for s in _find(found, "second round")] == ["commitment"]
