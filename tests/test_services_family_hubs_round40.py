"""Entities round 40 (the lead's decision on "Family Hubs"): a council's family hub network named by its capitalised
plural is a SERVICE in every paper; the singular (a site: "their nearest Family Hub"), the lower case, a job title
("Lead for Family Hubs") and a longer name that opens on it ("the Family Hubs Start for life programme") are not
separate mentions. Every text is a paragraph of the corpus paper, read as the evaluation reads it."""

from __future__ import annotations

from conftest import mention_labels as _labels
from conftest import paper_mentions as _read

CALL_IN_REPORT = "corpus/kent/Scrutiny Committee - call-in Family Hubs Report to Cabinet - FINAL.txt"
EQIA = "corpus/kent/Appendix 8 - Commissioned Family Hub Contracts Decision EqIA.txt"
CALL_IN_SUBMISSION = "corpus/kent/Appendix 2 - Call-in submission 24-00093 Seashells and Millmead.txt"
EXECUTIVE_RESPONSE = "corpus/kent/Appendix 1 - Executive Response.txt"
ICS_PRIORITIES = "corpus/kent/24-00115 - Appendix B - KCC ICS priorities measures.txt"


def test_the_capitalised_plural_names_the_family_hub_service(services_nlp):
    found = _labels(_read(services_nlp, CALL_IN_REPORT, "usage figures of the Family Hubs"))
    assert found.get("Family Hubs") == "SERVICE", found
    found = _labels(_read(services_nlp, EQIA, "Family Hubs are about bringing together"))
    assert found.get("Family Hubs") == "SERVICE", found
    found = _labels(_read(services_nlp, CALL_IN_SUBMISSION, "the surrounding Family Hubs in Swale"))
    assert found.get("Family Hubs") == "SERVICE", found


def test_a_programme_opening_on_family_hubs_stays_one_programme(services_nlp):
    found = _labels(_read(services_nlp, ICS_PRIORITIES, "the Family Hubs Start for life programme"))
    assert found.get("Family Hubs Start for life programme") == "PROGRAMME", found
    assert "Family Hubs" not in found, found


def test_a_job_title_and_the_singular_are_no_mention(services_nlp):
    # guards passing on the old code too: a role's subject, and a site
    found = _labels(_read(services_nlp, ICS_PRIORITIES, "Lead for Family Hubs | Mar 2026"))
    assert "Family Hubs" not in found, found
    found = _labels(_read(services_nlp, EXECUTIVE_RESPONSE, "to their nearest Family Hub"))
    assert "Family Hub" not in found, found
