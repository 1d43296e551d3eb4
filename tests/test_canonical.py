"""Canonical entities across papers: variants merge, different services stay apart, ids are stable."""

from __future__ import annotations

from miner.canonical import backfill_acronyms, canonicalise, entity_id, normalise_name, same_entity
from miner.model import Entity, Mention


def mention(text: str, label: str = "SERVICE", entity: str | None = None, doc: str = "d1", start: int = 0) -> Mention:
    return Mention(id=f"{doc}:{text}:{start}", document_id=doc, section_id=None, statement_id=None,
                   text=text, label=label, start=start, end=start + len(text), entity=entity)


def test_possessive_spelling_and_prefix_variants_merge():
    # Both spellings are in seed 000 (2.2(i) and 2.3(i)); seed 001 defines MYPWS.
    mentions = [
        mention("Young Persons' Wellbeing Service", doc="000"),
        mention("Medway Young Person's Wellbeing Service", doc="000", start=50),
        mention("MYPWS", entity="Medway Young Persons' Wellbeing Service", doc="001"),
        mention("Medway Safeguarding Children's Board", "BOARD"),
        mention("Medway Safeguarding Children Board", "BOARD", start=9),
    ]
    entities, mapping = canonicalise(mentions, [])
    assert len({mapping[m.id] for m in mentions[:3]}) == 1
    assert mapping[mentions[3].id] == mapping[mentions[4].id]
    mypws = next(e for e in entities if e.id == mapping[mentions[0].id])
    assert normalise_name(mypws.name) == normalise_name("Medway Young Persons' Wellbeing Service")
    assert "MYPWS" in mypws.aliases


def test_different_services_sharing_words_do_not_merge():
    assert not same_entity("Youth Offending Team", "Youth Service")
    assert not same_entity("SEND Board", "Transformation Board")
    assert not same_entity("Corporate Parenting Board", "Corporate Parenting Panel")
    mentions = [mention("Youth Offending Team"), mention("Youth Service", start=30), mention("Youth Services", start=60)]
    _, mapping = canonicalise(mentions, [])
    assert mapping[mentions[0].id] != mapping[mentions[1].id]
    assert mapping[mentions[1].id] == mapping[mentions[2].id]


def test_acronyms_join_their_expansion_and_ids_are_stable():
    mentions = [mention("Youth Offending Team"), mention("YOT", entity="Youth Offending Team", start=40),
                mention("CAMHS", start=80), mention("Child and Adolescent Mental Health Services", doc="d2")]
    entities, mapping = canonicalise(mentions, [])
    assert mapping[mentions[0].id] == mapping[mentions[1].id] == entity_id("SERVICE", "Youth Offending Team")
    assert mapping[mentions[2].id] == mapping[mentions[3].id]
    again, mapping2 = canonicalise(list(reversed(mentions)), [])
    assert mapping2 == mapping


def test_known_entities_are_reused_not_duplicated():
    known = [Entity(id="e-yot", name="Youth Offending Team", label="SERVICE", aliases=["YOT"])]
    mentions = [mention("Medway Youth Offending Team"), mention("YOT", start=40)]
    entities, mapping = canonicalise(mentions, known)
    assert set(mapping.values()) == {"e-yot"}
    assert [e.id for e in entities] == ["e-yot"]


def test_labels_keep_entities_apart():
    mentions = [mention("Kent", "PLACE"), mention("Kent County Council", "ORG", start=10)]
    _, mapping = canonicalise(mentions, [])
    assert mapping[mentions[0].id] != mapping[mentions[1].id]


def test_backfill_resolves_uses_before_the_definition_within_one_paper():
    early = mention("MSCB", "BOARD", start=5)
    defined = mention("MSCB", "BOARD", entity="Medway Safeguarding Children Board", start=500)
    elsewhere = mention("MSCB", "BOARD", doc="d2")
    backfill_acronyms([early, defined, elsewhere])
    assert early.entity == "Medway Safeguarding Children Board"
    assert elsewhere.entity is None
