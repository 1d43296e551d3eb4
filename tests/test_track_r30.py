"""Tracker round 30 (annotations/README.md): statements that are no promise, a done verb on another named thing,
another meeting's business. Real sentences from papers in corpus/ (Kent County Council papers in corpus/kent,
Norfolk parish minutes in corpus/parish); none from the tracker gold's report half."""

from miner.track_judge import another_meeting, no_promise
from miner.track_names import other_thing

KENT = frozenset({"kent", "counti", "council"})


def test_statements_that_commit_to_nothing_get_no_verdict():
    # Kent Corporate Parenting Panel minutes, 29 October 2024: a past event
    assert no_promise(("Panel\nmembers were invited to attend the Children in Care Council meetings."))
    # Kent, Director of Public Health's paper, January 2025: a fit claimed
    assert no_promise(("The priorities within Framing Kent's Future around Levelling Up, around strong community "
                           "infrastructure, environmental step change and new service models around care and support "
                           "align well with this ."))
    # Kent draft revenue budget 2025-26: what a draft holds
    assert no_promise(("The administration's draft budget includes a 4.99% proposed increase in Council Tax."))
    # Kent Cabinet minutes, 30 January 2025: a supposition
    assert no_promise(("Should the plan be deemed sound and legally compliant,\nKCC would be in a position to adopt "
                           "it later this year."))
    # Kent 18-25 transfer decision paper, January 2025
    assert no_promise(("The changes will align with the Making A Difference Everyday Adult Social Care\nvision in "
                           "Kent which sets KCC's direction of travel to support people to live as\nfull and safe a "
                           "life as possible and make informed choices."))


def test_promises_are_promises():
    # Kent Cabinet minutes, 9 January 2025 (a right `delivered`), and Wretton parish minutes, March 2016
    assert not no_promise(("Agree to submit a request to government jointly with Medway Council for Kent and Medway to be "
                       "included in the Devolution Priority Programme; and"))
    assert not no_promise(("Future use of the phone box A working party will paint the phone box."))
    assert not no_promise(("Members will be invited to attend the Children in Care Council meetings."))  # written


def test_a_done_verb_on_another_named_thing():
    # Kent Reserves Policy (February 2025) and the Family Hub review's saving in the same paper
    assert other_thing("The Council will review the Reserves Policy on an annual basis.",
                       "It is identified earlier in this report that in line with the MTFP which supports the "
                       "overarching policy position of the Council, across the financial years 24/25 and 25/26 a "
                       "target of £2m will be saved as part of a 'Review of open access services in light of "
                       "implementing the Family Hub model.'", KENT)
    # West Dereham parish minutes, December 2014 and a later meeting
    assert other_thing("It was agreed that this was a health and safety issue and should be reported to Highways for "
                       "action.", "LH noted that the Health & Safety Policy had been reviewed.")
    # Kent Corporate Parenting Panel minutes, October 2024 and the next meeting
    assert other_thing("The Chair agreed to write to group leaders to remind Members of their duty as\na Corporate "
                       "Parent, and to extend an invitation to attend Panel meetings.",
                       "The Chair reminded the Panel of the Corporate Parenting Christmas campaign asking that those "
                       "who could contribute and publicise.")


def test_the_same_thing_done_is_kept():
    # Kent Cabinet minutes, 9 and 30 January 2025: the request made, the decision awaited
    assert not other_thing("Agree to submit a request to government jointly with Medway Council for Kent and Medway "
                           "to be included in the Devolution Priority Programme; and",
                           "(e) Mr Jeffrey noted that whilst a decision was awaited from Government on Kent's "
                           "inclusion on the Devolution Priority Programme, and the potential postponement of "
                           "elections, the response was required imminently to ensure adequate preparation.", KENT)
    # West Dereham parish minutes, June 2016 and the next meeting
    assert not other_thing("Clerk to report to Highways.",
                           "30mph signs on Village Gateways The Clerk had continually chased Highways to replace the "
                           "signs and have now reported the problem to Norfolk County Council Highways and to Karl "
                           "Rands, Area Manager BCKWLN Highways.")
    # Wretton parish minutes, March 2016 and a later meeting
    assert not other_thing("Future use of the phone box A working party will paint the phone box.",
                           "Volunteers have painted the phone box and signage will be added to indicate the "
                           "defibrillator presence.")
    # Kent Cabinet minutes, 30 January 2025, and the budget monitoring report after
    assert not other_thing("RESOLVED that Cabinet considered the proposed amendments from Cabinet Committees and "
                           "endorsed the draft budget to be presented to County Council on 13th February for final "
                           "decisions.",
                           "The 2025-26 revenue budget for the Council was agreed by County Council on 13th February "
                           "2025.", KENT)


def test_the_next_meeting_a_year_on_is_another_meeting():
    # Northwold parish minutes, 7 March 2017, and the payments approved at the meeting of June 2018
    assert another_meeting("Payment to be approved at next meeting.", "2017-03-07", "2018-06-05")
    assert not another_meeting("Payment to be approved at next meeting.", "2017-03-07", "2017-04-04")
    assert not another_meeting("Clerk to report to Highways.", "2016-06-02", "2017-06-02")
