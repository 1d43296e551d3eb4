"""Statements round 77 (annotations/README.md): the tracker gold's tune-half promises the statement finder never finds
(26 of 168 at the start), sorted into classes and counted on the statements pool and the tuned papers; measured, nothing
shipped. Two classes held three or more batches: W, a wish, hope or commitment worded without "will" ("It was hoped that
... could be provided", "we would like a replacement pool to be built", "has made a commitment to review ...", "Our
commitment extends to ...", "The sub-group hopes to report back ...") and N, a noted intention or decision to act read as
a decision ("Members noted the intention to standardise ..."). Cue-file variants for both found three pool gold promises
and six tracker tune promises with no false promise added, but the tracker gave five of the six newly tracked promises a
wrong verdict, so three tune halves' collapsed accuracy fell (the same rows right) and the declared rule refused them.
These tests hold the measurement's premises: the rows the round counted are tune rows of the tracker gold (never a report
row) and real quotes of their papers, and the pool rows the classes were counted on are gold promises of their batches.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import miner.evaluation.statements as ev
from miner.evaluation import tracker

ROOT = tracker.ROOT

# (gold set, the promise quote's opening): the tune rows the W and N variants tracked (W: Bolsover, Derby; N: Minting,
# Doncaster)
TUNE_ROWS = [
    ("bolsover", "It was hoped that this information could be provided"),
    ("derby", "we would like a replacement pool to be built at Moorways"),
    ("derby", "It enshrined our commitment to cleaner streets"),
    ("derby", "This administration has made a commitment to review our finances"),
    ("minting", "to write to ELDC Planning Dept, making a formal complaint"),
    ("doncaster", "The Committee noted the arrangements to monitor and ensure"),
]

# (check batch, the gold promise's opening): the pool's rows of the same classes
POOL_ROWS = [
    ("check60", "Members noted the intention to standardise house layouts"),
    ("check63", "Our commitment extends to managing staff attendance figures"),
    ("check66", "The sub-group hopes to report back to Council in the New Year"),
]


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u2019", "'")).strip().lower()


def gold_file(name: str) -> str:
    return tracker.AUTHORITY_SETS.get(name, ("verdicts.jsonl",))[0]


@pytest.mark.parametrize("name,opening", TUNE_ROWS)
def test_counted_tracker_rows_are_tune_rows_of_their_papers(name, opening):
    rows = [r for r in tracker.load_gold(gold_file(name)) if r["promise_quote"].startswith(opening)]
    assert len(rows) == 1
    row = rows[0]
    assert tracker.split_of(row) == "tune"  # the round never read a report row
    text = (ROOT / row["promise_file"]).read_text(encoding="utf-8", errors="replace")
    assert squash(row["promise_quote"]) in squash(text)


@pytest.mark.parametrize("batch,opening", POOL_ROWS)
def test_pool_class_rows_are_gold_promises_of_their_batch(batch, opening):
    pages = ev.check_batches()[batch]
    gold = ev.load_check_gold()
    hits = [g for f in pages for g in gold.get(f, []) if g.quote.startswith(opening)]
    assert len(hits) == 1
    assert hits[0].kind in ev.PROMISE
