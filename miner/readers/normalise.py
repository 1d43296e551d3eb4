"""One normalisation for every reader, so offsets mean the same thing whatever the input.

Applied per visual line, before lines are joined into `Document.text`; the
text is built once from normalised lines and every span points into it.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalise_line", "join_hyphenated"]

# Ligatures the PDF producers we see emit; NFC leaves them alone (NFKC would
# also fold ½ and ² into "1/2" and "2", which changes numbers).
_LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
# Hyphen look-alikes to ASCII "-"; en/em dashes are kept ("May 2019 – March 2020").
_HYPHENS = {"\u2010": "-", "\u2011": "-", "\u2212": "-", "\u2043": "-", "\ufe63": "-", "\uff0d": "-"}
_QUOTES = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
}
_DROP = {"\u00ad": "", "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": ""}
_TABLE = str.maketrans({**_LIGATURES, **_HYPHENS, **_QUOTES, **_DROP})
# Any Unicode space separator (NBSP, thin, figure, ideographic...) and tabs.
_SOFT_HYPHEN_AT_END = re.compile(r"\u00ad\s*$")
_SPACES = re.compile(r"[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# Private-use and control characters some PDFs leak (bullets in symbol fonts, \x0c...).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd]")


def normalise_line(text: str) -> str:
    """NFC, ligatures expanded, hyphens and quotes straightened, spaces collapsed, stripped.

    A soft hyphen becomes "-" only at the end of a line, where it marks a word
    broken across lines (then `join_hyphenated` mends it); inside a line it is an
    invisible break point ("safe\\u00adguarding") and is dropped.
    """
    text = _SOFT_HYPHEN_AT_END.sub("-", text)
    text = unicodedata.normalize("NFC", text).translate(_TABLE)
    text = _CONTROL.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])-$")


def join_hyphenated(line: str, next_line: str) -> str | None:
    """Return the joined word-broken pair ("safe-" + "guarding"), or None to keep them apart.

    Only letter + hyphen at the end and a lowercase letter next: "18-" + "25",
    "Kent-" + "Medway", URLs and "-" bullets stay as they are.
    """
    last_word = line.rsplit(" ", 1)[-1]
    if "/" in last_word or "@" in last_word or "www." in last_word:
        return None  # a URL or address broken at a hyphen keeps it
    if _HYPHEN_BREAK.search(line) and next_line[:1].islower():
        return line[:-1] + next_line
    return None
