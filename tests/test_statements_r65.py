"""Statements round 65 (stop 63, helper st65): the classifier refitted with the fresh batches I-L, N and P (version 18),
judged on a new fresh batch Q.

Batch Q (12 pages of 12 councils in no earlier batch: parish minutes, an annual parish meeting's minutes, a cabinet
minute, council plan and priorities pages, chair's and mayor's reports; 61 gold promises read before any run) is
committed as a check batch outside every split: pages in corpus/web with MANIFEST rows, gold in
`annotations/statements/check65/` (not read by `load_gold`).

Pages quoted (the addresses are in the MANIFEST rows too):
http://www.higherhurdsfield.org.uk/parish-council-meeting-minutes-27th-february-2014
https://gaydon.org.uk/pcouncil/minutes/apm13.html
https://democracy.rushmoor.gov.uk/mgAi.aspx?ID=11205
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_statement_batch
from miner.nlp import statement_model

ROOT = Path(__file__).resolve().parents[1]
CHECK = ROOT / "annotations" / "statements" / "check65"
WEB = "corpus/web/"


# --- the check batch -------------------------------------------------------------------------------------------------

def test_check_batch_q_has_its_pages_gold_and_manifest_rows_outside_every_split():
    check_statement_batch(CHECK, "check batch Q", 11, 56)


# --- version 18 (refitted with I-L, N and P) lost on Q: version 17 stays ---------------------------------------------

def test_version_17_stays_with_its_thresholds_and_its_fit():
    from miner.evaluation import is_blind
    from miner.evaluation.statements import HELDOUT, gold_fingerprint, load_gold

    model = statement_model.load()
    assert model.version == "17" and model.thresholds == {"default": 0.3, "minutes": 0.35}
    gold = load_gold()
    tuned = [f for f in sorted(gold) if not is_blind(f) and f not in HELDOUT]
    assert model.meta["gold_fingerprint"] == gold_fingerprint(tuned, gold) and len(tuned) == 173


GAYDON = WEB + "Gaydon Parish Council - Annual Parish Meeting 2013.txt"
HURDSFIELD = WEB + "Higher Hurdsfield Parish Council - Parish Council Meeting 2014-02-27.txt"
YATELEY = WEB + "Yateley Town Council - Town Council Plan 2020.txt"


def _found(page: str, base_nlp) -> list:
    from miner.evaluation.statements import parse_file, run_finder
    from miner.nlp.statements import StatementFinder

    return run_finder(parse_file(page, base_nlp), StatementFinder(mode="both", model=statement_model.load()))


def _squash(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("page, quote, kind", [
    (GAYDON, "It will be reassembled shortly when the weather gets warmer.", "commitment"),  # minutes
    (HURDSFIELD, "Highways Dept. has confirmed they will look at the issued and let us know what can be done.",
     "commitment"),  # minutes: a third party's undertaking, as the tuned parish gold reads it
    (YATELEY, "Making local authority services more accessible to our residents.", "priority"),  # a plan page
])
def test_gold_promises_of_batch_q_the_rules_leave_are_added_by_the_model(page, quote, kind, base_nlp):
    hits = [s for s in _found(page, base_nlp) if quote in _squash(s.text)]
    assert hits and hits[0].kind == kind and hits[0].method.startswith("model:")


@pytest.mark.parametrize("page, text", [
    (GAYDON, "The Chairman read out the report, a copy of which is attached to these minutes."),
    (GAYDON, "Cllr. Pirie reported that there were no major litter issues."),
    (YATELEY, "Please do let us know what you think of our Town Council Plan."),
])
def test_what_batch_q_does_not_promise_is_not_found(page, text, base_nlp):
    assert not [s for s in _found(page, base_nlp) if text in _squash(s.text)]
