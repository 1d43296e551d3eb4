"""Statements round 69 (stop 65, helper st69): reported discussion in minutes, judged on the pooled checks.

- A minutes sentence that only reports what a speaker said, noted or explained is no commitment or priority the
  classifier adds behind the rules (cue group `reported_discussion` in statement_cues.json, `statements_cues.
  reported_discussion`): "The Scrutiny Specialist explained that members needed to consider the Work Programme ...",
  "He suggested leaving the Work Programme for a few weeks ...", "Enquiry on Planning Regulations – The clerk said
  she was waiting to hear from HBC ...", "Cllr S Penfold stated that he was happy to have a meeting, but suggested
  ...". A reported future act or undertaking stays ("The Town Clerk advised that ... would be from reserves", gold),
  and so does a reported challenge, the rules' statements and model-alone mode.
- Batch T (8 pages of parish minutes, gold written before any run) is committed as a check batch
  (`annotations/statements/check69/`).

Pages quoted (all in corpus/web, check batches):
http://modgov.southsomerset.gov.uk/mgAi.aspx?ID=13887 (South Somerset, batch K)
https://democracy.witney-tc.gov.uk/mgAi.aspx?ID=1558 (Witney, batch K)
http://www.follifoot.org/11th-july-2013/ (Follifoot, batch S)
https://modgov.north-norfolk.gov.uk/ieListDocuments.aspx?CId=140&MId=1990 (North Norfolk, batch I-J)
https://benniworth.parish.lincolnshire.gov.uk/council-business/meetings-agendas-minutes/15 (Benniworth, batch P)
http://abbotsmorton.info/minutes-25-june-2018/ (Abbots Morton, batch T)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import page_statements
from miner.nlp import statement_model

ROOT = Path(__file__).resolve().parents[1]
WEB = "corpus/web/"
SOUTH_SOMERSET = WEB + "South Somerset District Council - Scrutiny Committee, review of work practices.txt"
WITNEY = WEB + "Witney Town Council - committee minutes, matters arising.txt"
FOLLIFOOT = WEB + "Follifoot Parish Council - Parish Council Meeting 2013-07-11.txt"
NORTH_NORFOLK = WEB + "North Norfolk District Council - Overview and Scrutiny Committee 2023-06-14.txt"
ABBOTS_MORTON = WEB + "Abbots Morton Parish Council - Parish Council Meeting 2018-06-25.txt"


def _squash(text: str) -> str:
    return " ".join(text.split())


def _found(page: str, base_nlp) -> set[str]:
    return set(page_statements(page, base_nlp))


def _reported(text: str, label: str) -> bool:
    """The reported-discussion veto's verdict (False before round 69, which had none)."""
    try:
        from miner.nlp.statements_cues import reported_discussion
    except ImportError:
        return False
    return reported_discussion(text, label)


# --- reported discussion: no commitment the classifier adds ----------------------------------------------------------

@pytest.mark.parametrize("page, start", [
    (SOUTH_SOMERSET, "The Scrutiny Specialist explained that members needed to consider the Work Programme"),
    (SOUTH_SOMERSET, "He suggested leaving the Work Programme for a few weeks"),
    (FOLLIFOOT, "Enquiry on Planning Regulations – The clerk said she was waiting to hear from HBC"),
    (NORTH_NORFOLK, "Cllr S Penfold stated that he was happy to have a meeting"),
])
def test_reported_discussion_is_not_added(page, start, base_nlp):
    assert not any(t.startswith(start) for t in _found(page, base_nlp))


def test_a_reported_future_act_in_the_gold_is_still_found(base_nlp):
    # Witney (batch K): a gold commitment that opens like reported discussion
    assert any(t.startswith("The Town Clerk advised that in minute H7 the money to repair")
               for t in _found(WITNEY, base_nlp))


@pytest.mark.parametrize("text", [
    "The Chairman noted that there was a matter arising from the minutes that he wished to discuss.",
    "It was clarified that separation is premature.",
    "Members also heard an update on the activity undertaken to review Progress and Delivery measures.",
    "Responding, Councillor Alan Quinn reported that there was only so much of the road network that could be covered.",
    "3. Dog bins – The Clerk explained that the bin was full.",
])
def test_reported_forms_are_vetoed_as_commitments(text):
    assert _reported(text, "commitment") and _reported(text, "priority")


@pytest.mark.parametrize("text", [
    # reported future acts and undertakings (the guidelines' commitments) and the meeting's own acts
    "The Town Clerk advised that in minute H7 the money to repair St, Mary's pillars would be from reserves, not rolling capital;",
    "The Chief Accountant advised that this would be rectified.",
    "The Clerk reported that the Highways would get the tree specialist firm they use to advise.",
    "The Clerk confirmed that the report will be circulated to all members.",
    "Cllr Smith offered to contact the police about the parking.",
    "It was agreed that the Council would write to the County Council.",
    "It was noted that the Footpaths Officer was undertaking research to see what measures could be introduced to make dog walking easier on the public right of way network.",
    "It was reported that the draft plan is to be circulated before the next meeting.",
    # not reported discussion at all
    "The Clerk will write to the landowner.",
    "We will contact residents about the scheme.",
])
def test_reported_future_acts_and_plain_promises_are_not_vetoed(text):
    assert not _reported(text, "commitment")


def test_a_reported_challenge_is_untouched():
    # Benniworth (batch P): the model's challenge reading of a reported difficulty is not the veto's to drop
    text = ("The clerk reported that LCC highways have been contacted on a number of occasions but that working "
            "restrictions due to the pandemic have severely limited LCC activities.")
    assert not _reported(text, "challenge")


def test_the_rules_and_model_alone_mode_are_untouched(base_nlp):
    from miner.evaluation.statements import parse_file, run_finder, saved_thresholds
    from miner.nlp.statements import StatementFinder

    parsed = parse_file(SOUTH_SOMERSET, base_nlp)
    model = run_finder(parsed, StatementFinder(mode="model", model=statement_model.load(),
                                               min_model_confidence=saved_thresholds()))
    assert any(_squash(s.text).startswith("The Scrutiny Specialist explained that members needed") for s in model)


def test_rules_version_62():
    from miner.nlp.statements import RULES_VERSION

    assert int(RULES_VERSION) >= 62  # round 70 stamped 63
    assert "**62**" in (ROOT / "miner" / "nlp" / "STATEMENT_RULES.md").read_text(encoding="utf-8")


# --- batch T, committed as a check batch ----------------------------------------------------------------------------

def test_batch_t_is_a_check_batch_outside_every_split():
    from conftest import check_statement_batch
    from miner.evaluation.statements import check_batches, load_check_gold

    check_statement_batch(ROOT / "annotations" / "statements" / "check69", "fresh batch T", 8, 10)
    pages = check_batches()["check69"]
    assert ABBOTS_MORTON in pages
    gold = load_check_gold()
    assert sum(len(gold.get(p, [])) for p in pages) == 43
