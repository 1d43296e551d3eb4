"""Linking: score every (promise, later passage) pair of one authority and keep the evidence candidates.

Similarities are sparse matrices per authority block (nothing is compared across authorities, so
the work stays near-linear in corpus size): TF-IDF cosine of stemmed words and pairs with the
passage and with its closest sentence, the idf-weighted share of the promise's words found in the
passage and in its best sentence (a reworded promise keeps its rare words; the sentence share is the one
weighed, so a long paragraph does not cover a short promise by its length alone), the match of the
headings each sits under; and
per pair: shared rare names, canonical entities, indicators (rapidfuzz ratios kept as features).
`score_pair` weighs them with `WEIGHTS`; pairs above `THRESHOLD` are evidence, the best `TOP_K`
kept, with a few runners-up citable once the promise is linked. A later priority that repeats the
promise is linked too. A table's words are cell soup: a tabular passage links only a promise that shares
one of its indicators. A passage sharing with the promise only the name of a panel, plan, strategy or service
the promise names, on something else done there, is neither linked nor cited (`miner.track_names.name_only`), nor is one
sharing only the words of a meeting's business ("nothing to report", "brought forward"), one on another thing of a kind
the promise names ("the fencing" for "the seat") or a bare heading saying nothing happened (`_formula_only`,
`_other_matter`, `_bare_heading`). A promise the score
links to nothing may be linked to a later passage close to it in a sentence-embedding space (`miner/embed.py`;
only passages scoring near the threshold are embedded).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer

from miner import embed
from miner.model import Extraction
from miner.nlp.service_terms import HEAD_LABELS
from miner.similarity import acronyms_of, analyse, binary_matrices, stem, stop_words
from miner.track_names import name_only, names_in, quoted_names, service_names, shortened
from miner.track_passages import (NAMED_LABELS, Passage, Promise, entity_key, mark_copies, names_row, passages_of,
                                   promises_of, table_rows)
from miner.track_text import cue_words, cues, has_cue, item_references, sentences

# Hand-set weights, threshold chosen on the tune split (annotations/README.md, Tracker); compared with a
# logistic regression fitted on the tune split's gold links in miner/evaluation/tracker.py.
WEIGHTS = {"sentence": 0.40, "sent_cover": 0.30, "heading": 0.10, "names": 0.20, "entities": 0.10, "indicators": 0.05,
           "target_figure": 0.10, "reference": 0.20, "part_of": 0.20, "quoted": 0.20}
THRESHOLD = 0.25  # the middle of the best plateau of tune-split accuracy, [0.24, 0.255] (sentence coverage)
# a score is compared with the threshold rounded to this many decimals (and kept unrounded for ranking): a passage
# scoring at the threshold to a ten-thousandth (0.24986 or 0.25005) otherwise falls either side of it as another
# promise's words move the authority block's idf (annotations/README.md, Tracker round 39)
SCORE_DECIMALS = 3
TOP_K = 3
HEADING_MATCH = 0.3  # below this best heading match the later papers are laid out differently
HEADING_NEUTRAL = 0.5  # the heading feature then counts as an average match
NAMES_FULL = 2  # full credit for shared names takes two of them: one shared capitalised word is weak
RARE_MAX = 5  # a "rare" name is found in at most this many passages of the authority (and 2% of them)
RARE_MIN = 3  # ... but always this many: the promise's passage, the report's, and one more that names it
DESCRIBED_WORDS = (2, 6)  # a name a promise describes in lower case: two to six words ("adoption support hub")
COMMON_ENTITY = 0.05  # an entity in more than this share of the authority's passages is no link
SHORT_PROMISE = 4  # tune split unchanged up to 4 (5 loses a link); Kent's unlabelled papers: 8 fewer links, all wrong
REGISTER_TITLE_CHARS = 200  # a register's reference and title fit a line or two ("CRR0052: Impact of climate change ...")
CHUNK = 256  # promises scored at a time: bounds the dense (promises x passages) feature blocks
REPEAT_THRESHOLD = 0.45  # a later priority this similar is the same promise carried over ...
REPEAT_SHARED = 3  # ... when they share this many content stems: a short line's words inside a longer one ("The Clerk
# agreed to contact them.", "This was approved.", a heading "Public Health") score a full token-set ratio and repeat
# nothing (annotations/README.md, Tracker round 24)
LABEL_CHARS = 30  # text before a statement on its line this short is its list label ("Action 1.2 "), not a sentence
# a later passage naming a service or programme the promise names links it when its best sentence holds this share
# of the promise's words: tune halves unchanged from 0 to 0.35 (0.4 loses the link); on the whole corpus 0 adds 16
# wrong links (a strategy named in passing), 0.3 none (annotations/README.md, Tracker round 21)
NAMED_THING_COVER = 0.3
ITEM_TITLE_CHARS = 60  # a minute item's title is a short line ("Donation of Land", "Speeding Motorists") ...
ITEM_TITLE_WORDS = 8  # ... of a few words, not a sentence
ITEM_SAYS = 5  # words the item writes under its title, as a cited sentence has (not "Resolved: (For information only)")
# a promise the score links to nothing is linked to a later passage whose best sentence is this close to it in a
# sentence-embedding space (all-MiniLM-L6-v2, miner/embed.py) when the passage scores at least EMBED_FLOOR and at
# most EMBED_FEW later passages pass both: a report in other words. Tune halves: +2 promises, -0 from a cosine of
# 0.65 to 0.70 with a floor of 0.10 to 0.15 and 1 to 3 passages (annotations/README.md, Tracker round 22)
EMBED_COSINE = 0.68
EMBED_FLOOR = 0.12
EMBED_FEW = 2
EMBED_TOP = 3  # only a promise's best-scoring later passages are embedded: the cost stays near the number of promises
EMBED_WORDS = 8  # a shorter sentence (a heading, "SEND (Special Educational Needs and Disability)") is no report
EMBED_TOKENS = 128  # word pieces of a sentence embedded (a table's cell soup or a PDF run-on is cut, not skipped)
# a passage saying the decision on a request the promise makes is awaited is linked from this score (shares of the
# threshold below it are other subjects sharing the request's words; request_made also wants 3 shared stems)
REQUEST_FLOOR = 0.15
# a resolution of the body a promise's matter was put to is linked from this score: its words may differ from the
# promise's ("To increase Council Tax band rates up to the maximum permitted" for "raise council tax by 2.99%"), and
# `track_judge.decided_as_promised` asks for the body, the date, the decision's verb and the subject
DECIDED_FLOOR = 0.10
# a word in at least this share of an authority's passages, and in at least BROAD_MIN of them, is broad: a passage sharing
# only broad words with a promise, and no name, is no evidence of it (a small block's every word is in few passages)
BROAD_SHARE = 0.01
BROAD_MIN = 50
RUNNERS_UP = 5  # best passages below the threshold kept as citable evidence for a linked promise
# evidence choice (miner/track_judge.py) cites a passage with news scoring down to this share of the best link ...
INFORMATIVE_SHARE = 0.6  # a passage saying what happened is cited over a mere mention scoring up to 1/0.6 higher
RESTATED_WEIGHT = 0.5  # a retelling links the promise but weighs this much against a passage with news
# ... so runners-up are kept down to INFORMATIVE_SHARE * RESTATED_WEIGHT of the threshold
@dataclass
class Candidate:
    passage: Passage
    features: dict[str, float]
    score: float
    linked: bool = True  # above the threshold; False: a runner-up, citable only once the promise is linked


FEATURE_NAMES = ("cosine", "sentence", "coverage", "heading", "fuzzy", "partial", "names", "entities",
                 "indicators", "themes", "reported", "sent_cover", "target_figure", "reference", "part_of", "quoted",
                 "named_thing", "item_title", "same_service")

def score_pair(features: dict, weights: dict[str, float] | None = None):
    """Weighted sum of features (floats, or arrays for a whole block)."""
    weights = weights or WEIGHTS
    return sum(w * features.get(k, 0.0) for k, w in weights.items())


def by_authority(extractions: Iterable[Extraction]) -> dict[str, list[Extraction]]:
    blocks: dict[str, list[Extraction]] = defaultdict(list)
    for ex in extractions:
        if ex.document.authority and ex.document.meeting_date:
            blocks[ex.document.authority].append(ex)
    return blocks


def _heading_or_neutral(head: np.ndarray, dates: np.ndarray, promise_dates: list[str],
                        generic: list[bool]) -> np.ndarray:
    """Heading match, or a neutral value for a promise whose heading matches none in the later papers:
    a paper of another kind (an annual report against a portfolio holder's update) is laid out
    differently, and that says nothing against any one passage. Nor does a heading that names no
    subject ("Our priorities for 2022-23"): it matches next year's priorities, not what was done."""
    out = head.copy()
    for k, d in enumerate(promise_dates):
        later = dates > d
        if later.any() and (out[k, later].max() < HEADING_MATCH or generic[k]):
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
    embeddings: bool = False,
) -> tuple[list[Promise], dict[str, list[Candidate]], dict[str, list[Promise]]]:
    """Link one authority's promises to later passages. Returns promises, evidence
    candidates per promise id (best first, above threshold) and, per promise id,
    the same authority's promises in *other* papers that repeat it (earlier or later). `embeddings=True`
    turns the sentence-embedding link on (it stays off when the model is not installed)."""
    promises = [p for ex in papers for p in promises_of(ex)]
    passages = [p for ex in papers for p in passages_of(ex)]
    if not promises:
        return [], {}, {}
    mark_copies(papers, passages)
    ptexts = [" ".join([p.context, p.statement.text]).strip() for p in promises]
    # one vectorizer per authority block, on stemmed words and pairs (sparse throughout)
    acr = acronyms_of([ex.document.text for ex in papers])
    own = _own_acronyms(papers[0].document.authority or "", acr)
    own_words = frozenset(own) | frozenset(analyse(papers[0].document.authority or "", False))

    analysed: dict[str, list[str]] = {}  # each text is read by both vectorizers, sentences and headings again

    def words(text: str, bigrams: bool) -> list[str]:
        if text not in analysed:
            analysed[text] = [w for w in analyse(text, True, acr) if own.isdisjoint(w.split())]
        # words and acronym expansions are single words; the pairs are the items with a space
        return analysed[text] if bigrams else [w for w in analysed[text] if " " not in w]

    vec = TfidfVectorizer(analyzer=lambda t: words(t, True), sublinear_tf=True, min_df=1)
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
    # idf-weighted share of the promise's words found in the passage and in its best sentence
    # (rewording keeps the rare words)
    uni = TfidfVectorizer(analyzer=lambda t: words(t, False), binary=True, norm=None, min_df=1)
    XU = uni.fit_transform(ptexts + [p.text for p in passages]).tocsr()
    PU, SB = XU[: len(ptexts)], XU[len(ptexts) :].copy()
    SB.data[:] = 1.0
    cover = (PU @ SB.T).tocsr()
    SU = uni.transform(sent_texts).tocsr()
    SU.data[:] = 1.0
    sent_cover = (PU @ SU.T).tocsr()
    pmass = np.asarray(PU.sum(axis=1)).ravel()
    # the words written in many of the block's passages ("services", "people", "health", "support"): a promise's aim
    # shares only these with a report on something else
    sdf = np.asarray(SB.sum(axis=0)).ravel()
    # ... and pairs of words ("economic framework", "employment rate") written in fewer are the promise's own matter
    pdf = np.asarray((S > 0).sum(axis=0)).ravel()
    wide = max(BROAD_SHARE * len(passages), BROAD_MIN)
    broad = {w for w, c in uni.vocabulary_.items() if sdf[c] >= wide}
    broad |= {w for w, c in vec.vocabulary_.items() if " " in w and pdf[c] >= wide}
    # a promise of two or three words ("Reduce spend on consultants") is not covered by a sentence that
    # shares one of them: its words weigh as if it had at least SHORT_PROMISE words of median rarity
    pmass = np.maximum(pmass, SHORT_PROMISE * float(np.median(uni.idf_)))
    pmass[pmass == 0] = 1.0
    # the headings each sits under ("Inclusion", "SEND Transport"): same part of the yearly report
    H = vec.transform([p.heading for p in promises])
    HS = vec.transform([p.heading for p in passages])
    head = (H @ HS.T).tocsr()
    dates = np.array([p.date for p in passages])
    few = min(RARE_MAX, max(RARE_MIN, len(passages) // 50))
    _add_described(promises, papers, passages, few)
    pnames = [names_in(p.text) for p in passages]
    rare = _rare_names(passages, pnames, few)
    NP, NS = binary_matrices([names_in(t) & rare for t in ptexts], pnames)
    # a thing the minutes name in lower case, two words side by side that few passages write ("the climbing wall")
    minuted = {ex.document.id for ex in papers if ex.document.kind == "minutes"}
    QP, QS = _rare_phrases([p.statement.text if p.document_id in minuted else "" for p in promises],
                           [p.text for p in passages], [p.document_id in minuted for p in passages], own_words, few)
    # a later minute item under the title of the promise's matter ("ii) Donation of Land", "i) Defibrillator"): the
    # same matter arising again, however it is worded there
    TT = _item_titles(promises, passages, minuted, own_words, [words(t, False) for t in ptexts], dates, few)
    # a later passage naming a service the promise names, in fewer or more words ("the SEN Transport service" for "the
    # SEN Home to School Transport Policy"), where few later passages do: the same service, reworded
    SV = _renamed_services(promises, passages, own_words, dates, allowed_docs(evidence_docs, passages), few)
    common = _common_entities(passages, few) | own | {(papers[0].document.authority or "").lower()}
    family = _entity_families(papers, acr, own_words)
    EP, ES = binary_matrices([{family.get(e, e) for e in p.entities - common} for p in promises],
                             [{family.get(e, e) for e in p.entities - common} for p in passages])
    IP, IS = binary_matrices([p.indicators for p in promises], [p.indicators for p in passages])
    # where each service or programme a promise names is named again (whitespace as a PDF's line breaks leave it)
    spaced = [{" ".join(e.split()) for e in p.entities} for p in passages]
    thing_in = {t: np.array([t in e for e in spaced]) for t in set().union(*(p.things for p in promises))}
    TP, TS = binary_matrices([set(p.themes[:1]) for p in promises], [p.themes for p in passages])
    from miner import verdicts as contradictions  # late: verdicts imports this module (Candidate, THRESHOLD)

    texts = {ex.document.id: ex.document.text for ex in papers}
    RP, RS = binary_matrices([item_references(_labelled(p, texts)) for p in promises],
                             [item_references(p.text) for p in passages])
    # "Eleven of the 15 additional posts have been filled" for "Recruit 15 additional social workers ..."
    OP, OS = binary_matrices([contradictions.own_figures_named(p.statement.text) for p in promises],
                             [contradictions.wholes_counted(p.text) for p in passages])
    # a quoted name the later passage uses, in or out of quotes ("The My Brackenridge account went live")
    quoted = [quoted_names(p.statement.text) for p in promises]
    lowered = [p.text.lower() for p in passages]
    said = {q: np.array([bool(re.search(r"\b" + re.escape(q) + r"\b", t)) for t in lowered])
            for q in set().union(*quoted)}
    n_names = np.asarray(NP.sum(axis=1)).ravel()
    n_ents = np.asarray(EP.sum(axis=1)).ravel()
    s_ents = np.asarray(ES.sum(axis=1)).ravel()
    reported = np.array([1.0 if p.kinds or p.section_kind in ("achievements", "priorities") else 0.0 for p in passages])
    need_fuzzy = scorer is not None or any(k in (weights or WEIGHTS) for k in ("fuzzy", "partial"))
    targeted = np.array([contradictions.numeric_target(p.statement.text) is not None for p in promises], dtype=float)
    allowed = np.array([evidence_docs is None or p.document_id in evidence_docs for p in passages])
    tabular = np.array([p.tabular for p in passages])
    bare = np.array([_bare_heading(p) for p in passages])
    resolved = np.array([p.resolved for p in passages])
    from miner.track_judge import best_sentence, decided_as_promised, relation_of  # late: track_judge imports this module
    # a promise naming a table row's measure in all the label's words ("increase physical visits to 1.1 million"
    # and the row "Physical visits | 968,000 | 1,024,000")
    labels = [(j, words) for j, p in enumerate(passages) if p.tabular for _, _, _, words in table_rows(p.text)]
    LP, LL = binary_matrices([set(analyse(t, bigrams=False)) for t in ptexts], [w for _, w in labels])
    label_len = np.array([len(w) for _, w in labels])
    label_owner = csr_matrix((np.ones(len(labels)), (np.arange(len(labels)), [j for j, _ in labels])),
                             shape=(len(labels), len(passages)))
    links: dict[str, list[Candidate]] = {}
    use_embed = embeddings and embed.available()
    unlinked: list[tuple[int, np.ndarray, np.ndarray, dict[int, dict[str, float]]]] = []
    for lo in range(0, len(promises), CHUNK):
        hi = min(lo + CHUNK, len(promises))
        rows = slice(lo, hi)
        ents_inter = (EP[rows] @ ES.T).toarray()
        # a table row whose label the promise names is a shared measure, as a shared indicator is
        named_row = (names_row((LP[rows] @ LL.T).toarray(), label_len[None, :]) @ label_owner > 0 if labels
                     else np.zeros((hi - lo, len(passages)), dtype=bool))
        shared_measure = ((IP[rows] @ IS.T).toarray() > 0) | named_row
        union = n_ents[rows, None] + s_ents[None, :] - ents_inter
        feats = {
            "cosine": cos[rows].toarray(),
            "sentence": np.maximum.reduceat(sent_cos[rows].toarray(), starts_arr, axis=1),
            "coverage": (cover[rows].toarray()) / pmass[rows, None],
            "sent_cover": np.maximum.reduceat(sent_cover[rows].toarray(), starts_arr, axis=1) / pmass[rows, None],
            "heading": _heading_or_neutral(head[rows].toarray(), np.where(allowed, dates, ""),
                                           [p.date for p in promises[rows]],
                                           [bool(has_cue("generic_heading", p.heading)) for p in promises[rows]]),
            "names": np.maximum((NP[rows] @ NS.T).toarray() / np.maximum(n_names[rows, None], NAMES_FULL),
                                (QP[rows] @ QS.T).toarray() / NAMES_FULL),
            "entities": np.where(union > 0, ents_inter / np.maximum(union, 1), 0.0),
            "indicators": shared_measure.astype(float),
            "named_thing": np.array([_few_later(promises[i], thing_in, dates, allowed, few) for i in range(lo, hi)],
                              dtype=float).reshape(hi - lo, len(passages)),
            # a promise with a numeric target and a later figure on its indicator: what tracking is for
            "target_figure": shared_measure * targeted[rows, None],
            "themes": ((TP[rows] @ TS.T).toarray() > 0).astype(float),
            # "Recommendation 3" in the review and in its tracker, where they share a word besides the number
            "reference": ((RP[rows] @ RS.T).toarray() > 0) * (cover[rows].toarray() > 0)
                         if RP.nnz else np.zeros((hi - lo, len(passages))),
            "reported": np.broadcast_to(reported, (hi - lo, len(passages))),
            # part of the promise's own figure counted, in a passage sharing a word besides the number
            "part_of": ((OP[rows] @ OS.T).toarray() > 0) * (cover[rows].toarray() > 0)
                       if OS.nnz else np.zeros((hi - lo, len(passages))),
            "item_title": TT[rows].toarray(),
            "same_service": SV[rows].toarray(),
            "quoted": np.array([np.any([said[q] for q in qs], axis=0) if qs else np.zeros(len(passages), dtype=bool)
                                for qs in quoted[lo:hi]], dtype=float).reshape(hi - lo, len(passages)),
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
        scores = _at_threshold(np.asarray(scorer(feats) if scorer else score_pair(feats, weights), dtype=float), threshold)
        for k, i in enumerate(range(lo, hi)):
            pr = promises[i]
            later = (dates > pr.date) & allowed
            # a table's words are cell soup: it is evidence only for a promise about one of its indicators
            later &= ~tabular | (feats["indicators"][k] > 0)
            row = np.where(later, scores[k], -np.inf)
            # an inspection judgement bears on a promise about inspections whatever its wording
            if has_cue("inspection_promise", pr.statement.text):
                for j in np.nonzero(later & (row < threshold))[0]:
                    if contradictions._bad_judgement(passages[j], pr.date):
                        row[j] = threshold
            # so does the other body's decision awaited on a request the promise makes ("a decision was awaited from
            # Government on ... the potential postponement of elections" for "Agree to request that the Minister ...
            # consider postponing county elections"), when the passage comes near the threshold: the request was made;
            # linked after the score's links, as a named thing's are below (annotations/README.md, Tracker round 29)
            asked = np.array([j for j in np.nonzero(later & (row < threshold) & (row >= REQUEST_FLOOR))[0]
                              if contradictions.request_made(pr, Candidate(passages[j], {}, float(row[j])))]
                             if has_cue("request_promise", pr.statement.text) else [], dtype=int)
            # and so is the resolution of the body a matter was put to, on that matter ("(e) To increase Council Tax band
            # rates up to the maximum permitted without a referendum" minuted as RESOLVED, for "the council planned to
            # raise council tax by 2.99% and an additional 2%"): its words differ, its decision is the news
            if has_cue("decision_promise", pr.statement.text):
                # (above the threshold too: a passage naming the matter as the promise does may rank below the top
                # links, all on the same plan, once its name with years and its acronym are one entity)
                decided = [j for j in np.nonzero(later & (row >= DECIDED_FLOOR) & resolved)[0]
                           if decided_as_promised(pr, passages[j], best_sentence(pr.statement.text, passages[j], pr.places))]
                asked = np.array([*asked, *decided], dtype=int)
            # a later passage naming a service or programme the promise names (one few later passages name), whose
            # best sentence says more of the promise ("a decision was awaited from Government on Kent's inclusion on
            # the Devolution Priority Programme"), is linked at the threshold (after the
            # inspection rule, so a passage it lifted is not linked twice)
            named = np.nonzero(later & (row < threshold) & (feats["named_thing"][k] > 0)
                               & (feats["sent_cover"][k] >= NAMED_THING_COVER))[0]
            named = np.union1d(named, np.nonzero(later & (row < threshold) & (feats["item_title"][k] > 0))[0])
            # a service named in other words links a passage saying what became of it, not one that only names it
            named = np.union1d(named, _renamed_links(pr, passages, np.nonzero(later & (row < threshold)
                                                                              & (feats["same_service"][k] > 0))[0]))
            named = named[np.argsort(-row[named], kind="stable")]
            keep, below = _best(row, threshold, top_k)
            # a passage sharing only one name of the promise, on something else done there ("Placements made through
            # the Joint Agency Panels have been reviewed" for "No clinical referrals ... without the case being
            # discussed at Joint Agency Panel first"), is no link, nor citable (annotations/README.md, Tracker round 25)
            # nor is a passage sharing with it only the words of a meeting's business ("The Clerk had nothing to report
            # as items would be covered on the agenda", "The following item was brought forward by the Chair")
            # (annotations/README.md, Tracker round 40)
            while True:
                off = [j for j in (*keep, *below, *named[:top_k]) if name_only(pr.statement.text, passages[j].text, own_words)
                       or _formula_only(words(ptexts[i], False), words(passages[j].text, False), feats, k, j)
                       or _broad_only(words(ptexts[i], True), words(passages[j].text, True), broad, feats, k, j)
                       # nor one on another thing of the kind the promise names ("the fencing" and "the gate" for "the
                       # seat"; "the Play Area Inspections" for "grants for play areas") (annotations/README.md, round 42)
                       or _other_matter(words(ptexts[i], True), words(passages[j].text, True), feats, k, j)
                       # nor a bare heading, unless it says what happened ("Local Transport Plan 5 (LTP5) approved by
                       # County Council"): "16/16 Near Flooding Incident at Mr Skinners Property" says only that a
                       # matter near the promise's came up
                       or (bare[j] and relation_of(pr.statement.text, passages[j], pr.date) == "mentions")]
                if not off:
                    break
                row[off] = -np.inf
                named = named[~np.isin(named, off)]
                keep, below = _best(row, threshold, top_k)
            named = named[:top_k]
            if len(named):  # after the links the score makes, never instead of them
                row[named] = threshold
                keep = np.concatenate([keep, named])
                below = below[~np.isin(below, named)]
            asked = asked[~np.isin(asked, keep) & np.isfinite(row[asked])][:top_k] if len(asked) else asked
            if len(asked):  # so is a decision awaited on the request
                row[asked] = np.maximum(row[asked], threshold)
                keep = np.concatenate([keep, asked])
                below = below[~np.isin(below, asked)]
            links[pr.statement.id] = [
                Candidate(passages[j], {f: float(feats[f][k, j]) for f in FEATURE_NAMES}, float(row[j]), linked)
                for js, linked in ((keep, True), (below, False)) for j in js
            ]
            if use_embed and not len(keep):
                near = np.nonzero(row >= EMBED_FLOOR)[0]  # below the threshold, since nothing is kept
                near = np.sort(near[np.argsort(-row[near], kind="stable")][:EMBED_TOP])
                if len(near):  # features of the runners-up too, were it linked
                    cited = np.nonzero(row >= min(EMBED_FLOOR, INFORMATIVE_SHARE * RESTATED_WEIGHT * threshold))[0]
                    cited = cited[np.argsort(-row[cited], kind="stable")][: RUNNERS_UP + EMBED_TOP]
                    unlinked.append((i, near, row.copy(),
                                     {int(j): {f: float(feats[f][k, j]) for f in FEATURE_NAMES} for j in cited}))
    if unlinked:
        _link_embedded(unlinked, promises, passages, links, threshold, top_k)
    repeats = _repeats(promises, P, evidence_docs)
    _link_repeats(links, repeats, promises, passages, threshold)
    return promises, links, repeats


def _report_sentences(text: str) -> list[str]:
    """The sentences of a passage long enough to report something (EMBED_WORDS words or more)."""
    return [t for t in ([t for _, _, t in sentences(text)] or [text]) if len(t.split()) >= EMBED_WORDS]


def _link_embedded(unlinked: list, promises: list[Promise], passages: list[Passage],
                   links: dict[str, list[Candidate]], threshold: float, top_k: int) -> None:
    """Link a promise the score links to nothing to the later passages scoring at least EMBED_FLOOR whose best
    sentence is within EMBED_COSINE of it in the embedding space, when at most EMBED_FEW are ("Support school
    leaders in developing a system for effective inclusion" and "... schools working together to ensure
    inclusive practice ..."). Only the sentences of a promise's EMBED_TOP best passages that share a content
    word with it are embedded, each once per run (miner/embed.py). The link must carry news of the promise
    (`track_judge.relation_of` is not `mentions`), and its sentence closest to the promise may not look forward
    or say what would, must or should happen (cues `future`, `unreported`): a passage that only speaks of the
    same subject in other words ("Health inequalities ... should be considered within the proposal") would make
    a promise nobody reported on `unmeasurable` or `in_progress`."""
    from miner.track_judge import relation_of  # track_judge imports this module

    need = sorted({int(j) for _, near, _, _ in unlinked for j in near})
    sents = {j: _report_sentences(passages[j].text) for j in need}
    stems = {t: frozenset(analyse(t, bigrams=False)) for j in need for t in sents[j]}
    mine = []  # per promise and passage: the sentences sharing a content word with the promise
    for i, near, _, _ in unlinked:
        own = frozenset(analyse(promises[i].statement.text, bigrams=False))
        mine.append({int(j): [t for t in sents[int(j)] if stems[t] & own] for j in near})
    flat = list(dict.fromkeys(t for per in mine for ts in per.values() for t in ts))
    vecs = embed.encode(flat + [promises[i].statement.text for i, _, _, _ in unlinked], max_tokens=EMBED_TOKENS)
    at = {t: k for k, t in enumerate(flat)}
    for n, (i, near, row, feats) in enumerate(unlinked):
        pv = vecs[len(flat) + n]
        best = {}  # passage -> (cosine, its sentence closest to the promise)
        for j in near:
            ts = mine[n][int(j)]
            c = vecs[[at[t] for t in ts]] @ pv if ts else np.array([-1.0])
            best[int(j)] = (float(c.max()), ts[int(c.argmax())] if ts else "")
        cos = np.array([best[int(j)][0] for j in near])
        close = near[cos >= EMBED_COSINE]
        if not 0 < len(close) <= EMBED_FEW:
            continue
        pr = promises[i]
        # the closest sentence must say something happened, not what will, would or must ("KCC must decide whether
        # to put new contracts ... in place"), and the judge must read the passage as news
        close = np.array([j for j in close if not has_cue("future", best[int(j)][1])
                          and not has_cue("unreported", best[int(j)][1])
                          and relation_of(pr.statement.text, passages[j], pr.date) != "mentions"], dtype=int)
        if not len(close):
            continue
        row[close] = threshold
        keep, below = _best(row, threshold, top_k)
        by_j = dict(zip(near.tolist(), cos.tolist()))
        links[pr.statement.id] = [
            Candidate(passages[j], feats[int(j)] | ({"embedding": by_j[int(j)]} if int(j) in by_j else {}),
                      float(row[j]), linked)
            for js, linked in ((keep, True), (below, False)) for j in js]


def _few_later(pr: Promise, thing_in: dict[str, np.ndarray], dates: np.ndarray, allowed: np.ndarray,
               few: int) -> np.ndarray:
    """The later passages naming a service or programme the promise names, where at most `few` later passages
    name it ("the Devolution Priority Programme" in the next Cabinet's minutes); a name all over the later
    papers ("the Medium Term Financial Plan", "Early Help") points at none of them."""
    out = np.zeros(len(dates), dtype=bool)
    later = (dates > pr.date) & allowed
    for t in pr.things:
        hits = thing_in[t] & later
        if 0 < hits.sum() <= few:
            out |= hits
    return out


_DESCRIBED_COMMON = frozenset(cue_words("described_common"))
_PHRASE_COMMON = frozenset(cue_words("phrase_common"))
_PHRASE_VERBS = frozenset(cue_words("phrase_verbs"))


def _add_described(promises: list[Promise], papers: list[Extraction], passages: list[Passage], few: int) -> None:
    """A thing a promise describes in lower case that a paper names ("Launch a new adoption support hub" and
    "The Adoption Support Hub opened in February 2024") is an entity of the promise: the service it set up.
    Not a phrase the papers write in lower case as often as a rare name is written ("action plan")."""
    names: dict[tuple[str, ...], str] = {}
    for ex in papers:
        for m in ex.mentions:
            words = tuple(w.lower() for w in re.findall(r"[A-Za-z'’]+", m.text))
            words = words[1:] if words[:1] == ("the",) else words
            # its own words, not only kind words ("action plan", "children's home" describe many things)
            own = [w for w in words if w not in HEAD_LABELS and w not in _DESCRIBED_COMMON]
            if m.label in NAMED_LABELS and DESCRIBED_WORDS[0] <= len(words) <= DESCRIBED_WORDS[1] and len(own) >= 2:
                names.setdefault(words, entity_key(m))
    found = []
    for pr in promises:
        words = re.findall(r"[A-Za-z'’]+", pr.statement.text)
        found.append({g for n in range(DESCRIBED_WORDS[0], DESCRIBED_WORDS[1] + 1) for i in range(len(words) - n + 1)
                      if (g := tuple(words[i : i + n])) in names})
    common: dict[tuple[str, ...], bool] = {}
    for pr, grams in zip(promises, found):
        for g in grams:
            if g not in common:
                said = re.compile(r"\b" + r"\s+".join(map(re.escape, g)) + r"\b")  # in lower case, as a common noun is
                common[g] = sum(1 for p in passages if said.search(p.text)) > few
            if not common[g]:
                pr.entities.add(names[g])


def _labelled(pr: Promise, texts: dict[str, str]) -> str:
    """The promise with the start of its line, where a list label the statement leaves out stands
    ("Action 1.2 Replace 20 fleet vehicles ...": the statement is the action, the label its number)."""
    text = texts.get(pr.document_id, "")
    label = text[text.rfind("\n", 0, pr.statement.start) + 1 : pr.statement.start]
    return (label if len(label) <= LABEL_CHARS else "") + pr.statement.text


def _rare_names(passages: list[Passage], pnames: list[set[str]], few: int) -> set[str]:
    """Names found in at most `few` passages of the authority (not "Medway", "Council", "Children's")
    and never written in lower case (so "Strategy", "Plan" are not names)."""
    df: dict[str, int] = defaultdict(int)
    lower: set[str] = set()
    for p, names in zip(passages, pnames):
        lower.update(re.findall(r"\b[a-z][a-z'’-]{2,}\b", p.text))
        for n in names:
            df[n] += 1
    return {n for n, k in df.items() if k <= few and n not in lower}


_PHRASE = re.compile(r"(?=\b([a-z]{3,})\s+([a-z]{3,})\b(?:\s+([a-z]+)\b)?)")


def _phrases(text: str, stop: frozenset[str]) -> set[str]:
    """Two lower-case content words side by side that end a noun phrase ("the climbing wall", "the play area gate"),
    stemmed: not two that another lower-case content word follows, which they only describe ("speed limit signs",
    "the corporate parenting aspect", "the local business sector"); a plain verb after them (cue list `phrase_verbs`)
    ends the phrase as a stop word does ("the climbing wall needs repair")."""
    return {f"{stem(a)} {stem(b)}" for a, b, c in _PHRASE.findall(text)
            if a not in stop and b not in stop and stem(a) not in stop and stem(b) not in stop
            and (not c or c in stop or stem(c) in stop or c in _PHRASE_VERBS)}


# a label, a short line, and a line starting a sentence (not a PDF's wrapped line going on in lower case)
_ITEM_TITLE = re.compile(r"^\s*(?:\[?\d+\]|\d+[.)]|\(?[ivx]+\)|\(?[a-z]\))\s*([^\n]{3,%d})\n(?=\s*[A-Z\d])"
                         % ITEM_TITLE_CHARS)


def item_title(text: str) -> str:
    """The title of a minute item, the short line after its label ("ii) Donation of Land", "[4] Matters arising"), or ""."""
    m = _ITEM_TITLE.match(text)
    title = m.group(1).strip() if m else ""
    return title if title and not title.endswith(".") and len(title.split()) <= ITEM_TITLE_WORDS else ""


def _says_something(text: str) -> bool:
    """A minute item says something under its title: a sentence of ITEM_SAYS words or more, not a list's lead-in
    ("i) Highways / Resolved: (For information only)" heads the items below it, and says nothing itself)."""
    rest = text[_ITEM_TITLE.match(text).end():].strip()
    return len(rest.split()) >= ITEM_SAYS and not rest.endswith(":") and not rest.endswith(")")


def _item_titles(promises: list[Promise], passages: list[Passage], minuted: set[str], own_words: frozenset[str],
                 pwords: list[list[str]], dates: np.ndarray, few: int):
    """(promises x passages) 0/1: a later minute item whose title names the promise's matter, every content word of
    the title (not a meeting's business word, cue lists `meeting_formulas` and `phrase_common`, nor the authority's
    own) among the promise's words, its context's or its own item's title's, where at most `few` later items have
    that title (a standing item, "Planning", "Finance", names no one matter)."""
    stop = _FORMULA_STEMS | own_words
    titled: dict[frozenset[str], list[int]] = defaultdict(list)  # each title's words, and the items under it
    own_title: dict[str, list[tuple[int, int, frozenset[str]]]] = defaultdict(list)  # a paper's items and their titles
    for j, p in enumerate(passages):
        t = item_title(p.text) if p.document_id in minuted else ""
        key = frozenset(w for w in analyse(t, False) if w not in stop) if t else frozenset()
        if key:
            own_title[p.document_id].append((p.start, p.end, key))
            if _says_something(p.text):
                titled[key].append(j)
    items = {key: np.array(js) for key, js in titled.items()}
    rows, cols = [], []
    for i, pr in enumerate(promises):
        if pr.document_id not in minuted:
            continue
        mine = set(pwords[i]).union(*(key for lo, hi, key in own_title[pr.document_id] if lo <= pr.statement.start < hi))
        for key, js in items.items():
            if key <= mine:
                hits = js[dates[js] > pr.date]
                if 0 < len(hits) <= few:
                    rows += [i] * len(hits)
                    cols += hits.tolist()
    return csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(promises), len(passages)))


def allowed_docs(evidence_docs, passages: list[Passage]) -> np.ndarray:
    """The passages evidence may come from (all, or those of `evidence_docs`)."""
    return np.array([evidence_docs is None or p.document_id in evidence_docs for p in passages], dtype=bool)


def _renamed_services(promises: list[Promise], passages: list[Passage], own_words: frozenset[str], dates: np.ndarray,
                      allowed: np.ndarray, few: int):
    """(promises x passages) 0/1: a later passage naming a service, policy or programme the promise names, in fewer or
    more words (`track_names.service_names`, `shortened`: "SEN Transport" and "SEN Home to School Transport"), where at
    most `few` later passages name it so (tracker round 47)."""
    by_ends: dict[tuple[str, str], list[tuple[tuple[str, ...], int]]] = defaultdict(list)
    for j, p in enumerate(passages):
        if allowed[j]:
            for key in service_names(p.text, own_words):
                by_ends[key[0], key[-1]].append((key, j))
    rows, cols = [], []
    for i, pr in enumerate(promises):
        hits: set[int] = set()
        for key in service_names(pr.statement.text, own_words):
            hits |= {j for other, j in by_ends.get((key[0], key[-1]), ())
                     if dates[j] > pr.date and (shortened(other, key) or shortened(key, other))}
        if 0 < len(hits) <= few:
            rows += [i] * len(hits)
            cols += sorted(hits)
    return csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(promises), len(passages)))


def _renamed_links(pr: Promise, passages: list[Passage], js: Iterable[int]) -> np.ndarray:
    """Of the later passages naming the promise's service in other words (`_renamed_services`), those saying what
    became of it (`track_judge.relation_of` is not `mentions`): "All the processes and procedures for SEN Transport have
    been reviewed" links; a passage only naming the service does not."""
    from miner.track_judge import relation_of  # late: track_judge imports this module

    return np.array([j for j in js if relation_of(pr.statement.text, passages[j], pr.date, pr.places) != "mentions"],
                    dtype=int)


def _rare_phrases(ptexts: list[str], stexts: list[str], skeep: list[bool], own_words: frozenset[str], few: int):
    """0/1 matrices of the promises' and the passages' rare phrases, those of minutes only (a promise's text is "" and
    a passage's `skeep` False for another paper: a report's or a strategy's lower-case phrases are its topics, "school
    attendance", "alcohol misuse", not one matter of an agenda): a lower-case pair of content words
    (`_phrases`) written in at most `few` passages of the authority, none of its words the authority's own
    or a word of the cue list `phrase_common` ("next meeting", "parish clerk" are said everywhere or of anything).
    Shared, it names the promise's matter as a rare name does: "Clerk to check through files for archived quote to
    repair the climbing wall" and "the two posts left in situ following the removal of the climbing wall"
    (annotations/README.md, Tracker round 37)."""
    stop = stop_words() | own_words | _PHRASE_COMMON
    sp = [_phrases(t, stop) for t in stexts]
    df: dict[str, int] = defaultdict(int)
    for ph in sp:
        for x in ph:
            df[x] += 1
    rare = {x for x, k in df.items() if k <= few}
    return binary_matrices([_phrases(t, stop) & rare for t in ptexts], [ph & rare if k else set() for ph, k in zip(sp, skeep)])


_FORMULAS = frozenset(cue_words("meeting_formulas")) | _PHRASE_COMMON
_FORMULA_STEMS = _FORMULAS | frozenset(stem(w) for w in _FORMULAS)
_NAMING = ("entities", "indicators", "reference", "quoted", "part_of", "named_thing", "target_figure", "item_title",
           "same_service")


def _formula_only(pwords: list[str], swords: list[str], feats: dict, k: int, j: int) -> bool:
    """A passage sharing with the promise only words of a meeting's business (cue lists `meeting_formulas` and
    `phrase_common`, stemmed): "Clerk's Report The Clerk had nothing to report as items would be covered on the
    agenda." minuted again, "The minutes of the meeting held on ... will be agreed at the next meeting" and "Minutes of
    the meetings held on ... were also confirmed", "If it fails the work will be brought forward." and "The following
    item was brought forward by the Chair.". Not one naming what the promise names (an entity, an indicator, an item's
    reference, a quoted name, a counted figure, a named service)."""
    if any(feats[f][k, j] > 0 for f in _NAMING):
        return False
    return set(pwords) & set(swords) <= _FORMULA_STEMS


def _broad_only(pwords: list[str], swords: list[str], broad: set[str], feats: dict, k: int, j: int) -> bool:
    """A passage sharing with the promise only words and pairs of words written all over the authority's papers (`broad`:
    in at least BROAD_SHARE of its passages, and BROAD_MIN of them) and nothing that names what the promise names (an entity,
    an indicator, a rare name or phrase, an item's reference, a quoted name, a counted figure, a named service):
    "Ensure access to services people need" and "... provide services that people can access from other
    locations" (annotations/README.md, Tracker round 41)."""
    if feats["names"][k, j] > 0 or any(feats[f][k, j] > 0 for f in _NAMING):
        return False
    return set(pwords) & set(swords) <= broad


def _matter_groups(key: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The groups of a `matter_*` cue list, each as (its first name, the stems or stem pairs of its names)."""
    out = []
    for entry in cue_words(key):
        names = [analyse(n, True) for n in entry.split("|")]
        out.append((entry.split("|")[0], frozenset(a[-1] for a in names if a)))
    return tuple(out)


_MATTER_KINDS = (_matter_groups("matter_things"), _matter_groups("matter_business"))


def _matter_items(words: Iterable[str]) -> tuple[frozenset[str], ...]:
    """The things of each kind (`matter_things`, `matter_business`) a text names (its stemmed words and pairs, as
    `similarity.analyse` gives them), as their groups' first names."""
    stems = frozenset(words)
    return tuple(frozenset(name for name, forms in kind if forms & stems) for kind in _MATTER_KINDS)


def _other_matter(pwords: list[str], swords: list[str], feats: dict, k: int, j: int) -> bool:
    """A passage naming things of a kind the promise names (cue lists `matter_things`, `matter_business`), none of
    them the promise's, and none of the promise's things at all, on no name, entity, indicator, item reference, quoted
    name, counted figure or named service the promise names: "Fencing will be repaired and the Chairman offered to adjust
    the gate to the play area" for "Cllr J Wyett offered to undertake necessary repair of the seat in the play area",
    "It was resolved to instruct BCKLWN to undertake the Play Area Inspections 2019." for "Clerk to explore options for
    grants for play areas." (annotations/README.md, Tracker round 42)."""
    if feats["names"][k, j] > 0 or any(feats[f][k, j] > 0 for f in _NAMING):
        return False
    mine, theirs = _matter_items(pwords), _matter_items(swords)
    if any(a & b for a, b in zip(mine, theirs)):
        return False
    return any(a and b for a, b in zip(mine, theirs))


def _bare_heading(p: Passage) -> bool:
    """A passage that is only its section's title ("16/16 Near Flooding Incident at Mr Skinners Property", "SEND
    (Special Educational Needs and Disability)"), or a register's reference and title: it names a matter, and says
    nothing of it (annotations/README.md, Tracker rounds 40 and 42)."""
    title, text = p.heading.rsplit(" / ", 1)[-1], " ".join(p.text.split())
    # nor is a register's entry named by its reference and title alone, in a list under another heading ("CRR0052:
    # Impact of climate change on KCC services", cue group `register_title`) (annotations/README.md, Tracker round 42)
    if title and text == " ".join(title.split()):
        return True
    return len(text) <= REGISTER_TITLE_CHARS and any(rx.match(text) for rx in cues()["register_title"])


def _own_acronyms(authority: str, acr: dict[str, list[str]]) -> set[str]:
    """The acronyms the papers define for the authority itself ("Kent County Council (KCC)"): every
    paper of the authority is about it, so its name links nothing (its full name is common anyway)."""
    name = analyse(authority, bigrams=False)
    return {a for a, words in acr.items() if name and words == name}


def _entity_families(papers: list[Extraction], acr: dict[str, list[str]], own_words: frozenset[str]) -> dict[str, str]:
    """One key for the entities that name one thing (tracker round 33): a plan's name with or without its years
    and the authority's own name ("Kent Minerals and Waste Local Plan 2024-2039", "Minerals and Waste Local Plan")
    and the acronym the papers define for it ("KMWLP"), which the entity linker may keep as two entities. The key
    is the name's stems, its years (cue group `name_years`) and the authority's own words left out; an acronym
    defined in the papers stands for its definition's stems."""
    years = cues()["name_years"]
    out: dict[str, str] = {}
    initials: dict[str, set[str]] = defaultdict(set)  # "kmwlp" -> the families of the names it spells
    undefined: dict[str, str] = {}  # an acronym the papers never define -> its key
    for ex in papers:
        for m in ex.mentions:
            key = entity_key(m)
            if key in out or m.label not in NAMED_LABELS or m.label == "PLACE":
                continue
            name = m.entity or m.text
            for rx in years:
                name = rx.sub("", name)
            words = name.split()
            if not words:
                continue
            acronym = len(words) == 1 and words[0].isupper()
            if acronym and stem(words[0].lower()) not in acr:
                undefined[key] = words[0].lower()
                continue
            stems = acr.get(stem(words[0].lower()), []) if acronym else analyse(name, False)
            while stems and stems[0] in own_words:  # "Kent Environment Strategy", "KCC Environment Strategy"
                stems = stems[1:]
            if len(stems) >= 2:  # a number that tells one of a series from another stays ("Local Transport Plan 5")
                out[key] = "=" + " ".join([*stems, *re.findall(r"\b\d{1,3}\b", name)])
                if not acronym:
                    initials["".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w[0].isupper()).lower()].add(out[key])
    # an acronym no paper defines ("the upd KMWLP") stands for the one name whose capitals spell it
    for key, acronym in undefined.items():
        if len(initials.get(acronym, ())) == 1 and len(acronym) >= 3:
            out[key] = next(iter(initials[acronym]))
    return out


def _common_entities(passages: list[Passage], few: int) -> set[str]:
    """Entities named all over the authority's papers ("KCC", "Medway"): they link nothing."""
    edf: dict[str, int] = defaultdict(int)
    for p in passages:
        for e in p.entities:
            edf[e] += 1
    return {e for e, k in edf.items() if k > max(COMMON_ENTITY * len(passages), few)}


def _at_threshold(scores: np.ndarray, threshold: float) -> np.ndarray:
    """Scores just below the threshold that round to it (`SCORE_DECIMALS`) raised to it; the rest as they are, so
    passages a thousandth apart keep their order."""
    edge = (scores < threshold) & (np.round(scores, SCORE_DECIMALS) >= round(threshold, SCORE_DECIMALS))
    return np.where(edge, threshold, scores)


def _best(row: np.ndarray, threshold: float, top_k: int) -> tuple[np.ndarray, np.ndarray]:
    """Passage indices above the threshold (best `top_k`) and, when there are any, the best runners-up
    down to the lowest score evidence choice could still cite."""
    keep = np.nonzero(row >= threshold)[0]
    keep = keep[np.argsort(-row[keep], kind="stable")][:top_k]
    below = np.nonzero((row < threshold) & (row >= INFORMATIVE_SHARE * RESTATED_WEIGHT * threshold))[0]
    below = below[np.argsort(-row[below], kind="stable")][:RUNNERS_UP] if len(keep) else below[:0]
    return keep, below


def _repeats(promises: list[Promise], P, evidence_docs: set[str] | None) -> dict[str, list[Promise]]:
    """Per promise id, the same authority's promises in other papers that say the same (earlier or later)."""
    PP = (P @ P.T).tocsr()
    repeats: dict[str, list[Promise]] = defaultdict(list)
    stems = [frozenset(analyse(p.statement.text, bigrams=False)) for p in promises]
    lowered = [p.statement.text.lower() for p in promises]
    least = (REPEAT_THRESHOLD - 0.4) / 0.6 - 1e-9  # the similarity below which even an exact fuzzy match falls short
    for i, pr in enumerate(promises):
        row = PP.getrow(i)
        for j, c in zip(row.indices, row.data):
            other = promises[j]
            if c < least or other.document_id == pr.document_id or len(stems[i] & stems[j]) < REPEAT_SHARED:
                continue
            if stems[i] & stems[j] <= _FORMULA_STEMS:  # "Clerk's Report The Clerk had nothing to report ..." minuted again
                continue
            if evidence_docs is not None and other.date > pr.date and other.document_id not in evidence_docs:
                continue
            fz = fuzz.token_set_ratio(lowered[i], lowered[j]) / 100
            if 0.6 * c + 0.4 * fz >= REPEAT_THRESHOLD:
                repeats[pr.statement.id].append(other)
    return repeats


def _link_repeats(links: dict[str, list[Candidate]], repeats: dict[str, list[Promise]], promises: list[Promise],
                  passages: list[Passage], threshold: float) -> None:
    """A later paper repeating the promise is evidence too: its passage is judged like any other."""
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
