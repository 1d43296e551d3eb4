"""Statements round 52: the paper kind of a council website's record pages (`metadata.find_kind`).

`find_kind` read only the first 12 lines of a paper for "minutes" / "RESOLVED" / "Present:", then "agenda", so a
modern.gov "Agenda item" page carrying the item's minutes was an agenda, and an "Issue - meetings", "Issue -
decisions" or "Decision details" page (or a meeting page whose opening says no "minutes") a report: 26 of the
corpus's 120 minutes were read as reports. Now the opening lines' record signals (`kind` in
`patterns/metadata.json`: a record page's fields, "Apologies for absence were received", "The Committee considered
the report", "duly seconded", ...) make the paper minutes, before the agenda cue. The statements finder then reads the
page's resolutions as the decisions of minutes ("That consideration of this report be deferred to the December
meeting."), which it missed while the page was a report.

Real text only: corpus papers (read as `miner extract` reads them, without the corpus manifest, which would give the
kind) and fresh pages of the library's `pages` corpus quoted with their address."""

from pathlib import Path

import pytest

from conftest import kind_of, page_text

ROOT = Path(__file__).resolve().parents[1]


def corpus_kind(name: str) -> str:
    """The kind `fill_metadata` gives a corpus paper (the manifest, which states it, is not read)."""
    from miner.metadata import fill_metadata
    from miner.readers import read_document

    return fill_metadata(read_document(str(ROOT / "corpus" / name))).kind


def page_kind(tmp_path, name: str, text: str) -> str:
    from miner.ingest import prepare

    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return prepare(path)[0].kind


@pytest.mark.parametrize("name", [
    # https://moderngov.cheshireeast.gov.uk/ieIssueDetails.aspx?IId=69513&Opt=3 ("Issue - meetings")
    "web/Cheshire East Council - Children and Families Committee 2022-05-23.txt",
    # https://rbwm.moderngov.co.uk/mgDecisionDetails.aspx?IId=31912&Opt=1 ("Issue - decisions")
    "web/Royal Borough of Windsor and Maidenhead - Cabinet 2023-12-14.txt",
    # https://democracy.kirklees.gov.uk/ieDecisionDetails.aspx?ID=6221 ("Decision Maker: Cabinet", "Decision status:")
    "web/Kirklees Council - Cabinet 2018-08-21.txt",
    # https://committees.oldham.gov.uk/ieListDocuments.aspx?CId=144&MId=9077&Ver=4 ("Apologies for absence were received")
    "web/Oldham Council - Cabinet 2023-07-17.txt",
    # https://birmingham.cmis.uk.com/birmingham/Decisions/tabid/67/ctl/ViewCMIS_DecisionDetails/mid/391/Id/991b12ad-985b-43a9-a212-5ab486a24310/Default.aspx
    "web/Birmingham City Council - Cabinet 2018-11-13.txt",
])
def test_a_council_website_record_page_is_minutes(name):
    assert corpus_kind(name) == "minutes"


@pytest.mark.parametrize("name, kind", [
    ("pdf/Agenda frontsheet 30th-Jan-2025 10.00 Cabinet.pdf", "agenda"),
    ("kent/Governance Update Report.txt", "report"),
    ("kent/24-00115 - Adoption of Integrated Care Strategy delivery plan - Report.txt", "report"),
    ("kent/Appendix 7 - Draft Responses to Consultation Feedback.txt", "appendix"),
    # https://www.cheshirewestandchester.gov.uk/residents/housing/council-housing/performance-how-we-are-doing
    ("web/Cheshire West and Chester Council - Council housing performance.txt", "report"),
    ("seeds/000_6cef1de8068e4e1d.txt", "report"),
])
def test_agendas_reports_and_appendices_keep_their_kind(name, kind):
    assert corpus_kind(name) == kind


# http://committees.exeter.gov.uk/mgAi.aspx?ID=37987 (opening, as the library's `pages` corpus stores it)
EXETER = page_text("exeter_portfolio_statements")

# https://moderngov.denbighshire.gov.uk/mgAi.aspx?ID=11008 (opening, as the library's `pages` corpus stores it)
DENBIGHSHIRE = """Agenda item
Agenda item
To consider a report by the Scrutiny Coordinator (copy enclosed) seeking a review of the committee's forward work programme and updating members on relevant issues.
11.30 a.m.
The Scrutiny Coordinator submitted a report (previously circulated) seeking members' review of the Committee's work programme and provided an update on relevant issues.
During the ensuing discussion –
·         in response to suggestions for potential items for future scrutiny the Scrutiny Coordinator explained the current process and drew attention to the member proposal form for completion for submission to the Chairs and Vice Chair's Group
·         agreed to invite the relevant Cabinet Lead Members to future meetings of the committee for items pertinent to their portfolios
·         considered and discussed nominations for appointment to the Service Challenge Groups and Strategic Investment Group.
"""

# http://committeemeetings.flintshire.gov.uk/ieIssueDetails.aspx?IId=24838&LLL=0&Opt=3 (opening, as the library's `pages` corpus stores it)
FLINTSHIRE = page_text("flintshire_scrutiny_councilplan")

# https://democracy.maldon.gov.uk/ieIssueDetails.aspx?IId=19541&Opt=3 (opening, as the library's `pages` corpus stores it)
MALDON = page_text("maldon_scrutiny_annualreport")

# https://moderngov.woking.gov.uk/ieIssueDetails.aspx?IId=18577&PlanId=0&Opt=3 (opening, as the library's `pages` corpus stores it)
WOKING = page_text("woking_scrutiny_workprogramme")


@pytest.mark.parametrize("name, text", [
    ("exeter", EXETER), ("denbighshire", DENBIGHSHIRE), ("flintshire", FLINTSHIRE), ("maldon", MALDON),
    ("woking", WOKING),
])
def test_a_modern_gov_item_page_with_its_minutes_is_minutes(tmp_path, name, text):
    assert page_kind(tmp_path, name, text) == "minutes"


def test_records_meeting_reads_record_signals_not_an_agenda_notice():
    from miner.metadata import records_meeting

    assert records_meeting(["Agenda item", "Minutes:", "The Chair referred councillors to the report"])
    assert records_meeting(["Meeting: 15/11/2018 - Corporate Resources Overview & Scrutiny Committee (Item 58)"])
    assert records_meeting(["Apologies for absence were received from Councillor Dean."])
    assert records_meeting(["The Committee considered the report of the Director of Strategy and Resources"])
    assert not records_meeting(["Agenda item", "Portfolio Holders Statements",
                                "To consider the report of the Director of Strategy and Resources (copy enclosed)."])
    assert not records_meeting(["NOTICE IS HEREBY GIVEN that a meeting of the Footpaths Committee will be held on "
                                "Wednesday 4th September 2019 at 7.00pm"])
    assert not records_meeting(["This report sets out the Council's priorities for 2024/25."])


@pytest.mark.parametrize("name, text, quote", [
    ("flintshire", FLINTSHIRE, "That consideration of this report be deferred to the December meeting."),
    ("maldon", MALDON, "This was noted."),
    ("maldon", MALDON, "which was duly seconded and when put to a vote was agreed"),
    ("woking", WOKING, "That the Work Programme be noted."),
])
def test_a_record_page_s_resolution_is_a_decision(page_rules, name, text, quote):
    assert kind_of(page_rules(name, text), quote) == "decision"


def test_an_item_s_notice_is_no_decision(page_rules):
    assert kind_of(page_rules("maldon", MALDON), "To consider the report of the Director of Strategy") is None


# https://eccleshallparishcouncil.gov.uk/meetingdetails/footpaths-committee-meeting-3 (opening, as the library's `pages` corpus stores it)
ECCLESHALL = page_text("eccleshall_footpaths_2019-09-04")


def test_a_meeting_notice_is_no_promise(page_rules):
    """Round 51's Left: the notice of a meeting "will be held on <date>" was a dated commitment."""
    assert kind_of(page_rules("eccleshall", ECCLESHALL), "Footpaths Committee will be held on") is None


def test_an_agenda_item_s_blurb_is_no_promise(page_rules):
    """Round 51's Left: an item's blurb, what will be presented at this meeting, was a cue commitment."""
    statements = page_rules("exeter", EXETER)
    assert kind_of(statements, "A year end update on the work programme relevant to the portfolios") is None
    assert kind_of(statements, "A report would come before Members in due course") == "commitment"


@pytest.mark.parametrize("text, kind", [
    # corpus/kent/JHOSC ToR - report to full Council.txt (a tuned gold commitment): it names where the report goes
    ("A report similar to this one will be presented to Medway's full Council meeting.", "commitment"),
    # corpus/kent/Appendix 4 - 24-00093 Record of Decision.txt (a tuned gold commitment)
    ("An up on these queries will be provided to the next CYPE Cabinet Committee meeting.", "commitment"),
    ("A year end update on the work programme relevant to the portfolios for 2016/17 for Councillor Edwards, Leader "
     "and Councillor Pearson (Portfolio Holder for Support Services) will be presented.", None),
    ("Footpaths Committee Meeting NOTICE IS HEREBY GIVEN that a meeting of Eccleshall Parish Council Footpaths "
     "Committee will be held on Wednesday September 4th, 2019 at Eccleshall Library.", None),
])
def test_the_notice_and_blurb_vetoes_keep_a_presentation_that_goes_somewhere(text, kind):
    from miner.nlp.statements_cues import sentence_rule

    rule = sentence_rule(text)
    assert (rule[0] if rule else None) == kind
