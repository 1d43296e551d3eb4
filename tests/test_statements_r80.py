"""Statements round 80 (stop 70, helper st80): reported discussion in minutes, the model's challenges.

- Round 69's reported-discussion veto (cue group `reported_discussion`, `statements_cues.reported_discussion`) now
  reads the classifier's challenges too: a minutes sentence that only reports what was said or noted and names no
  difficulty ("It was noted that of the 2 drains, one is running ...", "The Chairman said that this was a plan to be
  considered by The Estate ...") is no challenge the classifier adds behind the rules. A reported difficulty keeps
  it (`challenge_keep`: member_speech.difficulty's words, negation, "still", "yet", "outstanding", state words such
  as blocked, worn, damaged, flooding, limited), as the gold reads "It was noted that footpath 6 is still blocked."
- Two narration openings join the veto's: "There was a discussion / request / query about ..." and "The report
  (also) noted ..."; "determined (to)" keeps a sentence beside "committed" and "pledged".

Pages quoted (all in corpus/web, check batches): Gaydon Parish Council, Annual Parish Meeting 2013 (check65);
Stithians Parish Council minutes (check69).
"""

from __future__ import annotations

import pytest

from conftest import page_statements

GAYDON = "corpus/web/Gaydon Parish Council - Annual Parish Meeting 2013.txt"


def _reported(text: str, label: str) -> bool:
    from miner.nlp.statements_cues import reported_discussion

    return reported_discussion(text, label)


@pytest.mark.parametrize("text", [
    "It was noted that of the 2 drains, one is running the other is covered and set slightly higher than the road.",
    "The Chairman said that this was a plan to be considered by The Estate and the Village Hall rather than the "
    "Parish Council.",
    "There was a discussion about a footpath to the cricket field, possibly from the overflow carpark at the Hall.",
])
def test_reported_discussion_is_no_challenge(text):
    assert _reported(text, "challenge")


@pytest.mark.parametrize("text", [
    # gold challenges of the tuned papers and the pool: a difficulty is reported
    "It was noted that the yellow lines are very worn and covered in leaves.",
    "Councillor Combellack reported there had been very little progress",
    "It was noted that Northwold footpath 6 is still blocked.",
    "The Clerk reported that Andy Wallace has been contacted for an update but no response has been received.",
    "It was also noted that the premises hadn't been assessed by the Borough Council.",
    "Officers advised that there has been an increase in the proportion of children presenting with complex needs.",
    "The chairman informed council that Smith's Charity is short of drivers and looking for volunteers.",
])
def test_a_reported_difficulty_stays_a_challenge(text):
    assert not _reported(text, "challenge")


@pytest.mark.parametrize("text, label", [
    ("The report also noted the constant need for prioritisation of corporate projects and initiatives.", "priority"),
    ("There was a request for the review of the development control process.", "commitment"),
])
def test_the_narration_openings_are_vetoed(text, label):
    assert _reported(text, label)


@pytest.mark.parametrize("text, label", [
    ("There was a request for the proposed measures to be circulated to all Members.", "commitment"),
    ("The report noted that the Council will review the policy in March.", "commitment"),
    ("The Chairman reported on the footpaths We are determined to make sure all footpaths are kept marked and "
     "passable.", "challenge"),
    ("It was noted that the Clerk would write to Highways about the damaged sign.", "challenge"),
])
def test_reported_future_acts_are_kept(text, label):
    assert not _reported(text, label)


def test_a_first_person_undertaking_after_a_reported_title_is_still_found(base_nlp):
    # Gaydon (check65): the gold commitment is run into the item's title "The Chairman reported on the footpaths"
    found = page_statements(GAYDON, base_nlp)
    assert any("We are determined to make sure all footpaths" in t for t in found)


def test_rules_version_69():
    from miner.nlp.statements import RULES_VERSION

    assert int(RULES_VERSION) >= 69
