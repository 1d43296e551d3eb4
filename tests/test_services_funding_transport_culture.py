"""Round 21 probes (a housing stock transfer and regeneration report, a combined authority's transport report, a
leisure and culture report, an education report, an external funding report, a voluntary sector commissioning
report): registered providers, transport operators and networks, Active Partnerships, charities' local branches,
national funds and schemes, and the rules that keep a body, a school or a heading whole. Sentences are written for
these tests, in the style of UK committee papers."""

from __future__ import annotations

from conftest import unit_mentions, unit_labels as _labels


def test_housing_associations_are_organisations_not_groups_that_meet(services_nlp):
    found = _labels(services_nlp, "2.2 That Cabinet agrees to enter into a development agreement with Orbit Group "
                                  "for 240 homes, and notes the stock transfer to Places for People.")
    assert found["Orbit Group"] == "ORG"
    assert found["Places for People"] == "ORG"
    found = _labels(services_nlp, "Our main registered providers are Sanctuary Housing, Platform Housing Group, "
                                  "Longhurst Group and Together Housing.")
    assert {found.get(n) for n in ("Sanctuary Housing", "Longhurst Group", "Together Housing")} == {"ORG"}


def test_a_kind_of_group_alone_is_no_name(services_nlp):
    found = _labels(services_nlp, "The Working Group on empty homes reported in December. The School Readiness "
                                  "Working Group met twice.")
    assert "Working Group" not in found
    assert found["School Readiness Working Group"] == "BOARD"


def test_a_housing_estate_is_a_place(services_nlp):
    found = _labels(services_nlp, "4.1 Phase 1 of the Kingsmead Estate regeneration completed in January 2026.")
    assert found.get("Kingsmead Estate") == "PLACE"


def test_transport_networks_operators_and_settlements(services_nlp):
    found = _labels(services_nlp, "3.2 Patronage on the Bee Network grew by 6.1%, and contactless capping will be "
                                  "extended to Metrolink in June 2026.")
    assert found["Bee Network"] == "SERVICE"
    assert found["Metrolink"] == "SERVICE"
    found = _labels(services_nlp, "Services are run under contract by Stagecoach Manchester, Go North West and "
                                  "Diamond Bus North West. We work with Network Rail and TransPennine Express.")
    assert {found.get(n) for n in ("Go North West", "Diamond Bus North West", "TransPennine Express")} == {"ORG"}
    assert "North West" not in found
    found = unit_mentions(services_nlp, "7.1 CRSTS funding of £1.07bn covers 2022/23 to 2026/27, with the City "
                                        "Region Sustainable Transport Settlement in its last year.")
    assert found["CRSTS"] == ("PROGRAMME", "City Region Sustainable Transport Settlement")
    assert found["City Region Sustainable Transport Settlement"][0] == "PROGRAMME"


def test_a_heading_cut_before_its_last_word_is_no_name(services_nlp):
    assert "Highways and Active" not in _labels(services_nlp, "5. Highways and Active Travel")


def test_active_partnerships_by_area_but_not_active_travel(services_nlp):
    found = _labels(services_nlp, "3.1 Active Northshire is the Active Partnership for the county. Active Kent & "
                                  "Medway and Active Essex funded the Active Travel team.")
    assert found["Active Northshire"] == "BOARD"
    assert found["Active Kent & Medway"] == "BOARD"
    assert found["Active Essex"] == "BOARD"
    assert "Active Travel" not in found and found.get("Active Travel team") != "BOARD"


def test_a_bodys_scheme_in_lower_case_names_the_body(services_nlp):
    found = _labels(services_nlp, "Both are Accredited Museums under the Arts Council England scheme.")
    assert found == {"Arts Council England": "ORG"}


def test_two_schools_joined_by_and_are_two_names(services_nlp):
    found = _labels(services_nlp, "2.2 St Mary's Catholic Primary School and Hollins Park Academy were judged Good "
                                  "by Ofsted in the year.")
    assert found["St Mary's Catholic Primary School"] == "ORG"
    assert "Hollins Park Academy" in found
    assert not any(" and " in name for name in found)


def test_one_childs_plan_defined_in_capitals_vetoes_its_acronym(services_nlp):
    found = _labels(services_nlp, "Every child has a Personal Education Plan (PEP). Each PEP is reviewed termly.")
    assert "PEP" not in found and "Personal Education Plan" not in found


def test_national_funds_and_programmes_of_a_funding_report(services_nlp):
    found = unit_mentions(services_nlp, "2.1 The allocation includes the Multiply strand. The Hartlebury Town Deal "
                                        "of £23.5m is overseen by the Hartlebury Town Deal Board. Free school meal "
                                        "vouchers are funded by the HSF.")
    assert found["Multiply"][0] == "PROGRAMME"
    assert found["Hartlebury Town Deal"][0] == "PROGRAMME"
    assert found["Hartlebury Town Deal Board"][0] == "BOARD"
    assert found["HSF"] == ("PROGRAMME", "Household Support Fund")
    # the heading of a paper's list of capital schemes names none
    assert "Capital Schemes" not in _labels(services_nlp, "6. Capital Schemes")


def test_local_branches_and_charities_by_their_place(services_nlp):
    found = _labels(services_nlp, "6.3 Mind in Calderstone and the Samaritans of Calderstone and District will "
                                  "receive grants. Voluntary Action Calderstone runs the Volunteer Centre, with "
                                  "Calderstone Law Centre and the Hartlebury Foodbank.")
    for name in ("Mind in Calderstone", "Samaritans of Calderstone and District", "Voluntary Action Calderstone",
                 "Calderstone Law Centre", "Hartlebury Foodbank"):
        assert found.get(name) == "ORG", name
    assert "Calderstone" not in found


def test_contact_line_names_its_officer(services_nlp):
    found = _labels(services_nlp, "Contact: Amelia Grant, Head of Culture, Leisure and Tourism")
    assert found == {"Amelia Grant": "PERSON"}
    assert "Public Health Intelligence" not in _labels(
        services_nlp, "please contact: Public Health Intelligence, Tel: 0115 977 3000")


def test_theatres_and_history_centres_are_places(services_nlp):
    found = _labels(services_nlp, "The Theatre Royal Northshire is run by a trust. The Record Office moved to the "
                                  "new Northshire History Centre in March 2025.")
    assert found.get("Theatre Royal Northshire") == "PLACE"
    assert found.get("Northshire History Centre") == "PLACE"


def test_named_capital_schemes_and_business_districts(services_nlp):
    found = _labels(services_nlp, "6.1 The Capital Programme includes the Town Hall Refurbishment and the Eastgate "
                                  "Car Park Redevelopment. The Hartlebury Business Improvement District advises.")
    assert found["Town Hall Refurbishment"] == "PROGRAMME"
    assert found["Eastgate Car Park Redevelopment"] == "PROGRAMME"
    assert found["Hartlebury Business Improvement District"] == "ORG"
    assert "Capital Programme" not in found


def test_a_roles_area_is_part_of_the_role(services_nlp):
    found = _labels(services_nlp, "2.3 The Regional Director for the North West, working for the Department for "
                                  "Education, has approved the conversion.")
    assert found == {"Department for Education": "ORG"}
    assert _labels(services_nlp, "Schools in the North West improved.") == {"North West": "PLACE"}


def test_a_rounds_number_after_an_acronym_defines_the_fund(services_nlp):
    found = unit_mentions(services_nlp, "5.1 The sixth round of the Household Support Fund (HSF6) provides £1.9m.")
    assert found["HSF6"] == ("PROGRAMME", "Household Support Fund")


def test_a_museum_of_its_subject_is_one_place(services_nlp):
    found = _labels(services_nlp, "The Hartwell Museum of Rural Life welcomed 41,000 visitors.")
    assert found == {"Hartwell Museum of Rural Life": "PLACE"}


def test_a_hospital_by_its_place_is_a_place_and_a_kind_of_hospital_none(services_nlp):
    found = _labels(services_nlp, "3.2 The service, based at Calderstone General Hospital, will continue. Patients "
                                  "at a District General Hospital and East Kent Hospitals University NHS Foundation "
                                  "Trust were seen.")
    assert found["Calderstone General Hospital"] == "PLACE"
    assert found["East Kent Hospitals University NHS Foundation Trust"] == "ORG"
    assert not any(name.startswith(("District", "General")) for name in found)
