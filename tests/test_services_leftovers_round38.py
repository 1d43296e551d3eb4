"""Entities round 38 (leftovers of round 37 over the tuned papers, no new gold): a housing group named by councils'
areas alone is their partnership (a BOARD, not a company), and a hub's bare name after "in" or "of", where the NER
reads the place, is the place. Every text is a paragraph of the corpus paper, read as the evaluation reads it
(`miner.evaluation.entities.paragraphs`); the companies' "Clarion Housing Group", "Platform Housing Group" stay ORG
in tests/test_services_sectors.py and tests/test_services_transport_care_schools_parish.py."""

from __future__ import annotations

from conftest import mention_labels as _labels
from conftest import paper_mentions as _read

ICS_REPORT = "corpus/kent/24-00115 - Adoption of Integrated Care Strategy delivery plan - Report.txt"
ICS_ACTIVITY = "corpus/kent/24-00115 - Appendix A - Current Health wellbeing activity within KCC.txt"
DECISION = "corpus/kent/Appendix 3 - 24-00093 Decision Report.txt"
EQIA = "corpus/kent/Appendix 8 - Commissioned Family Hub Contracts Decision EqIA.txt"
RESPONSE = "corpus/kent/Appendix 1 - Executive Response.txt"


def test_a_housing_group_of_councils_areas_is_a_board(services_nlp):
    found = _labels(_read(services_nlp, ICS_REPORT, "Kent and Medway Housing Group"))
    assert found.get("Kent and Medway Housing Group") == "BOARD", found
    found = _labels(_read(services_nlp, ICS_ACTIVITY, "Public Health support to the Kent Housing Group"))
    assert found.get("Kent Housing Group") == "BOARD", found


def test_a_hubs_bare_name_after_in_is_the_place(services_nlp):
    found = _read(services_nlp, DECISION, "alternative centres in Margate")
    assert found.get("Margate", ("",))[0] == "PLACE", found
    found = _read(services_nlp, EQIA, "Family Hubs in Margate for Millmead")
    assert found.get("Margate", ("",))[0] == "PLACE", found


def test_a_hubs_bare_name_elsewhere_stays_the_hub(services_nlp):
    # a guard: the old code read it as the hub too
    found = _labels(_read(services_nlp, RESPONSE, "why is Cliftonville not being considered for closure"))
    assert found.get("Cliftonville") == "SERVICE", found
