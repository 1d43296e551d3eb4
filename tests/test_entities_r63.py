"""Entities round 63 (stop 61, helper en69): the service gazetteer's source, and the 0.7.0 check's error classes.

`miner/nlp/patterns/services.jsonl` is written by `scripts/build_service_patterns.py`; rounds 55 and 60 had edited the
file by hand, so a rebuild dropped four of its patterns. The builder now writes them, and the file is what it writes.
The rest are general forms of errors NER 0.7.0 made on the check pages J+K (addresses in corpus/MANIFEST.tsv, quoted
below): a room or a building read as a person, a file's size run into a title on a page's file list, a rank spelt out
with a surname alone, a Scottish or Welsh NHS health board read as a board that meets, an authority by its kind alone in
its own papers ("the Fire Authority"), and a venue's kind, a behaviour, a technology and a post read as names. Each text
is read as one unit.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from conftest import unit_mentions

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "miner" / "nlp" / "patterns" / "services.jsonl"

# http://democracy.carmarthenshire.gov.wales/ieListDocuments.aspx?CId=193&MId=1534&Ver=4 (Dyfed-Powys Police and
# Crime Panel, 16 November 2017; entities round 61's batch K)
DYFED = "Venue: Chamber & Ante Room, 3 Spilman Street, Carmarthen, SA31 1LE. View directions"
# http://hwfire.cmis.uk.com/hwfire/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/111/Committee/2/Default.aspx
# (Hereford and Worcester Fire Authority, December 2015; entities round 60's batch J)
HEREFORD = ("The Carol Service at Pershore Abbey on 9 December where the Fire Service Choir gave an outstanding "
            "performance.")
# http://shropshirefire.gov.uk/meeting/10-october-2018 (Shropshire and Wrekin Fire Authority; batch J)
SHROPSHIRE = ("PDF icon 6a - Audit and Performance Management Committee Minutes 19 July 2018254.63 KB\n"
              "PDF icon 6ai-Updated Internal Audit Plan 2018/19320.07 KB\n")
# https://democracy.winchester.gov.uk/ieListDocuments.aspx?CId=348&MeetingId=2621 (Winchester scrutiny committee,
# 11 March 2021; batch K)
WINCHESTER = ("The data showed an overall reduction in crime of 30% and Chief Inspector Turton discussed several issues "
              "including county lines crime, hotel watch scheme, domestic abuse.")
# https://cairngorms.co.uk/resource/docs/boardpapers/10092004/CNPA.Paper.507.Board.Board.minutes.1.txt (Cairngorms
# National Park Authority board, 10 September 2004; batch K)
# http://shropshirefire.gov.uk/meeting/10-october-2018 (batch J), the authority by its kind alone in its own papers
SHROPSHIRE_FA = ("There will be a vote of thanks for Councillor Jane Pinter who left the Fire Authority in September. The "
                 "Fire Authority will also welcome Councillor Karen Blundell from Telford & Wrekin Council.")
# https://governance.beacons-npa.gov.uk/ieListDocuments.aspx?CId=136&MId=8013&Ver=4 (Brecon Beacons National Park
# Authority, 21 June 2021; batch K)
BRECON = ("a) To approve the minutes of the National Park Authority (EGM) – 14th May 2021 and authorise the Chair to sign "
          "them as a correct record;")
CAIRNGORMS = ("Andrew Thin reported that he had written to Grampian Health Board and to Tayside Health Board, and had "
              "received replies from both.")


def _build(tmp_path: Path) -> Path:
    spec = importlib.util.spec_from_file_location("build_service_patterns", ROOT / "scripts" / "build_service_patterns.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.OUT = tmp_path / "services.jsonl"
    module.main()
    return module.OUT


def test_the_shipped_gazetteer_is_what_the_builder_writes(tmp_path):
    built = _build(tmp_path)
    assert built.read_bytes() == SHIPPED.read_bytes()


def test_the_hand_added_patterns_are_in_the_builder(tmp_path):
    text = _build(tmp_path).read_text()
    for needle in ('"pattern": "Control Room"', '"pattern": "Statistical Process Control"',
                   "Telford & Wrekin Council", "City of Nottingham Fire & Rescue Authority"):
        assert needle in text


@pytest.mark.parametrize("text,name,label", [
    # a room the NER read as a person; (entities round 75) with the room before it in its run, as the check gold writes it
    (DYFED, "Chamber & Ante Room", "PLACE"),
    (HEREFORD, "Pershore Abbey", "PLACE"),  # a building the NER read as a person
    (SHROPSHIRE, "Internal Audit Plan", "PROGRAMME"),  # the title before its year and the size run into it
    (WINCHESTER, "Chief Inspector Turton", "PERSON"),  # a rank and a surname, the NER read nothing
    (CAIRNGORMS, "Grampian Health Board", "ORG"),  # an NHS health board is an organisation
    (CAIRNGORMS, "Tayside Health Board", "ORG"),
    (SHROPSHIRE_FA, "Fire Authority", "ORG"),  # an authority by its kind alone in its own papers
    (SHROPSHIRE_FA, "Telford & Wrekin Council", "ORG"),  # round 60's pattern, now written by the builder
    (BRECON, "National Park Authority", "ORG"),
    # a park's authority by its park's name is found whole, not cut to its kind (written for this test)
    ("The Brecon Beacons National Park Authority met.", "Brecon Beacons National Park Authority", "ORG"),
])
def test_found(services_nlp, text, name, label):
    assert unit_mentions(services_nlp, text).get(name, (None,))[0] == label


def test_a_file_size_is_no_part_of_a_name(services_nlp):
    found = unit_mentions(services_nlp, SHROPSHIRE)
    assert not any("320.07" in m or "254.63" in m for m in found)


@pytest.mark.parametrize("text,name,label", [
    # surnames that are also place words stay people (`building_person_heads` leaves them out)
    ("Apologies were received from Mr Green, Ms Jane Hall and Peter Wood.", "Peter Wood", "PERSON"),
    ("Apologies were received from Mr Green, Ms Jane Hall and Peter Wood.", "Jane Hall", "PERSON"),
    # a board of a kind of health stays a board
    ("The Kent Public Health Board met on 3 May.", "Kent Public Health Board", "BOARD"),
    # a name that ends in its years, with no file size after it, keeps them
    ("The Council approved the Internal Audit Plan 2018/19 at its meeting.", "Internal Audit Plan 2018/19", "PROGRAMME"),
    # a rank and a forename and surname: the person without the rank (round 62)
    ("Superintendent Clive Davies, Surrey Police, attended.", "Clive Davies", "PERSON"),
])
def test_unchanged(services_nlp, text, name, label):
    assert unit_mentions(services_nlp, text).get(name, (None,))[0] == label


@pytest.mark.parametrize("text,name", [
    # a kind of authority, as devolution papers name one (Kent Council minutes 2025), and a kind every area has
    ("The council would become a constituent member of a Mayoral Combined Authority.", "Mayoral Combined Authority"),
    ("Each Fire and Rescue Authority must publish an integrated risk management plan.", "Fire and Rescue Authority"),
    # a venue's kind, a behaviour's, a technology's and a post's initials (the pages above)
    ("Venue: Virtual Meeting. View directions", "Virtual Meeting"),
    ("online reporting of littering and anti-social behaviour (ASB) and how the council publishes its ASB data.", "ASB"),
    ("Information was requested on the Commissioner's pledge to re-invest in the Closed Circuit Television (CCTV) "
     "Infrastructure in 2017/18.", "Closed Circuit Television"),
    ("The CFO advised that it would depend on the timing.", "CFO"),
])
def test_no_name(services_nlp, text, name):
    assert name not in unit_mentions(services_nlp, text)


@pytest.mark.parametrize("text,name", [
    ("The Chief Inspector said the report was noted.", "Chief Inspector"),  # a rank alone is a job title
    ("The Planning Inspector Report was noted.", "Planning Inspector Report"),
    ("the PC Policies were adopted.", "PC Policies"),  # an initials' rank is not taken with a capitalised word
])
def test_no_person(services_nlp, text, name):
    assert unit_mentions(services_nlp, text).get(name, (None,))[0] != "PERSON"
