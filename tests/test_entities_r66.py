"""Entities round 66 (stop 62, helper en72): check batch N committed, and the next NER judged on it.

Round 65's fresh batch N (6 pages: a combined authority, a fire authority, two joint committees, two health and
wellbeing boards; gold written by reading before any run) is in `corpus/web/` with MANIFEST rows, its gold in
`annotations/entities/check65/`, outside every entity split (`load_gold` reads only the top folder), so the tuned and
held-out sets are unchanged and no model trains on it. Sources: corpus/MANIFEST.tsv.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from conftest import check_entity_batch, check_entity_gold
from miner.evaluation import entities as ev

ROOT = Path(__file__).resolve().parent.parent
CHECK = ROOT / "annotations" / "entities" / "check65"


def _gold() -> dict[str, dict[str, dict]]:
    return {f: {r["text"]: r for r in rows} for f, rows in ev.load_gold(CHECK).items()}


def test_the_round_added_6_check_pages_outside_every_split_and_training_set():
    check_entity_batch("entities round 65's fresh batch N", CHECK, 6)


def test_every_gold_form_is_found_in_its_page():
    check_entity_gold(CHECK, 6, 79, 115)


def test_names_broken_over_a_line_and_a_body_by_its_kind_are_gold():
    # https://democracy.gwynedd.llyw.cymru/ieListDocuments.aspx?CId=433&MeetingId=5238
    # "Councillor Mark\nPritchard (Wrexham County Borough Council) ·\nRhun ap Gareth (Conwy\nCounty Borough Council)"
    nw = _gold()["corpus/web/North Wales Corporate Joint Committee - Joint Committee 2024-06-21.txt"]
    assert nw["Mark Pritchard"]["label"] == nw["Rhun ap Gareth"]["label"] == "PERSON"
    assert nw["Conwy County Borough Council"]["label"] == "ORG"
    assert nw["CJC"]["label"] == "BOARD" and nw["CJC"]["canonical"] == "North Wales Corporate Joint Committee"
    _, text = ev.document_text("corpus/web/North Wales Corporate Joint Committee - Joint Committee 2024-06-21.txt")
    spans = {text[s:e] for s, e, _, _ in ev.gold_spans(text, list(nw.values()))}
    assert "Mark\nPritchard" in spans and "Conwy\nCounty Borough Council" in spans
    # https://democracy.cambridgeshirepeterborough-ca.gov.uk/ieListDocuments.aspx?CId=141&MId=145&Ver=4
    # "He reiterated how Mayoral Combined Authorities play a crucial role" (a category: not gold)
    # "the last meeting of the Combined Authority Board"
    ca = _gold()["corpus/web/Cambridgeshire and Peterborough Combined Authority - Combined Authority Board 2024-07.txt"]
    assert ca["Combined Authority"]["label"] == "ORG" and ca["Combined Authority Board"]["label"] == "BOARD"
    assert "Mayoral Combined Authorities" not in ca


def test_an_elided_council_a_titled_surname_and_a_role_are_read_as_the_guidelines_say():
    # https://democracy.westsuffolk.gov.uk/ieListDocuments.aspx?CId=499&MeetingId=4122
    # "established by Forest Heath District (FHDC) and St Edmundsbury Borough (SEBC) Councils"
    ws = _gold()["corpus/web/West Suffolk - Joint Executive (Cabinet) Committee 2018-06-25.txt"]
    assert ws["Forest Heath District"]["canonical"] == ws["FHDC"]["canonical"] == "Forest Heath District Council"
    assert ws["Joint Executive (Cabinet) Committee"]["label"] == "BOARD" and "Cabinet" not in ws
    # https://democracy.bcpcouncil.gov.uk/ieListDocuments.aspx?CId=347&MId=4650&Ver=4
    # "Councillor Nicola Greene was nominated ... Councillor Greene took the role of Chairman."
    # "Katharine Harvey, Service Director for Children, Young People and Families" (a job title: no directorate)
    bcp = _gold()["corpus/web/BCP Council - Health and Wellbeing Board 2020-12-03.txt"]
    assert bcp["Nicola Greene"]["label"] == bcp["Councillor Greene"]["label"] == "PERSON"
    assert "Councillor Nicola Greene" not in bcp
    assert not any("Children" in t for t in bcp)


def _train_ner():
    spec = importlib.util.spec_from_file_location("train_ner", ROOT / "scripts" / "train_ner.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_trainer_takes_the_waiting_sets_and_never_the_check_n():
    # scripts/train_ner.py --seed 7 --add-gold check61 round64 check64: the 0.8.0 candidate's 132 papers
    tn = _train_ner()
    train = ev.split_files(ev.load_gold(), "train")
    assert tn.with_added_gold(train, []) == train and len(train) == 107
    files = tn.with_added_gold(train, ["check61", "round64", "check64"])
    assert files == sorted(files) and len(files) == 132 and set(train) < set(files)
    for name, n in (("check61", 13), ("round64", 6), ("check64", 6)):
        folder = set(ev.load_gold(ROOT / "annotations" / "entities" / name))
        assert len(folder) == n and folder <= set(files)
    assert not set(files) & set(ev.load_gold(CHECK))
    assert not set(files) & set(ev.split_files(ev.load_gold(), "heldout"))
    rows, _ = tn.training_gold(["check61", "round64", "check64"])
    assert set(files) <= set(rows)
