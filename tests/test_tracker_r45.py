"""Tracker round 45 (annotations/README.md): a fourth gold set on an authority no tracker round tuned on, and
promises in minutes that name their matter by a pronoun.

`annotations/tracker/thornhaugh_verdicts.jsonl`: every promise in the stored openings of Thornhaugh Parish Council's
minutes 2011-2013 and 2018-2022 and its chairman's report of June 2019 (corpus/web, from
https://www.thornhaughparishcouncil.co.uk/... and two copies on docslib.org, addresses in corpus/MANIFEST.tsv), each
judged from the later papers. The gold tests assert no score (the set is scored as measured in the write-up).

The rules, read off the tune halves of the Minting and Thornhaugh sets: in minutes, a promise naming its matter by a
pronoun alone ("It was agreed that this would ...", "... will finalise it and send it off", "whether or not this
could be something ...") takes the sentence before it as its matter (`track_passages._antecedent`, cue lists
`pronoun_subject_verbs`, `pronoun_object_particles`); a member "had been in contact with" a body on the matter is
progress (cue group `progresses`); a promise for the next meeting has a deadline (`track_judge.is_vague`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_declared_split, check_fresh_tracker_gold, manifest_rows
from miner.evaluation import tracker as evaluation
from miner.model import Statement
from miner.track_judge import is_vague
from miner.track_passages import _antecedent
from miner.track_text import has_cue

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "annotations" / "tracker" / "thornhaugh_verdicts.jsonl"
AUTHORITY = "Thornhaugh Parish Council"
# the split by the declared rule (round 45), computed when the gold was committed and before it was scored
SPLIT = {
    "Brian Watts has a number of old photographs that he ": "tune",
    "It was agreed to put up a poster in the Telephone Bo": "report",
    "reported on the meeting that had been held the previ": "report",
    "It was agreed to include the T&W Parish Burial Groun": "report",
    "It was agreed to discuss this issue at the next meet": "tune",
    "will ask the Police for an update of any action they": "tune",
    "A discussion took place about the proposed party at ": "tune",
    "It was agreed that Thornhaugh Parish Council will wr": "report",
    "the Clerk will report to PCC and also request that L": "report",
    "He will meet with Glyn Mould to confirm the exact lo": "tune",
    "agreed to look into the purchase of a suitable Time ": "tune",
    "Records will be taken to Peterborough Records Office": "tune",
    "It was agreed to purchase three of these and place t": "report",
    "Liam will liaise with John Allsopp, Website Manager ": "report",
    "The Clerk will ask the Wansford Parish Council who o": "report",
    "The Chairman will write to Peter Sharpley.": "tune",
    "the baskets will need to be collected and installed ": "report",
    "needs to be discussed further before any approach is": "tune",
    "The Chairman reported that this will now take place ": "report",
    "The Chairman had circulated a draft application and ": "tune",
    "It was agreed that the Chairman will be the contact ": "report",
    "The Chairman agreed to speak to Peterborough City Co": "report",
    "She would explore costs and report back to the next ": "tune",
    "This issue will be included in the Minutes and Livin": "tune",
    "will be included in a general and dropped off with t": "report",
    "She will chase this up again.": "tune",
    "will send details of who lives there to the Chairman": "report",
    "Louise will remind people at the Christmas Tree Even": "tune",
    "The training will likely be held in the Christie Hal": "report",
    "Short biographies of our new Councillors will be inc": "report",
    "Louise Molesworth will arrange the training in the C": "tune",
}


def test_every_quote_is_in_its_file_once_and_evidence_comes_from_a_later_paper_of_the_same_council():
    check_fresh_tracker_gold(GOLD, AUTHORITY, 31)


def test_every_paper_of_the_council_is_a_stored_page_listed_in_the_manifest():
    pages = [r for r in manifest_rows().values() if r["authority"] == AUTHORITY]
    assert len(pages) == 19 and all(r["file"].startswith("web/") for r in pages)
    assert sorted(r["kind"] for r in pages) == ["minutes"] * 18 + ["report"]
    assert all((ROOT / "corpus" / r["file"]).is_file() for r in pages)
    assert all("thornhaughparishcouncil.co.uk" in r["source"] or "docslib.org" in r["source"] for r in pages)


def test_the_split_is_the_declared_hash_rule_and_stays_as_declared():
    check_declared_split(GOLD, SPLIT, 15)


def test_gold_all_adds_thornhaugh_and_both_stays_medway_and_kent(monkeypatch):
    assert evaluation.GOLD_CHOICES["both"] == ("medway", "kent")
    assert evaluation.GOLD_CHOICES["all"][:4] == ("medway", "kent", "minting", "thornhaugh")  # round 47 adds newton
    calls = []

    def fake(split, gold_set):
        calls.append((split, gold_set))
        return {"gold_set": gold_set, "rows": [], "per_status": {}, "confusion": {}}

    monkeypatch.setattr(evaluation, "evaluate", fake)
    every = evaluation.main(["--split", "tune", "--gold", "all", "--json"])
    assert [g for _, g in calls][:4] == ["medway", "kent", "minting", "thornhaugh"] and every["thornhaugh"]["gold_set"] == "thornhaugh"
    calls.clear()
    alone = evaluation.main(["--gold", "thornhaugh", "--json"])
    assert calls == [("report", "thornhaugh")] and alone["gold_set"] == "thornhaugh"


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


@pytest.mark.slow
def test_the_evaluator_runs_on_the_thornhaugh_gold():
    """The whole set, tracked from the council's 19 papers as `miner ingest` would read them; no score asserted."""
    res = evaluation.evaluate("all", gold_set="thornhaugh")
    assert res["gold_set"] == "thornhaugh" and res["gold_promises"] == 31
    assert 0 <= res["matched_promises"] <= 31 and res["series"] is None and res["cross_authority_links"] == 0
    assert len(evaluation.authority_extractions(AUTHORITY, "web/")) == 19
