"""Evaluate statement finding against `annotations/statements/*.jsonl`, by document.

Three systems are scored on the same parsed units: rules alone, the
classifier alone, and both (rules first). The classifier is cross-validated by
council over the tuned files (fit on the other authorities' papers, test on
one authority's; `--cv document` for leave-one-document-out) and, for the
held-out files, fitted on all tuned files, with the saved model's feature
groups and C; its probability thresholds are the ones saved with
`models/statement_classifier` (chosen by `choose_threshold`,
leave-one-council-out, one for minutes and one for other papers). Gold is quotes, matched to
predictions with rapidfuzz partial_ratio >= 90 on whitespace-collapsed text.
Papers are read as `miner extract` reads them (`ingest.prepare`: metadata and
the corpus manifest), so each has its meeting date; for every gold promise
found as a promise, its deadline is compared with gold's ("deadline").

Run: `.venv/bin/python scripts/evaluate.py statements [--split heldout|tuned|blind|all|checks] [--json]`
(`blind`: the papers of `corpus/blind/`, in no other split; `all` = tuned + held-out; `checks`: every committed
check batch, `check_batches`, with the saved classifier, per batch and pooled; `--split checks --lobo`: a refit of
the saved classifier's set-up judged by leaving one batch out, `lobo`)
or `.venv/bin/python -m miner.evaluation.statements`.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz

from miner.evaluation import is_blind, load_jsonl_by_file, paired_bootstrap_diffs, wilson
from miner.model import Document, Statement, TextUnit

ROOT = Path(__file__).resolve().parents[2]
GOLD_DIR = ROOT / "annotations" / "statements"
KINDS = ("priority", "commitment", "achievement", "challenge", "decision")
PROMISE = ("priority", "commitment", "challenge")
HELDOUT = {
    "corpus/seeds/003_3b4d7debc252c725.txt",
    "corpus/pdf/24-00109 - Transfer the 18-25 section of the Strengthening Independence Service - Report.pdf",
    "corpus/pdf/CommunityGrant minutes 2018 March 13.pdf",
}
THRESHOLD = 90


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


@dataclass
class Gold:
    file: str
    kind: str
    quote: str
    period: str | None = None
    deadline: str | None = None


@dataclass
class ParsedDoc:
    """A document's units parsed once, so every system and fold reuses the parse."""

    file: str
    document: Document
    docs: list = field(default_factory=list)


def load_gold(gold_dir: Path = GOLD_DIR) -> dict[str, list[Gold]]:
    """Statement gold per paper; scope lines and rows about no paper (the tracker's second reading in
    annotations/agreement/) are not statements."""
    out = {file: [Gold(**{k: r.get(k) for k in ("file", "kind", "quote", "period", "deadline")})
                  for r in rows if "scope" not in r]
           for file, rows in load_jsonl_by_file(gold_dir).items()}
    return {file: golds for file, golds in out.items() if golds}


@lru_cache(maxsize=4)
def load_scopes(gold_dir: Path = GOLD_DIR) -> dict[str, list[tuple[str, str]]]:
    """Annotated stretches of papers annotated only in part: a gold line
    `{"file": ..., "scope": [[from_quote, to_quote], ...]}` says only the text
    from each `from_quote` up to (not including) its `to_quote` was annotated,
    so units elsewhere are neither scored nor used for training. Read once per process (every parsed paper asks)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for path in sorted(gold_dir.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and "scope" in (row := json.loads(line)):
                out[row["file"]] = [tuple(pair) for pair in row["scope"]]
    return out


def _find(quote: str, text: str) -> int:
    m = re.search(r"\s+".join(map(re.escape, quote.split())), text)
    if m is None:
        raise ValueError(f"scope quote not in the text: {quote!r}")
    return m.start()


def scope_ranges(scope: list[tuple[str, str]], text: str) -> list[tuple[int, int]]:
    return [(_find(a, text), _find(b, text)) for a, b in scope]


@lru_cache(maxsize=1)
def _manifest() -> dict[str, dict]:
    with open(ROOT / "corpus" / "MANIFEST.tsv", encoding="utf-8") as fh:
        return {"corpus/" + row["file"]: row for row in csv.DictReader(fh, delimiter="\t")}


def manifest_kinds() -> dict[str, str]:
    return {f: row["kind"] for f, row in _manifest().items()}


MIN_FOLD_STATEMENTS = 30


def folds(files: list[str], by: str = "council", gold: dict[str, list] | None = None) -> list[list[str]]:
    """Cross-validation folds: one per authority ("council", what carries to a new
    council's papers) or one per document ("document").

    Authorities with fewer than MIN_FOLD_STATEMENTS gold statements in `files`
    share one pooled fold: none of them is in its own training set, and twenty
    one-page councils cost one model fit, not twenty."""
    if by == "document":
        return [[f] for f in files]
    groups: dict[str, list[str]] = defaultdict(list)
    for f in files:
        groups[_manifest().get(f, {}).get("authority") or f].append(f)
    size = {k: sum(len((gold or {}).get(f, ())) for f in fs) for k, fs in groups.items()}
    small = {k for k in groups if gold is not None and size[k] < MIN_FOLD_STATEMENTS}
    pooled = [f for k in sorted(small) for f in groups[k]]
    return [groups[k] for k in sorted(groups) if k not in small] + ([pooled] if pooled else [])


def paper_group(file: str) -> str:
    """The council group a paper reports under: Kent County Council, the seed councils, parish minutes
    (corpus/parish) or other councils' web pages (corpus/web); what says most about a new council's
    papers is the last two."""
    folder = file.split("/")[1] if file.count("/") > 1 else ""
    if folder in ("seeds", "parish", "web"):
        return folder
    return "kent" if "Kent" in (_manifest().get(file, {}).get("authority") or "") else "other"


def units_for(document: Document, doc_kind: str | None, sections: list | None = None) -> list[TextUnit]:
    """The real path: sections from miner.sections (unless given), units from miner.extract."""
    from miner.extract import text_units
    from miner.sections import build_sections

    units = text_units(document, sections if sections is not None else build_sections(document))
    for u in units:
        u.doc_kind = doc_kind
    return units


def parse_file(file: str, nlp) -> ParsedDoc:
    """Read the paper as `miner extract`/`ingest` do (`ingest.prepare`: the reader, then the metadata,
    the corpus manifest overriding): the meeting date is what resolves deadlines written relative to
    the meeting ("by the end of Q3", "within 12 months") and tells a due date from a past one."""
    from miner.ingest import prepare

    document, sections = prepare(ROOT / file)
    units = units_for(document, manifest_kinds().get(file) or document.kind, sections)
    scope = load_scopes().get(file)
    if scope:
        ranges = scope_ranges(scope, document.text)
        units = [u for u in units if any(a <= u.start < b for a, b in ranges)]
    docs = []
    for unit in units:
        d = nlp.make_doc(unit.text)
        d._.miner_unit = unit
        docs.append(d)
    return ParsedDoc(file=file, document=document, docs=list(nlp.pipe(docs, batch_size=64)))


def run_finder(parsed: ParsedDoc, finder) -> list[Statement]:
    out: dict[str, Statement] = {}
    for d in parsed.docs:
        finder(d)
        for span in d.spans.get("miner_statements", []):
            rec = span._.miner_record
            if rec is not None:
                out.setdefault(rec.id, rec)
    return sorted(out.values(), key=lambda s: s.start)


def _match_matrix(gold: list[Gold], preds: list[Statement]) -> list[list[bool]]:
    """Which found statement each gold quote matches; every pair compared once (scoring a fold's papers otherwise
    spends most of its time re-squashing the same texts)."""
    found = [squash(p.text) for p in preds]
    return [[fuzz.partial_ratio(q, t, score_cutoff=THRESHOLD) >= THRESHOLD for t in found]
            for q in (squash(g.quote) for g in gold)]


def score(gold: list[Gold], preds: list[Statement]) -> dict:
    """Counts for one document: per-kind tp/fp/fn, found, kind-correct, and the confusion of the
    found ones (gold kind -> miner kind) with the quotes whose kind was wrong."""
    counts = {k: Counter() for k in KINDS}
    found = kind_ok = 0
    by_source: Counter = Counter()  # "rule"/"model" found and kind right: the classifier's additions kind on their own
    confusion: Counter = Counter()
    kind_errors: list[list[str]] = []
    promise = Counter()
    deadline = Counter()
    matched_pred: set[int] = set()
    hits = _match_matrix(gold, preds)
    for g, row in zip(gold, hits):
        cands = [(i, p) for i, p in enumerate(preds) if row[i]]
        if not cands:
            counts.setdefault(g.kind, Counter())["fn"] += 1
            if g.kind in PROMISE:
                promise["fn"] += 1
            continue
        same = [c for c in cands if c[1].kind == g.kind]
        i, p = (same or cands)[0]
        matched_pred.update(i for i, _ in cands)
        found += 1
        kind_ok += p.kind == g.kind
        source = "model" if p.method.startswith("model:") else "rule"
        by_source[f"{source}_found"] += 1
        by_source[f"{source}_ok"] += p.kind == g.kind
        confusion[f"{g.kind}>{p.kind}"] += 1
        if p.kind != g.kind:
            kind_errors.append([g.kind, p.kind, g.quote])
        if p.kind == g.kind:
            counts[g.kind]["tp"] += 1
        else:
            counts[g.kind]["fn"] += 1
        if g.kind in PROMISE:
            promise["tp" if p.kind in PROMISE else "fn"] += 1
            if p.kind in PROMISE:  # when is the promise due: gold's deadline against the one found
                _tally_deadline(deadline, g.deadline, p.deadline)
    for i, p in enumerate(preds):
        gs = [g for g, row in zip(gold, hits) if row[i]]
        if not any(g.kind == p.kind for g in gs):
            counts.setdefault(p.kind, Counter())["fp"] += 1
        if p.kind in PROMISE and not any(g.kind in PROMISE for g in gs):
            promise["fp"] += 1
    return {"kinds": counts, "promise": promise, "deadline": deadline, "found": found, "kind_ok": kind_ok,
            "gold": len(gold), "pred": len(preds), "confusion": confusion, "kind_errors": kind_errors,
            "by_source": by_source}


def _tally_deadline(c: Counter, gold: str | None, pred: str | None) -> None:
    """One found promise's deadline: agreed (both none or the same date), a gold date found, missed or
    wrong, or a date where gold has none."""
    c["checked"] += 1
    c["agree"] += gold == pred
    if gold:
        c["gold_dated"] += 1
        c["dated_agree"] += gold == pred
    if pred:
        c["pred_dated"] += 1
        c["spurious"] += not gold


def deadline_summary(c: Counter) -> dict:
    """Deadline agreement on the gold promises found as promises; precision/recall of the dated ones."""
    return {"agree": c["agree"], "checked": c["checked"],
            "agreement": round(c["agree"] / c["checked"], 3) if c["checked"] else 0.0,
            "gold_dated": c["gold_dated"], "gold_dated_right": c["dated_agree"],
            "dated_precision": round(c["dated_agree"] / c["pred_dated"], 3) if c["pred_dated"] else 0.0,
            "dated_recall": round(c["dated_agree"] / c["gold_dated"], 3) if c["gold_dated"] else 0.0,
            "dated_where_gold_has_none": c["spurious"]}


def prf(c: Counter) -> dict:
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": tp, "fp": fp, "fn": fn}


def summarise(per_doc: list[dict]) -> dict:
    kinds = defaultdict(Counter)
    promise = Counter()
    deadline = Counter()
    confusion: Counter = Counter()
    by_source: Counter = Counter()
    found = kind_ok = gold = pred = 0
    for s in per_doc:
        confusion.update(s.get("confusion", Counter()))
        by_source.update(s.get("by_source", Counter()))
        for k, c in s["kinds"].items():
            kinds[k].update(c)
        promise.update(s["promise"])
        deadline.update(s.get("deadline", Counter()))
        found += s["found"]
        kind_ok += s["kind_ok"]
        gold += s["gold"]
        pred += s["pred"]
    return {
        "per_kind": {k: prf(kinds[k]) for k in KINDS},
        "promise": prf(promise),
        "deadline": deadline_summary(deadline),
        "found_recall": round(found / gold, 3) if gold else 0.0,
        "kind_accuracy_among_found": round(kind_ok / found, 3) if found else 0.0,
        "kind_confusion": dict(sorted(confusion.items())),
        # kind accuracy among found of the statements the rules made and of those the classifier added
        "kind_accuracy_by_source": {src: {"found": by_source[f"{src}_found"], "right": by_source[f"{src}_ok"],
                                          "accuracy": round(by_source[f"{src}_ok"] / by_source[f"{src}_found"], 3)
                                          if by_source[f"{src}_found"] else 0.0} for src in ("rule", "model")},
        "gold": gold,
        "predicted": pred,
        # 95% Wilson intervals: what a sample of this size can tell apart
        "ci95": {"promise_precision": wilson(promise["tp"], promise["tp"] + promise["fp"]),
                 "promise_recall": wilson(promise["tp"], promise["tp"] + promise["fn"]),
                 "kind_accuracy_among_found": wilson(kind_ok, found)},
    }


def rule_kinds_by_unit(parsed: ParsedDoc) -> list[tuple[str, ...]]:
    """For each unit of the paper, the kinds the rules find in the unit before it (the "prevkind" feature group,
    statements round 63), as the finder reads them: a rules-only finder over the paper's units in order."""
    from miner.nlp.statements import GROUP, StatementFinder, rule_kinds

    kinds = [rule_kinds(list(d.spans.get(GROUP, ()))) for d in StatementFinder(mode="rules").pipe(parsed.docs)]
    return [()] + kinds[:-1] if kinds else []


def candidates_and_labels(parsed: ParsedDoc, gold: list[Gold], *, prev_kinds: bool = False):
    """Training rows: every sentence (and whole list item) of the document, labelled from gold. `prev_kinds`: also
    the kinds the rules find in the unit before each (for a model with the "prevkind" group; a rules pass more)."""
    from miner.nlp.statements import StatementFinder, _sentences_of, _trim, turn_at

    from miner.nlp.doctext import text_of
    from miner.nlp.statements_context import UnitContext

    finder = StatementFinder(mode="rules")  # only for its list context (header kinds), read in order
    unit_context = UnitContext()  # the heading and lead-in of each unit, read in order as the finder reads them
    prev = rule_kinds_by_unit(parsed) if prev_kinds else [()] * len(parsed.docs)  # the "prevkind" group's input
    cands, labels = [], []
    for n, d in enumerate(parsed.docs):
        unit: TextUnit = d._.miner_unit
        context = unit_context(unit, text_of(d))
        hk = finder._list_kind(d.text, unit)
        if finder._in_proposals(d.text, unit):  # members' proposals: the finder never asks the model about them
            continue
        spans = [s for s in (_trim(s) for s in _sentences_of(d)) if s is not None and len(s.text) >= 12]
        turns = []
        if unit.doc_kind == "minutes":  # who has the floor, as the finder reads it (its attendance list, in order)
            finder._attendance(unit)
            turns = finder.turns(d)
        sentences = len(spans)
        if unit.role in ("item", "paragraph") and len(spans) > 1:
            whole = d.char_span(0, len(d.text.rstrip()), alignment_mode="expand")
            if whole is not None:
                spans.append(whole)
        for i, span in enumerate(spans):
            text = span.text.strip()
            label = "none"
            for g in gold:
                if fuzz.partial_ratio(squash(g.quote), squash(text), score_cutoff=THRESHOLD) >= THRESHOLD:
                    label = g.kind
                    break
            turn = turn_at(turns, span.start_char) if i < sentences else None  # a whole item: no turn, as in use
            cands.append(StatementFinder.candidate(span, unit, hk, turn=turn, context=context, prev_kinds=prev[n]))
            labels.append(label)
    return cands, labels


def fit_model(parsed: list[ParsedDoc], gold: dict[str, list[Gold]], rows: dict | None = None, **meta):
    """The classifier fitted on the papers' candidates; `rows` keeps each paper's candidates across the
    folds of one evaluation (a paper is in the training set of every fold but its own)."""
    from miner.nlp.statement_model import StatementModel

    rows = {} if rows is None else rows
    cands, labels = [], []
    for p in parsed:
        if p.file not in rows:
            rows[p.file] = candidates_and_labels(p, gold.get(p.file, []), prev_kinds="prevkind" in (meta.get("features") or ()))
        c, l = rows[p.file]
        cands += c
        labels += l
    return StatementModel.fit(cands, labels, **meta), Counter(labels)


THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8)
CRITERION = "model"  # the set-up whose pooled leave-one-council-out promise F1 chooses the threshold (stop 58)


def choose_threshold(parsed: list[ParsedDoc], gold: dict[str, list[Gold]], *, by: str = "council",
                     second: dict[str, list[Gold]] | None = None, **fit) -> tuple[float, dict]:
    """The classifier's probability threshold, by leave-one-council-out over `parsed`.

    For each authority a model is fitted on the other authorities' papers and
    run on its papers, alone (mode "model") and behind the rules (mode
    "both"). The threshold with the best pooled promise F1 of the model
    *alone* wins: the rules were written while reading every tuned paper, so
    on them rules + model always prefers the model off (0.8 for version 17,
    round 55), while on a new council's papers the rules find little and the
    model matters most (round 56's fresh batch I: rules + model 0.486 at 0.3
    against 0.400 at 0.8; the tracker matched fewer promises at 0.8).
    `second`: a second annotator's gold for some of these papers
    (`annotations/agreement/`), against which rules + model is scored too - a
    reading the rules were not fitted to. Returns
    (threshold, per-threshold scores of every set-up for the card).

    The same criterion is applied within each paper kind of `statement_model.THRESHOLD_KINDS` (minutes) and
    within the other papers ("default"), on the same folds' statements: `table["by_kind"]` holds each kind's
    table and `table["thresholds"]` each kind's best, which the model saves as `meta["thresholds"]` and the
    finder applies by the unit's paper kind (statements round 61).
    """
    by_file = {p.file: p for p in parsed}
    held_preds: dict[str, dict] = {}
    for held in folds(list(by_file), by, gold):
        model, _ = fit_model([q for q in parsed if q.file not in held], gold, **fit)
        for f in held:
            held_preds[f] = {"kind": paper_kind(by_file[f])} | held_statements(by_file[f], model)
    return threshold_tables(held_preds, gold, second=second, by=by)


def held_statements(parsed: ParsedDoc, model) -> dict[str, list]:
    """A held paper's statements of modes "model" and "both" at confidence 0.0 (every model-added sentence with its
    probability), so any threshold can be applied after (`threshold_tables`, `scripts/statements_loco.py`)."""
    from miner.nlp.statements import StatementFinder

    return {mode: run_finder(parsed, StatementFinder(mode=mode, model=model, min_model_confidence=0.0))
            for mode in ("model", "both")}


def kept_at(statements: list, threshold: float) -> list:
    """The statements a finder with this threshold keeps: the rules' all, the model's at `threshold` or above."""
    return [s for s in statements if not s.method.startswith("model:") or s.confidence >= threshold]


def threshold_tables(held_preds: dict[str, dict], gold: dict[str, list[Gold]], *, by: str = "council",
                     second: dict[str, list[Gold]] | None = None) -> tuple[float, dict]:
    """`choose_threshold`'s tables and choice from each held paper's statements of modes "model" and "both" at
    confidence 0.0 (fitted without the paper's fold) and its kind: {file: {"kind": ..., "model": [...], "both":
    [...]}}. Pooled over all papers, and within each paper kind's group (`statement_model.threshold_group`)."""
    from miner.nlp.statement_model import DEFAULT_KIND, THRESHOLD_KINDS, threshold_group

    setups = ("model", "both") + (("both_second_reading",) if second else ())
    groups = (DEFAULT_KIND,) + THRESHOLD_KINDS
    per: dict[str, dict[str, dict[float, list]]] = {g: {m: {t: [] for t in THRESHOLDS} for m in setups}
                                                    for g in ("all",) + groups}
    for f, rec in held_preds.items():
        group = threshold_group(rec["kind"])
        for mode in ("model", "both"):
            for t in THRESHOLDS:
                kept = kept_at(rec[mode], t)
                scores = [(mode, score(gold.get(f, []), kept))]
                if mode == "both" and second and f in second:
                    scores.append(("both_second_reading", score(second[f], kept)))
                for m, sc in scores:
                    per["all"][m][t].append(sc)
                    per[group][m][t].append(sc)
    table = _threshold_table(per["all"])
    table["cv"] = by
    table["criterion"] = CRITERION
    best = _best_threshold(table)
    table["by_kind"] = {g: _threshold_table(per[g]) for g in groups if per[g]["model"][THRESHOLDS[0]]}
    table["thresholds"] = {g: _best_threshold(table["by_kind"][g]) if g in table["by_kind"] else best for g in groups}
    return best, table


def _threshold_table(per: dict[str, dict[float, list]]) -> dict:
    return {m: {str(t): summarise(v)["promise"] | {"kind_accuracy": summarise(v)["kind_accuracy_among_found"]}
                for t, v in rows.items()} for m, rows in per.items()}


def _best_threshold(table: dict) -> float:
    """The card's criterion: the best pooled promise F1 of `CRITERION`, ties to the higher threshold."""
    return max(THRESHOLDS, key=lambda t: (table[CRITERION][str(t)]["f1"], t))


def paper_kind(parsed: ParsedDoc) -> str | None:
    """The paper's kind as its units carry it (`parse_file`: the manifest's kind, else the reader's), the one the
    finder chooses its threshold by."""
    return parsed.docs[0]._.miner_unit.doc_kind if parsed.docs else parsed.document.kind


def saved_threshold() -> float:
    """The threshold the saved classifier was chosen with (of papers of no kind of their own), else the component
    default."""
    from miner.nlp import statement_model

    model = statement_model.load()
    return model.threshold if model is not None else 0.55


def saved_thresholds() -> dict[str, float]:
    """The thresholds per paper kind the saved classifier was chosen with (`StatementModel.thresholds`)."""
    from miner.nlp import statement_model

    model = statement_model.load()
    return model.thresholds if model is not None else {statement_model.DEFAULT_KIND: 0.55}


def saved_fit_args() -> dict:
    """Feature groups and C of the saved classifier, so cross-validation refits the model users get."""
    from miner.nlp import statement_model

    model = statement_model.load()
    if model is None or model.inputs != "candidates":
        return {}
    return {"features": model.features, "c": float(model.meta.get("c", 1.0))}


SYSTEMS = ("rules", "model", "both")


def check_batches(gold_dir: Path = GOLD_DIR) -> dict[str, list[str]]:
    """Every committed check batch: a subfolder of the gold folder holding a `pages.txt` (its pages, one a line) and
    its gold `*.jsonl` (so `load_gold`, which reads the top folder only, puts none of them in any split). Folders
    with a `pages.txt` and no gold of their own (round53/: pages whose gold is tuned) are not checks. A page may
    have no gold statement (its false statements still count). {folder name: pages}, by name."""
    out = {}
    for folder in sorted(p for p in gold_dir.iterdir() if p.is_dir()):
        listed = folder / "pages.txt"
        if listed.exists() and any(folder.glob("*.jsonl")):
            out[folder.name] = [line.strip() for line in listed.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def load_check_gold(gold_dir: Path = GOLD_DIR) -> dict[str, list[Gold]]:
    """The gold of every check batch (`check_batches`), by page."""
    out: dict[str, list[Gold]] = {}
    for name in check_batches(gold_dir):
        out.update(load_gold(gold_dir / name))
    return out


def paired_bootstrap(pairs: list[tuple[Counter, Counter]], *, resamples: int = 10_000, seed: int = 67) -> dict:
    """Page-level paired bootstrap of a promise F1 difference: `pairs` holds each page's promise counts (tp, fp, fn)
    under system A and system B; pages are drawn with replacement (`paired_bootstrap_diffs`), F1 pooled over the
    draw for each system, and the 2.5th and 97.5th percentiles of B - A give the 95% interval (fixed seed: the same
    interval on every run)."""
    import numpy as np

    def f1(t):
        t = np.asarray(t, dtype=float)
        return np.divide(2 * t[..., 0], 2 * t[..., 0] + t[..., 1] + t[..., 2], out=np.zeros(t.shape[:-1]),
                         where=t[..., 0] > 0)

    a = np.array([[x["tp"], x["fp"], x["fn"]] for x, _ in pairs], dtype=float).reshape(-1, 3)
    b = np.array([[y["tp"], y["fp"], y["fn"]] for _, y in pairs], dtype=float).reshape(-1, 3)
    diff = float(f1(b.sum(axis=0)) - f1(a.sum(axis=0)))
    ci = None
    if len(a) and resamples:
        draws = paired_bootstrap_diffs(a, b, f1, resamples=resamples, seed=seed)
        ci = [round(float(x), 4) for x in np.percentile(draws, [2.5, 97.5])]
    return {"difference": round(diff, 4), "ci95": ci, "resamples": resamples, "seed": seed, "pages": len(a)}


def lobo(*, batches: list[str] | None = None, tuned_limit: int | None = None, nlp=None, resamples: int = 10_000,
         seed: int = 67, c: float | None = None, features: tuple[str, ...] | None = None) -> dict:
    """Leave one check batch out: for each batch, the saved classifier's set-up (its feature groups and C) fitted
    on the tuned papers and every other check batch, run behind the rules on the left-out batch at the saved
    thresholds per paper kind; the predictions pooled over the batches and set against the saved classifier's on
    the same pages (which was fitted on no check batch), with a page-level paired bootstrap of the rules + model
    promise F1 difference (`paired_bootstrap`). What a refit with the batches would gain on pages it has not seen.
    `batches`: only these batches are left out in turn (all are still in the other folds' training sets);
    `tuned_limit`: only the first n tuned papers are fitted on (a small run, for the tests); `c`, `features`: a
    variant of the set-up (this C, these feature groups) refitted instead of the saved classifier's own (round 68)."""
    from miner.nlp.pipeline import load_base
    from miner.nlp.statement_model import load as load_model
    from miner.nlp.statements import StatementFinder

    nlp = nlp or load_base()
    gold = load_gold()
    tuned = [f for f in sorted(gold) if not is_blind(f) and f not in HELDOUT][:tuned_limit]
    checks = check_batches()
    gold = gold | load_check_gold()
    left_out = batches or list(checks)
    parsed = {f: parse_file(f, nlp) for f in tuned + [p for ps in checks.values() for p in ps]}
    thresholds = saved_thresholds()
    saved = load_model()
    fit_args = saved_fit_args()
    if c is not None:
        fit_args["c"] = float(c)
    if features is not None:
        fit_args["features"] = tuple(features)
    rows: dict[str, tuple] = {}
    per: dict[str, dict[str, list]] = {}
    pages: dict[str, list] = {}
    for b in left_out:
        train = tuned + [p for name, ps in checks.items() if name != b for p in ps]
        refit = fit_model([parsed[t] for t in train], gold, rows, **fit_args)[0]
        for f in checks[b]:
            g = gold.get(f, [])
            runs = {"rules": StatementFinder(mode="rules"),
                    "saved_both": StatementFinder(mode="both", model=saved, min_model_confidence=thresholds),
                    "refit_both": StatementFinder(mode="both", model=refit, min_model_confidence=thresholds),
                    "saved_model": StatementFinder(mode="model", model=saved, min_model_confidence=thresholds),
                    "refit_model": StatementFinder(mode="model", model=refit, min_model_confidence=thresholds)}
            scores = {k: score(g, run_finder(parsed[f], finder)) for k, finder in runs.items()}
            for k, s in scores.items():
                per.setdefault(b, {}).setdefault(k, []).append(s)
            pages[f] = {k: {"promise": dict(s["promise"]), "found": s["found"], "kind_ok": s["kind_ok"]}
                        for k, s in scores.items()}
    def brief(s: dict) -> dict:
        return s["promise"] | {"kind_accuracy": s["kind_accuracy_among_found"], "found": s["found_recall"]}
    by_batch = {b: {k: brief(summarise(v)) for k, v in systems.items()} for b, systems in per.items()}
    pooled = {k: brief(summarise([s for systems in per.values() for s in systems[k]])) for k in next(iter(per.values()))} \
        if per else {}
    pairs = [(Counter(v["saved_both"]["promise"]), Counter(v["refit_both"]["promise"])) for v in pages.values()]
    return {"batches": {b: len(checks[b]) for b in left_out}, "tuned_papers": len(tuned), "thresholds": thresholds,
            "fit_args": {k: list(v) if isinstance(v, tuple) else v for k, v in fit_args.items()},
            "saved_version": saved and saved.version, "pooled": pooled, "by_batch": by_batch,
            "both_difference": paired_bootstrap(pairs, resamples=resamples, seed=seed), "per_page": pages}


def gold_fingerprint(files: list[str], gold: dict[str, list[Gold]] | None = None) -> str:
    """A hash of these papers' statement gold: saved with the classifier, it tells whether the shipped
    model is the one a fit on today's gold would give."""
    gold = load_gold() if gold is None else gold
    h = hashlib.sha256()
    for f in sorted(files):
        for g in gold.get(f, []):
            h.update(json.dumps([g.file, g.kind, g.quote], ensure_ascii=False).encode())
    return h.hexdigest()[:16]


def evaluate(files: list[str] | None = None, *, split: str = "all", nlp=None, cv: str = "council",
             against: Path | None = None, systems: tuple[str, ...] = SYSTEMS, shipped: bool = False,
             parsed: dict[str, ParsedDoc] | None = None) -> dict:
    """Scores of rules, model and both. A tuned paper's model is fitted on the
    tuned papers of the other councils (`cv="council"`) or on the other tuned
    papers (`cv="document"`); a held-out paper's on all tuned papers.
    `against`: score the papers another annotator read (annotations/agreement/...) against that
    reading instead; the model is still fitted on this gold. A system measured against two readings
    shows how much of its score is one annotator's habits.
    Smaller runs (the test suite's): `systems=("rules",)` fits nothing; `shipped` scores held-out
    papers with the saved classifier, which `scripts/train.py statements` fitted on all tuned papers
    (its `gold_fingerprint` says whether that is today's gold), instead of refitting it; `parsed`
    keeps the parses for a second call. `split="checks"`: the pages of every check batch (`check_batches`), scored
    with the saved classifier (fitted on the tuned papers, no check batch), per batch in `results["by_batch"]`."""
    from miner.nlp.pipeline import load_base
    from miner.nlp.statement_model import load as load_model
    from miner.nlp.statements import StatementFinder

    gold = load_gold()
    nlp = nlp or load_base()
    all_files = sorted(f for f in gold if not is_blind(f))  # a blind paper is fitted on by no split
    tuned = [f for f in all_files if f not in HELDOUT]
    held = [f for f in all_files if f in HELDOUT]
    blind = sorted(f for f in gold if is_blind(f))
    checks = check_batches() if split == "checks" else {}
    if split == "checks":  # outside every split: the saved classifier was fitted on none of them
        gold = gold | load_check_gold()
        shipped = True
    wanted = files or {"tuned": tuned, "heldout": held, "blind": blind, "all": all_files,
                       "checks": [p for ps in checks.values() for p in ps]}.get(split, [])
    scored = gold  # the model is fitted on `gold` whatever it is scored against
    if against is not None:
        scored = load_gold(against)
        wanted = [f for f in wanted if f in scored]
    fitting = systems != ("rules",)
    fold_of = {f: tuple(fold) for fold in folds(tuned, cv, gold) for f in fold}
    need = set(wanted)
    if fitting and any(f in fold_of or not shipped for f in wanted):
        need |= set(tuned)
    parsed = {} if parsed is None else parsed
    for f in sorted(need - set(parsed)):
        parsed[f] = parse_file(f, nlp)
    results: dict = {"split": split, "files": wanted, "systems": {}, "cv": cv, "against": str(against or GOLD_DIR)}
    per_doc: dict[str, list] = defaultdict(list)
    threshold = saved_thresholds()  # one per paper kind, applied by each unit's kind
    results["model_threshold"] = saved_threshold()
    results["model_thresholds"] = threshold
    saved = load_model() if shipped else None
    if shipped:
        results["shipped_model"] = {"version": saved and saved.version,
                                    "fitted_on_todays_gold": bool(saved) and saved.meta.get("gold_fingerprint")
                                    == gold_fingerprint(tuned, gold)}
    fit_args = saved_fit_args()
    models: dict[tuple, object] = {}  # one fit per training set, shared by the papers scored with it
    rows: dict[str, tuple] = {}  # each paper's training rows, built once for all folds
    for f in wanted:
        held_out = fold_of.get(f, (f,))
        train = tuple(t for t in tuned if t not in held_out)  # the same for every held-out paper: one fit
        if not fitting:
            model = None
        elif shipped and f not in fold_of:
            model = saved
        else:
            if train not in models:
                models[train] = fit_model([parsed[t] for t in train], gold, rows, **fit_args)[0] if train else None
            model = models[train]
        for mode in systems:
            finder = StatementFinder(mode=mode, model=model, min_model_confidence=threshold)
            preds = run_finder(parsed[f], finder)
            s = score(scored.get(f, []), preds)  # a check page may have no gold statement
            per_doc[mode].append(s)
            results.setdefault("per_document", {}).setdefault(f, {})[mode] = {
                "promise_f1": prf(s["promise"])["f1"], "promise": dict(s["promise"]), "gold": s["gold"],
                "pred": s["pred"], "found": s["found"], "kind_ok": s["kind_ok"], "kind_errors": s["kind_errors"]
            }
    for mode, docs in per_doc.items():
        results["systems"][mode] = summarise(docs)
    groups: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(wanted):
        groups[paper_group(f)].append(i)
    results["by_group"] = {g: {mode: summarise([docs[i] for i in idx]) for mode, docs in per_doc.items()}
                           for g, idx in sorted(groups.items())}
    if checks:
        index = {f: i for i, f in enumerate(wanted)}
        results["by_batch"] = {b: {mode: summarise([docs[index[f]] for f in ps if f in index])
                                   for mode, docs in per_doc.items()} for b, ps in checks.items()}
    if split == "all" and not files:  # the two halves too, from the same run
        results["by_split"] = {
            name: {mode: summarise([s for f, s in zip(wanted, docs) if (f in HELDOUT) == (name == "heldout")])
                   for mode, docs in per_doc.items()}
            for name in ("tuned", "heldout")
        }
    return results


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(prog="evaluate statements", description=__doc__.splitlines()[0], fromfile_prefix_chars="@")
    ap.add_argument("--split", choices=("tuned", "heldout", "blind", "all", "checks"), default="all",
                    help="blind: the papers of corpus/blind/, scored like held-out ones (all = tuned + heldout); "
                    "checks: every committed check batch (annotations/statements/<folder>/pages.txt with its gold), "
                    "per batch and pooled, with the saved classifier")
    ap.add_argument("--lobo", action="store_true", help="with --split checks: leave one batch out (`lobo`): refit "
                    "the saved classifier's set-up on tuned + the other batches, score the left-out one, pooled "
                    "against the saved classifier with a paired bootstrap interval")
    ap.add_argument("--lobo-batch", action="append", help="--lobo: leave only this batch out (repeatable)")
    ap.add_argument("--tuned-limit", type=int, help="--lobo: fit on the first n tuned papers only (a small run)")
    ap.add_argument("--resamples", type=int, default=10_000, help="--lobo: bootstrap resamples (seed 67)")
    ap.add_argument("--lobo-c", type=float, help="--lobo: refit a variant with this C (default: the saved one's)")
    ap.add_argument("--lobo-features", help="--lobo: refit a variant with these feature groups, joined by '+' "
                    "(default: the saved one's)")
    ap.add_argument("--file", action="append", help="evaluate only this gold file (repeatable)")
    ap.add_argument("--json", action="store_true", help="print the full result as JSON")
    ap.add_argument("--cv", choices=("council", "document"), default="council",
                    help="tuned papers: fit the model on the other councils' papers (default) or the other papers")
    ap.add_argument("--against", type=Path, help="score against a second annotator's reading in this folder "
                    "(e.g. annotations/agreement/heldout), for the papers it has")
    ap.add_argument("--fresh", action="extend", nargs="+", default=[], metavar="FILE",
                    help="score these tuned papers as held-out ones, with the model fitted on the tuned papers that "
                    "are neither --fresh nor --exclude (@LIST reads one file a line, e.g. "
                    "@annotations/statements/round29/batch2.txt)")
    ap.add_argument("--exclude", action="extend", nargs="+", default=[], metavar="FILE",
                    help="with --fresh: leave these papers out of the model's training set (@LIST too)")
    ap.add_argument("--systems", default="+".join(SYSTEMS), help="systems to score, joined by '+' (rules alone fits nothing)")
    ap.add_argument("--by-group", action="store_true", help="print kind accuracy among found statements and the "
                    "confusion (gold kind > miner kind) per council group (kent, seeds, parish, web)")
    ap.add_argument("--shipped", action="store_true", help="score held-out papers with the saved classifier instead "
                    "of refitting it on the tuned papers (the same model when it was fitted on today's gold)")
    args = ap.parse_args(argv)
    if args.fresh and args.shipped:
        ap.error("--shipped: the saved classifier was fitted on the --fresh papers too")
    if args.lobo:
        if args.split != "checks":
            ap.error("--lobo judges a refit on the check batches: use it with --split checks")
        result = lobo(batches=args.lobo_batch, tuned_limit=args.tuned_limit, resamples=args.resamples, c=args.lobo_c,
                      features=tuple(args.lobo_features.split("+")) if args.lobo_features else None)
        if args.json:
            print(json.dumps(result, indent=2))
        else:
            for name, systems in [("pooled", result["pooled"])] + list(result["by_batch"].items()):
                for k, v in systems.items():
                    print(f"[{name} {k}] promise P {v['precision']:.3f} R {v['recall']:.3f} F1 {v['f1']:.3f} "
                          f"({v['tp']} {v['fp']} {v['fn']})  kind-acc {v['kind_accuracy']:.3f}")
            d = result["both_difference"]
            print(f"rules + model promise F1, refit - saved: {d['difference']:+.4f}, 95% interval {d['ci95']} "
                  f"({d['pages']} pages, {d['resamples']} resamples, seed {d['seed']})")
        return result
    if args.fresh:  # what a change does to papers nothing was fitted or written on, as held-out papers are scored
        HELDOUT.update(args.fresh, args.exclude)
        args.file = args.fresh
    result = evaluate(args.file, split=args.split, cv=args.cv, against=args.against,
                      systems=tuple(args.systems.split("+")), shipped=args.shipped)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for name, by_mode in result.get("by_batch", {}).items():
            for mode, s in by_mode.items():
                p = s["promise"]
                print(f"[{name} {mode}] promise P {p['precision']:.3f} R {p['recall']:.3f} F1 {p['f1']:.3f} "
                      f"({p['tp']} {p['fp']} {p['fn']})  kind-acc {s['kind_accuracy_among_found']:.3f}  gold {s['gold']}")
        for mode, s in result["systems"].items():
            print(f"[{mode}] promise F1 {s['promise']['f1']:.3f}  found {s['found_recall']:.3f}  "
                  f"kind-acc {s['kind_accuracy_among_found']:.3f}  gold {s['gold']} pred {s['predicted']}")
            ci = s["ci95"]
            print(f"    95% intervals: promise P {ci['promise_precision']} R {ci['promise_recall']}  "
                  f"kind-acc {ci['kind_accuracy_among_found']}")
            for k, v in s["per_kind"].items():
                print(f"    {k:12s} P {v['precision']:.3f} R {v['recall']:.3f} F1 {v['f1']:.3f}")
            d = s["deadline"]
            print(f"    deadline of found promises: agree {d['agree']}/{d['checked']} ({d['agreement']:.3f}); "
                  f"gold-dated right {d['gold_dated_right']}/{d['gold_dated']}, dated precision "
                  f"{d['dated_precision']:.3f}, dated where gold has none {d['dated_where_gold_has_none']}")
        if args.by_group:
            for group, by_mode in result["by_group"].items():
                for mode, s in by_mode.items():
                    wrong = {k: v for k, v in s["kind_confusion"].items() if k.split(">")[0] != k.split(">")[1]}
                    src = s["kind_accuracy_by_source"]
                    print(f"[{group} {mode}] kind-acc {s['kind_accuracy_among_found']:.3f} (rule-made "
                          f"{src['rule']['accuracy']:.3f} of {src['rule']['found']}, classifier-added "
                          f"{src['model']['accuracy']:.3f} of {src['model']['found']}) "
                          f"promise F1 {s['promise']['f1']:.3f}  gold {s['gold']}  confused {wrong}")
    return result


if __name__ == "__main__":
    main(sys.argv[1:])
