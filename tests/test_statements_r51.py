"""Statements round 51 (rules v51): reported future acts in committee minutes that the reader takes for another paper.

Round 50's fresh batch G (other councils' committee pages of the tool library's `pages` corpus) had 12 promises, and
the rules found 3: most of the rest are "would" clauses of minutes ("This would be received at a future meeting of the
Working Group.") in modern.gov pages headed "Agenda item" or "Issue - meetings", which the reader takes for an agenda
or a report, so round 48's reading of reported future acts (`miner/nlp/statements_reported.py`) read them as a
report's hypothetical "would". A page whose text is the record of a meeting ("The Committee considered the report
...", "In response to Members' questions ...", "This was duly seconded ...", `minutes_record` in
`patterns/reported_acts.json`) now has its reported acts read as in minutes. And the reading takes: a past perfect
passive of arranging for a later meeting ("a full report had been scheduled for the next meeting in December"), a
paper going to a body ("A report would come before Members in due course"), a relative clause whose own subject is a
named body ("items on which the Working Group would report in due course"), a conjunct act after a state's passive
("would be considered and reflected on"), "considered" with a place or time and no complement ("The matter would be
considered outside of the meeting", batch H); it drops a "would" after a condition that closes before it ("advised if
he was available, he would stand in as Chair") and "was yet to be <done>" (not done so far, no plan).

Real text only: fresh pages of the `pages` corpus, quoted with their address (written to a temporary file and read as
`miner extract` reads a paper)."""

import pytest

from conftest import kind_of

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


# https://minutes-1.nwleics.gov.uk/ieListDocuments.aspx?CId=351&MId=2526&Ver=4 (opening, as the library's `pages` corpus stores it)
NWLEICS = """Apologies for absence were received from Councillor D Bigby.

There were no declarations of interest.

There were no questions received.

Consideration was given to the minutes of the meeting held on 4 April 2024.

It was moved by Councillor M Blair Park, seconded by Councillor S Lambeth and

The minutes of the meeting held on 4 April 2024 be approved as an accurate record of proceedings.

Annual Scrutiny Report pdf icon PDF 111 KB

The report of the Strategic Director of Place

Additional documents:

The Strategic Director of Place introduced the report to Members and then handed over to the Chair to present.

An extensive discussion was had about the accessibility of the document. Some Members suggested that more public facing language could be used, as part of wider efforts to encourage residents to engage with the work of the Scrutiny Committees. Alternatively, other Members felt that the necessarily somewhat technical language used in the report was appropriate and intelligible for residents. Members broadly agreed that the document should be scoped with an ideal-type reader in mind.

The Strategic Director of Place noted that the recommendation of the report was to delegate the power to amend the final document to the Committee Chairs, so all comments made by Committee would be considered and reflected on in the final draft. He would also liaise with Officers in the Communications Team.

Members discussed the prospect and value of quantifying how many residents had viewed the document once it was published, though other Members suggested that this would give no indication as to the comprehensibility of the document.

A Member suggested that the issues some Members had with the document also frequently occurred in other reports which went to the Scrutiny Committees.

It was moved by Councillor T Eynon, seconded by Councillor M Blair-Park, and

1)    The report be received ahead of its submission to Council
"""


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


# https://moderngovwebpublic.redditchbc.gov.uk/mgAi.aspx?ID=2158 (opening, as the library's `pages` corpus stores it)
REDDITCH = """The Portfolio Holder for Corporate Management, Councillor Braley, attended the meeting to provide the second Annual Report to the Overview and Scrutiny Committee.

The Chair explained that as this was only the second time a Portfolio Holder had attended the Overview and Scrutiny Committee to provide their annual report, the most effective method of producing these reports was yet to be established.  The Chair apologised for the changes in format to the process.

a) Roles and Responsibilities

Councillor Braley began his presentation by explaining to Members his role and responsibilities as a Portfolio Holder.  He explained that his Portfolio area did not relate to political policy but rather to supporting a well managed organisation. Members were informed that integral to working towards a well managed organisation was the theme of good governance.

The Portfolio Holder informed Members that he had relatively few decision making powers.  He explained that the decisions he was able to influence included; when to fly the flag on the Town Hall; when to grant concessionary use of the Civic Suite; and (in consultation with the Mayor and Group Leaders) when to suspend Standing Orders on contracts.

Councillor Braley explained to Members that his role was to ensure that decisions were made and implemented following the correct Council procedures.  Members were informed that Councillor Braley was not opposed to many of the decisions made by the Council but that in the past he had been concerned about how decisions had been reached.

Councillor Braley stated that he agreed with the list of roles and responsibilities set out in the Portfolio Holder's Terms of Reference.  However, he informed Members that he encountered difficulties due to his binary role as a Member of the Opposition and spokesperson for the Council, particularly when the Council's decisions were subject to criticism.
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


@pytest.mark.parametrize("name, text, quote", [
    ("maldon", MALDON, "This would be received at a future meeting of the Working Group."),
    ("maldon", MALDON, "on which the Working Group would report in due course"),
    ("flintshire", FLINTSHIRE, "This would be shared at the January meeting"),
    ("flintshire", FLINTSHIRE, "a full report had been scheduled for the next meeting in December"),
    ("exeter", EXETER, "A report would come before Members in due course"),
    ("nwleics", NWLEICS, "so all comments made by Committee would be considered and reflected on in the final draft"),
    # batch H (round 51's fresh pages): found by the rule written after the batch was scored, so in sample
    ("woking", WOKING, "The matter would be considered outside of the meeting."),
])
def test_a_reported_future_act_in_a_committee_record_is_a_commitment(page_rules, name, text, quote):
    assert kind_of(page_rules(name, text), quote) == "commitment"


def test_a_would_after_a_condition_is_no_promise(page_rules):
    statements = page_rules("eccleshall", ECCLESHALL)
    assert kind_of(statements, "he would stand in as Chair") is None


def test_what_was_yet_to_be_done_is_no_promise(page_rules):
    statements = page_rules("redditch", REDDITCH)
    assert kind_of(statements, "the most effective method of producing these reports was yet to be established") is None


def test_the_record_reading_keeps_its_vetoes(page_rules):
    """"Members suggested that this would ..." is a view, in a committee record as in minutes."""
    assert kind_of(page_rules("nwleics", NWLEICS), "other Members suggested that this would give no indication") != "commitment"


def test_a_wish_and_a_question_in_a_committee_record_stay_no_promise(page_rules):
    statements = page_rules("woking", WOKING)
    assert kind_of(statements, "It was hoped that resources would be allocated") is None
    assert kind_of(statements, "Officers were asked whether it would be possible") is None


def test_minutes_record_reads_the_record_of_a_meeting():
    from miner.nlp.statements_reported import minutes_record

    assert minutes_record("The Committee considered the report of the Director of Strategy and Resources")
    assert minutes_record("In response to Members' questions, the Leader reported the following updates:-")
    assert minutes_record("Councillor Jones proposed that ... This was duly seconded and agreed by the Committee.")
    assert minutes_record("Meeting: 15/11/2018 - Corporate Resources Overview & Scrutiny Committee (Item 58)")
    assert not minutes_record("The Council will consider the report at its meeting in March.")
    assert not minutes_record("This report sets out the Council's priorities for 2024/25.")
