#!/usr/bin/env python
"""Paired bootstrap of two NER models on the held-out entity papers, combined set-up.

    .venv/bin/python scripts/compare_ner.py CANDIDATE_DIR [--base models/ner] [--split heldout] [--n 2000] [--json OUT]

Each model is run in its own process (`MINER_NER_MODEL`) through the same path as
`scripts/evaluate.py entities` (paragraph units, `complete_paper_mentions`, a
sampled paper's scope); gold and predicted spans are then assigned to the
paragraph unit (`entities.paragraphs`) their start falls in. Units are resampled
with replacement, the same draw for both models (paired), and exact-match F1 is
recomputed from the summed counts, overall and per label. Reported: each model's
F1, the difference (candidate minus base) and its 95% percentile interval.
Scores only; it writes nothing to `models/`.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from bisect import bisect_right
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
FIELDS = ("tp_pred", "pred", "tp_gold", "gold")

_DUMP = r"""
import json, sys
from miner.evaluation import entities as ev
files = json.loads(sys.argv[1])
gold_rows, scopes = ev.load_gold(), ev.load_scopes()
out = {}
for file in files:
    _, gold, pred, _ = ev.paper_spans(file, "combined", gold_rows, scopes)
    out[file] = {"gold": [[s, e, lab] for s, e, lab, _ in gold], "pred": [[m.start, m.end, m.label] for m in pred]}
print(json.dumps(out))
"""


def spans_for(model: Path, files: list[str]) -> dict:
    env = {**os.environ, "MINER_NER_MODEL": str(model)}
    proc = subprocess.run([sys.executable, "-c", _DUMP, json.dumps(files)], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def f1(c: Counter) -> float:
    p = c["tp_pred"] / c["pred"] if c["pred"] else 0.0
    r = c["tp_gold"] / c["gold"] if c["gold"] else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def arrays(units: list[dict[str, Counter]], key: str):
    """(units x 4) counts tp_pred, pred, tp_gold, gold of one label (or 'ALL')."""
    import numpy as np

    return np.array([[u.get(key, Counter())[f] for f in FIELDS] for u in units], dtype=np.int64).reshape(-1, 4)


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("candidate", type=Path)
    parser.add_argument("--base", type=Path, default=ROOT / "models" / "ner")
    parser.add_argument("--split", choices=["heldout", "train", "blind"], default="heldout")
    parser.add_argument("--n", type=int, default=2000, help="bootstrap resamples")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path, help="write the result here")
    args = parser.parse_args(argv)
    from miner.evaluation import entities as ev

    files = ev.split_files(ev.load_gold(), args.split)
    base_spans, cand_spans = spans_for(args.base, files), spans_for(args.candidate, files)
    for file in files:
        assert base_spans[file]["gold"] == cand_spans[file]["gold"], file
    # Align units: both models share the gold and the paragraph cutting, so key units by (file, paragraph).
    base_u, cand_u = paired_units(files, base_spans, cand_spans)
    keys = ["ALL"] + sorted({k for u in base_u + cand_u for k in u if k != "ALL"})
    import numpy as np

    from miner.evaluation import paired_bootstrap_diffs

    n_units = len(base_u)
    diffs = {k: paired_bootstrap_diffs(arrays(base_u, k), arrays(cand_u, k), ev.exact_f1, resamples=args.n,
                                       seed=args.seed) for k in keys}
    result = {"split": args.split, "files": files, "units": n_units, "resamples": args.n,
              "base": str(args.base), "candidate": str(args.candidate), "labels": {}}
    print(f"{args.split}: {len(files)} papers, {n_units} paragraph units with a gold or predicted mention, "
          f"{args.n} paired resamples; combined exact F1, candidate - base")
    for k in keys:
        lo, hi = (float(x) for x in np.percentile(diffs[k], [2.5, 97.5]))
        gb, gc = (Counter(dict(zip(FIELDS, arrays(u, k).sum(axis=0).tolist()))) for u in (base_u, cand_u))
        row = {"gold": gb["gold"], "base_f1": round(f1(gb), 3), "cand_f1": round(f1(gc), 3),
               "base_pred": gb["pred"], "cand_pred": gc["pred"],
               "diff": round(f1(gc) - f1(gb), 3), "ci95": [round(lo, 3), round(hi, 3)],
               "worse": hi < 0, "better": lo > 0}
        result["labels"][k] = row
        flag = " WORSE" if row["worse"] else (" better" if row["better"] else "")
        print(f"  {k:<13} gold {row['gold']:>4}  base {row['base_f1']:.3f}  cand {row['cand_f1']:.3f}  "
              f"diff {row['diff']:+.3f} [{lo:+.3f}, {hi:+.3f}]{flag}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))
    return result


def paired_units(files: list[str], base_spans: dict, cand_spans: dict):
    """Unit counts for both models over the same units (a unit either model or gold touches)."""
    from miner.evaluation import entities as ev

    base_u, cand_u = [], []
    for file in files:
        _, text = ev.document_text(file)
        starts = [offset for offset, _ in ev.paragraphs(text)]
        b = _by_unit(starts, base_spans[file])
        c = _by_unit(starts, cand_spans[file])
        for i in sorted(set(b) | set(c)):
            base_u.append(b.get(i, {}))
            cand_u.append(c.get(i, {}))
    return base_u, cand_u


def _by_unit(starts: list[int], spans: dict) -> dict[int, dict[str, Counter]]:
    per_unit: dict[int, dict[str, Counter]] = {}
    gold = {tuple(g) for g in spans["gold"]}
    pred = [tuple(p) for p in spans["pred"]]
    pred_set = set(pred)
    for kind, items, ref in (("pred", pred, gold), ("gold", sorted(gold), pred_set)):
        for s, e, lab in items:
            u = per_unit.setdefault(max(bisect_right(starts, s) - 1, 0), {})
            hit = (s, e, lab) in ref
            for key in (lab, "ALL"):
                c = u.setdefault(key, Counter())
                c[kind] += 1
                c["tp_" + kind] += hit
    return per_unit


if __name__ == "__main__":
    main()
