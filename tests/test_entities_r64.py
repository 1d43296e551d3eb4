"""Entities round 64 (stop 61, helper en70): data for the next NER retrain (0.8.0).

Round 63's fresh batch L (6 pages) is in `corpus/web/` with MANIFEST rows and its gold, re-read once for completeness,
waits in `annotations/entities/round64/` for the next retrain; a new batch M (6 pages of bodies in no earlier batch,
gold written by reading before any run) is that retrain's check, in `annotations/entities/check64/`. Both folders are
outside every entity split (`load_gold` reads only the top folder), so the tuned and held-out sets are unchanged.
Sources: corpus/MANIFEST.tsv.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from miner.evaluation import entities as ev

ROOT = Path(__file__).resolve().parent.parent
WAITING = ROOT / "annotations" / "entities" / "round64"
CHECK = ROOT / "annotations" / "entities" / "check64"
MANIFEST = {r["file"]: r for r in csv.DictReader(open(ROOT / "corpus" / "MANIFEST.tsv", encoding="utf-8"),
                                                  delimiter="\t")}
L_PAGES = [f for f, row in MANIFEST.items() if "gold waiting in annotations/entities/round64/" in row["source"]]
M_PAGES = [f for f, row in MANIFEST.items() if "entities round 64's check batch M" in row["source"]]


def _gold(folder: Path) -> dict[str, dict[str, dict]]:
    return {f: {r["text"]: r for r in rows} for f, rows in ev.load_gold(folder).items()}


def test_the_round_added_6_waiting_pages_and_6_check_pages_with_their_addresses():
    assert len(L_PAGES) == 6 and len(M_PAGES) == 6
    for rel in L_PAGES + M_PAGES:
        assert (ROOT / "corpus" / rel).exists()
        assert MANIFEST[rel]["source"].startswith("http")
        assert "opening of the page as stored by the library's pages corpus" in MANIFEST[rel]["source"]
    assert len({MANIFEST[r]["source"].split()[0] for r in L_PAGES + M_PAGES}) == 12


def test_both_folders_are_outside_every_entity_split():
    top = ev.load_gold()  # the top folder only
    added = {"corpus/" + r for r in L_PAGES + M_PAGES}
    assert not added & set(top)
    for split in ("train", "heldout", "blind", "all"):
        assert not added & set(ev.split_files(top, split))
    assert set(ev.load_gold(WAITING)) == {"corpus/" + r for r in L_PAGES}
    assert set(ev.load_gold(CHECK)) == {"corpus/" + r for r in M_PAGES}


@pytest.mark.parametrize("folder", [WAITING, CHECK], ids=["waiting-L", "check-M"])
def test_every_gold_form_is_found_in_its_page(folder):
    gold = ev.load_gold(folder)
    assert len(gold) == 6
    for file, rows in gold.items():
        _, text = ev.document_text(file)
        missing = [r["text"] for r in rows if not ev._surface_regex(r["text"]).search(text)]
        assert not missing, (file, missing)


def test_a_town_councils_dotted_initials_and_titles_are_people_and_an_act_is_not_gold():
    # https://louthtowncouncil.gov.uk/?p=6451
    # "Councillors:  Mrs. E. Ballard (EB), ... Mrs. S.E. Locking (SEL), ... F.W.P. Treanor (FWPT) and Mrs. P.F. Watson"
    # "in accordance with the Public Bodies (Admission to Meetings) Act 1960"
    louth = _gold(WAITING)["corpus/web/Louth Town Council - Town Council 2021-04-27.txt"]
    for form in ("Mrs. E. Ballard", "EB", "Mrs. S.E. Locking", "SEL", "F.W.P. Treanor", "FWPT", "Mrs. P.F. Watson"):
        assert louth[form]["label"] == "PERSON", form
    assert not any("Act" in t for t in louth)


def test_an_attendance_lists_offices_and_a_board_after_its_member_are_gold():
    # https://www.highland.gov.uk/meetings/meeting/3787/communities_and_partnerships_committee/attachment/71439
    # "Ms A Clark, Acting Head of Policy, Chief Executive's Office" ... "Dr M E M Foxley, Board Member, Scottish Fire
    # and Rescue Service Board" ... "Chief Superintendent P MacRae, Highland and Islands Divisional Commander"
    hl = _gold(WAITING)["corpus/web/Highland Council - Communities and Partnerships Committee 2016-12-08.txt"]
    assert hl["Chief Executive's Office"]["label"] == "SERVICE"
    assert hl["Scottish Fire and Rescue Service Board"]["label"] == "BOARD"
    assert hl["Scottish Fire and Rescue Service"]["label"] == "ORG"
    assert hl["Dr M E M Foxley"]["label"] == hl["Chief Superintendent P MacRae"]["label"] == "PERSON"
    # https://www.wmas.nhs.uk/?p=6589 "| Ms K Freeman | KF | Private Secretary – Office of the Chief Executive |"
    wmas = _gold(WAITING)["corpus/web/West Midlands Ambulance Service - Trust Board 2025.txt"]
    assert wmas["Office of the Chief Executive"]["label"] == "SERVICE" and wmas["KF"]["label"] == "PERSON"


def test_the_check_reads_a_panels_commissioner_and_skips_item_codes():
    # https://buckinghamshire.moderngov.co.uk/CeListDocuments.aspx?CommitteeId=650&MeetingId=9568&DF=19%2f07%2f2012&Ver=2
    # "The Panel and the Police and Crime Commissioner (PCC) had differing roles"
    tv = _gold(CHECK)["corpus/web/Thames Valley Police and Crime Panel - Panel 2012-07-19.txt"]
    assert tv["PCC"]["label"] == "ORG" and tv["PCC"]["canonical"] == "Police and Crime Commissioner"
    assert tv["Thames Valley Police and Crime Panel"]["label"] == "BOARD" and tv["Bevan Brittan"]["label"] == "ORG"
    # http://lawsdocbox.com/US_Government_Resources/67175032-Groby-parish-council.html
    # "Groby Cou/285/07-08 Present Members: Cllr P Batty (Chairman), Cllr J Batty, Cllr Beck, ..."
    groby = _gold(CHECK)["corpus/web/Groby Parish Council - Parish Council 2008-02-04.txt"]
    assert groby["Cllr P Batty"]["label"] == groby["Cllr Beck"]["label"] == "PERSON"
    assert groby["Groby"]["label"] == "PLACE" and not any("/" in t for t in groby)
    # https://melton-suffolk-pc.gov.uk/documents/mpc21m04-minutes-of-the-statutory-annual-meeting-of-melton-parish-council-held-on-5-may-2021/
    # "MPC(21)M04 Minutes of the Statutory Annual Meeting of Melton Parish Council held via Zoom": a paper code, no body
    melton = _gold(CHECK)["corpus/web/Melton Parish Council - Statutory Annual Meeting 2021-05-05.txt"]
    assert "MPC" not in melton and melton["Zoom"]["label"] == "SYSTEM"
