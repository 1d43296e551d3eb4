"""Tracker round 45 (annotations/README.md): a fourth gold set on an authority no tracker round tuned on, and
promises in minutes that name their matter by a pronoun.

`annotations/tracker/thornhaugh_verdicts.jsonl`: every promise in the stored openings of Thornhaugh Parish Council's
minutes 2011-2013 and 2018-2022 and its chairman's report of June 2019 (corpus/web, from
https://www.thornhaughparishcouncil.co.uk/... and two copies on docslib.org, addresses in corpus/MANIFEST.tsv), each
judged from the later papers. Its gold is tested with the other sets' in tests/test_tracker_gold_sets.py.

The rules, read off the tune halves of the Minting and Thornhaugh sets: in minutes, a promise naming its matter by a
pronoun alone ("It was agreed that this would ...", "... will finalise it and send it off", "whether or not this
could be something ...") takes the sentence before it as its matter (`track_passages._antecedent`, cue lists
`pronoun_subject_verbs`, `pronoun_object_particles`); a member "had been in contact with" a body on the matter is
progress (cue group `progresses`); a promise for the next meeting has a deadline (`track_judge.is_vague`)."""

from __future__ import annotations

import pytest

from miner.model import Statement
from miner.track_judge import is_vague
from miner.track_passages import _antecedent
from miner.track_text import has_cue

def _statement(text: str, paper: str) -> Statement:
    start = paper.index(text)
    return Statement(id="s", document_id="d", section_id=None, section_path="p1", kind="commitment", text=text,
                     start=start, end=start + len(text))


# https://docslib.org/doc/8244533/you-can-also-download-these-minutes-as-a (Thornhaugh, 15 July 2019)
FORUM = ("3. PUBLIC FORUM A Member of the Public suggested that if Thornhaugh Hall is put up for sale perhaps the current "
         "owner could be approached to see if he would be willing to donate 2.5 – 5 acres of land near the Old Post Office "
         "on Russell Hill for use as a playing field/recreation area. It was agreed that this would have significant "
         "implications for the Parish Council and needs to be discussed further before any approach is made to the owner.")
# https://www.thornhaughparishcouncil.co.uk/minutes-from-meeting-18th-november-2019/
DEFIB = ("ii) Defibrillator\nThe Chairman reported that although the Rev J Tailby is supportive of the siting of the "
         "Defibrillator in the church porch, approval has to be given by the Diocese for fitting a permanent fixture on "
         "church property and require a formal application from the Parish Council. The Chairman had circulated a draft "
         "application and will finalise it and send it off.")
# https://www.thornhaughparishcouncil.co.uk/minutes-from-meeting-16th-september-2019/ (items i and ii, as the page has them)
CLOSED = ("i) Village Social Event\nThe Chairman reported that this will now take place on 22nd September 2019 (due to the "
          "Georgian Festival being held in Stamford the following weekend). She was aware of 17 attendees but it is "
          "hopeful that there will be a slightly higher number on the day. She and Penny Lewin-Watts and Ade Rodgers will "
          "assist Alan and Joan Bolton Frost prepare for the event on Saturday 21st.\nii) Donation of Land\nIt was agreed "
          "that no further action will be taken with this suggestion.")
# https://www.thornhaughparishcouncil.co.uk/minutes-of-the-inaugural-meeting-of-the-20112012-parish-council/
DUMMY = ("ii. Thornhaugh & Wansford Parish Burial Ground Committee Mr A Tresadern and Mr H Warren (no change). It was "
         "agreed to include the T&W Parish Burial Ground Committee Minutes onto the Parish Council’s Website.")


@pytest.mark.parametrize("paper, promise, before", [
    (FORUM, "It was agreed that this would have significant implications for the Parish Council and needs to be "
            "discussed further before any approach is made to the owner.", "donate 2.5 – 5 acres of land"),
    (DEFIB, "The Chairman had circulated a draft application and will finalise it and send it off.",
     "supportive of the siting of the Defibrillator"),
])
def test_a_minuted_promise_naming_its_matter_by_a_pronoun_takes_the_sentence_before(paper, promise, before):
    context, _ = _antecedent(paper, _statement(promise, paper), minutes=True)
    assert before in context
    # not in a report: the rule is the minutes' (a report's "this will" is most often its section's subject)
    assert _antecedent(paper, _statement(promise, paper), minutes=False)[0] == ""


@pytest.mark.parametrize("paper, promise", [
    # "this suggestion": the pronoun has its noun; a dummy "It was agreed to ...": nothing points back
    (CLOSED, "It was agreed that no further action will be taken with this suggestion."),
    (DUMMY, "It was agreed to include the T&W Parish Burial Ground Committee Minutes onto the Parish Council’s Website."),
])
def test_a_promise_with_its_own_matter_takes_nothing_from_before(paper, promise):
    assert _antecedent(paper, _statement(promise, paper), minutes=True)[0] == ""


def test_a_member_in_contact_with_a_body_on_the_matter_is_progress():
    # https://www.thornhaughparishcouncil.co.uk/minutes-from-meeting-16th-november-2020/
    said = ("The Chairman reported that she had been in contact with Peterborough City Council about the possibility of "
            "obtaining road markings/electronic signs but PCC will not fund these.")
    assert has_cue("progresses", said)
    # https://www.thornhaughparishcouncil.co.uk/minutes-from-meeting-18th-november-2019/: an event reported held is
    # not progress
    assert not has_cue("progresses", "The Chairman reported that this had been a successful event with 20 residents attending.")
    # https://www.thornhaughparishcouncil.co.uk/minutes-from-meeting-16th-september-2019/: contact offered is no news
    assert not has_cue("progresses", "Peter Sharpley confirmed that he is happy to be the initial point of contact if "
                                     "there are issues with local footpaths.")


def test_a_promise_for_the_next_meeting_has_a_deadline():
    from miner.model import Specificity

    vague = Specificity(deliverable=False, measurable=False, deadline=False)
    # https://www.thornhaughparishcouncil.co.uk/minutes-from-meeting-21st-september-2020/
    nxt = Statement(id="s", document_id="d", section_id=None, section_path="p", kind="commitment",
                    text="She would explore costs and report back to the next meeting on whether or not this could be "
                         "something the village may wish to explore via fundraising.", start=0, end=1, specificity=vague)
    assert not is_vague(nxt)
    # https://www.thornhaughparishcouncil.co.uk/minutes-from-tuesday-10th-january-2012/ (no meeting, no date named)
    other = Statement(id="t", document_id="d", section_id=None, section_path="p", kind="commitment",
                      text="He has the figures available if anyone is interested in looking at them.", start=0, end=1,
                      specificity=vague)
    assert is_vague(other)


