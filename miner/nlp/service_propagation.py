"""Document-level consistency for `miner_services`: a name found once is found wherever the paper repeats it.

That includes where a PDF line break splits it ("Millmead\nFamily Hub") and the
model or the token patterns miss it. A hub or centre named "<Name> Family Hub" is
also called by its bare name ("feedback on Millmead"), unless the paper uses that
name for a place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from miner.nlp.service_names import COMPANY_ENDINGS, Candidate, next_name_word
from miner.nlp.service_terms import HEAD_LABELS, LOWER_CASE_HEADS, TERMS

_ALIAS_HEADS = tuple(TERMS["alias_heads"])
_MAX_NAMES = 400
# a council named by its area and tier: "Brenchley Borough Council", "ASHDOWN VALE COUNTY COUNCIL" (with its tier:
# a bare "<X> Council" is as often the NER's misreading, "Potential Council", "One Council" in Kent's budget tables)
_COUNCIL_OF_AREA = re.compile(r"((?:[A-Z][\w'’-]+[ \t]+(?:(?:and|&)[ \t]+)?)*?[A-Z][\w'’-]+)[ \t]+"
                              r"(?:(?:Metropolitan[ \t]+)?Borough|County|City|District|Town|Parish)[ \t]+Council")
_COUNCIL_FORUM = frozenset(TERMS["council_forum_words"])
_LOCAL_COUNCIL = re.compile(r"(?:Parish|Town|PARISH|TOWN)[ \t]+(?:Council|COUNCIL)$")
_TIER_WORDS = frozenset({"County", "Borough", "City", "District", "Town", "Parish", "Metropolitan", "Full", "Budget"})
_SHORT_NAME_HEADS = frozenset(TERMS["short_name_heads"])
_SHORT_NAME_NOT_AFTER = frozenset(TERMS["short_name_not_after"])
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")
_SHORT_NAME = re.compile(r"[A-Z][a-z]+(?: (?:and|&|[A-Z][a-z]+))* [A-Z][a-z]+")


def propagated_candidates(text: str, names: dict[str, tuple[str, str | None]]) -> list[Candidate]:
    """Every whole-word use in `text` of a name the document has already yielded."""
    found = []
    for name, (label, entity) in names.items():
        first = name.split(None, 1)[0]
        if first not in text:  # cheap test before the regex
            continue
        # a committee's short name beats a head word's label on it: "Selection and Member Services" after
        # "Selection and Member Services Committee" is the committee, not a service
        priority = 2 if label == "BOARD" and entity and committee_short_name(entity) == name else 1
        for m in _name_pattern(name).finditer(text):
            if priority == 2 and _NAME_GOES_ON.match(text, m.end()):
                continue  # the full name: "Governance and Audit Committee"
            if label == "PLACE" and _place_goes_on(text, m.end()):
                continue  # a longer name: "Northwold Village Hall", "Northwold Sports and Social Club"
            found.append(Candidate(m.start(), m.end(), label, "propagated", priority, entity))
    return found


# "in" or "of" right before a place's name: "the KCC Family Hub sites in Margate", "one of the most deprived areas of
# Margate"
_IN_OR_OF = re.compile(r"(?<![\w'-])(?:in|of)[ \t]+$")


def aliases_off_places(text: str, candidates: list[Candidate], propagated: list[Candidate]) -> list[Candidate]:
    """A hub's bare name is not forced on a use that names the place itself, after "in" or "of" where the NER
    reads a place: "the KCC Family Hub sites in Margate", "the three alternative centres in Margate" after
    "Margate Family Hub" (Kent Family Hub decision report and EqIA 2025), "the most deprived areas of Margate" (its
    consultation report). Elsewhere the alias stands, the NER's place or not: "why is Cliftonville not being
    considered for closure?", "service delivery at Cliftonville" (the Executive Response: the hub)."""
    places = {(c.start, c.end) for c in candidates if c.source == "model" and c.label == "PLACE"}
    return [p for p in propagated if not (p.entity and p.label == "SERVICE" and (p.start, p.end) in places
                                          and _IN_OR_OF.search(text, max(0, p.start - 4), p.start))]


_PLACE_GOES_ON = frozenset(TERMS["place_goes_on_words"])
_PLACE_HEADS = frozenset(TERMS["place_heads"])


def _place_goes_on(text: str, end: int) -> bool:
    """A capitalised kind or head word right after a place makes it the start of a longer name; so does a head word
    after one more capitalised word: "Dundee Carers Centre" (Dundee Integration Joint Board minutes 2021; entities
    round 52) after "Dundee City Council" names the centre, not the place."""
    word = next_name_word(text, end)
    if word is not None and (word in _PLACE_GOES_ON or word.lower() in HEAD_LABELS or word.lower() in _PLACE_HEADS):
        return True
    second = _SECOND_NAME_WORD.match(text, end)
    return second is not None and (second.group(1).lower() in HEAD_LABELS or second.group(1).lower() in _PLACE_HEADS)


# the second capitalised word after a place, on its line (`_place_goes_on`)
_SECOND_NAME_WORD = re.compile(r"[ \t]+[A-Z][\w'’-]*[ \t]+([A-Z][a-z]+)\b")


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
            # and without a lower-case head noun of its kind: "the Market Square Public Realm scheme", then a table's
            # "Market Square Public Realm" row (written for the probe)
            words = name.split()
            if len(words) >= 3 and LOWER_CASE_HEADS.get(words[-1]) == c.label:
                names.setdefault(" ".join(words[:-1]), (c.label, None))
        if c.label == "BOARD" and (short := committee_short_name(name)):
            names.setdefault(short, ("BOARD", name))
        # a company named once with its legal ending is the company without it too: "CGM Ltd - ground maintenance",
        # then "a letter should be sent to CGM", "Tor Stone Ltd", then "the order had been placed with Tor Stone"
        # (Norfolk parish minutes 2016); the paper's own name wins over another reading of the bare name
        words = name.split()
        if c.label == "ORG" and len(words) >= 2 and words[-1].lower().rstrip(".") in COMPANY_ENDINGS \
                and re.fullmatch(r"[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*)*", " ".join(words[:-1])):
            names[" ".join(words[:-1])] = ("ORG", None)
        if c.label == "SERVICE":
            for head in _ALIAS_HEADS:
                bare = name[: -len(head)].strip() if name.endswith(" " + head) else ""
                if re.fullmatch(r"[A-Z][a-z]{3,}", bare) and names.get(bare, ("SERVICE",))[0] == "SERVICE":
                    names.setdefault(bare, ("SERVICE", name))
                    break
    for c in resolved:
        if c.label == "ORG" and c.source in ("rule", "model", "gazetteer") and len(names) < _MAX_NAMES:
            name = " ".join(text[c.start : c.end].split())
            area = council_area(name)
            # a group parish is named after its villages, each a place: "Northwold and Whittington Parish Council"
            # (Norfolk parish minutes 2018)
            areas = re.split(r"[ \t]+(?:and|&)[ \t]+", area) if area and _LOCAL_COUNCIL.search(name) else [area]
            for area in filter(None, areas):
                names.setdefault(area, ("PLACE", None))
    for c in resolved:  # a bare name the paper also uses for a place is not an alias
        if c.label == "PLACE":
            bare = " ".join(text[c.start : c.end].split())
            if names.get(bare, ("", None))[1] is not None:
                names[bare] = ("PLACE", None)


def committee_short_name(name: str) -> str | None:
    """A committee's name without its head word, when it names the committee's function in two capitalised words
    or more: "Governance and Audit" of "Governance and Audit Committee"; not a portfolio's ("Adult Social Care and
    Health" of its Cabinet Committee is the directorate), nor one word ("Planning")."""
    words = name.split()
    if len(words) < 3 or words[-1] not in _SHORT_NAME_HEADS or words[-2] in _SHORT_NAME_NOT_AFTER:
        return None
    short = " ".join(words[:-1])
    return short if _SHORT_NAME.fullmatch(short) else None


def council_area(name: str) -> str | None:
    """The area a council is named after, a place wherever the paper names it bare: "27 Ashdown Vale children were
    placed for adoption" after "ASHDOWN VALE COUNTY COUNCIL" (written for the probe), as the train gold's "Medway"
    beside "Medway Council". Not a forum of people ("Kent Youth County Council"), a body "of" somewhere or a council
    without its tier ("Medway Council": the gazetteer's places are left to it)."""
    if name.isupper():  # a title line: "ASHDOWN VALE COUNTY COUNCIL" -> "Ashdown Vale County Council"
        name = " ".join(w.lower() if w == "AND" else w[:1] + w[1:].lower() for w in name.split())
    m = _COUNCIL_OF_AREA.fullmatch(name)
    words = m.group(1).split() if m else []
    if not words or any(w.lower() in _COUNCIL_FORUM or w in _TIER_WORDS or w.lower() in HEAD_LABELS
                        or w.endswith(("'s", "’s", "Services")) for w in words):
        return None
    area = " ".join(words)
    # a place the gazetteer knows is found by it, with its own rules on where it is no place ("Kent.gov.uk")
    return None if area in _gazetteer_places() else area


@lru_cache(maxsize=1)
def _gazetteer_places() -> frozenset[str]:
    from miner.nlp.service_ruler import load_patterns

    return frozenset(p["pattern"] for p in load_patterns() if p["label"] == "PLACE" and isinstance(p["pattern"], str))


@lru_cache(maxsize=4096)
def _name_pattern(name: str) -> re.Pattern[str]:
    body = r"\s+".join(re.escape(part) for part in name.split())
    return re.compile(rf"(?<![\w'-]){body}(?![\w-])")
