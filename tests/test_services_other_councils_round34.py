"""Entities round 34 (Kent's ICS priorities appendix, Wretton parish minutes of August 2020, and three children's
committee pages of Cheshire East, Sefton and Southampton): the initials of jobs and documents in a plan's cells, an
inspectorate's inspection, a plan's updated version, a committee's remit in brackets, a county's association and a
parish council by their initials, the cloud store, national public health approaches and "PH". Every text is a
paragraph of the corpus paper, read as the evaluation reads it (`miner.evaluation.entities.paragraphs`)."""

from __future__ import annotations

from conftest import mention_labels as _labels
from conftest import paper_mentions as _read

ICS = "corpus/kent/24-00115 - Appendix B - KCC ICS priorities measures.txt"
WRETTON = "corpus/parish/Wretton Parish Council minutes 2020-08-24.txt"
CHESHIRE = "corpus/web/Cheshire East Council - Children and Families Committee 2022-05-23.txt"
SEFTON = "corpus/web/Sefton Council - Overview and Scrutiny Committee (Children's Services and Safeguarding) 2017-09-26.txt"
SOUTHAMPTON = "corpus/web/Southampton City Council - Children and Families Scrutiny Panel 2020-01-23.txt"


def test_the_initials_of_jobs_and_documents_in_a_plans_cells_are_no_bodies(services_nlp):
    found = _labels(_read(services_nlp, ICS, "DPH, CPH and PH Specialists", "MOU with UKHSA", "EPRR structures"))
    assert not {"DPH", "CPH", "DDPH", "MOU", "EPRR"} & set(found), found
    assert found.get("PH") == "SERVICE" and found.get("UKHSA") == "ORG", found


def test_national_public_health_approaches_are_programmes(services_nlp):
    found = _labels(_read(services_nlp, ICS, "Smoke Free Generation", "Prevention Concordat",
                          "Whole System Approach to Healthy Weight", "Talking Therapies"))
    for name in ("Smoke Free Generation", "Prevention Concordat", "Whole System Approach to Healthy Weight"):
        assert found.get(name) == "PROGRAMME", (name, found)
    assert found.get("Talking Therapies") == "SERVICE", found


def test_an_inspectorates_inspection_names_the_inspectorate_and_the_service(services_nlp):
    found = _labels(_read(services_nlp, SOUTHAMPTON, "Ofsted Inspection of Children and Families Services"))
    assert found.get("Ofsted") == "INSPECTORATE" and found.get("Children and Families Services") == "SERVICE", found
    assert not any(text.startswith("Ofsted Inspection") for text in found), found


def test_an_inspections_definition_leaves_the_inspectorate_out(services_nlp):
    found = _read(services_nlp, CHESHIRE, "(ILACS)")
    assert found.get("Ofsted", ("",))[0] == "INSPECTORATE", found
    assert found.get("Inspection of Local Authority Children's Services", ("",))[0] == "PROGRAMME", found
    assert not any(text.startswith("Ofsted Inspection") for text in found), found


def test_an_updated_plan_is_the_plan_and_a_committees_remit_is_its_name(services_nlp):
    found = _labels(_read(services_nlp, SEFTON, "18 Updated Children's Social Care Improvement Plan"))
    assert found.get("Children's Social Care Improvement Plan") == "PROGRAMME", found
    assert "Updated Children's Social Care Improvement Plan" not in found, found
    found = _labels(_read(services_nlp, SEFTON, "Meeting: 26/09/2017"))
    assert found.get("Overview and Scrutiny Committee (Children's Services and Safeguarding)") == "BOARD", found


def test_parish_minutes_association_council_initials_and_cloud_store(services_nlp):
    found = _labels(_read(services_nlp, WRETTON, "Norfolk ALC", "Wretton PC", "shared folder in One Drive"))
    assert found.get("Norfolk ALC") == "ORG" and found.get("Wretton PC") == "ORG", found
    assert found.get("One Drive") == "SYSTEM" and found.get("Office 365") == "SYSTEM", found
