"""Judging: what a promise's linked passages say happened, which paragraph to cite, and the verdict.

Contradiction (rules in `miner/verdicts.py`: an inspection judged below Good after a promise about
an inspection, an indicator moving the wrong way, a missed numeric target, a dropped plan) beats
completion, which beats still under way / repeated as a later priority. What a passage says
(`relation_of`, cues in `patterns/verdict_cues.json`): its sentence closest to the promise first,
then the list it sits in, then its other cued sentences that share words with the promise (a long
paragraph's cue is often about another of its subjects), then its list header. A passage mostly
copied from an earlier paper links the promise but reports nothing; once a promise is linked, the
passage that says what happened is cited, even a runner-up below the threshold, and one whose
closest sentence says it itself first. Passages that only mention a promise give no verdict: a
mention is not news of progress. A vague promise (no deliverable, target or deadline) whose
evidence does not report it done is `unmeasurable`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date as _date
from functools import lru_cache

from rapidfuzz import fuzz

from miner import verdicts as contradictions
from miner.model import EvidenceLink, Statement, Verdict
from miner.nlp.dates import find_dates, normalise_period
from miner.series import as_of_key
from miner.similarity import analyse, stem
from miner.track_links import INFORMATIVE_SHARE, REPEAT_THRESHOLD, RESTATED_WEIGHT, TOP_K, Candidate
from miner.track_names import kind_stems, other_thing, promise_names
from miner.track_passages import RESTATED, Passage, Promise
from miner.track_text import (PARAGRAPH_LABEL, another_instance, citable, cue_alternatives, cue_words, cues,
                               did_the_act, has_cue, promised_acts, sentences, status_label)

Places = tuple[frozenset[str], ...]  # each place a promise names, as its words ("kent and medway" -> {"medway"})

OUTCOME_BONUS = 1.5  # a passage whose closest sentence itself says what happened, over one said so by its list
RUNNER_FLOOR = 0.21  # a runner-up cited for what happened must nearly link itself (tune: evidence best on [0.20, 0.23])
PROSE_WORDS = 5  # words a mention must have to make a vague promise `unmeasurable` rather than unreported
ANCHOR_SHARED, ANCHOR_COVER = 4, 0.4  # a sentence naming the promise's subject, for the next one's cue to speak of it
# a sentence pointing back to the thing the one before named ("It", "Works", "The project", "The remaining ...": cue
# word lists `anaphors`, `anaphor_nouns`)
_ANAPHOR = re.compile(rf"^\W*(?:{cue_alternatives('anaphors')}|the (?:{cue_alternatives('anaphor_nouns')}))\b", re.I)
_NEWS = ("supports", "progresses", "contradicts")
_LISTS = ("achievements", "priorities")  # sections whose list says what happened to each item
CUE_SHARED = 2  # stems a cued sentence elsewhere in the passage shares with the promise for its cue to count
QUOTE_SPAN = 450  # a partly-done quote runs from the done part to the pending one when this short
_REST = re.compile(rf"\b(?:{cue_alternatives('rest_words')})\b", re.I)  # what is left of a thing part done
_PENDING = ("progresses", "future", "not_begun", "status_not_started")  # what says a part is still to come
_CALENDAR = frozenset(analyse(" ".join(cue_words("months") + cue_words("seasons")), False))  # a date shared is no matter
_ORDINALS = frozenset(cue_words("ordinal_suffixes"))  # what is left of "30th" once its digits are read apart


def is_vague(st: Statement, named: bool = False) -> bool:
    """No deliverable, target or deadline: a verdict on it can only be `unmeasurable`. A promise
    naming a service, programme, system, board or place ("from Aut Even to Parklands") has a
    deliverable one can check, whatever the specificity facets say."""
    sp = st.specificity
    if sp is None or named:
        return False
    if _CONTINUING.match(st.text) and not (sp.measurable or sp.deadline or st.deadline or contradictions._direction(st.text)
                                           or contradictions.numeric_target(st.text) is not None):
        return True  # "continue to embed a culture of learning": more of the same has no point where it is done
    # a promise for the next meeting ("She would explore costs and report back to the next meeting", cue group
    # `next_meeting`) has its deadline (annotations/README.md, Tracker round 45)
    return not (sp.deliverable or sp.measurable or sp.deadline or st.deadline or has_cue("next_meeting", st.text))


# a promise only to go on as before: "The Council will continue to embed ...", "(c) continue to champion ...",
# its subject one to six words of any case
_CONTINUING = re.compile(r"^\W*(?:\(?[a-z\d]{1,4}[.)]\s+|\d+(?:\.\d+)*\.?\s+)?(?:(?:[A-Za-z][\w'’-]*\s+){1,6}(?:will|shall)\s+"
                         r"(?:also\s+)?|(?:we|they|it)\s+will\s+(?:also\s+)?)?continue\s+to\s", re.I)


def best_sentence(promise_text: str, passage: Passage, places: Places = ()) -> str:
    """The passage's sentence closest to the promise, among those an earlier paper does not already have:
    most shared stems for its length (binary cosine), character similarity breaking ties. Stems, not characters, so "improving the quality of plans" finds
    "the quality of the EHCPs being issued is improving", not the sentence that merely says "quality".
    A promise tied to a place is answered by what the passage says of that place, where it names it
    ("the buses for the Dover element" by "Dover Fastrack will follow in the summer", not by the
    sentence on the Thameside vehicles sharing more of its words)."""
    sents = sentences(passage.text, passage.start)
    if not sents:
        return passage.text.strip()
    sents = [x for x in sents if x[0] not in passage.retold] or sents  # the news, not last year's words
    sents = [x for x in sents if citable(x[2])] or sents  # a sentence, not a form's labels ("Proposed Purpose:")
    sents = [x for x in sents if _about(x[2], places)] or sents
    want = _stems(promise_text)

    def closeness(sent: str) -> tuple[float, float]:
        have = _stems(sent)
        shared = len(want & have) / ((len(want) * len(have)) ** 0.5) if want and have else 0.0
        return round(shared, 6), fuzz.token_set_ratio(promise_text.lower(), sent.lower())

    best = max(sents, key=lambda s: closeness(s[2]))[2]
    return PARAGRAPH_LABEL.sub("", best, count=1) or best


def _cited(promise_text: str, passage: Passage, places: Places = (), relation: str = "", since: str = "") -> str:
    """The quote to cite: the closest sentence, and the next one too where only that one says what happened
    ("The heat pump project at Northvale Leisure Centre was awarded ... funding. Works started in June 2024 and
    are on track to complete in December 2024."). Where the closest sentence says nothing of what happened (a
    title, a description) and another sentence of the passage does, the one the `relation` was read from is
    cited: what a careful reader quotes."""
    best = best_sentence(promise_text, passage, places)
    if any(has_cue(g, best) for g in _NEWS):
        return best
    sents = sentences(passage.text, passage.start)
    at = _follower(promise_text, sents)
    if at is not None and PARAGRAPH_LABEL.sub("", sents[at - 1][2], count=1) == best:
        _, b, after = sents[at]
        if any(has_cue(g, after) for g in _NEWS) and b - sents[at - 1][0] <= QUOTE_SPAN:
            return PARAGRAPH_LABEL.sub("", passage.text[sents[at - 1][0] - passage.start : b - passage.start], count=1)
    return _told(promise_text, passage, places, relation, since) or best


def _told(promise_text: str, passage: Passage, places: Places, relation: str, since: str) -> str | None:
    """The sentence a news `relation` was read from when not the closest one nor the list around it: the cued
    sentence of `_indirect_relation` ("Following approval of ..., this risk was reviewed ..." rather than the
    risk's title)."""
    if relation not in ("supports", "progresses"):
        return None
    read, direct = relation_and_directness(promise_text, passage, since, places)
    listed = passage.section_kind in ("achievements", "priorities") and not contradictions.dated_before(passage.text, since)
    if read != relation or direct or listed:
        return None
    cued = _cued(promise_text, passage, since, places)
    if not cued or cued[1] != relation or not citable(cued[2]):
        return None
    # it names the promise's subject itself, not only by pointing back ("This was approved.", "This was agreed by the
    # panel.")
    cue = has_cue(relation, cued[2]) or has_cue("supports", cued[2])
    own = _stems(cued[2]) - (_stems(cue.group(0)) if cue else frozenset()) - _CALENDAR
    if len(own & _stems(promise_text)) < CUE_SHARED:
        return None
    return PARAGRAPH_LABEL.sub("", cued[2], count=1) or cued[2]


def _follower(promise_text: str, sents: list[tuple[int, int, str]]) -> int | None:
    """The index of the sentence that goes on about the promise's subject after the one naming it: it opens
    with a word pointing back ("It", "Works", "The project", "The remaining ...") and the one before names
    the subject (ANCHOR_SHARED of its stems, and ANCHOR_COVER of them all)."""
    want = _stems(promise_text)
    if not sents or not want:
        return None
    anchor = max(range(len(sents)), key=lambda i: len(want & _stems(sents[i][2])))
    shared = len(want & _stems(sents[anchor][2]))
    if anchor + 1 >= len(sents) or shared < max(ANCHOR_SHARED, ANCHOR_COVER * len(want)):
        return None
    return anchor + 1 if _ANAPHOR.match(sents[anchor + 1][2]) else None


def _about(sentence: str, places: Places) -> bool:
    """The sentence names one of the places (each a set of words: "kent and medway" -> {"medway"})."""
    words = set(re.findall(r"[a-z]+", sentence.lower()))
    return any(place <= words for place in places)


def _prose(sentence: str) -> bool:
    """Words, not a table row: "-88,865.5 -290.5 -89,156.0 TOTAL SAVINGS & INCOME" or a budget line's cells ("| 29 |
    3,032.3 | Social Support for Carers | ...") discuss nothing; nor does a question put to the meeting ("Can the
    Cabinet Member please confirm whether ...?")."""
    text = sentence.strip()
    return len(re.findall(r"[A-Za-z]{2,}", text)) >= PROSE_WORDS and "|" not in text and not text.endswith("?")


@lru_cache(maxsize=8192)
def _stems(text: str) -> frozenset[str]:
    return frozenset(analyse(text, False))


def restated(passage: Passage) -> bool:
    """The earlier paper's words retold (the plan recalled before the news); a priority list repeating
    last year's item is news, though: the promise is still a priority."""
    return passage.copied >= RESTATED and passage.section_kind != "priorities"


def relation_of(promise_text: str, passage: Passage, since: str = "", places: Places = ()) -> str:
    """What a linked passage says happened: `supports` (done), `progresses` (under way, still a
    priority) or `mentions`. The sentence closest to the promise decides first, then the list the
    passage sits in ("Key achievements in 2019-20 include:" / "Key priorities in 2020-21 include:"),
    then the closest sentence with a cue that shares words with the promise, then a list item's header.
    What a sentence dates wholly before `since` (the promise's date) happened before the promise: old news.
    Where the passage names the promise's `places`, only its sentences naming them speak for it."""
    return relation_and_directness(promise_text, passage, since, places)[0]


def relation_and_directness(promise_text: str, passage: Passage, since: str = "", places: Places = (),
                            promise: Promise | None = None) -> tuple[str, bool]:
    """`relation_of`, and whether the sentence closest to the promise says it itself (an outcome
    statement, "the quality of the EHCPs being issued is improving") rather than the list around it. With the
    `promise` (its named things and authority), a resolution of the body it was put to is read too."""
    if restated(passage):
        return "mentions", False
    # the report's own word on the action it reports ("Status: Complete"), or its line's in an action log of
    # many ("24/03 Play area quotes - Done.")
    label = status_label(passage.text) or _line_label(promise_text, passage.text)
    if label != "supports" and contradictions.part_of_own_figure(promise_text, passage):
        return "progresses", True  # part of the promise's own figure done, the rest still to come
    sent = best_sentence(promise_text, passage, places)
    if label in ("supports", "progresses"):
        return label, True
    if reported_as_promised(promise_text, passage, since) and _prose(sent):
        return "supports", True  # the paper promised to that body in that month
    if agenda_kept(promise_text, sent, since, passage.date):
        return "supports", True  # the item on the agenda promised, decided there
    if promise is not None and decided_as_promised(promise, passage, sent):
        return "supports", True  # the body the matter was put to resolved it
    if not contradictions.dated_before(sent, since):
        if has_cue("report_promise", promise_text) and has_cue("report_considered", sent):
            return "supports", True  # the report promised came to the meeting
        # the act the deadline was set for done ("was submitted in November 2024"), whatever comes next ("and
        # is due to be determined in April 2025")
        if has_cue("progresses", sent) and not did_the_act(promise_text, sent, dated_only=True):
            return "progresses", True
        if _done(promise_text, sent):
            return ("progresses" if partly_done(promise_text, passage, since) else "supports"), True
    own = _own_names(promise.authority) if promise is not None else frozenset()
    return _indirect_relation(promise_text, passage, since, places, own), False


def _on_subject(promise_text: str, sentence: str, context: str = "") -> bool:
    """The sentence saying something was done is about the promise's subject: it shares CUE_SHARED stems with
    the promise besides the done cue's own, or the promised act's verb ("The minutes were signed by the Chair"
    does not keep "The final version will be available on the website"; "A ceiling cost of £200 was agreed for
    the Clerk to instruct Akers" does not keep "Cllr Crisp should instruct the works"). The `context` (the sentence a
    promise naming its matter by a pronoun points back to) counts as the promise's words (Tracker round 46)."""
    said = has_cue("supports", sentence)
    cue = _stems(said.group(0)) if said else _stems(" ".join(promised_acts(promise_text)))  # the act's verb
    return len((_stems(promise_text) | _stems(context)) & _stems(sentence) - _CALENDAR - cue) >= CUE_SHARED


def another_year(promise_text: str, sentence: str, since: str, date: str) -> bool:
    """Both name a yearly thing (the Annual Play Equipment Inspection, the Annual Parish Meeting) and the sentence's
    paper is more than a year after the promise: it reports a later year's one ("The report from the Annual Play
    Equipment Inspection had been circulated", November 2016, for a promise of November 2014 to chase that year's)."""
    if not (since and date and has_cue("yearly", promise_text) and has_cue("yearly", sentence)):
        return False
    return date[:10] > f"{int(since[:4]) + 1}{since[4:10]}"


_OCCASION_WORDS = frozenset(analyse(" ".join(cue_words("occasion_words")), False))


def another_occasion(promise_text: str, passage_text: str) -> bool:
    """A promise to do something each time a kind of thing comes (cue group `each_time`: "as part of each individual
    consultation process", "as individual project consultations come forward") and a passage that never names that
    kind of thing: one done for another matter ("An equality impact assessment (EQIA) has been completed" in a report
    on the Minerals and Waste Local Plan, for EQIAs of each education proposal's consultation)."""
    m = has_cue("each_time", promise_text)
    if not m:
        return False
    occasion = _stems(m.group(0)) - _OCCASION_WORDS
    return bool(occasion) and not occasion & _stems(passage_text)


def another_target(promise_text: str, sentence: str) -> bool:
    """The promise and the sentence name dated targets (cue group `target_year`) and none of the sentence's years is
    the promise's: "KCC and our traded companies still need to continue to progress the reduction of estate and vehicle
    emissions to ensure we remain on track to meet our Net Zero 2030 target" is on the way to another target than "to
    achieve net zero by 2045" for the emissions the council can influence."""
    want = {m.group("year") for rx in cues()["target_year"] for m in rx.finditer(promise_text)}
    have = {m.group("year") for rx in cues()["target_year"] for m in rx.finditer(sentence)}
    return bool(want and have) and not want & have


NEXT_MEETING_DAYS = 120  # a paper this long after a promise for "the next meeting" reports another meeting


def another_meeting(promise_text: str, since: str, date: str) -> bool:
    """The promise is for the next meeting ("Payment to be approved at next meeting", cue group `next_meeting`) and
    the passage's paper is more than NEXT_MEETING_DAYS after it: a later meeting's business, not that one's (the
    payments approved in June 2018 for a promise of March 2017)."""
    if not (since and date and has_cue("next_meeting", promise_text)):
        return False
    days = _days_after(since, date)
    return days is not None and days > NEXT_MEETING_DAYS


def _days_after(since: str, date: str) -> int | None:
    """Days from the promise's date to the passage's, None when either is no ISO date."""
    try:
        return (_date.fromisoformat(date[:10]) - _date.fromisoformat(since[:10])).days
    except ValueError:
        return None


_MONTHS = cue_words("months")


def reported_as_promised(promise_text: str, passage: Passage, since: str = "") -> bool:
    """The promise says a matter will be reported to a named body in a named month (cue group `report_to_meeting`:
    "... will be reported to Cabinet in March") and the passage is from a paper of that body dated in that month, the
    first such month after the promise: the report promised ("The net changes to share of Retained Business Rates
    ... increase the net revenue budget requirement", in the finance report to Cabinet of 4 March). Called only on a
    passage the score links or nearly links to the promise, so it is on the matter promised."""
    m = has_cue("report_to_meeting", promise_text)
    if not m or not passage.date or not since or not _same_body(m.group("body"), passage.committee):
        return False
    month = _MONTHS.index(m.group("month").lower()) + 1
    try:
        year = int(since[:4]) + (1 if month < int(since[5:7]) else 0)  # the next such month
        return passage.date[:7] == f"{year:04d}-{month:02d}"
    except ValueError:
        return False


def _same_body(named: str, committee: str) -> bool:
    """The body a promise names ("Cabinet", "full Council") is the one whose paper it is (its committee, "County
    Council")."""
    body = [w for w in re.findall(r"[a-z]+", named.lower()) if w not in ("the", "next", "full")]
    have = set(re.findall(r"[a-z]+", (committee or "").lower()))
    return bool(body) and body[-1] in have and set(body) <= have | {"county"}


_DECIDING = frozenset(analyse(" ".join(cue_words("deciding_words")), False))


def decided_as_promised(pr: Promise, passage: Passage, sentence: str) -> bool:
    """The promise puts a matter to a council's decision (cue group `decision_promise`: "recommend the KMWLP ... to
    County Council for Approval and Adoption", "the council planned to raise council tax by 2.99% ...") and the
    passage, from a paper of that body within NEXT_MEETING_DAYS after it, is minuted as resolved (`Passage.resolved`)
    and opens with the decision's verb (`resolution_acts`: "(iii) Adopts the Kent Minerals and Waste Local Plan
    2024-2039 ...", "(e) To increase Council Tax band rates up to the maximum permitted without a referendum ..."), on
    the promise's subject (`_same_matter`): the body decided it. A report's recommendations, a motion moved, or a
    resolution on another matter do not keep it."""
    m = has_cue("decision_promise", pr.statement.text)
    if not m or not passage.resolved or not has_cue("resolution_acts", sentence):
        return False
    body = m.groupdict().get("body") or "Council"
    if not _same_body(body, passage.committee):
        return False
    days = _days_after(pr.date, passage.date)
    return days is not None and 0 < days <= NEXT_MEETING_DAYS and _same_matter(pr, passage, sentence)


def _same_matter(pr: Promise, passage: Passage, sentence: str) -> bool:
    """The resolution is on the promise's matter: what it decides (the words after its verb up to a preposition or
    "as": "Council Tax band rates", "the Kent Minerals and Waste Local Plan 2024-2039", not "call on the Cabinet Member
    ...") is what the promise names, by an acronym the promise uses spelt out ("KMWLP") or by a word besides the
    authority's own, the words of deciding, kind words, dates and figures; and the sentence shares CUE_SHARED such
    words with the promise, a pair of words both have ("council tax") counting as one more."""
    verb = has_cue("resolution_acts", sentence)
    decided = _DECIDED_OBJECT.match(sentence, verb.end()) if verb else None
    if not decided:
        return False
    thing = decided.group(1)
    initials = "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", thing)).upper()
    if len(initials) >= 3 and any(a == initials for a in re.findall(r"\b[A-Z]{3,}\b", pr.statement.text)):
        return True  # "the KMWLP" and "the Kent Minerals and Waste Local Plan"
    own = _own(pr.authority)
    want = {w for w in _stems(pr.statement.text) - own - _DECIDING - _CALENDAR if not re.search(r"\d", w)}
    if not want & (_stems(thing) - kind_stems()):
        return False
    pairs = _pairs(pr.statement.text) & _pairs(sentence)
    shared = want & _stems(sentence)
    return len(shared) + bool(pairs) >= CUE_SHARED


# what a resolution decides: the words after its verb, up to a preposition, "as" or a clause's end
_DECIDED_OBJECT = re.compile(r"\s*((?:(?!\b(?:as|in|to|for|at|on|by|with|from|of\s+the|within|under|up)\b)[^,;:(]){3,120})")


def _pairs(text: str) -> frozenset[str]:
    """Adjacent content words, stemmed ("council tax", "band rate")."""
    return frozenset(w for w in analyse(text, True) if " " in w)


def agenda_kept(promise_text: str, sentence: str, since: str, date: str) -> bool:
    """The promise puts an item on a later meeting's agenda (cue group `agenda_promise`: "It was decided this item would
    be an agenda item again for the January meeting") and the sentence, from minutes within NEXT_MEETING_DAYS of it,
    records the meeting deciding on the item (`item_taken`: "It was decided not to proceed with compiling a
    Neighbourhood Plan at this time"): the item was taken, as promised, whatever was decided."""
    if not (since and date and has_cue("agenda_promise", promise_text) and has_cue("item_taken", sentence)):
        return False
    days = _days_after(since, date)
    return days is not None and 0 < days <= NEXT_MEETING_DAYS


def _news_of(pr: Promise, c: Candidate) -> tuple[str, bool]:
    """`relation_and_directness` of a linked passage, but its closest sentence saying something was done counts
    only on the promise's subject (`_on_subject`), and one saying it goes on only if it reports (no aim, condition
    or recommendation: the `unreported` cues); else the rest of the passage speaks. A passage about another year's
    or another meeting's one of a recurring thing the promise dates (`another_instance`) says nothing of it."""
    text = pr.statement.text
    rel, direct = relation_and_directness(text, c.passage, pr.date, pr.places, pr)
    if rel not in ("supports", "progresses"):
        return rel, direct
    sent = best_sentence(text, c.passage, pr.places)
    if has_cue("other_plan", sent if direct else c.passage.text):
        return "mentions", False  # an opposition's alternative budget: not what the council did
    if (another_instance(text, sent, c.passage.text) or another_year(text, sent, pr.date, c.passage.date)
            or another_meeting(text, pr.date, c.passage.date) or another_occasion(text, c.passage.text)
            or another_target(text, sent)):
        return "mentions", False  # another year's budget, another meeting's minutes, another year's inspection
    own = _own(pr.authority)
    if not direct:
        return _unless_cued_elsewhere(rel, pr, c, own), direct
    if rel == "supports" and decided_as_promised(pr, c.passage, sent):
        return rel, direct  # resolved by the body it was put to, on its subject (`_same_matter`)
    # (a promise naming its matter by a pronoun, "this ... needs to be discussed further", is on the subject of its
    # antecedent: annotations/README.md, Tracker rounds 45 and 46)
    on_subject = _on_subject(text, sent, pr.context)
    if rel == "supports" and (not on_subject or other_thing(text, sent, own)):
        return _unless_cued_elsewhere(_indirect_relation(text, c.passage, pr.date, pr.places, _own_names(pr.authority)),
                                      pr, c, own), False
    # "Can the Cabinet Member please confirm whether the close work ... is continuing": asked, not reported
    if rel == "progresses" and _unreported(sent) and not status_label(c.passage.text):
        return "mentions", False
    return rel, direct


def _unreported(sentence: str) -> bool:
    """The sentence reports nothing under way (`unreported` cues: asked, a condition, what would or should happen)
    up to its cue of progress: a hope after a report does not undo it ("Work had started on the new crematorium in
    Shirebrook and it was hoped that this project would be completed ... by 2025"; annotations/README.md, Tracker
    round 54), one before does ("... confirm whether the close work ... is continuing")."""
    cue = has_cue("progresses", sentence)
    return bool(has_cue("unreported", sentence[:cue.end()] if cue else sentence))


@lru_cache(maxsize=256)
def _own(authority: str) -> frozenset[str]:
    return frozenset(analyse(authority or "", False))


@lru_cache(maxsize=256)
def _own_names(authority: str) -> frozenset[str]:
    """The authority's own words and its initials ("kcc" for Kent County Council, "pc" for a Parish Council): no thing
    it delivers."""
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", authority or "") if w[0].isupper())
    # and those of its kind ("PC" of West Dereham Parish Council, "CC" of Kent County Council)
    tails = " ".join(initials[i:] for i in range(len(initials) - 1))
    return _own(authority) | frozenset(analyse(tails, False))


def _unless_cued_elsewhere(rel: str, pr: Promise, c: Candidate, own: frozenset[str]) -> str:
    """An indirect `supports` whose done cue sits on another subject of the passage only mentions the promise."""
    return "mentions" if rel == "supports" and _cued_elsewhere(pr, c, own) else rel


def _cued_elsewhere(pr: Promise, c: Candidate, own: frozenset[str]) -> bool:
    """The passage's other sentence that says the promise was done (`_cued`) is about another named thing
    (`track_names.other_thing`)."""
    if c.passage.section_kind in _LISTS:
        return False  # a list of achievements speaks for its item
    cued = _cued(pr.statement.text, c.passage, pr.date, pr.places)
    return bool(cued and cued[1] == "supports" and other_thing(pr.statement.text, cued[2], own))


def _conjuncts(promise_text: str) -> list[frozenset[str]]:
    """The stems only one part of a compound promise has ("Appoint a Tenant Engagement Officer | and set
    up a Tenants' Panel"), dates and figures left out but for the short numbers that name a part ("routes 12
    and 14"); none for a promise of one part."""
    parts = [frozenset(w for w in _marks(p) if w not in _CALENDAR)
             for p in re.split(r",\s|;|\band\b", promise_text)]
    parts = [p for p in parts if p]
    own = [p - frozenset().union(*(q for j, q in enumerate(parts) if j != i)) for i, p in enumerate(parts)]
    return [p for p in own if p] if len(parts) > 1 else []


_LABEL_NUMBER = re.compile(r"(?<![\d,.£/-])\b\d{1,3}\b(?![\d,.%/-])(?!\s*(?:%|per\s*cent|pence|p\b))")


def _marks(text: str) -> frozenset[str]:
    """The stems with no digit, and the short numbers that name a thing ("route 14", "Block 3")."""
    return frozenset(w for w in _stems(text) if not re.search(r"\d", w)) | frozenset(_LABEL_NUMBER.findall(text))


def _done(promise_text: str, sentence: str) -> bool:
    return bool(_done_cue(promise_text, sentence) or _act_done(promise_text, sentence))


def _done_cue(promise_text: str, sentence: str) -> re.Match[str] | None:
    """The sentence's cue saying something was done, unless it is a figure moving where the promise asks for no
    such move ("The number of UASC in care decreased by 80 to 475" keeps no promise of care leavers' prescriptions,
    and a rise keeps no promise to reduce), or a question asked about it ("Mr Brady questioned what invest to save
    programs had been implemented")."""
    said = has_cue("supports", sentence)
    moved = said and contradictions._direction(said.group(0))
    asked = said and has_cue("question", sentence[: said.start()])
    supposed = said and has_cue("supposed", sentence[max(0, said.start() - SUPPOSED_SPAN) : said.start()])
    return None if asked or supposed or (moved and moved != contradictions._direction(promise_text)) else said


# a thing done only in a condition or a supposition ("if adopted, the proposal we have developed would allow ...",
# "provided all the measures ... were implemented", "Would not achieve the full MTFP saving agreed by Council"): no
# report that it was, as a plan dropped only in a condition is none that it was (`verdicts._HYPOTHETICAL`; cue group
# "supposed" in `verdict_cues.json`)
SUPPOSED_SPAN = 100  # characters before the done cue a condition word reaches


def partly_done(promise_text: str, passage: Passage, since: str = "") -> str | None:
    """The passage reports one part of a compound promise done and another not yet ("A Tenant Engagement
    Officer was appointed in January 2023. Recruitment to the Tenants' Panel is under way ..." against
    "Appoint a Tenant Engagement Officer and set up a Tenants' Panel"): the quote from the done part to
    the pending one, or None. A part is the one its own words name, or the rest of one thing ("the remaining
    surveys")."""
    parts = _conjuncts(promise_text)
    if not parts and not _REST.search(passage.text):
        return None
    sents = [x for x in sentences(passage.text, passage.start)
             if x[0] not in passage.retold and not contradictions.dated_before(x[2], since)]
    done = [x for x in sents if _done(promise_text, x[2])]
    if not done:
        return None
    said = frozenset().union(*(_marks(x[2]) for x in done))
    for x in sents:
        if x in done or not any(has_cue(g, x[2]) for g in _PENDING):
            continue
        # a part named by its own words, or the rest of the one thing promised ("Stock condition surveys have
        # been completed on 4,930 homes (88%). The contractor now expects to finish the remaining surveys ...")
        rest = _REST.search(x[2]) and _stems(promise_text) & _stems(x[2]) - _CALENDAR
        if rest or any(part & _marks(x[2]) and not part & said for part in parts):
            a, b = min(done[0][0], x[0]), max(done[0][1], x[1])
            quote = passage.text[a - passage.start : b - passage.start] if b - a <= QUOTE_SPAN else x[2]
            return PARAGRAPH_LABEL.sub("", quote, count=1)
    return None


def _line_label(promise_text: str, text: str) -> str | None:
    """The status label of the labelled line sharing most words with the promise (at least CUE_SHARED), in
    an action log of many lines and statuses ("24/06 Community Speed Watch - Ongoing.")."""
    want = _stems(promise_text)
    lines = [(len(want & _stems(line)), line) for line in text.split("\n") if status_label(line)]
    shared, line = max(lines, default=(0, ""))
    return status_label(line) if shared >= CUE_SHARED else None


def _act_done(promise_text: str, sentence: str) -> bool:
    """The promise's act in the past tense (`did_the_act`), for a promise without a figure to reach: "4,300
    trees were planted" does not keep "plant 10,000 trees" (the figure rules judge that)."""
    return did_the_act(promise_text, sentence) and contradictions.numeric_target(promise_text) is None


def _indirect_relation(promise_text: str, passage: Passage, since: str = "", places: Places = (),
                       own: frozenset[str] = frozenset()) -> str:
    """What the passage says when its closest sentence has no cue: its list, its other sentences, its header.
    A list of achievements speaks for its item unless the item itself looks forward ("The CCG will also
    be investing ..."): a plan reported among achievements is no achievement."""
    if passage.section_kind in ("achievements", "priorities") and not contradictions.dated_before(passage.text, since):
        if passage.section_kind == "priorities":  # a later plan's item: the promise carried over, or another aim
            return "progresses" if restates(promise_text, best_sentence(promise_text, passage, places), own) else "mentions"
        if not has_cue("future", best_sentence(promise_text, passage, places)):
            return "supports"
    cued = _cued(promise_text, passage, since, places)
    if cued:
        return cued[1]
    if passage.header:  # a list item says what its header says ("... was developed ... including:")
        header = Passage(passage.document_id, passage.date, None, None, 0, len(passage.header), passage.header)
        rel = relation_of(promise_text, header, since)
        if rel != "mentions":
            return rel
    return "mentions"


PRIORITY_COVER = 0.4  # share of a promise's words a later priority list's item has when it carries the promise over


def restates(promise_text: str, item: str, own: frozenset[str] = frozenset()) -> bool:
    """A later priority list's item carries the promise over: it shares CUE_SHARED of the promise's words, and
    PRIORITY_COVER of them, besides the words that only steer work ("ensure", "continue", "deliver") and dates. An
    action plan's item on another subject sharing one name ("Ensure that KCC continues to offer Armed Forces Awareness
    Training, especially to Adult Social Care Staff." for improvements "to ensure referrals to Adult Social Care are
    only for people needing care") does not."""
    steer = _steer()
    want = {w for w in _stems(promise_text) - steer - _CALENDAR if not re.search(r"\d", w)}
    shared = want & _stems(item)
    return len(shared) >= max(CUE_SHARED, PRIORITY_COVER * len(want)) or names_its_thing(promise_text, item, own)


def names_its_thing(promise_text: str, item: str, own: frozenset[str] = frozenset()) -> bool:
    """A later plan's item names again, in other words, the thing a promise delivers (tracker round 33): a name the
    promise gives in capitals as what it promises (`promise_names`, not where, with whom or through what something
    happens, nor who makes the promise, nor the authority's own name or initials), named whole, its kind word aside,
    with one more of the promise's own lower-case words just after it in both (within PHRASE_REACH words: the noun the
    name says what kind of, "the HMIP pilot inspection" and "a HMIP inspection", for "Implement the recommendations following the HMIP
    pilot inspection" and "The Youth Justice Partnership and the YOT are to undergo a HMIP inspection on 24 - 28
    February 2020."). A name the promise gives as where or to whom something happens ("referrals to Adult Social
    Care"), or a name shared with other words after it ("the Family Hub model" and "the DfE Family Hub Transformation
    grant", "The SEND service will maintain ..." and "changes to SEND policy"), carries nothing over."""
    lower = _stems(" ".join(w for w in re.findall(r"[\w'’-]+", promise_text) if not w[:1].isupper()))
    matter = lower - _steer() - _CALENDAR - frozenset(stem(v) for v in promised_acts(promise_text))
    actor = _ACTOR.match(promise_text)
    mine = own | (_stems(actor.group("who")) if actor else frozenset())
    for stems, setting in promise_names(promise_text):
        named = stems - kind_stems()
        if setting or not named - _steer() or named <= mine:  # "would SUPPORT this application": a word in capitals
            continue
        if _defined_after(promise_text, stems):
            continue  # "(SEND)" after the name it stands for: that name's place in the promise is the acronym's
        near = _near(promise_text, named) & _near(item, named) & matter - stems
        if near and named <= _stems(item):
            return True
    return False


PHRASE_REACH = 2  # words after a name that hold the noun it names a kind of ("the HMIP pilot inspection")


def _near(text: str, named: frozenset[str]) -> frozenset[str]:
    """The stems of the PHRASE_REACH words after the words of a name, written in capitals, in the text ("their
    families, including" is no "Family Hub")."""
    tokens = re.findall(r"[\w'’-]+", text)
    words = [analyse(w, False) for w in tokens]
    at = [i for i, w in enumerate(words) if w and w[0] in named and tokens[i][:1].isupper()]
    return frozenset(s for i in at for w in words[i + 1 : i + PHRASE_REACH + 1] for s in w)


def _defined_after(promise_text: str, stems: frozenset[str]) -> bool:
    """The name is an acronym the promise gives only in brackets after the words it stands for."""
    acronyms = [w for w in re.findall(r"\b[A-Z]{2,}s?\b", promise_text) if _stems(w) <= stems]
    return bool(acronyms) and all(re.fullmatch(r"\(" + re.escape(a) + r"\)", m.group(0)) for a in acronyms
                                  for m in re.finditer(r"\(?\b" + re.escape(a) + r"\b\)?", promise_text))


# who makes the promise, named where it opens it ("KCC will ...", "The YOT aims to ...", "The SEND service will ..."):
# no thing it delivers (the verbs: cue word list `actor_verbs`)
_ACTOR = re.compile(r"^\W*(?:the\s+)?(?P<who>[A-Z][\w'’&-]*(?:\s+(?:and\s+|of\s+|the\s+)*[A-Z][\w'’&-]*)*(?:\s+[a-z]+)?)\s+"
                    rf"(?:{cue_alternatives('actor_verbs')})\b")


MATTER_COVER = 0.4  # share of a promise's matter words a later sentence has to be on its matter (with CUE_SHARED) ...
MATTER_MOST = 3  # ... but never more than this many ("Short term service free up to 10 weeks to support hospital discharge,
# reablement" and "When someone is discharged from hospital, ... after a period of reablement")
# the name after a verb of telling or asking and "to" / "with" / "onto" is who is told ("report to Highways", "write to
# the Borough Council", "forward onto the Website Designer", "pass on to the Clerk"): cue word list `addressing_verbs`
_ADDRESSEE = re.compile(rf"\b(?i:{cue_alternatives('addressing_verbs')})\w*\s+(?:(?i:back|again|on)\s+)?(?i:to|onto|with)\s+(?:the\s+)?"
                        r"(?P<who>[A-Z][\w'’&-]*(?:\s+(?:(?:of|and|&)\s+)?[A-Z][\w'’&-]*)*)")

# a councillor's name after the title ("Cllr Martin Storey", "County Councillor Martin Storey"): who acts, answers or
# is told, not the matter (cue word list `person_titles`; tracker round 36)
_PERSON = re.compile(rf"\b(?:{cue_alternatives('person_titles')})\b\.?\s+(?P<who>(?:[A-Z]\.?\s+){{0,2}}[A-Z][\w'’-]*"
                     r"(?:\s+[A-Z][\w'’-]*){0,2})")


@lru_cache(maxsize=1)
def _not_matter() -> frozenset[str]:
    return frozenset(analyse(" ".join(cue_words("not_matter")), False))


def _shouting(text: str) -> bool:
    """Mostly capitals ("CLERK TO WRITE TO BCKLWN & DEVELOPER"): its capitals name nothing."""
    letters = re.findall(r"[A-Za-z]", text)
    return sum(c.isupper() for c in letters) > 0.5 * len(letters)


@lru_cache(maxsize=8192)
def matter_of(promise_text: str, own: frozenset[str] = frozenset()) -> frozenset[str]:
    """What a promise is about (tracker round 34): its stems besides those that only steer work, its own act, who makes
    it ("Cllr Crisp agreed to ...", `_ACTOR`), who is told or asked ("report to Highways", `_ADDRESSEE`), the words of
    a meeting's handling and of who acts (cue word list `not_matter`: "Clerk", "agenda", "point out this fact"), the
    authority's own words, dates and figures. Empty for a bare follow-up whose matter is in the minutes around it
    ("Clerk to report to Highways.", "CLERK TO PUT ON SEPT AGENDA")."""
    # a heading's first word is no act ("Stop Smoking Campaigns")
    acts = frozenset() if label_only(promise_text) else _stems(" ".join(promised_acts(promise_text)))
    drop = _steer() | _not_matter() | _CALENDAR | own | acts
    actor = _ACTOR.match(promise_text)
    if actor:
        drop |= _stems(actor.group("who"))
    if not _shouting(promise_text):
        for m in _ADDRESSEE.finditer(promise_text):
            drop |= _stems(m.group("who"))
        for m in _PERSON.finditer(promise_text):
            drop |= _stems(m.group("who"))
    return frozenset(w for w in _stems(promise_text) - drop if not re.search(r"\d", w))


def on_its_matter(promise_text: str, sentence: str, own: frozenset[str] = frozenset()) -> bool:
    """The sentence is on the promise's matter (`matter_of`): it has CUE_SHARED of its words and MATTER_COVER of them
    (all of a matter of fewer words, MATTER_MOST of a long one), or two of them side by side in both ("mental health",
    "active travel"). An acronym the promise writes in capitals counts only written so ("SEND" is not "sending").
    "Clerk asked to respond to advise of this and request that if it happens again to report it to the BCKLWN." is on
    another matter than "CLERK TO WRITE TO BCKLWN & DEVELOPER & RESPOND TO RESIDENT"; "The Clerk agreed to contact
    Norfolk County Council to ask that they clean the pathway on Boughton Road." than "The Rangers should be asked to
    clean the village signs."."""
    matter = matter_of(promise_text, own)
    if not matter:
        return False
    shared = matter & _stems(sentence)
    if shared and not _shouting(promise_text):
        for word in re.findall(r"\b[A-Z]{2,}s?\b", promise_text):
            if _stems(word) & shared and not re.search(rf"\b{word}\b", sentence):
                shared = shared - _stems(word)
    if shared:
        shared = shared - _other_numbers(promise_text, sentence) - _in_longer_names(promise_text, sentence)
    pairs = [p for p in _pairs(promise_text) & _pairs(sentence) if set(p.split()) <= shared]
    if pairs and any(p in _side_by_side(promise_text) & _side_by_side(sentence) for p in pairs):
        return True
    return len(shared) >= min(len(matter), MATTER_MOST, max(CUE_SHARED, MATTER_COVER * len(matter)))


_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")


def _side_by_side(text: str) -> frozenset[str]:
    """Pairs of stemmed content words written next to each other ("mental health", "active travel"), not across a
    small word `_pairs` skips: "implement joint" is no pair of "the implementation of a joint bed brokerage pathway"
    (tracker round 35)."""
    words = [m.group(0) for m in _WORD.finditer(text)]
    return frozenset(w for a, b in zip(words, words[1:]) for w in analyse(f"{a} {b}", True) if " " in w)


_NUMBERED = re.compile(r"\b(?P<name>[A-Z][A-Za-z]+)\)?\s*(?P<number>\d+)\b")


def _other_numbers(promise_text: str, sentence: str) -> frozenset[str]:
    """The stems of a name the promise writes with a number that the sentence writes only with another ("IFRS 16" and
    "IFRS 9", two accounting standards; tracker round 35): one thing only with the same number."""
    other: set[str] = set()
    for m in _NUMBERED.finditer(promise_text):
        name, number = m.group("name"), m.group("number")
        theirs = {x.group("number") for x in _NUMBERED.finditer(sentence) if x.group("name").lower() == name.lower()}
        if theirs and number not in theirs:
            other |= _stems(name)
    return frozenset(other)


_NAME_RUN = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+")


def _in_longer_names(promise_text: str, sentence: str) -> frozenset[str]:
    """The stems of a name the promise writes (two capitalised words or more) that the sentence writes only as the start
    of a longer name ("Adult Social Care" and "Armed Forces Awareness Training, especially to Adult Social Care Staff";
    tracker round 36): the sentence names another thing, the staff, a committee or a fund, in passing."""
    if _shouting(promise_text) or _shouting(sentence):
        return frozenset()
    other: set[str] = set()
    for m in _NAME_RUN.finditer(promise_text):
        at = [x.end() for x in re.finditer(rf"\b{re.escape(m.group(0))}\b", sentence)]
        if at and all(re.match(r"\s+[A-Z][a-z]", sentence[e:]) for e in at):
            other |= _stems(m.group(0))
    return frozenset(other)


def quoted_speech(passage_text: str, sentence: str) -> bool:
    """The sentence is inside double quotes in the passage: someone's words the paper quotes (a consultation response,
    "We are in a deprived area and under a cost of living crisis, families will not be able to afford to pay to park"),
    not what the paper reports of the promise."""
    at = passage_text.find(sentence[:60])
    if at < 0:
        return False
    before = passage_text[:at] + re.match(r"\W*", sentence).group(0)  # with the sentence's own opening mark
    straight = before.count('"') % 2 == 1
    curly = before.count("\u201c") > before.count("\u201d")
    return straight or curly


@lru_cache(maxsize=1)
def _steer() -> frozenset[str]:
    from miner.track_names import _steering_stems

    return _steering_stems()


def _cued(promise_text: str, passage: Passage, since: str = "", places: Places = ()) -> tuple[float, str, str] | None:
    """The passage's sentence with a cue that says what happened to the promise (sharing its words, or going on
    about its subject after the sentence naming it), closest to the promise first: (closeness, relation,
    sentence), or None."""
    cued, want = [], _stems(promise_text)
    every = sentences(passage.text, passage.start)
    at = _follower(promise_text, every)
    follows = every[at][0] if at is not None else None
    # what it says of the promise's place
    sents = [x for x in every if _about(x[2], places) or x[0] == follows] or every
    for start, _, s in sents:
        if start in passage.retold or contradictions.dated_before(s, since):
            continue  # last year's cue ("will be developed") says nothing about this year
        cue = has_cue("progresses", s)
        rel = "progresses" if cue else "supports" if _done(promise_text, s) else None
        if rel == "supports" and partly_done(promise_text, passage, since):
            rel = "progresses"
        if not rel:
            continue
        # not a cue about another subject of the paragraph; a short one ("The saving was achieved.",
        # "Accreditation is expected in February 2024.", "Mockingbird went live in September 2024.") needs all
        # its words but the cue's and its date's
        said = cue or has_cue("supports", s)
        own = len(_stems(s) - (_stems(said.group(0)) if said else frozenset()) - _CALENDAR) - (0 if said else 1)
        # a date shared is no subject shared ("endorsed by Cabinet on 30th January" for a verbal update to Cabinet
        # on 30th January)
        shared = [w for w in want & _stems(s) - _CALENDAR - _ORDINALS if not re.search(r"\d", w)]
        if len(shared) >= max(1, min(CUE_SHARED, own)) or start == follows:
            cued.append((fuzz.token_set_ratio(promise_text.lower(), s.lower()), rel, s))
    return max(cued) if cued else None


def _done_since(relations: list[tuple[Candidate, str, bool]],
                informative: list[tuple[Candidate, str, float]]) -> list[tuple[Candidate, str, float]]:
    """Linked passages reporting the promise done in a paper later than every one that reports it under
    way: the latest news wins ("open a new children's home" repeated as a priority in 2022, "opened in
    September 2022" in the 2023 report), even where the repeat scores far higher."""
    under_way = max(c.passage.date for c, r, _ in informative if r == "progresses")
    done = [(c, r, c.score * (OUTCOME_BONUS if direct else 1.0)) for c, r, direct in relations
            if r == "supports" and c.linked and c.passage.date > under_way]
    return sorted(done, key=lambda x: -x[2])


def _start(date: str) -> str:
    """The first day a date or period names ("2024" -> "2024-01-01", "2022-23" -> "2022-04-01")."""
    if re.fullmatch(r"\d{4}", date):
        return f"{date}-01-01"
    if re.fullmatch(r"\d{4}-\d{2}", date) and int(date[5:]) <= 12:
        return f"{date}-01"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        return date
    period = normalise_period(date)
    return f"{period[:4]}-04-01" if period and re.fullmatch(r"\d{4}-\d{2}", period) else date


_SEASON = re.compile(r"\b(spring|summer|autumn|winter)\s+(?=(?:19|20)\d\d\b)", re.I)
_SEASON_MONTH = {"spring": "March", "summer": "June", "autumn": "September", "winter": "December"}


def _season_month(m: re.Match[str]) -> str:
    """"summer 2024" read as June 2024, when it starts: "delayed until summer 2024" is past a March deadline."""
    return _SEASON_MONTH[m.group(1).lower()] + " "


def overdue(deadline: str | None, since: str, status: str, reported: str, quotes: list[str]) -> bool:
    """The promise's deadline passed before a later paper reported it done: done on a date after it
    ("reopened on 2 August 2024" against "by March 2024"; the first date after the promise's `since`
    is when it was done, a later one what followed), or still under way in a paper dated after it or
    with a new date after it ("now expected to open in spring 2024" against "by March 2023")."""
    due = as_of_key(deadline) if deadline else None
    if not due or status not in ("delivered", "in_progress"):
        return False
    dated = [_start(d) for q in quotes for *_, d in find_dates(_SEASON.sub(_season_month, q)) if _start(d) > since]
    if status == "delivered":
        return bool(dated) and min(dated) > due
    return (reported or "") > due or any(d > due for d in dated)


def judge(pr: Promise, cands: list[Candidate], repeats: list[Promise], checked: int) -> Verdict:
    """Verdict and evidence for one promise from its scored later passages."""
    sid = pr.statement.id
    # a later promise that repeats it carries it over, unless it reports it done ("The review ... was
    # completed in December 2023 and new contracts will start in April 2024" is news, not a repeat)
    later_repeats = [r for r in repeats if r.date > pr.date and not has_cue("supports", r.statement.text)]
    earlier = [r for r in repeats if r.date < pr.date]
    first_period = min([r.statement.period or "" for r in earlier] + [pr.statement.period or ""]) or None
    v = Verdict(sid, "no_evidence", 0.5, checked, carried_over=bool(later_repeats), first_period=first_period)
    if not cands and not later_repeats:
        return v
    # nor does a label, a service's or programme's name alone ("Adult Social Care & Health including Public Health")
    if no_promise(pr.statement.text) or bare_follow_up(pr) or pr.only_names:
        return v

    def link(c: Candidate, relation: str, quote: str | None = None) -> EvidenceLink:
        p = c.passage
        if relation == "progresses" and quote is None:
            quote = partly_done(pr.statement.text, p, pr.date)
        return EvidenceLink(sid, p.section_id or p.document_id, "section", relation, round(c.score, 4),
                            quote or _cited(pr.statement.text, p, pr.places, relation, pr.date), p.document_id,
                            p.section_path)

    def under_way(c: Candidate, quote: str) -> Verdict:
        v.status, v.confidence = "in_progress", round(min(0.95, 0.35 + c.score), 3)
        v.evidence = [link(c, "progresses", quote)]
        return v

    # a promise to put an item on a later agenda is kept by the meeting taking it, whatever it decided there ("It
    # was decided not to proceed with compiling a Neighbourhood Plan at this time"): no dropped promise
    agenda = has_cue("agenda_promise", pr.statement.text)
    for c in (c for c in cands if c.linked and not agenda):
        quote = contradictions._contradiction(pr, c)
        if quote:
            v.status, v.confidence = "not_delivered", round(min(0.95, 0.5 + c.score), 3)
            v.evidence = [link(c, "contradicts", quote)]
            return v
    for c in (c for c in cands if c.linked):
        quote = (contradictions.target_met(pr, c) or contradictions.study_done(pr, c)
                 or contradictions.request_made(pr, c))
        # the figure, the finished study, or the decision awaited on the request made, says it was done, whatever
        # else the passage says; a forecast figure ("Agency spend is forecast at £6.2m, £1.7m lower") says it is on
        # course
        if quote and not partly_done(pr.statement.text, c.passage, pr.date):
            relation = "progresses" if has_cue("forecast", quote) else "supports"
            v.status = "in_progress" if relation == "progresses" else "delivered"
            v.confidence = round(min(0.95, 0.5 + c.score), 3)
            v.evidence = [link(c, relation, quote)]
            return v
    pool, cands = cands, [c for c in cands if c.linked]
    cited: dict[int, EvidenceLink] = {}  # evidence already written while vetting it
    course = next(((c, q) for c in cands if (q := contradictions.on_course(pr, c))), None)
    # the evidence to cite: the passage that says what happened, best first (a sentence that says it
    # itself over a list that says it), unless a passage that only mentions the subject scores far
    # higher; a retelling of the promise links it (runners-up below the threshold become citable) but
    # weighs less against a passage with news
    ref = max([c.score * (RESTATED_WEIGHT if restated(c.passage) else 1.0) for c in cands], default=0.0)
    relations = [(c, *_news_of(pr, c)) for c in (pool if cands else [])]
    # (a runner-up below the threshold speaks by its closest sentence or its list of achievements or priorities,
    # not by another cued sentence or its header: in a passage that did not link those are most often of another subject)
    informative = sorted(((c, r, c.score * (OUTCOME_BONUS if direct else 1.0)) for c, r, direct in relations
                          if r != "mentions" and (c.linked or direct or c.passage.section_kind in _LISTS)
                          and c.score >= max(INFORMATIVE_SHARE * ref, RUNNER_FLOOR)), key=lambda x: -x[2])
    if informative:
        # what happened: the best-scoring passage that says; which passage to cite: a direct one first
        relation = max(informative, key=lambda x: x[0].score)[1]
        done = _done_since(relations, informative) if relation == "progresses" else []
        if done:
            informative, relation = done, "supports"
        chosen = [c for c, r, _ in informative if r == relation]
        status = "delivered" if relation == "supports" else "in_progress"
        if status == "delivered" and has_cue("each_time", pr.statement.text):
            status, relation = "in_progress", "progresses"  # done once for a promise to do it each time: going on
        if course and relation == "supports":  # "18 public charge points are now live" of 30 due next year: a part
            return under_way(*course)
        if label_only(pr.statement.text) or (is_vague(pr.statement, pr.named) and status != "delivered"):
            # news of a heading or a vague aim is only a mention (`unmeasurable` below): on its matter, in the paper's
            # own words, as a mention found in words is (tracker round 35: "Whole family approach, co-producing with
            # children ..." is not cited by another service's quoted motto, nor "IFRS 16" by "IFRS 9")
            own = _own_names(pr.authority)
            # (a promise pointing back has its matter in the sentence before: "She would explore costs and report
            # back ... whether or not this could be something the village may wish to explore" after "... electronic
            # signage had been explored before and ... Peterborough City Council would not pay for these signs";
            # annotations/README.md, Tracker round 45)
            matter = " ".join((pr.context, pr.statement.text)) if pr.context else pr.statement.text
            kept = []
            for c in chosen:
                e = link(c, relation)
                if _speaks_to(matter, c.passage.text, e.quote, own):
                    kept.append(c)
                    cited[id(c)] = e
                    if len(kept) == TOP_K:
                        break
            if not kept:
                return v
            chosen = kept
    elif course:  # a figure moving the promised way, the target not yet due
        return under_way(*course)
    elif later_repeats and not cands:
        status, chosen, relation = "in_progress", [], "progresses"
    elif is_vague(pr.statement, pr.named):  # too vague to judge, and the later papers discuss it in words
        own = _own_names(pr.authority)
        chosen = [c for c in cands if _prose(s := best_sentence(pr.statement.text, c.passage, pr.places))
                  and _speaks_to(pr.statement.text, c.passage.text, s, own)]
        if not chosen:  # only table rows, or sentences on another matter: nothing reported
            return v
        status, relation = "unmeasurable", "mentions"
    else:  # linked, but no later paper says what happened to it: nothing to report
        return v
    v.evidence = [cited.get(id(c)) or link(c, relation) for c in chosen[:TOP_K]]  # in citation order (stored as evidence.position)
    if not v.evidence and later_repeats:
        r = later_repeats[0]
        v.evidence = [EvidenceLink(sid, r.statement.id, "statement", "repeats", REPEAT_THRESHOLD,
                                   r.statement.text, r.document_id, r.statement.section_path)]
    top = chosen[0].score if chosen else REPEAT_THRESHOLD
    v.status, v.confidence = status, round(min(0.95, 0.35 + top), 3)
    reported = chosen[0].passage.date if chosen else later_repeats[0].date if later_repeats else ""
    v.overdue = overdue(pr.statement.deadline, pr.date, status, reported, [e.quote for e in v.evidence])
    # a vague aim ("better co-production") can still be judged when a later paper reports it done
    # ("our co-production practice ... has developed further"); only a mention or "continues" is unjudgeable
    label = label_only(pr.statement.text)
    if label or (is_vague(pr.statement, pr.named) and status != "delivered"):
        v.status, v.confidence = "unmeasurable", round(min(0.9, 0.3 + top), 3)
    if label:
        v.evidence = [replace(e, relation="mentions") for e in v.evidence]
    return v


def _speaks_to(promise_text: str, passage_text: str, sentence: str, own: frozenset[str]) -> bool:
    """A mention of a vague promise or heading to cite: on its matter, in the paper's own words (not quoted)."""
    return on_its_matter(promise_text, sentence, own) and not quoted_speech(passage_text, sentence)


def bare_follow_up(pr: Promise) -> bool:
    """A follow-up whose matter the minutes give around it, with none of its own (`matter_of`): "Clerk to report to
    Highways.", "CLERK TO PUT ON SEPT AGENDA". Judged `no_evidence` whatever later papers say. One pointing back to the
    sentence before ("We will reduce this to 140 by March 2023") has that sentence's matter, or its measure."""
    own = _own_names(pr.authority)
    return not (matter_of(pr.statement.text, own) or pr.indicators or pr.context and matter_of(pr.context, own))


def no_promise(promise_text: str) -> bool:
    """A statement kept as a commitment or decision that commits the authority to nothing a later paper could report
    done (cue group `no_promise`): a meeting's procedure ("The Leader introduced the report which detailed ..."), a
    past event ("Panel members were invited to attend the Children in Care Council meetings."), a fit claimed ("...
    align well with this"), what a draft budget holds. Judged `no_evidence` whatever later papers say."""
    return bool(has_cue("no_promise", promise_text) or has_cue("purpose_aim", promise_text))


def label_only(promise_text: str) -> bool:
    """A promise of three words or fewer, each capitalised ("Public Health", "Adult Social Care"): a heading or
    name taken for a priority, which nothing can report done or under way, however the passages naming it read."""
    words = re.findall(r"[A-Za-z][\w'’-]*", promise_text)
    return 0 < len(words) <= 3 and all(w[0].isupper() or w in ("and", "of", "for") for w in words)
