"""Evaluate the tracker against `annotations/tracker/` (verdicts and metric series).

The three Medway seeds (and the other seeds, so cross-authority leakage would
show) are read, sectioned and extracted with the real pipeline, then tracked.
Gold promises are matched to tracked promises by rapidfuzz partial_ratio >= 90.

Reported: verdict accuracy exact and collapsed (delivered = in_progress),
per-status precision/recall, evidence precision (the top evidence paragraph
contains the gold evidence quote or one of its `evidence_also` quotes, the other
paragraphs a careful reader would equally cite; `evidence_precision_strict` keeps
the gold quote alone, the figure of earlier rounds), citability (evidence quote found verbatim in
its document and a section path given), promise coverage, series coverage and
order; right verdicts over every gold promise (`verdict_right_of_gold_collapsed`, an untracked promise
counted wrong); and hand-set weights against a logistic regression fitted on the tune
half's gold links.

Five gold sets: `medway` (2018 promises judged from the March 2020 paper), `kent` (promises of
four January 2025 Kent papers judged from Kent's later papers, `kent_verdicts.jsonl`) and `minting`
(Minting and Gautby Parish Council's minutes 2019-2025, each judged from the later minutes,
`minting_verdicts.jsonl`: an authority no tracker round tuned on, added in round 44) and `thornhaugh`
(Thornhaugh Parish Council's minutes 2011-2013 and 2018-2022, `thornhaugh_verdicts.jsonl`, added in
round 45) and `newton` (Newton St Cyres Parish Council's 2021-22 work plan and Annual Parish Meeting reports judged
from its later papers, `newton_verdicts.jsonl`, added in round 47), `liverpool` (Liverpool City Council's Council Plan
2023-2027 pages, round 49) and `bolsover` (Bolsover District Council's committee minutes on its Council Ambition
targets 2020-2025, each judged from the later ones, `bolsover_verdicts.jsonl`, round 54) and `doncaster` (Doncaster
Metropolitan Borough Council's corporate plans 2017-2024 and the scrutiny and Council minutes reporting on them, each
judged from the later ones, `doncaster_verdicts.jsonl`, round 55) and `derby` (Derby City Council's own pages 2016-2025
on its pool, libraries, city centre and finances, each judged from the later ones, `derby_verdicts.jsonl`, round 56).
`--gold both` is Medway and Kent (the sets earlier rounds tuned on), `--gold all` the nine.

Run: `.venv/bin/python scripts/evaluate.py tracker [--split report|tune|all] [--gold medway|kent|minting|thornhaugh|newton|liverpool|bolsover|doncaster|derby|both|all] [--json]`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz

from miner.evaluation import wilson
from miner.model import Extraction
from miner.track_passages import tracked as is_tracked

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "annotations" / "tracker"
SEEDS = sorted((ROOT / "corpus" / "seeds").glob("*.txt"))
JUDGED_FROM = "001_fd1a3b6a4ff01199.txt"  # gold verdicts are judged from the March 2020 paper
# a second authority and another kind of paper: Kent's January 2025 promises judged from its later papers
KENT_GOLD, KENT = "kent_verdicts.jsonl", "Kent County Council"
# a third authority nobody tuned on (round 44): a parish council's minutes, each judged from the later ones
MINTING_GOLD, MINTING = "minting_verdicts.jsonl", "Minting and Gautby Parish Council"
# a fourth (round 45): another parish council's minutes, two runs of them (2011-2013, 2018-2022)
THORNHAUGH_GOLD, THORNHAUGH = "thornhaugh_verdicts.jsonl", "Thornhaugh Parish Council"
# a fifth (round 47): a parish council's work plan and Annual Parish Meeting reports, judged from its later papers
NEWTON_GOLD, NEWTON = "newton_verdicts.jsonl", "Newton St Cyres Parish Council"
# a sixth (round 49), a principal council: Council Plan 2023-2027 pages, judged from its July 2025 progress update
LIVERPOOL_GOLD, LIVERPOOL = "liverpool_verdicts.jsonl", "Liverpool City Council"
# a seventh (round 54), a district council: its committees' minutes on the Council Ambition's targets, 2020-2025
BOLSOVER_GOLD, BOLSOVER = "bolsover_verdicts.jsonl", "Bolsover District Council"
# an eighth (round 55), a metropolitan borough: its corporate plans 2017-2024 and the minutes reporting on them
DONCASTER_GOLD, DONCASTER = "doncaster_verdicts.jsonl", "Doncaster Metropolitan Borough Council"
# a ninth (round 56), a unitary city council: its own sites' pages 2016-2025 (a pool, libraries, city centre, finance)
DERBY_GOLD, DERBY = "derby_verdicts.jsonl", "Derby City Council"
GOLD_SETS = ("medway", "kent", "minting", "thornhaugh", "newton", "liverpool", "bolsover", "doncaster", "derby")
# the gold file and the MANIFEST selection (authority, folder) of the sets judged from every later paper
AUTHORITY_SETS = {"kent": (KENT_GOLD, KENT, "pdf/"), "minting": (MINTING_GOLD, MINTING, "web/"),
                  "thornhaugh": (THORNHAUGH_GOLD, THORNHAUGH, "web/"), "newton": (NEWTON_GOLD, NEWTON, "web/"),
                  "liverpool": (LIVERPOOL_GOLD, LIVERPOOL, "web/"), "bolsover": (BOLSOVER_GOLD, BOLSOVER, "web/"),
                  "doncaster": (DONCASTER_GOLD, DONCASTER, "web/"), "derby": (DERBY_GOLD, DERBY, "web/")}
GOLD_CHOICES = {"both": ("medway", "kent"), "all": GOLD_SETS}
COLLAPSE = {"in_progress": "delivered"}
# the names other areas use (`evaluate.py all --split heldout`): held out = report, tuned = tune
SPLIT_ALIASES = {"heldout": "report", "tuned": "tune"}
from miner.track_links import FEATURE_NAMES as FEATURES  # noqa: E402


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def split_of(row: dict) -> str:
    """Declared in annotations/README.md (Tracker) before tuning."""
    if "003_" in row["promise_file"]:
        return "report"
    return "report" if int(hashlib.sha256(row["promise_quote"].encode()).hexdigest(), 16) % 2 else "tune"


def load_gold(name: str) -> list[dict]:
    with open(GOLD / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _extract_one(path: Path, nlp) -> Extraction:
    from miner.extract import extract
    from miner.metadata import fill_metadata
    from miner.readers import read_document
    from miner.sections import build_sections

    doc = read_document(str(path))
    fill_metadata(doc)
    return extract(doc, build_sections(doc), nlp=nlp)


@lru_cache(maxsize=1)
def seed_extractions() -> tuple[Extraction, ...]:
    from miner.nlp.pipeline import load_pipeline

    nlp = load_pipeline()  # the full pipeline, as `miner ingest` runs it, loaded once per process
    out = []
    for p in SEEDS:
        ex = _extract_one(p, nlp)
        ex.document.path = str(p.relative_to(ROOT))
        out.append(ex)
    return tuple(out)


@lru_cache(maxsize=1)
def kent_extractions() -> tuple[Extraction, ...]:
    """Every Kent PDF of the corpus (its MANIFEST.tsv gives authority and meeting date), extracted
    as `miner ingest` would: evidence may come from any of them dated after the promise. The Kent
    text papers of `corpus/kent/` (added later, for statements) are left out: the gold's
    annotator read the PDFs only, so evidence in the others would be scored against a verdict
    written without it."""
    return authority_extractions(KENT, "pdf/")


@lru_cache(maxsize=4)
def authority_extractions(authority: str, folder: str) -> tuple[Extraction, ...]:
    """Every paper of `authority` under `corpus/<folder>` listed in MANIFEST.tsv, extracted as
    `miner ingest` would (the manifest gives authority and meeting date)."""
    import csv

    from miner.extract import extract
    from miner.ingest import prepare
    from miner.nlp.pipeline import load_pipeline

    nlp = load_pipeline()
    with open(ROOT / "corpus" / "MANIFEST.tsv", newline="", encoding="utf-8") as fh:
        files = [row["file"] for row in csv.DictReader(fh, delimiter="\t") if row.get("authority") == authority
                 and row["file"].startswith(folder)]
    out = []
    for rel in files:
        path = ROOT / "corpus" / rel
        try:
            doc, sections = prepare(path)
        except Exception as exc:  # noqa: BLE001 - a paper miner cannot read (image-only) is no evidence
            print(f"tracker eval: {rel} skipped ({exc})", file=sys.stderr)
            continue
        ex = extract(doc, sections, nlp=nlp)
        ex.document.path = str(path.relative_to(ROOT))
        out.append(ex)
    return tuple(out)


def _file_of(ex: Extraction) -> str:
    return ex.document.path


def match_promises(gold: list[dict], extractions, result) -> dict[int, str]:
    """Gold row index -> tracked promise id (best partial_ratio >= 90 in the same file)."""
    by_file: dict[str, list] = {}
    for ex in extractions:
        by_file[_file_of(ex)] = [s for s in ex.statements if is_tracked(s)]
    tracked = {v.promise_id for v in result.verdicts}
    out = {}
    for i, row in enumerate(gold):
        best, best_score = None, 0.0
        q = squash(row["promise_quote"]).lower()
        for st in by_file.get(row["promise_file"], []):
            if st.id not in tracked:
                continue
            s = fuzz.partial_ratio(q, squash(st.text).lower())
            if s > best_score or (s == best_score and best is not None and len(st.text) < len(best.text)):
                best, best_score = st, s
        if best is not None and best_score >= 90:
            out[i] = best.id
    return out


def evidence_quotes(row: dict, strict: bool = False) -> list[str]:
    """The quotes whose paragraphs count as right evidence: the gold quote, then (unless `strict`)
    the `evidence_also` quotes of the other paragraphs a careful reader would equally cite."""
    if not row.get("evidence_quote"):
        return []
    return [row["evidence_quote"], *([] if strict else row.get("evidence_also") or [])]


def check_evidence_quotes(gold: list[dict], text: str) -> None:
    """Fail loudly on an evidence quote (gold or `evidence_also`) the later paper does not hold: a
    typo would otherwise silently count every citation of that paragraph as wrong."""
    for row in gold:
        if row.get("evidence_also") and not row.get("evidence_quote"):
            raise ValueError(f"evidence_also on a row without evidence_quote: {row['promise_quote'][:60]!r}")
        for q in evidence_quotes(row):
            if squash_index(text, q) is None:
                raise ValueError(f"evidence quote not found in {row.get('evidence_file')}: {q!r} "
                                 f"(promise {row['promise_quote'][:60]!r})")


def _evidence_ok(row: dict, verdict, texts: dict[str, str], spans: dict[tuple[str, str], tuple[int, int]],
                 top: int = 1, strict: bool = False) -> bool | None:
    """Does the top evidence paragraph (any of the first `top`) contain the gold evidence quote or,
    unless `strict`, one of its `evidence_also` quotes? None when not applicable."""
    quotes = evidence_quotes(row, strict)
    if not quotes or not verdict.evidence:
        return None
    for ev in verdict.evidence[:top]:
        text = texts.get(ev.document_id or "", "")
        span = spans.get((ev.document_id or "", ev.section_path or ""))
        if span is None:
            continue
        for quote in quotes:
            pos = squash_index(text, quote)
            if pos is not None and span[0] <= pos < span[1]:
                return True
    return False


def squash_index(text: str, quote: str) -> int | None:
    pattern = r"\s+".join(re.escape(w) for w in quote.split())
    m = re.search(pattern, text)
    return m.start() if m else None


def evaluate(split: str = "report", *, weights=None, threshold=None, scorer=None, gold_set: str = "medway") -> dict:
    """Score one gold set: `medway` (the 2018 promises judged from the March 2020 paper alone),
    `kent` (January 2025 promises judged from every later Kent paper), `minting`, `thornhaugh` or `newton`
    (a parish council's minutes, each judged from its later minutes)."""
    from miner.track import track

    by_authority = gold_set in AUTHORITY_SETS  # judged from every later paper of the authority
    gold_file, authority, folder = AUTHORITY_SETS.get(gold_set, ("verdicts.jsonl", None, None))
    extractions = list(authority_extractions(authority, folder) if by_authority else seed_extractions())
    judged_from = None if by_authority else {ex.document.id for ex in extractions if ex.document.path.endswith(JUDGED_FROM)}
    kwargs = {"weights": weights, "scorer": scorer, "evidence_docs": judged_from}
    if threshold is not None:
        kwargs["threshold"] = threshold
    result = track(extractions, **kwargs)
    every_row = load_gold(gold_file)
    texts = {ex.document.id: ex.document.text for ex in extractions}
    by_file = {ex.document.path: ex.document.text for ex in extractions}
    for file in {r["evidence_file"] for r in every_row if r.get("evidence_file")}:
        check_evidence_quotes([r for r in every_row if r.get("evidence_file") == file], by_file[file])
    check_evidence_quotes([r for r in every_row if not r.get("evidence_file")], "")
    gold = [g for g in every_row if split == "all" or split_of(g) == split]
    matched = match_promises(gold, extractions, result)
    verdicts = {v.promise_id: v for v in result.verdicts}
    spans = {(ex.document.id, s.path): (s.start, s.own_end) for ex in extractions for s in ex.sections}
    pairs, ev_ok, ev_strict, ev_any, ev_any_strict, rows = [], [], [], [], [], []
    for i, row in enumerate(gold):
        if i not in matched:
            continue
        v = verdicts[matched[i]]
        pairs.append((row["status"], v.status))
        ok = _evidence_ok(row, v, texts, spans)
        strict = _evidence_ok(row, v, texts, spans, strict=True)
        if ok is not None:
            ev_ok.append(ok)
            ev_strict.append(bool(strict))
            ev_any.append(bool(_evidence_ok(row, v, texts, spans, top=len(v.evidence))))
            ev_any_strict.append(bool(_evidence_ok(row, v, texts, spans, top=len(v.evidence), strict=True)))
        rows.append({"quote": row["promise_quote"][:60], "gold": row["status"], "pred": v.status,
                     "evidence": v.evidence[0].section_path if v.evidence else None, "evidence_ok": ok,
                     "evidence_ok_strict": strict})
    exact = sum(g == p for g, p in pairs) / len(pairs) if pairs else 0.0
    collapsed = sum(COLLAPSE.get(g, g) == COLLAPSE.get(p, p) for g, p in pairs) / len(pairs) if pairs else 0.0
    per_status = {}
    for s in ("delivered", "in_progress", "not_delivered", "no_evidence", "unmeasurable"):
        tp = sum(g == s and p == s for g, p in pairs)
        npred, ngold = sum(p == s for _, p in pairs), sum(g == s for g, _ in pairs)
        per_status[s] = {"precision": round(tp / npred, 3) if npred else None,
                         "recall": round(tp / ngold, 3) if ngold else None, "gold": ngold, "pred": npred}
    cited = [e for v in result.verdicts for e in v.evidence]
    citable = [bool(e.section_path) and squash(e.quote) in squash(texts.get(e.document_id or "", "")) for e in cited]
    # every not_delivered carries the contradicting sentence (a judgement, a wrong-way figure, a dropped plan)
    refuted = [v for v in result.verdicts if v.status == "not_delivered"]
    quoted = [v for v in refuted if v.evidence and v.evidence[0].relation == "contradicts"
              and len(v.evidence[0].quote.split()) >= 5]
    authorities = {ex.document.id: ex.document.authority for ex in extractions}
    cross = sum(1 for v in result.verdicts for e in v.evidence
                if authorities.get(e.document_id) != authorities.get(_doc_of(v.promise_id, extractions)))
    return {
        "split": split,
        "gold_set": gold_set,
        "gold_promises": len(gold),
        "matched_promises": len(pairs),
        "coverage": round(len(pairs) / len(gold), 3) if gold else 0.0,
        "verdict_accuracy_exact": round(exact, 3),
        "verdict_accuracy_collapsed": round(collapsed, 3),
        "verdict_accuracy_collapsed_ci95": wilson(round(collapsed * len(pairs)), len(pairs)),
        # end to end: right verdicts (collapsed) over every gold promise, an untracked one counted wrong, so a change
        # that tracks more promises is judged on what a reader gets, not on a ratio whose denominator moved
        "verdict_right_of_gold_collapsed": round(collapsed * len(pairs) / len(gold), 3) if gold else 0.0,
        "per_status": per_status,
        "evidence_precision": _share(ev_ok),  # top cited paragraph holds the gold quote or an evidence_also quote
        "evidence_precision_strict": _share(ev_strict),  # the gold quote only (rounds 1-4)
        "evidence_judged": len(ev_ok),
        "evidence_precision_ci95": wilson(sum(ev_ok), len(ev_ok)),
        "evidence_any_link": _share(ev_any),  # any cited paragraph holds the gold quote or an evidence_also quote
        "evidence_any_link_strict": _share(ev_any_strict),
        "citable": round(sum(citable) / len(citable), 3) if citable else None,
        "cross_authority_links": cross,
        "not_delivered_quoted": f"{len(quoted)}/{len(refuted)}",
        "series": None if by_authority else evaluate_series(extractions),
        "confusion": Counter(f"{g}->{p}" for g, p in pairs if g != p),
        "rows": rows,
    }


def _share(flags: list[bool]) -> float | None:
    return round(sum(flags) / len(flags), 3) if flags else None


def _doc_of(promise_id: str, extractions) -> str | None:
    for ex in extractions:
        for st in ex.statements:
            if st.id == promise_id:
                return ex.document.id
    return None


def evaluate_series(extractions) -> dict:
    """Coverage of gold series points (same indicator, unit, as-of month, value) and as-of ordering."""
    from miner.series import as_of_key, build_series

    points = build_series(extractions)
    gold = load_gold("series.jsonl")
    found = 0
    missing = []
    for g in gold:
        gk = (as_of_key(g["as_of"]) or "")[:7]
        hit = any(p.indicator == g["indicator"] and abs(p.value - g["value"]) < 1e-6 and (p.unit or "") == g["unit"]
                  and (as_of_key(p.as_of) or "")[:7] == gk for p in points)
        found += hit
        if not hit:
            missing.append(f"{g['indicator']} {g['as_of']} {g['value']} {g['unit']}")
    ordered = all(
        (as_of_key(a.as_of) or "") <= (as_of_key(b.as_of) or "")
        for a, b in zip(points, points[1:])
        if (a.authority, a.indicator, a.unit) == (b.authority, b.indicator, b.unit)
    )
    keys = [(p.authority, p.indicator, p.unit, as_of_key(p.as_of), p.value) for p in points]
    return {"gold_points": len(gold), "found": found, "coverage": round(found / len(gold), 3) if gold else 0.0,
            "in_as_of_order": ordered, "duplicates": len(keys) - len(set(keys)), "points": len(points),
            "missing": missing}


def fit_logistic(split: str = "tune"):
    """Logistic regression over pair features, labelled by the gold evidence paragraphs of `split`:
    every later passage of a gold promise is a pair, positive when it holds the gold evidence quote
    (no_evidence promises give only negatives). Returns a block scorer for `track(scorer=...)`."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from miner.track import track
    from miner.track_links import by_authority, link_block

    extractions = list(seed_extractions())
    judged_from = {ex.document.id for ex in extractions if ex.document.path.endswith(JUDGED_FROM)}
    all_pairs = lambda feats: np.zeros_like(feats["cosine"])  # noqa: E731 - every later passage kept
    promises_links = {}
    for papers in by_authority(extractions).values():
        _, links, _ = link_block(papers, scorer=all_pairs, threshold=-1.0, top_k=10**9, evidence_docs=judged_from)
        promises_links.update(links)
    result = track(extractions, evidence_docs=judged_from)
    gold = [g for g in load_gold("verdicts.jsonl") if split_of(g) == split]
    matched = match_promises(gold, extractions, result)
    texts = {ex.document.id: ex.document.text for ex in extractions}
    X, y = [], []
    for i, row in enumerate(gold):
        if i not in matched:
            continue
        pos = None
        if row.get("evidence_quote"):
            for text in texts.values():
                if (pos := squash_index(text, row["evidence_quote"])) is not None:
                    break
        for c in promises_links.get(matched[i], []):
            X.append([c.features[f] for f in FEATURES])
            y.append(int(pos is not None and c.passage.start <= pos < c.passage.end))
    model = LogisticRegression(class_weight="balanced", max_iter=2000).fit(np.array(X), np.array(y))

    def scorer(feats: dict) -> "np.ndarray":
        shape = feats["cosine"].shape
        flat = np.column_stack([np.asarray(feats[f], dtype=float).reshape(-1) for f in FEATURES])
        return model.predict_proba(flat)[:, 1].reshape(shape)

    return scorer, model


def compare_scorers(split: str) -> dict:
    """Hand-set weights (threshold chosen on tune) against a logistic regression fitted on the tune
    split's gold links (its threshold also chosen on tune), both scored on `split`."""
    scorer, model = fit_logistic("tune")
    best = None
    for thr in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        tuned = evaluate("tune", scorer=scorer, threshold=thr)
        if best is None or tuned["verdict_accuracy_collapsed"] > best[1]:
            best = (thr, tuned["verdict_accuracy_collapsed"])
    lr = evaluate(split, scorer=scorer, threshold=best[0])
    keys = ("verdict_accuracy_exact", "verdict_accuracy_collapsed", "evidence_precision", "citable")
    return {"threshold": best[0], "tune_collapsed": best[1],
            "coefficients": dict(zip(FEATURES, (round(float(c), 3) for c in model.coef_[0]))),
            **{k: lr[k] for k in keys}}


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(prog="evaluate.py tracker", description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="report", choices=("report", "tune", "all", *SPLIT_ALIASES))
    ap.add_argument("--gold", default="both", choices=(*GOLD_SETS, *GOLD_CHOICES),
                    help="medway (2018 promises, March 2020 paper), kent (January 2025 promises, later Kent papers), "
                         "minting (a parish council's minutes 2019-2025, later minutes), thornhaugh (another parish "
                         "council's, 2011-2022), newton (a third parish council's work plan and "
                         "annual reports, 2021-2023), liverpool (a city council's plan and progress pages), bolsover "
                         "(a district council's committee minutes on its plan targets, 2020-2025), doncaster (a metropolitan borough's "
                         "corporate plans and the minutes reporting on them, 2017-2024), derby (a city council's own news and "
                         "cabinet members' pages on its pledges and the later ones, 2016-2025), both (medway and "
                         "kent) or all")
    ap.add_argument("--json", action="store_true", help="print the full result as JSON")
    ap.add_argument("--compare-logistic", action="store_true", help="also score with a logistic regression fitted on the tune split")
    args = ap.parse_args(argv or [])
    args.split = SPLIT_ALIASES.get(args.split, args.split)
    sets = GOLD_CHOICES.get(args.gold, (args.gold,))
    results = {g: evaluate(args.split, gold_set=g) for g in sets}
    res = results[sets[0]]
    for g in sets[1:]:  # the first set's result carries the others (`both`: medway, then "kent")
        res[g] = results[g]
    if args.compare_logistic:
        res["logistic"] = compare_scorers(args.split)
    if args.json:
        print(json.dumps(res, indent=2, default=str))
    else:
        for g, r in results.items():
            summary = {k: v for k, v in r.items() if k not in ("rows", "per_status", "confusion", *GOLD_SETS)}
            print(json.dumps(summary, indent=2, default=str))
            print("per status:", json.dumps(r["per_status"]))
            print("errors:", dict(r["confusion"]))
    return res


if __name__ == "__main__":
    main(sys.argv[1:])
