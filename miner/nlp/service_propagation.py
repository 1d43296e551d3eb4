"""Document-level consistency for `miner_services`: a name found once is found wherever the paper repeats it.

That includes where a PDF line break splits it ("Millmead\nFamily Hub") and the
model or the token patterns miss it. A hub or centre named "<Name> Family Hub" is
also called by its bare name ("feedback on Millmead"), unless the paper uses that
name for a place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from miner.nlp.service_names import Candidate
from miner.nlp.service_terms import TERMS

_ALIAS_HEADS = tuple(TERMS["alias_heads"])
_MAX_NAMES = 400


def propagated_candidates(text: str, names: dict[str, tuple[str, str | None]]) -> list[Candidate]:
    """Every whole-word use in `text` of a name the document has already yielded."""
    found = []
    for name, (label, entity) in names.items():
        first = name.split(None, 1)[0]
        if first not in text:  # cheap test before the regex
            continue
        for m in _name_pattern(name).finditer(text):
            found.append(Candidate(m.start(), m.end(), label, "propagated", 1, entity))
    return found


def remember_names(text: str, resolved: list[Candidate], names: dict[str, tuple[str, str | None]]) -> None:
    """Add a unit's resolved names (and the bare names of its hubs and centres) to the document's table."""
    for c in resolved:
        if c.source not in ("rule", "model", "gazetteer") or c.label == "PERSON" or len(names) >= _MAX_NAMES:
            continue
        name = " ".join(text[c.start : c.end].split())
        if len(name) < 3 or not name[:1].isupper():
            continue
        if " " in name:  # one word ("RAG", "Reading") is too ambiguous to force on every use
            names.setdefault(name, (c.label, None))
        if c.label == "SERVICE":
            for head in _ALIAS_HEADS:
                bare = name[: -len(head)].strip() if name.endswith(" " + head) else ""
                if re.fullmatch(r"[A-Z][a-z]{3,}", bare) and names.get(bare, ("SERVICE",))[0] == "SERVICE":
                    names.setdefault(bare, ("SERVICE", name))
                    break
    for c in resolved:  # a bare name the paper also uses for a place is not an alias
        if c.label == "PLACE":
            bare = " ".join(text[c.start : c.end].split())
            if names.get(bare, ("", None))[1] is not None:
                names[bare] = ("PLACE", None)


@lru_cache(maxsize=4096)
def _name_pattern(name: str) -> re.Pattern[str]:
    body = r"\s+".join(re.escape(part) for part in name.split())
    return re.compile(rf"(?<![\w'-]){body}(?![\w-])")
