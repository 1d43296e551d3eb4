"""Entities round 62 (stop 60, helper en68): the NER 0.7.0 adopted.

Round 61's candidate (the 79 train papers and batches F-I, seed 7) is in `models/ner/`, trained on the entity train
split as it now stands (F-I's gold moved from `annotations/entities/round61/` into the top folder); the check pages
J+K stay outside every split. The rules that 0.6.0's readings had hidden are general now; two of them are tested here
on real pages (addresses in corpus/MANIFEST.tsv): the initials of a person the minutes named are that person where the
NER reads nothing there, and a file's size unit is no one's initials.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from miner.evaluation import entities as ev
from test_entities_fresh_r45 import _found_in_order

ROOT = Path(__file__).resolve().parent.parent
# http://shropshirefire.gov.uk/meeting/10-october-2018 (entities round 60's batch J, the check of round 61)
SHROPSHIRE = "corpus/web/Shropshire and Wrekin Fire and Rescue Authority - Fire Authority 2018-10-10.txt"
# Wereham Parish Council minutes, 11 November 2014 (corpus/parish; MANIFEST row)
WEREHAM_2014 = "corpus/parish/Wereham Parish Council minutes 2014-11-11.txt"


def test_the_shipped_ner_is_070_trained_on_the_train_split():
    meta = json.loads((ROOT / "models" / "ner" / "meta.json").read_text())
    assert meta["version"] == "0.7.0"
    train = ev.split_files(ev.load_gold(), "train")
    assert sorted(meta["miner"]["train_files"]) == sorted(train) and len(train) == 107
    assert not set(ev.load_gold(ROOT / "annotations" / "entities" / "check61")) & set(train)
    assert re.search(r'^VERSION = "0\.7\.0"', (ROOT / "scripts" / "train_ner.py").read_text(), re.M)


def test_a_members_initials_are_the_member_where_the_ner_reads_nothing(services_nlp):
    # "Cllr Karin Newell KN" in the attendance list, then "6.5 KN to pass Garden of Remembrance book to Clerk."
    found = _found_in_order(services_nlp, WEREHAM_2014, ["Cllr Karin Newell KN", "6.5 KN to pass Garden"])
    assert found.get("KN") == ("PERSON", "Karin Newell")


def test_a_file_sizes_unit_is_no_persons_initials(services_nlp):
    # "The Fire Authority will also welcome Councillor Karen Blundell from Telford & Wrekin Council." and the agenda's
    # file list: "Fire Authority Annual Meeting Minutes 20 June 2018271.08 KB"
    found = _found_in_order(services_nlp, SHROPSHIRE, ["Councillor Karen Blundell", "271.08 KB"])
    assert "KB" not in found, found
    found = _found_in_order(services_nlp, SHROPSHIRE, ["Councillor Karen Blundell"])
    assert found.get("Karen Blundell", (None,))[0] == "PERSON"
