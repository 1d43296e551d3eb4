"""Entities round 78 (stop 67, helper en84): rounds 76-77 judged out of sample on a fresh batch W; "Cllr." with a stop.

Batch W (5 pages: two parish councils' minutes, a county council's, a district council's and a city council's council
minutes; councils in no earlier entities batch; gold written by reading before any run) is in `corpus/web/` with
MANIFEST rows, its gold in `annotations/entities/check78/`, outside every entity split.

A member's title written with a full stop before a surname ("Cllr. Roberts", "Cllr. Mrs Muriel", "Cllr.Gale") was missed
or misread in three batches (U, V, W); it is now a person with its title, the titles in
`miner/nlp/patterns/service_terms.json` (`stopped_person_titles`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_entity_batch, check_entity_gold, paper_mentions, unit_mentions

ROOT = Path(__file__).resolve().parent.parent
CHECK = ROOT / "annotations" / "entities" / "check78"
WEB = "corpus/web/"
CROWAN = "Crowan Parish Council - Full Council 2011-01-13.txt"
SKIRLAUGH = "Skirlaugh Parish Council - Parish Council 2017-03.txt"
THORESBY = "North Thoresby Parish Council - Full Parish Meeting 2023-08-07.txt"


def test_the_round_added_5_check_pages_outside_every_split_and_training_set():
    check_entity_batch("entities round 78's fresh batch W", CHECK, 5)
    check_entity_gold(CHECK, 5, 57, 71)  # round 80: "Full Council" (Arun) added as BOARD


@pytest.mark.parametrize("page,marker,name", [
    (CROWAN, "Cllr. Roberts", "Cllr. Blewett"),
    (CROWAN, "Cllr. Roberts", "Cllr. Mrs Muriel"),
    (CROWAN, "Cllr. Roberts", "Cllr. Tripp"),
    (CROWAN, "Cllr. Roberts", "Cllr. Keeling"),
    (SKIRLAUGH, "Cllr. Corden", "Cllr. Corden"),
    (THORESBY, "Cllr. Buckenham", "Cllr.Gale"),
    (THORESBY, "Cllr. Buckenham", "Cllr. Gallop"),
])
def test_a_title_with_a_full_stop_and_a_surname_is_a_person_with_its_title(nlp, page, marker, name):
    found = paper_mentions(nlp, WEB + page, marker)
    assert found.get(name, (None,))[0] == "PERSON"
    assert not any(t in found for t in ("Blewett Cllr", "Muriel Cllr")) or page != CROWAN


def test_a_forename_and_surname_after_the_stopped_title_are_left_to_the_ner(nlp):
    # written for this test: a full name after "Cllr." keeps no title (the gold drops a title before a full name)
    found = unit_mentions(nlp, "The meeting remembered Cllr. Eddie Large, who died in March.")
    assert "Cllr. Eddie" not in found and "Cllr. Eddie Large" not in found
