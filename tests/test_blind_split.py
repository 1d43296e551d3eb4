"""Blind set 3 (annotations/README.md, "Blind set 3"): the papers of corpus/blind/ load and score as their
own split, their gold quotes are in their text, and no tuned or training split takes them in."""

from __future__ import annotations

import re
from pathlib import Path

from miner.evaluation import claims, compare, entities, is_blind, statements
from miner.readers import read_document

ROOT = Path(__file__).resolve().parent.parent
BLIND = sorted(p.name for p in (ROOT / "corpus" / "blind").glob("*.txt"))


def test_blind_split_is_the_six_papers_of_corpus_blind_in_every_area():
    assert len(BLIND) == 6
    paths = [f"corpus/blind/{name}" for name in BLIND]
    assert entities.split_files(entities.load_gold(), "blind") == paths
    assert sorted(f for f in statements.load_gold() if is_blind(f)) == paths
    assert sorted(f for f in claims.load_gold() if is_blind(f)) == BLIND
    assert all(claims.corpus_path(name).parent.name == "blind" for name in BLIND)


def test_no_tuned_training_or_all_split_takes_a_blind_paper():
    gold = entities.load_gold()
    for split in ("train", "heldout", "all"):
        assert not any(is_blind(f) for f in entities.split_files(gold, split)), split
    assert not any(is_blind(f) for f in compare.tuned_files())
    assert not is_blind("corpus/kent/Governance Update Report.txt") and not is_blind("001_fd1a3b6a4ff01199.txt")


def test_every_blind_gold_quote_is_in_its_paper():
    texts = {name: read_document(ROOT / "corpus" / "blind" / name).text for name in BLIND}
    squash = lambda s: re.sub(r"\s+", " ", s).strip().lower()  # noqa: E731 - the statements matcher's squash
    for f, rows in statements.load_gold().items():
        if is_blind(f):
            text = squash(texts[Path(f).name])
            assert rows and all(squash(g.quote) in text for g in rows), f
    for f, rows in entities.load_gold().items():
        if is_blind(f):
            text = texts[Path(f).name]
            assert all(entities._surface_regex(r["text"]).search(text) for r in rows), f
    for name, rows in claims.load_gold().items():
        if is_blind(name):
            text = texts[name]
            spans = [claims.locate(text, r["quote"], r.get("context")) for r in rows if r["type"] == "claim"]
            assert all(spans) and len(set(spans)) == len(spans), name  # each claim at its own place


def test_a_blind_paper_scores_through_the_claims_evaluator():
    name = next(n for n in BLIND if n.startswith("Halton"))
    result = claims.evaluate("blind", files=[name])
    assert result["tuned"] is None and result["heldout"] is None
    counts = claims.score_document(name, claims.load_gold()[name])["counts"]
    assert counts.get("unlocated", 0) == 0 and counts.get("tp", 0) + counts.get("fn", 0) == 1
    assert result["documents"][name]["split"] == "blind" and result["blind"] is not None
