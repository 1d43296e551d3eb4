"""Tracker round 57 (annotations/README.md): candidate recall on the nine gold sets' tune halves, measured, nothing
shipped. Of the tune rows with gold evidence whose promise is tracked, the gold passage was never lost before scoring:
every gold quote lies inside one tracker passage (none straddles two or falls in a section too short to be one) of a
paper dated after the promise's (none outside the window the linker compares). The misses are scored and ranked
(most first to tenth, under the threshold, with nothing linked); the round's trial (a promise naming its matter by a
pronoun or "our/these <noun>" taking the sentence before as context, in every paper kind and across a paragraph
break) turned no tune row right, so the code is the start's. These tests hold the measurement's premise, so a change
to how passages are cut that loses a gold passage fails here.
"""

from __future__ import annotations

from functools import lru_cache

from miner.evaluation import tracker as evaluation
from miner.ingest import prepare
from miner.model import Extraction
from miner.track_passages import passages_of

ROOT = evaluation.ROOT


@lru_cache(maxsize=None)
def paper(rel: str):
    doc, sections = prepare(ROOT / rel)
    return doc, passages_of(Extraction(doc, sections))


def tune_rows_with_evidence():
    for name in evaluation.GOLD_SETS:
        gold_file = evaluation.AUTHORITY_SETS.get(name, ("verdicts.jsonl",))[0]
        for row in evaluation.load_gold(gold_file):
            if evaluation.split_of(row) == "tune" and row.get("evidence_quote"):
                yield name, row


def test_every_tune_gold_quote_lies_inside_one_later_passage():
    rows = list(tune_rows_with_evidence())
    assert len(rows) == 67 and {name for name, _ in rows} == set(evaluation.GOLD_SETS)
    for name, row in rows:
        promise_doc, _ = paper(row["promise_file"])
        doc, passages = paper(row["evidence_file"])
        assert doc.meeting_date and promise_doc.meeting_date and doc.meeting_date > promise_doc.meeting_date, (
            name, row["evidence_file"])
        for quote in evaluation.evidence_quotes(row):
            at = evaluation.squash_index(doc.text, quote)
            assert at is not None, (name, quote)
            # the whole quote inside the passage that holds its start (none straddles a section break)
            holders = [p for p in passages if p.start <= at < p.end]
            assert len(holders) == 1 and evaluation.squash_index(holders[0].text, quote) is not None, (name, quote)
