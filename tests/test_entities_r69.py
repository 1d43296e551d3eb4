"""Entities round 69 (stop 63, helper en75): check O's error classes as general forms.

Check O (`annotations/entities/check67/`, round 67's batch, committed in round 68; its pages in corpus/web/ with their
addresses in corpus/MANIFEST.tsv, quoted below) showed a flattened attendance list that the rules now read entry by
entry (`service_tables.people_between_bodies`):

- a span running over several entries is cut at each body's last word followed by a person and their body: "City of
  Wolverhampton Council Sarah Sprung Sandwell Metropolitan Borough Council" is the council, the person, the council;
  the first body's area before the span joins it ("Walsall Metropolitan Borough Council");
- bodies opened by "City of" (`body_opening_phrases`) or named "Institute of ..." whatever their last word
  (`body_opening_names`); an acronym in brackets right after such a body is the body's, not a person;
- an attendance row's role before the title ("Observer Councillor Stephen Simkins ...", `attendance_rank_words`);
- a person and a council cut before "Council" run on to it ("Jan Britton Sandwell Metropolitan Borough" + "Council",
  `attendance_tier_words`); accented first names ("André");
- a place's span closed by a postcode ends before it ("Bath BA1 5AW" -> "Bath");
- a committee for a role's holders opening on the role's word ("the Member Support and Development Committee"), found
  whole, as round 57's "Member Development Plan" (`service_names`, role-first names), not cut to "Development
  Committee"; a role's title ("Cabinet Member for ...") is still no body.

Each text is read as one unit.
"""

from __future__ import annotations

import pytest

from conftest import unit_mentions

# https://docslib.org/doc/1419180/minutes-of-the-overview-scrutiny-committee (West Midlands Combined Authority Overview
# and Scrutiny Committee, 27 January 2017; batch O): the PDF's attendance table read as one line
WMCA_MEMBERS = ("[NOT PROTECTIVELY MARKED] Overview and Scrutiny Committee Date 27 January 2017 Minutes Members "
                "Councillor Peter Hughes Sandwell Metropolitan Borough Council (Chair) Councillor David Sparks Dudley "
                "Metropolitan Borough Council (Vice Chair) Councillor Ian Shires Walsall Metropolitan Borough Council "
                "Councillor Tersaim Singh City of Wolverhampton Council Councillor Claire Spencer Birmingham City "
                "Council Councillor Jenny Wheeler Redditch Borough Council Paul Brown Black Country Local Enterprise "
                "Partnership Sarah Windrum Coventry and Warwickshire Local Enterprise Partnership In Attendance Jess "
                "Bayley Bromsgrove District and Redditch Borough Councils Jan Britton Sandwell Metropolitan Borough "
                "Council André Bromfield West Midlands Combined Authority Rachel Ratcliffe City of Wolverhampton "
                "Council Sarah Sprung Sandwell Metropolitan Borough Council / West Midlands Combined Authority Mark "
                "Taylor City of Wolverhampton Council Emma Williamson Birmingham City Council Carl Craney West "
                "Midlands Combined Authority By Invitation John Cade Institute of Local Government Studies (INLOGOV) "
                "Sean Russell West Midlands Police and Mental Health Commission Implementation Director Observer "
                "Councillor Stephen Simkins City of Wolverhampton Council 17/16 Apologies for Absence")
# https://westofengland-ca.moderngov.co.uk/ieListDocuments.aspx?CId=143&MId=542 (West of England Combined Authority
# Overview and Scrutiny Committee, 2022; batch O)
WECA_VENUE = "Venue: Brunswick Room, Guildhall, High Street, Bath BA1 5AW"
# https://www.pembrokeshirecoast.wales/about-the-national-park-authority/committees/committee-papers/national-park-authority/
# (Pembrokeshire Coast National Park Authority, 3 June 2020; batch O)
PCNPA_ITEM = ("7. To consider the report of the meeting of the Member Support and Development Committee held on 6 May "
              "2020")


@pytest.fixture(scope="module")
def wmca(nlp):
    return unit_mentions(nlp, WMCA_MEMBERS)


@pytest.mark.parametrize("name,label", [
    ("Walsall Metropolitan Borough Council", "ORG"),
    ("Tersaim Singh", "PERSON"),
    ("City of Wolverhampton Council", "ORG"),
    ("Black Country Local Enterprise Partnership", "ORG"),
    ("Sarah Windrum", "PERSON"),
    ("Coventry and Warwickshire Local Enterprise Partnership", "ORG"),
    ("Jan Britton", "PERSON"),
    ("Sandwell Metropolitan Borough Council", "ORG"),
    ("André Bromfield", "PERSON"),
    ("West Midlands Combined Authority", "ORG"),
    ("Sarah Sprung", "PERSON"),
    ("Mark Taylor", "PERSON"),
    ("Carl Craney", "PERSON"),
    ("John Cade", "PERSON"),
    ("Institute of Local Government Studies", "ORG"),
    ("INLOGOV", "ORG"),
    ("Stephen Simkins", "PERSON"),
], ids=lambda v: v if " " not in v or len(v) < 3 else None)
def test_a_flattened_attendance_list_is_read_entry_by_entry(wmca, name, label):
    assert wmca.get(name, (None,))[0] == label


@pytest.mark.parametrize("absent", [
    "Metropolitan Borough Council Councillor Tersaim Singh City of Wolverhampton Council",
    "City of Wolverhampton Council Sarah Sprung Sandwell Metropolitan Borough Council",
    "Birmingham City Council Carl Craney West Midlands Combined Authority",
    "John Cade Institute of Local Government Studies",
    "Jan Britton Sandwell Metropolitan Borough",
    "Bromfield West Midlands Combined Authority",
    "Observer Councillor Stephen Simkins City of Wolverhampton Council",
    "Local Enterprise Partnership",
])
def test_run_together_entries_are_no_mentions(wmca, absent):
    assert absent not in wmca


def test_entries_already_read_stay(wmca):
    # the rows round 51's and 65's rules read already are unchanged
    for name, label in [("Peter Hughes", "PERSON"), ("Dudley Metropolitan Borough Council", "ORG"),
                        ("Claire Spencer", "PERSON"), ("Redditch Borough Council", "ORG"), ("Paul Brown", "PERSON"),
                        ("West Midlands Police", "ORG"), ("Emma Williamson", "PERSON")]:
        assert wmca.get(name, (None,))[0] == label, name


def test_a_postcode_is_no_part_of_a_place(nlp):
    found = unit_mentions(nlp, WECA_VENUE)
    assert found.get("Bath", (None,))[0] == "PLACE"
    assert "Bath BA1 5AW" not in found
    assert found.get("Brunswick Room", (None,))[0] == "PLACE"


@pytest.mark.parametrize("text,name,label", [
    # one body with a body's word before "and" has no person after it (written for the probe)
    ("The West Midlands Police and Crime Commissioner attended the meeting.",
     "West Midlands Police and Crime Commissioner", "ORG"),
    # a council and a person in a sentence, not a list: unchanged (written for the probe)
    ("Walsall Council officers met Sarah Jones on 4 May.", "Walsall Council", "ORG"),
    ("Walsall Council officers met Sarah Jones on 4 May.", "Sarah Jones", "PERSON"),
    # a street's name with a number is no postcode (written for the probe)
    ("The meeting was held at Civic Centre, Station Road.", "Station Road", "PLACE"),
], ids=["police-and-crime", "council-sentence", "person-sentence", "street"])
def test_what_must_not_change(nlp, text, name, label):
    assert unit_mentions(nlp, text).get(name, (None,))[0] == label


def test_a_committee_for_members_is_found_whole(nlp):
    found = unit_mentions(nlp, PCNPA_ITEM)
    assert found.get("Member Support and Development Committee", (None,))[0] == "BOARD"
    assert "Development Committee" not in found


@pytest.mark.parametrize("text,absent", [
    # a role's title is no body (written for the probe)
    ("Councillor Smith, Cabinet Member for Adult Social Care, attended.", "Cabinet Member for Adult Social Care"),
    ("The Lead Member for Children's Services Committee items was absent.", "Lead Member for Children's Services"),
    # a list of roles before a group's word is no group (corpus/kent "Printed minutes 13th-Mar-2025 10.00 County
    # Council", a tuned paper)
    ("6. Delegate authority to the Monitoring Officer in consultation with the Leader and Opposition Group Leaders "
     "authority to make further necessary changes to the Constitution following the debate.",
     "Leader and Opposition Group"),
], ids=["cabinet-member", "lead-member", "leader-and-group"])
def test_a_role_is_still_no_body(nlp, text, absent):
    assert absent not in unit_mentions(nlp, text)
