"""Tracker round 43 (annotations/README.md): a label the entity linker names only in part ("Adult Social Care" in the
table cell "Adult Social Care & Health") is still a label: a capitalised word going on from a name or a joiner is part
of it (`track_passages._only_names`); a statement opening with a verb (cue list `label_verbs`: "Prevent Youth Crime")
is an undertaking, never a label, however the linker reads it. Real lines from corpus papers (Kent's Key Service
Statement and Q3 finance monitoring report); Medway's youth justice priority as round 42's write-up quotes it; written
examples say so. None from the tracker gold."""

from __future__ import annotations

from conftest import mention_in, priority_statement
from miner.track_passages import _only_names

# corpus/kent/Appendix G - Key Service Statement.txt (Kent County Council, County Council 13 Feb 2025; MANIFEST:
# lusavkaedu/council-assistant archive/council_documents_archived/full_council/2025-02-13/chunks/
# Appendix G - Key Service Statement_chunks.json): a table's cell
CELL = "Adult Social Care & Health"
# corpus/pdf/24-00108 - Finance Monitoring Report - Q3 - November 2024-25.pdf (Kent; MANIFEST:
# https://democracy.kent.gov.uk/documents/s128770/24-00108%20-%20Finance%20Monitoring%20Report%20-%20Q3%20-%20November%202024-25.pdf)
LABEL = "Adult Social Care & Health including Public Health"
SAVINGS = "Adult Social Care & Health Savings"
# Medway's youth justice priority, as annotations/README.md (Tracker round 42, Left) quotes it; the others written
PRIORITIES = ("Prevent Youth Crime", "Reduce Re-offending", "Protect the public from harm")
# written: an aim naming a service
AIM = "To help reduce demand for reactive services"


def test_a_label_named_in_part_is_a_label():
    assert _only_names(CELL, priority_statement(CELL), [mention_in("Adult Social Care", CELL)])
    assert _only_names(LABEL, priority_statement(LABEL), [mention_in("Adult Social Care", LABEL)])
    assert _only_names(SAVINGS, priority_statement(SAVINGS), [mention_in("Adult Social Care & Health", SAVINGS)])


def test_a_lower_case_word_or_a_word_before_any_name_is_no_label():
    # written: a lower-case word is said of the name, not part of it
    said = "Adult Social Care & Health savings delivered"
    assert not _only_names(said, priority_statement(said), [mention_in("Adult Social Care & Health", said)])
    # written: a capitalised word before any name, or a capitalised verb after one
    before = "Improved Adult Social Care"
    assert not _only_names(before, priority_statement(before), [mention_in("Adult Social Care", before)])
    verb = "Adult Social Care & Health Deliver"
    assert not _only_names(verb, priority_statement(verb), [mention_in("Adult Social Care & Health", verb)])
    assert not _only_names(AIM, priority_statement(AIM), [mention_in("reactive services", AIM)])


def test_a_verb_led_priority_is_no_label():
    prevent = PRIORITIES[0]
    # the entity linker takes the whole line for a programme's name
    assert not _only_names(prevent, priority_statement(prevent), [mention_in(prevent, prevent, "PROGRAMME")])
    assert not _only_names(prevent, priority_statement(prevent), [mention_in("Youth Crime", prevent, "PROGRAMME")])
    for line in PRIORITIES[1:]:
        assert not _only_names(line, priority_statement(line), [mention_in(line, line, "PROGRAMME")])
    # written: a programme's name alone still is a label
    name = "Youth Crime Prevention Programme"
    assert _only_names(name, priority_statement(name), [mention_in(name, name, "PROGRAMME")])


def test_the_quoted_corpus_papers_hold_the_lines():
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "corpus"
    assert CELL in (root / "kent" / "Appendix G - Key Service Statement.txt").read_text(encoding="utf-8")
