"""Evaluate canonicalisation across papers: one entity per real body or person (issue #3 point 4).

The entity gold names a `canonical` for every mention, but per paper, so one body can
carry different canonical strings in different papers ("Roger Gough", "Mr Gough").
`annotations/entities/same_as.jsonl` unifies them: a gold entity is (authority of the
paper, label, canonical) joined through its lines; a line with `"authority": null` is a
body that is one body wherever it is named (Ofsted, DfE, Kent the county), optionally only
in the papers of its `authorities`.

Prediction is what `miner ingest` gives users: the combined component's mentions
(`entities.predict`), acronyms back-filled within each paper (`earlier_acronym_uses` and
`backfill_acronyms`, as `extract` does), kept where span and label equal a gold occurrence (so mention errors do
not count here), then written paper by paper, in `miner ingest`'s order (sorted paths),
into a scratch database with `store.write_extraction`, which canonicalises each paper
against the entities already stored, with the papers' authorities from
`corpus/MANIFEST.tsv`. The stored mention -> entity links, read once every paper is in
(a later paper may merge an earlier one's entity), are the predicted clustering.

Scores: B-cubed precision/recall/F1 over mentions, overall and per label; gold entities
split over several predicted entities; predicted entities merging several gold ones; and,
for the tuned split only, the worst splits and merges.

Run: `.venv/bin/python scripts/evaluate.py canonical [--split tuned|heldout|all] [--json]`.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from pathlib import Path

from miner.evaluation import entities as ent

ROOT = ent.ROOT
SAME_AS = ent.GOLD_DIR / "same_as.jsonl"
MANIFEST = ROOT / "corpus" / "MANIFEST.tsv"
N_EXAMPLES = 12
NATIONAL = "*"  # the authority part of a gold entity named alike in every council's papers


@dataclass
class GoldMention:
    file: str
    start: int
    end: int
    text: str
    label: str
    canonical: str
    gold: Hashable  # gold entity key
    authority: str | None = None
    predicted: str | None = None  # stored entity id
    predicted_name: str = ""


def manifest_authorities(path: Path = MANIFEST) -> dict[str, str | None]:
    """Corpus file ("corpus/pdf/...") -> authority, as `miner ingest` takes it from the manifest."""
    with open(path, newline="", encoding="utf-8") as fh:
        return {f"corpus/{r['file']}": (r.get("authority") or None) for r in csv.DictReader(fh, delimiter="\t")}


def load_same_as(path: Path = SAME_AS) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def gold_resolver(same_as: list[dict]) -> Callable[[str | None, str, str], Hashable]:
    """(authority, label, canonical) -> gold entity key, names joined through `same_as` lines.

    A line with an authority joins names of that authority's papers only; a line without one
    joins them in every paper (or in those of its `authorities`): a national body, another
    council, a place.
    """
    local: dict[tuple[str | None, str, str], int] = {}
    national: dict[tuple[str, str], tuple[int, frozenset[str] | None]] = {}
    for i, line in enumerate(same_as):
        for name in line["names"]:
            if line.get("authority"):
                local[(line["authority"], line["label"], name)] = i
            else:
                scope = frozenset(line["authorities"]) if line.get("authorities") else None
                national[(line["label"], name)] = (i, scope)

    def resolve(authority: str | None, label: str, canonical: str) -> Hashable:
        if (authority, label, canonical) in local:
            return (authority, "same_as", local[(authority, label, canonical)])
        line = national.get((label, canonical))
        if line is not None and (line[1] is None or authority in line[1]):
            return (NATIONAL, "same_as", line[0])
        return (authority, label, canonical)

    return resolve


def unknown_same_as_names(same_as: list[dict], gold_rows: dict[str, list[dict]],
                          authorities: dict[str, str | None]) -> list[str]:
    """Names in `same_as` that no gold file of their label (and authority) uses as a canonical: typos."""
    used = {(authorities.get(f), r["label"], r.get("canonical") or r["text"]) for f, rows in gold_rows.items() for r in rows}
    any_authority = {(lab, name) for _, lab, name in used}
    missing = []
    for line in same_as:
        for name in line["names"]:
            known = ((line["authority"], line["label"], name) in used if line.get("authority")
                     else (line["label"], name) in any_authority)
            if not known:
                missing.append(f"{line['label']} {line.get('authority')}: {name}")
    return missing


def gold_mentions(file: str, rows: list[dict], authority: str | None, resolve) -> list[GoldMention]:
    """Every gold occurrence in one paper with its gold entity key (no prediction)."""
    _, text = ent.document_text(file)
    return [GoldMention(file, s, e, text[s:e], label, canonical,
                        resolve(authority, label, canonical), authority)
            for s, e, label, canonical in ent.gold_spans(text, rows)]


def predict_clusters(files: list[str], gold_rows: dict[str, list[dict]], authorities: dict[str, str | None],
                     resolve) -> list[GoldMention]:
    """Gold-matched predicted mentions of `files`, stored paper by paper as `miner ingest` does."""
    from miner import store
    from miner.canonical import complete_paper_mentions
    from miner.model import Document, Extraction

    stored: list[tuple[str, str, GoldMention]] = []  # (document, mention id, gold)
    with tempfile.TemporaryDirectory() as tmp:
        db = store.open_db(Path(tmp) / "canonical.db")
        for file in sorted(files):
            doc_id, text = ent.document_text(file)
            gold = gold_mentions(file, gold_rows[file], authorities.get(file), resolve)
            by_span = {(g.start, g.end, g.label): g for g in gold}
            # no authority here: `store.write_extraction` resolves the paper's own council when it stores the paper
            predicted = complete_paper_mentions(ent.predict(file, "combined"), text, None)
            kept = {}
            for m in predicted:
                g = by_span.get((m.start, m.end, m.label))
                if g is not None and m.id not in kept:
                    kept[m.id] = (m, g)
            document = Document(id=doc_id, path=file, format="pdf" if file.endswith(".pdf") else "text", text=text,
                                authority=authorities.get(file))
            store.write_extraction(db, Extraction(document=document, mentions=[m for m, _ in kept.values()]))
            stored.extend((doc_id, mid, g) for mid, (_, g) in kept.items())
        # read once all papers are in: a later paper may merge an earlier paper's entity into another
        entity_of = {(r["document_id"], r["id"]): r["entity_id"] for r in db.query(
            "select document_id, id, entity_id from mentions")}
        for doc_id, mid, g in stored:
            g.predicted = entity_of[(doc_id, mid)]
        found = [g for _, _, g in stored]
        names = {r["id"]: r["name"] for r in db.query("select id, name from entities")}
        db.close()
    for g in found:
        g.predicted_name = names.get(g.predicted, "?")
    return found


def bcubed(mentions: list[GoldMention], gold_of: Callable[[GoldMention], Hashable] = lambda g: g.gold,
           pred_of: Callable[[GoldMention], Hashable] = lambda g: g.predicted) -> dict:
    """B-cubed precision/recall/F1 over mentions: how much of each mention's predicted entity
    shares its gold entity, and how much of its gold entity its predicted entity holds."""
    if not mentions:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0, "mentions": 0}
    pair = Counter((gold_of(g), pred_of(g)) for g in mentions)
    gold_size = Counter(gold_of(g) for g in mentions)
    pred_size = Counter(pred_of(g) for g in mentions)
    p = sum(pair[(gold_of(g), pred_of(g))] / pred_size[pred_of(g)] for g in mentions) / len(mentions)
    r = sum(pair[(gold_of(g), pred_of(g))] / gold_size[gold_of(g)] for g in mentions) / len(mentions)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "mentions": len(mentions),
            "gold_entities": len(gold_size), "predicted_entities": len(pred_size)}


def _gold_name(key: Hashable, same_as: list[dict], example: GoldMention) -> str:
    if key[1] == "same_as":
        line = same_as[key[2]]
        return f"{line['names'][0]} (same_as: {len(line['names'])} names)"
    return f"{example.canonical} [{key[0]}]"


def errors(mentions: list[GoldMention], same_as: list[dict]) -> dict:
    """Gold entities split over predicted entities, predicted entities merging gold ones, worst first
    (by the mentions outside the largest part)."""
    by_gold: dict[Hashable, list[GoldMention]] = defaultdict(list)
    by_pred: dict[str, list[GoldMention]] = defaultdict(list)
    for g in mentions:
        by_gold[g.gold].append(g)
        by_pred[g.predicted].append(g)
    splits, merges = [], []
    for key, ms in by_gold.items():
        parts = Counter(m.predicted for m in ms)
        if len(parts) > 1:
            names = Counter(f"{m.predicted_name} <- {m.text!r}" for m in ms)
            splits.append({"label": ms[0].label, "gold": _gold_name(key, same_as, ms[0]), "mentions": len(ms),
                           "outside_largest": len(ms) - max(parts.values()), "predicted_entities": len(parts),
                           "parts": [f"{n} x{c}" for n, c in names.most_common(6)]})
    for eid, ms in by_pred.items():
        parts = Counter(m.gold for m in ms)
        if len(parts) > 1:
            firsts = {m.gold: m for m in reversed(ms)}
            merges.append({"label": ms[0].label, "predicted": ms[0].predicted_name, "mentions": len(ms),
                           # two councils' own bodies of one name ("Early Help" of Medway and of Walsall)
                           "across_authorities": len({k[0] for k in parts} - {NATIONAL}) > 1,
                           "outside_largest": len(ms) - max(parts.values()), "gold_entities": len(parts),
                           "gold": [f"{_gold_name(k, same_as, firsts[k])} x{c}" for k, c in parts.most_common(6)]})
    splits.sort(key=lambda x: (-x["outside_largest"], x["gold"]))
    merges.sort(key=lambda x: (-x["outside_largest"], x["predicted"]))
    return {"splits": splits, "merges": merges}


def evaluate(files: list[str], show_examples: bool) -> dict:
    gold_rows = ent.load_gold()
    same_as = load_same_as()
    authorities = manifest_authorities()
    resolve = gold_resolver(same_as)
    mentions = predict_clusters(files, gold_rows, authorities, resolve)
    labels = sorted({g.label for g in mentions})
    errs = errors(mentions, same_as)
    n_gold = sum(len(gold_mentions(f, gold_rows[f], authorities.get(f), resolve)) for f in files)
    report = {
        "files": files,
        "gold_mentions": n_gold,
        "matched_mentions": len(mentions),
        "overall": bcubed(mentions),
        "per_label": {lab: bcubed([g for g in mentions if g.label == lab]) for lab in labels},
        "split_gold_entities": len(errs["splits"]),
        "merging_predicted_entities": len(errs["merges"]),
        "merging_across_authorities": sum(m["across_authorities"] for m in errs["merges"]),
        # for scale: the gold's own per-paper canonical names, never joined across papers
        "reference_per_paper_names": bcubed(mentions, pred_of=lambda g: (g.file, g.label, g.canonical)),
        "unknown_same_as_names": unknown_same_as_names(same_as, gold_rows, authorities),
    }
    if show_examples:
        report["worst_splits"] = errs["splits"][:N_EXAMPLES]
        report["worst_merges"] = errs["merges"][:N_EXAMPLES]
        report["split_by_label"] = dict(Counter(s["label"] for s in errs["splits"]))
        report["merge_by_label"] = dict(Counter(m["label"] for m in errs["merges"]))
    return report


def _print(report: dict) -> None:
    o = report["overall"]
    print(f"files: {len(report['files'])}; gold mentions {report['gold_mentions']}, matched by predictions"
          f" {report['matched_mentions']}")
    print(f"B-cubed P {o['precision']:.3f} R {o['recall']:.3f} F1 {o['f1']:.3f}"
          f" (gold entities {o.get('gold_entities', 0)}, predicted {o.get('predicted_entities', 0)})")
    b = report["reference_per_paper_names"]
    print(f"  reference, the gold's per-paper names never joined across papers:"
          f" P {b['precision']:.3f} R {b['recall']:.3f} F1 {b['f1']:.3f}")
    for lab, s in report["per_label"].items():
        print(f"  {lab:<13} P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f}"
              f"  (mentions {s['mentions']}, gold {s['gold_entities']}, predicted {s['predicted_entities']})")
    print(f"gold entities split over several predicted: {report['split_gold_entities']};"
          f" predicted entities merging several gold: {report['merging_predicted_entities']}"
          f" ({report['merging_across_authorities']} of them across authorities)")
    if "split_by_label" in report:
        print(f"  splits by label {report['split_by_label']}; merges by label {report['merge_by_label']}")
    if report["unknown_same_as_names"]:
        print("same_as names no gold file uses: " + "; ".join(report["unknown_same_as_names"]))
    for kind, key in (("worst splits", "worst_splits"), ("worst merges", "worst_merges")):
        if key in report:
            print(f"\n{kind}:")
            for x in report[key]:
                what = x.get("gold") if kind == "worst splits" else x.get("predicted")
                detail = x["parts"] if kind == "worst splits" else x["gold"]
                print(f"  [{x['label']}] {what} ({x['mentions']} mentions, {x['outside_largest']} outside the largest"
                      f" part): {'; '.join(detail)}")


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(prog="evaluate.py canonical", description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=["heldout", "tuned", "train", "all"], default="heldout",
                        help="the entities split (annotations/README.md, Entities); tuned = train")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv if argv is not None else sys.argv[1:])
    split = "train" if args.split == "tuned" else args.split
    files = ent.split_files(ent.load_gold(), split)
    # error examples only where tuning may look: never for held-out papers
    report = evaluate(files, show_examples=split == "train")
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        _print(report)
    return report


if __name__ == "__main__":
    main()
