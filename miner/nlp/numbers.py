"""Numbers and units as committee papers write them: `£1.6m`, `45%`, `3.5pp`, `54 per 10,000`.

Pure text functions, no spaCy, so they can be property-tested and reused by
any stage. `parse_quantity` reads one expression; `find_quantities` finds every
expression in a text with its character span, and flags the ones that look
like a number but are not a quantity (years, ordinals, list numerals are left
to the claim finder, which has the context to judge).

Units (the `Claim.unit` vocabulary): GBP (also "11 pence"), % (also "1 in 10"), pp, count, minutes ("8 minutes
32 seconds", "8:32" after "response time"), days, weeks, months, years, tonnes, kg, kWh, kW, sq_m, per_10000 (also per_1000, per_100000), ratio ("2.5 times"). `value` is the number
as written (1.6 for `£1.6m`, 1,150 for "1,150 MWh"); `normalised` is in base units (1600000 GBP, 25 for "a quarter" %,
1150000 kWh).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

PATTERNS_DIR = Path(__file__).parent / "patterns"


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str
    normalised: float


@dataclass(frozen=True)
class QuantityMatch:
    """A quantity found in text; `number_start`/`number_end` cover the digits or number word."""

    start: int
    end: int
    quantity: Quantity
    number_start: int
    number_end: int
    is_word: bool = False  # written as a word ("nine", "a quarter")


@lru_cache(maxsize=1)
def unit_words() -> dict:
    """The unit, number-word and cue vocabulary in `patterns/units.json`."""
    with open(PATTERNS_DIR / "units.json", encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def money_scale_captions() -> list[tuple[re.Pattern[str], callable]]:
    """Table captions that make bare figures money ("All figures in £m"), each with mult -> factor."""
    u = unit_words()

    def factor(mult: str) -> float:
        mult = mult.lower()
        return 1000.0 if mult == "000" else float(u["money_multipliers"][mult])

    return [(re.compile(p), factor) for p in u["money_scale_captions"]]


_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# A comma before one or two digits and a scale is a decimal point typed as a comma ("an overspend of up to £3,4m",
# Haringey Cabinet 2017): a thousands separator always has three digits after it.
_DECIMAL_COMMA = r"\d{1,3},\d{1,2}"


def _alternation(words: list[str]) -> str:
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return f"(?:{alts})"


@lru_cache(maxsize=1)
def _quantity_re() -> re.Pattern[str]:
    u = unit_words()
    mult = _alternation(list(u["money_multipliers"]))
    cmult = _alternation(list(u["count_multipliers"]))
    csuf = _alternation(list(u["count_multiplier_suffixes"]))
    people = _alternation(u["counted_people_words"])
    pct = _alternation(u["percent_words"])
    pp = _alternation(u["pp_words"])
    bps = _alternation(u.get("bps_words", ["bps"]))
    pence = _alternation(u.get("pence_words", ["pence"]))
    rate = _alternation(u["per_10000_words"])
    other_rates = "|".join(rf"(?P<{unit}>{_alternation(words)})" for unit, words in u["other_rate_words"].items())
    dur = _alternation(list(u["duration_words"]))
    clock = _alternation(list(u["clock_words"]))
    seconds = _alternation([w for w, f in u["clock_words"].items() if f < 1])
    mass = _alternation(list(u["mass_words"]))
    measure = _alternation(list(u.get("measure_words", {})))
    not_dur = _alternation(u["duration_not_before"])
    ratio = _alternation(u["ratio_words"])
    rag = "|".join(re.escape(w) for w in u.get("rag_words", ()))
    # a RAG rating from the next column printed between a number and its unit ("within 20\nRED\nweeks")
    rag_gap = rf"(?:\s+(?-i:{rag})(?=\s))*" if rag else ""
    tens = _alternation([w for w, v in u["number_words"].items() if v % 10 == 0 and 20 <= v <= 90])
    ones = _alternation([w for w, v in u["number_words"].items() if 1 <= v <= 9])
    words = _alternation(list(u["number_words"]))
    fractions = _alternation(list(u["fractions"]))
    in_context = "|".join(u["fraction_context_patterns"])  # "half of ...", "half a million"
    # (a hundreds word first: "One hundred and fifty-five children")
    # ("one" is a number word only here: alone it is far more often a pronoun)
    hundreds = rf"(?:one|a|{ones})\s+hundred(?:\s+(?:and\s+)?(?:(?:{tens})[\s-](?:one|{ones})|{words}))?"
    # ("one" after tens is a count too: "twenty-one performance indicators")
    # (and a half after a count: "four and a half vacancies" is 4.5, not "a half")
    word = rf"\b(?:(?:{words})\s+and\s+a\s+half|{fractions}|{in_context}|{hundreds}|(?:{tens})[\s-](?:one|{ones})|{words})\b"
    multiples = _alternation(list(u.get("ratio_multiples", {})))
    # Order: money first (its own sign), then the suffix units, longest first.
    return re.compile(
        rf"""
        (?P<multiple>\b{multiples}(?=\s+as\s+(?:many|much|likely|high|large|fast|often|long|big)\b))
        # (a capital letter after a space is a payee's initial, not a scale: "£118.44 K & M Lighting", "£337.13 M Peake")
        # (a "£" slipped before a percentage is a typing slip, the "%" says the unit: "(a £2.99% increase)")
        | (?P<money>£\s?(?P<mnum>{_DECIMAL_COMMA}(?=\s?(?:{mult})\b)|{_NUM})(?![\d.,]*\s?%)(?:(?!\s(?-i:[A-Z])\s+(?:&|(?-i:[A-Z][a-z])))\s?(?P<mult>{mult})\b)?(?:\s+pounds\b)?)
        | (?P<snum>{_NUM}|(?P<word>{word}))
          (?:
             \s?(?P<bps>{bps})\b  # "a 25bps rate cut": basis points, a hundredth of a percentage point
           | \s?(?P<pp>{pp})
           | \s?(?P<pence>{pence})\b
           | [ \t]?(?P<pct>{pct})(?:(?<=%)|(?![a-z]))  # not "KPI 12 Percentage of ..."
           # (the words between are the counted noun, "54 plans per 10,000"; not a heading after a paragraph
           # number, "3.1 Missed bins per 100,000 collections were 42")
           # (or the rate in brackets right after the figure: "the national average of 45.7 (per 10,000)")
           | (?P<rate>(?:(?:\s+(?-i:[a-z][a-z-]*|[A-Z]{{2,}}s?)){{0,3}}?\s+|(?P<rbr>\s\(\s*))(?:{rate}|{other_rates})(?![\d,]*\d)(?(rbr)\s*\)))
           | {rag_gap}\s?-?\s?(?P<dur>{dur})\b(?!(?<=day)\s*(?:{not_dur})\b)
           # "8 minutes 32 seconds", "4 mins 12 secs", "42 seconds": a response or waiting time
           # (in lower case: "54 Minutes of the Previous Meeting" is an item of minutes)
           | \s?-?(?-i:(?P<clock>{clock}))\b(?:,?\s+(?:and\s+)?(?P<secs>\d{{1,2}})\s?(?-i:{seconds})\b)?
           | \s+(?P<ratio>{ratio})\b
           | (?:(?P<tsuf>{csuf})|\s+(?P<tmult>{cmult}))?\s?(?P<mass>{mass})\b
           | (?:\s+(?P<qmult>{cmult}))?\s?(?-i:(?P<measure>{measure}))(?![A-Za-z0-9²])  # "1,150 MWh", "2,400 sq m" (case kept: "MW" is no "mw")
           | (?P<gbpword>\s?(?P<mult2>{mult})?\s+pounds\b)
           | \s+(?P<cmult>{cmult})\b
           | (?P<csuf>{csuf})(?=\s+(?:[A-Za-z]+\s+)?{people}\b)
          )?
        """,
        re.X | re.I,
    )


@lru_cache(maxsize=1)
def _share_re() -> re.Pattern[str]:
    """A share written "1 in 10", "one in five", "3 in 1,000"."""
    words = _alternation(["one", *unit_words()["number_words"]])
    # not "3 in 12 months", "5 in 10%": a time or a unit after the whole makes it something else
    unit_after = _alternation([*unit_words()["duration_words"], *unit_words()["percent_words"], "years", "year", "hours", "minutes", "per"])
    return re.compile(rf"\b(?P<part>\d{{1,3}}|{words})\s+in\s+(?P<whole>\d{{1,3}}(?:,\d{{3}})?|{words})\b(?![.,]\d)(?!\s*{unit_after})", re.I)


def _shares(text: str) -> list[QuantityMatch]:
    """Shares "1 in 10" as percentages (10%); not "6 in 3 schools" (the part must be smaller)."""
    out = []
    for m in _share_re().finditer(text):
        part, whole = (_to_float(g) if g[0].isdigit() else (1.0 if g.lower() == "one" else _word_value(g))
                       for g in (m.group("part"), m.group("whole")))
        if part and whole and part < whole:
            pct = round(part / whole * 100, 2)
            out.append(QuantityMatch(m.start(), m.end(), Quantity(pct, "%", pct), m.start(), m.end(), not m.group("part")[0].isdigit()))
    return out


@lru_cache(maxsize=1)
def _one_count_re() -> re.Pattern[str]:
    """ "one" right before "more|fewer|less than" (`units.json` one_count_after): a count of 1, not a pronoun."""
    after = "|".join(unit_words()["one_count_after"])
    return re.compile(rf"(?<![\w-])(?<!\bno\s)(?<!\bany\s)one(?=\s+(?:{after})\b)", re.I)


def _one_counts(text: str) -> list[QuantityMatch]:
    """ "(one more than the previous Quarter)": the change of a count by one, which number_words cannot hold ("one" is
    a pronoun far more often)."""
    return [QuantityMatch(m.start(), m.end(), Quantity(1.0, "count", 1.0), m.start(), m.end(), True)
            for m in _one_count_re().finditer(text)]


def _word_value(word: str) -> float | None:
    """Value of a number word ("nine", "twenty-six", "a third"), else None."""
    u = unit_words()
    w = re.sub(r"\s+", " ", word.lower().replace("-", " ")).strip()
    if w in u["fractions"]:
        return float(u["fractions"][w])
    if w in u["fractions_in_context"]:
        return float(u["fractions_in_context"][w])
    words = u["number_words"]
    if (half := re.fullmatch(r"(\w+) and a half", w)) and half.group(1) in words:
        return words[half.group(1)] + 0.5  # "four and a half"
    m = re.fullmatch(r"(\w+) hundred(?: (?:and )?(.+))?", w)
    lead = {"one": 1, "a": 1}.get(m.group(1), words.get(m.group(1), 0)) if m else 0
    if m and 1 <= lead <= 9:  # "one hundred and fifty five", "a hundred"
        rest = _word_value(m.group(2)) if m.group(2) else 0.0
        return None if rest is None or rest >= 100 else 100.0 * lead + rest
    parts = w.split(" ")
    if len(parts) == 1 and parts[0] in words:
        return float(words[parts[0]])
    if len(parts) == 2 and parts[0] in words and (parts[1] in words or parts[1] == "one"):
        tens, ones = words[parts[0]], words.get(parts[1], 1)  # "twenty-one": "one" is a count after tens
        if tens % 10 == 0 and 20 <= tens <= 90 and 1 <= ones <= 9:
            return float(tens + ones)
    return None


def _measure(word: str) -> tuple[str, float]:
    """The unit and factor of an energy, power or area word as written ("MWh" -> ("kWh", 1000))."""
    table = unit_words()["measure_words"]
    key = next(k for k in table if re.fullmatch(re.escape(k).replace(r"\ ", r"\s+"), word))
    unit, factor = table[key]
    return unit, float(factor)


def _clock_minutes(value: float, word: str, seconds: str | None = None) -> float:
    """Minutes in `value` `word` (and `seconds` more): ("8", "minutes", "32") -> 8.5333, (42, "seconds") -> 0.7."""
    factor = float(unit_words()["clock_words"][word.lower()])
    return round(value * factor + (int(seconds) / 60 if seconds else 0), 4)


# minutes and seconds written as a clock ("8:32"), not a time of day ("10:30am", "14:00 hrs")
_CLOCK = re.compile(r"(?<![\d:.])(\d{1,2}):([0-5]\d)(?![\d:])(?!\s?(?:am|pm|a\.m|p\.m|hrs|hours|h\b|o'clock))", re.I)


@lru_cache(maxsize=1)
def _clock_duration_before() -> re.Pattern[str]:
    """`units.json` "clock_duration_before" earlier in the clause, with no sentence or clause end between."""
    return re.compile(rf"\b(?:{'|'.join(unit_words()['clock_duration_before'])})\b[^.;:\n]{{0,60}}$", re.I)


def clock_durations(text: str) -> list[QuantityMatch]:
    """Response and waiting times written "m:ss" after words that name one ("response time ... was 9:02"):
    a time of day is written the same way ("at 10:30"), so the words decide."""
    out = []
    for m in _CLOCK.finditer(text):
        if _clock_duration_before().search(text[max(0, m.start() - 100) : m.start()]):
            minutes = round(int(m.group(1)) + int(m.group(2)) / 60, 4)
            out.append(QuantityMatch(m.start(), m.end(), Quantity(minutes, "minutes", minutes), m.start(), m.end()))
    return out


def _to_float(num: str) -> float:
    if re.fullmatch(_DECIMAL_COMMA, num):
        return float(num.replace(",", "."))
    return float(num.replace(",", ""))


def _scaled(value: float, factor: float) -> float:
    """`value` times a multiplier without binary noise: £4.1m is 4100000, not 4099999.9999999995."""
    return round(value * factor, 6)


def _from_match(m: re.Match[str]) -> tuple[Quantity, int, int, bool] | None:
    """The quantity a regex match stands for, with the span of its number part."""
    u = unit_words()
    if m.group("multiple"):  # "twice as many": a ratio of 2, written as a word
        value = float(u["ratio_multiples"][re.sub(r"\s+", " ", m.group("multiple").lower())])
        return Quantity(value, "ratio", value), m.start(), m.end(), True
    if m.group("money"):
        value = _to_float(m.group("mnum"))
        mult = (m.group("mult") or "").lower()
        factor = u["money_multipliers"].get(mult, 1)
        return Quantity(value, "GBP", _scaled(value, factor)), m.start("mnum"), m.end("mnum"), False
    raw = m.group("snum")
    is_word = m.group("word") is not None
    if is_word:
        value = _word_value(raw)
        if value is None:
            return None
    else:
        value = _to_float(raw)
    ns, ne = m.start("snum"), m.end("snum")
    if m.group("bps"):
        points = round(value / 100, 6)
        return Quantity(points, "pp", points), ns, ne, is_word
    if m.group("pp"):
        return Quantity(value, "pp", value), ns, ne, is_word
    if m.group("pence"):  # "11 pence": £0.11
        return Quantity(value, "GBP", round(value / 100, 4)), ns, ne, is_word
    if m.group("pct"):
        return Quantity(value, "%", value), ns, ne, is_word
    if m.group("rate"):
        unit = next((k for k in u["other_rate_words"] if m.group(k)), "per_10000")
        return Quantity(value, unit, value), ns, ne, is_word
    if m.group("dur"):
        unit = u["duration_words"][re.sub(r"\s+", " ", m.group("dur").lower())]
        return Quantity(value, unit, value), ns, ne, is_word
    if m.group("clock"):  # "8 minutes 32 seconds" is 8.5333 minutes
        minutes = _clock_minutes(value, m.group("clock"), m.group("secs"))
        return Quantity(minutes, "minutes", minutes), ns, ne, is_word
    if m.group("ratio"):
        return Quantity(value, "ratio", value), ns, ne, is_word
    if m.group("mass"):  # "12,400 tonnes", "1.2m tonnes"
        scale = m.group("tsuf") or m.group("tmult")
        factor = ({**u["count_multiplier_suffixes"], **u["count_multipliers"]}[scale.lower()] if scale else 1)
        mass = {w.lower(): unit for w, unit in u["mass_words"].items()}  # "tCO2e" written in any case
        return Quantity(value, mass[m.group("mass").lower()], _scaled(value, factor)), ns, ne, is_word
    if m.group("measure"):  # "1,150 MWh" is 1150000 kWh, "0.8 hectares" 8000 sq_m
        unit, factor = _measure(m.group("measure"))
        if m.group("qmult"):  # "1.2 million square metres"
            factor *= u["count_multipliers"][m.group("qmult").lower()]
        return Quantity(value, unit, _scaled(value, factor)), ns, ne, is_word
    if m.group("gbpword"):
        factor = u["money_multipliers"].get((m.group("mult2") or "").lower(), 1)
        return Quantity(value, "GBP", _scaled(value, factor)), ns, ne, is_word
    if m.group("cmult") or m.group("csuf"):  # "18 million passengers", "1.9m resident population"
        factor = u["count_multipliers"][m.group("cmult").lower()] if m.group("cmult") else u["count_multiplier_suffixes"][m.group("csuf").lower()]
        return Quantity(value, "count", _scaled(value, factor)), ns, ne, is_word
    if is_word and re.sub(r"\s+", " ", raw.lower().replace("-", " ")).strip() in {**u["fractions"], **u["fractions_in_context"]}:
        frac = value
        return Quantity(round(frac * 100, 2), "%", round(frac * 100, 2)), ns, ne, True
    return Quantity(value, "count", value), ns, ne, is_word


# A minus sign glued to "£" that is not the dash of a range ("£2m-£3m") or a separator ("Schools - £2m"):
# after a word, a bracket, a colon, a table's "|" ("| -£3.1m |") or the start of the text, or at a line break ("a net underspend of -\n£5m").
# (a money scale before the dash ends a range's first figure: "(£1 million -£2 million)")
_MINUS_BEFORE = re.compile(r"(?:(?:^|[(:|]\s*|\b(?!(?:million|billion|thousand|bn)\b)[A-Za-z]{2,}\s+)[-−]|\b(?:of|by|at|is|was|be)\s+[-−]\n)\Z")  # not "Schools - £2m", "New Hall -\n£2,500"


# A minus sign glued to a figure at a line start or after a space: "12,609.4 -20,766.2", "\n-9.9".
_SIGNED_CELL_BEFORE = re.compile(r"(?:^|(?<=[\s(]))[-−]\Z")


def find_quantities(text: str) -> list[QuantityMatch]:
    """Every number expression in `text`, left to right, with its unit."""
    shares = _shares(text) + clock_durations(text) + _one_counts(text)
    found: list[QuantityMatch] = list(shares)
    consumed = 0  # the end of a rate read past its match ("1.3 Family Hubs per 10,000"): its base is no quantity
    for m in _quantity_re().finditer(text):
        if any(sh.start <= m.start() < sh.end for sh in shares) or m.start() < consumed:
            continue  # the "1" and "10" of "1 in 10", the "8" and "32" of "8:32"
        if m.group("word") is not None and m.start() > 0 and text[m.start() - 1].isalnum():
            continue
        if m.group("snum") and not m.group("word"):
            # digits glued to letters ("GCP2", "Q3", "18th") are names or ordinals
            before = text[m.start() - 1] if m.start() > 0 else " "
            after = text[m.end("snum") : m.end("snum") + 1]
            glued_unit = text.startswith(tuple(unit_words().get("count_suffixes", ())), m.end("snum"))
            if before.isalpha() or (after.isalpha() and not glued_unit and not m.group(0)[len(m.group("snum")) :].strip()):
                continue
        parsed = _from_match(m)
        if parsed is None:
            continue
        quantity, ns, ne, is_word = parsed
        if m.group("money") and _MINUS_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            # a variance written with its sign: "a rephasing variance of -£124.5m", "(-£9.9m)"
            quantity = Quantity(-quantity.value, quantity.unit, -quantity.normalised)
        elif (m.group("snum") and not is_word and re.search(r"[.,]", m.group("snum"))
              and _SIGNED_CELL_BEFORE.search(text[max(0, m.start() - 3) : m.start()])):
            # a negative cell in a row of figures, written with decimals: "12,609.4 -20,766.2", "-2.3%"
            # (not the dash of "0-25", "aged 16 -19")
            quantity = Quantity(-quantity.value, quantity.unit, -quantity.normalised)
        end = m.end()
        rate = _titled_rate(text, m.start(), end) if quantity.unit == "count" and not is_word else None
        if rate is not None:  # "KCC has 1.3 Family Hubs per 10,000 people": a rate counting a named thing
            quantity, end = Quantity(quantity.value, rate[0], quantity.value), rate[1]
            consumed = end
        found.append(QuantityMatch(m.start(), end, quantity, ns, ne, is_word))
    return sorted(found, key=lambda q: q.start) if shares else found


@lru_cache(maxsize=1)
def _titled_rate_re() -> re.Pattern[str]:
    u = unit_words()
    units = {"per_10000": u["per_10000_words"], **u["other_rate_words"]}
    rates = "|".join(rf"(?P<{unit}>{_alternation(words)})" for unit, words in units.items())
    return re.compile(rf"(?:\s+[A-Z][a-z]+){{1,2}}\s+(?:{rates})(?![\d,]*\d)")


def _titled_rate(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The rate unit and end of "1.3 Family Hubs per 10,000": the counted thing's name in capitals between the number
    and the rate's base, which the quantity pattern leaves out (it reads "3.1 Missed bins per 100,000" at a line's
    start as a heading after a paragraph number). Only mid-sentence: words before the number on its line."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    if not re.search(r"[a-z]{2,}\s+$", line):
        return None
    m = _titled_rate_re().match(text, end)
    return (next(k for k, v in m.groupdict().items() if v), m.end()) if m else None


def parse_quantity(text: str) -> Quantity | None:
    """The first quantity in `text` (`"£1.6m"` -> Quantity(1.6, "GBP", 1600000.0)), else None."""
    found = find_quantities(text)
    return found[0].quantity if found else None


__all__ = ["Quantity", "QuantityMatch", "clock_durations", "find_quantities", "parse_quantity", "unit_words"]
