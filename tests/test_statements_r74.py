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

from conftest import gold_rows, manifest_rows, page_statements

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
    from miner.evaluation import claims, entities, is_blind, statements

    folder = ROOT / "annotations" / "statements" / "check74"
    listed = [line for line in (folder / "pages.txt").read_text(encoding="utf-8").split("\n") if line]
    assert len(listed) == 7 and statements.check_batches()["check74"] == listed
    gold: dict[str, list[dict]] = {p: [] for p in listed}  # Luton's page has no statement (its false ones count)
    for path in sorted(folder.glob("*.jsonl")):
        for row in gold_rows(path):
            gold[row["file"]].append(row)
    assert sorted(gold) == sorted(listed) and len(list(folder.glob("*.jsonl"))) == 7
    manifest = {"corpus/" + f: row for f, row in manifest_rows().items()}
    assert all(manifest[p]["kind"] in ("minutes", "report") and "fresh batch Y" in manifest[p]["source"] for p in listed)
    assert len({manifest[p]["authority"] for p in listed}) == 6  # Caerphilly twice
    kinds = [r["kind"] for rows in gold.values() for r in rows]
    assert sum(k in PROMISE for k in kinds) == 30 and len(kinds) == 35
    for page, rows in gold.items():  # every quote is the page's own words
        text = " ".join((ROOT / page).read_text(encoding="utf-8").split())
        assert all(" ".join(r["quote"].split()) in text for r in rows)
    assert not set(listed) & set(statements.load_gold())
    assert not set(listed) & set(statements.HELDOUT) and not any(is_blind(p) for p in listed)
    for module in (claims, entities):
        assert not set(listed) & set(module.load_gold())
