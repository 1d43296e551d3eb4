"""Errors read from four real Kent papers scored fresh (annotations/README.md, Entities, helper en29): an acronym a
paper uses without defining it, a committee named without its head word, two committees run together, a title of
listed subjects with a possessive first part, months before names, kinds of document defined as acronyms, tier
abbreviations, virtual schools, management teams and parenting programmes. Sentences are written for these tests,
in the style of UK committee papers."""

from __future__ import annotations

from conftest import unit_labels as _labels
from conftest import unit_mentions as _mentions


def _paper(nlp, *units: str) -> list[dict[str, tuple[str, str | None]]]:
    """Mention text -> (label, entity) per unit, the units read in order as one paper."""
    from miner.model import TextUnit

    paper_id = "paper-probe-" + str(abs(hash(units)))
    docs, offset = [], 0
    for text in units:
        doc = nlp.make_doc(text)
        doc._.miner_unit = TextUnit(paper_id, None, None, "body", "other", None, offset, text)
        docs.append(doc)
        offset += len(text) + 2
    return [{" ".join(s._.miner_record.text.split()): (s._.miner_record.label, s._.miner_record.entity)
             for s in d.spans["miner_mentions"]} for d in nlp.pipe(docs)]


def test_working_party_is_a_board_and_its_undefined_initials_name_it(services_nlp):
    first, later = _paper(services_nlp,
                          "The Resources Working Party was set up to review the use of reserves.",
                          "The Members of the RWP met four times and the RWP reported in March.")
    assert first.get("Resources Working Party") == ("BOARD", None), first
    assert later.get("RWP") == ("BOARD", "Resources Working Party"), later
    # a kind of group alone, or after its owner, is no name
    assert "Working Party" not in _labels(services_nlp, "A proposal from the Government's Working Party was noted.")


def test_defined_acronym_beats_a_names_initials(services_nlp):
    _, later = _paper(services_nlp,
                      "The Resources Working Party met in May.",
                      "The Regional Waste Partnership (RWP) agreed the contract. The RWP meets quarterly.")
    assert later.get("RWP", (None, None))[1] == "Regional Waste Partnership", later


def test_committee_named_without_its_head_word(services_nlp):
    _, later = _paper(services_nlp,
                      "The plan went to the Audit and Standards Committee in January.",
                      "Concerns raised at Audit and Standards were answered by officers.")
    assert later.get("Audit and Standards") == ("BOARD", "Audit and Standards Committee"), later
    # a cabinet committee is named after a portfolio, which names the directorate alone
    _, later = _paper(services_nlp,
                      "It was endorsed by the Adult Social Care and Health Cabinet Committee.",
                      "Adult Social Care and Health has overspent by £2m.")
    assert later.get("Adult Social Care and Health", ("SERVICE",))[0] != "BOARD", later


def test_two_committees_joined_by_and_are_two_names(services_nlp):
    _, later = _paper(services_nlp,
                      "The report was considered by the Appointments and Member Services Committee.",
                      "Discussions took place at Scrutiny Committee and Appointments and Member Services in February.")
    assert later.get("Scrutiny Committee") == ("BOARD", None), later
    assert later.get("Appointments and Member Services", ("",))[0] == "BOARD", later


def test_title_of_listed_subjects_may_open_with_a_possessive(services_nlp):
    found = _labels(services_nlp, "The item went to the Children's, Young People and Education Cabinet Committee "
                                  "in November.")
    assert found == {"Children's, Young People and Education Cabinet Committee": "BOARD"}, found


def test_month_is_no_part_of_a_name(services_nlp):
    found = _labels(services_nlp, "Members raised it at the December County Council meeting.")
    assert "December County Council" not in found and found.get("County Council") == "ORG", found
    found = _labels(services_nlp, "Consultations: 3rd to 17th March 2025\nFamily Hub awareness survey")
    assert not any(name.startswith(("March", "2025")) for name in found), found


def test_kinds_of_document_defined_as_acronyms_are_no_names(services_nlp):
    found = _labels(services_nlp, "A Data Protection Impact Assessment (DPIA) screening tool has been completed.")
    assert found == {}, found
    found = _labels(services_nlp, "We must sign a new Memorandum of Understanding (MOU) with the Department for "
                                  "Education. The MOU will set out the activities.")
    assert "MOU" not in found and "Memorandum of Understanding" not in found, found
    assert found.get("Department for Education") == "ORG", found


def test_staff_transfer_rules_and_not_applicable_cells_are_no_bodies(services_nlp):
    assert _labels(services_nlp, "Vacancies were held to allow for the TUPE of staff.") == {}
    assert _labels(services_nlp, "| Number of interventions | NA | 3 | 8 |") == {}


def test_council_tier_abbreviated_and_department_with_ampersand(services_nlp):
    found = _labels(services_nlp, "Officers met Maidstone BC and Dover DC representatives.")
    assert found.get("Maidstone BC") == "ORG" and found.get("Dover DC") == "ORG", found
    found = _labels(services_nlp, "Until the Department of Health & Social Care confirms the grant conditions.")
    assert found == {"Department of Health & Social Care": "ORG"}, found


def test_virtual_school_named_with_its_area(services_nlp):
    found = _labels(services_nlp, "Jane Smith, Headteacher of Virtual School Surrey, presented the report.")
    assert found.get("Virtual School Surrey") == "SERVICE", found
    assert "Surrey" not in found, found


def test_management_team_is_a_board(services_nlp):
    found = _labels(services_nlp, "The actions were agreed by the Corporate Leadership Team in November.")
    assert found == {"Corporate Leadership Team": "BOARD"}, found


def test_parenting_programmes_are_programmes(services_nlp):
    found = _labels(services_nlp, "Targeted support includes Triple P, Incredible Years and the Solihull Approach.")
    assert found == {"Triple P": "PROGRAMME", "Incredible Years": "PROGRAMME", "Solihull Approach": "PROGRAMME"}, found
    assert _mentions(services_nlp, "| Triple P for Baby Total | 2 | 1 | 4 |") == {
        "Triple P for Baby": ("PROGRAMME", None)}


def test_names_in_brackets_after_a_plural_kind_word(services_nlp):
    found = _labels(services_nlp, "Staff deliver early language programmes (Chatter Box/Story Steps) in each district.")
    assert found.get("Chatter Box") == "PROGRAMME" and found.get("Story Steps") == "PROGRAMME", found
    # an acronym or a lower-case phrase in the brackets is no name of that kind
    assert _labels(services_nlp, "Two local schemes (the loan fund, 2024 only) are open.") == {}


def test_plan_for_members_is_a_plan_not_a_role(services_nlp):
    found = _labels(services_nlp, "Officers will draft a more formal Member Development Plan for the new term.")
    assert found == {"Member Development Plan": "PROGRAMME"}, found


def test_job_title_in_brackets_after_a_name_holds_no_service(services_nlp):
    found = _labels(services_nlp, "IN ATTENDANCE: Jane Roe (Director of Children's Countywide Services)")
    assert found == {"Jane Roe": "PERSON"}, found


def test_kinds_of_paper_and_centre_are_no_names(services_nlp):
    assert _labels(services_nlp, "Work programme\n\n(Item 10)\n\nRESOLVED that the work programme be noted.") == {}
    assert _labels(services_nlp, "The centre will expand its provision as a Healthy Living Centre.") == {}
    assert _labels(services_nlp, "Families open to statutory Children Services were counted.") == {}
    assert _labels(services_nlp, "It was proposed not to recommission Family Hub Services there.") == {}
    found = _labels(services_nlp, "Decision - 22/00108 - Commissioned Children's Centre Provision - Direct Award.")
    assert not any(name.startswith("Commissioned") for name in found), found


def test_national_body_before_a_kind_of_site_is_the_body_alone(services_nlp):
    # the grant named after the sites is a name of its own, as the paper's gold has it (round 35)
    found = _labels(services_nlp, "These sessions are not funded through the DfE Family Hubs grant.")
    assert found == {"DfE": "ORG", "Family Hubs grant": "PROGRAMME"}, found
    assert _labels(services_nlp, "The partnership was approved by the DfE Board in December.") == {"DfE Board": "BOARD"}
