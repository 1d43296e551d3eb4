"""Statements in statutory and partnership reports and their reviews the gold does not have (round 29 probes): a
Director of Public Health's annual report with its recommendations to the council and partners and next year's
update on them, a Police and Crime Commissioner's plan reported by the Commissioner's office, a Youth Justice Plan
reviewing last year's priorities, a Family Hubs programme update, a regulatory services service plan and outturn,
a leisure strategy's action plan progress report.

Every paper and sentence here is written for the test, in the layouts those papers use; each paper is read
through the real reader, sectioner and units (`_statements_of_text`), with the meeting date from its front
matter.
"""

import pytest
from test_statements import _statements_of_text, nlp  # noqa: F401  (nlp is a fixture)

from miner.nlp.statements import is_lead_in, sentence_rule
from miner.nlp.statements_fields import lead_in_actor, lead_in_due

DPH = """Carrowby City Council

Health and Wellbeing Board

Date of meeting: 16 November 2023

Report title: Director of Public Health Annual Report 2023

Report from: Director of Public Health

2. Key findings

2.1 Adult smoking prevalence in Carrowby was 16.8% in 2022, compared with 12.7% in England.

3. Recommendations

3.1 The report makes the following recommendations to the Council and its partners:

R1. The Council should commission a specialist stop-smoking service for pregnant women, working with Carrowby Maternity Services, by April 2024.

R2. Every primary school in Carrowby should adopt the Daily Mile by the end of the 2023/24 school year.

R3. The Council should introduce a Supplementary Planning Document restricting new hot food takeaways.
Response: Not accepted.

4. Next steps

4.1 The Board is asked to endorse the recommendations. The Director of Public Health will report progress against each recommendation in next year's annual report.
"""


@pytest.fixture(scope="module")
def dph(nlp, tmp_path_factory):  # noqa: F811
    return _statements_of_text(nlp, tmp_path_factory.mktemp("dph"), DPH)


def _find(statements, words):
    return [s for s in statements if words in s.text]


def test_a_reports_own_recommendations_to_the_council_and_partners_are_commitments(dph):
    """"The report makes the following recommendations to the Council and its partners:": what the Board endorses
    and next year's report reviews, like an accepted recommendation; the one the response rejects is none."""
    (r1,) = _find(dph, "specialist stop-smoking service")
    assert (r1.kind, r1.deadline, r1.actor) == ("commitment", "2024-04", "The Council")
    assert not r1.text.startswith("R1")
    assert [s.kind for s in _find(dph, "Daily Mile")] == ["commitment"]
    assert _find(dph, "hot food takeaways") == []
    assert _find(dph, "makes the following recommendations") == []


def test_the_author_offices_own_promise_after_a_request_to_the_meeting(dph):
    """"The Board is asked to endorse ..." is the report's request; the Director's undertaking after it in the same
    paragraph is a commitment (the paper is the Director's)."""
    assert _find(dph, "asked to endorse") == []
    (report,) = _find(dph, "will report progress against each recommendation")
    assert report.kind == "commitment" and report.actor == "The Director of Public Health"


PCC = """Westmarch Police and Crime Panel

Date of meeting: 19 September 2024

Report title: Police and Crime Plan 2024-2029: Priorities and Commitments

Report from: Chief Executive, Office of the Police and Crime Commissioner for Westmarch

3. Priority 1: Visible neighbourhood policing

3.1 The Commissioner will fund an increase in the number of neighbourhood officers from 450 to 500 by March 2025, so that every ward has a named officer.

6. Priority 4: Tackling serious violence

6.1 Working with the Westmarch Violence Reduction Unit, by March 2025 the Commissioner will:

(a) publish a refreshed Serious Violence Strategy for Westmarch;
(b) extend the Safer Streets hospital navigator scheme to Fordham General Hospital.
"""


@pytest.fixture(scope="module")
def pcc(nlp, tmp_path_factory):  # noqa: F811
    return _statements_of_text(nlp, tmp_path_factory.mktemp("pcc"), PCC)


def test_the_commissioners_promise_in_a_paper_from_the_commissioners_office(pcc):
    """"Report from: Chief Executive, Office of the Police and Crime Commissioner": the field's colon does not hide
    the office, whose Commissioner's acts are the paper's promises."""
    (officers,) = _find(pcc, "neighbourhood officers from 450 to 500")
    assert (officers.kind, officers.deadline) == ("commitment", "2025-03")


def test_a_lead_in_opening_with_whom_the_author_works_with_passes_its_due_date_and_owner(pcc):
    (strategy,) = _find(pcc, "publish a refreshed Serious Violence Strategy")
    assert (strategy.kind, strategy.deadline, strategy.actor) == ("commitment", "2025-03", "The Commissioner")
    assert [s.deadline for s in _find(pcc, "hospital navigator scheme")] == ["2025-03"]


REVIEW = """Westmarch Council

Cabinet

15 July 2024

Youth Justice Plan 2024-25

1. Summary
1.1 This report presents the Youth Justice Plan 2024-25 and reviews progress against the 2023-24 plan.
4. Review of 2023-24 priorities
Priority 1: Reduce first-time entrants. Achieved. The Turnaround programme worked with 64 children and the out-of-court disposal panel was relaunched.
Priority 3: Reduce serious youth violence. Not achieved. Knife-related offences by children rose by 9%.
R5 (healthy weight): Carried forward. Work on the Healthy Weight Strategy was paused while the Government's proposals were finalised. A draft strategy will now go to the Board in June 2025.
5. Progress against the action plan
Action 1: Refurbish Eastgate Leisure Centre by September 2024 - Status: Complete
Action 2: Replace the pool at Northfield by 2026 - Status: Amber.
Action 3: Launch a free swimming offer for children in care - Status: Red. Funding has not been identified.
6. Next steps
6.1 Over the next six months the programme will:
- recruit 10 Family Hub Champions from the voluntary sector;
- roll out the digital Family Hub front door.
7. Outturn
7.1 Environmental health achieved the following in 2023/24:
- cleared the backlog of unrated food businesses;
- secured 3 prosecutions for rogue trading.
"""


@pytest.fixture(scope="module")
def review(nlp, tmp_path_factory):  # noqa: F811
    return _statements_of_text(nlp, tmp_path_factory.mktemp("review"), REVIEW)


def test_a_rated_entry_is_its_evidence_not_last_years_promise_again(review):
    """"Priority 1: Reduce first-time entrants. Achieved. The Turnaround programme worked with ...": the entry's name
    and its rating are no statements; what follows the rating takes its kind when no rule reads it."""
    assert _find(review, "Reduce first-time entrants") == []
    assert _find(review, "Achieved") == []
    assert [s.kind for s in _find(review, "Turnaround programme worked with 64 children")] == ["achievement"]
    assert [s.kind for s in _find(review, "Knife-related offences")] == ["challenge"]
    assert [s.kind for s in _find(review, "was paused while")] == ["challenge"]
    (draft,) = _find(review, "A draft strategy will now go to the Board")
    assert (draft.kind, draft.deadline) == ("commitment", "2025-06")  # a rule reads it: the rating does not


def test_a_numbered_actions_status_says_whether_it_is_done_or_behind(review):
    assert [s.kind for s in _find(review, "Refurbish Eastgate Leisure Centre")] == ["achievement"]
    assert [s.kind for s in _find(review, "Replace the pool at Northfield")] == ["commitment"]
    assert [s.kind for s in _find(review, "Launch a free swimming offer")] == ["challenge"]
    assert [s.kind for s in _find(review, "Funding has not been identified")] == ["challenge"]


def test_items_of_a_lead_in_counting_months_from_the_meeting_are_due_then(review):
    (champions,) = _find(review, "recruit 10 Family Hub Champions")
    assert (champions.kind, champions.deadline) == ("commitment", "2025-01")
    assert _find(review, "Over the next six months") == []


def test_a_lead_in_naming_its_period_after_the_following_is_no_statement(review):
    assert _find(review, "achieved the following") == []
    assert [s.kind for s in _find(review, "cleared the backlog of unrated food businesses")] == ["achievement"]


@pytest.mark.parametrize("text, kind", [
    ("Funding for the programme has not been secured.", "challenge"),
    ("The grant has been held at the 2023-24 level, a real-terms cut.", "challenge"),
    ("Open a six-bed Housing First scheme Status: Red", "challenge"),
])
def test_sentence_cues_of_round_29(text, kind):
    assert sentence_rule(text)[0] == kind


def test_lead_in_helpers_of_round_29():
    assert lead_in_actor("5.1 The Youth Justice Service will:") == "The Youth Justice Service"
    assert lead_in_actor("By the end of March 2025 we will:") is None
    assert is_lead_in("Environmental health achieved the following in 2023/24:")
    assert lead_in_due("Over the next six months the programme will:") == "Over the next six months"
    assert lead_in_due("In 2025/26 the Commissioner will:") is None
