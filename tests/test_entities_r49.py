"""Entities round 49: PROGRAMME and plan names, and the open span classes, on fresh committee pages of other councils
(no entities gold; the pages' text is quoted here from the councils' public committee pages, addresses below and in
annotations/README.md "Entities round 49"). A plan's years written with spaces round the dash ("Corporate Plan 2023 -
2027") and a number-hyphen word opening its name ("12-Month Delivery Plan") are part of the name; a plan's period
after its name ("for the period 2022-24") is not part of its acronym's long form; a scrutiny committee's review and a
declared climate emergency are kinds, not names; a plan's theme is no service; an owner's possessive before a lone
kind word ("the Government's plan") names no plan; a recommendation's verb ("Requests") opens no name; a scheme's
lower-case "grant" is outside the scheme's name; a name the gazetteer knows closes before "and"; the DfE's
forerunners are organisations; a service the NER reads before a lower-case "partnership" is the partnership, a
board. Each text is read as one unit of one paper."""

from __future__ import annotations

import pytest

from conftest import unit_mentions

# Crawley Cabinet, 2 February 2023 (democracy.crawley.gov.uk/mgDecisionDetails.aspx?IId=15525&Opt=1)
CRAWLEY_A = "a)            Approves the Corporate Plan 2023 - 2027 (Appendix A of report CEX/60)"
CRAWLEY_C = "c)         Requests Full Council to adopt the Corporate Plan 2023 - 2027."
# Durham Cabinet, Climate Emergency Response Plan (democracy.durham.gov.uk/mgAi.aspx?ID=56337)
DURHAM = ("The report also sought agreement for the adoption of the second Climate Emergency Response Plan for the "
          "period 2022-24 (CERP2) and to give formal consideration to the introduction of new targets in CERP2, net "
          "zero (for copy of report, see file of minutes).")
# Durham Cabinet, Homelessness and Rough Sleeping Strategy (democracy.durham.gov.uk/mgAi.aspx?ID=66386; round 48's
# batch B)
DURHAM_HRSS = ("recommend that County Council agree the adoption of the Homelessness and Rough Sleeping Strategy (HRSS) "
               "and the accompanying 12-Month Delivery Plan (for copy of report, see file of minutes).")
DURHAM_GOVERNMENT = ("Councillor A Shield, Portfolio Holder for Equality and Inclusion, acknowledged the work of Officers "
                     "in developing the HRSS which aligned priorities with the Government's plan to end rough sleeping.")
# East Sussex Cabinet, climate emergency action plan progress
# (democracy.eastsussex.gov.uk/mgDecisionDetails.aspx?IId=24563&Opt=1)
EAST_SUSSEX = ("17.2 It was RESOLVED to note the progress that has been achieved to date against the agreed action plan "
               "and the Scrutiny review recommendations in relation to carbon neutrality.")
EAST_SUSSEX_PLAN = ("Significant work has already been undertaken to reduce emissions and this has been built upon by the "
                    "Climate Emergency Action Plan which is driving the next phase and has been further informed by the "
                    "recent Scrutiny Review.")
# Huntingdonshire Cabinet, Climate Strategy (democracy.huntingdonshire.gov.uk/moderngov/mgDecisionDetails.aspx?IId=63837&Opt=1)
HUNTINGDONSHIRE = ("(b) the adoption of the Council's Climate Strategy in response to the Climate Emergency;\n(c) the "
                   "adoption of the initial Climate Action Plan proposed, endorsing its annual refresh in association "
                   "with our communities, businesses and partners through the Climate Conversation; and")
# Rotherham Cabinet, Climate Change Action Plan (moderngov.rotherham.gov.uk/mgAi.aspx?ID=100849)
ROTHERHAM = ("Nature Recovery was included within the Built & Natural Environment\ntheme to align with existing work "
             "streams around tree planting and\nwoodland management.")
# Gloucestershire Cabinet, Homes for Ukraine Scheme (glostext.gloucestershire.gov.uk/mgAi.aspx?ID=41752)
GLOUCESTERSHIRE = ("b) Delegate authority to the Director of Public Health, in consultation with the Cabinet Member for "
                   "Adult Social Care Delivery and the Deputy Chief Executive & Executive Director of Corporate "
                   "Resources, to consider and, if appropriate, approve the allocation (in accordance with Government "
                   "\"Homes for Ukraine\" guidance and UK subsidy control regime requirements) of future Homes for "
                   "Ukraine Scheme grant funding.")
# Newark and Sherwood Cabinet (democracy.newark-sherwooddc.gov.uk/ieIssueDetails.aspx?IId=10442&Opt=3&PlanId=0)
NEWARK = "145 Homes for Ukraine and Local Authority Housing Fund Update\nPDF 653 KB"
# Hampshire Cabinet, 20 March 2006 (www.hants.gov.uk/decisions/decisions-docs/060320-cabine-R0313113954.html)
HAMPSHIRE = ("1.1 During 2005/6 the DfES consulted upon and issued guidance setting out the duty of partners to "
             "cooperate in improving outcomes for children and young people and the functions of the Executive Member "
             "and the Director of Children's Services.")
# Great Yarmouth Cabinet (great-yarmouth.cmis.uk.com/great-yarmouth/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/
# Meeting/2006/Committee/200/Default.aspx)
GREAT_YARMOUTH = ("It was advised that the report also provided an update on the Town Board's development of a 10-year "
                  "vision and 4-year Regeneration Plan and a new Pride in Place Impact Funding award.")
# Bath and North East Somerset Health and Wellbeing Board (democracy.bathnes.gov.uk/ieIssueDetails.aspx?IId=39790&Opt=3)
BANES = "Meeting: 06/11/2025 - Health and Wellbeing Board (Item 37)"

# (text, a name read there, its label)
NAMES = [
    (CRAWLEY_A, "Corporate Plan 2023 - 2027", "PROGRAMME"),
    (CRAWLEY_C, "Corporate Plan 2023 - 2027", "PROGRAMME"),
    (CRAWLEY_C, "Full Council", "BOARD"),
    (DURHAM, "Climate Emergency Response Plan", "PROGRAMME"),
    (DURHAM_HRSS, "12-Month Delivery Plan", "PROGRAMME"),
    (GLOUCESTERSHIRE, "Homes for Ukraine Scheme", "PROGRAMME"),
    (NEWARK, "Homes for Ukraine", "PROGRAMME"),
    (NEWARK, "Local Authority Housing Fund", "PROGRAMME"),
    (HAMPSHIRE, "DfES", "ORG"),
    # guards passing on the old code too: a plan named for a climate emergency, the council's strategy and plan, a
    # plan after a lower-case number-hyphen word, the board after a dated meeting line, a defined strategy
    (EAST_SUSSEX_PLAN, "Climate Emergency Action Plan", "PROGRAMME"),
    (HUNTINGDONSHIRE, "Climate Strategy", "PROGRAMME"),
    (HUNTINGDONSHIRE, "Climate Action Plan", "PROGRAMME"),
    (GREAT_YARMOUTH, "Regeneration Plan", "PROGRAMME"),
    (GREAT_YARMOUTH, "Town Board", "BOARD"),
    (BANES, "Health and Wellbeing Board", "BOARD"),
    (DURHAM_HRSS, "Homelessness and Rough Sleeping Strategy", "PROGRAMME"),
]

# (text, a span that is no name there)
NOT_NAMES = [
    (CRAWLEY_A, "Corporate Plan 2023"),
    (CRAWLEY_C, "Requests Full Council"),
    (DURHAM, "Climate Emergency Response Plan for the period 2022-24"),
    (DURHAM_HRSS, "Month Delivery Plan"),
    (DURHAM_GOVERNMENT, "Government's plan"),
    (EAST_SUSSEX, "Scrutiny review"),
    (EAST_SUSSEX_PLAN, "Scrutiny Review"),
    (HUNTINGDONSHIRE, "Climate Emergency"),
    (ROTHERHAM, "Built & Natural Environment"),
    (GLOUCESTERSHIRE, "Homes for Ukraine Scheme grant"),
    (NEWARK, "Homes for Ukraine and Local Authority Housing Fund"),
    # guards passing on the old code too: a lower-case number-hyphen word stays outside the plan's name
    (GREAT_YARMOUTH, "4-year Regeneration Plan"),
]


@pytest.mark.parametrize(("text", "name", "label"), NAMES)
def test_a_name(services_nlp, text, name, label):
    assert unit_mentions(services_nlp, text).get(name, (None,))[0] == label


@pytest.mark.parametrize(("text", "name"), NOT_NAMES)
def test_no_name(services_nlp, text, name):
    assert name not in unit_mentions(services_nlp, text)


def test_the_plan_acronym_resolves_without_its_period(services_nlp):
    """CERP2 is the Climate Emergency Response Plan, not "... for the period 2022-24"."""
    assert unit_mentions(services_nlp, DURHAM)["CERP2"] == ("PROGRAMME", "Climate Emergency Response Plan")


def test_a_service_before_lower_case_partnership_is_the_partnership(services_nlp):
    """Herefordshire Health and Wellbeing Board, 26 June 2023
    (councillors.herefordshire.gov.uk/ieIssueDetails.aspx?IId=50045291&Opt=3): the NER reads "Children Emotional
    Health" as a service; with the lower-case "partnership" after it, it is a board, as the page names it in full
    ("Children Emotional Health partnership board") two items before."""
    mentions = unit_mentions(services_nlp, (
        "  6. With respect to mental wellbeing, there is an mental health collaborative where two groups lead on "
        "mental wellbeing - 1. Adult Mental Health partnership, 2. Children Emotional Health partnership board.\n"
        "  7. The Adult Mental Health partnership is currently an advocacy sharing best practice networking but are "
        "keen to be more action-oriented and develop a delivery plan for mental wellbeing.\n"
        "  8. A following workshop for that partnership will take place on the 6th July.\n"
        "  9. The Children Emotional Health partnership will feed into the Children and Young People partnership and "
        "focuses on the NHS long term plan."))
    assert mentions.get("Children Emotional Health partnership", (None,))[0] == "BOARD"
    assert "Children Emotional Health" not in mentions
    assert mentions.get("Children and Young People partnership", (None,))[0] == "BOARD"  # guard
    assert mentions.get("Children Emotional Health partnership board", (None,))[0] == "BOARD"  # guard
