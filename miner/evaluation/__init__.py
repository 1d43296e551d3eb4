"""Re-runnable evaluation against the gold in `annotations/`.

One module per area (`sections`, `statements`, ...), each exposing
`main(argv: list[str]) -> dict` that parses its own options, scores, prints
a report and returns the scores. `scripts/evaluate.py <area>` imports
`miner.evaluation.<area>` by name, so adding an area is adding a module.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ANNOTATIONS = ROOT / "annotations"
BLIND_DIR = ROOT / "corpus" / "blind"


def is_blind(file: str) -> bool:
    """A paper of a blind held-out set (`corpus/blind/`, annotations/README.md "Blind set 3"): gold written
    before miner was run on it, scored once with `--split blind`, and in no other split, so never tuned,
    trained or fitted on. Gold names a paper by its corpus path ("corpus/blind/x.txt": statements,
    entities) or by its file name alone (claims)."""
    path = Path(file)
    if path.parts[:2] == ("corpus", "blind"):
        return True
    return len(path.parts) == 1 and (BLIND_DIR / path.name).is_file()


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    """Precision, recall and F1 from counts (1.0 when there is nothing to find and nothing found)."""
    precision = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    recall = tp / n_gold if n_gold else (1.0 if not n_pred else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3), "tp": tp, "pred": n_pred, "gold": n_gold}


def wilson(k: int, n: int, z: float = 1.96) -> list[float] | None:
    """95% Wilson score interval of a proportion k/n: how far a small held-out sample lets one trust it
    (37 of 45 right is 0.82, but anything from 0.69 to 0.91 is consistent with it)."""
    if not n:
        return None
    p = k / n
    centre, half = p + z * z / (2 * n), z * ((p * (1 - p) + z * z / (4 * n)) / n) ** 0.5
    return [round((centre - half) / (1 + z * z / n), 3), round((centre + half) / (1 + z * z / n), 3)]


def paired_bootstrap_diffs(base, cand, score, *, resamples: int, seed: int):
    """A paired bootstrap of a pooled score's difference: units (pages, paragraphs) are drawn with replacement, the
    same draws for both systems, `score` maps summed count rows (draws x k) to one score each, and the result holds
    cand - base for every draw. One draw scheme for every area (statements, entities, `scripts/compare_ner.py`), so
    a fixed seed gives the same interval wherever it is computed."""
    import numpy as np

    b, c = np.asarray(base, dtype=float), np.asarray(cand, dtype=float)
    n = len(b)
    draws = np.random.default_rng(seed).integers(0, n, size=(resamples, n))
    weights = np.stack([np.bincount(row, minlength=n) for row in draws]).astype(float)
    return score(weights @ c) - score(weights @ b)


def cohen_kappa(pairs: list[tuple[str, str]]) -> float | None:
    """Cohen's kappa of two label sequences, chance agreement from each side's own label mix (None
    when it is undefined: no pairs, or chance agreement is total)."""
    n = len(pairs)
    if not n:
        return None
    observed = sum(a == b for a, b in pairs) / n
    ca, cb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(ca[k] * cb[k] for k in ca) / (n * n)
    return None if expected == 1 else round((observed - expected) / (1 - expected), 3)


def load_jsonl_by_file(gold_dir: Path) -> dict[str, list[dict]]:
    """Gold rows from every `*.jsonl` in `gold_dir`, grouped by their "file" field.

    Rows without one are not about a paper (`entities/same_as.jsonl` joins names across papers).
    """
    gold: dict[str, list[dict]] = defaultdict(list)
    for path in sorted(gold_dir.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if "file" in row:
                    gold[row["file"]].append(row)
    return dict(gold)
