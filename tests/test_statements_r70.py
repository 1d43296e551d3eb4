"""Statements round 70 (stop 65, helper st70): empty reports and headings, judged on the pooled checks.

- A line that says there was nothing to report ("... was unable to attend and there was nothing to report in his
  absence.", "View from local residents: There were no issues raised.", "The Clerk reported that there were no matters
  arising from the previous minutes.") is no challenge, the rules' or the classifier's (cue group `empty_report` in
  statement_cues.json, `statements_cues.empty_report`), unless a difficulty is named beside the phrase. A challenge
  with no such phrase stays ("NCC Cllr Clarke reported no response to date ...", gold in batch U).
- The heading-and-label veto was measured and not shipped in this round: on the pool it dropped a found gold priority,
  an imperative plan line ("Develop basic Community Emergency Plan"); round 71 (rules v64) ships it with a keep.
- Batch U (6 pages of parish minutes and reports, gold written before any run) is committed as a check batch
  (`annotations/statements/check70/`).

Pages quoted (all in corpus/web, check batches):
https://llanwarnegroupparishcouncil.co.uk/draft-minutes-of-ordinary-meeting-16th-november-2017/ (Llanwarne, batch T)
https://gaydon.org.uk/pcouncil/minutes/apm13.html (Gaydon, batch Q)
http://www.rowlandscastlepc.org.uk/about/strategic-objectives/ (Rowlands Castle, batch R)
http://www.colstonbassettparishcouncil.co.uk/parish-council-minutes/parish-council-meeting-26-june-2017 (batch U)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import page_statements

ROOT = Path(__file__).resolve().parents[1]
WEB = "corpus/web/"
LLANWARNE = WEB + "Llanwarne Group Parish Council - Ordinary Meeting 2017-11-16.txt"
GAYDON = WEB + "Gaydon Parish Council - Annual Parish Meeting 2013.txt"
ROWLANDS_CASTLE = WEB + "Rowlands Castle Parish Council - Strategic Objectives.txt"
COLSTON_BASSETT = WEB + "Colston Bassett Parish Council - Parish Council Meeting 2017-06-26.txt"


def _empty(text: str, kind: str = "challenge") -> bool:
    """The empty-report veto's verdict (False before round 70, which had none)."""
    try:
        from miner.nlp.statements_cues import empty_report
    except ImportError:
        return False
    return empty_report(text, kind)


# --- empty reports: no challenge -------------------------------------------------------------------------------------

@pytest.mark.parametrize("page, start", [
    (LLANWARNE, "Dave Atkinson, Balfour Beatty Locality Steward was unable to attend and there was nothing to report"),
    (LLANWARNE, "Terry Griffiths, Parish Lengthsman was unable to attend and nothing to report."),
    (LLANWARNE, "View from local residents: There were no issues raised."),
    (GAYDON, "Any matters arising from those minutes The Clerk reported that there were no matters arising"),
])
def test_an_empty_report_is_no_challenge(page, start, base_nlp):
    found = page_statements(page, base_nlp)
    assert not any(t.startswith(start) and k == "challenge" for t, k in found.items())


def test_the_rules_alone_drop_an_empty_report_too(base_nlp):
    found = page_statements(LLANWARNE, base_nlp, mode="rules")
    assert not any("nothing to report" in t and k == "challenge" for t, k in found.items())


@pytest.mark.parametrize("text", [
    "There is nothing to report currently.",
    "The Clerk reported that there were no matters arising from the previous minutes.",
    "View from local residents: There were no issues raised.",
    "There was no report from the Parish Path Warden.",
    "No report was received from the police.",
    "Nothing further to report.",
])
def test_empty_report_forms_are_vetoed(text):
    assert _empty(text)


@pytest.mark.parametrize("text, kind", [
    ("There was nothing to report but the delays on the A49 continue.", "challenge"),  # a difficulty named beside it
    ("NCC Cllr Clarke reported no response to date from Paddy Tipping", "challenge"),  # batch U's gold challenge
    ("Residents raised concerns about speeding on Church Road.", "challenge"),
    ("There is nothing to report currently.", "commitment"),  # only a challenge reading is dropped
])
def test_difficulties_and_other_kinds_are_not_vetoed(text, kind):
    assert not _empty(text, kind)


def test_model_alone_mode_is_untouched(base_nlp):
    from miner.nlp.statements_cues import load_cues

    assert load_cues().empty_report["patterns"]
    found = page_statements(LLANWARNE, base_nlp, mode="model")
    assert any(t.startswith("4.1. View from local residents: There were no issues raised.")
               or t.startswith("View from local residents: There were no issues raised.") for t in found)


# --- headings: measured, not shipped ---------------------------------------------------------------------------------

def test_a_plan_line_is_still_found(base_nlp):
    found = page_statements(ROWLANDS_CASTLE, base_nlp)
    assert found.get("Develop basic Community Emergency Plan") == "priority"  # gold priority the measured veto dropped


def test_rules_version_63():
    from miner.nlp.statements import RULES_VERSION

    assert int(RULES_VERSION) >= 63  # round 71 stamped 64
    assert "**63**" in (ROOT / "miner" / "nlp" / "STATEMENT_RULES.md").read_text(encoding="utf-8")


# --- batch U, committed as a check batch ----------------------------------------------------------------------------

def test_batch_u_is_a_check_batch_outside_every_split():
    from conftest import check_statement_batch
    from miner.evaluation.statements import check_batches, load_check_gold

    check_statement_batch(ROOT / "annotations" / "statements" / "check70", "fresh batch U", 6, 10)
    pages = check_batches()["check70"]
    assert COLSTON_BASSETT in pages
    gold = load_check_gold()
    assert sum(len(gold.get(p, [])) for p in pages) == 34
