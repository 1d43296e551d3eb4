"""Tracker round 47 (annotations/README.md): a fifth gold set on an authority no tracker round tuned on, and a
service named again in other words.

`annotations/tracker/newton_verdicts.jsonl`: every promise of Newton St Cyres Parish Council's Responsibilities & Work
Plan 2021-22 and of its Annual Parish Meeting chairman's reports of March 2021 and April 2022 (stored openings in
corpus/web, from https://middevonparish.co.uk/newtonstcyres/..., addresses in corpus/MANIFEST.tsv), each judged from
the council's later papers (minutes 2021-2023, the April 2022 and April 2023 chairman's reports). Its gold is tested with the
other sets' in tests/test_tracker_gold_sets.py.

The rule, read off the tune halves: a later passage naming a service, policy or programme the promise names, in fewer
or more words ("the SEN Transport service" for "the SEN Home to School Transport Policy": the same first and last word,
the others in order, at least half of the longer name, kind words such as "policy" or "service" aside), where few later
passages name it so, is linked at the threshold when it says what became of it (`track_names.service_names`,
`shortened`; `track_links._renamed_services`, `_renamed_links`)."""

from __future__ import annotations

import numpy as np

from miner.model import Statement
from miner.similarity import analyse
from miner.track_links import _renamed_links, _renamed_services
from miner.track_names import service_names, shortened
from miner.track_passages import Passage, Promise

AUTHORITY = "Newton St Cyres Parish Council"

# corpus/seeds/000_6cef1de8068e4e1d.txt (Medway Council, 8 March 2018; shared seed, text of the published PDF)
SEN_PROMISE = ("Following Cabinet consideration of the proposed amendments to the SEN Home to School Transport Policy and "
               "the outcome of the consultation, implement any agreed policy changes.")
# corpus/seeds/001_fd1a3b6a4ff01199.txt (Medway Council, 5 March 2020), paragraph 7.1
SEN_NEWS = ("7.1 In November 2018, the SEN Transport service moved to sit under the School Services Department (now School "
            "Admissions and Transport), alongside the mainstream home to school transport service. This move has allowed "
            "greater opportunities to increase the synergies between the SEN and mainstream transport processes. All the "
            "processes and procedures for SEN Transport have been reviewed to increase their effectiveness and to "
            "identify greater potential efficiencies.")
# corpus/pdf/QPR Q3 Cabinet appendix 1.pdf (Kent County Council, quarterly performance report, Q3 2024/25)
AMBER = "Percentage of reviews completed within timescale by the Strengthening AMBER Independence Service (18-25)"
# https://www.middevonparish.co.uk/newtonstcyres/parish-council-action-plan-and-work-responsibilities/ (work plan 2021-22)
WORK_WITH = "Work with Cllr Graeme Barnell"
ACTION_GROUP = "To support the A377 Action Group as set up by District Councillor Graeme Barnell"
AIMS = ("Newton St Cyres Parish Council will seek to develop, improve and maintain village services and facilities to "
        "the best of its ability within its budget")
# corpus/pdf/Appendix E - 2025-26 Budget by Directorate.pdf (Kent County Council, 13 February 2025): a directorate's name
DIRECTORATE = "Children, Young People and Education"


def test_a_service_named_in_capitals_is_read_without_its_kind_word():
    assert service_names(SEN_PROMISE) == {("sen", "home", "school", "transport")}
    assert ("sen", "transport") in service_names(SEN_NEWS)
    assert service_names(AMBER) == {("strengthen", "amber", "independenc")}


def test_a_person_or_the_authority_is_no_service():
    own = frozenset(analyse(AUTHORITY, False))
    assert service_names(WORK_WITH) == set()
    assert service_names(AIMS, own) == set()  # the authority's own name, its kind words aside, is nothing
    assert all("graem" not in key and "barnell" not in key for key in service_names(ACTION_GROUP))


def test_a_shortened_name_keeps_its_first_and_last_word_and_half_of_the_rest():
    assert shortened(("sen", "transport"), ("sen", "home", "school", "transport"))
    assert shortened(("strengthen", "independenc"), ("strengthen", "amber", "independenc"))
    # not the same name, nor another one sharing a word, nor a short part of a long one
    assert not shortened(("sen", "transport"), ("sen", "transport"))
    assert not shortened(("school", "depart"), ("sen", "home", "school", "transport"))
    assert not shortened(("sen", "inspect"), ("sen", "home", "school", "transport"))
    directorate = tuple(analyse(DIRECTORATE + " Adult Social Care and Health", False))
    assert not shortened(("children", "health"), directorate)


def _promise(text: str, date: str = "2018-03-08") -> Promise:
    st = Statement(id="s", document_id="p", section_id=None, section_path="1", kind="priority", text=text,
                   start=0, end=len(text))
    return Promise(st, "p", date, "Medway Council")


def _passage(doc: str, date: str, text: str) -> Passage:
    return Passage(doc, date, None, "7", 0, len(text), text)


def test_a_later_passage_naming_the_service_in_other_words_is_marked_when_few_do():
    pr = _promise(SEN_PROMISE)
    later, earlier = _passage("n", "2020-03-05", SEN_NEWS), _passage("o", "2017-03-01", SEN_NEWS)
    other = _passage("n", "2020-03-05", "School Services Department restructure completed in November 2018.")
    passages = [later, earlier, other]
    dates = np.array([p.date for p in passages])
    out = _renamed_services([pr], passages, frozenset(), dates, np.ones(3, dtype=bool), few=3).toarray()[0]
    assert out.tolist() == [1, 0, 0]
    # not where it may not be cited, nor where more later passages than `few` name it so
    assert _renamed_services([pr], passages, frozenset(), dates, np.zeros(3, dtype=bool), 3).toarray()[0].sum() == 0
    many = [later] * 4
    assert _renamed_services([pr], many, frozenset(), np.array([p.date for p in many]), np.ones(4, dtype=bool),
                             few=3).toarray().sum() == 0


def test_it_links_a_passage_saying_what_became_of_the_service_not_one_only_naming_it():
    pr = _promise(SEN_PROMISE)
    news = _passage("n", "2020-03-05", SEN_NEWS)
    named = _passage("n", "2020-03-05", "7 SEN Transport")
    assert _renamed_links(pr, [news, named], [0, 1]).tolist() == [0]


