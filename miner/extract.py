"""Drive the NLP pipeline over a paper's sections and gather the records.

Each miner component writes its results into a span group of the same name
(`doc.spans["miner_claims"]`...), with the finished record, carrying absolute
offsets, on `span._.miner_record`. This module makes the text units, runs
`nlp.pipe` once over them, collects the records and links mentions and claims
to the statement that contains them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from miner.canonical import complete_paper_mentions
from miner.nlp import record_of
from miner.nlp.claim_as_of import footnotes
from miner.nlp.numbers import money_scale_captions
from miner.model import (
    Claim,
    Document,
    Extraction,
    Inspection,
    Mention,
    Section,
    Statement,
    TextUnit,
)
from miner.tabular import is_tabular


SPAN_GROUPS = {
    "miner_statements": (Statement, "statements"),
    "miner_mentions": (Mention, "mentions"),
    "miner_claims": (Claim, "claims"),
    "miner_inspections": (Inspection, "inspections"),
}


# A decimal paragraph number opening a line before its text: "17.55 Any Member of the Council ...".
_PARAGRAPH_NUMBER = re.compile(r"(?m)^[ \t]*(\d{1,2}\.\d{1,3})\.?[ \t]+[A-Z(]")


def text_units(document: Document, sections: list[Section]) -> list[TextUnit]:
    """One unit per section's own text (heading line and body up to its first child)."""
    by_id = {s.id: s for s in sections}
    joins = [ln.start - 1 for ln in document.lines if ln.same_row and ln.start > 0 and document.text[ln.start - 1] == "\n"]
    paragraphs = tuple(sorted(set(_PARAGRAPH_NUMBER.findall(document.text))))
    units = []
    for section in sections:
        text = document.text[section.start : section.own_end]
        if not text.strip():
            continue
        parent = by_id.get(section.parent_id) if section.parent_id else None
        header = parent.title if parent else None
        units.append(
            TextUnit(
                document_id=document.id,
                section_id=section.id,
                section_path=section.path,
                role=section.role,
                kind=section.kind,
                period=section.period,
                start=section.start,
                text=text,
                header=header,
                meeting_date=document.meeting_date,
                doc_kind=document.kind,
                doc_period=document.period,
                doc_title=document.title,
                notes=footnotes(text, document.text[section.own_end : section.own_end + 4000]),
                paragraph_numbers=paragraphs,
                tabular=is_tabular(text),
                row_joins=tuple(j - section.start for j in joins[bisect_left(joins, section.start) :
                                                                  bisect_left(joins, section.own_end)]),
            )
        )
    _scale_money_tables(units)
    return units


_FIGURE = re.compile(r"\d")
# A note inside a table, not prose ending it: a footnote mark, "Note:", or a sentence read on from its mark
# ("the prior year savings rolled forward ... will be updated as part of the outturn report" under a "*" row)
_TABLE_NOTE = re.compile(r"(?:[*†‡]|Notes?\b\s*[:.\d]|[a-z])")


def _scale_money_tables(units: list[TextUnit]) -> None:
    """Carry a money caption ("All figures in £m", a "£000s" column head) to the figures under it.

    PDF tables reach us as runs of short units (row labels, rows of figures), so
    the caption is rarely in the unit whose figures it scales. It holds until a
    paragraph of prose (25 words or more) ends the table: PDF row labels often
    come out as headings, so headings do not, and nor does a table's footnote.
    """
    scale: float | None = None
    for unit in sorted(units, key=lambda u: u.start):
        words = unit.text.split()
        captioned = money_caption_scale(unit.text)
        if captioned is not None:
            scale = captioned
        elif not unit.tabular and len(words) >= 25 and not _TABLE_NOTE.match(unit.text.lstrip()):
            scale = None
        figures = sum(1 for w in words if _FIGURE.search(w))
        if scale is not None and figures and (unit.tabular or len(words) < 8 or figures >= 0.3 * len(words)):
            unit.money_scale = scale  # a row of figures, or a row label with its figure


def money_caption_scale(text: str) -> float | None:
    """The factor of the last money caption in `text` (patterns/units.json), else None."""
    found = None
    for pattern, multipliers in money_scale_captions():
        for m in pattern.finditer(text):
            if found is None or m.start() >= found[0]:
                found = (m.start(), multipliers(m.group("mult")))
    return found[1] if found else None


def extract(document: Document, sections: list[Section], nlp=None) -> Extraction:
    """Everything extracted from one sectioned paper."""
    from miner.nlp.pipeline import lines_as_sentences, load_pipeline, pipe_units

    nlp = nlp or load_pipeline()
    result = Extraction(document=document, sections=sections)
    units = text_units(document, sections)
    docs = []
    for unit in units:
        doc = nlp.make_doc(unit.text)
        doc._.miner_unit = unit
        if unit.tabular:
            lines_as_sentences(doc)
        docs.append(doc)
    for doc in pipe_units(nlp, docs, batch_size=64):
        for group, (record_type, attr) in SPAN_GROUPS.items():
            for span in doc.spans.get(group, []):
                record = record_of(span, record_type)
                if record is not None:
                    getattr(result, attr).append(record)
    _dedupe(result)
    result.mentions = complete_paper_mentions(result.mentions, document.text, document.authority, sections)
    _link_to_statements(result)
    return result


def _dedupe(result: Extraction) -> None:
    for _type, attr in SPAN_GROUPS.values():
        seen: dict[str, object] = {}
        for record in getattr(result, attr):
            seen.setdefault(record.id, record)
        setattr(result, attr, sorted(seen.values(), key=lambda r: (r.start, r.end)))


def _link_to_statements(result: Extraction) -> None:
    """Point each mention and claim at the narrowest statement that contains it."""
    statements = sorted(result.statements, key=lambda s: (s.start, -s.end))
    records: Iterable[Mention | Claim] = [*result.mentions, *result.claims]
    for record in records:
        best: Statement | None = None
        for st in statements:
            if st.start > record.start:
                break
            if st.start <= record.start and record.end <= st.end:
                if best is None or (st.end - st.start) < (best.end - best.start):
                    best = st
        if best is not None and record.statement_id is None:
            record.statement_id = best.id


__all__ = ["extract", "text_units", "Inspection"]
