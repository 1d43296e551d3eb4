"""Errors read from four more real Kent papers scored fresh (annotations/README.md, Entities round 30, helper en31):
a body's own working plan read as a programme, a county's service areas named bare in tables, groups of clients and
kinds of provision in a budget's key service lines, a table's header cell read as a person, a standard acronym shaped
like a council's initials, guides and toolkits, subcommittees, a service's name run on into a budget line, and a
definition whose bracket follows the acronym without a space. Sentences are written for these tests, in the style of
UK committee papers."""

from __future__ import annotations

from conftest import unit_labels as _labels
from conftest import unit_mentions as _mentions


def test_a_bodys_own_action_plan_names_the_body_not_a_programme(services_nlp):
    found = _labels(services_nlp, "| Reduce alcohol misuse | Trading Standards Business Plan |")
    assert found.get("Trading Standards") == "SERVICE", found
    assert "Trading Standards Business Plan" not in found and "Business Plan" not in found, found
    found = _labels(services_nlp, "| Reduce obesity | Health Improvement Subcommittee Action Plan |")
    assert found.get("Health Improvement Subcommittee") == "BOARD", found
    assert "Action Plan" not in found, found


def test_a_name_and_its_action_plan_is_the_name(services_nlp):
    found = _labels(services_nlp, "Actions sit in the Northshire Community Safety Agreement and Action Plan.")
    assert found.get("Northshire Community Safety Agreement") == "PROGRAMME", found


def test_a_plan_named_for_its_subject_stays_whole(services_nlp):
    found = _labels(services_nlp, "The Freight Action Plan was adopted in 2024.")
    assert found.get("Freight Action Plan") == "PROGRAMME", found


def test_county_service_areas_named_bare_are_services(services_nlp):
    found = _labels(services_nlp, "| Protecting vulnerable people | Community Protection, Trading Standards and "
                                  "Heritage Conservation volunteers |")
    for name in ("Community Protection", "Trading Standards", "Heritage Conservation"):
        assert found.get(name) == "SERVICE", (name, found)


def test_a_service_name_run_on_into_its_users_is_no_service_but_a_clipped_heading_is(services_nlp):
    found = _labels(services_nlp, "Commissioned services for Learning Disability Service Users (aged 26+)")
    assert "Learning Disability Service" not in found, found
    found = _labels(services_nlp, "Participation Team Up\n\n(Item 4)")
    assert found.get("Participation Team") == "SERVICE", found


def test_client_groups_and_kinds_of_provision_in_key_service_lines_are_no_names(services_nlp):
    found = _labels(services_nlp, "| 18 | Older People - Residential Care Services | 0.0 | Commissioned "
                                  "Community-Based Services for Older People (aged 65+) |")
    for generic in ("Older People", "Residential Care Services", "Community-Based Services"):
        assert generic not in found, (generic, found)


def test_a_tables_row_reference_header_is_no_person(services_nlp):
    found = _labels(services_nlp, "| Row Ref | 2024-25 Revised Base Budget | Key Service |")
    assert "Row Ref" not in found, found


def test_making_every_contact_count_acronym_is_a_programme_not_a_council(services_nlp):
    found = _mentions(services_nlp, "Family hubs will use MECC to signpost families to support.")
    assert found.get("MECC") == ("PROGRAMME", "Making Every Contact Count"), found
    # a council's initials are still a council
    assert _labels(services_nlp, "Officers from KCC attended.").get("KCC") == "ORG"


def test_guides_and_toolkits_are_programmes(services_nlp):
    found = _labels(services_nlp, "| Accessible homes | Developer Contributions Guide |\n| Culture | Cultural "
                                  "Planning Toolkit |")
    assert found.get("Developer Contributions Guide") == "PROGRAMME", found
    assert found.get("Cultural Planning Toolkit") == "PROGRAMME", found


def test_a_directorate_run_on_into_a_budget_line_is_no_service(services_nlp):
    found = _labels(services_nlp, "| 2 | Strategic Management & Directorate Budgets (GET) | 1,024.7 |")
    assert "Strategic Management & Directorate" not in found, found


def test_acronym_defined_before_its_bracket_without_a_space(services_nlp):
    from miner.nlp.acronyms import find_definitions

    found = find_definitions("| Provide specialist support | CATIE(Countywide Approach to Inclusive Education) |")
    assert [(d.short, d.long) for d in found] == [("CATIE", "Countywide Approach to Inclusive Education")]
    # a word and a bracket that does not spell it define nothing
    assert find_definitions("Ofsted(March 2024) judged it Good.") == []


def test_a_service_area_named_bare_in_a_table_cell_is_a_service_but_not_in_prose(services_nlp):
    found = _labels(services_nlp, "| Children have free access to books | Libraries |\n"
                                  "| | Community Wardens – safety advisory role |")
    assert found.get("Libraries") == "SERVICE", found
    assert found.get("Community Wardens") == "SERVICE", found
    assert "Libraries" not in _labels(services_nlp, "There were 771,600 visits to Kent's Libraries in the quarter.")


def test_a_plans_verb_or_a_preposition_opens_no_name(services_nlp):
    found = _labels(services_nlp, "| Reduce loneliness | Support Westshire Association of Local Councils initiatives |")
    assert found.get("Westshire Association of Local Councils") == "ORG", found
    found = _labels(services_nlp, "Regarding Highways and Transport, the new plan was welcomed.")
    assert not any(name.startswith("Regarding") for name in found), found


def test_cygnet_is_a_parenting_programme(services_nlp):
    assert _labels(services_nlp, "Sessions include Cygnet Course and Baby Massage.").get("Cygnet") == "PROGRAMME"


def test_a_plans_verb_before_a_defined_long_form_is_not_part_of_it(services_nlp):
    found = _mentions(services_nlp, "| | Support Westshire Association of Local Councils (WALC) cost of living "
                                    "initiatives |\n| | Support DC cost of living initiatives |")
    assert found.get("Westshire Association of Local Councils", (None,))[0] == "ORG", found
    assert found.get("WALC") == ("ORG", "Westshire Association of Local Councils"), found
    assert "DC" not in found, found
    # a long form that needs its first word keeps it
    found = _mentions(services_nlp, "Schools buy from Support Services for Education (SSE) each year.")
    assert found.get("SSE") == ("SERVICE", "Support Services for Education"), found
