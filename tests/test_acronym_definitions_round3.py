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
