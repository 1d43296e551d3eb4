"""Statements round 57: promises the rules missed in fresh batch I of other councils' minutes (round 56's Left).

Difficulties given in an answer ("it was uncertain how far this would stretch with increased costs", "The delay has
impacted on the delivery programme", "there had been very little progress", "the loss of income from ...", "There are
not a large amount of available brownfield sites") are challenges (`challenge`, patterns/statement_cues.json); work
under way reported in minutes ("next steps are being discussed with ...", "is looking at ... and engaging with
traders", a group's request that the item return) is a commitment (`reported_action`, minutes only). A question the
minutes print without its opening quote mark ('... the permanent school building"?') no longer makes the answer after
it a quoted passage (`statements_text._quoted_ranges`).

Real text only: fresh batch I pages (not in corpus/; addresses beside each quote), one stored under
tests/fixtures/pages/. Negatives: sentences that must not change (a member's question, a bare report of progress,
Kent's found answers)."""

import pytest

from miner.nlp.statements import sentence_rule

from conftest import kind_of, page_text


@pytest.mark.parametrize("text", [
    # https://councildecisions.bury.gov.uk/ieListDocuments.aspx?CId=126&MId=3151
    "Further funding was coming through but it was uncertain how far this would stretch with increased costs.",
    # https://councildecisions.bury.gov.uk/ieListDocuments.aspx?CId=126&MId=3685&Ver=4
    "The delay has impacted on the delivery programme, and the following statement has been produced by Star and "
    "shared with the Local Authority.",
    # https://democracy.rushcliffe.gov.uk/mgAi.aspx?ID=4307
    "Councillor Combellack reported there had been very little progress and felt the presentation and update the "
    "Group received was poor.",
    # https://democracy.gedling.gov.uk/ieListDocuments.aspx?CId=135&MId=2517
    "There are not a large amount of available brownfield sites in the borough.",
    # https://democracy.gedling.gov.uk/ieListDocuments.aspx?CId=135&MId=2679&Ver=4
    "It was explained how the loss of income from leisure and car parking was being addressed and what measures were "
    "being put in place to safely open, and encourage visits to, leisure centres.",
])
def test_a_difficulty_given_in_minutes_is_a_challenge(text):
    assert sentence_rule(text, minutes=True)[0] == "challenge"


@pytest.mark.parametrize("text", [
    # https://democracy.gedling.gov.uk/ieListDocuments.aspx?CId=135&MId=2517
    "Members were informed that in 2019 there was a feasibility study into various tram extensions including one "
    "using the mineral line, the findings of this report are being reviewed and next steps are being discussed with "
    "the City and County Councils regarding work with the Transforming Cities funding through the Metro Strategy.",
    "The Town Centre Manager is looking at vacancy rates for Arnold Town Centre and engaging with traders to "
    "understand the issues that affect footfall.",
    # https://democracy.rushcliffe.gov.uk/mgAi.aspx?ID=4307
    "The Group had requested the item return next year to ensure Councillor feedback had been acted upon.",
])
def test_work_under_way_reported_in_minutes_is_a_commitment(text):
    assert sentence_rule(text, minutes=True)[0] == "commitment"


# https://councildecisions.bury.gov.uk/ieListDocuments.aspx?CId=126&MId=3685&Ver=4 (Bury Cabinet, November 2024)
BURY = page_text("bury_cabinet_minutes_2024")


def test_the_answer_after_a_question_without_its_opening_mark_is_read(page_rules):
    quote = "there has been a delay in signing off the contract for the permanent building because of inflationary"
    assert quote in BURY
    assert kind_of(page_rules("bury2024", BURY), quote) == "challenge"


# Negatives: pass on the starting commit and after.

def test_the_chairs_undertaking_before_the_question_stays(page_rules):
    quote = "the Chair reported that responses would be made available online"
    assert kind_of(page_rules("bury2024", BURY), quote) == "commitment"


@pytest.mark.parametrize("text", [
    # the work programme, not work under way (Mansfield Overview and Scrutiny minutes, April 2022: https://portal.mansfield.gov.uk/cmadexternal/minutesview.aspx?id=4241&entityid=24)
    "The Chair informed the Committee that the updated Draft Work Programme was in Appendix 1.",
    # a member's view of an answer: https://democracy.rushcliffe.gov.uk/mgAi.aspx?ID=4307
    "Councillor Parekh reported that MTVH had provided an update on its performance.",
    "Work was ongoing.",  # reported_action's own counter-example: no object
])
def test_no_promise_without_work_of_the_authority(text):
    rule = sentence_rule(text, minutes=True)
    assert rule is None or rule[0] not in ("commitment", "challenge")
