"""Statement rules read from real committee papers (round 33: ten Kent County Council papers of 2024-25,
`corpus/kent/`): an annual report's "Looking to 2025" aims, a bullet that opens with a unit's number, a panel's
"Challenge Cards Update" item, and the other causes listed per paper in the round's error notes.

The papers here are short ones written for the test in the layouts of those real papers (other councils' names),
read through the real reader, sectioner and units (`_statements_of_text`).
"""

import pytest
from test_statements import _find, _statements_of_text, nlp  # noqa: F401  (nlp is a fixture)
from test_statements_regulatory import _kind

from miner.model import Document
from miner.nlp.statements import header_kind
from miner.readers.layout import assemble
from miner.readers.text import parse_text_lines
from miner.sections import build_sections


def _sections(text: str):
    doc_text, lines = assemble(parse_text_lines(text))
    return build_sections(Document(id="t", path="t.txt", format="txt", text=doc_text, lines=lines))


BOARD_REPORT = """Armed Forces Covenant Annual Report 2024

Civilian-Military Partnership Board

Since May 2024 the Board has been chaired by the Chairman of the Council. During 2024 the Board membership has been strengthened by the new membership of the:

- Royal British Legion County Chairman
- 104 Field Squadron, 71 Engineer Regiment Reserves – based in Stafford
- new RFCA Deputy Chief Executive

Events

Our 5th Annual Armed Forces Covenant Conference was held on 4 June 2024 at the Barracks.

Looking to 2025

The Board's Strategic Aims:

Raising awareness amongst schools of the specific needs of service children and their families:

- Work with Headteachers across the county with the largest number of service children.
- Extend an invite to a Headteacher Representative to the Unit Welfare Officer meetings.

End
"""


def test_a_bullet_opening_with_a_units_number_is_no_numbered_heading():
    """"- 104 Field Squadron, ..." is the next member of a list, not section 104 with the rest of the paper under it."""
    sections = _sections(BOARD_REPORT)
    assert not [s for s in sections if s.path.split(".")[0] == "104"]
    assert [s for s in sections if s.title == "Events"]


def test_a_looking_ahead_heading_introduces_next_years_aims(nlp, tmp_path):
    assert header_kind("Looking to 2025") == "priority"
    assert header_kind("3. Looking Ahead to 2025") == "priority"
    assert header_kind("We are looking to roll out this programme across the county:") is None
    found = _statements_of_text(nlp, tmp_path, BOARD_REPORT)
    for item in ("Work with Headteachers across the county", "Extend an invite to a Headteacher Representative"):
        hit = _find(found, item)
        assert hit and hit[0].kind == "priority", item
    assert not [s for s in found if s.kind == "priority" and "Conference was held" in s.text]


PANEL_MINUTES = """Corporate Parenting Panel

MINUTES of a meeting of the Corporate Parenting Panel held on Tuesday, 10 December 2024.

Virtual School Update

(Item 4)

1. The Head of the Virtual School introduced the report.

2. RESOLVED that the update be noted.

Challenge Cards Update

(Item 5)

1. Jo Smith, Participation and Engagement Manager, introduced the update, providing an overview of the content.

2. The service had the opportunity to review young people's involvement in the recruitment of staff.

3. In response to comments and questions it was said:

a. A Member questioned the scope for utilising technology for the interviews.

4. RESOLVED that the Panel notes the challenge card progress.
"""


def test_a_heading_that_names_a_challenge_scheme_is_no_challenges_header(nlp, tmp_path):
    """"Challenge Cards Update" is an item about a panel's scheme, like "Devolution Priority Programme": its
    paragraphs are read one by one, not all as challenges."""
    assert header_kind("Challenge Cards Update") is None
    found = _statements_of_text(nlp, tmp_path, PANEL_MINUTES, doc_kind="minutes")
    assert not [s for s in found if s.kind == "challenge"]
    resolved = _find(found, "RESOLVED that the Panel notes")
    assert resolved and resolved[0].kind == "decision"


@pytest.mark.parametrize("text", [
    "It is proposed that the increase of £42.7k from business rates increases the contribution to the general reserve.",
    "Therefore the proposal is to make use of the Gateway location to retain the service for residents that need it.",
    "In response, the Leader proposes creating a Liaison Committee as a central point for Member engagement.",
    "It is expected that this option will achieve the £426k saving within the MTFP.",
    "Officers have been asked to explore greater visibility around meeting participation and attendance.",
    "Officers are also to work with colleagues in other Councils to try and avoid duplication of training.",
    "Mandatory training (valid for five years) is to be required for statutory committees.",
    "Were there to be changes following the consultation, the options will be brought to the Selection and Member Services Committee.",
    "Any changes made by the Leader following the debate will be communicated to Members in writing.",
])
def test_a_reports_proposals_and_work_given_to_officers_are_commitments(text):
    assert _kind(text) == "commitment"


def test_a_request_to_the_meeting_put_as_a_proposal_is_no_commitment():
    assert _kind("It is proposed that the Cabinet notes the report.") is None


@pytest.mark.parametrize("text", [
    "The health and wellbeing of residents is not improving as much as we would wish and in many areas has shown signs of declining.",
    "Increases in life expectancy have stalled and levels of poor mental health have increased.",
    "This is against a challenging financial position.",
    "Additionally, there are persisting inequalities in health within the county.",
])
def test_decline_and_the_financial_position_are_challenges(text):
    assert _kind(text) == "challenge"


def test_an_options_consequences_are_no_challenge():
    assert _kind("This option would mean a shortfall in the saving offered against the MTFP target, as rent would be payable.") is None


@pytest.mark.parametrize("text", [
    "Mr Gough said that he and the Cabinet Member would liaise with providers and government ministers.",
    "The Chair shared that she would send a message to group leaders to remind Members of their responsibilities.",
    "He highlighted that work would continue with partners to prepare contingency plans.",
    "He said the Council continued to work with National Highways for a permanent solution.",
    "She mentioned her intention to report on the practice framework to the panel at a later date.",
])
def test_undertakings_in_reported_speech_are_commitments_in_minutes(text):
    assert _kind(text, minutes=True) == "commitment"


def test_a_members_question_about_an_undertaking_is_none():
    assert _kind("A Member asked whether she would send the figures to the panel.", minutes=True) != "commitment"


@pytest.mark.parametrize("text", [
    "This was agreed by the panel.",
    "This item was deferred to the next appropriate meeting of Full Council.",
])
def test_procedural_outcomes_in_minutes_are_decisions(text):
    assert _kind(text, minutes=True) == "decision"
    assert _kind(text) != "decision"


COUNCIL_MINUTES = """County Council

MINUTES of a meeting of the County Council held on Thursday, 19 December 2024.

281. Motions for Time Limited Debate

(Item 12)

Motion for Time Limited Debate 1 – Integrated Care Strategy

1) Mr Brady proposed, and Ms Meade seconded the motion that

\u201cThis County Council notes:

a. The Climate and Nature Bill has been introduced in Parliament on four occasions since 2020.

b. Its second reading will take place on 24 January 2025.

This County Council resolves to:

- Agree that all decisions, where relevant, must align with the Integrated Care Strategy objectives.
- Write to all elected MPs in the county to inform them of our motion.\u201d

2) Following the debate, the Chairman put the motion set out in paragraph 1 to the vote.

Motion lost.

Motion for Time Limited Debate 2 – Farming

3) Mr Hook proposed, and Mr Sole seconded the motion that

\u201cThis Council resolves:

1. To recognise the importance of farming to the local economy.\u201d

4) Following the debate, the motion was put to the vote.

Motion carried.

5) RESOLVED that the County Council resolves:

1. To recognise the importance of farming to the local economy.
"""


def test_a_motions_quoted_preamble_is_the_movers_and_only_its_items_and_vote_are_decisions(nlp, tmp_path):
    found = _statements_of_text(nlp, tmp_path, COUNCIL_MINUTES, doc_kind="minutes")
    assert not _find(found, "has been introduced in Parliament")
    assert not _find(found, "second reading will take place")
    assert [s.kind for s in _find(found, "Agree that all decisions")] == ["decision"]
    assert [s for s in found if s.text.strip().startswith("Motion lost") and s.kind == "decision"]
    assert {s.kind for s in _find(found, "To recognise the importance of farming")} == {"decision"}


@pytest.mark.parametrize("text", [
    "DEBATE and DECIDE whether the Chair of the Scrutiny Committee should be an opposition Member.",
    "If Recommendation 4 is passed, APPROVE the relevant changes to the Constitution",
    "The Cabinet is asked to consider the comments of the Scrutiny Committee and confirm, amend or rescind decision 24/00093.",
])
def test_recommendations_to_debate_and_decide_or_to_act_on_a_condition_ask_the_meeting_to_act(text):
    from miner.nlp.statements_recommendations import verdict

    assert verdict(text) == "act"
    assert verdict("Consider and note the progress on the delivery of savings") == "records"


@pytest.mark.parametrize("text", [
    "An occasion that I will never forget.",
    "The debate on this paper will provide an opportunity for all Members to inform the Leader's decision around any future changes.",
    "At the time of writing, no further legislation has been forthcoming and Committees of the Council will always need to operate within the legal framework.",
    "| Where is the risk analysis for the proposals?",
])
def test_memories_a_papers_use_standing_constraints_and_questions_are_no_statements(text):
    assert _kind(text) is None


def test_felt_vital_and_timely_name_priorities():
    assert _kind("It is felt vital to retain Cabinet Committees and to reassert their role in pre-Scrutiny.") == "priority"
    assert _kind("It is timely to reassert the primacy of the Policy and Resources Cabinet Committee.") == "priority"


@pytest.mark.parametrize("text", [
    "There was a desire to widen the training offer that Officers within the team deliver to young people.",
    "Sarah Hammond added that a Care Leaver app was in development.",
])
def test_work_wished_for_or_in_development_in_minutes_is_a_commitment(text):
    assert _kind(text, minutes=True) == "commitment"


AIMS_REPORT = """Armed Forces Covenant Annual Report 2024

Civilian-Military Partnership Board

On the 20 February 2024 the Board endorsed the Board's Strategic Aims under four key headings:

- I. Increase visibility of the Armed Forces Community to the civilian population
- II. Continue to raise awareness of the Armed Forces Covenant plus the new legislation.

Events

Our 5th Annual Armed Forces Covenant Conference was held on 4 June 2024 at the Barracks.
"""


def test_a_boards_strategic_aims_lead_in_introduces_priorities(nlp, tmp_path):
    assert header_kind("The Partnership Board's Strategic Aims:") == "priority"
    assert header_kind("Our strategic aims were met in full.") is None
    found = _statements_of_text(nlp, tmp_path, AIMS_REPORT)
    for aim in ("Increase visibility of the Armed Forces Community", "Continue to raise awareness of the Armed Forces Covenant"):
        hit = _find(found, aim)
        assert hit and hit[0].kind == "priority", aim


@pytest.mark.parametrize("text, kind", [
    ("If we are to improve health in the county we need to consider all these determinants.", "priority"),
    ("Key initiatives around our role as an anchor institution will be crucial to success.", "priority"),
    ("Work is now progressing on a wide Prevention Framework.", "commitment"),
    ("Family Hub services would be provided from existing alternative sites within the in-house network.", "commitment"),
    ("A comparable service will be available within the network of local Family Hubs.", "commitment"),
    ("The Family Hub offer across each District will continue to flex in response to need.", "commitment"),
    ("We are also duplicating cost in terms of management, HR, IT and finance support.", "challenge"),
    ("Progress to fully capitalise on the opportunity has been limited and variable.", "challenge"),
    ("An Equality Impact Assessment has been completed and shows no negative impact on any protected characteristics.", None),
])
def test_decision_report_prose(text, kind):
    assert _kind(text) == kind


@pytest.mark.parametrize("text", [
    "It would mean that savings would need to be identified elsewhere to make up the shortfall.",
    "This would represent a pressure on potentially both CYPE and Corporate Landlord budgets.",
    "There would also remain an inconsistency in our approach to Family Hub provision.",
    "a. Members claimed that the decision was inconsistent with the Council's Policy Framework.",
    "b. Members considered that the two centres provided the best value and it was important to consider community impact.",
])
def test_an_options_hypothetical_consequence_and_members_views_in_a_report_are_none(text):
    assert _kind(text) is None


@pytest.mark.parametrize("text, kind", [
    ("The commissioning group's goals for 2025 included free prescription offers for care leavers.", "priority"),
    ("The Working Party have asked officers to explore a number of potential actions to improve democratic engagement.", "commitment"),
    ("There are also changes proposed to ensure that the Scrutiny Committee's role around call-in is clarified.", "commitment"),
    ("If the contracts are not re-procured, officers will reach out to both centres and rent rooms to deliver targeted sessions.", "commitment"),
])
def test_goals_for_a_year_and_work_asked_of_officers(text, kind):
    assert _kind(text) == kind
