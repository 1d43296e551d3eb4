"""Labels and boundaries of named services and bodies on the Medway train seeds, run through the real pipeline."""

from __future__ import annotations

import pytest

from miner.nlp.service_terms import HEAD_LABELS

SEEDS = ["corpus/seeds/000_6cef1de8068e4e1d.txt", "corpus/seeds/001_fd1a3b6a4ff01199.txt"]


@pytest.fixture(scope="module")
def mentions():
    from miner.evaluation.entities import predict

    return {f: predict(f, "combined") for f in SEEDS}


def test_model_programmes_boards_and_orgs_end_on_a_head_word_or_are_acronyms(mentions):
    # "Commissioning Intentions", "Hospital Funding" are not programmes however the NER labels them
    for found in mentions.values():
        for m in found:
            if m.method.startswith("model:") and m.label in ("PROGRAMME", "BOARD", "ORG"):
                words = m.text.split()
                assert words[-1].lower() in HEAD_LABELS or (len(words) == 1 and words[0].isupper()), m


def test_model_names_do_not_end_on_a_law_policy_role_or_group_of_people(mentions):
    # "Children and Families Act", "Youth Workers", "Unaccompanied Asylum Seeking Children" name no body
    from miner.nlp.service_names import _NOT_NAME_HEADS

    model = [m for found in mentions.values() for m in found if m.method.startswith("model:") and m.label != "PERSON"]
    assert model
    assert not [m.text for m in model if m.text.split()[-1].lower() in _NOT_NAME_HEADS]


def test_titled_full_name_is_the_name_not_title_and_first_name(mentions):
    # "Report from: Councillor Andrew Mackness – Portfolio Holder" (seed 000, 2018)
    found = {(m.text, m.label) for m in mentions[SEEDS[0]]}
    assert ("Andrew Mackness", "PERSON") in found
    assert not any(text == "Councillor Andrew" for text, _ in found)


def test_compass_part_of_an_area_is_one_place(mentions):
    # "youth violence in North Kent and Medway during 2020" (seed 001)
    places = [m.text for m in mentions[SEEDS[1]] if m.label == "PLACE"]
    assert "North Kent" in places
    assert "Medway" in places


def test_a_slash_ends_a_name():
    # consultation answers: "deprived children attend Millmead Family Hub / it is invaluable" (Kent 2024, train)
    from miner.evaluation.entities import predict

    found = predict("corpus/pdf/Appendix 6 - Commissioned Family Hub Contracts Consultation Report.pdf", "combined")
    assert not any(m.text.rstrip().endswith("/") or " / " in m.text for m in found)
    assert any(m.text == "Millmead Family Hub" and m.label == "SERVICE" for m in found)



def test_a_place_that_starts_a_longer_name_is_not_a_place_alone():
    # "facilitating their contributions to Somerset Choices" (seed 004, train): the gazetteer's "Somerset"
    # is the start of a service's name the rules do not know
    from miner.evaluation.entities import predict

    somerset = "corpus/seeds/004_4330630ba5c986a6.txt"
    text = open(somerset, encoding="utf-8").read()
    starts = {m.start for m in predict(somerset, "ruler") if m.label == "PLACE" and m.text == "Somerset"}
    assert text.index("Somerset Choices") not in starts
    assert starts  # "Somerset" on its own is still a place


def test_plans_made_for_one_child_are_not_programmes(mentions):
    # "The format of the Education Health and Care Plan", "EHC Plan" (seed 001), "will require an EHCP" (seed 000):
    # a plan for one child, no programme
    plans = ("EHC", "Education Health and Care Plan", "Child Protection Plan")
    assert not [m.text for found in mentions.values() for m in found if m.text.startswith(plans)]


def _read(path: str) -> str:
    from miner.evaluation.entities import document_text

    return document_text(path)[1]


def test_stacked_table_headers_and_upper_case_heading_pieces_are_no_names():
    # Kent's budget risk register stacks its column headers one word per line ("Financial\nFinancial\n
    # Exposure\nExposure"); the Family Hub consultation's PDF text splits its headings inside words
    # ("RESIDENT FEEDBACK – SEASHEL LS FAMI LY HUB"). Both are train papers.
    from miner.nlp.service_names import Candidate, clean_bounds

    register = _read("corpus/pdf/Appendix I Budget Risk Register 22.01.25.pdf")
    start = register.index("Financial\nFinancial\nExposure\nExposure")
    stacked = Candidate(start, start + len("Financial\nFinancial\nExposure\nExposure"), "SERVICE", "model", 1)
    consultation = _read("corpus/pdf/Appendix 6 - Commissioned Family Hub Contracts Consultation Report.pdf")
    start = consultation.index("RESIDENT FEEDBACK – SEASHEL LS FAMI LY HUB")
    pieces = [Candidate(start, start + len("RESIDENT FEEDBACK"), "SERVICE", "model", 1)]
    fami = consultation.index("FAMI", start)
    pieces.append(Candidate(fami, fami + 4, "SERVICE", "model", 1))
    assert clean_bounds(register, [stacked]) == []
    assert clean_bounds(consultation, pieces) == []
    # a rule's upper-case name on such a line stays: the ruler matched it whole
    assert clean_bounds(consultation, [Candidate(fami, fami + 4, "SERVICE", "rule", 1)])


def test_budget_risk_register_names_national_funding():
    # "The Dedicated Schools Grant (DSG) High Needs Block", "part of the Revenue Support Grant" (Kent 2025, train)
    from miner.evaluation.entities import predict

    labels = {(m.text, m.label) for m in predict("corpus/pdf/Appendix I Budget Risk Register 22.01.25.pdf", "ruler")}
    assert {("Dedicated Schools Grant", "PROGRAMME"), ("Revenue Support Grant", "PROGRAMME"), ("DfT", "ORG")} <= labels


def test_a_model_place_of_several_words_is_a_street_building_or_holds_a_known_place():
    # council questions and answers (Kent 2025, train): "Faversham Creek", "Isle of Sheppey", "Valley Road" stay
    # places; a capitalised phrase the NER calls a place ("Significant Risks") does not
    from miner.evaluation.entities import predict
    from miner.nlp.service_ner import _gazetteer_places
    from miner.nlp.service_terms import TERMS

    heads = set(TERMS["place_heads"])
    found = predict("corpus/pdf/Questions put and answers given - March 2025.pdf", "combined")
    places = {" ".join(m.text.split()) for m in found if m.label == "PLACE" and m.method.startswith("model:")}
    assert {"Faversham Creek", "Isle of Sheppey", "Valley Road"} <= places
    for name in places:
        words = name.split()
        assert len(words) == 1 or {words[0].lower(), words[-1].lower()} & heads or set(words) & _gazetteer_places(), name
