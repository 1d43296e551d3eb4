"""Statements round 68 (stop 64, helper st68): the model's false promises on the pooled checks.

- An invitation to the reader is no statement the classifier adds (`model_veto` in statement_cues.json): a sentence
  that opens with it ("So please contact Peter to arrange a tour ...", "In the meantime, if anyone has any suggestions
  ..., feel free to email the Parish Clerk at .", "To view our plan in full, please visit ..."), "We would like your
  views on our objectives ..."; a fact with an invitation after
  it stays ("There are currently five vacant seats on the council, so please contact the Town Clerk ...", a challenge).
- Batch S (8 pages, gold written before any run) is committed as a check batch (`annotations/statements/check68/`).
- `lobo(c=..., features=...)` / `--lobo-c`, `--lobo-features`: a variant of the saved set-up judged by leaving a batch out.

Pages quoted (all in corpus/web, check batches):
https://pickmereparishcouncil.gov.uk/notices/new-council-projects/ (check batch R)
https://baberghmidsuffolk.moderngov.co.uk/ieListDocuments.aspx?CId=154&MId=2691&Ver=4 (Mid Suffolk, batch I-J)
https://www.stanley-tc.gov.uk/community/ (batch S)
https://www.northleach.gov.uk/2021/05/council-news-mayor-appointed/ (batch S)
https://www.canterbury.gov.uk/strategies-and-policies/corporate-plan-2021-2024/corporate-plan-key-priorities (batch S)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from miner.nlp import statement_model

WEB = "corpus/web/"
PICKMERE = WEB + "Pickmere Parish Council - New Council projects.txt"
MID_SUFFOLK = WEB + "Mid Suffolk District Council - Council minutes, items 73 on.txt"
STANLEY = WEB + "Stanley Town Council - Community Virtual Notice Board.txt"
NORTHLEACH = WEB + "Northleach with Eastington Town Council - Council News Mayor Appointed 2021.txt"
CANTERBURY = WEB + "Canterbury City Council - Corporate Plan 2021-2024 key priorities.txt"
STANDON = WEB + "Standon Parish Council - Chairman's Annual Report 2013-14.txt"


def _squash(text: str) -> str:
    return " ".join(text.split())


def _found(page: str, base_nlp) -> list:
    from miner.evaluation.statements import parse_file, run_finder
    from miner.nlp.statements import StatementFinder

    return run_finder(parse_file(page, base_nlp), StatementFinder(mode="both", model=statement_model.load()))


def _vetoed(text: str) -> bool:
    from miner.nlp.statements_cues import load_cues

    return any(p.search(text) for p in load_cues().model_veto)


# --- invitations to the reader: no statement the classifier adds -----------------------------------------------------

@pytest.mark.parametrize("page, start", [
    (PICKMERE, "In the meantime, if anyone has any suggestions as to the type of play equipment"),
    (MID_SUFFOLK, "So please contact Peter to arrange a tour"),
    (STANLEY, "If you do, please contact the Town Clerk for consideration."),
])
def test_an_invitation_to_the_reader_is_no_statement(page, start, base_nlp):
    assert Path(page).exists()
    assert start.split()[-1] in Path(page).read_text(encoding="utf-8")
    assert not [s for s in _found(page, base_nlp) if _squash(s.text).startswith(start)]


@pytest.mark.parametrize("text", [
    "To view our plan in full, please visit our Performance Improvement Plan section.",
    "We would like your views on our objectives \u2013 please review the document below and respond to the three questions.",
    "Please do get in touch with the Clerk.",
])
def test_invitation_forms_are_vetoed(text):
    assert _vetoed(text)


@pytest.mark.parametrize("text", [
    # a fact with an invitation after it: gold challenges (Northleach, batch S; Standon, check batch Q)
    "There are currently five vacant seats on the council, so please contact the Town Clerk or any councillor if you "
    "are interested in representing your community.",
    "Please remember we still have one vacancy though so if you are interested in joining the council please contact "
    "the Clerk.",
    # promises that contact or review: the council acts, not the reader
    "We will contact residents about the new parking scheme in the spring.",
    "The Clerk will write to the highways authority and report back.",
    "Members asked officers to review the policy and report back in March.",
    "We would encourage residents to recycle more of their household waste.",
])
def test_facts_and_promises_are_not_vetoed(text):
    assert not _vetoed(text)


def test_northleach_vacancy_and_canterbury_promises_stay(base_nlp):
    """Batch S: the model's and rules' promises on these pages are not touched by the invitation veto."""
    found = {_squash(s.text) for s in _found(CANTERBURY, base_nlp)}
    assert any(t.startswith("We will create a housing service") for t in found)
    assert any(t.startswith("We are determined to drive real and noticeable improvements") for t in found)
    found = {_squash(s.text) for s in _found(NORTHLEACH, base_nlp)}
    assert any(t.startswith("The regulations that permit remote meetings expired") for t in found)


# --- batch S, committed as a check batch ----------------------------------------------------------------------------

def test_batch_s_is_a_check_batch_outside_every_split():
    from miner.evaluation.statements import check_batches, load_check_gold, load_gold, manifest_kinds, squash

    pages = check_batches()["check68"]
    assert len(pages) == 8 and STANLEY in pages and CANTERBURY in pages
    gold = load_check_gold()
    rows = [g for p in pages for g in gold.get(p, [])]
    assert sum(g.kind in ("commitment", "priority", "challenge") for g in rows) == 31 and len(rows) == 48
    kinds = manifest_kinds()
    for p in pages:
        assert p in kinds and p not in load_gold()
        text = squash(Path(p).read_text(encoding="utf-8"))
        assert all(squash(g.quote) in text for g in gold.get(p, []))


# --- a variant of the set-up, judged by leaving a batch out -----------------------------------------------------------

def test_lobo_variant_arguments_reach_the_cli():
    import inspect

    from miner.evaluation import statements

    src = inspect.getsource(statements.main)
    assert "--lobo-c" in src and "--lobo-features" in src
    params = inspect.signature(statements.lobo).parameters
    assert "c" in params and "features" in params


@pytest.mark.slow
def test_lobo_variant_refits_with_its_own_c(base_nlp):
    from miner.evaluation.statements import lobo

    result = lobo(batches=["check66"], tuned_limit=3, nlp=base_nlp, resamples=20, c=0.5)
    assert result["fit_args"]["c"] == 0.5
    assert result["pooled"]["saved_both"]["tp"] + result["pooled"]["saved_both"]["fn"] == 28
