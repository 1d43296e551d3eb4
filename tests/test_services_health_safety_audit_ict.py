"""Round 22 probes (a health and care integration report, a community safety partnership report, an audit and
regulatory update, a council companies review, a SEND update, an ICT strategy update): area NHS bodies'
acronyms keep the whole area, a police and crime commissioner keeps the area of the office, a committee whose
topic is a head word ("Audit and Governance") is one committee, a post defined by its acronym is no body, codenames
are programmes, and the systems and firms ICT and audit papers name are found. Sentences are written for these
tests, in the style of UK committee papers, unless a real corpus paper is named."""

from __future__ import annotations

from conftest import unit_mentions, unit_labels as _labels


def test_an_area_of_two_places_stays_in_the_acronyms_long_form(services_nlp):
    found = unit_mentions(services_nlp, "2.1 The Northshire and Westvale Integrated Care Board (ICB) took on the "
                                        "commissioning functions in July 2022. The Northshire and Westvale Integrated "
                                        "Care Partnership (ICP) brings together the ICB and the two councils.")
    assert found["ICB"] == ("ORG", "Northshire and Westvale Integrated Care Board")
    assert found["ICP"] == ("BOARD", "Northshire and Westvale Integrated Care Partnership")


def test_a_commissioners_area_is_part_of_the_office(services_nlp):
    found = _labels(services_nlp, "1.2 The Police and Crime Commissioner for Northshire, Mr David Kerr, funds part "
                                  "of the partnership's work.")
    assert found == {"Police and Crime Commissioner for Northshire": "ORG", "David Kerr": "PERSON"}, found


def test_a_committee_named_for_audit_and_another_topic_is_one_committee(services_nlp):
    assert _labels(services_nlp, "AUDIT AND GOVERNANCE COMMITTEE\n\n27 JANUARY 2027") == {
        "AUDIT AND GOVERNANCE COMMITTEE": "BOARD"}
    # two bodies joined by "and" stay two
    assert _labels(services_nlp, "The SEND Board and Transformation Board met in June.") == {
        "SEND Board": "BOARD", "Transformation Board": "BOARD"}


def test_a_post_defined_by_its_acronym_is_no_body(services_nlp):
    found = _labels(services_nlp, "2.3 The Designated Clinical Officer (DCO) for the ICB works with the SEND "
                                  "Service on health advice. The DCO also attends the panel.")
    assert not [n for n in found if "Officer" in n or n == "DCO"], found
    assert found["SEND Service"] == "SERVICE"


def test_codenames_and_cued_national_programmes(services_nlp):
    found = _labels(services_nlp, "2.3 The ERP programme is known as Project Horizon.")
    assert found == {"Project Horizon": "PROGRAMME"}, found
    found = _labels(services_nlp, "4.1 The Council has a statutory duty under the Prevent duty. Prevent training "
                                  "was completed by 92% of staff. Safer Streets funding of £450,000 was secured.")
    assert found.get("Prevent") == "PROGRAMME" and found.get("Safer Streets") == "PROGRAMME", found
    # a topic in a list is left alone, as the train gold leaves it (Medway 2018)
    found = _labels(services_nlp, "training on child sexual exploitation, domestic abuse and Prevent.")
    assert "Prevent" not in found, found
    found = _labels(services_nlp, "2.3 Multi-Agency Public Protection Arrangements (MAPPA) continue to manage "
                                  "violent offenders. The National Cyber Security Centre (NCSC) supports the council, "
                                  "which holds Cyber Essentials Plus.")
    assert found["MAPPA"] == "PROGRAMME" and found["NCSC"] == "ORG", found
    assert found["Cyber Essentials Plus"] == "PROGRAMME", found


def test_systems_firms_companies_and_an_infirmary(services_nlp):
    found = _labels(services_nlp, "2.1 Children's social care moved from Mosaic to LiquidLogic in November. The "
                                  "revenues and benefits system, Civica OpenRevenues, was upgraded in July.")
    assert found["LiquidLogic"] == "SYSTEM" and found["Civica OpenRevenues"] == "SYSTEM", found
    found = _labels(services_nlp, "2.3 Northshire Norse Ltd is a joint venture with Norse Group. The accounts were "
                                  "audited by Azets Audit Services. The Housing Ombudsman Service made two findings.")
    assert found == {"Northshire Norse Ltd": "ORG", "Norse Group": "ORG", "Azets Audit Services": "ORG",
                     "Housing Ombudsman Service": "ORG"}, found
    found = _labels(services_nlp, "3.1 Delayed discharges from Northshire General Hospital and Westvale Royal "
                                  "Infirmary remain the main pressure.")
    assert found == {"Northshire General Hospital": "PLACE", "Westvale Royal Infirmary": "PLACE"}, found


def test_an_auditors_findings_report_is_a_genre_title():
    from miner.nlp.service_names import is_genre_title

    assert is_genre_title("Audit Findings Report".split())
    assert not is_genre_title("Somerset Inclusion Audit".split())


def test_police_forces_hospitals_and_companies_by_name(services_nlp):
    found = _labels(services_nlp, "3.5 HMICFRS found that Northshire Police was inadequate. Officers from Northshire "
                                  "Constabulary and the Neighbourhood Police Team attended.")
    assert found["Northshire Police"] == "ORG" and found["Northshire Constabulary"] == "ORG", found
    assert "Neighbourhood Police" not in found, found
    # the commissioner's office keeps its area in front, not a force "Northshire Police"
    assert _labels(services_nlp, "The Northshire Police and Crime Commissioner attended.") == {
        "Northshire Police and Crime Commissioner": "ORG"}
    found = _labels(services_nlp, "2.3 Patients were transferred from St Mary's Hospital to Queen Elizabeth Hospital.")
    assert found == {"St Mary's Hospital": "PLACE", "Queen Elizabeth Hospital": "PLACE"}, found
    # a company's name is not cut before its legal ending and joined to the name before it
    found = _labels(services_nlp, "2.6 Contracts are held with Kier Group plc, Serco, Biffa and Mears Group PLC.")
    assert found.get("Mears Group PLC") == "ORG" and "Biffa and Mears Group" not in found, found


def test_an_nhs_area_body_with_its_kind_and_national_send_and_ict_names(services_nlp):
    found = _labels(services_nlp, "2.2 The agreement was signed with NHS Northshire and Westvale ICB.")
    assert found == {"NHS Northshire and Westvale ICB": "ORG"}, found
    found = unit_mentions(services_nlp, "2.7 Independent Provider of Special Education Advice (IPSEA) training was "
                                        "given. The LGA Corporate Peer Challenge took place in May.")
    assert found["IPSEA"] == ("ORG", "Independent Provider of Special Education Advice")
    assert found["Corporate Peer Challenge"][0] == "PROGRAMME"
    found = _labels(services_nlp, "2.9 Reports are built in Power BI and Tableau; the contact centre uses Netcall "
                                  "Liberty Create and GovDelivery.")
    assert found == {"Power BI": "SYSTEM", "Tableau": "SYSTEM", "Netcall Liberty Create": "SYSTEM",
                     "GovDelivery": "SYSTEM"}, found


def test_buying_bodies_charities_joint_ventures_and_codenames(services_nlp):
    found = unit_mentions(services_nlp, "2.2 Services are bought through ESPO and YPO frameworks and the Crown "
                                        "Commercial Service (CCS).")
    assert found["ESPO"][0] == "ORG" and found["YPO"][0] == "ORG", found
    assert found["CCS"] == ("ORG", "Crown Commercial Service"), found
    found = _labels(services_nlp, "2.3 Highways maintenance is delivered by Westvale Norse, the Council's joint "
                                  "venture. St Luke's Hospice and Marie Curie provide end of life care.")
    assert found == {"Westvale Norse": "ORG", "St Luke's Hospice": "ORG", "Marie Curie": "ORG"}, found
    found = _labels(services_nlp, "4.1 Operation Encompass notifies schools. The Domestic Violence Disclosure Scheme "
                                  "(Clare's Law) received 210 applications. Northshire Rape Crisis and Crimestoppers "
                                  "were funded.")
    assert found == {"Operation Encompass": "PROGRAMME", "Domestic Violence Disclosure Scheme": "PROGRAMME",
                     "Clare's Law": "PROGRAMME", "Northshire Rape Crisis": "ORG", "Crimestoppers": "ORG"}, found
    # a table header and a job are no codenames
    found = _labels(services_nlp, "Organisation Project Summary\n\nThe Operation Manager reported.")
    assert not [n for n in found if n.startswith(("Project", "Operation"))], found


def test_send_bodies_and_a_long_form_with_two_topics(services_nlp):
    found = unit_mentions(services_nlp, "2.1 Northshire SENDIASS attended. The Forum is a member of the National "
                                        "Network of Parent Carer Forums (NNPCF). There are 14 Primary Care Networks "
                                        "(PCNs) in the county; each PCN is small.")
    assert found["Northshire SENDIASS"][0] == "SERVICE", found
    # a body "of" a kind of body is one body with its acronym; a kind of body ("PCNs") is still no name
    assert found["NNPCF"] == ("ORG", "National Network of Parent Carer Forums"), found
    assert "PCN" not in found and "Primary Care Networks" not in found, found
    found = unit_mentions(services_nlp, "2.3 The SEND and Alternative Provision Change Programme Partnership (CPP) "
                                        "met. The CPP agreed its plan.")
    assert found["CPP"] == ("BOARD", "SEND and Alternative Provision Change Programme Partnership"), found


def test_government_digital_services_are_systems(services_nlp):
    found = _labels(services_nlp, "3.3 Devices are managed with Microsoft Intune. The Council uses GOV.UK Notify and "
                                  "GOV.UK Pay.")
    assert found == {"Microsoft Intune": "SYSTEM", "GOV.UK Notify": "SYSTEM", "GOV.UK Pay": "SYSTEM"}, found
