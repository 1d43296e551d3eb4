"""Statements in improvement plans, audit follow-ups, motions, capital programmes and Local Accounts of councils
unlike the gold's (round 24 probes): a children's services improvement plan after an inadequate inspection and
its progress report to the improvement board, a notice of motion carried at full council and the report back,
an internal audit follow-up report, a school places capital programme and an adult social care Local Account.

Every paper and sentence here is written for the test, in the layouts those papers use; each paper is read
through the real reader, sectioner and units (`_statements_of_text`), with the meeting date from its front
matter.
"""

import pytest
from test_statements import _statements_of_text, nlp  # noqa: F401  (nlp is a fixture)

from miner.nlp.statements import StatementFinder, header_kind, sentence_rule
from miner.nlp.statements_fields import against_target
from miner.nlp.statements_tables import read_header

class _Says:
    """A stand-in classifier that reads every sentence left to it as one kind, to test what the rules do with
    the classifier's verdict."""

    threshold, features, method = 0.25, (), "model:stand-in@0"

    def __init__(self, label: str) -> None:
        self.label = label

    def predict(self, candidates):
        return [(self.label, 0.9) for _ in candidates]


def _with_classifier(nlp, tmp_path, text, label):
    """Statements of a paper written for a test, the classifier reading every open sentence as `label`."""
    from miner.evaluation.statements import units_for
    from miner.metadata import fill_metadata
    from miner.readers import read_document

    path = tmp_path / "paper.txt"
    path.write_text(text, encoding="utf-8")
    finder, out = StatementFinder(mode="both", model=_Says(label)), []
    for unit in units_for(fill_metadata(read_document(str(path))), None):
        d = nlp.make_doc(unit.text)
        d._.miner_unit = unit
        out += [span._.miner_record for span in finder(nlp(d)).spans.get("miner_statements", [])]
    return out


IMPROVEMENT_PLAN = """NORTHBRIDGE METROPOLITAN BOROUGH COUNCIL

Cabinet

15 July 2025

CHILDREN'S SERVICES IMPROVEMENT PLAN 2025-2027

4. Our improvement priorities

4.1 The plan is built around three improvement themes:
Theme 1: Effective front door and early help
Theme 2: Quality of social work practice
Theme 3: A stable and skilled workforce

4.2 Under Theme 1 we will:
(a) Reduce re-referrals within 12 months from 28% to below 20% by March 2026.
(b) Recruit 25 permanent social workers and reduce agency staff to below 15% of the workforce by March 2027.

5. How we will know we have made a difference

5.1 Success measures include:
- Number of children subject to a child protection plan for a second or subsequent time
- Social worker turnover rate

6. Risks

6.1 The additional investment of £4.2m is one-off funding, and the longer-term cost of the plan will need to be met within the medium-term financial strategy.
"""


def test_an_improvement_plans_themes_and_measures_are_none_and_its_actions_are_dated(nlp, tmp_path):  # noqa: F811
    """Numbered theme names after a lead-in and the items under "Success measures include:" are no statements;
    a date written out is the deadline, not the measure's "within 12 months"; an imperative's object is no
    actor; how a cost will be met is no promise (paper written for this test)."""
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, IMPROVEMENT_PLAN)}
    assert not [t for t in found if "Theme" in t or "turnover" in t or "second or subsequent" in t or "one-off" in t]
    reduce = found["Reduce re-referrals within 12 months from 28% to below 20% by March 2026."]
    assert (reduce.kind, reduce.deadline) == ("commitment", "2026-03")
    recruit = next(s for t, s in found.items() if t.startswith("Recruit 25"))
    assert (recruit.kind, recruit.deadline, recruit.actor) == ("commitment", "2027-03", None)


PROGRESS_REPORT = """NORTHBRIDGE METROPOLITAN BOROUGH COUNCIL

Children's Services Improvement Board

20 January 2026

IMPROVEMENT PLAN PROGRESS REPORT: QUARTER 2

2. Progress by theme

2.3 The single early help assessment has not been launched as planned. Partners' case management systems were not ready, and the launch has been rescheduled to April 2026.

2.4 Monthly practice audits were introduced in September 2025. 58% of audited cases were rated good or better in Quarter 2, against a target of 70%.

2.6 Average caseloads remain high at 22 children per social worker, against a target of 18.

3. Actions behind schedule

Action | Owner | Original date | Revised date | Status
1.3 Launch a single early help assessment | Head of Early Help | December 2025 | April 2026 | Red
2.6 Revise the supervision policy | Principal Social Worker | November 2025 | February 2026 | On track

4. Next steps

4.1 Over the next quarter we will:
- Complete the recruitment campaign for the Assessment and Intervention teams;
- Publish a revised workforce strategy by March 2026;
- Hold an Ofsted monitoring visit readiness review in February 2026.

4.2 The Board is asked to note progress and to agree the revised dates for the actions behind schedule.
"""


def test_an_improvement_boards_progress_report(nlp, tmp_path):  # noqa: F811
    """A launch not made as planned and rescheduled is a challenge; a figure short of its target is a challenge,
    not an achievement (a rule's or the classifier's); a table's revised date is the one due; a lead-in and its ';' items after the table are
    no group headings of it (the first two items were lost); the report's request to the Board under "Next
    steps" is none (paper written for this test)."""
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, PROGRESS_REPORT)}
    assert found["The single early help assessment has not been launched as planned."].kind == "challenge"
    assert next(s for t, s in found.items() if t.startswith("Partners' case management")).kind == "challenge"
    assert next(s for t, s in found.items() if t.startswith("58% of audited")).kind == "challenge"
    read = {s.text: s for s in _with_classifier(nlp, tmp_path, PROGRESS_REPORT, "achievement")}
    assert next(s for t, s in read.items() if t.startswith("Average caseloads")).kind == "challenge"
    assert found["Monthly practice audits were introduced in September 2025."].kind == "achievement"
    supervision = found["Revise the supervision policy"]
    assert (supervision.kind, supervision.deadline, supervision.actor) == ("commitment", "2026-02", "Principal Social Worker")
    assert found["Launch a single early help assessment"].kind == "challenge"
    items = [t for t, s in found.items() if s.kind == "commitment" and t.startswith(("Complete the", "Publish a", "Hold an"))]
    assert len(items) == 3
    assert found["Publish a revised workforce strategy by March 2026;"].deadline == "2026-03"
    assert not [t for t in found if "is asked to note" in t]


AUDIT_FOLLOW_UP = """EASTLEIGH VALE BOROUGH COUNCIL

Audit and Governance Committee

24 June 2025

INTERNAL AUDIT RECOMMENDATIONS FOLLOW-UP REPORT

1. Purpose

1.1 To report progress made by management in implementing agreed internal audit recommendations, and to highlight recommendations that are overdue.

3. Summary

3.2 Two high priority recommendations are overdue by more than six months.

4. Overdue high priority recommendations

Audit: Payroll 2023/24 (Limited assurance)
Recommendation: Management should ensure that all changes to employee pay are independently checked before payment.
Agreed management action: A monthly independent check of all pay changes will be introduced by the Payroll Manager.
Responsible officer: Payroll Manager
Original target date: 31 March 2024
Revised target date: 30 September 2025
Status: Partially implemented. Checks are in place for new starters but not yet for variations to pay.

5. Recommendations implemented since the last report

5.1 The following recommendations have been implemented and closed:
- Business continuity plans have been updated for all services and tested.
- Access rights to the housing benefits system are now reviewed quarterly.

6. Recommendations tracker

Ref | Recommendation | Management response | Target date | Status
IA24-07 | Update the information asset register | Agreed. The Information Governance Officer will update the register. | March 2025 | Implemented
IA24-11 | Introduce a fleet vehicle utilisation report | Agreed. Fleet Manager to produce quarterly reports. | June 2025 | Overdue
IA24-15 | Review the gifts and hospitality register annually | Not agreed. Management accepts the risk. | - | Closed
"""


def test_an_audit_follow_up_records_each_agreed_action_once(nlp, tmp_path):  # noqa: F811
    """An audit entry written as fields is one commitment, the agreed management action, due by its revised
    target date with its responsible officer (the recommendation above it is the auditor's, not recorded
    again); a tracker table with a recommendation column reads its rows by status and response; the items
    under "The following recommendations have been implemented" are achievements and the lead-in none;
    overdue recommendations are a challenge, the purpose line none (paper written for this test)."""
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, AUDIT_FOLLOW_UP)}
    check = found["A monthly independent check of all pay changes will be introduced by the Payroll Manager."]
    assert (check.kind, check.deadline, check.actor) == ("commitment", "2025-09-30", "Payroll Manager")
    assert not [t for t in found if "should ensure" in t or "To report progress" in t or "The following" in t]
    assert found["Two high priority recommendations are overdue by more than six months."].kind == "challenge"
    assert found["Access rights to the housing benefits system are now reviewed quarterly."].kind == "achievement"
    assert found["Update the information asset register"].kind == "achievement"
    assert found["Introduce a fleet vehicle utilisation report"].kind == "challenge"
    assert not [t for t in found if "gifts and hospitality" in t]


def test_an_audit_trackers_and_a_progress_tables_headers():
    """A recommendation column is the action of a table with a response or status column; of an original and
    a revised date the revised one is due; a capital programme's scheme and completion columns."""
    tracker = read_header("Ref | Recommendation | Management response | Target date | Status")
    assert tracker is not None and tracker.roles["action"] == 1
    assert read_header("Recommendation | Comment | Page") is None
    revised = read_header("Action | Owner | Original date | Revised date | Status")
    assert revised is not None and revised.roles["due"] == 3
    schemes = read_header("Scheme | Places | Budget | Completion")
    assert schemes is not None and (schemes.roles["action"], schemes.roles["due"]) == (0, 3)


MOTION_MINUTES = """WESTMOOR DISTRICT COUNCIL

Minutes of the meeting of Full Council held on Wednesday 12 March 2025 at 6.30pm

47. Notice of Motion: Tackling the Cost of Living

Councillor Harper moved and Councillor Okafor seconded the following motion:

"This Council resolves to:
1. Establish a Cost of Living Working Group of seven cross-party members, to report to Cabinet by September 2025;
2. Become a Real Living Wage accredited employer by April 2026.

Council further calls on the Leader to write to the Chancellor of the Exchequer asking for an increase in the Household Support Fund."

Upon being put to the vote, the substantive motion was CARRIED.
"""


def test_a_carried_motions_call_on_the_leader_is_a_decision(nlp, tmp_path):  # noqa: F811
    """The motion's "Council further calls on the Leader to ..." is a decision like its resolved items, though
    inside the motion's quotation marks (minutes written for this test)."""
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, MOTION_MINUTES, doc_kind="minutes")}
    calls = [s for t, s in found.items() if t.startswith("Council further calls on the Leader")]
    assert [s.kind for s in calls] == ["decision"]
    working_group = next(s for t, s in found.items() if t.startswith("Establish a Cost of Living"))
    assert (working_group.kind, working_group.deadline) == ("decision", "2025-09")


LOCAL_ACCOUNT = """RAVENSFORD CITY COUNCIL

Health and Adult Social Care Scrutiny Committee

4 November 2025

ADULT SOCIAL CARE LOCAL ACCOUNT 2024/25

Welcome to our Local Account for 2024/25. It tells you what we said we would do last year, what we did, and what we will focus on in 2025/26.

1. Supporting people to live independently

Last year we said we would:
- increase the number of people receiving reablement after leaving hospital;
- reduce the number of older people admitted permanently to care homes.

Next year we will:
- open a new extra care housing scheme with 80 apartments at Millbrook in summer 2026;

3. What you told us

At March 2025, 612 people were waiting for a Care Act assessment, and the average wait was 9.8 weeks against a target of 4 weeks.
"""


def test_a_local_accounts_restated_aims_and_a_wait_against_its_target(nlp, tmp_path):  # noqa: F811
    """"Last year we said we would:" restates last year's aims (none, not priorities); the paper describing
    itself ("It tells you what ...") is none; a wait longer than its target is a challenge (paper written for
    this test)."""
    found = {s.text: s for s in _with_classifier(nlp, tmp_path, LOCAL_ACCOUNT, "commitment")}
    assert not [t for t in found if "It tells you" in t or t.startswith(("increase the number", "reduce the number"))]
    assert found["open a new extra care housing scheme with 80 apartments at Millbrook in summer 2026;"].kind == "commitment"
    wait = next(s for t, s in found.items() if t.startswith("At March 2025"))
    assert (wait.kind, wait.deadline) == ("challenge", None)


SCHOOL_PLACES = """GREYHAVEN COUNTY COUNCIL

Cabinet

9 October 2025

SCHOOL PLACES PLANNING AND BASIC NEED CAPITAL PROGRAMME 2025-2029

5. Capital programme

Scheme | Places | Budget | Completion
Greyhaven Academy expansion | 150 secondary | £14.2m | September 2026
Westfield SEN resource base | 24 specialist | £3.1m | January 2027

6. Delivered in 2024-25

6.1 In 2024-25 the programme delivered 210 additional primary places and a 16-place specialist resource base at Oakfield School.
"""


def test_a_capital_programmes_schemes_are_dated_commitments(nlp, tmp_path):  # noqa: F811
    """Each scheme of a capital programme table is a commitment due by its completion cell; the programme's
    past delivery of places is an achievement (paper written for this test)."""
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, SCHOOL_PLACES)}
    assert (found["Westfield SEN resource base"].kind, found["Westfield SEN resource base"].deadline) == ("commitment", "2027-01")
    assert found["Greyhaven Academy expansion"].deadline == "2026-09"
    delivered = next(s for t, s in found.items() if t.startswith("In 2024-25 the programme delivered"))
    assert delivered.kind == "achievement"


@pytest.mark.parametrize("text, kind", [  # sentences written for this test
    ("58% of audited cases were rated good or better in Quarter 2, against a target of 70%.", "challenge"),
    ("Sickness absence was 9.8 days per employee against a target of 8.", "challenge"),
    ("Sickness absence was 7.1 days per employee against a target of 8 days.", "achievement"),
    ("93% of contacts were decided within 24 hours in December, against a target of 95%.", "challenge"),
    ("Re-referrals were 23% in 2024/25, against a target of below 20%.", "challenge"),
    ("Recycling reached 45% against a target of 40%.", "achievement"),
    ("We will reduce caseloads to 18 by April 2026.", None),
])
def test_a_figure_against_its_target(text, kind):
    assert against_target(text) == kind


@pytest.mark.parametrize("text, kind", [  # sentences written for this test
    ("Two high priority recommendations are overdue by more than six months.", "challenge"),
    ("The launch has been rescheduled to April 2026.", "challenge"),
    ("The next meeting has been rescheduled to 4 May.", None),
    ("Accreditation is now expected in October 2026, six months later than the motion asked.", "challenge"),
    ("The Leader wrote to the Chancellor on 20 March 2025.", "achievement"),
    ("The Council Tax Reduction Scheme was maintained at its current level for 2025/26.", "achievement"),
    ("It tells you what we said we would do last year and what we did.", None),
])
def test_round_24_probe_cues(text, kind):
    rule = sentence_rule(text)
    assert (rule[0] if rule else None) == kind


def test_round_24_lead_ins():
    assert header_kind("Last year we said we would:") == "restated"
    assert header_kind("5.1 Success measures include:") == "measures"
    assert header_kind("The following recommendations have been implemented and closed:") == "achievement"


TRACKER = """ASHBY DISTRICT COUNCIL

Overview and Scrutiny Committee

10 September 2025

SCRUTINY RECOMMENDATIONS TRACKER

1. Task and finish review of homelessness

Recommendation 1: The Council should publish a single housing advice leaflet in the four most spoken community languages.
Response: Accepted. The Housing Options team will publish the leaflet in English, Polish, Urdu and Romanian by December 2025.

Recommendation 2: The Council should open a second night shelter.
Response: Not accepted. There is no suitable building and no revenue funding.
"""


def test_an_accepted_recommendation_and_its_response_are_one_promise(nlp, tmp_path):  # noqa: F811
    """The accepted recommendation is the commitment, due by the date its response gives; the response's own
    "will publish ..." restates it and is not recorded again (it was, as a second commitment); a recommendation
    not accepted is none (tracker written for this test)."""
    found = _statements_of_text(nlp, tmp_path, TRACKER)
    assert [(s.kind, s.deadline) for s in found] == [("commitment", "2025-12")], [s.text for s in found]
    assert found[0].text.startswith("Recommendation 1: The Council should publish")


@pytest.mark.parametrize("text", ["None had been received.", "No questions had been received."])
def test_nothing_received_is_vetoed(text):
    """Minutes' "None had been received." records nothing (the classifier had read it as an achievement)."""
    assert sentence_rule(text) == (None, "not_statement#27")


def test_no_reply_received_is_a_difficulty_in_minutes_only():
    """Rules v36: the real parish gold records "No replies have been received" as a challenge (round 35's
    convention for what has not come); in a report no rule speaks."""
    assert sentence_rule("No reply has yet been received.", minutes=True)[0] == "challenge"
    assert sentence_rule("No reply has yet been received.") is None
