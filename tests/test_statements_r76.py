"""Statements round 76 (stop 68, helper st76): priorities and plans described, and status lines, are no promises.

- The council's priorities described rather than stated ("These priorities are the focus for all council services
  ...", "Our priorities are designed to ensure ..."), a plan said to be the council's plan ("The Final Draft City Plan
  will be the council's overarching strategic plan ...") and how progress on it will be managed ("Progress in respect
  of the City Plan will be managed via ...") are no commitment or priority (cue group `document_description`). Round
  73's keep for a sentence counting the document's priorities now needs the items named after the count (a colon, a
  dash or a capitalised word: Cardiff's "four main priority areas Working for Cardiff, ..."); a count with no names
  ("The Corporate Plan sets out eight priorities that we believe will help ...", "Our draft plan sets out five key
  priorities for the coming years.") is a description.
- A status line (indicators "marked as green", "RAG rated", "feedback ... shows that ...", "the fund was open for
  ...", "the objective is judged to be progressing well") is no statement the classifier adds (`model_veto`).

Pages quoted (all in corpus/web, check batches, in sample).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import page_statements

ROOT = Path(__file__).resolve().parents[1]
WEB = "corpus/web/"
BRAINTREE = WEB + "Braintree District Council - Corporate Priorities 2024 to 2028.txt"
WEST_LOTHIAN = WEB + "West Lothian Council - Corporate Plan 2018-19 to 2022-23.txt"
SUNDERLAND = WEB + "Sunderland City Council - City Plan.txt"
FOLKESTONE = WEB + "Folkestone and Hythe District Council - Corporate Plan.txt"
NEW_FOREST_ENV = WEB + "New Forest District Council - Portfolio Holder's Update Environment and Sustainability.txt"
NEW_FOREST_PLAN = WEB + "New Forest District Council - Portfolio Holders' Update Planning and Economy.txt"
CAERPHILLY = WEB + "Caerphilly County Borough Council - Well-being Objectives progress.txt"
PROMISE = ("priority", "commitment", "challenge")


def _kind_of(found: dict[str, str], start: str) -> str | None:
    return next((k for t, k in found.items() if t.startswith(start)), None)


# --- priorities and plans described -----------------------------------------------------------------------------------

@pytest.mark.parametrize("page,start", [
    (BRAINTREE, "Our priorities are designed to ensure the focus of our efforts"),  # a rule's priority on 51cc9f9
    (WEST_LOTHIAN, "These priorities are the focus for all council services"),  # a rule's priority
    (WEST_LOTHIAN, "The Corporate Plan sets out eight priorities that we believe"),  # a rule's priority
    (SUNDERLAND, "The Final Draft City Plan will be the council's overarching strategic plan"),  # the model's commitment
    (SUNDERLAND, "Progress in respect of the City Plan will be managed via"),  # the model's commitment
    (FOLKESTONE, "Our draft plan sets out five key priorities for the coming years."),  # a rule's priority
])
def test_a_plan_or_its_priorities_described_is_no_promise(page, start, base_nlp):
    assert _kind_of(page_statements(page, base_nlp), start) not in PROMISE


@pytest.mark.parametrize("line", [
    "These priorities are the focus for all council services.",
    "Our objectives are designed to ensure that resources go where they are most needed.",
    "The new Local Plan will be the council's main planning document for the next fifteen years.",
    "Progress on the Corporate Plan will be reported through the council's performance framework.",
    "The Corporate Plan sets out eight priorities that we believe will help our community to grow.",
    "This strategy identifies five key themes for the next four years.",
])
def test_the_veto_reads_a_plan_or_its_priorities_described(line):
    from miner.nlp.statements_cues import document_description

    assert document_description(line, "priority", "rules") and document_description(line, "commitment", "model")


@pytest.mark.parametrize("line", [
    "The document set out four main priority areas Working for Cardiff, Working for Wales, Working for the Future",
    "The plan sets out three priorities: housing, jobs and climate.",
    "Our priority is to build 500 new homes by 2026.",
    "We will report progress on the Corporate Plan to Cabinet every quarter.",
    "The Council will adopt the new Local Plan by March 2026.",
])
def test_the_veto_keeps_a_named_list_and_a_promise(line):
    from miner.nlp.statements_cues import document_description

    assert not document_description(line, "priority", "rules") and not document_description(line, "commitment", "model")


# --- status lines -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("page,start", [
    (NEW_FOREST_ENV, "Initial feedback on car park clocks shows that"),  # the model's challenge on 51cc9f9
    (NEW_FOREST_PLAN, "The Rural England prosperity fund was open for businesses"),  # the model's commitment
    (NEW_FOREST_PLAN, "On Key Performance Indicators (KPIs), it was explained that the majority"),  # the model's challenge
    (NEW_FOREST_PLAN, "The measures listed currently related to the existing Corporate Plan"),  # the model's challenge
    (CAERPHILLY, "This objective has 5 medium to long-term outcomes"),  # the model's priority
])
def test_a_status_line_is_no_promise(page, start, base_nlp):
    assert _kind_of(page_statements(page, base_nlp), start) not in PROMISE


@pytest.mark.parametrize("line,vetoed", [
    ("Most of the listed targets were marked as green.", True),
    ("Two indicators are rated amber this quarter.", True),
    ("The project is RAG rated red.", True),
    ("Survey results showed that satisfaction with parks had risen.", True),
    ("The objective is judged to be progressing well.", True),
    ("The small grants scheme is now open for applications.", True),
    ("The data shows that we will need 300 more school places by 2027.", False),
    ("The Clerk was attending data training and suggested that two new councillors attend.", False),
    ("The fund is open for applications and the council will award grants in May.", False),
    ("We will bring every indicator marked red back to target by March.", False),
])
def test_the_model_veto_reads_status_lines(line, vetoed):
    from miner.nlp.statements_cues import load_cues

    assert any(p.search(line) for p in load_cues().model_veto) is vetoed


# --- version ----------------------------------------------------------------------------------------------------------

def test_rules_version_68():
    from miner.nlp.statements import RULES_VERSION

    assert int(RULES_VERSION) >= 68
    assert "**68**" in (ROOT / "miner" / "nlp" / "STATEMENT_RULES.md").read_text(encoding="utf-8")
