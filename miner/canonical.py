"""Canonicalise mentions across documents into `Entity` records.

Papers name one body many ways: "Young Persons' Wellbeing Service",
"Medway Young Person's Wellbeing Service", "MYPWS". A mention whose
`entity` was set from an acronym definition resolves to that expansion;
the rest merge when their normalised names are equal, differ only by a
place prefix ("Medway Youth Offending Team" = "Youth Offending Team") or
by spelling (rapidfuzz ratio >= 92, e.g. "Safeguarding Children's Board" =
"Safeguarding Children Board"). Names with a different head word never
merge: "Youth Offending Team" is not "Youth Service".

Entity ids are `stable_id(label, normalised name)`, so re-runs and other
documents land on the same entity.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz

from miner.model import Entity, Mention, stable_id

__all__ = ["normalise_name", "canonicalise", "same_entity", "entity_id", "backfill_acronyms"]

FUZZY_THRESHOLD = 92
MAX_PREFIX_WORDS = 2
_POSSESSIVE = re.compile(r"(\w)(?:'s|s'|')(?=\s|$)")
_NON_WORD = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")
# Standard expansions of acronyms papers use without defining them (`service_terms.json`).
KNOWN_ACRONYMS: dict[str, str] = json.loads(
    (Path(__file__).parent / "nlp" / "patterns" / "service_terms.json").read_text(encoding="utf-8")
)["known_acronyms"]


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


def entity_id(label: str, name: str) -> str:
    return stable_id(label, normalise_name(name))


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
        return True
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

    def to_entity(self) -> Entity:
        eid = self.known_id or entity_id(self.label, self.name)
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
    mentions: list[Mention], known: list[Entity] | None = None
) -> tuple[list[Entity], dict[str, str]]:
    """Entities for `mentions` (reusing `known` ones) and mention id → entity id.

    The canonical name of a new entity is its longest full name seen, so
    "Medway Young Person's Wellbeing Service" names the cluster that also
    holds "Young Persons' Wellbeing Service".
    """
    clusters: list[_Cluster] = []
    for entity in known or []:
        clusters.append(_Cluster(entity.label, entity.name, set(entity.aliases) | {entity.name}, entity.id))
    by_key: dict[tuple[str, str], list[_Cluster]] = {}
    # `same_entity` needs the same head word, so only clusters sharing it are compared:
    # with thousands of stored entities, a new paper's names are not checked against all.
    by_head: dict[tuple[str, str], list[_Cluster]] = {}
    for c in clusters:
        by_head.setdefault((c.label, _head(c.name)), []).append(c)
        for alias in c.aliases:
            _add_key(by_key, (c.label, normalise_name(alias)), c)

    assignment: dict[str, _Cluster] = {}
    # Full names before acronyms and short forms, so clusters get their best names first.
    for mention in sorted(mentions, key=lambda m: -len(_target_name(m))):
        name = _target_name(mention)
        key = (mention.label, normalise_name(name))
        keyed = by_key.get(key, [])
        # A short name goes to the body of the same paper first: "CCG" in a Somerset paper is
        # the Somerset Clinical Commissioning Group even if a Medway paper came first.
        cluster = _in_document(keyed, mention.document_id)
        if cluster is None:
            same_head = by_head.get((mention.label, _head(name)), [])
            # the paper's own bodies first (a set lookup before any fuzzy match), then an exact key
            cluster = next((c for c in same_head if mention.document_id in c.documents
                            and same_entity(c.name, name)), None)
            cluster = cluster or (keyed[0] if keyed else next((c for c in same_head if same_entity(c.name, name)), None))
        if cluster is None:
            cluster = _Cluster(mention.label, name)
            clusters.append(cluster)
            by_head.setdefault((mention.label, _head(name)), []).append(cluster)
        cluster.aliases.update({name, mention.text})
        cluster.documents.add(mention.document_id)
        _add_key(by_key, key, cluster)
        _add_key(by_key, (mention.label, normalise_name(mention.text)), cluster)
        assignment[mention.id] = cluster

    # Only the entities this paper mentions are returned: stored ones it does not need no rewrite.
    used = {id(c): c.to_entity() for c in assignment.values()}
    mapping = {mid: used[id(c)].id for mid, c in assignment.items()}
    return list({e.id: e for e in used.values()}.values()), mapping


def _add_key(by_key: dict[tuple[str, str], list[_Cluster]], key: tuple[str, str], cluster: _Cluster) -> None:
    clusters = by_key.setdefault(key, [])
    if cluster not in clusters:
        clusters.append(cluster)


def _in_document(clusters: list[_Cluster], document_id: str) -> _Cluster | None:
    return next((c for c in clusters if document_id in c.documents), None)


def _head(name: str) -> str:
    words = normalise_name(name).split()
    return words[-1] if words else ""
