"""Tracker verdicts on changes by an amount, parts of a whole, and the words later papers use for done.

Sentences are written for these tests, in the style of the round-19 tracker probes (a carers strategy, a
children's improvement plan, a waste strategy, a town centre plan, a community safety plan, each with its
later progress report)."""

from __future__ import annotations

import pytest

from miner import track
from miner.nlp.specificity import is_measurable
from miner.track_judge import relation_of
from miner.track_names import quoted_names
from miner.track_passages import Passage
from miner.verdicts import _direction, numeric_target
from test_track import _a_year_on, _add_claim, _paper

DATES = ("2023-03-07", "2024-12-04")


def _verdict(aim: str, news: str, figures: list[tuple], deadline: str | None = None):
    before, later = _a_year_on(aim, news, deadline=deadline, dates=DATES)
    for n, (quote, value, unit, fields) in enumerate(figures):
        _add_claim(later, f"c{n}", quote, value, unit, **fields)
    return track.track([before, later]).verdicts[0]


ASB = "We will reduce anti-social behaviour incidents reported to the police by 10% by March 2024."
ASB_NEWS = "Police recorded 2,214 anti-social behaviour incidents in 2023/24, 6% fewer than the 2,355 in 2022/23."
ASB_FIGURES = [("6%", 6.0, "%", {"indicator": "anti_social_behaviour", "direction": "down"})]


def test_a_change_short_of_the_promised_amount_is_missed_after_the_deadline_and_under_way_before():
    v = _verdict(ASB, ASB_NEWS, ASB_FIGURES, deadline="2024-03")
    assert v.status == "not_delivered" and "6% fewer" in v.evidence[0].quote
    assert _verdict(ASB, ASB_NEWS, ASB_FIGURES, deadline="2026-03").status == "in_progress"
    met = ASB_NEWS.replace("6% fewer", "12% fewer")
    assert _verdict(ASB, met, [("12%", 12.0, "%", {"indicator": "anti_social_behaviour", "direction": "down"})],
                    deadline="2024-03").status == "delivered"


def test_the_promises_own_starting_figure_is_where_it_began_not_a_miss():
    aim = "We will reduce the number of first-time entrants to the youth justice system from 38 to 30 a year."
    news = "First-time entrants to the youth justice system fell from 38 in 2022/23 to 33 in 2023/24."
    v = _verdict(aim, news, [("38", 38.0, "count", {"indicator": "first_time_entrants", "as_of": "2022-23"}),
                             ("33", 33.0, "count", {"indicator": "first_time_entrants", "as_of": "2023-24"})])
    assert v.status == "in_progress"


def test_part_of_what_was_delivered_in_use_is_no_shortfall():
    aim = "We will open a Business Enterprise Centre offering 30 start-up units at Canal Wharf in 2023."
    news = "The Business Enterprise Centre at Canal Wharf opened in September 2023 and 24 of its 30 units are let."
    v = _verdict(aim, news, [("24", 24.0, "count", {"metric": "its 30 units"}), ("30 units", 30.0, "count", {"metric": "units"})])
    assert v.status == "delivered"
    short = "The Business Enterprise Centre at Canal Wharf opened in September 2023 with 24 of the 30 units planned."
    assert _verdict(aim, short, [("24", 24.0, "count", {"metric": "units"})]).status != "delivered"


def test_a_whole_told_by_its_parts_is_all_of_it():
    aim = "We will install 15 new CCTV cameras in the town centre and Fenby by March 2024."
    news = "Fifteen new CCTV cameras went live in October 2023, 11 in the town centre and 4 in Fenby."
    v = _verdict(aim, news, [("11", 11.0, "count", {"metric": "new CCTV cameras"}),
                             ("4", 4.0, "count", {"metric": "new CCTV cameras"})], deadline="2024-03")
    assert v.status == "delivered"
    fewer = "New CCTV cameras went live in October 2023, 6 in the town centre and 4 in Fenby."
    assert _verdict(aim, fewer, [("6", 6.0, "count", {"metric": "new CCTV cameras"}),
                                 ("4", 4.0, "count", {"metric": "new CCTV cameras"})], deadline="2024-03").status == "not_delivered"


def test_a_count_to_add_with_no_date_is_under_way_when_part_is_done_but_a_yearly_minimum_is_missed():
    aim = "We will train 400 night-time economy staff in the Ask for Angela scheme."
    news = "312 bar and door staff have been trained in the Ask for Angela scheme."
    assert _verdict(aim, news, [("312", 312.0, "count", {"metric": "staff"})]).status == "in_progress"
    yearly = "We will train at least 400 night-time economy staff a year in the Ask for Angela scheme."
    news = "312 bar and door staff were trained in the Ask for Angela scheme in 2023/24."
    assert _verdict(yearly, news, [("312", 312.0, "count", {"metric": "staff", "as_of": "2023-24"})]).status == "not_delivered"


def test_a_measure_named_by_its_noun_is_the_one_the_promise_names_by_its_verb():
    aim = ("Our priority is to raise the proportion of carers who report being satisfied with support from 36% to 45% "
           "in the 2023/24 survey.")
    news = "In the 2023/24 survey the proportion of carers reporting satisfaction with support fell to 34%, against 36%."
    v = _verdict(aim, news, [("34%", 34.0, "%", {"metric": "satisfaction with support", "direction": "down"})],
                 deadline="2024-03")
    assert v.status == "not_delivered"


@pytest.mark.parametrize("aim, target, direction", [
    ("We will bring 60 long-term empty homes back into use each year.", 60, "up"),
    ("We will resurface 120 miles of the county's road network in 2021/22.", 120, "up"),
    ("We will extend the garden waste subscription service to 30,000 households by March 2025.", 30000, "up"),
])
def test_counts_and_reach_to_aim_at(aim, target, direction):
    assert numeric_target(aim) == target and _direction(aim) == direction


@pytest.mark.parametrize("sentence", [
    "CarerLine, the new advice line provided by Crosslands Advice since January 2024, answered 2,310 calls.",
    "Police, health and children's social care staff have worked side by side at Riverside House since November 2023.",
    "All social work teams have now been trained in Signs of Safety.",
    "Families Together began working with families in May 2023.",
    "A Public Spaces Protection Order covering the riverside was made in August 2023.",
    "The Makers' Market has run on the first Saturday of every month since April 2023.",
    "| Riverside PSPO | Green | In force |",
])
def test_the_words_a_later_paper_uses_for_done(sentence):
    p = Passage("d", "2024-12-04", None, "2.1", 0, len(sentence), sentence)
    assert relation_of("We will deliver the action by March 2024", p) == "supports"


def test_not_yet_done_is_not_done():
    for sentence in ("Staff have not been trained yet.", "The order has not been made."):
        p = Passage("d", "2024-12-04", None, "2.1", 0, len(sentence), sentence)
        assert relation_of("We will deliver the action by March 2024", p) != "supports"


def test_a_name_in_quotes_links_the_paragraph_that_uses_it():
    assert quoted_names("We will launch a new customer portal, 'My Brackenridge', by June 2023.") == {"my brackenridge"}
    assert quoted_names("We will be judged 'Good' by Ofsted.") == set()
    aim = "We will launch a new customer portal, 'My Brackenridge', by June 2023, giving residents a single online account."
    news = "The My Brackenridge account went live in September 2023, three months later than planned."
    before = _paper("a1", "Eastshire Council", "2023-01-10", [("2.1", "priorities", aim)], (aim,))
    later = _paper("a2", "Eastshire Council", "2024-01-09", [("3.2", "other", news),
                                                            ("3.3", "other", "Webchat handled 9,200 chats.")])
    v = track.track([before, later]).verdicts[0]
    assert v.status == "delivered" and v.evidence[0].section_path == "3.2"


def test_every_one_of_a_group_is_a_measure():
    assert is_measurable("We will ensure every card holder has a contingency plan recorded.")
    assert not is_measurable("We will ensure everyone is treated with respect.")


def test_two_promises_joined_in_one_sentence_are_two_statements():
    from miner.nlp.pipeline import load_base
    from miner.nlp.statements import _sentences_of

    nlp = load_base()
    joined = ("We will resurface 120 miles of roads in 2021/22 through the Capital Programme, and we will reduce the "
              "backlog of potholes awaiting repair to below 1,000 by the end of 2021/22.")
    assert [s.text for s in _sentences_of(nlp(joined))] == [
        "We will resurface 120 miles of roads in 2021/22 through the Capital Programme",
        "we will reduce the backlog of potholes awaiting repair to below 1,000 by the end of 2021/22."]
    for one in ("These are the services that we will provide and we will review.",  # no second subject's promise
                "The SEND service will maintain the plans, and will review them annually."):
        assert len(_sentences_of(nlp(one))) == 1
