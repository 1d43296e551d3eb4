"""Text the tracker reads with: verdict and theme cues (data in `nlp/patterns/`) and sentence splitting.

Split from `miner/track.py`; shared by the passage, linking, judging and contradiction modules.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from miner.nlp import literals
from miner.nlp.dates import find_dates, normalise_period

PATTERNS = Path(__file__).resolve().parent / "nlp" / "patterns"
# "9.2.13 ", "(iv) ", "12 The ..."; not the figure opening "28 charge points are now live"
PARAGRAPH_LABEL = re.compile(r"^(?:[-•]\s*)?(?:\d+(?:\.\d+)+\.?|\d+\.|\d+(?=\s+[^a-z\s])|\([ivxlc\d]+\)|[a-z]\))\s+")
# sentence ends, blank lines, list markers and table rows ("| Urban Forest | Green | 41,000 trees ... |": a row
# says what happened to its own item); a single line break is a PDF line wrap, not a boundary
_SENTENCE = re.compile(r"(?<=[.!?;:])\s+(?=[A-Z(‘'\"“\d-])|\n\s*\n\s*|\n(?=\s*(?:[-•]|\(?[ivx\d]+[.)]\s|\|))")


@lru_cache(maxsize=1)
def cue_data() -> dict:
    """`verdict_cues.json`, read once for every tracker module."""
    return json.loads((PATTERNS / "verdict_cues.json").read_text(encoding="utf-8"))


def cue_words(key: str) -> tuple[str, ...]:
    """A word list of `verdict_cues.json` (`actor_verbs`, `occasion_words`, ...)."""
    return tuple(cue_data()[key])


def cue_alternatives(key: str) -> str:
    """A word list of `verdict_cues.json` whose entries are regex alternatives, as one group body ("it|this|works?")."""
    return "|".join(cue_words(key))


@lru_cache(maxsize=1)
def cues() -> dict[str, list[re.Pattern[str]]]:
    data = cue_data()
    return {name: [re.compile(p, 0 if group.get("case_sensitive") else re.I) for p in group["patterns"]]
            for name, group in data["groups"].items()}


@lru_cache(maxsize=1)
def theme_patterns() -> list[tuple[str, re.Pattern[str]]]:
    data = json.loads((PATTERNS / "themes.json").read_text(encoding="utf-8"))
    return [
        (t["id"], re.compile(r"(?<![\w])(?:" + "|".join(t["keywords"]) + r")(?![\w])", re.I))
        for t in data["themes"]
    ]


@lru_cache(maxsize=1)
def _theme_index() -> literals.LiteralIndex:
    return literals.LiteralIndex(rx for _, rx in theme_patterns())


def themes_of(text: str) -> list[str]:
    """Themes with a keyword hit, most hits first (ties keep taxonomy order)."""
    themes, possible = theme_patterns(), _theme_index().possible(text)
    hits = [(len(themes[i][1].findall(text)), i, themes[i][0])
            for i in (range(len(themes)) if possible is None else sorted(possible))]
    return [tid for n, _, tid in sorted(hits, key=lambda h: (-h[0], h[1])) if n]


@lru_cache(maxsize=1)
def _cue_index() -> tuple[literals.LiteralIndex, dict[str, range]]:
    """One index over every group's cues, and where each group's cues sit in it."""
    groups, spans, start = cues(), {}, 0
    for name, patterns in groups.items():
        spans[name] = range(start, start + len(patterns))
        start += len(patterns)
    return literals.LiteralIndex(p for patterns in groups.values() for p in patterns), spans


@lru_cache(maxsize=4096)  # a text is asked about several groups in a row, and a passage's sentences for each promise linked
def _possible_cues(text: str) -> frozenset[int] | None:
    return _cue_index()[0].possible(text)


def has_cue(group: str, text: str) -> re.Match[str] | None:
    """The first of the group's cues (in file order) found in `text`; searched only where its words are."""
    patterns, span, possible = cues()[group], _cue_index()[1][group], _possible_cues(text)
    for i, rx in enumerate(patterns):
        if possible is None or span[i] in possible:
            m = rx.search(text)
            if m:
                return m
    return None


# a minute's numbered title on its own line ("24/18 Play area at Mill Lane", "FC/25/043 Minutes"): its line
# break ends it, though a single line break is otherwise a PDF line wrap
_MINUTE_TITLE = re.compile(r"(?m)^(?:[A-Z]{1,4}/)?\d{1,4}/\d{1,4}\s+[^\n.!?:;]{3,60}(\n)(?=[A-Z])")


def sentences(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """(start, end, sentence) with absolute offsets, whitespace-trimmed."""
    out, pos = [], 0
    breaks = sorted([(m.start(), m.end()) for m in _SENTENCE.finditer(text)]
                    + [m.span(1) for m in _MINUTE_TITLE.finditer(text)])
    for a, b in breaks + [(len(text), len(text))]:
        if a < pos:
            continue
        chunk = text[pos:a]
        lead = len(chunk) - len(chunk.lstrip())
        s = chunk.strip()
        if s and out and out[-1][2].count("(") > out[-1][2].count(")") and "\n\n" not in text[out[-1][1] - offset : pos]:
            # a break inside brackets is none: "was 84% in 2021/22 (2020/21: 86%)."
            a = out.pop()[0]
            out.append((a, offset + pos + lead + len(s), text[a - offset : pos + lead + len(s)]))
        elif s:
            out.append((offset + pos + lead, offset + pos + lead + len(s), s))
        pos = b
    return out


_JOINING = frozenset("a an and at by for in of on or the to with".split())


@lru_cache(maxsize=1)
def _item_label() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{rx.pattern})" for rx in cues()["item_reference"]), re.I)


def citable(sentence: str) -> bool:
    """Something a paper says: five words or more, not a label or list lead-in ending in a colon, nor
    a title ("Action 3.2 Local Cycling and Walking Infrastructure Plan.": no word but joiners in lower case);
    or a table row whose last cell is a remark ("| Elmbridge Park Leisure Centre | Green | Open. |"), which
    its head row is not."""
    cells = [c.strip() for c in sentence.strip().strip("|").split("|")] if sentence.lstrip().startswith("|") else []
    if len(cells) >= 2 and cells[0] and cells[-1].endswith("."):
        return True
    words = PARAGRAPH_LABEL.sub("", sentence.strip(), count=1).split()
    said = any(w[0].islower() and w not in _JOINING for w in words)
    # an item's label and its bracketed title ("Action 3.1 (new special school).") says nothing either
    bare = re.sub(r"\([^)]*\)", " ", _item_label().sub(" ", " ".join(words))).split()
    return len(words) >= 5 and len(bare) >= 3 and not words[-1].endswith(":") and said


@lru_cache(maxsize=1)
def _act_words() -> tuple[frozenset[str], dict[str, str], dict[str, str], dict[str, str]]:
    data = cue_data()
    families = {**data["act_nouns"], **data["word_families"]}  # act nouns the stemmer joins, and those it leaves apart
    return frozenset(data["not_acts"]), data["irregular_past"], data["act_synonyms"], families


# the verb a promise opens with ("(c) Resurface the car park", "- Open the new hub") or puts after "will"/"to"
# or after an item's label ("Libraries: move four branch libraries to community management")
_IMPERATIVE = re.compile(r"^\W*(?:(?:\(?[a-z\d]{1,4}[.)]|\d+(?:\.\d+)*\.?)\s+)?(?:(?P<label>[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,4}):\s+)?"
                         r"(?P<v>(?(label)[a-z]|[A-Z])[a-z]{2,})\s+(?:the|a|an|our|its|all|\d|[A-Z]|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)")
# a minuted resolution: "That the Leader write to ...", "That the Council joins ...", "That officers bring ..."
_RESOLUTION = re.compile(r"^\W*(?:(?:[Ii]t\s+was\s+)?RESOLVED\W*)?(?:[Tt]hat|TO)\s+(?:the\s+)?(?:[A-Za-z][\w'’-]*\s+){1,3}?(?<!\bthe\s)(?P<v>[a-z]{3,})\s+(?!be\b)\w")
# "will"/"to" and the act, its object straight after or after "to" ("calls on the Leader to write to the Chancellor")
# or its date straight after, for an act with no object ("The cash office will close in September 2024")
_WILL = re.compile(r"\b(?:will|shall|would|to)\s+(?:also\s+|then\s+|now\s+|\w+ly\s+)?(?P<v>[a-z]{3,})\s+(?:to\s+|with\s+)?(?:the|a|an|our|its|all|\d|[A-Z]"
                   r"|(?:in|on|by|from|during)\s+(?:\d|(?:January|February|March|April|May|June|July|August|September|October"
                   r"|November|December|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)\b))")


# "Ensure every school judged requires improvement receives a support package": the act is what the subject
# of "ensure" does, a verb in -s before its object
_ENSURE = re.compile(r"\b(?:ensure|make sure)\s+(?:that\s+)?(?P<rest>[^.;]{0,160})", re.I)
_ENSURED_ACT = re.compile(r"\b(?P<v>[a-z]{3,}s)\s+(?:the|a|an|our|its|their|all|\d|[A-Z])")
# ... or what "ensure" asks be done to its subject, a participle after "is", "are", "gets" ("To ensure crossing is
# installed in 2021", "ensure that the footpath signs are replaced"): the verb's stem that takes "-ed" back
_ENSURED_DONE = re.compile(r"^[^,:]{0,60}?\b(?:is|are|gets|get|be)\s+(?:\w+ly\s+)?(?P<v>[a-z]{3,})ed\b")


# the act a promise dates: "with a planning application submitted by December 2024" (kept as the stem that
# takes "-ed" back: "submitt", "publish")
_DATED_ACT = re.compile(r"\b(?P<v>[a-z]{3,})ed\s+by\s+(?:the\s+end\s+of\s+)?(?:\d|20\d\d|q[1-4]\b|(?:january|february|march|april"
                        r"|may|june|july|august|september|october|november|december|spring|summer|autumn|winter)\b)", re.I)


# the act of a promise in the passive future, its participle ("Updates on our progress will be shared openly"), kept as
# the stem that takes "-ed" back ("shar"), as a dated act is; not a state (cue list `passive_states`: "will be
# expected", "would be based on") nor a verb that only starts, plans or steers work (`not_acts`: "will be reviewed")
_WILL_BE = re.compile(r"\b(?:will|shall|would)\s+(?:also\s+|then\s+|now\s+|\w+ly\s+)?be\s+(?:\w+ly\s+)?(?P<v>[a-z]{3,})ed\b")


def passive_acts(promise_text: str) -> tuple[str, ...]:
    """The acts a promise puts in the passive future ("will be shared" -> "shar")."""
    steer, states = _act_words()[0], frozenset(cue_words("passive_states"))
    verbs = (m.group("v").lower() for m in _WILL_BE.finditer(promise_text))
    return tuple(v for v in verbs if v not in steer and v + "e" not in steer and v not in states)


# an imperative's second act: "and" then a verb before its object ("and move staff into the Town Hall")
_AND_ACT = re.compile(r"\band\s+(?:then\s+)?(?P<v>[a-z]{3,})\s+(?:the|a|an|our|its|all|\d|[A-Z]|[a-z]+\s+(?:into|to|from|onto|on|at|with)\b)")


def _past_forms(verb: str) -> set[str]:
    """The verb's past tenses, and those of the words papers use for the same act (`act_synonyms`)."""
    said = _act_words()[2].get(verb, "")
    return _own_past(verb) | {re.sub(r"\s+", r"\\s+", w.strip()) for w in (said.split(",") if "," in said else said.split()) if w.strip()}


def _own_past(verb: str) -> set[str]:
    irregular = _act_words()[1]
    if verb in irregular:
        return set(irregular[verb].split())
    if verb.endswith("e"):
        return {verb + "d"}
    if re.search(r"[^aeiou]y$", verb):
        return {verb[:-1] + "ied"}
    forms = {verb + "ed"}
    if re.search(r"[^aeiou][aeiou][bdglmnprt]$", verb):
        forms.add(verb + verb[-1] + "ed")  # "transfer" -> "transferred"
    return forms


@lru_cache(maxsize=8192)
def promised_acts(promise_text: str) -> tuple[str, ...]:
    """The verbs of the acts a promise makes ("Resurface ..." -> "resurface"; "will resurface ... and will
    extend ..." -> both), leaving out those that only start, plan or steer work ("Continue to ...",
    "Review ...", "Support ..."): a past tense of those says nothing was finished."""
    opening = _IMPERATIVE.match(promise_text)
    resolution = _RESOLUTION.match(promise_text)
    willed = list(_WILL.finditer(promise_text))
    # "Close the office and move staff into ...", "she would check with the school ... and then contact Better Broadband",
    # "RESOLVED that the County Council approves and adopts Local Transport Plan 5"
    first = opening or resolution or (willed[0] if willed else None)
    also = _AND_ACT.finditer(promise_text, first.end("v") if first is resolution else first.end()) if first else ()
    found = [m.group("v").lower() for m in [opening, resolution, *willed, *also] if m]
    found = [v for v in map(_bare, found) if v not in _act_words()[0]]
    found += dated_acts(promise_text) + passive_acts(promise_text)
    # what "ensure" promises happens is done when it happened, whatever the verb ("receives" a package)
    ensured = _ENSURE.search(promise_text)
    found += [_bare(m.group("v")) for m in _ENSURED_ACT.finditer(ensured.group("rest"))] if ensured else []
    done = _ENSURED_DONE.match(ensured.group("rest")) if ensured else None
    if done:  # "replac" -> "replace" where a noun names that verb ("replacement"), so the noun meets it too
        v = done.group("v").lower()
        v = v + "e" if v + "e" in _act_words()[3].values() else v
        found += [v] if v not in _act_words()[0] and v + "e" not in _act_words()[0] else []
    return tuple(dict.fromkeys(found))


# a list item's opening verb, capitalised or not ("(d) answer 90% of calls ...")
_OPENING_VERB = re.compile(r"^\W*(?:(?:\(?[a-z\d]{1,4}[.)]|\d+(?:\.\d+)*\.?)\s+)?(?P<v>[A-Za-z][a-z]{2,})\s+"
                           r"(?:the|a|an|our|its|all|\d|[A-Z]|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)")


# an act named by its gerund after a preposition ("hold the Chief Constable to account for answering 90% of
# 999 calls"), the object straight after it
_GERUND = re.compile(r"\b(?:for|by|on|in)\s+(?P<g>(?P<v>[a-z]{3,})ing)(?=\s+(?:the|a|an|our|its|all|\d|[A-Z]))")


def _gerund_stem(stem: str) -> str:
    """"answer" from "answering"; "stop" from "stopping" (a doubled last consonant is the gerund's)."""
    return stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls" else stem


def as_reported(promise_text: str) -> tuple[str, ...]:
    """The promise with its acts in the past tense ("answer 90% of calls" -> "answered 90% of calls"), the
    words a later report uses for the same measure: indicator patterns are written for figures reported.
    Two readings where a verb's past is spelt either way ("transfered", "transferred")."""
    opening = _OPENING_VERB.match(promise_text)
    verbs = set(promised_acts(promise_text)) | ({opening.group("v").lower()} if opening else set())
    verbs -= _act_words()[0]
    gerunds = {m.group("g"): v for m in _GERUND.finditer(promise_text)
               if (v := _gerund_stem(m.group("v"))) not in _act_words()[0]}
    out = []
    for pick in (min, max):
        text = promise_text
        for v in sorted(verbs):
            text = re.sub(rf"\b{v}\b", pick(sorted(_own_past(v)), key=len), text, flags=re.I)
        for ing, v in gerunds.items():
            text = re.sub(rf"\b{ing}\b", pick(sorted(_own_past(v)), key=len), text)
        out.append(text)
    return tuple(t for t in dict.fromkeys(out) if t != promise_text)


def _bare(verb: str) -> str:
    """"That the Council joins ..." -> "join"."""
    return verb[:-1] if re.search(r"[^su]s$", verb) else verb


def dated_acts(promise_text: str) -> tuple[str, ...]:
    """The acts the promise's deadline is set for ("submitted by December 2024")."""
    verbs = (m.group("v").lower() for m in _DATED_ACT.finditer(promise_text))
    return tuple(v for v in verbs if v not in ("need", "requir"))  # "needed by", "required by": no act


def did_the_act(promise_text: str, sentence: str, dated_only: bool = False) -> bool:
    """The sentence puts one of the promise's acts in the past: "The car park was resurfaced over two
    weekends in October 2023" for "resurface the Station Road car park", "The Market Hall transferred to
    the Town Council on 1 April 2024"; not "was not extended" nor "will be extended"."""
    verbs = dated_acts(promise_text) if dated_only else promised_acts(promise_text)
    if not verbs:
        return False
    past = "|".join(sorted({f for v in verbs for f in _past_forms(v)}))
    passive = re.search(rf"\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:{past})\b", sentence, re.I)
    active = re.search(rf"(?<!\bto )(?<!\bwill )(?<!\bbe )(?<!\bnot )(?<!\bthe )(?<!\ba )(?<!\ban )\b(?![Aa]s\s)[A-Za-z]+\s+(?:{past})"
                       rf"\s+(?:in|on|during|over|at|from|to|into|by|the|a|an|all|its|their|our|\d)\b", sentence)
    m = passive or active or _nominal_done(verbs, sentence)
    return bool(m) and not re.search(r"\b(?:not|never|yet to)\b", sentence[max(0, m.start() - 20) : m.end()], re.I)


def instance_dates(text: str) -> tuple[frozenset[str], frozenset[int]]:
    """The dates saying which one of a recurring thing the text is about (`verdict_cues.json` recurring_instance:
    "the budget for the financial year 2016/2017", "the minutes of the meeting held on 03.10.16"): its full days
    and its years (a financial year gives both of its years)."""
    days: set[str] = set()
    years: set[int] = set()
    for rx in cues()["recurring_instance"]:
        for m in rx.finditer(text):
            found = [m.group("d")]
            at = m.end()
            while more := _MORE_DATES.match(text, at):  # "the meetings held on 07.11.16 and 29.11.16"
                found.append(more.group(1))
                at = more.end()
            for d in found:
                period = normalise_period(d)
                if period and re.fullmatch(r"\d{4}-\d\d", period):
                    years |= {int(period[:4]), int(period[:4]) + 1}
                    continue
                for _, _, iso in find_dates(d):
                    days |= {iso} if len(iso) == 10 else set()
                    years.add(int(iso[:4]))
    return frozenset(days), frozenset(years)


_MORE_DATES = re.compile(r"\s*(?:,|and|&)\s*(\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})")


def another_instance(promise_text: str, sentence: str, passage_text: str) -> bool:
    """The promise names which year's or which meeting's one of a recurring thing it is about, and the evidence
    (its sentence, else its passage) names only others: "Budget needs and precept request for 2020/21 ... It was
    agreed to set a budget and precept request of £5139." reports nothing of "consider the budget needs for 2015"."""
    want_days, want_years = instance_dates(promise_text)
    if not want_years:
        return False
    days, years = instance_dates(sentence)
    if not years:
        days, years = instance_dates(passage_text)
    if not years:
        return False
    return not (want_days & days) if want_days and days else not (want_years & years)


def _nominal_done(verbs: tuple[str, ...], sentence: str) -> re.Match[str] | None:
    """The act told as a past event by its noun: "Following the closure of the Town Hall cash office on 27
    September 2024, ..." for "will close in September 2024"; "The launch of the app took place in May"."""
    if has_cue("future", sentence):
        return None  # "after the opening of the hub next spring, the library will ..."
    nouns = {n for v in verbs for n in _act_nouns(v)}
    alt = "|".join(sorted(map(re.escape, nouns)))
    return (re.search(rf"\b(?:following|after|since)\s+(?:the|its|their|our)\s+(?:{alt})\b", sentence, re.I)
            # "A highlight ... over the past year has been the installation of the Pedestrian Crossing"
            or re.search(rf"\b(?:was|were|has been|have been|had been)\s+the\s+(?:{alt})\s+of\b", sentence, re.I)
            or re.search(rf"\b(?:{alt})\b[^.;]{{0,80}}?\b(?:took place|went ahead|was completed|was achieved)\b",
                         sentence, re.I))


@lru_cache(maxsize=512)
def _act_nouns(verb: str) -> frozenset[str]:
    """The nouns that name an act ("close": "closure", "closing"; "launch": "launch"), from `word_families`."""
    families = _act_words()[3]
    ing = (verb[:-1] if verb.endswith("e") and not verb.endswith("ee") else verb) + "ing"
    return frozenset({n for n, v in families.items() if v == verb} | {verb, ing})


def item_references(text: str) -> set[str]:
    """The numbered items a text names ("Recommendation 3", "Rec. 3" -> "recommendation 3"), so a tracker
    reporting on an item meets the promise that carried its number."""
    out = set()
    for rx in cues()["item_reference"]:
        for m in rx.finditer(text):
            word = m.group(0).split()[0].lower().rstrip(".")
            out.add(f"{'recommendation' if word == 'rec' else word} {m.group('n').lower()}")
    return out


_TABLE_ROW = re.compile(r"^[ \t]*\|(?![\s|:-]*$).*\|[ \t]*$", re.M)  # a "|" row of cells, not its "|---|" rule


def status_label(text: str) -> str | None:
    """The relation a progress report's status label gives ("Status: Complete" -> supports, "Status: Off
    track" -> progresses, "Status: Not implemented" -> contradicts, "Status: Not started" -> not_started),
    when the passage carries labels of one kind only (a table of many actions does not say which is which), and
    is not a table of several rows: there each row's label is its own item's ("| Regent Theatre | Amber |" says
    nothing of "| Elmbridge Park Leisure Centre | Green | Open. |")."""
    if len(_TABLE_ROW.findall(text)) > 2:  # a head and two rows or more
        return None
    found = {rel for group, rel in (("status_done", "supports"), ("status_under_way", "progresses"),
                                    ("status_not_done", "contradicts"), ("status_not_started", "not_started"))
             for rx in cues()[group] if rx.search(text)}
    return found.pop() if len(found) == 1 else None
