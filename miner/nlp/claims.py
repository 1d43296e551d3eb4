"""Placeholder component `miner_claims`: writes records to `doc.spans["miner_claims"]`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("miner_claims", assigns=["doc.spans"])
def make_claim_finder(nlp: Language, name: str) -> "_Component":
    return _Component()


class _Component:
    def __call__(self, doc: Doc) -> Doc:
        doc.spans.setdefault("miner_claims", [])
        return doc
