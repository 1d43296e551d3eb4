"""Leave-one-council-out of the statement classifier, recorded once and re-scored without a refit.

`record` runs `choose_threshold`'s procedure on the tuned papers (not held-out, not blind): per council fold a model is
fitted on the other councils' papers (the saved model's feature groups and C, or `--features`), pickled to
MODELDIR/foldNN.pkl, and run on the fold's papers; the record (OUT.pkl) holds per held paper its gold, its kind and
its statements of mode "model" and "both" at confidence 0.0 (the rules' statements and every statement the model
adds, with its probability), so thresholds, per-kind thresholds and vetoes can be re-applied offline.
`replay` re-runs a record's pickled fold models with the CURRENT rules and cues (no refit) into a new record.
`score` prints a record's tables as `threshold_tables` makes them (the card's criterion: model alone's pooled
promise F1, ties to the higher threshold, pooled and within each paper kind) and rules + model at the chosen
per-kind thresholds. (Statements rounds 60-62; models/statement_classifier/card.md.)

usage: statements_loco.py record OUT.pkl MODELDIR [--features marks,words,...] [--files N]
       statements_loco.py replay REC.pkl MODELDIR OUT.pkl
       statements_loco.py score REC.pkl [--thresholds minutes=0.35,default=0.3]
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import miner.evaluation.statements as ev  # noqa: E402
from miner.evaluation import is_blind  # noqa: E402
from miner.nlp import statement_model  # noqa: E402

MODES = ("model", "both")


def _log(*a) -> None:
    print(*a, file=sys.stderr, flush=True)


def record(out_path: str, model_dir: str, features: tuple[str, ...] | None = None, files: list[str] | None = None) -> dict:
    """The leave-one-council-out record of `files` (default: every tuned paper), with the saved model's feature
    groups and C unless `features` names others."""
    from miner.nlp.pipeline import load_base

    os.makedirs(model_dir, exist_ok=True)
    t0 = time.time()
    gold = ev.load_gold()
    tuned = [f for f in sorted(gold) if not is_blind(f) and f not in ev.HELDOUT]
    files = tuned if files is None else [f for f in files if f in tuned]  # never a held-out or blind paper
    fit = ev.saved_fit_args() | ({"features": tuple(features)} if features else {})
    nlp = load_base()
    parsed = {f: ev.parse_file(f, nlp) for f in files}
    _log("parsed", len(files), "fit", fit, round(time.time() - t0))
    rec: dict = {"files": files, "folds": [], "per": {}, "fit": fit}
    rows: dict = {}  # each paper's training rows, built once across the folds
    for i, held in enumerate(ev.folds(files, "council", gold)):
        model, _ = ev.fit_model([p for f, p in parsed.items() if f not in held], gold, rows=rows, **fit)
        with open(f"{model_dir}/fold{i:02d}.pkl", "wb") as fh:
            pickle.dump(model, fh)
        rec["folds"].append(held)
        for f in held:
            rec["per"][f] = {"gold": gold.get(f, []), "kind": ev.paper_kind(parsed[f]), "fold": i,
                             **ev.held_statements(parsed[f], model)}
        _log("fold", i, len(held), round(time.time() - t0))
    with open(out_path, "wb") as fh:
        pickle.dump(rec, fh)
    return rec


def replay(rec_path: str, model_dir: str, out_path: str) -> dict:
    from miner.nlp.pipeline import load_base

    with open(rec_path, "rb") as fh:
        rec = pickle.load(fh)
    nlp, gold = load_base(), ev.load_gold()
    out = {k: rec[k] for k in ("files", "folds", "fit")} | {"per": {}}
    for i, held in enumerate(rec["folds"]):
        with open(f"{model_dir}/fold{i:02d}.pkl", "rb") as fh:
            model = pickle.load(fh)
        for f in held:
            p = ev.parse_file(f, nlp)
            out["per"][f] = {"gold": gold.get(f, []), "kind": ev.paper_kind(p), "fold": i, **ev.held_statements(p, model)}
    with open(out_path, "wb") as fh:
        pickle.dump(out, fh)
    return out


def _kind(r: dict) -> str | None:
    return r.get("kind", r.get("doc_kind"))  # round 60's records name it "doc_kind"


def at_thresholds(rec: dict, thresholds: dict[str, float], mode: str = "both") -> dict:
    """Pooled summary of `mode` with each paper's kind's threshold."""
    return ev.summarise([ev.score(r["gold"], ev.kept_at(r[mode], statement_model.threshold_of(thresholds, _kind(r))))
                         for r in rec["per"].values()])


def tables(rec: dict) -> tuple[float, dict]:
    held = {f: {"kind": _kind(r), **{m: r[m] for m in MODES}} for f, r in rec["per"].items()}
    gold = {f: r["gold"] for f, r in rec["per"].items()}
    return ev.threshold_tables(held, gold)


def line(sm: dict) -> str:
    p = sm["promise"]
    return "P %.3f R %.3f F1 %.4f (tp %d fp %d fn %d) kind %.4f" % (
        p["precision"], p["recall"], p["f1"], p["tp"], p["fp"], p["fn"], sm["kind_accuracy_among_found"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("record")
    r.add_argument("out")
    r.add_argument("model_dir")
    r.add_argument("--features", default=None, help="comma-separated feature groups (default: the saved model's)")
    r.add_argument("--files", nargs="*", default=None, help="only these tuned papers (a quick check)")
    p = sub.add_parser("replay")
    p.add_argument("rec")
    p.add_argument("model_dir")
    p.add_argument("out")
    s = sub.add_parser("score")
    s.add_argument("rec")
    s.add_argument("--thresholds", default=None, help="kind=t,... (default: the criterion's choice)")
    a = ap.parse_args(argv)
    if a.cmd == "record":
        record(a.out, a.model_dir, tuple(a.features.split(",")) if a.features else None, a.files or None)
    elif a.cmd == "replay":
        replay(a.rec, a.model_dir, a.out)
    else:
        with open(a.rec, "rb") as fh:
            rec = pickle.load(fh)
        best, table = tables(rec)
        chosen = (dict(kv.split("=") for kv in a.thresholds.split(",")) if a.thresholds else table["thresholds"])
        chosen = {k: float(v) for k, v in chosen.items()}
        print("papers", len(rec["per"]), "fit", rec.get("fit"))
        for group, t in [("all", table)] + list(table["by_kind"].items()):
            print(group, " ".join(f"{th}:{t['model'][str(th)]['f1']:.3f}/{t['both'][str(th)]['f1']:.3f}"
                                  for th in ev.THRESHOLDS), "(model alone / rules + model promise F1)")
        print("pooled choice", best, "per kind", table["thresholds"], "scored at", chosen)
        print("rules", line(ev.summarise([ev.score(r["gold"], ev.kept_at(r["both"], 9.0)) for r in rec["per"].values()])))
        print("model", line(at_thresholds(rec, chosen, "model")))
        print("both", line(at_thresholds(rec, chosen)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
