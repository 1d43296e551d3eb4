"""Entities round 71 (stop 64, helper en77): check Q committed, and a pooled check report to judge NER candidates.

Round 70's fresh batch Q (4 pages: a licensing committee, two audit committees, a police and crime panel; gold
written by reading before any run) is in `corpus/web/` with MANIFEST rows, its gold in
`annotations/entities/check70/`, outside every entity split (`load_gold` reads only the top folder), so the tuned and
held-out sets are unchanged and no model trains on it. Sources: corpus/MANIFEST.tsv.

`evaluate.py entities --split checks` scores every committed check folder (each subfolder of annotations/entities
holding gold), per batch and pooled; `--compare-model DIR` runs a paired page-level bootstrap of DIR's NER against
the shipped one (same rules), on the whole pool and on the batches neither model trained on.
"""

from __future__ import annotations

from pathlib import Path

from conftest import check_entity_batch, check_entity_gold
from miner.evaluation import entities as ev

ROOT = Path(__file__).resolve().parent.parent
CHECK = ROOT / "annotations" / "entities" / "check70"
REIGATE = "corpus/web/Reigate and Banstead Borough Council - Licensing Committee 2005-09-15.txt"
NHERTS = "corpus/web/North Hertfordshire District Council - Audit and Risk Committee 2011-02-28.txt"


def _gold() -> dict[str, dict[str, dict]]:
    return {f: {r["text"]: r for r in rows} for f, rows in ev.load_gold(CHECK).items()}


def test_the_round_added_4_check_pages_outside_every_split_and_training_set():
    check_entity_batch("entities round 70's fresh batch Q", CHECK, 4)


def test_every_gold_form_is_found_in_its_page():
    check_entity_gold(CHECK, 4, 62, 84)


def test_members_and_officers_are_read_as_the_guidelines_say():
    # https://reigate-banstead.moderngov.co.uk/CeListDocuments.aspx?CommitteeId=235&MeetingId=648&DF=15%2f09%2f2005&Ver=2
    # "Councillor J.V. Lyndon Morgan (Chairman); Councillors Mrs. D.E. Durward, N.D. Harrison, ..."
    rb = _gold()[REIGATE]
    assert rb["Councillor J.V. Lyndon Morgan"]["label"] == "PERSON"
    assert rb["Mrs. D.E. Durward"]["label"] == rb["N.D. Harrison"]["label"] == "PERSON"
    assert "Councillors Mrs. D.E. Durward" not in rb
    assert rb["Licensing Sub Committee"]["canonical"] == "Licensing Sub-Committee"
    # http://web.north-herts.gov.uk/aksnherts/users/public/admin/kab12.pl?cmte=ARC&meet=4&arc=71
    # "Place: Committee room 3, Council Offices, Gernon Road, Letchworth Garden City"
    nh = _gold()[NHERTS]
    assert nh["Committee room 3"]["label"] == nh["Council Offices"]["label"] == "PLACE"
    assert nh["Audit and Risk Committee"]["label"] == "BOARD"
