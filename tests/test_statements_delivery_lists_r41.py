"""Celebratory delivery lists (rules v41, statements round 39): a lead-in that announces a list of things done.

Each positive test reads a real tuned paper through the real pipeline (`statements_of`, rules alone) and checks an
item the gold records as an achievement; before v41 the lead-in introduced nothing and the item was lost. The
negatives check that a list of priorities or of things still to do is not turned into achievements, and that a
main clause's "will" inside an achievement item is still a commitment of its own."""

import pytest
from test_statements import _find, nlp, statements_of  # noqa: F401  (fixtures)

from miner.nlp.statements import header_kind
from miner.nlp.statements_cues import _subordinate_will

SEED_SOMERSET = "corpus/seeds/004_4330630ba5c986a6.txt"  # "This work has resulted in:"
KEY_SERVICE = "corpus/kent/Appendix G - Key Service Statement.txt"  # "... we have already:"
QUESTIONS = "corpus/pdf/Questions put and answers given - March 2025.pdf"  # "... recent improvements include:"
SEED_MEDWAY_2018 = "corpus/seeds/000_6cef1de8068e4e1d.txt"
SEED_MEDWAY_2020 = "corpus/seeds/001_fd1a3b6a4ff01199.txt"


def _kinds(statements_of, file, quote):
    return {h.kind for h in _find(statements_of(file, "rules"), quote)}


@pytest.mark.parametrize("file, quote", [
    (SEED_SOMERSET, "A significant reduction in Child in Need numbers across the county"),
    (SEED_SOMERSET, "An improvement in the conversion rates within the child protection process"),
    (SEED_SOMERSET, "Stable numbers of children subject to Child Protection Plans"),
    (SEED_SOMERSET, "A reduction in the number of children subject to Public Law Outline meetings"),
    (KEY_SERVICE, "Developed a clear view of our key strengths and areas for improvement"),
    (KEY_SERVICE, "Built our strategy delivery plan to prioritise immediate actions"),
    (KEY_SERVICE, "Started to implement the strategy across a number of priority development areas."),
    (QUESTIONS, "A GP attraction package has attracted new GPs to Swale, Medway and Thanet"),
])
def test_an_item_of_a_delivery_list_is_an_achievement(statements_of, file, quote):
    assert _kinds(statements_of, file, quote) == {"achievement"}, quote


def test_a_will_in_a_subordinate_clause_of_a_delivery_item_is_no_commitment(statements_of):
    # gold: achievement; round 37's header cue alone added a nested commitment from "will look like in the future"
    quote = "Agreed on what sustainable success for adult social care will look like in the future"
    assert _kinds(statements_of, KEY_SERVICE, quote) == {"achievement"}
    # under an achievements heading already before v41 (gold: achievement); v40 added a false nested commitment
    quote = "The introduction of a social work practice model, 'Signs of Safety"
    assert _kinds(statements_of, SEED_MEDWAY_2020, quote) == {"achievement"}


@pytest.mark.parametrize("file, quote, kind", [
    # a main clause's "will" inside an achievement item stays a promise of its own (gold: commitment)
    (SEED_MEDWAY_2018, "No clinical referrals will be made in future without the case being discussed", "commitment"),
    (SEED_MEDWAY_2020, "Places will be increased again in September 2020", "commitment"),
    # an item of a priorities list that says "we will" keeps the header's kind (gold: priority)
    (SEED_MEDWAY_2018, "Following a public consultation we will be reprovisioning short breaks", "priority"),
])
def test_promises_in_lists_keep_their_kind(statements_of, file, quote, kind):
    assert kind in _kinds(statements_of, file, quote), quote


@pytest.mark.parametrize("lead_in", [
    "This work has resulted in:",
    "With valuable input from people with lived experience, we have already:",
    "In Kent and Medway recent improvements include:",
    "Over the year the team delivered the following:",
    "We were able to carry out the following works:",
])
def test_a_delivery_lead_in_introduces_achievements(lead_in):
    assert header_kind(lead_in) == "achievement", lead_in


@pytest.mark.parametrize("lead_in", [
    "Planned improvements include:",
    "Further improvements include:",
    "Key improvements will include:",
    "We will deliver the following:",
    "This will result in:",
    "Our priorities for the coming year are:",
])
def test_a_list_of_things_to_do_is_not_a_delivery_list(lead_in):
    assert header_kind(lead_in) != "achievement", lead_in


@pytest.mark.parametrize("text, subordinate", [
    ("Agreed on what sustainable success for adult social care will look like in the future", True),
    ("Developed a new offer which will support families in future.", True),
    ("Places will be increased again in September 2020.", False),
    ("No clinical referrals will be made in future without the case being discussed at Joint Agency Panel first.", False),
    ("In future the team, which was set up in May, will review cases.", False),
])
def test_a_will_in_a_subordinate_clause(text, subordinate):
    assert _subordinate_will(text) is subordinate, text
