"""Fit the statement classifier on the tuned annotated papers and save it to models/statement_classifier/.

Usage: .venv/bin/python scripts/train_statements.py [--out DIR] [--features G+G...] [--c C] [--include-heldout]

Rows are every sentence (and whole list item) of each annotated paper, as the
real path units them (miner.sections + miner.extract.text_units), labelled
with the kind of the gold quote it overlaps, else "none". The probability
threshold the component uses is chosen first, by leave-one-council-out over
the same papers (`miner.evaluation.statements.choose_threshold`: fit on the
other authorities' papers, score one authority's; the best rules + model
promise F1 of the model alone wins, stop 58), and saved with the model
(`meta["threshold"]`, with the per-threshold table, including rules + model
against the second annotator's reading in `annotations/agreement/`); the same
criterion within minutes and within other papers gives `meta["thresholds"]`,
the threshold per paper kind the component applies (statements round 61).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from miner.evaluation import is_blind  # noqa: E402
from miner.evaluation.statements import (GOLD_DIR, HELDOUT, choose_threshold, fit_model, gold_fingerprint,  # noqa: E402
                                         load_gold, parse_file)
from miner.nlp.pipeline import load_base  # noqa: E402
from miner.nlp.statement_model import DEFAULT_DIR, DEFAULT_FEATURES  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(DEFAULT_DIR))
    ap.add_argument("--version", default="17")
    ap.add_argument("--features", default="+".join(DEFAULT_FEATURES), help="feature groups joined by '+' (statement_model.ALL_FEATURES)")
    ap.add_argument("--c", type=float, default=1.0, help="inverse regularisation of the logistic regression")
    ap.add_argument("--include-heldout", action="store_true", help="also train on held-out papers (not for scoring)")
    args = ap.parse_args(argv)
    gold = load_gold()
    second = load_gold(GOLD_DIR.parent / "agreement")
    # never the blind papers (corpus/blind/), --include-heldout or not: they are scored once, fitted on by nothing
    files = [f for f in sorted(gold) if not is_blind(f) and (args.include_heldout or f not in HELDOUT)]
    features = tuple(args.features.split("+"))
    nlp = load_base()
    parsed = [parse_file(f, nlp) for f in files]
    threshold, table = choose_threshold(parsed, gold, second=second, features=features, c=args.c)
    model, counts = fit_model(parsed, gold, version=args.version, files=files, features=features, c=args.c)
    model.meta["label_counts"] = dict(counts)
    model.meta["gold_fingerprint"] = gold_fingerprint(files, gold)  # the suite checks the shipped model is today's fit
    model.meta["threshold"] = threshold  # the pooled best, read by models saved before per-kind thresholds
    model.meta["thresholds"] = table["thresholds"]  # the same criterion within minutes and within other papers
    model.meta["cv_promise_by_threshold"] = table
    path = model.save(args.out)
    print(json.dumps({"saved": str(path), "files": files, "labels": dict(counts), "features": features, "c": args.c,
                      "threshold": threshold, "thresholds": table["thresholds"], "criterion": table["criterion"],
                      "cv": table["cv"], **{f"cv_{m}": {t: v["f1"] for t, v in table[m].items()}
                                            for m in table if m not in ("cv", "criterion", "by_kind", "thresholds")},
                      **{f"cv_model_{k}": {t: v["f1"] for t, v in kt["model"].items()} for k, kt in table["by_kind"].items()},
                      "sklearn": model.sklearn_version}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
