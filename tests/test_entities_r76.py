"""Entities round 76 (stop 67, helper en82): round 75's leftovers counted on the pool, judged on a fresh batch V.

Batch V (7 pages: a Scottish council's special meeting, two district and borough councils' council minutes, a Scottish
council's working group, three parish councils' minutes; councils in no earlier entities batch; gold written by reading
before any run) is in `corpus/web/` with MANIFEST rows, its gold in `annotations/entities/check76/`, outside every
entity split.

Classes of the pool's errors found in three or more batches, fixed by general forms with their words in
`miner/nlp/patterns/service_terms.json`:
- an attendance list's next label read into a person's name ("Mrs Scriven Members of public:", "T. Gritton
  Parishioners:", "Mr Oldridge Appointed Members:", "Mr Howard Smith" then "Planning officer" on the next line);
- people and London boroughs written in capitals ("DEACON TONY MARTIN", "COUNCILLOR MRS LURLINE CHAMPAGNIE BE
  ELECTED", "MR COWLING", "LONDON BOROUGH OF HARROW").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_entity_batch, check_entity_gold, paper_mentions, unit_mentions

ROOT = Path(__file__).resolve().parent.parent
CHECK = ROOT / "annotations" / "entities" / "check76"
WEB = "corpus/web/"
WELLESBOURNE = "Wellesbourne Parish Council - Extraordinary Full Council 2019-08-20.txt"
HARROW = "London Borough of Harrow - Annual Council 2004-05-13.txt"
REEDNESS = "Reedness and Swinefleet Internal Drainage Board - Full Board 2019-05-13.txt"


def test_the_round_added_7_check_pages_outside_every_split_and_training_set():
    check_entity_batch("entities round 76's fresh batch V", CHECK, 7)
    check_entity_gold(CHECK, 7, 145, 171)  # round 80: "FULL COUNCIL" (Crowan) added as BOARD


@pytest.mark.parametrize("page,marker,name,wrong", [
    (WELLESBOURNE, "Members of public", "Mrs Scriven", "Scriven Members"),
    (WELLESBOURNE, "Cllr Mrs Prior", "Cllr Mrs Prior", "Prior Councillors"),
    (WELLESBOURNE, "Mr Howard Smith", "Howard Smith", "Howard Smith Planning"),
    ("Little Totham Parish Council - Parish Council 2022-09-06.txt", "T. Gritton", "T. Gritton",
     "T. Gritton Parishioners"),
    (REEDNESS, "Mr Oldridge", "Mr Oldridge", "Oldridge Appointed Members"),
])
def test_a_list_s_next_label_is_no_part_of_the_name_before_it(nlp, page, marker, name, wrong):
    found = paper_mentions(nlp, WEB + page, marker)
    assert found.get(name, (None,))[0] == "PERSON" and wrong not in found


def test_a_label_word_inside_a_name_or_before_no_colon_stays(nlp):
    # written for this test: a name whose last word is a label's word, with no colon or new line after it
    found = unit_mentions(nlp, "The report was presented by Mr Andrew Chairman and seconded by Mrs Clerk.")
    assert not any(t in found for t in ("Mr Andrew", "Andrew"))


@pytest.mark.parametrize("page,marker,name,label", [
    (HARROW, "DEACON TONY MARTIN", "TONY MARTIN", "PERSON"),
    (HARROW, "that COUNCILLOR MRS LURLINE", "LURLINE CHAMPAGNIE", "PERSON"),
    (HARROW, "THAT COUNCILLOR MRS LURLINE", "LURLINE CHAMPAGNIE", "PERSON"),
    (HARROW, "THAT COUNCILLOR MRS LURLINE", "LONDON BOROUGH OF HARROW", "ORG"),
    (REEDNESS, "MR COWLING", "MR COWLING", "PERSON"),
    (REEDNESS, "MR BARKER", "MR BARKER", "PERSON"),
])
def test_people_and_boroughs_in_capitals(nlp, page, marker, name, label):
    assert paper_mentions(nlp, WEB + page, marker).get(name, (None,))[0] == label


def test_what_the_capitals_rule_leaves_alone(nlp):
    # written for this test: a title's run ends before a stop word, and capitals with no title are no person
    found = unit_mentions(nlp, "IT WAS RESOLVED THAT MR JONES BE APPOINTED AND THAT THE REPORT BE NOTED.")
    assert found.get("MR JONES", (None,))[0] == "PERSON"
    assert not any(label == "PERSON" and t != "MR JONES" for t, (label, _) in found.items())
