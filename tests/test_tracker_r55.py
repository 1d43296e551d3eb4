"""Tracker round 55 (annotations/README.md): an eighth gold set, Doncaster Metropolitan Borough Council's corporate
plans 2017-2024 and the scrutiny and Council minutes reporting on them (tested with the other sets in
tests/test_tracker_gold_sets.py), and the class its tune half was thought to share with Bolsover's: a promise repeated
at a later meeting.

The pages (stored openings in corpus/web, addresses in corpus/MANIFEST.tsv), e.g.
https://doncaster.moderngov.co.uk/mgAi.aspx?ID=18600 (the Overview and Scrutiny Management Committee on the 2022-23
Quarter 2 Finance and Performance Improvement report: "Members were informed that steps would be taken to address
costs.") and https://doncaster.moderngov.co.uk/mgAi.aspx?ID=21188 (the same committee on Quarter 2 of 2023/24, which
says it again in the same words).

Measured, not shipped: reading a vague promise carried over by a later repeat as `in_progress` (the gold's "repeated as a
later priority") put the Doncaster tune row right but, over the corpus, mostly read routine lines said again at the
next meeting ("Cheques to be signed at the end of the meeting.") as work under way. The tracker still reads the
repeated assurance `unmeasurable`; these tests hold the set's pages and its place among the gold sets.
"""

from __future__ import annotations

from pathlib import Path


from conftest import squash
from miner.evaluation import tracker as evaluation

ROOT = Path(__file__).resolve().parents[1]
WEB = ROOT / "corpus" / "web"
DONCASTER = "Doncaster Metropolitan Borough Council - Overview and Scrutiny Management Committee "
Q2_2022 = WEB / (DONCASTER + "Finance and Performance Improvement Report Q2 2022-23 2022-12-01.txt")
Q2_2023 = WEB / (DONCASTER + "Finance and Performance Improvement Report Q2 2023-24 2023-12-07.txt")
PLAN_2024 = WEB / (DONCASTER + "Corporate Plan 2024-25 2024-02-08.txt")
STEPS = "Members were informed that steps would be taken to address costs."


def test_the_pages_hold_the_promise_and_its_repeat_a_year_later():
    for page in (Q2_2022, Q2_2023):
        assert squash(page.read_text(encoding="utf-8")).count(STEPS) == 1
    # the paper after the repeat does not say it again
    assert "address costs" not in squash(PLAN_2024.read_text(encoding="utf-8"))


def test_doncaster_is_the_eighth_gold_set():
    assert evaluation.GOLD_SETS[7] == "doncaster" and len(evaluation.GOLD_SETS) >= 8  # round 56 added a ninth
    assert evaluation.AUTHORITY_SETS["doncaster"][1] == "Doncaster Metropolitan Borough Council"
    assert evaluation.GOLD_CHOICES["all"] == evaluation.GOLD_SETS
