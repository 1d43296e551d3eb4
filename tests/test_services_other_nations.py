"""Round 19 probes: councils named formally or by their place, a council's own plans, and the health
and care bodies of England, Scotland and Wales. Sentences are written for these tests, in the style of
UK committee papers (a London borough's housing report, a Welsh cabinet report, a Scottish IJB report)."""

from __future__ import annotations

from conftest import unit_mentions as _mentions


def _labels(nlp, text: str) -> dict[str, str]:
    return {name: label for name, (label, _) in _mentions(nlp, text).items()}


def test_a_council_by_its_formal_name_is_an_organisation(services_nlp):
    # written for this test
    found = _labels(services_nlp, "The Council will work with the Royal Borough of Greenwich, the London Borough of "
                                  "Barking and Dagenham and City of Wolverhampton Council on the framework. Cheshire "
                                  "West and Chester Council has joined it.")
    for council in ("Royal Borough of Greenwich", "London Borough of Barking and Dagenham",
                    "City of Wolverhampton Council", "Cheshire West and Chester Council"):
        assert found.get(council) == "ORG", (council, found)
    assert "Greenwich" not in found and "Barking and Dagenham" not in found


def test_a_place_named_bare_is_a_place_even_where_it_means_its_council(services_nlp):
    # written for this test: the guidelines keep one label per surface form, and the gold's bare
    # "Medway" is a PLACE wherever it stands for the council
    found = _labels(services_nlp, "Surrey has the highest number of requests in the South East. The Council will "
                                  "work with Kent and Bexley on the new contract.")
    assert found.get("Surrey") == "PLACE"
    assert found.get("Kent") == "PLACE" and found.get("Bexley") == "PLACE"


def test_a_councils_own_titled_plans_are_programmes_but_not_a_kind_word_alone(services_nlp):
    # written for this test
    found = _labels(services_nlp, "The Corporate Plan, the Council Plan 2022-2026 and the Local Plan were agreed. "
                                  "Progress against the Delivery Plan 2025/26 is reported quarterly. The Capital "
                                  "Programme was approved at Budget Council, and the Plan will be reviewed in 2026.")
    for plan in ("Corporate Plan", "Council Plan 2022-2026", "Local Plan", "Delivery Plan 2025/26"):
        assert found.get(plan) == "PROGRAMME", (plan, found)
    assert "Plan" not in found and "Capital Programme" not in found  # a kind word; the council's capital budget
    assert found.get("Budget Council") == "BOARD"  # the meeting, as "Full Council"


def test_health_and_care_bodies_of_the_three_nations(services_nlp):
    # written for this test
    found = _mentions(services_nlp, "NHS Greater Manchester Integrated Care Board (the ICB) has agreed funding; the "
                                    "Integrated Care Partnership met in June. Cwm Taf Morgannwg University Health "
                                    "Board and the Regional Partnership Board signed the plan. Glenarden Council and "
                                    "NHS Lanford delegate functions to the IJB. Public Health Scotland publishes the "
                                    "indicators.")
    assert found["NHS Greater Manchester Integrated Care Board"][0] == "ORG"
    assert found["ICB"] == ("ORG", "Integrated Care Board")
    assert found["Integrated Care Partnership"][0] == "BOARD"
    assert found["Cwm Taf Morgannwg University Health Board"][0] == "ORG"  # an NHS body, not a board that meets
    assert found["Regional Partnership Board"][0] == "BOARD"
    assert found["NHS Lanford"][0] == "ORG" and "NHS" not in found
    assert found["IJB"] == ("BOARD", "Integration Joint Board")
    assert found["Public Health Scotland"][0] == "ORG"


def test_inspectorates_and_ombudsmen_with_their_acronyms(services_nlp):
    # written for this test
    found = _mentions(services_nlp, "Ofsted and HMICFRS inspected the service. Care Inspectorate Wales (CIW) "
                                    "inspected Adult Services, and a complaint went to the Local Government and "
                                    "Social Care Ombudsman and the Public Services Ombudsman for Wales.")
    assert found["Ofsted"][0] == "INSPECTORATE"
    assert found["HMICFRS"] == ("INSPECTORATE", "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services")
    assert found["Care Inspectorate Wales"][0] == "INSPECTORATE" and found["CIW"][0] == "INSPECTORATE"
    assert found["Local Government and Social Care Ombudsman"][0] == "ORG"
    assert found["Public Services Ombudsman for Wales"][0] == "ORG"


def test_a_kind_of_body_defined_in_the_plural_names_none_nor_does_its_singular(services_nlp):
    # written for this test
    found = _labels(services_nlp, "Primary Care Networks (PCNs) will host the new roles; each PCN will employ two "
                                  "social prescribers. The Safeguarding Adults Board and the Community Safety "
                                  "Partnership reviewed the data.")
    assert not [n for n in found if "PCN" in n or "Primary Care" in n], found
    assert found.get("Safeguarding Adults Board") == "BOARD" and found.get("Community Safety Partnership") == "BOARD"


def test_fragments_that_are_no_bodies(services_nlp):
    # written for this test: an Act's title, a one-word heading in capitals, a grade in brackets, a role in a
    # heading in capitals, and two things joined by "and the" in a heading
    found = _labels(services_nlp, "3.1 The Public Bodies (Joint Working) (Scotland) Act 2014 requires the Council "
                                  "to delegate functions.\n\n5. FINANCE\n\n5.1 The Regulator of Social Housing "
                                  "published its judgement in July 2025 (C2).\n\nREPORT OF THE CORPORATE DIRECTOR "
                                  "OF SOCIAL SERVICES\n\nSOCIAL SERVICES ANNUAL PERFORMANCE AND THE REGIONAL "
                                  "PARTNERSHIP BOARD")
    assert "Public Bodies" not in found and "FINANCE" not in found and "C2" not in found
    assert not [n for n in found if "DIRECTOR" in n or "ANNUAL PERFORMANCE" in n], found
    assert found.get("REGIONAL PARTNERSHIP BOARD") == "BOARD"


def test_care_at_home_services_keep_their_whole_name(services_nlp):
    # written for this test
    found = _labels(services_nlp, "The Hospital at Home service supported 212 people, and the Care at Home "
                                  "Service delivered 41,250 hours of care.")
    assert found.get("Hospital at Home service") == "SERVICE" and found.get("Care at Home Service") == "SERVICE"
    assert "Home Service" not in found and "Home service" not in found


def test_an_area_nhs_body_is_one_with_its_integrated_care_board():
    from miner.canonical import variant_keys

    # within one council's papers (variant keys are not used across councils)
    assert variant_keys("NHS Kent and Medway") & variant_keys("Kent and Medway Integrated Care Board")
    assert variant_keys("NHS Kent and Medway ICB") & variant_keys("NHS Kent and Medway")
    assert not variant_keys("NHS Kent and Medway") & variant_keys("NHS Greater Manchester Integrated Care Board")
    assert not variant_keys("NHS Foundation Trust") & variant_keys("Foundation Trust")


def test_a_councils_title_lines_in_capitals(services_nlp):
    # written for this test: a Welsh council's bilingual title lines and a London borough's heading
    found = _labels(services_nlp, "CYNGOR SIR DYFFRYN TAF\nDYFFRYN TAF COUNTY BOROUGH COUNCIL\n\nREPORT TO CABINET")
    assert found.get("DYFFRYN TAF COUNTY BOROUGH COUNCIL") == "ORG", found
    found = _labels(services_nlp, "LONDON BOROUGH OF HAVERLEIGH\n\nCABINET\n\nDate: 3 November 2025")
    assert found.get("LONDON BOROUGH OF HAVERLEIGH") == "ORG", found


def test_a_places_childrens_trust_keeps_the_guidelines_label(services_nlp):
    # written for this test: "<Place> Children's Trust" is a BOARD (as seed 004's), its place's possessive in front
    found = _labels(services_nlp, "Birmingham's Children's Trust reported an improved Ofsted judgement.")
    assert found.get("Birmingham's Children's Trust") == "BOARD", found


def test_a_partnerships_acronym_keeps_its_head_and_an_owner_keeps_its_own(services_nlp):
    # written for this test: a health and wellbeing board's minutes
    found = _mentions(services_nlp, "The Board received the Greater Manchester Integrated Care Partnership (GMICP) "
                                    "strategy refresh. NHS Greater Manchester will fund the Southwold Locality "
                                    "Board's programme of neighbourhood teams. Functions transferred to the Mayor of "
                                    "Greater Manchester.")
    assert found["Greater Manchester Integrated Care Partnership"][0] == "BOARD"  # not the "strategy" after it
    assert found["GMICP"] == ("BOARD", "Greater Manchester Integrated Care Partnership")
    assert found["Southwold Locality Board"][0] == "BOARD"
    assert not [n for n in found if n.endswith("programme")], found
    # (entities round 77: a mayor's area is annotated, as the tuned gold annotates a council or place after an elected
    # member's role, "Leader of Medway Council"; the cut "Manchester" alone is still no mention)
    assert "Manchester" not in found and found["Greater Manchester"][0] == "PLACE"


def test_an_inspection_grade_and_framework_are_no_part_of_a_service(services_nlp):
    # written for this test
    found = _mentions(services_nlp, "HM Inspectorate of Probation rated the Youth Justice Service Good in July. "
                                    "Ofsted's inspection of local authority children's services (ILACS) judged the "
                                    "Council's children's services Good.")
    assert found["Youth Justice Service"][0] == "SERVICE" and "Youth Justice Service Good" not in found
    assert found["ILACS"][0] == "PROGRAMME"  # Ofsted's inspection framework, as the train gold's ILACS
