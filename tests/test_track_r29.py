"""Tracker round 29 (annotations/README.md): a request put to Government or a Minister, kept by a later paper
saying the decision on it is awaited, though that paper's passage scores under the link threshold."""

from __future__ import annotations

from pathlib import Path

import pytest

from miner import track
from miner.track_text import has_cue

ROOT = Path(__file__).resolve().parents[1]
# Kent Cabinet minutes of 9 January 2025 (the devolution item's recommendations, minute 3) and the Cabinet's
# printed minutes of 30 January 2025 (minute 87, Mr Jeffrey (e)), both in corpus/
JAN9 = "corpus/kent/Minutes of the meeting held on 9th January 2025.txt"
JAN30 = "corpus/pdf/Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf"
POSTPONE = ("Agree to request that the Minister for Local Government and English Devolution consider postponing "
            "county elections scheduled for May 2025.")
WHETHER = ("Given (a) above and the Government programme and timetable, whether to request the Minister to consider "
           "postponement of the County Council elections scheduled for May 2025")
# Kent, Appendix 2 - Call-in submission 24-00093: a request to a committee of the council, no other body
COMMITTEE = ("We request that the Scrutiny Committee recommends that the implementation of the decision be postponed "
             "pending review or scrutiny of the matter by the full Council.")


def test_a_request_put_to_a_minister_is_a_request_promise():
    assert has_cue("request_promise", POSTPONE)  # None before: only "submit/make a request" was one
    assert has_cue("request_promise", "The Leader will ask the Government to fund the scheme in full.")


def test_whether_to_request_or_a_request_to_a_committee_is_none():
    assert not has_cue("request_promise", WHETHER)  # a question put to the meeting, not a request it makes
    assert not has_cue("request_promise", COMMITTEE)
    assert not has_cue("request_promise", "The Minister requested that councils submit proposals by March.")


@pytest.fixture(scope="module")
def minutes():
    from miner.extract import extract
    from miner.ingest import prepare
    from miner.nlp.pipeline import load_pipeline

    nlp, out = load_pipeline(), []
    for rel in (JAN9, JAN30):
        doc, sections = prepare(ROOT / rel)
        out.append(extract(doc, sections, nlp=nlp))
    return out, track.track(out)


def _verdicts(minutes, words: str):
    papers, result = minutes
    by_id = {v.promise_id: v for v in result.verdicts}
    found = [by_id[st.id] for ex in papers for st in ex.statements
             if st.id in by_id and words in " ".join(st.text.split())]
    assert found, f"promise not found: {words}"
    return found


def test_the_request_to_postpone_the_elections_is_delivered_on_the_decision_awaited(minutes):
    # no_evidence before: the Cabinet minute awaiting the decision scores under the threshold (about 0.19)
    for v in _verdicts(minutes, "Agree to request that the Minister for Local Government"):
        assert v.status == "delivered"
        assert "a decision was awaited from Government" in " ".join(v.evidence[0].quote.split())


def test_the_devolution_request_stays_delivered_and_the_question_is_not_kept(minutes):
    # the request the score and the named programme link already keeps its evidence (not pushed out of the top links)
    for v in _verdicts(minutes, "Agree to submit a request to"):
        assert v.status == "delivered"
        assert "a decision was awaited from Government" in " ".join(v.evidence[0].quote.split())
    # the lead-in's question is no promise since rules v48 (statements round 47); if it is read as one, it is not delivered
    papers, result = minutes
    by_id = {v.promise_id: v for v in result.verdicts}
    question = [by_id[st.id] for ex in papers for st in ex.statements
                if st.id in by_id and "whether to request the Minister" in " ".join(st.text.split())]
    assert all(v.status != "delivered" for v in question)
