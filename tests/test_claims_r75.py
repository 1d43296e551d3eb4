"""Claims round 75: the fresh batches F60 to F73 (rounds 60 to 73, 79 pages, 432 gold claims) committed as a claims
check set, the way the entities and statements areas commit theirs: pages in corpus/web with MANIFEST rows (the source
column names the batch's folder and the page's address), gold in `annotations/claims/checks/<batch>/gold.jsonl`,
outside every split (`load_gold` reads the top folder alone). `scripts/evaluate.py claims --split checks` scores each
folder of `checks/` as a batch and pools their counts; on d237f9b its numbers equal the scratch batch script's, batch by
batch (pooled P / R / F1 0.917 / 0.942 / 0.929, indicator 352/407, as-of 315/407)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import gold_rows, manifest_rows

ROOT = Path(__file__).resolve().parents[1]
CHECKS = ROOT / "annotations" / "claims" / "checks"
BATCHES = {"F60": 22, "F61": 36, "F62": 47, "F63": 35, "F64": 43, "F65": 39, "F66": 40, "F67": 22, "F68": 42, "F70": 25,
           "F71": 26, "F72": 26, "F73": 29}


def test_the_check_set_has_its_batches_pages_gold_and_manifest_rows_outside_every_split():
    from miner.evaluation import claims, entities, is_blind, statements

    checks = claims.load_checks()
    assert {b: sum(map(len, gold.values())) for b, gold in checks.items()} == BATCHES
    pages = [name for gold in checks.values() for name in gold]
    assert len(pages) == len(set(pages)) == 79
    manifest = manifest_rows()
    for batch, gold in checks.items():
        for name, rows in gold.items():
            row = manifest["web/" + name]
            assert f"annotations/claims/checks/{batch}/" in row["source"] and row["source"].startswith("http")
            text = " ".join(claims.corpus_path(name).read_text(encoding="utf-8").split())
            assert all(" ".join(r["quote"].split()) in text for r in rows)  # every quote is the page's own words
            assert claims.corpus_path(name).parent.name == "web"
    assert not set(pages) & set(claims.load_gold()) and not set(pages) & claims.HELDOUT
    assert not any(is_blind(p) for p in pages)
    for module in (statements, entities):
        assert not {"corpus/web/" + p for p in pages} & set(module.load_gold())


def test_the_checks_split_is_every_batch_folder_found_by_rule(tmp_path):
    from miner.evaluation import claims

    row = {"file": "a.txt", "quote": "£1m", "context": "of £1m", "value": 1e6, "unit": "GBP"}
    for batch in ("F99", "G01"):
        (tmp_path / batch).mkdir()
        (tmp_path / batch / "gold.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    (tmp_path / "empty").mkdir()  # a folder without gold is no batch
    (tmp_path / "notes.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")  # nor a file beside the folders
    assert list(claims.load_checks(tmp_path)) == ["F99", "G01"]
    assert claims.load_checks(tmp_path / "missing") == {}


def test_a_batch_is_scored_alone_and_pooled_by_counts(tmp_path):
    from miner.evaluation import claims

    somerset = "Somerset Council - Scrutiny Committee - Children and Families.txt"  # F72, all right since round 73
    rows = [r for r in gold_rows(CHECKS / "F72" / "gold.jsonl") if r["file"] == somerset]
    (tmp_path / "X").mkdir()
    (tmp_path / "X" / "gold.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = claims.evaluate_checks(tmp_path)
    assert list(result["batches"]) == ["X"] and result["documents"][somerset]["split"] == "checks/X"
    assert result["batches"]["X"]["counts"] == result["pooled"]["counts"]
    assert result["pooled"]["counts"]["tp"] == len(rows) == 5 and result["pooled"]["f1"] == 1.0
    assert not any(name.startswith("checks") for name in claims.load_gold())  # the tuned gold is the top folder
