"""Claims round 37, leftovers of rounds 35-36 read through the real pipeline: a Year 6 measure whose words run to
"severe obesity" names that figure; a council's "contribution to DSG deficit" is a flow into its reserves, not the
deficit; "one more/fewer than the previous Quarter" is a count of 1 against the previous period; "the two groups" a
sentence has just named are no claim; "5 points lower than the national average" is a score on the measure its
sentence names and a comparison, no change; a sentence opening "Funding is increasing by" names its own measure, so it
takes no indicator from the sentence before."""


import pytest
from conftest import CORPUS, claim_at, paper_claims, claim_found as _at

KENT = CORPUS / "kent"


@pytest.fixture(scope="module")
def health():
    return paper_claims(KENT / "24-00115 - Appendix A - Current Health wellbeing activity within KCC.txt")


@pytest.fixture(scope="module")
def budget():
    return paper_claims(KENT / "Draft Revenue Budget 2025-26 and 2025-28 MTFP and Draft Capital Programme 2025-35.txt")


@pytest.fixture(scope="module")
def minutes():
    return paper_claims(KENT / "Minutes of the meeting held on 9th January 2025.txt")


def test_severe_obesity_after_year_6_is_the_year_6_measure(health):
    assert _at(health, "severe obesity will have reduced from 5%", "5%").indicator == "obesity_year6"


def test_healthy_weight_interrupting_the_year_6_words_keeps_its_own_measure(health):
    # guard: the figure lies inside the Year 6 ... obesity words, so they do not name it
    assert _at(health, "maintained at the current level of 63%", "63%").indicator == "excess_weight"


def test_the_pair_just_named_is_no_claim(health):
    text, claims = health
    assert claim_at(text, claims, "the gap between the two groups", "two", inside=True) is None


def test_points_below_a_benchmark_are_a_score_and_a_comparison(health):
    claim = _at(health, "will be 5 points lower than the national average", "5")
    assert (claim.indicator, claim.comparator, claim.direction) == ("attainment_8", "national", None)


def test_a_contribution_to_the_dsg_deficit_is_no_deficit(budget):
    assert _at(budget, "and £14.6m local authority contribution to DSG deficit", "£14.6m").indicator == "reserves"


def test_funding_opening_its_sentence_takes_nothing_from_the_sentence_before(budget):
    claim = _at(budget, "Funding is increasing by £100.2m (7%)", "£100.2m")
    assert (claim.indicator, claim.direction) == (None, "up")


@pytest.mark.parametrize("context, direction", [
    ("(one more than the previous Quarter)", "up"),
    ("(one fewer than the previous Quarter)", "down"),
])
def test_one_more_or_fewer_than_the_previous_quarter_is_a_count(minutes, context, direction):
    claim = _at(minutes, context, "one")
    assert (claim.value, claim.unit, claim.comparator, claim.direction) == (1, "count", "previous", direction)

