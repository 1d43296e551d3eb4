"""Entities round 39 (span boundaries over the tuned papers): a titled surname read with its honour, the list of a
committee's title after a list of committees, a body of two places' joint area, two services read as one over
"and", a person's name run on into a verb or past the surname after the initials, and a treasury table's banks
(whose place the NER read alone). Every text is a paragraph of the corpus paper, read as the evaluation reads it
(`miner.evaluation.entities.paragraphs`)."""

from __future__ import annotations

from conftest import mention_labels as _labels
from conftest import paper_mentions as _read

MARCH_MINUTES = "corpus/kent/Printed minutes 13th-Mar-2025 10.00 County Council.txt"
JANUARY_CABINET = "corpus/kent/Minutes of the meeting held on 9th January 2025.txt"
ICS_ACTIVITY = "corpus/kent/24-00115 - Appendix A - Current Health wellbeing activity within KCC.txt"
MEDWAY_2018 = "corpus/seeds/000_6cef1de8068e4e1d.txt"


def test_a_titled_surname_before_an_honour_keeps_its_title(services_nlp):
    found = _labels(_read(services_nlp, MARCH_MINUTES, "tributes to Mr Bullock MBE would be taken"))
    assert found.get("Mr Bullock") == "PERSON", found
    assert "Bullock MBE" not in found, found
    found = _labels(_read(services_nlp, MARCH_MINUTES, "Mr Kennedy, Mr Kite MBE, Mr Love OBE"))
    assert {found.get("Mr Kite"), found.get("Mr Sandhu"), found.get("Mr Love")} == {"PERSON"}, found


def test_a_listed_title_after_a_list_of_committees(services_nlp):
    found = _labels(_read(services_nlp, MARCH_MINUTES, "Education Cabinet Committee, Environment, Highways"))
    assert found.get("Environment, Highways & Waste Cabinet Committee") == "BOARD", found
    assert found.get("Education Cabinet Committee") == "BOARD", found
    # a list of the same words further back in the paragraph does not stop the title's own list
    found = _labels(_read(services_nlp, MARCH_MINUTES, "member of the Environment, Highways and Waste Cabinet"))
    assert found.get("Environment, Highways and Waste Cabinet Committee") == "BOARD", found


def test_a_body_of_two_places_joint_area(services_nlp):
    found = _labels(_read(services_nlp, MARCH_MINUTES, "Kent and Medway Fire & Rescue Authority"))
    assert found.get("Kent and Medway Fire & Rescue Authority") == "ORG", found
    assert "Kent" not in found and "Medway Fire & Rescue Authority" not in found, found


def test_two_services_joined_by_and_are_two(services_nlp):
    found = _labels(_read(services_nlp, MARCH_MINUTES, "such as SEND Transport and Children's Services"))
    assert found.get("SEND Transport") == "SERVICE" and found.get("Children's Services") == "SERVICE", found
    found = _labels(_read(services_nlp, JANUARY_CABINET, "unprecedented pressures in Adult Social Care"))
    assert found.get("Adult Social Care") == "SERVICE" and found.get("Children's Services") == "SERVICE", found
    found = _labels(_read(services_nlp, ICS_ACTIVITY, "Trading Standards & Kent Scientific Services"))
    assert found.get("Trading Standards") == "SERVICE" and found.get("Kent Scientific Services") == "SERVICE", found


def test_one_service_joined_by_and_stays_one(services_nlp):
    # a guard passing on the old code too: the second part opens on no place and no possessive
    found = _labels(_read(services_nlp, MEDWAY_2018, "Children's Social Care and Safeguarding Services"))
    assert found.get("Children's Social Care and Safeguarding Services") == "SERVICE", found


CMPB_REPORT = "corpus/kent/Appendix 1 - Kent CMPB 2024 Annual Report.txt"
NORTHWOLD_2018 = "corpus/parish/Northwold Parish Council minutes 2018-06-05.txt"


def test_a_persons_name_ends_before_a_verb_and_after_the_surname(services_nlp):
    found = _labels(_read(services_nlp, CMPB_REPORT, "John spoke about his recovery"))
    assert found.get("John") == "PERSON" and "John spoke" not in found, found
    found = _labels(_read(services_nlp, NORTHWOLD_2018, "Mrs N Cooper Clerk Hours"))
    assert found.get("Mrs N Cooper") == "PERSON" and "Mrs N Cooper Clerk Hours" not in found, found


TREASURY_HALF_YEAR = "corpus/kent/Appendix 1 - Half-year Report 2024-25.txt"


def test_a_treasury_tables_banks_and_building_societies(services_nlp):
    found = _labels(_read(services_nlp, TREASURY_HALF_YEAR, "Bank of Scotland - Bonds", "Leeds Building Society Bonds"))
    for bank in ("Bank of Scotland", "Royal Bank of Canada", "Canadian Imperial Bank of Commerce",
                 "Bank Of Nova Scotia", "Nationwide Building Society", "Leeds Building Society"):
        assert found.get(bank) == "ORG", (bank, found)
    assert "Scotland" not in found, found


WARWICKSHIRE_OSC = ("corpus/web/Warwickshire County Council - Adult Social Care and Health Overview and Scrutiny"
                    " Committee 2023-11-15.txt")


def test_a_council_of_a_hyphenated_town_and_a_committee_by_its_abbreviation(services_nlp):
    found = _labels(_read(services_nlp, WARWICKSHIRE_OSC, "write to Stratford-upon-Avon District Council"))
    assert found.get("Stratford-upon-Avon District Council") == "ORG", found
    found = _labels(_read(services_nlp, WARWICKSHIRE_OSC, "Children and Young People OSC meet jointly"))
    assert found.get("Children and Young People OSC") == "BOARD", found
