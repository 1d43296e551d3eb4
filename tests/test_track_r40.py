"""Tracker round 40 (annotations/README.md): a later passage sharing with a promise only the words of a meeting's
business (cue lists `meeting_formulas`, `phrase_common`) is no evidence of it, neither linked nor cited, nor a repeat
of it (`track_links._formula_only`); a passage that is only its section's title is neither, unless it says what
happened (`track_links._bare_heading`). Real sentences from corpus papers (parish minutes, Kent's quarterly
performance report); written promises say so. None from the tracker gold."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from conftest import extract_papers, verdicts_with
from miner.track_judge import relation_of
from miner.track_links import _bare_heading, _formula_only
from miner.track_passages import Passage

ROOT = Path(__file__).resolve().parents[1]
PARISH = ROOT / "corpus" / "parish"

# Wereham Parish Council minutes 2014-11-11 and 2016-04-12 (corpus/parish)
BROUGHT = "If it fails the work will be brought forward."
BY_CHAIR = "The following item was brought forward by the Chair."
ACTION_LIST = "Clerk to send out action list as soon as possible."
REFLECTORS = "Andy to follow up on the reflector posts for the sharp corner near the Skinners property."
SKINNERS = "16/16 Near Flooding Incident at Mr Skinners Property"
# Wretton Parish Council minutes 2016-03-14, 2016-11-07, 2017-01-23, 2019-05-13 (corpus/parish)
CLERKS_REPORT = "The Clerk had nothing to report as items would be covered on the agenda."
MINUTES_AGREED = "The minutes of the meeting held on 03.10.16 will be agreed at the next meeting of the Parish Council."
CONFIRMED = "Minutes of the meetings held on 28.01.19 and 12.02.19 were also confirmed."
PAINT = "A working party will paint the phone box."
PAINTED = "Volunteers have painted the phone box and signage will be added to indicate the defibrillator presence."
# corpus/pdf/QPR Q3 Cabinet appendix 1.pdf (Kent County Council, quarterly performance report, Q3 2024/25): headings
LTP5 = "Local Transport Plan 5 (LTP5) approved by County Council"
SEND = "SEND (Special Educational Needs and Disability)"

_NAMING = ("entities", "indicators", "reference", "quoted", "part_of", "named_thing", "target_figure", "item_title",
           "same_service")


def _feats(**on) -> dict:
    return {f: np.array([[on.get(f, 0.0)]]) for f in _NAMING}


def _words(text: str) -> list[str]:
    from miner.similarity import analyse

    return analyse(text, bigrams=False)


def test_a_passage_sharing_only_a_meetings_business_is_formula_only():
    assert _formula_only(_words(BROUGHT), _words(BY_CHAIR), _feats(), 0, 0)
    assert _formula_only(_words(MINUTES_AGREED), _words(CONFIRMED), _feats(), 0, 0)
    assert _formula_only(_words("Clerk's Report " + CLERKS_REPORT), _words("Clerk's Report " + CLERKS_REPORT), _feats(), 0, 0)
    assert _formula_only(_words(ACTION_LIST), _words("she agreed to advise the Parish Council as soon as possible"),
                         _feats(), 0, 0)


def test_a_passage_sharing_the_matter_or_a_name_is_not():
    assert not _formula_only(_words(PAINT), _words(PAINTED), _feats(), 0, 0)  # "phone box", "paint"
    # written: only formula words shared, but an entity of the promise named
    assert not _formula_only(_words("The Clerk will report to the next meeting."), _words("The Clerk reported."),
                             _feats(entities=1.0), 0, 0)


def _passage(text: str, heading: str) -> Passage:
    return Passage("doc", "2025-03-01", "s1", "1", 0, len(text), text, heading=heading)


def test_a_bare_heading_is_known_and_a_heading_with_news_still_reads_as_news():
    assert _bare_heading(_passage(SKINNERS, SKINNERS))
    assert _bare_heading(_passage(SEND, "Customer Services – Digital Take-up / " + SEND))
    assert not _bare_heading(_passage(BY_CHAIR, "5. Public Forum"))  # text under a heading
    assert not _bare_heading(_passage(SEND, ""))
    # the bare heading "approved by County Council" says what happened: it stays evidence (the rule asks `relation_of`)
    ltp5 = _passage(LTP5, "Growth, Environment and Transport / " + LTP5)
    assert relation_of("RESOLVED that the County Council approves and adopts Local Transport Plan 5: Striking the Balance.",
                       ltp5, "2024-12-19") != "mentions"
    assert relation_of(REFLECTORS, _passage(SKINNERS, SKINNERS), "2014-11-11") == "mentions"


@pytest.fixture(scope="module")
def wereham():
    return extract_papers(PARISH, ("Wereham Parish Council minutes 2014-11-11.txt", "Wereham Parish Council minutes 2016-04-12.txt"))


@pytest.fixture(scope="module")
def wretton():
    return extract_papers(PARISH, tuple(f"Wretton Parish Council minutes {d}.txt" for d in ("2016-03-14", "2016-11-07", "2017-01-23",
                                                                             "2019-05-13")))


def test_wereham_formulas_and_a_bare_heading_are_no_evidence(wereham):
    # at the starting commit each was `unmeasurable` citing the formula or the heading
    for needle in (BROUGHT, ACTION_LIST, REFLECTORS):
        got = verdicts_with(wereham, needle)
        assert got, needle
        assert all(v.status == "no_evidence" and not v.evidence for v in got), needle


def test_wretton_formulas_are_no_evidence_and_the_phone_box_still_delivered(wretton):
    for needle in (CLERKS_REPORT, MINUTES_AGREED):  # the Clerk's report was linked to itself minuted again
        got = verdicts_with(wretton, needle)
        assert got, needle
        assert all(v.status == "no_evidence" for v in got), needle
    paint = verdicts_with(wretton, PAINT)
    assert paint and paint[0].status == "delivered"
    assert PAINTED in " ".join(paint[0].evidence[0].quote.split())


def test_the_quoted_corpus_papers_hold_the_sentences():
    flat = lambda name: " ".join((PARISH / name).read_text(encoding="utf-8").split())  # noqa: E731
    assert BROUGHT in flat("Wereham Parish Council minutes 2014-11-11.txt")
    assert REFLECTORS in flat("Wereham Parish Council minutes 2014-11-11.txt")
    assert BY_CHAIR in flat("Wereham Parish Council minutes 2016-04-12.txt")
    assert SKINNERS in flat("Wereham Parish Council minutes 2016-04-12.txt")
    assert CLERKS_REPORT in flat("Wretton Parish Council minutes 2016-11-07.txt")
    assert CLERKS_REPORT in flat("Wretton Parish Council minutes 2017-01-23.txt")
    assert MINUTES_AGREED in flat("Wretton Parish Council minutes 2016-11-07.txt")
    assert CONFIRMED in flat("Wretton Parish Council minutes 2019-05-13.txt")
    assert PAINT in flat("Wretton Parish Council minutes 2016-03-14.txt")
    assert PAINTED in flat("Wretton Parish Council minutes 2019-05-13.txt")
