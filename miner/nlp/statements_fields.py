"""Who and when: a statement's actor and its deadline; and how a figure stands against its target.

The statement finder (`statements.py`) decides what is a statement and of
which kind; these helpers fill two of its fields from the sentence and the
paper's meeting date. A deadline is when a promise or decision is due, so an
achievement's or a challenge's dates, and a promise's date before the meeting,
are not deadlines (that is when something else happened). The actor is the
promiser the sentence names as its subject: "I", "we", a council, a named
service or an office ("The Portfolio Holder for Housing"), not a thing acted
on ("a Homelessness Strategy be prepared").
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from miner.model import TextUnit
from miner.nlp.dates import find_deadline
from miner.nlp.statements_cues import load_cues as _cues
from miner.nlp.statements_text import strip_marker as _strip_marker

PROMISES = ("priority", "commitment")


def find_actor(span: Span) -> str | None:
    """The promiser where the sentence names one: I, we, the council, a named service or team."""
    root = span.root
    subjects = [t for t in root.children if t.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and root.dep_ in ("xcomp", "ccomp") and root.head is not root:
        subjects = [t for t in root.head.children if t.dep_ == "nsubj"]
    if not subjects:
        return None
    tok = subjects[0]
    if not span.start <= tok.i < span.end:
        return None  # "(i) approves the report": the item's marker read as the subject "I", outside the statement
    if tok.lower_ in ("i", "we"):
        return tok.text if tok.lower_ == "we" else "I"
    if any(c.dep_ == "dobj" for c in tok.children):
        return None  # "Reduce waiting times ..." misread as a subject: an imperative verb, not a promiser
    if _label_word(tok, span):
        return None  # "Priority 2: Extend real-time information ...": the label's word, not a promiser
    phrase = span.doc[max(tok.left_edge.i, span.start) : _actor_end(tok, span)]
    lead = _strip_marker(phrase.text)  # "4.10 Care providers": the paragraph number is no part of the actor
    text = phrase.text[lead:].strip() if lead < len(phrase.text) else phrase.text
    text = re.sub(r"^(?:resolved\s+)?that\s+", "", text, flags=re.I)  # "That Cabinet approves ...": Cabinet
    if _imperative_object(text):
        return None  # "Recruit 25 permanent social workers and reduce ...": the object of an imperative
    named = any(p.search(text) for p in _cues().actor)
    if tok.dep_ == "nsubjpass" and not _agentive(tok.head) \
            and not (named and any(c.dep_ == "poss" or c.lower_ in ("the", "a", "an") for c in tok.children)):
        return None  # "a Homelessness ... Strategy be prepared", "That authority be delegated": acted on, not acting
    if text and (named or any(t.pos_ == "PROPN" for t in phrase if t.idx >= phrase.start_char + lead)):
        return text
    return None


def _label_word(tok, span: Span) -> bool:
    """The subject is a label's word before its number and colon ("Priority 2:", "Theme B:", "Action:"): the parser
    read the label as the subject of the imperative after it."""
    nxt = tok.i + 1
    if nxt < span.end and (span.doc[nxt].like_num or re.fullmatch(r"[A-Za-z]\d?", span.doc[nxt].text)):
        nxt += 1
    return nxt < span.end and span.doc[nxt].text == ":"


def _imperative_object(text: str) -> bool:
    """The subject phrase opens with an action verb and then a figure or determiner ("Recruit 25 permanent
    social workers", "Launch the new ..."): the parser read an imperative's object as a subject."""
    words = text.split(maxsplit=2)
    return len(words) >= 2 and re.fullmatch(r"\d[\d,]*|the|a|an|our|all|two|three|four|five|new", words[1], re.I) is not None \
        and any(p.match(words[0]) for p in _cues().numbered_action.get("verb", ()))


def _agentive(verb) -> bool:
    """A passive whose subject does what follows: "Kent is committed to securing ...", "KCC was
    scheduled to host ...", "Cabinet is asked to agree ..." (not "The SCR is expected to be completed")."""
    for c in verb.children:
        if c.dep_ == "xcomp" and not any(g.dep_ == "auxpass" for g in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children):
            return True
    return False


def _actor_end(tok, span: Span) -> int:
    """The subject's end: its head word, with a short "of/for" complement naming the office or body
    ("The Head of Finance", "The Portfolio Holder for Housing")."""
    end = tok.i + 1
    if tok.pos_ != "PROPN" and not any(p.search(tok.text) for p in _cues().actor):
        return end  # "100% of LAC": a figure's complement names no office
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "for") and child.right_edge.i - child.i <= 4 \
                and any(t.pos_ == "PROPN" for t in child.subtree) and child.right_edge.i < span.end:
            end = child.right_edge.i + 1
        break
    return end


_FINITE = ("VBZ", "VBD", "VBP", "MD")


def declarative(span: Span) -> bool:
    """A finite main verb (or auxiliary) with a subject: a statement of fact, not an imperative or a
    gerund phrase."""
    root = span.root
    finite = root.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in root.children)
    return finite and any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in root.children)


def deadline(text: str, kind: str, unit: TextUnit) -> str | None:
    """When a promise or decision is due. An achievement is done and a challenge is a difficulty: their
    dates say when something happened ("from 370 in December 2018 to 438 at end of January 2020"), not
    when it is due. A date before the paper's meeting is not when a promise is due either ("Continue to
    implement the SEND reforms, taking note of the Revisit Inspection in December 2019" in a March 2020
    paper); a later one in the same sentence may be ("rewritten at the beginning of 2018 and ... the
    actions we will take in 2019"). Dates relative to the meeting count for decisions too ("That a progress
    report be brought back within six months"), and so does a later meeting named by its month ("to be
    considered at the November meeting")."""
    if kind not in PROMISES and kind != "decision":
        return None
    default_year = int(unit.meeting_date[:4]) if unit.meeting_date and unit.meeting_date[:4].isdigit() else None
    # a date relative to the meeting ("by the end of March", "within six months") is the next such date
    due = _first_due(text, default_year, unit.meeting_date, unit)
    if due is not None and unit.meeting_date:
        # A date written out that a promise must be met by is preferred to one relative to the meeting: in
        # "Reduce re-referrals within 12 months from 28% to below 20% by March 2026" the months define the
        # measure. Not a date it happens in: "marketed in July 2024 and ... complete the sale by the end of
        # the financial year" is due at the year's end.
        written = _first_due(text, default_year, None, unit)
        if written is not None and written[2] != due[2] and _MUST_BY.search(text[max(0, written[0] - 20) : written[0]]):
            return written[2]
    return due[2] if due is not None else _meeting_due(text, default_year, unit.meeting_date)


_MUST_BY = re.compile(r"\b(?:by|before|until|no\s+later\s+than)\s+(?:the\s+end\s+of\s+)?$", re.I)


def lead_in_due(lead_in: str) -> str | None:
    """The words of a list's lead-in that set a date its items must be done by ("By the end of September 2024
    we will:"), for items that state none of their own. Only a date the items are due by: a period the list
    belongs to ("The key priorities in 2018-19 include:", "In 2025/26 the Commissioner will:") is the items'
    period, not their deadline. A span counted from the meeting ("Over the next six months the programme will:")
    sets one too, read against the meeting's date with the items."""
    due = find_deadline(lead_in)
    if due is None or not _MUST_BY.search(lead_in[max(0, due[0] - 30) : due[0]]):
        within = _WITHIN_NEXT.search(lead_in)
        return within.group(0) if within else None
    return lead_in[max(0, due[0] - 30) : due[1]]


def lead_in_actor(lead_in: str) -> str | None:
    """Who a promise list's lead-in names as doing its items ("The Youth Justice Service will:", "Working with the
    Violence Reduction Unit, by March 2025 the Commissioner will:"): the owner of items that are bare actions
    ("increase the proportion of children in education ..."). Not "we" or "I": the author, named nowhere."""
    m = _LEAD_IN_ACTOR.search(" ".join(lead_in.split()))
    if m is None or m.group("actor").lower() in ("we", "i", "they", "it", "this", "that"):
        return None
    actor = m.group("actor")
    return actor[:1].upper() + actor[1:]


_LEAD_IN_ACTOR = re.compile(r"(?:^\W*(?:\d+(?:\.\d+)*\.?\s+)?|,\s*|\s)(?P<actor>(?:(?i:the)\s+)?[A-Z][\w'’&-]*"
                            r"(?:\s+(?:of|for|and|&|[A-Z][\w'’&-]*)){0,6}?)\s+will\s*:\s*$")


# "over the next six months", "within the next 12 months": a span of months or weeks from the meeting (a year is
# the period the list belongs to, not a due date)
_WITHIN_NEXT = re.compile(r"\b(?:over|within|in|during)\s+the\s+(?:next|coming)\s+(?:\w+\s+)?(?:months|weeks)\b", re.I)


def _first_due(text: str, default_year: int | None, meeting: str | None, unit: TextUnit) -> tuple[int, int, str] | None:
    """The first due date (start, end, iso) not over before the meeting unless scheduled; with `meeting` None
    only dates written out count."""
    offset = 0
    while (due := find_deadline(text[offset:], default_year=default_year, meeting_date=meeting)) is not None:
        before = text[max(0, offset + due[0] - 120) : offset + due[0]]
        if not unit.meeting_date or not before_meeting(due[2], unit.meeting_date) \
                or any(p.search(before) for p in _cues().scheduled):
            return offset + due[0], offset + due[1], due[2]
        offset += due[1]
    return None


def _meeting_due(text: str, default_year: int | None, meeting: str | None) -> str | None:
    """A later meeting named by its month ("report back to the October meeting", "to be considered at the
    November meeting", minutes' usual way of setting a date): the next such month after this meeting."""
    m = next((m for p in _cues().meeting_due if (m := p.search(text))), None)
    if m is None or meeting is None:
        return None
    due = find_deadline(f"by {m.group('month')} {m.group('year') or ''}".strip(), default_year=default_year,
                        meeting_date=meeting)
    return due[2] if due is not None and not before_meeting(due[2], meeting) else None


def before_meeting(due: str, meeting: str) -> bool:
    """The due date ("2019", "2019-20", "2019-12", "2019-12-05") is over before the meeting date."""
    m = re.match(r"((?:19|20)\d\d)(?:-(\d\d))?(?:-(\d\d))?$", due)
    if m is None or not re.match(r"\d{4}-\d\d", meeting):
        return False
    year, second, day = int(m.group(1)), m.group(2), m.group(3)
    if second is None:
        return year < int(meeting[:4])
    if day is None and int(second) == (year + 1) % 100:  # a financial year, over at the end of March
        return f"{year + 1:04d}-03" < meeting[:7]
    if day is None:
        return due < meeting[:7]
    return due < meeting[:10]


def due_after_meeting(text: str, unit: TextUnit) -> bool:
    """The sentence names a due date ("by March 2026", "in 2019-20") later than the paper's meeting."""
    default_year = int(unit.meeting_date[:4]) if unit.meeting_date and unit.meeting_date[:4].isdigit() else None
    due = find_deadline(text, default_year=default_year)
    if due is None:
        return False
    if not unit.meeting_date:
        return True
    return due[2][:7] >= unit.meeting_date[:7]


_FIGURE = re.compile(r"(?<![\w.,/])(\d[\d,]*(?:\.\d+)?)\s*(%|per\s*cent|days?|weeks?|months?|hours?)?(?![\w/-])", re.I)
_TIME_UNITS = ("day", "week", "month", "hour")
_LOWER_BOUNDS = ("less", "fewer", "below", "under", "at most", "no more")
_HIGHER_BOUNDS = ("more", "above", "over", "at least", "no less")


def _unit_family(unit: str | None) -> str | None:
    if not unit:
        return None
    unit = unit.lower()
    return "%" if unit == "%" or unit.startswith("per") else unit.rstrip("s")


def _value(number: str) -> float:
    return float(number.replace(",", ""))


def against_target(text: str) -> str | None:
    """"challenge" when a figure falls short of the target it is stated against ("58% of audited cases were
    rated good or better, against a target of 70%"; "the average wait was 9.8 weeks against a target of 4
    weeks"), "achievement" when it meets it, None when the sentence states no figure against a target.
    A measurement, not a promise, whatever date it carries (cue group `target_comparison`)."""
    phrases, lower = _cues().target_comparison["phrase"], _cues().target_comparison["lower_is_better"]
    m = next((m for p in phrases if (m := p.search(text))), None)
    if m is None:
        return None
    family = _unit_family(m.group("unit"))
    before = text[: m.start()]
    figures = [f for f in _FIGURE.finditer(before) if family is None or _unit_family(f.group(2)) == family]
    figures = [f for f in figures if not (f.group(2) is None and re.fullmatch(r"(?:19|20)\d\d", f.group(1)))
               and not re.search(r"\b(?:q|quarter|year|phase|stage|tier|level|priority|theme)\s*$", before[: f.start()], re.I)]
    if not figures:
        return None
    actual, target = _value(figures[-1].group(1)), _value(m.group("value"))
    family = family or _unit_family(figures[-1].group(2))  # "9.8 days against a target of 8"
    bound = " ".join((m.group("bound") or "").lower().split())
    if bound.startswith(_LOWER_BOUNDS):
        lower_better = True
    elif bound.startswith(_HIGHER_BOUNDS):
        lower_better = False
    else:
        lower_better = family in _TIME_UNITS or any(p.search(before) for p in lower)
    short = actual > target if lower_better else actual < target
    return "challenge" if short else "achievement"


def against_previous(text: str) -> str | None:
    """"achievement" when a figure compared with its own earlier value moved the right way ("the average wait
    between death and cremation was 11 days, compared with 16 days a year ago"), "challenge" the wrong way, None
    when the sentence states no such comparison or nothing says which way is better (a count of demand "compared
    with 4,120 last year"). A result, like a figure against its target (cue group `target_comparison`: 'previous',
    'lower_is_better', 'higher_is_better')."""
    cues = _cues().target_comparison
    m = next((m for p in cues.get("previous", ()) if (m := p.search(text))), None)
    if m is None:
        return None
    family = _unit_family(m.group("unit"))
    before = text[: m.start()]
    figures = [f for f in _FIGURE.finditer(before) if _unit_family(f.group(2)) == family]
    if not figures:
        return None
    now, then = _value(figures[-1].group(1)), _value(m.group("value"))
    lower_better = family in _TIME_UNITS or any(p.search(before) for p in cues["lower_is_better"])
    higher_better = any(p.search(before) for p in cues.get("higher_is_better", ()))
    if now == then or lower_better == higher_better:  # no change, or no (or a mixed) direction
        return None
    return "achievement" if (now < then if lower_better else now > then) else "challenge"


def benchmark_target(text: str) -> str | None:
    """The named benchmark a promise's target is ("Increase the uptake of NHS Health Checks to at least in line with
    the national average" -> "national average"), else None. Such a target is measurable: a later paper's figure
    beside that benchmark settles it, as a number would. The statement finder records it as the SMART facet
    `measurable`; the benchmark itself is this function's answer, for a reader that wants it (the Specificity
    record has no field for it)."""
    m = next((m for p in _cues().target_comparison.get("benchmark", ()) if (m := p.search(text))), None)
    return " ".join(m.group("benchmark").lower().split()) if m is not None else None


__all__ = ["find_actor", "deadline", "lead_in_due", "benchmark_target", "before_meeting", "due_after_meeting", "declarative", "against_target", "against_previous"]
