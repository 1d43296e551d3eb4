"""spaCy components of miner, one module each, plus pattern data in `patterns/`.

Components attach their finished records to spans as `span._.miner_record`.
spaCy keys span extension values by character offsets only, so a statement and
a claim over the same characters would overwrite each other; the extension
defined here keys them by record type too, and `record_of(span, type)` reads one back.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

_KEY = "miner_record"


def _set_record(span: Span, record: Any) -> None:
    span.doc.user_data[(_KEY, type(record).__name__, span.start_char, span.end_char)] = record


def _get_record(span: Span) -> Any:
    for key, record in span.doc.user_data.items():
        if isinstance(key, tuple) and len(key) == 4 and key[0] == _KEY and key[2:] == (span.start_char, span.end_char):
            return record
    return None


def record_of(span: Span, record_type: type) -> Any:
    """The record of `record_type` attached to `span`, if any."""
    return span.doc.user_data.get((_KEY, record_type.__name__, span.start_char, span.end_char))


if not Span.has_extension(_KEY):
    Span.set_extension(_KEY, getter=_get_record, setter=_set_record)
