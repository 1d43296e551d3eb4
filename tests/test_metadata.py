"""Metadata read from real papers' front matter, checked against corpus/MANIFEST.tsv."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from miner.metadata import fill_metadata, find_authority, find_meeting_date
from miner.readers import read_document

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = {r["file"]: r for r in csv.DictReader(open(ROOT / "corpus" / "MANIFEST.tsv", encoding="utf-8"), delimiter="\t")}


def meta(rel: str):
    return fill_metadata(read_document(ROOT / "corpus" / rel))


# Walsall's text never says "Walsall Council" but "Walsall is an ambitious local authority".
@pytest.mark.parametrize("rel", [r for r in MANIFEST if r.startswith("seeds/")])
def test_seed_authority_matches_manifest(rel):
    assert meta(rel).authority == MANIFEST[rel]["authority"]


@pytest.mark.parametrize("rel", [r for r in MANIFEST if r.startswith("seeds/")])
def test_seed_meeting_date_matches_manifest_or_is_unknown(rel):
    expected = MANIFEST[rel]["meeting_date"] or None
    assert meta(rel).meeting_date == expected


def test_header_and_self_type_beat_body_mentions_of_neighbours():
    # "KENT COUNTY COUNCIL" header / "To: County Council" + "KCC" outweigh many "Medway Council" mentions
    assert meta("pdf/Printed minutes 09th-Jan-2025 10.00 County Council.pdf").authority == "Kent County Council"
    assert meta("pdf/Devolution White Paper - County Council Report - FINAL.pdf").authority == "Kent County Council"
    # kent.gov.uk + "KCC" + "the county"; one "the District Council audits" must not make "Kent District Council"
    assert meta("pdf/24-00108 - Finance Monitoring Report - Q3 - November 2024-25.pdf").authority == "Kent County Council"
    # a Town Council's minutes naming "Birmingham City Council" in the body are not Birmingham's
    assert meta("pdf/CommunityGrant minutes 2018 March 13.pdf").authority != "Birmingham City Council"


def test_front_matter_fields_of_a_medway_report():
    d = meta("seeds/000_6cef1de8068e4e1d.txt")
    assert d.committee == "Children and Young People Overview and Scrutiny Committee"
    assert d.title.startswith("Attendance of the Portfolio Holder for Children's Services")
    assert d.author.startswith("Councillor Andrew Mackness")
    assert d.period == "2017-18"  # "covers the period from March 2017-2018"
    assert meta("seeds/001_fd1a3b6a4ff01199.txt").period == "2019-20"  # "May 2019 – March 2020"
    assert meta("seeds/003_3b4d7debc252c725.txt").author.startswith("Ann Domeney")  # "Author:" beats "Report from:"


def test_kent_pdf_cover_fields():
    d = meta("pdf/Cabinet QPR Q3 Cover.pdf")
    assert d.authority is None  # only "Leader of the Council" and a kent.gov.uk address: the council type is not stated
    assert d.meeting_date == "2025-03-04"
    assert d.committee == "Cabinet"
    assert d.title.startswith("Quarterly Performance Report")


def test_rules_are_general():
    assert find_authority("Report to Borsetshire County Council.\nBorsetshire County Council is ...") == "Borsetshire County Council"
    assert find_authority("Contact: jo@ambridge.gov.uk\nThe Parish Council agreed.") == "Ambridge Parish Council"
    assert find_authority("No council is named here.") is None
    assert find_authority("Report 12\nAmbridge is an ambitious local authority. Our council ...") == "Ambridge Council"
    assert find_authority("BORSETSHIRE COUNTY COUNCIL\n\nMinutes\n" + "Item noted.\n" * 250 + "Felpersham Council agreed. " * 6) == "Borsetshire County Council"
    assert find_meeting_date("Council – 9 April 2018\nPast Pathway: 1 March 2018") == "2018-04-09"
    assert find_meeting_date("Past pathway of report: Committee - 21 November 2024") is None


def test_manifest_agreement_floor():
    """Authority and meeting date agree with MANIFEST on most readable files (measured 16/21 and 15/21, metadata-2)."""
    auth = date = n = 0
    for rel, row in MANIFEST.items():
        if "Statement-of-Accounts" in rel:
            continue  # image-only PDF
        d = meta(rel)
        n += 1
        auth += d.authority == row["authority"]
        date += (d.meeting_date or "") == row["meeting_date"]
    assert auth >= 16 and date >= 15, (auth, date, n)


def test_a_minutes_title_names_the_meeting_not_where_it_was_held():
    assert meta("pdf/Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf").title == "MINUTES of a meeting of the Cabinet"
    d = meta("pdf/CPP Minutes 29.10.24.pdf")  # "MINUTES of the meeting held in the Darent Room, ..."
    assert d.title == f"MINUTES of the meeting of the {d.committee}" and d.committee == "Corporate Parenting Panel"


def test_meeting_detail_or_column_headings_give_way_to_the_file_name():
    assert meta("pdf/Agenda frontsheet 30th-Jan-2025 10.00 Cabinet.pdf").title == "Agenda frontsheet 30th-Jan-2025 10.00 Cabinet"
    assert meta("pdf/Appendix I Budget Risk Register 22.01.25.pdf").title == "Appendix I Budget Risk Register 22.01.25"
    assert meta("seeds/004_4330630ba5c986a6.txt").title == "Lead Member Children and Families: Annual Report"  # kept


def test_the_letterhead_is_not_the_committee_and_the_minutes_heading_dates_the_meeting():
    from miner.metadata import fill_metadata
    from miner.model import Document

    # written for this test: the authority's letterhead, then the meeting body and the report's title
    text = ("Westmere District Council\n\nOverview and Scrutiny Committee\n\n5 March 2024\n\n"
            "Annual Report of the Leader of the Council 2023-24\n\n1. Highlights of the year\n")
    doc = fill_metadata(Document("d", "d.txt", "text", text))
    assert (doc.authority, doc.committee, doc.meeting_date) == ("Westmere District Council", "Overview and Scrutiny Committee", "2024-03-05")
    assert doc.title == "Annual Report of the Leader of the Council 2023-24"
    text = ("MINUTES of a meeting of the Cabinet of Westmere District Council held on 10 January 2023\n\n"
            "Present: Councillor J Green (Leader)\n\n1. Minutes\n\nRESOLVED that the minutes of the meeting held on "
            "15 December 2022 be approved.\n")
    doc = fill_metadata(Document("m", "m.txt", "text", text))
    assert (doc.committee, doc.meeting_date) == ("Cabinet", "2023-01-10")


def test_kent_minutes_name_the_body_that_met_not_the_letterhead():
    from miner.metadata import fill_metadata
    from miner.readers import read_document

    doc = fill_metadata(read_document("corpus/pdf/Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf"))
    assert (doc.authority, doc.committee) == ("Kent County Council", "Cabinet")


def test_a_minutes_heading_naming_a_body_of_several_words_dates_the_meeting():
    from miner.metadata import find_meeting_date

    # written for this test: a town council's minutes
    text = ("Lowbridge Town Council\n\nMinutes of the Full Council meeting held on Tuesday 14 May 2024 at 7.30pm in the "
            "Town Hall\n\nPresent: Cllr A. Smith (Mayor)\n\n24/01 Apologies\n\nNone.\n")
    assert find_meeting_date(text) == "2024-05-14"
    # a later line about another meeting "held on" a date is still skipped
    assert find_meeting_date("Lowbridge Town Council\n\nThe minutes of the meeting held on 9 April 2024 were approved.") is None


def test_council_names_with_small_words_and_other_tiers():
    # written for this test: title pages of councils whose names hold "of", "and", "upon", and other tiers
    assert find_authority("LONDON BOROUGH OF WALTHAM FOREST\n\nHousing Scrutiny Committee\n\n14 January 2025\n"
                          "Waltham Forest Council will ...") == "London Borough of Waltham Forest"
    assert find_authority("CHESHIRE WEST AND CHESTER COUNCIL\n\nCorporate Scrutiny Committee\n") == "Cheshire West and Chester Council"
    assert find_authority("Report to the Royal Borough of Kingston upon Thames Cabinet\n") == "Royal Borough of Kingston upon Thames"
    assert find_authority("City of Wolverhampton Council\n\nCabinet\n") == "City of Wolverhampton Council"
    assert find_authority("WEST MIDLANDS COMBINED AUTHORITY\n\nEconomic Growth and Skills Board\n") == "West Midlands Combined Authority"
    assert find_authority("DYFFRYN TAF COUNTY BOROUGH COUNCIL\n\nReport to Cabinet\n") == "Dyffryn Taf County Borough Council"
    # in prose, "and" joins two councils: the title page's council stands
    assert find_authority("BORSETSHIRE COUNTY COUNCIL\n\nCabinet\n" + "x\n" * 200
                          + "Joint working between Felpersham and Borsetshire County Council continues.") == "Borsetshire County Council"


def test_fire_national_park_and_police_bodies_are_authorities():
    # written for this test: papers of public bodies other than councils, tracked like a council's
    assert find_authority("NORTHSHIRE AND WESTVALE FIRE AUTHORITY\n\nPerformance and Audit Committee - 14 November 2024\n"
                          "The Fire Authority approved the CRMP.") == "Northshire and Westvale Fire Authority"
    assert find_authority("Thornvale Fire and Rescue Authority\n\nFire Authority\n\nDate of meeting: 14 March 2024\n") \
        == "Thornvale Fire and Rescue Authority"  # the next line's "Fire Authority" is the meeting, not the name
    assert find_authority("Peak District National Park Authority\n\nPlanning Committee\n") == "Peak District National Park Authority"
    assert find_authority("Westmarch Police and Crime Panel\n\nReport from: Office of the Police and Crime Commissioner\n") \
        == "Westmarch Police and Crime Panel"
    # a council's paper that mentions the fire authority in its body stays the council's
    assert find_authority("KENT COUNTY COUNCIL\n\nCabinet\n" + "x\n" * 200
                          + "The Kent and Medway Fire and Rescue Authority agreed the plan.") == "Kent County Council"


def test_a_period_in_the_title_is_the_papers_when_the_text_states_none():
    # round 29 probes: "Annual Review 2023/24", "Youth Justice Plan 2024-25", "Director of Public Health Annual Report 2023"
    from miner.metadata import title_period

    assert title_period("Annual Review 2023/24") == "2023-24"
    assert title_period("Youth Justice Plan 2024-25") == "2024-25"
    assert title_period("Director of Public Health Annual Report 2023: \"Closing the Gap\"") == "2023"
    assert title_period("Regulatory Services Annual Service Plan 2024/25 and Outturn 2023/24") == "2024-25"
    assert title_period("Police and Crime Plan 2024-2029: Priorities and Commitments") == "2024-29"
    # a strategy's span in a progress report's title is the strategy's, not the report's
    assert title_period("Leisure and Sport Strategy 2022-2027: Action Plan Progress Report") is None
    assert title_period("Family Hubs and Start for Life Programme: Progress Update") is None


def test_report_of_names_the_author_and_the_title_sets_the_period(tmp_path):
    # written for this test (round 29): "Report of:" is the author's field; the period comes from the title
    path = tmp_path / "plan.txt"
    path.write_text("Westmarch Council\n\nCabinet\n15 July 2024\n\nSubject: Youth Justice Plan 2024-25\n\n"
                    "Report of: Director of Children's Services\nCabinet Member: Councillor Priya Nair\n\n"
                    "1. Summary\n\n1.1 The Council must publish an annual Youth Justice Plan.\n", encoding="utf-8")
    d = fill_metadata(read_document(path))
    assert d.title == "Youth Justice Plan 2024-25"
    assert d.author == "Director of Children's Services"
    assert d.period == "2024-25"


def test_a_title_with_a_colon_is_no_field():
    # written for this test: the front matter of an annual progress report (tracker probes, round 19)
    from miner.metadata import find_title

    lines = ["SEDGEWORTH DISTRICT COUNCIL", "COMMUNITIES AND HOUSING SCRUTINY COMMITTEE", "4 DECEMBER 2024",
             "SAFER SEDGEWORTH PARTNERSHIP: ANNUAL REPORT 2023/24", "Report of: Head of Communities"]
    assert find_title(lines, "Communities and Housing Scrutiny Committee", "Sedgeworth District Council") == \
        "Safer Sedgeworth Partnership: Annual Report 2023/24"
    lines[3] = "Carers Strategy 2023-2026: First Annual Progress Report"
    assert find_title(lines, "Communities and Housing Scrutiny Committee", "Sedgeworth District Council").startswith(
        "Carers Strategy 2023-2026:")
    fields = ["Wards affected: All", "Portfolio Holder: Councillor Gail Thornbury"]
    assert find_title(fields, None, None) is None


@pytest.mark.parametrize("rel, title", [
    # a decision page's first lines are its fields ("Is Key decision?: Yes") and a resolution's clauses: no title
    # before the body begins, so the page is named by its file
    ("web/Kirklees Council - Cabinet 2017-03-07.txt", "Kirklees Council - Cabinet 2017-03-07"),
    ("web/Birmingham City Council - Cabinet 2018-11-13.txt", "Birmingham City Council - Cabinet 2018-11-13"),
    # minutes whose first numbered item ("270. A pologies for Absence") comes before any title
    ("kent/19 December 2024 - County Council minutes.txt", "19 December 2024 - County Council minutes"),
    # the page's own headings ("Issue - decisions") are passed over for the title after them
    ("web/Stockport Council - Executive Meeting 2014-10-01.txt", "Care home fee setting 2014/15"),
    # ": <title>": the PDF lost the field's label
    ("kent/GAC TOR Update CC March 2025 Final.txt", "Governance and Audit Committee Terms of Reference: Up"),
])
def test_title_is_not_a_field_or_the_body(rel, title):
    assert meta(rel).title == title


def test_a_resolution_is_not_the_meeting_body_and_a_file_date_is_not_a_period():
    assert meta("parish/Stoke Ferry Parish Council minutes 2017-05-03.txt").committee is None  # "That Cllr ... is elected"
    assert meta("web/Magherafelt District Council - Council 2007-10-09.txt").period is None  # not "2007-10"
