"""The blind set's error classes, found and fixed on tuned papers (rules v40, statements round 37).

Each test reads a real tuned paper through the real pipeline (`statements_of`, rules alone) and checks a
sentence the gold records; the negative cases check that the new cues leave near misses alone."""

import pytest
from test_statements import _find, nlp, statements_of  # noqa: F401  (fixtures)

from miner.nlp.statements import sentence_rule

MINERALS = "corpus/kent/Appendix D - Kent Minerals and Waste Local Plan - Non-Technical summary.txt"
RESILIENCE = "corpus/kent/Appendix H - Assessment of FInancial Resilience.txt"
CAPITAL_RECEIPTS = "corpus/kent/Appendix P - Flexible Use of Capital Receipts Strategy.txt"
SECTION_25 = "corpus/kent/section 25 statement - FINAL.txt"


def _kinds(statements_of, file, quote):
    hits = _find(statements_of(file, "rules"), quote)
    return {h.kind for h in hits}


@pytest.mark.parametrize("file, quote", [
    (MINERALS, "Flooding has a significant impact on residents and the economy"),
    (MINERALS, "climate change could have a major impact on the water"),
    (SECTION_25, "Reforms in the White Paper could have a significant impact on the County Council"),
    (SECTION_25, "to cover the disappointing increase in the overall taxbase"),
    (RESILIENCE, "Failure to deliver to budgets is becoming a significant concern."),
    (RESILIENCE, "there has been a recent deterioration in resilience"),
    (CAPITAL_RECEIPTS, "is no longer supported by Oracle"),
    (MINERALS, "Pressures are particularly notable in Kent"),
    (MINERALS, "These relate to the lack of available data in some instances"),
    (RESILIENCE, "This combination is weakening financial resilience."),
    (RESILIENCE, "Spending forecasts for later years of the plan have tended to be underestimated"),
    (RESILIENCE, "indicates a lack of capacity within the organisation"),
])
def test_a_challenge_stated_as_a_plain_fact_is_a_challenge(statements_of, file, quote):
    assert "challenge" in _kinds(statements_of, file, quote), quote


@pytest.mark.parametrize("text", [
    "Non delivery of these savings will have a significant impact on future years' budgets.",
    "Nutrient neutrality in the catchment is having a significant impact on the delivery of homes in East Kent.",
    "The most significant impact identified is the requirement under the proposals for residents to travel further.",
])
def test_a_significant_impact_named_is_a_challenge(text):
    rule = sentence_rule(text, minutes=False)
    assert rule and rule[0] == "challenge", text


@pytest.mark.parametrize("text", [
    # an option's hypothetical and a consequence already past are not the paper's difficulty (gold: none)
    "Closing the centre would have a significant impact on local families.",
    "Where care homes fail this will have had a significant impact on people who will have experienced poor care.",
    "The new scheme has had a significant impact on improving attendance.",
])
def test_a_hypothetical_or_good_impact_is_no_challenge_by_the_new_cue(text):
    rule = sentence_rule(text, minutes=False)
    assert not rule or rule[0] != "challenge", (text, rule)


def test_no_unit_achieving_its_target_is_a_challenge_not_an_achievement():
    text = "However, again this quarter, no Directorate achieved target, with the best performing being the Chief Executive's Department."
    rule = sentence_rule(text, minutes=False)
    assert rule and rule[0] == "challenge", rule
