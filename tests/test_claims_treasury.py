"""Claims in a treasury management report: piped £m tables with dated, unit-suffixed and movement columns, treasury
indicator tables with limits, and an adviser's economic commentary (written for these tests, in the form of a county
council's mid-year treasury report)."""

from test_claims import _extract_text, claims_nlp, run  # noqa: F401  (claims_nlp is a fixture)

from miner.nlp.dates import find_dates


def test_a_finance_table_head_dates_its_columns_gives_units_and_its_movement_a_direction(tmp_path):
    claims = _extract_text(tmp_path, (
        "6.7 The Council's investments during the 6 months to the end of September are summarised in the table below.\n\n"
        "| | 31-Mar-24 Balance £m | 2024-25 Movement £m | 30-Sep-24 Balance £m | 30-Sep-24 Rate of Return % "
        "| 30-Sep-24 Average Credit Rating |\n"
        "| Call Deposits (Banks) | 13.6 | -7.6 | 6.0 | 4.41 | A+ |\n"
        "| Covered Bonds | 88.2 | 29.6 | 117.9 | 4.54 | AAA |\n"
        "| Total investments | 453.4 | 49.3 | 502.6 | 4.82 | |\n"))
    by = {c.text: c for c in claims}
    assert not {"31", "30", "6 months"} & set(by)  # the head's dates and spans measure nothing
    assert (by["13.6"].value, by["13.6"].unit, by["13.6"].as_of) == (13600000, "GBP", "2024-03-31")
    assert (by["6.0"].as_of, by["4.41"].unit, by["4.41"].as_of) == ("2024-09-30", "%", "2024-09-30")
    assert [by[t].direction for t in ("7.6", "29.6", "117.9")] == ["down", "up", None]
    assert by["7.6"].value == -7600000 and by["7.6"].as_of == "2024-25"
    assert by["453.4"].indicator is None  # the council's investments are no grant funding received


def test_limits_beside_a_dated_actual_take_no_date_and_a_band_label_is_no_claim(tmp_path):
    claims = _extract_text(tmp_path, (
        "11.5 Maturity structure of borrowing: the upper and lower limits on the maturity structure of borrowing will be:\n\n"
        "| | Actual 30/09/2024 | Upper limit | Lower limit |\n"
        "| Under 12 months | 0.01% | 100% | 0% |\n"
        "| 12 months and within 5 years | 5.49% | 50% | 0% |\n\n"
        "11.6 The limits on the long-term principal sum invested to final maturities beyond the period end will be:\n\n"
        "| Price risk indicator | 2024/25 | 2025/26 | No Fixed |\n"
        "| Limit on principal invested beyond year end | £150m | £100m | £250m |\n"
        "| Actual as at 30 September 2024 | £70.7m | £49.8m | £195.1m |\n\n"
        "| Interest rate risk indicator | Actual 30/09/2024 | Upper Limit |\n"
        "| One-year revenue impact of a 1% fall in interest rates | -£3.1m | -£10m |\n"))
    texts = [c.text for c in claims]
    assert "12 months" not in texts and "5 years" not in texts
    by = {c.text: c for c in claims}
    assert (by["5.49%"].as_of, by["50%"].as_of) == ("2024-09-30", None)
    assert [by[t].as_of for t in ("£150m", "£250m", "£70.7m", "£49.8m")] == ["2024-25", None, "2024-09-30", "2024-09-30"]
    assert by["£3.1m"].value == -3100000  # the minus sign after a table's "|"


def test_an_economic_commentary_reads_basis_points_signed_pairs_and_worded_quarters(claims_nlp):
    (cut,) = run(claims_nlp, "The Bank initiated its loosening cycle in August with a 25bps rate cut.")
    assert (cut.value, cut.unit) == (0.25, "pp")
    (air,) = run(claims_nlp, "There was a large rise in airfares inflation from -10.4% in July to +11.9% in August.")
    assert (air.value, air.from_value, air.direction) == (11.9, -10.4, "up")
    (services,) = run(claims_nlp, "Services inflation rose from a two-year low of 5.2% in July to 5.6%.")
    assert (services.value, services.from_value) == (5.6, 5.2)
    (peak,) = run(claims_nlp, "The FTSE 100 reached a peak of 8,380 in the third quarter of 2024.")
    assert (peak.value, peak.as_of) == (8380, "2024-09")
    (jump,) = run(claims_nlp, "The 1.0% m/m jump in retail sales in August was stronger than expected.")
    assert jump.direction == "up"
    vacancies = run(claims_nlp, "The number of job vacancies fell from 872,000 in the three months to July to 857,000.")
    assert [c.indicator for c in vacancies] == [None]  # no social worker vacancies


def test_footnote_marks_standards_and_lists_of_sections_are_no_claims(claims_nlp):
    (power,) = run(claims_nlp, "This is more than the forecast increase in core spending power of 6.3%1.\n\nTo safeguard.")
    assert (power.text, power.value) == ("6.3%", 6.3)
    assert run(claims_nlp, "The balanced budget requirement (sections 32, 43 and 93 of the Local Government Finance Act "
                           "1992) applies.") == []
    assert run(claims_nlp, "The provision is known as the IFRS 9 statutory override.") == []
    assert [c.text for c in run(claims_nlp, "In the second half of 2025 rates may reach 3.0%.")] == ["3.0%"]


def test_a_span_of_financial_years_dates_a_medium_term_total(claims_nlp):
    (total,) = run(claims_nlp, "The use of reserves has a net impact of +£32.3m over the medium term 2025-26 to 2027-28.")
    assert (total.value, total.as_of, total.indicator) == (32300000, "2025-28", "reserves")


def test_a_day_month_and_short_year_is_a_date():
    assert find_dates("31-Mar-24 Balance £m") == [(0, 9, "2024-03-31")]
    assert find_dates("aged 16-24") == []


def test_money_allocated_to_others_is_no_grant_and_net_borrowing_is_borrowing(claims_nlp):
    (given,) = run(claims_nlp, "During 2024, the programme allocated £46,100.00 to veteran homes via the fund.")
    assert given.indicator != "grant_funding"
    (net,) = run(claims_nlp, "Net borrowing stood at £244.1m.")
    assert net.indicator == "borrowing"


def test_a_change_word_after_the_figure_and_a_mid_year_date(claims_nlp):
    (bonds,) = run(claims_nlp, "A £29.6m net increase in covered bonds brought the portfolio up.")
    assert bonds.direction == "up"
    assert find_dates("to fall back to around 2.0% by mid-2025") == [(31, 39, "2025")]
