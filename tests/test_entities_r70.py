"""Entities round 70 (stop 63, helper en76): check P's error classes as general forms.

Check P (`annotations/entities/check69/`, round 69's fresh batch, committed in this round; its pages in corpus/web/
with their addresses in corpus/MANIFEST.tsv, quoted below) showed three forms the rules now read:

- a list of members after a plural title runs on over a line break after a comma when the next line opens on
  initials and a surname ("Cllrs B Austin, ..., M Dyer," + "L Emery, H Fickling, ..."; `person_list_item`); a line
  opening on a word alone does not continue it;
- a place's span opened by an abbreviation of "near" starts after it ("Nr Bishops Castle" -> "Bishops Castle",
  `place_lead_abbreviations`);
- a room's number after its name runs on into the place ("Conference Room 1a", `room_number_heads`).

Each text is read as one unit.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_entity_batch, check_entity_gold, unit_mentions

ROOT = Path(__file__).resolve().parent.parent
CHECK = ROOT / "annotations" / "entities" / "check69"

# https://www.thametowncouncil.gov.uk/thame-town-council/about-the-town-council/council-meetings/agendas-minutes/full-council/27-april-2021-minutes-draft/
THAME = ("Minutes of the Meeting of Thame Town Council held on 27 April 2021 at 6:30pm by Zoom Conference Call.\n\n\n"
         "Cllrs B Austin, D Bretherton, N Champken-Woods, P Cowell (Deputy Mayor), M Deacock, A Dite, M Dyer,\n"
         "L Emery, H Fickling, K Gregory, C Jones, A Midwinter (Town Mayor), J Tipping and T Wyse\n\n\n"
         "C Pinnells, Acting Town Clerk\n")
# https://moderngov.denbighshire.gov.uk/ieListDocuments.aspx?CId=484&MId=5053&Ver=4&LLL=0
CLWYD = "Agenda and draft minutes\n\nVenue: Conference Room 1a, County Hall, Ruthin\n\nContact: 01824 712589"
# https://shropshire.gov.uk/committee-services/ieListDocuments.aspx?CId=265&MId=3169&Ver=4
SHROPS = ("Agenda and minutes\nVenue: Norbury Village Hall, Norbury, Nr Bishops Castle. View directions\n"
          "Contact: Tim Ward Committee Officer")
# negatives: rooms already read (tuned and check pages), quoted from corpus/web
SOUTHEND = "Venue: Committee Room 1 - Civic Suite. View directions"  # Southend-on-Sea City Council, People Scrutiny
WECA = "Venue: Brunswick Room, Guildhall, High Street, Bath BA1 5AW"  # West of England CA O&S 2022 (batch O)


def test_the_round_added_5_check_pages_outside_every_split():
    check_entity_batch("entities round 69's fresh batch P", CHECK, 5)
    check_entity_gold(CHECK, 5, 109, 132)  # round 73: three bare-tier rows added (the guidelines' convention)


@pytest.fixture(scope="module")
def thame(nlp):
    return unit_mentions(nlp, THAME)


@pytest.mark.parametrize("name", ["L Emery", "H Fickling", "A Midwinter", "J Tipping", "T Wyse"])
def test_a_members_list_runs_on_over_a_line_break(thame, name):
    assert thame.get(name, (None,))[0] == "PERSON"


def test_the_list_s_first_line_stays_and_nothing_runs_past_its_end(thame):
    for name in ["B Austin", "D Bretherton", "P Cowell", "M Dyer"]:
        assert thame.get(name, (None,))[0] == "PERSON", name
    assert not any("Wyse" in t and "Pinnells" in t for t in thame)
    assert not any("\n" in t for t in thame)


def test_a_room_s_number_is_part_of_the_place(nlp):
    got = unit_mentions(nlp, CLWYD)
    assert got.get("Conference Room 1a", (None,))[0] == "PLACE"
    assert "Conference Room" not in got


def test_near_is_no_part_of_a_place(nlp):
    got = unit_mentions(nlp, SHROPS)
    assert got.get("Bishops Castle", (None,))[0] == "PLACE"
    assert "Nr Bishops Castle" not in got


def test_rooms_already_read_are_unchanged(nlp):
    got = unit_mentions(nlp, SOUTHEND)
    assert got.get("Committee Room 1", (None,))[0] == "PLACE"
    got = unit_mentions(nlp, WECA)
    assert got.get("Brunswick Room", (None,))[0] == "PLACE"
    assert got.get("Bath", (None,))[0] == "PLACE"
