"""Statements in paper types the gold does not have: a town council's minutes, a Cabinet Member's record of
decision, an action plan table and its annual review, a scrutiny task-and-finish group's response table.

Every paper and sentence here is written for the test, in the layouts those papers use; each is read through
the real reader, sectioner and units (`_statements_of_text`), with the meeting date from its own front matter.
"""

import pytest
from test_statements import _statements_of_text, nlp  # noqa: F401  (nlp is a fixture)

from miner.nlp.statements import sentence_rule

TOWN_MINUTES = """BRADWELL ST MARY TOWN COUNCIL

MINUTES OF THE MEETING OF THE FULL COUNCIL HELD ON MONDAY 11 SEPTEMBER 2023 AT 7.00PM

Present: Cllr J Harding (Town Mayor, in the Chair), Cllr P Okafor, Cllr S Bennett, Cllr R Clarke

23/144 REPORTS FROM COUNTY AND DISTRICT COUNCILLORS
County Cllr Greaves reported that the County Council would be resurfacing the B1021 between the roundabout and Church Street in October.

23/145 CLERK'S REPORT
The Clerk's report was received and noted.

23/146 FINANCE
Expenditure on grounds maintenance is running 14% above budget due to the additional grass cutting over the wet summer.

23/147 HIGHWAYS
Proposed by Cllr Dunmore, seconded by Cllr Whitlock and RESOLVED to purchase a solar powered speed indicator device at a cost not exceeding £3,200.
ACTION: Clerk to obtain three quotes for the speed indicator device and report back to the October meeting.

23/148 RECREATION GROUND PAVILION
After discussion it was RESOLVED:
(i) that the Council apply to the District Council's Community Infrastructure Levy fund for a contribution towards the repairs;
(ii) that temporary repairs be carried out at a cost of up to £750 under the Clerk's delegated powers. Cllr Iqbal abstained from the vote.

23/153 DATE OF NEXT MEETING
The next meeting of the Full Council will be held on Monday 9 October 2023 at 7.00pm.
"""


def test_town_council_minutes_actions_resolutions_and_procedure(nlp, tmp_path):  # noqa: F811
    """An action point is a commitment without its 'ACTION:' label; a resolved item ends before the vote's
    record; another tier's councillor's report, the next meeting's date and a minute's run-in title are no
    statements (written for this test)."""
    found = _statements_of_text(nlp, tmp_path, TOWN_MINUTES, doc_kind="minutes")
    by_text = {s.text: s for s in found}
    action = by_text.get("Clerk to obtain three quotes for the speed indicator device and report back to the October meeting.")
    assert action is not None and action.kind == "commitment" and action.deadline == "2023-10"  # the next October
    assert by_text["The Clerk's report was received and noted."].kind == "decision"  # no "23/145 CLERK'S REPORT" in it
    overspend = [s for s in found if "running 14% above budget" in s.text]
    assert overspend and overspend[0].kind == "challenge"
    repairs = by_text.get("that temporary repairs be carried out at a cost of up to £750 under the Clerk's delegated powers.")
    assert repairs is not None and repairs.kind == "decision"
    assert not [s for s in found if "abstained" in s.text or "next meeting" in s.text or "resurfacing" in s.text]


RECORD_OF_DECISION = """NORTH HARTWELL DISTRICT COUNCIL

RECORD OF DECISION BY CABINET MEMBER

Decision Maker: Cabinet Member for Environment and Climate Change
Date of Decision: 14 March 2024

1. Decision

To approve the procurement of eleven replacement garden waste collection vehicles through a national framework at an estimated capital cost of £2.64 million.

To delegate authority to the Director of Place, in consultation with the Cabinet Member, to award the contract.

2. Reasons for the Decision

2.1 The current garden waste fleet was purchased in 2015 and the vehicles are at the end of their economic life.

3. Alternative Options Considered and Rejected

3.1 Do nothing and continue to maintain the existing fleet. This option was rejected because repair costs would continue to rise.

3.2 Lease the vehicles. Leasing was considered but rejected as the whole-life cost over seven years is £410,000 higher.
"""


def test_a_record_of_decision_records_its_decisions_not_its_rejected_options(nlp, tmp_path):  # noqa: F811
    found = _statements_of_text(nlp, tmp_path, RECORD_OF_DECISION)
    decisions = [s.text for s in found if s.kind == "decision"]
    assert any(t.startswith("To approve the procurement of eleven replacement") for t in decisions)
    assert any(t.startswith("To delegate authority to the Director of Place") for t in decisions)
    assert not [s for s in found if "rejected" in s.text]


ACTION_PLAN = """ASHCOMBE VALE DISTRICT COUNCIL

Cabinet - 6 February 2024

HOMELESSNESS STRATEGY ACTION PLAN 2024/25

Priority 1: Preventing homelessness

Ref | Action | Lead | Timescale | Measure of success
1.1 | Recruit two additional prevention officers | Housing Options Manager | June 2024 | Officers in post
1.2 | Deliver homelessness awareness training to partner agencies | Prevention Coordinator | Ongoing | 150 staff trained

Priority 2: Ending rough sleeping

2.1 | Open a six-bed Housing First scheme in partnership with a registered
provider | Head of Housing | March 2025 | Six units occupied

4. Financial Implications

4.1 The Homelessness Prevention Grant for 2024/25 is £612,000 and has been confirmed by the Government in full.
"""

ACTION_PLAN_REVIEW = """ASHCOMBE VALE DISTRICT COUNCIL

Housing Overview and Scrutiny Panel - 20 May 2025

ANNUAL REVIEW OF THE HOMELESSNESS STRATEGY ACTION PLAN

Action | Lead | Status | Update
Recruit two additional prevention officers | Housing Options Manager | Achieved | Both in post by July 2024
Open a six-bed Housing First scheme | Head of Housing | Not started | The partner withdrew in October 2024
Purchase 12 homes for temporary accommodation | Head of Housing | Ongoing | Nine bought so far
"""


def test_an_action_plan_tables_rows_are_its_actions_due_by_their_timescale(nlp, tmp_path):  # noqa: F811
    """Each row's action cell is a commitment due by its timescale cell ('Ongoing' gives none, a row wrapped
    over two lines is one row); the priority headings between rows are no statements (written for this test)."""
    found = _statements_of_text(nlp, tmp_path, ACTION_PLAN)
    rows = {" ".join(s.text.split()): s for s in found if s.method.startswith("rule:action-table")}
    assert rows["Recruit two additional prevention officers"].kind == "commitment"
    assert rows["Recruit two additional prevention officers"].deadline == "2024-06"
    assert rows["Recruit two additional prevention officers"].actor == "Housing Options Manager"  # the lead cell
    assert rows["Deliver homelessness awareness training to partner agencies"].deadline is None
    wrapped = rows["Open a six-bed Housing First scheme in partnership with a registered provider"]
    assert wrapped.kind == "commitment" and wrapped.deadline == "2025-03"
    assert not [s for s in found if s.text.startswith("Priority")]


def test_an_action_plan_reviews_status_column_gives_the_kind(nlp, tmp_path):  # noqa: F811
    found = _statements_of_text(nlp, tmp_path, ACTION_PLAN_REVIEW)
    kind = {s.text: s.kind for s in found if s.method.startswith("rule:action-table")}
    assert kind == {"Recruit two additional prevention officers": "achievement",
                    "Open a six-bed Housing First scheme": "challenge",
                    "Purchase 12 homes for temporary accommodation": "commitment"}


TASK_AND_FINISH_RESPONSE = """CALDERSTONE METROPOLITAN BOROUGH COUNCIL

CABINET

16 October 2024

RESPONSE TO THE TASK AND FINISH GROUP ON SCHOOL ATTENDANCE

2. Recommendations

2.1 That Cabinet agrees the responses to the Task and Finish Group's recommendations set out in Appendix 1.

2.2 That the Director of Children's Services reports progress on the accepted recommendations to the Scrutiny Committee in six months.

3. Risks

3.1 Recruitment of experienced education welfare staff is difficult and the posts may take longer to fill than planned.
"""


def test_a_recommendation_that_an_officer_report_back_is_a_decision(nlp, tmp_path):  # noqa: F811
    found = _statements_of_text(nlp, tmp_path, TASK_AND_FINISH_RESPONSE)
    report_back = [s for s in found if s.text.startswith("That the Director of Children's Services reports progress")]
    assert report_back and report_back[0].kind == "decision"
    risk = [s for s in found if "Recruitment of experienced education welfare staff" in s.text]
    assert risk and risk[0].kind == "challenge"


@pytest.mark.parametrize("text, minutes, kind", [
    # annual review of an action plan, one field per line run into one sentence by the reader
    ("Recruit two additional prevention officers Status: Achieved RAG: Green Update: Both officers were in post by "
     "July 2024, a month later than planned.", False, "achievement"),
    ("Agree a nominations protocol with registered providers Status: Not started RAG: Red Update: This action will "
     "be carried forward to 2025/26.", False, "challenge"),
    ("Completion of the remaining three purchases is expected by August 2025.", False, "commitment"),
    ("Demand for the housing options service has increased sharply.", False, "challenge"),
    ("Rent arrears have increased by 12% since April.", False, "challenge"),
    ("The number of households prevented from homelessness has increased to 412.", False, "achievement"),  # good news
    ("Cllr Fairweather and the Clerk to arrange a site meeting with the allotment holders.", True, "commitment"),
    ("Bank reconciliation to 31 August 2023 was noted.", True, "decision"),
    ("Maintenance costs increased from £96,000 in 2021/22 to £183,000 in 2022/23.", False, "challenge"),
])
def test_round_19_probe_cues(text, minutes, kind):
    """Sentences written for this test, in the style of the round 19 probe papers."""
    rule = sentence_rule(text, minutes=minutes)
    assert rule is not None and rule[0] == kind, rule


@pytest.mark.parametrize("text, minutes", [
    ("This is an indication that demand has risen above or below expectations.", False),  # a condition
    ("Further to questions from Members it was noted:", True),  # a lead-in, not a decision
    ("It was noted that the last speed survey showed 38% of vehicles exceeding the limit.", True),  # narration
    ("Priority 2: Ending rough sleeping", False),  # a group heading
    ("Cllr Clarke declared a non-pecuniary interest in item 23/149 as a trustee of the Association.", True),
    ("Leasing was considered but rejected as the whole-life cost is £410,000 higher than purchase.", False),
    ("The capital cost will be met from the approved vehicle replacement reserve and prudential borrowing.", False),
])
def test_round_19_probe_cues_leave_alone(text, minutes):
    rule = sentence_rule(text, minutes=minutes)
    assert rule is None or rule[0] is None, rule


DECISION_NOTICE = """MIDSHIRE COUNCIL

EXECUTIVE DECISION NOTICE

Decision taken by: Leader of the Council
Date decision taken: 3 June 2024

Decision taken:
1. To declare the former Brookfield Library site surplus to the Council's operational requirements.
2. To authorise the Director of Property to dispose of the freehold by informal tender.
3. To ring-fence the capital receipt for the Library Modernisation Programme.

Implementation: The site will be marketed in July 2024 and the Council expects to complete the sale by the end of the financial year.
"""


def test_a_decision_notices_numbered_to_items_are_decisions(nlp, tmp_path):  # noqa: F811
    """Every 'To <verb> ...' item under 'Decision taken:' is a decision, whatever its verb; the 'Implementation:'
    label is no part of the promise after it, due by the end of the financial year after the decision
    (written for this test)."""
    found = _statements_of_text(nlp, tmp_path, DECISION_NOTICE)
    decisions = {s.text for s in found if s.kind == "decision"}
    assert "To declare the former Brookfield Library site surplus to the Council's operational requirements." in decisions
    assert "To ring-fence the capital receipt for the Library Modernisation Programme." in decisions
    marketed = [s for s in found if "will be marketed in July 2024" in s.text]
    assert marketed and marketed[0].text.startswith("The site") and marketed[0].deadline == "2025-03"


PARISH_MINUTES = """LITTLE HADDON PARISH COUNCIL

Minutes of the Parish Council Meeting held on Tuesday 14 May 2024 at 7.30pm in the Village Hall

49/24 Matters arising
The Clerk confirmed that the damaged bench on the green has been replaced.

50/24 Ward Councillor's report
Ward Cllr Brennan reported that the District Council will be consulting on changes to the garden waste charge in June.

52/24 Planning
24/00340/HOU - Replacement garage, The Old Forge. The Council objects to this application on the grounds of overdevelopment.

53/24 Finance
Payments totalling £4,118.20 were approved.
"""


def test_parish_minutes_planning_responses_approvals_and_titles(nlp, tmp_path):  # noqa: F811
    found = _statements_of_text(nlp, tmp_path, PARISH_MINUTES, doc_kind="minutes")
    by_text = {s.text: s.kind for s in found}
    assert by_text.get("The Clerk confirmed that the damaged bench on the green has been replaced.") == "achievement"
    assert by_text.get("The Council objects to this application on the grounds of overdevelopment.") == "decision"
    assert by_text.get("Payments totalling £4,118.20 were approved.") == "decision"
    assert not [s for s in found if "garden waste charge" in s.text]  # the District Council's plan


DELIVERY_PLAN = "EASTBROOK BOROUGH COUNCIL\n\nHousing Committee\n\n25 September 2024\n\nHOUSING STRATEGY DELIVERY PLAN\n\n" \
    "Theme A: More affordable homes\n\n" \
    "What we will do\tLead\tBy when\tHow we will measure success\n" \
    "Adopt a First Homes policy\tPlanning Policy Manager\tDecember 2024\tPolicy adopted\n" \
    "Bring 40 long-term empty homes back into use\tEmpty Homes Officer\tMarch 2025\t40 homes reoccupied\n\n" \
    "3. Resources\n\n3.1 The capital programme includes £38 million for new council homes over five years. " \
    "The Council will bid for Homes England grant where schemes are eligible.\n"


def test_a_tab_separated_plan_the_reader_joined_with_spaces_is_read_row_by_row(nlp, tmp_path):  # noqa: F811
    """The reader turns tabs into spaces, so the header is a line of column names only and each row is read
    whole, due by its first date; the paragraphs after the table are read as prose again (written for this
    test)."""
    found = _statements_of_text(nlp, tmp_path, DELIVERY_PLAN)
    rows = {s.text: s.deadline for s in found if s.method.startswith("rule:action-table")}
    assert rows == {"Adopt a First Homes policy Planning Policy Manager December 2024 Policy adopted": "2024-12",
                    "Bring 40 long-term empty homes back into use Empty Homes Officer March 2025 40 homes reoccupied": "2025-03"}
    bid = [s for s in found if s.text == "The Council will bid for Homes England grant where schemes are eligible."]
    assert bid and bid[0].kind == "commitment" and bid[0].method.startswith("rule:commitment")


EXECUTIVE_RESPONSE = """HOLMESDALE CITY COUNCIL

CABINET

12 March 2025

EXECUTIVE RESPONSE TO THE SCRUTINY REVIEW OF DAMP AND MOULD

Appendix A - Executive Response

No. | Recommendation | Response | Action | Lead officer | Timescale
R1 | Inspect every reported case within 10 working days | Accepted | Introduce a 10-day inspection standard | Head of Repairs | April 2025
R4 | Fit humidity sensors in all council homes | Not accepted | None - the cost of £3.2m cannot be met | Head of Asset Management | N/A

4. Risk

4.1 Without the new team, inspection times will continue to exceed the Housing Ombudsman's expectations.
"""


def test_an_executive_response_tables_rejected_rows_are_none_and_inaction_is_a_risk(nlp, tmp_path):  # noqa: F811
    found = _statements_of_text(nlp, tmp_path, EXECUTIVE_RESPONSE)
    rows = {s.text: (s.kind, s.deadline) for s in found if s.method.startswith("rule:action-table")}
    assert rows == {"Introduce a 10-day inspection standard": ("commitment", "2025-04")}
    inaction = [s for s in found if s.text.startswith("Without the new team")]
    assert inaction and inaction[0].kind == "challenge"


@pytest.mark.parametrize("text, kind", [
    ("The County Council has a backlog of 420 highway drainage defects.", "challenge"),
    ("The repairs backlog stands at 1,870 jobs.", "challenge"),
    ("The Group was asked to review how the County Council works with partners to reduce the risk of flooding.", None),
    ("The schemes have been designed to reduce the risk of collisions occurring.", None),
])
def test_a_backlog_is_a_challenge_and_reducing_a_risk_is_an_aim(text, kind):
    """Sentences written for this test."""
    rule = sentence_rule(text)
    assert (rule[0] if rule else None) == kind, rule


def test_a_decision_due_at_a_later_meeting_named_by_its_month(nlp, tmp_path):  # noqa: F811
    """'to be considered at the November meeting' in September minutes is due in November of that year;
    'the January meeting' in the next year (written for this test)."""
    text = TOWN_MINUTES.replace("(i) that the Council apply", "(i) that the Clerk obtain quotations for the roof works, "
                                "to be considered at the January meeting;\n(ia) that the Council apply")
    found = _statements_of_text(nlp, tmp_path, text, doc_kind="minutes")
    roof = [s for s in found if s.text.startswith("that the Clerk obtain quotations for the roof works")]
    assert roof and roof[0].kind == "decision" and roof[0].deadline == "2024-01"


CABINET_MINUTES = """SOUTH WELBURY DISTRICT COUNCIL

MINUTES of a meeting of the CABINET held on Wednesday 9 October 2024 at 6.00pm

CAB/24/52 LEISURE CENTRE DECARBONISATION SCHEME (KEY DECISION)
The Portfolio Holder for Climate introduced the report.
DECISION:
(1) That the grant offer of £1.4 million be accepted.
(2) That authority be delegated to the Director of Resources to award the works contract.
Reasons for decision: To reduce the Council's carbon emissions in line with its target of net zero by 2030.
Alternative options considered and rejected: To decline the grant. This would leave the Council with ageing boilers.

CAB/24/53 QUARTER 1 PERFORMANCE REPORT 2024/25
The Cabinet considered the performance report for April to June 2024.
DECISION: That the performance report be noted.
"""


def test_cabinet_minutes_decision_blocks_end_before_their_reasons(nlp, tmp_path):  # noqa: F811
    """The last resolved item stops at 'Reasons for decision:' (so it takes no deadline from the net zero
    target), and an inline 'DECISION: That ...' is a decision without its label (written for this test)."""
    found = _statements_of_text(nlp, tmp_path, CABINET_MINUTES, doc_kind="minutes")
    by_text = {s.text: s for s in found}
    delegated = by_text.get("That authority be delegated to the Director of Resources to award the works contract.")
    assert delegated is not None and delegated.kind == "decision" and delegated.deadline is None
    assert by_text.get("That the performance report be noted.") is not None
    assert by_text["That the performance report be noted."].kind == "decision"
    assert not [s for s in found if "decline the grant" in s.text or "Reasons for decision" in s.text]


def test_a_review_tables_due_date_before_the_meeting_stays_the_deadline(nlp, tmp_path):  # noqa: F811
    """A row still in progress after its due date is overdue: the due column is its schedule, kept though it
    is before the review's meeting (written for this test)."""
    text = ("KIRKTON DISTRICT COUNCIL\n\nCommunities Scrutiny Committee - 15 July 2025\n\nCLIMATE ACTION PLAN REVIEW\n\n"
            "Ref | Action | Lead | Due | Status | Comment\n"
            "C1 | Install solar panels on the Civic Centre | Facilities Manager | Sept 2024 | Complete | Installed\n"
            "C2 | Replace 20 pool cars with electric vehicles | Fleet Manager | March 2025 | In progress | 14 delivered\n")
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, text)}
    assert found["Replace 20 pool cars with electric vehicles"].kind == "commitment"
    assert found["Replace 20 pool cars with electric vehicles"].deadline == "2025-03"
    assert found["Install solar panels on the Civic Centre"].kind == "achievement"


ACTION_LINES = """Cabinet

14 March 2024

Waste Strategy Action Plan

1. The Action Plan

1.1 The plan has nine actions under three themes. The main actions for the next two years are:

Theme 1: Reducing waste

Action 1.1 Introduce a weekly food waste collection for all households by October 2025.

Action 1.2 Replace the bring banks at six supermarket car parks with new recycling points by March 2025.

Theme 2: Street cleansing

Action 2.1 Street cleansing teams were restructured in 2023.

Action 2.2 Purchase four electric road sweepers in 2024/25.

Action 2.3 Review of the trade waste charges. RAG: Amber.
"""


def test_numbered_action_lines_are_commitments_due_by_their_dates_and_themes_are_headings(nlp, tmp_path):  # noqa: F811
    """An action plan's "Action N.N <imperative> ..." lines are its undertakings, each due by its own date,
    without their label; the "Theme N:" lines between them, a statement of fact after a label and the lead-in
    that counts the actions are none (paper written for this test)."""
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, ACTION_LINES)}
    food = found["Introduce a weekly food waste collection for all households by October 2025."]
    assert (food.kind, food.deadline, food.method.split("@")[0]) == ("commitment", "2025-10", "rule:numbered-action")
    assert found["Replace the bring banks at six supermarket car parks with new recycling points by March 2025."].deadline == "2025-03"
    assert found["Purchase four electric road sweepers in 2024/25."].kind == "commitment"
    assert not any(t.startswith(("Theme", "Action")) and s.kind == "commitment" for t, s in found.items())  # "Review of ...": a status line
    assert not any(t.startswith("Theme") or "restructured" in t or "nine actions" in t for t in found)


SAVINGS_LEAD_IN = """Council

20 February 2024

Budget 2024/25

3. Savings

3.1 To balance the budget, the following savings are proposed for 2024/25:

(a) Reduction of the opening hours of the two museums, saving £65,000.

(b) Introduce a charge for replacement wheeled bins, generating £30,000.

3.2 The savings will be monitored through the quarterly budget report.
"""


def test_items_under_a_lead_in_to_proposals_of_a_period_are_its_commitments(nlp, tmp_path):  # noqa: F811
    """A lead-in "the following savings are proposed for <period>:" makes each item a commitment of that period,
    a noun phrase as well as an imperative, and a saving's figure makes it measurable (paper written for this
    test)."""
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, SAVINGS_LEAD_IN)}
    museums = found["Reduction of the opening hours of the two museums, saving £65,000."]
    bins = found["Introduce a charge for replacement wheeled bins, generating £30,000."]
    assert (museums.kind, museums.period, bins.kind, bins.period) == ("commitment", "2024-25", "commitment", "2024-25")
    assert museums.specificity.measurable and bins.specificity.measurable


@pytest.mark.parametrize("text, kind", [  # sentences written for this test
    ("Our ambition is to be rated Outstanding by Ofsted at the next inspection.", "commitment"),
    ("The Council's aim is to end the use of bed and breakfast for families.", "commitment"),
    ("The reablement service now has therapists in both of the community hospitals; recruitment for the third team is under way.",
     "achievement"),
    ("Recruitment to the two new social worker posts is under way.", "commitment"),
])
def test_round_21_probe_cues(text, kind):
    rule = sentence_rule(text)
    assert rule is not None and rule[0] == kind, rule


@pytest.mark.parametrize("text", [  # sentences written for this test
    "Last year we set out four priorities.",
    "The plan contains 15 actions under five themes.",
    "This section reports on each priority in turn.",
    "This delivery plan sets out what we will do in 2024/25.",
])
def test_a_plan_describing_itself_and_a_count_of_priorities_are_no_statement(text):
    rule = sentence_rule(text)
    assert rule is not None and rule[0] is None, rule
