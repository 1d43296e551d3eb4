"""Statements in progress reports, budget reports and parish papers of councils unlike the gold's: a climate
action plan's annual progress report ("What we said we would do" / "What we have done"), a strategy's
year-one update, a budget report and a parish council's annual report (round 23 probes).

Every paper and sentence here is written for the test, in the layouts those papers use; each paper is read
through the real reader, sectioner and units (`_statements_of_text`), with the meeting date from its front
matter.
"""

import pytest
from test_statements import _statements_of_text, nlp  # noqa: F401  (nlp is a fixture)

from miner.nlp.statements import header_kind, is_label, sentence_rule

PROGRESS_REPORT = """ASHCOMBE DISTRICT COUNCIL

Environment Overview and Scrutiny Panel

15 July 2025

CLIMATE EMERGENCY ACTION PLAN: ANNUAL PROGRESS REPORT 2024/25

Report of the Head of Environmental Services

4. Progress by theme

Theme 2: Buildings and energy

What we said we would do

We said we would install solar panels on the Civic Centre and three leisure centres by March 2025.

What we have done

Solar panels were installed on the Civic Centre and two leisure centres.

Energy costs across the estate remain 40% higher than in 2021/22, which is a significant concern.

Theme 3: Waste

4.3 In the first year of the strategy we said we would:
(a) introduce weekly food waste collections for all households;
(b) review the bulky waste service.

4.4 What we did:
(a) weekly food waste collections started for 61,000 households in April 2025;
(b) the bulky waste review was completed and online booking was introduced.

Next steps for 2025/26

We will complete the solar installation at Brookfield Leisure Centre by December 2025.

4.5 The Ashcombe Town Board will publish its investment plan in the spring.

4.6 Kent County Council, as highway authority, will consult on the proposed cycle route in September 2025.
"""


def test_restated_promises_are_none_and_what_was_done_is_recorded(nlp, tmp_path):  # noqa: F811
    """"What we said we would do" and "... we said we would:" restate an earlier plan's promises: neither they
    nor their items are statements of this report; "What we did" items are achievements; a comparison's
    baseline ("higher than in 2021/22") is not the statement's period; another tier's council acting in its
    own role and a town board are other bodies (paper written for this test)."""
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, PROGRESS_REPORT)}
    assert not [t for t in found if "said we would" in t or t.startswith(("introduce weekly", "review the bulky"))]
    assert found["Solar panels were installed on the Civic Centre and two leisure centres."].kind == "achievement"
    assert found["weekly food waste collections started for 61,000 households in April 2025;"].kind == "achievement"
    costs = [s for t, s in found.items() if t.startswith("Energy costs")]
    assert costs and costs[0].kind == "challenge" and costs[0].period != "2021-22"
    brookfield = found["We will complete the solar installation at Brookfield Leisure Centre by December 2025."]
    assert (brookfield.kind, brookfield.deadline) == ("commitment", "2025-12")
    assert not [t for t in found if "Town Board" in t or "highway authority" in t]


def test_restated_promise_headings_are_labels_of_their_own_kind():
    for heading in ("What we said we would do", "We said we would:", "What we promised"):
        assert header_kind(heading) == "restated" and is_label(heading.rstrip(":")), heading
    assert header_kind("What we will do") == "commitment"
    assert header_kind("What we did") == "achievement"


@pytest.mark.parametrize("text, kind", [  # sentences written for this test
    ("Of the savings agreed for 2024/25, £1.1m were not delivered, mainly in adult social care.", "challenge"),
    ("Vandalism at the play area has been a continuing problem and the cost of repairs has doubled.", "challenge"),
    ("General reserves stand at £9.2m, which is below the minimum level of £10m recommended by the Section 151 Officer.",
     "challenge"),
    ("There are 38 damp and mould cases waiting more than 28 days for an inspection.", "challenge"),
    ("The new Leisure Centre at Riverside opened in September 2024 on time and within budget.", "achievement"),
    ("The Parish Council took over the running of the village hall from the Village Hall Trust in October 2024.",
     "achievement"),
    ("The new Leisure Centre at Riverside is due to be opened in September 2026.", "commitment"),
    ("We said we would: introduce a separate weekly food waste collection by October 2024.", None),
    ("The Towns Fund Board will agree its final list of projects in March.", None),
    ("Northshire County Council, as the lead local flood authority, will publish a flood risk strategy in 2026.", None),
])
def test_round_23_probe_cues(text, kind):
    rule = sentence_rule(text)
    assert rule is not None and rule[0] == kind, rule


def test_a_budget_lines_name_is_no_setback_and_the_councils_own_plan_is_kept():
    """'undelivered savings' names a budget line, not a shortfall; the council's own plan is not another
    body's (sentences written for this test)."""
    rule = sentence_rule("A further £2.4m of undelivered savings from previous years was removed from the budget.")
    assert rule is None or rule[0] != "challenge", rule
    assert sentence_rule("The Council will open the new library at Eastgate in the spring.")[0] == "commitment"


TOWN_MINUTES = """KINGSFORD TOWN COUNCIL

MINUTES OF THE MEETING OF THE FULL COUNCIL HELD ON MONDAY 14 APRIL 2025 AT 7.00PM IN THE GUILDHALL

Present: Cllr J Adams (Mayor), Cllr P Brown, Cllr S Clarke

FC/25/043 Minutes
RESOLVED that the minutes of the meeting held on 10 March 2025 be approved as a correct record.

FC/25/045 Clerk's report
The Clerk reported that the new noticeboard at the Market Square had been installed.
The Clerk will chase the District Council for a date for the repair of the Memorial Gardens footpath.

FC/25/046 Highways
RESOLVED to write to the County Council requesting a speed survey on Station Road.

FC/25/047 Allotments
It was resolved to defer the review of the allotment tenancy agreement to the June meeting.

FC/25/049 Town Plan
Members noted that the Kingsford Town Board will submit its Long-Term Plan to government in the summer.

FC/25/050 Date of next meeting
The next meeting will be held on Monday 12 May 2025 at 7.00pm.
"""


def test_town_council_minutes_references_undertakings_and_resolutions(nlp, tmp_path):  # noqa: F811
    """A minute reference with a prefix and its title ("FC/25/043 Minutes") is no part of the statement and,
    alone, no statement; "RESOLVED to <verb>" and "It was resolved to defer" are decisions; the Clerk's
    undertaking is a commitment; "Members noted that" another body will act is the members' noting (a decision,
    as minutes' noting is), never the council's commitment (paper written for this test)."""
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, TOWN_MINUTES, doc_kind="minutes", mode="both")}
    assert not [t for t in found if t.startswith("FC/25") or "next meeting will" in t], found
    assert [s.kind for t, s in found.items() if "Town Board" in t] in ([], ["decision"])
    assert found["RESOLVED to write to the County Council requesting a speed survey on Station Road."].kind == "decision"
    deferred = found["It was resolved to defer the review of the allotment tenancy agreement to the June meeting."]
    assert (deferred.kind, deferred.deadline) == ("decision", "2025-06")
    chase = found["The Clerk will chase the District Council for a date for the repair of the Memorial Gardens footpath."]
    assert (chase.kind, chase.actor) == ("commitment", "The Clerk")
    assert found[[t for t in found if t.startswith("RESOLVED that the minutes")][0]].actor is None


BUDGET_REPORT = """CASTLEMERE COUNCIL

Cabinet

11 February 2025

BUDGET 2025/26

Report of the Cabinet Member for Finance

6. Budget proposals

6.1 The budget includes the following proposals for 2025/26:
- a 2.99% increase in council tax;
- investment of £2.2m in adult social care to meet rising demand;
- the transfer of public toilets to town and parish councils, saving £180,000.

6.2 Of the savings agreed for 2024/25, £1.1m were not delivered, mainly in adult social care.
"""


def test_a_budgets_list_of_proposals_gives_commitments_of_its_period(nlp, tmp_path):  # noqa: F811
    """Items under "The budget includes the following proposals for 2025/26:" are commitments of 2025-26, a
    noun phrase about rising demand included; undelivered savings are a challenge (paper written for this test)."""
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, BUDGET_REPORT)}
    for item in ("a 2.99% increase in council tax;", "investment of £2.2m in adult social care to meet rising demand;"):
        assert (found[item].kind, found[item].period) == ("commitment", "2025-26"), item
    assert found["Of the savings agreed for 2024/25, £1.1m were not delivered, mainly in adult social care."].kind == "challenge"


QUARTERLY_REPORT = """DENHOLM BOROUGH COUNCIL

Cabinet

17 June 2025

QUARTER 4 PERFORMANCE REPORT 2024/25

2. Key performance indicators

Indicator | Target | Q4 2024/25 | RAG
Percentage of major planning applications determined in 13 weeks | 70% | 91% | Green
Average days to process new housing benefit claims | 20 | 26 | Red
Percentage of household waste recycled | 45% | 41.2% | Amber

3. Exceptions

3.1 Housing benefit processing. Performance has deteriorated because of a backlog caused by the new IT system going live in January.
"""


def test_a_kpi_rating_tables_rows_are_no_statements(nlp, tmp_path):  # noqa: F811
    """'Indicator | Target | Q4 2024/25 | RAG' heads a rating table: its rows are indicator names and figures,
    none a statement under rules or model; the exceptions in prose are (paper written for this test)."""
    from miner.nlp.statements_tables import read_header

    assert read_header("Indicator | Target | Q4 2024/25 | RAG").rating
    assert not read_header("Ref | Action | Lead | Timescale | RAG").rating
    found = _statements_of_text(nlp, tmp_path, QUARTERLY_REPORT, mode="both")
    assert not [s for s in found if "|" in s.text or "Percentage of" in s.text], [s.text for s in found]
    assert [s.kind for s in found if s.text.startswith("Performance has deteriorated")] == ["challenge"]


PORTFOLIO_REPORT = """FENWICK DISTRICT COUNCIL

Overview and Scrutiny Committee

8 October 2025

PORTFOLIO HOLDER REPORT: HOUSING AND REGENERATION

1. Progress since April

1.2 In addition, the housing team has:
a) reduced the average time to re-let a void from 41 to 29 days;
b) cleared the backlog of disabled facilities grant assessments.

2. Issues

2.1 The following issues are affecting delivery:
- the shortage of qualified surveyors, with three posts vacant;
- rising interest rates, which have added £2.1m to the cost of the Kingsway scheme.

3. Looking ahead

3.1 Over the next six months I intend to:
- bring a new Allocations Policy to Cabinet in January 2026;
- start on site at the former bus depot.

3.2 The Council has agreed to:
- fund two additional housing options officers for two years;
- introduce a landlord licensing scheme in the town centre from April 2026.
"""


def test_lead_ins_of_a_portfolio_report_pass_their_kind_and_are_none(nlp, tmp_path):  # noqa: F811
    """"the housing team has:", "The following issues are affecting delivery:", "I intend to:" and "The Council
    has agreed to:" introduce their items (achievements, challenges, commitments) and are no statements
    themselves (paper written for this test)."""
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, PORTFOLIO_REPORT, mode="both")}
    assert not [t for t in found if t.rstrip().endswith(":")], list(found)
    assert found["cleared the backlog of disabled facilities grant assessments."].kind == "achievement"
    assert found["rising interest rates, which have added £2.1m to the cost of the Kingsway scheme."].kind == "challenge"
    policy = found["bring a new Allocations Policy to Cabinet in January 2026;"]
    assert (policy.kind, policy.deadline) == ("commitment", "2026-01")
    licensing = found["introduce a landlord licensing scheme in the town centre from April 2026."]
    assert licensing.kind == "commitment"


TENANTS_REPORT = """HOLBROOK CITY COUNCIL

Housing Scrutiny Panel

4 November 2025

ANNUAL REPORT TO TENANTS 2024/25

1. You said, we did

You said: Communal areas in tower blocks are not cleaned often enough.
We did: Increased cleaning in all 14 tower blocks from fortnightly to weekly from June 2024.

You said: You want to know who your housing officer is.
We will: Publish the name and contact details of every patch officer on our website by January 2026.

2. Tenant Satisfaction Measures

2.1 Overall satisfaction with the landlord was 64%, down from 69% in 2023/24 and below the median for large city landlords.

3. Scrutiny review of damp and mould

3.1 The Panel's task and finish group made the following recommendations, which were agreed by Cabinet in July 2025:
(a) All reports of damp and mould to be inspected within ten working days;
(b) A dedicated damp and mould officer to be appointed in each area team.
"""


def test_you_said_we_did_and_agreed_recommendations(nlp, tmp_path):  # noqa: F811
    """"You said:" lines are residents' views, none; "We did:" and "We will:" lend their kind to the sentence after
    them; satisfaction below the sector median is a challenge; recommendations "agreed by Cabinet" are
    commitments (paper written for this test)."""
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, TENANTS_REPORT, mode="both")}
    assert not [t for t in found if t.startswith("You said") or "not cleaned often enough" in t], list(found)
    cleaning = found["Increased cleaning in all 14 tower blocks from fortnightly to weekly from June 2024."]
    assert cleaning.kind == "achievement"
    publish = found["Publish the name and contact details of every patch officer on our website by January 2026."]
    assert (publish.kind, publish.deadline) == ("commitment", "2026-01")
    assert [s.kind for t, s in found.items() if t.startswith("Overall satisfaction")] == ["challenge"]
    inspected = found["All reports of damp and mould to be inspected within ten working days;"]
    assert inspected.kind == "commitment"
    assert not [t for t in found if t.endswith(":")]


GOVERNANCE_STATEMENT = """MARSHFIELD BOROUGH COUNCIL

Audit and Governance Committee

29 July 2025

ANNUAL GOVERNANCE STATEMENT 2024/25

4. Progress on the significant governance issues identified in 2023/24

Issue | Action | Progress
Procurement compliance | Introduce a contracts register and training for all budget holders | Completed. The register went live in September 2024.
Data protection | Reduce the backlog of subject access requests | Partly completed. The backlog has fallen from 120 to 35 requests.

5. Significant governance issues for 2025/26

5.1 The Head of Internal Audit gave limited assurance on the management of council housing repairs.

5.2 The external auditor has not yet issued an opinion on the 2022/23 accounts because of the national backlog in local audit.

5.4 We propose over the coming year to take steps to address the above matters to further enhance our governance arrangements.
"""


def test_an_annual_governance_statements_issues_and_action_table(nlp, tmp_path):  # noqa: F811
    """'Issue | Action | Progress' is an action table (its progress cell decides the kind); limited assurance and
    an opinion not yet issued are challenges; the closing formula is none (paper written for this test)."""
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, GOVERNANCE_STATEMENT, mode="both")}
    assert found["Introduce a contracts register and training for all budget holders"].kind == "achievement"
    assert found["Reduce the backlog of subject access requests"].kind == "commitment"
    assert [s.kind for t, s in found.items() if "limited assurance" in t] == ["challenge"]
    assert [s.kind for t, s in found.items() if "not yet issued" in t] == ["challenge"]
    assert not [t for t in found if "take steps to address" in t or "|" in t]


RISK_REGISTER = """ORCHARD VALE DISTRICT COUNCIL

Audit Committee

23 September 2025

CORPORATE RISK REGISTER: QUARTER 1 2025/26

2. Red risks

Risk CR3: Financial sustainability
Current rating: Red (Likelihood 4, Impact 5)
Further actions: Deliver the £1.2m transformation programme savings by March 2026. Review fees and charges by November 2025.
Risk owner: Chief Finance Officer

3. Satisfaction

3.1 Overall satisfaction with the service was 64%, down from 69% in 2023/24 and below the median for similar councils.
"""


def test_a_risk_registers_further_actions_are_commitments_and_a_baseline_is_no_period(nlp, tmp_path):  # noqa: F811
    """Every sentence on a 'Further actions:' line is a commitment due by its date; 'down from 69% in 2023/24'
    is the baseline, not the statement's period (paper written for this test)."""
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, RISK_REGISTER, mode="both")}
    savings = found["Deliver the £1.2m transformation programme savings by March 2026."]
    fees = found["Review fees and charges by November 2025."]
    assert (savings.kind, savings.deadline, fees.kind, fees.deadline) == ("commitment", "2026-03", "commitment", "2025-11")
    satisfaction = [s for t, s in found.items() if t.startswith("Overall satisfaction")]
    assert satisfaction and satisfaction[0].kind == "challenge" and satisfaction[0].period != "2023-24"
