"""Tracker round 41 (annotations/README.md): a later passage sharing with a promise only words and pairs of words
written all over the authority's papers (in at least `BROAD_SHARE` of its passages and `BROAD_MIN` of them), and no
name, indicator, reference or figure, is no evidence of it, neither linked nor cited (`track_links._broad_only`).
Real sentences from Kent's corpus papers (corpus/kent); the passage counts in the comments are those of Kent's block
(5,260 passages) at the round's start. None from the tracker gold."""

from __future__ import annotations

import numpy as np

from miner.similarity import analyse
from miner.track_links import BROAD_MIN, BROAD_SHARE, _broad_only

# corpus/kent/24-00115 - Appendix B - KCC ICS priorities measures.txt and Appendix G - Key Service Statement.txt
TOGETHER = "We will work together to make health and wellbeing better than any partner can do alone"
PH_GOAL = ("The Public Health Division (PH)'s goal is work with all partners to improve and protect the health and "
           "wellbeing of Kent's residents.")
# corpus/kent/24-00115 - Appendix B and Appendix D - Kent Minerals and Waste Local Plan - Non-Technical summary.txt
EMPLOYMENT = "Increase employment rates in Kent"
EMPLOYMENT_ROSE = ("The overall employment rate in Kent has risen since the KMWLP was adopted, from 73.8% in 2016 to "
                   "78.9% in 2023.")
# corpus/pdf/Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf and corpus/pdf/QPR Q3 Cabinet appendix 1.pdf
FRAMEWORK = "Work was ongoing with the implementation plan for the Kent and Medway economic framework."
FRAMEWORK_DONE = ("Work has continued on the delivery of the Phase 1 Implementation Plan for the Kent & Medway Economic "
                  "Framework with regular updates being provided to the Kent & Medway Economic Partnership")

# words in 1% or more of Kent's passages and in 50 or more: work 463, partner 100+, health 530, wellb 117, improv 317,
# kent 1111, employ 61, rate 154, framework 69, economic 79, impl 94, plan 556, medway 205, "kent medway" 154
BROAD = {"work", "partner", "health", "wellb", "improv", "kent", "employ", "rate", "framework", "economic", "impl",
         "plan", "medway", "kent medway", "health wellb"}
_FEATS = ("names", "entities", "indicators", "reference", "quoted", "part_of", "named_thing", "target_figure", "item_title",
          "same_service")


def _feats(**on) -> dict:
    return {f: np.array([[on.get(f, 0.0)]]) for f in _FEATS}


def _w(text: str) -> list[str]:
    return analyse(text, bigrams=True)


def test_an_aim_sharing_only_broad_words_with_another_papers_aim_is_no_evidence():
    assert _broad_only(_w(TOGETHER), _w(PH_GOAL), BROAD, _feats(), 0, 0)


def test_a_shared_rare_pair_of_words_is_the_promises_matter():
    # "employment rate" (6 passages), "economic framework" (8), "implementation plan" (7): each word broad, the pair not
    assert not _broad_only(_w(EMPLOYMENT), _w(EMPLOYMENT_ROSE), BROAD, _feats(), 0, 0)
    assert not _broad_only(_w(FRAMEWORK), _w(FRAMEWORK_DONE), BROAD, _feats(), 0, 0)


def test_a_shared_name_or_a_rare_word_is_an_anchor():
    assert not _broad_only(_w(TOGETHER), _w(PH_GOAL), BROAD, _feats(entities=0.5), 0, 0)
    assert not _broad_only(_w(TOGETHER), _w(PH_GOAL), BROAD, _feats(names=0.5), 0, 0)
    assert not _broad_only(_w(TOGETHER), _w(PH_GOAL), BROAD - {"wellb"}, _feats(), 0, 0)


def test_a_small_blocks_words_are_never_broad():
    # a parish's minutes (some 200-300 passages): a word must be in BROAD_MIN passages, not 1% of them ("play area")
    assert max(BROAD_SHARE * 300, BROAD_MIN) == BROAD_MIN > 0.1 * 300
