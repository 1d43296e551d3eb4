"""Canonicalise mentions across documents into `Entity` records.

Papers name one body many ways: "Young Persons' Wellbeing Service",
"Medway Young Person's Wellbeing Service", "MYPWS". A mention whose
`entity` was set from an acronym definition resolves to that expansion;
the rest merge when their normalised names are equal, differ only by a
place prefix ("Medway Youth Offending Team" = "Youth Offending Team") or
by spelling (rapidfuzz ratio >= 92, e.g. "Safeguarding Children's Board" =
"Safeguarding Children Board"). Names with a different head word never
merge: "Youth Offending Team" is not "Youth Service".

Acronyms and short names are local. Given the authority of each paper, a name
joins a body of another authority only under the same name or a spelling of it:
a bare "CCG" or "Clinical Commissioning Group" in a Somerset paper is not
Medway's "Medway Clinical Commissioning Group (CCG)", though in a later Medway
paper it is. Within one authority, and wherever authorities are unknown, the
merges above apply as they are, and a name shortened to the initials of its last
words joins the full name ("Medway CCG" = "Medway Clinical Commissioning Group").

A council's own service, board, plan or member never joins another council's under the same
name (Medway's and Walsall's "Early Help" are two bodies); places, inspectorates, named councils
and the gazetteer's national bodies, programmes and systems are one body everywhere.

People are matched by title, initials and surname within a paper or authority: minutes list
"Mr R W Gough" among those present and write "Mr Gough" after; a bare surname that could be
two members joins neither, and "Mr" never joins "Mrs".

Within one council a body is also one under its kind word or without it ("Safety Valve" =
"Safety Valve Programme", "GET directorate" = "GET"), under kind words the council uses for one
another ("Fostering Service" = "Fostering Team") and with or without spaces ("SureStart"); the
kind words are data (`service_terms.json`). A committee's topic makes another committee ("Health
Overview and Scrutiny Committee" is not the "Scrutiny Committee"), and a bare "County Council" is
the paper's own council.

Entity ids are `stable_id(label, normalised name)`, with the authority added for a council's
own body, so re-runs and other documents land on the same entity. The order papers are stored in
does not change the rows: every name of a body is matched, a stored body whose every name a later
paper's body holds (an acronym used before any paper defined it) folds into it, and a body is named
by its longest full name and keyed by that name (`canonicalise(..., merged=)` tells the store which
stored ids to re-point).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz

from miner.model import Entity, Mention, Section, stable_id

__all__ = ["normalise_name", "canonicalise", "same_entity", "same_person", "entity_id", "backfill_acronyms",
           "bare_acronym_use", "earlier_acronym_uses", "resolve_own_council", "variant_keys"]

FUZZY_THRESHOLD = 92
MAX_PREFIX_WORDS = 2
_POSSESSIVE = re.compile(r"(\w)(?:'s|s'|')(?=\s|$)")
_NON_WORD = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")
# Words an acronym may leave out: "NHS Kent and Medway ICB" = "... Integrated Care Board",
# "DfE" = "Department for Education".
_MINOR_WORDS = frozenset({"and", "of", "for", "the", "in", "on", "to"})
# Standard expansions of acronyms papers use without defining them (`service_terms.json`).
_TERMS = json.loads((Path(__file__).parent / "nlp" / "patterns" / "service_terms.json").read_text(encoding="utf-8"))
KNOWN_ACRONYMS: dict[str, str] = _TERMS["known_acronyms"]
# Leading words that make another body: "Deputy Chief Executive's Department" is not the "Chief Executive's".
RANK_PREFIXES = frozenset(_TERMS["rank_prefixes"])
# Kind words one council writes or leaves off a body's name, and kind words it writes for one another:
# "Safety Valve" = "Safety Valve Programme", "Fostering Service" = "Fostering Team".
DROPPABLE_HEADS = frozenset(_TERMS["droppable_heads"])
# Head words of committees, boards and panels: "Scrutiny Committee" takes a place before it, never a topic.
_BOARD_HEADS = frozenset(w for w, label in _TERMS["head_labels"].items() if label == "BOARD")
INTERCHANGEABLE_HEADS = {w: group[0] for group in _TERMS["interchangeable_heads"] for w in group}
# "Northbridge Council" = "Northbridge Borough Council": a council is named with or without its tier
_COUNCIL_TIERS = frozenset(_TERMS["council_tiers"])
# "NHS Northbridge Integrated Care Board" is also "Northbridge ICB"
_NAME_PREFIXES = frozenset(_TERMS["name_prefixes"])
# "NHS Kent and Medway" is also the "Kent and Medway Integrated Care Board"
_NHS_AREA_HEADS = tuple(h.split() for h in _TERMS["nhs_area_body_heads"])
_PLACE_LEADING = re.compile(r"^(?:%s) " % "|".join(map(re.escape, _TERMS["place_leading_words"])))
# Names one national body has had ("DLUHC" was "MHCLG" before and after): a shared variant key joins them.
_RENAMED_KEY = "|renamed{}"


@lru_cache(maxsize=1 << 16)
def normalise_name(name: str) -> str:
    """Lower case, possessives and punctuation dropped, "&" → "and", leading "the" dropped."""
    text = name.replace("’", "'").replace("&", " and ").replace("-", " ")
    text = _POSSESSIVE.sub(r"\1", text)
    text = _NON_WORD.sub(" ", text.lower())
    text = re.sub(r"\bhis majesty|\bher majesty", "hm", text)
    words = _SPACES.sub(" ", text).strip().split(" ")
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    # Plurals ("Services", "Hubs", "Children and Families hubs") name the same body as the singular.
    return " ".join(_singular(w) for w in words)


def _singular(word: str) -> str:
    if len(word) <= 3 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]


@lru_cache(maxsize=1 << 16)
def variant_keys(name: str) -> frozenset[str]:
    """Keys two names of one body share when written with and without spaces or hyphens ("Sure Start",
    "SureStart"), with and without a kind word ("Safety Valve Programme", "Safety Valve"; "GET directorate",
    "GET"), or with kind words a council uses for one another ("Fostering Service", "Fostering Team").
    Only for names of one paper or council: across councils these are other bodies."""
    words = normalise_name(name).split()
    keys = {"".join(words)}
    if len(words) >= 2 and words[-1] in DROPPABLE_HEADS | INTERCHANGEABLE_HEADS.keys():
        rest = "".join(words[:-1])
        first = name.split()[0].strip(".,'’()")
        if len(words) >= 3 or _is_acronym(first) and first.isalnum():  # "Safety Valve", "GET"; not "Fostering"
            if words[-1] in DROPPABLE_HEADS:
                keys.add(rest)
        if words[-1] in INTERCHANGEABLE_HEADS:
            keys.add(f"{rest}|{INTERCHANGEABLE_HEADS[words[-1]]}")
    if (area := _nhs_area(words)) is not None:
        keys.add(f"{area}|nhs")
    if (renamed := _renamed_bodies().get(" ".join(words))) is not None:
        keys.add(renamed)
    # (a district's or borough's council, not a county's: "Northwold County Council" and "Northwold Borough Council",
    # written for the probe, are two councils of one area, and "Northwold Council" is the borough's)
    if len(words) >= 3 and words[-1] == "council" and words[-2] in _COUNCIL_TIERS and words[-2] != "county":
        place = words[:-3] if words[-2] == "borough" and words[-3] == "metropolitan" else words[:-2]
        if place:
            keys.add("".join(place) + "council")
    return frozenset(keys)


@lru_cache(maxsize=1)
def _renamed_bodies() -> dict[str, str]:
    """Normalised name -> the key of the national body it is one name of (`service_terms.json` renamed_bodies)."""
    return {normalise_name(n): _RENAMED_KEY.format(i)
            for i, group in enumerate(_TERMS["renamed_bodies"]) for n in group}


def _nhs_area(words: list[str]) -> str | None:
    """The area of an NHS body named after it: "NHS Kent and Medway", "Kent and Medway Integrated Care Board",
    "NHS Kent and Medway ICB" -> "kentandmedway"; None for any other name (no bare "ICB")."""
    for head in _NHS_AREA_HEADS:
        if len(words) > len(head) and words[-len(head):] == head:
            area = words[1 : -len(head)] if words[0] == "nhs" else words[: -len(head)]
            return "".join(area) or None
    if (len(words) >= 2 and words[0] == "nhs" and all(w.isalpha() for w in words[1:])
            and words[-1] not in _TERMS["head_labels"]):  # not "NHS Foundation Trust"
        return "".join(words[1:])
    return None


def entity_id(label: str, name: str, authority: str | None = None) -> str:
    """Stable id of a body: label and normalised name, plus the authority for a council's own body
    (Medway's and Walsall's "Early Help" are two rows)."""
    key = _name_key(label, name)
    return stable_id(label, key, authority) if authority else stable_id(label, key)


def _name_key(label: str, name: str) -> str:
    """The name as compared: a person's surname keeps its final s ("Mr Hills" is not "Mr Hill"); a place
    drops the words it is also named without ("Isle of Sheppey" is "Sheppey")."""
    if label == "PERSON":
        return " ".join(_person_words(name))
    key = normalise_name(name)
    return _PLACE_LEADING.sub("", key) or key if label == "PLACE" else key


def same_entity(a: str, b: str) -> bool:
    """Two names of one body: equal, place-prefixed, or a spelling variant with the same head."""
    na, nb = normalise_name(a), normalise_name(b)
    if na == nb:
        return True
    if na in _national_names() and nb in _national_names():
        # two national bodies or schemes the gazetteer lists apart are two: "Boundary Commission for England" is not
        # the "Local Government Boundary Commission for England", nor "Better Care Fund" the "Improved Better Care
        # Fund" (one body's other names are `renamed_bodies`)
        return False
    wa, wb = na.split(), nb.split()
    if not wa or not wb or wa[-1] != wb[-1]:
        return False
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    # a longer tail tolerates a longer prefix: "Children's Social Care Quarterly Performance Review
    # Meetings" = "Quarterly Performance Review Meetings"
    prefix_limit = MAX_PREFIX_WORDS + (len(short) >= 3)
    if len(short) >= 2 and long_[-len(short) :] == short and len(long_) - len(short) <= prefix_limit:
        prefix = long_[: -len(short)]
        if prefix[-1] in ("and", "or"):
            return False  # two bodies named together: "Millmead and Seashells Family Hubs"
        if _plural_head(a if short is wa else b) and not _plural_head(b if short is wa else a):
            return False  # a set and one of its members: "Family Hubs" is not "Seashells Family Hub"
        if {"of", "for"} & set(prefix) and _PLACE_LEADING.sub("", " ".join(prefix) + " "):
            return False  # a body of the other: "Office of the Police and Crime Commissioner" (not "Isle of Sheppey")
        if len(short) == 2 and short[-1] in _BOARD_HEADS and " ".join(prefix) not in _place_names():
            return False  # a committee's topic makes another committee: "Health Overview and Scrutiny Committee"
        # a council is named by its place: "Bedfordshire County Council" is not any "County Council"
        return not RANK_PREFIXES & set(prefix) and not _COUNCIL_SUFFIX.fullmatch(" " + " ".join(short))
    if len(short) >= 2 and abs(len(wa) - len(wb)) <= 1:
        return fuzz.ratio(na, nb) >= FUZZY_THRESHOLD
    return False


def _plural_head(name: str) -> bool:
    """The name's last word is a plural ("Family Hubs", "Children's Centres"): it names a set of sites or
    teams, so a place- or site-prefixed singular ("Seashells Family Hub") is one of them, not the same body."""
    words = name.split()
    last = words[-1].strip(".,'’()").lower() if words else ""
    return _singular(last) != last


@dataclass(eq=False)  # compared by identity: equal fields would still be two bodies
class _Cluster:
    label: str
    name: str
    aliases: set[str] = field(default_factory=set)
    known_id: str | None = None
    documents: set[str] = field(default_factory=set)
    authorities: set[str] = field(default_factory=set)

    def to_entity(self, keep_id: bool = True) -> Entity:
        own = None if _shared(self.label, self.name) or len(self.authorities) != 1 else next(iter(self.authorities))
        eid = (keep_id and self.known_id) or entity_id(self.label, self.name, own)
        return Entity(id=eid, name=self.name, label=self.label, aliases=sorted(self.aliases - {self.name}))


def backfill_acronyms(mentions: list[Mention]) -> list[Mention]:
    """Give acronym uses *before* their definition the expansion found later in the same paper.

    The component reads a paper in order, so "MSCB" in the opening list is
    unresolved until "Medway Safeguarding Children Board (MSCB)" in section 8, and
    a standard acronym ("ICB") carries the standard expansion until the paper
    defines its own.
    """
    expansions: dict[tuple[str, str], str] = {}
    defined: dict[tuple[str, str], str] = {}  # by the paper's own definitions
    for m in mentions:
        if m.entity and m.text.replace(" ", "").isalnum() and m.text != m.entity:
            expansions.setdefault((m.document_id, m.text), m.entity)
            if _from_definition(m):
                defined.setdefault((m.document_id, m.text), m.entity)
    for m in mentions:
        key = (m.document_id, m.text)
        if not m.entity and key in expansions:
            m.entity = defined.get(key, expansions[key])
        elif key in defined and not _from_definition(m) and m.entity == KNOWN_ACRONYMS.get(m.text) and (
                _shares_a_word(m.entity, defined[key])):
            # "the ICB Director of Place" before "NHS Coastal and Downs Integrated Care Board (ICB)" (written
            # for the probe): the standard "Integrated Care Board" until the paper says which one; not a
            # definition of another sense, or a table's run of cells that spells it ("Drawdowns from reserves
            # External Valve (DfE)", Kent budget amendments 2025)
            m.entity = defined[key]
    return mentions


@lru_cache(maxsize=1024)
def bare_acronym_use(short: str) -> re.Pattern[str]:
    """A bare use of an acronym: "YOT" but not "YOTs" or "pre-YOT", nor a paper's code opening with it ("MPC(21)M04",
    Melton (Suffolk) parish minutes 2021, is no use of the council's initials; entities round 65)."""
    return re.compile(rf"(?<![\w-]){re.escape(short)}(?![\w-]|[(/]\d)")


def earlier_acronym_uses(mentions: list[Mention], text: str, sections: Iterable[Section] = ()) -> list[Mention]:
    """`mentions` with a mention for each bare use of an acronym before the paper defines it, where nothing else
    found a name: "the Ofsted ILACS inspections" before "the Ofsted Inspection of Local Authority Children's Services
    (ILACS)" (Cheshire East children's committee 2022), "-£0.8m of RAAC funding from the DfE." before "the Department
    for Education (DfE)" (Kent finance monitoring report 2024-25). A paper's definition holds for the whole paper;
    `backfill_acronyms` can name only the uses something already found. Acronyms of three letters or more only (a
    two-letter one means too many things: "PC" is a parish council and a police constable). With `sections` (as
    `extract` reads them), only uses inside a section's own text, which take its id."""
    first: dict[tuple[str, str], Mention] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if (_from_definition(m) and m.entity and m.text != m.entity and _is_acronym(m.text)
                and sum(c.isalpha() for c in m.text) >= 3):
            first.setdefault((m.document_id, m.text), m)
    if not first:
        return mentions
    taken = bytearray(len(text) + 1)
    for m in mentions:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    own = sorted((s.start, s.own_end, s.id) for s in sections)
    added = []
    for (document_id, short), defined in first.items():
        for use in bare_acronym_use(short).finditer(text, 0, defined.start):
            if any(taken[use.start() : use.end()]):
                continue
            section_id = None
            if own:
                section_id = next((sid for start, end, sid in own if start <= use.start() and use.end() <= end), None)
                if section_id is None:
                    continue
            taken[use.start() : use.end()] = b"\x01" * len(short)
            added.append(Mention(id=stable_id(document_id, use.start(), use.end(), defined.label),
                                 document_id=document_id, section_id=section_id, statement_id=None, text=short,
                                 label=defined.label, start=use.start(), end=use.end(), entity=defined.entity,
                                 method=defined.method))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions


def _shares_a_word(a: str, b: str) -> bool:
    """Two expansions of one acronym with a content word in common."""
    return bool(_content_words(a) & _content_words(b))


def _content_words(name: str) -> set[str]:
    return {w for w in normalise_name(name).split() if w not in {"and", "of", "for", "the"}}


def _from_definition(mention: Mention) -> bool:
    """A mention the paper's bracketed definitions resolved (not the gazetteer's standard expansion)."""
    return (mention.method or "").startswith("acronym:")


def _target_name(mention: Mention, authority: str | None = None) -> str:
    if mention.entity:
        name = mention.entity
    else:
        name = KNOWN_ACRONYMS.get(mention.text, mention.text)
    return _own_council(name, authority) or name


def resolve_own_council(mentions: list[Mention], authority: str | None) -> list[Mention]:
    """Name the paper's own council where a mention names it by its kind alone: "the Parish Council", and "PC"
    after "the Parish Council (PC)", in a parish council's minutes are that council, as `canonicalise` stores them,
    so one paper's extraction says so too (the authority comes from the paper's metadata or manifest)."""
    for m in mentions:
        own = _own_council(m.entity or KNOWN_ACRONYMS.get(m.text, m.text), authority)
        if own is not None:
            m.entity = own
    return mentions


def complete_paper_mentions(mentions: list[Mention], text: str, authority: str | None,
                            sections: Iterable[Section] = ()) -> list[Mention]:
    """A paper's mentions as `extract` gives them, in the one order that works: bare uses before a definition found
    (`earlier_acronym_uses`), then named by it (`backfill_acronyms`), then the paper's own council by its kind alone
    (`resolve_own_council`; nothing without an authority). The evaluations call this too, so they score what users get."""
    return resolve_own_council(backfill_acronyms(earlier_acronym_uses(mentions, text, sections)), authority)


def _own_council(name: str, authority: str | None) -> str | None:
    """The paper's own council for a bare "County Council" or "Borough Council" in a paper of that kind of
    council ("County Council" in a Kent County Council paper), not whichever "X County Council" came first."""
    if not authority or len(name.split()) > 3:
        return None
    bare = normalise_name(name)
    if bare != "council" and _COUNCIL_SUFFIX.fullmatch(" " + bare) and normalise_name(authority).endswith(" " + bare):
        return authority
    return None


def canonicalise(
    mentions: list[Mention],
    known: list[Entity] | None = None,
    document_authority: dict[str, str | None] | None = None,
    entity_authorities: dict[str, set[str]] | None = None,
    merged: dict[str, str] | None = None,
) -> tuple[list[Entity], dict[str, str]]:
    """Entities for `mentions` (reusing `known` ones) and mention id → entity id.

    The canonical name of a new entity is its longest full name seen, so
    "Medway Young Person's Wellbeing Service" names the cluster that also
    holds "Young Persons' Wellbeing Service". `document_authority` (document id →
    authority) and `entity_authorities` (known entity id → authorities whose papers
    mention it) keep acronyms and short names inside their authority. `merged` receives
    stored entity id -> the id its mentions now belong to, for stored entities folded into
    another or keyed anew by a better name (the store re-points their mentions).
    """
    authority_of = {d: _authority_key(a) for d, a in (document_authority or {}).items()}
    clusters: list[_Cluster] = []
    for entity in known or []:
        authorities = {_authority_key(a) for a in (entity_authorities or {}).get(entity.id, ())} - {None}
        clusters.append(_Cluster(entity.label, entity.name, set(entity.aliases) | {entity.name}, entity.id,
                                 authorities=authorities))
    by_key: dict[tuple[str, str], dict[_Cluster, None]] = {}
    # `same_entity` needs the same head word, so only clusters sharing it are compared:
    # with thousands of stored entities, a new paper's names are not checked against all.
    # Every name of a body is indexed, so it is found whichever of its names came first.
    by_head: dict[tuple[str, str], dict[_Cluster, set[str]]] = {}
    # (label, leading words + initials of the rest) -> clusters: "Medway CCG" finds "Medway Clinical
    # Commissioning Group"
    by_initials: dict[tuple[str, str], dict[_Cluster, None]] = {}
    # (label, variant key) -> clusters: "Safety Valve" finds "Safety Valve Programme" in its council (`variant_keys`)
    by_variant: dict[tuple[str, str], dict[_Cluster, None]] = {}
    # (label, first word) -> organisations: "Salix" finds "Salix Finance" in its council's papers (`_short_form_of`)
    by_first: dict[tuple[str, str], dict[_Cluster, None]] = {}
    for c in clusters:  # thousands of stored entities: plain dict operations, no calls
        if c.label in _SHORT_FORM_LABELS:
            for alias in c.aliases | {c.name}:
                by_first.setdefault((c.label, _first_word(alias)), {})[c] = None
        for alias in {c.name} if c.label == "PERSON" else c.aliases | {c.name}:
            by_head.setdefault((c.label, _head(alias)), {}).setdefault(c, set()).add(alias)
        for alias in c.aliases:
            by_key.setdefault((c.label, _name_key(c.label, alias)), {})[c] = None
            if c.label != "PERSON":
                for k in variant_keys(alias):
                    by_variant.setdefault((c.label, k), {})[c] = None
        for full in {c.name} | {a for a in c.aliases if " " in a.strip()}:  # "Kent County Council", not "KCC"
            for short in _initial_forms(full):
                by_initials.setdefault((c.label, short), {})[c] = None

    assignment: dict[str, _Cluster] = {}
    # Full names before acronyms and short forms (and before the same name in capitals), so clusters
    # get their best names first.
    targets = {m.id: _target_name(m, (document_authority or {}).get(m.document_id)) for m in mentions}
    for mention in sorted(mentions, key=lambda m: (-len(targets[m.id]), targets[m.id].isupper())):
        name = targets[mention.id]
        authority = authority_of.get(mention.document_id)
        key = (mention.label, _name_key(mention.label, name))
        keyed = by_key.get(key, {})
        same_head = by_head.get((mention.label, _head(name)), {})
        # a person's forms are matched by title, initials and surname (`same_person`), not by spelling:
        # "Mr Chandler" is a spelling away from "Mrs Chandler"
        spelt = {} if mention.label == "PERSON" else same_head
        # the paper's own bodies first (an exact key, then a set lookup before any fuzzy match),
        # then its authority's, then anyone's that may be joined from another authority
        cluster = _in_document(keyed, mention.document_id) or next(
            (c for c, names in spelt.items() if mention.document_id in c.documents and _spelt_as(names, name)), None)
        if cluster is None and authority is not None:
            cluster = next((c for c in keyed if authority in c.authorities), None) or next(
                (c for c, names in spelt.items() if authority in c.authorities and _spelt_as(names, name)), None)
        if cluster is None and mention.label == "PERSON":
            cluster = _one_person(list(same_head), name, mention.document_id, authority)
        if cluster is None and _ends_in_acronym(name):
            # a short form by initials joins a body of its own paper or authority (or, authorities
            # unknown, any): in another council "CCG" is another body
            # ("NHS Medway CCG" too: a place-prefixed name may carry up to two more leading words)
            cluster = next((c for short in _without_leading_words(key[1]) for c in by_initials.get((key[0], short), {})
                            if mention.document_id in c.documents or authority is None or not c.authorities
                            or authority in c.authorities), None)
        if cluster is None and mention.label != "PERSON":
            # the same name with or without a kind word or spaces, in the paper or its council (or anywhere
            # when councils are unknown)
            cluster = next((c for k in variant_keys(name) | variant_keys(mention.text)
                            for c in by_variant.get((mention.label, k), {})
                            if mention.document_id in c.documents or authority is None or authority in c.authorities),
                           None)
        if cluster is None and mention.label in _SHORT_FORM_LABELS:
            cluster = _short_form_of(by_first.get((mention.label, _first_word(name)), {}), name, mention, authority)
        if cluster is None:
            cluster = next((c for c in keyed if _may_join(c, name, mention.text, authority)), None) or next(
                (c for c in spelt if same_entity(c.name, name) and _may_join(c, name, mention.text, authority)),
                None)
        if cluster is None:
            cluster = _Cluster(mention.label, name)
            clusters.append(cluster)
            for short in _initial_forms(name):
                _add_key(by_initials, (mention.label, short), cluster)
        if name not in cluster.aliases and " " in name.strip():
            for short in _initial_forms(name):  # its initials find it too ("KCC" once "Kent County Council" joined)
                _add_key(by_initials, (mention.label, short), cluster)
            if (len(name) > len(cluster.name) and not name.isupper()
                    and normalise_name(name).endswith(" " + normalise_name(cluster.name))):
                cluster.name = name  # the fuller name names it: "Kent County Council", not "County Council"
        for alias in ({name} if mention.label == "PERSON" else {name, mention.text}) - cluster.aliases:
            by_head.setdefault((mention.label, _head(alias)), {}).setdefault(cluster, set()).add(alias)
        if mention.label in _SHORT_FORM_LABELS:
            _add_key(by_first, (mention.label, _first_word(name)), cluster)
        cluster.aliases.update({name, mention.text})
        cluster.documents.add(mention.document_id)
        if authority is not None:
            cluster.authorities.add(authority)
        _add_key(by_key, key, cluster)
        _add_key(by_key, (mention.label, _name_key(mention.label, mention.text)), cluster)
        if mention.label != "PERSON":
            for k in variant_keys(name) | variant_keys(mention.text):
                _add_key(by_variant, (mention.label, k), cluster)
        assignment[mention.id] = cluster

    # Papers in any order give the same rows: a stored body whose every name this paper's bodies now hold
    # (an acronym used before any paper defined it) folds into them, and each body is named by its best
    # name and keyed by that name, whichever paper came first.
    touched = list(dict.fromkeys(assignment.values()))
    into = _subsumed_clusters(touched, by_key, by_variant)
    for small, big in into.items():
        big.aliases |= small.aliases
        big.documents |= small.documents
        big.authorities |= small.authorities
    taken = {c.known_id: c for c in clusters if c.known_id}
    known_names = {e.id: e.name for e in known or []}
    rekeyed: dict[str, str] = {}
    used: dict[int, Entity] = {}
    for c in touched:
        if c in into:
            continue
        best = _best_name(c)
        c.name = best
        # a stored body keeps its id until it is renamed or absorbs another
        renamed = c.known_id is not None and _name_key(c.label, best) != _name_key(c.label, known_names[c.known_id])
        entity = c.to_entity(keep_id=not renamed)
        owner = taken.get(entity.id)
        if c.known_id and entity.id != c.known_id and owner is not None and owner is not c and into.get(owner) is not c:
            entity = c.to_entity()  # another stored body has that id: keep this one's
        used[id(c)] = entity
        for old in (c.known_id, *(s.known_id for s, b in into.items() if b is c)):
            if old and old != entity.id:
                rekeyed[old] = entity.id
    for small, big in into.items():
        used[id(small)] = used[id(big)]
    if merged is not None:
        returned = {e.id for e in used.values()}
        merged.update({old: new for old, new in rekeyed.items() if old not in returned})
    # Only the entities this paper mentions are returned: stored ones it does not need no rewrite.
    mapping = {mid: used[id(c)].id for mid, c in assignment.items()}
    return list({e.id: e for e in used.values()}.values()), mapping


_Index = dict[tuple[str, str], dict[_Cluster, None]]


def _subsumed_clusters(touched: list[_Cluster], by_key: _Index, by_variant: _Index) -> dict[_Cluster, _Cluster]:
    """Bodies whose every name is a name, the initials or a `variant_keys` variant of one body this paper
    touched, of the same councils: "KCC", stored from a paper that never defined it, once "Kent County
    Council (KCC)" is read; "GET directorate" once "GET" is known as "Growth, Environment & Transport".
    A body that two could absorb stays as it is; people are matched by `same_person`, not here."""
    found: dict[_Cluster, set[_Cluster]] = {}
    for big in touched:
        if big.label == "PERSON":
            continue
        keys = {_name_key(big.label, a) for a in big.aliases}
        shorts = set().union(*(_initial_forms(a) for a in big.aliases if " " in a.strip()))
        variants = set().union(*(variant_keys(a) for a in big.aliases))
        candidates = [by_key.get((big.label, k), {}) for k in keys | shorts]
        candidates += [by_variant.get((big.label, k), {}) for k in variants]
        if big.label in _SHORT_FORM_LABELS:  # "Salix", stored before any paper named "Salix Finance"
            candidates += [by_key.get((big.label, _name_key(big.label, " ".join(a.split()[:n]))), {})
                           for a in big.aliases | {big.name} for n in range(1, min(MAX_PREFIX_WORDS, len(a.split()) - 1) + 1)]
        for small in {c: None for group in candidates for c in group}:
            if small is not big and (_may_fold(small, big, keys, shorts, variants) or _short_forms_of(small, big)):
                found.setdefault(small, set()).add(big)
    into = {small: next(iter(bigs)) for small, bigs in found.items() if len(bigs) == 1}
    return {small: big for small, big in into.items() if big not in into}


def _may_fold(small: _Cluster, big: _Cluster, keys: set[str], shorts: set[str], variants: set[str]) -> bool:
    if small.authorities or big.authorities:
        if not small.authorities or not small.authorities <= big.authorities:
            # a body one in every council's papers ("Kent County Council" in a Medway paper) folds under
            # its own full names only (a bare acronym is another council's body, as in `_may_join`)
            return (all(_name_key(small.label, a) in keys and not _is_acronym(a) for a in small.aliases)
                    and _shared(small.label, small.name) and _shared(big.label, big.name))
    # "GET directorate" is covered by the initials of "Growth, Environment & Transport"
    loose = variants | {k.replace(" ", "") for k in shorts}
    return all(_name_key(small.label, a) in keys or (_is_acronym(a) and _name_key(small.label, a) in shorts)
               or variant_keys(a) & loose for a in small.aliases)


def _short_forms_of(small: _Cluster, big: _Cluster) -> bool:
    """Every name of `small` is a short form of a name of `big`, an organisation of the same councils."""
    if small.label not in _SHORT_FORM_LABELS or not small.authorities <= big.authorities:
        return False
    return all(any(_is_short_form(a, b) for b in big.aliases | {big.name}) for a in small.aliases | {small.name})


def _best_name(cluster: _Cluster) -> str:
    """The longest full name among a body's names, not in capitals, whitespace made single spaces:
    the same whichever paper came first ("Kent County Council", not "KCC", "County Council" or
    "KENT COUNTY COUNCIL")."""
    names = {" ".join(a.split()) for a in cluster.aliases | {cluster.name}} - {""}
    return min(names, key=lambda n: (n.isupper(), " " not in n, -len(n), n))


def _spelt_as(names: set[str], name: str) -> bool:
    """`name` is one of `names` written another way (`same_entity`)."""
    return any(same_entity(n, name) for n in names)


def _may_join(cluster: _Cluster, name: str, text: str, authority: str | None) -> bool:
    """Whether a mention of `authority` may join `cluster` although it is no body of the paper's own.

    Across authorities only the same name, a spelling of it with the same first word, or
    another full name of the body ("Ofsted" for the Office for Standards in Education) joins;
    a bare acronym joins only a body of exactly its expansion, and a short form of a longer
    name ("Clinical Commissioning Group" of "Medway Clinical Commissioning Group") never does.
    """
    if authority is None or not cluster.authorities or authority in cluster.authorities:
        return True
    if not _shared(cluster.label, cluster.name):
        return False  # a council's own service, board, plan or member: another council's is another
    mine, theirs = normalise_name(name).split(), normalise_name(cluster.name).split()
    if mine == theirs:
        return True
    if len(mine) == len(theirs) and mine[0] == theirs[0] and same_entity(cluster.name, name):
        return True  # a spelling variant: "Safeguarding Children's Board" = "Safeguarding Children Board"
    shortened = len(mine) < len(theirs) and theirs[-len(mine):] == mine
    return not _is_acronym(text) and not shortened and any(
        normalise_name(alias).split() == mine for alias in cluster.aliases)


# Gazetteer groups (`patterns/services.jsonl` ids) of bodies that are one body in every council's papers
# (not its health bodies: each area has its own CCG or ICB).
_SHARED_GROUPS = ("gazetteer:national-", "gazetteer:inspectorates", "gazetteer:yjb",
                  "gazetteer:systems", "gazetteer:online-platforms", "gazetteer:places",
                  "gazetteer:transport-bodies", "gazetteer:regional-bodies")
# Bodies of a region several councils share, named after it: "West Midlands Combined Authority",
# "Transport for the South East" are one body in every council's papers (`service_terms.json`).
_REGIONAL_BODY = re.compile("|".join(_TERMS["regional_body_names"]))
_COUNCIL_SUFFIX = re.compile(r"\s+(?:(?:metropolitan )?borough |county |city |district |town |parish )?council$")


@lru_cache(maxsize=1)
def _national_names() -> frozenset[str]:
    """Normalised names the gazetteer lists as national bodies, programmes, funds, inspectorates,
    systems and places (not its standard local services: every council has its own MASH)."""
    names = set()
    path = Path(__file__).parent / "nlp" / "patterns" / "services.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("//"):
            row = json.loads(line)
            if isinstance(row.get("pattern"), str) and str(row.get("id", "")).startswith(_SHARED_GROUPS):
                names.add(normalise_name(row["pattern"]))
    return frozenset(names)


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Normalised names of the gazetteer's places ("medway", "kent", "isle of sheppey")."""
    path = Path(__file__).parent / "nlp" / "patterns" / "services.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("//")]
    return frozenset(normalise_name(r["pattern"]) for r in rows
                     if isinstance(r.get("pattern"), str) and r.get("id") == "gazetteer:places")


def _shared(label: str, name: str) -> bool:
    """One body in every council's papers: a place, an inspectorate, a named council or regional body, or a
    national body, programme or system the gazetteer lists. Anything else is the council's own ("Early Help", "MASH",
    "Corporate Parenting Board", "MTFP", a member)."""
    if label in ("PLACE", "INSPECTORATE"):
        return True
    if label == "PERSON":
        return False
    key, national = normalise_name(name), _national_names()
    place = _COUNCIL_SUFFIX.sub("", key)  # "Kent County Council": a council named after a gazetteer place
    if key in national:
        return True
    return label == "ORG" and (place != key and place in national or _REGIONAL_BODY.search(key) is not None)


# A title's sex where it has one: "Mr Gough" is not "Mrs Gough"; "Ms Chandler" may be "Mrs Chandler";
# a knight or peer is never plain "Mr" ("Sir Paul Carter" is not a "Mr Carter").
_TITLES = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "sir", "lord": "lord", "dame": "dame", "lady": "lady",
           "dr": None, "cllr": None, "councillor": None, "professor": None, "prof": None, "rev": None}


def _person_words(name: str) -> list[str]:
    """A person's name in lower-case words, punctuation but hyphens and apostrophes dropped."""
    return re.sub(r"[^\w\s'’-]", " ", name.lower()).split()


@lru_cache(maxsize=1 << 16)
def _person_parts(name: str) -> tuple[str | None, str, str]:
    """(sex of the title or None, initials of the given names, surname): "Mr R W Gough" -> ("m", "rw",
    "gough"), "Roger Gough" -> (None, "r", "gough"), "Mrs Chandler" -> ("f", "", "chandler")."""
    words = _person_words(name)
    sex = _TITLES.get(words[0]) if words and words[0] in _TITLES else None
    if words and words[0] in _TITLES:
        words = words[1:]
    return sex, "".join(w[0] for w in words[:-1]), (words[-1] if words else "")


def same_person(a: str, b: str) -> bool:
    """One person written two ways in minutes: "Mr R W Gough", "Mr R Gough", "Mr Gough", "Roger Gough".
    Same surname, titles of no other sex, and the given names' initials of one begin the other's."""
    (sa, ia, na), (sb, ib, nb) = _person_parts(a), _person_parts(b)
    return bool(na) and na == nb and (sa is None or sb is None or sa == sb) and (ia.startswith(ib) or ib.startswith(ia))


def _one_person(same_surname: list[_Cluster], name: str, document_id: str, authority: str | None) -> _Cluster | None:
    """The one person of the paper or its authority this name can be; none when it could be two
    ("Mr Hills" beside "Mr A Hills" and "Mr J Hills"), unless one has exactly its initials."""
    fits = [c for c in same_surname if (document_id in c.documents or authority is not None and authority in c.authorities)
            and same_person(c.name, name)]
    if len(fits) > 1:
        initials = _person_parts(name)[1]
        fits = [c for c in fits if _person_parts(c.name)[1] == initials]
    return fits[0] if len(fits) == 1 else None


@lru_cache(maxsize=1 << 18)
def _initial_forms(name: str) -> frozenset[str]:
    """The normalised name with its last two or more words cut to their initials, with and
    without the minor words: "medway ccg" for "Medway Clinical Commissioning Group"."""
    full = normalise_name(name).split()
    # an acronym inside the name gives all its letters: "BDUK" for "Building Digital UK"
    acronyms = {normalise_name(w) for w in name.split() if _is_acronym(w) and w.isalpha()}
    forms = set()
    # with and without a leading prefix the body is also named without: "NHS Northbridge ICB", "Northbridge ICB"
    for words in (full, full[1:]) if len(full) >= 4 and full[0] in _NAME_PREFIXES else (full,):
        for k in range(len(words) - 1):
            tail = words[k:]
            for kept in (tail, [w for w in tail if w not in _MINOR_WORDS]):
                if len(kept) >= 2:
                    for initials in {"".join(w[0] for w in kept), "".join(w if w in acronyms else w[0] for w in kept)}:
                        # also as `normalise_name` writes the acronym: "KFRS" is "kfr", like a plural
                        forms.update(" ".join(words[:k] + [i]) for i in (initials, _singular(initials)))
    return frozenset(forms)


def _without_leading_words(normalised: str) -> list[str]:
    """The name, then without its first one or two words while two words are left."""
    words = normalised.split()
    return [" ".join(words[i:]) for i in range(min(MAX_PREFIX_WORDS, len(words) - 2) + 1)] or [normalised]


# organisations are named by their first word(s) once named in full ("Salix Finance" ... "Salix"); a service or
# plan named by its first words is often another one ("Early Help", "Early Help Hub")
_SHORT_FORM_LABELS = frozenset({"ORG"})


def _first_word(name: str) -> str:
    words = normalise_name(name).split()
    return words[0] if words else ""


def _may_be_short_form(short: str) -> bool:
    """One or two words, not an acronym ("CCG" is matched by its initials) nor a place ("Kent")."""
    words = normalise_name(short).split()
    return 0 < len(words) <= MAX_PREFIX_WORDS and not _is_acronym(short.strip()) and " ".join(words) not in _place_names()


def _is_short_form(short: str, full: str) -> bool:
    """`short` is the first word(s) of the longer name `full`: "Salix" of "Salix Finance", "Clarion" of
    "Clarion Housing Group" (not "Kent" of "Kent County Council", a place)."""
    a, b = normalise_name(short).split(), normalise_name(full).split()
    return len(b) > len(a) and b[: len(a)] == a and _may_be_short_form(short)


def _short_form_of(clusters: dict[_Cluster, None], name: str, mention: Mention, authority: str | None) -> _Cluster | None:
    """The one organisation of the paper or its council (any, councils unknown) whose full name `name` starts,
    or None when there are none or several ("Salix" joins "Salix Finance"; with "Salix Energy" too, neither)."""
    if not _may_be_short_form(name):
        return None
    found = [c for c in clusters
             if (mention.document_id in c.documents or authority is None or authority in c.authorities)
             and any(_is_short_form(name, a) for a in c.aliases | {c.name})]
    return found[0] if len(found) == 1 else None


def _ends_in_acronym(name: str) -> bool:
    """The name's last word is an acronym: "Medway CCG", "CCG"."""
    words = name.split()
    return bool(words) and _is_acronym(words[-1]) and words[-1].isalnum()


def _is_acronym(text: str) -> bool:
    """"CCG", "DfE", "MYPWS": one word with at least two capitals; "Ofsted" is a name."""
    return " " not in text.strip() and sum(ch.isupper() for ch in text) >= 2


def _authority_key(authority: str | None) -> str | None:
    return " ".join(authority.lower().split()) if authority and authority.strip() else None


def _add_key(by_key: dict[tuple[str, str], dict[_Cluster, None]], key: tuple[str, str], cluster: _Cluster) -> None:
    """Add to the key's clusters: an insertion-ordered set, since one key can hold hundreds
    (every authority's own "CCG")."""
    by_key.setdefault(key, {})[cluster] = None


def _in_document(clusters: Iterable[_Cluster], document_id: str) -> _Cluster | None:
    return next((c for c in clusters if document_id in c.documents), None)


def _head(name: str) -> str:
    words = normalise_name(name).split()
    return words[-1] if words else ""
