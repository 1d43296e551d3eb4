"""A unit's text, read from its Doc once.

`Doc.text` joins every token's text again on each access, and the rule components
read it many times a unit (per sentence, per figure). The text of a Doc never
changes (setting entities, sentence starts or retokenising keeps it), so it is kept
in `doc.user_data` with the token count it was read at.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "miner_doc_text"


def text_of(doc: Doc) -> str:
    """`doc.text`, joined once per Doc."""
    cached = doc.user_data.get(_KEY)
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    text = doc.text
    doc.user_data[_KEY] = (len(doc), text)
    return text
