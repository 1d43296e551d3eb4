"""What `miner metrics` / `miner compare` show, checked against the researcher's audit of series points
(`annotations/claims/compare_audit.jsonl`) on real papers tuned for claims."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from miner.evaluation import compare as audit
from miner.evaluation.claims import HELDOUT
from miner.model import Extraction
from miner.series import build_series

from conftest import processed


def _points(ex: Extraction) -> list[dict]:
    """Series points of one paper in the shape the audit scores (file, indicator, unit, as-of, value, span)."""
    claims = {c.id: c for c in ex.claims}
    return [{"file": Path(ex.document.path).name, "indicator": p.indicator, "unit": p.unit, "as_of": p.as_of,
             "value": p.value, "start": claims[p.claim_id].start, "end": claims[p.claim_id].end}
            for p in build_series([ex])]


@pytest.fixture(scope="module")
def kent_performance() -> Extraction:
    return processed("QPR Q3 Cabinet appendix 1.pdf")


@pytest.fixture(scope="module")
def medway_2018() -> Extraction:
    return processed("000_6cef1de8068e4e1d.txt")


def test_audit_lines_are_labelled_tuned_points():
    """Every audit line names a claims-tuned paper (never a held-out one), says correct or not and why,
    and its quote lies in its context."""
    lines = audit.load_audit()
    assert len(lines) > 400
    tuned = set(audit.tuned_files())
    for a in lines:
        assert a["type"] == "audit" and a["file"] in tuned and a["file"] not in HELDOUT
        assert isinstance(a["correct"], bool) and a["why"]
        assert a["quote"] in a["context"]
    assert {True, False} == {a["correct"] for a in lines}


def test_medway_points_are_all_labelled_and_mostly_right(medway_2018):
    """The Medway 2018 report's series points, rebuilt from the paper: each is one the audit labels, the
    precision holds, and the parts and targets the audit found wrong are gone ("three of our care leavers
    graduated", "12 over the age of 5", "increasing our establishment ... to 90")."""
    points = _points(medway_2018)
    text = medway_2018.document.text
    labels = audit.label_points(points, {points[0]["file"]: text}, audit.load_audit())
    assert None not in labels
    result = audit.score(points, labels)
    assert result["precision"] >= 0.7, result
    shown = {text[p["start"] : p["end"] + 25] for p in points}
    for gone in ("three of our care", "12 over the age of", "90.\n"):
        assert not any(s.startswith(gone) for s in shown), gone
    assert any(s.startswith("345 in December 2017") for s in shown)  # the levels stay


def test_parts_sequences_and_earlier_quarters_are_no_points(kent_performance):
    """Kent's quarterly report: "the first two Mockingbird ... constellations" counts no foster carers (the
    claim takes no indicator); a share in brackets after a count ("1,036 (51.4%)"), a breakdown ("20 were
    'primary' phase pupils", "by Dartford with 15") and the previous quarter's value ("compared to 23.4% the
    previous Quarter") are no points; the levels (2,016 care leavers, 1,109 plans, 613 households) are."""
    ex = kent_performance
    text = ex.document.text
    two = next(c for c in ex.claims if text[c.start - 10 : c.end + 12].endswith("first two Mockingbird"))
    assert two.indicator is None
    shown = {text[p["start"] : p["end"] + 20].replace("\n", " ") for p in _points(ex)}
    for gone in ("51.4%", "48.6%", "20 were 'primary'", "15 and Sevenoaks", "23.4% the previous", "72.7% at the end", "two Mockingbird"):
        assert not any(s.startswith(gone) for s in shown), gone
    for kept in ("2,016 – an increase", "1,109 children", "613 approved"):
        assert any(s.startswith(kept) for s in shown), kept


def test_table_cells_and_implausible_values_are_no_points():
    """The budget book's cells are claims, but no cell is a series point (the text no longer ties it to its
    row and column); the risk register's likelihood "4" read as council tax is neither a cell worth showing
    nor a plausible council tax figure (`indicators.json` "plausible"), and a risk register's figures are
    risks, not the council's values: its only points can be its exposures."""
    book = processed("Appendix E - 2025-26 Budget by Directorate.pdf")
    assert sum(1 for c in book.claims if c.indicator) > 100
    assert build_series([book]) == []
    register = processed("Appendix I Budget Risk Register 22.01.25.pdf")
    text = register.document.text
    assert not [p for p in _points(register) if p["indicator"] == "council_tax" and p["unit"] == "count"]
    assert not [p for p in _points(register) if re.fullmatch(r"\d", text[p["start"] : p["end"]])]
    assert sum(1 for c in register.claims if c.indicator and c.indicator != "risk_exposure") > 5
    assert {p["indicator"] for p in _points(register)} <= {"risk_exposure"}


def _shown(ex: Extraction) -> set[str]:
    """The text from each series point's figure on (one line), to check which figures a paper's series show."""
    text = ex.document.text
    return {re.sub(r"\s+", " ", text[p["start"] : p["end"] + 40]) for p in _points(ex)}


def test_counts_restricted_to_a_subset_are_no_points(medway_2018):
    """A count whose own noun phrase restricts it to a setting or source is a subset, not the indicator's whole
    ("106 young people with 'high needs' ... in local mainstream colleges", "125 referrals from schools"); a count
    of degree grades ("two 2:1") and a count of care leavers at university under a rate indicator are no points
    either. Pupils at SEN support in mainstream schools are that indicator's own population ("whole_of"): they stay."""
    shown = _shown(medway_2018)
    for gone in ("106 young people", "125 referrals from", "16 care leavers", "two 2:1"):
        assert not any(s.startswith(gone) for s in shown), gone
    for kept in ("379 children in mainstream", "345 in December 2017", "15 adoptive households"):
        assert any(s.startswith(kept) for s in shown), kept


def test_one_lines_money_is_no_point_of_the_authoritys_totals():
    """Kent's finance monitoring: one line's pressure ("the £3.2m pressure"), an increment ("an additional
    £1m"), a planned "£1.5m budget reduction", a contribution, savings deferred to future years, a deficit
    reduced "to £96.6m" and a total "by 2027-28" are no points of overspend, reserves, savings or grants, nor (since the
    lead's decision of compare round 12 that reserves is a balance) "the £9.1m budgeted drawdown", nor (the lead's
    decision of compare round 13) the £99.3m "total requirement" of the 2024-25 Savings Target; the authority's
    totals (savings of £80.3m forecast, the £81.9m requirement) stay."""
    ex = processed("24-00108 - Finance Monitoring Report - Q3 - November 2024-25.pdf")
    shown = _shown(ex)
    for gone in ("£3.2m pressure", "£1m in 24/25", "£1.5m budget", "£22.1m of savings", "£96.6m as at",
                 "£140m by 2027", "£2m of project", "£15.1m from reserves", "£11.1m contribution", "£11.1m also",
                 "£9.1m budgeted drawdown", "£99.3m"):
        assert not any(s.startswith(gone) for s in shown), gone
    for kept in ("£80.3m will be", "£81.9m", "£427.065m"):
        assert any(s.startswith(kept) for s in shown), kept


def test_amendments_financing_contributions_and_reversed_cuts_are_no_points():
    """Kent's budget amendments: the sources meeting one saving's timing ("met ... from this £8,021k flexible use
    of capital receipts, £1,926.7k ... and £1,758.1k use of reserves"), a contribution towards a contract and its
    later years ("£0.5m in 26-27", now dated 2026-27), reversed cuts, one directorate's part of a grant, one
    service's savings target and savings still "to be identified" are no points; the grant's total and the savings needed for 2025-26 stay."""
    ex = processed("Budget Amendments 13th-Feb-2025 09.30 County Council.pdf")
    text = ex.document.text
    half = next(c for c in ex.claims if text[c.start : c.end + 9] == "£0.5m in 26-27")
    assert half.as_of == "2026-27"
    shown = _shown(ex)
    for gone in ("£8,021k", "£1,926.7k", "£1,758.1k", "£1m in 2024-25", "£0.75m", "£1m cuts", "£1.75m cut",
                 "£274.2k", "£30,154.8k", "£3,373.3k", "£414.9k", "£5million gap", "£2,685.1k are to be"):
        assert not any(s.startswith(gone) for s in shown), gone
    for kept in ("£3,234.7k in 2024-25", "£61.5m of savings", "£12.71 per hour"):
        assert any(s.startswith(kept) for s in shown), kept


def test_a_figure_quoted_from_another_bodys_report_is_no_point():
    """Members' questions quote the Public Accounts Committee ("the PAC Report highlights that: \\"... With only
    half of EHC plans issued within the statutory 20-week limit in 2023"): the committee's national figure, not
    Kent's, so no point; the claim itself stays."""
    ex = processed("Questions put and answers given - March 2025.pdf")
    text = ex.document.text
    half = [c for c in ex.claims if text[c.start : c.end + 12].startswith("half of EHC")]
    assert half and half[0].indicator
    assert not any(s.startswith("half of EHC") for s in _shown(ex))


def test_in_house_beds_are_no_count_of_unaccompanied_children(kent_performance):
    """"12 in house beds were released from the UASC scheme" restricts the count to the authority's own beds
    ("in house", `series_cues.json` "subset_modifier"): no point of the UASC series; the care leavers' level stays."""
    shown = _shown(kent_performance)
    assert not any(s.startswith("12 in house") for s in shown)
    assert any(s.startswith("2,016 – an increase") for s in shown)


def test_heldout_audit_lines_are_labelled_heldout_points():
    """The held-out audit (`compare_audit_heldout.jsonl`, labelled after the series rules were written, not to be
    tuned on) names only papers held out for claims, none the tuned audit names, in the same line format."""
    lines = audit.load_audit(audit.AUDIT_HELDOUT)
    assert len(lines) >= 41
    assert {a["file"] for a in lines} <= set(audit.heldout_files()) == HELDOUT
    assert not {a["file"] for a in lines} & {a["file"] for a in audit.load_audit()}
    for a in lines:
        assert a["type"] == "audit" and isinstance(a["correct"], bool) and a["why"]
        assert a["quote"] in a["context"] and a["indicator"] and a["unit"]
    assert {True, False} == {a["correct"] for a in lines}


def test_treasury_tables_show_totals_not_breakdowns_limits_or_other_measures():
    """Kent's capital strategy: in a "|" table with a Total row the other rows are its breakdown (General Fund
    services, one source of financing, other long-term liabilities); an authorised limit or operational boundary is a
    ceiling, not borrowing; the capital financing requirement and internal borrowing are other measures than
    borrowing; the projects listed after "include:" are parts. The totals (capital expenditure, total debt) and the
    external debt forecast in prose stay (compare audit round 8), and so does a row whose table totals another
    measure (council tax under "Total Core Spending Power" in Kent's draft budget). A pension fund deficit is no
    budget, and the "flexibility to increase council tax up to 5%" is the referendum limit, not a rise a council set."""
    ex = processed("Appendix N - Capital Strategy.txt")
    shown = _shown(ex)
    for gone in ("236.9 | 347.6", "172.5 | 283.7", "35.0 | 40.4", "178.5 | 169.3", "1,260.6 | 1,200.6",
                 "1,428.6 | 1,440.5", "1,268.3 | 1,249.0", "317.9 | 363.7",
                 "£1.249bn", "£76m", "£71m", "£442m", "£34.8m as at"):
        assert not any(s.startswith(gone) for s in shown), gone
    for kept in ("237.3 | 347.7", "950.4 | 885.3", "£710m at 31 March 2026"):
        assert any(s.startswith(kept) for s in shown), kept
    # a Total of another measure makes no breakdown: council tax in a table of core spending power is council tax's whole
    budget = _shown(processed("Draft Revenue Budget 2025-26 and 2025-28 MTFP and Draft Capital Programme 2025-35.txt"))
    assert any(s.startswith("993.9 | 38,311.8") for s in budget)
    assert not any(s.startswith("5% (single and upper") for s in budget)  # the referendum limit, not a rise set


def test_pay_scales_and_national_wage_rates_are_no_points_of_the_councils_pay():
    """Kent's pay policy statement: a pay scale's cells are one grade's points, and the National and Voluntary Living
    Wage are rates other bodies set; the council's own entry rate (£12.71 an hour) stays."""
    ex = processed("County Council - Pay Policy Statement 2025-2026.txt")
    shown = _shown(ex)
    for gone in ("£217,528", "£89,579", "£25,757", "£12.21 and", "£12.60 respectively"):
        assert not any(s.startswith(gone) for s in shown), gone
    assert any(s.startswith("£12.71 per hour. In order") or s.startswith("£12.71 per hour.") for s in shown), shown


def test_reserve_categories_and_budget_growth_are_no_points_of_the_totals():
    """Kent's assessment of financial resilience: the general, earmarked, Covid-19 and partnership reserves are
    categories of the usable reserves (parts), spending growth and an increase in funding are changes; the usable
    reserves year by year and the savings in each approved budget stay."""
    ex = processed("Appendix H - Assessment of FInancial Resilience.txt")
    shown = _shown(ex)
    for gone in ("£0.037bn (3% of net", "£0.272bn, and Covid", "£0.088bn)", "£0.056bn (5%", "£0.271bn earmarked",
                 "£0.036bn in new partnership", "£93.0m)", "£59.1m)", "£178.9m)", "£124.1m)"):
        assert not any(s.startswith(gone) for s in shown), gone
    for kept in ("£0.224bn at end", "£0.398bn (of which", "£0.358bn (£0.043bn", "£33.9m of savings", "£89.2m of savings"):
        assert any(s.startswith(kept) for s in shown), kept


def test_national_figures_and_superseded_estimates_are_no_points():
    """A money figure larger than any council's (England's SEND spending of £9.0bn, the government's spending plans in
    £m) and the national settlement for local government are no council's values; in the March 2025 Cabinet budget
    update an estimate a later column updates ("Estimate included in County Council papers | Upd figures for
    Cabinet") is superseded, and the increases ("(+£313.3k)", "an increase ... of £1,048.9k") are changes. The
    updated grant figures stay."""
    fiscal = _shown(processed("Appendix K - Economic and Fiscal Context.txt"))
    for gone in ("£9.0bn in 2022-23", "25,865 | 63,550", "5%) increase in the settlement", "3.2% real terms"):
        assert not any(s.startswith(gone) for s in fiscal), gone
    cabinet = _shown(processed("Cabinet Report 4 March 2025.txt"))
    for gone in ("52,795.4 | 50,978.6", "75,734.8 | 77,308.9", "£313.3k) increase", "£1,048.9k, to a total", "£42.7k. One"):
        assert not any(s.startswith(gone) for s in cabinet), gone
    for kept in ("50,978.6 | |", "77,308.9 | 1,574.1", "81,469.5 | 4,685.8", "£5,728.2k, of which"):
        assert any(s.startswith(kept) for s in cabinet), kept


def test_denominators_totals_over_years_and_one_items_cost_are_no_points(kent_performance):
    """The reviews due in brackets after a share of them ("87% of those due (77,061)") are the denominator, not the
    reviews done (67,008 stays); the section 25 statement's use of reserves "over the medium term" is a total over
    three years and "£23.5m of increased income" a part of the savings package (the £72.6m of savings stays); a
    parish's "cost of around £2,000" for one repair and its "February expenditure" are one item's and one month's
    money; "3% of this will go to Adult Social Care" is a part."""
    qpr = _shown(kent_performance)
    assert not any(s.startswith("77,061") for s in qpr)
    assert any(s.startswith("67,008 mandated") for s in qpr)
    s25 = _shown(processed("section 25 statement - FINAL.txt"))
    for gone in ("£32.3m over the medium", "£24.6m over the medium", "£23.5m of increased income", "£4.7m for the additional"):
        assert not any(s.startswith(gone) for s in s25), gone
    assert any(s.startswith("£72.6m of savings") for s in s25)
    northwold = _shown(processed("Northwold Parish Council minutes 2017-03-07.txt"))
    assert not any(s.startswith("£2,000") or s.startswith("3% of this") for s in northwold)
    dereham = _shown(processed("West Dereham Parish Council minutes 2020-03-05.txt"))
    assert not any(s.startswith("£1395.57") for s in dereham)


def test_a_budget_books_figure_before_its_row_label_is_a_table_cell():
    """Kent's budget amendments print a row's figure, then its label, between rows of figures ("6,065.8 Government &
    Legislative"): a cell, so no point."""
    shown = _shown(processed("Budget Amendments 13th-Feb-2025 09.30 County Council.pdf"))
    assert not any(s.startswith("6,065.8 Government") for s in shown)


def test_running_totals_since_a_year_and_savings_over_the_next_years_are_no_points():
    """Kent's cabinet committee minutes give a quarter's empty homes brought back into use (119, stays) and the
    programme's running "total since 2005 to 8,501" (another period's count); the family hubs record of decision's
    "£108.8m (2024-25 published Medium Term Financial Plan) of transformation and efficiency savings over the next two
    years" is a total over two years, not one year's savings."""
    minutes = _shown(processed("Minutes of the meeting held on 9th January 2025.txt"))
    assert any(s.startswith("119 long-term empty") for s in minutes)
    assert not any(s.startswith("8,501") for s in minutes)
    decision = _shown(processed("Appendix 4 - 24-00093 Record of Decision.txt"))
    assert not any(s.startswith("£108.8m") for s in decision)


def test_a_reduction_by_an_amount_and_a_tickets_price_are_no_points():
    """Stoke Ferry's minutes "reduce the precept by £1000 to be £16,249": the £1000 is the size of the change (the
    precept decided, £16,249, stays); the call-in submission's "based on a £4 ticket price" is one item's price, not
    the authority's budget."""
    stoke = _shown(processed("Stoke Ferry Parish Council minutes 2018-01-03.txt"))
    assert not any(s.startswith("£1000 to be") for s in stoke)
    # the precept stays a point: one of its two copies (the first since claims round 31 reads it as council tax)
    assert any(s.startswith("£16,249") for s in stoke)
    callin = _shown(processed("Appendix 2 - Call-in submission 24-00093 Seashells and Millmead.txt"))
    assert not any(s.startswith("£4 ticket") for s in callin)


def test_bids_for_resources_an_hra_amount_and_a_plus_amount_are_no_points():
    """Redditch's "Housing Revenue Account bids for capital resources ... be approved as follows:" then rows by year
    ("2012/13 £6,020,000"): bids, money added to one account for some items, not the authority's budget, though the
    rows after the first are far from the lead-in; Stevenage's "£184,749 (saving) for the General Fund and £13,951 HRA":
    the HRA's savings are a ring-fenced account's (the General Fund's stay); Kent's "totalling £140m by 2027-28 (plus
    £2m of project costs)": the £2m adds to another figure."""
    redditch = _shown(processed("Redditch Borough Council - Executive 2010-01-27.txt"))
    for gone in ("£63,000", "£49,000", "£187,000", "£600,000", "£730,000", "£6,020,000"):
        assert not any(s.startswith(gone) for s in redditch), gone
    stevenage = _shown(processed("Stevenage Borough Council - Cabinet 2024-11-13.txt"))
    assert any(s.startswith("£184,749 (saving)") for s in stevenage)
    assert not any(s.startswith("£13,951 HRA") for s in stevenage)
    q3 = _shown(processed("24-00108 - Finance Monitoring Report - Q3 - November 2024-25.pdf"))
    assert not any(s.startswith("£2m of project") for s in q3)


@pytest.fixture(scope="module")
def draft_budget() -> Extraction:
    return processed("Draft Revenue Budget 2025-26 and 2025-28 MTFP and Draft Capital Programme 2025-35.txt")


def _as_of(ex: Extraction, starts: str) -> set[tuple[str, str | None]]:
    """(indicator, as-of) of the points whose figure's text starts with `starts`."""
    text = ex.document.text
    return {(p["indicator"], p["as_of"]) for p in _points(ex)
            if re.sub(r"\s+", " ", text[p["start"] : p["end"] + 40]).startswith(starts)}


def test_a_tables_earlier_year_column_keeps_its_own_year(draft_budget):
    """Kent's draft budget, Table 3.1 "| Table 3.1 | 2025-26 Provisional | | 2024-25 Final | |" over Kent and England
    columns: the 2024-25 column's figures are of 2024-25, not of the 2025-26 the table is dated by (compare audit round
    11); the 2025-26 column keeps its year. Core spending power is no budget, and a grant of 0.0 ("KCC does not
    receive any of the Recovery Grant") no grant received."""
    assert _as_of(draft_budget, "117.0 | 5,044.0") == {("grant_funding", "2024-25")}
    assert _as_of(draft_budget, "137.1 | 5,924.0") == {("grant_funding", "2025-26")}
    assert _as_of(draft_budget, "935.7 | 36,153.5") == {("council_tax_requirement", "2024-25")}
    assert _as_of(draft_budget, "470.5 | 28,828.6") == {("grant_funding", "2024-25")}
    assert _as_of(draft_budget, "500.5 | 30,453.7") == {("grant_funding", "2025-26")}
    shown = _shown(draft_budget)
    for gone in ("1,494.4 | 68,765.5", "1,406.1 | 64,982.1", "0.0 | 600.0"):
        assert not any(s.startswith(gone) for s in shown), gone


def test_spending_growth_changes_and_contributions_are_no_points_of_the_budget_or_reserves(draft_budget):
    """Kent's draft budget: "£149.6m of core funded spending growth", "£195.6m (13.7% of 2024-25 approved budget) of
    forecast spending growth" and the parts in the bracket after it ("£46.0m externally funded, both including £0.8m
    internal base adjustment") are sizes of a change, and so is a "| Total Net growth | +£59.0m |" row; "net +£12.1m
    changes in contributions to and drawdowns from reserves" is a change, "£42.4m additional contributions to reserves"
    an increment and "£14.6m local authority contribution to DSG deficit" a transfer, not the deficit. The reserves'
    level at the end of 2023-24 stays."""
    shown = _shown(draft_budget)
    for gone in ("£149.6m of core", "£195.6m (13.7%", "£46.0m externally", "£0.8m internal", "£59.0m | +£58.2m",
                 "£58.2m | +£0.7m", "£12.1m changes", "£42.4m additional", "£14.6m local authority"):
        assert not any(s.startswith(gone) for s in shown), gone
    assert any(s.startswith("£357.6m (30.3%") for s in shown)


def test_other_councils_averages_limits_precept_parts_and_one_items_cost_are_no_points(draft_budget):
    """Kent's draft budget: "the average of 6.54% for social care authorities" is other councils' figure; "up to 5%
    referendum level" the limit (named after the figure); what the adult social care precept raises ("now raising
    approx. £156m") a part of the council tax requirement, as are the amounts of a sentence opening "Of this"; "the
    £1.5bn proposed net budget" no grant. Redditch's "Cleaning and maintenance of flooring ... - estimated cost £6,000"
    is one item's cost, not the authority's budget."""
    shown = _shown(draft_budget)
    for gone in ("6.54% for social", "5% referendum level", "£156m in 2025-26", "£20.6m is from", "£20.1m from the",
                 "£1.5bn proposed"):
        assert not any(s.startswith(gone) for s in shown), gone
    redditch = _shown(processed("Redditch Borough Council - Executive 2010-01-27.txt"))
    assert not any(s.startswith("£6,000.") for s in redditch)


def test_compare_shows_the_council_tax_requirement_set_for_the_coming_year():
    """A council tax set in February for the year starting in April is the latest value of its series (`set_ahead`),
    not a plan to pass over for an older figure: Kent's compare shows the £994,287,655 requirement for 2025-26 decided
    at the 13 February 2025 council, not the covering report's copy the claims layer dates 2024-25."""
    from miner.series import compare

    papers = [processed(name) for name in (
        "Council Covering Report 2025-26 Budget - FINAL.txt", "Printed minutes 13th-Feb-2025 09.30 County Council.txt")]
    [row] = compare(build_series(papers), "council_tax_requirement")
    assert (row["as_of"], row["value"]) == ("2025-26", 994287655.0)


def test_scenarios_bank_balances_payments_and_one_items_costs_are_no_points():
    """What `miner compare` showed across the corpus that no researcher would compare (round 11's whole-corpus check):
    Kent's treasury report's "| One-year revenue impact of a 1% rise in interest rates | £3.1m |" as its budget (a
    scenario); Stoke Ferry's "Community Account £1,504.10" as savings (a bank balance), "a donation of £1,300" and "the
    annual cost of £30/year" as its budget (one payment, one item's cost); Northwold's payments list "Treeworks 1400.00
    2120 BT Plc Telephone Box Adoption 1.00" as children adopted (amounts, not counts of children)."""
    mid_year = _shown(processed("Council Report Mid Year 24-25.txt"))
    assert not any(s.startswith("£3.1m | £10m") for s in mid_year)
    stoke_2014 = _shown(processed("Stoke Ferry Parish Council minutes 2014-12-10.txt"))
    for gone in ("£1,504.10", "£1,300 for the"):
        assert not any(s.startswith(gone) for s in stoke_2014), gone
    stoke_2020 = _shown(processed("Stoke Ferry Parish Council minutes 2020-01-08.txt"))
    assert not any(s.startswith("£30/year") for s in stoke_2020)
    assert any(s.startswith("£4,028 for NP") for s in stoke_2020)  # the grant's first tranche stays
    northwold = _shown(processed("Northwold Parish Council minutes 2017-07-04.txt"))
    for gone in ("1400.00 2120", "1.00 £2,605"):
        assert not any(s.startswith(gone) for s in northwold), gone


def test_a_drawdown_use_or_transfer_is_no_point_of_the_reserves_balance(draft_budget):
    """`reserves` is a balance at a date (the lead's decision of compare round 12): a movement named in the figure's own
    clause is no point of it. Kent's "£23.3m drawdown to fund forecast 2024-25 overspend", "the £9.1m budgeted
    drawdown", "a further £15.1m from reserves", the section 25 statement's "use of reserves of +£12.6m in 2025-26" and
    the resilience assessment's "£0.047bn draw down from general reserves" go; the usable reserves' levels stay
    ("£0.224bn at end of 2018-19", "reserves at the end of 2023-24 were £357.6m")."""
    q3 = _shown(processed("24-00108 - Finance Monitoring Report - Q3 - November 2024-25.pdf"))
    for gone in ("£23.3m drawdown", "£9.1m budgeted drawdown", "£15.1m from reserves"):
        assert not any(s.startswith(gone) for s in q3), gone
    s25 = _shown(processed("section 25 statement - FINAL.txt"))
    assert not any(s.startswith("£12.6m in 2025-26") for s in s25)
    resilience = _shown(processed("Appendix H - Assessment of FInancial Resilience.txt"))
    assert not any(s.startswith("£0.047bn draw down") for s in resilience)
    for kept in ("£0.224bn at end", "£0.398bn (of which", "£0.358bn (£0.043bn"):
        assert any(s.startswith(kept) for s in resilience), kept
    assert any(s.startswith("£357.6m (30.3%") for s in _shown(draft_budget))


def test_a_figure_the_paper_names_a_target_is_no_point_of_the_value_series():
    """A target is not a value the authority reached (the lead's decision of compare round 13): Kent's Q3 monitoring
    says "A further £17.4m of undelivered savings from the previous year are included in the 2024-25 Savings Target,
    increasing the total requirement to £99.3m"; what the paper calls the figure is the Savings Target, so it is no
    point of `savings`. Targets named before a value reached ("the ... target for Quarter 2, 2024/25 has been met
    with a total of 10,323 tonnes", "remained above target. In Q2 there had been a total of 119") bind no figure:
    those values stay."""
    from miner.series_filters import _named_target

    ex = processed("24-00108 - Finance Monitoring Report - Q3 - November 2024-25.pdf")
    text = ex.document.text
    target = next(c for c in ex.claims if c.text == "£99.3m")
    assert _named_target(target, text)
    assert not any(s.startswith("£99.3m") for s in _shown(ex))
    assert any(s.startswith("£81.9m") for s in _shown(ex))  # the budget's savings requirement stays
    performance = _shown(processed("QPR Q3 Cabinet appendix 1.pdf"))
    assert any(s.startswith("10,323 tonnes") for s in performance)
    minutes = _shown(processed("Minutes of the meeting held on 9th January 2025.txt"))
    assert any(s.startswith("119 long-term") for s in minutes)
