"""Entities round 72 (stop 65, helper en78): a fresh check batch R, and the rules' misses that recur across the pool.

Batch R (5 pages: two local enterprise partnership boards, a safeguarding children board's attendance grid, the London
Safeguarding Children Board, a town council; gold written by reading before any run) is in `corpus/web/` with MANIFEST
rows, its gold in `annotations/entities/check72/`, outside every entity split, as rounds 66-71 committed theirs.

Three classes of miss recurring in three or more of the pool's batches (J+K to Q; R was not read for rules) are read
now, in general forms (words and patterns in `service_terms.json` / `services.jsonl`):

- members' lists after a plural title: a plural title with a colon heads one ("Councillors: Mrs. E. Ballard (EB),
  ..."), an item may open on a singular title, its initials may run together with full stops ("Mrs. D.E. Durward",
  "F.J. Moore", "D.J.E. Hall"), and it may be a forename and a surname ("Councillors Rachel Bailey, Razia Daniels");
  a title before initials with full stops stays ("Councillor Mrs A.G. Ashley", "Dr R. Steyn");
- officers' rows: a line opening on a name before a dash, a comma or the person's own initials and a job title, beside
  another such row ("Tim Neill - Accountancy Manager", "A Oughton, Asset Manager", "Suzanne Pickering SP Head of
  Governance"; `officer_row`);
- a venue's buildings and rooms, part by part ("Venue: Council Chamber, Municipal Buildings, ...", "Place: Committee
  room 3, Council Offices, ..."; `venue_line`, `venue_part`, `venue_heads`).

Each text is read as one unit.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_entity_batch, check_entity_gold, unit_mentions
from miner.evaluation import entities as ev

ROOT = Path(__file__).resolve().parent.parent
CHECK = ROOT / "annotations" / "entities" / "check72"
SEMLEP = "corpus/web/South East Midlands Local Enterprise Partnership - SEMLEP Board 2015-02-04.txt"
LEP = "corpus/web/Lancashire Enterprise Partnership - LEP Board 2015-03-17.txt"

# https://reigate-banstead.moderngov.co.uk/CeListDocuments.aspx?CommitteeId=235&MeetingId=648&DF=15%2f09%2f2005&Ver=2
REIGATE = ("Councillor J.V. Lyndon Morgan (Chairman); Councillors Mrs. D.E. Durward, N.D. Harrison, Mrs. S.F. King, "
           "A.M. Lynch, F.J. Moore, A.R. Mountney, J.H. Prevett and Mrs. A.N. Venn.")
# https://louthtowncouncil.gov.uk/?p=6451
LOUTH = ("Councillors: Mrs. E. Ballard (EB), J. Baskett (JB), M. Bellwood (MB), L. Cooney (LMC), A. Cox (AC), S. Crew (SC), "
         "D. Ford (DF), J. Garrett (JG), D.J.E. Hall (DJEH), G.E. Horton (GEH), D. Jackman (DJ), A. Leonard (AL), "
         "Mrs. S.E. Locking (SEL), K. Norman (KN), Mrs. J. Makinson-Sanders (JMS), J. Simmons (JS), F.W.P. Treanor (FWPT) "
         "and Mrs. P.F. Watson (PFW).\n\nThe Town Clerk, Mrs. L.M. Phillips, the Town Clerk's Assistant, Mrs. M.C. "
         "Vincent and a member of the public were also present.")
# https://authority.cheshirefire.gov.uk/ieListDocuments.aspx?CId=132&MId=441&Ver=4
CHESHIRE = ("Apologies for Absence Minutes: Apologies for absence were received from Councillors Rachel Bailey, Razia "
            "Daniels, David Edwardes, Nick Mannion, Jonathan Parry, Morgan Tarr and Norman Wright and from the Police and "
            "Crime Commissioner.")
# http://web.north-herts.gov.uk/aksnherts/users/public/admin/kab12.pl?cmte=ARC&meet=4&arc=71
NHERTS = ("Place:\nCommittee room 3, Council Offices, Gernon Road, Letchworth Garden City\n\nPresent:\nCouncillor Michael "
          "Weeks (Chairman), Councillor John Booth (Vice-Chairman), Councillor Mrs A.G. Ashley, Councillor Paul Clark, "
          "Councillor J.M. Cunningham, Councillor Bill Davidson, and Councillor Gary Grindal.\nIn attendance:\n"
          "Norma Atlay - Strategic Director of Finance, Policy and Governance\nAndy Cavanagh - Head of Finance, "
          "Performance, and Asset Management\nTim Neill - Accountancy Manager\nFiona Timms - Performance and Risk Manager\n"
          "Margaret Mulkerrin - Audit Manager\nAnthony Roche - Deputy Monitoring Officer\nNigel Schofield - Committee and "
          "Member Services\nAlso Present:\n")
# https://www.thametowncouncil.gov.uk/thame-town-council/about-the-town-council/council-meetings/agendas-minutes/full-council/27-april-2021-minutes-draft/
THAME = ("C Pinnells, Acting Town Clerk\nG Markland, Neighbourhood Plan Continuity Officer\nA Oughton, Asset Manager\n"
         "L Fuller, Committee Services Officer\n")
# https://joinedupcarederbyshire.co.uk/governing-body-meeting/governing-body-meeting-january-2022
DERBY = ("Apologies:\nDr Penny Blackwell PB Governing Body GP\nDr Robyn Dewis RD Director of Public Health – Derby City "
         "Council\nSuzanne Pickering SP Head of Governance\nBrigid Stacey BS Chief Nursing Officer\nDean Wallace DW Director "
         "of Public Health – Derbyshire County Council\n")
# https://moderngov.cheshireeast.gov.uk/ecminutes/ieListDocuments.aspx?CId=864&MId=10594&Ver=4
CREWE = "Venue: Council Chamber, Municipal Buildings, Earle Street, Crewe CW1 2BJ. View directions"
# https://www.highland.gov.uk/meetings/meeting/3787/communities_and_partnerships_committee/attachment/71439
HIGHLAND = ("Minutes of Meeting of the Communities and Partnerships Committee held in the Council Chamber, Council "
            "Headquarters, Glenurquhart Road, Inverness on Thursday 8 December 2016 at 10.30am.")


def test_the_round_added_5_check_pages_outside_every_split_and_training_set():
    check_entity_batch("entities round 72's fresh batch R", CHECK, 5)
    check_entity_gold(CHECK, 5, 229, 276)  # round 73: "Full Council" / "FULL COUNCIL" added (the guidelines' convention)


def test_r_s_members_and_officers_are_read_as_the_guidelines_say():
    gold = {f: {r["text"]: r for r in rows} for f, rows in ev.load_gold(CHECK).items()}
    # "Dr Ann Limb OBE DL (Chair) Mayor Dave Hodgson (Director) Bedford Borough Council Cllr Mary Clarke (Director) ..."
    semlep = gold[SEMLEP]
    assert {"Ann Limb", "Dave Hodgson", "Mary Clarke"} <= set(semlep) and "Cllr Mary Clarke" not in semlep
    assert semlep["Bedford Borough Council"]["label"] == "ORG" and semlep["SEMLEP"]["label"] == "ORG"
    # "Present Mr E Booth (Chair) Cllr M Bateson Mr M Blackburn ... Councillor Stuart Hirst"
    lep = gold[LEP]
    assert {"Mr E Booth", "Cllr M Bateson", "Stuart Hirst"} <= set(lep) and "Councillor Stuart Hirst" not in lep


@pytest.fixture(scope="module")
def members(nlp):
    return {name: unit_mentions(nlp, text) for name, text in
            [("reigate", REIGATE), ("louth", LOUTH), ("cheshire", CHESHIRE), ("nherts", NHERTS)]}


@pytest.mark.parametrize("page,name", [
    ("reigate", "Councillor J.V. Lyndon Morgan"), ("reigate", "Mrs. D.E. Durward"), ("reigate", "F.J. Moore"),
    ("reigate", "Mrs. A.N. Venn"), ("louth", "Mrs. E. Ballard"), ("louth", "D.J.E. Hall"), ("louth", "K. Norman"),
    ("louth", "Mrs. S.E. Locking"), ("louth", "F.W.P. Treanor"), ("louth", "Mrs. L.M. Phillips"),
    ("louth", "Mrs. M.C. Vincent"), ("cheshire", "Razia Daniels"), ("cheshire", "Morgan Tarr"),
    ("nherts", "Councillor Mrs A.G. Ashley"), ("nherts", "Councillor J.M. Cunningham"),
])
def test_members_with_titles_and_initials_are_read_whole(members, page, name):
    assert members[page].get(name, (None,))[0] == "PERSON"


def test_members_lists_keep_what_they_read_before(members):
    # the items read before stay, nothing runs past the list's end, and a title before a full name still goes
    assert members["reigate"]["N.D. Harrison"][0] == members["reigate"]["J.H. Prevett"][0] == "PERSON"
    assert members["cheshire"]["Rachel Bailey"][0] == members["cheshire"]["Norman Wright"][0] == "PERSON"
    assert not any("Wright" in t and "Police" in t for t in members["cheshire"])
    assert "D.E. Durward" not in members["reigate"] and "Councillors Mrs. D.E. Durward" not in members["reigate"]
    assert members["nherts"]["Michael Weeks"][0] == "PERSON" and "Councillor Michael Weeks" not in members["nherts"]


@pytest.mark.parametrize("page,name", [
    ("nherts", "Norma Atlay"), ("nherts", "Tim Neill"), ("nherts", "Anthony Roche"), ("nherts", "Nigel Schofield"),
    ("thame", "A Oughton"), ("thame", "L Fuller"), ("thame", "G Markland"), ("derby", "Suzanne Pickering"),
    ("derby", "Brigid Stacey"), ("derby", "Dean Wallace"),
])
def test_officers_rows_are_people(nlp, members, page, name):
    mentions = members[page] if page in members else unit_mentions(nlp, {"thame": THAME, "derby": DERBY}[page])
    assert mentions.get(name, (None,))[0] == "PERSON"


def test_an_officer_s_own_initials_in_the_row_are_the_officer(nlp):
    derby = unit_mentions(nlp, DERBY)
    assert derby["SP"] == ("PERSON", "Suzanne Pickering") and derby["BS"] == ("PERSON", "Brigid Stacey")


def test_a_single_line_of_that_form_names_no_one(nlp):
    # written for the probe: one line, no row beside it
    mentions = unit_mentions(nlp, "Public Health - Director of Public Health, to report back.")
    assert not any(label == "PERSON" for label, _ in mentions.values())


@pytest.mark.parametrize("text,place", [
    (CREWE, "Municipal Buildings"), (NHERTS, "Council Offices"), (NHERTS, "Committee room 3"),
    (HIGHLAND, "Council Headquarters"), ("Venue: Kennet Room - County Hall, Bythesea Road, Trowbridge, BA14 8JN.",
                                         "County Hall"),  # Wiltshire Health and Wellbeing Board 2024 (batch N)
])
def test_a_venue_s_buildings_and_rooms_are_places(nlp, text, place):
    assert unit_mentions(nlp, text).get(place, (None,))[0] == "PLACE"


def test_a_venue_line_s_other_parts_are_unchanged(nlp):
    crewe = unit_mentions(nlp, CREWE)
    assert crewe["Council Chamber"][0] == crewe["Earle Street"][0] == crewe["Crewe"][0] == "PLACE"
    # written for the probe: a virtual meeting's venue names no building
    virtual = unit_mentions(nlp, "Venue: Virtual Meeting via Microsoft Teams. View directions")
    assert not any(label == "PLACE" for label, _ in virtual.values())
