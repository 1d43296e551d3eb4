"""Entities round 61 (stop 60, helper en67): gold for fresh councils' pages, for an NER retrain.

Batches F-I (28 committee pages of 28 councils and bodies, rounds 56-59) have gold written by reading each page whole,
in `annotations/entities/round61/`; batches J and K (13 pages) are the retrain's check, gold in
`annotations/entities/check61/`. The NER 0.7.0 candidate trained on F-I did not ship in round 61 (31 area tests failed
with it); round 62 moved F-I's gold into the top folder (the entity train split, as 0.7.0 was trained) and shipped it.
The check's folder stays outside the splits: `load_gold` reads only the top folder. Sources: corpus/MANIFEST.tsv.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from miner.evaluation import entities as ev

ROOT = Path(__file__).resolve().parent.parent
CHECK = ROOT / "annotations" / "entities" / "check61"
TOP = ROOT / "annotations" / "entities"
MANIFEST = {r["file"]: r for r in csv.DictReader(open(ROOT / "corpus" / "MANIFEST.tsv", encoding="utf-8"),
                                                  delimiter="\t")}
TRAIN_ADDED = [r for r, row in MANIFEST.items() if "in the entity train split since entities round 62" in row["source"]]


def train_added_gold() -> dict[str, list[dict]]:
    return {f: rows for f, rows in ev.load_gold(TOP).items() if f in {"corpus/" + r for r in TRAIN_ADDED}}
CHECK_PAGES = [r for r, row in MANIFEST.items() if "the NER retrain's check in entities round 61" in row["source"]]


def check_gold() -> dict[str, list[dict]]:
    return ev.load_gold(CHECK)


def test_the_round_added_28_train_pages_and_13_check_pages_with_their_addresses():
    assert len(TRAIN_ADDED) == 28 and len(CHECK_PAGES) == 13
    for rel in TRAIN_ADDED + CHECK_PAGES:
        assert (ROOT / "corpus" / rel).exists()
        assert MANIFEST[rel]["source"].startswith("http")


def test_the_train_pages_are_in_the_train_split_and_the_check_pages_outside():
    # (round 62: F-I's gold moved from round61/ into the top folder, the split NER 0.7.0 was trained on)
    gold = ev.load_gold()  # the top folder
    assert not (ROOT / "annotations" / "entities" / "round61").exists() or not any(
        (ROOT / "annotations" / "entities" / "round61").glob("*.jsonl"))
    assert {"corpus/" + r for r in TRAIN_ADDED} <= set(ev.split_files(gold, "train"))
    assert not {"corpus/" + r for r in CHECK_PAGES} & set(gold)
    assert set(check_gold()) == {"corpus/" + r for r in CHECK_PAGES}


@pytest.mark.parametrize("which", ["train-added", "check"])
def test_every_gold_form_of_the_rounds_pages_is_found_in_its_page(which):
    gold = train_added_gold() if which == "train-added" else check_gold()
    assert len(gold) == (28 if which == "train-added" else 13)
    for file, rows in gold.items():
        _, text = ev.document_text(file)
        missing = [r["text"] for r in rows if not ev._surface_regex(r["text"]).search(text)]
        assert not missing, (file, missing)


def test_attendance_list_people_are_gold_and_a_dukes_title_is_no_place():
    # https://archive.northantspfcc.org.uk/our-information/police-accountability-board-minutes/police-accountability-board-notes-11-may-2021
    # "Nicci Marzec (NM) ... Colleen Rattigan (CR)": people of an attendance list with their initials
    pfcc = {r["text"]: r["label"] for r in check_gold()[
        "corpus/web/Northamptonshire Police, Fire and Crime Commissioner - Police Accountability Board 2021-05-11.txt"]}
    assert pfcc["Nicci Marzec"] == pfcc["NM"] == pfcc["Colleen Rattigan"] == pfcc["CR"] == "PERSON"
    # http://hwfire.cmis.uk.com/hwfire/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/111/Committee/2/Default.aspx
    # "officially opened by His Royal Highness the Duke of Gloucester": a title, not the city
    hw = {r["text"] for r in check_gold()["corpus/web/Hereford and Worcester Fire Authority - Fire Authority December 2015.txt"]}
    assert "Pershore Abbey" in hw and "Gloucester" not in hw


def test_a_train_pages_gold_reads_a_lower_case_defined_board_and_skips_an_act():
    # https://citizen.westberks.gov.uk/constitution-domestic-abuse-board
    # 'appoint a domestic abuse local partnership board ("DALPB")' ... 'Domestic Abuse Act 2021 ("DAA")'
    rows = {r["text"]: r for r in train_added_gold()["corpus/web/West Berkshire Council - Domestic Abuse Board terms of reference.txt"]}
    assert rows["domestic abuse local partnership board"]["label"] == rows["DALPB"]["label"] == "BOARD"
    assert "DAA" not in rows and "Domestic Abuse Act 2021" not in rows
