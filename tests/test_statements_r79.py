"""Statements round 79 (stop 70, helper st79): the check pool's promise false positives and misses, by class.

Nothing shipped (RULES_VERSION stays 68): see annotations/README.md, "Statements round 79". The count rests on how
the evaluator matches a gold quote to a found statement (rapidfuzz `partial_ratio` >= 90 on whitespace-collapsed
text, the shorter string aligned inside the longer), so a statement the finder splits in two, or finds with a run-in
title before it, is found, and a boundary mismatch costs a miss and a false promise only when the two texts overlap
in part. The tests hold that premise, and the found priority that the one declared variant (T: a run-in title stripped
from unnumbered units too) lost, so a later boundary change cannot lose it unseen
(the rules alone find nothing on the page).

Page quoted (corpus/web, check batch check72, in sample): Kimblesworth and Plawsworth Parish Council's aims and
objectives.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from miner.evaluation.statements import Gold, score

KIMBLESWORTH = "corpus/web/Kimblesworth and Plawsworth Parish Council - Aims and Objectives.txt"
TWO = "The Clerk will write to Highways about the drain. A reply will be reported to the next meeting."


def found(text: str, kind: str = "commitment"):
    return SimpleNamespace(text=text, kind=kind, method="rule:test@0", deadline=None)


def gold(quote: str, kind: str = "commitment") -> Gold:
    return Gold(file="page.txt", kind=kind, quote=quote)


def test_a_gold_statement_the_finder_splits_in_two_is_found_without_a_false_promise():
    s = score([gold(TWO)], [found("The Clerk will write to Highways about the drain."),
                            found("A reply will be reported to the next meeting.")])
    assert s["promise"] == {"tp": 1}


def test_two_gold_statements_the_finder_merges_are_both_found():
    s = score([gold("The Clerk will write to Highways about the drain."),
               gold("A reply will be reported to the next meeting.")], [found(TWO)])
    assert s["promise"] == {"tp": 2}


def test_a_run_in_title_before_the_gold_quote_still_matches():
    s = score([gold("The Clerk will write to Highways about the drain.")],
              [found("Highways matters\nThe Clerk will write to Highways about the drain.")])
    assert s["promise"] == {"tp": 1}


def test_a_partial_overlap_is_a_miss_and_a_false_promise():
    # the finder's sentence starts inside the gold quote and runs on into the next: neither holds the other
    s = score([gold(TWO)], [found("A reply will be reported to the next meeting. The footpath will be cut in May.")])
    assert s["promise"]["fn"] == 1 and s["promise"]["fp"] == 1 and not s["promise"]["tp"]


@pytest.fixture(scope="module")
def kimblesworth(base_nlp):
    from conftest import page_statements

    return page_statements(KIMBLESWORTH, base_nlp)  # rules + the shipped classifier


def test_the_first_aim_under_a_run_in_lead_in_title_is_found_as_a_promise(kimblesworth):
    # "Aims & Objectives" runs into the first aim in one unit, and the classifier reads the two as a promise (a
    # commitment; gold: priority, one promise class); stripping the title as a run-in title (variant T) lost it
    hits = [k for t, k in kimblesworth.items() if "To provide effective, efficient and accountable local government" in t]
    assert len(hits) == 1 and hits[0] in ("priority", "commitment", "challenge")
