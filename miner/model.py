"""Plain records that flow between pipeline stages.

Every record that points into a paper carries `start`/`end`: character offsets
into `Document.text`, the normalised text that is stored once per document, so
anything can be quoted exactly and checked in a test. No spaCy objects cross a
stage boundary.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


def stable_id(*parts: object, length: int = 16) -> str:
    """Content-hash id from natural keys, so re-running a stage upserts instead of duplicating."""
    raw = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:length]


@dataclass
class Line:
    """One visual line of a paper, with the style cues headings are told by.

    `x` is the left edge: PDF points for PDFs, leading spaces for text.
    `space_before` is the vertical gap above the line (PDF points, or blank
    lines for text). `bullet` is True when the reader stripped a list marker
    that carries no number ("-", "•"); numbered markers stay in `text`.
    `same_row` is True when a PDF drew the line on the same row as the line before it, to its
    right: a table's cells reach the text one line each, and this says which belong together.
    """

    text: str
    start: int
    end: int
    page: int = 1
    font_size: float | None = None
    bold: bool = False
    x: float = 0.0
    space_before: float = 0.0
    bullet: bool = False
    same_row: bool = False


@dataclass
class Document:
    """A paper after reading: normalised text, its lines, and metadata."""

    id: str  # sha256 of the file bytes
    path: str
    format: str  # "pdf" | "text" | "html"
    text: str
    lines: list[Line] = field(default_factory=list)
    pages: int | None = None
    title: str | None = None
    authority: str | None = None
    committee: str | None = None
    meeting_date: str | None = None  # ISO date
    author: str | None = None
    period: str | None = None  # e.g. "2017-18" or "2019-05/2020-03"
    reader: str | None = None  # backend that produced it, for provenance
    kind: str | None = None  # report | minutes | agenda | appendix, when known

    def quote(self, start: int, end: int) -> str:
        return self.text[start:end]


@dataclass
class Section:
    """A node of a paper's section tree.

    `role` is structural: "heading" (a titled section), "paragraph" (a numbered
    paragraph such as 4.10.3), "item" (a list item such as (iv) or a bullet),
    "body" (unnumbered text under a heading). `kind` is what the section is
    about: achievements, priorities, challenges, background, recommendations,
    other. `start`/`end` cover the whole subtree; `own_end` ends the section's
    own text, before its first child.
    """

    id: str
    document_id: str
    path: str  # the paper's own numbering: "4", "2.2", "4.10.3", "3.4(iv)", "2.2-3"
    title: str | None
    level: int
    role: str
    start: int
    end: int
    own_end: int
    kind: str = "other"
    period: str | None = None
    page: int | None = None
    parent_id: str | None = None

    def own_text(self, text: str) -> str:
        return text[self.start : self.own_end]


@dataclass
class Specificity:
    """SMART facets of a promise, so a verdict can say a promise was too vague to judge."""

    deliverable: bool = False
    measurable: bool = False
    deadline: bool = False
    owner: bool = False

    @property
    def score(self) -> int:
        return sum((self.deliverable, self.measurable, self.deadline, self.owner))


@dataclass
class Statement:
    """A priority, commitment, achievement, challenge or decision, with its exact span."""

    id: str
    document_id: str
    section_id: str | None
    section_path: str | None
    kind: str  # priority | commitment | achievement | challenge | decision
    text: str
    start: int
    end: int
    period: str | None = None
    deadline: str | None = None  # ISO date (or year-month) the promise is due
    actor: str | None = None
    confidence: float = 1.0
    method: str = "rule"  # rule/model name and version that made it
    specificity: Specificity | None = None


@dataclass
class Entity:
    """A canonical named service, programme, board, organisation... across documents."""

    id: str
    name: str
    label: str
    aliases: list[str] = field(default_factory=list)


@dataclass
class Mention:
    id: str
    document_id: str
    section_id: str | None
    statement_id: str | None
    text: str
    label: str
    start: int
    end: int
    entity: str | None = None  # canonical name; entity_id is resolved at store time
    entity_id: str | None = None
    method: str = "rule"


@dataclass
class Claim:
    """A numeric claim: value, unit, what it measures, as of when, against what."""

    id: str
    document_id: str
    section_id: str | None
    statement_id: str | None
    text: str
    start: int
    end: int
    value: float | None
    unit: str | None  # GBP % pp count days weeks months per_1000 per_10000 per_100000 ratio
    metric: str | None = None
    indicator: str | None = None
    as_of: str | None = None
    period: str | None = None
    comparator: str | None = None  # national statistical_neighbours regional target previous
    comparator_value: float | None = None
    from_value: float | None = None
    to_value: float | None = None
    direction: str | None = None  # up | down | flat
    method: str = "rule"


@dataclass
class Inspection:
    id: str
    document_id: str
    section_id: str | None
    inspectorate: str | None
    date: str | None
    judgement: str
    text: str
    start: int
    end: int
    method: str = "rule"


@dataclass
class Extraction:
    """Everything one paper yields; the unit a worker returns and the store writes."""

    document: Document
    sections: list[Section] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    inspections: list[Inspection] = field(default_factory=list)


@dataclass
class EvidenceLink:
    promise_id: str
    target_id: str
    target_kind: str  # statement | claim | inspection | section
    relation: str  # supports | progresses | contradicts | repeats | mentions
    score: float
    quote: str
    document_id: str | None = None
    section_path: str | None = None


@dataclass
class Verdict:
    promise_id: str
    status: str  # delivered | in_progress | not_delivered | no_evidence | unmeasurable
    confidence: float
    checked_documents: int
    evidence: list[EvidenceLink] = field(default_factory=list)
    carried_over: bool = False
    first_period: str | None = None
    overdue: bool = False  # its deadline passed before a later paper reported it done (late, or still under way)


def to_dict(record: Any) -> dict[str, Any]:
    return asdict(record)


@dataclass
class TextUnit:
    """A stretch of a paper handed to the NLP pipeline, with the context rules need.

    `start` is the offset of `text` in `Document.text`. `kind`/`period` are the
    section's, inherited from list headers ("Key priorities in 2018-19
    include:"). `header` is the text of the nearest heading or list header.
    `tabular` marks a table of figures or cells: the statistical components
    (tagger, parser, NER) skip it and the rules see one sentence per line.
    `money_scale` is the factor a table's money caption ("All figures in £m")
    gives the bare figures of a unit of figures under it. `row_joins` are the
    offsets in `text` of the line breaks between the cells of one printed row
    (a PDF table reaches the text one cell, or a few, per line). `notes` are
    the footnote lines after the unit whose marks its text carries ("staff* 2,370.3"
    over "*FTE is as per December 2024 data" further down). `paragraph_numbers` are
    the decimal paragraph numbers the whole paper prints ("17.55 Any Member ..."), so
    a unit's "notwithstanding 17.55," reads as a cross-reference, not a figure.
    """

    document_id: str
    section_id: str | None
    section_path: str | None
    role: str
    kind: str
    period: str | None
    start: int
    text: str
    header: str | None = None
    meeting_date: str | None = None
    doc_kind: str | None = None  # report | minutes | agenda ... (Document.kind)
    tabular: bool = False
    money_scale: float | None = None
    row_joins: tuple[int, ...] = ()
    doc_period: str | None = None  # the paper's own period (Document.period): the year of a bare "Q1" column
    doc_title: str | None = None  # the paper's title (Document.title): a one-measure page's measure
    notes: tuple[str, ...] = ()
    paragraph_numbers: tuple[str, ...] = ()


@dataclass
class SeriesPoint:
    """One point of a metric series: an authority's indicator value as of a date, with its source.

    `as_of` is the date or period the figure describes (not the meeting date);
    `sources` counts the papers that quoted the same figure for the same as-of.
    `basis` (money flow indicators only): "plan" for a figure given as budgeted, forecast or required,
    "outturn" for one saved, spent or reported at year end, None when the words do not say.
    """

    authority: str
    indicator: str
    as_of: str
    value: float
    unit: str | None = None
    claim_id: str | None = None
    document_id: str | None = None
    meeting_date: str | None = None
    section_path: str | None = None
    quote: str | None = None
    sources: int = 1
    id: str = ""
    basis: str | None = None
