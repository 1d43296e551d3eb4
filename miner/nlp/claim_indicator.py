"""What a number measures: its metric phrase (from the parse) and its canonical indicator.

The indicator taxonomy is `patterns/indicators.json`; the nouns that count without
naming a measure ("children", "an increase of") are in `patterns/claim_cues.json`.
A number whose own words name nothing may take the indicator of the sentence
before, of a list's lead-in, or of the table cells around it (see `claims.find_claims`).
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache

from spacy.tokens import Doc

from miner.nlp import literals
from miner.nlp.claim_cues import cue_alternation, cue_words
from miner.nlp.numbers import PATTERNS_DIR, QuantityMatch
from miner.nlp.doctext import text_of


@lru_cache(maxsize=1)
def indicators() -> list[dict]:
    """Indicator taxonomy, flattened, with compiled patterns and the gbp_only flag and units of the group."""
    with open(PATTERNS_DIR / "indicators.json", encoding="utf-8") as fh:
        data = json.load(fh)
    flat = []
    for group in data["groups"]:
        for ind in group["indicators"]:
            flat.append(
                {
                    **ind,
                    "gbp_only": bool(group.get("gbp_only")),
                    # only these claim units, when given (the indicator's own, else its group's): "92% of planning
                    # applications" is not a count of applications
                    "units": tuple(ind.get("units", group.get("units", ()))),
                    "regex": [re.compile(_wrapped_spaces(_compound_durations(p)), re.I | re.S) for p in ind["patterns"]],
                    "not_after": [re.compile(_wrapped_spaces(p), re.I | re.S) for p in ind.get("not_after", ())],
                }
            )
    return flat


@cache
def _positions() -> dict[str, int]:
    """Each indicator's place in the taxonomy (`indicators()`), by id."""
    return {ind["id"]: n for n, ind in enumerate(indicators())}


@cache
def _pattern_index() -> tuple[literals.LiteralIndex, tuple[tuple[int, re.Pattern[str]], ...]]:
    """Every indicator pattern in taxonomy order as (the indicator's place, pattern), and the words each needs
    (`literals.LiteralIndex`): a text is searched only with the few of the 800-odd patterns whose words it holds."""
    patterns = tuple((n, r) for n, ind in enumerate(indicators()) for r in ind["regex"])
    return literals.LiteralIndex(r for _, r in patterns), patterns


def _searched(text: str) -> list[tuple[int, re.Pattern[str]]]:
    """The (indicator's place, pattern) pairs that may find something in `text`, in taxonomy order."""
    index, patterns = _pattern_index()
    possible = index.possible(text)
    return list(patterns) if possible is None else [patterns[i] for i in sorted(possible)]


@lru_cache(maxsize=512)
def _named_by(text: str) -> frozenset[int]:
    """The places of the indicators whose patterns find something in `text` (a metric, a counted noun, a
    phrase): the taxonomy is searched once per text, not once per figure and candidate."""
    return frozenset(n for n, regex in _searched(text) if regex.search(text))


def named_ids(text: str) -> set[str]:
    """Ids of the indicators named in `text` (the tracker's promises). Uncached, unlike `_named_by`: a cache would
    only flatter `scripts/bench.py`, whose replicated authorities repeat every promise."""
    inds = indicators()
    return {inds[n]["id"] for n, regex in _searched(text) if regex.search(text)}


def names_any(text: str) -> bool:
    """Some indicator's patterns find something in `text`."""
    return bool(_named_by(text))


_DURATIONS = frozenset({"minutes", "days", "weeks", "months", "years"})
# the unit to read an indicator for a change's size in per cent or points: any indicator's size can change by a share
CHANGE = "change"


def _fits_unit(ind: dict, unit: str) -> bool:
    """Money indicators for money, the others for the rest; "any_unit" for both; "units" narrows. A length of
    time is a figure only of an indicator measured in time ("27 weeks" in temporary accommodation is a stay).
    `CHANGE` fits all but money: a change in per cent ("a reduction of 41%") is a change of any measure (tonnes,
    counts, shares), but "Forecasts predicted a 3-7% reduction in ... pupils" is no budget, and "reduce the amount we
    spend on consultants by 15%" no amount of savings."""
    if unit == CHANGE:
        return not ind["gbp_only"] and not ind.get("generic")
    if ind["units"] and unit not in ind["units"]:
        return False
    if unit in _DURATIONS and ind["unit"] not in _DURATIONS and not ind["units"]:
        return False
    return ind["gbp_only"] == (unit == "GBP") or bool(ind.get("any_unit"))


def _plausible(ind: dict, unit: str, value: float | None) -> bool:
    """The value can be a figure of the indicator in this unit (`indicators.json` "plausible"); units the
    map does not list are left to `_fits_unit`."""
    bounds = (ind.get("plausible") or {}).get(unit)
    return value is None or bounds is None or bounds[0] <= value <= bounds[1]


# a length of time written as a plural word in a pattern ("(?:six|6) weeks"), not already optional
_PLURAL_DURATION = re.compile(r"\b(day|week|month|year)s\b(?![?*+{])")


def _compound_durations(pattern: str) -> str:
    """A length of time in a pattern also matches it as a compound adjective, which English writes singular:
    "over six weeks" and "beyond the six-week legal limit", "within 45 working days" and "the 45-day timescale"
    (the hyphen is `_wrapped_spaces`')."""
    return _PLURAL_DURATION.sub(r"\1s?", pattern)


def _wrapped_spaces(pattern: str) -> str:
    """A pattern whose spaces also match a PDF line break ("reviews\ncompleted within") or a hyphen ("six weeks"
    and "six-week", "bed and breakfast" and "bed-and-breakfast"): a space outside a character class becomes any
    run of whitespace or hyphens (one or more, or one when a quantifier follows).
    Patterns are compiled with DOTALL too, so "care leavers? .{0,40}" reads across a wrapped line."""
    out, in_class, escaped = [], False, False
    for i, ch in enumerate(pattern):
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            out.append(ch)
            escaped = True
        elif ch == "[" and not in_class:
            in_class = True
            out.append(ch)
        elif ch == "]" and in_class:
            in_class = False
            out.append(ch)
        elif ch == " " and not in_class:
            quantified = pattern[i + 1 : i + 2] in ("?", "*", "+", "{")
            out.append(r"[\s-]" if quantified else r"[\s-]+")
        else:
            out.append(ch)
    return "".join(out)


@cache
def site_ids() -> frozenset[str]:
    """Indicators measured at a site ("site": true, a pollutant's annual mean): each row of a table of sites is a
    value of it, where a row of names under a count or money caption is a breakdown of the whole."""
    return frozenset(i["id"] for i in indicators() if i.get("site"))


@cache
def population_ids() -> frozenset[str]:
    """Indicators that name who is counted (children looked after), not what is measured."""
    return frozenset(i["id"] for i in indicators() if i.get("population"))


@cache
def caption_rows_ids() -> frozenset[str]:
    """Own-words-only indicators that a "|" table's caption or sub-heading row gives its rows ("caption_rows"): a
    pay scale's cells are pay rates, where a consultation table's rows are a breakdown of its responses."""
    return frozenset(i["id"] for i in indicators() if i.get("caption_rows"))


@cache
def own_words_only_ids() -> frozenset[str]:
    """Indicators a number takes only from its own sentence, not from the sentence before, a list's
    lead-in, a box title or the table cells around (a total, where those name its breakdown)."""
    return frozenset(i["id"] for i in indicators() if i.get("own_words_only"))


def named_beside(ind_id: str, stext: str, start: int, end: int) -> bool:
    """An indicator marked "named_beside" holds only when its words are on the number's own line,
    right by it ("672 consultees chose to answer", "Base: all answering (926)"); a table's rows
    ("Yes\n186 18%") under a head naming it are a breakdown. Others always hold."""
    ind = next((i for i in indicators() if i["id"] == ind_id), None)
    if ind is None or not ind.get("named_beside"):
        return True
    line_start = stext.rfind("\n", 0, start) + 1
    line_end = stext.find("\n", end)
    window = stext[max(line_start, start - 30) : min(line_end if line_end >= 0 else len(stext), end + 40)]
    return any(r.search(window) for r in ind["regex"])


def names_with_number(ind_id: str, stext: str, start: int) -> bool:
    """The indicator's own words run through the number ("there are 50 Family Hub sites"): the number counts what they
    name, whatever noun ends them."""
    ind = next((i for i in indicators() if i["id"] == ind_id), None)
    return ind is not None and any(m.start() <= start < m.end() for r in ind["regex"] for m in r.finditer(stext))


def said_of_another(ind_id: str, stext: str, start: int) -> bool:
    """The sentence before the number says whose figure it is, and that is not the indicator's service: an indicator's
    "not_after" patterns ("The GP exercise referral scheme received 640 referrals" are no referrals to children's
    social care)."""
    ind = next((i for i in indicators() if i["id"] == ind_id), None)
    return ind is not None and any(r.search(stext[:start]) for r in ind["not_after"])


@cache
def generic_ids() -> frozenset[str]:
    """Indicators that name money in general (budget): a specific kind named nearby says more."""
    return frozenset(i["id"] for i in indicators() if i.get("generic"))


def people_nouns() -> frozenset[str]:
    """Nouns a number can count without saying what is measured ("413 children looked after")."""
    return cue_words("people_nouns")


def _number_span(doc: Doc, q: QuantityMatch):
    """The number's tokens when the unit was parsed: a table skips the parser (its tree is not there,
    and walking it has crashed spaCy), so nothing is read from the parse."""
    if not doc.has_annotation("DEP"):
        return None
    return doc.char_span(q.number_start, q.number_end, alignment_mode="expand")


# A paragraph or list label the parser took into a subject ("2.3 Delayed transfers of care"): no part of the metric.
_LABEL = re.compile(r"^(?:\(?[ivxlc\d]+\)|\d+(?:\.\d+)+\.?|\d+\.|[a-z]\))\s+", re.I)


# A metric phrase that starts at the figure's multiplier and runs on past a comma: an apposition after the figure.
_APPOSITION = re.compile(r"^(?:m|k|bn|million|billion|thousand|%)?\s*,\s", re.I)


# a money multiplier ending its sentence, first in the phrase the parse gives the figure: the words after are the next
# sentence's ("£31.4m. Forecast slippage")
_MULTIPLIER_STOP = re.compile(r"^(?:m|k|bn)\.\s", re.I)


def metric(doc: Doc, q: QuantityMatch) -> str | None:
    """The noun phrase the number counts, from the dependency parse, without a paragraph label."""
    phrase = _metric(doc, q)
    if not phrase or _APPOSITION.match(phrase):
        return None  # "£38.2m, a real-terms cut of £1.4m": the parse took the change in apposition for the figure's noun
    # a phrase ends at a semicolon: the parse may run a list item into the next ("... considered: 7%;\n(c) Unclassified
    # roads ..."), whose words are not this figure's
    phrase = re.split(r"\s*;", phrase)[0]
    if _MULTIPLIER_STOP.match(phrase):
        return None  # "£31.4m. Forecast slippage has risen": the parse read "m." as an abbreviation and ran on
    # nor past a subgroup's clause: "214 cases , of which 31 % were repeat referrals" counts the cases, not the subgroup
    phrase = re.split(r"\s*,\s*of\s+(?:which|whom)\b", phrase, flags=re.I)[0]
    # nor past a clause naming a part with its own figure: "£193.3m which includes planned savings of £20m" (the parse
    # ran the relative clause into the multiplier's phrase; `claim_cues.json` "part_clause_leads")
    phrase = re.split(rf"\s*\b(?:{cue_alternation('part_clause_leads')})\b", phrase, flags=re.I)[0]
    phrase = _LABEL.sub("", phrase)
    # a figure is never its own metric: "Of these, 41 progressed" parses the figure as the subject
    return phrase if re.search(r"[A-Za-z]{2,}", phrase.replace(text_of(doc)[q.start : q.end], " ")) else None


def _metric(doc: Doc, q: QuantityMatch) -> str | None:
    span = _number_span(doc, q)
    if span is None:
        return None
    tok = span.root
    head = tok.head
    if tok.dep_ == "nummod" and head.pos_ in ("NOUN", "PROPN"):
        words = [t for t in head.subtree if t.i >= head.i or t.dep_ in ("compound", "amod")]
        words = [t for t in words if not (span.start <= t.i < span.end)][:12]
        return " ".join(t.text for t in words).strip() or None
    for child in tok.children:  # "82% of the overall target", "2356 ... EHCPs"
        if child.dep_ == "prep" and child.text.lower() == "of":
            return " ".join(t.text for t in list(child.subtree)[1:12]) or None
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        # "... is against a budget of £568,489,000", "forecast a potential underspend of £195,000": the noun the amount
        # is "of" is what it measures, not the subject of the verb above it, when it names a measure ("from the peak of
        # 282" does not: the subject's "children who were subject to a child protection plan" does)
        noun = tok.head.head
        phrase = " ".join(t.text for t in noun.subtree if t.i <= noun.i)
        if phrase and _named_by(phrase):
            return phrase
    verb = tok
    while verb.dep_ not in ("ROOT",) and verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            words = [t.text for t in child.subtree][:14]
            phrase = " ".join(words)
            return re.sub(r"^(?:the|our) (?:number|total|proportion|rate) of ", "", phrase, flags=re.I)
    return None


def counted_noun(doc: Doc, q: QuantityMatch) -> str | None:
    """The noun the number counts ("255 successful applications" -> "application"), if the parse says."""
    span = _number_span(doc, q)
    if span is None:
        return None
    tok = span.root
    if tok.dep_ == "nummod" and tok.head.pos_ == "NOUN" and not _line_between(doc, tok.head, span):
        return tok.head.lower_
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        return tok.head.head.lower_  # "a sibling group of 4"
    return None


def _line_between(doc: Doc, head, span) -> bool:
    """A line break between a noun and a figure alone on its line after it: a table row's label over its cell ("Number
    of rough sleepers newly engaged in the period" over "6"), which the parser joins into "period 6", counts no period."""
    if not (head.i < span.start and "\n" in doc.text[head.idx : span.start_char]):
        return False
    line_start = doc.text.rfind("\n", 0, span.start_char) + 1
    line_end = doc.text.find("\n", span.end_char)
    return doc.text[line_start : line_end if line_end >= 0 else len(doc.text)].strip() == span.text.strip()


# The whole a part is taken from: "two of the three scorecard indicators", "three of our care leavers".
_PART_OF = re.compile(r"^\s+(?:out\s+)?of\s+(?:(?:the|our|these|those|its|their|all)\s+)?(?:[\d,]+\s+)?((?:[A-Za-z][\w'-]*\s+){0,2}[A-Za-z][\w'-]*)")


def counted_head(doc: Doc, q: QuantityMatch) -> str | None:
    """What a count counts, read wider than `counted_noun`: a plural proper-noun head ("2 Annual
    Achievements Awards") and the words of the whole a part is taken from ("two of the three scorecard
    indicators"). A singular head is a misparse of a count ("Six commenced university", "413 December
    2017") and says nothing."""
    part = _PART_OF.match(text_of(doc)[q.number_end : q.number_end + 60])  # read from the words: a table has no parse
    if part and not re.match(r"(?:whom|which|them|these|those)\b", part.group(1), re.I):
        return part.group(1).lower()
    span = _number_span(doc, q)
    if span is None:
        return None
    tok = span.root
    head = tok.head
    while tok.dep_ == "nummod" and head.dep_ == "compound" and head.head is not head and head.tag_ in ("NN", "NNP"):
        head = head.head  # "205 school children": the number is parsed onto "school", the compound's first word
    if tok.dep_ == "nummod" and head.tag_ in ("NNS", "NNPS"):
        return head.lower_
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        return tok.head.head.lower_  # "a sibling group of two"
    return None


@cache
def _counts_of(ind_id: str) -> frozenset[str] | None:
    ind = next((i for i in indicators() if i["id"] == ind_id), None)
    return frozenset(ind["counts"]) if ind is not None and ind.get("counts") else None


# words for anyone counted: a count of "individuals" fits an indicator that counts people
_ANYONE = frozenset({"people", "person", "persons", "individual", "individuals"})


def counts_anyone(ind_id: str, noun: str | None) -> bool:
    """A count of anyone ("5 individuals") can be a figure of an indicator that counts people."""
    return noun in _ANYONE and bool((_counts_of(ind_id) or frozenset()) & _ANYONE)


def counts_fit(ind_id: str, noun: str | None) -> bool:
    """A count of `noun` (a word or a few) can be the indicator's figure: the noun is one the indicator counts
    (`indicators.json` "counts"), says how rather than what ("a total of"), or names the indicator itself.
    "over 200 people attending" is not a number of children adopted; an indicator without a list fits all."""
    counts = _counts_of(ind_id)
    if counts is None or noun is None or any(w in counts or w in cue_words("how_nouns") for w in noun.split()):
        return True
    ind = next(i for i in indicators() if i["id"] == ind_id)
    return any(r.search(noun) for r in ind["regex"])


def counts_other_thing(doc: Doc, q: QuantityMatch) -> bool:
    """The number counts a thing no indicator measures ("255 successful applications", "a sibling
    group of 4", "10 additional temporary officers"): indicator words elsewhere in the sentence
    are about another number."""
    noun = counted_noun(doc, q)
    if q.quantity.unit != "count" or noun is None or noun in people_nouns() or noun in cue_words("level_nouns"):
        return False  # "the peak of 282": how the figure stands, not what it counts
    return not names_any(noun)


# A difference right after the figure ("9 years lower for men"): a gap between two levels of a measure, not one.
_GAP_AFTER = re.compile(r"^[\d.,]+\s*(?:[a-z]+\s+)?(?:lower|higher|shorter|longer|less|more|fewer)\b", re.I)
# A percentage of a population ("87% of care leavers ..."): what it measures is in the words after.
_SHARE_OF = re.compile(r"^[\d.,]+\s*(?:%|per\s?cent|percent)\s+of\b", re.I)
# a share named before the population it is of: "The percentage of LAC in a family based setting ... at 77%"
_SHARE_NOUN_BEFORE = re.compile(r"\b(?:percentage|proportion|share)\s+of\s+(?:all\s+|our\s+|the\s+)?$", re.I)
# a share of a thing named right after it, opening a clause of its own after another figure's: ", and 92.6% of graffiti"
_SHARE_CLAUSE = re.compile(r"\d[^;]*?\b(?:and|while|whilst|but)\s+[\d.,]+\s*(?:%|per\s?cent|percent)\s+of\s+[a-z]", re.I)


def indicator(sentence: str, offset: int, metric: str | None, unit: str, counted: str | None = None,
              fits: str | None = None, value: float | None = None) -> str | None:
    """Canonical indicator (`_indicator`), preferring one the value is a plausible figure of: 96.4% of
    council tax is what was collected, not a rise; but a pay differential of 11 pence is still pay."""
    if value is not None and not _plausible_for_all(unit, value):
        found = _indicator(sentence, offset, metric, unit, counted, fits, value)
        if unit == "%" and _change_size_before().search(sentence[max(0, offset - 40) : offset]):
            # the size of a change, not a level: "in-year collection ... was up by 1.76%" is a change of the collection
            # rate, whose level range (50-100%) does not hold for it (claims round 71)
            # (not from words in a bracketed aside: "The latest estimated tax base (the number of dwellings liable for
            # Council Tax after discounts, exemptions and assumed collection rates) has increased by 1.22%")
            bare = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), sentence[:offset]) + sentence[offset:]
            unfiltered = _indicator(bare, offset, metric, unit, counted, fits)
            if unfiltered and unfiltered != found:
                return unfiltered
        if found is None:
            found = _indicator(sentence, offset, metric, unit, counted, fits)
        if found and _GAP_AFTER.match(sentence[offset:]) and not all(_plausible(i, unit, value) for i in indicators() if i["id"] == found):
            return ""  # "Life expectancy is 9 years lower for men in the most deprived": a gap, no level (and no fallback)
        if found and unit == "%" and _SHARE_OF.match(sentence[offset:]) and not all(
                _plausible(i, unit, value) for i in indicators() if i["id"] == found):
            return None  # "reserves ..., equivalent to 47% of the precept": a share of it, not a council tax rise
        return found
    return _indicator(sentence, offset, metric, unit, counted, fits)


@cache
def _change_size_before() -> re.Pattern[str]:
    """Right before a figure that is the size of a change: "was up by", "fell by", "an increase of", also after
    another such size ("up by 1.76% and 0.75%") (`claim_cues.json` change_verbs, change_nouns)."""
    return re.compile(rf"\b(?:(?:up|down|{cue_alternation('change_verbs')})\s+by|(?:an?\s+)?(?:{cue_alternation('change_nouns')})\s+of)\s+"
                      r"(?:[\d.]+\s*%\s*(?:,\s*|\s+and\s+))*$",
                      re.I)


@lru_cache(maxsize=1024)
def _plausible_for_all(unit: str, value: float) -> bool:
    """The value is a plausible figure of every indicator in this unit (`_plausible`), once per unit and value."""
    return all(_plausible(i, unit, value) for i in indicators())


def generic_named_right_before(sentence: str, offset: int) -> bool:
    """Money in general names the figure right before it ("the forecast outturn was £312.6m", "a budget of
    £310.1m"): a level of spend, so the sentence before, naming an overspend, does not make it a variance."""
    return any(_named_right_before(i, sentence, offset) for i in indicators() if i.get("generic"))


@cache
def variance_ids() -> frozenset[str]:
    """Money indicators that are a difference from a budget (overspend, underspend), not a level."""
    return frozenset(i["id"] for i in indicators() if i.get("variance"))


@cache
def budget_part_ids() -> frozenset[str]:
    """Money indicators that are a part of the budget (the capital programme's), not another kind of money."""
    return frozenset(i["id"] for i in indicators() if i.get("budget_part"))


def _named_right_before(ind: dict, sentence: str, offset: int) -> bool:
    """The indicator's words name the figure right before it: "a budget of £315.0m", "net expenditure was £312.5m"."""
    before = sentence[max(0, offset - 50) : offset]
    # the words between may date it: "net revenue expenditure in 2023/24 was £18.92m", also after a noun of the words'
    # own ("net Budget requirement in 2018/19 at £9,679,980": `claim_cues.json` named_money_dated)
    return any(re.search(rf"(?:{r.pattern})\w*\s+(?:[\w/-]+\s+){{0,2}}?(?:(?:{cue_alternation('named_money_dated')})\s+)?"
                         r"(?:of|was|is|at|stood\s+at|totall?(?:ed|ing))\s+"
                         r"(?:about\s+|around\s+|approximately\s+)?£?$", before, re.I) for r in ind["regex"])


@cache
def _own_money_clause_start() -> re.Pattern[str]:
    """Where the clause of a sum named as money right before it starts, read back from the sum: a clause end, another
    sum, or a word opening another clause (`claim_cues.json` own_money_clause_breaks: "this overspend but this led to
    increased rent receipts of £458k")."""
    return re.compile(rf"[;:]|[.,](?!\d)|£\s?\d|\b(?:{cue_alternation('own_money_clause_breaks')})\b", re.I)


# Two groups of people named as one ("children and young people", "adults and carers"): their "and" ends no clause
_PEOPLE_PAIR = re.compile(r"\b(children|adults|families|carers|parents|pupils)\s+and(?=\s+(?:young\s+)?(?:people|adults|children|families|carers|parents|pupils)\b)",
                          re.I)


@lru_cache(maxsize=16)
def _matches_in(sentence: str) -> tuple[tuple[int, dict, re.Pattern[str], tuple[re.Match, ...]], ...]:
    """Every indicator pattern that finds something in `sentence`, in taxonomy order, as (the indicator's place,
    indicator, pattern, matches): a sentence with several figures is searched once, not once per figure."""
    inds = indicators()
    return tuple((n, inds[n], regex, matches) for n, regex in _searched(sentence)
                 if (matches := tuple(regex.finditer(sentence))))


def _finditer(regex: re.Pattern, sentence: str) -> tuple[re.Match, ...]:
    return next((matches for _, _, r, matches in _matches_in(sentence) if r is regex), ())


@lru_cache(maxsize=1024)
def _candidates(unit: str, value: float | None, fits: str | None) -> tuple[dict, ...]:
    """The indicators a figure of this unit and value (counting `fits`) can be, in taxonomy order: the same for
    every figure alike, so the 600-odd are filtered once, not once a figure."""
    return tuple(i for i in indicators() if _fits_unit(i, unit) and _plausible(i, unit, value)
                 and (fits is None or counts_fit(i["id"], fits)))


@lru_cache(maxsize=1024)
def _candidate_places(unit: str, value: float | None, fits: str | None) -> frozenset[int]:
    """The places in the taxonomy of `_candidates`."""
    return frozenset(_positions()[i["id"]] for i in _candidates(unit, value, fits))


# a verb of saving right before an amount: "will save £426k annually", "saving an estimated £2m"
@cache
def _save_before() -> re.Pattern[str]:
    """A verb of saving right before an amount, perhaps hedged (`claim_cues.json` save_hedges)."""
    return re.compile(rf"\b(?:save[sd]?|saving)\s+(?:(?:an?\s+)?(?:{cue_alternation('save_hedges')})\s+)?£?\s?$", re.I)


@cache
def _part_clause() -> re.Pattern[str]:
    """A clause after a sum naming a part of it with its own figure (`claim_cues.json` "part_clause_leads"): "which
    includes planned savings of £20m"."""
    return re.compile(rf"\b(?:{cue_alternation('part_clause_leads')})\b(?=[^.;£]{{0,60}}£\s?\d)", re.I)


@cache
def _money_clause_end() -> str:
    """Where an amount's clause ends: also at a reason after it (`claim_cues.json` reason_leads)."""
    return rf"[;:.]|,(?!\d)|\band\b|\b(?:{cue_alternation('reason_leads')})\b"


# where the clause of a figure other than money ends: not at the comma of "18,600" nor the point of "19.7%"
_CLAUSE_END = re.compile(r"[;:]|\.(?!\d)|,(?!\d)|\band\b")


def _indicator(sentence: str, offset: int, metric: str | None, unit: str, counted: str | None = None,
               fits: str | None = None, value: float | None = None) -> str | None:
    """Canonical indicator: first taxonomy hit in the metric, else nearest in the sentence.

    A hit after the number in its own clause ("31 children were adopted") counts its
    distance once; past a comma or "and", twice (the words before a number usually
    name it). A population indicator gives way to a specific one in the clause after.
    Returns "" when the sentence decides there is none (no fallback to other sentences).
    `fits` (the words a count counts) keeps only indicators that can count them (`counts_fit`), and
    `value` (normalised) only those it is a plausible figure of (`_plausible`).
    """
    candidates = _candidates(unit, value, fits)
    if unit == "GBP" and _save_before().search(sentence[max(0, offset - 40) : offset]) and any(i["id"] == "savings" for i in candidates):
        return "savings"  # "The decision to not reprocure the two contracts will save £426k annually": saved, whatever the subject
    if unit == "GBP" and (named := _own_name_after(sentence, offset)):
        # the name of the sum right after it, its last word saying what it is: "£4.700m Adults and Health Pressures and
        # Recovery Reserve – to fund ..." is a reserve, not the pressures inside its name (claims round 71)
        head = named.split()[-1]
        for ind in candidates:
            if any(r.fullmatch(head) for r in ind["regex"]):
                return ind["id"]
    # not at the comma of "18,600", nor (but for money, whose clauses were tuned on it) the point of "19.7%"
    # (a reason after the amount opens another clause: "to be £16,249 given reserves in place" is the precept's level)
    clause = re.split(_money_clause_end() if unit == "GBP" else _CLAUSE_END, sentence[offset : offset + 90])[0]

    def specific(ind: dict) -> str:
        if (ind.get("generic") and _named_right_before(ind, sentence, offset)
                and not any(r.search(_own_money_clause_start().split(sentence[:offset])[-1]) for other in candidates
                            if not other.get("generic") for r in other["regex"])):
            # "net expenditure of £312.5m against a budget of £315.0m, an underspend of £2.5m"; not "an overspend
            # on Schools' Delegated Budgets of £30.4m"; an overspend's own figure comes between it and "an overspend of
            # £2.4m against a net revenue budget of £186.2m"; the overspend of another clause before "but" is that
            # clause's: "... towards this overspend but this led to increased rent receipts of £458k" (claims round 90)
            return ind["id"]
        if ind.get("generic"):  # money in general: a specific kind named in the sentence wins
            # (not past the number's clause: "spend ... would be in excess of £80million and the Council continued to
            # press Government for funding and its better allocation" is spend)
            ends = _CLAUSE_END.search(sentence[offset + 1 :])
            own_end = offset + 1 + ends.start() if ends else len(sentence)
            # nor past a clause naming a part of the sum with its own figure: "The approved revenue budget is £193.3m
            # which includes planned savings of £20m" is the budget (`claim_cues.json` "part_clause_leads")
            part = _part_clause().search(sentence, offset + 1, own_end)
            own_end = part.start() if part else own_end
            hits = [(abs(m.start() - offset), other["id"]) for other in candidates
                    if not other.get("generic") and not other.get("population")
                    for r in other["regex"] for m in _finditer(r, sentence) if m.start() < own_end]
            if hits:
                return min(hits)[1]
        if ind.get("population"):  # who is counted; the words after may say what is measured
            window = _PEOPLE_PAIR.sub(r"\1 &", sentence[offset : offset + 90])  # "children and young people with EHC plans in"
            for r in ind["regex"]:  # a comma inside the population's own name does not end the clause
                window = r.sub(lambda m: re.sub(r"\band\b", "&", m.group(0).replace(",", " ")), window)
            # through "..., who study"; not at the point of a share of the population ("58.2% of new EHC plans were
            # issued within 20 weeks"), as at a bracketed share's ("1,036 (51.4%) were non-UASC care leavers")
            # (nor at an "and", a comma or a decimal point inside a bracket that defines the population: "61.5% of CLA
            # (children looked after) (aged under 16 and in care for 2.5 years or more) in a stable placement")
            # (a bracket of words, not a bracketed share's "(51.4%)")
            window = re.sub(r"\((?=[^()%]*[A-Za-z]{3})[^()%]*\)", lambda m: re.sub(r"\band\b", "&", m.group(0)).replace(",", " ")
                            .replace(";", " ").replace(".", "\x00"), window)
            after = re.split(r"[;:.]|,(?!\s*(?:who|which|that)\b)|\band\b",
                             re.sub(r"^\d[\d,]*\.(?=\d+\s*%\s+of\b)", "", window))[0].replace("\x00", ".")
            for other in candidates:
                if not other.get("population") and any(r.search(after) for r in other["regex"]):
                    return other["id"]
            if unit == "%" and _SHARE_OF.match(sentence[offset:]):
                if _breakdown_after(ind, sentence[offset : offset + 120]):
                    return ind["id"]  # "54% of the current looked after population are male": the population's make-up
                return ""  # "100% of LAC have a health plan": a rate of something the taxonomy lacks
            shares = [m for r in ind["regex"] for m in r.finditer(sentence[:offset])
                      if _SHARE_NOUN_BEFORE.search(sentence[max(0, m.start() - 40) : m.start()])]
            if unit == "%" and shares:
                # "The percentage of LAC in a family based setting has remained stable during the quarter at 77%": a
                # share of the population in a state, named between it and the figure (none the taxonomy has here)
                between = sentence[min(m.end() for m in shares) : offset]
                if _breakdown_words().match(between):
                    return ind["id"]  # "The highest percentage of the children in our care are of a White British ethnicity (81%)"
                return next((other["id"] for other in candidates if not other.get("population")
                             and any(r.search(between) for r in other["regex"])), "")
        return ind["id"]

    if metric:
        in_metric = _named_by(metric)
        named = [ind for ind in candidates if _positions()[ind["id"]] in in_metric]
        if named:
            # what is measured before who is counted: "the average Attainment 8 score for children looked after"
            ind = next((i for i in named if not i.get("population")), named[0])
            return specific(_narrower(ind, candidates, sentence, offset, clause))
    # a number counting something no indicator measures takes an indicator only from its own clause
    # (not points: "the gap ... will be 5 points lower" is a score on the measure the sentence names, `score_nouns`)
    own_clause_only = (unit == "count" and counted is not None and counted not in people_nouns()
                       and not names_any(counted) and counted.lower() not in cue_words("score_nouns"))
    # what the amount is "of"/"in" (or "net from"): "£60 million net in savings/income", "£40 million of capital funding",
    # "-£61.5m net from savings/income"
    of_phrase = re.match(r"^\S*(?:\s+(?:net|gross|million|billion|m|bn|k)){0,2}\s+(?:in|of|(?:(?<=net\s)|(?<=gross\s))from)\s+((?:[\w/'-]+\s+){0,2}[\w/'-]+)", sentence[offset:])
    if of_phrase and unit == "GBP":
        in_phrase = _named_by(of_phrase.group(1))
        for ind in candidates:
            if _positions()[ind["id"]] in in_phrase:
                return specific(ind)
    hits: list[tuple[int, int, int, int, dict]] = []  # distance, rank (the taxonomy's order), start, end, indicator
    places = _candidate_places(unit, value, fits)
    for rank, ind, _regex, matches in _matches_in(sentence):
        if rank in places:
            for m in matches:
                # (a name that starts in the clause may run on past its comma: "requests for an Education, Health
                # and Care (EHC) needs assessment")
                if (own_clause_only and not (offset <= m.start() and (m.end() <= offset + len(clause) or (
                        m.start() < offset + len(clause) and sentence[offset + len(clause) : offset + len(clause) + 1] == ",")))
                        and not (m.end() <= offset and counted in (_counts_of(ind["id"]) or ()))
                        and not m.start() <= offset < m.end() <= offset + len(clause)):
                    # "recorded crime was 41,862 offences", "repaired 38,412 potholes" still count what the indicator
                    # counts, as does a number inside the indicator's words ("determined 312 planning applications")
                    continue
                if _in_exclusion(sentence, m.start(), offset):
                    # "rent collected as a % of rent owed (excl void rent loss) | 99.01%": what a measure leaves out
                    # is not what it measures
                    continue
                if m.start() > offset and ";" in sentence[offset : m.start()]:
                    # past a semicolon the words are another clause's: "8.3 children per week leaving school; does the
                    # Attendance Officer link into the Family Hubs"
                    continue
                if m.end() <= offset:
                    distance = offset - m.end()
                elif m.end() <= offset + len(clause):
                    distance = m.start() - offset
                else:
                    distance = (m.start() - offset) * 2
                hits.append((abs(distance), rank, m.start(), m.end(), ind))
    if any(offset <= h[2] < offset + len(clause) for h in hits):
        # "168 children entered care and 149 children left care": a measure named right after another figure is that
        # figure's, when this one's own clause names one after it
        # (joined by "and": "Of the 2,016 care leavers, 1,036 (51.4%) were non-UASC care leavers" keeps its whole's words)
        hits = [h for h in hits if not (h[3] <= offset and _OTHER_FIGURES_WORDS.search(sentence[: h[2]])
                                        and re.fullmatch(r"\s*,?\s*and\s+", sentence[h[3] : offset]))]
        # (nor the measure of another figure's clause in a list of them: "82% (3,045) were being held open on a child
        # in need basis, 9% (346) were cases involving children looked after")
        # (a count in brackets after its share is read from the share: "82% (3,045) were ...")
        shared = re.search(r"\d[\d.,]*\s?%\s*\(\s*$", sentence[:offset])
        lead = shared.start() if shared else offset
        hits = [h for h in hits if not (h[3] <= lead and re.fullmatch(r"[^\d;]*?,\s*(?:and\s+)?", sentence[h[3] : lead])
                                        and re.search(r"\d", re.split(r",(?!\d)|;", sentence[: h[2]])[-1]))]
    # past this figure's clause, the population another share is "of" is that share's: "84% of children were in
    # fostering, where 50% of the foster carers used were from Croydon" (the foster carers are the 50%'s)
    hits = [h for h in hits if not (h[2] >= offset + len(clause) and (o := _SHARE_OF_BEFORE.search(sentence[: h[2]]))
                                    and o.start() >= offset + len(clause))]
    # a share of a thing it names, past another figure: "95.38% of fly-tips were collected ..., and 92.6% of graffiti
    # was removed ..., just under the target of 95%": the measure before the other figure is that figure's, for the
    # share and for what comes after it
    share = _SHARE_OF.match(sentence[offset:]) is not None and re.search(r"\b(?:and|while|whilst|but)\s+$", sentence[:offset]) is not None
    hits = [h for h in hits if not (h[3] <= offset and (share and re.search(r"\d", sentence[h[3] : offset])
                                                       or _SHARE_CLAUSE.search(sentence[h[3] : offset])))]
    # words inside a bracketed aside that closed before this figure and holds a figure of its own are that figure's:
    # "(including ..., and £14.6m local authority contribution to DSG deficit) and £10.7m drawdown from smoothing reserves"
    outside = [h for h in hits if not _in_closed_aside(sentence, h[2], h[3], offset)]
    hits = outside or hits
    if not hits:
        return None
    best = min(hits, key=lambda h: h[:2])
    # a more specific indicator matched over the same words wins ("permanent qualified social workers"
    # is not the count of social workers; "Year 6 ... severe obesity will have reduced from 5%"), unless its words run
    # from before the figure to past the figure's own clause ("Year 6 who are healthy weight ... at 63% and severe
    # obesity": 63% is the healthy weight's; "The MARAC heard 214 cases, of which 31% were repeat referrals" is MARAC's)
    overlapping = [h for h in hits if h[2] < best[3] and best[2] < h[3] and h[1] < best[1]
                   and not h[2] < offset < offset + len(clause) < h[3]]
    if overlapping:
        best = min(overlapping, key=lambda h: h[1])
    # a measure named before the figure ("In relation to placement stability measures, 63.3% of children were looked
    # after for two years or more") gives way to one the figure's own clause names after it that refines it (the
    # taxonomy's "refines": long-term stability is a measure of placement stability)
    refining = [h for h in hits if best[3] <= offset <= h[2] < offset + len(clause)
                and best[4]["id"] in h[4].get("refines", ())]
    if refining:
        best = min(refining, key=lambda h: h[:2])
    return specific(best[4]) if best[0] < 160 else None


# a sum's title-case name right after it, to where its clause ends: "£4.700m Adults and Health Pressures and Recovery
# Reserve –", "£1.200m Ash Dieback Reserve –"
_OWN_NAME_AFTER = re.compile(r"£?\s?[\d.,]+\s*(?:m|k|bn|million|billion)?\s+((?:[A-Z][\w'’-]*\s+(?:(?:and|&|of|for)\s+)?)*[A-Z][\w'’-]*)"
                             r"(?=\s*(?:[–—:;,.(]|-\s|$))")


def _own_name_after(sentence: str, offset: int) -> str | None:
    """The title-case name of the sum at `offset` right after it (`_OWN_NAME_AFTER`), else None."""
    m = _OWN_NAME_AFTER.match(sentence, offset)
    return m.group(1) if m else None


@cache
def _breakdown_words() -> re.Pattern[str]:
    """A population's make-up right after its name: "are male", "are of mixed ethnicity" (`claim_cues.json`
    breakdown_after)."""
    return re.compile(rf"\s*(?:are|were|is|was)\s+(?:{cue_alternation('breakdown_after')})\b", re.I)


def _breakdown_after(ind: dict, window: str) -> bool:
    """A share "of" the population `ind` names, said of one of its groups by sex or ethnicity."""
    return any(_breakdown_words().match(window, m.end()) for r in ind["regex"] for m in r.finditer(window))


@cache
def _exclusion_open() -> re.Pattern[str]:
    """A bracket opening on what a measure leaves out (`claim_cues.json` exclusion_leads)."""
    return re.compile(rf"\(\s*(?:{cue_alternation('exclusion_leads')})\b", re.I)


def _in_exclusion(sentence: str, start: int, offset: int) -> bool:
    """Words at `start` lie in a bracket opening on an exclusion ("(excl void rent loss)") that does not hold the
    figure at `offset`."""
    opened = sentence.rfind("(", 0, start)
    if opened < 0 or ")" in sentence[opened:start] or not _exclusion_open().match(sentence, opened):
        return False
    close = sentence.find(")", start)
    return not opened < offset < (close if close >= 0 else len(sentence))


def _in_closed_aside(sentence: str, start: int, end: int, offset: int) -> bool:
    """Words at start:end lie in a bracket that opens after another figure's digits and closes before `offset`."""
    if end > offset:
        return False
    depth, opened = 0, -1
    for i in range(start - 1, -1, -1):  # the bracket the words are in, past the asides inside it ("(EPR) reserve")
        if sentence[i] == ")":
            depth += 1
        elif sentence[i] == "(":
            if depth == 0:
                opened = i
                break
            depth -= 1
    if opened < 0 or ")" not in sentence[end:offset]:
        return False
    return re.search(r"\d", sentence[opened:start]) is not None


_BUDGET_RIGHT_BEFORE = re.compile(r"\bbudgets?\s+(?:[\w/()-]+\s+){0,2}?(?:of|was|is|at|stood\s+at)\s+£?$", re.I)


def _narrower(ind: dict, candidates: tuple[dict, ...], sentence: str, offset: int, clause: str) -> dict:
    """An indicator whose words in the number's clause take in the words that name `ind`, and more: "approved 23 new
    fostering households" is foster carers approved, "14 fostering households were deregistered" carers who left,
    though the number's noun phrase ("fostering households") alone names the number of carers."""
    if ind.get("generic") and _BUDGET_RIGHT_BEFORE.search(sentence[max(0, offset - 40) : offset]):
        return ind  # "The forecast overspend of £5,987m is against a budget of £568,489,000": the budget's own words
    if re.search(r"\bout\s+of\s+$", sentence[max(0, offset - 10) : offset], re.I):
        return ind  # "2320 EHC plans out of 3007 (77%) were the subject of an annual review": the whole is all plans
    before = re.split(r"[;:.]|,(?!\d)", sentence[:offset])[-1]
    window = before + sentence[offset : offset + len(clause)]
    for other in candidates:
        if other is not ind and not other.get("population") and narrows(other["id"], ind["id"], window):
            return other
    return ind


# Another figure and the few words of its noun right before an indicator's words: they name that figure.
_OTHER_FIGURES_WORDS = re.compile(r"\d[\d,.]*%?\s+(?:[A-Za-z'-]+\s+){0,2}$")
_SHARE_OF_BEFORE = re.compile(r"\d[\d,.]*\s?%\s+of\s+(?:the\s+|all\s+|those\s+)?$", re.I)


# The whole a part is counted out of ("42 of the 48 schools", "3 out of 38 young people", "two of the
# three indicators") and a subgroup of people just named ("37 of whom are ..."): a group size or a
# subset, not the measure an indicator names.
_SUBSET_OR_WHOLE_BEFORE = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+(?:out\s+of|of\s+the)\s+$"
    , re.I)  # "converted 12,400 of 15,000 units"; not "for 2025/26 of £23.1m"
_OF_WHOM_AFTER = re.compile(r"^\s+of\s+(?:whom|which)\b", re.I)


@cache
def _sequence_before() -> re.Pattern[str]:
    """"the first two ...": a count picked by its place in a sequence (`claim_cues.json` "sequence_positions")."""
    return re.compile(rf"\bthe\s+(?:{cue_alternation('sequence_positions')})\s+$", re.I)


@cache
def money_ids() -> frozenset[str]:
    """All indicators of the money groups (`gbp_only`): a council's budget, funding, borrowing and the like."""
    return frozenset(i["id"] for i in indicators() if i["gbp_only"])


@cache
def money_level_ids() -> frozenset[str]:
    """The money indicators (`gbp_only` groups) that are levels (budget, overspend, reserves ...), not those
    marked "per_unit" (a grant can be allocated per head)."""
    return frozenset(i["id"] for i in indicators() if i["gbp_only"] and not i.get("per_unit"))


@cache
def _unit_cost() -> tuple[re.Pattern[str], re.Pattern[str]]:
    nouns = cue_alternation("unit_cost_nouns")
    # "Spend per head ... is £52"; "the average weekly cost of a residential placement rose from £812 in 2021/22 to £945"
    # "the annual charge from £45 to £55", "the weekly fee of £12" (`claim_cues.json` "price_before")
    price = rf"\b(?:{cue_alternation('price_before')})\s+(?:from\s+£[\d,.]+\s+to|of|is|was|will\s+be|at|to|(?:rises?|rose|increases?|increased)\s+to)\s+$"
    return (re.compile(rf"\bper\s+(?:{nouns})\b[^,;:.()]{{0,40}}$|\b(?:{cue_alternation('unit_cost_before')})\s+(?:of|for)\s+(?:an?|each|one)\s+"
                       r"(?:[^,;:()£]{0,80}|[^,;:()£]{0,60}\bfrom\s+£[\d,.]+(?:\s+in\s+\S+)?\s+to\s+)$|" + price
                       # "one young person accommodated in a secure unit would cost approximately £200,000 pa"
                       # (`claim_cues.json` "one_item_cost_before")
                       + rf"|(?:{cue_alternation('one_item_cost_before')})$", re.I),
            # "The figure of £854 was the weekly cost and included overheads": the unit cost named after the figure
            re.compile(rf"^\s*(?:per|a|an|each)\s+(?:{nouns})\b|^\s*(?:was|is)\s+(?:the\s+)?(?:{cue_alternation('unit_cost_before')})\b", re.I))


def unit_cost(stext: str, start: int, end: int) -> bool:
    """The pound figure at start..end is paid per one thing ("£1,150 per week", "Spend per head ... is £52";
    `claim_cues.json` "unit_cost_nouns"): a price, not a level of a money indicator."""
    before, after = _unit_cost()
    return bool(before.search(stext[max(0, start - 120) : start]) or after.match(stext[end : end + 25]))


def subset_or_whole(stext: str, start: int, end: int) -> bool:
    """The number at start..end is the whole of "42 of the 48 schools", the subgroup "13 of whom" or the
    part "the first two" of a sequence."""
    before = stext[max(0, start - 30) : start]
    return bool(_SUBSET_OR_WHOLE_BEFORE.search(before) or _sequence_before().search(before)
                or _OF_WHOM_AFTER.match(stext[end : end + 12]))


# "of whom 45 were aged 16-17", "of which 3,960 were put right", "Of these, 174 were families", "Of the 14, 5 were new",
# "of 551 children looked after, eight were known to the Youth Justice Team"
# "Of the appeals allowed, 2 related to major applications" (a sentence opening on the whole)
_SUBGROUP_BEFORE = re.compile(r"\bof\s+(?:whom|which|these|those|(?:that|this|the)\s+(?:number|total|group|cohort)|(?:(?:the|those)\s+)?\d[\d,]*(?:\s+[a-z]+){0,3})\s*,?\s*$"
                              r"|(?:^|[.;:]\s+)of\s+(?:the|these|those)\s+[a-z][\w\s'-]{0,40},\s*$", re.I)


# (a clause of its own: not "93.8% of those due", the share of the inspections just named)
_OF_THOSE_AFTER = re.compile(r"^\s+of\s+(?:those|these|them)\b[^.;:,()]{0,60}?\b(?:were|was|are|is|had|have|has)\b", re.I)


def unnamed_subgroup(stext: str, start: int, end: int, unit: str, share: bool = False) -> bool:
    """A count of a subgroup picked out of the whole counted before it, whose own words name no measure ("296
    households in temporary accommodation. Of these, 174 were families"; "of whom 45 were aged 16-17"): it is not
    the whole the sentence's indicator counts. One whose words name a measure ("of whom 3 had been in B&B for
    longer than six weeks", "1,036 (51.4%) were non-UASC care leavers") is read as any other count."""
    window = stext[:start] if start <= 60 else "\x00" + stext[start - 60 : start]  # "^" is the sentence's start
    # or a share of the group just named ("20% of Kent children were placed outside of Kent, 50% of those not placed
    # in Kent were placed in Medway"): a `share` (a %) is read only so
    if not (_OF_THOSE_AFTER.match(stext[end : end + 90]) or (not share and _SUBGROUP_BEFORE.search(window))):
        return False
    # (past its share in brackets: "Of the 2,016 care leavers, 1,036 (51.4%) were ..."; a measure's own name may hold
    # a comma or "and": "330 had an active Education, Health, and Care Plan")
    tail = re.sub(r"^\s*\([^()]*\)", "", stext[end : end + 120])
    names = [m.span() for _n, _ind, _regex, matches in _matches_in(tail) for m in matches]
    cut = next((b.start() for b in re.finditer(r"[,;:()]|\.(?!\d)|\band\b", tail)
                if not any(s < b.start() < e for s, e in names)), len(tail))
    return measure_in(tail[:cut], unit) is None


@cache
def _pipeline_after() -> re.Pattern[str]:
    """The words after a count, within its phrase (no punctuation, "and" or other figure between), that put
    it at a stage before an outcome (`claim_cues.json` "pipeline_stages")."""
    return re.compile(rf"^(?:(?!\band\b|\d)[^.;:,()\n]){{0,30}}?\b(?:{cue_alternation('pipeline_stages')})\b", re.I)


def in_pipeline(stext: str, end: int) -> bool:
    """The count ending at `end` is still at a stage ("a further five in assessment")."""
    # a sentence wrapped at a PDF line ("with 898\nrequested in the quarter") reads on; a table's next line does not
    return bool(_pipeline_after().match(re.sub(r"\n(?=[a-z])", " ", stext[end : end + 80])))


# A list item that is only a name and a figure ("o Windsor and Maidenhead, 25%"): what the figure
# measures and which way it moved are said in the lead-in before the list.
_BARE_ITEM = re.compile(r"^\s*(?:[-•*▪●o]\s+)?[A-Z][\w'&.-]*(?:\s+(?:and\s+|of\s+|&\s+)?[A-Z][\w'&.-]*){0,4},?\s+£?[\d.,]+\s*(?:%|m|bn|k|million)?\s*[;.]?\s*$")
_BULLET_LINE = re.compile(r"^\s*[-•*▪●o]\s+\S")


def list_lead_in(stext: str, at: int, previous: str, earlier: str) -> str | None:
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


@cache
def _own_measure_before() -> re.Pattern[str]:
    """The sentence names its own measure before the number ("The percentage of eligible 2 year olds
    taking up a funded place is 70.5%"): an indicator of the sentence before is not this one's."""
    return re.compile(rf"\b(?:{cue_alternation('measure_nouns')})\s+of\s+(?:the\s+|our\s+|all\s+)?([a-z]+)", re.I)


@cache
def _own_subject_before() -> re.Pattern[str]:
    """A sentence opening with a money noun as its subject and a verb ("Funding is increasing by"): `claim_cues.json`
    money_subjects."""
    return re.compile(rf"^\W*(?:the\s+|our\s+|total\s+|overall\s+)*(?:{cue_alternation('money_subjects')})\s+"
                      r"(?:is|are|was|were|has|have|had|will)\b", re.I)


_PLURAL_SUBJECT = re.compile(r"^\W*(?:the\s+|our\s+)?((?:[A-Za-z-]+\s+){0,3}?([A-Za-z-]+s))\s+(?:had|has|have|were|are)\s+"
                             r"(?:(?:gone|risen|fallen|increased|decreased|reduced|dropped|grown|come)\b|(?:up|down)\b)", re.I)


# a subject of two to four words opening the sentence, then where it stood: "Customer satisfaction was maintained at 80%"
_STOOD_SUBJECT = re.compile(r"^\W*(?:the\s+|our\s+|overall\s+)?((?:[A-Za-z-]+\s+){1,3}?([A-Za-z-]+))\s+"
                            r"(?:was|is|remained|remains|stood|stands)\s+(?:maintained\s+|steady\s+|stable\s+)?at\s+"
                            r"(?:around\s+|about\s+|just\s+(?:over|under)\s+)?$", re.I)
# the same, changed by an amount: "Household waste increased by approx. 3000 tonnes or 4.5%"
_CHANGED_SUBJECT = re.compile(r"^\W*(?:the\s+|our\s+|overall\s+)?((?:[A-Za-z-]+\s+){1,3}?([A-Za-z-]+))\s+(?:has\s+|had\s+)?"
                              r"(?:increased|decreased|risen|rose|fallen|fell|reduced|dropped|grown|grew)\s+by\s+[^;:]{0,40}$", re.I)
_NOT_SUBJECT_WORDS = frozenset({"this", "that", "these", "those", "it", "its", "which", "performance", "position", "outturn"})


def names_own_measure(before: str) -> bool:
    """True unless the measure named only says who ("the number of children coming into our care"); a money subject
    opening the sentence ("Funding is increasing by £100.2m") is its own measure too, as is a plural subject no
    indicator names that opens it and changed ("Special guardianship orders had gone up to 27": not the child
    protection plans of the sentence before), and a subject of two words or more said to stand at the figure
    ("Customer satisfaction was maintained at 80%": not the calls answered of the sentence before); people counted by a
    service they use name it ("the number of children accessing Alternative Provision")."""
    if _own_subject_before().match(before):
        return True
    subject = _PLURAL_SUBJECT.match(before)
    if (subject and subject.group(2).lower() not in people_nouns() | cue_words("how_nouns") | cue_words("level_nouns")
            and not names_any(subject.group(1))):
        return True
    stood = _STOOD_SUBJECT.match(before) or _CHANGED_SUBJECT.match(before)
    if (stood and stood.group(2).lower() not in people_nouns() | cue_words("how_nouns") | cue_words("level_nouns")
            and _NOT_SUBJECT_WORDS.isdisjoint(stood.group(1).lower().split()) and not names_any(stood.group(1))):
        return True
    return any((m.group(1).lower() not in people_nouns() or _service_use_after().match(before, m.end()))
               and m.group(1).lower() not in ("this", "these", "those", "them", "it", "which")
               for m in _own_measure_before().finditer(before))


# a definite subject opening the sentence, then its verb, right before the figure: "The arrears have reduced by",
# "Overall arrears are"
# ("The percentage collected fell by": a verb of change too, `claim_cues.json` "restated_subject_verbs")
@cache
def _restated_subject() -> re.Pattern[str]:
    return re.compile(r"^\W*(?:the|overall|total)\s+((?:[A-Za-z-]+\s+){0,2}?([A-Za-z-]+))\s+"
                      rf"(?:{cue_alternation('restated_subject_verbs')})\b[^;:,.]{{0,40}}$", re.I)


def restated_measure(before: str, previous: str, unit: str) -> str | None:
    """The sentence before's measure when this sentence's subject restates it by its head noun ("This is a cumulative
    indicator measuring payments made against council tax arrears ... The arrears have reduced by £4.246m": the
    council tax arrears, not a measure of its own), else None. The subject names no indicator itself, and its last
    word is a word of the words the sentence before's indicator was found by."""
    m = _restated_subject().match(before)
    if m is None or names_any(m.group(1)) or m.group(2).lower() in _NOT_SUBJECT_WORDS:
        return None
    found = indicator(previous, len(previous), None, unit)
    if found is None or found in generic_ids():
        return None
    head = re.compile(rf"\b{re.escape(m.group(2))}\b", re.I)
    return found if any(head.search(x.group(0)) for ind in indicators() if ind["id"] == found
                        for regex in ind["regex"] for x in regex.finditer(previous)) else None


@cache
def _service_use_after() -> re.Pattern[str]:
    """ "(the number of children) accessing Alternative Provision": people counted by the service they use
    (`claim_cues.json` service_use_after)."""
    return re.compile(rf"(?:\s+(?:[a-z-]+\s+){{0,2}}?)?\s+(?:{cue_alternation('service_use_after')})\s+\S", re.I)


# A line that gives a figure ("Latest: 14.9%", "Target: 85%, Floor 75%"), not a title.
_FIGURE_LINE = re.compile(r":\s*£?\d|\d\s*%")


def box_title(previous_unit: str | None) -> str | None:
    """The title of a box of figures, from the unit right before it: a performance report prints
    "Percentage of case holding posts filled by permanent qualified social workers" and then,
    as a unit of its own, "Latest: 75.2% / Target: 85% ...". The title is the previous unit's
    lines after its last line of figures (a box may end with the next box's title)."""
    if not previous_unit:
        return None
    lines = previous_unit.strip().split("\n")
    last_figures = max((i for i, ln in enumerate(lines) if _FIGURE_LINE.search(ln)), default=-1)
    title = "\n".join(lines[last_figures + 1 :]).strip()
    if re.search(r"[a-z]{2}[.!?]$", title) and len(title.split()) > 6:
        # a sentence ("3.1 We will provide support for young people leaving care.", "... Visitor numbers were 131,800
        # in 2024."), not a box's title
        return None
    return title if title and len(title) <= 250 else None


def subject_words(doc: Doc, q: QuantityMatch) -> str | None:
    """The subject of the number's clause up to its head noun ("The average caseload" of "The average
    caseload for Social Workers in Children's Social Work Teams was 21 children"), if the parse says."""
    span = _number_span(doc, q)
    if span is None:
        return None
    verb = span.root
    while verb.dep_ != "ROOT" and verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # a verb joined to another shares its subject: "Persistent absence among children looked after fell to
        # 17.5%" (the parse takes "looked" for the verb and "fell" for a second one)
        verb = verb.head
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            words = [t for t in child.subtree if t.i <= child.i]
            if child.lower_ in ("number", "percentage", "proportion", "rate", "share", "total", "collection"):
                # "the number of open cases (including ...)": the noun after "of" and its modifiers
                for prep in (c for c in child.children if c.dep_ == "prep" and c.lower_ == "of"):
                    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                        words += [prep] + [t for t in pobj.subtree if t.i <= pobj.i]
            return "".join(t.text_with_ws for t in sorted(set(words), key=lambda t: t.i)).strip() or None
    return None


# The words of a clause whose verb is left out, right before its figure: "... was 96.8% and of business rates 98.2%"
_GAPPED = re.compile(r"(?:,|\band)\s+(?:of|for)\s+(?:the\s+)?(?P<what>[A-Za-z][\w' -]{2,40}?)\s+(?:at\s+)?£?$")


def gapped_measure(stext: str, start: int, unit: str) -> str | None:
    """The indicator the words of a gapped clause name right before the figure ("... council tax was 96.8% and of
    business rates 98.2%": business rates), else None."""
    m = _GAPPED.search(stext[max(0, start - 60) : start])
    if m is None:
        return None
    # the left-out words are those of the first clause before its "of": "In-year collection of" + "business rates"
    head = re.match(r"^[^,;:\d]*?\bof\s+", _LABEL.sub("", stext[: start - len(m.group(0))].lstrip()))
    return (measure_in(head.group(0) + m.group("what"), unit) if head else None) or measure_in(m.group("what"), unit)


# The words a share is "of", right after it: "58% of days lost"
_SHARE_OF_AFTER = re.compile(r"^\s*of\s+(?:the\s+|all\s+|our\s+)?((?:[\w'/-]+[ \t]+){0,4}[\w'/-]+)")


def share_of_measure(stext: str, end: int, unit: str, value: float | None = None) -> str | None:
    """The measure a percentage is a share of, named right after it ("Musculoskeletal and stress-related absence
    account for 58% of days lost": staff days lost, not pupils' absence), else None. A population ("of children")
    says who, not what, so it names none here; nor does a measure the share cannot be a figure of ("to collect
    97.5% of council tax" is a collection rate, not a council tax rise)."""
    m = _SHARE_OF_AFTER.match(stext[end : end + 60]) if unit == "%" else None
    found = measure_in(m.group(1), unit) if m else None
    if found and not all(_plausible(i, unit, value) for i in indicators() if i["id"] == found):
        return None
    return found if found not in population_ids() else None


@cache
def _change_in_after() -> re.Pattern[str]:
    """What changed, after "in", right after a change's size: "9% increase in residual waste"; "(an increase of) 5% in
    total waste" (the change named before the size)."""
    return re.compile(rf"^\s*(?P<noun>(?:(?:{cue_alternation('change_nouns')})s?|growth|improvement)\s+)?in\s+(?:the\s+)?"
                      r"(?P<what>[A-Za-z][^,;:()\d]{2,60}?)\s*(?=[,;:()]|\.(?!\d)|$|\b(?:and|giving|from|to|compared|since|on)\b)", re.I)


def changed_thing(stext: str, end: int, change_before: bool = False) -> str | None:
    """What a per-cent change is a change of, when it names something of its own (not "the rate", "the number"): "a 3%
    reduction in composting, 7% increase in recycling, 9% increase in residual waste" each measure their own thing, not
    the nearest rate of the clause; after "an increase of" (`change_before`), "5% in total waste"."""
    m = _change_in_after().match(stext[end : end + 90])
    if not m or (m.group("noun") is None and not change_before):
        return None
    words = re.findall(r"[a-z]+", m.group("what").lower())
    if (not words or words[0] in cue_words("change_in_not_what")
            or set(words) <= cue_words("how_nouns") | {"the", "of", "this", "that", "these", "its", "their", "our"}):
        return None
    return m.group("what")


@cache
def _indicators_by_id() -> dict[str, dict]:
    return {i["id"]: i for i in indicators()}


def narrows(specific: str | None, general: str, text: str) -> bool:
    """`specific` is read in `text` over the words that name `general`, and more of them: "Obesity in Year 6" is
    Year 6 obesity, not excess weight in general, though the subject's head alone ("Obesity") names the latter."""
    by_id = _indicators_by_id()
    if not specific or specific == general or specific not in by_id or general not in by_id:
        return False
    if _positions()[specific] not in _named_by(text):
        return False  # (most candidates: the text is searched for all of them at once)
    wide = [m.span() for r in by_id[general]["regex"] for m in r.finditer(text)]
    return any(s <= ws and we <= e and e - s > we - ws for r in by_id[specific]["regex"] for m in r.finditer(text)
               for s, e in [m.span()] for ws, we in wide)


@cache
def _read_under() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(general, specific, heading indicators) of the taxonomy's "reads_under": a figure the rules read as `general` in
    an item under a heading naming one of the heading indicators is `specific`."""
    return tuple((i["reads_under"]["general"], i["id"], tuple(i["reads_under"]["headings"]))
                 for i in indicators() if i.get("reads_under"))


def under_heading(ind_id: str | None, heading: str | None) -> str | None:
    """The indicator of a figure in an item under `heading` (`_read_under`): "83% annual reviews completed within 12
    months" under "304 Education Health and Care Plans ( EHCPs ) as of ..." is the plans' reviews, not adult care's."""
    if ind_id and heading:
        for general, specific, heads in _read_under():
            if ind_id == general and any(named_in(h, heading) for h in heads):
                return specific
    return ind_id


def named_in(ind_id: str, text: str) -> bool:
    """The indicator's own patterns find it in `text`: a subject's head cut from its sentence ("Attendance") may
    name what the words after it rule out ("Attendance at mandatory sessions" is no school attendance)."""
    return _positions().get(ind_id) in _named_by(text)


def measure_in(phrase: str | None, unit: str) -> str | None:
    """The first indicator the phrase names (taxonomy order), or None; money in general only when it names no
    specific kind ("Agency staff spend (£m)" is agency spend, not the budget)."""
    if not phrase:
        return None
    in_phrase = _named_by(phrase)
    named = [ind for n, ind in enumerate(indicators()) if n in in_phrase and _fits_unit(ind, unit)]
    specific = [ind for ind in named if not ind.get("population")]  # "annual EHCP reviews": reviews, not EHCPs
    kind = [ind for ind in specific if not ind.get("generic")]
    return (kind or specific or named or [{"id": None}])[0]["id"]
