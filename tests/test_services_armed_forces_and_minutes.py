"""Errors read from four more real Kent papers scored fresh (annotations/README.md, Entities round 29, helper en30):
an Armed Forces Covenant report and a Civilian-Military Partnership Board annual report, a call-in report and
County Council minutes. Armed forces bodies, units and ranks, events that hold names, places joined by "&", a
chair's title before a body, a company ending used as an adjective, a capital "The" in mid-sentence, references to
appendices. Sentences are written for these tests, in the style of UK committee papers."""

from __future__ import annotations

from conftest import unit_labels as _labels
from conftest import unit_mentions as _mentions

from test_services_real_kent_papers import _paper


def test_armed_forces_bodies_and_schemes(services_nlp):
    labels = _labels(services_nlp, "Members include the NHS, MoD, the Royal British Legion, SSAFA and the Westshire RFCA.")
    assert labels.get("MoD") == "ORG", labels
    assert labels.get("Royal British Legion") == "ORG", labels
    assert labels.get("SSAFA") == "ORG", labels
    labels = _labels(services_nlp, "The Council retained its Defence Employer Recognition Scheme Gold Award in 2024.")
    assert labels.get("Defence Employer Recognition Scheme") == "PROGRAMME", labels
    mentions = _mentions(services_nlp, "He thanked the MOD for its support.")
    assert mentions.get("MOD", (None, None))[1] == "Ministry of Defence", mentions


def test_military_units_are_organisations(services_nlp):
    labels = _labels(services_nlp, "We work with 12 Logistic Brigade, 104 Field Squadron and the 2nd Battalion of the Rifles.")
    assert labels.get("12 Logistic Brigade") == "ORG", labels
    assert labels.get("104 Field Squadron") == "ORG", labels


def test_ranks_and_honours_are_not_part_of_a_name(services_nlp):
    labels = _labels(services_nlp, "The award was presented by Lt Col Sarah Milton with Brigadier Andrew Hale DL.")
    assert labels.get("Sarah Milton") == "PERSON", labels
    assert labels.get("Andrew Hale") == "PERSON", labels
    assert "Lt Col Sarah Milton" not in labels and "Andrew Hale DL" not in labels, labels
    labels = _labels(services_nlp, "The award was presented to Full Council by Colonel James Reid OBE and Peter Lang DL.")
    assert labels.get("James Reid") == "PERSON" and labels.get("Peter Lang") == "PERSON", labels
    labels = _labels(services_nlp, "The keynote was given by Maj-Gen Lord Hartley of Brampton at the dinner.")
    assert labels.get("Lord Hartley of Brampton") == "PERSON", labels
    assert "Maj-Gen" not in labels and "Brampton" not in labels, labels
    # a surname after initials that is also a role word stays
    assert _labels(services_nlp, "Apologies were received from Mrs C Head and Mr Jones.").get("Mrs C Head") == "PERSON"


def test_event_titles_hold_names_but_are_none(services_nlp):
    labels = _labels(services_nlp, "The 5th Annual Armed Forces Covenant Conference was held at Brompton Barracks.")
    assert labels.get("Armed Forces Covenant") == "PROGRAMME", labels
    assert "Annual Armed Forces Covenant" not in labels, labels
    assert labels.get("Brompton Barracks") == "PLACE", labels
    labels = _labels(services_nlp, "Our Annual Devon & Cornwall Armed Forces Covenant Conference was well attended.")
    assert labels.get("Armed Forces Covenant") == "PROGRAMME", labels
    assert not any(k.endswith("Conference") for k in labels), labels


def test_two_areas_joined_by_ampersand_are_one_place(services_nlp):
    labels = _labels(services_nlp, "Training was given to 500 staff across Devon & Cornwall this year.")
    assert labels.get("Devon & Cornwall") == "PLACE", labels
    labels = _labels(services_nlp, "Training was given to 500 staff across Devon and Cornwall this year.")
    assert labels.get("Devon") == "PLACE" and labels.get("Cornwall") == "PLACE", labels


def test_a_chairs_title_is_not_part_of_the_body(services_nlp):
    labels = _labels(services_nlp, "He served as Chairman of Audit Committee and as Vice Chairman of Pensions Committee.")
    assert labels.get("Audit Committee") == "BOARD", labels
    assert labels.get("Pensions Committee") == "BOARD", labels
    labels = _labels(services_nlp, "The Armed Forces Champion of Dorset Council chairs the group.")
    assert labels.get("Dorset Council") == "ORG", labels


def test_a_company_ending_before_a_capitalised_word_is_an_adjective(services_nlp):
    for text in ("Motion for Time Limited Debate 3 – Bus Franchising",
                 "The Chairman put the Motion for Time Limited Debate to the vote."):
        labels = _labels(services_nlp, text)
        assert not any("Limited" in k and label == "ORG" for k, label in labels.items()), labels
    assert _labels(services_nlp, "The contract went to Westshire Cleaning Limited in May.").get(
        "Westshire Cleaning Limited") == "ORG"


def test_capital_the_in_mid_sentence_is_part_of_the_name(services_nlp):
    labels = _labels(services_nlp, "Westshire Police launched The Herbert Protocol in November.")
    assert labels.get("The Herbert Protocol") == "PROGRAMME", labels
    labels = _labels(services_nlp, "The Herbert Protocol helps find people who go missing.")
    assert labels.get("Herbert Protocol") == "PROGRAMME", labels


def test_references_and_titles_start_no_name(services_nlp):
    labels = _labels(services_nlp, "c) Appendix 2 Commissioned Youth Hub Contracts Consultation Report")
    assert not any(k.startswith(("Appendix", "2 ")) for k in labels), labels
    labels = _labels(services_nlp, "Decision 24/00012 - Future of Commissioned Services at Elmwood Children's Centre")
    assert "Services" not in labels and "Future of Commissioned Services" not in labels, labels


def test_undefined_initials_of_a_hyphenated_board_with_its_area(services_nlp):
    _, later = _paper(services_nlp,
                      "The Devon and Cornwall Civilian-Military Partnership Board meets twice a year.",
                      "Since May the Devon & Cornwall CMPB has been chaired by the Council's Chairman.")
    assert later.get("Devon & Cornwall CMPB", (None, None)) == (
        "BOARD", "Devon and Cornwall Civilian-Military Partnership Board"), later


def test_choirs_bands_sites_and_numbered_plans(services_nlp):
    labels = _labels(services_nlp, "Music by Eastbrook Concert Band and the Westshire Military Wives Choir at Rochester Cathedral.")
    assert labels.get("Eastbrook Concert Band") == "ORG", labels
    assert labels.get("Westshire Military Wives Choir") == "ORG", labels
    assert labels.get("Rochester Cathedral") == "PLACE", labels
    assert "Council Tax Band" not in _labels(services_nlp, "Homes in Council Tax Band D pay more.")
    assert _labels(services_nlp, "Songs by the Dover for Ukraine Ladies Choir.").get("Dover for Ukraine Ladies Choir") == "ORG"
    labels = _labels(services_nlp, "Read the Armed Forces Covenant document (PDF, 150.3 KB).")
    assert "PDF" not in labels and "KB" not in labels, labels
    labels = _labels(services_nlp, "The Council adopted Local Transport Plan 4: Connecting Westshire.")
    assert labels.get("Local Transport Plan 4") == "PROGRAMME", labels
    labels = _labels(services_nlp, "The Veterans Community Needs Assessment was published in May.")
    assert labels.get("Veterans Community Needs Assessment") == "PROGRAMME", labels


def test_national_bodies_systems_and_grants_a_leaders_report_names(services_nlp):
    labels = _labels(services_nlp, "He said the Recovery Grant in the Local Government Financial Settlement was not "
                                   "targeted, and that the Entry/Exit System (EES) would affect Eurotunnel.")
    assert labels.get("Recovery Grant") == "PROGRAMME", labels
    assert labels.get("Local Government Financial Settlement") == "PROGRAMME", labels
    assert labels.get("Entry/Exit System") == "SYSTEM" and labels.get("EES") == "SYSTEM", labels
    assert labels.get("Eurotunnel") == "ORG", labels
    labels = _labels(services_nlp, "Groups such as Unlock Democracy and the Electoral Reform Society back the motion.")
    assert labels.get("Unlock Democracy") == "ORG" and labels.get("Electoral Reform Society") == "ORG", labels
