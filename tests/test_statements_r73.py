"""Statements round 73 (stop 66, helper st73): a document described, and a resignation or the meeting recorded.

- A sentence that describes a document rather than promising ("The Plan sets out what we aim to achieve by 2028",
  "This framework drives performance ...", "This comprehensive plan will be supported by ...", "See our key Corporate
  Plan priorities ...") is no commitment or priority, the rules' or the classifier's (cue group
  `document_description`; the guidelines' "description of a document or process").
- A resignation and the clerk recording the meeting are no statement the classifier adds (`model_veto`).
- Batch X (5 pages of principal councils: two New Forest portfolio holders' updates, Somerset West and Taunton's
  executive councillors' reports, Falkirk's and Braintree's plan pages; gold written before any run) is committed as a
  check batch (`annotations/statements/check73/`).

Pages quoted (all in corpus/web, check batches, in sample).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_statement_batch, gold_rows, page_statements

ROOT = Path(__file__).resolve().parents[1]
WEB = "corpus/web/"
ROTHER = WEB + "Rother District Council - Council Plan 2024-2028.txt"
CANTERBURY = WEB + "Canterbury City Council - Corporate Plan 2021-2024 key priorities.txt"
ANTRIM = WEB + "Antrim and Newtownabbey Borough Council - Corporate Performance and Improvement Plan 2024-25 draft.txt"
MID_EAST_ANTRIM = WEB + "Mid and East Antrim Borough Council - Performance Improvement Plan 2024-25 year-end update.txt"
DERBYSHIRE_DALES = WEB + "Derbyshire Dales District Council - minutes, Resilience Resources and Priorities.txt"
EAST_FARLEIGH = WEB + "East Farleigh Parish Council - Joint Planning Committee and Parish Council Meeting 2020-04-07.txt"
HIGHNAM = WEB + "Highnam Parish Council - Parish Council Meeting 2012-06-12.txt"
IGHTFIELD = WEB + "Ightfield Parish Council - Annual Report of the Council 2023-24.txt"
PROMISE = ("priority", "commitment", "challenge")


def _kind_of(found: dict[str, str], start: str) -> str | None:
    return next((k for t, k in found.items() if t.startswith(start)), None)


# --- a document described -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("page,start", [
    (ROTHER, "The Plan sets out what we aim to achieve by 2028"),  # a rule's commitment at the start
    (CANTERBURY, "See our key Corporate Plan priorities for the next three years."),
    (ANTRIM, "This comprehensive plan will be supported by robust Performance Governance Arrangements"),
    (MID_EAST_ANTRIM, "This framework drives performance at all levels"),
    (DERBYSHIRE_DALES, "The report discusses a series of issues"),
])
def test_a_document_described_is_no_promise(page, start, base_nlp):
    assert _kind_of(page_statements(page, base_nlp), start) not in PROMISE


@pytest.mark.parametrize("line", [
    "The Plan sets out what we aim to achieve by 2028 and beyond.",
    "This strategy will be supported by our Fit For the Future programme.",
    "The Council Plan also highlights how we will measure progress.",
    "Our Corporate Plan describes the outcomes we want for residents.",
    "See our key priorities for the year.",
])
def test_the_veto_reads_a_document_described(line):
    from miner.nlp.statements_cues import document_description

    assert document_description(line, "commitment", "model") and document_description(line, "priority", "rules")


@pytest.mark.parametrize("line", [
    "We will set out a plan by June.",
    "The Council will publish its new plan by March 2025.",
    "Officers will report progress against the plan to Cabinet in July.",
    "We will review the strategy in 2026.",
])
def test_the_veto_keeps_a_promise_about_a_document(line):
    from miner.nlp.statements_cues import document_description

    assert not document_description(line, "commitment", "model")
    assert not document_description(line, "commitment", "rules")


@pytest.mark.parametrize("line", [
    "The document set out four main priority areas Working for Cardiff, Working for Wales, Working for the Future",
    "The plan sets out three priorities: housing, jobs and climate.",
    # round 76: the keep needs the items named after the count; "... five key themes for the next four years." is read
    "This strategy identifies five key themes: growth, housing, transport, climate and health.",
])
def test_the_veto_keeps_a_document_that_counts_its_priorities(line):
    from miner.nlp.statements_cues import document_description

    assert not document_description(line, "priority", "model") and not document_description(line, "priority", "rules")


def test_the_veto_reads_only_promise_kinds():
    from miner.nlp.statements_cues import document_description

    assert not document_description("The report sets out the achievements of the year.", "achievement", "model")
    assert not document_description("The report sets out the challenges we face.", "challenge", "rules")


# --- a resignation, the meeting recorded ----------------------------------------------------------------------------

@pytest.mark.parametrize("page,start", [
    (EAST_FARLEIGH, "The Clerk was recording the meeting"),
    (HIGHNAM, "An election had not been called following the resignation of"),
    (IGHTFIELD, "However, at the end of the year there were some changes when the Chair"),
])
def test_a_resignation_or_the_meeting_recorded_is_no_promise(page, start, base_nlp):
    assert _kind_of(page_statements(page, base_nlp), start) not in PROMISE


@pytest.mark.parametrize("line,vetoed", [
    ("The Clerk was recording the meeting for the Parish Council.", True),
    ("Cllr Smith has resigned from the Council.", True),
    ("The Council noted the resignation of Cllr Jones.", True),
    ("Mrs Brown tendered her resignation as Clerk.", True),
    ("The Clerk will record the outcome in the minutes.", False),
    ("The Council will fill the vacancy by co-option in June.", False),
])
def test_the_model_veto_reads_resignations_and_recording(line, vetoed):
    from miner.nlp.statements_cues import load_cues

    assert any(p.search(line) for p in load_cues().model_veto) is vetoed


# --- version, batch X -----------------------------------------------------------------------------------------------

def test_rules_version_66():
    from miner.nlp.statements import RULES_VERSION

    assert int(RULES_VERSION) >= 66
    assert "**66**" in (ROOT / "miner" / "nlp" / "STATEMENT_RULES.md").read_text(encoding="utf-8")


def test_batch_x_is_a_check_batch_outside_every_split():
    from miner.evaluation import statements

    folder = ROOT / "annotations" / "statements" / "check73"
    # Braintree's page has no statement (its false ones count); two New Forest portfolio holders' updates
    check_statement_batch(folder, "fresh batch X", 5, 10, empty=1, authorities=4)
    assert statements.check_batches()["check73"] == (folder / "pages.txt").read_text(encoding="utf-8").splitlines()
    assert sum(len(gold_rows(path)) for path in folder.glob("*.jsonl")) == 17
