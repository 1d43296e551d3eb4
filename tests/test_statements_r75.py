"""Statements round 75 (stop 67, helper st75): list structure, judged on a fresh batch Z.

Round 72 left four structural forms of lists, each on one page of batch W: a year before an aims lead-in and
committee sub-headings that cut the list (Marks Tey), a title over plain lines (Kimblesworth), run-in category labels
(Upton), nested "Objectives" / "Aims" lead-in bullets (Hartlip). Counted on the check pool's lines (check58..check73)
each is in one batch (check72), and with Z the lead-in without a colon and the run-in label are in two (check72,
check75): none reaches the three batches a rule needs, so no rule changed this round (RULES_VERSION stays 66).

Batch Z (5 pages of councils in no earlier batch: Stratton Audley's objectives for 2017/18, Nuthurst's parish plan,
Trotton with Chithurst's action plan news, Folkestone and Hythe's corporate plan page, Westbourne's annual report
2022/23; gold written before any run) is committed as a check batch (`annotations/statements/check75/`). The tests
below check the batch and pin what the reader already finds on it (list items under a lead-in with a year after its
words, a topic list under "... which are:", an achievements list), so a later list rule cannot lose them unseen.

Pages quoted (all in corpus/web, check batch check75, in sample from now on):
https://strattonaudley.org/?page_id=1005
https://trotton-with-chithurst.org.uk/news/2024/01/parish-action-plan-approved-team-leaders-appointed
http://www.westbourne-pc.gov.uk/_VirDir/CoreContents/News/Display.aspx?id=58423
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_statement_batch, gold_rows, page_statements

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "annotations" / "statements" / "check75"
WEB = "corpus/web/"
STRATTON = WEB + "Stratton Audley Parish Council - Objectives for 2017-2018.txt"
TROTTON = WEB + "Trotton with Chithurst Parish Council - Parish action plan approved, team leaders appointed.txt"
WESTBOURNE = WEB + "Westbourne Parish Council - Annual Report 2022-23.txt"


def test_batch_z_is_a_check_batch_outside_every_split():
    from miner.evaluation import statements

    check_statement_batch(FOLDER, "fresh batch Z", 5, 25)
    assert statements.check_batches()["check75"] == (FOLDER / "pages.txt").read_text(encoding="utf-8").splitlines()
    kinds = [r["kind"] for path in FOLDER.glob("*.jsonl") for r in gold_rows(path)]
    assert len(kinds) == 42 and kinds.count("priority") == 23 and kinds.count("achievement") == 15


@pytest.fixture(scope="module")
def rules(base_nlp):
    return {page: page_statements(page, base_nlp, mode="rules") for page in (STRATTON, TROTTON, WESTBOURNE)}


@pytest.mark.parametrize("item", [
    "Complete the Resilience and Emergency Planning programme",
    "Investigate the need to develop a Neighbourhood Plan",
    "Increase the number of Parish Councillors to 7 and identify a new Chairman for 2018/19",
    "Promote tree awareness in the community",
])
def test_objectives_under_a_lead_in_are_priorities(rules, item):
    # "In May 2016 the Parish Council identified the following matters:" and "Focus for the current year 2017/2018
    # is as follows:" under the title "Objectives for 2017/2018"
    assert rules[STRATTON].get(item) == "priority"


def test_a_topic_list_under_which_are_is_priorities(rules):
    # "... to agree the priorities to assign to the action points they have taken on, which are:"
    found = {t for t, k in rules[TROTTON].items() if k == "priority"}
    assert sum(t.startswith(("local environment", "community support", "housing & planning")) for t in found) == 3


def test_an_annual_report_list_is_achievements(rules):
    found = rules[WESTBOURNE]
    assert found.get("Signed the Civility and Respect Pledge.") == "achievement"
    assert found.get("Installed five heritage-style street lamps on Whitechimney Row.") == "achievement"
    assert not any(k in ("priority", "commitment", "challenge") for k in found.values())
