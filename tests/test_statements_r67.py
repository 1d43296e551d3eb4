"""Statements round 67 (stop 64, helper st67): one pooled out-of-sample set, and the classifier judged on it by
leaving a batch out.

The fresh batches that lived only in helpers' scratch folders (K, round 58; L, round 60; P, round 64; R, round 66)
are committed as check batches the way round 65 committed Q: pages in corpus/web with MANIFEST rows, gold in
`annotations/statements/check58|check60|check64|check66/` (not read by `load_gold`). `check_batches` finds every
check batch by a rule (a subfolder with `pages.txt` and its own gold), `scripts/evaluate.py statements --split checks`
scores them per batch and pooled, and `--lobo` judges a refit by leaving one batch out.

Pages quoted (the addresses are in the MANIFEST rows too):
https://www.penrithtowncouncil.co.uk/council-business/council-plan/ (R)
https://middevonparish.co.uk/shobrooke-parish-council/parish-council-action-plan (P)
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from conftest import gold_rows, manifest_rows

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "annotations" / "statements"
WEB = "corpus/web/"
PENRITH = WEB + "Penrith Town Council - Council Business Plan 2017-2023.txt"
HERTSMERE = WEB + "Hertsmere Borough Council - Council minutes, items 213 on.txt"
# folder: (pages, gold promises, what the MANIFEST source says)
BATCHES = {"check58": (10, 7, "fresh batch K"), "check60": (9, 18, "fresh batch L"), "check63": (12, 63, "check batch N"),
           "check64": (8, 52, "fresh batch P"), "check65": (11, 56, "check batch Q"), "check66": (5, 28, "fresh batch R"),
           "round58": (17, 22, ""), "check68": (8, 31, "fresh batch S"),
           "check69": (8, 10, "fresh batch T"), "check70": (6, 10, "fresh batch U"),
           "check71": (7, 25, "fresh batch V"), "check72": (7, 68, "fresh batch W"),
            "check73": (5, 10, "fresh batch X"), "check74": (7, 30, "fresh batch Y"),
            "check75": (5, 25, "fresh batch Z")}  # S: round 68; T: 69; U: 70; V: 71; W: 72; X: 73; Y: 74; Z: 75


def test_check_batches_are_found_by_rule_not_by_a_list():
    from miner.evaluation.statements import check_batches

    found = check_batches()
    assert {b: len(p) for b, p in found.items()} == {b: v[0] for b, v in BATCHES.items()}
    # round53/ lists pages whose gold is tuned (no gold of its own), round29/ has no pages.txt: neither is a check
    assert "round53" not in found and "round29" not in found
    assert (GOLD / "round53" / "pages.txt").exists() and not list((GOLD / "round53").glob("*.jsonl"))


def test_committed_batches_have_pages_gold_and_manifest_rows_outside_every_split():
    from miner.evaluation import claims, entities, is_blind
    from miner.evaluation.statements import HELDOUT, PROMISE, check_batches, load_check_gold, load_gold

    found, gold = check_batches(), load_check_gold()
    manifest = {"corpus/" + f: row for f, row in manifest_rows().items()}
    for batch, (pages, promises, marker) in BATCHES.items():
        listed = found[batch]
        assert all((ROOT / p).exists() and p in manifest for p in listed)
        assert all(marker in manifest[p]["source"] and manifest[p]["kind"] in ("minutes", "report") for p in listed)
        assert sum(g.kind in PROMISE for p in listed for g in gold.get(p, [])) == promises
        rows = [r for path in (GOLD / batch).glob("*.jsonl") for r in gold_rows(path)]
        assert {r["file"] for r in rows} <= set(listed)  # the gold is about the batch's own pages
        for p in listed:  # every quote is the page's own words
            text = " ".join((ROOT / p).read_text(encoding="utf-8").split())
            assert all(" ".join(g.quote.split()) in text for g in gold.get(p, []))
    pool = [p for ps in found.values() for p in ps]
    assert len(pool) == len(set(pool)) == 125  # 72 pages (two newspaper pages removed at stop 68), batches S (8, round 68), T (8, 69), U (6, 70), V (7, 71), W (7, 72), X (5, 73), Y (7, 74), Z (5, 75)
    assert not set(pool) & set(load_gold()) and not set(pool) & HELDOUT and not any(is_blind(p) for p in pool)
    for module in (claims, entities):
        assert not set(pool) & set(module.load_gold())
    # L's Hertsmere page has no gold statement: it is listed, so what is found on it counts as false
    assert HERTSMERE in found["check60"] and HERTSMERE not in gold


def test_paired_bootstrap_is_fixed_by_its_seed_and_zero_for_one_system():
    from miner.evaluation.statements import paired_bootstrap

    a = [Counter(tp=3, fp=1, fn=2), Counter(tp=5, fp=0, fn=1), Counter(tp=0, fp=2, fn=3), Counter(tp=4, fp=2, fn=0)]
    b = [Counter(tp=4, fp=1, fn=1), Counter(tp=5, fp=1, fn=1), Counter(tp=2, fp=1, fn=1), Counter(tp=4, fp=2, fn=0)]
    same = paired_bootstrap(list(zip(a, a)), resamples=200)
    assert same["difference"] == 0 and same["ci95"] == [0, 0]
    one, two = paired_bootstrap(list(zip(a, b)), resamples=500), paired_bootstrap(list(zip(a, b)), resamples=500)
    assert one == two and one["seed"] == 67 and one["pages"] == 4
    # pooled F1 = 2tp / (2tp + fp + fn): A 12 5 6 -> 24/35; B 15 5 3 -> 30/38
    assert one["difference"] == round(30 / 38 - 24 / 35, 4)
    assert one["ci95"][0] <= one["difference"] <= one["ci95"][1]


def test_checks_split_scores_a_check_page_against_its_batch_gold(base_nlp):
    """Penrith's business plan page (R): the rules find its counted key areas (round 66), scored against R's gold."""
    from miner.evaluation.statements import evaluate

    result = evaluate([PENRITH, HERTSMERE], split="checks", nlp=base_nlp, systems=("rules",))
    assert set(result["by_batch"]) == set(BATCHES)
    r = result["by_batch"]["check66"]["rules"]
    assert r["gold"] == 9 and r["promise"]["tp"] >= 5
    assert result["by_batch"]["check60"]["rules"]["gold"] == 0  # Hertsmere: no gold, scored all the same
    assert result["per_document"][PENRITH]["rules"]["gold"] == 9


def test_other_splits_do_not_read_the_checks(base_nlp):
    from miner.evaluation.statements import check_batches, evaluate

    pool = {p for ps in check_batches().values() for p in ps}
    tuned = WEB + "Broad Town Parish Council - Parish Council Meeting 2009-08-10.txt"  # round 53's, tuned
    result = evaluate([tuned], split="tuned", nlp=base_nlp, systems=("rules",))
    assert not pool & set(result["files"]) and "by_batch" not in result


@pytest.mark.slow
def test_lobo_at_a_small_scale_refits_without_the_left_out_batch(base_nlp):
    """Leave R out, fit on 3 tuned papers and the other six batches: the saved classifier's rows and the refit's
    are on the same pages, and the bootstrap pairs them page by page."""
    from miner.evaluation.statements import lobo

    result = lobo(batches=["check66"], tuned_limit=3, nlp=base_nlp, resamples=50)
    assert result["batches"] == {"check66": 5} and result["tuned_papers"] == 3
    assert set(result["per_page"]) == set(result_pages := result["per_page"]) and len(result_pages) == 5
    assert result["pooled"]["rules"] == result["by_batch"]["check66"]["rules"]
    assert result["pooled"]["saved_both"]["tp"] + result["pooled"]["saved_both"]["fn"] == 28
    assert result["both_difference"]["pages"] == 5 and result["both_difference"]["resamples"] == 50
