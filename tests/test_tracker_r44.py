"""Tracker round 44 (annotations/README.md): a third gold set, on an authority no tracker round tuned on.

`annotations/tracker/minting_verdicts.jsonl`: every promise in the stored openings of Minting and Gautby Parish
Council's minutes 2019-2025 (corpus/web, from https://minting.parish.lincolnshire.gov.uk/council-business/...,
addresses in corpus/MANIFEST.tsv), each judged from the later minutes. These tests hold the gold to its files and
its split, and check the evaluator runs on it; they assert no score (the set is scored once, as measured, in the
write-up)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_declared_split, check_fresh_tracker_gold, manifest_rows
from miner.evaluation import tracker as evaluation

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "annotations" / "tracker" / "minting_verdicts.jsonl"
AUTHORITY = "Minting and Gautby Parish Council"
# the split declared with the gold (round 44), before the set was scored: promise quote (start) -> half
SPLIT = {
    "It was agreed that the Chairman write to the person": "report",
    "A detailed minute of the session would be retained": "tune",
    "the Gautby defibrillator code, which would be retained": "report",
    "Councillors agreed that the PC would fully support the": "report",
    "The advice of the County Highways Department would be": "report",
    "to write to ELDC Planning Dept, making a formal complaint": "tune",
    "Cllrs agreed to reply to the effect that they thought": "report",
    "no quotations for the proposed new gates for Gautby": "tune",
    "The Minting Classic Motor Show preparations were ongoing": "report",
    "the proposed Broadband extension in Minting was making": "tune",
    "EC said that he would arrange a meeting": "report",
    "forwarded a report that would be circulated to members": "tune",
    "Arrangements for the Classic Motor Show were progressing": "tune",
    "EC said that the PC would be looking into the legal and": "tune",
}


def test_every_quote_is_in_its_file_once_and_evidence_comes_from_a_later_paper_of_the_same_council():
    check_fresh_tracker_gold(GOLD, AUTHORITY, 14)


def test_every_paper_of_the_council_is_a_stored_page_listed_in_the_manifest():
    pages = [r for r in manifest_rows().values() if r["authority"] == AUTHORITY]
    assert len(pages) == 20 and all(r["file"].startswith("web/") and r["kind"] == "minutes" for r in pages)
    assert all((ROOT / "corpus" / r["file"]).is_file() for r in pages)
    assert all("minting.parish.lincolnshire.gov.uk" in r["source"] for r in pages)


def test_the_split_is_the_declared_hash_rule_and_stays_as_declared():
    check_declared_split(GOLD, SPLIT, 7)


def test_gold_choices_both_stays_medway_and_kent_and_all_adds_minting(monkeypatch):
    assert evaluation.GOLD_CHOICES["both"] == ("medway", "kent")
    assert evaluation.GOLD_CHOICES["all"][:3] == ("medway", "kent", "minting")  # round 45 adds thornhaugh
    calls = []

    def fake(split, gold_set):
        calls.append((split, gold_set))
        return {"gold_set": gold_set, "rows": [], "per_status": {}, "confusion": {}}

    monkeypatch.setattr(evaluation, "evaluate", fake)
    both = evaluation.main(["--split", "tune", "--json"])
    assert calls == [("tune", "medway"), ("tune", "kent")] and "minting" not in both and both["kent"]["gold_set"] == "kent"
    calls.clear()
    every = evaluation.main(["--split", "report", "--gold", "all"])
    assert [g for _, g in calls][:3] == ["medway", "kent", "minting"] and every["minting"]["gold_set"] == "minting"
    calls.clear()
    alone = evaluation.main(["--gold", "minting", "--json"])
    assert calls == [("report", "minting")] and alone["gold_set"] == "minting" and "kent" not in alone


@pytest.mark.slow
def test_the_evaluator_runs_on_the_minting_gold():
    """The whole set, tracked from the council's 20 papers as `miner ingest` would read them; no score asserted."""
    res = evaluation.evaluate("all", gold_set="minting")
    assert res["gold_set"] == "minting" and res["gold_promises"] == 14
    assert 0 <= res["matched_promises"] <= 14 and res["series"] is None
    assert res["cross_authority_links"] == 0
    assert len(evaluation.authority_extractions(AUTHORITY, "web/")) == 20
    halves = [evaluation.evaluate(s, gold_set="minting")["gold_promises"] for s in ("tune", "report")]
    assert halves == [7, 7]
