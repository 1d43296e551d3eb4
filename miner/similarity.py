"""Text similarity helpers for the tracker: a crude stemmer, a TF-IDF analyser that knows the
acronyms the papers define, and 0/1 set matrices so set overlaps become sparse products.

No dependency on the tracker's records, so it can be tested and reused alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import numpy as np

_TOKEN = re.compile(r"[a-z][a-z0-9]*(?:['’-][a-z0-9]+)*|\b\d{1,2}[-–]\d{1,2}\b")  # words; age bands "16-19"
_SUFFIXES = ("ations", "ation", "ings", "ing", "ments", "ment", "ies", "ied", "ed", "es", "s")


@lru_cache(maxsize=1)
def _cues() -> dict:
    import json
    from pathlib import Path

    cues = Path(__file__).resolve().parent / "nlp" / "patterns" / "verdict_cues.json"
    return json.loads(cues.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """English stop words and a minuted decision's frame ("RESOLVED that ... agree"; patterns/verdict_cues.json)."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS) | frozenset(_cues()["frame_words"])


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude suffix stripper: "plans" = "plan", "recruiting" = "recruit", "EHCPs" = "ehcp". A noun
    the suffixes cannot bring to its verb ("submission", "completion") is its verb first
    (`word_families` in patterns/verdict_cues.json)."""
    w = re.sub(r"['’]s$", "", word)
    families = _cues()["word_families"]
    w = families.get(w) or (w.endswith("s") and families.get(w[:-1])) or w
    for suf in _SUFFIXES:
        if not w.endswith(suf) or len(w) - len(suf) < 3 or (suf == "s" and w.endswith("ss")):
            continue
        if suf == "es" and not re.search(r"(?:s|x|z|ch|sh)es$", w):
            continue  # "services" -> "service" (by "s"), "processes" -> "process"
        w = w[: -len(suf)] + ("y" if suf in ("ies", "ied") else "")
        break
    # a final silent e goes too, so "improve", "improving" and "improvement" meet at "improv"
    return w[:-1] if len(w) > 4 and w.endswith("e") and not w.endswith("ee") else w


def _spellings(token: str) -> list[str]:
    """A hyphenated word as one word ("well-being" meets "wellbeing", "co-ordinate" "coordinate"), and
    as its content part where the other part is a stop word ("in-house" meets "in house"). Two content
    parts ("medium-term") stay one word: counted three times, a shared compound linked a vague promise
    to a mere mention on Kent's tune half."""
    if "-" not in token or token[0].isdigit():
        return [token]
    parts = token.split("-")
    stop = stop_words()
    if any(p in stop for p in parts):
        return ["".join(parts)] + [p for p in parts if p not in stop and not p.isdigit()]
    return ["".join(parts)]


def analyse(text: str, bigrams: bool = True, acronyms: dict[str, list[str]] | None = None) -> list[str]:
    """Stemmed content words (and adjacent pairs) for TF-IDF: rewording keeps the stems. An acronym
    the papers define also stands for the words of its definition ("EHCPs" = "education health care plan")."""
    stop = stop_words()
    words = [stem(w) for t in _TOKEN.findall(text.lower()) for w in _spellings(t) if w not in stop and len(w) > 1]
    out = words + [f"{a} {b}" for a, b in zip(words, words[1:])] if bigrams else list(words)
    if acronyms:
        out += [x for w in words for x in acronyms.get(w, ())]
    return out


_DEFINED = re.compile(r"((?:[A-Z][\w'’-]*,?\s+(?:(?:and|of|for|&|the|in|to)\s+)?){2,7})\(([A-Z][A-Za-z]{1,7}?)s?\)")


def acronyms_of(texts: Iterable[str]) -> dict[str, list[str]]:
    """Acronyms defined in the papers ("Education, Health and Care Plans (EHCPs)"): stemmed acronym ->
    stemmed words of its definition, when the initials of the capitalised words spell it."""
    out: dict[str, list[str]] = {}
    for text in texts:
        for m in _DEFINED.finditer(text):
            caps = re.findall(r"[A-Z][\w'’-]*", m.group(1))
            acr = m.group(2)
            for k in range(len(caps) - 1, -1, -1):  # the shortest tail of capitalised words that spells it
                if "".join(w[0] for w in caps[k:]).upper() == acr.upper():
                    out.setdefault(stem(acr.lower()), analyse(" ".join(caps[k:]), bigrams=False))
                    break
    return out


def binary_matrices(rows: list[set[str]], cols: list[set[str]]):
    """Sparse 0/1 matrices over a shared vocabulary, so set overlaps become one matrix product."""
    from scipy.sparse import csr_matrix

    vocab: dict[str, int] = {}
    def build(sets):
        indptr, indices = [0], []
        for st in sets:
            indices += [vocab.setdefault(x, len(vocab)) for x in sorted(st)]
            indptr.append(len(indices))
        return indptr, indices
    r, c = build(rows), build(cols)
    def mat(ic, n):
        return csr_matrix((np.ones(len(ic[1])), ic[1], ic[0]), shape=(n, max(1, len(vocab))))
    return mat(r, len(rows)), mat(c, len(cols))


