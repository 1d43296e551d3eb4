"""Tracker round 35 (annotations/README.md): a vague promise's mention is on its matter (`track_judge.on_its_matter`)
only by words it really shares: a name written with a number is one thing only with the same number ("IFRS 16" is not
"IFRS 9"), and a pair of words counts only when the two are side by side in both texts ("implement joint" is no pair
of "the implementation of a joint ..."). The word lists still in tracker code (calendar words, the verbs of a promise
pointing back or following up, name joiners, verdicts' bad judgements and count words) are read from
`patterns/verdict_cues.json`. Real promises and sentences from corpus/kent text papers (Kent County Council papers
that the Kent tracker gold, read from Kent's PDFs, does not use); none from the tracker gold. Written sentences say
so."""

from __future__ import annotations

from pathlib import Path

import pytest

from miner import track, track_judge, track_names, track_passages, verdicts
from miner.track_judge import _other_numbers, _own_names, _side_by_side, on_its_matter
from miner.track_text import cue_words

ROOT = Path(__file__).resolve().parents[1]
KENT = ROOT / "corpus" / "kent"
PARISH = ROOT / "corpus" / "parish"
KENT_OWN = _own_names("Kent County Council")

# Appendix N - Capital Strategy (Kent County Council, budget papers of 2025-26)
IFRS16 = "As a result of International Financial Reporting Standard (IFRS)16 the CFR will increase by approximately £56m as at 31.03.2025."
# Council Report Mid Year 24-25 (Kent County Council), 7.6 IFRS 9 Statutory Override
IFRS9 = ("However, the relevant accounting provision (known as the “IFRS 9 statutory override”) is temporary in nature and "
         "is due to expire on 31 March 2025 and therefore (in the absence of any future regulatory changes), the Council will "
         "begin to recognise movements in the fair value of pooled fund investments from 2025/26, including the cumulative "
         "position to .")
# Appendix N - Capital Strategy, later in the paper: the same standard
IFRS16_AGAIN = ("Both the CFR and the other long term liabilities figures will be impacted by IFRS16 by approximately £56m as at "
                "31.03.25.")
# 24-00115 - Appendix B - KCC ICS priorities measures
JOINT = "Develop and implement joint Research Innovation and Improvement function with ICB"


def test_the_quoted_papers_are_in_the_corpus():
    assert IFRS16 in (KENT / "Appendix N - Capital Strategy.txt").read_text(encoding="utf-8")
    assert IFRS16_AGAIN in (KENT / "Appendix N - Capital Strategy.txt").read_text(encoding="utf-8")
    assert IFRS9 in (KENT / "Council Report Mid Year 24-25.txt").read_text(encoding="utf-8")
    assert JOINT in (KENT / "24-00115 - Appendix B - KCC ICS priorities measures.txt").read_text(encoding="utf-8")


def test_a_name_with_another_number_is_another_thing():
    assert _other_numbers(IFRS16, IFRS9) == frozenset({"ifr"})
    assert not on_its_matter(IFRS16, IFRS9, KENT_OWN)
    # the same standard with the same number is the same thing
    assert _other_numbers(IFRS16, IFRS16_AGAIN) == frozenset()
    # a name without a number in the sentence is left alone (written)
    assert _other_numbers(IFRS16, "The IFRS work is on track.") == frozenset()


def test_a_pair_of_words_only_side_by_side_in_both():
    # written, after a Kent question answered in March 2025: the verb's noun and the adjective with "of a" between
    written = "An area of further development in 2025-2026 will be the implementation of a joint bed brokerage pathway."
    assert "impl joint" not in _side_by_side(written)
    assert not on_its_matter(JOINT, written, KENT_OWN)
    # a pair written side by side in both still counts (Appendix B: "Tackle mental health issues ..."; written sentence)
    assert on_its_matter("Tackle mental health issues with the same priority as physical illness",
                         "Referrals to the mental health service rose this year.", KENT_OWN)


def test_word_lists_are_read_from_verdict_cues():
    assert track_judge._MONTHS == cue_words("months") and track_judge._MONTHS[0] == "january"
    assert {"monday", "december"} <= track_names._CALENDAR
    assert "upon" in track_passages._JOINERS
    assert "inadequate" in verdicts.BAD_JUDGEMENTS
    # the patterns built from them still read the corpus's sentences as before
    assert track_passages._POINTS_BACK.match("We will reduce this to 140 by March 2023")
    assert track_passages._FOLLOWS_UP.search("The Clerk will contact NCC Highways and chase this up.")
    assert track_passages._DEFINITE.search("the hub will open by spring 2024")
    assert not track_passages._POINTS_BACK.match("We will reduce waiting times to 18 weeks")


@pytest.fixture(scope="module")
def stoke_ferry():
    from miner.extract import extract
    from miner.ingest import prepare
    from miner.nlp.pipeline import load_pipeline

    nlp, out = load_pipeline(), []
    for name in ("Stoke Ferry Parish Council minutes 2018-01-03.txt", "Stoke Ferry Parish Council minutes 2020-01-08.txt"):
        doc, sections = prepare(PARISH / name)
        out.append(extract(doc, sections, nlp=nlp))
    return out, track.track(out)


def test_a_follow_up_is_not_cited_by_news_of_another_matter(stoke_ferry):
    # January 2018: "The Clerk would follow up with her towards the end of January for an update." (the Conservation
    # Officer, on the 'Old Dukes' and the 'Millers Arms'); at the starting commit `unmeasurable`, citing January 2020's
    # communal shrubbery beds: "Weeding, digging and raking will be completed by the end of January ..."
    exs, result = stoke_ferry
    by_id = {v.promise_id: v for v in result.verdicts}
    found = [by_id[st.id] for ex in exs for st in ex.statements
             if st.id in by_id and "follow up with her towards the end of January" in st.text]
    assert found
    assert all(not any("Weeding" in e.quote for e in v.evidence) for v in found)
