"""Tracker round 48 (annotations/README.md): a work plan's "ensure X is installed" kept by a later report of the
installation.

Read off Newton St Cyres' tune half once statements round 64 found its work-plan lines: "To ensure crossing is
installed in 2021" was linked to the annual meeting's "A highlight ... has been the installation of the Pedestrian
Crossing" but judged `mentions`. What "ensure" asks be done to its subject ("X is installed") is the promised act
(`track_text.promised_acts`), and a past-tense copula before the act's noun ("has been the installation of") tells it
done (`track_text._nominal_done`; nouns the stemmer joins to their verb in cue list `act_nouns`).

Text quoted from Newton St Cyres Parish Council's pages (corpus/web, addresses in corpus/MANIFEST.tsv):
https://www.middevonparish.co.uk/newtonstcyres/parish-council-action-plan-and-work-responsibilities/ (the work plan)
https://middevonparish.co.uk/newtonstcyres/past-minutes-2014-to-2023/minutes-from-parish-council-meetings-2022/minutes-from-annual-parish-meeting-2022
"""

from __future__ import annotations

import pytest

from miner.track_judge import relation_of
from miner.track_passages import Passage
from miner.track_text import did_the_act, promised_acts

PROMISE = "To ensure crossing is installed in 2021"
HIGHLIGHT = ("A highlight for Newton St Cyres over the past year has been the installation of the Pedestrian Crossing in "
             "the Village Centre. It was a long time coming and took a lot of effort by a lot of people. But it does go "
             "to show that perseverance often wins in the end.")
# the same work plan's other lines: their acts stay as they were
MAINTAIN = "To maintain an allotment when demanded by 6 parishioners"


def _passage(text: str, date: str = "2022-04-06") -> Passage:
    return Passage("apm-2022", date, None, "p", 0, len(text), text)


def test_what_ensure_asks_be_done_is_the_promised_act():
    assert "install" in promised_acts(PROMISE)
    assert "replace" in promised_acts("Ensure that the footpath signs are replaced")  # the noun "replacement"'s verb


@pytest.mark.parametrize("text", [
    "To ensure the verges are maintained",  # a verb that only keeps work going is no act done once
    MAINTAIN,
])
def test_no_act_from_a_steering_verb(text):
    assert not {"maintain", "maintaine", "represent"} & set(promised_acts(text))


def test_the_act_told_done_by_its_noun_after_a_past_copula():
    assert did_the_act(PROMISE, HIGHLIGHT.split(". ")[0] + ".")
    assert relation_of(PROMISE, _passage(HIGHLIGHT), "2021-05-01") == "supports"


@pytest.mark.parametrize("sentence", [
    "The next step will be the installation of the Pedestrian Crossing in the Village Centre.",  # to come
    "The installation of the Pedestrian Crossing in the Village Centre was discussed.",  # only named
    # another act's noun: the promised act is not told done
    "A highlight for Newton St Cyres over the past year has been the opening of the community shop.",
])
def test_the_noun_alone_or_to_come_is_no_act_done(sentence):
    assert not did_the_act(PROMISE, sentence)


@pytest.mark.slow
def test_newton_tune_row_delivered():
    from miner.evaluation import tracker as ev
    from miner.track import track

    _, authority, folder = ev.AUTHORITY_SETS["newton"]
    exs = list(ev.authority_extractions(authority, folder))
    res = track(exs)
    texts = {s.id: " ".join(s.text.split()) for x in exs for s in x.statements}
    got = {texts.get(v.promise_id, ""): v for v in res.verdicts}
    v = got[PROMISE]
    assert v.status == "delivered"
    assert "installation of the Pedestrian Crossing" in v.evidence[0].quote
