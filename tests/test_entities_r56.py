"""Entities round 56: round 55's batch E errors on fresh committee pages of other councils (no entities gold; the
pages' text is quoted here from the councils' public pages, addresses below and in annotations/README.md "Entities
round 56"). Two areas' bodies of one kind named together with both areas are one name ("Dorset and Bournemouth,
Christchurch & Poole Safeguarding Adults Boards"), not the first place; "a"/"an" before a body after "to <verb>" in
a duty's words names a kind ("required every Local Authority to have a Crime and Disorder Committee"); a select
commission is a scrutiny committee (BOARD), not an inspectorate; a long form's comma before its bracketed acronym is
no part of it; a council's formal name "Vale of Glamorgan Council" is an ORG; a terms-of-reference item's verb opens
no name ("Benchmarking service outcomes"). (A body's review named by the body and "Review" stays a programme, as
round 46's "Youth Service Review" has it: the lead took back this round's reading of it as the body.) Each text is
read as one unit of one paper."""

from __future__ import annotations

import pytest

from conftest import unit_mentions

# Bournemouth, Christchurch and Poole, Dorset and BCP Safeguarding Adults Boards annual report
# (democracy.bcpcouncil.gov.uk/mgAi.aspx?ID=11841)
BCP_CHAIR = ("The Independent Chair, Dorset and Bournemouth, Christchurch & Poole Safeguarding Adults Boards presented "
             "the Boards Annual Report (2021/22), a copy of which had been circulated to each Member.")
BCP_SABS = ("It was a statutory requirement for the Dorset & BCP Safeguarding Adults Boards (SABs) to publish an "
            "Annual Report each year and to present that report to the Council's Health & Wellbeing Board.")
BCP_ONE = ("During this year the Board had agreed to join together with the Dorset Safeguarding Adults Board for "
           "meetings and subgroups.")
# Brentwood, Crime and Disorder Partnership (brentwood.moderngov.co.uk/ieDecisionDetails.aspx?ID=811)
BRENTWOOD = ("Section 19 of the Police and Justice Act 2006 required every Local Authority to have a Crime and "
             "Disorder Committee with the power to review, scrutinise, and make reports and recommendations regarding "
             "the functioning of the CSP.")
# Gloucestershire, Youth Justice Management Plan (glostext.gloucestershire.gov.uk/ieIssueDetails.aspx?IId=30453)
GLOS_DUTY = ("Cllr Boyles informed Cabinet that the Council, working with statutory partners, (Police, Health and "
             "Probation Services), had a duty to publish an Annual Youth Justice Plan, outlining the funding and "
             "activities of the Youth Offending Service.")
GLOS_BOARD = ("Local Governance for the Youth Offending Service is provided by the Gloucestershire Youth Justice "
              "Partnership Board, (GYJPB), comprising senior representatives from each of the statutory partners.")
# Oxfordshire, Youth Justice Plan 2006/07
# (mycouncil.oxfordshire.gov.uk/ceListDocuments.aspx?CommitteeId=115&MeetingId=1005&F=CA160506-05.htm)
OXON = ("1. Each Youth Justice Service is required by statute to produce an annual Youth Justice Plan (download as "
        ".doc file) for approval by the constituent agencies that are responsible for the service.")
# Rotherham, scrutiny review of domestic abuse update (moderngov.rotherham.gov.uk/mgAi.aspx?ID=70239)
ROTHERHAM = ("Chrissy had attended the meeting in relation to the Scrutiny Review of Domestic Abuse that had been "
             "undertaken by the Improving Lives Select Commission and accepted by Cabinet on 5th February, 2014.")
# Vale of Glamorgan, Youth Offending Service service plan (round 54's batch D), its heading
VALE = "Agenda Item No 5\n\n\nThe Vale of Glamorgan Council\n\n\nScrutiny Committee (Housing and Public Protection)"
# Windsor and Maidenhead, Drug and Alcohol Action Team review (rbwm.moderngov.co.uk/mgAi.aspx?ID=1800)
RBWM = ("Members were informed that the Task & Finish Group terms of reference included:\n\n1.  Benchmarking service "
        "outcomes.\n\n2.  Reviewing best practice.")


@pytest.mark.parametrize("text, name, label", [
    (BCP_CHAIR, "Dorset and Bournemouth, Christchurch & Poole Safeguarding Adults Boards", "BOARD"),
    (BCP_SABS, "Dorset & BCP Safeguarding Adults Boards", "BOARD"),
    (GLOS_BOARD, "Gloucestershire Youth Justice Partnership Board", "BOARD"),
    (GLOS_BOARD, "GYJPB", "BOARD"),
    (ROTHERHAM, "Improving Lives Select Commission", "BOARD"),
    (VALE, "Vale of Glamorgan Council", "ORG"),
    # negatives beside the fixed spans: the bodies around them stay
    (BCP_ONE, "Dorset Safeguarding Adults Board", "BOARD"),
    (BCP_SABS, "Health & Wellbeing Board", "BOARD"),
    (GLOS_DUTY, "Youth Offending Service", "SERVICE"),
    (GLOS_BOARD, "Youth Offending Service", "SERVICE"),
])
def test_a_name(services_nlp, text, name, label):
    assert unit_mentions(services_nlp, text).get(name, (None,))[0] == label


@pytest.mark.parametrize("text, name", [
    (BCP_CHAIR, "Dorset"),
    (BCP_SABS, "Dorset"),
    (BRENTWOOD, "Crime and Disorder Committee"),
    (GLOS_BOARD, "Gloucestershire Youth Justice Partnership Board,"),
    (OXON, "Youth Justice Service"),
    (RBWM, "Benchmarking service"),
])
def test_no_name(services_nlp, text, name):
    assert name not in unit_mentions(services_nlp, text)


@pytest.mark.parametrize("text, name, label", [
    # (written for the probe) a paper's own new body or plan after "a"/"an", with no duty's words, stays
    ("We have established an Improvement Board to oversee the work.", "Improvement Board", "BOARD"),
    ("The Council has agreed to establish a Devolution Priority Programme with partners.",
     "Devolution Priority Programme", "PROGRAMME"),
    # a plan a law requires after "a"/"an" stays a name (the tuned gold's "to produce an Integrated Care Strategy")
    (GLOS_DUTY, "Annual Youth Justice Plan", "PROGRAMME"),
    # a place before one body, with no second area, stays the body's own place
    ("The Dorset Safeguarding Adults Board met in March.", "Dorset Safeguarding Adults Board", "BOARD"),
])
def test_own_body_stays(services_nlp, text, name, label):
    assert unit_mentions(services_nlp, text).get(name, (None,))[0] == label


def test_a_scrutiny_select_committee_is_a_board_not_an_inspectorate(services_nlp):
    # (written for the probe) an inspectorate with "Commission" in its name stays one
    found = unit_mentions(services_nlp, "The Care Quality Commission inspected the home in May.")
    assert found.get("Care Quality Commission", (None,))[0] == "INSPECTORATE"
