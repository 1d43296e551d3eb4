"""Conventions small councils' minutes share (rules v35): action notes ("Clerk to ...", "CLERK TO ...", "*To be put
on the next agenda."), undertakings, concerns and faults reported at the meeting, the next meeting's date."""

import pytest
from test_statements import _find, _statements_of_text, nlp  # noqa: F401  (nlp is a fixture)

from miner.nlp.statements import sentence_rule


def _kind(text, minutes=True):
    rule = sentence_rule(text, minutes=minutes)
    return rule and rule[0]


@pytest.mark.parametrize("text", [
    "PT to chase the contractor about the bench.",
    "Cllr Ramsey to contact the Highways Engineer about the verge.",
    "CLLR J MORTON TO ORDER NEW SIGNS",
    "Play Area Inspection: DW agreed to contact RoSPA for a quote.",
    "The Clerk is to write to the Borough Council about the fly-tipping.",
    "Clerk asked to obtain two further quotes.",
    "The footpath was discussed and the Clerk agreed to arrange a site visit with the rights of way officer.",
    "Cllr Shaw and Cllr Lane agreed to attend the cluster meeting.",
    "To be put on the October agenda.",
    "*To place on the next agenda.",
    "Cheques to be signed after the meeting.",
    "The complaint will be forwarded to the County Council's highways team.",
    "This will be an agenda item again at the March meeting.",
    "The Clerk advised she would check with the insurer whether the shelter is covered.",
    "Cllr Green has asked a contractor to visit the site to quote.",
    "It was suggested that the Clerk put the matter on the November agenda.",
    "It is hoped new signs can be mounted on the gateway posts.",
    "The Chairman will write to the landowner about the ditch.",
    "Quotes are to be obtained for the repair of the bus shelter.",
])
def test_an_action_note_in_minutes_is_a_commitment(text):
    assert _kind(text) == "commitment"


@pytest.mark.parametrize("text", [
    "PT to chase the contractor about the bench.",
    "To be put on the October agenda.",
    "There is a streetlight not working on Mill Road.",
])
def test_minutes_notes_are_read_in_minutes_only(text):
    assert _kind(text, minutes=False) is None


@pytest.mark.parametrize("text", [
    "Concern about the loss of hedgerow on the proposed site;",
    "Concern was expressed that the bus shelter could be removed.",
    "There was a complaint about the state of the allotment paths.",
    "The dog bin at the recreation ground remains a problem.",
    "There is a streetlight not working on Mill Road.",
    "The gate at the churchyard is loose.",
    "Footpath 4 is overgrown and impassable.",
    "Quotes for the tree work have not yet been received.",
    "Fly-tipping was reported in Back Lane.",
    "Parked cars were making it difficult for buses to turn.",
    "The hedge beside the play area needs to be trimmed.",
])
def test_a_problem_raised_in_minutes_is_a_challenge(text):
    assert _kind(text) == "challenge"


def test_a_consultees_concern_in_a_report_stays_theirs():
    assert _kind("Concern about the loss of hedgerow on the proposed site;", minutes=False) is None


@pytest.mark.parametrize("text", [
    "Due to the bank holiday the next meeting of the Parish Council will be held on 9 May at 7.30pm.",
    "It was noted the next meeting would be held on 12 January in the village hall.",
    "NB asked to be made aware of any new dates.",
])
def test_meeting_dates_and_requests_to_be_told_are_no_commitments(text):
    assert _kind(text) != "commitment"


PARISH_MINUTES = """Minutes of the Parish Council meeting held on 4 July 2017

1. PUBLIC FORUM
The hedge beside the church needs to be trimmed. CLERK TO REQUEST WORK FROM THE CONTRACTOR The parishioner who nominated the pub as a community asset was present.
2. PLAY AREA
Estimates for the new matting have not yet been received. *Clerk to place on September agenda.
3. NEIGHBOURHOOD PLAN
This matter will be an agenda item again once the Chairman and Cllr. Mack have met the planning officer.
"""


def test_a_note_run_into_the_discussion_is_a_sentence_of_its_own(nlp, tmp_path):
    found = _statements_of_text(nlp, tmp_path, PARISH_MINUTES, doc_kind="minutes")
    note = _find(found, "CLERK TO REQUEST WORK FROM THE CONTRACTOR")
    assert note and note[0].kind == "commitment" and "parishioner" not in note[0].text and "hedge" not in note[0].text
    hedge = _find(found, "The hedge beside the church needs to be trimmed.")
    assert hedge and hedge[0].kind == "challenge" and "CLERK" not in hedge[0].text
    agenda = _find(found, "Clerk to place on September agenda.")
    assert agenda and agenda[0].kind == "commitment" and "Estimates" not in agenda[0].text
    assert _find(found, "Estimates for the new matting have not yet been received.")


def test_a_title_abbreviation_does_not_end_the_sentence(nlp, tmp_path):
    found = _statements_of_text(nlp, tmp_path, PARISH_MINUTES, doc_kind="minutes")
    hits = _find(found, "This matter will be an agenda item again")
    assert hits and hits[0].kind == "commitment" and "Mack have met" in hits[0].text


def test_a_what_we_have_committed_to_column_is_an_action_column():
    from miner.nlp.statements_tables import read_header

    header = read_header("| What we have committed to | Led by | Timescale | Measure | Shared Outcome |")
    assert header is not None and header.roles["action"] == 0


@pytest.mark.parametrize("text", ["Together we will…", "Over the next year we will..."])
def test_a_lead_in_may_end_with_an_ellipsis(text):
    from miner.nlp.statements import is_lead_in

    assert is_lead_in(text)


DELIVERY_PLAN = """Integrated Care Strategy delivery plan 2025-26

2. Proposed Priorities to Improve Health and Wellbeing

| What we have committed to | Led by | Timescale | Measure |

| Open two more family hubs in the coastal towns | Head of Family Hubs | Mar 2026 | Hubs open |
| Extend the school nursing offer to all secondary schools | Public Health Consultant | Sep 2025 | Schools covered |
"""


def test_rows_of_an_action_table_under_a_priorities_heading_are_priorities(nlp, tmp_path):
    found = _statements_of_text(nlp, tmp_path, DELIVERY_PLAN)
    assert not _find(found, "What we have committed to")
    hits = _find(found, "Open two more family hubs in the coastal towns")
    assert hits and hits[0].kind == "priority"


BULLETED_NOTE = """Minutes of the Parish Council meeting held on 4 July 2017

4. CORRESPONDENCE
A letter was received from a resident about the bus shelter.
- CLERK TO REPLY TO THE RESIDENT
"""


def test_a_bulleted_note_in_capitals_is_read(nlp, tmp_path):
    found = _statements_of_text(nlp, tmp_path, BULLETED_NOTE, doc_kind="minutes")
    hits = _find(found, "CLERK TO REPLY TO THE RESIDENT")
    assert hits and hits[0].kind == "commitment"
