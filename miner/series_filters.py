"""Which claims are points of a metric series: the filters `miner/series.py` applies.

A figure is no point when it is a benchmark (national, statistical neighbours), the size of a change or a
part of a whole, a flow for a stock indicator, a table cell, a value outside what its indicator can
measure, a subset named by its noun phrase, one budget line's money, a financing source, a figure quoted
from another body's report, a "|" table's breakdown row, limit, scale or superseded estimate, another
measure named by its row or clause (the capital financing requirement under borrowing), a sum no council
has, bids for resources, a scenario's figure, a bank balance, a "|" row of changes or a movement of a stock
(a drawdown from reserves) or a figure the paper names a target or aim. Cue words are in
`nlp/patterns/series_cues.json`; plausible ranges and subsets per indicator in `nlp/patterns/indicators.json`.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from miner.model import Claim
from miner.nlp.claim_relations import change_size
from miner.nlp.claim_table import Row, benchmark_column, change_direction, is_target_column, table_row

_BENCHMARK = re.compile(
    r"\b(?:national(?:ly)?|england|statistical neighbours?|regional|sn average|comparators?|target|profiled?)\b", re.I
)

def _is_benchmark(c: Claim, doc_text: str) -> bool:
    if c.comparator in ("national", "statistical_neighbours", "regional", "target") and c.comparator_value is None:
        return True
    # the words just before the number name whose figure it is ("the national rate of 44")
    before = doc_text[max(0, c.start - 45) : c.start]
    # ("no more than 18" is one quantity: its "than" opens no clause)
    # (a sentence or paragraph ended before it is not its clause: "... (target 90%).\n\n2.3 Housing\nThere were 342")
    clause = re.split(r"(?<!\d),|,(?!\d{3})|[;(]|\.\s|\n\s*\n|\band\b|\bwhich\b|\bcompared\b|(?<!more )(?<!less )(?<!fewer )\bthan\b|\bbut\b",
                      before)[-1]
    # "43 per 10,000 for England", "56 per 10,000 for our Statistical Neighbours"; not the next clause's
    after = re.split(r"[,;.(]\s|\b(?:and|but|which|compared|whereas|while)\b", doc_text[c.end : c.end + 60])[0]
    return bool(_BENCHMARK.search(clause) or re.search(r"\b(?:for|in|across|of) (?:our |the |its )?(?:england|the country|statistical neighbours?|"
                                                              r"comparators?|similar authorities|(?:most )?similar (?:group|councils|areas)|"
                                                              r"region|(?:north|south) (?:east|west)|east midlands|west midlands|"
                                                              r"east of england|yorkshire and the humber|wales|scotland)\b|\bnational|"
                                                              r"^\s*%?\s*(?:level|threshold|rate) (?:needed|required)\b", after, re.I)
                or any(rx.match(doc_text[c.end : c.end + 80]) for rx in cues()["other_bodies"])
                or _aim_or_change_cell(c, doc_text))


def _aim_or_change_cell(c: Claim, doc_text: str) -> bool:
    """A table cell under a "Target", a "Change" or a benchmark head ("England 2024", `claim_table`): the aim,
    the movement or another body's figure, not the authority's level."""
    row = table_row(doc_text, c.start)
    return row is not None and (is_target_column(row) or benchmark_column(row) is not None
                                or (c.value is not None and change_direction(row, c.value) is not None))


@lru_cache(maxsize=1)
def cue_data() -> dict[str, Any]:
    return json.loads((Path(__file__).resolve().parent / "nlp" / "patterns" / "series_cues.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def cues() -> dict[str, list[re.Pattern[str]]]:
    data = cue_data()
    sided = ("change_amount", "part_of_whole", "part_of_group", "elided_noun", "earlier_period", "not_received", "qualified_part", "treasury",
             "single_item", "reversed", "financing", "contribution", "bank_account", "stock_movement", "named_target")
    cues = {k: [re.compile(p, re.I) for p in v["patterns"]] for k, v in data.items()
            if isinstance(v, dict) and "patterns" in v and k not in sided}
    for k, v in data.items():  # words right after the figure of a group read on the text before it ("5% referendum level")
        if isinstance(v, dict) and "after_patterns" in v:
            cues[f"{k}_after"] = [re.compile(p, re.I) for p in v["after_patterns"]]
    for name in sided:  # "before:" patterns end at the number, "after:" ones start there
        for where in ("before", "after", "called"):
            cues[f"{name}_{where}"] = [re.compile(p.split(":", 1)[1], re.I) for p in data[name]["patterns"]
                                       if p.startswith(where + ":")]
    return cues


def _not_a_level(c: Claim, doc_text: str) -> bool:
    """The figure is the size of a change ("an increase of 14 children", "a 12% decrease", "6% fewer") or a
    part of the whole ("980 (48.6%) were UASC", "50 out of 73"), not the indicator's level: no point."""
    # after: room for a bracketed aside before the words ("£195.6m (13.7% of 2024-25 approved budget) of ... growth")
    before, after = doc_text[max(0, c.start - 90) : c.start], doc_text[c.end : c.end + 120]
    names = (("change_amount", "part_of_whole", "earlier_period") + (("part_of_group",) if c.unit != "%" else ())
             + (("elided_noun",) if c.unit == "count" else ()))
    return any(any(rx.search(before) for rx in cues()[f"{name}_before"]) or
               any(rx.match(after) for rx in cues()[f"{name}_after"]) for name in names)


def _change_size(c: Claim, doc_text: str) -> bool:
    """The claim is the size of a change ("a reduction of 52%", "down 12% on last year", "an increase of 477 (2.5%)"),
    read by the same rule that gives it the changed measure's indicator (`claim_relations.change_size`): a movement,
    not a level, whatever its unit (a level of carbon emissions is in tonnes, its change may be in per cent). A rise
    a council sets ahead (`set_ahead`: "Increase all points within grades KSB to KSF by 5%") is its indicator's value."""
    return c.indicator not in set_ahead() and change_size(doc_text, c.start, c.end)


def _a_flow(c: Claim, doc_text: str) -> bool:
    """A count of events over a period ("Nine fostering households were approved between January and
    December 2019", "Six commenced university") is no level of a stock indicator (carers, care leavers)."""
    return (c.indicator in cue_data()["flow_count"]["indicators"]
            and any(rx.match(doc_text[c.end : c.end + 80]) for rx in cues()["flow_count"]))


def _impossible_count(c: Claim, unit: str) -> bool:
    """A negative count or amount is a change (a variance, a reduction: "offsetting the pressure by
    -£965.0k"), not a level; a whole-count indicator (children, plans, places) counted in fractions ("95.4")
    is some other measure under the wrong indicator, and so is one printed with decimals ("1400.00", a payment)."""
    if unit not in ("count", "GBP") or c.value is None:
        return False
    if c.value == 0 and unit == "GBP" and c.indicator in cue_data()["table_parts"]["items"]:
        return True  # "| Recovery Grant | 0.0 |": a grant the authority does not receive, no amount of one
    return c.value < 0 or (unit == "count" and c.indicator in cue_data()["whole_counts"]["indicators"]
                           and (c.value != int(c.value) or bool(re.search(r"\d\.\d", c.text or ""))))


# a figure as a table prints it: "1,429,506.8", "-20,766.2", "(£3.2m)", "95.4%"
_CELL_FIGURE = r"[-–(]?£?\d[\d,.]*(?:%|[km]\b)?\)?"
# a row of two or more figures, perhaps ending on its row label ("209,578.3 -9,380.7 200,197.6 TOTAL SPENDING")
_FIGURES_ROW = re.compile(rf"[ \t]*(?:{_CELL_FIGURE}[ \t]+)+{_CELL_FIGURE}(?:[ \t]+[A-Za-z][\w&'’ -]{{0,40}})?[ \t]*")
_FIGURE_ALONE = re.compile(rf"[ \t]*{_CELL_FIGURE}[ \t]*")
# one figure then its row's label, in a table of rows of figures ("6,065.8 Government & Legislative")
_FIGURE_LABELLED = re.compile(rf"[ \t]*{_CELL_FIGURE}[ \t]+[A-Za-z][\w&'’ -]{{0,40}}[ \t]*")


def _line(doc_text: str, at: int) -> tuple[int, int]:
    start = doc_text.rfind("\n", 0, at) + 1
    end = doc_text.find("\n", at)
    return start, end if end >= 0 else len(doc_text)


def _table_cell(c: Claim, doc_text: str) -> bool:
    """The figure is a cell of a table: in a row of figures, or alone on its line next to a line of figures.
    The text no longer ties a cell to its row and column (a directorate, a year, a change line or a level),
    and its quote is a row of numbers a reader cannot check, so a cell is no point of a series (the claim
    itself stays). A figure alone between lines of words ("Children in care\n413\nper 10,000") is not one."""
    start, end = _line(doc_text, c.start)
    line = doc_text[start:end]
    if _FIGURES_ROW.fullmatch(line):
        return True
    neighbours = [_line(doc_text, at) for at in (start - 1, end + 1) if 0 <= at < len(doc_text)]
    if _FIGURE_LABELLED.fullmatch(line) and c.start - start < 16:  # the figure opens the line, its label after
        return any(_FIGURES_ROW.fullmatch(doc_text[a:b]) for a, b in neighbours)
    if not _FIGURE_ALONE.fullmatch(line):
        return False
    return any(_FIGURES_ROW.fullmatch(doc_text[a:b]) or _FIGURE_ALONE.fullmatch(doc_text[a:b]) for a, b in neighbours)


def _piped_labels(doc_text: str, start: int, end: int) -> list[str]:
    """The row labels of the "|" table whose line runs from `start` to `end` (its run of lines opening with "|")."""
    def piped(at: int) -> bool:
        return doc_text[slice(*_line(doc_text, at))].lstrip().startswith("|")

    while start > 0 and piped(start - 1):
        start = _line(doc_text, start - 1)[0]
    while end < len(doc_text) and piped(end + 1):
        end = _line(doc_text, end + 1)[1]
    return [line.strip().strip("|").split("|")[0].strip() for line in doc_text[start:end].split("\n")]


def piped_row(c: Claim, doc_text: str) -> tuple[Row, int, int] | None:
    """The "|" table row the figure is a cell of, with its line's bounds, or None (prose, or a table of spaces)."""
    start, end = _line(doc_text, c.start)
    if not doc_text[start:end].lstrip().startswith("|"):
        return None
    row = table_row(doc_text, c.start)
    return (row, start, end) if row is not None else None


def _table_part(c: Claim, unit: str, doc_text: str) -> bool:
    """A "|" table's cell that is no level of the authority (`series_cues.json` "table_parts"): a limit it sets (an
    authorised limit or operational boundary for debt, an "Upper Limit" column); a row of changes ("Net growth in
    service budgets", "Total Net growth"); one grade's or band's rate of a scale
    (a pay scale, the living wage by age); or, in a table with a Total row, a row of the breakdown (a service's capital
    spend, one source of financing, one reserve), a part of the whole the Total row gives; or an estimate a later
    column updates ("Estimate included in County Council papers | Upd figures for Cabinet")."""
    found = piped_row(c, doc_text)
    if found is None:
        return False
    row, start, end = found
    data = cue_data()["table_parts"]
    head = row.heads[row.index] if row.heads and row.index < len(row.heads) else ""
    if re.search(data["limit_words"], f"{row.label} {head}", re.I) or c.indicator in data["scales"]:
        return True
    if re.search(data["change_row"], row.label, re.I):  # "| Total Net growth | +£59.0m |": a movement, not a level
        return True
    later = row.heads[row.index + 1 :] if row.heads else ()
    if re.match(data["superseded_head"], head, re.I) and any(re.match(data["update_head"], h, re.I) for h in later):
        return True
    if unit not in ("count", "GBP") or c.indicator in data["items"]:
        return False
    total = re.compile(data["total_row"], re.I)
    if total.match(row.label):
        return False
    # the Total must be of the figure's own measure: bare ("TOTAL") or naming its indicator ("Total borrowing"); under
    # "Total Core Spending Power" the "Council Tax" row is council tax's whole, not a part of it
    own = _indicator_patterns().get(c.indicator or "", [])
    return any(total.match(label) and (re.match(data["bare_total"], label, re.I) or any(rx.search(label) for rx in own))
               for label in _piped_labels(doc_text, start, end))


@lru_cache(maxsize=1)
def _indicator_patterns() -> dict[str, list[re.Pattern[str]]]:
    from miner.nlp.claim_indicator import indicators

    return {ind["id"]: [re.compile(p, re.I) for p in ind["patterns"]] for ind in indicators()}


def _other_measure(c: Claim, doc_text: str) -> bool:
    """A figure of another measure than its indicator's, named by its "|" row's label or, in prose, in its clause
    before it: a treasury figure that is no borrowing or debt (`series_cues.json` "not_borrowing": the capital
    financing requirement, internal or net borrowing, other long-term liabilities, the investment portfolio); a pay
    rate another body sets ("other_rate": the National Living Wage, the Real Living Wage); the most council tax may
    rise without a referendum ("referendum_limit": "the flexibility to increase council tax up to 5%", "up to 5%
    referendum level"); core spending power under budget ("not_budget"); a budget under grant funding ("the £1.5bn
    proposed net budget", "not_grant"); a scenario's figure ("revenue impact of a 1% rise in interest rates",
    "scenario"). Words right after the figure count too where a group lists them."""
    for name in ("not_borrowing", "other_rate", "referendum_limit", "not_budget", "not_grant", "scenario"):
        if c.indicator not in cue_data()[name]["indicators"]:
            continue
        found = piped_row(c, doc_text)
        named = found[0].label if found else re.split(r"[.;]\s|\n\s*\n", doc_text[max(0, c.start - 90) : c.start])[-1]
        if any(rx.search(named) for rx in cues()[name]) or any(rx.match(doc_text[c.end : c.end + 60])
                                                                for rx in cues().get(f"{name}_after", [])):
            return True
    return False


def _national_scale(c: Claim, unit: str) -> bool:
    """A money figure larger than any one council's (`series_cues.json` "national_scale": a nation's spending plans,
    England's spending on SEND): another body's figure, whatever the indicator."""
    return unit == "GBP" and c.value is not None and abs(c.value) > cue_data()["national_scale"]["max_gbp"]


def _implausible(c: Claim, unit: str) -> bool:
    """The value is outside what its indicator can measure in its unit (`indicators.json` "plausible", e.g.
    a council tax rise of 0-15%, a pay rate of £5 or more): a misread figure, no point. An indicator with a
    "plausible" map takes only the units it lists."""
    bounds = _plausible().get(c.indicator or "")
    if not bounds or c.value is None:
        return False
    if unit not in bounds:
        return True
    low, high = bounds[unit]
    return not low <= c.value <= high


@lru_cache(maxsize=1)
def _plausible() -> dict[str, dict[str, list[float]]]:
    from miner.nlp.claim_indicator import indicators

    return {ind["id"]: ind["plausible"] for ind in indicators() if ind.get("plausible")}


@lru_cache(maxsize=1)
def set_ahead() -> frozenset[str]:
    """Indicators a council sets before the period they apply to (`indicators.json` "set_ahead": a council
    tax rise, a pay award): a figure for the coming year is their value, not a target."""
    from miner.nlp.claim_indicator import indicators

    return frozenset(ind["id"] for ind in indicators() if ind.get("set_ahead"))


def _in_benchmark_sentence(c: Claim, doc_text: str) -> bool:
    """The figure's sentence opens on the country ("In England, the number ... increased to 575,963")."""
    before = doc_text[max(0, c.start - 300) : c.start]
    opening = re.split(r"(?<=[.!?])\s+|\n\s*\n", before)[-1].lstrip()
    return any(rx.match(opening) for rx in cues()["benchmark_sentence"])


def _ring_fenced(c: Claim, doc_text: str) -> bool:
    """The figure's sentence is about a ring-fenced fund the council reports apart from its own budget (the
    schools' Dedicated Schools Grant: "The total Dedicated Schools' Grant ... is forecast to overspend by
    £53.5m"), so it is no point of the council's own money indicators (`series_cues.json` "ring_fenced")."""
    data = cue_data()["ring_fenced"]
    if c.indicator not in data["indicators"]:
        return False
    before = re.split(r"(?<=[.!?])\s+|\n\s*\n", doc_text[max(0, c.start - 300) : c.start])[-1]
    after = re.split(r"(?<=[.!?])\s", doc_text[c.end : c.end + 200])[0]
    return any(rx.search(before + " " + after) for rx in cues()["ring_fenced"])


def _not_received(c: Claim, doc_text: str) -> bool:
    """Money bid or applied for, or a deficit or surplus, under an indicator of money received (`series_cues.json`
    "not_received"); an amount qualified as one kind of an authority's savings or overspend ("£4.5m of
    alternative savings", "qualified_part"); treasury money (cash, working capital, investments, "treasury");
    one saving, cut or pressure named in the singular ("the £3.2m pressure", "single_item"); a bank account's balance
    ("Community Account £1,504.10", "bank_account"); cuts a motion would
    undo ("reversed"); the sources meeting one cost ("met ... from this £8,021k flexible use of capital
    receipts", "financing", read over the sentence); a contribution of one fund to another ("contribution").
    None is a point of those indicators: a part or a transfer, not the authority's level."""
    before, after = doc_text[max(0, c.start - 90) : c.start], doc_text[c.end : c.end + 90]
    # the sentence up to the figure, for cues that name a whole sentence's subject (financing, contributions)
    sentence = re.split(r"(?<=[.!?])\s+|\n\s*\n", doc_text[max(0, c.start - 300) : c.start])[-1]
    for name in ("not_received", "qualified_part", "treasury", "single_item", "reversed", "financing", "contribution",
                 "bank_account"):
        scope = sentence if name in ("financing", "contribution") else before
        if c.indicator in cue_data()[name]["indicators"] and (
                any(rx.search(scope) for rx in cues()[f"{name}_before"])
                or any(rx.match(after) for rx in cues()[f"{name}_after"])):
            return True
    return False


# a row of a list of amounts by year ("2011/12 £49,000", "2012/13 £187,000;")
_YEAR_ROW = re.compile(r"\s*(?:19|20)\d\d(?:\s?[/-]\s?\d{2}(?:\d{2})?)?\s+£?\d[\d,.]*\s*(?:k|m|bn|million|billion)?"
                       r"\s*[;,.]?(?:\s*and)?\s*")


def _year_rows_lead(c: Claim, doc_text: str) -> str:
    """The lead-in ending in ":" of the list of amounts by year the figure is a row of, or "" (prose): the rows
    after the first are too far from it for the words just before the figure to name what they are."""
    start, end = _line(doc_text, c.start)
    if not _YEAR_ROW.fullmatch(doc_text[start:end]):
        return ""
    while start > 0:
        a, b = _line(doc_text, start - 1)
        if doc_text[a:b].strip() and not _YEAR_ROW.fullmatch(doc_text[a:b]):
            return doc_text[a:b] if doc_text[a:b].rstrip().endswith(":") else ""
        start = a
    return ""


def _bid(c: Claim, doc_text: str) -> bool:
    """Bids for resources ("the Housing Revenue Account bids for capital resources ... be approved as follows:",
    `series_cues.json` "bids"), said just before the amount or in its year list's lead-in: money added to a budget
    for some items, not the authority's budget."""
    if c.indicator not in cue_data()["bids"]["indicators"]:
        return False
    said = doc_text[max(0, c.start - 90) : c.start] + " " + _year_rows_lead(c, doc_text)
    return any(rx.search(said) for rx in cues()["bids"])


def _a_movement(c: Claim, doc_text: str) -> bool:
    """A movement of a stock indicator named in the figure's own clause ("£23.3m drawdown to fund forecast 2024-25
    overspend", "the use of reserves of +£12.6m", `series_cues.json` "stock_movement"): reserves is a balance at a
    date, so a drawdown, use, contribution or transfer is no point of it (compared with another council's balance it
    would mislead)."""
    if c.indicator not in cue_data()["stock_movement"]["indicators"]:
        return False
    before, after = doc_text[max(0, c.start - 90) : c.start], doc_text[c.end : c.end + 90]
    return (any(rx.search(before) for rx in cues()["stock_movement_before"])
            or any(rx.match(after) for rx in cues()["stock_movement_after"]))


def _named_target(c: Claim, doc_text: str) -> bool:
    """The paper names the figure a target, goal, aim or ambition (`series_cues.json` "named_target"): in what it
    calls the figure ("... included in the 2024-25 Savings Target, increasing the total requirement to £99.3m") or
    in the words bound to it ("a target of £5m", "aim to save £2m"). An aim is not a value the authority reached."""
    from miner.series import metric_words  # late: series imports this module

    called = metric_words(c.indicator or "", doc_text, c.start, c.end) or ""
    before = doc_text[max(0, c.start - 90) : c.start]
    return (any(rx.search(called) for rx in cues()["named_target_called"])
            or any(rx.search(before) for rx in cues()["named_target_before"]))


def _cumulative(c: Claim, doc_text: str) -> bool:
    """An amount totalled up to a later date ("totalling £140m by 2027-28") or over years ("£108.8m (...) of
    ... savings over the next two years"): no value at the sentence's date."""
    return any(rx.match(doc_text[c.end : c.end + 160]) for rx in cues()["cumulative_by"])


def _quoted(c: Claim, doc_text: str) -> bool:
    """The figure is inside a quotation from another body's report or finding (`series_cues.json`
    "quoted_source": "the PAC Report highlights that: \"... only half of EHC plans ..."): its figure, not the
    authority's."""
    before = doc_text[max(0, c.start - 500) : c.start]
    for rx in cues()["quoted_source"]:
        opened = None
        for opened in rx.finditer(before):
            pass
        if (opened is not None and not re.search(r"[\"”]", before[opened.end() :])
                and not any(re.search(w, before[max(0, opened.start() - 40) : opened.end()], re.I)
                            for w in cue_data()["quoted_source"]["not_from"])):
            return True
    return False


# the end of a count's own noun phrase: its verb, a relative pronoun, "to", another figure, or the end of its
# clause (a comma outside brackets: "5,300 referrals in the year, 20% from schools")
_NP_END = re.compile(r"(?<!i\.e)(?<!e\.g)[.;:!?,](?=\s|$)|\d|\b(?:were|was|are|is|have|has|had|will|would|that|which|who|whom|to)\b", re.I)


def _subset(c: Claim, unit: str, doc_text: str) -> bool:
    """A count whose own noun phrase restricts whom it counts to a setting, source or kind ("125 referrals
    from schools", "12 in house beds", "106 young people ... in local mainstream colleges"; `series_cues.json`
    "subset_modifier"): a subset, not the indicator's whole, unless the indicator itself is that subset
    (`indicators.json` "whole_of")."""
    if unit != "count":
        return False
    after = re.sub(r"\([^()]*\)", lambda b: " " * len(b.group(0)), doc_text[c.end : c.end + 160])  # brackets aside
    m = _NP_END.search(after)
    phrase = after[: m.start()] if m else after
    for rx in _whole_of().get(c.indicator or "", []):
        phrase = rx.sub(" ", phrase)
    return any(rx.search(phrase) for rx in cues()["subset_modifier"])


@lru_cache(maxsize=1)
def _whole_of() -> dict[str, list[re.Pattern[str]]]:
    from miner.nlp.claim_indicator import indicators

    return {ind["id"]: [re.compile(p, re.I) for p in ind["whole_of"]] for ind in indicators() if ind.get("whole_of")}


def is_risk_register(doc_text: str) -> bool:
    """The paper opens on a risk register's column head (`series_cues.json` "risk_register"): its figures are
    risks, not the authority's values."""
    head = doc_text[:2000]
    return all(rx.search(head) for rx in cues()["risk_register"])


def not_a_level(c: Claim, doc_text: str) -> bool:
    """True when the claim's words say it is not the authority's level of its indicator."""
    return (_is_benchmark(c, doc_text) or _in_benchmark_sentence(c, doc_text) or _not_a_level(c, doc_text)
            or _change_size(c, doc_text) or _a_flow(c, doc_text) or _ring_fenced(c, doc_text) or _not_received(c, doc_text)
            or _cumulative(c, doc_text) or _quoted(c, doc_text) or _bid(c, doc_text) or _a_movement(c, doc_text)
            or _named_target(c, doc_text))


def not_a_point(c: Claim, unit: str, doc_text: str) -> bool:
    """True when the figure, in its series unit, cannot be a level: impossible, a table cell, implausible, a subset,
    a "|" table's part or limit, another measure, a nation's sum."""
    return (_impossible_count(c, unit) or _table_cell(c, doc_text) or _implausible(c, unit)
            or _subset(c, unit, doc_text) or _table_part(c, unit, doc_text) or _other_measure(c, doc_text)
            or _national_scale(c, unit))


@lru_cache(maxsize=1)
def basis_indicators() -> frozenset[str]:
    """Money flow indicators whose figure may be a plan or an outturn (`indicators.json` "basis": savings, overspend,
    budget gap, capital budget ...): a council's proposed savings beside another's delivered ones is no comparison."""
    from miner.nlp.claim_indicator import indicators

    return frozenset(ind["id"] for ind in indicators() if ind.get("basis"))


def basis(c: Claim, doc_text: str) -> str | None:
    """"plan" when the paper gives the figure as budgeted, proposed, required, forecast or projected, "outturn" when
    saved, delivered, spent or reported at year end (`series_cues.json` "basis_plan", "basis_outturn"), None when its
    words do not say. A "|" cell is read on its column head ("2023-24 actual", "2025-26 budget"), then its row's
    label; prose on its clause, where the nearest cue word either side wins."""
    if c.indicator not in basis_indicators():
        return None
    found = piped_row(c, doc_text)
    if found:
        row = found[0]
        head = row.heads[row.index] if row.heads and row.index < len(row.heads) else ""
        return _nearest_basis(head, "") or _nearest_basis(row.label, "")
    before = re.split(r"[.;!?]\s|\n\s*\n", doc_text[max(0, c.start - 160) : c.start])[-1]
    after = re.split(r"[.;!?](?:\s|$)|\n\s*\n", doc_text[c.end : c.end + 100])[0]
    return _nearest_basis(before, after)


def _nearest_basis(before: str, after: str) -> str | None:
    """The kind of the basis cue nearest the figure, which stands between `before` and `after`. A cue inside a longer
    one of another kind does not count ("forecast outturn", "will be delivered", "1.6% of the total revenue budget")."""
    text, here = before + " " + after, len(before)
    hits = [(here - m.end() if m.end() <= here else m.start() - here, kind, m.start(), m.end())
            for kind in ("plan", "outturn", "neutral") for rx in cues()[f"basis_{kind}"] for m in rx.finditer(text)]
    kept = [h for h in hits if h[1] != "neutral" and not any(
        o[1] != h[1] and o[2] <= h[2] and h[3] <= o[3] and o[3] - o[2] > h[3] - h[2] for o in hits)]
    return min(kept)[1] if kept else None
