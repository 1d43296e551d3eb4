"""scikit-learn classifier for sentences the statement rules do not settle.

Input is one candidate (a sentence or list item) with its context: the header
it sits under, the unit's role and section kind, and what the parser says of
its grammar (first-token and root tags, a modal, first person). Those are
turned into marker tokens (`__hdr_priority__`, `__first_VB__`, `__modal_will__`,
`__past__`...) prepended to the text, so one TF-IDF word vectoriser sees words
and context together. Labels are the statement kinds plus "none".

Saved with pickle together with the scikit-learn version that fitted it; a
version mismatch is refused rather than risking silently different output.
"""

from __future__ import annotations

import os
import pickle
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

MODEL_NAME = "statement_classifier"
DEFAULT_DIR = Path(__file__).resolve().parents[2] / "models" / MODEL_NAME
LABELS = ("none", "priority", "commitment", "achievement", "challenge", "decision")

_MODALS = re.compile(r"\b(will|shall|would|must|should|need to|aim to|plan to|intend to|committed to|going to)\b", re.I)
_PAST = re.compile(r"\b(has|have|had|was|were)\s+(?:\w+\s+)?\w+ed\b|\b\w+ed\b", re.I)
_FIRST = re.compile(r"\b(I|we|our|my)\b")


@dataclass
class Candidate:
    """One sentence or list item to classify, with the context that decides its kind."""

    text: str
    header_kind: str | None = None
    role: str = "body"
    section_kind: str = "other"
    minutes: bool = False
    tags: tuple[str, ...] = ()  # parser facts: first-token tag, root tag, modal present ("first_VB", "root_VBD", "md")


def candidate_tags(span) -> tuple[str, ...]:
    """Grammar markers for a spaCy span: how it starts (imperative "Develop ...",
    "To create ...", gerund "Ensuring ..."), the tense of its root, a modal."""
    toks = [t for t in span if not t.is_space and not t.is_punct]
    if not toks or not toks[0].tag_:
        return ()
    out = [f"first_{toks[0].tag_}"]
    root = span.root
    if root.tag_:
        out.append(f"root_{root.tag_}")
    if any(t.tag_ == "MD" for t in toks):
        out.append("md")
    if any(t.lower_ in ("i", "we", "our", "my") for t in toks):
        out.append("we")
    return tuple(out)


def decision_context(c: Candidate) -> bool:
    """Only minutes, or a list under a resolutions header, record decisions.

    A report's "Cabinet is asked to agree" is a recommendation, not a decision
    (annotations/README.md); folding the model's decision probability into
    "none" elsewhere raised leave-one-document-out kind accuracy (model alone
    0.863 -> 0.871) and rules + model promise F1 (0.797 -> 0.803).
    """
    return c.minutes or c.header_kind == "decision"


def featurise(c: Candidate) -> str:
    """Context markers + text, one string for the vectorisers."""
    marks = [f"__hdr_{c.header_kind or 'none'}__", f"__role_{c.role}__", f"__sec_{c.section_kind}__"]
    marks += [f"__{t}__" for t in c.tags]
    marks += [f"__modal_{m.lower().replace(' ', '_')}__" for m in _MODALS.findall(c.text)]
    if _PAST.search(c.text):
        marks.append("__past__")
    if _FIRST.search(c.text):
        marks.append("__first_person__")
    if c.minutes:
        marks.append("__minutes__")
    if c.text.rstrip().endswith(":"):
        marks.append("__colon__")
    if len(c.text) < 40:
        marks.append("__short__")
    return " ".join(marks) + " " + c.text


def _words(s: str) -> str:
    return s.lower()


def build_pipeline(c: float = 1.0) -> Pipeline:
    """TF-IDF word 1-2 grams (context markers are words) + char 2-4 grams + logistic regression.

    Character n-grams were dropped in version 2 (with six tuned papers they
    cost 2.6 points of leave-one-document-out promise F1) and are back in
    version 3: with ten tuned papers, char_wb 2-4 grams (min_df 2) raise the
    model-alone score from 0.593 to 0.620 (3-5 grams and C=2 did less well).
    """
    features = FeatureUnion(
        [
            ("words", TfidfVectorizer(preprocessor=_words, ngram_range=(1, 2), min_df=1, sublinear_tf=True,
                                      token_pattern=r"(?u)__\w+?__|\b\w+\b")),
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=2, sublinear_tf=True,
                                      max_features=50000)),
        ]
    )
    clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    return Pipeline([("features", features), ("clf", clf)])


@dataclass
class StatementModel:
    """A fitted pipeline plus what is needed to trust it later."""

    pipeline: Pipeline
    version: str = "1"
    sklearn_version: str = sklearn.__version__
    labels: tuple[str, ...] = LABELS
    meta: dict = field(default_factory=dict)

    @classmethod
    def fit(cls, candidates: list[Candidate], labels: list[str], *, version: str = "1", **meta) -> "StatementModel":
        pipe = build_pipeline()
        pipe.fit([featurise(c) for c in candidates], labels)
        return cls(pipeline=pipe, version=version, meta=meta)

    def predict(self, candidates: list[Candidate]) -> list[tuple[str, float]]:
        """(label, probability) per candidate."""
        if not candidates:
            return []
        probs = self.pipeline.predict_proba([featurise(c) for c in candidates])
        classes = [str(k) for k in self.pipeline.classes_]
        out = []
        for c, row in zip(candidates, probs):
            row = dict(zip(classes, map(float, row)))
            if not decision_context(c) and "decision" in row:
                row["none"] = row.get("none", 0.0) + row.pop("decision")
            label = max(row, key=row.get)
            out.append((label, row[label]))
        return out

    @property
    def threshold(self) -> float:
        """The probability a label needs, chosen by cross-validation by document (`meta["threshold"]`)."""
        return float(self.meta.get("threshold", 0.55))

    @property
    def method(self) -> str:
        return f"model:{MODEL_NAME}@{self.version}"

    def save(self, directory: str | Path = DEFAULT_DIR) -> Path:
        path = Path(directory)
        path.mkdir(parents=True, exist_ok=True)
        with open(path / "model.pkl", "wb") as fh:
            pickle.dump(self, fh)
        return path / "model.pkl"


def load(directory: str | Path | None = None) -> StatementModel | None:
    """The fitted model, or None when none is saved or it was fitted by another scikit-learn."""
    path = Path(directory or os.environ.get("MINER_STATEMENT_MODEL") or DEFAULT_DIR) / "model.pkl"
    return _load_cached(str(path))


@lru_cache(maxsize=4)
def _load_cached(path: str) -> StatementModel | None:
    if not os.path.exists(path):
        return None
    with open(path, "rb") as fh:
        model = pickle.load(fh)  # our own artefact, written by scripts/train_statements.py
    if model.sklearn_version != sklearn.__version__:
        return None
    return model


__all__ = ["Candidate", "StatementModel", "candidate_tags", "decision_context", "featurise", "load", "LABELS"]
