"""Minutes conventions added in rules v36 (other councils' web minutes and parish minutes): more forms of action
notes and undertakings, problems reported at the meeting, "No replies have been received" as a difficulty, a
"RESOLUTION:" label the sentencizer splits off its sentence."""

import pytest
from test_statements import _find, _statements_of_text, nlp  # noqa: F401  (nlp is a fixture)
from test_statements_minutes_notes import _kind


@pytest.mark.parametrize("text", [
    "Mr Hughes to investigate.",
    "The PC to provide parking for the contractor.",
    "Village Hall Trust annual report (Cllr Brown to request)",
    "Items for May agenda: Speeding and Dog Fouling (Cllr Smith)",
    "Clerk also asked to follow up about the broken bench.",
    "JS asked the Parish Clerk to add the policy to the website.",
    "JS requested that the Parish Clerk review the insurance schedule.",
    "Cllr Harris agreed that he would fence off the pond and look into the cost.",
    "The discussion concluded with Cllr Dean agreeing to look at options for the hedge.",
    "Cllr Moss would be happy to organise the litter pick.",
    "Cllr Rowe advised that he could email the quote to Councillors as soon as it is received.",
    "Cllr. Marsh continues to investigate possibilities.",
    "Jane Porter is looking into obtaining further grants for the play area.",
    "Enquiries will be made regarding the ownership of the verge.",
    "Further figures will need to be requested by the Clerk.",
    "If not it will be looked at again in the spring.",
    "The volunteers should be asked to clean the noticeboard.",
    "It was suggested that Mill Lane and Church Road should be tidied.",
    "The Leader explained that a report on the leisure centre would be submitted to Council in March.",
    "The speed sign will now be returned to the village.",
    "The final version will be made available on the website.",
    "This will be passed on to Highways.",
    "Consideration will be given as to whether more lighting is needed by the shelter.",
    "It is hoped however the signs will be up within two weeks.",
    "There will be two hours of litter picking a month.",
    "There will be an assessment of the effect on pedestrians and cyclists.",
    "Potholes remain in Fen Lane and the Clerk will report this.",
    "An amount to be set aside in the budget towards the bench.",
    "To be reviewed again on receipt of the revised quotes.",
    "In June the edges of the playing field would need to be tidied.",
])
def test_more_action_notes_in_minutes_are_commitments(text):
    assert _kind(text) == "commitment"


@pytest.mark.parametrize("text", [
    "The Parish Council asked the Clerk to request further information from the solicitors.",
    "It was also requested that a letter of thanks be sent to the retiring caretaker.",
    "There is a local man who would be happy to be the groundsman.",
    "Items for next meeting to be held on Tuesday 4 March at 7.30pm in the Village Hall.",
    "There will be a meeting of the working group on 3 May.",
    "Mr Lowe agreed that he would instruct the officers to do this.",
])
def test_requests_by_the_council_and_diary_lines_are_no_action_notes(text):
    assert _kind(text) != "commitment"


@pytest.mark.parametrize("text", [
    "No further quotes have been received.",
    "No replies have been received at this stage.",
    "The contractor had not responded to a request to cut the verge.",
    "The Council is not eligible to apply to the fund as its turnover is too high.",
    "The cut of the churchyard is not up to the same standard as last year.",
    "The road sweeper had made some areas worse.",
    "The lorry was very large and caused a hold up on the road.",
    "For some time there has been a problem with dogs running loose on the common.",
    "Another incident involving a lorry on the bridge has occurred.",
    "A letter to say that rates are increasing.",
    "The safety of the wall was in question.",
    "Pot hole outside the village hall.",
    "Pot holes reported along Fen Road.",
    "A footpath sign for FP6 is needed.",
    "Additional sign required on the allotment land.",
    "The fence around the spoil heap needs to be put back up.",
    "The fallen tree in School Lane has still not been dealt with.",
    "The auditor had noted that the document had not been added to the website.",
    "The hut had serious faults and until these were rectified it could not be used.",
    "A member of public had concerns that the barns were falling into disrepair.",
])
def test_more_problems_reported_in_minutes_are_challenges(text):
    assert _kind(text) == "challenge"


@pytest.mark.parametrize("text", [
    "No further action is needed.",
    "3 estimates are needed.",
    "None had been received.",
    "No questions had been received.",
])
def test_no_difficulty_where_nothing_is_lacking(text):
    assert _kind(text) != "challenge"


@pytest.mark.parametrize("text", [
    "This was agreed by everyone and the regulations would now be forwarded to the funeral directors.",
    "All agreed to apply for the grant and the Clerk will submit the form.",
])
def test_an_agreement_decides_before_the_step_it_leads_to(text):
    assert _kind(text) == "decision"


def test_an_action_note_ending_on_what_was_agreed_is_no_decision():
    assert _kind("Clerk to check the files and update the resident on what was agreed.") == "commitment"


RESOLUTION_MINUTES = """Minutes of the Playing Field Committee meeting held on 25 April 2024

1. Grass cutting
The contract was discussed.

RESOLUTION: Clerk to contact the school to ask when the contract is due for renewal.

RESOLUTION: Mr Cooper will collect the cut grass from the football area.
"""


def test_a_resolution_label_split_off_its_line_makes_a_decision(nlp, tmp_path):
    found = _statements_of_text(nlp, tmp_path, RESOLUTION_MINUTES, doc_kind="minutes")
    school = _find(found, "Clerk to contact the school")
    assert school and school[0].kind == "decision"
    grass = _find(found, "Mr Cooper will collect the cut grass")
    assert grass and grass[0].kind == "decision"


@pytest.mark.parametrize("text", [
    "No objections raised.",
    "No objections were recorded.",
    "Rose Cottage 4 Mill Lane. No objections raised but the plans used are not up to date.",
    "The Councillors agreed that they held no objections to the applications.",
    "Summer Fayre Planning – This was deferred to March.",
])
def test_planning_responses_and_deferrals_in_minutes_are_decisions(text):
    assert _kind(text) == "decision"


def test_no_objections_received_stays_none():
    assert _kind("No objections had been received.") is None


def test_a_speaker_called_to_report_is_no_action_note():
    assert _kind("Cllr Storey was asked to provide his county council update at this point.") is None


@pytest.mark.parametrize("text", [
    "Cllr Read advised that he was currently looking into the cost of the new gates.",
    "The Clerk was looking into the ownership of the verge.",
])
def test_work_in_hand_in_minutes_is_a_commitment(text):
    assert _kind(text) == "commitment"


def test_something_to_add_to_a_contract_is_a_challenge():
    assert _kind("The grass either side of the cemetery drive needs to be added to the maintenance contract.") == "challenge"
