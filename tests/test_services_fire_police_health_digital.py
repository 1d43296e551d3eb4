"""Round 25 probes (a fire authority's community risk management plan review, a police and crime panel's report on
the Commissioner's annual report, a Director of Public Health's update on last year's recommendations, a highways
asset management outturn, a libraries and culture strategy review, a customer services and digital strategy progress
report): national fire, police, public health, heritage and library bodies; customer contact, library and crewing
systems; a council's own highways service; a road's number with its street's name; a strategy titled "<X> Services
and <Y> Strategy"; the verbs an action plan's items open with; a name after "the <kind>,". Sentences are written for
these tests, in the style of UK committee papers."""

from __future__ import annotations

from conftest import unit_labels as _labels


def test_fire_authority_of_two_areas_and_national_fire_bodies(services_nlp):
    assert _labels(services_nlp, "NORTHSHIRE AND WESTVALE FIRE AUTHORITY") == {
        "NORTHSHIRE AND WESTVALE FIRE AUTHORITY": "ORG"}
    found = _labels(services_nlp, "3.5 The Joint Emergency Services Interoperability Principles (JESIP) refresher was "
                                  "given to all station managers, working with the Building Safety Regulator.")
    assert found.get("Joint Emergency Services Interoperability Principles") == "PROGRAMME", found
    assert found.get("JESIP") == "PROGRAMME", found
    assert found.get("Building Safety Regulator") == "ORG", found


def test_police_inspection_programme_and_violence_reduction_unit(services_nlp):
    found = _labels(services_nlp, "5.1 HMICFRS inspected Westmarsh Police under the PEEL programme. The Violence "
                                  "Reduction Unit (VRU) funded 14 youth projects.")
    assert found.get("PEEL programme") == "PROGRAMME", found
    assert found.get("Violence Reduction Unit") == "SERVICE" and found.get("VRU") == "SERVICE", found


def test_public_health_bodies_providers_and_vaccines(services_nlp):
    found = _labels(services_nlp, "2.3 Change Grow Live runs the adult service, Hallbrook Recovery Partnership, and "
                                  "We Are With You runs the young people's service.")
    assert found == {"Change Grow Live": "ORG", "Hallbrook Recovery Partnership": "SERVICE",
                     "We Are With You": "ORG"}, found
    found = _labels(services_nlp, "4.1 Uptake of the MMR vaccine at 5 years was 88%, from the Office for Health "
                                  "Improvement and Disparities.")
    assert "MMR" not in found and found.get("Office for Health Improvement and Disparities") == "ORG", found
    # the paper's own council before "and" is no part of the ICB's name
    found = _labels(services_nlp, "Recommendation 1: The Council and NHS Westvale Integrated Care Board should "
                                  "jointly commission a Stop Smoking Service.")
    assert found.get("NHS Westvale Integrated Care Board") == "ORG", found
    assert not any(name.startswith("Council") for name in found), found


def test_highways_service_contractors_and_numbered_roads(services_nlp):
    found = _labels(services_nlp, "2.2 Eastford Highways repaired 38,400 potholes. The Highways Term Maintenance "
                                  "Contract with Kier Transportation runs until 2027.")
    assert found.get("Eastford Highways") == "SERVICE", found
    assert found.get("Kier Transportation") == "ORG" and "Kier" not in found, found
    assert "Highways Term Maintenance" not in found, found  # a contract's name cut before "Contract"
    # a count of the service's indicators and the national roads body are not the council's highways service
    assert "Two Highways" not in _labels(services_nlp, "Two Highways KPIs failed to meet target.")
    assert _labels(services_nlp, "We are awaiting sign off from National Highways.") == {"National Highways": "ORG"}
    found = _labels(services_nlp, "- A4019 Tewford Road, Cheltham (£1.2m);")
    assert found.get("A4019 Tewford Road") == "PLACE" and "A4019" not in found, found
    # the town after a street's name and a comma is a place too
    found = _labels(services_nlp, "- B4060 Station Road, Kingsbury (£380,000);")
    assert found == {"B4060 Station Road": "PLACE", "Kingsbury": "PLACE"}, found
    # "Capital programme" as a heading writes it is the council's capital budget, as "Capital Programme" is
    assert _labels(services_nlp, "6. Capital programme 2024/25") == {}


def test_library_bodies_systems_and_action_plan_verbs(services_nlp):
    found = _labels(services_nlp, "3.4 Action 4: Bring Brookfield Museum and the Old Court House Gallery into one "
                                  "culture service.")
    assert found.get("Brookfield Museum") == "PLACE" and "Bring Brookfield Museum" not in found, found
    # a library's name a capitalised word continues is another name, and swallows no known body
    found = _labels(services_nlp, "3.2 Action 2: Join the Libraries Connected Universal Library Offers.")
    assert found.get("Libraries Connected") == "ORG", found
    assert "Libraries Connected Universal Library" not in found, found
    found = _labels(services_nlp, "4.1 The Heritage Lottery Fund (now the National Lottery Heritage Fund) remains a "
                                  "partner. The new system, Spydus, went live and the Libby app now offers e-books.")
    assert found.get("Heritage Lottery Fund") == "ORG", found
    assert found.get("National Lottery Heritage Fund") == "ORG", found
    assert found.get("Libby app") == "SYSTEM" and found.get("Spydus") == "SYSTEM", found


def test_customer_digital_strategy_systems_and_voluntary_bodies(services_nlp):
    found = _labels(services_nlp, "1.1 This report updates Cabinet on the Customer Services and Digital Strategy "
                                  "2023-2026 and the Customer Access Programme.")
    assert found.get("Customer Services and Digital Strategy 2023-2026") == "PROGRAMME", found
    assert "Customer Services" not in found, found
    found = _labels(services_nlp, "2.3 18,900 residents now hold a MyDunmore account. The new CRM went live, "
                                  "replacing the Lagan system, and Housing Options moved onto it.")
    assert found.get("MyDunmore") == "SYSTEM" and found.get("Lagan") == "SYSTEM", found
    assert found.get("Housing Options") == "SERVICE", found
    found = _labels(services_nlp, "3.3 The Digital Inclusion Partnership, with Dunmore Community Voluntary Service "
                                  "and Good Things Foundation, lent 420 devices.")
    assert found.get("Dunmore Community Voluntary Service") == "ORG", found
    assert found.get("Good Things Foundation") == "ORG", found
    # two names after a service and "and" stay two
    found = _labels(services_nlp, "The SEND Board and Transformation Board met.")
    assert found == {"SEND Board": "BOARD", "Transformation Board": "BOARD"}, found
