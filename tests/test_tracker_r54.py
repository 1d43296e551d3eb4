"""Tracker round 54 (annotations/README.md): a seventh gold set, Bolsover District Council's committee minutes on its
Council Ambition targets 2020-2025 (tested with the other sets in tests/test_tracker_gold_sets.py), and round 53's first
reading class, a programme begun reported as news, which its tune half and Medway's hold.

The pages (stored openings in corpus/web, addresses in corpus/MANIFEST.tsv), e.g.
https://committees.bolsover.gov.uk/ieIssueDetails.aspx?IId=10072&PlanId=0&Opt=3 (Local Growth Scrutiny Committee,
27 June 2023: "Increasing Revenue Streams - This included projects such as the development of the Crematorium ...") and
https://committees.bolsover.gov.uk/ieIssueDetails.aspx?IId=10727&Opt=3 (the new Council Ambition's consultation,
late 2023: "Work had started on the new crematorium in Shirebrook and it was hoped that this project would be
completed and up and running by 2025.").

The rules: work started on a thing, or a body embarked upon a programme, is the thing under way (cue group
`progresses`, verdict cues version 30); and a sentence reports it under way though a hope or a condition follows its
cue (`track_judge._unreported` reads the `unreported` cues only up to the cue of progress).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from miner.evaluation import tracker as evaluation
from miner.readers import read_document
from miner.track_judge import relation_of
from miner.track_passages import Passage
from miner.track_text import has_cue

ROOT = Path(__file__).resolve().parents[1]
WEB = ROOT / "corpus" / "web"
CONSULTATION = WEB / "Bolsover District Council - New Council Ambition 2024-2028 Scrutiny Consultation 2023-11-01.txt"
GROWTH = WEB / "Bolsover District Council - Local Growth Scrutiny Committee Business Growth Strategy Update 2023-06-27.txt"
STARTED = ("Work had started on the new crematorium in Shirebrook and it was hoped that this project would be completed "
           "and up and running by 2025.")
REVENUE = "Increasing Revenue Streams"
# Medway's March 2020 paper (seed 001, para 8.3), the tune row "Support school leaders in developing a system for
# effective inclusion" (round 53: its reading said `mentions` when the passage was linked)
EMBARKED = "In primary, 20 of those schools embarked upon a major professional development programme from the summer term 2018."


def _text(path: Path) -> str:
    return read_document(str(path)).text


def _sentence_of(path: Path, start: str) -> str:
    text = " ".join(_text(path).split())
    at = text.index(start)
    return text[at:text.index(".", at) + 1]


def test_the_pages_hold_the_sentences():
    assert _sentence_of(CONSULTATION, "Work had started") == STARTED
    assert _sentence_of(GROWTH, REVENUE).startswith(REVENUE + " – This included projects such as the development of the "
                                                    "Crematorium")


@pytest.mark.parametrize("sentence", [
    STARTED,
    EMBARKED,
    "Work started on the new library at Strood in May.",  # made in the same form
    "Works have now commenced on the replacement bridge.",
])
def test_work_started_on_a_thing_or_a_programme_embarked_upon_is_under_way(sentence):
    assert has_cue("progresses", sentence)


@pytest.mark.parametrize("sentence", [
    "Members embarked on a lengthy discussion of the budget.",  # a meeting's talk, no programme
    "Work has not started on the new crematorium.",  # not begun
    "The committee will embark on a review of the play areas next year.",  # still to come
])
def test_no_progress_from_a_discussion_a_denial_or_a_future(sentence):
    assert not has_cue("progresses", sentence)


def test_the_cues_version_is_bumped():
    import json

    data = json.loads((ROOT / "miner" / "nlp" / "patterns" / "verdict_cues.json").read_text(encoding="utf-8"))
    assert data["version"] == "verdict-cues-30"


def test_a_hope_after_the_report_does_not_undo_it():
    from miner.track_judge import _unreported

    assert not _unreported(STARTED)


@pytest.mark.parametrize("sentence", [
    "Can the Cabinet Member please confirm whether the close work with partners is continuing?",  # asked
    "It was hoped that work on the new crematorium would be ongoing by March.",  # a hope before the cue
    "If funding is agreed, work on the scheme would be under way by the summer.",  # a condition before it
])
def test_a_question_hope_or_condition_before_the_cue_still_reports_nothing(sentence):
    from miner.track_judge import _unreported

    assert _unreported(sentence)


def test_the_crematorium_begun_reads_under_way():
    promise = _sentence_of(GROWTH, REVENUE)
    passage_text = "Unlocking further regeneration.\n" + STARTED + " This would bring more employment to the local area."
    passage = Passage("consultation-2023", "2023-11-01", None, "31-6", 0, len(passage_text), passage_text)
    assert relation_of(promise, passage, "2023-06-27") == "progresses"


@pytest.mark.slow
def test_bolsover_tune_row_in_progress_with_the_crematorium_as_evidence():
    from miner.track import track

    _, authority, folder = evaluation.AUTHORITY_SETS["bolsover"]
    exs = list(evaluation.authority_extractions(authority, folder))
    res = track(exs)
    texts = {s.id: " ".join(s.text.split()) for x in exs for s in x.statements}
    got = [v for v in res.verdicts if texts.get(v.promise_id, "").startswith(REVENUE)]
    assert len(got) == 1 and got[0].status == "in_progress"
    assert got[0].evidence[0].quote.startswith("Work had started on the new crematorium")
