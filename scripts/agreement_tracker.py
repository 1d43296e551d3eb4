#!/usr/bin/env python
"""Inter-annotator agreement on tracker verdicts: a second annotator (B) against the gold (A).

Why: the tracker's targets (verdict accuracy >= 0.85 with delivered = in_progress,
evidence >= 0.9) were set against one annotator's verdicts
(`annotations/tracker/verdicts.jsonl`), so nobody knew what two careful readers
agree on. B judged the same 69 Medway 2018 promises from the same March 2020
paper blind (`annotations/agreement/tracker_medway_B.jsonl`, committed before A's
gold was opened); this measures how far the two readings agree, which bounds
what a system scored against A alone can be expected to reach.

Reported, pooled and per split (`split_of`: tune / report), as aggregates only:
exact status agreement, collapsed agreement (`COLLAPSE`: in_progress counts as
delivered), Cohen's kappa on the collapsed status, and evidence agreement among
promises both annotators judge from evidence (status other than no_evidence):
B's quote lies in a paragraph A accepts (A's evidence_quote or an evidence_also
paragraph, as the evaluation's `_evidence_ok` judges a cited paragraph), and the
reverse (A's evidence_quote lies in B's paragraph). A paragraph is a section of
`miner.sections.build_sections` (its span start..own_end), as the evaluation uses.
Proportions carry a 95% Wilson interval (`miner.evaluation.wilson`). The pooled
A-vs-B confusion of statuses is printed too.

`--diff` lists the disagreements of the TUNE split only: the report split is the
held-out test of the system, and its per-item disagreements must not be shown to
the team (they would leak the held-out gold into tuning).

Run: `.venv/bin/python scripts/agreement_tracker.py [--json] [--diff]`
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from miner.evaluation import cohen_kappa as kappa, wilson  # noqa: E402
from miner.evaluation.tracker import (  # noqa: E402
    COLLAPSE,
    JUDGED_FROM,
    ROOT,
    evidence_quotes,
    load_gold,
    split_of,
    squash,
    squash_index,
)
from miner.metadata import fill_metadata  # noqa: E402
from miner.readers import read_document  # noqa: E402
from miner.sections import build_sections  # noqa: E402

B_FILE = ROOT / "annotations" / "agreement" / "tracker_medway_B.jsonl"
LATER = ROOT / "corpus" / "seeds" / JUDGED_FROM
STATUSES = ("delivered", "in_progress", "not_delivered", "no_evidence", "unmeasurable")
SPLITS = ("tune", "report", "all")


def load_b(path: Path = B_FILE) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def pair(a_rows: list[dict], b_rows: list[dict]) -> list[tuple[dict, dict]]:
    """(A row, B row) for every A promise, joined on the whitespace-collapsed promise quote.
    Fails if B misses an A promise or holds one twice: agreement over a subset would flatter."""
    by_quote: dict[str, dict] = {}
    for b in b_rows:
        key = squash(b["promise_quote"])
        if key in by_quote:
            raise ValueError(f"B judges a promise twice: {key[:60]!r}")
        by_quote[key] = b
    missing = [a["promise_quote"][:60] for a in a_rows if squash(a["promise_quote"]) not in by_quote]
    if missing:
        raise ValueError(f"B lacks {len(missing)} A promises, e.g. {missing[0]!r}")
    return [(a, by_quote[squash(a["promise_quote"])]) for a in a_rows]


class Paragraphs:
    """Which section (paragraph) of the later paper holds a quote, on the text the evaluation reads."""

    def __init__(self, path: Path = LATER) -> None:
        doc = read_document(str(path))
        fill_metadata(doc)
        self.text = doc.text
        self.spans = [(s.path, s.start, s.own_end) for s in build_sections(doc)]

    def of(self, quote: str | None) -> str | None:
        pos = squash_index(self.text, quote) if quote else None
        if pos is None:
            return None
        return next((p for p, start, end in self.spans if start <= pos < end), None)


def collapse(status: str) -> str:
    return COLLAPSE.get(status, status)


def proportion(k: int, n: int) -> dict:
    return {"k": k, "n": n, "rate": round(k / n, 3) if n else None, "ci95": wilson(k, n)}


def evidence_agreement(rows: list[tuple[dict, dict]], paras: Paragraphs) -> tuple[dict, dict, list[dict]]:
    """Among promises both judge from evidence: B's paragraph accepted by A, and A's by B."""
    judged = [(a, b) for a, b in rows if a["status"] != "no_evidence" and b["status"] != "no_evidence"]
    b_in_a, a_in_b, detail = 0, 0, []
    for a, b in judged:
        b_para = paras.of(b["evidence_quote"])
        a_paras = {paras.of(q) for q in evidence_quotes(a)} - {None}
        ok_ba = b_para is not None and b_para in a_paras
        ok_ab = b_para is not None and paras.of(a["evidence_quote"]) == b_para
        b_in_a += ok_ba
        a_in_b += ok_ab
        detail.append({"a": a, "b": b, "b_in_a": ok_ba, "a_in_b": ok_ab, "b_para": b_para,
                       "a_para": paras.of(a["evidence_quote"])})
    return proportion(b_in_a, len(judged)), proportion(a_in_b, len(judged)), detail


def measure(rows: list[tuple[dict, dict]], paras: Paragraphs) -> dict:
    labels = [(a["status"], b["status"]) for a, b in rows]
    collapsed = [(collapse(x), collapse(y)) for x, y in labels]
    b_in_a, a_in_b, _ = evidence_agreement(rows, paras)
    return {
        "promises": len(rows),
        "exact": proportion(sum(x == y for x, y in labels), len(labels)),
        "collapsed": proportion(sum(x == y for x, y in collapsed), len(collapsed)),
        "kappa_collapsed": kappa(collapsed),
        "evidence_b_in_a": b_in_a,
        "evidence_a_in_b": a_in_b,
    }


def by_split(rows: list[tuple[dict, dict]], split: str) -> list[tuple[dict, dict]]:
    return rows if split == "all" else [(a, b) for a, b in rows if split_of(a) == split]


def confusion(rows: list[tuple[dict, dict]]) -> dict[str, dict[str, int]]:
    counts = Counter((a["status"], b["status"]) for a, b in rows)
    return {sa: {sb: counts[(sa, sb)] for sb in STATUSES} for sa in STATUSES}


def _fmt(p: dict) -> str:
    lo, hi = p["ci95"] or (None, None)
    return f"{p['rate']:.3f} ({p['k']}/{p['n']}; {lo:.2f}-{hi:.2f})" if p["n"] else "-"


def report(scores: dict, conf: dict[str, dict[str, int]]) -> None:
    print("Tracker verdicts, B (blind second reading) vs A (gold); 95% Wilson intervals\n")
    print("| split | promises | exact | collapsed (delivered = in_progress) | kappa collapsed "
          "| evidence: B's paragraph accepted by A | evidence: A's paragraph = B's |")
    print("|---|---|---|---|---|---|---|")
    for split in SPLITS:
        s = scores[split]
        print(f"| {'pooled' if split == 'all' else split} | {s['promises']} | {_fmt(s['exact'])} | "
              f"{_fmt(s['collapsed'])} | {s['kappa_collapsed']} | {_fmt(s['evidence_b_in_a'])} | "
              f"{_fmt(s['evidence_a_in_b'])} |")
    print("\nPooled confusion (rows A, columns B):\n")
    print("| A \\ B | " + " | ".join(STATUSES) + " | total A |")
    print("|---|" + "---|" * (len(STATUSES) + 1))
    for sa in STATUSES:
        row = conf[sa]
        print(f"| {sa} | " + " | ".join(str(row[sb]) for sb in STATUSES) + f" | {sum(row.values())} |")
    print("| total B | " + " | ".join(str(sum(conf[sa][sb] for sa in STATUSES)) for sb in STATUSES)
          + f" | {sum(sum(r.values()) for r in conf.values())} |")


def diff(rows: list[tuple[dict, dict]], paras: Paragraphs) -> None:
    """Tune-split disagreements only (status, collapsed or not, and evidence paragraph)."""
    tune = by_split(rows, "tune")
    _, _, detail = evidence_agreement(tune, paras)
    ev = {id(d["a"]): d for d in detail}
    print("\nTune-split disagreements (report split withheld: it is the held-out test):\n")
    for a, b in tune:
        d = ev.get(id(a))
        status_differs = a["status"] != b["status"]
        evidence_differs = d is not None and not (d["b_in_a"] and d["a_in_b"])
        if not (status_differs or evidence_differs):
            continue
        kind = "collapsed" if collapse(a["status"]) != collapse(b["status"]) else (
            "exact" if status_differs else "evidence")
        if evidence_differs:
            kind += ", B's paragraph not A's" if not d["b_in_a"] else ", A's main paragraph not B's"
        print(f"- [{kind}] {a['promise_quote'][:80]!r}\n    A {a['status']}"
              f"{' @ ' + d['a_para'] if d else ''}: {a.get('note', '')}\n    B {b['status']}"
              f"{' @ ' + str(d['b_para']) if d else ''}: {b.get('note', '')}")


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=(
        "--diff prints the TUNE split only: the report split is the held-out test of the system and "
        "its per-item disagreements must not be shown to the team."))
    ap.add_argument("--json", action="store_true", help="print the scores as JSON (aggregates only)")
    ap.add_argument("--diff", action="store_true",
                    help="list A/B disagreements of the tune split only (report split withheld)")
    args = ap.parse_args(argv)
    rows = pair(load_gold("verdicts.jsonl"), load_b())
    paras = Paragraphs()
    for _, b in rows:
        if b["status"] != "no_evidence" and paras.of(b["evidence_quote"]) is None:
            raise ValueError(f"B's evidence quote is in no paragraph of the later paper: {b['evidence_quote']!r}")
    scores = {split: measure(by_split(rows, split), paras) for split in SPLITS}
    conf = confusion(rows)
    if args.json:
        print(json.dumps({"scores": scores, "confusion_pooled": conf}, indent=2))
    else:
        report(scores, conf)
    if args.diff:
        diff(rows, paras)
    return scores


if __name__ == "__main__":
    main()
