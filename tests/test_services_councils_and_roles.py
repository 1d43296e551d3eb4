"""Round 18 probes (other councils' papers): a council named with its tier is an organisation, a chief
officer's or clerk's title is no person, a scrutiny commission is a committee. Sentences are written for
these tests, in the style of UK committee papers."""

from __future__ import annotations

from conftest import unit_mentions


def _mentions(nlp, text: str) -> dict[str, str]:
    """Mention text -> label."""
    return {name: label for name, (label, _) in unit_mentions(nlp, text).items()}


def test_a_council_named_with_its_tier_is_an_organisation(services_nlp):
    # written for this test: a report's heading and a council named mid-sentence
    for text, council in [
        ("CALDERSTONE METROPOLITAN BOROUGH COUNCIL\n\nResponse to the Scrutiny Task and Finish Group",
         "CALDERSTONE METROPOLITAN BOROUGH COUNCIL"),
        ("ASHCOMBE VALE DISTRICT COUNCIL will work with partners on the action plan.", "ASHCOMBE VALE DISTRICT COUNCIL"),
        ("The waste contract is shared with Brackley Vale District Council from April 2025.",
         "Brackley Vale District Council"),
    ]:
        assert _mentions(services_nlp, text).get(council) == "ORG", text


def test_the_tier_rule_needs_the_tier_word(services_nlp):
    from miner.nlp.service_names import _is_local_authority

    assert _is_local_authority("Ashcombe Vale District Council".split())
    assert not _is_local_authority("Kent Youth County Council".split())  # a forum of young people
    assert not _is_local_authority("Children in Care Council".split())
    assert not _is_local_authority("Full Council".split())


def test_chief_officers_and_clerks_are_roles_not_people(services_nlp):
    # written for this test: a report's author line and a town council's attendance list
    found = _mentions(services_nlp, "Report of the Deputy Chief Executive (Section 151 Officer)\n\nIn attendance: "
                                    "Mrs H Parsons (Town Clerk), Mr D Lowe (Assistant Clerk). The Chief Executive "
                                    "reported on the budget.")
    assert not [n for n in found if "Chief" in n or "Clerk" in n]
    assert {n for n, label in found.items() if label == "PERSON"} >= {"Mrs H Parsons", "Mr D Lowe"}


def test_a_chief_executives_department_stays_a_body(services_nlp):
    # written for this test
    found = _mentions(services_nlp, "Savings in the Chief Executive's Department total £0.4m.")
    assert found.get("Chief Executive's Department") == "SERVICE"


def test_a_scrutiny_commission_is_a_committee_not_an_inspectorate(services_nlp):
    # written for this test
    found = _mentions(services_nlp, "Report to the Neighbourhood Services Scrutiny Commission on 4 March 2025. "
                                    "The Care Quality Commission (CQC) rated the service Good.")
    assert found.get("Neighbourhood Services Scrutiny Commission") == "BOARD"
    assert found.get("Care Quality Commission") == found.get("CQC") == "INSPECTORATE"


def test_a_titles_opening_words_are_not_part_of_the_name(services_nlp):
    # written for this test: a report's title in upper case and a minutes heading
    found = _mentions(services_nlp, "REPORT OF THE FLOODING TASK AND FINISH GROUP\n\nMinutes of the Health and "
                                    "Wellbeing Board held on 3 June 2024.")
    assert found.get("FLOODING TASK AND FINISH GROUP") == "BOARD"
    assert found.get("Health and Wellbeing Board") == "BOARD"
    assert not [n for n in found if n.lower().startswith(("report", "minutes"))]


def test_contact_labels_and_reference_codes_are_no_names(services_nlp):
    # written for this test: a report's contact line and a parish council's planning item
    found = _mentions(services_nlp, "For any enquiries about this report please contact: Public Health Intelligence, "
                                    "Tel: 0115 977 3000\n\nCllr Rowe declared a pecuniary interest in item 52/24 "
                                    "(planning application 24/00312/FUL) as the applicant's neighbour and took no "
                                    "part in the discussion.")
    assert "Tel" not in found and "FUL" not in found
    assert found.get("Cllr Rowe") == "PERSON"


def test_regulations_are_laws_not_services(services_nlp):
    # written for this test
    found = _mentions(services_nlp, "Legal Services advised that the contract was procured under the Public Contracts "
                                    "Regulations 2015.")
    assert not [n for n in found if "Regulations" in n]
    assert found.get("Legal Services") == "SERVICE"


def test_a_table_rows_status_cell_does_not_start_the_next_rows_name(services_nlp):
    # written for this test: a KPI table read line by line, a row's last cell then the next row's first words
    found = _mentions(services_nlp, "Average days to process new Housing Benefit claims | 21 | 18 | 19 | Red\n"
                                    "Council tax collected in year (%) | 96.4% | 97.0% | 96.8% | Amber\n\n"
                                    "Measure Q1 2023/24 Q1 2024/25 Target RAG\n"
                                    "Council tax collected in year (%) 29.6% 29.1% 29.5% Amber\n")
    assert not [n for n in found if "Council" in n]
