"""Names a promise and a later passage share: capitalised words, names in quotes, and the names of things a
promise gives in capitals, with the test that a passage shares only one such name with it, on something else
(`name_only`). Split from `miner/track_links.py`, which links on them."""

from __future__ import annotations

import re
from functools import lru_cache

from miner.nlp.service_terms import HEAD_LABELS, ROLE_WORDS
from miner.similarity import analyse, stem
from miner.track_text import cue_words, has_cue, promised_acts

_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][A-Za-z'’-]{2,}\b")
_CALENDAR = frozenset(cue_words("months") + cue_words("weekdays"))
_CALENDAR_STEMS = frozenset(analyse(" ".join(_CALENDAR), False))


def names_in(text: str) -> set[str]:
    """Capitalised words inside sentences (Parklands, Synergy, EHCPs): rare shared names are strong links.
    Months and weekdays are capitalised but name nothing, and nor does an office ("the Foreign
    Secretary" and "the Secretary of State" are two people; job-title words in service_terms.json)."""
    return {w for w in (m.group(0).lower() for m in _NAME.finditer(text)) if w not in _CALENDAR and w not in ROLE_WORDS}


# a name the promise gives in quotes ("a new customer portal, 'My Brackenridge'"): capitalised words, small words
# between them; a rating in quotes ("judged 'Good'") names nothing
_QUOTED = re.compile(r"(?<![\w'’])['‘\"“]((?:[A-Z][\w'’&-]*)(?:\s+(?:[A-Z][\w'’&-]*|of|for|and|the|in|on|to|at|a))*)['’\"”](?!\w)")
_RATINGS = frozenset(cue_words("ratings"))


def quoted_names(text: str) -> set[str]:
    """The names a text puts in quotes, lower case ("my brackenridge")."""
    return {m.group(1).lower() for m in _QUOTED.finditer(text) if set(m.group(1).lower().split()) - _RATINGS}


# a name a promise gives in capitals: capitalised words, small words between them ("Joint Agency Panel", "YOT",
# "Kent Drug and Alcohol Strategy")
_NAME_RUN = re.compile(r"[A-Z][\w'’&-]*(?:\s+(?:(?:of|and|for|the|&)\s+)*[A-Z][\w'’&-]*)*")
_SENTENCE_START = re.compile(r"(?:^|[.:;!?•]\s*)[\W\d]*(?:\(?[a-z\d]{1,3}[.)]\s*)?$")
_ACRONYM = re.compile(r"[A-Z]{2,}s?")
_RUN_JOINERS = frozenset({"of", "and", "for", "the", "&"})


@lru_cache(maxsize=65536)
def _content(text: str) -> frozenset[str]:
    return frozenset(analyse(text, False)) - _CALENDAR_STEMS


def promise_names(text: str, own: frozenset[str] = frozenset()) -> list[tuple[frozenset[str], bool]]:
    """The names of things a promise gives in capitals (a run of capitalised words holding a kind word, "Joint
    Agency Panel", "Kent Drug and Alcohol Strategy", or an acronym, "YOT"; not a person's or a place's name),
    each as its content stems (the authority's own words, months and days left out), and whether it says where,
    with whom or through what something happens (cue `name_setting`: "discussed at Joint Agency Panel", "Work
    with NHS colleagues") rather than what is promised ("form a Regional Adoption Agency"). A sentence's first
    word is capitalised anyway."""
    letters = re.findall(r"[A-Za-z]", text)
    if sum(c.isupper() for c in letters) > 0.5 * len(letters):
        return []  # "CLERK TO FACILITATE SITE MEETING WITH HIGHWAYS": its capitals name nothing
    out = []
    for m in _NAME_RUN.finditer(text):
        words, start = m.group(0).split(), m.start()
        # the first word of a sentence is capitalised anyway: "Deliver the NHS ...", "Model of NHS Health Checks",
        # "The Corporate Risk Register" (but "Family Hubs Workforce Development", a heading, is one name)
        if (_SENTENCE_START.search(text[:start]) and not _ACRONYM.fullmatch(words[0])
                and (len(words) == 1 or words[0].lower() in _RUN_JOINERS or words[1].lower() in _RUN_JOINERS)):
            words = words[1:]
            while words and words[0].lower() in _RUN_JOINERS:
                words = words[1:]
            if not words:
                continue
            start = text.index(words[0], start)
        stems = _content(" ".join(words)) - own
        if stems and (stems & kind_stems() or any(_ACRONYM.fullmatch(w) for w in words)):
            out.append((stems, bool(has_cue("name_setting", text[:start]))))
    return out


def name_only(promise_text: str, passage_text: str, own: frozenset[str] = frozenset()) -> bool:
    """The passage shares with the promise only the words of one name the promise gives (`promise_names`): a link
    on the shared name alone, about something else. The promise's own act and its words that only steer work
    ("deliver", "ensure", "work", "support": `not_acts`) say nothing of its subject. A name the promise gives as
    where, with whom or through what something happens links nothing by itself when the promise says more: "No
    clinical referrals will be made in future without the case being discussed at Joint Agency Panel first" and
    "Placements made through the Joint Agency Panels have been reviewed ...", "Work with NHS colleagues on MECC
    opportunities" and "This will have an impact on the NHS service.". A name the promise delivers ("Implement
    plans to form a Regional Adoption Agency ...") links a passage naming it whole, its kind word ("Plan",
    "Strategy") aside; part of it names something else ("Deliver the NHS Kent and Medway Safeguarding Strategy"
    and "NHS Health Checks delivered", "a SMART Health Care Plan" and "the Education Health and Care Plan")."""
    want = _content(promise_text) - own
    shared = want & _content(passage_text)
    if not shared:
        return False
    steer = _steering_stems() | frozenset(stem(v) for v in promised_acts(promise_text))
    named = shared - steer
    for stems, setting in promise_names(promise_text, own) if named else ():
        if named <= stems and (want - stems - steer if setting else not (stems - kind_stems()) <= shared):
            return True
    return False


@lru_cache(maxsize=1)
def kind_stems() -> frozenset[str]:
    """"plan", "strategy", "panel", "grant": what kind of thing a name names (service_terms' head labels and
    verdict_cues' `name_kinds`)."""
    extra = cue_words("name_kinds")
    return frozenset(analyse(" ".join([*HEAD_LABELS, *extra]), False))


@lru_cache(maxsize=1)
def _steering_stems() -> frozenset[str]:
    """The words of a promise that only start, plan or steer work (verdict_cues' `not_acts`)."""
    return frozenset(analyse(" ".join(cue_words("not_acts")), False))


def other_thing(promise_text: str, sentence: str, own: frozenset[str] = frozenset()) -> bool:
    """A sentence saying something was done is about another named thing than the promise's (tracker round 30):
    a promise of one sentence delivers one named thing (`promise_names`, not where or with whom it happens) whose
    words, its kind word aside, the sentence does not have at all, naming another thing ("The Council will review the Reserves Policy on an annual basis"
    and "... a target of £2m will be saved as part of a 'Review of open access services ...'"); or the sentence names
    a thing sharing words with the promise that the promise does not name whole, its kind word too (a name sharing
    two words: "The Chair reminded the Panel of the Corporate Parenting Christmas campaign" for a promise to remind
    Members of their duty as a Corporate Parent; "LH noted that the Health & Safety Policy had been reviewed" for a
    health and safety issue to report to Highways)."""
    want, have, kinds = _content(promise_text) - own, _content(sentence) - own, kind_stems()
    things = [stems - kinds for stems, setting in promise_names(promise_text, own) if not setting and stems - kinds]
    # an acronym the sentence spells out ("DPP", "the Devolution Priority Programme") is named there
    spelt = "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", sentence)).lower()
    # a promise of one sentence naming one thing is about that thing; one naming several ("Ofsted and CQC completed a
    # local area SEND Inspection ... An action plan is being developed ...") has parts it does not name
    one = len(things) == 1 and not re.search(r"[.!?]\s+[A-Z]", promise_text.strip())
    # and the sentence names another thing: "The Hub opened in Harwick Library" or "The steering group met for the
    # first time" speak of the promise's thing by its kind word or not at all
    others = any(not stems <= want for stems, _ in promise_names(sentence, own))
    if one and others and not any(core & have or (len(core) == 1 and len(next(iter(core))) > 1 and next(iter(core)) in spelt)
                       for core in things):  # "Ofsted and CQC completed a local area SEND Inspection"
        return True  # is kept by a sentence on the SEND inspection naming no CQC
    for stems, setting in promise_names(sentence, own):
        core = stems - kinds
        if not setting and stems & kinds and len(core & want) >= 2 and not stems <= want:
            return True
    return False


# a name run as `service_names` reads it: "to" may join its words too ("SEN Home to School Transport Policy")
_SERVICE_RUN = re.compile(r"[A-Z][\w'’&-]*(?:\s+(?:(?:of|and|for|the|to|&)\s+)*[A-Z][\w'’&-]*)*")


@lru_cache(maxsize=65536)
def service_names(text: str, own: frozenset[str] = frozenset()) -> frozenset[tuple[str, ...]]:
    """The names of services, policies and programmes a text gives in capitals (a run of capitalised words holding a
    kind word, "SEN Transport service", or an acronym, "SEN Home to School Transport Policy"; not a person's name), each
    as its content stems in order, its kind words, the authority's own words, months and days left out: a
    canonical form two wordings of one service share in part (tracker round 47). Two words at least."""
    letters = re.findall(r"[A-Za-z]", text)
    if sum(c.isupper() for c in letters) > 0.5 * len(letters):
        return frozenset()  # a line in capitals names nothing
    out, kinds = set(), kind_stems()
    for m in _SERVICE_RUN.finditer(text):
        words = m.group(0).split()
        if _starts_sentence(text, m.start()) and not _ACRONYM.fullmatch(words[0]):
            words = words[1:]  # a sentence's first word is capitalised anyway
        if len(words) < 2:
            continue  # one word is no name of two
        stems = [w for w in analyse(" ".join(words), False) if w not in _CALENDAR_STEMS and w not in own]
        if not (set(stems) & kinds or any(_ACRONYM.fullmatch(w) for w in words)):
            continue
        core = tuple(w for w in stems if w not in kinds)
        if len(core) >= 2:
            out.add(core)
    return frozenset(out)


def _starts_sentence(text: str, start: int, window: int = 40) -> bool:
    """`_SENTENCE_START` on the text before `start`, read on its last `window` characters (the whole text before it
    costs a long passage's length for each of its names) unless the match may reach further back."""
    lo = max(0, start - window)
    m = _SENTENCE_START.search(text[lo:start])
    if m and lo and m.start() == 0 and text[lo] not in ".:;!?•":  # the window's start is not the text's: read it all
        return bool(_SENTENCE_START.search(text[:start]))
    return bool(m)


def shortened(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """`short` is `long` named in fewer words: the same first and last word, the others in order, at least half of
    `long`'s words ("SEN Transport" for "SEN Home to School Transport")."""
    if not 2 <= len(short) < len(long) or 2 * len(short) < len(long) or short[0] != long[0] or short[-1] != long[-1]:
        return False
    rest = iter(long)
    return all(w in rest for w in short)
