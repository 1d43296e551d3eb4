"""Round 26 probes (a fostering service annual report and sufficiency update, a regional adoption agency's annual
report, a Virtual School Head's annual report, a Better Care Fund plan, a domestic abuse safe accommodation strategy
review, a parks and green spaces strategy): fostering and adoption agencies and schemes, acronyms defined before their
long form ("IRO (Independent Reviewing Officer)") and of a post with a service word after them, a paper's own
definition over the standard expansion, a council's area named bare, appositives naming a hub, parks by name. Sentences
are written for these tests, in the style of UK committee papers."""

from __future__ import annotations

from conftest import unit_labels as _labels
from conftest import unit_mentions as _mentions

from miner.canonical import backfill_acronyms
from miner.model import Mention, TextUnit
from miner.nlp.acronyms import find_definitions
from miner.nlp.service_propagation import council_area


def test_fostering_agencies_and_national_fostering_schemes(services_nlp):
    found = _labels(services_nlp, "4.2 The largest providers remain Compass Fostering, TACT and Foster Care "
                                  "Associates.")
    assert found == {"Compass Fostering": "ORG", "TACT": "ORG", "Foster Care Associates": "ORG"}, found
    found = _labels(services_nlp, "3.3 Seven children were placed through Foster for Adoption (FfA). Adoption UK and "
                                  "Coram BAAF run peer support; the Therapeutic Parenting Programme is delivered "
                                  "with PAC-UK.")
    assert found.get("Foster for Adoption") == "PROGRAMME" and found.get("FfA") == "PROGRAMME", found
    assert {found.get(n) for n in ("Adoption UK", "Coram BAAF", "PAC-UK")} == {"ORG"}, found
    assert "UK" not in found and "PAC" not in found, found


def test_regional_adoption_agency_named_after_its_region(services_nlp):
    found = _mentions(services_nlp, "1.1 This report presents the annual report of Adoption Partnership South East "
                                    "(APSE), the Regional Adoption Agency (RAA) for three councils.")
    assert found["Adoption Partnership South East"][0] == "ORG", found
    assert found["APSE"] == ("ORG", "Adoption Partnership South East"), found
    assert "South East" not in found, found


def test_agency_decision_maker_and_plural_directors_are_posts(services_nlp):
    found = _labels(services_nlp, "2.3 The Agency Decision Maker (ADM) ratified all recommendations. The Board "
                                  "includes the three Directors of Children's Services.")
    assert found == {}, found


def test_acronym_defined_before_its_long_form_names_the_service(services_nlp):
    assert [(d.short, d.long) for d in find_definitions(
        "The IRO (Independent Reviewing Officer) service raised 17 escalations.")] == [
            ("IRO", "Independent Reviewing Officer")]
    # the initials must spell the acronym: a bracketed aside is no definition
    assert find_definitions("the ICB (NHS Kent and Medway) agreed; Ofsted (March 2024) visited") == []
    found = _mentions(services_nlp, "5.2 The IRO (Independent Reviewing Officer) service raised 17 escalations "
                                    "about education. The IRO Service's annual report is presented separately.")
    assert found["IRO"] == ("SERVICE", "Independent Reviewing Officer Service"), found
    assert found["IRO Service"] == ("SERVICE", "Independent Reviewing Officer Service"), found
    found = _mentions(services_nlp, "3.2 The Independent Domestic Violence Advisor (IDVA) service supported 1,420 "
                                    "high-risk victims.")
    assert found["IDVA"] == ("SERVICE", "Independent Domestic Violence Advisor Service"), found


def test_acronym_in_brackets_after_a_name_with_and_and_a_possessive(services_nlp):
    found = _mentions(services_nlp, "(iii) work with the Children's Services Improvement and Governance Board "
                                    "(CSIGB) on the education actions of the Improvement Plan.")
    assert found["CSIGB"] == ("BOARD", "Children's Services Improvement and Governance Board"), found


def test_paper_definition_beats_the_standard_expansion_for_earlier_uses():
    def mention(text: str, start: int, entity: str | None, method: str) -> Mention:
        return Mention(id=str(start), document_id="d1", section_id=None, statement_id=None, text=text, label="ORG",
                       start=start, end=start + len(text), entity=entity, method=method)

    # the gazetteer's expansion, before the definition
    early = mention("ICB", 10, "Integrated Care Board", "gazetteer:services-patterns@1")
    defined = mention("ICB", 400, "NHS Coastal and Downs Integrated Care Board", "acronym:schwartz-hearst@1")
    backfill_acronyms([early, defined])
    assert early.entity == "NHS Coastal and Downs Integrated Care Board"
    # a definition that is the standard expansion stays: "Youth Offending Team (YOT)" before "Medway Youth
    # Offending Team (YOT)" (Medway 2020)
    first = mention("YOT", 10, "Youth Offending Team", "acronym:schwartz-hearst@1")
    second = mention("YOT", 900, "Medway Youth Offending Team", "acronym:schwartz-hearst@1")
    backfill_acronyms([first, second])
    assert first.entity == "Youth Offending Team"


def test_council_area_is_a_place_when_named_bare(services_nlp):
    assert council_area("ASHDOWN VALE COUNTY COUNCIL") == "Ashdown Vale"
    assert council_area("Brenchley Borough Council") == "Brenchley"
    assert council_area("Kent Youth County Council") is None and council_area("County Council") is None
    units = []
    for i, text in enumerate(["ROTHERDALE BOROUGH COUNCIL", "In 2024-25, 27 Rotherdale children were adopted."]):
        doc = services_nlp.make_doc(text)
        doc._.miner_unit = TextUnit("doc-council-area", None, None, "body", "other", None, 100 * i, text)
        units.append(doc)
    found = {(s.text, s.label_) for d in services_nlp.pipe(units) for s in d.spans["miner_mentions"]}
    assert ("Rotherdale", "PLACE") in found, found


def test_virtual_school_front_door_and_local_names(services_nlp):
    found = _labels(services_nlp, "1.1 This report sets out the work of the Brenchley Virtual School, and of the "
                                  "Children in Care Council, known locally as the Brenchley Voice, this year.")
    assert found.get("Brenchley Virtual School") == "SERVICE", found
    assert found.get("Brenchley Voice") == "BOARD", found
    found = _labels(services_nlp, "41 new enquiries were converted to assessments through the Fostering Front Door.")
    assert found == {"Fostering Front Door": "SERVICE"}, found
    # a lower-case "member of" is membership, and a hub in apposition is no person
    found = _labels(services_nlp, "2.2 Westmarsh is a member of Foster Westmarsh, the regional recruitment hub "
                                  "supported by the Department for Education.")
    assert found.get("Foster Westmarsh") == "SERVICE", found


def test_regulations_title_and_report_author(services_nlp):
    found = _labels(services_nlp, "As required by the Fostering Services (England) Regulations 2011 and the Fostering "
                                  "Services National Minimum Standards.")
    assert found == {"Fostering Services National Minimum Standards": "PROGRAMME"}, found  # no England either
    assert _labels(services_nlp, "Report from: Helen Armitage, Director of Children's Services") == {
        "Helen Armitage": "PERSON"}


def test_better_care_fund_bodies_and_grants(services_nlp):
    found = _labels(services_nlp, "1.2 The plan forms part of the Coastal and Downs Integrated Care System. The DFG "
                                  "is passed to Saltmere Care and Repair; equipment is provided by NRS Healthcare "
                                  "and carers' support by Carers First and Saltmere CVS.")
    assert found.get("Coastal and Downs Integrated Care System") == "ORG", found
    assert {found.get(n) for n in ("Saltmere Care and Repair", "NRS Healthcare", "Carers First", "Saltmere CVS")} == {
        "ORG"}, found
    found = _labels(services_nlp, "- the Local Authority Better Care Grant, which replaces the Discharge Fund.")
    assert found.get("Local Authority Better Care Grant") == "PROGRAMME", found


def test_domestic_abuse_charities_and_models(services_nlp):
    found = _labels(services_nlp, "5.1 Women's Aid Federation of England published its audit, SafeLives published "
                                  "guidance, and Cranstoun runs the programme. Children's services use the Safe and "
                                  "Together model.")
    assert found.get("Women's Aid Federation of England") == "ORG" and "England" not in found, found
    assert found.get("SafeLives") == "ORG" and found.get("Cranstoun") == "ORG", found
    assert found.get("Safe and Together") == "PROGRAMME", found


def test_parks_awards_and_tree_bodies(services_nlp):
    found = _labels(services_nlp, "2.1 Eight parks hold the Green Flag Award, including Victoria Park and Kingsbury "
                                  "Memorial Gardens. The Wildlife Trust for Westshire will advise on Kingsbury Common.")
    assert found.get("Green Flag Award") == "PROGRAMME", found
    assert found.get("Victoria Park") == "PLACE" and found.get("Kingsbury Memorial Gardens") == "PLACE", found
    assert found.get("Wildlife Trust for Westshire") == "ORG" and found.get("Kingsbury Common") == "PLACE", found
    # a kind of park, and a park's name that goes on, are not the park
    found = _labels(services_nlp, "Units at the Business Park and pupils of Victoria Park Primary School.")
    assert "Business Park" not in found and "Victoria Park" not in found, found
