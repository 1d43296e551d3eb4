"""Statements in programme and standards papers the gold does not have (round 27 probes): a Bus Service
Improvement Plan progress update, an adult social care CQC assessment and its improvement plan's progress
report, a school standards report to scrutiny, a planning and housing delivery report with its Local Plan
timetable, a town or parish council's action plan, a regeneration capital programme's quarterly update.

Every paper and sentence here is written for the test, in the layouts those papers use; each paper is read
through the real reader, sectioner and units (`_statements_of_text`), with the meeting date from its front
matter.
"""

import pytest
from test_statements import _statements_of_text, nlp  # noqa: F401  (nlp is a fixture)

from miner.nlp.statements import sentence_rule

LOCAL_PLAN = """SOUTHVALE DISTRICT COUNCIL

Planning Policy Committee

17 October 2024

Local Plan Update

5. Local Plan timetable

5.1 The revised Local Development Scheme sets out the following milestones:

Milestone | Date
Regulation 18 consultation | February 2025
Submit for examination | December 2025
Adoption | Q4 2026/27

5.2 We will submit the Local Plan for examination by December 2025.
"""


def test_a_two_column_milestone_timetable_gives_one_dated_commitment_a_row(nlp, tmp_path):  # noqa: F811
    """"Milestone | Date": each milestone with its date is a commitment due then, a financial quarter at its end."""
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, LOCAL_PLAN)}
    rows = {t: (s.kind, s.deadline) for t, s in found.items() if " | " in t}
    assert rows == {
        "Regulation 18 consultation | February 2025": ("commitment", "2025-02"),
        "Submit for examination | December 2025": ("commitment", "2025-12"),
        "Adoption | Q4 2026/27": ("commitment", "2027-03"),
    }
    assert found["We will submit the Local Plan for examination by December 2025."].deadline == "2025-12"


CAPITAL_PROGRAMME = """RIVERTON BOROUGH COUNCIL

Cabinet - 9 December 2024

Regeneration Capital Programme: Quarter 2 2024/25 Update

4. Project updates

4.1 Market Hall refurbishment (Levelling Up Fund, £8.9m)
Practical completion was achieved in September 2024 and the Market Hall reopened to the public on 5 October 2024.

5. Milestones

Project | Milestone | Date | RAG
Riverside Quarter | Practical completion | March 2026 | Amber
Station Gateway | Full business case approved | Q4 2024/25 | Red
Skills Hub | Contractor appointed | January 2025 | Green
"""


def test_a_projects_milestone_row_is_read_with_its_project_and_date(nlp, tmp_path):  # noqa: F811
    """"Project | Milestone | Date | RAG": the milestone is the action, read from the project's name to its date; an
    Amber milestone is still due (a commitment), a Red one is a challenge. A project's title line run into its
    update is no part of the statement."""
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, CAPITAL_PROGRAMME)}
    riverside = found["Riverside Quarter | Practical completion | March 2026"]
    assert (riverside.kind, riverside.deadline) == ("commitment", "2026-03")
    assert found["Station Gateway | Full business case approved | Q4 2024/25"].kind == "challenge"
    assert found["Skills Hub | Contractor appointed | January 2025"].deadline == "2025-01"
    market = [t for t in found if "Practical completion was achieved" in t]
    assert market and all(t.startswith("Practical completion") for t in market)
    assert found[market[0]].kind == "achievement"


HEALTH_STRATEGY = """NORTHSHIRE COUNTY COUNCIL

Health and Wellbeing Board - 10 October 2024

Joint Health and Wellbeing Strategy Refresh

2. Our priorities

2.1 The Board has agreed four priorities:
Priority 1: Give every child the best start in life
Priority 2: Reduce the gap in healthy life expectancy
Priority 3: Tackle loneliness and social isolation

3. Key priorities for 2025/26
Priority 1 - Improve school readiness by March 2026
Priority 2 - Increase uptake of NHS Health Checks
"""


def test_numbered_priority_lines_after_their_lead_in_are_one_priority_each(nlp, tmp_path):  # noqa: F811
    """Consecutive "Priority N:" lines after a lead-in or heading that names priorities are one priority a line,
    with the heading's period; the label's word is no actor."""
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, HEALTH_STRATEGY)}
    for text in ("Priority 1: Give every child the best start in life", "Priority 2: Reduce the gap in healthy life expectancy",
                 "Priority 3: Tackle loneliness and social isolation"):
        assert (found[text].kind, found[text].actor) == ("priority", None)
    school = found["Priority 1 - Improve school readiness by March 2026"]
    assert (school.kind, school.period, school.deadline) == ("priority", "2025-26", "2026-03")
    assert found["Priority 2 - Increase uptake of NHS Health Checks"].period == "2025-26"
    assert not [t for t in found if "\n" in t or t.startswith(("The Board has agreed", "Key priorities"))]


BUS_UPDATE = """NORTHSHIRE COUNTY COUNCIL

Environment and Transport Cabinet Committee - 12 November 2024

Bus Service Improvement Plan: Annual Progress Update

4. Progress in 2023/24

4.1 Punctuality on the core network was 82.4% against a target of 85%.

4.2 At the end of December there were 613 new smartcard holders against a target of 700.

5. Next steps

5.1 We will deliver the A361 bus lane by Q2 2025.
"""


def test_a_measure_short_of_its_target_is_a_challenge_and_a_calendar_quarter_a_deadline(nlp, tmp_path):  # noqa: F811
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, BUS_UPDATE)}
    assert found["Punctuality on the core network was 82.4% against a target of 85%."].kind == "challenge"
    assert not [t for t in found if "smartcard" in t]  # a count on its way to an annual target: no shortfall yet
    lane = found["We will deliver the A361 bus lane by Q2 2025."]
    assert (lane.kind, lane.deadline) == ("commitment", "2025-06")


@pytest.mark.parametrize("text, kind", [
    # written for this test, in the words of the round 27 probe papers
    ("The previous timetable slipped by nine months because of changes to national policy.", "challenge"),
    ("Driver shortages at two operators led to the withdrawal of 14 journeys a day on the 22 route.", "challenge"),
    ("Construction cost inflation has added £1.4m to the estimated cost.", "challenge"),
    ("The funding gap has not yet been closed.", "challenge"),
    ("The Council can demonstrate a housing land supply of 4.2 years, short of the five years required.", "challenge"),
    ("The Housing Delivery Test 2023 result for Southvale is 83%, below the 95% threshold.", "challenge"),
    ("The main risks to the programme are construction cost inflation and the Towns Fund deadline.", "challenge"),
    ("Suspensions rose to 2,314 in 2023/24 from 1,980 in 2022/23.", "challenge"),
    ("The average time waited for an assessment reduced from 74 days to 41 days.", "achievement"),
    ("At 31 August 2024, 89% of schools were judged good or outstanding by Ofsted, up from 86% a year earlier.", "achievement"),
    ("Disadvantaged pupils' attainment improved by 4 percentage points.", "achievement"),
    ("Real-time information is now available at 320 stops.", "achievement"),
    ("Vandalism at the skate park cost the Town Council £3,200 in repairs.", "challenge"),
])
def test_programme_and_standards_sentences(text, kind):
    rule = sentence_rule(text)
    assert (rule[0] if rule else None) == kind


def test_a_recommendation_to_note_is_no_achievement():
    """"That the Panel notes the standards achieved ..." in a report is its recommendation (in minutes the same words
    are the meeting's act, read by the minutes' rules)."""
    assert sentence_rule("That the Panel notes the standards achieved in 2023/24 and comments on the priorities.") == \
        (None, "report_recommendation#1")
    assert sentence_rule("That the Panel notes the standards achieved in 2023/24.", minutes=True) != \
        (None, "report_recommendation#1")


EP_UPDATE = """NORTHSHIRE COUNTY COUNCIL

Environment and Transport Cabinet Committee - 10 July 2025

Enhanced Partnership Scheme: Annual Progress Report 2024/25

3. Delivery of EP commitments

Commitment | Lead | Target date | Status
Introduce contactless payment on all buses | Operators | March 2025 | Complete
Deliver A361 bus lane | County Council | Q2 2025 | Delayed
Refresh the bus stop infrastructure standards | County Council | December 2025 | On track
"""


def test_a_commitments_column_is_an_action_tables_action(nlp, tmp_path):  # noqa: F811
    """"Commitment | Lead | Target date | Status": each commitment is a row, its status deciding the kind."""
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, EP_UPDATE)}
    assert found["Introduce contactless payment on all buses"].kind == "achievement"
    assert found["Deliver A361 bus lane"].kind == "challenge"
    refresh = found["Refresh the bus stop infrastructure standards"]
    assert (refresh.kind, refresh.deadline, refresh.actor) == ("commitment", "2025-12", "County Council")
