"""Statement rules read from real committee papers, round 34: the second and third batches of Kent County Council
papers of 2024-25 (`corpus/kent/`, round 29 gold): a council's draft responses to consultation feedback, a record of
decision and its equality impact assessment, budget reports and a section 25 statement, council minutes.

The sentences are written for the test in the wording of those papers (other councils' names), one per cause.
"""

import pytest
from test_statements_regulatory import _kind


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
