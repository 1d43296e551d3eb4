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

from conftest import kind_of

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
EXETER = """Agenda item

Portfolio Holders Statements

A year end update on the work programme relevant to the portfolios for 2016/17 for Councillor Edwards, Leader and Councillor Pearson (Portfolio Holder for Support Services) will be presented.

Councillors Edwards and Pearson presented the following progress reports on priorities as the respective Leader of the Council and Portfolio Holder for Support Services:-

The Leader presented the priorities for 2016/17.

In response to Members' questions, the Leader reported the following updates:-

·         progress made in respect of devolution with the Heart of the South West partners had halted, in part due to outcome of the General Election.  Work had continued on a draft Productivity Plan and a draft Terms of Reference which had been released for the Heart of the South West Joint Committee to consider. He also noted the comment on the importance of safeguarding jobs for the future.

·         there had been several meetings in respect of the Council's new approach to deliver housing and commercial schemes, and proposed formation of a development company. A report would come before Members in due course for  consideration.

Support Services

The Portfolio Holder for Support Services reported the following updates:-

  • the innovative and sensitive use of new technology which enhanced communication with local residents, businesses and the general public in the days after the fire at the Royal Clarence Hotel last October.  He advised that the Communications team received an award from the Chartered Institute of Public Relations Excellence Awards 2017, in the Issues, Crisis or Reputational Management category for exemplary public service work with limited resources. The small team managing energy saving projects had also received a number of accolades and awards for energy management.
"""

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
FLINTSHIRE = """Issue - meetings

Council Plan 2018/19 - mid-year monitoring report

Meeting: 15/11/2018 - Corporate Resources Overview & Scrutiny Committee (Item 58)

58 Council Plan 2018/19 - mid-year monitoring report pdf icon PDF 116 KB

That consideration of this report be deferred to the December meeting.

The Corporate Business & Communications Executive Officer presented a high-level summary of mid-year progress on the Council Plan for 2017-23 providing analysis on areas of under-performance relevant to the Committee.  Positive progress had been made in achieving actions, measures and risks for over 80% of the objectives.

Due to technical issues, it had not been possible to provide the usual detailed appendix and therefore a full report had been scheduled for the next meeting in December.  Following a request previously made by Councillor Jones, work was underway on developing an illustration of the planning cycle for financial, business and performance planning.  This would be shared at the January meeting, along with details of the range of performance information available to Overview & Scrutiny committees to draw upon for performance reporting.

Councillor Jones proposed that further consideration of the item be deferred to the December meeting when the full report would be available.  This was duly seconded and agreed by the Committee.

That consideration of this report be deferred to the December meeting.
"""

# https://democracy.maldon.gov.uk/ieIssueDetails.aspx?IId=19541&Opt=3 (opening, as the library's `pages` corpus stores it)
MALDON = """517 Annual Report of the Overview and Scrutiny Committee PDF 116 KB
To consider the report of the Director of Strategy and Resources (copy enclosed).
Additional documents:
The Committee considered the report of the Director of Strategy and Resources which would be presented to the Council to give an annual update on the work of the Overview and Scrutiny Committee.
The Chairperson introduced the report and the Corporate Governance Project Officer explained the background and highlighted that the report was largely factual and contained within Appendix A.
The Committee's attention was drawn to the last two items of the annual report as detailed in the Appendix, which would be updated following this meeting. These were two scrutiny request items from Members which in line with the agreed process have been received and considered by the Working Group but had not as yet been reported to the Committee, and no decision reached as to whether they should be added to its scrutiny workplan.
With the housing item raised by Councillor Stephens, the Working Group had received informative and explanatory responses at its last meeting but felt that these needed to be gone through with the relevant Officers present, and this will hopefully be done at the Working Group's next meeting.
On the Corporate Project – Land Acquisition item raised by Councillor Fluker, the Working Group had already received fairly detailed information, but to enable Members to get a more complete understanding of how the project had begun and developed, some further and specific information has been sought from Officers. This would be received at a future meeting of the Working Group.
In both cases, it was recognised that the Committee needed to be made aware of these two items on which the Working Group would report in due course. This was noted.
The Chairperson then moved the recommendation as set out in the report which was duly seconded and when put to a vote was agreed.
"""

# https://moderngov.woking.gov.uk/ieIssueDetails.aspx?IId=18577&PlanId=0&Opt=3 (opening, as the library's `pages` corpus stores it)
WOKING = """Issue - meetings

Work Programme

Meeting: 26/09/2022 - Overview and Scrutiny Committee (Item 11)

11 Work Programme OSC22-038 pdf icon PDF 140 KB

Reporting Person – Councillor Ayesha Azad

Additional documents:

The Chairman introduced the report on the updated Work Programme, noting that there were three suggested additions to the Work Programme.  It was hoped that resources would be allocated to ensure they were brought forward by the end of the Municipal Year.

Officers were asked whether it would be possible to bring forward the Insulation and Energy Efficiency report, currently scheduled for the meeting on 21 November 2022.  The Committee was informed that the report was dependent on the October energy price cap announcement and therefore could not be brought forward.  It was further asked whether the report could be split to enable the insulation aspect to be brought to the October meeting of the Committee.  The matter would be considered outside of the meeting.

Members of the Committee discussed the overall content of the Work Programme and, in view of concerns that the Programme lacked variety, the Chairman encouraged Members to submit suggestions for topics for future consideration.

That the Work Programme be noted.
"""


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
ECCLESHALL = """Footpaths Committee Meeting
NOTICE IS HEREBY GIVEN that a meeting of Eccleshall Parish Council Footpaths Committee will be held on Wednesday September 4th, 2019 at Eccleshall Community Centre, at 7pm.
1. Apologies
2. Election of Chair and Vice Chair
3. Minutes of the meeting held on May 1st, 2019 and matters arising.
4. Update of revised walks leaflets 8 and 12, for reprint and distribution
5. Footpath Marshall reports.
- Volunteers for footpaths
6. Review of current maintenance schedule and consideration of additional support.
7. Update on reported footpath issues (report log)
8. Footpath 15 maintenance past the Eyeswells (Usulwall to Vicarage).
9. Correspondence.
- Japanese Knotweed on Footpath 13 near Taylor Wimpey
- County Council decision to approve addition of footpath route from A5013 nr. Walton Grove to B5405
- Footpath 17- overgrowth issues
- Gaol Butts/Crescent footpath – hedge overgrowth from resident properties
10. Any Other Business.
11. Date of next meeting.
S. J. Worden, Clerk to the Council – 29/08/2019
A meeting of the Footpaths Committee of Eccleshall Parish Council was held on Wednesday September 4th, 2019 at Eccleshall Community Centre at 7.00pm.
1). Present were:- Councillor C. Marshall (Chair); Councillor J. Leather
Councillor R. Taylor; Councillor S. Mifflin
Mrs. S. J. Worden (Clerk)
Mr. N. Davenport; Mr. D. Smith
Councillor E. Amos (observing)
Two members of the Public
Apologies:- Apologies were recorded from Councillors P. Jones.
2). Election of Chairman and Vice-Chairman:- Councillor Marshall was duly elected as Chair of the Committee.
No councillors stood for the position of Vice-Chair, but Cllr. Leather advised if he was available, he would stand in as Chair.
3). Minutes of the meeting held on May 1st, 2019 and matters arising:- The minutes, which had previously been circulated and accepted by the Council, were agreed and signed.
"""


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
