"""Evaluate named services and bodies against `annotations/entities/*.jsonl`, by document.

Gold lists each distinct surface form once per paper; every occurrence in
the read document's text is a gold mention (see `gold_spans`). Papers are
cut into paragraph units and run through `miner_services` in three set-ups:
the ruler alone, the trained NER alone, and the combined component. Scores:
mention precision/recall/F1, exact (span and label) and lenient (overlap
and label), overall and per label; and the acronym resolution rate: of the
bare uses of acronyms a paper defines in brackets (and gold lists with an
expansion), the share whose predicted `entity` names that expansion, after
`canonical.earlier_acronym_uses` (uses before the definition that nothing
found become mentions, as `extract` does; they count in the mention scores too),
`canonical.backfill_acronyms` (uses before the definition take the paper's
expansion) and `canonical.resolve_own_council` (a council named by its kind alone
is the paper's own, its authority from the manifest, as `miner extract` does); the
count in reading order alone is reported too.

Run: `.venv/bin/python scripts/evaluate.py entities [--split heldout|train|blind|all|checks] [--json]`
(`blind`: the papers of `corpus/blind/`, in no other split; `all` = train + held-out).

`--split checks` scores the committed check batches, every subfolder of `annotations/entities/` holding gold
(`check_folders`: out-of-sample batches in no split, named in the card and annotations/README.md), per batch and
pooled, combined set-up unless `--setup` says otherwise (`--batches NAME...` restricts it). `--compare-model DIR`
runs the NER of DIR against the shipped one (`models/ner/` or `MINER_NER_MODEL`) with the same rules, each in its own
process, on the same pages, and draws a page-level paired bootstrap (fixed `--seed`, `--resamples`) of the pooled
exact F1 difference: over every batch, and over the batches neither model trained on (`train_files` of both
models' meta.json, minus `--exclude BATCH...`), with each difference's 95% percentile interval.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from miner.evaluation import is_blind, load_jsonl_by_file, paired_bootstrap_diffs

ROOT = Path(__file__).resolve().parents[2]
GOLD_DIR = ROOT / "annotations" / "entities"
# Declared before training (annotations/README.md, "Entities").
HELDOUT = {
    "corpus/seeds/003_3b4d7debc252c725.txt",
    "corpus/pdf/24-00109 - Transfer the 18-25 section of the Strengthening Independence Service - Report.pdf",
    "corpus/pdf/CPP Minutes 29.10.24.pdf",
}
SETUPS = ("ruler", "ner", "combined")


def load_gold(gold_dir: Path = GOLD_DIR) -> dict[str, list[dict]]:
    """Surface-form rows by paper (a paper's `scope` line is read by `load_scopes`)."""
    return {f: [r for r in rows if "text" in r] for f, rows in load_jsonl_by_file(gold_dir).items()}


def load_scopes(gold_dir: Path = GOLD_DIR) -> dict[str, list[tuple[str, str]]]:
    """Annotated stretches of partly annotated papers: `{"file": ..., "scope": [[from, to], ...]}`.

    A sampled paper (the QPR appendix) is gold only from each `from` quote through its `to`
    quote, so mentions elsewhere in it are neither gold nor scored.
    """
    return {f: [tuple(pair) for r in rows if "scope" in r for pair in r["scope"]]
            for f, rows in load_jsonl_by_file(gold_dir).items() if any("scope" in r for r in rows)}


def scope_ranges(text: str, scope: list[tuple[str, str]]) -> list[tuple[int, int]]:
    """Character ranges of a paper's scope quotes (a space in a quote matches any whitespace)."""
    ranges = []
    for start_quote, end_quote in scope:
        start = _surface_regex(start_quote).search(text)
        end = _surface_regex(end_quote).search(text, start.end()) if start else None
        if start is None or end is None:
            raise ValueError(f"scope quote not in the text: {start_quote[:40]!r} .. {end_quote[:40]!r}")
        ranges.append((start.start(), end.end()))
    return ranges


def in_ranges(start: int, ranges: list[tuple[int, int]] | None) -> bool:
    return ranges is None or any(s <= start < e for s, e in ranges)


def split_files(gold: dict[str, list[dict]], split: str) -> list[str]:
    if split == "blind":
        return sorted(f for f in gold if is_blind(f))
    files = sorted(f for f in gold if not is_blind(f))  # a blind paper is trained on by no split, "all" included
    if split == "heldout":
        return [f for f in files if f in HELDOUT]
    if split == "train":
        return [f for f in files if f not in HELDOUT]
    return files


@lru_cache(maxsize=32)
def document_text(file: str) -> tuple[str, str]:
    """(document id, normalised text) of a corpus file, via the project's reader."""
    from miner.readers import read_document

    document = read_document(ROOT / file)
    return document.id, document.text


def _surface_regex(surface: str) -> re.Pattern:
    body = r"\s+".join(re.escape(part) for part in surface.split())
    return re.compile(rf"(?<![\w-])(?<!\w['\u2019]){body}(?![\w-])")


def gold_spans(text: str, rows: list[dict]) -> list[tuple[int, int, str, str]]:
    """(start, end, label, canonical) of every occurrence, longer surface forms first, no overlaps."""
    taken: list[tuple[int, int, str, str]] = []
    occupied = bytearray(len(text) + 1)
    for row in sorted(rows, key=lambda r: -len(r["text"])):
        for m in _surface_regex(row["text"]).finditer(text):
            if any(occupied[m.start() : m.end()]):
                continue
            occupied[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
            taken.append((m.start(), m.end(), row["label"], row.get("canonical") or row["text"]))
    return sorted(taken)


def paragraphs(text: str, max_chars: int = 2000) -> Iterator[tuple[int, str]]:
    """(offset, chunk) of blank-line separated paragraphs, long ones cut at line ends."""
    for m in re.finditer(r"\S(?:.|\n(?!\s*\n))*", text):
        start, chunk = m.start(), m.group(0)
        while len(chunk) > max_chars:
            cut = chunk.rfind("\n", 0, max_chars)
            cut = cut if cut > 0 else max_chars
            yield start, chunk[:cut]
            start, chunk = start + cut, chunk[cut:]
            skip = len(chunk) - len(chunk.lstrip())
            start, chunk = start + skip, chunk[skip:]
        if chunk:
            yield start, chunk


@lru_cache(maxsize=4)
def pipeline(setup: str):
    from miner.nlp.pipeline import load_base

    nlp = load_base()
    config = {"use_rules": setup != "ner", "use_model": setup != "ruler", "use_base": setup == "combined"}
    nlp.add_pipe("miner_services", config=config)
    return nlp


def predict(file: str, setup: str) -> list:
    """Mentions of one paper, the component fed paragraph units in reading order."""
    from miner.model import TextUnit

    doc_id, text = document_text(file)
    nlp = pipeline(setup)
    docs = []
    for offset, chunk in paragraphs(text):
        doc = nlp.make_doc(chunk)
        doc._.miner_unit = TextUnit(doc_id, None, None, "body", "other", None, offset, chunk)
        docs.append(doc)
    mentions = []
    for doc in nlp.pipe(docs, batch_size=64):
        mentions.extend(span._.miner_record for span in doc.spans.get("miner_mentions", []))
    return mentions


def paper_authority(file: str) -> str | None:
    """The paper's authority as `miner ingest` and `miner extract` take it from the corpus manifest."""
    from miner.ingest import manifest_for

    return manifest_for(ROOT / file).get("authority")


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": tp, "pred": n_pred, "gold": n_gold}


def score(gold: list[tuple], pred: list) -> dict:
    """Exact and lenient P/R/F1, overall and per label."""
    counts = {"exact": Counter(), "lenient": Counter()}
    per_label: dict[str, dict[str, Counter]] = defaultdict(lambda: {"exact": Counter(), "lenient": Counter()})
    gold_exact = {(s, e, lab) for s, e, lab, _ in gold}
    for m in pred:
        hit_exact = (m.start, m.end, m.label) in gold_exact
        hit_len = any(s < m.end and m.start < e and lab == m.label for s, e, lab, _ in gold)
        for mode, hit in (("exact", hit_exact), ("lenient", hit_len)):
            counts[mode]["pred"] += 1
            counts[mode]["tp_pred"] += hit
            per_label[m.label][mode]["pred"] += 1
            per_label[m.label][mode]["tp_pred"] += hit
    pred_exact = {(m.start, m.end, m.label) for m in pred}
    for s, e, lab, _ in gold:
        hit_exact = (s, e, lab) in pred_exact
        hit_len = any(s < m.end and m.start < e and lab == m.label for m in pred)
        for mode, hit in (("exact", hit_exact), ("lenient", hit_len)):
            counts[mode]["gold"] += 1
            counts[mode]["tp_gold"] += hit
            per_label[lab][mode]["gold"] += 1
            per_label[lab][mode]["tp_gold"] += hit
    return {"counts": counts, "per_label": per_label}


def _summarise(c: Counter) -> dict:
    p = c["tp_pred"] / c["pred"] if c["pred"] else 0.0
    r = c["tp_gold"] / c["gold"] if c["gold"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "pred": c["pred"], "gold": c["gold"]}


def acronym_resolution(text: str, gold: list[tuple], pred: list) -> tuple[int, int, list[str]]:
    """Bare uses of in-paper-defined acronyms whose predicted entity is the gold expansion, or a name
    canonicalisation merges with it within one council's papers ("Holiday Activities and Food" and "... Programme":
    `variant_keys`), since one paper's two spellings become one entity."""
    from miner.canonical import same_entity, variant_keys
    from miner.nlp.acronyms import find_definitions

    defined = {d.short for d in find_definitions(text)}
    by_span = {(m.start, m.end): m for m in pred}
    ok, total, misses = 0, 0, []
    for s, e, _, canonical in gold:
        surface = text[s:e]
        if surface not in defined or surface == canonical:
            continue
        total += 1
        m = by_span.get((s, e))
        if m is not None and m.entity and (
                same_entity(m.entity, canonical) or variant_keys(m.entity) & variant_keys(canonical)):
            ok += 1
        else:
            misses.append(f"{surface}@{s}->{m.entity if m else None} (want {canonical})")
    return ok, total, misses


def paper_spans(file: str, setup: str, gold_rows: dict[str, list[dict]], scopes: dict) -> tuple[str, list, list, list]:
    """One paper's text, gold spans and predicted mentions, as `extract` completes them (`pred`) and in reading
    order before that (`stream`); on a sampled paper only its annotated stretches."""
    from miner.canonical import complete_paper_mentions

    _, text = document_text(file)
    gold = gold_spans(text, gold_rows[file])
    pred = predict(file, setup)
    stream = [replace(m) for m in pred]  # copies: completing the paper names mentions in place
    pred = complete_paper_mentions(pred, text, paper_authority(file))  # as `extract` does
    if file in scopes:  # a sampled paper: only its annotated stretches count
        ranges = scope_ranges(text, scopes[file])
        gold = [g for g in gold if in_ranges(g[0], ranges)]
        pred = [m for m in pred if in_ranges(m.start, ranges)]
        stream = [m for m in stream if in_ranges(m.start, ranges)]
    return text, gold, pred, stream


def evaluate(files: list[str], setups: tuple[str, ...] = SETUPS) -> dict:
    gold_rows, scopes = load_gold(), load_scopes()
    report: dict = {"files": files, "setups": {}}
    for setup in setups:
        totals = {"exact": Counter(), "lenient": Counter()}
        labels: dict[str, dict[str, Counter]] = defaultdict(lambda: {"exact": Counter(), "lenient": Counter()})
        acr_ok = acr_total = acr_stream_ok = 0
        misses: list[str] = []
        for file in files:
            text, gold, pred, stream = paper_spans(file, setup, gold_rows, scopes)
            s = score(gold, pred)
            for mode in totals:
                totals[mode].update(s["counts"][mode])
                for lab, modes in s["per_label"].items():
                    labels[lab][mode].update(modes[mode])
            stream_ok, _, _ = acronym_resolution(text, gold, stream)
            ok, total, miss = acronym_resolution(text, gold, pred)
            acr_ok, acr_total, acr_stream_ok = acr_ok + ok, acr_total + total, acr_stream_ok + stream_ok
            misses += [f"{Path(file).name}: {m}" for m in miss]
        report["setups"][setup] = {
            "exact": _summarise(totals["exact"]),
            "lenient": _summarise(totals["lenient"]),
            "per_label": {lab: {m: _summarise(c[m]) for m in c} for lab, c in sorted(labels.items())},
            "acronym_resolution": round(acr_ok / acr_total, 3) if acr_total else None,
            "acronyms": {"resolved": acr_ok, "defined_uses": acr_total, "misses": misses[:20],
                         # before the per-paper back-fill: uses after the definition only
                         "resolved_in_reading_order": acr_stream_ok},
        }
    return report


def check_folders(gold_dir: Path = GOLD_DIR) -> list[Path]:
    """The committed check batches: every subfolder of the gold folder holding gold files, by name (a new batch is
    found by being committed there; no list to keep)."""
    return sorted(p for p in gold_dir.iterdir() if p.is_dir() and any(p.glob("*.jsonl")))


COUNT_KEYS = ("tp_pred", "pred", "tp_gold", "gold")


def page_counts(batches: list[str] | None = None, setup: str = "combined") -> list[dict]:
    """One row per page of the check batches (all, or the named ones): its batch, exact and lenient counts
    (tp_pred, pred, tp_gold, gold) and acronym uses resolved / defined, with the NER this process loads."""
    folders = [f for f in check_folders() if batches is None or f.name in batches]
    if batches is not None and len(folders) != len(set(batches)):
        raise SystemExit(f"unknown check batch in {batches}; known: {[f.name for f in check_folders()]}")
    rows = []
    for folder in folders:
        gold_rows, scopes = load_gold(folder), load_scopes(folder)
        for file in sorted(gold_rows):
            text, gold, pred, _ = paper_spans(file, setup, gold_rows, scopes)
            counts = score(gold, pred)["counts"]
            ok, total, _ = acronym_resolution(text, gold, pred)
            rows.append({"batch": folder.name, "file": file,
                         **{mode: [counts[mode][k] for k in COUNT_KEYS] for mode in ("exact", "lenient")},
                         "acronyms": [ok, total]})
    return rows


def pool_summary(rows: list[dict]) -> dict:
    """Exact and lenient P/R/F1 and acronyms of some pages pooled (counts summed, not scores averaged)."""
    out: dict = {"pages": len(rows)}
    for mode in ("exact", "lenient"):
        out[mode] = _summarise(Counter(dict(zip(COUNT_KEYS, (sum(r[mode][i] for r in rows) for i in range(4))))))
    out["acronyms"] = {"resolved": sum(r["acronyms"][0] for r in rows),
                       "defined_uses": sum(r["acronyms"][1] for r in rows)}
    return out


def checks_report(rows: list[dict]) -> dict:
    """Per batch and pooled summaries of `page_counts` rows."""
    batches = sorted({r["batch"] for r in rows})
    return {"batches": {b: pool_summary([r for r in rows if r["batch"] == b]) for b in batches},
            "pooled": pool_summary(rows)}


def exact_f1(t):
    """Exact F1 of each row of summed counts (tp_pred, pred, tp_gold, gold), numpy; `scripts/compare_ner.py` uses it."""
    import numpy as np

    t = np.asarray(t, dtype=float)
    p = np.divide(t[..., 0], t[..., 1], out=np.zeros(t.shape[:-1]), where=t[..., 1] > 0)
    r = np.divide(t[..., 2], t[..., 3], out=np.zeros(t.shape[:-1]), where=t[..., 3] > 0)
    return np.divide(2 * p * r, p + r, out=np.zeros(t.shape[:-1]), where=p + r > 0)


def paired_bootstrap(base: list[list[int]], cand: list[list[int]], resamples: int = 2000, seed: int = 0) -> dict:
    """Pages resampled with replacement, the same draw for both runs; pooled exact F1 of each run and the
    difference (candidate minus base) with its 95% percentile interval, from per-page exact counts."""
    import numpy as np

    b, c = np.asarray(base, dtype=float).reshape(-1, 4), np.asarray(cand, dtype=float).reshape(-1, 4)
    n = len(b)
    diffs = paired_bootstrap_diffs(b, c, exact_f1, resamples=resamples, seed=seed)
    lo, hi = (float(x) for x in np.percentile(diffs, [2.5, 97.5]))
    fb, fc = float(exact_f1(b.sum(axis=0))), float(exact_f1(c.sum(axis=0)))
    sd = float(diffs.std())
    gold = int(b[:, 3].sum())
    # the pool's size (gold mentions, pages like these) at which a 0.02 difference's 95% interval would clear 0
    need = int(round(gold * (1.96 * sd / 0.02) ** 2)) if sd > 0 else None
    return {"pages": n, "gold": gold, "base_f1": round(fb, 3), "cand_f1": round(fc, 3), "diff": round(fc - fb, 3),
            "ci95": [round(lo, 3), round(hi, 3)], "sd": round(sd, 4), "excludes_0": lo > 0 or hi < 0,
            "gold_to_separate_0.02": need, "resamples": resamples, "seed": seed}


def trained_files(model_dir: Path) -> set[str]:
    """The papers a model was trained on, from its meta.json (`miner.train_files`)."""
    meta = json.loads((Path(model_dir) / "meta.json").read_text())
    return set(meta.get("miner", {}).get("train_files", []))


def trained_batches(rows: list[dict], model_dirs: list[Path]) -> set[str]:
    """The batches of `page_counts` rows of which any page is in any of these models' training sets."""
    trained = set().union(*(trained_files(d) for d in model_dirs))
    return {r["batch"] for r in rows if r["file"] in trained}


def model_page_counts(model_dir: Path | None, batches: list[str] | None, setup: str = "combined") -> list[dict]:
    """`page_counts` with the NER of `model_dir` (None: the shipped one), in a process of its own."""
    env = dict(os.environ)
    if model_dir is not None:
        env["MINER_NER_MODEL"] = str(model_dir)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT)] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    code = ("import json, sys\nfrom miner.evaluation import entities as ev\n"
            "print(json.dumps(ev.page_counts(json.loads(sys.argv[1]), sys.argv[2])))")
    proc = subprocess.run([sys.executable, "-c", code, json.dumps(batches), setup], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def compare_models(candidate: Path, batches: list[str] | None = None, exclude: list[str] = (),
                   resamples: int = 2000, seed: int = 0, setup: str = "combined") -> dict:
    """The candidate's NER against the shipped one, same rules and pages: per batch, pooled, and pooled over the
    batches neither model trained on, each pooled difference with a paired page-level bootstrap."""
    from miner.nlp.service_ner import ner_model_path

    base_dir = ner_model_path()
    base, cand = model_page_counts(None, batches, setup), model_page_counts(candidate, batches, setup)
    assert [(r["file"], r["exact"][3]) for r in base] == [(r["file"], r["exact"][3]) for r in cand]
    in_sample = sorted(trained_batches(base, [d for d in (base_dir, candidate) if d]) | set(exclude))
    report: dict = {"base": str(base_dir), "candidate": str(candidate), "setup": setup,
                    "base_checks": checks_report(base), "candidate_checks": checks_report(cand),
                    "trained_or_excluded": in_sample}
    for name, keep in (("pooled", lambda r: True), ("out_of_sample", lambda r: r["batch"] not in in_sample)):
        pairs = [(b, c) for b, c in zip(base, cand) if keep(b)]
        report[name] = dict(batches=sorted({b["batch"] for b, _ in pairs}),
                            **(paired_bootstrap([b["exact"] for b, _ in pairs], [c["exact"] for _, c in pairs],
                                                resamples, seed) if pairs else {}))
    return report


def _print_checks(report: dict, title: str = "") -> None:
    print(f"check batches{title}: exact P / R / F1 | lenient F1 | acronyms")
    for name, r in [*report["batches"].items(), ("POOLED", report["pooled"])]:
        ex, le, ac = r["exact"], r["lenient"], r["acronyms"]
        print(f"  {name:<10} pages {r['pages']:>3} gold {ex['gold']:>4}  {ex['precision']:.3f} / {ex['recall']:.3f} / "
              f"{ex['f1']:.3f} | {le['f1']:.3f} | {ac['resolved']}/{ac['defined_uses']}")


def _print_compare(report: dict) -> None:
    _print_checks(report["base_checks"], f" (base {report['base']})")
    _print_checks(report["candidate_checks"], f" (candidate {report['candidate']})")
    print(f"trained on by either model, or excluded: {', '.join(report['trained_or_excluded']) or 'none'}")
    for name in ("pooled", "out_of_sample"):
        r = report[name]
        if "diff" not in r:
            print(f"{name}: no pages")
            continue
        print(f"{name} ({', '.join(r['batches'])}; {r['pages']} pages, {r['gold']} gold): exact F1 base "
              f"{r['base_f1']:.3f} candidate {r['cand_f1']:.3f} diff {r['diff']:+.3f} 95% [{r['ci95'][0]:+.3f}, "
              f"{r['ci95'][1]:+.3f}] ({r['resamples']} paired page resamples, seed {r['seed']}; a 0.02 difference "
              f"would clear 0 at ~{r['gold_to_separate_0.02']} gold mentions)")


def _print(report: dict) -> None:
    print(f"files: {len(report['files'])}")
    for setup, r in report["setups"].items():
        ex, le = r["exact"], r["lenient"]
        print(f"\n[{setup}] exact P {ex['precision']:.3f} R {ex['recall']:.3f} F1 {ex['f1']:.3f}"
              f" | lenient P {le['precision']:.3f} R {le['recall']:.3f} F1 {le['f1']:.3f}"
              f" | acronyms resolved {r['acronym_resolution']} ({r['acronyms']['resolved']}/{r['acronyms']['defined_uses']})")
        for lab, modes in r["per_label"].items():
            e = modes["exact"]
            print(f"  {lab:<13} P {e['precision']:.3f} R {e['recall']:.3f} F1 {e['f1']:.3f}"
                  f"  (gold {e['gold']}, pred {e['pred']}; lenient F1 {modes['lenient']['f1']:.3f})")


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(prog="evaluate.py entities", description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=["heldout", "train", "tuned", "blind", "all", "checks"], default="heldout",
                        help="tuned = train (the name the other areas use); blind: the papers of corpus/blind/; "
                             "checks: the committed check batches, per batch and pooled")
    parser.add_argument("--setup", choices=SETUPS, action="append",
                        help="default: all three (checks: combined)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--batches", nargs="+", metavar="NAME", help="checks: only these check folders")
    parser.add_argument("--compare-model", type=Path, metavar="DIR",
                        help="checks: DIR's NER against the shipped one, paired page-level bootstrap")
    parser.add_argument("--exclude", nargs="+", default=[], metavar="BATCH",
                        help="compare: batches left out of the out-of-sample pool, besides those either model "
                             "trained on")
    parser.add_argument("--resamples", type=int, default=2000, help="compare: bootstrap resamples")
    parser.add_argument("--seed", type=int, default=0, help="compare: bootstrap seed")
    args = parser.parse_args(argv if argv is not None else sys.argv[1:])
    if args.split == "checks":
        if args.setup and len(args.setup) > 1:
            parser.error("--split checks takes one --setup")
        setup = args.setup[0] if args.setup else "combined"
        if args.compare_model:
            report = compare_models(args.compare_model, args.batches, args.exclude, args.resamples, args.seed, setup)
            printer = _print_compare
        else:
            report = {"setup": setup, **checks_report(page_counts(args.batches, setup))}
            printer = _print_checks
    else:
        if args.compare_model or args.batches:
            parser.error("--compare-model and --batches go with --split checks")
        files = split_files(load_gold(), "train" if args.split == "tuned" else args.split)
        report = evaluate(files, tuple(args.setup or SETUPS))
        printer = _print
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        printer(report)
    return report


if __name__ == "__main__":
    main()
