"""A council's service areas named bare (acronyms round 4, part 2), each on a real paper's text."""

from __future__ import annotations

from conftest import paper_mentions, unit_mentions

from miner.evaluation.entities import document_text

# Walsall's children's services annual report 2018 (seed 002, as read: the markdown bold marks dropped): adult social
# care named as the council's service
WALSALL = ("A mention to our internal partners too; Adult Social Care who we are working closely with to "
           "strengthen our transition arrangements")
# Kent County Council minutes 13 Feb 2025, item 291 (21): a role's portfolio, then the directorate by its full name
KENT_BUDGET = ("(21) The Cabinet Member for Adult Social Care and Public Health introduced the budget for the Adult "
               "Social Care and Health Directorate prior to general debate. No amendments were proposed.")
# Oldham Cabinet 17 July 2023: a role's title
OLDHAM = ("Consideration was given to a confidential report of the Director of Adult Social Care (DASS) which presented "
          "details of an impending emergency")
KEY_SERVICES = "corpus/kent/Appendix G - Key Service Statement.txt"
CMPB = "corpus/kent/Appendix 1 - Kent CMPB 2024 Annual Report.txt"


def test_the_paragraphs_are_the_papers_text():
    assert WALSALL in document_text("corpus/seeds/002_ae80002c44bcfba2.txt")[1]
    assert KENT_BUDGET in document_text("corpus/kent/Printed minutes 13th-Feb-2025 09.30 County Council.txt")[1]
    assert OLDHAM in document_text("corpus/web/Oldham Council - Cabinet 2023-07-17.txt")[1]


def test_adult_social_care_named_bare_is_a_service(services_nlp):
    assert unit_mentions(services_nlp, WALSALL)["Adult Social Care"][0] == "SERVICE"  # was no mention


def test_adult_social_care_in_a_roles_title_or_a_longer_name_is_no_mention_of_its_own(services_nlp):
    found = unit_mentions(services_nlp, KENT_BUDGET)
    assert found["Adult Social Care and Health Directorate"][0] == "SERVICE"
    assert "Adult Social Care" not in found  # "Cabinet Member for Adult Social Care and Public Health" is a job
    assert "Adult Social Care" not in unit_mentions(services_nlp, OLDHAM)


def test_a_longer_name_the_paper_has_yielded_still_wins(services_nlp):
    # "Richard Smith\n\nCorporate Director Adult Social Care & Health" after "Adult Social Care & Health" was learned
    found = paper_mentions(services_nlp, KEY_SERVICES, "Corporate Director Adult Social Care & Health")
    assert found["Adult Social Care & Health"][0] == "SERVICE"


def test_home_to_school_and_college_transport_in_a_budget_line_is_a_service(services_nlp):
    found = paper_mentions(services_nlp, KEY_SERVICES, "| Home to School & College Transport |")
    assert found["Home to School & College Transport"][0] == "SERVICE"  # was no mention


def test_a_name_filling_a_table_cell_keeps_its_the(services_nlp):
    found = paper_mentions(services_nlp, CMPB, "| The Rift Group |")
    assert found["The Rift Group"][0] == "ORG"  # was "Rift Group"
    assert found["The Education and Skills Partnership LTD"][0] == "ORG"
