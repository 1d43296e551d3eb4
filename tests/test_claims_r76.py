"""Claims round 76: round 75's fresh batch F74 (5 pages, 29 gold claims) committed as a check batch the way round 75
committed F60 to F73 (pages in corpus/web with MANIFEST rows, gold in `annotations/claims/checks/F74/gold.jsonl`,
outside every split)."""

from __future__ import annotations

from pathlib import Path

from conftest import manifest_rows

ROOT = Path(__file__).resolve().parents[1]
CHECKS = ROOT / "annotations" / "claims" / "checks"
F74 = {"East Sussex Fire Authority - Panel.txt": 2,
       "Epsom and Ewell Borough Council - Licensing and Planning Policy Committee.txt": 4,
       "Gloucestershire County Council - Cabinet.txt": 12, "North Norfolk District Council - Cabinet.txt": 9,
       "Northampton Borough Council - Cabinet.txt": 2}


def _batch_is_committed(batch: str, pages: dict[str, int]) -> None:
    from miner.evaluation import claims, entities, is_blind, statements

    checks = claims.load_checks()
    gold = checks[batch]
    assert {name: len(rows) for name, rows in gold.items()} == pages
    manifest = manifest_rows()
    for name, rows in gold.items():
        row = manifest["web/" + name]
        assert f"annotations/claims/checks/{batch}/" in row["source"] and row["source"].startswith("http")
        text = " ".join(claims.corpus_path(name).read_text(encoding="utf-8").split())
        assert all(" ".join(r["quote"].split()) in text for r in rows)  # every quote is the page's own words
        assert claims.corpus_path(name).parent.name == "web"
    others = [n for b, g in checks.items() if b != batch for n in g]
    assert not set(gold) & set(others)  # no page in two batches
    assert not set(gold) & set(claims.load_gold()) and not set(gold) & claims.HELDOUT
    assert not any(is_blind(p) for p in gold)
    for module in (statements, entities):
        assert not {"corpus/web/" + p for p in gold} & set(module.load_gold())


def test_f74_is_a_committed_check_batch_outside_every_split():
    _batch_is_committed("F74", F74)
