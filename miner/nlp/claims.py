"""Component `miner_claims`: numeric claims with metric, indicator, as-of, comparator and change.

Reads `doc._.miner_unit` (a TextUnit) and writes one span per claim to
`doc.spans["miner_claims"]`, each with its finished `Claim` on
`span._.miner_record` (offsets absolute: unit.start + span.start_char).

Conventions (also in annotations/README.md, "Claims"):
- A change pair ("increased from 319 in December 2016 to 345 in December 2017",
  "1954, an increase from 1857") is ONE claim on the newer value (345) with
  from_value/to_value/direction set; the older value is not a claim of its own.
- A benchmark number ("the national rate of 44") is a claim of its own, and is
  also the comparator_value of the number it is compared with.
- Not claims: list and paragraph numerals, dates, years and periods, ages and
  age ranges, postcodes, phone numbers, times, legislation and section numbers,
  document and page references (see `patterns/units.json` "not_claim_*").
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from miner.model import Claim, TextUnit, stable_id
from miner.nlp.dates import find_bare_months, find_dates, find_month_ranges, find_periods
from miner.nlp.numbers import PATTERNS_DIR, QuantityMatch, find_quantities, money_scale_captions, unit_words

METHOD = "rule:miner_claims/1"

if not Doc.has_extension("miner_unit"):
    Doc.set_extension("miner_unit", default=None)


@lru_cache(maxsize=1)
def indicators() -> list[dict]:
    """Indicator taxonomy, flattened, with compiled patterns and the gbp_only flag of the group."""
    with open(PATTERNS_DIR / "indicators.json", encoding="utf-8") as fh:
        data = json.load(fh)
    flat = []
    for group in data["groups"]:
        for ind in group["indicators"]:
            flat.append(
                {
                    **ind,
                    "gbp_only": bool(group.get("gbp_only")),
                    "regex": [re.compile(p, re.I) for p in ind["patterns"]],
                }
            )
    return flat


# --- what is not a claim -------------------------------------------------------------

# Words that make the number after them a name or a reference, not a quantity:
# "section 17", "Levels 2 and 3", "phase 3", "Year 6", "Round 3", "Appendix 1", "Page 4", "Chart 2", "Band 6", "Junction 7".
_LABEL_BEFORE = re.compile(
    r"(?:\b(?:sections?|paragraphs?|paras?|pages?|appendix|appendices|annex|table|figure|items?|"
    r"levels?|phases?|rounds?|year|stage|tiers?|steps?|option|recommendations?|grade|class|chapter|"
    r"parts?|schedule|clause|article|regulations?|no\.?|number|quarter|version|minute|minutes|wards?|"
    r"key stage|ks|q|decision|report|agenda|line|row|column|priority|objective|outcome|"
    r"question|motion|amendment|covid|cohort|act|tranche|release|lot|team|day|progress|waves?|"
    r"charts?|graphs?|box|slides?|bands?|routes?|junctions?|scenarios?|exhibits?|cat|category|art)\s*(?:\d+\s*(?:,|and|or|to|&)\s*)?|"
    r"\bss?\.\s?|\bper\s+|[\-/])$",  # "s.17", "S.74": a section of an Act; "per 100,000": a rate's base
    re.I,
)
# Ages: "aged 16", "between the ages of 0-18", "up to the age of 25", "over the age of 5".
_AGE_BEFORE = re.compile(r"\b(?:(?:aged?|ages(?: of)?|age of|under|year)\s+(?:from\s+|of\s+|between\s+|over\s+|under\s+)?"
                         r"(?:\d{1,2}\s*(?:to|and|-|–)\s*)?|(?:post|pre)[- ])$", re.I)  # "aged 18 to 25", "aged over 21", "post 16 transport"
_AGE_AFTER = re.compile(r"^\s?(?:(?:[-–&]|and|or)\s?\d+\s?)?[- ]?(?:year[- ]?olds?|years? old|yrs?\b|-year)", re.I)
_RANGE_AFTER = re.compile(r"^\s?[-–]\s?\d")  # "0-25", "8–19", "24 – 28 February"
_RANGE_BEFORE = re.compile(r"\d\s?[-–]\s?$")
_YEARLIKE_AFTER = re.compile(r"^[-\s]?(?!Year (?:R|\d{1,2})\b)(?:years?\b|year[- ]|yearly|hours? a week|o'clock|am\b|pm\b|a\.m|p\.m)", re.I)
_TIME = re.compile(r"\b\d{1,2}[.:][0-5]\d\s?(?:am|pm|a\.m\.|p\.m\.|hrs)\b|\b\d{1,2}:\d\d\b|\b\d{1,2}\s?(?:am|pm)\b", re.I)
_PHONE = re.compile(r"(?<!\d)0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)")
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")
_REFERENCE = re.compile(r"\b\d+/\d+(?:/\d+)*\b|\b\d+\(\d+\)|\b\d+:\d+\b")  # "24/00109", "18(7)"
_LIST_NUMERAL_LINE = re.compile(r"(?:^|\n)[ \t]*(?:[-•*▪●o]\s+)?(?:\(?[ivxlc\d]+[.)]\s*)*\(?$", re.I)
# Frequencies and opening hours: "seven days a week", "4 nights each week", "x3 a year".
_FREQUENCY_AFTER = re.compile(r"^\s?(?:days?|nights?|times?|hours?|sessions?)?\s*(?:a|per|each|every)\s+(?:week|day|month|year|term)\b", re.I)
# Ages written "16+", "21+" (an age band, not a count); larger numbers ("300+ duties") are counts.
_AGE_PLUS_AFTER = re.compile(r"^\+(?!\s?%)")
# "a third party", "third-party": a compound, not a fraction.
_NOT_FRACTION_AFTER = re.compile(r"^[- ]part(?:y|ies)\b", re.I)
_DURATION_SCHEDULE = re.compile(r"\b(?:every|next|each|per|last|past|statutory|first|final|within|after|rolling|space of|"
                                r"(?:in|over|during|across|for)\s+the|"  # "received in the three months": the quarter
                                r"(?:period|minimum|maximum) of|(?:completed|issued|finalised|finished) in|"
                                r"(?<!wait )(?<!waited )(?<!waiting )for)\s+(?:about\s+|around\s+|a further\s+|another\s+|just\s+|only\s+)?$", re.I)
# "The 12 months to December 2024", "the 6 weeks ending 31 March": a period, not a figure.
_PERIOD_ENDING_AFTER = re.compile(r"^\s+(?:to|ending|up\s+to)\s+(?:the\s+end\s+of\s+)?(?:\d|January|February|March|April|May|June|July|"
                                  r"August|September|October|November|December|Q[1-4]|Quarter|the\s+end)", re.I)
# "reviews waiting over 12 months", "waited more than 18 weeks": the threshold that defines a count.
_WAITING_BEFORE = re.compile(r"\b(?:waiting|waited|wait|waits)\s+(?:for\s+)?(?:over|more\s+than|longer\s+than|in\s+excess\s+of|under|less\s+than)\s+$", re.I)
# The lower end of a range: "10 to 11 percent", "400 to 700 staff", "9 to 36-month" (the upper
# number is the claim); "from 80 to 90" is a change pair instead, read by `_relations`.
_RANGE_TO_AFTER = re.compile(r"^\s+to\s+(?:about\s+|around\s+)?\d", re.I)
_RANGE_AND_AFTER = re.compile(r"^\s+and\s+\d", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\b[^,;.\d]{0,25}$", re.I)  # "from the current 80 to 90" is a change
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:about\s+|around\s+|approximately\s+)?$", re.I)
# A decade: "since deregulation in the 1980's", "the 1990s".
_DECADE_AFTER = re.compile(r"^'?s\b")
# A month then a day or short year, without a full date: "from April 25", "on March 3rd,".
_MONTH_DAY = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                        r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\s+\d{1,2}(?:st|nd|rd|th)?\b"
                        r"(?=\s*(?:[,.;:)]|$|to\b|and\b|[-–]))", re.M)
# A day and month without a year: "On 6 February I cycled", "the meeting on 23 May last year".
_DAY_MONTH = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|"
                        r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b")


@lru_cache(maxsize=1)
def _VOTE_BEFORE() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in unit_words()["not_claim_vote_words"])
    return re.compile(rf"(?:^|\n)\s*(?:{words})\s*[:(]\s*$", re.I)


def _masked_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges whose numbers are never claims (dates, periods, times, phones...)."""
    spans: list[tuple[int, int]] = []
    for start, end, iso in find_dates(text):
        if len(iso) == 4 and not 1990 <= int(iso) <= 2035:
            continue  # "2060 families" is a count, not a year
        spans.append((start, end))
    spans += [(s, e) for s, e, _ in find_periods(text)]
    for regex in (_TIME, _PHONE, _POSTCODE, _REFERENCE, _DAY_MONTH, _MONTH_DAY):
        spans += [m.span() for m in regex.finditer(text)]
    for caption, _factor in money_scale_captions():  # "£000s" heads a column; it is not £0
        spans += [m.span() for m in caption.finditer(text)]
    return spans


def not_a_claim(text: str, q: QuantityMatch, masked: list[tuple[int, int]]) -> str | None:
    """Why the number at `q` is not a quantity claim, or None when it is one."""
    ns, ne = q.number_start, q.number_end
    if any(s < ne and ns < e for s, e in masked):
        return "date_time_or_reference"
    before, after = text[max(0, ns - 40) : ns], text[ne : ne + 30]
    if re.search(r"\d\.$", before) or re.match(r"\.\d", after):
        return "paragraph_number"  # part of "4.10.1"
    unit = q.quantity.unit
    if unit in ("count", "ratio"):
        # "1 Introduction", "2.) Budget"; not a table cell "440 places", "85 Year R" (school year group)
        if re.search(r"(?:\.{3,}|…)\s*$", before):
            return "page_number"  # a contents line: "Revenue Budget Forecast ........ 6"
        if _LIST_NUMERAL_LINE.search(before) and re.match(r"^\s*\|", after):
            return "list_numeral"  # "3 | Revenue Budget Forecast"
        wrapped = re.search(r"[a-z,]\s*\n[ \t]*$", before) is not None  # a PDF line break mid-sentence
        if _LIST_NUMERAL_LINE.search(before) and re.match(r"^(?:[.)]|\s*$)" if wrapped else r"^(?:[.)]|\s+(?!Year\b)[A-Z(]|\s*$)", after or " "):
            return "list_numeral"
        if _LABEL_BEFORE.search(before) and not (re.search(r"\d\s*,\s*$", before) and re.match(r"^\s+out\s+of\b", after)):
            return "label"  # but "at Key stage 4, 3 out of 38 young people" is a count
        if after.startswith(")") and not before.endswith("("):
            return "list_numeral"  # "Can the Cabinet Member tell me: 1) How many ..."
        if re.match(r"^(?:st|nd|rd|th)\b|^:\d", after):
            return "ordinal_or_score"
        if re.search(r"\d(?:st|nd|rd|th)\s+(?:out\s+)?of\s+(?:the\s+)?$", before):
            return "rank_field"  # the size of a ranking: "324th out of 324 council areas"
    if unit == "count":
        if _AGE_BEFORE.search(before) or _AGE_AFTER.match(after):
            return "age"
        if _RANGE_AFTER.match(after) or _RANGE_BEFORE.search(before):
            return "range"
        if (_RANGE_TO_AFTER.match(after) and not _FROM_BEFORE.search(before)) or (
                _RANGE_AND_AFTER.match(after) and _BETWEEN_BEFORE.search(before)):
            return "range"
        if _VOTE_BEFORE().search(before) and after.startswith(")"):
            return "vote_tally"  # "For (14)", "Against (45)"
        if (q.quantity.value.is_integer() and 1800 <= q.quantity.value <= 2099 and "," not in text[ns:ne]
                and _DECADE_AFTER.match(after)):
            return "year"
        if _YEARLIKE_AFTER.match(after):
            return "duration_or_time"
        if q.quantity.value.is_integer() and 1990 <= q.quantity.value <= 2035 and "," not in text[ns:ne]:
            return "year"
        # an older year after a time preposition: "the Council had existed since 1889"
        if (q.quantity.value.is_integer() and 1800 <= q.quantity.value <= 2099 and "," not in text[ns:ne]
                and re.search(r"\b(?:since|until|before)\s+$", before, re.I)):
            return "year"
        if (q.quantity.value.is_integer() and 1800 <= q.quantity.value <= 2099 and "," not in text[ns:ne]
                and re.search(r"\b(?:Act|[A-Z]{2,})\s+$", before)):
            return "year"  # legislation: "section 137 of the LGA 1972", "the Education Act 1944"
        if q.is_word and text[q.start].isupper() and re.match(r"^\s+[A-Z][a-z]", after) and re.search(r"(?:\b[a-z]+|\()\s*$", before):
            return "name"  # a number word in a name mid-sentence: "in the Four Oaks ward", "(Six Bells)"
        # a number word in a hyphenated adjective: "two-tier areas", "a four-area locality model"
        if re.match(r"^-times?\b", text[q.end : q.end + 7], re.I):
            return "compound_word"  # "a keynote from 4-time Olympian"
        if q.is_word and re.match(r"^-[a-z]", text[q.end : q.end + 2]):
            return "compound_word"
        if q.is_word and re.search(r"\b(?:one|two|three|four|five|six)\s+or\s+$", before, re.I):
            return "word_not_count"  # "one or two main topics": a vague amount
        if q.is_word and re.match(r"^\s+(?:or|and|to)\b", after):
            return "word_not_count"
        if _AGE_PLUS_AFTER.match(after) and (q.quantity.value <= 25 or (before.endswith("(") and q.quantity.value <= 100)):
            return "age"  # "16+", "older people (65+)"
        if re.match(r"^\s+(?:and|or)\s+(?:over|older)\b", after) and q.quantity.value <= 100:
            return "age"  # "older people (65 and over)"
        if re.match(r"^\s*(?:hours?|hrs?|minutes?|mins?)\b", after) and _DURATION_SCHEDULE.search(before):
            return "schedule"  # "attended within 2 hours of notification"
    if unit in ("count", "days") and _FREQUENCY_AFTER.match(text[q.end : q.end + 30] if unit == "days" else after):
        return "frequency"
    if unit in ("%", "GBP") and re.match(r"^\s?(?:[-–]|to)\s?£?\d", text[q.end : q.end + 8]) and not _FROM_BEFORE.search(before):
        return "range"  # the lower end of "40%-50%", "£2m to £3m"
    if q.is_word and _NOT_FRACTION_AFTER.match(text[q.end : q.end + 12]):
        return "compound_word"
    if q.is_word and unit == "%" and re.match(r"^[^.;()]{0,40}\(\s*\d+(?:\.\d+)?\s*%\s*\)", text[q.end : q.end + 60]):
        return "restated"  # "A fifth of consultees answering (20%)": the bracketed figure is the claim
    if unit in ("weeks", "months", "days") and _PERIOD_ENDING_AFTER.match(text[q.end : q.end + 40]) and re.search(r"\bthe\s+(?:last\s+|past\s+)?$", before, re.I):
        return "period"  # "The 12 months to December 2024 saw a 6% decrease": the period of another figure
    if unit in ("weeks", "months", "days") and _WAITING_BEFORE.search(before):
        return "threshold"  # "Annual EHCP reviews waiting over 12 months": what is counted, not a figure
    if unit in ("days", "weeks", "months") and (_DURATION_SCHEDULE.search(before) or text[ne : ne + 1] == "-"):
        return "schedule"  # "every three months", "the 20-week assessment process"
    if unit in ("weeks", "months") and q.quantity.value > 1 and not text[q.start : q.end].lower().endswith("s"):
        return "schedule"  # a singular unit is an adjective: "the six week election period", "20 Week completion rate"
    return None


# --- context: metric, indicator, as-of, comparator, change ---------------------------


def _metric(doc: Doc, q: QuantityMatch) -> str | None:
    """The noun phrase the number counts, from the dependency parse."""
    span = doc.char_span(q.number_start, q.number_end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    head = tok.head
    if tok.dep_ == "nummod" and head.pos_ in ("NOUN", "PROPN"):
        # "82% of the overall target": the noun after "of" is what is counted
        if head.text.lower() in ("%", "per", "cent", "percent") or head.lemma_ in ("rate", "number"):
            pass
        words = [t for t in head.subtree if t.i >= head.i or t.dep_ in ("compound", "amod")]
        words = [t for t in words if not (span.start <= t.i < span.end)][:12]
        return " ".join(t.text for t in words).strip() or None
    for child in tok.children:  # "82% of the overall target", "2356 ... EHCPs"
        if child.dep_ == "prep" and child.text.lower() == "of":
            return " ".join(t.text for t in list(child.subtree)[1:12]) or None
    verb = tok
    while verb.dep_ not in ("ROOT",) and verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            words = [t.text for t in child.subtree][:14]
            phrase = " ".join(words)
            return re.sub(r"^(?:the|our) (?:number|total|proportion|rate) of ", "", phrase, flags=re.I)
    return None


# Nouns a number can count without saying what is measured: the indicator is then in the
# words around ("413 children looked after", "2630 referrals ... a rate of 412").
_PEOPLE_NOUNS = {"child", "children", "young", "people", "person", "family", "families", "pupil", "pupils",
                 "learner", "learners", "case", "cases", "household", "households", "individual", "individuals",
                 "adult", "adults", "student", "students", "%", "per", "cent",
                 # and words that say how, not what: "an increase of 477", "a total of 44.9FE", "10 Year R"
                 "rate", "rates", "number", "numbers", "total", "increase", "decrease", "rise", "fall", "reduction",
                 "average", "proportion", "percentage", "share", "figure", "figures", "year", "years", "level"}


def _counted_noun(doc: Doc, q: QuantityMatch) -> str | None:
    """The noun the number counts ("255 successful applications" -> "application"), if the parse says."""
    span = doc.char_span(q.number_start, q.number_end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    if tok.dep_ == "nummod" and tok.head.pos_ == "NOUN":
        return tok.head.lower_
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        return tok.head.head.lower_  # "a sibling group of 4"
    return None


def _counts_other_thing(doc: Doc, q: QuantityMatch) -> bool:
    """The number counts a thing no indicator measures ("255 successful applications", "a sibling
    group of 4", "10 additional temporary officers"): indicator words elsewhere in the sentence
    are about another number."""
    noun = _counted_noun(doc, q)
    if q.quantity.unit != "count" or noun is None or noun in _PEOPLE_NOUNS:
        return False
    return not any(r.search(noun) for ind in indicators() for r in ind["regex"])


# A percentage of a population ("87% of care leavers ..."): what it measures is in the words after.
_SHARE_OF = re.compile(r"^[\d.,]+\s*(?:%|per\s?cent|percent)\s+of\b", re.I)


def _indicator(sentence: str, offset: int, metric: str | None, unit: str, counted: str | None = None) -> str | None:
    """Canonical indicator: first taxonomy hit in the metric, else nearest in the sentence.

    A hit after the number in its own clause ("31 children were adopted") counts its
    distance once; past a comma or "and", twice (the words before a number usually
    name it). A population indicator gives way to a specific one in the clause after.
    """
    candidates = [i for i in indicators() if i["gbp_only"] == (unit == "GBP") or i.get("any_unit")]
    clause = re.split(r"[;:.,]|\band\b", sentence[offset : offset + 90])[0]

    def specific(ind: dict) -> str:
        if ind.get("generic"):  # money in general: a specific kind named in the sentence wins
            hits = [(abs(m.start() - offset), other["id"]) for other in candidates
                    if not other.get("generic") and not other.get("population")
                    for r in other["regex"] for m in r.finditer(sentence)]
            if hits:
                return min(hits)[1]
        if ind.get("population"):  # who is counted; the words after may say what is measured
            after = re.split(r"[;:.]|,(?!\s*(?:who|which|that)\b)|\band\b", sentence[offset : offset + 90])[0]  # through "..., who study"
            for other in candidates:
                if not other.get("population") and any(r.search(after) for r in other["regex"]):
                    return other["id"]
            if unit == "%" and _SHARE_OF.match(sentence[offset:]):
                return ""  # "100% of LAC have a health plan": a rate of something the taxonomy lacks
        return ind["id"]

    if metric:
        for ind in candidates:
            if any(r.search(metric) for r in ind["regex"]):
                return specific(ind)
    # a number counting something no indicator measures takes an indicator only from its own clause
    own_clause_only = (unit == "count" and counted is not None and counted not in _PEOPLE_NOUNS
                       and not any(r.search(counted) for ind in indicators() for r in ind["regex"]))
    # what the amount is "of"/"in": "£60 million net in savings/income", "£40 million of capital funding"
    of_phrase = re.match(r"^\S*(?:\s+(?:net|gross|million|billion|m|bn|k)){0,2}\s+(?:in|of)\s+((?:[\w/'-]+\s+){0,2}[\w/'-]+)", sentence[offset:])
    if of_phrase and unit == "GBP":
        for ind in candidates:
            if any(r.search(of_phrase.group(1)) for r in ind["regex"]):
                return specific(ind)
    best: tuple[int, int, dict] | None = None
    for rank, ind in enumerate(candidates):
        for regex in ind["regex"]:
            for m in regex.finditer(sentence):
                if own_clause_only and not (offset <= m.start() and m.end() <= offset + len(clause)):
                    continue
                if m.end() <= offset:
                    distance = offset - m.end()
                elif m.end() <= offset + len(clause):
                    distance = m.start() - offset
                else:
                    distance = (m.start() - offset) * 2
                key = (abs(distance), rank, ind)
                if best is None or key[:2] < best[:2]:
                    best = key
    return specific(best[2]) if best and best[0] < 160 else None


# A date right after these belongs to the older value of a change or to a starting point
# ("from 19% in 2017", "a 68% increase since 2015/16", "compared to 425 December 2018"),
# or is a deadline ("up to March 2020", "by 2020/21"): not what the number is as of.
_OLD_SIDE = re.compile(
    r"(?:\b(?:from|since|compar\w*\s+(?:to|with)|than|previous|against|versus|vs)\b[^,;.()]{0,22}|"
    # "a 4% increase on the same period in 2023/24", "in comparison with Quarter 3, 2023/24"
    r"\b(?:compared|in comparison) (?:to|with)\s+(?:the\s+)?(?:same\s+(?:period|time|point|quarter|month)\s+(?:in|of|last)\s+)?"
    r"(?:(?:Quarter|Q)\s?[1-4],?\s+)?|"
    r"\b(?:on|than)\s+(?:the\s+)?same\s+(?:period|time|point|quarter|month)\s+(?:in|of|last)\s+(?:(?:Quarter|Q)\s?[1-4],?\s+)?|"
    r"\b(?:by|until|up to|before|after|implementation of|commenc\w*(?:\s+(?:on|in|from))?|go(?:es)? live(?:\s+(?:on|in|from))?)\b(?:\s+the)?(?:\s+(?:end|start|beginning) of)?\s+)$",
    re.I,
)
# A year right after a capitalised name is part of a title, not an as-of date:
# "Children and Families Act 2014", "Mental Health and Wellbeing 2015–2020", "CYPP 2019 – 2022".
_TITLE_BEFORE = re.compile(r"\w[\s,]+(?!(?:In|From|By|During|Since|At|For|Of|Until|To|On|And|Between|As|End|Year)\b)[A-Z][A-Za-z']*\s+(?:in\s+)?$")


def _bracketed_with_other_figure(sentence: str, f: tuple[int, int, str], offset: int, end: int) -> bool:
    """The date `f` sits in brackets that hold another figure and not the number at offset..end."""
    open_at = sentence.rfind("(", 0, f[0])
    close_at = sentence.find(")", f[1])
    if open_at < 0 or close_at < 0 or ")" in sentence[open_at : f[0]] or open_at <= offset < close_at:
        return False
    inside = sentence[open_at + 1 : f[0]] + sentence[f[1] : close_at]
    return re.search(r"\d", inside) is not None


def _as_of(sentence: str, offset: int, end: int, unit: TextUnit | None) -> str | None:
    """Date or period the number is as of: right after it, else nearest before it in the sentence."""
    found = [(s, e, iso) for s, e, iso in find_dates(sentence) if not (len(iso) == 4 and not 1990 <= int(iso) <= 2035)]
    found += find_periods(sentence, short_years=True)
    ranges = find_month_ranges(sentence)  # "From January to September 2024" is 2024, not its last month
    found = [f for f in found if not any(rs <= f[0] and f[1] <= re_ for rs, re_, _ in ranges)] + ranges
    if unit is not None:  # "December performance": the year from the unit's period or the meeting date
        bare = find_bare_months(sentence, period=unit.period, meeting_date=unit.meeting_date)
        # before the number, or right after it; a later one is a plan ("moving ... in April")
        found += [b for b in bare if not any(s <= b[0] < e for s, e, _ in found) and (b[1] <= offset or 0 <= b[0] - end <= 30)]
    found = [f for f in found if not (f[0] < end and offset < f[1])]
    # dates of an older value or a deadline, unless the number itself is that older value
    found = [f for f in found if not _TITLE_BEFORE.search(sentence[max(0, f[0] - 40) : f[0]])]
    # "by" after a past change is when it was reached ("dropped to 15,000 by 2023"), else a deadline
    reached = re.search(r"\b(?:\w+ed|fell|rose|grew|risen|fallen|grown)\s+to\s+(?:just\s+)?(?:over\s+|under\s+)?$", sentence[max(0, offset - 30) : offset])
    deadline = r"\b(?:until|before|commenc\w*|live)\b" if reached else r"\b(?:by|until|before|commenc\w*|live)\b"
    own = [f for f in found if f[0] >= end and f[0] - end <= 30 and not re.search(r"[;]|\b(?:to|from|since|compar\w*|than|against|versus|vs)\b", sentence[end : f[0]]) and not re.search(deadline, sentence[end : f[0]])]
    kept: list[tuple[int, int, str]] = []
    dropped_end = -1
    for f in sorted(found):
        # an older/deadline date, or one joined to it: "commence on 1 April 2018 and 1 June 2018"
        if _OLD_SIDE.search(sentence[max(0, f[0] - 40) : f[0]]) or (
                dropped_end >= 0 and re.fullmatch(r"\s*(?:,|and|or|&)\s*|\s*\([^()]*", sentence[dropped_end : f[0]])):
            # ... or glossed in brackets after it: "by September 2025 (the start of academic year 2025/26)"
            dropped_end = f[1]
            continue
        kept.append(f)
    # a date in brackets with another figure is that figure's: "34.8% of children (34% in 2023)"
    found = [f for f in kept if not _bracketed_with_other_figure(sentence, f, offset, end)]
    own = [f for f in own if not _bracketed_with_other_figure(sentence, f, offset, end)]
    if own:
        return min(own)[2]
    before = [f for f in found if f[1] <= offset]
    if before:
        return max(before, key=lambda f: f[1])[2]
    # a later date in the number's own clause, not past "and"/";" ("a 68% increase since 2015/16 and
    # high levels have continued at the start of 2018/19")
    later = [f for f in found if f[0] >= end and not re.search(r";|\band\b(?!\s+(?:in|at|by|for)\b)", sentence[end : f[0]])]
    if later:
        return min(later)[2]
    return unit.period if unit is not None else None


_PLACE_CUES = {"england", "south east", "south-east", "west midlands", "south west", "north west", "north east", "region"}


def _cue_kind(text: str) -> str | None:
    words = unit_words()["comparators"]
    low = text.lower()
    hits = []
    for kind, cues in words.items():
        for cue in cues:
            for m in re.finditer(rf"\b{re.escape(cue)}(?![a-z])", low):  # not "targeted"
                if (cue in _PLACE_CUES and re.search(r"\b(?:in|across|throughout)\s+(?:the\s+)?$", low[: m.start()])
                        and m.end() < len(low.rstrip())
                        and not re.match(r"\s*(?:was|is|were|are|of|at|stood|stands|average|rate|figure|level)\b", low[m.end() :])):
                    continue  # "local authorities in England to the top 20%": where, not a benchmark
                hits.append((m.start(), kind))
    return max(hits)[1] if hits else None  # the cue nearest the benchmark number


def _cue_right_after(text: str) -> str | None:
    """A benchmark named right after its figure: "compared to 32.1% nationally", "44 in England"."""
    m = re.match(r"^\s*(?:in|across|for)?\s*(?:the\s+)?([A-Za-z' -]{3,25}?)(?=[\s,.;)]|$)", text)
    if not m or not m.group(1).strip():
        return None
    kind = _cue_kind(m.group(1).strip())
    return kind if kind in ("national", "regional", "statistical_neighbours") else None


def _direction(text: str) -> str | None:
    u = unit_words()
    low = re.sub(r"\bor (?:more|less|fewer|above|below|over|under|higher|lower)\b", "", text.lower())  # a threshold
    # "10 additional temporary officers", "four more posts": an amount added, not a change of a measure
    low = re.sub(r"\b(?:additional|extra|further)\b|\bmore\b(?!\s+than)", "", low)
    ups = [m.start() for w in u["direction_up"] for m in re.finditer(rf"\b{re.escape(w)}\b", low)]
    downs = [m.start() for w in u["direction_down"] for m in re.finditer(rf"\b{re.escape(w)}\b", low)]
    if not ups and not downs:
        return None
    return "up" if max(ups, default=-1) > max(downs, default=-1) else "down"


# The older value, then a verb of change and "to" the newer one: "peaked at just over 18,000 in
# 2012 and dropped to 15,000 by 2023", "stood at 12% in March, then rose to 14%".
_CHANGE_TO = re.compile(
    r"^[^;]{0,45}?\b(?:and|but|then|before|since when it has|,)\s+(?:has\s+|had\s+|have\s+)?(?:then\s+|since\s+|now\s+)?"
    r"(?:increased|decreased|risen|rose|fallen|fell|dropped|declined|reduced|grown|grew|climbed)\s+(?:again\s+)?to\s+"
    r"(?:an?\s+|just\s+(?:over|under)\s+|over\s+|around\s+|about\s+)?$", re.I)
# The newer value, its date, then its change from the older one: "1954, an increase from 1857",
# "was 24% in 2018, an increase from 19% in 2017", "96%, up from 95%".
_CHANGE_FROM = re.compile(
    r"^(?:\s+(?:in|at|as at|as of|for|during)\s+[^,;()\d]{0,20}(?:19|20)\d\d(?:[-/]\d\d)?)?\W*(?:an?\s+)?"
    r"(?:increase|decrease|rise|fall|reduction|drop|up|down)\s+(?:of\s+\S+\s+)?from\s+(?:an?\s+)?$", re.I)
# After a change or a level, the period it is compared with: "over 3,000 more than the previous
# year", "up 5% on the previous year", "a reduction of £3.5 million compared to the end of Q2",
# "an increase of 477 (2.5%) since January 2023", "up by 11% from 2023".
_PREVIOUS_AFTER = re.compile(
    r"^(?:[^;.]|\.(?=\d)){0,60}?\b(?:(?:than|on|compared\s+(?:to|with)|against)\s+(?:the\s+)?(?:same\s+(?:period|time|point|quarter|month)\s+)?"
    r"(?:previous|last|prior|preceding)\b|compared\s+(?:to|with)\s+(?:the\s+)?end\s+of\s+(?:Q[1-4]|quarter|the\s+(?:first|second|third)\s+quarter)"
    r"|(?:since|from)\s+(?:the\s+end\s+of\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+)?(?:(?:19|20)\d\d\b|\d\d/\d\d\b)"
    # "a 4% increase on the same period in 2023/24", "decreased by 9% compared to Quarter 3, 2023/24"
    r"|(?:on|than|(?:compared|in\s+comparison)\s+(?:to|with))\s+(?:the\s+)?(?:same\s+(?:period|time|point|quarter|month)\s+(?:in|of)\s+)?"
    r"(?:(?:Quarter|Q)\s?[1-4],?\s+)?(?:(?:19|20)\d\d\b|\d\d/\d\d\b))", re.I)


# A number that is the change of the one before it: "70.5%, up 5% on the previous year",
# "22,866 young people voting, over 3,000 more than the previous year".
_CHANGE_WORD_AFTER = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:up|down|more|fewer|higher|lower|less|increase|decrease)\b", re.I)
_CHANGE_WORD_BEFORE = re.compile(r"\b(?:up|down|(?:an?\s+)?(?:increase|decrease|rise|fall|reduction|drop)\s+of)\s+(?:by\s+)?$", re.I)


_CHANGE_OF_BEFORE = re.compile(r"\b(?:increase|decrease|rise|fall|reduction|drop|growth)\s+of\s+$", re.I)


def _dated(text: str) -> bool:
    """`text` (what follows a number) starts with its date: " in December 2017", " (2017/18)"."""
    m = re.match(r"^\s*(?:\(|,)?\s*(?:in|at|as at|as of|for|during|on)?\s*", text, re.I)
    at = m.end() if m else 0
    spans = find_dates(text) + find_periods(text, short_years=True)
    return any(s <= at + 1 for s, _, _ in spans)


_BETTER_WORSE = (r"(?:lower|higher|better|worse|above|below|under|over|in\s+line\s+with|close\s+to|exceed\w*|"
                 r"outperform\w*|compared\s+(?:to|with)|than|against)")


@lru_cache(maxsize=1)
def _benchmark_cues() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str], re.Pattern[str]]:
    kinds = {cue: kind for kind, cues in unit_words()["comparators"].items() if kind != "previous" for cue in cues}
    cue = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(kinds, key=len, reverse=True))
    after = re.compile(rf"^(?:[^;.]|\.(?=\d)){{0,40}}?\b{_BETTER_WORSE}\b[^;.\d]{{0,25}}?\b(?P<cue>{cue})\b", re.I)
    before = re.compile(rf"\b{_BETTER_WORSE}\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){{0,3}}?(?P<cue>{cue})\b[^,;.\d]{{0,30}}$", re.I)
    # the number is itself the benchmark: "Against a national average of 50%", "the England rate was 44"
    own = re.compile(rf"\b(?P<kind>against|compared\s+(?:to|with))\s+(?:an?\s+|the\s+)?(?P<cue>{cue})\s+(?:average\s+|rate\s+|figure\s+|level\s+)?(?:of|at)\s+$", re.I)
    return after, before, kinds, own


def _benchmark_named(before: str, after: str) -> str | None:
    """The kind of benchmark a number is compared with in words only ("above the national average")."""
    after_re, before_re, kinds, _ = _benchmark_cues()
    m = after_re.search(after)
    if m is None and not re.search(r"\b(?:of|at|is|was|were|=|:)\s*$", before):  # "a national average of 50%" is the benchmark
        m = before_re.search(before)
    return kinds[re.sub(r"\s+", " ", m.group("cue").lower())] if m else None


def _up_down(text: str) -> str | None:
    m = re.search(r"\b(up|down)\b", text, re.I)
    return m.group(1).lower() if m else None


def _relations(text: str, qs: list[QuantityMatch]) -> tuple[dict[int, dict], set[int]]:
    """Change pairs and comparators between the quantities of one sentence.

    Returns per-quantity fields and the indices absorbed as the `from` side of a pair.
    """
    fields: dict[int, dict] = {i: {} for i in range(len(qs))}
    absorbed: set[int] = set()
    for i, q in enumerate(qs):
        for j in range(i + 1, len(qs)):
            r = qs[j]
            between = text[q.end : r.start]
            # a comparison or a benchmark named just before the other figure lets the pair span a longer clause
            near = re.search(r"(?:compar\w*\s+(?:to|with)|than|against|versus)\s*$", between) or _cue_kind(between[-45:])
            limit = 140 if near else 90
            if len(between) > limit or q.quantity.unit != r.quantity.unit and "count" not in (q.quantity.unit, r.quantity.unit):
                break
            before_q = text[max(0, q.start - 25) : q.start].lower()
            if re.search(r"\bfrom\s+(?:the\s+current\s+|an?\s+|a\s+total\s+of\s+)?$", before_q) and re.search(r"\bto\b", between):
                fields[j].update(from_value=q.quantity.normalised, to_value=r.quantity.normalised)
                absorbed.add(i)
                break
            if _CHANGE_TO.search(between) and q.quantity.unit == r.quantity.unit:
                fields[j].update(from_value=q.quantity.normalised, to_value=r.quantity.normalised)
                absorbed.add(i)
                break
            if _CHANGE_FROM.search(between):
                fields[i].update(from_value=r.quantity.normalised, to_value=q.quantity.normalised)
                absorbed.add(j)
                continue  # a benchmark may follow: "96%, up from 95% in 2017, and above the national rate ... of 94%"
            before_q = text[max(0, q.start - 30) : q.start]
            if (q.quantity.unit == r.quantity.unit and re.search(r"^\s+from\s+(?:an?\s+)?$", between)
                    and _CHANGE_OF_BEFORE.search(before_q)):
                # "an increase of 2% from 6% in 2017": the change, and the level it started from
                fields[i].update(comparator="previous", comparator_value=r.quantity.normalised)
                absorbed.add(j)
                break
            if (q.quantity.unit == r.quantity.unit and re.search(r"\bcompar(?:ed|es|ing)\s+(?:to|with)\s+(?:the\s+)?$", between)
                    and _dated(text[r.end : r.end + 30]) and not _cue_kind(between[-45:])):
                # "546 in January 2019 compared to 523 in December 2017": the same measure earlier
                fields[i].update(comparator="previous", comparator_value=r.quantity.normalised)
                a, b = r.quantity.normalised, q.quantity.normalised
                fields[i].setdefault("direction", "up" if b > a else "down" if b < a else None)
                fields[j]["is_benchmark"] = True
                break
            kind = _cue_kind(between[-45:]) or _cue_right_after(text[r.end : r.end + 30])
            same_unit = q.quantity.unit == r.quantity.unit or r.quantity.unit == "count"
            # "X while Y" contrasts two measures, unless a benchmark is named after the "while"
            contrast = ";" in between or (re.search(r"\bwhile\b", between) and not _cue_kind(between[between.rfind("while") :]))
            if kind and not contrast and same_unit:
                # a change or a bracketed aside of the figure that already took this benchmark does not take it too:
                # "71.8% ..., up 0.8% from 16/17, above the national average ... 71.5%", "34.8% (34% in 2023) ... 43.1%"
                change_of_earlier = fields[j].get("is_benchmark") and (
                    _CHANGE_WORD_BEFORE.search(text[max(0, q.start - 25) : q.start]) or re.search(r"\(\s*$", text[max(0, q.start - 3) : q.start]))
                if "comparator" not in fields[i] and not fields[i].get("is_benchmark") and not change_of_earlier:
                    fields[i].update(comparator=kind, comparator_value=r.quantity.normalised)
                fields[j]["is_benchmark"] = True
                fields[j]["unit"] = fields[i].get("unit", q.quantity.unit)
                break
    for i, q in enumerate(qs):
        f = fields[i]
        if i in absorbed or f.get("is_benchmark") or "comparator" in f:
            continue
        m = _PREVIOUS_AFTER.search(text[q.end : q.end + 110])
        if m is None:
            continue
        between = [r for r in qs if q.end < r.start < q.end + m.end()]
        if any(not (re.match(r"^\s*\($", text[q.end : r.start]) or _CHANGE_WORD_AFTER.match(text[r.end : r.end + 20])
                    or _CHANGE_WORD_BEFORE.search(text[max(0, r.start - 25) : r.start])) for r in between):
            continue  # the cue belongs to a nearer number that is not this one's change
        window = text[max(0, q.start - 30) : q.end] + m.group(0)
        direction = _direction(window) or _up_down(window)
        if "from_value" in f or direction:  # a change, not a level "since 2019"
            f["comparator"] = "previous"
            if "from_value" not in f:
                f.setdefault("direction", direction)
    for i, q in enumerate(qs):  # the benchmark first: "Against a national average of 50% ..., we delivered 90%"
        m = _benchmark_cues()[3].search(text[max(0, q.start - 50) : q.start])
        if m is None or i in absorbed or "comparator" in fields[i]:
            continue
        later = [j for j in range(i + 1, len(qs)) if j not in absorbed and qs[j].quantity.unit == q.quantity.unit
                 and "comparator" not in fields[j] and not fields[j].get("is_benchmark") and qs[j].start - q.end <= 120]
        if later:
            kind = _benchmark_cues()[2][re.sub(r"\s+", " ", m.group("cue").lower())]
            fields[later[0]].update(comparator=kind, comparator_value=q.quantity.normalised)
            fields[i]["is_benchmark"] = True
    for i, q in enumerate(qs):  # a benchmark named without its figure: "503 days, which is lower than the national average"
        f = fields[i]
        if i in absorbed or f.get("is_benchmark") or "comparator" in f:
            continue
        kind = _benchmark_named(text[max(0, q.start - 70) : q.start], text[q.end : q.end + 90])
        if kind:
            f["comparator"] = kind
        elif i > 0 and re.fullmatch(r"\s*\(", text[qs[i - 1].end : q.start]) and text[q.end : q.end + 1] == ")":
            for key in ("comparator", "comparator_value"):  # "by 3.5pp (5%)": the same figure restated
                if key in fields[i - 1]:
                    f[key] = fields[i - 1][key]
    for i, f in fields.items():
        if "from_value" in f:
            a, b = f["from_value"], f["to_value"]
            f["direction"] = "up" if b > a else "down" if b < a else "flat"
    return fields, absorbed


# The whole a part is counted out of ("42 of the 48 schools", "3 out of 38 young people", "two of the
# three indicators") and a subgroup of people just named ("37 of whom are ..."): a group size or a
# subset, not the measure an indicator names.
_SUBSET_OR_WHOLE_BEFORE = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+(?:out\s+of|of\s+the)\s+$", re.I)
_OF_WHOM_AFTER = re.compile(r"^\s+of\s+(?:whom|which)\b", re.I)


# A list item that is only a name and a figure ("o Windsor and Maidenhead, 25%"): what the figure
# measures and which way it moved are said in the lead-in before the list.
_BARE_ITEM = re.compile(r"^\s*(?:[-•*▪●o]\s+)?[A-Z][\w'&.-]*(?:\s+(?:and\s+|of\s+|&\s+)?[A-Z][\w'&.-]*){0,4},?\s+£?[\d.,]+\s*(?:%|m|bn|k|million)?\s*[;.]?\s*$")


_BULLET_LINE = re.compile(r"^\s*[-•*▪●o]\s+\S")


def _list_lead_in(stext: str, at: int, previous: str, earlier: str) -> str | None:
    """The words before a list whose item is only a name and a figure, or None when the number at
    `at` is not such an item. A list read as one sentence keeps its lead-in before the first bullet."""
    line_start = stext.rfind("\n", 0, at) + 1
    line_end = stext.find("\n", at)
    if not _BARE_ITEM.match(stext[line_start : line_end if line_end >= 0 else len(stext)]):
        return None
    lines = stext[:line_start].split("\n")
    first_bullet = next((i for i, ln in enumerate(lines) if _BULLET_LINE.match(ln)), len(lines))
    lead = "\n".join(lines[:first_bullet]).strip()
    if lead:
        return previous + " " + lead if lead.endswith(":") else None
    if _BULLET_LINE.match(stext[line_start:]) or _BARE_ITEM.match(stext):  # the list's last item split off
        plines = previous.split("\n")
        pfirst = next((i for i, ln in enumerate(plines) if _BULLET_LINE.match(ln)), None)
        if pfirst is not None:
            plead = "\n".join(plines[:pfirst]).strip()
            if plead.endswith(":"):
                return earlier + " " + plead
        elif previous.rstrip().endswith(":"):
            return earlier + " " + previous
    return None


# The sentence names its own measure before the number ("The percentage of eligible 2 year olds
# taking up a funded place is 70.5%"): an indicator of the sentence before is not this one's.
# "the number of children coming into our care" names only who: the sentence before may say what.
_OWN_MEASURE_BEFORE = re.compile(r"\b(?:percentage|proportion|number|rate|share)\s+of\s+(?:the\s+|our\s+|all\s+)?([a-z]+)", re.I)


def _names_own_measure(before: str) -> bool:
    return any(m.group(1).lower() not in _PEOPLE_NOUNS and m.group(1).lower() not in ("this", "these", "those", "them", "it", "which")
               for m in _OWN_MEASURE_BEFORE.finditer(before))


# A level, then its change after a comma: "monitors 4,798 pupils ..., 26% up on the same point last
# year", "71.8% ... in 17/18, up 0.8% from 16/17". The level moved the same way, against the same period.
_LEVEL_THEN_CHANGE = re.compile(r"^[^,;.()]{0,70},\s*(?:an?\s+|up\s+|down\s+)?(?:(?:just\s+)?over\s+|around\s+|about\s+|almost\s+|nearly\s+)?$", re.I)
_CHANGE_WORD_AFTER = re.compile(r"^\s*(?:up|down|higher|lower|increase|decrease|rise|fall|more|fewer|less)\b", re.I)


def _level_takes_its_change(stext: str, here: list[tuple[QuantityMatch, dict]]) -> None:
    for (lq, level), (cq, change) in zip(here, here[1:]):
        if level["direction"] is not None or level.get("from_value") is not None or change["direction"] is None:
            continue
        between = stext[lq.end : cq.start]
        named_before = re.search(r"\b(?:up|down)\s+$", between, re.I)
        if not _LEVEL_THEN_CHANGE.match(between) or not (named_before or _CHANGE_WORD_AFTER.match(stext[cq.end : cq.end + 12])):
            continue
        level["direction"] = change["direction"]
        if level["comparator"] is None and change["comparator"] == "previous":
            level["comparator"] = "previous"


@lru_cache(maxsize=1)
def _POPULATION_IDS() -> frozenset[str]:
    return frozenset(i["id"] for i in indicators() if i.get("population"))


def find_claims(doc: Doc, unit: TextUnit | None) -> list[tuple[QuantityMatch, dict, str]]:
    """Quantities in `doc` that are claims, with their context fields (offsets relative to doc)."""
    text = doc.text
    masked = _masked_spans(text)
    claims = [q for q in find_quantities(text) if not_a_claim(text, q, masked) is None]
    out: list[tuple[QuantityMatch, dict, str]] = []
    previous = earlier = ""
    for sent in doc.sents:
        qs = [q for q in claims if sent.start_char <= q.number_start < sent.end_char]
        if not qs:
            earlier, previous = previous, sent.text
            continue
        stext = sent.text
        base = sent.start_char
        local = [
            QuantityMatch(q.start - base, q.end - base, q.quantity, q.number_start - base, q.number_end - base, q.is_word)
            for q in qs
        ]
        fields, absorbed = _relations(stext, local)
        here: list[tuple[QuantityMatch, dict]] = []
        for i, (q, lq) in enumerate(zip(qs, local)):
            if i in absorbed:
                continue
            f = fields[i]
            metric = _metric(doc, q)
            record = {
                "metric": metric,
                "indicator": _indicator(stext, lq.number_start, metric, q.quantity.unit, _counted_noun(doc, q)),
                "as_of": _as_of(stext, lq.start, lq.end, unit),
                "comparator": f.get("comparator"),
                "comparator_value": f.get("comparator_value"),
                "from_value": f.get("from_value"),
                "to_value": f.get("to_value"),
                "direction": f.get("direction"),
            }
            # a list item "o Hampshire, 15%" under "council tax increases ... reference was made to:"
            lead = _list_lead_in(stext, lq.start, previous, earlier)
            if record["direction"] is None and not f.get("is_benchmark"):
                start = lq.start - 30
                low = re.search(r"\d[\d,.]*\s+to\s+$", stext[max(0, lq.start - 20) : lq.start])  # "by about 10 to 11 percent"
                if low:
                    start -= len(low.group(0))
                window = re.split(r"[,;:]", stext[max(0, start) : lq.start])[-1] + stext[lq.start : lq.end + 12]
                record["direction"] = _direction(window)
                if record["direction"] is None and lead:
                    record["direction"] = _direction(lead)
            decided_none = record["indicator"] == ""  # the sentence names who, not what: no fallback
            if _SUBSET_OR_WHOLE_BEFORE.search(stext[max(0, lq.start - 30) : lq.start]) or _OF_WHOM_AFTER.match(stext[lq.end : lq.end + 12]):
                record["indicator"], decided_none = None, True  # the whole of "42 of the 48 schools"; "13 of whom ..."
            if decided_none:
                record["indicator"] = None
            elif (record["indicator"] is None and previous and not _counts_other_thing(doc, q)
                  and not _names_own_measure(stext[: lq.start])):
                record["indicator"] = _indicator(previous, len(previous), None, q.quantity.unit)
                if (q.quantity.unit == "%" and record["indicator"] in _POPULATION_IDS()
                        and not re.search(r"\d\s*\(\s*$", stext[max(0, lq.start - 6) : lq.start])):  # not "477 (2.5%)"
                    record["indicator"] = None  # "34.8% of children (...) are educated in mainstream": not the count of EHCPs before
            if record["indicator"] is None and not decided_none and lead:
                record["indicator"] = _indicator(lead, len(lead), None, q.quantity.unit)
            if record["indicator"] is None and not decided_none and unit is not None and getattr(unit, "tabular", False):
                # a table cell is named by the cells around it ("85 Year R" under "5FE", above "6.3FE")
                lo = max(0, q.number_start - 200)
                record["indicator"] = _indicator(text[lo : q.number_start + 200], q.number_start - lo, None, q.quantity.unit)
            record["indicator"] = record["indicator"] or None
            out.append((q, record, f.get("unit", q.quantity.unit)))
            here.append((lq, record))
        _level_takes_its_change(stext, here)
        earlier, previous = previous, stext
    return out


@Language.factory("miner_claims", assigns=["doc.spans"])
def make_claim_finder(nlp: Language, name: str) -> "ClaimFinder":
    return ClaimFinder()


class ClaimFinder:
    """Writes a span per numeric claim, with its `Claim` on `span._.miner_record`."""

    def __call__(self, doc: Doc) -> Doc:
        unit: TextUnit | None = doc._.miner_unit
        offset = unit.start if unit is not None else 0
        spans = []
        for q, f, claim_unit in find_claims(doc, unit):
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is None:
                continue
            start, end = offset + q.start, offset + q.end
            doc_id = unit.document_id if unit else ""
            value = q.quantity.normalised
            if unit is not None and unit.money_scale and claim_unit == "count" and value == q.quantity.value:
                claim_unit, value = "GBP", q.quantity.value * unit.money_scale  # a cell under "All figures in £m"
            span._.miner_record = Claim(
                id=stable_id(doc_id, start, end, "claim"),
                document_id=doc_id,
                section_id=unit.section_id if unit else None,
                statement_id=None,
                text=doc.text[q.start : q.end],
                start=start,
                end=end,
                value=value,
                unit=claim_unit,
                period=unit.period if unit else None,
                method=METHOD,
                **f,
            )
            spans.append(span)
        doc.spans["miner_claims"] = spans
        return doc
