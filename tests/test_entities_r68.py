"""Entities round 68 (stop 63, helper en74): check batch O committed, and the next NER judged on it.

Round 67's fresh batch O (5 pages: two combined authorities' scrutiny committees, two joint waste bodies, a national
park authority; gold written by reading before any run) is in `corpus/web/` with MANIFEST rows, its gold in
`annotations/entities/check67/`, outside every entity split (`load_gold` reads only the top folder), so the tuned and
held-out sets are unchanged and no model trains on it. Sources: corpus/MANIFEST.tsv.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from conftest import check_entity_batch, check_entity_gold
from miner.evaluation import entities as ev

ROOT = Path(__file__).resolve().parent.parent
CHECK = ROOT / "annotations" / "entities" / "check67"
WAITING = ["check61", "round64", "check64", "check65"]


def _gold() -> dict[str, dict[str, dict]]:
    return {f: {r["text"]: r for r in rows} for f, rows in ev.load_gold(CHECK).items()}


def test_the_round_added_5_check_pages_outside_every_split_and_training_set():
    check_entity_batch("entities round 67's fresh batch O", CHECK, 5)


def test_every_gold_form_is_found_in_its_page():
    check_entity_gold(CHECK, 5, 100, 119)


def test_an_attendance_list_run_together_is_read_name_by_name():
    # https://docslib.org/doc/1419180/minutes-of-the-overview-scrutiny-committee (a flattened PDF)
    # "In Attendance Jess Bayley Bromsgrove District and Redditch Borough Councils Jan Britton Sandwell Metropolitan
    # Borough Council" ... "Sean Russell West Midlands Police and Mental Health Commission Implementation Director"
    wm = _gold()["corpus/web/West Midlands Combined Authority - Overview and Scrutiny Committee 2017-01-27.txt"]
    assert wm["Jess Bayley"]["label"] == wm["Jan Britton"]["label"] == "PERSON"
    assert wm["Bromsgrove District"]["label"] == "ORG"
    assert wm["Bromsgrove District"]["canonical"] == "Bromsgrove District Council"
    assert wm["Redditch Borough"]["canonical"] == wm["Redditch Borough Council"]["canonical"]
    assert wm["INLOGOV"]["canonical"] == "Institute of Local Government Studies"
    assert wm["Overview & Scrutiny Committee"]["canonical"] == wm["Overview and Scrutiny Committee"]["canonical"]
    assert "Councillor Peter Hughes" not in wm and wm["Peter Hughes"]["label"] == "PERSON"


def test_plans_rooms_and_a_body_by_its_kind_are_read_as_the_guidelines_say():
    # https://www.pembrokeshirecoast.wales/about-the-national-park-authority/committees/committee-papers/national-park-authority/
    # "approve Responding to the Climate Change Emergency (2020 – 2030) – Our actions to deliver the National Park
    # Management Plan 2020-2024"; "Members' comments are sought on the draft Annual Governance Statement" (a kind of
    # paper); "in accordance with the Financial Standards" (financial rules, as "Financial Regulations" in tuned gold)
    pc = _gold()["corpus/web/Pembrokeshire Coast National Park Authority - National Park Authority 2020-06-03.txt"]
    assert pc["Responding to the Climate Change Emergency"]["label"] == "PROGRAMME"
    assert pc["National Park Management Plan 2020-2024"]["label"] == "PROGRAMME"
    assert pc["Coast Path"]["label"] == "PLACE"
    assert pc["National Park Authority"]["canonical"] == "Pembrokeshire Coast National Park Authority"
    assert not any("Governance Statement" in t or "Financial Standards" in t for t in pc)
    # https://moderngov.staffordshire.gov.uk/ieListDocuments.aspx?CId=501&MId=13790&Ver=4
    # "Venue: Civic Centre Ballroom, Civic Centre, Beecroft Road, Cannock"; "... Part 1 of Schedule 12A (as amended)
    # of the Local Government Act 1972" (an Act: no name)
    st = _gold()["corpus/web/Staffordshire Local Government Association - Joint Waste Management Board 2021-09-29.txt"]
    assert st["Civic Centre Ballroom"]["label"] == st["Civic Centre"]["label"] == "PLACE"
    assert st["City of Stoke-on-Trent"]["label"] == "ORG"
    assert not any("Act" in t.split() for t in st)
    # https://westofengland-ca.moderngov.co.uk/ieListDocuments.aspx?CId=143&MId=542
    # "It was proposed by Cllr Gollop, seconded by Cllr McFie"; "That Cllr Winston Duguid be elected as Chair"
    we = _gold()["corpus/web/West of England Combined Authority - Overview and Scrutiny Committee 2022.txt"]
    assert we["Cllr Gollop"]["label"] == "PERSON" and we["Cllr Duguid"]["canonical"] == "Winston Duguid"
    assert "Cllr Winston Duguid" not in we


def _train_ner():
    spec = importlib.util.spec_from_file_location("train_ner", ROOT / "scripts" / "train_ner.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_trainer_takes_the_four_waiting_sets_and_never_the_check_o():
    # scripts/train_ner.py --seed 7 --add-gold check61 round64 check64 check65: the 0.9.0 candidate's 138 papers
    tn = _train_ner()
    train = ev.split_files(ev.load_gold(), "train")
    files = tn.with_added_gold(train, WAITING)
    assert files == sorted(files) and len(files) == 138 and set(train) < set(files)
    for name, n in (("check61", 13), ("round64", 6), ("check64", 6), ("check65", 6)):
        folder = set(ev.load_gold(ROOT / "annotations" / "entities" / name))
        assert len(folder) == n and folder <= set(files)
    assert not set(files) & set(ev.load_gold(CHECK))
    assert not set(files) & set(ev.split_files(ev.load_gold(), "heldout"))
