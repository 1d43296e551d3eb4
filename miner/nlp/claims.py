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

This module walks the sentences and assembles each claim; the judging is split out,
one job per module: `claim_filter` (what is not a claim), `claim_indicator` (what a
number measures), `claim_as_of` (its date), `claim_relations` (change pairs,
comparators, direction). Their cue words are data in `patterns/claim_cues.json`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from miner.model import Claim, TextUnit, stable_id
from miner.nlp.claim_as_of import (
    SUM_OR_SHARE,
    HeadedRows,
    TableColumns,
    as_of,
    caption_period,
    data_date_at,
    footnote_date,
    heading_like,
    heading_quarter,
    item_heading,
    item_part_heading,
    item_period,
    lead_in_date,
    meeting_page_item,
    names_own_quarter,
    payment_row_date,
    payments_intro_period,
    periods,
    previous_period,
    previous_year_named,
    table_intro_period,
)
from miner.nlp import claim_council_tax as council_tax
from miner.nlp.claim_cues import cue_alternation
from miner.nlp.claim_filter import (
    header_money_scale,
    is_score,
    masked_spans,
    not_a_claim,
    ordinal_fraction,
    score_scale,
    scored_row_figure,
)
from miner.nlp.claim_indicator import (
    CHANGE,
    changed_thing,
    counted_head,
    counted_noun,
    counts_anyone,
    counts_fit,
    counts_other_thing,
    gapped_measure,
    generic_ids,
    budget_part_ids,
    generic_named_right_before,
    variance_ids,
    indicator,
    in_pipeline,
    box_title,
    list_lead_in,
    measure_in,
    metric,
    money_level_ids,
    money_ids,
    names_any,
    names_own_measure,
    restated_measure,
    named_in,
    narrows,
    named_beside,
    named_ids,
    names_with_number,
    said_of_another,
    own_words_only_ids,
    caption_rows_ids,
    people_nouns,
    population_ids,
    site_ids,
    share_of_measure,
    subject_words,
    subset_or_whole,
    unit_cost,
    under_heading,
    unnamed_subgroup,
)
from miner.nlp.claim_table import (
    benchmark_column,
    benchmark_table,
    caption_rate,
    piped_caption,
    change_direction,
    head_measure_words,
    head_period,
    in_row_label,
    is_target_column,
    label_count_scale,
    label_money_scale,
    caption_unit,
    column_heads_only,
    label_unit,
    label_unmeasured,
    row_metric,
    staff_column,
    table_row,
    unmeasured_column,
    first_row_label,
    subheading_label,
    contents_row,
    dated_beside,
    piped_cell,
    statement_row_date,
    spanning_head_period,
    unlabelled_column_period,
    term_end_blanked,
)
from miner.nlp.claim_relations import (
    benchmark_sentence,
    box_labelled,
    change_size,
    change_word_before,
    changed_by_amount,
    changed_then_to,
    changed_to_level,
    direction,
    labelled_targets,
    level_takes_its_bracketed_change,
    level_after_its_change,
    parts_of_a_change,
    level_takes_its_change,
    previous_months_after,
    previous_period_date,
    previous_period_figure,
    rate_unit,
    relations,
    share_unit,
    starts_a_box,
)
from miner.nlp.dates import find_dates, find_periods
from miner.nlp.doctext import text_of
from miner.nlp.numbers import Quantity, QuantityMatch, find_quantities, money_scale_captions
from miner.nlp.pipeline import lines_as_sentences

__all__ = ["METHOD", "ClaimFinder", "find_claims", "make_claim_finder"]

METHOD = "rule:miner_claims/1"

if not Doc.has_extension("miner_unit"):
    Doc.set_extension("miner_unit", default=None)


# Another count and its noun, then a bracket opening right before this figure: "143 Social Workers (".
_FTE_IN_BRACKET = re.compile(r"\d[\d,.]*(?=\s+(?:[A-Za-z'’-]+\s+){1,3}\(\s*$)")


def _previous_figure(text: str, start: int, end: int) -> bool:
    """The figure at `start`..`end` of `text` is dated "in the previous year" by its sentence (`previous_period`)."""
    low = max(0, start - 400)
    stops = [low + m.end() for m in re.finditer(r"[.!?]\s+(?=[A-Z])|\n", text[low:start])]
    at = stops[-1] if stops else low  # where `_sentence_around` starts the sentence
    return previous_period(_sentence_around(text, start, end), start - at, end - at)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of the span start..end in a unit's text, cut at the nearest full stops or line ends."""
    low = max(0, start - 400)
    stops = [low + m.end() for m in re.finditer(r"[.!?]\s+(?=[A-Z])|\n", text[low:start])]
    closes = re.search(r"[.!?](?:\s|$)|\n", text[end : end + 400])
    return text[stops[-1] if stops else low : end + (closes.start() if closes else min(400, len(text) - end))]


def _own_number(text: str, q: QuantityMatch, unit: TextUnit | None) -> bool:
    """The paragraph's own number opening its text ("2.3 71% of new EHC plans ..."): the sectioner read it
    as the paragraph's path, so it is no figure, even when a figure follows it."""
    path = getattr(unit, "section_path", None)
    return bool(path) and q.quantity.unit == "count" and text[q.number_start : q.number_end] == path.split("~")[0] \
        and not text[: q.number_start].strip(" \t-•")


def _paper_paragraph(text: str, q: QuantityMatch, unit: TextUnit | None) -> bool:
    """A paragraph number the paper prints elsewhere, cited ("notwithstanding 17.55,", "referenced in 17.54 is", "(14.70(a-g))"
    where "17.55 Any Member ..." opens a paragraph): a cross-reference, no figure. `claim_filter` sees only its unit's text."""
    return (q.quantity.unit == "count" and not q.is_word
            and text[q.number_start : q.number_end] in getattr(unit, "paragraph_numbers", ())
            and re.match(r"\s*(?:[,;:()]|\.(?!\d)|(?:and|or|to|is|are|above|below)\b|$)", text[q.number_end : q.number_end + 8]) is not None)


# the end of a list's lead-in: "... include:", and a minute's "The following was outlined: -"
_LEAD_END = re.compile(r":(?:\s+[-–])?\s*$")


def _sum_cue(name: str, text: str, start: int, end: int, before: int, after: int) -> bool:
    """The sum at `start`..`end` matches the `claim_cues.json` cue `name`, whose alternatives write the sum as SUM, in
    the `before` characters before it and the `after` after."""
    window = text[max(0, start - before) : start] + "\x00" + text[end : end + after]
    return re.search(cue_alternation(name).replace("SUM", "\x00"), window, re.I) is not None


def _unused_contingency(text: str, start: int, end: int) -> bool:
    """The sum at `start`..`end` is named by its own words as an unused contingency ("the unused £13m risk contingency",
    "£5.676m of unused Contingency budget"; `claim_cues.json` unused_contingency_around)."""
    return _sum_cue("unused_contingency_around", text, start, end, 12, 50)


def _collection_fund_balance(text: str, start: int, end: int) -> bool:
    """The sum at `start`..`end` is named by its own words as the surplus or deficit of a collection fund ("There is a small
    deficit of £153,601 on the Collection Fund", "the Council Tax collection fund shows a surplus of £310,000"; `claim_cues.json`
    collection_fund_balance_around): shared out among the precepting bodies, no overspend, underspend or council tax
    requirement of the authority."""
    return _sum_cue("collection_fund_balance_around", text, start, end, 150, 120)


def _collection_fund_context(text: str, start: int, end: int, fund_item: bool) -> bool:
    """The sum at `start`..`end` is a collection fund's balance named by its context, not by its own words: its own clause
    names it a surplus, deficit or net position (`claim_cues.json` fund_balance_before) and either the minutes item it is in
    is about the fund (`fund_item`: "Collection Fund Estimated Outturn 2021-2022" over "the estimated outturn for Council Tax
    in 2021-2022 is a cumulative deficit of approximately £3.5 million") or an earlier sentence of its paragraph names a
    collection fund's surplus or deficit ("There is a small deficit of £153,601 on the Collection Fund in respect of Council
    Tax. The total deficit of £512,580 ..."; collection_fund_balance_named); not where its sentence names another account
    ("The General Fund deficit of ...": other_account_words). Claims round 79."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 400) : start]
    own = re.search(rf"(?:{cue_alternation('fund_balance_before')})", before, re.I)
    if own is None:
        return False
    stops = [m.end() for m in re.finditer(r"[.!?]\s*(?=[A-Z])", before[: own.start()])]
    sentence_start = stops[-1] if stops else 0
    if re.search(cue_alternation("other_account_words"), before[sentence_start:], re.I):
        return False
    if fund_item:
        return True
    return re.search(cue_alternation("collection_fund_balance_named"), before[: sentence_start], re.I) is not None


def _reserve_transfer(text: str, start: int, end: int) -> bool:
    """The sum at `start`..`end` is moved to, from or within a reserve by its own words ("Revenue transfer of £1.433 million
    to the Strategic Waste Reserve", "a proposed transfer to the Business Rates Reserve of £100k", "£276,660 from budget
    and grant underspends to be rolled forward within Earmarked Reserves"; `claim_cues.json` reserve_transfer_around)."""
    return _sum_cue("reserve_transfer_around", text, start, end, 120, 160)


def _programme_addition(text: str, start: int, end: int) -> bool:
    """The sum at `start`..`end` is an addition to a programme by its own clause ("The total value of additions and
    amendments was £51m", "Approves the addition and cumulative spend of £0.65M in 2020/21"; `claim_cues.json`
    programme_addition_around)."""
    return _sum_cue("programme_addition_around", text, start, end, 160, 120)


def _capital_clause_before(text: str, start: int, end: int) -> bool:
    """The figure's sentence, before it, names the capital programme and a sum of it ("Note the Capital Programme
    spend to date for the General Fund of £18.296m (against a budget of £253.936m)"): a budget the sentence names
    after that sum, in general, is the programme's."""
    low = max(0, start - 400)
    stops = [low + m.end() for m in re.finditer(r"[.!?]\s+(?=[A-Z])|\n", text[low:start])]
    head = text[stops[-1] if stops else low : start]
    return re.search(r"£\s?\d", head) is not None and measure_in(head, "GBP") == "capital_budget"


def _prior_sentence(last: TextUnit | None, unit: TextUnit | None) -> str:
    """The last sentence of the prose paragraph right before `unit`, with no line between ("The percentage of council tax
    collected, in year, has increased to 98.0% in 2014/15, ..." over "The percentage collected fell by 0.3% when ..."),
    else "": a heading, a table or a list item between breaks the matter."""
    if (unit is None or last is None or last.document_id != unit.document_id
            or last.tabular or unit.tabular or last.role not in ("paragraph", "body") or unit.role not in ("paragraph", "body")
            or not 0 <= unit.start - (last.start + len(last.text)) <= 4):
        return ""
    return re.split(r"(?<=[a-z0-9%)][.!?])\s+(?=[A-Z])", last.text.strip())[-1]


def find_claims(doc: Doc, unit: TextUnit | None, title: str | None = None,
                columns: dict[int, str] | None = None, scale: tuple[int, int] | None = None,
                caption: str | None = None, lead_date: str | None = None,
                quarter: str | None = None, lead_text: str | None = None,
                above: str = "", prior: str = "") -> list[tuple[QuantityMatch, dict, str]]:
    """Quantities in `doc` that are claims, with their context fields (offsets relative to doc).

    `title` is the title of a box of figures, printed as the unit before it (see `box_title`);
    `columns` the periods of table cells under year headers (`TableColumns`, fed by the finder);
    `scale` the scale of a scored column seen earlier in the paper ("Likelihood (1-5)");
    `caption` the period of the paper's title (`caption_period`), for table cells with no date;
    `lead_date` the date of the lead-in of the list this unit is an item of (`lead_in_date`);
    `quarter` the one quarter the paper's title or headings name (`heading_quarter`), for "in the quarter";
    `lead_text` the end of that lead-in, read as the sentence before the item's first ("Successful completions of drug
    treatment were:" then "- opiate users: 4.9%");
    `above` the rows of the table units right before this one, where a PDF table's column heads may be;
    `prior` the last sentence of the prose paragraph right before this one (`_prior_sentence`), which a
    definite subject opening this unit's first sentence may restate (`restated_measure`)."""
    text = text_of(doc)
    quantities = find_quantities(text)
    masked = masked_spans(text) if quantities else []  # (a unit without figures has nothing to mask)
    scale = score_scale(text) or scale
    cells = {at + 1 for at in getattr(unit, "row_joins", ())}  # where a printed table cell opens
    claims = [_pounds(q) if _payment_cell(text, q) else q for q in quantities
              if (_claim_or_cell(text, q, masked, cells) or _payment_cell(text, q, masked))
              and not is_score(text, q, scale)
              and not _own_number(text, q, unit) and not _paper_paragraph(text, q, unit) and not ordinal_fraction(doc, q)
              and (not in_row_label(text, q.number_start) or _payment_cell(text, q))]
    if columns is None:
        columns = TableColumns().read(text)  # cells under a row of year headers in this text
    out: list[tuple[QuantityMatch, dict, str]] = []
    rows: list = []  # (Row, QuantityMatch, record) of the cells of table rows, for their targets
    previous, earlier = lead_text or "", ""
    before_figures: list[tuple] = []  # (record, unit, is a benchmark, value, index in out) of the sentence before
    # lead_date: the date of a lead-in ending in ":" (before this unit or in it), for the sentences of its list
    for sent in _sentences(doc):
        if _LEAD_END.search(previous) and "\n" in text[sent.start_char - 3 : sent.start_char + 1]:
            lead_date = lead_in_date(previous)  # a lead-in whose list starts on a new line (not "2025-26 MTFP: change")
        elif _AS_AT_LEAD.search(previous.rstrip()[-80:]):
            # "Finance – @ 30th April 2019: Community Account £8319.07 Business Premium Account £3460.74": a short line
            # giving an "as at" date, then its balances on the same line
            lead_date = lead_in_date(previous.rstrip()[-80:])
        qs = [q for q in claims if sent.start_char <= q.number_start < sent.end_char]
        if not qs and before_figures:
            _figures_before_moved(sent.text, before_figures)
        if not qs:
            earlier, previous = previous, sent.text
            before_figures = []
            continue
        stext = sent.text
        base = sent.start_char
        local = [
            QuantityMatch(q.start - base, q.end - base, q.quantity, q.number_start - base, q.number_end - base, q.is_word)
            for q in qs
        ]
        fields, absorbed = relations(stext, local)
        money_here = [(lq.start, lq.end) for lq in local if lq.quantity.unit == "GBP"]  # a run-on list of payments
        # (two rows or more of Net, VAT and Gross that add up are a payments list whatever the paragraph says)
        net_vat_gross_rows = len(money_here) >= 6 and sum(_net_vat_gross(stext, lq) for lq in local if lq.quantity.unit == "GBP") >= 6
        here: list[tuple[QuantityMatch, dict]] = []
        units_here: list[str] = []
        figures: list[tuple] = []
        open_figures: set[int] = set()  # figures (their index in out) no rule decided are of no measure
        for i, (q, lq) in enumerate(zip(qs, local)):
            if i in absorbed:
                continue
            f = fields[i]
            metric_phrase = metric(doc, q)
            # a cell under a money caption ("£000s") is money when its indicator is chosen
            ind_unit = "GBP" if q.quantity.unit == "count" and getattr(unit, "money_scale", None) else q.quantity.unit
            row = table_row(text, q.number_start, above)  # "Average re-let time (days) | 42 | 35 | 51"
            from_heading = False  # the indicator is the table caption's or a sub-heading row's, not the row label's
            if row is not None and q.quantity.unit == "count" and label_unmeasured(row):
                continue  # "Average bus speed (mph) | 11.2 | 11.4": no claim unit measures it
            if row is not None and q.quantity.unit == "count" and (unmeasured_column(row) or contents_row(text, row, above, title)):
                continue  # "| Margate Central | 64.47 | 1 |" under "Rank": a rank; "| Kent Events | 11 |": a page
            row_unit = ((label_unit(row) or (None if staff_column(row) else caption_unit(title))
                         or caption_rate(piped_caption(text, row)))
                        if row is not None and q.quantity.unit == "count"
                        and not q.is_word else None)  # "Table 1: Annual mean NO2 (µg/m3) ..." over rows of sites
            money = label_money_scale(row) if row is not None and q.quantity.unit == "count" and not q.is_word else None
            if money and q.quantity.value == q.quantity.normalised:
                # "Agency staff spend (£m, year to date) 4.1 2.3 3.4": the label's money and scale
                row_unit, q = "GBP", QuantityMatch(q.start, q.end, Quantity(q.quantity.value, "GBP", round(q.quantity.value * money, 6)),
                                                   q.number_start, q.number_end, q.is_word)
            scale = label_count_scale(row) if row is not None and q.quantity.unit == "count" and not q.is_word and not money else None
            if scale and row_unit is None and q.quantity.value == q.quantity.normalised:
                # "Passenger journeys (millions) | 17.3 | 18.4": the label's scale
                q = QuantityMatch(q.start, q.end, Quantity(q.quantity.value, "count", round(q.quantity.value * scale, 6)),
                                  q.number_start, q.number_end, q.is_word)
            ind_unit = row_unit or ind_unit
            record = {
                "metric": metric_phrase,
                "indicator": indicator(stext, lq.number_start, metric_phrase, ind_unit, counted_noun(doc, q),
                                       value=q.quantity.normalised),
                "as_of": as_of(stext, lq.start, lq.end, unit, quarter),
                "comparator": f.get("comparator"),
                "comparator_value": f.get("comparator_value"),
                "from_value": f.get("from_value"),
                "to_value": f.get("to_value"),
                "direction": f.get("direction"),
            }
            listed, row_date = payment_row_date(stext, lq.start, lq.end, money_here, unit, quarter, text, rows=net_vat_gross_rows)
            if listed:
                record["as_of"] = row_date  # "... for approval 7.3.17 ... EON Streetlighting Jan17 £78.80": its row's date
            cell = piped_cell(text, q.number_start) if row is None else None
            if cell and record["as_of"] is not None:
                # a figure in a "|" cell of words is dated by its own cell: another cell's date is its column's (a
                # Timescale or deadline: "| 2027 | KPI 7: % of employees ... 56% (+0.1p.p.) |")
                record["as_of"] = as_of(text[cell[0] : cell[1]], q.start - cell[0], q.end - cell[0], unit, quarter)
            # a list item "o Hampshire, 15%" under "council tax increases ... reference was made to:"
            lead = list_lead_in(stext, lq.start, previous, earlier)
            if record["direction"] is None and not f.get("is_benchmark"):
                start = lq.start - 30
                low = re.search(r"\d[\d,.]*\s+to\s+$", stext[max(0, lq.start - 20) : lq.start])  # "by about 10 to 11 percent"
                if low:
                    start -= len(low.group(0))
                # (not past the end of the sentence before, which the parser may run on: "..., up from 126 in
                # Quarter 1. 83% of cases were investigated")
                # (past a rate's period after the figure: "the 1.0% m/m jump", "a 0.4% m/m increase")
                tail = 12 + (len(m.group(0)) if (m := _RATE_PERIOD_AFTER.match(stext[lq.end : lq.end + 8])) else 0)
                while (lq.end + tail < len(stext) and stext[lq.end + tail - 1].isalpha() and stext[lq.end + tail].isalpha()
                       and not re.search(r"[,;(]", stext[lq.end : lq.end + tail])):
                    tail += 1  # to the end of a word the window cuts: "£29.6m net increase", not "net increas" (within
                    # the figure's clause: not the "fall" of "£54.1m, 29.98%, with a fall in the capital value")
                before_words = re.split(r"[,;:]|(?<!\bc)\.\s", stext[max(0, start) : lq.start])[-1]  # not "an increase of c. 6.5%"
                # a part in an aside that opens "(including": the words before the bracket are the whole's ("£149.6m of
                # core funded spending growth (including -£0.8m internal base adjustment ...)": no rise of the part)
                before_words = _PART_ASIDE_OPEN.split(before_words)[-1]
                window = before_words + stext[lq.start : lq.end + tail]
                record["direction"] = direction(window)
                if record["direction"] is None and (later := _CHANGE_AFTER_ASIDE.match(stext[lq.end : lq.end + 60])):
                    # "£1.3bn (5%) increase", "£28.4bn (0.9% of GDP) higher", "3.2% real terms increase"
                    record["direction"] = direction(later.group(1))
                if (record["direction"] is None and re.search(r"\ban?\s+$", stext[max(0, lq.start - 4) : lq.start])
                        and (later := _change_after_noun().match(stext[lq.end : lq.end + 50]))):
                    record["direction"] = direction(later.group(1))  # "a 4.99 per cent council tax increase"
                if record["direction"] is None and _growth_after().match(stext[lq.end : lq.end + 100]):
                    record["direction"] = "up"  # "£149.6m of core funded spending growth", "the £149.6m core spending growth"
                moved_by = changed_by_amount().search(stext[max(0, lq.start - 120) : lq.start])
                if record["direction"] is None and moved_by:  # "Increase all points within grades KSB to KSF by 5%"
                    record["direction"] = direction(moved_by.group(0))
                moved_to = changed_to_level().search(stext[max(0, lq.start - 100) : lq.start])
                if record["direction"] is None and moved_to:  # "To increase the home care charge rates to £13.46"
                    record["direction"] = direction(moved_to.group(0))
                moved_then = changed_then_to().search(stext[max(0, lq.start - 100) : lq.start])
                if record["direction"] is None and moved_then:  # "has generally fallen in recent years, to 554kg"
                    record["direction"] = direction(moved_then.group(0))
                if record["direction"] is None and lead:
                    record["direction"] = direction(lead)
                up_down = _UP_DOWN_BEFORE.search(stext[max(0, lq.start - 12) : lq.start])
                if up_down and _particle_verb_before().search(stext[max(0, lq.start - 30) : lq.start]):
                    up_down = None  # "Over 65s make up 24%", "taken up by 27.4%": part of a verb, not a change
                if record["direction"] is None and up_down:  # "84.3%, up 3.1 percentage points on Q1" (not "up to 50")
                    record["direction"] = up_down.group(1).lower()
            if (record["direction"] and record["comparator"] in _BENCHMARK_KINDS
                    and _GAP_TO_BENCHMARK_AFTER.match(stext[lq.end : lq.end + 40])):
                # "the gap ... will be 5 points lower than the national average": a figure's distance from a benchmark
                # is a comparison, no change (as "fifteen percentage points better than the target of 50%" in the gold)
                record["direction"] = None
            if ((record["direction"] or record["from_value"] is not None or record["to_value"] is not None)
                    and _against_budget(stext, lq.start, lq.end)):
                # "£53.519m lower than the approved revised budget": a variance, its under- or overspend, not a change
                # over time (the gold's convention): no from / to / direction; its indicator says which way
                record.update(direction=None, from_value=None, to_value=None)
            gapped = gapped_measure(stext, lq.start, ind_unit)
            share_of = share_of_measure(stext, lq.end, ind_unit, q.quantity.normalised)
            if gapped:
                record["indicator"] = gapped  # "collection of council tax was 96.8% ... and of business rates 98.2%"
            elif share_of:
                record["indicator"] = share_of  # "... absence account for 58% of days lost": what it is a share of
            elif record["indicator"] != "" and not measure_in(metric_phrase, ind_unit) and counted_noun(doc, q) in people_nouns() | {None}:
                # "The average caseload for Social Workers ... was 21 children": the subject's head says what
                subject = subject_words(doc, q)
                # (a subject of coordinated figures, "8.1% of Reception children and 19.7% of Year 6 children ...",
                # names each its own measure: the clause's reading stands)
                named = measure_in(subject, ind_unit) if len(re.findall(r"\d[\d,.]*\s?%", subject or "")) < 2 else None
                if (named and named not in population_ids()  # who is counted says less than the words around
                        and named_in(named, stext[: lq.start])
                        and not narrows(record["indicator"], named, stext[: lq.start])):
                    record["indicator"] = named
            if q.number_start in columns and record["as_of"] in (None, getattr(unit, "period", None)):
                record["as_of"] = columns[q.number_start]  # "85 Year R" in the "2025-26" column
            if (caption and record["as_of"] is None and unit is not None
                    and (getattr(unit, "tabular", False) or _piped_table(unit.text)) and q.number_start not in columns):
                record["as_of"] = caption  # "TOTAL SPENDING 151,171.3 ..." under "2025-26 Proposed Budget by Directorate"
            if (lead_date and (record["as_of"] in (None, getattr(unit, "period", None))
                               # the paper's quarter, when the sentence names no date of its own: "key achievements
                               # for 2018/19:" then its items, in a "Performance Report 2018-19 Q4"
                               # ("a significant budget movement in the quarter of £3.3 million" keeps the quarter)
                               or quarter and record["as_of"] == quarter and not names_own_quarter(stext)
                               and as_of(stext, lq.start, lq.end, unit, None) in (None, getattr(unit, "period", None)))
                    and not getattr(unit, "tabular", False) and not _in_row_of_figures(text, q.number_start)):
                record["as_of"] = lead_date  # "... uplifts to be applied from April 2025 (...):" then its items
            if previous_period_figure(stext, lq.start, lq.end):
                # "(5,869)" after "compared to the previous Quarter"; "(43,516)" after "compared with 2022/23" is 2022-23
                record["as_of"] = previous_period_date(stext, lq.start) or previous_year_named(stext, lq.start, lq.end)
            if record["as_of"] is None and (target_date := statement_row_date(text, q.number_start)):
                record["as_of"] = target_date  # a logframe row's target, dated by its "By 2028" or its Timescale cell
            if record["as_of"] is None and (column_period := unlabelled_column_period(text, q.number_start)
                                            or (above and unlabelled_column_period(above + "\n" + text, len(above) + 1 + q.number_start))):
                record["as_of"] = column_period  # "| 85 Year R temp places |" under "| By 2025-26 |", no label column
            if record["as_of"] is None and (noted := footnote_date(text, q.number_start, getattr(unit, "notes", ()))):
                record["as_of"] = noted  # "staff* 2,370.3" over "*FTE is as per December 2024 data"
            own = record["indicator"]  # what the number's own sentence names
            claim_unit = row_unit or f.get("unit", q.quantity.unit)
            if claim_unit == "count" and q.quantity.value == q.quantity.normalised and rate_unit(stext, lq.number_start):
                claim_unit = rate_unit(stext, lq.number_start)  # "the rate per 1,000 population was 63.2"
            if (claim_unit == "count" and q.quantity.value == q.quantity.normalised and not q.is_word
                    and share_unit(stext, lq.number_start, q.quantity.value)):
                claim_unit = "%"  # "Proportion of adults receiving direct payments was 16.8": a share printed without "%"
            if claim_unit == "count" and _ratio_figure(stext, lq.number_start, lq.end):
                claim_unit = "ratio"  # "For every 0.6 children entering care, one child exits care": so many per one
            if (claim_unit == "count" and record["indicator"] is None and not q.is_word and "." in text[q.number_start : q.number_end]
                    and (in_years := indicator(stext, lq.number_start, metric_phrase, "years"))):
                # "female life expectancy remains significantly lower in Knowsley (80.5)": a bare decimal of a measure
                # kept in years is years
                claim_unit, record["indicator"] = "years", in_years
            decided_none = record["indicator"] == ""  # the sentence names who, not what: no fallback
            if claim_unit == "count" and in_pipeline(stext, lq.end):
                record["indicator"], decided_none = None, True  # "a further five in assessment": not yet approved
            if subset_or_whole(stext, lq.start, lq.end):
                record["indicator"], decided_none = None, True  # the whole of "42 of the 48 schools"; "13 of whom ..."
            if claim_unit in ("count", "%") and unnamed_subgroup(stext, lq.start, lq.end, ind_unit, claim_unit == "%"):
                record["indicator"], decided_none = None, True  # "Of these, 174 were families": not all in temporary accommodation
            if claim_unit in ("%", "ratio") and _LIKELIER_AFTER.match(stext, lq.end):
                record["indicator"], decided_none = None, True  # "obese parents are 40% more likely to have obese children": a risk
            if (record["indicator"] is None and not decided_none and claim_unit in ("%", "pp")
                    and change_size(stext, lq.start, lq.end)):
                # "Carbon emissions ... reduced by 1,240 tonnes CO2e, a reduction of 52%": the change of a measure
                # of any unit named in the sentence (its level would be in tonnes); a change, never a level
                record["indicator"] = indicator(stext, lq.number_start, metric_phrase, CHANGE) or None
            changed = (changed_thing(stext, lq.end, change_word_before().search(stext[max(0, lq.start - 40) : lq.start]) is not None)
                       if claim_unit in ("%", "pp") and not decided_none else None)
            if changed:
                # "9% increase in residual waste (approx. 2700 tonnes)": the change of what follows "in", whatever its
                # unit, not a rate named elsewhere in the clause ("5% in total waste" is not the recycling rate's; it
                # may still be the sentence before's: "an 8.6% increase in the number of families supported")
                record["indicator"] = indicator(changed, 0, None, CHANGE) or None
            if (not decided_none and (previous or prior) and not changed
                    and (restated := restated_measure(stext[: lq.start], _kept(previous or prior), ind_unit)
                         or (earlier and not names_any(previous)
                             and restated_measure(stext[: lq.start], _kept(earlier), ind_unit)))):
                # "The arrears have reduced by £4.246m" after "council tax arrears"; "Overall arrears are £4.468m
                # more" after it (a sentence naming no measure between)
                record["indicator"] = restated
            if decided_none:
                record["indicator"] = None
            elif (record["indicator"] is None and previous and not counts_other_thing(doc, q)
                  and not names_own_measure(stext[: lq.start]) and not _opens_item(stext)):
                # (a row's second cell, its target, under its first: "Percentage of successful Relief Duty outcomes"
                # over "37.74%" over "60%" is named by the row's label, not by the bare figure before it)
                kept = _kept(earlier if earlier and _BARE_FIGURE.fullmatch(previous.strip()) else previous)
                record["indicator"] = indicator(kept, len(kept), None, ind_unit)
                if (q.quantity.unit == "%" and record["indicator"] in population_ids()
                        and not re.search(r"\d\s*\(\s*$", stext[max(0, lq.start - 6) : lq.start])):  # not "477 (2.5%)"
                    record["indicator"] = None  # "34.8% of children (...) are educated in mainstream": not the count of EHCPs before
            if record["indicator"] in generic_ids() and previous:
                # "The forecast outturn position has reduced by £3.5m": the sentence before says it is an overspend;
                # not "the forecast outturn was £312.6m", a level of spend named right before it, nor "an overspend of
                # £860k against a net revenue budget of £117.4m" after a reserve's sentence (claims round 90: a sum its
                # own words name as money in general is that money, though the capital programme's spend named before
                # stays the capital budget: "The spend to date is £160.4m")
                kept = _kept(previous)
                before = indicator(kept, len(kept), None, ind_unit)
                if (before is not None and before not in generic_ids()
                        and not (before not in budget_part_ids() and generic_named_right_before(stext, lq.number_start))):
                    record["indicator"] = before
            if record["indicator"] is None and not decided_none and lead:
                record["indicator"] = indicator(lead, len(lead), None, ind_unit)
            if record["indicator"] is None and not decided_none and (heading := _paragraph_heading(text, base)):
                # "Percentage of National Non Domestic Rates collected in-year" over "This is a cumulative indicator.
                # The PI is monitored monthly. By way of comparison performance at the end of Q4 is 1.5% higher ...":
                # the measure the line heading the paragraph names, when no sentence between names any
                record["indicator"] = measure_in(heading, ind_unit)
            if title and box_labelled(text, q.start) and measure_in(title, ind_unit):
                record["indicator"] = measure_in(title, ind_unit)  # "Latest: 35%" under its KPI's title
            if record["indicator"] is None and not decided_none and title:
                # a title names its measure first: "Percentage foster care placements ... (excluding UASC)"
                record["indicator"] = measure_in(title, ind_unit) or indicator(title, len(title), None, ind_unit)
            if record["indicator"] is None and not decided_none and box_labelled(text, q.start):
                # "Indicator: Number of households in temporary accommodation\nLatest: 1,287 Target: ...": a box
                # printed in one unit takes its title from the lines above its labelled figures
                head = _box_head(stext, lq.start)
                if head:
                    record["indicator"] = measure_in(head, ind_unit) or indicator(head, len(head), None, ind_unit)
            if (not decided_none and getattr(unit, "doc_title", None) and _title_measure_subject().match(stext)
                    and (record["indicator"] is None or narrows(measure_in(unit.doc_title, ind_unit),
                                                                 record["indicator"], unit.doc_title))):
                # "Performance at Q1 of 130 was within the target of 150" on a page titled "Rate of permanent admissions
                # to nursing or residential homes for those aged 65+": the measure the page is about (also over a wider
                # one the sentence names: "the figure had been maintained at around 70%, ... offered to care leavers"
                # on "% of care leavers ... engaged in education, training or employment")
                record["indicator"] = measure_in(unit.doc_title, ind_unit)
            if unit is not None and unit.role == "item":
                # "83% annual reviews completed within 12 months" under "304 Education Health and Care Plans ( EHCPs )
                # as of ...": the heading over the items says whose reviews (`under_heading`)
                record["indicator"] = under_heading(record["indicator"], getattr(unit, "header", None))
            if record["indicator"] is None and not decided_none and unit is not None and getattr(unit, "tabular", False):
                # a table cell is named by the cells around it ("85 Year R" under "5FE", above "6.3FE")
                lo = max(0, q.number_start - 200)
                record["indicator"] = indicator(text[lo : q.number_start + 200], q.number_start - lo, None, ind_unit)
            if row is not None:
                # a row's cells measure what its label names, not the words of the rows around it
                record["indicator"] = measure_in(row.label, ind_unit) or indicator(row.label, len(row.label), None, ind_unit)
                if record["indicator"] is None and (sub := subheading_label(text, row)):
                    # "| Aged 25 and over | £8.21 |" under "| National Living/Minimum Wage | | |": the block's heading
                    # names what its rows measure
                    record["indicator"] = measure_in(sub, ind_unit)
                    from_heading = record["indicator"] is not None
                if record["indicator"] is None and benchmark_table(text, row) and (caption := piped_caption(text, row)):
                    # "| Buckinghamshire | 168 | 140 |" beside "| National | 169 | 157 |" under "First-time entrants are
                    # measured as a rate per 100,000 ...": areas compared on the caption's measure
                    record["indicator"] = measure_in(caption, ind_unit)
                if record["indicator"] is None and title:
                    # a row of names under a caption naming the measure: the total row is the measure ("Table 2:
                    # Households in temporary accommodation by type" over "Total | 612 | 668"), the other rows a
                    # breakdown ("Nightly paid | 128 | 152"), except for a measure taken at sites ("Table 1: Annual
                    # mean NO2 (µg/m3) at AQMA monitoring sites" over "MB17 Bridge Street | 38.1")
                    named = measure_in(title, ind_unit)
                    if named is None and ind_unit in ("%", "pp") and change_direction(row, 1.0):
                        named = measure_in(title, CHANGE)  # "+6.3%" under "Change": the visits' change
                    if (named in site_ids() or _TOTAL_ROW.match(row.label)
                            or (ind_unit == "GBP" and named not in generic_ids())):
                        # (money rows are parts of a caption's kind of money, as a directorate's budget is budget:
                        # "Table: Usable Revenue Reserves Balances" over "| General | -36,404 |"; not money in general,
                        # "Revenue budget monitoring (£m)", whose column heads name forecasts and variances)
                        record["indicator"] = named
                        from_heading = named is not None
                record["metric"] = row_metric(row)  # "E-book loans", not the cells the parse ran across
                if record["indicator"] is None and head_measure_words(row):
                    record["indicator"] = measure_in(head_measure_words(row), ind_unit)  # "Budget £m" over a directorate's row
                if record["indicator"] is None and ind_unit == "GBP" and first_row_label(text, row):
                    # "| Thanet | £741k | 10.1% |" under "| Overall Family Hub Budget across all 12 Kent Districts | £7.3m |":
                    # money parts of a money whole are that money, as a directorate's budget is budget
                    record["indicator"] = measure_in(first_row_label(text, row), ind_unit)
                period = head_period(row, getattr(unit, "doc_period", None))
                if (period is None and "|" in text[row.line_start : row.line_start + 2]
                        and not (find_dates(row.label) or find_periods(row.label, short_years=True))):
                    # "| Social Care Grant | 137.1 | 5,924.0 | 117.0 |" under "Kent | England" columns under "| 2025-26
                    # Provisional | | 2024-25 Final | |": the column's year, unless the row names its own date
                    period = spanning_head_period(text, row, above, getattr(unit, "doc_period", None))
                as_at = as_of(row.label, len(row.label), len(row.label), unit, quarter) if _AS_AT_LABEL.search(row.label) else None
                if as_at:
                    record["as_of"] = as_at  # "| Actual as at 30 September 2024 | £70.7m |" under "2024/25 | 2025/26": the
                    # label's date is when the cells were measured; the heads name the years they fall due
                elif period:
                    record["as_of"] = period  # the "2023/24 Actual" column, not a date the sentence read across rows
                elif "|" in text[row.line_start : row.line_start + 2] and dated_beside(row):
                    # "| Total cash available | £215.8m | £100m |" under "Actual 30/09/2024 | Minimum": a column with no
                    # date beside a dated one (a limit, a floor) takes no date from its neighbour's head; but a book
                    # cost beside "Market Value at 30-September-24" in a table under "Investments as at 30 September
                    # 2024", whose dates are all the title's, is as of it
                    limit = re.search(r"\b(?:limits?|minimum|maximum|floor|boundary|target)\b", row.heads[row.index], re.I)
                    record["as_of"] = (as_of(row.label, len(row.label), len(row.label), unit, quarter)
                                       or (None if limit else caption))
                elif row.worded:
                    # "Market Hall | 12.4 | 3.1 | June 2026": a date in another cell is that column's (a forecast
                    # completion), not the figure's; only the row's label may date it (or, in a table printing no
                    # other date, the paper's title: "| Call Account | Lloyds Bank plc | 5,000,000 | 4.64% |")
                    record["as_of"] = as_of(row.label, len(row.label), len(row.label), unit, quarter) or caption
                elif "|" in text[row.line_start : text.find("\n", row.line_start) % (len(text) + 1)]:
                    # "| 2024-25 allocation | 75,734.8 | 77,308.9 |" then "| 2025-26 allocation | ...": the row's label
                    # dates its cells, not the next row's period the sentence read across the rows
                    record["as_of"] = as_of(row.label, len(row.label), len(row.label), unit, quarter) or record["as_of"]
                record["direction"] = record["direction"] or change_direction(row, q.quantity.normalised)
                rows.append((row, q, record))
            if (record["indicator"] in own_words_only_ids() and record["indicator"] != own
                    and not (from_heading and record["indicator"] in caption_rows_ids())):
                # (a "|" table under a caption or sub-heading naming pay rates is a pay scale: "2025/26 Kent Scheme pay
                # scale" over "| KS R | £217,528 |")
                record["indicator"] = None  # a table row under "Number of consultees answering" is a breakdown, not the total
            # (a row's cell counts what its label names; the parse across cells says nothing)
            head = counted_head(doc, q) if record["indicator"] and ind_unit == "count" and row is None else None
            if (head and not counts_fit(record["indicator"], head) and not names_with_number(record["indicator"], stext, lq.number_start)
                    # (a count of anyone fits a measure of people the sentence before names: "an increase of 5
                    # individuals" after "an increase in the number of first-time entrants")
                    and not (counts_anyone(record["indicator"], head) and record["indicator"] not in named_ids(stext))):
                # "over 200 people attending" are not children adopted; "an increase in 26 placements" (after
                # "in-house fostering service") takes the nearest indicator that counts placements, if any
                record["indicator"] = indicator(stext, lq.number_start, None, ind_unit, fits=head) or None
            if record["indicator"] and said_of_another(record["indicator"], stext, lq.start):
                # "The GP exercise referral scheme received 640 referrals": not that measure, but perhaps the one the
                # words before name ("The enforcement team ... leaving 289 open cases": planning enforcement cases)
                before = indicator(stext[: lq.start], lq.start, None, ind_unit)
                record["indicator"] = before if before and not said_of_another(before, stext, lq.start) else None
            if (re.match(r"\s+full[- ]time\s+equivalents?\b", stext[lq.end : lq.end + 30], re.I)
                    and (fte := _FTE_IN_BRACKET.search(stext[max(0, lq.start - 80) : lq.start]))):
                # "143 Social Workers (132 full time equivalents)", "employed 2,314 staff (1,968 full-time
                # equivalent)": the count in brackets restates the one before it, whose measure it is
                at = max(0, lq.start - 80) + fte.start()
                record["indicator"] = indicator(stext, at, None, ind_unit) or record["indicator"]
            if record["indicator"] and not named_beside(record["indicator"], stext, lq.start, lq.end):
                record["indicator"] = None  # "Yes\n186 18%" under "Number of consultees answering"
            if claim_unit == "GBP" and record["indicator"] in money_level_ids() and unit_cost(stext, lq.start, lq.end):
                record["indicator"] = None  # "£1,150 per week": a unit cost, not the overspend the sentence names
            if record["indicator"] in money_ids() and re.search(cue_alternation("national_economy"), stext, re.I):
                record["indicator"] = None  # "Public sector net borrowing ... £121.9bn (4.5% of GDP)": the nation's, not a council's
            record["indicator"] = record["indicator"] or None
            if (listed or _net_vat_gross(stext, lq)) and claim_unit == "GBP":
                record["indicator"] = None  # a payment in a minutes' list ("Staff Tax Costs £0.40", "Training Costs 58.33
                # 0.00 58.33") is a transaction
            if previous_period_figure(stext, lq.start, lq.end):
                # "(10,854)" after "compared to the end of the previous Quarter" is the same measure as the figure
                # it is compared with, not what the words nearest it name ("open cases (including ... care leavers)")
                same = [r for (_lq, r), u in zip(here, units_here) if u == claim_unit and r["indicator"]]
                if same:
                    record["indicator"] = same[-1]["indicator"]
            if not decided_none and not record["indicator"]:
                open_figures.add(len(out))
            out.append((q, record, claim_unit))
            here.append((lq, record))
            units_here.append(claim_unit)
            figures.append((record, claim_unit, bool(f.get("is_benchmark")), q.quantity.normalised, len(out) - 1))
        level_takes_its_change(stext, here)
        _judged_change_takes_its_kind(stext, here)
        level_after_its_change(stext, here)
        parts_of_a_change(stext, here)
        level_takes_its_bracketed_change(stext, here)
        _benchmarks_take_rate_unit(figures, out)
        figures = [(r, out[k][2], b, v, k) for r, _u, b, v, k in figures]  # the units the benchmarks took
        _compared_values_take_the_measure(figures)
        _benchmarks_share_their_date(stext, here, figures)
        kind = benchmark_sentence(stext, here[0][0].start, here[0][0].end) if here else None
        if kind and before_figures:
            # "... fell to 10.2% in 2023. Nationally the figure is 11.9%.": the figure before's benchmark
            figures = _benchmarks_of_before(figures, before_figures, kind, getattr(unit, "period", None), out, stext)
        if before_figures and open_figures:
            _measure_carried(figures, before_figures, open_figures)
        before_figures = figures
        earlier, previous = previous, stext
    labelled_targets(text, [(q, record) for q, record, _ in out])
    _row_targets(rows)
    return out


@cache
def _title_measure_subject() -> re.Pattern[str]:
    """A sentence opening on a subject that points to the page's measure without naming one (`claim_cues.json`
    title_measure_subjects): "Performance at Q1 of 130 ...", "Actual for the year was 0.32"."""
    return re.compile(rf"^\W*(?:[^,.;:]{{0,30}},\s*)?(?:{cue_alternation('title_measure_subjects')})\b", re.I)


@cache
def _judged_change_before() -> re.Pattern[str]:
    """ "a slight deterioration of ", "an improvement of ": a judged change's size follows (`claim_cues.json`
    judged_change_nouns)."""
    return re.compile(rf"\b(?:an?\s+)?(?:(?:slight|small|significant|further|net)\s+)?(?:{cue_alternation('judged_change_nouns')})"
                      r"\s+of\s+$", re.I)


def _judged_change_takes_its_kind(stext: str, here: list[tuple[QuantityMatch, dict]]) -> None:
    """A sum judged as an improvement or deterioration of the money figure before it in the sentence is a change of
    that figure, and takes its kind ("a net overspend of £11.605m after transfers to and from reserves, which
    represented an improvement of £1.047m on the position at period 6": the overspend's, not the reserves named
    nearer it). Records updated in place."""
    money = [(lq, r) for lq, r in here if lq.quantity.unit == "GBP"]
    for (_lq, level), (cq, change) in zip(money, money[1:]):
        if (level["indicator"] in variance_ids() and change["indicator"] != level["indicator"]
                and _judged_change_before().search(stext[max(0, cq.start - 45) : cq.start])):
            change["indicator"] = level["indicator"]


# what a sentence leaves out of its figure: "budgets would overspend by £13.6 million, excluding the dedicated schools
# grant deficit" (the next sentence's "this" is the overspend, not the deficit)
_EXCLUDED = re.compile(r",?\s*\(?\b(?:excluding|excl\.|not\s+including|other\s+than)\b[^,;.()]*\)?", re.I)


def _kept(sentence: str) -> str:
    """The sentence without what it says its figure excludes (`_EXCLUDED`)."""
    return _EXCLUDED.sub("", sentence)


def _benchmarks_take_rate_unit(figures: list[tuple], out: list[tuple[QuantityMatch, dict, str]]) -> None:
    """A bare figure a rate is compared with in its sentence is in the rate's unit ("Missed bins per 100,000
    collections were 42, against a target of 50": the 50 is per 100,000 too), as a bare benchmark takes the
    unit of its figure."""
    # (so is a benchmark of a share printed without "%": "Proportion of adults receiving direct payments was 16.8
    # compared to a family group average of 24.7")
    rates = {(r["comparator_value"], u) for r, u, _b, _v, k in figures
             if (u.startswith("per_") or u == "%" and out[k][0].quantity.unit == "count") and r["comparator_value"] is not None}
    for n, (_r, u, bench, value, k) in enumerate(figures):
        q = out[k][0]
        rate = next((ru for v, ru in rates if v == value), None)
        if rate is None and bench and rates:
            # a second benchmark of a rate's: "increased from 103 to 107 compared with a national average of 59 and
            # an average for ... statistical neighbours of 88" (the rate keeps one comparator, the 59)
            rate = next((out[fk][2] for _fr, _fu, fb, _fv, fk in reversed(figures[:n]) if fb and out[fk][2].startswith("per_")), None)
        if rate and u == "count" and q.quantity.value == value and not q.is_word:
            out[k] = (q, out[k][1], rate)


# the words after a sentence's last figure that only date it: ") in 2022.", " levels in 2022/23."
_TRAILING_DATE = re.compile(r"\)?\s*(?:levels?|averages?|figures?|rates?)?\s*(?:in|for|during|as\s+at|at\s+the\s+end\s+of)\s+(?:the\s+)?"
                            r"(?:year\s+)?(?P<date>[\w/ –-]{4,25}?)\s*\)?\s*\.?\s*$", re.I)


def _benchmarks_share_their_date(stext: str, here: list[tuple], figures: list[tuple]) -> None:
    """A date closing a sentence after its last figure dates the figure and the benchmarks it is compared with:
    "female life expectancy remains significantly lower in Knowsley (80.5) than North West (81.7) and England (83.2)
    in 2022" is 2022 for the 80.5 too, which the date follows only past its benchmarks."""
    if not here:
        return
    tail = _TRAILING_DATE.fullmatch(stext[max(lq.end for lq, _r in here) :])
    if not tail or not find_dates(tail.group("date")) and not periods(tail.group("date")):
        return
    for record, _u, is_bench, _v, _k in figures:
        if is_bench or record["as_of"] is not None or record["comparator"] not in _BENCHMARK_KINDS:
            continue
        dates = {r["as_of"] for r, _ru, b, v, _rk in figures if b and v == record["comparator_value"]}
        if len(dates) == 1 and None not in dates:
            record["as_of"] = dates.pop()


def _compared_values_take_the_measure(figures: list[tuple]) -> None:
    """The earlier value or target a figure is compared with in its sentence measures what the figure measures
    ("The contamination rate for dry mixed recycling was 14.2%, compared with 16.8% in Quarter 2": contamination,
    not the recycling named nearer it; "Visits ... were 1,126,000, against a target of 1,100,000"). A benchmark that
    names no measure takes its figure's too ("58.9 years for men ..., compared with 63.1 and 63.6 years in England"),
    and so does one that is no figure's comparator, from the figure before it ("512.4 per 100,000 ..., against a
    target of 560 and compared with 566.0 per 100,000 in England")."""
    for m, (record, u, _b, _v, _k) in enumerate(figures):
        if record["comparator_value"] is None or not record["indicator"]:
            continue
        # the benchmark of this value nearest after the figure, else any (two figures of a sentence may each have a
        # target of 95%: "95.38% of fly-tips ..., above the target of 95%, and 92.6% of graffiti ..., under the target of 95%")
        mine = [f for f in figures[m + 1 :] if f[2] and f[1] == u and f[3] == record["comparator_value"]][:1] or figures
        for other, ou, is_bench, value, _ok in mine:
            # (a benchmark that names only who is counted takes what its figure measures: "the NEET percentage for care
            # leavers ... was high at 30%, although the national figure was higher at around 41%")
            # (the benchmark a figure is compared with measures what the figure measures, whatever measure the
            # sentence names nearest it: "a Council Tax collection rate of 97.1% ... in comparison to the national
            # metropolitan council rate of 96% and achieved a Non Domestic Rate collection rate of 97.8%" (Sefton's
            # minute; claims round 63): 96% is council tax collection, not the business rates named after it)
            if other is not record and is_bench and ou == u and value == record["comparator_value"]:
                other["indicator"] = record["indicator"]
    for n, (other, ou, is_bench, value, _k) in enumerate(figures):
        if any(not b and r["comparator_value"] == value and not r["indicator"] for r, _u, b, _rv, _rk in figures[:n]):
            continue  # "... and 92.6% of graffiti was removed ..., just under the target of 95%": its own figure's, unnamed
        if is_bench and not other["indicator"]:
            own = [r for r, u, b, _rv, _rk in figures[:n] if not b and u == ou and r["indicator"]]
            if own:
                other["indicator"] = own[-1]["indicator"]


def _benchmarks_of_before(figures: list[tuple], before: list[tuple], kind: str, period: str | None,
                          out: list[tuple[QuantityMatch, dict, str]], sentence: str = "") -> list[tuple]:
    """A sentence that opens on a benchmark ("The England averages were 9.6% and 22.1% respectively.") gives the
    benchmarks of the sentence before's own figures: one figure for one, or as many in the same order. Each
    benchmark takes its figure's indicator and unit (and its date when it states none); its figure takes the kind
    and the benchmark's value. The benchmark keeps no comparator of its own (as one in the figure's own sentence,
    "below National average of 64.9%"): that its value is its figure's comparator value marks it as no level of
    the authority's. All figures of such a sentence are benchmarks, linked or not, so none of them is the next
    sentence's own figure."""
    # (a figure another benchmark of the sentence was read against is one too: "... 50.3% and ... 47.9%")
    benches = [(r, u, v, k) for r, u, _b, v, k in figures if r["comparator"] is None and r["from_value"] is None]
    if not benches or len(benches) != len(figures) or len({u for _r, u, _v, _k in benches}) > 1:
        return figures  # a figure compared or changed in its own sentence, or figures of two units: not only benchmarks
    marked = [(r, u, True, v, k) for r, u, _b, v, k in figures]
    unit = benches[0][1]
    if unit == "count" and all(out[k][0].quantity.value == v for _r, _u, v, k in benches):
        # a bare benchmark takes the unit of the figure it is compared with ("The North West average is 16.8.")
        units = [u for _r, u, is_bench, _v, _k in before if not is_bench]
        unit = units[0] if units and len(set(units)) == 1 else unit
    own = [r for r, u, is_bench, _v, _k in before if u == unit and not is_bench and r["comparator"] in (None, kind)
           and r["comparator_value"] is None]
    one_figure = len(own) == 1 and len(benches) > 1 and not re.search(r"\brespectively\b", sentence, re.I)
    if one_figure:
        # "The national average for 2023 was 50.3% and our statistical neighbours averaged 47.9%.": benchmarks of
        # several kinds for one figure, which takes the first (the kind the sentence opens on)
        own = own * len(benches)
    elif len(own) != len(benches):
        return marked
    for n, ((bench, _u, value, k), mine) in enumerate(zip(benches, own)):
        if n == 0 or not one_figure:
            mine["comparator"], mine["comparator_value"] = kind, value
        out[k] = (out[k][0], bench, unit)
        if mine["indicator"]:
            bench["indicator"] = mine["indicator"]
        if bench["as_of"] in (None, period) and mine["as_of"]:
            bench["as_of"] = mine["as_of"]
    return marked


# a paragraph's first line that only names a measure: short, no full stop, colon or figure at its end
_HEADING_LINE = re.compile(r"[^\n]{8,120}?(?<![.:;,])[ \t]*\n(?=\S)")


def _paragraph_heading(text: str, at: int) -> str | None:
    """The first line of the unit `text` when it heads the paragraph under it by naming a measure and no sentence
    from it to `at` (where the figure's sentence starts) names a measure: "Percentage of Council Tax collected in-year
    to date" over "This is a cumulative indicator. ... The target remained the same as in 2022/23 (96.6%)"."""
    m = _HEADING_LINE.match(text)
    if m is None or m.end() > at or "|" in text or re.search(r"\d", m.group(0)) or not names_any(m.group(0)):
        return None
    following = text[m.end() :].split("\n", 1)[0]
    if len(following) < 1.5 * len(m.group(0).strip()) or not re.match(r"[A-Z]", following):
        # a PDF's prose wrapped line by line, each line about as long ("The trend of relatively low levels of
        # planning applications received continued in Quarter"): the first line of a paragraph, not its heading
        return None
    return None if names_any(text[m.end() : at]) else m.group(0).strip()


# units whose figures a sentence naming no measure may carry on from the sentence before: not counts or money, which
# so often count or cost some other thing ("from 784 requests", "£2m of it")
_CARRIED_UNITS = frozenset({"days", "weeks", "months", "years", "hours", "minutes"})


def _measure_carried(figures: list[tuple], before: list[tuple], open_figures: set[int]) -> None:
    """A sentence that names no measure of its figures goes on about the sentence before's: its figures in a unit of
    time that no rule gave a measure (nor decided are of none) take the one measure the sentence before's figures of that unit have ("This is 16.4 days
    compared to 14.6 in Q3" under "Average processing time taken for Housing Benefit claims (days)", then "we remain
    better than the national average of 19.0 days and Kent districts are averaging 18.0 days", then "At the end of May
    we were processing claims at 20.8 days")."""
    for record, unit, _b, _v, k in figures:
        if k not in open_figures or record["indicator"] or unit not in _CARRIED_UNITS:
            continue
        carried = {r["indicator"] for r, u, _b2, _v2, _k in before if u == unit}
        if len(carried) == 1 and (ind := next(iter(carried))):
            record["indicator"] = ind


def _row_targets(rows: list) -> None:
    """A row's cell under a "Target" head is the target of the row's latest period cell (or its first cell, when
    no head names a period): "Rent collected as % of rent due | 98.6% | 99.0% | 98.9%"; a cell under a benchmark's head
    ("England 2024") is the benchmark of the authority's cell of the same period (fields updated in place)."""
    by_line: dict[int, list] = {}
    for row, q, record in rows:
        by_line.setdefault(row.line_start, []).append((row, q, record))
    for cells in by_line.values():
        targets = [(row, q, r) for row, q, r in cells if is_target_column(row)]
        benchmarks = [(benchmark_column(row), head_period(row) or "", q, r) for row, q, r in cells if benchmark_column(row)]
        others = [(head_period(row) or "", row.index, q, r) for row, q, r in cells
                  if not is_target_column(row) and not benchmark_column(row)]
        for kind, period, bq, _b in benchmarks:
            # "Measure | 2023/24 | England 2023/24": the benchmark of the authority's cell of the same period
            own = [o for o in others if o[0] == period and o[2].quantity.unit == bq.quantity.unit]
            if not own and not period:
                # "Measure | 2023/24 | Housemark median": an undated benchmark is that of the latest period's cell
                own = sorted((o for o in others if o[0] and o[2].quantity.unit == bq.quantity.unit), key=lambda o: o[0])[-1:]
            if len(own) == 1 and own[0][3]["comparator"] is None:
                own[0][3]["comparator"], own[0][3]["comparator_value"] = kind, bq.quantity.normalised
        if len(targets) != 1 or not others:
            continue
        dated = [o for o in others if o[0]]
        trow, tq, _t = targets[0]
        # (a target of a period is that period's cell's: "2021/22 Outturn ... 2021/22 Target")
        same = [o for o in dated if o[0] == (head_period(trow) or "-")]
        _p, _i, q, record = same[0] if len(same) == 1 else max(dated) if dated else min(others, key=lambda o: o[1])
        if record["comparator"] is None and (tq.quantity.unit == q.quantity.unit):
            record["comparator"], record["comparator_value"] = "target", tq.quantity.normalised


def _box_head(stext: str, start: int) -> str | None:
    """The lines above the line of a box's labelled figure, back to a blank line: its title."""
    line_start = stext.rfind("\n", 0, start)
    if line_start <= 0:
        return None
    top = stext.rfind("\n\n", 0, line_start)
    return stext[top + 1 if top >= 0 else 0 : line_start].strip() or None


# "up 3.1 percentage points", "down 5%": a change named right before the figure
_UP_DOWN_BEFORE = re.compile(r"\b(up|down)\s+(?:by\s+)?(?:almost\s+|nearly\s+|over\s+|around\s+|about\s+)?£?$", re.I)


@cache
def _particle_verb_before() -> re.Pattern[str]:
    """ "make up", "taken up by": `claim_cues.json` "particle_verbs" before the "up" of `_UP_DOWN_BEFORE`."""
    return re.compile(rf"\b(?:{cue_alternation('particle_verbs')})\s+(?:up|down)\s+(?:by\s+)?\S*\s*$", re.I)


# A sentence end the parser misses after a money multiplier it takes for an abbreviation: "is £412.6m. The forecast"
# (also after a bracket: "2,314 staff (1,968 full-time equivalent). The vacancy rate was 11.4%", which the full
# pipeline's parse may run on as one sentence, so the vacancy rate would name the staff counts)
_MONEY_STOP = re.compile(r"(?:\d(?i:m|k|bn)|\))(\.)\s+(?=[A-Z£])")


@dataclass(frozen=True)
class _Sentence:
    start_char: int
    end_char: int
    text: str


# a row label naming the date its cells were measured: "Actual as at 30 September 2024"
_AS_AT_LABEL = re.compile(r"\bas\s+(?:at|of)\s+\S", re.I)

# a benchmark other than the period before, and the words right after a figure that set it above or below one
_BENCHMARK_KINDS = frozenset({"national", "regional", "statistical_neighbours", "target"})
_GAP_TO_BENCHMARK_AFTER = re.compile(
    r"^\s*(?:[a-z]+\s+){0,2}?(?:lower|higher|above|below|less|greater|better|worse)\s+than\b", re.I)


def _against_budget(stext: str, start: int, end: int) -> bool:
    """The sum at `start`..`end` is stated against a budget or estimate: "£669,000 lower than the revised estimate",
    "over budget by £0.6M" (claim_cues `budget_variance_after` / `budget_variance_before`)."""
    return bool(re.match(f"(?:{cue_alternation('budget_variance_after')})", stext[end : end + 80], re.I)
                or re.search(f"(?:{cue_alternation('budget_variance_before')})", stext[max(0, start - 60) : start], re.I))


# a change word after the figure's bracketed restatement or a "real terms" qualifier
_CHANGE_AFTER_ASIDE = re.compile(r"(?:\s+(?:per|a)\s+(?:year|annum))?\s*(?:\([^()]{1,30}\)\s*|\s+real[- ]terms\s+)"
                                 r"(increase|decrease|rise|fall|reduction|higher|lower)\b", re.I)


def _noun_word() -> str:
    """One word of the noun phrase between a figure and its change or growth noun, and the space after it: not a
    word that starts another phrase ("a 25% chance of a rate cut", `claim_cues.json` noun_phrase_breaks)."""
    return rf"(?!(?:{cue_alternation('noun_phrase_breaks')})\b)[A-Za-z-]+\s+"


@cache
def _change_after_noun() -> re.Pattern[str]:
    """A change word after the noun the figure qualifies, after "a", as group 1: "a 4.99 per cent council tax
    increase", "a 5% rent rise" (`claim_cues.json` change_nouns_after)."""
    return re.compile(rf"\s+(?:{_noun_word()}){{1,3}}?({cue_alternation('change_nouns_after')})s?\b", re.I)


# an open bracket naming a part of the figure before it: "(including", "(excluding", "(of which"
_PART_ASIDE_OPEN = re.compile(r"\((?=\s*(?:including|excluding|incl\.?|excl\.?|of\s+which|comprising)\b)(?=[^()]*$)", re.I)


@cache
def _growth_after() -> re.Pattern[str]:
    """A noun of growth after the figure, maybe past its bracketed aside, "of" and up to three words: "£149.6m of core
    funded spending growth", "£195.6m (13.7% of 2024-25 approved budget) of forecast spending growth"
    (`claim_cues.json` growth_nouns_after)."""
    return re.compile(rf"(?:\s*\([^()]{{1,60}}\))?\s+(?:of\s+)?(?:{_noun_word()}){{0,3}}?"
                      rf"(?:{cue_alternation('growth_nouns_after')})\b", re.I)


# a kind of money right before an amount in millions written without "£" ("a saving of approximately 1 million")
_MONEY_NOUN_BEFORE = re.compile(r"\b(?:savings?|budgets?|overspend|underspend|costs?|spend|funding|grants?|deficit|shortfall|"
                                r"budget\s+gap|investment|income|reserves?)\s+(?:of\s+)?(?:approximately|about|around|circa|"
                                r"over|nearly|almost|some|up\s+to|an\s+estimated)?\s*$", re.I)
# a sentence that calls the figure right after it a rate: "The annual rate of ... is 34.1", "The rate of Child
# Protection plans increased between Q4 17/18 (31.8)", "the 2018/19 national average CPP rate (43.7)"
@cache
def _ratio_lead() -> re.Pattern[str]:
    """Words before a count that make it one side of a ratio (`claim_cues.json` ratio_leads)."""
    return re.compile(rf"\b(?:{cue_alternation('ratio_leads')})\s+$", re.I)


def _ratio_figure(stext: str, start: int, end: int) -> bool:
    """"For every 0.6 children entering care, one child exits care": a count after a ratio's lead whose clause goes on,
    past a comma, to the one (or N) it is set against."""
    return (_ratio_lead().search(stext[max(0, start - 30) : start]) is not None
            and re.match(r"[^.;,]{0,80},\s*(?:one|an?|\d[\d.,]*)\s+\w", stext[end : end + 120]) is not None)


@cache
def _called_a_rate() -> re.Pattern[str]:
    """Words before a bare figure that call it the page's rate: "the annual rate ... is 34.1", "Performance at Q1 of 130
    was within the target of 150" (`claim_cues.json` rate_figure_nouns)."""
    return re.compile(rf"\b(?:{cue_alternation('rate_figure_nouns')})\b(?:[^.;£%]|\.(?=\d)){{0,100}}?"
                      r"(?:\b(?:was|is|were|are|of|at|stood\s+at|to|from)\s+|\(\s*)$", re.I)


# a growth rate's period written after the figure: "0.5% q/q", "1.0% m/m", "2.2% y/y"
_RATE_PERIOD_AFTER = re.compile(r"\s?(?:[mqy]/[mqy]|yoy)\b", re.I)


@cache
def _money_heads() -> re.Pattern[str]:
    return re.compile(cue_alternation("money_column_heads"), re.I)


def _payment_cell(text: str, q: QuantityMatch, masked=None) -> bool:
    """A figure with two decimals after a payments list's "Net VAT Total" head (`claim_cues.json` money_column_heads):
    an amount in pounds printed without "£", and one of its row's cells in a run-on line, not a row label's number
    (with `masked`: nor a time, "January 2018 20.00 0.00 20.00", unless "pm" or "am" follows; a row's Net after a label
    noun, "Annual Insurance Policy 415.39 0.00 415.39", is its amount)."""
    head = _money_heads().search(text, 0, q.start)
    if masked is not None and (not_a_claim(text, q, masked) not in ("date_time_or_reference", "label" if _net_vat_gross(text, q) else "")
                               or re.match(r"\s*(?:[ap]\.?m\b|hrs\b)", text[q.end : q.end + 6], re.I)):
        return False
    return ((head is not None or _net_vat_gross(text, q)) and q.quantity.unit == "count" and not q.is_word
            and re.fullmatch(r"\d[\d,]*\.\d\d", text[q.number_start : q.number_end]) is not None
            and not re.match(r"[./]\d", text[q.number_end : q.number_end + 2]))  # not the "08.03" of a date "08.03.19"


_PENCE_RUN = re.compile(r"(?<![\d.,/])\d[\d,]*\.\d\d(?:[ \t]+£?\d[\d,]*\.\d\d)+(?![\d.,/%])")


def _net_vat_gross(text: str, q: QuantityMatch) -> bool:
    """The figure is one of three two-decimal figures in a row where the first two add up to the third ("Chq 269.72
    0.00 269.72", "14.00 2.80 16.80"): a payment's Net, VAT and Gross printed without "£" or a head row."""
    line_start = text.rfind("\n", 0, q.number_start) + 1
    line_end = text.find("\n", q.number_end) % (len(text) + 1)
    for run in _PENCE_RUN.finditer(text, line_start, line_end if line_end >= line_start else len(text)):
        if not run.start() <= q.number_start < run.end():
            continue
        cells = [(m.start() + run.start(), float(m.group().replace(",", "")))
                 for m in re.finditer(r"\d[\d,]*\.\d\d", run.group())]
        for i in range(len(cells) - 2):
            (a_at, a), (_b, b), (c_at, c) = cells[i : i + 3]
            if a_at <= q.number_start <= c_at and abs(a + b - c) < 0.005:
                return True
        if (len(cells) == 2 and abs(cells[0][1] - cells[1][1]) < 0.005
                and re.search(r"(?<![\d.,])\d{4,7}[ \t]+$", text[line_start : run.start()])):
            return True  # "Clerk's salary & expenses for Nov 2014 100771 506.03 506.03": a cheque's Net and Gross, no VAT
    return False


def _pounds(q: QuantityMatch) -> QuantityMatch:
    """The same figure read as pounds."""
    return replace(q, quantity=Quantity(q.quantity.value, "GBP", q.quantity.normalised))


def _claim_or_cell(text: str, q: QuantityMatch, masked, cells: set[int]) -> bool:
    """No reason against the figure, or only that a label noun is before it when it opens a printed table cell of its
    own ("Care Act" then "583" in the next cell: no "Act 583")."""
    reason = not_a_claim(text, q, masked)
    return reason is None or (reason == "label" and q.start in cells)


def _adjacent_table(last: TextUnit | None, unit: TextUnit | None) -> bool:
    """Both units are parts of one table: tabular, of one paper, with at most a blank line between them."""
    return (last is not None and unit is not None and last.tabular and unit.tabular and last.document_id == unit.document_id
            and 0 <= unit.start - (last.start + len(last.text)) <= 4)


def _caption_money_scale(caption: str) -> float | None:
    """The money factor a table's caption names ("Table 2: Capital financing in £millions"), else None."""
    for pattern, factor in money_scale_captions():
        if m := pattern.search(caption):
            return factor(m.group("mult"))
    return None


# an abbreviation of "approximately" ending a parser's sentence right before a figure
_APPROX_END = re.compile(r"\b(?:approx|circa)\.\s*$", re.I)


@cache
def _those_figures_moved() -> re.Pattern[str]:
    """ "Both of those figures were up on the previous year": a sentence saying how the figures before it moved."""
    return re.compile(rf"^\s*(?:both|all|each)\s+(?:of\s+)?(?:th(?:ose|ese|e)\s+)?(?:{cue_alternation('figure_reference_nouns')})\s+"
                      r"(?:were|are|was|is|have\s+been|had\s+been)\s+(?:also\s+)?(?P<way>up|down|higher|lower)\s+(?:on|than|from|compared\s+(?:to|with))\s+"
                      rf"(?:the\s+)?(?:{cue_alternation('previous_words')})\s+(?:year|quarter|month|period)\b", re.I)


def _figures_before_moved(stext: str, before_figures: list[tuple]) -> None:
    """The figures of the sentence before take the direction and the previous-period comparator a sentence of no
    figures gives them all ("more than 96% of children were offered their preferred schools and over 80% got their
    first preference. Both of those figures were up on the previous year")."""
    m = _those_figures_moved().match(stext)
    if not m:
        return
    way = "up" if m.group("way").lower() in ("up", "higher") else "down"
    for record, _unit, benchmark, _value, _k in before_figures:
        if not benchmark and record["direction"] is None and record["comparator"] is None:
            record["direction"], record["comparator"] = way, "previous"


# a short line of its own that ends in an "as at" date and a colon ("Finance – @ 30th April 2019:", "Balances as at
# 31 March 2024:"): the figures after the colon are as at that date
_AS_AT_LEAD = re.compile(r"(?:^|\n)[ \t]*[^\n.;]{0,30}?(?:@|\bas\s+(?:at|of)\b)\s*[^\n.;:]{4,25}:$", re.I)


# a paper's first line that only labels it ("Appendix 1", "Annex B", "APPENDIX 3"), its title on the next line
_PAPER_LABEL = re.compile(r"(?:appendix|annex|annexe|schedule|enclosure)\s+[A-Z0-9]{1,3}[.:]?", re.I)


def _other_dates(text: str, title_period: str | None) -> bool:
    """Whether `text` prints a date other than the paper's title date (a column head "Market Value at
    30-September-24 £" under "Investments as at 30 September 2024" repeats it: its Book cost column is as of it too)."""
    return any(iso != title_period for _s, _e, iso in find_dates(text))


# the line break between two rows of a "|" table
_ROW_BREAK = re.compile(r"(?<=\|)[ \t]*\n(?=[ \t]*\|)")


# a relative likelihood after a share or a ratio ("40% more likely", "twice as likely"), no level of any measure
_LIKELIER_AFTER = re.compile(r"\s*(?:more|less)\s+likely\b|\s*as\s+likely\b", re.I)
# a sentence end the parser put inside a line: no stop before it and a lower-case word after it
_MID_SENTENCE_BREAK = re.compile(r"[A-Za-z0-9)'’][ \t]+[a-z]{2}$")


def _sentences(doc: Doc) -> list[_Sentence]:
    """The parser's sentences, split again where one ends after "£412.6m." (its tokenizer reads "m." as an
    abbreviation, so the next sentence's measure, "an overspend of £6.8m", would name this figure) or after ")."."""
    doc_text = text_of(doc)
    out = []
    spans: list[tuple[int, int]] = []
    for sent in doc.sents:
        if spans and (_APPROX_END.search(doc_text[spans[-1][0] : spans[-1][1]])
                      or _MID_SENTENCE_BREAK.search(doc_text[max(spans[-1][0], sent.start_char - 20) : sent.start_char + 2])):
            # "... between April 2016 to March 2018 of approx. £0.2bn": the parser ends a sentence at "approx."; and
            # within a line before a lower-case word ("The number of Safe | and Well visits was 6656 visits")
            spans[-1] = (spans[-1][0], sent.end_char)
        else:
            spans.append((sent.start_char, sent.end_char))
    for start_char, end_char in spans:
        sent = _Sentence(start_char, end_char, doc_text[start_char:end_char])
        start = sent.start_char
        # (and before a numbered item label: "... sickness 8.24 (+0.06 p.p.) KPI 3:% of employees ... 62.3%")
        # (and between the rows of a "|" table: one row's "National Australia Bank" is no benchmark of the row
        # above, and a row's "End" date no date of the next row's total)
        cuts = sorted([(m.end(1), m.end()) for m in _MONEY_STOP.finditer(sent.text)]
                      + [(m.start(), m.end()) for m in _item_label().finditer(sent.text)]
                      + [(m.start(), m.end()) for m in _ROW_BREAK.finditer(sent.text)])
        for cut_at, next_at in cuts:
            cut = sent.start_char + cut_at
            if cut <= start:
                continue
            out.append(_Sentence(start, cut, doc_text[start:cut]))
            start = sent.start_char + next_at
        out.append(_Sentence(start, sent.end_char, doc_text[start : sent.end_char]))
    return out


# a measure's code opening an item ("PI 23", "KPI 5", "CBP 33 –"), which is its label, not a figure
_MEASURE_CODE = re.compile(r"^[\W_]*(?:[A-Z]{1,5}\s?\d+[a-z]?(?:\.\d+)*(?:[a-z]?-[a-z])?)\s*[-–—:]?\s*")


def _item_heading_below_lines(text: str) -> str | None:
    """A minutes item's numbered heading line (`item_heading`) among the first three lines of a unit, under short lines
    that are no sentences (a page's name and its breadcrumb: "Council and democracy" / "Home > Council and Democracy >
    Issue" / "50 2012/13 Revenue and Capital Outturn, Carry Forwards and Significant Variances - Overview PDF 388
    KB"), else None."""
    lines = text.strip().split("\n")
    for i, line in enumerate(lines[1:3], start=1):
        if item_heading(line) and not item_part_heading(line):
            return line if all(heading_like(above) for above in lines[:i]) else None
    return None


def _states_sum(text: str) -> bool:
    """`text`'s first line states a sum or a share (`SUM_OR_SHARE`): a paragraph or a resolution, no item's title."""
    return SUM_OR_SHARE.search(text.strip().split("\n", 1)[0]) is not None


@cache
def _agenda_item_label() -> re.Pattern[str]:
    return re.compile(rf"(?:{cue_alternation('agenda_item_label')})", re.I)


def _ends_on_agenda_item_label(text: str) -> bool:
    """`text`'s last line is a meeting site's "Agenda item" label (`claim_cues.json` agenda_item_label)."""
    lines = [ln.strip() for ln in text.strip().split("\n") if ln.strip()]
    return bool(lines) and _agenda_item_label().fullmatch(lines[-1]) is not None


def _agenda_item_heading(text: str, after_label: bool) -> str | None:
    """The heading of a meeting site's agenda item page: the line after its "Agenda item" label, in the same unit
    (among its first three lines) or opening the unit after (`after_label`); None when that line is no heading (a
    sentence, a part's label such as "Minutes:")."""
    lines = [ln.strip() for ln in text.strip().split("\n") if ln.strip()]
    at = -1 if after_label else next((i for i, ln in enumerate(lines[:3]) if _agenda_item_label().fullmatch(ln)), None)
    if at is None or at + 1 >= len(lines):
        return None
    line = lines[at + 1]
    return line if heading_like(line) and not item_part_heading(line) and not _agenda_item_label().fullmatch(line) else None


def _measure_heading_item(text: str) -> bool:
    """A list item that names a measure and nothing more: no figure past its code, no sentence's end, short."""
    plain = _MEASURE_CODE.sub("", text.strip())
    return (len(plain) < 150 and not re.search(r"\d", plain) and not re.search(r"[.;,:]$", plain)
            and names_any(plain))


_BARE_FIGURE = re.compile(r"[\"“”']?£?\d[\d,.]*\s*(?:%|k|m|bn|million|billion)?[\"“”']?", re.I)  # a unit of one figure
# a short line naming a measure, a dash, then its figure: an item whose bullet the page lost ("Visits in Timescale – 92%",
# "Timeliness – 6 month rate 85% (on par with national rate), improvement from 78% in 2017/18.") under a lead-in
# (or its figure, then a dash and its date: "Re-referral rate 20.1% - December 2019.")
_LABELLED_FIGURE = re.compile(r"[A-Z][\w '’/&-]{2,60}?(?:\s[–—-]\s+[^\n]{0,25}?\d[^\n]{0,160}|\s\d[\d,.]*%?\s[–—-]\s[^\n]{0,60})")
# a unit of one year and one figure, a row of a list of amounts by year ("2011/12 £49,000", "2012/13 £187,000;"), under
# the same lead-in as the row before ("... bids for capital resources ... be approved as follows:")
_YEAR_ROW = re.compile(r"(?:19|20)\d\d(?:\s?[/-]\s?\d{2}(?:\d{2})?)?\s+£?\d[\d,.]*\s*(?:k|m|bn|million|billion)?\s*[;,.]?"
                       r"(?:\s+(?:and|or))?", re.I)

# a short line of a figure and the few words saying what it is, no sentence: "£9m savings to be identified,",
# "£4m in Adult Social Care", "£11m underspends and additional income."
_FIGURE_ITEM = re.compile(r"[-–]?£\d[\d,.]*\s*(?:k|m|bn|million|billion)?\s+(?:[\w&'’/-]+,?[ \t]+){0,8}[\w&'’/-]+[,;.]?"
                          r"(?:\s+(?:and|or))?", re.I)


def _opens_item(sentence: str) -> bool:
    """The sentence opens a numbered item of its own ("KPI 3:% of employees ..."): the one before is another measure."""
    return re.match(rf"\s*(?-i:{cue_alternation('item_labels')})\s*\d+\s*:", sentence) is not None


@cache
def _item_label() -> re.Pattern[str]:
    """The space before a numbered label opening a run's next measure (`claim_cues.json` "item_labels")."""
    return re.compile(rf"(?<=\S)\s+(?=(?-i:{cue_alternation('item_labels')})\s*\d+\s*:)")


# a figure on a line; a range ("6-8 week reviews", "2-2.5 year reviews") is one, not two
_FIGURE = re.compile(r"(?<![\w.,])(?<!\d[-–])-?£?\d[\d,]*(?:\.\d+)?(?![\w.,]*\d)")


def _in_row_of_figures(text: str, at: int) -> bool:
    """The number at `at` is on a line of three figures or more: a table row ("29.0 26.6 -2.4"), whose
    columns a list's lead-in does not date."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    figures = list(_FIGURE.finditer(text[start : end if end >= 0 else len(text)]))
    if len(figures) < 3:
        return False
    # (not a sentence with three figures in it: "converted 2,340 streetlights to LED, so that 96% of the Council's
    # 18,200 streetlights are now LED;" has more words between its figures than figures)
    between = text[start + figures[0].end() : start + figures[-1].start()]
    return len(re.findall(r"[A-Za-z]{2,}", between)) <= len(figures)


# the row of a table that sums the rows above it
_TOTAL_ROW = re.compile(r"\s*(?:grand\s+)?(?:total|all\b|overall\b)|[\w&'’ -]{0,30}\btotal\s*$", re.I)  # "Council total" too


def _piped_row(text: str) -> bool:
    """Lines of "|" cells, one or more: a row of a table the reader may have cut into units of a row each."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    return bool(lines) and all(ln.strip().startswith("|") and ln.count("|") >= 3 for ln in lines)


def _piped_table(text: str) -> bool:
    """Every line a row of "|" cells: a table even when its rows are long names ("| Wexcombe Leisure Centre |
    214,300 | 228,900 | +6.8% |"), whose figures `is_tabular` finds too few to call it one. Its caption is the unit
    before it, as a box's title is."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    return len(lines) >= 2 and all(ln.count("|") >= 2 for ln in lines)


def _filled_cells(line: str) -> int:
    """How many cells of a "|" row hold something ("|  | Cliftonville |": 1)."""
    return len([c for c in line.strip().strip("|").split("|") if c.strip()])


def _table_head_row(text: str) -> bool:
    """A "|" table's first row names three columns or more: a table of figures, not a box of prose rows."""
    first = next((ln for ln in text.split("\n") if ln.strip()), "")
    return _filled_cells(first) >= 3


def _prose_row(text: str) -> bool:
    """Lines of "|" rows with one cell of words each ("|  | Cliftonville |", "|  | However, both ... |"): a note or a
    sub-heading in a paper printed as a table, no table of figures."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    return bool(lines) and all(ln.strip().startswith("|") and _filled_cells(ln) == 1 for ln in lines)


@Language.factory("miner_claims", assigns=["doc.spans"])
def make_claim_finder(nlp: Language, name: str) -> "ClaimFinder":
    return ClaimFinder(nlp.tokenizer)


class ClaimFinder:
    """Writes a span per numeric claim, with its `Claim` on `span._.miner_record`.

    Units arrive in document order; the finder keeps the one before, so a table of figures can
    take its title from it (`box_title`)."""

    def __init__(self, tokenizer=None) -> None:
        self._tokenizer = tokenizer  # to re-read a PDF table's unit with each printed row on one line
        self._chain_title: str | None = None  # the caption above the head unit of the table those units are parts of
        self._above = ""  # the rows of the adjacent table units before, one printed row a line: their column heads
        self._previous: TextUnit | None = None
        self._columns = TableColumns()  # year headers last seen, for the cells in the units after them
        self._headed = HeadedRows()  # a period head over label-and-cells rows, one cell a line
        # a scored column's scale ("Likelihood (1-5)") and the money unit its table's head gives ("£m"), by document
        self._scale: tuple[str | None, tuple[int, int] | None, float | None, str] = (None, None, None, "")
        self._title: tuple[str | None, str | None] = (None, None)  # a paper's title-line period, by document
        self._payments: tuple[str | None, str | None] = (None, None)  # the month of a list of payments introduced
        self._title_after_label = False  # the paper's first line was only its label: the next unit's line is its title
        self._tail = ""  # the end of the units before in the document: a row of year headers may be split across them
        self._lead: tuple[str | None, str | None, str] = (None, None, "")  # a list's lead-in date and text, for its items
        # the quarter the paper's title or headings name, by document; "" once two headings name different quarters
        self._quarter: tuple[str | None, str | None] = (None, None)
        self._item: tuple[str | None, str | None] = (None, None)  # the period the current minutes item's heading names
        self._label_before: str | None = None  # the document whose unit before ended on its "Agenda item" label line
        # the money kind the current minutes item's heading names ("Capital Programme Outturn 2012/13 ..."), by document
        self._item_money: tuple[str | None, str | None] = (None, None)
        # whether the current minutes item's heading names a collection fund ("Collection Fund Estimated Outturn"), by document
        self._item_fund: tuple[str | None, bool] = (None, False)
        self._data_date: tuple[str | None, str | None] = (None, None)  # the date a sentence before says the figures are as at
        self._own_date: tuple[str, int] | None = None  # this paragraph's own announced date and where its sentence ends
        # the period a lead-in over a "|" table gave its rows, by document, and the "|" rows of prose read since
        self._intro: tuple[str | None, str | None, int] = (None, None, 0)
        self._rate_base: tuple[str | None, str | None] = (None, None)  # the rate unit a one-measure page's opening names

    def __call__(self, doc: Doc) -> Doc:
        source = doc
        unit: TextUnit | None = doc._.miner_unit
        doc = self._rows_joined(doc, unit)
        doc_text = text_of(doc)  # `Doc.text` rebuilds it from the tokens on every access
        source_text = doc_text if doc is source else text_of(source)
        offset = unit.start if unit is not None else 0
        title = None
        last, self._previous = self._previous, unit
        above = self._above if _adjacent_table(last, unit) else ""
        if (not above and unit is not None and last is not None and last.document_id == unit.document_id
                and _piped_row(unit.text) and _piped_row(last.text) and 0 <= unit.start - (last.start + len(last.text)) <= 2):
            above = last.text  # "| 2013/14 | 2014/15 | 2015/16 |" read as a unit of its own over its row of figures
        self._above = (above + "\n" + doc_text)[-1000:] if unit is not None and unit.tabular else ""
        if (unit is not None and (unit.tabular or starts_a_box(unit.text) or _piped_table(unit.text))
                and last is not None and last.document_id == unit.document_id
                and 0 <= unit.start - (last.start + len(last.text)) <= 4):
            title = box_title(last.text)
        if above and self._chain_title and (title is None or (title == last.text.strip() and column_heads_only(title))):
            # a PDF table's caption, above its head unit (all heads, no box's title), names the rows under the head too
            title = self._chain_title
        if unit is not None and unit.tabular and column_heads_only(doc_text):
            self._chain_title = self._chain_title if above else title  # a table's head (or its repeat on a new page)
        elif not above:
            self._chain_title = None
        if (unit is not None and not unit.money_scale and _piped_table(unit.text) and last is not None
                and last.document_id == unit.document_id and 0 <= unit.start - (last.start + len(last.text)) <= 4
                and (money := _caption_money_scale(last.text))):
            # a "|" table of long row labels is prose to the extractor's caption scaling: its caption ("Table 7:
            # Authorised limit ... in £millions") is the unit right before it
            unit = replace(unit, money_scale=money)
        spans = []
        document_id = unit.document_id if unit is not None else None
        if document_id != self._title[0] or self._title_after_label:
            # the paper's first unit: its first line is the title, or the next line when that one is only the paper's
            # label ("Appendix 1" over "Investments as at 30 September 2024")
            lines = [ln for ln in doc_text.split("\n") if ln.strip()]
            first = next(iter(lines), "")
            label_only = document_id != self._title[0] and _PAPER_LABEL.fullmatch(first.strip()) is not None
            if label_only and len(lines) > 1:
                first, label_only = lines[1], False
            if document_id != self._title[0] or not label_only:
                self._title, self._tail = (document_id, caption_period(first)), ""
            self._title_after_label = label_only
        # the paper's title period dates a table that prints no date of its own: not one with year columns or
        # "as at" rows ("Reserve Balance as at 1st April 2024* 58.6 -67.2"), nor one under a row of year headers
        # that the units before end with ("2020-21\n2021-22\n..."). A box title was tried as well: it dated
        # multi-year budget rows ("67,238.1 68,814.4 70,165.5") with their first year.
        caption = None
        dated_text = term_end_blanked(doc_text)  # an "End" or "Maturity" column's dates date no figure
        if (unit is not None and (unit.tabular or _piped_table(unit.text))
                and not (find_periods(dated_text) or _other_dates(dated_text, self._title[1]))):
            if len(find_periods(self._tail, short_years=True)) < 2:
                caption = self._title[1]
        if (caption is None and unit is not None and _piped_table(unit.text) and last is not None
                and last.document_id == unit.document_id and 0 <= unit.start - (last.start + len(last.text)) <= 4):
            caption = table_intro_period(last.text)  # "The table below sets out ... for 2025-26" over its "|" rows
            if caption is not None and _table_head_row(unit.text):
                self._intro = (document_id, caption, 0)
        if (caption is None and unit is not None and _piped_table(unit.text) and _table_head_row(unit.text)
              and self._intro[0] == document_id and self._intro[1] is not None):
            # the lead-in's period dates the next tables under it too, past a sub-heading and notes in "|" rows of
            # prose ("... for the period 1 June 2024 to 31 January 2025 indicates:" then "| | Cliftonville |", a
            # note, a table; "| | Millmead |", a note, a table), until a unit that is no such row
            caption = self._intro[1]
        elif unit is not None and _prose_row(doc_text) and self._intro[0] == document_id:
            # a lead-in of its own ends the carrying, as do more than a few notes
            count = self._intro[2] + 1
            self._intro = (None, None, 0) if doc_text.rstrip().rstrip("|").rstrip().endswith(":") or count > 6 else (
                document_id, self._intro[1], count)
        elif unit is not None and not _piped_table(unit.text):
            self._intro = (None, None, 0)
        columns = self._columns.read(source_text, document_id)  # a head of years one a line, as printed
        # a flattened table's rows, one cell a line, under a head naming a period ("Q4 2021/22" over "Value")
        columns = {**self._headed.read(source_text, document_id), **columns}
        if score_scale(doc_text) is not None:  # "Likelihood (1-5)" heads every page's rows
            self._scale = (document_id, score_scale(doc_text), header_money_scale(doc_text), doc_text)
        elif self._scale[0] != document_id:
            self._scale = (document_id, None, None, "")
        _, scale, row_money, head = self._scale
        self._tail = (self._tail + "\n" + doc_text)[-200:]
        # an item of a list, or a figure alone on its lines under a label ("Proposed Amount:\n\n\"£75k\"")
        # (or a short line opening with its figure, an item whose bullet the page lost: "£9m savings to be identified,"
        # under "Forecast revenue budget outturn for 2017/18, is £21m overspend ... This includes:")
        year_row = (_YEAR_ROW.fullmatch(doc_text.strip()) is not None
                    or self._lead[0] == document_id and _FIGURE_ITEM.fullmatch(doc_text.strip()) is not None)
        labelled = _LABELLED_FIGURE.fullmatch(doc_text.strip()) is not None
        in_list = self._lead[0] == document_id and (unit is not None and unit.role == "item" or year_row or labelled
                                                    or _BARE_FIGURE.fullmatch(doc_text.strip()) is not None)
        lead_date, lead_text = (self._lead[1], self._lead[2]) if in_list else (None, None)
        if _LEAD_END.search(doc_text):  # "... the following uplifts to be applied from April 2025 (...):"
            # (or a minute's "The following was outlined: -")
            self._lead = (document_id, lead_in_date(doc_text), doc_text[-300:])
        elif unit is not None and _measure_heading_item(doc_text) and (unit.role == "item" or len(doc_text) < 100):
            # "· PI 23 Average processing time taken for Housing Benefit claims (days)" over its sub-items "- 15.9 days
            # (Last year: 12.8 days)": an item that only names a measure heads the items under it; so does a short line
            # over a figure alone on its line (a flattened table: "Percentage of successful Prevention Duty outcomes"
            # over "78.89%")
            self._lead = (document_id, None, doc_text[-300:])
        elif unit is None or unit.role != "item" and not ((year_row or labelled) and in_list):
            self._lead = (None, None, "")
        quarter = self._paper_quarter(doc_text, document_id)
        payments = self._payments_period(doc_text, document_id)
        item = self._item_period(unit, doc_text, document_id)
        item_money = self._item_money_kind(unit, doc_text, document_id)
        fund_item = self._item_collection_fund(unit, doc_text, document_id)
        announced = self._announced_date(unit, doc_text, document_id)
        titled_rate = self._titled_rate(unit, doc_text, document_id)
        for q, f, claim_unit in find_claims(doc, unit, title, columns, scale, caption, lead_date, quarter or None, lead_text,
                                            above, _prior_sentence(last, unit)):
            span = source.char_span(q.start, q.end, alignment_mode="expand")
            if span is None:
                continue
            start, end = offset + q.start, offset + q.end
            doc_id = unit.document_id if unit else ""
            value = q.quantity.normalised
            if payments and claim_unit == "GBP":
                f = {**f, "indicator": None}  # a payment row ("HMRC PAYE/NI 101144 £0.40 ... Staff Tax Costs") is no budget
            if payments and claim_unit == "GBP" and f.get("as_of") is None:
                # "R. Poole 101139 £80.12 ..." under "... Payments for Approval for February 2020", unless the row prints
                # its own period ("£307.84 £61.57 £369.41 Annual Weekly Dog Bin Collection 2019/20")
                own_period = {iso for _s, _e, iso in find_dates(doc_text) if len(iso) >= 7} | {
                    iso for _s, _e, iso in find_periods(doc_text, short_years=True)}
                f = {**f, "as_of": own_period.pop() if len(own_period) == 1 else payments}
            # (not a figure its sentence dates "in the previous year": `previous_period`)
            fallback = item or self._own_announced(q.start) or announced
            # (nor "compared to 34 last quarter" under a quarter's item: the quarter before's, which the tuned gold
            # leaves undated, as "compared to 23.4% the previous Quarter"; claims round 71)
            if (fallback and f.get("as_of") is None and not _previous_figure(doc_text, q.start, q.end)
                    and not previous_months_after(doc_text[q.end : q.end + 40])
                    and not re.search(cue_alternation("not_item_period"), _sentence_around(doc_text, q.start, q.end), re.I)):
                # (nor one its sentence puts "in future years": "net decrease in scheme costs in future years")
                f = {**f, "as_of": fallback}  # "It showed 92% of activities ..." under "57 Year-end ... Report 2018/19";
                # "... figures for 2015/16 are outlined below." over "67 households ..."
            if claim_unit == "GBP" and _unused_contingency(doc_text, q.start, q.end):
                f = {**f, "indicator": None}  # "the unused £13m risk contingency": set aside, no spend nor underspend
            if claim_unit == "GBP" and (_collection_fund_balance(doc_text, q.start, q.end)
                                        or _collection_fund_context(doc_text, q.start, q.end, fund_item)):
                f = {**f, "indicator": None}  # "a small deficit of £153,601 on the Collection Fund": the fund's balance, shared
                # out among the precepting bodies, no overspend nor council tax requirement (claims round 78)
            if claim_unit == "GBP" and _reserve_transfer(doc_text, q.start, q.end):
                # "Revenue transfer of £1.433 million to the Strategic Waste Reserve": a transfer to a reserve, not the
                # revenue budget or the underspend it comes from (claims round 77)
                f = {**f, "indicator": "reserves"}
            if (claim_unit == "GBP" and f.get("indicator") != "reserves" and _programme_addition(doc_text, q.start, q.end)
                    and not re.search(cue_alternation("revenue_money_words"),
                                      sentence := _sentence_around(doc_text, q.start, q.end), re.I)
                    and (item_money == "capital_budget" or re.search(cue_alternation("programme_named"), sentence, re.I))):
                # "The total value of additions and amendments was £51m" in a capital programme's item, "Approves the
                # addition and cumulative spend of £0.65M ... to the Healthier & Safer City programme": money added to the
                # (capital) programme, not the grant funding it nor money in general (claims round 87)
                f = {**f, "indicator": "capital_budget"}
            if (claim_unit == "GBP" and (said := re.match(rf"(?:{cue_alternation('kind_predicate_after')})",
                                                          doc_text[q.end : q.end + 80], re.I))
                    and (kind := measure_in(said.group(1), "GBP")) and kind not in generic_ids()):
                f = {**f, "indicator": kind}  # "Of this net underspend £11,967,000 is due to net slippage": the slippage
            if (claim_unit == "GBP" and f.get("indicator") in generic_ids()
                    and re.search(rf"(?:{cue_alternation('unsigned_variance_before')})(?:about\s+|around\s+|approximately\s+)?$",
                                  doc_text[max(0, q.start - 40) : q.start], re.I)):
                # "resulting in a variance of £30.6m": a difference whose sign the sentence does not give, no budget
                f = {**f, "indicator": None}
            if (claim_unit == "GBP" and (f.get("indicator") == "budget" and (
                    item_money == "capital_budget" or _capital_clause_before(doc_text, q.start, q.end))
                    # (or read as grant funding from outside its own sentence, in a capital programme's item: "These
                    # additions took the total budget for the year to £91.8m" after "... the majority of which were
                    # externally grant funded, stood at £18.5m"; a kind its own sentence names stays, as round 66 kept
                    # "financed by £21.227m of external funding"; claims round 75)
                    or f.get("indicator") == "grant_funding" and item_money == "capital_budget"
                    and "grant_funding" not in named_ids(_sentence_around(doc_text, q.start, q.end)))
                    and not re.search(cue_alternation("revenue_money_words"), _sentence_around(doc_text, q.start, q.end), re.I)):
                # "An outturn of £46.476m was reported compared to the approved budget of £57.281m" in the minutes of
                # "21 Capital Programme Outturn 2012/13 ...": the item's programme is the capital one (or the sentence's,
                # with a sum of it before: "Note the Capital Programme spend to date for the General Fund of £18.296m
                # (against a budget of £253.936m)")
                f = {**f, "indicator": "capital_budget"}
            if (claim_unit == "count" and re.search(r"\d\s*(?:million|billion|m|bn)$", source_text[q.start : q.end], re.I)
                    and _MONEY_NOUN_BEFORE.search(doc_text[max(0, q.start - 60) : q.start])):
                claim_unit = "GBP"  # "The Service is required to make a saving of approximately 1 million": money, its £ unwritten
                if f.get("indicator") is None:
                    f = {**f, "indicator": measure_in(doc_text[max(0, q.start - 60) : q.start], "GBP")}
            if (titled_rate and claim_unit == "count" and value == q.quantity.value and not q.is_word
                    and _called_a_rate().search(doc_text[max(0, q.start - 110) : q.start])):
                claim_unit = titled_rate  # "... for year ending June 2017 is 34.1" on a page titled "Rate of ... per 10,000"
                if f.get("indicator") is None and getattr(unit, "doc_title", None):
                    # "Performance at Q1 of 130 was within the target of 150" on a page titled "Rate of permanent
                    # admissions to nursing or residential homes ...": the page's measure, now read in the rate's unit
                    f = {**f, "indicator": measure_in(unit.doc_title, claim_unit)}
            if unit is not None and unit.money_scale and claim_unit == "count" and value == q.quantity.value:
                claim_unit, value = "GBP", round(q.quantity.value * unit.money_scale, 6)  # a cell under "All figures in £m"
            elif row_money and claim_unit == "count" and scored_row_figure(doc_text, q, scale):
                claim_unit, value = "GBP", round(q.quantity.value * row_money, 6)  # "4 165.0" under "Financial Exposure £m"
                # the head names what the row's figure measures; the prose cells beside it do not date it
                f = {**f, "indicator": measure_in(head, "GBP"), "as_of": None}
            if claim_unit == "GBP" and f.get("indicator") in council_tax.IDS:
                # the charge on one property or the total raised: the words of "council tax" and "precept" name both
                f = {**f, "indicator": council_tax.council_tax_kind(doc_text, q.start, q.end, value)}
            span._.miner_record = Claim(
                id=stable_id(doc_id, start, end, "claim"),
                document_id=doc_id,
                section_id=unit.section_id if unit else None,
                statement_id=None,
                text=source_text[q.start : q.end],
                start=start,
                end=end,
                value=value,
                unit=claim_unit,
                period=unit.period if unit else None,
                method=METHOD,
                **f,
            )
            spans.append(span)
        source.spans["miner_claims"] = spans
        return source

    def _rows_joined(self, doc: Doc, unit: TextUnit | None) -> Doc:
        """A table unit read with each printed row on one line ("2A(1) Permanent admissions 14.1 3.1 6.8 Green"):
        a PDF gives each cell, or a few, a line of its own, which would part the figures from their row's label
        and column heads. Same length, so offsets hold; only units the parser skips (`tabular`) are re-read."""
        if unit is None or not unit.tabular or not unit.row_joins or self._tokenizer is None:
            return doc
        chars = list(doc.text)
        for at in unit.row_joins:
            if 0 <= at < len(chars) and chars[at] == "\n":
                chars[at] = " "
        joined = self._tokenizer("".join(chars))
        joined._.miner_unit = unit
        return lines_as_sentences(joined)

    def _payments_period(self, text: str, document_id: str | None) -> str | None:
        """The month a paragraph introducing a list of payments named ("Cheque Payments for Approval for February 2020
        - ... the following payments that were due."), for the rows of payments printed after it, each a unit of its
        own ("R. Poole 101139 £80.12 £0.00 £80.12 Handyman's Payment"); prose without a pound figure ends the list."""
        if self._payments[0] != document_id:
            self._payments = (document_id, None)
        row = "£" in text and len(text.split()) <= 30 and not re.search(r"[a-z]{2,}\.\s+[A-Z]", text)
        if row:
            return self._payments[1]
        introduced = payments_intro_period(text)
        if introduced is None and "£" not in text and not re.search(r"[.:]\s*$", text.strip()) and len(text.split()) < 12:
            return None  # a head row between ("Payee Cheque No Net VAT Gross Remarks")
        self._payments = (document_id, introduced)
        return None

    def _item_period(self, unit: TextUnit | None, text: str, document_id: str | None) -> str | None:
        """The period the heading of the minutes item this unit is in names (`item_period`), for its figures with no
        date of their own: a reader citing "16 achieved target" under "81. Quarterly Performance Report, Q2
        2024-2025" gives Q2 2024-25 (the lead's decision, stop 36). A decision page's title is its one item's heading
        ("Charges and Fees for Non-residential Services 2016/17", the paper's period). Each heading or numbered item
        line starts a new item, with no period unless it names one. A meeting page titled by its agenda item's line
        (`meeting_page_item`) is that item's minutes whatever kind it reads as; so is an agenda's item (a council site's
        "Agenda item" page read as an agenda: "2017/18 Budget Monitoring Report - P4" over "Agreed to note current
        forecast capital expenditure of £212.4m" is period 4 of 2017/18, as the same page read as minutes is; claims
        round 80)."""
        if unit is None or unit.doc_kind not in ("minutes", "agenda") and not meeting_page_item(unit.doc_title):
            return None
        if self._item[0] != document_id:
            # the title's quarter, else the paper's period ("Performance Monitoring Report Quarter 1 2024 - 2025": 2024-06)
            self._item = (document_id, item_period(unit.doc_title or "", unit.meeting_date) or unit.doc_period)
        after_label, self._label_before = self._label_before == document_id, (
            document_id if _ends_on_agenda_item_label(text) else None)
        if ((unit.role == "heading" and not _states_sum(text)) or item_heading(text)) and not item_part_heading(text):
            # ("Purpose of report", "Recommendations", "Resolved": parts of the item, not a new one; nor a line stating
            # a sum, a resolution the page broke over lines: "4. That Cabinet approves the virement of £900,000 from
            # the" under "Agenda item" / "Capital Programme Monitoring 2020/21", as `item_heading` reads a numbered
            # one; claims round 89)
            self._item = (document_id, item_period(text, unit.meeting_date))
        elif (head := _agenda_item_heading(text, after_label)) is not None:
            # a meeting site's item page: the line under its "Agenda item" label is the item's heading, also where the
            # page's title is the council and committee ("Agenda item" / "Corporate Performance Report: Quarter 4
            # 2020/21" / "Minutes:" / "... at the end of Quarter 4 the average had been 12.4 days"; claims round 89)
            self._item = (document_id, item_period(head, unit.meeting_date))
        elif (head := _item_heading_below_lines(text)) is not None:
            # the item's numbered heading under a page's own lines in one unit ("Council and democracy" / "Home >
            # Council and Democracy > Issue" / "50 2012/13 Revenue and Capital Outturn, Carry Forwards ...")
            self._item = (document_id, item_period(head, unit.meeting_date))
        return self._item[1]

    def _item_money_kind(self, unit: TextUnit | None, text: str, document_id: str | None) -> str | None:
        """The money kind the heading of the minutes item this unit is in names (`measure_in`: "Capital Programme
        2021/22 Monitoring Report - Quarter 3" is the capital budget), for its sums whose sentence names money only in
        general ("the year-end forecast outturn was £5.034 million"); a decision page's title is its one item's heading.
        Each heading or numbered item line starts a new item."""
        if unit is None or unit.doc_kind != "minutes":
            return None
        if self._item_money[0] != document_id:
            self._item_money = (document_id, measure_in(unit.doc_title, "GBP"))
        if (unit.role == "heading" or item_heading(text)) and not item_part_heading(text):
            self._item_money = (document_id, measure_in(text.strip().split("\n", 1)[0], "GBP"))
        return self._item_money[1]

    def _item_collection_fund(self, unit: TextUnit | None, text: str, document_id: str | None) -> bool:
        """Whether the heading of the minutes item this unit is in names a collection fund ("Collection Fund Estimated
        Outturn 2021-2022", "85 Collection Fund Surplus and Council Tax Base"; `claim_cues.json` collection_fund_named); a
        decision page's title is its one item's heading. Each heading or numbered item line starts a new item."""
        if unit is None or unit.doc_kind != "minutes":
            return False
        named = cue_alternation("collection_fund_named")
        if self._item_fund[0] != document_id:
            self._item_fund = (document_id, re.search(named, unit.doc_title or "", re.I) is not None)
        if (unit.role == "heading" or item_heading(text)) and not item_part_heading(text):
            self._item_fund = (document_id, re.search(named, text.strip().split("\n", 1)[0], re.I) is not None)
        return self._item_fund[1]

    def _announced_date(self, unit: TextUnit | None, text: str, document_id: str | None) -> str | None:
        """The date an earlier paragraph of the paper says its figures are as at (`data_date`), for this unit's figures
        with no date of their own; a minutes item's heading ends it (the next item speaks of other data)."""
        if self._data_date[0] != document_id or (unit is not None and unit.doc_kind == "minutes" and item_heading(text)):
            self._data_date = (document_id, None)
        announced = self._data_date[1]
        self._own_date = None
        if (own := data_date_at(text, minutes=unit is not None and unit.doc_kind in ("minutes", "agenda"))) is not None:
            self._data_date = (document_id, own[0])
            self._own_date = own  # (and the figures of this paragraph's later sentences: `_own_announced`)
        return announced

    def _own_announced(self, start: int) -> str | None:
        """The date this paragraph's own announcing sentence gives (`data_date_at`) for a figure of a later sentence
        of it ("The Director of Corporate Resources presented the Council Budget 2020/21. ... The budget included £3.5
        million ..."; claims round 76)."""
        own = getattr(self, "_own_date", None)
        return own[0] if own is not None and start >= own[1] else None

    def _titled_rate(self, unit: TextUnit | None, text: str, document_id: str | None) -> str | None:
        """The one rate base ("per 10,000 population") the opening lines of a one-measure page name ("Rate of Children
        with Child Protection Plans (CPP) per 10,000 population (0-18 years)."), for the later figures its sentences
        call a rate but print bare ("The annual rate of children becoming subject to a Child Protection Plan (CPP) for
        year ending June 2017 is 34.1"). Read only from short units in the paper's first 400 characters."""
        if self._rate_base[0] != document_id:
            self._rate_base = (document_id, None)
        if unit is not None and unit.start < 400 and len(text) < 250:
            bases = set(re.findall(r"\bper\s+(100,?000|10,?000|1,?000)\b(?![,\d])", text))
            if len(bases) == 1:
                self._rate_base = (document_id, f"per_{bases.pop().replace(',', '')}")
        return self._rate_base[1]

    def _paper_quarter(self, text: str, document_id: str | None) -> str | None:
        """The quarter named so far by the paper's title or headings (`heading_quarter`): "in the quarter" in
        "Waste and Recycling Performance: Quarter 1 2023/24" is 2023-06. Headings naming two different quarters
        leave the rest of the paper with none (which one "the quarter" means is then a guess). A title split over
        lines ("Quarter 3" / "2024/25") is not read: it would date figures the tuned gold leaves undated."""
        if self._quarter[0] != document_id:
            self._quarter = (document_id, None)
        named = heading_quarter(text)
        if named is None and "\n" in text.strip():
            # a heading line at the top of a unit that runs on ("Agenda item" / "2025/26 ... Scrutiny - Quarter 2
            # Finance" / "Minutes:"), its one line naming both the quarter and its year
            lines = {q for line in text.strip().split("\n")[:3] if (q := heading_quarter(line))}
            named = lines.pop() if len(lines) == 1 else None
        if named and self._quarter[1] is None:
            self._quarter = (document_id, named)
        elif named and named != self._quarter[1]:
            self._quarter = (document_id, "")
        return self._quarter[1]
