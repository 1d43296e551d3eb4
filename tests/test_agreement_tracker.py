"""The tracker agreement study on the real files: B's annotation is usable and complete, and
`--diff` never shows a held-out (report split) promise. Reads and sections one paper (~1 s)."""

from __future__ import annotations

import importlib.util
import json

import pytest

from miner.evaluation.tracker import ROOT, split_of, squash

spec = importlib.util.spec_from_file_location("agreement_tracker", ROOT / "scripts" / "agreement_tracker.py")
agreement = importlib.util.module_from_spec(spec)
spec.loader.exec_module(agreement)


@pytest.fixture(scope="module")
def rows():
    return agreement.pair(agreement.load_gold("verdicts.jsonl"), agreement.load_b())


@pytest.fixture(scope="module")
def paras():
    return agreement.Paragraphs()


def test_b_judges_every_a_promise_once_with_a_known_status(rows):
    b = agreement.load_b()
    assert len(rows) == len(b) == 69
    assert {r["status"] for r in b} <= set(agreement.STATUSES)


def test_every_b_quote_is_one_paragraph_of_the_later_paper(rows, paras):
    text = squash(agreement.LATER.read_text(encoding="utf-8"))
    for _, b in rows:
        if b["status"] == "no_evidence":
            assert b["evidence_quote"] is None and b["evidence_file"] is None
            continue
        assert b["evidence_file"] == "corpus/seeds/" + agreement.JUDGED_FROM
        assert text.count(squash(b["evidence_quote"])) == 1, b["evidence_quote"]
        assert paras.of(b["evidence_quote"]) is not None, b["evidence_quote"]


def test_kappa_is_one_for_identical_labels_and_zero_at_chance():
    assert agreement.kappa([("a", "a"), ("b", "b")]) == 1.0
    assert agreement.kappa([("a", "a"), ("a", "b"), ("b", "a"), ("b", "b")]) == 0.0


def test_diff_shows_no_report_split_promise(rows, capsys):
    agreement.main(["--json", "--diff"])
    out = capsys.readouterr().out
    scores = json.loads(out[: out.index("\nTune-split")])["scores"]
    assert scores["all"]["promises"] == 69
    shown = out[out.index("\nTune-split"):]
    for a, _ in rows:
        if split_of(a) == "report":
            assert repr(a["promise_quote"][:80]) not in shown


def test_the_statements_second_reading_loads_beside_the_tracker_one():
    """annotations/agreement/ holds both second readings; the statements loader takes only papers' rows."""
    from miner.evaluation.statements import load_gold

    gold = load_gold(ROOT / "annotations" / "agreement")
    assert sorted(f.rsplit("/", 1)[-1] for f in gold) == ["002_ae80002c44bcfba2.txt", "CPP Minutes 29.10.24.pdf"]
