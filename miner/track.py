"""Track promises: link each priority/commitment to what later papers of the same authority say, and judge it.

Pure functions over `Extraction` records (one per paper), so the tracker can be
tested without a database; `run_tracking(db)` is the thin wrapper that loads
records through `miner.store` and writes verdicts, evidence and series back.

One job per module, this one running them per authority block:

- `miner/track_text.py`: verdict and theme cues (`patterns/verdict_cues.json`, `themes.json`),
  sentence splitting.
- `miner/track_passages.py`: a paper's passages (each section's own text and what was found in
  it) and promises; `mark_copies` flags what a later paper retells from an earlier one.
- `miner/track_links.py`: (promise, later passage) features and scores within an authority block
  (`score_pair`, `WEIGHTS`, `THRESHOLD`), evidence candidates and repeated promises (`link_block`).
- `miner/track_judge.py`: what a linked passage says happened (`relation_of`), which paragraph to
  cite, and the verdict (`judge`); contradiction rules in `miner/verdicts.py`.

Blocking by authority keeps the work near-linear in corpus size: nothing is
compared across authorities.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from miner.model import Extraction, Verdict
from miner.track_judge import judge
from miner.track_links import THRESHOLD, Candidate, by_authority, link_block

METHOD = "rule:miner_track/1"


@dataclass
class TrackResult:
    verdicts: list[Verdict] = field(default_factory=list)
    themes: dict[str, str | None] = field(default_factory=dict)  # promise id -> primary theme
    candidates: dict[str, list[Candidate]] = field(default_factory=dict)  # for evaluation


def track(
    extractions: Iterable[Extraction],
    *,
    weights: dict[str, float] | None = None,
    threshold: float = THRESHOLD,
    scorer=None,
    evidence_docs: set[str] | None = None,
    embeddings: bool = False,
) -> TrackResult:
    """Verdicts for every promise in the corpus, one authority block at a time.

    `evidence_docs` limits evidence to those documents (e.g. to judge from one later paper); `embeddings=True`
    adds the sentence-embedding link (miner/track_links.py), off by default: over the whole corpus most of its
    links were wrong and tracking took ten times as long (annotations/README.md, Tracker round 22)."""
    result = TrackResult()
    for _authority, papers in sorted(by_authority(extractions).items()):
        promises, links, repeats = link_block(papers, weights=weights, threshold=threshold, scorer=scorer,
                                              evidence_docs=evidence_docs, embeddings=embeddings)
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
    overdue: int = 0  # delivered late or still under way after the deadline

    def __str__(self) -> str:
        order = ("delivered", "in_progress", "not_delivered", "unmeasurable", "no_evidence", "not_tracked")
        counts = ", ".join(f"{self.by_status[k]} {k.replace('_', ' ')}" for k in order if self.by_status.get(k))
        late = f"; {self.overdue} past their deadline" if self.overdue else ""
        return (f"tracked {self.promises} promises of {self.authorities} authorities ({counts or 'none'}{late}); "
                f"{self.evidence} evidence links; {self.series_points} metric series points")


def run_tracking(db, *, embeddings: bool = False) -> TrackSummary:
    """Recompute verdicts, evidence and metric series for everything in the database (`embeddings`: see `track`;
    its sentence vectors are kept in the database, so the next run embeds only sentences it has not seen)."""
    from miner import embed, store
    from miner.series import build_series

    embeddings = embeddings and embed.available()
    if embeddings:
        embed.remember(store.load_embeddings(db, embed.model_id()))
    summary = TrackSummary()
    all_points = []
    for authority in store.tracker_authorities(db):
        papers = list(store.load_extractions(db, authority))
        res = track(papers, embeddings=embeddings)
        points = build_series(papers)
        store.write_tracking(db, authority, res.verdicts, res.themes, points)
        summary.authorities += 1
        summary.promises += len(res.verdicts)
        summary.evidence += sum(len(v.evidence) for v in res.verdicts)
        for v in res.verdicts:  # no later paper to check yet: not tracked, as `promises` and the report say
            status = "not_tracked" if v.status == "no_evidence" and not v.checked_documents else v.status
            summary.by_status[status] = summary.by_status.get(status, 0) + 1
            summary.overdue += v.overdue
        all_points += points
    summary.series_points = len(all_points)
    if embeddings:
        store.save_embeddings(db, embed.model_id(), embed.take_new())
    return summary
