"""Claims in budget-book appendices and strategy action plans: "|" tables under captions naming money in
£millions, logframe rows stating targets, staff survey KPIs with their change in points (invented sentences in the
shape of Kent's 2025-26 capital strategy, financial resilience assessment and ICS priorities appendix)."""

import pytest

from miner.model import TextUnit
from miner.nlp.dates import find_dates
from miner.nlp.numbers import find_quantities


@pytest.fixture(scope="module")
def claims_nlp():
    from miner.nlp.pipeline import load_pipeline

    return load_pipeline(("miner_claims", "miner_inspections"))


def run_units(nlp, units: list[str], start: int = 1000) -> dict:
    """Claims of adjacent units of one paper, fed in order (a caption, then its table)."""
    out, pos = {}, start
    for text in units:
        doc = nlp.make_doc(text)
        doc._.miner_unit = TextUnit("d", f"s{pos}", "x", "paragraph", "other", None, pos, text)
        for span in nlp(doc).spans["miner_claims"]:
            out[span._.miner_record.text] = span._.miner_record
        pos += len(text) + 2
    return out


CAPTION = "Table 2: Capital financing in £millions"
TABLE = ("| | 2023-24 actual | 2024-25 forecast | 2025-26 budget |\n"
         "| External sources* | 172.5 | 283.7 | 208.1 |\n"
         "| Own resources | 29.8 | 23.6 | 29.9 |\n"
         "| TOTAL | 237.3 | 347.7 | 283.1 |")


def test_piped_table_under_a_millions_caption_is_money_of_the_captions_measure(claims_nlp):
    claims = run_units(claims_nlp, [CAPTION, TABLE])
    own = claims["23.6"]
    assert (own.unit, own.value, own.as_of) == ("GBP", 23600000.0, "2024-25")
    assert own.indicator == "capital_budget"  # a money row is part of the caption's money, not a breakdown of none
    assert claims["237.3"].value == 237300000.0


def test_piped_table_without_a_money_caption_stays_counts(claims_nlp):
    claims = run_units(claims_nlp, ["Table 2: Capital schemes by district", TABLE])
    assert claims["23.6"].unit == "count"


def test_prior_years_head_is_no_unit_and_share_and_money_labels_give_units(claims_nlp):
    receipts = ("| | Prior Years | 2025-26 budget | 2026-27 budget |\n"
                "| Application of asset sales | 16.7 | 16.1 | 4.4 |")
    claims = run_units(claims_nlp, ["Table 5: Capital receipts to be applied in £millions", receipts])
    assert (claims["16.7"].unit, claims["16.7"].value) == ("GBP", 16700000.0)  # not 16.7 years
    assert claims["16.1"].indicator is None  # capital receipts are no capital budget
    ratios = ("| | 2023/24 actual | 2024/25 forecast |\n"
              "| Total net income from service and commercial investments £m | 8.6 | 4.9 |\n"
              "| Proportion of net revenue stream | 0.65 | 0.34 |")
    claims = run_units(claims_nlp, ["Table 9: Prudential indicator: Net income from investments to net revenue stream",
                                    ratios])
    assert (claims["8.6"].unit, claims["8.6"].value) == ("GBP", 8600000.0)
    assert (claims["0.65"].unit, claims["0.65"].as_of) == ("%", "2023-24")


def test_capital_financing_requirement_and_debt_limits_are_borrowing(claims_nlp):
    table = ("| | 31.3.2024 actual | 31.3.2025 forecast |\n"
             "| Capital Financing Requirement | 1,268.3 | 1,249.0 |\n"
             "| Authorised limit – total external debt | 1,428.6 | 1,440.5 |")
    claims = run_units(claims_nlp, ["Table 6: Prudential Indicator: Gross Debt in £millions", table])
    assert (claims["1,249.0"].indicator, claims["1,249.0"].as_of) == ("borrowing", "2025-03-31")
    assert claims["1,428.6"].indicator == "borrowing"
    text = "The CFR is expected to decrease by £19.3m during 2024-25 to £1.249bn."
    assert run_units(claims_nlp, [text])["£1.249bn"].indicator == "borrowing"
    text = "The Council could maintain treasury investments at the £200m liquidity allowance through the Loans CFR."
    assert run_units(claims_nlp, [text])["£200m"].indicator is None  # treasury cash, not debt


def test_reserve_balance_rows_take_the_captions_reserves(claims_nlp):
    table = ("| | 2022-23 | 2023-24 |\n| | £000s | £000s |\n"
             "| General | -36,918 | -43,030 |\n| Earmarked* | -254,219 | -251,339 |")
    claims = run_units(claims_nlp, ["Table: Usable Revenue Reserves Balances", table])
    assert (claims["43,030"].indicator, claims["43,030"].as_of, claims["43,030"].value) == ("reserves", "2023-24", -43030000.0)


def test_logframe_row_states_its_target_dated_by_its_timescale_cell(claims_nlp):
    table = ("| Objectively Verifiable Indicators | Timescale | Progress |\n"
             "| Pupil absence rates will have fallen from 7.9% in 2021/22 to below 5%. | 2028 | |\n"
             "| Families in B&B over 6 weeks | 7 | |")
    claims = run_units(claims_nlp, [table])
    target = claims["5%"]
    assert (target.from_value, target.to_value, target.direction, target.as_of) == (7.9, 5.0, "down", "2028")
    assert target.indicator == "overall_absence"
    assert "6 weeks" not in claims  # a short row label's band is still no claim


def test_staff_survey_kpis_move_with_their_change_in_points(claims_nlp):
    cell = ("| Build resilience | People Strategy Team | 2027 | KPI 1:% of employees who believe that KCC cares about "
            "the wellbeing of its staff 63.1% (0.0 p.p.) KPI 6: % Voluntary Turnover 10.5% (-2.8 p.p.) KPI 7: % of "
            "employees who are satisfied with the total employment offer 56% (+0.1p.p.) | SO6 |")
    claims = run_units(claims_nlp, [cell])
    assert (claims["10.5%"].direction, claims["2.8 p.p."].unit, claims["2.8 p.p."].direction) == ("down", "pp", "down")
    assert (claims["56%"].direction, claims["0.1p.p."].value, claims["0.1p.p."].direction) == ("up", 0.1, "up")
    assert (claims["63.1%"].direction, claims["0.0 p.p."].direction) == (None, None)


def test_percentage_points_written_with_dots():
    (q,) = [q for q in find_quantities("Voluntary Turnover (-2.8 p.p.)") if q.quantity.unit == "pp"]
    assert q.quantity.value == -2.8


def test_month_with_its_year_written_short_is_a_date_not_a_figure(claims_nlp):
    assert find_dates("baseline data (June '24) 149 referrals")[0][2] == "2024-06"
    assert [iso for *_, iso in find_dates("Tbc provisional Jan 25-October 25 (dependent")] == ["2025-01", "2025-10"]
    assert find_dates("steering group by Sept 24 Key decisions")[0][2] == "2024-09"
    assert find_dates("in March 24 children were placed") == []  # a count of children
    claims = run_units(claims_nlp, ["Revised service models presented to steering group by Sept 24 Key decisions "
                                    "taken by July 2025. Number of people monitored – baseline data (May '24): 719 people"])
    assert "24" not in claims and claims["719"].as_of == "2024-05"


def test_contents_pages_are_page_numbers(claims_nlp):
    claims = run_units(claims_nlp, ["Contents Pages", "| Contents | 2 |\n| Overview of the Strategy | 3 |\n"
                                                      "| Public Health | 7 – 13 |"])
    assert claims == {}


def test_earlier_value_in_brackets_may_name_its_place(claims_nlp):
    text = ("By 2028/29, the percentage of people still at home 91 days after discharge will have increased in Kent to "
            "at least 85% (2021/22: Kent 84.5%)")
    claims = run_units(claims_nlp, [text])
    assert (claims["85%"].from_value, claims["85%"].direction) == (84.5, "up")
    assert "84.5%" not in claims


def test_rating_bands_and_lettered_paragraph_numbers_are_not_claims(claims_nlp):
    text = ("We are now aiming to hold general reserves of between 5% and 10% of the net revenue budget.\n\n"
            "Below 3% considered dangerous\n\n3% to 5% considered too risky\n\n5% to 10% range considered minimal to "
            "acceptable\n\nOver 10% considered comfortable\n\nA.24 The Corporate Director of Finance is responsible for:")
    claims = run_units(claims_nlp, [text])
    assert list(claims) == ["10%"]  # the aim's upper bound only


def test_a_kpi_label_opens_a_new_measure_and_its_cell_keeps_other_cells_dates_out(claims_nlp):
    cell = ("| Build resilience | People Strategy Team | 2027 | KPI 2:Average days lost to staff sickness 8.24 (+0.06 p.p.) "
            "KPI 3:% of employees who rate their engagement with KCC positively 62.3% (-1.3p.p.) | SO6 |")
    claims = run_units(claims_nlp, [cell])
    assert claims["8.24"].indicator == "sickness_absence"
    assert claims["62.3%"].indicator is None  # not the sickness absence of KPI 2
    assert claims["62.3%"].as_of is None  # "2027" is the action's timescale, another cell's date


def test_a_logframe_statement_opening_with_by_is_dated_by_it(claims_nlp):
    table = ("| Objectively Verifiable Indicators | Timescale | Progress |\n"
             "| By 2028, the proportion of children living in relative poverty in Kent and Medway will be reduced from "
             "18% in 2022 to 17%. | | |\n"
             "| Overall Family Hub Budget across all 12 Kent Districts | £7.3m | |")
    claims = run_units(claims_nlp, [table])
    assert (claims["17%"].as_of, claims["17%"].indicator, claims["17%"].from_value) == ("2028", "child_poverty", 18.0)
    assert "12" not in claims  # a long row name is no statement


def test_capital_reserves_are_reserves_and_a_pension_fund_deficit_no_overspend(claims_nlp):
    text = ("The council maintained a relatively stable level of usable revenue reserves of approx. £0.2bn (excluding "
            "schools and capital reserves) with small net movements between years.")
    assert run_units(claims_nlp, [text])["£0.2bn"].indicator == "reserves"
    text = "The Council is committed to making future payments to cover its pension fund deficit (valued at £34.8m)."
    assert run_units(claims_nlp, [text])["£34.8m"].indicator != "overspend"
