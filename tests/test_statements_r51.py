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

from conftest import kind_of, page_text

# https://democracy.maldon.gov.uk/ieIssueDetails.aspx?IId=19541&Opt=3 (opening, as the library's `pages` corpus stores it)
MALDON = page_text("maldon_scrutiny_annualreport")


# http://committeemeetings.flintshire.gov.uk/ieIssueDetails.aspx?IId=24838&LLL=0&Opt=3 (opening, as the library's `pages` corpus stores it)
FLINTSHIRE = page_text("flintshire_scrutiny_councilplan")


# http://committees.exeter.gov.uk/mgAi.aspx?ID=37987 (opening, as the library's `pages` corpus stores it)
EXETER = page_text("exeter_portfolio_statements")


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
ECCLESHALL = page_text("eccleshall_footpaths_2019-09-04")


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
WOKING = page_text("woking_scrutiny_workprogramme")


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
