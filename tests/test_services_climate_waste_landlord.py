"""Round 23 probes (a climate emergency report, a waste and recycling report, a housing landlord report, a
corporate parenting report, an economic development report, a community safety report): named energy, waste,
business and public sites are places; waste contractors, climate and business bodies, community energy groups,
local women's aid charities and regional adoption agencies are organisations; a scheme's round is not part of its
name; the housing regulator's standards are programmes; a task force is a board; a
service named by the ages it serves is a service; a body's quoted local name is a name of the same kind. Sentences
are written for these tests, in the style of UK committee papers, unless a real corpus paper is named."""

from __future__ import annotations

from conftest import unit_mentions, unit_labels as _labels


def test_named_energy_waste_and_business_sites_are_places(services_nlp):
    found = _labels(services_nlp, "2.3 The Brackenhill Solar Farm (12 MW) was energised in October 2024. Residual "
                                  "waste is taken to the Ardley Energy Recovery Facility, operated by Viridor.")
    assert found.get("Brackenhill Solar Farm") == "PLACE", found
    assert found.get("Ardley Energy Recovery Facility") == "PLACE" and found.get("Viridor") == "ORG", found
    found = _labels(services_nlp, "4.1 Phase 2 of Ridgeway Business Park is complete. Northmoor Enterprise Centre "
                                  "is 92% occupied. The hub is based at Eastmere Police Station.")
    assert found == {"Ridgeway Business Park": "PLACE", "Northmoor Enterprise Centre": "PLACE",
                     "Eastmere Police Station": "PLACE"}, found
    # a kind of site alone is none
    assert _labels(services_nlp, "Residents can visit a Day Centre or a Business Park.") == {}
    assert _labels(services_nlp, "Paused HWRC saving: visits rose with HWRC volumes increasing.") == {}


def test_named_buildings_are_places_but_not_phrases_ending_in_house(services_nlp):
    found = _labels(services_nlp, "5.1 The London Fire Brigade carried out joint visits at Chaucer House and Wyatt "
                                  "Tower. Oak Lodge and Birch House were both judged Good.")
    assert {n: found.get(n) for n in ("Chaucer House", "Wyatt Tower", "Birch House")} == {
        "Chaucer House": "PLACE", "Wyatt Tower": "PLACE", "Birch House": "PLACE"}, found
    assert not [n for n in _labels(services_nlp, "Older Person In House Care provision was reviewed.")
                if "House" in n]


def test_climate_waste_and_business_bodies_are_organisations(services_nlp):
    found = _labels(services_nlp, "2.1 The scheme is administered by Salix Finance. The Council used WRAP's "
                                  "guidance. The scheme administrator is PackUK. We work with the British Business "
                                  "Bank and supported Wendle Valley Community Energy.")
    # an undefined standard acronym carries its expansion
    assert unit_mentions(services_nlp, "The Council used WRAP guidance and DESNZ funding.") == {
        "WRAP": ("ORG", "Waste and Resources Action Programme"),
        "DESNZ": ("ORG", "Department for Energy Security and Net Zero")}
    assert {n: found.get(n) for n in ("Salix Finance", "WRAP", "PackUK", "British Business Bank",
                                      "Wendle Valley Community Energy")} == dict.fromkeys(
        ("Salix Finance", "WRAP", "PackUK", "British Business Bank", "Wendle Valley Community Energy"), "ORG"), found


def test_local_charities_and_adoption_agencies_keep_their_area(services_nlp):
    found = _labels(services_nlp, "4.1 Refuge places are provided by Eastmere Women's Aid. The Council is a member "
                                  "of the regional adoption agency, Adoption West Midlands.")
    assert found.get("Eastmere Women's Aid") == "ORG" and found.get("Adoption West Midlands") == "ORG", found
    assert "Women's Aid" not in found and "West Midlands" not in found, found
    # a fund named after adoption is no agency
    assert _labels(services_nlp, "applications to the Adoption Support Fund rose") == {
        "Adoption Support Fund": "PROGRAMME"}


def test_a_schemes_round_or_phase_is_not_part_of_its_name(services_nlp):
    found = unit_mentions(services_nlp, "3.1 The Council's Round 2 Levelling Up Fund (LUF) bid of £14.7m was "
                                        "successful.")
    assert "Levelling Up Fund" in found and not [n for n in found if n.startswith(("Round", "Council"))], found
    assert found["LUF"] == ("PROGRAMME", "Levelling Up Fund")


def test_housing_regulation_and_care_leaver_schemes_are_programmes(services_nlp):
    found = unit_mentions(services_nlp, "2.1 The Tenant Satisfaction Measures (TSMs) were reported in June 2024. "
                                        "The Ombudsman's Complaint Handling Code is now statutory. At 31 March, "
                                        "91.3% of homes met the Decent Homes Standard and EPC C.")
    assert found["TSMs"] == ("PROGRAMME", "Tenant Satisfaction Measures"), found
    assert found.get("Complaint Handling Code", ("",))[0] == "PROGRAMME", found
    assert "EPC" not in found, found
    found = _labels(services_nlp, "2.2 The Care Leavers' Forum reviewed the Local Offer for Care Leavers. Warm "
                                  "Homes: Local Grant will replace HUG2 from April 2025.")
    assert found.get("Warm Homes: Local Grant") == "PROGRAMME", found
    # the care leavers' Local Offer is the service "Local Offer", as the train gold has it ("the Local Offer for
    # Care Leavers", Somerset 2019)
    assert found.get("Local Offer") == "SERVICE", found


def test_a_task_force_is_a_board_and_an_age_range_names_a_service(services_nlp):
    found = _labels(services_nlp, "2.3 Harrowdene Homes has set up a Damp and Mould Taskforce. The Leaving Care "
                                  "Service, now called the 18+ Service, works with 389 care leavers.")
    assert found.get("Damp and Mould Taskforce") == "BOARD", found
    assert found.get("18+ Service") == "SERVICE" and found.get("Leaving Care Service") == "SERVICE", found
    assert _labels(services_nlp, "The Taskforce will report in May.") == {}


def test_a_bodys_quoted_local_name_is_a_name_of_the_same_kind(services_nlp):
    found = _labels(services_nlp, "2.1 The Children in Care Council, known locally as \"Voices in Care\", met "
                                  "eleven times.")
    assert found == {"Children in Care Council": "BOARD", "Voices in Care": "BOARD"}, found
    # a quoted phrase after no name is left alone
    assert _labels(services_nlp, "Young people said they were \"known as a number\".") == {}


def test_a_name_before_an_appositive_takes_its_kind(services_nlp):
    found = _labels(services_nlp, "5.1 Westvale Works, the Council's employment support service, helped 300 "
                                  "residents. The Lancashire Enterprise Partnership and Boost, the Lancashire Growth "
                                  "Hub, supported 400 firms.")
    assert found.get("Westvale Works") == "SERVICE" and found.get("Boost") == "SERVICE", found
    assert found.get("Lancashire Enterprise Partnership") == "ORG", found
    found = _labels(services_nlp, "2.1 Members of Speak Up, our Children in Care Council, attended.")
    assert found.get("Speak Up") == "BOARD", found
    # a sentence's opening word, a month and a person's post label no one
    found = _labels(services_nlp, "However, the Youth Offending Team, led by the Head of Service, improved. In "
                                  "March, the Early Help Service, based at Eastgate, opened. Jane Cole, our Head of "
                                  "Service, reported.")
    assert not {"However", "March", "In March"} & set(found) and found.get("Jane Cole") == "PERSON", found
