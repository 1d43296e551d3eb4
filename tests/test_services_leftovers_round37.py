"""Entities round 37 (leftovers of round 36 over the tuned papers, no new gold): a budget table's label in capitals
and a line cut at its "&", a family hub's session groups, "Home to School transport" with its lower-case kind word
and the council's "Reserves Policy". Every text is a paragraph of the corpus paper, read as the evaluation reads it
(`miner.evaluation.entities.paragraphs`)."""

from __future__ import annotations

from conftest import mention_labels as _labels
from conftest import paper_mentions as _read

BUDGET = "corpus/kent/Appendix 1 Cabinet - Budget Update.txt"
MINUTES = "corpus/kent/Printed minutes 13th-Feb-2025 09.30 County Council.txt"
OFFER = "corpus/kent/Appendix 5 - Service Offer Comparison.txt"
EQIA = "corpus/kent/Appendix 8 - Commissioned Family Hub Contracts Decision EqIA.txt"
CMPB = "corpus/kent/Appendix 1 - Kent CMPB 2024 Annual Report.txt"


def test_a_budget_tables_label_and_a_line_cut_at_its_ampersand_are_no_names(services_nlp):
    found = _labels(_read(services_nlp, BUDGET, "MEMORANDUM", "New & FYE of existing"))
    assert "MEMORANDUM" not in found, found
    assert not any(name.startswith("&") for name in found), found


def test_family_hub_session_groups_are_no_boards(services_nlp):
    for paper in (OFFER, EQIA):
        found = _labels(_read(services_nlp, paper, "Breastfeeding Support Group"))
        assert not any(label == "BOARD" and name.endswith("Support Group") for name, label in found.items()), found
    found = _labels(_read(services_nlp, EQIA, "Healthy Baby Group"))
    assert "Healthy Baby Group" not in found, found


def test_groups_that_meet_stay_boards(services_nlp):
    # a guard: the old code read them as boards too
    found = _labels(_read(services_nlp, CMPB, "Recognise & Remember Task Group"))
    assert found.get("Recognise & Remember Task Group") == "BOARD", found


def test_home_to_school_transport_with_its_lower_case_kind_word(services_nlp):
    found = _labels(_read(services_nlp, MINUTES, "Home to School transport"))
    assert found.get("Home to School transport") == "SERVICE", found


def test_the_councils_reserves_policy(services_nlp):
    found = _labels(_read(services_nlp, MINUTES, "The Reserves Policy as set out"))
    assert found.get("Reserves Policy") == "PROGRAMME", found


def test_groups_in_a_table_of_companies_are_companies(services_nlp):
    found = _labels(_read(services_nlp, CMPB, "| BJF Group |", "| Pantera Group |", "| Vistry Group"))
    for name in ("BJF Group", "Pantera Group", "Vistry Group"):
        assert found.get(name) == "ORG", (name, found)
