"""Placeholder component `miner_inspections`: writes records to `doc.spans["miner_inspections"]`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("miner_inspections", assigns=["doc.spans"])
def make_inspection_finder(nlp: Language, name: str) -> "_Component":
    return _Component()


class _Component:
    def __call__(self, doc: Doc) -> Doc:
        doc.spans.setdefault("miner_inspections", [])
        return doc
