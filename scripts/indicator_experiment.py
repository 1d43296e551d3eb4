"""Claims round 53: does a learned indicator model generalise better than the rules? (an experiment, not a component)

Rows are built from the tuned claims gold only (never held-out, blind or compare-audit files): each gold claim that the
pipeline matches with the right value and unit (a true positive of `miner.evaluation.claims`), with the inputs the
pipeline has at run time (the claim's metric phrase, its sentence, the line above it and the start of its own line, the
heading of its section, its unit, and the rules' own indicator) and the gold indicator (None is a class).

Run (from the repository, `PYTHONPATH=$PWD .venv/bin/python scripts/indicator_experiment.py ...`):
    rows                          # count the rows by council
    cv --folds 5 [--by file]      # GroupKFold by council (or by paper) on the tuned papers; --errors lists changes
    fresh GOLD_DIR PAGES_DIR      # fit on all tuned rows, score a fresh batch (gold "file" = a page in PAGES_DIR)
    --no-rules-feature            # the model without the rules' answer as an input

Set-ups compared (accuracy of the indicator among matched claims, as `scripts/evaluate.py claims` scores it):
rules alone; model alone; `fill@t` (the rules' answer unless it is None, then the model's when its probability > t);
`override@t` (the model's answer when its probability > t, else the rules').
Pipeline outputs are cached under /tmp/cl53/cache (pickles keyed by the file's name and bytes): delete it after a rule
change. Results of round 53: annotations/README.md, "Claims round 53".
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from miner.evaluation import is_blind  # noqa: E402
from miner.evaluation.claims import HELDOUT, GOLD_DIR, _match, _same, corpus_path, locate, scope_span  # noqa: E402

CACHE = Path("/tmp/cl53/cache")
NONE = "None"
FIELDS = ("metric", "sentence", "above", "row", "heading")
COLUMNS = (*FIELDS, "unit", "rules")  # the model's input columns, in order


def load_claims_gold(gold_dir: Path = GOLD_DIR) -> dict[str, list[dict]]:
    """Claims gold by paper, without the compare-audit files (`compare_audit*.jsonl`, not claims gold)."""
    gold: dict[str, list[dict]] = {}
    for path in sorted(gold_dir.glob("*.jsonl")):
        if path.name.startswith("compare_audit"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if "file" in row:
                    gold.setdefault(row["file"], []).append(row)
    return gold


def tuned_names(gold: dict[str, list[dict]]) -> list[str]:
    """The tuned split's gold files: neither held-out nor blind."""
    return sorted(n for n in gold if n not in HELDOUT and not is_blind(n))


def _cached(path: Path, cache: Path | None) -> Path | None:
    return cache / f"{hashlib.sha1(path.name.encode() + path.read_bytes()).hexdigest()[:16]}.pkl" if cache else None


def run_pipeline(path: Path, nlp=None, cache: Path | None = CACHE) -> dict:
    """Text, authority, sections and claims of one paper through the real pipeline, cached by the file's bytes
    (`cache` None: not cached)."""
    cached = _cached(path, cache)
    if cached and cached.exists():
        return pickle.loads(cached.read_bytes())
    from miner.extract import extract
    from miner.ingest import prepare
    from miner.nlp.pipeline import load_pipeline

    document, sections = prepare(path)
    nlp = nlp or load_pipeline(("miner_claims", "miner_inspections"))
    result = extract(document, sections, nlp=nlp)
    out = {"text": document.text, "authority": document.authority, "sections": sections, "claims": result.claims}
    if cached:
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_bytes(pickle.dumps(out))
    return out


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence (or line of a table) holding text[start:end]: from the last full stop or line break before."""
    lo = max(0, start - 400)
    stops = [m.end() - 1 for m in re.finditer(r"[.;:!?]\s", text[lo:start])]
    left = max(text.rfind("\n", 0, start), max(stops, default=-1) + lo)
    stop = re.search(r"[.;!?](\s|$)|\n", text[end:end + 400])
    right = end + (stop.start() if stop else min(400, len(text) - end))
    return text[left + 1:right].strip()


def _heading(sections, start: int) -> str:
    """The titles of the headed sections holding `start`, outermost first."""
    titles = [s.title for s in sorted(sections, key=lambda s: (s.start, -s.end))
              if s.title and s.start <= start < s.end and s.role == "heading"]
    return " | ".join(titles[-2:])


def features(text: str, sections, claim) -> dict[str, str]:
    """What the pipeline knows about one claim at run time, as strings."""
    line_start = text.rfind("\n", 0, claim.start) + 1
    prev_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    return {
        "metric": claim.metric or "",
        "sentence": _sentence(text, claim.start, claim.end),
        "above": text[prev_start:line_start].strip()[:300],
        "row": text[line_start:claim.start].strip()[-200:],
        "heading": _heading(sections, claim.start),
        "unit": claim.unit or "",
        "rules": claim.indicator or NONE,
    }


def rows_for(name: str, gold: list[dict], run: dict, group: str) -> list[dict]:
    """One row per gold claim matched with the right value and unit, as `miner.evaluation.claims` matches them."""
    text, claims = run["text"], run["claims"]
    g_claims = [g for g in gold if g.get("type", "claim") == "claim"]
    scopes = [scope_span(text, g) for g in gold if g.get("type") == "scope"]
    if scopes:
        claims = [p for p in claims if any(s <= p.start < e for s, e in scopes)]
    spans = [locate(text, g["quote"], g.get("context")) or (-1, -1) for g in g_claims]
    matched = _match(spans, claims)
    rows = []
    for gi, g in enumerate(g_claims):
        p = matched.get(gi)
        if p is None or not (_same(p.value, g["value"]) and p.unit == g["unit"]):
            continue
        rows.append({"file": name, "group": group, "quote": g["quote"], **features(text, run["sections"], p),
                     "gold": g.get("indicator") or NONE})
    return rows


def _council(name: str, authority: str | None) -> str:
    """The grouping key: the paper's authority as the reader found it, else the file name's first words."""
    if authority:
        return authority
    return name.split(" - ")[0] if " - " in name else "unknown"


def tuned_rows(names: list[str] | None = None, cache: Path | None = CACHE) -> list[dict]:
    gold = load_claims_gold()
    from miner.nlp.pipeline import load_pipeline

    nlp = None
    rows = []
    for name in names or tuned_names(gold):
        if name in HELDOUT or is_blind(name):  # never, whatever the caller asks
            continue
        path = corpus_path(name)
        key = _cached(path, cache)
        if nlp is None and not (key and key.exists()):
            nlp = load_pipeline(("miner_claims", "miner_inspections"))
        run = run_pipeline(path, nlp, cache)
        rows += rows_for(name, gold[name], run, _council(name, run["authority"]))
    return rows


# ---- the model -------------------------------------------------------------------------------------------------------

def make_model(C: float = 4.0, rules_feature: bool = True):
    """TF-IDF word n-grams of each text input and char n-grams of the metric phrase, one-hot unit and rules' answer,
    and a logistic-loss linear model (SGD: lbfgs took over a minute a fit on the shared cores). `C` scales the inverse
    of the SGD penalty (alpha = 1e-4 / C)."""
    from sklearn.compose import ColumnTransformer
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import SGDClassifier
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import OneHotEncoder

    word = dict(lowercase=True, ngram_range=(1, 2), min_df=1, sublinear_tf=True,
                token_pattern=r"(?u)\b[a-zA-Z][a-zA-Z]+\b")
    chars = dict(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=2)
    cols = ColumnTransformer([
        ("metric_w", TfidfVectorizer(**word), COLUMNS.index("metric")),
        ("metric_c", TfidfVectorizer(**chars), COLUMNS.index("metric")),
        ("sentence_w", TfidfVectorizer(**word), COLUMNS.index("sentence")),
        ("above_w", TfidfVectorizer(**word), COLUMNS.index("above")),
        ("row_w", TfidfVectorizer(**word), COLUMNS.index("row")),
        ("heading_w", TfidfVectorizer(**word), COLUMNS.index("heading")),
        ("cat", OneHotEncoder(handle_unknown="ignore"),
         [COLUMNS.index("unit"), COLUMNS.index("rules")] if rules_feature else [COLUMNS.index("unit")]),
    ])
    clf = SGDClassifier(loss="log_loss", alpha=1e-4 / C, max_iter=30, tol=None, random_state=0)
    return Pipeline([("x", cols), ("lr", clf)])


def _frame(rows):
    import numpy as np

    return np.array([[r[k] for k in COLUMNS] for r in rows], dtype=object).reshape(len(rows), len(COLUMNS))


def fit(rows, C: float = 4.0, rules_feature: bool = True):
    model = make_model(C, rules_feature)
    model.fit(_frame(rows), [r["gold"] for r in rows])
    return model


def predict(model, rows) -> list[tuple[str, float]]:
    proba = model.predict_proba(_frame(rows))
    classes = model.classes_
    return [(classes[i], float(p[i])) for p, i in zip(proba, proba.argmax(axis=1))]


THRESHOLDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)


def setups(rows, preds) -> dict[str, float]:
    """Indicator accuracy of each set-up over the rows, given the model's (answer, probability) per row."""
    n = len(rows) or 1
    out = {"rules": sum(r["rules"] == r["gold"] for r in rows) / n,
           "model": sum(m == r["gold"] for r, (m, _) in zip(rows, preds)) / n}
    for t in THRESHOLDS:
        out[f"fill@{t}"] = sum((r["rules"] if r["rules"] != NONE or p <= t else m) == r["gold"]
                               for r, (m, p) in zip(rows, preds)) / n
        out[f"override@{t}"] = sum((m if p > t else r["rules"]) == r["gold"] for r, (m, p) in zip(rows, preds)) / n
    return {k: round(v, 4) for k, v in out.items()}


def grouped_cv(rows, folds: int = 0, C: float = 4.0, by: str = "group",
               rules_feature: bool = True) -> tuple[dict[str, float], list]:
    """Out-of-fold predictions, grouped by council (`by` "group") or by paper ("file"); `folds` 0: leave one out."""
    from sklearn.model_selection import GroupKFold, LeaveOneGroupOut

    groups = [r[by] for r in rows]
    splitter = LeaveOneGroupOut() if not folds else GroupKFold(n_splits=folds)
    preds: list = [None] * len(rows)
    for train, test in splitter.split(rows, groups=groups):
        model = fit([rows[i] for i in train], C, rules_feature)
        for i, pr in zip(test, predict(model, [rows[i] for i in test])):
            preds[i] = pr
    return setups(rows, preds), preds


def fresh_rows(gold_dir: Path, pages_dir: Path, cache: Path | None = CACHE) -> list[dict]:
    gold = load_claims_gold(gold_dir)
    rows = []
    for name, lines in sorted(gold.items()):
        path = pages_dir / name
        rows += rows_for(name, lines, run_pipeline(path, cache=cache), name.split(" - ")[0])
    return rows


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("what", choices=("rows", "cv", "fresh"))
    ap.add_argument("gold_dir", nargs="?")
    ap.add_argument("pages_dir", nargs="?")
    ap.add_argument("--folds", type=int, default=0, help="GroupKFold folds (0: leave one council out)")
    ap.add_argument("--C", type=float, default=4.0)
    ap.add_argument("--by", choices=("group", "file"), default="group", help="CV groups: council or paper")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--no-rules-feature", action="store_true", help="the model without the rules' answer as an input")
    args = ap.parse_args(argv)
    rows = tuned_rows()
    groups = Counter(r["group"] for r in rows)
    print(f"tuned rows: {len(rows)} from {len({r['file'] for r in rows})} papers, {len(groups)} councils; "
          f"classes {len({r['gold'] for r in rows})}; gold None {sum(r['gold'] == NONE for r in rows)}", flush=True)
    if args.what == "rows":
        for g, n in groups.most_common():
            print(f"  {n:5d} {g}")
        return 0
    if args.what == "cv":
        scores, preds = grouped_cv(rows, args.folds, args.C, args.by, not args.no_rules_feature)
        print(json.dumps(scores, indent=1))
        if args.errors:
            for r, (m, p) in zip(rows, preds):
                if m != r["rules"]:
                    print(f"{'+' if m == r['gold'] else '-' if r['rules'] == r['gold'] else '='} {p:.2f} "
                          f"rules={r['rules']} model={m} gold={r['gold']} | {r['metric']!r} | {r['sentence'][:140]!r}")
        return 0
    model = fit(rows, args.C, not args.no_rules_feature)
    fresh = fresh_rows(Path(args.gold_dir), Path(args.pages_dir))
    preds = predict(model, fresh)
    print(f"fresh rows: {len(fresh)} from {len({r['file'] for r in fresh})} papers")
    print(json.dumps(setups(fresh, preds), indent=1))
    if args.errors:
        for r, (m, p) in zip(fresh, preds):
            print(f"{'ok' if r['rules'] == r['gold'] else 'XX'} {p:.2f} rules={r['rules']} model={m} gold={r['gold']} "
                  f"| {r['quote']!r} | {r['sentence'][:140]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
