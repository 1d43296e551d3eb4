"""Tracker round 26 (annotations/README.md): a contradiction, or news of a promise done, must be about the promise.

Real sentences from Kent County Council papers in corpus/ (the promises from the Integrated Care Strategy delivery
plan and the draft budget of January and February 2025; the news from the Quarterly Performance Report of 4 March
2025, the economic context appendix and the family hubs consultation responses), read across the corpus with
`miner track`: each of them made a false `not_delivered` before this round."""

from __future__ import annotations

from miner import track, track_links
from miner.model import Statement
from miner.track_judge import _news_of, label_only, relation_of
from miner.track_passages import Passage, Promise, acts
from miner.verdicts import _contradiction, own_figures_named, part_of_own_figure, wholes_counted
from test_track import _paper
from test_track_verdicts_r24 import _pair as _linked

ABSENCE = "Pupil absence rates will have fallen from 7.9% in 2021/22 to below 5%."
CHECKS = "Four of the five mandated health and wellbeing checks met or exceeded target."
PLACES = "A total of 38FE across the Plan period and up to 810 temporary Year 7 places"
SECTORS = ("The rise was reasonably broad based, with six of the seven main sub sectors recording monthly increases, "
           "though the biggest gains came from clothing stores and supermarkets.")
COST_OF_LIVING = "We will support people and small businesses with the cost-of-living crisis."
AFFORD = ("We are in a deprived area and under a cost of living crisis, families will not be able to afford to pay to "
          "park in order to access the Gateway.")
REPORT_CARDS = ("Inspections in the upcoming academic year would be presented as four grades across the existing "
                "sub-categories with the overall rating to be replaced with School Report Cards from September 2025.")
NO_LONGER = ("From 1st September 2024, Ofsted inspections of state-funded schools no longer include a judgement on "
             "overall effectiveness, and outcomes of ungraded inspections no longer refer to the previous good or "
             "outstanding grade.")


def _passage(text: str, date: str = "2025-03-04") -> Passage:
    return Passage("a2", date, None, "5.1", 0, len(text), text)


def _pair(aim: str, news: str, made: str = "2025-01-30") -> tuple[Promise, track_links.Candidate]:
    return _linked(aim, news, made=made, reported="2025-03-04", path="5.1")


def test_a_part_of_a_whole_is_part_of_the_promise_only_in_the_promises_own_unit_and_figures():
    # "five" checks is no part of "below 5%"; "seven" sub sectors no part of "Year 7 places" (a school year)
    assert part_of_own_figure(ABSENCE, _passage(CHECKS)) is None
    assert part_of_own_figure(PLACES, _passage(SECTORS)) is None
    assert not own_figures_named(ABSENCE) & wholes_counted(CHECKS)
    assert not own_figures_named(PLACES) & wholes_counted(SECTORS)
    assert _contradiction(*_pair(ABSENCE, CHECKS)) is None
    # still a part: the promise's own count, in its unit (tests/test_track.py has the whole-tracker cases)
    aim = "Open two new in-house children's homes by April 2024."
    news = "The first of the two new children's homes opened in February 2024 and is Ofsted registered."
    assert part_of_own_figure(aim, _passage(news)) == news
    assert own_figures_named("Recruit 15 additional social workers.") & wholes_counted(
        "Eleven of the 15 additional posts have been filled.")
    assert not own_figures_named("Save 15% on agency spend.") & wholes_counted(
        "Eleven of the 15 additional posts have been filled.")


def test_someone_unable_to_do_something_and_a_change_made_before_the_promise_are_no_plan_dropped():
    assert _contradiction(*_pair(COST_OF_LIVING, AFFORD)) is None
    assert _contradiction(*_pair(REPORT_CARDS, NO_LONGER, made="2025-01-09")) is None
    # a consultation respondent's fear (Kent's family hubs consultation responses, March 2025; its last words added
    # here so that it shares the promise's words)
    send = "Members will need to support changes to SEND policy and services that help delivery this financial sustainability."
    fear = ("Consider those with SEN needs, the neurodivergent, discriminates against those if no longer able to access "
            "services and support for SEND policy changes.")
    assert _contradiction(*_pair(send, fear)) is None
    # a plan dropped after the promise still contradicts it, and so does one that will not now go ahead
    dropped = "In March 2025 Cabinet decided not to proceed with the cost of living support scheme for small businesses."
    assert _contradiction(*_pair(COST_OF_LIVING, dropped)) == dropped
    halted = "The cost of living support scheme for small businesses will not now be delivered."
    assert _contradiction(*_pair(COST_OF_LIVING, halted)) == halted


# real sentences: Northwold and Whittington Parish Council minutes of 2017 and 2018 (corpus/parish), Kent's
# Corporate Parenting Panel minutes of December 2024, Quarterly Performance Report of March 2025 and Integrated Care
# Strategy delivery plan (corpus/kent, corpus/pdf)
def test_a_done_sentence_keeps_a_promise_only_on_its_subject():
    website = "The final version will be available on the website."
    signed = "The minutes were signed by the Chair as a true record of the meeting."
    assert _news_of(*_pair(website, signed))[0] != "supports"
    instruct = "The Council agreed that Cllr Crisp should instruct the works based on the lower of the two quotes."
    ceiling = "A ceiling cost of £200 was agreed for the Clerk to instruct Akers."
    assert _news_of(*_pair(instruct, ceiling))[0] != "supports"
    # on its subject, a done sentence still keeps it
    boxed = "Future use of the phone box A working party will paint the phone box."
    painted = "Volunteers have painted the phone box and signage will be added to indicate the defibrillator presence."
    assert _news_of(*_pair(boxed, painted))[0] == "supports"


def test_a_figure_moving_keeps_only_a_promise_to_move_it_that_way():
    duties = ("These duties involve ensuring the delivery of local authority social care functions for children and "
              "young people.")
    fewer = ("The number of unaccompanied asylum-seeking children (UASC) in care decreased by 80 to 475, with some of "
             "these young people awaiting transfer to another local authority under the National Transfer Scheme.")
    assert relation_of(duties, _passage(fewer)) != "supports"
    # written for this test: a promise to reduce the same number
    assert relation_of("Reduce the number of unaccompanied asylum-seeking children in care.", _passage(fewer)) == "supports"



def test_a_question_asked_about_work_done_is_no_news_of_it():
    # real sentence: Kent County Council minutes of 13 March 2025
    asked = ("Mr Brady questioned what invest to save programs had been implemented in the last four years and what "
             "had been implemented from Framing Kent's Future.")
    assert relation_of("Framing Kent's Future priority.", _passage(asked)) != "supports"
    # written for this test: the answer reports it
    told = "The invest to save programmes of Framing Kent's Future have been implemented."
    assert relation_of("Framing Kent's Future priority.", _passage(told)) == "supports"


def test_the_minutes_approved_and_routine_payments_are_no_decision_to_track():
    # real sentences: Northwold and Whittington Parish Council minutes of 2 February 2016 and 7 March 2017
    for text in ("The minutes were approved by all Councillors present and signed by the Chairman as a true record of "
                 "the meeting held on 7th February 2017.",
                 "TO APPROVE AND SIGN THE MINUTES OF THE MEETING held 7th February 2017",
                 "It was agreed to approve the payments of the following outstanding invoices and the cheques were "
                 "approved and signed by Cllr. R. Crisp and Cllr. A. Collins.",
                 # the act done at the meeting itself (Northwold minutes; Kent's treasury management meeting note)
                 "This was approved, all agreed.",
                 "The treasury management consultant agreed that no changes were necessary."):
        assert not acts(Statement("s", "a1", None, None, "decision", text, 0, len(text))), text
    # decisions that commit to act are still tracked (Kent Cabinet minutes of 30 January 2025; a parish purchase,
    # written for this test)
    for text in ("RESOLVED that Cabinet agree to transfer the statutory functions delivered by the 18-25 section of the "
                 "Strengthening Independence Service.",
                 "It was agreed to purchase a new noticeboard for the village hall.",
                 "It was agreed that the Clerk should seek three quotes, before the May meeting."):  # Northwold
        assert acts(Statement("s", "a1", None, None, "decision", text, 0, len(text))), text


def test_a_heading_taken_for_a_priority_is_never_done_or_under_way():
    # real lines: "Public Health" and "Adult Social Care", headings of Kent's draft budget and Integrated Care
    # Strategy papers that the statements layer took for priorities, each once judged delivered or in progress
    assert label_only("Public Health") and label_only("Adult Social Care")
    assert not label_only("Open the new unit") and not label_only("Reduce caseloads.")
    before = _paper("a1", "Northshire Council", "2023-03-01", [("2.1", "priorities", "Public Health")], ("Public Health",))
    later = _paper("a2", "Northshire Council", "2024-03-01", [
        ("3.1", "other", "The Public Health restructure has been completed and the new Public Health team is in place.")])
    v = track.track([before, later]).verdicts[0]
    assert v.status in ("unmeasurable", "no_evidence") and all(e.relation == "mentions" for e in v.evidence)


def test_a_question_or_a_recommendation_saying_work_goes_on_is_no_news_of_progress():
    # real sentences: Kent County Council questions to the Cabinet of January 2025 and the budget recommendations
    # of February 2025 (corpus/pdf, corpus/kent)
    aim = "All NHS organisations and local authorities will make progress towards their net-zero targets."
    asked = ("Can the Cabinet Member please confirm whether the close work with East Kent Hospital Trust on net-zero "
             "targets is continuing?")
    assert _news_of(*_pair(aim, asked))[0] != "progresses"
    aim = "The unavoidable pressures will be realigned in the MTFP."
    noted = ("(r) To note the ongoing and escalating cost pressures on the Council's budget alongside insufficient "
             "funding in the local government finance settlement.")
    assert _news_of(*_pair(aim, noted))[0] != "progresses"
    # a report that it goes on still says so (written for this test)
    told = "Work to realign the unavoidable pressures in the MTFP is ongoing."
    assert _news_of(*_pair(aim, told))[0] == "progresses"
