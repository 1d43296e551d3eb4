"""Acronyms round 4: a defined body's acronym opening a longer name, and a kind word after a budget word, each on a
real paper's text."""

from __future__ import annotations

from conftest import paper_mentions

ICS_ACTIVITY = "corpus/kent/24-00115 - Appendix A - Current Health wellbeing activity within KCC.txt"
KEY_SERVICES = "corpus/kent/Appendix G - Key Service Statement.txt"
BUDGET_MINUTES = "corpus/kent/Printed minutes 13th-Feb-2025 09.30 County Council.txt"
DECISION_REPORT = "corpus/kent/Appendix 3 - 24-00093 Decision Report.txt"


def test_a_committees_acronym_opening_its_subcommittees_name_is_the_committee(services_nlp):
    # "Inequalities, Prevention and Public Health Committee (IPPH) - Prevention Subcommittee Action Plan" defines it;
    # a later table cell reads "IPPH Prevention Subcommittee Action Plan" (was one BOARD "IPPH Prevention Subcommittee")
    found = paper_mentions(services_nlp, ICS_ACTIVITY, "including oral health and Immunisation | IPPH Prevention")
    assert found["IPPH"] == ("BOARD", "Inequalities, Prevention and Public Health Committee")
    assert found["Prevention Subcommittee"][0] == "BOARD"
    assert "IPPH Prevention Subcommittee" not in found


def test_a_services_acronym_opening_a_longer_name_is_the_service(services_nlp):
    # "the ILSS Technicians Service, ILSS Independent Mobility Assessors, ... and ILSS Management" after "Independent
    # Living Support Service (ILSS)" (was one SERVICE "ILSS Technicians Service")
    found = paper_mentions(services_nlp, KEY_SERVICES, "the ILSS Technicians Service")
    assert found["ILSS"] == ("SERVICE", "Independent Living Support Service")
    assert "ILSS Technicians Service" not in found


def test_a_one_word_rest_and_a_programmes_acronym_stay_one_name(services_nlp):
    # the body's own part ("ASCH Operations", "CYPE Directorate", as the gold has them) and a programme's part
    # ("the KCP Need Framework", Kent Communities Programme) are one name each
    found = paper_mentions(services_nlp, KEY_SERVICES, "ASCH Operations - Divisional", "CYPE Directorate.")
    assert found["ASCH Operations"][0] == "SERVICE"
    assert found["CYPE Directorate"][0] == "SERVICE"
    found = paper_mentions(services_nlp, DECISION_REPORT, "KCP Need Framework")
    assert found["KCP Need Framework"][0] == "PROGRAMME"


def test_a_kind_word_after_a_budget_word_labels_the_definition(services_nlp):
    # "allocate to the Local Electric Vehicle Infrastructure (LEVI) capital project" (was no label, so neither the long
    # form nor the later "LEVI grant" was a mention)
    found = paper_mentions(services_nlp, BUDGET_MINUTES, "(LEVI) capital project", "top-up' the LEVI grant")
    assert found["Local Electric Vehicle Infrastructure"][0] == "PROGRAMME"
    assert found["LEVI"] == ("PROGRAMME", "Local Electric Vehicle Infrastructure")


def test_a_councils_acronym_opening_its_own_teams_name_stays_in_it(services_nlp):
    # the council's own team keeps its initials, as the gold has it (a guard, passing before and after)
    found = paper_mentions(services_nlp, "corpus/kent/Appendix 1 - Kent CMPB 2024 Annual Report.txt",
                           "KCC Refugee Resettlement Team")
    assert found["KCC Refugee Resettlement Team"][0] == "SERVICE"
    assert "Refugee Resettlement Team" not in found
