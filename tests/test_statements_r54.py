"""Statements round 54: noting items where a page records a decision and where a report proposes one.

The tuned gold reads a noting item by what the page is: where the meeting's act is recorded (minutes, a council
website's decision page, a record appendix) "(1) To note ...", "Noted the ...", "That the report be noted." are
`decision`s; in a report's recommendations ("To NOTE with thanks, the contribution ...", "(i) NOTE the Inspector's
Report ...") the same words only propose, and are no statement (round 10's convention), unless the item itself states
a difficulty or a promise. The rules already read both ways so, but missed a decision page's numbered resolutions in
the subjunctive without "That" ("(1) the rationale for ... be noted;", "the draft 2010/11 Estimates ... be approved;"),
which a "RESOLVED that:" or "Decision:" line above leads, and a "That ..." resolution broken by a paragraph number
("set out in paragraph 4.8.11 be noted") or a comma ("That, in accordance with ..."). The minutes' decision cue
(`decision` in patterns/statement_cues.json) now reads them, acts and notings alike; a conditional ("Should the plan
be deemed sound ...", "should it be placed ..."), a modal ("would ... be reported on", "will possibly be given") or a
question ("will the results be made available") is not such a resolution.

Real text only: corpus papers (tuned for statements; none is held out or blind), read as the evaluation reads them,
and the Lewes decision page quoted by round 48 with its address."""

import pytest

from miner.nlp.statements import sentence_rule

from conftest import in_paper, kind_of, page_text

WEB = "corpus/web/"


@pytest.mark.parametrize("file, quote", [
    # https://councilmeetings.lewisham.gov.uk/mgDecisionDetails.aspx?IId=18572&Opt=1
    ("London Borough of Lewisham - Mayor and Cabinet 2016-03-24.txt",
     "the rationale for undertaking a review of the Allocations Policy be noted"),
    ("London Borough of Lewisham - Mayor and Cabinet 2016-03-24.txt", "the proposed changes as set out be noted"),
    # https://www2.harrow.gov.uk/mgDecisionDetails.aspx?IId=97212&Opt=1
    ("London Borough of Harrow - Cabinet 2019-06-25.txt",
     "the reference from the Overview and Scrutiny Committee be received and noted"),
    ("London Borough of Harrow - Cabinet 2019-06-25.txt",
     "a response report to the recommendations of the Review Group be submitted by the relevant Directorate(s)"),
    # https://democracy.stevenage.gov.uk/ieDecisionDetails.aspx?ID=3525
    ("Stevenage Borough Council - Cabinet 2024-11-13.txt",
     "That the revised GF MTFS financial summary, as shown in section 4.11 to this report be noted."),
    ("Stevenage Borough Council - Cabinet 2024-11-13.txt",
     "That the remaining savings target to find set out in paragraph 4.8.11 be noted and reported back"),
    ("London Borough of Bromley - Development Control Committee 2015-12-10.txt",
     "the scale of the response be noted with a further report being brought to DCC"),
    # https://moderngovwebpublic.redditchbc.gov.uk/ieDecisionDetails.aspx?AIId=3993
    ("Redditch Borough Council - Executive 2010-01-27.txt",
     "the draft 2010/11 Estimates for the Housing Revenue Account attached to the report at Appendix A, be approved"),
    # https://democracy.stockport.gov.uk/mgDecisionDetails.aspx?IId=22099&Opt=1
    ("Stockport Council - Executive Meeting 2014-10-01.txt",
     "the intention to move to a multi-year settlement in future years be endorsed"),
    ("Oldham Council - Cabinet 2023-07-17.txt",
     "That, in accordance with Section 100A(4) of the Local Government Act 1972, the press and public be excluded"),
])
def test_a_decision_pages_resolution_items_are_decisions(rules_of, file, quote):
    path = WEB + file
    in_paper(path, quote)
    assert kind_of(rules_of(path), quote) == "decision"


# Negatives: pass on the starting commit and after.

# https://democracy.lewes-eastbourne.gov.uk/mgDecisionDetails.aspx?IId=20694&Opt=1 (quoted by round 48)
LEWES = page_text("lewes_strategic_finance_decisions")


def test_a_decision_records_noting_item_stays_a_decision(page_rules):
    assert kind_of(page_rules("lewes", LEWES), "To note the establishment of the Strategic Finance Programme") == "decision"


@pytest.mark.parametrize("file, quote", [
    ("corpus/kent/Governance Update Report.txt",
     "To NOTE with thanks, the contribution and efforts of the Members of the Governance Working Party"),
    ("corpus/kent/Adoption of the Kent Minerals and Waste Local Plan 2024-2039.txt",
     "NOTE the Inspector's Report (see Appendix A) on the examination of the Kent Minerals and Waste Local Plan"),
])
def test_a_reports_noting_recommendation_is_no_statement(rules_of, file, quote):
    in_paper(file, quote)
    assert kind_of(rules_of(file), quote) is None


@pytest.mark.parametrize("file, text", [
    ("corpus/pdf/Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf",
     "Should the plan be deemed sound and legally compliant, KCC would be in a position to adopt it later this year."),
    ("corpus/kent/Minutes of the meeting held on 9th January 2025.txt",
     "The KPI for this would therefore no longer be reported on."),
    ("corpus/parish/Wretton Parish Council minutes 2020-01-06.txt",
     "Information has been passed to Councillors and consideration will possibly be given to the idea at a future "
     "meeting, if a local co-ordinator can be identified."),
    ("corpus/web/Monmouthshire County Council - County Council 2025-01-23.txt",
     "Under what criteria is the ETRO on Goldwire Lane being assessed and will the results be made available to "
     "residents and the public for full consultation and consideration before a decision is made on Goldwire Lanes' "
     "future."),
])
def test_a_conditional_modal_or_question_in_minutes_is_no_resolution(file, text):
    if file.endswith(".txt"):
        in_paper(file, text)
    rule = sentence_rule(text, minutes=True)
    assert rule is None or rule[0] != "decision", rule


def test_a_subjunctive_item_outside_minutes_is_no_decision():
    text = "(1) the rationale for undertaking a review of the Allocations Policy be noted;"
    assert sentence_rule(text, minutes=True)[0] == "decision"
    rule = sentence_rule(text, minutes=False)
    assert rule is None or rule[0] != "decision"
