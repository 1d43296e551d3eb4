"""Statements round 72 (stop 66, helper st72): a plan's aims and objectives under their lead-in, and empty reports.

- A lead-in naming aims, objectives or goals, a line of its own ("Aims and Objectives of the Parish Council",
  "Objectives 2017 - 2020", "Our aims, objectives and work", "Strategic Objectives"), introduces priorities: its list
  items, "To ..." objectives and imperative lines alike, take the kind (`header.priority` for a heading's items,
  `plan_action.list_priority` for a lead-in the sectioner leaves as a paragraph). Not a report's, a review's or a
  project's objectives ("Objectives of the report", "Project objectives"), nor a sentence.
- An empty report with a word or two between "no" and "report" ("there was no Ward report for August", "No police
  report received.") or naming no matters requiring consideration is no challenge (cue group `empty_report`).
- Batch W (7 pages: four parish aims-and-objectives pages, two annual parish meetings, a chairman's report; gold
  written before any run) is committed as a check batch (`annotations/statements/check72/`).

Pages quoted (all in corpus/web, check batches, in sample):
http://seatonrossparishcouncil.org.uk/new-page-3.aspx (Seaton Ross, check71)
https://www.wemrural-pc.gov.uk/aims-and-objectives/ (Wem Rural, check71)
https://kingscapleparishcouncil.org.uk/parish-council-minutes/minutes-22nd-september-2016/ (Kings Caple, check71)
https://www.choppingtonparishcouncil.org/minutes-of-parish-council-22-november-2023/ (Choppington, check71)
Glentham Parish Council minutes (check63)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import page_statements

ROOT = Path(__file__).resolve().parents[1]
WEB = "corpus/web/"
SEATON_ROSS = WEB + "Seaton Ross Parish Council - Aims and Objectives 2017-2020.txt"
WEM_RURAL = WEB + "Wem Rural Parish Council - Aims and Objectives.txt"
KINGS_CAPLE = WEB + "Kings Caple Parish Council - Parish Council Meeting 2016-09-22.txt"
CHOPPINGTON = WEB + "Choppington Parish Council - Parish Council Meeting 2023-11-22.txt"
KIMBLESWORTH = WEB + "Kimblesworth and Plawsworth Parish Council - Aims and Objectives.txt"


def _kind_of(found: dict[str, str], start: str) -> str | None:
    return next((k for t, k in found.items() if t.startswith(start)), None)


# --- aims and objectives lead-ins --------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Aims and Objectives of the Parish Council",  # Seaton Ross, a heading
    "Objectives 2017 - 2020",
    "Our aims, objectives and work",  # Wem Rural, a paragraph of its own
    "Aims & Objectives",
    "Strategic Objectives",  # Rowlands Castle, check64
    "Town Council Objectives 2018-2021",  # Leighton-Linslade, check66
    "Our Goals:",
])
def test_an_aims_lead_in_introduces_priorities(line):
    from miner.nlp.statements_cues import header_kind
    from miner.nlp.statements import _plan_list_lead

    assert header_kind(line) == "priority"
    assert _plan_list_lead(line) == "priority"


@pytest.mark.parametrize("line", [
    "Objectives of the report",
    "Aims of this review",
    "Project objectives",
    "The objectives are to reduce costs.",  # a sentence
    "Role of the parish council",  # Seaton Ross's list of what a parish council does: no gold statement
])
def test_not_an_aims_lead_in(line):
    from miner.nlp.statements import _plan_list_lead

    assert _plan_list_lead(line) is None


@pytest.mark.parametrize("page, start", [
    (SEATON_ROSS, "To provide effective, efficient, transparent and accountable local government"),
    (SEATON_ROSS, "To work to improve the village environment."),
    (SEATON_ROSS, "To raise the profile of the Parish Council"),  # the first sentence of a two-sentence item
    (SEATON_ROSS, "To support the work of village voluntary organisations"),
    (WEM_RURAL, "To provide effective, efficient and accountable local government"),
    (WEM_RURAL, "To support the work of parish voluntary organizations"),
    (WEM_RURAL, "Respond to planning applications"),
])
def test_objectives_under_an_aims_lead_in_are_priorities_by_the_rules(page, start, base_nlp):
    assert _kind_of(page_statements(page, base_nlp, mode="rules"), start) == "priority"  # gold priorities, check71


def test_the_role_of_a_parish_council_is_not_a_priority(base_nlp):
    found = page_statements(SEATON_ROSS, base_nlp, mode="rules")
    assert _kind_of(found, "To undertake projects and schemes that benefit local residents") is None  # no gold


# --- empty reports ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("page, part", [
    (KINGS_CAPLE, "there was no Ward report for August"),
    (CHOPPINGTON, "there were no planning matters requiring consideration"),
])
def test_an_empty_report_is_no_challenge(page, part, base_nlp):
    found = page_statements(page, base_nlp)
    assert not any(part in t and k == "challenge" for t, k in found.items())


@pytest.mark.parametrize("line", [
    "No police report received.",
    "Cllr Durkin was present but there was no Ward report for August.",
    "The Clerk reported that there were no planning matters requiring consideration by the Parish Council.",
    "There were no planning applications for consideration.",
    "No written report had been received from the County Councillor.",
])
def test_the_veto_reads_an_empty_report(line):
    from miner.nlp.statements_cues import empty_report

    assert empty_report(line, "challenge")


@pytest.mark.parametrize("line", [
    "There was no police report as the PCSO post remains vacant, a concern for residents.",  # a difficulty named
    "There were no street lights working on the estate.",
    "No report of the flooding has been received from the Environment Agency despite repeated requests.",
])
def test_the_veto_keeps(line):
    from miner.nlp.statements_cues import empty_report

    assert not empty_report(line, "challenge")


def test_rules_version_65():
    from miner.nlp.statements import RULES_VERSION

    assert int(RULES_VERSION) >= 65
    assert "**65**" in (ROOT / "miner" / "nlp" / "STATEMENT_RULES.md").read_text(encoding="utf-8")


# --- batch W, committed as a check batch ----------------------------------------------------------------------------

def test_batch_w_is_a_check_batch_outside_every_split():
    from conftest import check_statement_batch
    from miner.evaluation.statements import check_batches, load_check_gold

    check_statement_batch(ROOT / "annotations" / "statements" / "check72", "fresh batch W", 7, 68)
    pages = check_batches()["check72"]
    assert KIMBLESWORTH in pages
    gold = load_check_gold()
    assert sum(len(gold.get(p, [])) for p in pages) == 73
