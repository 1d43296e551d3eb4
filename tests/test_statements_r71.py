"""Statements round 71 (stop 65, helper st71): the heading-and-label veto with a keep for imperative plan lines.

- A heading or short label the classifier adds behind the rules ("Appointment of new Clerk", "Town Council Plan
  2020", "Clerk + Cllr Hooper") is dropped when it stands alone on its line, has at most 8 words, no final stop, no
  finite verb or modal and no "to" + verb (cue group `heading_label`, scope ['model'], `statements_cues.heading_label`;
  round 70's veto, restored from commit bdc896c).
- Kept (round 71): a line whose first word after any item marker is tagged VB, an imperative plan line ("Develop basic
  Community Emergency Plan", "Look after our people"), which the gold counts as a priority. The rules' finds, and
  model-alone mode, are untouched.
- Batch V (7 pages of parish plans, minutes and reports, gold written before any run) is committed as a check batch
  (`annotations/statements/check71/`).

Pages quoted (all in corpus/web, check batches, in sample):
https://docest.com/doc/566677/minutesameeting-of-highnam-parish-council (Highnam, check60)
https://lisburncastlereagh.gov.uk/w/performance-improvement-objectives-2024/25-proposed-approach- (Lisburn, check63)
http://www.rowlandscastlepc.org.uk/about/strategic-objectives/ (Rowlands Castle, check64)
https://www.yateley-tc.gov.uk/Town_Council_Plan.aspx (Yateley, check65)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import page_statements

ROOT = Path(__file__).resolve().parents[1]
WEB = "corpus/web/"
HIGHNAM = WEB + "Highnam Parish Council - Parish Council Meeting 2012-06-12.txt"
LISBURN = WEB + "Lisburn and Castlereagh City Council - Performance Improvement Objectives 2024-25.txt"
ROWLANDS_CASTLE = WEB + "Rowlands Castle Parish Council - Strategic Objectives.txt"
YATELEY = WEB + "Yateley Town Council - Town Council Plan 2020.txt"
SEATON_ROSS = WEB + "Seaton Ross Parish Council - Aims and Objectives 2017-2020.txt"


def _vetoed(line: str, base_nlp, scope: str = "model", kind: str = "priority") -> bool:
    """The heading veto's verdict on a line standing alone as its unit (False before round 71, which had none)."""
    try:
        from miner.nlp.statements_cues import heading_label
    except ImportError:
        return False
    doc = base_nlp(line)
    return heading_label(next(iter(doc.sents)), scope, kind)


# --- the pool's headings and labels: no statement (rules + model) ----------------------------------------------------

@pytest.mark.parametrize("page, line", [
    (HIGHNAM, "Appointment of new Clerk"),
    (LISBURN, "physical activity programmes"),
    (LISBURN, "i. developing skills in horticulture and biodiversity"),
    (ROWLANDS_CASTLE, "Clerk + Cllr Hooper"),
    (ROWLANDS_CASTLE, "Cllr Stanley + Clerk"),
    (ROWLANDS_CASTLE, "Clerk + Admin Assistant"),
    (YATELEY, "Town Council Plan 2020"),
])
def test_a_heading_or_label_is_no_statement(page, line, base_nlp):
    assert line not in page_statements(page, base_nlp)


@pytest.mark.parametrize("line", [
    "Appointment of new Clerk",
    "Town Council Plan 2020",
    "Action - Clerk",
    "Recruitment and Retention",  # a challenge heading, check63
])
def test_the_veto_reads_a_label(line, base_nlp):
    assert _vetoed(line, base_nlp)


# --- kept: imperative plan lines, and what is not a heading ----------------------------------------------------------

def test_an_imperative_plan_line_is_still_found(base_nlp):
    found = page_statements(ROWLANDS_CASTLE, base_nlp)
    assert found.get("Develop basic Community Emergency Plan") == "priority"  # gold priority, check64


@pytest.mark.parametrize("line", [
    "Develop basic Community Emergency Plan",  # Rowlands Castle, gold priority
    "Look after our people",  # Kent ICS appendix line, a tuned gold priority round 70's veto dropped
    "2. Improve equity of access to services",  # with an item marker
    "Clerk to forward on any Police Reports",  # "to" + verb
    "The Clerk will write to the County Council",  # a finite verb
    "Appointment of new Clerk.",  # a final stop
])
def test_the_veto_keeps(line, base_nlp):
    assert not _vetoed(line, base_nlp)


def test_the_rules_finds_are_untouched(base_nlp):
    from miner.nlp.statements_cues import load_cues

    g = load_cues().heading_label
    assert g["scope"] == ["model"] and g["keep_opening_tags"] == ["VB"]
    assert not _vetoed("Appointment of new Clerk", base_nlp, scope="rules")


def test_model_alone_mode_is_untouched(base_nlp):
    found = page_statements(YATELEY, base_nlp, mode="model")
    assert "Town Council Plan 2020" in found  # the veto reads mode 'both' only


def test_rules_version_64():
    from miner.nlp.statements import RULES_VERSION

    assert int(RULES_VERSION) >= 64
    assert "**64**" in (ROOT / "miner" / "nlp" / "STATEMENT_RULES.md").read_text(encoding="utf-8")


# --- batch V, committed as a check batch ----------------------------------------------------------------------------

def test_batch_v_is_a_check_batch_outside_every_split():
    from conftest import check_statement_batch
    from miner.evaluation.statements import check_batches, load_check_gold

    check_statement_batch(ROOT / "annotations" / "statements" / "check71", "fresh batch V", 7, 25)
    pages = check_batches()["check71"]
    assert SEATON_ROSS in pages
    gold = load_check_gold()
    assert sum(len(gold.get(p, [])) for p in pages) == 40
