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

Entity ids are `stable_id(label, normalised name)`, with the authority added for a council's
own body, so re-runs and other documents land on the same entity.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz

from miner.model import Entity, Mention, stable_id

__all__ = ["normalise_name", "canonicalise", "same_entity", "same_person", "entity_id", "backfill_acronyms"]

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


def entity_id(label: str, name: str, authority: str | None = None) -> str:
    """Stable id of a body: label and normalised name, plus the authority for a council's own body
    (Medway's and Walsall's "Early Help" are two rows)."""
    key = _name_key(label, name)
    return stable_id(label, key, authority) if authority else stable_id(label, key)


def _name_key(label: str, name: str) -> str:
    """The name as compared: a person's surname keeps its final s ("Mr Hills" is not "Mr Hill")."""
    return " ".join(_person_words(name)) if label == "PERSON" else normalise_name(name)


def same_entity(a: str, b: str) -> bool:
    """Two names of one body: equal, place-prefixed, or a spelling variant with the same head."""
    na, nb = normalise_name(a), normalise_name(b)
    if na == nb:
        return True
    wa, wb = na.split(), nb.split()
    if not wa or not wb or wa[-1] != wb[-1]:
        return False
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    # a longer tail tolerates a longer prefix: "Children's Social Care Quarterly Performance Review
    # Meetings" = "Quarterly Performance Review Meetings"
    prefix_limit = MAX_PREFIX_WORDS + (len(short) >= 3)
    if len(short) >= 2 and long_[-len(short) :] == short and len(long_) - len(short) <= prefix_limit:
        return not RANK_PREFIXES & set(long_[: -len(short)])
    if len(short) >= 2 and abs(len(wa) - len(wb)) <= 1:
        return fuzz.ratio(na, nb) >= FUZZY_THRESHOLD
    return False


@dataclass(eq=False)  # compared by identity: equal fields would still be two bodies
class _Cluster:
    label: str
    name: str
    aliases: set[str] = field(default_factory=set)
    known_id: str | None = None
    documents: set[str] = field(default_factory=set)
    authorities: set[str] = field(default_factory=set)

    def to_entity(self) -> Entity:
        own = None if _shared(self.label, self.name) or len(self.authorities) != 1 else next(iter(self.authorities))
        eid = self.known_id or entity_id(self.label, self.name, own)
        return Entity(id=eid, name=self.name, label=self.label, aliases=sorted(self.aliases - {self.name}))


def backfill_acronyms(mentions: list[Mention]) -> list[Mention]:
    """Give acronym uses *before* their definition the expansion found later in the same paper.

    The component reads a paper in order, so "MSCB" in the opening list is
    unresolved until "Medway Safeguarding Children Board (MSCB)" in section 8.
    """
    expansions: dict[tuple[str, str], str] = {}
    for m in mentions:
        if m.entity and m.text.replace(" ", "").isalnum() and m.text != m.entity:
            expansions.setdefault((m.document_id, m.text), m.entity)
    for m in mentions:
        if not m.entity and (m.document_id, m.text) in expansions:
            m.entity = expansions[(m.document_id, m.text)]
    return mentions


def _target_name(mention: Mention) -> str:
    if mention.entity:
        return mention.entity
    return KNOWN_ACRONYMS.get(mention.text, mention.text)


def canonicalise(
    mentions: list[Mention],
    known: list[Entity] | None = None,
    document_authority: dict[str, str | None] | None = None,
    entity_authorities: dict[str, set[str]] | None = None,
) -> tuple[list[Entity], dict[str, str]]:
    """Entities for `mentions` (reusing `known` ones) and mention id → entity id.

    The canonical name of a new entity is its longest full name seen, so
    "Medway Young Person's Wellbeing Service" names the cluster that also
    holds "Young Persons' Wellbeing Service". `document_authority` (document id →
    authority) and `entity_authorities` (known entity id → authorities whose papers
    mention it) keep acronyms and short names inside their authority.
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
    by_head: dict[tuple[str, str], list[_Cluster]] = {}
    # (label, leading words + initials of the rest) -> clusters: "Medway CCG" finds "Medway Clinical
    # Commissioning Group"
    by_initials: dict[tuple[str, str], dict[_Cluster, None]] = {}
    for c in clusters:  # thousands of stored entities: plain dict operations, no calls
        by_head.setdefault((c.label, _head(c.name)), []).append(c)
        for alias in c.aliases:
            by_key.setdefault((c.label, _name_key(c.label, alias)), {})[c] = None
        for full in {c.name} | {a for a in c.aliases if " " in a.strip()}:  # "Kent County Council", not "KCC"
            for short in _initial_forms(full):
                by_initials.setdefault((c.label, short), {})[c] = None

    assignment: dict[str, _Cluster] = {}
    # Full names before acronyms and short forms (and before the same name in capitals), so clusters
    # get their best names first.
    for mention in sorted(mentions, key=lambda m: (-len(_target_name(m)), _target_name(m).isupper())):
        name = _target_name(mention)
        authority = authority_of.get(mention.document_id)
        key = (mention.label, _name_key(mention.label, name))
        keyed = by_key.get(key, {})
        same_head = by_head.get((mention.label, _head(name)), [])
        # a person's forms are matched by title, initials and surname (`same_person`), not by spelling:
        # "Mr Chandler" is a spelling away from "Mrs Chandler"
        spelt = [] if mention.label == "PERSON" else same_head
        # the paper's own bodies first (an exact key, then a set lookup before any fuzzy match),
        # then its authority's, then anyone's that may be joined from another authority
        cluster = _in_document(keyed, mention.document_id) or next(
            (c for c in spelt if mention.document_id in c.documents and same_entity(c.name, name)), None)
        if cluster is None and authority is not None:
            cluster = next((c for c in keyed if authority in c.authorities), None) or next(
                (c for c in spelt if authority in c.authorities and same_entity(c.name, name)), None)
        if cluster is None and mention.label == "PERSON":
            cluster = _one_person(same_head, name, mention.document_id, authority)
        if cluster is None and _ends_in_acronym(name):
            # a short form by initials joins a body of its own paper or authority (or, authorities
            # unknown, any): in another council "CCG" is another body
            # ("NHS Medway CCG" too: a place-prefixed name may carry up to two more leading words)
            cluster = next((c for short in _without_leading_words(key[1]) for c in by_initials.get((key[0], short), {})
                            if mention.document_id in c.documents or authority is None or not c.authorities
                            or authority in c.authorities), None)
        if cluster is None:
            cluster = next((c for c in keyed if _may_join(c, name, mention.text, authority)), None) or next(
                (c for c in spelt if same_entity(c.name, name) and _may_join(c, name, mention.text, authority)),
                None)
        if cluster is None:
            cluster = _Cluster(mention.label, name)
            clusters.append(cluster)
            by_head.setdefault((mention.label, _head(name)), []).append(cluster)
            for short in _initial_forms(name):
                _add_key(by_initials, (mention.label, short), cluster)
        if name not in cluster.aliases and " " in name.strip():
            for short in _initial_forms(name):  # its initials find it too ("KCC" once "Kent County Council" joined)
                _add_key(by_initials, (mention.label, short), cluster)
            if (len(name) > len(cluster.name) and not name.isupper()
                    and normalise_name(name).endswith(" " + normalise_name(cluster.name))):
                cluster.name = name  # the fuller name names it: "Kent County Council", not "County Council"
        cluster.aliases.update({name, mention.text})
        cluster.documents.add(mention.document_id)
        if authority is not None:
            cluster.authorities.add(authority)
        _add_key(by_key, key, cluster)
        _add_key(by_key, (mention.label, _name_key(mention.label, mention.text)), cluster)
        assignment[mention.id] = cluster

    # Only the entities this paper mentions are returned: stored ones it does not need no rewrite.
    used = {id(c): c.to_entity() for c in assignment.values()}
    mapping = {mid: used[id(c)].id for mid, c in assignment.items()}
    return list({e.id: e for e in used.values()}.values()), mapping


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
                  "gazetteer:systems", "gazetteer:online-platforms", "gazetteer:places")
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


def _shared(label: str, name: str) -> bool:
    """One body in every council's papers: a place, an inspectorate, a named council, or a national body,
    programme or system the gazetteer lists. Anything else is the council's own ("Early Help", "MASH",
    "Corporate Parenting Board", "MTFP", a member)."""
    if label in ("PLACE", "INSPECTORATE"):
        return True
    if label == "PERSON":
        return False
    key, national = normalise_name(name), _national_names()
    place = _COUNCIL_SUFFIX.sub("", key)  # "Kent County Council": a council named after a gazetteer place
    return key in national or (label == "ORG" and place != key and place in national)


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
    words = normalise_name(name).split()
    forms = set()
    for k in range(len(words) - 1):
        tail = words[k:]
        for kept in (tail, [w for w in tail if w not in _MINOR_WORDS]):
            if len(kept) >= 2:
                forms.add(" ".join(words[:k] + ["".join(w[0] for w in kept)]))
    return frozenset(forms)


def _without_leading_words(normalised: str) -> list[str]:
    """The name, then without its first one or two words while two words are left."""
    words = normalised.split()
    return [" ".join(words[i:]) for i in range(min(MAX_PREFIX_WORDS, len(words) - 2) + 1)] or [normalised]


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
