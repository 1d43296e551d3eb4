"""Entities round 80 (stop 68, helper en80): "Full Council" by the guidelines, and its upper-case form.

No fresh batch this round: the pool (14 check batches) and the tuned papers only, every number in sample.

- The lead's decision (stop 68): "Full Council" naming the council's meeting as a whole is a `BOARD`, as the guidelines
  (round 73), the tuned gold and batches R and U have it; V's (Crowan, check76) and W's (Arun, check78) gold, which left
  it out, is relabelled to add it.
- In a heading's capitals, "FULL COUNCIL" read as a council by its area (`ORG`, "FULL" taken for a place) where the
  title case form is the meeting (`BOARD`, the `full-council` gazetteer phrases): the meeting's names are also written
  in capitals (`scripts/build_service_patterns.py`).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import paper_mentions, unit_labels

ROOT = Path(__file__).resolve().parents[1]
WEB = "corpus/web/"
CROWAN = "Crowan Parish Council - Full Council 2011-01-13.txt"
ARUN = "Arun District Council - Full Council 2022-01.txt"
HAVERFORDWEST = "Haverfordwest Town Council - Full Council 2017-09-20.txt"


@pytest.mark.parametrize("folder,page,text", [
    ("check76", CROWAN, "FULL COUNCIL"),
    ("check78", ARUN, "Full Council"),
])
def test_full_council_as_a_meeting_is_in_the_relabelled_gold(folder, page, text):
    path = ROOT / "annotations" / "entities" / folder / page.replace(".txt", ".jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
    assert {"file": WEB + page, "text": text, "label": "BOARD", "canonical": "Full Council"} in rows


@pytest.mark.parametrize("page,marker", [
    (CROWAN, "MINUTES OF THE FULL COUNCIL MEETING"),
    (HAVERFORDWEST, "MINUTES OF A MEETING OF FULL COUNCIL HELD ON WEDNESDAY"),
    (HAVERFORDWEST, "LAST FULL COUNCIL MEETING"),
])
def test_full_council_in_capitals_is_the_meeting_as_in_title_case(nlp, page, marker):
    found = paper_mentions(nlp, WEB + page, marker)
    assert found.get("FULL COUNCIL", (None,))[0] == "BOARD"


def test_full_council_in_title_case_stays_the_meeting(nlp):
    found = paper_mentions(nlp, WEB + ARUN, "the first Full Council meeting of 2022")
    assert found.get("Full Council", (None,))[0] == "BOARD"


def test_budget_council_in_capitals_is_the_meeting(nlp):
    # written for this test: the budget-setting meeting in a heading's capitals
    found = unit_labels(nlp, "REPORT TO BUDGET COUNCIL ON 20 FEBRUARY 2025")
    assert found.get("BUDGET COUNCIL") == "BOARD"


def test_a_council_by_its_area_in_capitals_stays_a_council(nlp):
    # written for this test: a council's own name in capitals is still the council
    found = unit_labels(nlp, "MINUTES OF A MEETING OF ASHDOWN VALE COUNTY COUNCIL HELD ON 3 MARCH 2025")
    assert found.get("ASHDOWN VALE COUNTY COUNCIL") == "ORG"
