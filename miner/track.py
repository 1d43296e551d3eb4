"""Track promises: link each priority/commitment to what later papers of the same authority say, and judge it.

Pure functions over `Extraction` records (one per paper), so the tracker can be
tested without a database; `run_tracking(db)` is the thin wrapper that loads
records through `miner.store` and writes verdicts, evidence and series back.

How a promise is judged:
1. Candidates are the *passages* (each section's own text: a numbered
   paragraph, list item or body) of the same authority's papers dated after the
   promise's paper. Passages carry the statements, entities, indicators, claims
   and inspections found inside them, so evidence is not limited to what the
   statement finder caught, and every link has a paragraph path to cite.
2. Each (promise, passage) pair is scored (`score_pair`, weights in `WEIGHTS`) from
   similarities computed as sparse matrices per authority block: TF-IDF cosine of
   stemmed words and pairs with the passage and with its closest sentence, the
   idf-weighted share of the promise's words found in the passage (a reworded
   promise keeps its rare words), the match of the headings each sits under; and
   per pair: shared rare names, canonical entities, indicators (and rapidfuzz
   ratios, kept as features). Pairs above `THRESHOLD` are evidence, top `TOP_K` kept.
3. The verdict reads the evidence with `patterns/verdict_cues.json` (contradiction
   rules in `miner/verdicts.py`; what a passage says in `relation_of`: closest
   sentence's cue, then the list it sits in, then other cues, then its list header):
   contradiction (inspection judged below Good after a promise about an
   inspection; an indicator moving the wrong way; a missed numeric target; a
   dropped plan) > completion > still under way / repeated as a later priority.
   A vague promise (no deliverable, target or deadline) with evidence that
   does not report it done is `unmeasurable`.
   A passage mostly copied from an earlier paper (`mark_copies`: yearly reports retell last
   year's plan before the news) links the promise but reports nothing; once a promise is linked,
   the passage that says what happened is cited, even a runner-up below the threshold, and one
   whose closest sentence says it itself ("the quality of the EHCPs ... is improving") first.

Blocking by authority keeps the work near-linear in corpus size: nothing is
compared across authorities.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz
from sklearn.feature_extraction.text import TfidfVectorizer

from miner.model import Claim, EvidenceLink, Extraction, Inspection, Statement, Verdict
from miner.similarity import acronyms_of, analyse, binary_matrices, stem, stop_words  # noqa: F401 - re-exported

METHOD = "rule:miner_track/1"
PATTERNS = Path(__file__).resolve().parent / "nlp" / "patterns"
PROMISE_KINDS = ("priority", "commitment")
# Hand-set weights, threshold chosen on the tune split (annotations/README.md, Tracker); compared with a
# logistic regression fitted on the tune split's gold links in miner/evaluation/tracker.py.
WEIGHTS = {"sentence": 0.40, "coverage": 0.30, "heading": 0.10, "names": 0.20, "entities": 0.10, "indicators": 0.05}
THRESHOLD = 0.25  # about the middle of the best plateau of tune-split accuracy, (0.242, 0.264]
TOP_K = 3
HEADING_MATCH = 0.3  # below this best heading match the later papers are laid out differently
HEADING_NEUTRAL = 0.5  # the heading feature then counts as an average match
MIN_PASSAGE = 40  # shorter paragraphs are headings or labels, not evidence
MIN_ITEM = 15  # a list item is short and still says something ("Improving the quality of EHCPs")
NAMES_FULL = 2  # full credit for shared names takes two of them: one shared capitalised word is weak
RARE_MAX = 5  # a "rare" name is found in at most this many passages of the authority (and 2% of them)
COMMON_ENTITY = 0.05  # an entity in more than this share of the authority's passages is no link
CHUNK = 256  # promises scored at a time: bounds the dense (promises x passages) feature blocks
INFORMATIVE_SHARE = 0.6  # a passage saying what happened is cited over a mere mention scoring up to 1/0.6 higher
REPEAT_THRESHOLD = 0.45  # a later priority this similar is the same promise carried over
RESTATED = 0.8  # a passage this much copied from an earlier paper retells the promise, it reports nothing
RESTATED_WEIGHT = 0.5  # a retelling links the promise but weighs this much against a passage with news
OUTCOME_BONUS = 1.5  # a passage whose closest sentence itself says what happened, over one said so by its list
RUNNERS_UP = 5  # best passages below the threshold kept as citable evidence for a linked promise
BAD_JUDGEMENTS = ("inadequate", "requires improvement", "requiring improvement")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][A-Za-z'’-]{2,}\b")
_LABEL = re.compile(r"^(?:[-•]\s*)?(?:\d+(?:\.\d+)*\.?|\([ivxlc\d]+\)|[a-z]\))\s+")  # "9.2.13 ", "(iv) "
# sentence ends, blank lines and list markers; a single line break is a PDF line wrap, not a boundary
_SENTENCE = re.compile(r"(?<=[.!?;:])\s+(?=[A-Z(‘'\"“\d-])|\n\s*\n\s*|\n(?=\s*(?:[-•]|\(?[ivx\d]+[.)]\s))")


# --- pattern data ------------------------------------------------------------


@lru_cache(maxsize=1)
def cues() -> dict[str, list[re.Pattern[str]]]:
    data = json.loads((PATTERNS / "verdict_cues.json").read_text(encoding="utf-8"))
    return {name: [re.compile(p, re.I) for p in group["patterns"]] for name, group in data["groups"].items()}


@lru_cache(maxsize=1)
def theme_patterns() -> list[tuple[str, re.Pattern[str]]]:
    data = json.loads((PATTERNS / "themes.json").read_text(encoding="utf-8"))
    return [
        (t["id"], re.compile(r"(?<![\w])(?:" + "|".join(t["keywords"]) + r")(?![\w])", re.I))
        for t in data["themes"]
    ]


def themes_of(text: str) -> list[str]:
    """Themes with a keyword hit, most hits first (ties keep taxonomy order)."""
    hits = [(len(rx.findall(text)), i, tid) for i, (tid, rx) in enumerate(theme_patterns())]
    return [tid for n, _, tid in sorted(hits, key=lambda h: (-h[0], h[1])) if n]


def has_cue(group: str, text: str) -> re.Match[str] | None:
    for rx in cues()[group]:
        m = rx.search(text)
        if m:
            return m
    return None


def sentences(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """(start, end, sentence) with absolute offsets, whitespace-trimmed."""
    out, pos = [], 0
    for m in list(_SENTENCE.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        lead = len(chunk) - len(chunk.lstrip())
        s = chunk.strip()
        if s:
            out.append((offset + pos + lead, offset + pos + lead + len(s), s))
        pos = m.end() if m else len(text)
    return out


# --- records the tracker works on ----------------------------------------------


@dataclass
class Passage:
    """A citable stretch of a later paper: one section's own text and what was found in it."""

    document_id: str
    date: str
    section_id: str | None
    section_path: str | None
    start: int
    end: int
    text: str
    kinds: set[str] = field(default_factory=set)  # statement kinds inside
    entities: set[str] = field(default_factory=set)
    indicators: set[str] = field(default_factory=set)
    claims: list[Claim] = field(default_factory=list)
    inspections: list[Inspection] = field(default_factory=list)
    themes: set[str] = field(default_factory=set)
    heading: str = ""  # titles of the headings it sits under
    section_kind: str = "other"  # achievements / priorities / ... of its section (list headers inherit)
    header: str = ""  # the list header an item hangs from ("... was developed jointly ... including:")
    copied: float = 0.0  # share of its text copied from an earlier paper of the authority (history retold)
    retold: set[int] = field(default_factory=set)  # start offsets of its sentences an earlier paper has


@dataclass
class Promise:
    statement: Statement
    document_id: str
    date: str
    authority: str
    entities: set[str] = field(default_factory=set)
    indicators: set[str] = field(default_factory=set)
    themes: list[str] = field(default_factory=list)
    heading: str = ""
    named: bool = False  # names a service, programme, system, board or place (not the authority's own)


NAMED_LABELS = ("SERVICE", "PROGRAMME", "SYSTEM", "BOARD", "PLACE")


@dataclass
class Candidate:
    passage: Passage
    features: dict[str, float]
    score: float
    linked: bool = True  # above the threshold; False: a runner-up, citable only once the promise is linked


@dataclass
class TrackResult:
    verdicts: list[Verdict] = field(default_factory=list)
    themes: dict[str, str | None] = field(default_factory=dict)  # promise id -> primary theme
    candidates: dict[str, list[Candidate]] = field(default_factory=dict)  # for evaluation


def _entity_key(m) -> str:
    return m.entity_id or (m.entity or m.text).lower()


def _indicator_ids(text: str) -> set[str]:
    """Indicators named in free text (promises rarely carry a claim of their own)."""
    try:
        from miner.nlp.claims import indicators
    except Exception:  # claims module mid-change or missing: no indicator signal
        return set()
    return {ind["id"] for ind in indicators() if any(rx.search(text) for rx in ind["regex"])}


def headings_of(ex: Extraction) -> dict[str, str]:
    """Section id -> the titles of the headings above it and its own ("Inclusion", "SEND Transport")."""
    by_id = {s.id: s for s in ex.sections}
    out: dict[str, str] = {}
    for s in ex.sections:
        titles, node, seen = [], s, set()
        while node is not None and node.id not in seen:
            seen.add(node.id)
            if node.title:
                titles.append(node.title)
            node = by_id.get(node.parent_id) if node.parent_id else None
        out[s.id] = " / ".join(reversed(titles))
    return out


def passages_of(ex: Extraction) -> list[Passage]:
    """One passage per section with own text; records are attached by span containment."""
    doc = ex.document
    heads = headings_of(ex)
    by_id = {s.id: s for s in ex.sections}
    out: list[Passage] = []
    for s in sorted(ex.sections, key=lambda s: s.start):
        text = doc.text[s.start : s.own_end]
        if len(text.strip()) < (MIN_ITEM if s.role == "item" else MIN_PASSAGE):
            continue
        parent = by_id.get(s.parent_id or "")
        ptext = doc.text[parent.start : parent.own_end].strip() if parent is not None else ""
        header = ptext if s.role == "item" and ptext.endswith(":") else ""
        out.append(Passage(doc.id, doc.meeting_date or "", s.id, s.path, s.start, s.own_end, text,
                           heading=heads.get(s.id, ""), section_kind=s.kind or "other", header=header))
    if not out:  # an unsectioned paper still gets one passage
        out.append(Passage(doc.id, doc.meeting_date or "", None, None, 0, len(doc.text), doc.text))
    starts = [p.start for p in out]

    def owner(start: int) -> Passage | None:
        i = int(np.searchsorted(starts, start, side="right")) - 1
        return out[i] if i >= 0 and start < out[i].end else None

    for st in ex.statements:
        if (p := owner(st.start)) is not None:
            p.kinds.add(st.kind)
    for m in ex.mentions:
        if (p := owner(m.start)) is not None:
            p.entities.add(_entity_key(m))
    for c in ex.claims:
        if (p := owner(c.start)) is not None:
            p.claims.append(c)
            if c.indicator:
                p.indicators.add(c.indicator)
    for ins in ex.inspections:
        if (p := owner(ins.start)) is not None:
            p.inspections.append(ins)
    for p in out:
        p.themes = set(themes_of(p.text))
    return out


def promises_of(ex: Extraction) -> list[Promise]:
    doc = ex.document
    heads = headings_of(ex)
    own = {w.lower() for w in re.findall(r"[A-Za-z]+", doc.authority or "")}
    out = []
    for st in ex.statements:
        if st.kind not in PROMISE_KINDS:
            continue
        inside = [m for m in ex.mentions if st.start <= m.start and m.end <= st.end]
        ents = {_entity_key(m) for m in inside}
        named = any(m.label in NAMED_LABELS and not {w.lower() for w in re.findall(r"[A-Za-z]+", m.text)} <= own
                    for m in inside)
        inds = {c.indicator for c in ex.claims if c.indicator and st.start <= c.start < st.end}
        out.append(
            Promise(st, doc.id, doc.meeting_date or "", doc.authority or "", ents,
                    inds | _indicator_ids(st.text), themes_of(st.text), heads.get(st.section_id or "", ""), named)
        )
    return out


def _sentence_key(sentence: str) -> str:
    """Content words of a sentence, labels and auxiliaries dropped: "6.3 Ofsted ... in December 2017." and
    "(iii) Ofsted ... in December 2017." are one sentence, as are "will be a key priority" and "has been a
    key priority" (a retold plan is not news of its delivery)."""
    stop = stop_words()
    return " ".join(w for w in re.findall(r"[a-z][a-z'’-]+", _LABEL.sub("", sentence.strip()).lower()) if w not in stop)


def mark_copies(papers: list[Extraction], passages: list[Passage]) -> None:
    """Set `copied` on each passage: the share of its text in sentences an earlier paper of the same
    authority already has (yearly reports retell the last year's plan before saying what happened).
    One hash per sentence, so linear in the authority's text."""
    first: dict[str, str] = {}

    def index(key: str, date: str, least: int) -> None:
        if len(key.split()) >= least and (key not in first or date < first[key]):
            first[key] = date

    for ex in papers:
        d = ex.document.meeting_date or ""
        for _, _, sent in sentences(ex.document.text):
            index(_sentence_key(sent), d, 2)
            for line in sent.splitlines():  # list items the reader left without markers are one per line
                index(_sentence_key(line), d, 3)

    def said_before(text: str, date: str, least: int) -> bool:
        key = _sentence_key(text)
        return len(key.split()) >= least and first.get(key, date) < date

    for p in passages:
        total = old = 0
        for start, _, sent in sentences(p.text, p.start):
            total += len(sent)
            said = len(sent) if said_before(sent, p.date, 2) else \
                sum(len(line) for line in sent.splitlines() if said_before(line, p.date, 3))
            old += said
            if said >= RESTATED * len(sent):
                p.retold.add(start)
        p.copied = old / total if total else 0.0


# --- scoring -------------------------------------------------------------------

_CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split())


def names_in(text: str) -> set[str]:
    """Capitalised words inside sentences (Parklands, Synergy, EHCPs): rare shared names are strong links.
    Months and weekdays are capitalised but name nothing."""
    return {w for w in (m.group(0).lower() for m in _NAME.finditer(text)) if w not in _CALENDAR}


FEATURE_NAMES = ("cosine", "sentence", "coverage", "heading", "fuzzy", "partial", "names", "entities",
                 "indicators", "themes", "reported")


def score_pair(features: dict, weights: dict[str, float] | None = None):
    """Weighted sum of features (floats, or arrays for a whole block)."""
    weights = weights or WEIGHTS
    return sum(w * features.get(k, 0.0) for k, w in weights.items())


def _by_authority(extractions: Iterable[Extraction]) -> dict[str, list[Extraction]]:
    blocks: dict[str, list[Extraction]] = defaultdict(list)
    for ex in extractions:
        if ex.document.authority and ex.document.meeting_date:
            blocks[ex.document.authority].append(ex)
    return blocks


def _heading_or_neutral(head: np.ndarray, dates: np.ndarray, promise_dates: list[str]) -> np.ndarray:
    """Heading match, or a neutral value for a promise whose heading matches none in the later papers:
    a paper of another kind (an annual report against a portfolio holder's update) is laid out
    differently, and that says nothing against any one passage."""
    out = head.copy()
    for k, d in enumerate(promise_dates):
        later = dates > d
        if later.any() and out[k, later].max() < HEADING_MATCH:
            out[k, :] = HEADING_NEUTRAL
    return out


def link_block(
    papers: list[Extraction],
    *,
    weights: dict[str, float] | None = None,
    threshold: float = THRESHOLD,
    top_k: int = TOP_K,
    scorer=None,
    evidence_docs: set[str] | None = None,
) -> tuple[list[Promise], dict[str, list[Candidate]], dict[str, list[Promise]]]:
    """Link one authority's promises to later passages. Returns promises, evidence
    candidates per promise id (best first, above threshold) and, per promise id,
    the same authority's promises in *other* papers that repeat it (earlier or later)."""
    promises = [p for ex in papers for p in promises_of(ex)]
    passages = [p for ex in papers for p in passages_of(ex)]
    if not promises:
        return [], {}, {}
    mark_copies(papers, passages)
    ptexts = [p.statement.text for p in promises]
    # one vectorizer per authority block, on stemmed words and pairs (sparse throughout)
    acr = acronyms_of([ex.document.text for ex in papers])
    vec = TfidfVectorizer(analyzer=lambda t: analyse(t, True, acr), sublinear_tf=True, min_df=1)
    X = vec.fit_transform(ptexts + [p.text for p in passages]).tocsr()
    P, S = X[: len(ptexts)], X[len(ptexts) :]
    cos = (P @ S.T).tocsr()  # rows are promises
    # best single sentence of each passage (a long paragraph dilutes the one sentence that matters)
    sent_texts, starts = [], []
    for p in passages:
        starts.append(len(sent_texts))
        sent_texts += [t for _, _, t in sentences(p.text)] or [p.text]
    sent_cos = (P @ vec.transform(sent_texts).T).tocsr()
    starts_arr = np.array(starts)
    # idf-weighted share of the promise's words found in the passage (rewording keeps the rare words)
    uni = TfidfVectorizer(analyzer=lambda t: analyse(t, False, acr), binary=True, norm=None, min_df=1)
    XU = uni.fit_transform(ptexts + [p.text for p in passages]).tocsr()
    PU, SB = XU[: len(ptexts)], XU[len(ptexts) :].copy()
    SB.data[:] = 1.0
    cover = (PU @ SB.T).tocsr()
    pmass = np.asarray(PU.sum(axis=1)).ravel()
    pmass[pmass == 0] = 1.0
    # the headings each sits under ("Inclusion", "SEND Transport"): same part of the yearly report
    H = vec.transform([p.heading for p in promises])
    HS = vec.transform([p.heading for p in passages])
    head = (H @ HS.T).tocsr()
    dates = np.array([p.date for p in passages])
    # names found in few passages of this authority (not "Medway", "Council", "Children's")
    # and never written in lower case (so "Strategy", "Plan" are not names)
    df: dict[str, int] = defaultdict(int)
    lower: set[str] = set()
    pnames = [names_in(p.text) for p in passages]
    for p, names in zip(passages, pnames):
        lower.update(re.findall(r"\b[a-z][a-z'’-]{2,}\b", p.text))
        for n in names:
            df[n] += 1
    few = min(RARE_MAX, max(2, len(passages) // 50))
    rare = {n for n, k in df.items() if k <= few and n not in lower}
    NP, NS = binary_matrices([names_in(t) & rare for t in ptexts], pnames)
    # entities named all over the authority's papers ("KCC", "Medway") link nothing
    edf: dict[str, int] = defaultdict(int)
    for p in passages:
        for e in p.entities:
            edf[e] += 1
    common = {e for e, k in edf.items() if k > max(COMMON_ENTITY * len(passages), few)}
    EP, ES = binary_matrices([p.entities - common for p in promises], [p.entities - common for p in passages])
    IP, IS = binary_matrices([p.indicators for p in promises], [p.indicators for p in passages])
    TP, TS = binary_matrices([set(p.themes[:1]) for p in promises], [p.themes for p in passages])
    n_names = np.asarray(NP.sum(axis=1)).ravel()
    n_ents = np.asarray(EP.sum(axis=1)).ravel()
    s_ents = np.asarray(ES.sum(axis=1)).ravel()
    reported = np.array([1.0 if p.kinds or p.section_kind in ("achievements", "priorities") else 0.0 for p in passages])
    need_fuzzy = scorer is not None or any(k in (weights or WEIGHTS) for k in ("fuzzy", "partial"))
    from miner import verdicts as contradictions  # late: verdicts imports this module

    allowed = np.array([evidence_docs is None or p.document_id in evidence_docs for p in passages])
    links: dict[str, list[Candidate]] = {}
    for lo in range(0, len(promises), CHUNK):
        hi = min(lo + CHUNK, len(promises))
        rows = slice(lo, hi)
        ents_inter = (EP[rows] @ ES.T).toarray()
        union = n_ents[rows, None] + s_ents[None, :] - ents_inter
        feats = {
            "cosine": cos[rows].toarray(),
            "sentence": np.maximum.reduceat(sent_cos[rows].toarray(), starts_arr, axis=1),
            "coverage": (cover[rows].toarray()) / pmass[rows, None],
            "heading": _heading_or_neutral(head[rows].toarray(), np.where(allowed, dates, ""),
                                           [p.date for p in promises[rows]]),
            "names": (NP[rows] @ NS.T).toarray() / np.maximum(n_names[rows, None], NAMES_FULL),
            "entities": np.where(union > 0, ents_inter / np.maximum(union, 1), 0.0),
            "indicators": ((IP[rows] @ IS.T).toarray() > 0).astype(float),
            "themes": ((TP[rows] @ TS.T).toarray() > 0).astype(float),
            "reported": np.broadcast_to(reported, (hi - lo, len(passages))),
        }
        if need_fuzzy:
            from rapidfuzz import process

            lowp = [t.lower() for t in ptexts[rows]]
            lows = [p.text.lower() for p in passages]
            feats["fuzzy"] = process.cdist(lowp, lows, scorer=fuzz.token_set_ratio, dtype=np.float32) / 100.0
            shorter = np.array([len(t) for t in lowp])[:, None] < np.array([len(t) for t in lows])[None, :]
            feats["partial"] = np.where(shorter, process.cdist(lowp, lows, scorer=fuzz.partial_ratio,
                                                               dtype=np.float32) / 100.0, 0.0)
        else:
            feats["fuzzy"] = feats["partial"] = np.zeros((hi - lo, len(passages)))
        scores = np.asarray(scorer(feats) if scorer else score_pair(feats, weights))
        for k, i in enumerate(range(lo, hi)):
            pr = promises[i]
            later = (dates > pr.date) & allowed
            row = np.where(later, scores[k], -np.inf)
            # an inspection judgement bears on a promise about inspections whatever its wording
            if has_cue("inspection_promise", pr.statement.text):
                for j in np.nonzero(later & (row < threshold))[0]:
                    if contradictions._bad_judgement(passages[j], pr.date):
                        row[j] = threshold
            keep = np.nonzero(row >= threshold)[0]
            keep = keep[np.argsort(-row[keep], kind="stable")][:top_k]
            below = np.nonzero((row < threshold) & (row >= INFORMATIVE_SHARE * RESTATED_WEIGHT * threshold))[0]
            below = below[np.argsort(-row[below], kind="stable")][:RUNNERS_UP] if len(keep) else below[:0]
            links[pr.statement.id] = [
                Candidate(passages[j], {f: float(feats[f][k, j]) for f in FEATURE_NAMES}, float(row[j]), linked)
                for js, linked in ((keep, True), (below, False)) for j in js
            ]
    # repeats: promise x promise of the same authority in other papers
    PP = (P @ P.T).tocsr()
    repeats: dict[str, list[Promise]] = defaultdict(list)
    for i, pr in enumerate(promises):
        row = PP.getrow(i)
        for j, c in zip(row.indices, row.data):
            other = promises[j]
            if other.document_id == pr.document_id:
                continue
            if evidence_docs is not None and other.date > pr.date and other.document_id not in evidence_docs:
                continue
            fz = fuzz.token_set_ratio(pr.statement.text.lower(), other.statement.text.lower()) / 100
            if 0.6 * c + 0.4 * fz >= REPEAT_THRESHOLD:
                repeats[pr.statement.id].append(other)
    # a later paper repeating the promise is evidence too: its passage is judged like any other
    where = {(p.document_id, p.section_id): j for j, p in enumerate(passages)}
    by_id = {p.statement.id: p for p in promises}
    for pid, reps in repeats.items():
        have = {c.passage.section_id for c in links.get(pid, [])}
        for r in reps:
            j = where.get((r.document_id, r.statement.section_id))
            if r.date <= by_id[pid].date or j is None or passages[j].section_id in have:
                continue
            have.add(passages[j].section_id)
            feats = dict.fromkeys(FEATURE_NAMES, 0.0) | {"repeat": 1.0}
            links.setdefault(pid, []).append(Candidate(passages[j], feats, threshold))
    return promises, links, repeats


# --- verdicts ------------------------------------------------------------------


def is_vague(st: Statement, named: bool = False) -> bool:
    """No deliverable, target or deadline: a verdict on it can only be `unmeasurable`. A promise
    naming a service, programme, system, board or place ("from Aut Even to Parklands") has a
    deliverable one can check, whatever the specificity facets say."""
    sp = st.specificity
    if sp is None or named:
        return False
    return not (sp.deliverable or sp.measurable or sp.deadline or st.deadline)


def best_sentence(promise_text: str, passage: Passage) -> str:
    """The passage's sentence closest to the promise, among those an earlier paper does not already have:
    most shared stems for its length (binary cosine), character similarity breaking ties. Stems, not characters, so "improving the quality of plans" finds
    "the quality of the EHCPs being issued is improving", not the sentence that merely says "quality"."""
    sents = sentences(passage.text, passage.start)
    if not sents:
        return passage.text.strip()
    sents = [x for x in sents if x[0] not in passage.retold] or sents  # the news, not last year's words
    want = _stems(promise_text)

    def closeness(sent: str) -> tuple[float, float]:
        have = _stems(sent)
        shared = len(want & have) / ((len(want) * len(have)) ** 0.5) if want and have else 0.0
        return round(shared, 6), fuzz.token_set_ratio(promise_text.lower(), sent.lower())

    best = max(sents, key=lambda s: closeness(s[2]))[2]
    return _LABEL.sub("", best, count=1) or best


@lru_cache(maxsize=8192)
def _stems(text: str) -> frozenset[str]:
    return frozenset(analyse(text, False))


def restated(passage: Passage) -> bool:
    """The earlier paper's words retold (the plan recalled before the news); a priority list repeating
    last year's item is news, though: the promise is still a priority."""
    return passage.copied >= RESTATED and passage.section_kind != "priorities"


def relation_of(promise_text: str, passage: Passage) -> str:
    """What a linked passage says happened: `supports` (done), `progresses` (under way, still a
    priority) or `mentions`. The sentence closest to the promise decides first, then the list the
    passage sits in ("Key achievements in 2019-20 include:" / "Key priorities in 2020-21 include:"),
    then the closest sentence with a cue, then a list item's header, then the statements found in it."""
    return relation_and_directness(promise_text, passage)[0]


def relation_and_directness(promise_text: str, passage: Passage) -> tuple[str, bool]:
    """`relation_of`, and whether the sentence closest to the promise says it itself (an outcome
    statement, "the quality of the EHCPs being issued is improving") rather than the list around it."""
    if restated(passage):
        return "mentions", False
    sent = best_sentence(promise_text, passage)
    if has_cue("progresses", sent):
        return "progresses", True
    if has_cue("supports", sent):
        return "supports", True
    return _indirect_relation(promise_text, passage), False


def _indirect_relation(promise_text: str, passage: Passage) -> str:
    """What the passage says when its closest sentence has no cue: its list, its other sentences, its header."""
    if passage.section_kind == "achievements":
        return "supports"
    if passage.section_kind == "priorities":
        return "progresses"
    cued = []
    for start, _, s in sentences(passage.text, passage.start):
        if start in passage.retold:
            continue  # last year's cue ("will be developed") says nothing about this year
        rel = "progresses" if has_cue("progresses", s) else "supports" if has_cue("supports", s) else None
        if rel:
            cued.append((fuzz.token_set_ratio(promise_text.lower(), s.lower()), rel))
    if cued:
        return max(cued)[1]
    if passage.header:  # a list item says what its header says ("... was developed ... including:")
        header = Passage(passage.document_id, passage.date, None, None, 0, len(passage.header), passage.header)
        rel = relation_of(promise_text, header)
        if rel != "mentions":
            return rel
    if "achievement" in passage.kinds:
        return "supports"
    if passage.kinds & set(PROMISE_KINDS):
        return "progresses"
    return "mentions"


def judge(pr: Promise, cands: list[Candidate], repeats: list[Promise], checked: int) -> Verdict:
    """Verdict and evidence for one promise from its scored later passages."""
    from miner import verdicts as contradictions  # late: verdicts imports this module

    sid = pr.statement.id
    later_repeats = [r for r in repeats if r.date > pr.date]
    earlier = [r for r in repeats if r.date < pr.date]
    first_period = min([r.statement.period or "" for r in earlier] + [pr.statement.period or ""]) or None
    v = Verdict(sid, "no_evidence", 0.5, checked, carried_over=bool(later_repeats), first_period=first_period)
    if not cands and not later_repeats:
        return v

    def link(c: Candidate, relation: str, quote: str | None = None) -> EvidenceLink:
        p = c.passage
        return EvidenceLink(sid, p.section_id or p.document_id, "section", relation, round(c.score, 4),
                            quote or best_sentence(pr.statement.text, p), p.document_id, p.section_path)

    for c in (c for c in cands if c.linked):
        quote = contradictions._contradiction(pr, c)
        if quote:
            v.status, v.confidence = "not_delivered", min(0.95, 0.5 + c.score)
            v.evidence = [link(c, "contradicts", quote)]
            return v
    pool, cands = cands, [c for c in cands if c.linked]
    # the evidence to cite: the passage that says what happened, best first (a sentence that says it
    # itself over a list that says it), unless a passage that only mentions the subject scores far
    # higher; a retelling of the promise links it (runners-up below the threshold become citable) but
    # weighs less against a passage with news
    ref = max([c.score * (RESTATED_WEIGHT if restated(c.passage) else 1.0) for c in cands], default=0.0)
    relations = [(c, *relation_and_directness(pr.statement.text, c.passage)) for c in (pool if cands else [])]
    informative = sorted(((c, r, c.score * (OUTCOME_BONUS if direct else 1.0)) for c, r, direct in relations
                          if r != "mentions" and c.score >= INFORMATIVE_SHARE * ref), key=lambda x: -x[2])
    if informative:
        # what happened: the best-scoring passage that says; which passage to cite: a direct one first
        relation = max(informative, key=lambda x: x[0].score)[1]
        chosen = [c for c, r, _ in informative if r == relation]
        status = "delivered" if relation == "supports" else "in_progress"
    elif later_repeats and not cands:
        status, chosen, relation = "in_progress", [], "progresses"
    else:  # linked but nothing says what happened: a mention, weakly in progress
        status, chosen, relation = "in_progress", cands, "mentions"
    v.evidence = [link(c, relation) for c in chosen[:TOP_K]]
    for before, after in zip(v.evidence, v.evidence[1:]):  # stores and views order evidence by score:
        after.score = min(after.score, round(before.score - 1e-4, 4))  # keep the citation order, no ties
    if not v.evidence and later_repeats:
        r = later_repeats[0]
        v.evidence = [EvidenceLink(sid, r.statement.id, "statement", "repeats", REPEAT_THRESHOLD,
                                   r.statement.text, r.document_id, r.statement.section_path)]
    top = chosen[0].score if chosen else REPEAT_THRESHOLD
    v.status, v.confidence = status, round(min(0.95, 0.35 + top), 3)
    # a vague aim ("better co-production") can still be judged when a later paper reports it done
    # ("our co-production practice ... has developed further"); only a mention or "continues" is unjudgeable
    if is_vague(pr.statement, pr.named) and status != "delivered":
        v.status, v.confidence = "unmeasurable", round(min(0.9, 0.3 + top), 3)
    return v


def track(
    extractions: Iterable[Extraction],
    *,
    weights: dict[str, float] | None = None,
    threshold: float = THRESHOLD,
    scorer=None,
    evidence_docs: set[str] | None = None,
) -> TrackResult:
    """Verdicts for every promise in the corpus, one authority block at a time.

    `evidence_docs` limits evidence to those documents (e.g. to judge from one later paper)."""
    result = TrackResult()
    for _authority, papers in sorted(_by_authority(extractions).items()):
        promises, links, repeats = link_block(papers, weights=weights, threshold=threshold, scorer=scorer,
                                              evidence_docs=evidence_docs)
        dates = sorted({ex.document.meeting_date for ex in papers})
        for pr in promises:
            checked = sum(1 for d in dates if d > pr.date)
            result.verdicts.append(judge(pr, links.get(pr.statement.id, []), repeats.get(pr.statement.id, []), checked))
            result.themes[pr.statement.id] = pr.themes[0] if pr.themes else None
            result.candidates[pr.statement.id] = links.get(pr.statement.id, [])
    return result


# --- database wrapper ------------------------------------------------------------


@dataclass
class TrackSummary:
    promises: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    evidence: int = 0
    series_points: int = 0
    authorities: int = 0


def run_tracking(db) -> TrackSummary:
    """Recompute verdicts, evidence and metric series for everything in the database."""
    from miner import store
    from miner.series import build_series

    summary = TrackSummary()
    all_points = []
    for authority in store.tracker_authorities(db):
        papers = list(store.load_extractions(db, authority))
        res = track(papers)
        points = build_series(papers)
        store.write_tracking(db, authority, res.verdicts, res.themes, points)
        summary.authorities += 1
        summary.promises += len(res.verdicts)
        summary.evidence += sum(len(v.evidence) for v in res.verdicts)
        for v in res.verdicts:
            summary.by_status[v.status] = summary.by_status.get(v.status, 0) + 1
        all_points += points
    summary.series_points = len(all_points)
    return summary
