"""Placeholder component `miner_services`: writes records to `doc.spans["miner_mentions"]`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("miner_services", assigns=["doc.spans"])
def make_service_recogniser(nlp: Language, name: str) -> "_Component":
    return _Component()


class _Component:
    def __call__(self, doc: Doc) -> Doc:
        doc.spans.setdefault("miner_mentions", [])
        return doc
