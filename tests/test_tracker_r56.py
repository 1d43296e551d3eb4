"""Tracker round 56 (annotations/README.md): a ninth gold set, Derby City Council's own pages 2016-2025 (tested with the
other sets in tests/test_tracker_gold_sets.py), and the lead's decision on round 55's question written into the
tracker guidelines: a vague promise repeated in a later paper stays `unmeasurable` unless the later paper reports it
under way or done in words.

The pages (stored openings in corpus/web, addresses in corpus/MANIFEST.tsv), e.g.
https://www.inderby.org.uk/active/facilities/new-swimming-pool-complex/our-plans-for-a-new-pool/ (the lead Cabinet
Member's plans for the Moorways pool, December 2016) and
https://www.derby.gov.uk/news/2025/july/cabinet-set-to-approve-the-next-chapter-for-derbys-libraries (the Trust plan for
the community libraries approved in 2024, then dropped).

No tracker rule changed: none of the classes counted on the nine tune halves holds two sets (the write-up lists
them), so these tests hold the set, the relabelled row and the guideline.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import squash
from miner.evaluation import tracker as evaluation

ROOT = Path(__file__).resolve().parents[1]
WEB = ROOT / "corpus" / "web"
TRACKER = ROOT / "annotations" / "tracker"
STEPS = "Members were informed that steps would be taken to address costs."
LIBRARIES_2025 = WEB / ("Derby City Council - Cabinet set to approve the next chapter for Derby's libraries "
                        "2025-07-02.txt")
PLAN_2024 = WEB / "Derby City Council - Library plan set to deliver a service fit for the future 2024-02-06.txt"


def rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (TRACKER / f"{name}_verdicts.jsonl").read_text(encoding="utf-8").splitlines()]


def test_derby_is_the_ninth_gold_set_and_all_holds_the_nine():
    assert evaluation.GOLD_SETS[8] == "derby" and len(evaluation.GOLD_SETS) == 9
    assert evaluation.AUTHORITY_SETS["derby"] == ("derby_verdicts.jsonl", "Derby City Council", "web/")
    assert evaluation.GOLD_CHOICES["all"] == evaluation.GOLD_SETS
    assert evaluation.GOLD_CHOICES["both"] == ("medway", "kent")


def test_the_dropped_trust_plan_is_judged_from_the_page_that_says_so():
    """The 2024 plan for a Trust to run the ten community libraries: approved, then withdrawn from (July 2025)."""
    plan = squash(PLAN_2024.read_text(encoding="utf-8"))
    later = squash(LIBRARIES_2025.read_text(encoding="utf-8"))
    assert "approve plans for the city" in plan and "to be run by a Trust" in plan
    assert "withdrew from a process to appoint" in later
    assert "a formal process to identify viable proposals was launched" in later
    plan_row = "Councillors will be asked to approve plans for the city"
    (row,) = [r for r in rows("derby") if r["promise_quote"] == plan_row]
    assert row["status"] == "not_delivered" and row["evidence_file"].endswith(LIBRARIES_2025.name)


def test_a_vague_promise_repeated_alone_is_unmeasurable_in_the_tune_halves():
    """The lead's decision: Doncaster's assurance said again a year later is relabelled; the guideline says why."""
    (first, again) = [r for r in rows("doncaster") if r["promise_quote"] == STEPS]
    assert evaluation.split_of(first) == "tune" and first["status"] == "unmeasurable"
    assert first["evidence_quote"] == STEPS and "relabelled by tracker round 56" in first["note"]
    # December 2023: nothing after it says it again
    assert evaluation.split_of(again) == "tune" and again["status"] == "no_evidence"
    guide = squash((ROOT / "annotations" / "README.md").read_text(encoding="utf-8"))
    rule = "A vague promise (no deliverable, target or deadline) repeated in a later paper stays `unmeasurable`"
    assert rule in guide
    # no other tune-half row of any set rests on "repeated" alone as its note's reason
    for name in evaluation.AUTHORITY_SETS:
        for row in rows(name):
            if evaluation.split_of(row) == "tune" and row["status"] == "in_progress":
                assert "(repeated = in_progress)" not in (row.get("note") or ""), row["promise_quote"]


@pytest.mark.slow
def test_the_relabelled_row_is_read_as_the_gold_now_says():
    """The tracker's reading (unchanged since round 55) of the repeated assurance agrees with the relabelled gold."""
    res = evaluation.evaluate("tune", gold_set="doncaster")
    # both of the council's sayings fall in the tune half (one quote, one hash): the first is the relabelled one
    (row,) = [r for r in res["rows"] if STEPS.startswith(r["quote"]) and r["gold"] == "unmeasurable"]
    assert row["pred"] == "unmeasurable"
