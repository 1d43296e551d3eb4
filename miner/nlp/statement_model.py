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
from sklearn.preprocessing import FunctionTransformer

MODEL_NAME = "statement_classifier"
DEFAULT_DIR = Path(__file__).resolve().parents[2] / "models" / MODEL_NAME
LABELS = ("none", "priority", "commitment", "achievement", "challenge", "decision")
# Paper kinds with a threshold of their own (`meta["thresholds"]`): minutes, where the rules find most and a
# fresh council's minutes gave the model's extra sentences the lowest precision (statements round 61); every other
# kind (reports, decision pages, plans) reads "default".
THRESHOLD_KINDS = ("minutes",)
DEFAULT_KIND = "default"


def threshold_group(doc_kind: str | None) -> str:
    """Which threshold a paper of this kind (`Document.kind`, the manifest's when it has one) reads."""
    return doc_kind if doc_kind in THRESHOLD_KINDS else DEFAULT_KIND


def threshold_of(thresholds: dict[str, float], doc_kind: str | None) -> float:
    return float(thresholds.get(threshold_group(doc_kind), thresholds[DEFAULT_KIND]))

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
    delex: str = ""  # the sentence with content words replaced by their tags ("we will VB the NN of NN")
    doc_kind: str | None = None  # report | minutes | appendix ... (TextUnit.doc_kind)
    after_meeting: bool = False  # names a due date later than the meeting ("by March 2026")
    position: tuple[str, ...] = ()  # where it sits: "first"/"later" sentence of its unit, "item1" the first item of a list
    turn: str | None = None  # minutes: "member" inside a member's turn, "other" inside another speaker's (the "turn" group)
    context: tuple[str, ...] = ()  # the units before it: heading words, a list item's lead-in words (the "ctx" group)
    prev_kinds: tuple[str, ...] = ()  # the kinds the rules found in the unit before it, same paper (the "prevkind" group)


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
    out += _subject_tags(root)
    return tuple(out)


_ORG_SUBJECT = re.compile(r"\b(?:council|cabinet|committee|service|team|board|authority|department|directorate|"
                          r"partnership|officers?|panel|we|us|[a-z]{0,3}(?:cc|bc|dc))\b", re.I)  # council initials: KCC, WMBC


def _subject_tags(root) -> list[str]:
    """Who the root's subject is and how the verb is built: an organisation or "we"
    promising ("The Council will ..."), a present perfect report ("has been delivered")."""
    out = []
    subj = [t for t in root.children if t.dep_ in ("nsubj", "nsubjpass")]
    if subj:
        t = subj[0]
        phrase = " ".join(w.lower_ for w in t.subtree)
        if t.lower_ in ("we", "i"):
            out.append("subj_we")
        elif _ORG_SUBJECT.search(phrase) or t.pos_ == "PROPN":
            out.append("subj_org")
        elif t.lower_ in ("it", "this", "that", "these", "there"):
            out.append("subj_this")
        else:
            out.append("subj_other")
        if t.dep_ == "nsubjpass":
            out.append("passive")
    else:
        out.append("subj_none")
    aux = {a.lower_ for a in root.children if a.dep_ in ("aux", "auxpass")}
    if aux & {"has", "have", "had"}:
        out.append("perfect")
    if aux & {"will", "shall", "'ll"}:
        out.append("future")
    if aux & {"would", "should", "could", "may", "might", "must"}:
        out.append("conditional")
    if root.tag_ == "VB" and not aux and root.i == next((t.i for t in root.sent if not t.is_punct and not t.is_space), root.i):
        out.append("imperative")
    return out


# Tags whose words stay as they are in the delexicalised text: function words,
# modals and auxiliaries say how a sentence promises, reports or warns in any council.
_KEEP_TAGS = {"MD", "PRP", "PRP$", "TO", "IN", "DT", "CC", "EX", "WDT", "WP", "WRB", "RP", "POS", "PDT"}


def delexicalise(span) -> str:
    """Function words and verb lemmas kept, other words replaced by their tag.

    "We will develop a new Sufficiency Strategy by March 2019" ->
    "we will VB:develop a JJ NNP NNP by NNP CD": council-independent shape, so
    n-grams over it carry to papers whose vocabulary the model never saw.
    """
    out = []
    for t in span:
        if t.is_space or t.is_punct:
            continue
        if t.tag_ in _KEEP_TAGS or (t.is_stop and not t.tag_.startswith("N")):
            out.append(t.lower_)
        elif t.tag_.startswith("VB"):
            out.append(f"{t.tag_}:{(t.lemma_ or t.text).lower()}")
        else:
            out.append(t.tag_ or "X")
    return " ".join(out)


def decision_context(c: Candidate) -> bool:
    """Only minutes, or a list under a resolutions header, record decisions.

    A report's "Cabinet is asked to agree" is a recommendation, not a decision
    (annotations/README.md); folding the model's decision probability into
    "none" elsewhere raised leave-one-document-out kind accuracy (model alone
    0.863 -> 0.871) and rules + model promise F1 (0.797 -> 0.803).
    """
    return c.minutes or c.header_kind == "decision"


# Feature groups: "marks" context and grammar markers, "words" word 1-2 grams of the
# text, "chars" char_wb 2-4 grams, "delex" 1-3 grams of the delexicalised text,
# "doc" the paper's kind and a due date after the meeting, "pos" its place in the unit and list,
# "emb" the sentence's MiniLM embedding (miner.embed), a dense block scaled by `emb_scale`; off by default
# (annotations/README.md, Statements round 38); "turn" who has the floor in minutes (a member or another speaker,
# from the paper's attendance list; round 43, off by default: leave-one-council-out it did not pass its ship rule);
# "ctx" what the units before it say (its heading's words, a list item's lead-in words, the first unit under a
# heading: `statements_context.UnitContext`), a TF-IDF block of its own (statements round 62).
# "ctxlead" the same without the heading's words (a list item's lead-in words and the first unit under a heading).
# "prevkind" a mark per kind the rules found in the unit before it in the same paper ("__prev_commitment__", else
# "__prev_nothing__"): a run of actions or resolutions (statements round 63), read by `featurise` among the marks.
ALL_FEATURES = ("marks", "words", "chars", "delex", "doc", "pos", "emb", "turn", "ctx", "ctxlead", "prevkind")
DEFAULT_FEATURES: tuple[str, ...] = ("marks", "words", "chars", "doc", "pos")


def featurise(c: Candidate, features: tuple[str, ...] = ALL_FEATURES) -> str:
    """Context markers (+ text), one string for the word vectoriser."""
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
    if "doc" in features:
        marks.append(f"__paper_{c.doc_kind or 'none'}__")
        if c.after_meeting:
            marks.append("__due_later__")
        marks.append(f"__hdr_{c.header_kind or 'none'}_{c.role}__")
    if "pos" in features:
        marks += [f"__pos_{p}__" for p in c.position]
    if "prevkind" in features:  # what the rules read in the unit before (statements round 63; not in version 17)
        marks += [f"__prev_{k}__" for k in (c.prev_kinds or ("nothing",))]
    if "turn" in features and c.turn:  # who has the floor in minutes (statements round 43; not in version 14)
        marks.append(f"__pos_turn_{c.turn}__")
    if "marks" not in features:
        marks = []
    text = c.text if "words" in features else ""
    return " ".join(marks) + " " + text


def _delex_of(c: Candidate) -> str:
    return c.delex


CTX_MIN_DF = 3


def _context_of(c: Candidate) -> str:
    return " ".join(c.context) or "ctx_none"


def _lead_context_of(c: Candidate) -> str:
    return " ".join(t for t in c.context if not t.startswith("h_")) or "ctx_none"


def _chars_of(c: Candidate) -> str:
    return c.text


def _words(s: str) -> str:
    return s.lower()


def _emb_of(cands, scale: float = 1.0):
    """Unit MiniLM embeddings of the candidates' texts times `scale` (n, 384); miner.embed caches
    each distinct text once per process, so a paper's rows are encoded once across folds."""
    from miner import embed

    return embed.encode([c.text for c in cands]) * scale


def build_pipeline(c: float = 1.0, features: tuple[str, ...] = DEFAULT_FEATURES, emb_scale: float = 1.0) -> Pipeline:
    """TF-IDF word 1-2 grams (context markers are words) + char 2-4 grams + logistic regression.

    Character n-grams were dropped in version 2 (with six tuned papers they
    cost 2.6 points of leave-one-document-out promise F1) and are back in
    version 3: with ten tuned papers, char_wb 2-4 grams (min_df 2) raise the
    model-alone score from 0.593 to 0.620 (3-5 grams and C=2 did less well).
    """
    parts = []
    if {"marks", "words"} & set(features):
        parts.append(("words", Pipeline([("f", FunctionTransformer(_featurise_all, kw_args={"features": features})),
                                         ("v", TfidfVectorizer(preprocessor=_words, ngram_range=(1, 2), min_df=1,
                                                               sublinear_tf=True,
                                                               token_pattern=r"(?u)__\w+?__|\b\w+\b"))])))
    if "chars" in features:
        parts.append(("chars", Pipeline([("f", FunctionTransformer(_map, kw_args={"fn": _chars_of})),
                                         ("v", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=2,
                                                               sublinear_tf=True, max_features=50000))])))
    if "delex" in features:
        parts.append(("delex", Pipeline([("f", FunctionTransformer(_map, kw_args={"fn": _delex_of})),
                                         ("v", TfidfVectorizer(lowercase=False, ngram_range=(1, 3), min_df=2,
                                                               sublinear_tf=True, token_pattern=r"\S+"))])))
    for group, fn in (("ctx", _context_of), ("ctxlead", _lead_context_of)):
        if group not in features:  # context tokens only papers of several councils share count (min_df)
            continue
        parts.append((group, Pipeline([("f", FunctionTransformer(_map, kw_args={"fn": fn})),
                                       ("v", TfidfVectorizer(lowercase=False, min_df=CTX_MIN_DF, sublinear_tf=True,
                                                             token_pattern=r"\S+"))])))
    if "emb" in features:  # dense next to the sparse blocks (FeatureUnion stacks them as one sparse matrix)
        parts.append(("emb", FunctionTransformer(_emb_of, kw_args={"scale": emb_scale})))
    clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    return Pipeline([("features", FeatureUnion(parts)), ("clf", clf)])


def _featurise_all(cands, features):
    return [featurise(c, features) for c in cands]


def _map(cands, fn):
    return [fn(c) for c in cands]


@dataclass
class StatementModel:
    """A fitted pipeline plus what is needed to trust it later."""

    pipeline: Pipeline
    version: str = "1"
    sklearn_version: str = sklearn.__version__
    labels: tuple[str, ...] = LABELS
    meta: dict = field(default_factory=dict)
    features: tuple[str, ...] = DEFAULT_FEATURES
    inputs: str = "text"  # "candidates": the pipeline reads Candidate objects; "text": a version 3 pickle reads featurise() strings

    @classmethod
    def fit(cls, candidates: list[Candidate], labels: list[str], *, version: str = "1",
            features: tuple[str, ...] | None = None, c: float = 1.0, emb_scale: float = 1.0,
            **meta) -> "StatementModel":
        features = tuple(features or DEFAULT_FEATURES)
        pipe = build_pipeline(c, features, emb_scale)
        pipe.fit(candidates, labels)
        if "emb" in features:
            meta["emb_scale"] = emb_scale
        return cls(pipeline=pipe, version=version, meta={"c": c, **meta}, features=features, inputs="candidates")

    def predict(self, candidates: list[Candidate]) -> list[tuple[str, float]]:
        """(label, probability) per candidate."""
        if not candidates:
            return []
        rows = candidates if self.inputs == "candidates" else [featurise(c, DEFAULT_FEATURES) for c in candidates]
        probs = self.pipeline.predict_proba(rows)
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
        """The probability a label needs, chosen by cross-validation by council (`meta["threshold"]`); with
        `meta["thresholds"]` (one per paper kind, stop 60) this is the threshold of papers of no kind of their own."""
        return float(self.meta.get("thresholds", {}).get(DEFAULT_KIND, self.meta.get("threshold", 0.55)))

    @property
    def thresholds(self) -> dict[str, float]:
        """The threshold per paper kind ({"minutes": 0.35, "default": 0.3}), chosen by the same cross-validation
        within each kind (`meta["thresholds"]`); a model saved with one threshold has it for every kind."""
        return {DEFAULT_KIND: self.threshold, **{k: float(v) for k, v in self.meta.get("thresholds", {}).items()}}

    def threshold_for(self, doc_kind: str | None) -> float:
        """The threshold for a unit of a paper of this kind (`TextUnit.doc_kind`)."""
        return threshold_of(self.thresholds, doc_kind)

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


__all__ = ["Candidate", "StatementModel", "candidate_tags", "decision_context", "delexicalise", "featurise", "load", "LABELS",
           "THRESHOLD_KINDS", "DEFAULT_KIND", "threshold_group", "threshold_of"]
