"""Tracker round 27 (annotations/README.md): false `delivered` and `not_delivered` verdicts read across the corpus. A
later paper about another year's budget or another meeting's minutes, a minuted decision to do something, and a
runner-up passage's cued sentence about something else are no news of a promise done; a figure on a measure the
promise's direction word does not act on contradicts nothing.

Real sentences from parish minutes in corpus/parish (Stoke Ferry, Wretton) and Kent County Council papers in
corpus/kent, each of which made a false `delivered` before this round; a line written for a test says so."""

from __future__ import annotations

from miner import track_links
from miner.model import Claim, Specificity, Statement
from miner.track_judge import _news_of, judge
from miner.track_passages import Passage, Promise
from miner.track_text import another_instance, has_cue, instance_dates
from miner.verdicts import _aimed_elsewhere, _contradiction
from test_track_verdicts_r24 import _pair

# Stoke Ferry parish minutes 13 Jan 2016 and 8 Jan 2020; Wretton parish minutes 3 Nov 2014, 7 Nov 2016, 23 Jan 2017
# and 6 Jan 2020
BUDGET_2016 = "To discuss and agree the budget for the financial year 2016/2017"
CONTRACT_2020 = ("08/20 To Approve the Grounds Maintenance Contract 2020/21 The Parish Council agreed the quote for "
                 "grounds maintenance received from its current contractor for the next financial year")
BUDGET_2015 = ("Councillors were presented with a budget update and asked to consider the budget needs for 2015 as the "
               "precept will be set at the January meeting of the Parish Council.")
PRECEPT_2020 = ("Budget needs and precept request for 2020/21 Councillors were presented with a current budget position "
                "and this was considered in preparation for setting the 2020/21 budget and precept request. It was "
                "agreed to set a budget and precept request of £5139.")
MINUTES_PROMISE = "The minutes of the meeting held on 03.10.16 will be agreed at the next meeting of the Parish Council."
MINUTES_AGREED = "The Minutes of the meetings held on 07.11.16 and 29.11.16 were agreed as a true record."
PATHWAY = "The Clerk agreed to contact Norfolk County Council to ask that they clean the pathway on Boughton Road."
REPRESENT = ("It was agreed that Cllr Sue Lintern would represent the Council at Norfolk Association of Local Councils "
             "as they were asking for members to attend and represent their Councils.")


def test_the_dates_that_say_which_one_of_a_recurring_thing():
    assert instance_dates(BUDGET_2016) == (frozenset(), frozenset({2016, 2017}))
    assert instance_dates(CONTRACT_2020)[1] == {2020, 2021}
    assert instance_dates(MINUTES_AGREED)[0] == {"2016-11-07", "2016-11-29"}  # both meetings of the list
    assert instance_dates("Clerk to report to Highways.") == (frozenset(), frozenset())


def test_another_years_budget_or_another_meetings_minutes_is_another_instance():
    assert another_instance(BUDGET_2016, CONTRACT_2020, CONTRACT_2020)
    sentence = "It was agreed to set a budget and precept request of £5139."
    assert another_instance(BUDGET_2015, sentence, PRECEPT_2020)  # the year is in the passage, not the sentence
    assert another_instance(MINUTES_PROMISE, MINUTES_AGREED, MINUTES_AGREED)
    # the same year's, or a promise naming no year: the rule says nothing (the last line written for the test)
    assert not another_instance(BUDGET_2016, "The budget for 2016/17 was agreed at £5,000.", "")
    assert not another_instance("Clerk to report to Highways.", MINUTES_AGREED, MINUTES_AGREED)
    assert not another_instance("The minutes of the meeting held on 07.11.16 will be agreed.", MINUTES_AGREED, "")


def test_news_of_another_instance_is_a_mention():
    pr, c = _pair(BUDGET_2015, PRECEPT_2020, made="2014-11-03", reported="2020-01-06", path="8")
    assert _news_of(pr, c)[0] == "mentions"
    pr, c = _pair(MINUTES_PROMISE, MINUTES_AGREED, made="2016-11-07", reported="2017-01-23", path="3")
    assert _news_of(pr, c)[0] == "mentions"


def test_a_minuted_decision_to_do_something_is_no_report_of_it_done():
    assert not has_cue("supports", REPRESENT)
    assert not has_cue("supports", "It was agreed for the Clerk to advise the Handyman to spend time on litter picking.")
    pr, c = _pair(PATHWAY, REPRESENT, made="2020-01-08", reported="2020-11-11", path="h1.p19-3")
    assert _news_of(pr, c)[0] == "mentions"
    # a thing agreed is still done ("The 2025-26 revenue budget for the Council was agreed by County Council on 13th
    # February 2025", Kent revenue budget 2025-26; the second line written for the test)
    assert has_cue("supports", "The 2025-26 revenue budget for the Council was agreed by County Council on 13th February 2025.")
    assert has_cue("supports", "The Local Offer was agreed with parents and carers in June.")


def test_a_runner_up_speaks_by_its_closest_sentence_or_its_list_not_by_another_cued_sentence():
    # Kent ICS delivery plan (30 Jan 2025) and the Kent family hubs consultation report (13 Mar 2025): the runner-up's
    # closest sentence says nothing done; another of its sentences has a done cue about other work
    aim = "Public Health Champions training (2 cohorts annually)"
    linked = "Public Health spending plans to be confirmed at the next budget meeting."  # written for the test
    other = ("We also presented to the Public Health Team on the benefits of Green Social Prescribing. A number of care "
             "homes have been trained as Service Champions as part of their application to become Veteran Aware "
             "Accredited.")
    st = Statement("s", "a1", None, None, "priority", aim, 0, len(aim), specificity=Specificity(deliverable=True))
    pr = Promise(st, "a1", "2025-01-30", "Kent County Council")
    cands = [track_links.Candidate(Passage("a2", "2025-03-13", None, "h1", 0, len(linked), linked), {}, 0.26),
             track_links.Candidate(Passage("a2", "2025-03-13", None, "h12.p1", 0, len(other), other), {}, 0.24, linked=False)]
    assert judge(pr, cands, [], 1).status != "delivered"
    # the same runner-up in a list of achievements still speaks for its item
    listed = Passage("a2", "2025-03-13", None, "h12.p1", 0, len(other), other, section_kind="achievements")
    cands[1] = track_links.Candidate(listed, {}, 0.24, linked=False)
    assert judge(pr, cands, [], 1).status == "delivered"


# Kent ICS priorities delivery plan (30 Jan 2025) and Quarterly Performance Report (4 Mar 2025); Kent revenue budget
# 2025-26 and its risk register (30 Jan 2025)
CHECKS_MODEL = ("Model of NHS Health Checks in place with upstream prevention, delay and treatment to reduce/mitigate "
                "risk of LTCs including among underserved groups.")
CHECKS_DONE = ("This represents a reduction of 9.3% (-784) from the 8,462 checks delivered in the previous quarter in "
               "line with seasonal trends, however an increase of 4.9% (+356) delivered in the same quarter the "
               "previous year.")
DEFICIT = ("This additional funding, along with the extra funding from the DfE and the Council in 2022-23 will have "
           "reduced the accumulated deficit from an estimated £227m to £96.6m as at 31st March 2025.")
SAFETY_VALVE = ("This risk has been substantially mitigated by a Safety Valve agreement with Department for Education "
                "(DfE), which includes £140m of DfE funding, contingent on keeping spend to an agreed trajectory.")


def _claim(text: str, quote: str, value: float, unit: str, indicator: str, direction: str | None = None) -> Claim:
    at = text.index(quote)
    return Claim("c", "a2", None, None, quote, at, at + len(quote), value, unit, indicator=indicator, direction=direction)


def _with_claims(aim: str, news: str, indicators: set[str], *claims: Claim) -> tuple[Promise, track_links.Candidate]:
    pr, c = _pair(aim, news, made="2025-01-30", reported="2025-03-04", path="5.1")
    pr.indicators |= indicators
    c.passage.claims.extend(claims)
    return pr, c


def test_a_direction_acting_on_another_thing_sets_no_way_for_the_measure_named_before_it():
    rise = _claim(CHECKS_DONE, "+356", 356, "count", "health_checks", "up")
    assert _aimed_elsewhere(CHECKS_MODEL, rise)
    assert _contradiction(*_with_claims(CHECKS_MODEL, CHECKS_DONE, {"health_checks"}, rise)) is None
    funding = _claim(SAFETY_VALVE, "£140m", 140_000_000, "GBP", "grant_funding")
    assert _aimed_elsewhere(DEFICIT, funding)
    assert _contradiction(*_with_claims(DEFICIT, SAFETY_VALVE, {"grant_funding", "dsg_deficit"}, funding)) is None
    # the measure the direction acts on, before or after the verb, still moves the wrong way (written for the test)
    fall = _claim(CHECKS_DONE, "-784", -784, "count", "health_checks", "down")
    for aim in ("Increase the number of NHS Health Checks delivered each quarter.",
                "The number of NHS Health Checks delivered each quarter will increase."):
        assert not _aimed_elsewhere(aim, fall)
        assert _contradiction(*_with_claims(aim, CHECKS_DONE, {"health_checks"}, fall)) is not None


def test_a_promise_to_do_something_each_time_is_under_way_when_done_once():
    # Kent commissioning plan report (30 Jan 2025): a standing practice, done once. Tracker round 32: the EqIA paragraph
    # (9.1) first used here is the March 2025 report on the Minerals and Waste Local Plan, another matter than the
    # consultations promised (`track_judge.another_occasion`), so the one done is written to name a consultation
    real = "An equality impact assessment (EQIA) has been completed, and no equality implications have been identified."
    done = ("An equality impact assessment (EQIA) has been completed for the consultation, and no equality implications "
            "have been identified.")
    each = ("An equality impact assessment will be completed as part of each individual consultation process that "
            "follows on from the Commissioning Plan.")
    once = "An equality impact assessment will be completed for the Commissioning Plan."  # written for the test
    statuses = []
    for aim in (each, once):
        pr, c = _pair(aim, done, made="2025-01-30", reported="2025-03-04", path="9.1")
        statuses.append(judge(pr, [c], [], 1).status)
    assert statuses == ["in_progress", "delivered"]
    pr, c = _pair(each, real, made="2025-01-30", reported="2025-03-04", path="9.1")
    assert judge(pr, [c], [], 1).status == "no_evidence"
