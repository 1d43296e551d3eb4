"""Round 24 probes (a bus service improvement plan update, an adult social care CQC improvement plan update, a
school standards report, a planning and housing delivery report, a town council's annual meeting, a regeneration
capital programme update): a paper's title line in capitals names no service or plan; "and" after a body the
gazetteer knows starts a second name; a kind word inside a span names what follows it; a scheme or service named
before "site" is a place; bus operators, care providers, contractors, church and local-council bodies, clubs and
allotments. Sentences are written for these tests, in the style of UK committee papers."""

from __future__ import annotations

from conftest import unit_mentions, unit_labels as _labels


def test_title_line_in_capitals_names_no_service_or_plan(services_nlp):
    assert _labels(services_nlp, "ANNUAL REPORT OF THE PLANNING SERVICE") == {}
    assert _labels(services_nlp, "REGENERATION CAPITAL PROGRAMME: QUARTER 2 2024-25 UPDATE") == {}
    assert _labels(services_nlp, "ANNUAL REPORT ON SCHOOL STANDARDS 2023-24") == {}
    found = _labels(services_nlp, "WESTMERE COUNTY COUNCIL\n\nBUS SERVICE IMPROVEMENT PLAN: ANNUAL PROGRESS UPDATE")
    assert found.get("WESTMERE COUNTY COUNCIL") == "ORG" and "BUS SERVICE IMPROVEMENT PLAN" not in found, found
    # a body named on the title line stays
    assert _labels(services_nlp, "REPORT OF THE FLOODING TASK AND FINISH GROUP") == {
        "FLOODING TASK AND FINISH GROUP": "BOARD"}
    # a town council's name in capitals, its first word included
    assert _labels(services_nlp, "LITTLE HADHAM TOWN COUNCIL") == {"LITTLE HADHAM TOWN COUNCIL": "ORG"}


def test_and_after_a_known_body_starts_a_second_name(services_nlp):
    found = _labels(services_nlp, "5.1 Sanctuary Housing and Platform Housing Group delivered most of the "
                                  "affordable homes.")
    assert found == {"Sanctuary Housing": "ORG", "Platform Housing Group": "ORG"}, found
    found = _labels(services_nlp, "3.4 The Council has launched the Bramford Wellbeing Hub with Age UK Bramford and "
                                  "Carers Trust Heart of England.")
    assert found.get("Age UK Bramford") == "ORG" and found.get("Carers Trust Heart of England") == "ORG", found
    assert "England" not in found, found
    # one name whose area has "and" in it stays whole
    assert _labels(services_nlp, "The NHS Kent and Medway Integrated Care Board met.") == {
        "NHS Kent and Medway Integrated Care Board": "ORG"}


def test_bus_operators_programmes_and_stations(services_nlp):
    found = _labels(services_nlp, "1.1 The Enhanced Partnership Board includes Stagecoach South East, Go-Ahead London "
                                  "and First Bus. The National Bus Strategy, Bus Back Better, required a BSIP.")
    assert found.get("Go-Ahead London") == "ORG" and "London" not in found, found
    assert found.get("Bus Back Better") == "PROGRAMME", found
    found = _labels(services_nlp, "2.3 The £2 Bus Fare Cap was extended. We will complete the Ashcombe Quality Bus "
                                  "Corridor by March 2026 and run the X12 Westmere Parkway express.")
    assert found.get("Bus Fare Cap") == "PROGRAMME", found
    assert found.get("Ashcombe Quality Bus Corridor") == "PROGRAMME", found
    assert found.get("Westmere Parkway") == "PLACE", found


def test_kind_word_inside_a_span_names_what_follows(services_nlp):
    found = _labels(services_nlp, "2.4 Three new routes were introduced from September 2024: the 47 Ashcombe to "
                                  "Hollins Green, the X12 Westmere Parkway express and the DRT service Westmere "
                                  "Connect, a demand responsive service in rural areas.")
    assert found.get("Westmere Connect") == "SERVICE", found
    assert not [n for n in found if "service Westmere" in n], found


def test_care_providers_front_door_and_contact_centre(services_nlp):
    found = _labels(services_nlp, "3.8 Home care capacity has been increased through new contracts with Allied "
                                  "Healthcare and Bluebird Care.")
    assert found == {"Allied Healthcare": "ORG", "Bluebird Care": "ORG"}, found
    found = _labels(services_nlp, "3.4 The Front Door (Adult Contact Centre) now resolves 64% of contacts.")
    assert found == {"Front Door": "SERVICE", "Adult Contact Centre": "SERVICE"}, found
    # lower case, a kind of arrangement
    assert _labels(services_nlp, "We improved our front door arrangements.") == {}


def test_church_and_local_council_bodies_are_organisations(services_nlp):
    found = _labels(services_nlp, "8.1 We will work with the Three Rivers Learning Trust and the Diocese of "
                                  "Hollington to support schools causing concern.")
    assert found.get("Diocese of Hollington") == "ORG", found
    found = _labels(services_nlp, "- work with Hertfordshire Association of Parish and Town Councils (HAPTC) on "
                                  "training for members.")
    assert found.get("Hertfordshire Association of Parish and Town Councils") == "ORG", found
    assert found.get("HAPTC") == "ORG", found
    found = _labels(services_nlp, "6.1 The Planning Advisory Service (PAS) reviewed the Development Management "
                                  "Service in May 2024.")
    assert found.get("Planning Advisory Service") == "ORG" and found.get("PAS") == "ORG", found
    assert found.get("Development Management Service") == "SERVICE", found


def test_contractors_clubs_allotments_and_sites(services_nlp):
    found = _labels(services_nlp, "2.2 The Harbourside Innovation Centre started on site in September 2024. Willmott "
                                  "Dixon was appointed as main contractor.")
    assert found.get("Willmott Dixon") == "ORG", found
    found = _labels(services_nlp, "Grants were awarded to 11 local groups, including Little Hadham Scouts, the "
                                  "Hadham Lunch Club and Friends of Marsh Lane Park.")
    assert found == {"Little Hadham Scouts": "ORG", "Hadham Lunch Club": "ORG",
                     "Friends of Marsh Lane Park": "ORG"}, found
    found = _labels(services_nlp, "c) The Allotments Working Group reported that all 64 plots at Bury Lane "
                                  "Allotments are let.")
    assert found == {"Allotments Working Group": "BOARD", "Bury Lane Allotments": "PLACE"}, found
    found = _labels(services_nlp, "4.2 The strategic allocations include Fenwick Garden Village (2,500 homes) and "
                                  "the Elmstead Gateway site.")
    assert found.get("Fenwick Garden Village") == "PLACE" and found.get("Elmstead Gateway") == "PLACE", found


def test_parish_bodies_grounds_firms_and_dioceses(services_nlp):
    found = _labels(services_nlp, "25/041 Cllr Hart declared an interest as a trustee of Sawbridge Recreation Ground "
                                  "Trust. The new play area at King George's Field was completed in April 2025. The "
                                  "internal auditor, Mulberry & Co, reported no issues.")
    assert found.get("Sawbridge Recreation Ground Trust") == "ORG", found
    assert found.get("King George's Field") == "PLACE" and found.get("Mulberry & Co") == "ORG", found
    found = _labels(services_nlp, "d) Rural Community Council of Essex (RCCE): housing needs survey results.")
    assert found == {"Rural Community Council of Essex": "ORG", "RCCE": "ORG"}, found
    found = _labels(services_nlp, "2.5 The Diocese of Hollington and the Catholic Diocese of Eastport are consulted. "
                                  "Ridgeway High School joined the Oak Learning Partnership multi-academy trust.")
    assert found.get("Catholic Diocese of Eastport") == "ORG", found
    assert found.get("Oak Learning Partnership") == "ORG", found
    # an owner before "'s" makes no field or park: "the Council's Park Rangers"
    assert not [n for n in _labels(services_nlp, "The Council's Park Rangers met.") if n.startswith("Council")]


def test_a_schools_pta_and_a_countys_highways_brand(services_nlp):
    found = _labels(services_nlp, "25/046 RESOLVED that the switch-on event be held with Sawbridge Primary School PTA. "
                                  "The Clerk will ask Essex Highways to consider a Speed Indicator Device.")
    assert found.get("Sawbridge Primary School PTA") == "ORG", found
    assert found.get("Essex Highways") == "SERVICE", found
    assert _labels(services_nlp, "National Highways will resurface the A120.").get("National Highways") == "ORG"


def test_bus_partnership_operators_interchanges_and_grants(services_nlp):
    found = _labels(services_nlp, "1.1 Northbrook's BSIP was refreshed in June 2024. The Northbrook Bus Partnership "
                                  "brings together the Council, First West Yorkshire, Arriva Yorkshire, Transdev "
                                  "Blazefield and the community transport operator Northbrook Community Transport.")
    assert "Northbrook" not in found, found  # the NER's inspectorate, with no inspectorate's word
    assert {n: found.get(n) for n in ("First West Yorkshire", "Transdev Blazefield", "Northbrook Community Transport")} == dict.fromkeys(
        ("First West Yorkshire", "Transdev Blazefield", "Northbrook Community Transport"), "ORG"), found
    found = _labels(services_nlp, "2.3 Complaints to Bus Users UK fell by 12%. The new Northbrook Interchange opened "
                                  "on time. The Council will bid for the Local Authority Bus Grant.")
    assert found == {"Bus Users UK": "ORG", "Northbrook Interchange": "PLACE",
                     "Local Authority Bus Grant": "PROGRAMME"}, found


def test_regeneration_projects_campuses_and_table_totals(services_nlp):
    found = _labels(services_nlp, "1.1 Total programme value: £41.3m. 2.3 Eastport Skills and Innovation Campus (Towns "
                                  "Fund, £6.8m): delivered with East Coast College. 2.4 High Street Heritage Action "
                                  "Zone: the Historic England grant closed in March 2024.")
    assert "Total programme" not in found, found
    assert found.get("Eastport Skills and Innovation Campus") == "PLACE", found
    assert found.get("High Street Heritage Action Zone") == "PROGRAMME", found
    # a fund's standard acronym in a project table, undefined, carries its expansion
    assert unit_mentions(services_nlp, "2.1 Eastport Marina Quarter (LUF, £12.0m): main works contract awarded.").get(
        "LUF") == ("PROGRAMME", "Levelling Up Fund")
    # inspectorates the NER names keep their label
    assert _labels(services_nlp, "The school was visited by Ofsted and HMI.") == {"Ofsted": "INSPECTORATE",
                                                                                 "HMI": "INSPECTORATE"}
