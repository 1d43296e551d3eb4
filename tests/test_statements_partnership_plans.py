"""Statements in plans and their progress reports of kinds the gold does not have (round 26 probes): a
housing landlord improvement plan after a regulatory judgement, a community safety partnership plan, a waste
and recycling strategy with a scrutiny review's recommendations and the service's savings, a corporate
parenting board's annual report, a UK Shared Prosperity Fund monitoring report.

Every paper and sentence here is written for the test, in the layouts those papers use; each paper is read
through the real reader, sectioner and units (`_statements_of_text`), with the meeting date from its front
matter.
"""

import pytest
from test_statements import _statements_of_text, nlp  # noqa: F401  (nlp is a fixture)

from miner.nlp.statements import header_kind, sentence_rule, strip_marker

IMPROVEMENT_PLAN = """FENBURY CITY COUNCIL

Cabinet

9 January 2025

HOUSING IMPROVEMENT PLAN

3. Improvement actions

Theme A: Building safety
A1 Complete all overdue fire risk assessment actions by Q2 2025.
A2 Carry out stock condition surveys of 100% of homes by March 2026.
A3 We will recruit a Head of Building Safety by February 2025.

Theme C: Tenant engagement
C1 Action: Establish a Tenant Scrutiny Panel by June 2025.
C2 Publish the Tenant Satisfaction Measures on the Council's website every year.

4. Governance

4.1 Review the governance of the plan with the Housing Improvement Board.
"""


def test_an_improvement_plans_reference_lines_are_commitments_dated_or_not(nlp, tmp_path):  # noqa: F811
    """Lines "A1 Complete ..." under a heading of actions, run together with their theme's name in one unit, are one
    commitment each, their reference no part of the text; an undated one too ("C2 Publish ... every year"). An
    imperative under an ordinary heading ("Governance") is not read as a plan's action."""
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, IMPROVEMENT_PLAN)}
    carry = found["Carry out stock condition surveys of 100% of homes by March 2026."]
    assert (carry.kind, carry.deadline) == ("commitment", "2026-03")
    assert found["Complete all overdue fire risk assessment actions by Q2 2025."].kind == "commitment"
    assert found["We will recruit a Head of Building Safety by February 2025."].kind == "commitment"
    establish = found["Establish a Tenant Scrutiny Panel by June 2025."]
    assert (establish.kind, establish.deadline) == ("commitment", "2025-06")
    assert found["Publish the Tenant Satisfaction Measures on the Council's website every year."].kind == "commitment"
    assert not [t for t in found if t.startswith(("Theme", "A1", "C2")) or "governance of the plan" in t]


PARTNERSHIP_PLAN = """Westbridge Community Safety Partnership

Community Safety Partnership Plan 2024-2027

3. Priority 1: Tackling anti-social behaviour

3.1 The Partnership will introduce a Public Spaces Protection Order for the town centre by April 2025.

3.2 Westshire Police will increase neighbourhood patrols in town centre hotspots on Friday and Saturday evenings.

3.3 The ICB will fund two additional independent domestic violence advisers in the emergency department from April 2025.

3.4 The Government will publish a new national anti-social behaviour action plan in 2025.

4. Priority 2: Preventing exploitation

4.1 We will train 500 frontline staff in recognising child criminal exploitation by 2026.

4.2 Deliver a county lines awareness programme in all secondary schools.
"""

COUNCIL_REPORT = """WESTBRIDGE BOROUGH COUNCIL

Cabinet

4 March 2025

HOUSING UPDATE

2. Background

2.1 The ICB will fund two additional discharge coordinators at the hospital from April 2025.

2.2 Westshire Police will increase patrols on the Eastfield estate.
"""


def test_a_partners_acts_are_a_joint_plans_promises_but_not_an_ordinary_reports(nlp, tmp_path):  # noqa: F811
    """In a plan a partnership owns ("Community Safety Partnership Plan" in its title) a partner's future act is the
    plan's promise; the government's is still another body's; in a council's own report the same sentences are
    another body's plans. A subjectless action under a named priority the sectioner left as a paragraph is one."""
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, PARTNERSHIP_PLAN)}
    police = found["Westshire Police will increase neighbourhood patrols in town centre hotspots on Friday and Saturday evenings."]
    assert police.kind == "commitment"
    icb = found["The ICB will fund two additional independent domestic violence advisers in the emergency department from April 2025."]
    assert (icb.kind, icb.deadline) == ("commitment", "2025-04")
    assert found["Deliver a county lines awareness programme in all secondary schools."].kind == "commitment"
    assert not [t for t in found if "Government" in t]
    report = _statements_of_text(nlp, tmp_path, COUNCIL_REPORT)
    assert not [s.text for s in report if "ICB" in s.text or "Police" in s.text]


WASTE_STRATEGY = """GREENDALE BOROUGH COUNCIL

Cabinet

11 February 2025

WASTE AND RECYCLING STRATEGY 2025-2035

2. Our targets

2.1 Over the life of the strategy we will:
- increase recycling to 55% by 2030 and 65% by 2035;
- send less than 5% of municipal waste to landfill by 2028.

4. Financial implications

4.1 The strategy must also contribute to the Council's savings target. The waste service savings for 2025/26 are:
- Review of garden waste charging - £300k
- Route optimisation of refuse rounds - £180k

5. Scrutiny review

5.1 The Environment Scrutiny Task and Finish Group on recycling made the following recommendations, which this strategy responds to. The Group recommends that the Executive:

R1 Introduces a recycling reward scheme for estates with low recycling rates.
R2 Publishes recycling rates by ward each quarter.
R3 Reviews the contamination policy by December 2025.
"""


def test_a_strategys_targets_savings_and_a_review_groups_recommendations(nlp, tmp_path):  # noqa: F811
    """Items after "Over the life of the strategy we will:" are commitments; noun-phrase savings after "The waste
    service savings for 2025/26 are:" are commitments of that year; a task-and-finish group's own numbered
    recommendations in third-person verbs ("R1 Introduces ...") are commitments, each its own line."""
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, WASTE_STRATEGY)}
    target = found["increase recycling to 55% by 2030 and 65% by 2035;"]
    assert (target.kind, target.deadline) == ("commitment", "2030")
    saving = found["Review of garden waste charging - £300k"]
    assert (saving.kind, saving.period) == ("commitment", "2025-26")
    assert found["Route optimisation of refuse rounds - £180k"].kind == "commitment"
    assert found["Introduces a recycling reward scheme for estates with low recycling rates."].kind == "commitment"
    assert found["Publishes recycling rates by ward each quarter."].kind == "commitment"
    reviews = found["Reviews the contamination policy by December 2025."]
    assert (reviews.kind, reviews.deadline) == ("commitment", "2025-12")


ANNUAL_REPORT = """EASTMOOR COUNCIL

Corporate Parenting Board

10 June 2025

CORPORATE PARENTING BOARD ANNUAL REPORT 2024-25

3. What has not gone well

3.1 Placement stability has worsened: 12% of children had three or more placements in the year.

4. Key issues

4.1 The damp and mould response target is not being met because of a backlog of 420 cases.

4.2 Westshire Housing's repairs contractor went into administration in May 2025.
"""


def test_what_has_not_gone_well_and_key_issues_introduce_challenges(nlp, tmp_path):  # noqa: F811
    found = {s.text: s.kind for s in _statements_of_text(nlp, tmp_path, ANNUAL_REPORT)}
    assert found["Placement stability has worsened: 12% of children had three or more placements in the year."] == "challenge"
    assert found["The damp and mould response target is not being met because of a backlog of 420 cases."] == "challenge"
    assert found["Westshire Housing's repairs contractor went into administration in May 2025."] == "challenge"


ACTION_LABEL = """SOUTHVALE DISTRICT COUNCIL

Overview and Scrutiny Committee

8 July 2025

DEPOT REVIEW: UPDATE

2. Operating model

2.1 The review found that the depot's operating model no longer meets the needs of the service.

Action: Agree the new operating model for the depot with the county council by December 2025.
"""


def test_an_action_labels_meeting_verb_is_the_plans_act(nlp, tmp_path):  # noqa: F811
    """After "Action:" the meeting's own verb ("Agree") opens the plan's dated undertaking (a known miss of the
    tracker's probes); without the label it stays a recommendation's word (round 25 tests)."""
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, ACTION_LABEL)}
    agree = found["Agree the new operating model for the depot with the county council by December 2025."]
    assert (agree.kind, agree.deadline) == ("commitment", "2025-12")


@pytest.mark.parametrize("text, kind", [
    ("The employment support programme has under-performed because referrals have been lower than forecast.", "challenge"),
    ("The damp and mould response target is not being met because of a backlog of 420 cases.", "challenge"),
    ("The contractor for fire door replacement went into administration in May 2025.", "challenge"),
    ("Placement stability has worsened over the year.", "challenge"),
])
def test_round_26_probe_cues(text, kind):
    rule = sentence_rule(text)
    assert (rule[0] if rule else None) == kind


def test_round_26_headers_and_markers():
    assert header_kind("What has not gone well") == "challenge"
    assert header_kind("3. Key issues") == "challenge"
    assert header_kind("Risks") is None  # its paragraphs also say how costs will be met
    assert header_kind("Issues for the Committee to consider") is None  # not a heading of issues alone
    assert header_kind("The waste service savings for 2025/26 are:") == "commitment"
    assert header_kind("The savings delivered in 2024/25 were:") is None
    assert header_kind("The Group recommends that the Executive:") == "commitment"
    assert header_kind("Over the life of the strategy we will:") == "commitment"
    assert strip_marker("A1 Complete all overdue fire risk assessment actions by Q2 2025.") == 3
    assert strip_marker("R12 Publishes recycling rates by ward each quarter.") == 4
    assert strip_marker("Q2 Performance was strong.") == 0  # a quarter, not a reference
    assert strip_marker("A28 Chart Road, Ashford") == 0  # a road in a table's line, no sentence


PEER_ACTION_PLAN = """WESTVALE CITY COUNCIL

Cabinet

12 December 2023

LGA CORPORATE PEER CHALLENGE: ACTION PLAN

Appendix A - Action Plan

Recommendation 1: Develop a clear, long-term vision for the city with partners.
Action: Agree a Westvale 2035 vision with the Westvale Partnership Board by June 2024.
Lead: Chief Executive

Recommendation 4: Invest in member development.
Action: Launch a member development programme, with induction for all new councillors after the May 2024 elections.
Lead: Head of Democratic Services
"""


def test_an_action_plans_labelled_actions_dated_or_not(nlp, tmp_path):  # noqa: F811
    """Under "Action Plan" an "Action:" line is the plan's undertaking: "Agree ..." (the parser hangs the verb on the
    label) due by its date, and an undated "Launch ..." too (known misses of the tracker's round 21 probes)."""
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, PEER_ACTION_PLAN)}
    agree = found["Agree a Westvale 2035 vision with the Westvale Partnership Board by June 2024."]
    assert (agree.kind, agree.deadline) == ("commitment", "2024-06")
    launch = "Launch a member development programme, with induction for all new councillors after the May 2024 elections."
    assert found[launch].kind == "commitment"


SAVINGS_AS_FOLLOWS = """NORTHFORD DISTRICT COUNCIL

Cabinet

7 February 2024

REVENUE BUDGET 2024/25

4. Savings proposals 2024/25

4.1 Savings of £3.4m will be delivered in 2024/25 as follows:

(a) Restructure of the Customer Services team, saving £420,000 by July 2024.

(b) Review of home to school transport, saving £400,000.

(c) Share a Head of Legal Services with Westford District Council, saving £90,000.
"""


def test_savings_to_be_delivered_as_follows_are_commitments_of_the_year(nlp, tmp_path):  # noqa: F811
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, SAVINGS_AS_FOLLOWS)}
    restructure = found["Restructure of the Customer Services team, saving £420,000 by July 2024."]
    assert (restructure.kind, restructure.period, restructure.deadline) == ("commitment", "2024-25", "2024-07")
    assert found["Review of home to school transport, saving £400,000."].kind == "commitment"
    assert found["Share a Head of Legal Services with Westford District Council, saving £90,000."].kind == "commitment"


WSOA = """NORTHSHIRE COUNTY COUNCIL

Health and Wellbeing Board

24 January 2023

SEND WRITTEN STATEMENT OF ACTION

3. Areas of weakness and our actions

3.3 Area 3: Waiting times for neurodevelopmental assessments. The ICB will reduce the waiting time for an autism assessment from 104 weeks to 52 weeks by March 2024.
"""


def test_a_written_statement_of_action_is_the_local_areas_joint_plan(nlp, tmp_path):  # noqa: F811
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, WSOA)}
    icb = found["The ICB will reduce the waiting time for an autism assessment from 104 weeks to 52 weeks by March 2024."]
    assert (icb.kind, icb.deadline) == ("commitment", "2024-03")


INVESTMENT_PLAN = """SOUTHVALE DISTRICT COUNCIL

Cabinet

12 July 2022

UK SHARED PROSPERITY FUND INVESTMENT PLAN 2022-2025

3. Interventions

Intervention E1: Improvements to town centres and high streets

3.1 We will deliver a shopfront improvement grant scheme for independent businesses in the town centres.

Outputs to be delivered by March 2025: 40 commercial buildings improved; 2,500 square metres of public realm improved.
"""


def test_outputs_to_be_delivered_are_commitments_due_by_the_labels_date(nlp, tmp_path):  # noqa: F811
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, INVESTMENT_PLAN)}
    outputs = found["40 commercial buildings improved; 2,500 square metres of public realm improved."]
    assert (outputs.kind, outputs.deadline) == ("commitment", "2025-03")
    assert header_kind("Outputs to be delivered by March 2025:") == "commitment"
