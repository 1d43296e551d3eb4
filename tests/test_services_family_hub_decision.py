"""Entities round 33 (Kent's Family Hub contracts decision 24-00093: its decision report, call-in submission and EqIA;
Stoke Ferry parish minutes of January 2020): wards named with "Ward", districts named after two towns, a charity's
session, address lines, a rule's name run across two names the NER read apart, a name run into a hyphenated word, a
saint's name, a Borough Council by its initials, footpaths by number, "from Highways", a minutes' verb after a first
name, and a two-word name by its initials. Every text is a paragraph of the corpus paper, read as the evaluation
reads it (`miner.evaluation.entities.paragraphs`)."""

from __future__ import annotations

from conftest import mention_labels as _labels
from conftest import paper_mentions as _read

from miner.evaluation.entities import document_text, paragraphs

DECISION = "corpus/kent/Appendix 3 - 24-00093 Decision Report.txt"
CALL_IN = "corpus/kent/Appendix 2 - Call-in submission 24-00093 Seashells and Millmead.txt"
EQIA = "corpus/kent/Appendix 8 - Commissioned Family Hub Contracts Decision EqIA.txt"
STOKE_FERRY = "corpus/parish/Stoke Ferry Parish Council minutes 2020-01-08.txt"


def test_a_ward_named_with_its_kind_word_is_one_place(services_nlp):
    found = _labels(_read(services_nlp, DECISION, "Millmead is situated in Dane Valley Ward"))
    assert found.get("Dane Valley Ward") == "PLACE" and found.get("Sheerness Ward") == "PLACE", found
    found = _labels(_read(services_nlp, EQIA, "Ladybird CC in Queenborough and Halfway Ward"))
    assert found.get("Queenborough and Halfway Ward") == "PLACE" and "Queenborough" not in found, found


def test_a_district_named_after_two_towns_is_two_places(services_nlp):
    found = _labels(_read(services_nlp, DECISION, "| Folkestone and Hythe |"))
    assert all(found.get(p) == "PLACE" for p in ("Folkestone", "Hythe", "Tonbridge", "Malling")), found
    assert "Folkestone and Hythe" not in found and "Tonbridge and Malling" not in found, found


def test_a_charity_session_is_no_branch_of_it(services_nlp):
    found = _labels(_read(services_nlp, EQIA, "Citizens Advice Clinic"))
    assert found.get("Citizens Advice") == "ORG" and "Citizens Advice Clinic" not in found, found


def test_an_address_line_keeps_its_town_and_county(services_nlp):
    found = _labels(_read(services_nlp, STOKE_FERRY, "Stoke Ferry King's Lynn Norfolk PE33 9TA"))
    assert found.get("King's Lynn") == "PLACE" and found.get("Norfolk") == "PLACE", found
    assert "Lynn Norfolk" not in found, found


def test_a_rule_run_across_two_names_the_ner_read_apart(services_nlp):
    found = _labels(_read(services_nlp, DECISION, "Millmead Family Hub in Thanet and Seashells Family Hub"))
    assert found.get("Thanet") == "PLACE" and found.get("Seashells Family Hub") == "SERVICE", found
    assert "Thanet and Seashells Family Hub" not in found, found
    found = _labels(_read(services_nlp, EQIA, "in the case of Millmead and Sheppey Gateway"))
    assert found.get("Millmead") == "SERVICE" and found.get("Sheppey Gateway") == "SERVICE", found
    assert "Millmead and Sheppey Gateway" not in found, found
    # a plural head both names share keeps them one, as the Family Hub papers' gold has them
    found = _labels(_read(services_nlp, CALL_IN, "both Millmead and Seashells Family Hubs"))
    assert found.get("Millmead and Seashells Family Hubs") == "SERVICE", found


def test_a_name_run_into_a_hyphenated_word_is_a_modifier(services_nlp):
    from miner.model import TextUnit

    doc_id, text = document_text(DECISION)
    offset, chunk = next((o, c) for o, c in paragraphs(text) if "KCC-owned assets" in c)
    doc = services_nlp.make_doc(chunk)
    doc._.miner_unit = TextUnit(f"{doc_id}-hyphen", None, None, "body", "other", None, offset, chunk)
    ends = {span._.miner_record.end - offset for span in next(services_nlp.pipe([doc])).spans["miner_mentions"]}
    assert chunk.index("-owned") not in ends, ends  # "KCC" of "KCC-owned" is no mention
    assert chunk.index("KCC services") + 3 in ends, ends  # while "the KCC services" still names the council


def test_a_saints_name_is_a_place(services_nlp):
    found = _labels(_read(services_nlp, DECISION, "Neither Upper Weald or St Radigunds"))
    assert found.get("St Radigunds") == "PLACE", found


def test_parish_minutes_bodies_paths_and_members(services_nlp):
    found = _read(services_nlp, STOKE_FERRY, "Cllr Colin Sampson (BCKLWN)")
    assert found.get("BCKLWN") == ("ORG", "Borough Council of King's Lynn and West Norfolk"), found
    assert _labels(_read(services_nlp, STOKE_FERRY, "agreed with English Heritage"))["English Heritage"] == "ORG"
    found = _labels(_read(services_nlp, STOKE_FERRY, "Footpath 5 (FP5)"))
    assert found.get("Footpath 5") == "PLACE" and found.get("FP5") == "PLACE", found
    assert _labels(_read(services_nlp, STOKE_FERRY, "Ownership of Footpath 17")).get("Footpath 17") == "PLACE"
    found = _labels(_read(services_nlp, STOKE_FERRY, "awaiting a response from Highways for installation"))
    assert found.get("Highways") == "SERVICE", found
    found = _labels(_read(services_nlp, STOKE_FERRY, "Cllr Jim Proposed, seconded Cllr Janet"))
    assert found.get("Cllr Jim") == "PERSON" and "Jim Proposed" not in found, found


def test_a_two_word_name_by_its_initials(services_nlp):
    # "the Parish Council" throughout the minutes before "The use of the PC website was discussed"
    found = _read(services_nlp, STOKE_FERRY, "The use of the PC website")
    assert found.get("PC", ("",))[0] == "ORG", found
