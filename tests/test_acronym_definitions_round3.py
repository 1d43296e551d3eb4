"""Acronyms round 3: definitions the rules missed or cut wrongly, each on a real paper's text."""

from __future__ import annotations

from conftest import unit_mentions

from miner.evaluation.entities import document_text
from miner.nlp.acronyms import find_definitions

# Norfolk parish minutes (West Dereham, 2 June 2016), item 5.7: a firm's one-word name defined by its parts' initials
GLAZEWING = ("5.7 Glazewing Report. Richard Stimson (RS), Compliance Manager, at Glazewing (GW) had provided a monthly "
             "report for the PC meeting. The report commented on issues arising regarding vehicles in and out of the "
             "site - GW continue to remind all drivers regarding access routes and speed limits.")
# Kent's ICS activity appendix (24-00115 Appendix A), a table cell: a programme named by its head before "to"
CATIE = "| | CATIE(Countywide Approach to Inclusive Education) |"
# Kent's finance monitoring report Q3 2024-25 (PDF): the next table cell, "Community", runs into the long form
OPSS = ("Variance is mainly due to an increase in income for Trading\nStandards from the Office for Product Safety and "
        "Standards\nCommunity\n(OPSS) for Ports and Borders work (-£0.3m) as well as a\n12.0 11.3")
# Kent's capital strategy (Appendix N): a name whose acronym's letters all lie inside its last word
ACCA = ("members of professional accountancy bodies including the Association of Chartered Certified Accountants "
        "(ACCA), Chartered")


def test_the_paragraphs_are_the_papers_text():
    assert GLAZEWING in document_text("corpus/parish/West Dereham Parish Council minutes 2016-06-02.txt")[1]
    assert CATIE in document_text("corpus/kent/24-00115 - Appendix A - Current Health wellbeing activity within KCC.txt")[1]
    assert OPSS in document_text("corpus/pdf/24-00108 - Finance Monitoring Report - Q3 - November 2024-25.pdf")[1]
    assert ACCA in document_text("corpus/kent/Appendix N - Capital Strategy.txt")[1]


def test_a_one_word_name_cut_into_parts_by_its_acronym_is_an_organisation(services_nlp):
    found = unit_mentions(services_nlp, GLAZEWING)
    # was no mention at all: a one-word long form nothing labelled
    assert found["Glazewing"][0] == "ORG"
    assert found["GW"] == ("ORG", "Glazewing")


def test_one_word_long_forms_need_parts_the_acronym_starts():
    assert [(d.short, d.long) for d in find_definitions(GLAZEWING) if d.short == "GW"] == [("GW", "Glazewing")]
    # letters from inside one word define nothing by themselves; the name's initials do (was "Accountants")
    assert [(d.short, d.long) for d in find_definitions(ACCA)] == [
        ("ACCA", "Association of Chartered Certified Accountants")]


def test_the_head_before_to_labels_a_long_form(services_nlp):
    found = unit_mentions(services_nlp, CATIE)
    assert found["CATIE"] == ("PROGRAMME", "Countywide Approach to Inclusive Education")  # was unlabelled
    assert found["Countywide Approach to Inclusive Education"][0] == "PROGRAMME"


def test_a_long_form_stops_where_a_name_spelling_the_acronym_ends_a_line(services_nlp):
    found = unit_mentions(services_nlp, OPSS)
    # was "Office for Product Safety and Standards Community"
    assert found["OPSS"] == ("ORG", "Office for Product Safety and Standards")


# Cheshire East's children's committee (23 May 2022): "the Ofsted ILACS inspections" in item 14's heading paragraph,
# "the Ofsted Inspection of Local Authority Children's Services (ILACS)" defined in the item's minute after it
CHESHIRE_EAST = "corpus/web/Cheshire East Council - Children and Families Committee 2022-05-23.txt"


def test_extract_names_an_acronym_used_before_the_paper_defines_it():
    import json

    from typer.testing import CliRunner

    from miner.cli import app

    result = CliRunner().invoke(app, ["extract", CHESHIRE_EAST, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    text = document_text(CHESHIRE_EAST)[1]
    first, defined = text.index("ILACS"), text.index("(ILACS)") + 1
    assert first < defined
    uses = {m["start"]: m for m in data["mentions"] if m["text"] == "ILACS"}
    assert sorted(uses) == [first, defined]  # the first use was no mention at all
    assert uses[first]["entity"] == uses[defined]["entity"]
    assert uses[first]["entity"].startswith("Inspection of Local Authority Children's Services")
    assert uses[first]["section_id"] is not None


# Kent's treasury management mid-year update 2024-25, its table of investments: deposits with the Debt Management
# Office's facility (DMADF) are held with the DMO, which the table names in brackets
DMO = "| DMADF Deposits (DMO) | 0.0 | 32.7 | 32.7 |"
WEST_DEREHAM_2020 = "corpus/parish/West Dereham Parish Council minutes 2020-03-05.txt"


def test_letters_taken_from_inside_another_acronym_define_nothing():
    from miner.canonical import KNOWN_ACRONYMS

    assert DMO in document_text("corpus/kent/Council Report Mid Year 24-25.txt")[1]
    assert find_definitions(DMO) == []  # was DMO = "DMADF Deposits"
    assert KNOWN_ACRONYMS["DMO"] == "Debt Management Office"
    # another acronym opening the long form whole still does (West Dereham parish minutes 2020)
    text = document_text(WEST_DEREHAM_2020)[1]
    assert "through the offices of BCKLWN Electoral Registration (BCKLWN-ER), a Casual Vacancy" in text
    assert ("BCKLWN-ER", "BCKLWN Electoral Registration") in [(d.short, d.long) for d in find_definitions(text)]
