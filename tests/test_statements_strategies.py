"""Statements in strategies, action plans and budget papers of councils unlike the gold's (round 25 probes): an
Annual Governance Statement's issues and actions in a peer challenge action plan, a SEND Priority Action Plan,
a homelessness strategy action plan, a joint health and wellbeing strategy, a budget report's savings proposals
and the quarter 3 savings tracker.

Every paper and sentence here is written for the test, in the layouts those papers use; each paper is read
through the real reader, sectioner and units (`_statements_of_text`), with the meeting date from its front
matter.
"""

import pytest
from test_statements import _statements_of_text, nlp  # noqa: F401  (nlp is a fixture)

from miner.nlp.statements import header_kind, sentence_rule
from miner.nlp.statements_tables import read_header

GOVERNANCE_ACTIONS = """SOUTHVALE DISTRICT COUNCIL

Cabinet

3 December 2024

LGA CORPORATE PEER CHALLENGE: ACTION PLAN

2. Key recommendations

2.1 The peer team made the following recommendations:

1. Develop a medium term financial plan that closes the budget gap by 2027/28.
2. Refresh the Council Plan so that it sets out a small number of clear priorities.

4. Annual Governance Statement actions

4.1 The Annual Governance Statement identified two significant governance issues.

Issue: The Risk Management Strategy has not been reviewed since 2019.
Action: Refresh the Risk Management Strategy and present it to the Audit Committee by March 2025.

Issue: Contract management arrangements are inconsistent across services.
Action: Introduce a contract management framework and training for all contract managers by June 2025.
"""


def test_governance_issues_are_challenges_and_their_dated_actions_commitments(nlp, tmp_path):  # noqa: F811
    """An AGS's "Action: <imperative> ... by March 2025." is a commitment due then (the known miss of round 24),
    its "Issue:" a challenge, the labels no part of either; a peer team's recommendations are another body's."""
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, GOVERNANCE_ACTIONS)}
    refresh = found["Refresh the Risk Management Strategy and present it to the Audit Committee by March 2025."]
    assert (refresh.kind, refresh.deadline) == ("commitment", "2025-03")
    introduce = found["Introduce a contract management framework and training for all contract managers by June 2025."]
    assert (introduce.kind, introduce.deadline) == ("commitment", "2025-06")
    assert found["The Risk Management Strategy has not been reviewed since 2019."].kind == "challenge"
    assert found["Contract management arrangements are inconsistent across services."].kind == "challenge"
    assert not [t for t in found if "medium term financial plan" in t or "Refresh the Council Plan" in t]


HOMELESSNESS_PLAN = """HARLOW VALE BOROUGH COUNCIL

Housing and Communities Overview and Scrutiny Committee

20 May 2025

HOMELESSNESS AND ROUGH SLEEPING STRATEGY 2025-2030: ACTION PLAN

2. Objective 1: Prevent homelessness wherever possible

We will:
- Increase the proportion of prevention duties ending with accommodation secured to 65% by 2027.
- Set up a specialist private rented sector team to negotiate with landlords by September 2025.

By when: March 2027
Lead: Housing Options Manager
"""


def test_a_we_will_lead_in_run_into_an_objective_heading_makes_commitments(nlp, tmp_path):  # noqa: F811
    """The sectioner runs "2. Objective 1: ..." and "We will:" into one unit: the lead-in's last line names
    the items' kind (commitments), not the objective heading (priorities)."""
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, HOMELESSNESS_PLAN)}
    items = [s for t, s in found.items() if t.startswith(("Increase the proportion", "Set up a specialist"))]
    assert [(s.kind, s.deadline) for s in items] == [("commitment", "2027"), ("commitment", "2025-09")]


BUDGET_AND_TRACKER = """EASTMOOR COUNTY COUNCIL

Cabinet

18 February 2025

REVENUE BUDGET 2025/26

2. Savings proposals

2.1 The savings proposals for 2025/26 are:

a) £2.5m will be saved by reducing the number of children in residential placements from 94 to 80 by March 2026.
b) The Council will close two of its five household waste recycling centres on Tuesdays and Wednesdays, saving £0.4m.

3. Savings tracker

Saving | Value | Status | Commentary
Home to school transport review | £1.2m | At risk | The remaining £0.7m depends on the new travel training contract
Children's residential placements | £2.5m | Undeliverable | Residential placements have risen to 101
Fees and charges | £0.8m | Delivered | Increases implemented in April 2025
"""


def test_savings_proposals_take_the_lead_ins_period_and_a_savings_tracker_is_read_row_by_row(nlp, tmp_path):  # noqa: F811
    """"The savings proposals for 2025/26 are:" gives its items commitment and its period; a savings tracker's
    rows are one statement each, at risk or undeliverable a challenge, delivered an achievement (before, the
    header row ran into the first row as one statement)."""
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, BUDGET_AND_TRACKER)}
    close = next(s for t, s in found.items() if t.startswith("The Council will close two"))
    assert (close.kind, close.period) == ("commitment", "2025-26")
    rows = {t: s.kind for t, s in found.items() if t in ("Home to school transport review", "Children's residential placements",
                                                          "Fees and charges")}
    assert rows == {"Home to school transport review": "challenge", "Children's residential placements": "challenge",
                    "Fees and charges": "achievement"}
    assert not [t for t in found if t.startswith("Saving |")]


WELLBEING_STRATEGY = """BRACKENSHIRE HEALTH AND WELLBEING BOARD

26 June 2025

JOINT LOCAL HEALTH AND WELLBEING STRATEGY 2025-2030

1. Our vision

1.1 By 2030 we want everyone in Brackenshire to live healthier lives for longer.
1.2 Our ambition is for Brackenshire to be the healthiest county in the region.

5. Priority 3: Improve mental health and wellbeing

5.2 We want to reduce the suicide rate to below the England average by 2030.

6. How we will measure progress

6.1 The Board will publish an annual report on the strategy's outcome measures, starting in June 2026.
"""


def test_a_wellbeing_strategys_ambitions_are_commitments(nlp, tmp_path):  # noqa: F811
    """An ambition the authors own ("By 2030 we want everyone ...", "Our ambition is for ...") is a promise; a
    target "to below the England average" is not a shortfall; a numbered paragraph's promise under a measures
    heading is read (its indicator lists are not)."""
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, WELLBEING_STRATEGY)}
    assert found["By 2030 we want everyone in Brackenshire to live healthier lives for longer."].deadline == "2030"
    assert found["Our ambition is for Brackenshire to be the healthiest county in the region."].kind == "commitment"
    suicide = found["We want to reduce the suicide rate to below the England average by 2030."]
    assert (suicide.kind, suicide.deadline) == ("commitment", "2030")
    report = next(s for t, s in found.items() if t.startswith("The Board will publish an annual report"))
    assert (report.kind, report.deadline) == ("commitment", "2026-06")


@pytest.mark.parametrize("text, kind", [  # sentences written for this test, from the round 25 probe papers
    ("Aim to reduce the longest wait to 52 weeks by March 2026.", "commitment"),
    ("Introduce a needs-led offer of support before diagnosis in all family hubs by April 2025.", "commitment"),
    ("Children wait up to 104 weeks for an autism assessment.", "challenge"),
    ("The inspection found widespread and/or systemic failings leading to significant concerns.", "challenge"),
    ("The Group heard that 312 homes have not had a stock condition survey since 2015.", "challenge"),
    ("After the settlement, the budget gap for 2025/26 is £18.4m, rising to £46.2m by 2028/29.", "challenge"),
    ("Only 21% of new EHC plans were issued within 20 weeks in 2023, against 50% nationally.", "challenge"),
    ("The independent provider completed 412 of the 600 additional assessments by 31 March 2025.", "achievement"),
    ("The longest wait has fallen from 104 weeks to 81 weeks.", "achievement"),
    ("In June 2024 Ofsted and the Care Quality Commission carried out an inspection of the partnership.", None),
    ("Ofsted inspected the service in March 2024 and judged it Good.", None),  # not vetoed: no rule reads it
    ("The annual rough sleeping snapshot in November 2024 counted 17 people sleeping rough, up from 9 in 2023.", "challenge"),
    ("Homelessness prevention outcomes were 540, up from 400.", None),  # a prevention measure rising is no difficulty
    ("The cost of the additional inspections is estimated at £85,000 a year and will be met from the Housing Revenue "
     "Account.", None),  # how a cost is paid for
    ("Review of the strategy by March 2025 is under way.", None),  # a noun, not an imperative
    ("Annual EHCP reviews waiting over 12 months is ahead of target.", "achievement"),  # a wait in its name, met
])
def test_round_25_probe_cues(text, kind):
    rule = sentence_rule(text)
    assert (rule[0] if rule else None) == kind


def test_round_25_headers():
    assert header_kind("The savings proposals for 2025/26 are:") == "commitment"
    assert header_kind("The peer team made the following recommendations:") == "views"
    assert header_kind("Ofsted identified the following areas for improvement:") == "views"
    header = read_header("Saving | Value | Status | Commentary")
    assert header is not None and {"action", "status"} <= header.roles.keys()


PEER_CHALLENGE_ACTION_PLAN = """SOUTHVALE DISTRICT COUNCIL

Cabinet

3 December 2024

LGA CORPORATE PEER CHALLENGE: ACTION PLAN

3. Action plan

Recommendation 3: Strengthen the relationship between the Cabinet and Overview and Scrutiny.
Council response: Agreed. The Cabinet and scrutiny chairs will meet quarterly, and a joint work programme will be agreed each year.
Lead: Monitoring Officer. Target date: January 2025.
"""


def test_an_accepted_recommendations_lead_and_target_date_fields(nlp, tmp_path):  # noqa: F811
    """The field line after an accepted response belongs to the entry: the promise is due by its "Target date:"
    and its lead officer is the actor (before, neither was read when the response itself named no date)."""
    found = _statements_of_text(nlp, tmp_path, PEER_CHALLENGE_ACTION_PLAN)
    assert [(s.kind, s.deadline, s.actor) for s in found] == [("commitment", "2025-01", "Monitoring Officer")]


GOVERNANCE_STATEMENT = """KINGSMERE CITY COUNCIL

Audit and Governance Committee

23 July 2025

ANNUAL GOVERNANCE STATEMENT 2024/25

5. Significant governance issues

Issue: The Council's business continuity plans have not been tested since 2021.
Action: Test all business continuity plans through a council-wide exercise by 31 March 2026.

5.3 The procurement code was refreshed and adopted by Council in November 2024.

6. Written Statement of Action update

6.1 Priority 1: Improve the timeliness of EHC needs assessments.

Actions:
a) Appoint a dedicated team of educational psychologists by December 2025.
b) Publish a refreshed Local Offer.
"""


def test_a_base_form_verb_with_a_later_date_and_a_bare_actions_lead_in(nlp, tmp_path):  # noqa: F811
    """A sentence opening with a verb no cue lists ("Test ...") is an undertaking when the tagger reads it as a
    base form and it is due after the meeting; a bare "Actions:" lead-in makes its undated items commitments;
    "was refreshed and adopted" is a delivery."""
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, GOVERNANCE_STATEMENT)}
    test = found["Test all business continuity plans through a council-wide exercise by 31 March 2026."]
    assert (test.kind, test.deadline) == ("commitment", "2026-03-31")
    assert found["Publish a refreshed Local Offer."].kind == "commitment"
    assert found["The procurement code was refreshed and adopted by Council in November 2024."].kind == "achievement"


@pytest.mark.parametrize("text", [  # the meeting's own verbs and 'that' clauses (Kent council report and minutes)
    "Note that acceptance onto the programme may lead to the elections scheduled for May 2026 being postponed.",
    "Recommend that the council put forward an argument not to postpone the elections in May 2026.",
    "Agree the budget for 2026/27 by February 2026.",
])
def test_a_meetings_own_verb_is_no_dated_action(nlp, text):  # noqa: F811
    from miner.model import TextUnit
    from miner.nlp.statements import StatementFinder

    unit = TextUnit(document_id="t", section_id=None, section_path="1", role="body", kind="other", period=None,
                    start=0, text=text, meeting_date="2025-07-23")
    d = nlp.make_doc(text)
    d._.miner_unit = unit
    found = [s._.miner_record for s in StatementFinder(mode="rules")(nlp(d)).spans.get("miner_statements", [])]
    assert not [s for s in found if s.kind == "commitment"]


PEER_CHALLENGE_PLAN = """WESTVALE CITY COUNCIL

Cabinet

8 November 2023

LGA CORPORATE PEER CHALLENGE: ACTION PLAN

Recommendation 2: Strengthen the medium-term financial plan.
Action: Set a balanced three-year Medium Term Financial Strategy, including a savings programme, by February 2024.
Lead: Director of Finance

Recommendation 5: Accelerate the digital transformation programme.
Action: Move 80% of customer transactions online by March 2025.
Lead: Director of Customer and Digital
"""


def test_set_and_move_open_dated_actions(nlp, tmp_path):  # noqa: F811
    """"Set ..." and "Move ..." with a due date are the plan's actions like "Refresh ..." (tracker round 12 probe:
    an LGA peer challenge action plan, where only two of eight actions were read)."""
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, PEER_CHALLENGE_PLAN)}
    mtfs = found["Set a balanced three-year Medium Term Financial Strategy, including a savings programme, by February 2024."]
    assert (mtfs.kind, mtfs.deadline) == ("commitment", "2024-02")
    online = found["Move 80% of customer transactions online by March 2025."]
    assert (online.kind, online.deadline) == ("commitment", "2025-03")
