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
2. Each (promise, passage) pair is scored from TF-IDF cosine (fitted per
   authority block, sparse), rapidfuzz token-set ratio, shared canonical
   entities, shared indicators and shared themes (`score_pair`, weights in
   `WEIGHTS`). Pairs above `THRESHOLD` are evidence, top `TOP_K` kept; pairs
   down to `WEAK_THRESHOLD` are kept when their closest sentence reports
   completion and shares a word rare in the authority's papers (rewording).
3. The verdict reads the evidence with `patterns/verdict_cues.json` (contradiction
   rules in `miner/verdicts.py`):
   contradiction (inspection judged below Good after a promise about an
   inspection; an indicator moving the wrong way; a missed numeric target; a
   dropped plan) > completion > still under way / repeated as a later priority.
   A vague promise (no deliverable, target or deadline) with evidence is
   `unmeasurable`.

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

METHOD = "rule:miner_track/1"
PATTERNS = Path(__file__).resolve().parent / "nlp" / "patterns"
PROMISE_KINDS = ("priority", "commitment")
# Hand-set weights (compared with a logistic regression in miner/evaluation/tracker.py).
WEIGHTS = {"cosine": 0.45, "fuzzy": 0.15, "names": 0.25, "entities": 0.10, "indicators": 0.08, "themes": 0.05}
THRESHOLD = 0.22
TOP_K = 3
WEAK_THRESHOLD = 0.15  # below THRESHOLD a link stands only if its closest sentence reports completion
REPEAT_THRESHOLD = 0.45  # a later priority this similar is the same promise carried over
BAD_JUDGEMENTS = ("inadequate", "requires improvement", "requiring improvement")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][A-Za-z'’-]{2,}\b")
_LABEL = re.compile(r"^(?:[-•]\s*)?(?:\d+(?:\.\d+)*\.?|\([ivxlc\d]+\)|[a-z]\))\s+")  # "9.2.13 ", "(iv) "
_SENTENCE = re.compile(r"(?<=[.!?;:])\s+(?=[A-Z(‘'\"“\d-])|\n+")


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


@dataclass
class Promise:
    statement: Statement
    document_id: str
    date: str
    authority: str
    entities: set[str] = field(default_factory=set)
    indicators: set[str] = field(default_factory=set)
    themes: list[str] = field(default_factory=list)


@dataclass
class Candidate:
    passage: Passage
    features: dict[str, float]
    score: float


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


def passages_of(ex: Extraction) -> list[Passage]:
    """One passage per section with own text; records are attached by span containment."""
    doc = ex.document
    out: list[Passage] = []
    for s in sorted(ex.sections, key=lambda s: s.start):
        text = doc.text[s.start : s.own_end]
        if len(text.strip()) < 40:
            continue
        out.append(Passage(doc.id, doc.meeting_date or "", s.id, s.path, s.start, s.own_end, text))
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
    out = []
    for st in ex.statements:
        if st.kind not in PROMISE_KINDS:
            continue
        ents = {_entity_key(m) for m in ex.mentions if st.start <= m.start and m.end <= st.end}
        inds = {c.indicator for c in ex.claims if c.indicator and st.start <= c.start < st.end}
        out.append(
            Promise(st, doc.id, doc.meeting_date or "", doc.authority or "", ents,
                    inds | _indicator_ids(st.text), themes_of(st.text))
        )
    return out


# --- scoring -------------------------------------------------------------------


def _jaccard(a: set[str] | list[str], b: set[str]) -> float:
    a = set(a)
    return len(a & b) / len(a | b) if a and b else 0.0


def names_in(text: str) -> set[str]:
    """Capitalised words inside sentences (Parklands, Synergy, EHCPs): rare shared names are strong links."""
    return {m.group(0).lower() for m in _NAME.finditer(text)}


def pair_features(promise: Promise, passage: Passage, cosine: float, rare: set[str] | None = None) -> dict[str, float]:
    text = promise.statement.text
    names = names_in(text) & rare if rare is not None else names_in(text)
    return {
        "names": len(names & names_in(passage.text)) / len(names) if names else 0.0,
        "cosine": cosine,
        "fuzzy": fuzz.token_set_ratio(text.lower(), passage.text.lower()) / 100.0,
        "partial": fuzz.partial_ratio(text.lower(), passage.text.lower()) / 100.0 if len(text) < len(passage.text) else 0.0,
        "entities": _jaccard(promise.entities, passage.entities) if promise.entities else 0.0,
        "indicators": 1.0 if promise.indicators & passage.indicators else 0.0,
        "themes": 1.0 if promise.themes and promise.themes[0] in passage.themes else 0.0,
    }


def score_pair(features: dict[str, float], weights: dict[str, float] | None = None) -> float:
    weights = weights or WEIGHTS
    return sum(w * features.get(k, 0.0) for k, w in weights.items())


def _by_authority(extractions: Iterable[Extraction]) -> dict[str, list[Extraction]]:
    blocks: dict[str, list[Extraction]] = defaultdict(list)
    for ex in extractions:
        if ex.document.authority and ex.document.meeting_date:
            blocks[ex.document.authority].append(ex)
    return blocks


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
    vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, stop_words="english", min_df=1)
    vec.fit([p.statement.text for p in promises] + [p.text for p in passages])
    P = vec.transform([p.statement.text for p in promises])
    S = vec.transform([p.text for p in passages])
    cos = (P @ S.T).tocsr()  # sparse; rows are promises
    dates = np.array([p.date for p in passages])
    # names found in few passages of this authority (not "Medway", "Council", "Children's")
    # and never written in lower case (so "Strategy", "Plan" are not names)
    df: dict[str, int] = defaultdict(int)
    lower: set[str] = set()
    for p in passages:
        lower.update(re.findall(r"\b[a-z][a-z'’-]{2,}\b", p.text))
        for n in names_in(p.text):
            df[n] += 1
    rare = {n for n, k in df.items() if k <= max(2, len(passages) // 50) and n not in lower}
    wdf: dict[str, int] = defaultdict(int)
    for p in passages:
        for w in content_words(p.text):
            wdf[w] += 1
    rare_words = {w for w, k in wdf.items() if k <= max(2, len(passages) // 50)}
    from miner import verdicts as contradictions  # late: verdicts imports this module

    links: dict[str, list[Candidate]] = {}
    weak = threshold - (THRESHOLD - WEAK_THRESHOLD) if scorer is None else threshold
    for i, pr in enumerate(promises):
        row = cos.getrow(i).toarray().ravel()
        later = np.nonzero((dates > pr.date))[0]
        if evidence_docs is not None:
            later = [j for j in later if passages[j].document_id in evidence_docs]
        cands = []
        about_inspection = bool(has_cue("inspection_promise", pr.statement.text))
        for j in later:
            feats = pair_features(pr, passages[j], float(row[j]), rare)
            score = scorer(feats) if scorer else score_pair(feats, weights)
            # an inspection judgement bears on a promise about inspections whatever its wording
            if about_inspection and score < threshold and contradictions._bad_judgement(passages[j], pr.date):
                score = threshold
            if score < threshold and score >= weak and _reports_done(pr.statement.text, passages[j], rare_words):
                cands.append(Candidate(passages[j], feats, score))
            elif score >= threshold:
                cands.append(Candidate(passages[j], feats, score))
        cands.sort(key=lambda c: -c.score)
        links[pr.statement.id] = cands[:top_k]
    # repeats: promise x promise of the same authority in other papers
    PP = (P @ P.T).tocsr()
    repeats: dict[str, list[Promise]] = defaultdict(list)
    for i, pr in enumerate(promises):
        row = PP.getrow(i)
        for j, c in zip(row.indices, row.data):
            other = promises[j]
            if other.document_id == pr.document_id:
                continue
            fz = fuzz.token_set_ratio(pr.statement.text.lower(), other.statement.text.lower()) / 100
            if 0.6 * c + 0.4 * fz >= REPEAT_THRESHOLD:
                repeats[pr.statement.id].append(other)
    return promises, links, repeats


# --- verdicts ------------------------------------------------------------------


def is_vague(st: Statement) -> bool:
    """No deliverable, target or deadline: a verdict on it can only be `unmeasurable`."""
    sp = st.specificity
    if sp is None:
        return False
    return not (sp.deliverable or sp.measurable or sp.deadline or st.deadline)



def best_sentence(promise_text: str, passage: Passage) -> str:
    sents = sentences(passage.text, passage.start)
    if not sents:
        return passage.text.strip()
    best = max(sents, key=lambda s: fuzz.token_set_ratio(promise_text.lower(), s[2].lower()))[2]
    return _LABEL.sub("", best, count=1) or best


def content_words(text: str) -> set[str]:
    """Crude lemmas of content words ("plans" -> "plan", "contracts" -> "contract")."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return {w[:-1] if w.endswith("s") and not w.endswith("ss") else w
            for w in re.findall(r"[a-z][a-z-]{3,}", text.lower()) if w not in ENGLISH_STOP_WORDS}


def _reports_done(promise_text: str, passage: Passage, rare_words: set[str]) -> bool:
    """A weak lexical link is kept when the passage sentence closest to the promise says it was done
    and shares a word that is rare in the authority's papers: later papers reword promises, so the
    completion cue plus one rare shared word stands in for the missing overlap."""
    sent = best_sentence(promise_text, passage)
    if not has_cue("supports", sent) or has_cue("progresses", sent):
        return False
    return bool(content_words(promise_text) & content_words(sent) & rare_words)


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

    for c in cands:
        quote = contradictions._contradiction(pr, c)
        if quote:
            v.status, v.confidence = "not_delivered", min(0.95, 0.5 + c.score)
            v.evidence = [link(c, "contradicts", quote)]
            return v
    supports, progresses = [], []
    for c in cands:
        p = c.passage
        sent = best_sentence(pr.statement.text, p)
        if has_cue("progresses", sent) or (p.kinds & set(PROMISE_KINDS) and not has_cue("supports", sent)):
            progresses.append(c)
        elif has_cue("supports", sent) or "achievement" in p.kinds or has_cue("supports", p.text):
            supports.append(c)
        elif has_cue("progresses", p.text):
            progresses.append(c)
    status = None
    if supports and (not progresses or supports[0].score >= progresses[0].score):
        status, chosen, relation = "delivered", supports, "supports"
    elif progresses or later_repeats:
        status, chosen, relation = "in_progress", progresses, "progresses"
    if status is None:  # linked but nothing says what happened: a mention, weakly in progress
        status, chosen, relation = "in_progress", cands, "mentions"
    v.evidence = [link(c, relation) for c in chosen[:TOP_K]]
    if not v.evidence and later_repeats:
        r = later_repeats[0]
        v.evidence = [EvidenceLink(sid, r.statement.id, "statement", "repeats", REPEAT_THRESHOLD,
                                   r.statement.text, r.document_id, r.statement.section_path)]
    top = chosen[0].score if chosen else REPEAT_THRESHOLD
    v.status, v.confidence = status, round(min(0.95, 0.35 + top), 3)
    if is_vague(pr.statement):
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
