"""Statements round 56: minutes' narrations and lead-ins the decision cues took for the meeting's act.

From the rules' false decisions on the tuned papers (round 54's Left) and fresh batch I of other councils' pages:
a council website decision page's field "Decided at meeting: 07/03/2017 - Cabinet" (the meeting's date, not a
decision); a resolution's bare lead-in with nothing resolved in it ("It was resolved –", "It was RESOLVED: -",
"Cabinet considered the report and RESOLVED (unanimous) to:", "... seconded by Councillor Gillies and RESOLVED:",
"Resolved: (For information only)"); a narration of who asked what ("b. Noted that Cllr Nickles asked ...") and a
clerk's note ("Note from Clerk that ..."); one member's remark ("A Member noted the absence ... but questioned ...")
are no statements (`not_statement`, the group's last four patterns, in patterns/statement_cues.json). The items a
lead-in introduces, a resolution that ends on "as follows:" or "for payment:", a record page's "Noted that the report
contains ..." and "Members noted the update." stay decisions.

Real text only: corpus papers (tuned for statements; none is held out or blind) with their addresses, and one fresh
page of batch I stored under tests/fixtures/pages/ (address below)."""

import pytest

from miner.nlp.statements import sentence_rule

from conftest import in_paper, kind_of, page_text


@pytest.mark.parametrize("file, quote", [
    # https://democracy.kirklees.gov.uk/ieDecisionDetails.aspx?Id=3689
    ("corpus/web/Kirklees Council - Cabinet 2017-03-07.txt", "Decided at meeting: 07/03/2017 - Cabinet"),
    # https://democracy.anglesey.gov.uk/ieDecisionDetails.aspx?ID=976&LLL=0
    ("corpus/web/Isle of Anglesey County Council - The Executive 2016-03-01.txt",
     "Decided at meeting: 01/03/2016 - The Executive"),
    # https://modern.saltash.gov.uk/ieDecisionDetails.aspx?ID=266
    ("corpus/web/Saltash Town Council - Services Committee 2025-07-17.txt",
     "Decided at meeting: 17/07/2025 - Services Committee"),
])
def test_a_decision_pages_meeting_field_is_no_statement(rules_of, file, quote):
    in_paper(file, quote)
    assert kind_of(rules_of(file), quote) is None


@pytest.mark.parametrize("file, quote", [
    ("corpus/web/Isle of Anglesey County Council - The Executive 2016-03-01.txt", "It was resolved –"),
    # https://democracy.peterborough.gov.uk/ieDecisionDetails.aspx?Id=1386
    ("corpus/web/Peterborough City Council - Cabinet 2017-11-20.txt",
     "Cabinet considered the report and RESOLVED (unanimous) to:"),
    ("corpus/web/Saltash Town Council - Services Committee 2025-07-17.txt",
     "It was proposed by Councillor Bickford, seconded by Councillor Gillies and RESOLVED:"),
    ("corpus/parish/Wereham Parish Council minutes 2016-04-12.txt", "Resolved: (For information only)"),
])
def test_a_resolutions_bare_lead_in_is_no_statement(rules_of, file, quote):
    in_paper(file, quote)
    assert kind_of(rules_of(file), quote) is None


@pytest.mark.parametrize("file, quote", [
    ("corpus/parish/Northwold Parish Council minutes 2018-06-05.txt",
     "Noted that Cllr Nickles asked Andy Wallace about the status change for the A134."),
    ("corpus/parish/Northwold Parish Council minutes 2017-03-07.txt",
     "Note from Clerk that emailed apologies were sent to the Northwold inbox"),
    ("corpus/kent/CPP Minutes 10.12.24.txt",
     "A Member noted the absence of school exclusions but questioned the number of pupils placed in Managed Moves."),
])
def test_a_narration_in_minutes_is_no_decision(rules_of, file, quote):
    in_paper(file, quote)
    assert kind_of(rules_of(file), quote) is None


# Fresh batch I (not in corpus/): Mid Suffolk District Council, Council minutes (October 2019)
# https://baberghmidsuffolk.moderngov.co.uk/ieListDocuments.aspx?CId=154&MId=2535&Ver=4
MID_SUFFOLK = page_text("midsuffolk_council_minutes_2019")


def test_a_fresh_pages_bare_resolved_line_is_no_statement(page_rules):
    assert "It was RESOLVED: -" in MID_SUFFOLK
    assert kind_of(page_rules("midsuffolk", MID_SUFFOLK), "It was RESOLVED: -") is None


# Negatives: pass on the starting commit and after.

def test_the_resolution_after_a_bare_lead_in_stays_a_decision(page_rules):
    quote = "That subject to the following amendments, the Minutes of the meeting held on 26 September 2019 be confirmed"
    assert kind_of(page_rules("midsuffolk", MID_SUFFOLK), quote) == "decision"


@pytest.mark.parametrize("file, quote", [
    # http://holmelacyparish.org.uk/holme-lacy-parish-council-playing-field-committee/minutes-playing-field-committee-17-october-2017/
    ("corpus/web/Holme Lacy Parish Council - Playing Field Committee 2017-10-17.txt",
     "RESOLVED that the following accounts be approved for payment:"),
    # https://birmingham.cmis.uk.com/birmingham/Decisions/tabid/67/ctl/ViewCMIS_DecisionDetails/mid/391/Id/991b12ad-985b-43a9-a212-5ab486a24310/Default.aspx
    ("corpus/web/Birmingham City Council - Cabinet 2018-11-13.txt",
     "Noted that the report contains draft proposals for reducing cost and generating income"),
])
def test_resolutions_with_content_stay_decisions(rules_of, file, quote):
    in_paper(file, quote)
    assert kind_of(rules_of(file), quote) == "decision"


@pytest.mark.parametrize("text", [
    "Members noted the update.",  # Kent minutes, the decision cue's own example
    "The Sub-Committee noted the update.",  # round 32's example
    "RESOLVED that the report be noted.",
])
def test_the_meetings_noting_stays_a_decision(text):
    assert sentence_rule(text, minutes=True)[0] == "decision"
