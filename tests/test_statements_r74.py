"""Statements round 74 (stop 67, helper st74): work in hand is no promise the classifier adds; batch Y.

- A sentence that reports a document or piece of work as in hand ("The new Corporate Plan ... was currently being
  drafted", "The policy is being reviewed") promises nothing a later paper could be checked against: the classifier
  adds no such sentence behind the rules (`model_veto`), unless it names a date or a future act ("... and will be
  presented to Cabinet in March", "... due in June").
- Batch Y (7 pages of 6 principal councils: West Lothian's Corporate Plan page, Caerphilly's Cabinet commitments and
  a Well-being Objectives progress report, Sunderland's City Plan page, East Lothian's Council Plan foreword, Wigan's
  council minutes, Luton's corporate plan page; gold written before any run) is committed as a check batch
  (`annotations/statements/check74/`).

Pages quoted (all in corpus/web, check batches, in sample).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_statement_batch, gold_rows, page_statements

ROOT = Path(__file__).resolve().parents[1]
WEB = "corpus/web/"
NEW_FOREST = WEB + "New Forest District Council - Portfolio Holders' Update Planning and Economy.txt"
PROMISE = ("priority", "commitment", "challenge")


def _kind_of(found: dict[str, str], start: str) -> str | None:
    return next((k for t, k in found.items() if t.startswith(start)), None)


# --- work in hand -----------------------------------------------------------------------------------------------------

def test_work_in_hand_is_no_promise(base_nlp):
    # a commitment of the classifier's on c080d11
    assert _kind_of(page_statements(NEW_FOREST, base_nlp), "The new Corporate Plan with its new set of measures") not in PROMISE


@pytest.mark.parametrize("line,vetoed", [
    ("The new Corporate Plan with its new set of measures was currently being drafted.", True),
    ("The Local Plan is being reviewed.", True),
    ("The housing allocations policy is currently being updated following the consultation.", True),
    ("Guidance for applicants was being prepared by officers.", True),
    ("The strategy is being drafted and will be presented to Cabinet in March 2025.", False),
    ("The plan is currently being developed, due in June.", False),
    ("The Council will review the Local Plan in 2026.", False),
    ("A new Corporate Plan will be drafted by the end of the year.", False),
])
def test_the_model_veto_reads_work_in_hand(line, vetoed):
    from miner.nlp.statements_cues import load_cues

    assert any(p.search(line) for p in load_cues().model_veto) is vetoed


# --- version, batch Y -----------------------------------------------------------------------------------------------

def test_rules_version_67():
    from miner.nlp.statements import RULES_VERSION

    assert int(RULES_VERSION) >= 67
    assert "**67**" in (ROOT / "miner" / "nlp" / "STATEMENT_RULES.md").read_text(encoding="utf-8")


def test_batch_y_is_a_check_batch_outside_every_split():
    from miner.evaluation import statements

    folder = ROOT / "annotations" / "statements" / "check74"
    # Luton's page has no statement (its false ones count); Caerphilly twice
    check_statement_batch(folder, "fresh batch Y", 7, 30, empty=1, authorities=6)
    assert statements.check_batches()["check74"] == (folder / "pages.txt").read_text(encoding="utf-8").splitlines()
    assert sum(len(gold_rows(path)) for path in folder.glob("*.jsonl")) == 35
