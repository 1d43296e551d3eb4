"""Component `miner_statements`: priorities, commitments, achievements, challenges, decisions.

First pass: a list item or numbered paragraph under a section whose kind is
priorities/achievements/challenges becomes a statement of that kind, with the
section's period.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from miner.model import Statement, TextUnit, stable_id

GROUP = "miner_statements"
KIND_OF_SECTION = {"priorities": "priority", "achievements": "achievement", "challenges": "challenge"}
METHOD = "rule:list-inherit@1"


@Language.factory("miner_statements", assigns=["doc.spans"])
def make_statement_classifier(nlp: Language, name: str) -> "StatementFinder":
    return StatementFinder()


class StatementFinder:
    def __call__(self, doc: Doc) -> Doc:
        spans = []
        unit: TextUnit | None = doc._.miner_unit
        kind = KIND_OF_SECTION.get(unit.kind) if unit else None
        if unit and kind and unit.role in ("item", "paragraph"):
            span = doc.char_span(0, len(doc.text.rstrip()), alignment_mode="expand")
            if span is not None:
                start, end = unit.start, unit.start + span.end_char
                span._.miner_record = Statement(
                    id=stable_id(unit.document_id, "statement", start, end),
                    document_id=unit.document_id,
                    section_id=unit.section_id,
                    section_path=unit.section_path,
                    kind=kind,
                    text=span.text,
                    start=start,
                    end=end,
                    period=unit.period,
                    method=METHOD,
                )
                spans.append(span)
        doc.spans[GROUP] = spans
        return doc
