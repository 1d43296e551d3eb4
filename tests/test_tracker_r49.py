"""Tracker round 49 (annotations/README.md): a sixth gold set, the first on a principal council nobody tuned on, and
a promise in the passive future kept by a later paper saying the act is done.

`annotations/tracker/liverpool_verdicts.jsonl`: every promise of four pages of Liverpool City Council's Council Plan
2023-2027 (first published 21 September 2023: the introduction, the 10 priorities for the next 18 months, pillar 1 and
pillar 6), each judged from the council's July 2025 progress update (10 priorities, pillar 6) and monitoring page
(stored openings in corpus/web, addresses in corpus/MANIFEST.tsv):
https://liverpool.gov.uk/council/strategies-and-policies/council-plan/introduction/
https://liverpool.gov.uk/council/strategies-and-policies/council-plan/monitoring-progress
Its gold is tested with the other sets' in tests/test_tracker_gold_sets.py.

The rule, read off the tune halves: "Updates on our progress will be shared openly" names its act only as a participle
after "will be"; that participle is the promised act (`track_text.passive_acts`, states in cue list `passive_states`
and steering verbs in `not_acts` left out), so "Performance information is openly shared on the council website" keeps it.
With more promises holding an act, a past participle after "as" ("(as reported to County Council)") is read as a
reference to an earlier report, not the act done (`track_text.did_the_act`): a Kent verdict the first form alone changed.
"""

from __future__ import annotations

import pytest

from miner.evaluation import tracker as evaluation
from miner.track_judge import relation_of
from miner.track_passages import Passage
from miner.track_text import did_the_act, passive_acts, promised_acts


# https://liverpool.gov.uk/council/strategies-and-policies/council-plan/introduction/ (Council Plan 2023-2027)
SHARED = "Updates on our progress will be shared openly."
# https://liverpool.gov.uk/council/strategies-and-policies/council-plan/monitoring-progress (July 2025)
OPENLY = ("We are using a range of indicators to track progress against the ambitious outcomes set out in this plan. "
          "Performance information is openly shared on the council website - Performance - How do we measure up?.")


def _passage(text: str, date: str = "2025-07-01") -> Passage:
    return Passage("monitoring-2025", date, None, "p", 0, len(text), text)


@pytest.mark.parametrize("text, act", [
    (SHARED, "shar"),
    ("The new play equipment will be installed by the contractor in the spring.", "install"),
    ("Minutes of the meeting would be circulated to members before the next meeting.", "circulat"),
])
def test_the_participle_after_will_be_is_the_promised_act(text, act):
    assert act in passive_acts(text) and act in promised_acts(text)


@pytest.mark.parametrize("text", [
    "The report will be reviewed annually by the committee.",  # steering verbs (`not_acts`): nothing done once
    "The scheme will be developed with partners.",
    "Members will be expected to attend the training.",  # a state (`passive_states`), no act
    "The grant would be based on the number of households.",
    "Residents will be able to comment on the plans.",  # no participle
])
def test_no_act_from_a_steering_verb_or_a_state_after_will_be(text):
    assert passive_acts(text) == ()


def test_the_act_in_place_keeps_the_passive_promise():
    assert did_the_act(SHARED, OPENLY.split(". ")[1])
    assert relation_of(SHARED, _passage(OPENLY), "2023-09-21") == "supports"


@pytest.mark.parametrize("sentence", [
    "Performance information will be shared openly on the council website.",  # still to come
    "Performance information was not shared on the council website.",  # not done
    "We are using a range of indicators to track progress against the ambitious outcomes set out in this plan.",
])
def test_a_future_a_denial_or_another_act_is_no_act_done(sentence):
    assert not did_the_act(SHARED, sentence)


# corpus/kent/Council Covering Report 2025-26 Budget - FINAL.txt (Kent County Council, 13 February 2025) and
# corpus/kent/Cabinet Report 4 March 2025.txt: "as reported to" names an earlier report, it reports no act done
TO_NOTE = ("To note the information on the impact of the County Council's share of retained business rates, business rate "
           "pool and business rate collection fund balances on the revenue budget will be reported to Cabinet once it has "
           "all been received.")
AS_REPORTED = ("The net changes to share of Retained Business Rates growth/Business Rates Compensation Grant (+£42.7k) and "
               "Business Rates collection fund (+£313.3k) increase the net revenue budget requirement for 2025-26 financial "
               "year from £1,530,924.8k (as reported to County Council) to £1,531,279.8k, a small increase of £356.0k.")


def test_as_reported_names_an_earlier_report_not_the_act_done():
    assert "report" in promised_acts(TO_NOTE)
    assert not did_the_act(TO_NOTE, AS_REPORTED)
    assert not did_the_act(TO_NOTE, "As reported to Cabinet in January, the figures were not yet available.")
    assert did_the_act(TO_NOTE, "The final figures were reported to Cabinet on 4 March 2025.")  # the act itself


@pytest.mark.slow
def test_liverpool_tune_row_delivered():
    from miner.track import track

    _, authority, folder = evaluation.AUTHORITY_SETS["liverpool"]
    exs = list(evaluation.authority_extractions(authority, folder))
    res = track(exs)
    texts = {s.id: " ".join(s.text.split()) for x in exs for s in x.statements}
    got = {texts.get(v.promise_id, ""): v for v in res.verdicts}
    v = got[SHARED]
    assert v.status == "delivered"
    assert "openly shared on the council website" in v.evidence[0].quote
