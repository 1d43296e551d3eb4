"""Statement rules read from real committee papers, round 34: the second and third batches of Kent County Council
papers of 2024-25 (`corpus/kent/`, round 29 gold): a council's draft responses to consultation feedback, a record of
decision and its equality impact assessment, budget reports and a section 25 statement, council minutes.

The sentences are written for the test in the wording of those papers (other councils' names), one per cause.
"""

import pytest
from test_statements import _find, _statements_of_text, nlp  # noqa: F401  (nlp is a fixture)
from test_statements_regulatory import _kind

from miner.nlp.statements import _said_cells


@pytest.mark.parametrize("text", [
    "Our network of Community Development Workers will work with families who use the centre and support their move.",
    "Our team of family coaches will help parents with the transition to the new site.",
    "We are also developing a network of peer mentors that will help build a sense of community.",
    "The Family Hub offer across the district will continue to assist with the development and wellbeing of children.",
    "Assistance with the cost of transport to the other venues would be offered as a means of support.",
    "Free sessions would be included within any timetable for services at the library.",
    "Northshire County Council is not intending to wind down the Family Hub service.",
    "An update on these queries will be provided to the next Children's Cabinet Committee meeting.",
    "The report to April Cabinet will include any other material issues affecting the budget.",
    "Cabinet on 29th January will receive a verbal update of the Scrutiny Committee's recommendations.",
])
def test_the_authoritys_own_undertakings_and_reports_to_come_are_commitments(text):
    assert _kind(text) == "commitment"


@pytest.mark.parametrize("text", [
    "It is acknowledged that parking is not available at the Riverside Hub.",
    "We acknowledge that changing locations presents challenges for families coping with additional needs.",
    "The level of deprivation in the ward is acknowledged.",
    "It is therefore acknowledged that the impacts of this change may be particularly felt by disabled residents.",
    "The overall level of reserves now poses a more significant risk to the council's financial resilience than debt.",
    "A lack of clarity on the future funding of SEND creates considerable financial risk.",
    "This uncertainty presents a considerable obstacle to providing assurance on the Council's financial viability.",
    "The distribution of resources within the settlement is a matter of concern.",
    "The trend of spending growth exceeding the available funding cannot continue indefinitely.",
    "Council tax increases on their own cannot be expected to solve the shortfalls in funding for statutory services.",
    "The net spending in these care services is forecast to grow by more than the funding available in the settlement.",
    "Together, these mean that the Council can only set a balanced budget with further and significant savings.",
])
def test_difficulties_a_report_acknowledges_and_budget_risks_are_challenges(text):
    assert _kind(text) == "challenge"


@pytest.mark.parametrize("text", [
    "It is acknowledged that the centre plays an important role for the local community.",
    "It is acknowledged within the Equality Impact Assessment that most users of the services are parents and babies.",
    "This would surely signal a significant risk to the model adopted by the council.",
])
def test_a_strength_acknowledged_and_a_consultees_hypothetical_risk_are_none(text):
    assert _kind(text) is None


@pytest.mark.parametrize("text", [
    "Council services across all directorates must prioritise delivering the new models of care.",
    "The policy of prioritising emergency works which avoid risk to life on essential assets remains.",
    "This underscores the continued importance of implementing local SEND reforms.",
    "Delivery of these savings is crucial to delivering a balanced outturn without further use of reserves.",
])
def test_what_the_budget_must_put_first_is_a_priority(text):
    assert _kind(text) == "priority"


@pytest.mark.parametrize("text, kind", [
    ("Funding is available through the Family Hub Transformation grant to undertake capital works at the site.", "commitment"),
    ("HR colleagues are engaging with the providers on this issue.", "commitment"),
    ("Therefore, the impact of these changes may be disproportionately felt by those groups.", "challenge"),
    ("Option 1 would carry greater impacts for these characteristics.", "challenge"),
    ("The service can be retained whilst the Council works to address the significant financial challenges that it faces.", "challenge"),
    ("Further extension of these contracts is not possible, other than to cover the period of procurement.", "challenge"),
    ("Commissioned providers have been under substantial sustainability pressures for several years.", "challenge"),
    ("Policy ambitions in these areas may have to be limited.", "challenge"),
    ("While it is not possible to put a figure on the damage caused by diverted traffic, we are mindful of it.", None),
])
def test_funding_in_hand_impacts_on_groups_and_limits_on_the_council(text, kind):
    assert _kind(text) == kind


@pytest.mark.parametrize("text", [
    "The Council was working carefully on local government reorganisation.",
    "Work was also underway to ensure the most effective use of the Household Support Fund.",
    "The Council continued to ask the Minister for a clear timetable for devolution.",
])
def test_work_in_hand_reported_in_minutes_is_a_commitment(text):
    assert _kind(text, minutes=True) == "commitment"


@pytest.mark.parametrize("text", [
    "Our colleagues at Link Group suggest GDP growth will hit 1.2% in 2024 before reaching 1.5% in 2025.",
    "Nonetheless, the Bank of England is still more concerned about inflation than the risk of a slowdown in the labour market.",
    "Interest rate exposures: This indicator is set to control the Council's exposure to interest rate risk.",
    "Chapter 2 of the statutory guidance explains that children's centres should be within reach of all families, and that delays in access are a concern.",
    "Furthermore, local authorities should not close an existing children's centre unless outcomes for the most disadvantaged would not be adversely affected.",
    "This would weaken the financial resilience of the authority and leave a shortfall in the savings.",
    "Option 5 would have an impact on protected characteristics, however the scale is difficult to define.",
])
def test_economic_commentary_indicators_guidance_and_an_options_consequence_are_none(text):
    assert _kind(text) is None


FEEDBACK_TABLE = """Consultation Feedback Draft Responses

The tables below draw out the themes of the consultation feedback, with the Council's draft response to each.

Section 1: Riverside Children's Centre

| Consultation Feedback | Draft Council Response |
| Closing the centre will put significant pressure on other local services. | Our network of Community Development Workers will work with families who use the centre and support their move. |
|  | It is acknowledged that parking is not available at the library. |
| There is a shortage of space at the library for the services. | Funding is available through the Family Hub grant to undertake capital works at the library. |

Section 2: Next steps

The responses will be considered by the Cabinet Member.
"""


def test_a_consultees_cell_is_their_words_and_the_councils_answer_is_read(nlp, tmp_path):
    """"| Consultation Feedback | Draft Council Response |": the feedback column is what residents said (none), the
    response column the council's promises and the difficulties it acknowledges."""
    found = _statements_of_text(nlp, tmp_path, FEEDBACK_TABLE)
    assert not _find(found, "significant pressure") and not _find(found, "shortage of space")
    assert [s.kind for s in _find(found, "Community Development Workers will work")] == ["commitment"]
    assert [s.kind for s in _find(found, "parking is not available")] == ["challenge"]
    assert [s.kind for s in _find(found, "Funding is available")] == ["commitment"]


def test_said_cells_are_the_said_column_until_the_table_ends():
    text = "| You said | We did |\n|---|---|\n| The park is dirty | We cleaned it weekly. |\nAfter.\n| A | B |\n"
    assert [text[a:b] for a, b in _said_cells(text)] == ["The park is dirty"]
    assert _said_cells("| Action | Lead | Comments |\n| Recruit two officers | Head of HR | On track |\n") == []


WORKING_PARTY_MINUTES = """Selection and Member Services Committee - 12 December 2024

Item 6 - Governance Working Party Update

1. The Governance Working Party Update paper was presented by the Chair of the Working Party.

2. Some of the key highlights were as follows:

a) The Health and Public Health Committee would be merged into the Adult Social Care Cabinet Committee.

b) The group were looking at a way to publish written responses to Members' questions asked at full Council.

c) Attendance at the Member induction sessions rose to 92%.

3. RESOLVED that the report be noted.
"""


def test_a_proposal_reported_under_highlights_is_a_commitment(nlp, tmp_path):
    """"Some of the key highlights were as follows:" introduces achievements, but an item in the future of reported
    speech ("would be merged into ...", "were looking at a way to ...") is what the paper proposes."""
    found = _statements_of_text(nlp, tmp_path, WORKING_PARTY_MINUTES, doc_kind="minutes")
    assert [s.kind for s in _find(found, "would be merged into")] == ["commitment"]
    assert [s.kind for s in _find(found, "looking at a way to publish")] == ["commitment"]
    assert [s.kind for s in _find(found, "Attendance at the Member induction")] == ["achievement"]


@pytest.mark.parametrize("text, kind", [
    ("Directors and Portfolio Holders must ensure that the planned savings are delivered to the required timetable.", "commitment"),
    ("Other provisions will be held centrally and allocated during the year.", "commitment"),
    ("It is too soon to assess the impact on reserves, rather this will be kept under continued review.", "commitment"),
    ("The Council is maintaining its spending controls for the remainder of the year.", "commitment"),
    ("It is planned that this is funded from the capital grant.", "commitment"),
    ("The decision not to reprocure the two contracts will save £426k annually.", "commitment"),
    ("This has resulted in increased maintenance backlogs.", "challenge"),
    ("The use of reserves to support spending significantly reduces the council's ability to withstand unexpected costs.", "challenge"),
    ("The plan is balanced over three years, but is dependent on maximising council tax increases.", "challenge"),
    ("Members may recall that there is considerable objection to the Mineral Sites Plan.", "challenge"),
    ("However, the links to other early help services are not as strong as within the rest of the network.", "challenge"),
    ("At the time of writing, there has been no further detail provided by the department on the grant.", "challenge"),
])
def test_a_budgets_controls_and_savings_and_a_decisions_constraints(text, kind):
    assert _kind(text) == kind


@pytest.mark.parametrize("text, kind", [
    ("The administration's draft budget includes a 4.99% proposed increase in Council Tax.", "commitment"),
    ("The draft budget proposes that all of the increase in Social Care Grant is passported into adult social care.", "commitment"),
    ("The scope for savings of the required magnitude is increasingly limited.", "challenge"),
    ("Although the risk has been mitigated through the allocations in this budget, the risk cannot be completely removed.", "challenge"),
    ("There are still areas for improvement around savings delivery.", "challenge"),
    ("The draft budget includes appendices on investment strategy and capital strategy.", None),
])
def test_what_a_draft_budget_puts_forward_and_its_limits(text, kind):
    assert _kind(text) == kind
