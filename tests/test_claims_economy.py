"""Claims in a budget's economic and fiscal context and a pay policy statement: national forecasts as shares of GDP,
a rates table split into blocks by sub-heading rows, and a pay scale of grade codes (written for these tests, in the
form of a county council's 2025-26 budget appendices)."""

from test_claims import _extract_text, claims_nlp, run  # noqa: F401  (claims_nlp is a fixture)


def test_a_pay_scale_under_its_caption_is_pay_rates_by_grade_code(tmp_path):
    claims = _extract_text(tmp_path, (
        "2025/26 Kent Scheme pay scale\n\n"
        "| Grade | Entry | Middle 1 | Top |\n"
        "| KS R | £217,528 | £227,370 | £247,055 |\n"
        "| KS B | £25,126 |\n"))
    by = {c.text: c for c in claims}
    assert [by[t].indicator for t in ("£217,528", "£247,055", "£25,126")] == ["pay_rate"] * 3


def test_rows_under_a_sub_heading_row_take_its_measure_and_the_column_periods(tmp_path):
    claims = _extract_text(tmp_path, (
        "Table 2 shows the changes in national rates since 2023-24.\n\n"
        "| Table 2 Employer's National Insurance and National Living/Minimum Wage | 2023-24 | 2024-25 | 2025-26 |\n"
        "| Employer's National Insurance | | | |\n"
        "| Rate | 13.8% | 13.8% | 15.0% |\n"
        "| National Living/Minimum Wage | | | |\n"
        "| Aged 21 and over | £10.42 | £11.44 | £12.21 |\n"
        "| Aged 18 to 20 | £7.49 | £8.60 | £10.00 |\n"))
    by = {c.text: c for c in claims}
    assert [(by[t].indicator, by[t].as_of) for t in ("£10.42", "£12.21", "£10.00")] == [
        ("pay_rate", "2023-24"), ("pay_rate", "2025-26"), ("pay_rate", "2025-26")]
    assert (by["15.0%"].indicator, by["15.0%"].as_of) == (None, "2025-26")


def test_a_forecast_path_is_as_of_the_year_it_reaches_by(claims_nlp):
    (debt,) = run(claims_nlp, "Total public spending is forecast to remain static in 2024-25 before reducing gradually "
                              "each year thereafter to 44.5% by 2029-30.")
    assert debt.as_of == "2029-30"
    (receipts,) = run(claims_nlp, "Public sector receipts are forecast to continue to rise, reaching 42.4% by 2029-30.")
    assert receipts.as_of == "2029-30"
    (target,) = run(claims_nlp, "We will reduce the number of children in care to 1,200 by March 2027.")
    assert target.as_of != "2027-03"  # a plan's deadline, not a level reached


def test_a_date_before_a_later_level_belongs_to_the_level_it_follows(claims_nlp):
    claims = run(claims_nlp, "Taxes are forecast to rise to 38.3% in 2027-28 before stabilising at 38.2% thereafter.")
    assert [(c.value, c.as_of) for c in claims] == [(38.3, "2027-28"), (38.2, None)]


def test_national_borrowing_and_spending_stated_with_gdp_are_no_council_money(claims_nlp):
    claims = run(claims_nlp, "Public sector net borrowing is forecast to rise to £127.5bn (4.5% of GDP) in 2024-25.")
    assert [c.indicator for c in claims] == [None, None]
    (own,) = run(claims_nlp, "The council's external borrowing stood at £812m at 31 March 2024.")
    assert own.indicator == "borrowing"


def test_the_local_government_finance_settlement_is_grant_funding(claims_nlp):
    (settlement,) = run(claims_nlp, "The spending plans included a £1.3bn increase in the settlement from central government.")
    assert settlement.indicator == "grant_funding"


def test_spans_of_years_date_a_programme_and_a_total(claims_nlp):
    (programme,) = run(claims_nlp, "The 10-year Capital programme and investment proposals of £1,419m over the years from "
                                   "2025-26 to 2034-35 together with the necessary funding.")
    assert (programme.as_of, programme.indicator) == ("2025-35", "capital_budget")
    (total,) = run(claims_nlp, "The council made savings between April 2016 to March 2018 of approx. £0.2bn.")
    assert total.as_of == "2016-18"
    (one,) = run(claims_nlp, "Between April 2016 and March 2017, the board delivered 44 training sessions.")
    assert one.as_of == "2017-03"  # one year is as at its last month
    plan = run(claims_nlp, "The increase averages approx. £70bn per year (a little over 2% of GDP) over the period "
                           "2025-26 to 2029-30 compared to previous plans.")
    assert [c.as_of for c in plan] == ["2025-30", "2025-30"]  # the figure, and its share restated in brackets


def test_the_end_of_a_year_is_its_december(claims_nlp):
    (rate,) = run(claims_nlp, "Markets expect interest rates to fall to 4.5% by the end of 2024.")
    assert rate.as_of == "2024-12"


def test_change_pairs_across_a_restating_bracket_a_current_level_and_a_forecast(claims_nlp):
    claims = run(claims_nlp, "Public sector net borrowing is forecast to rise from £121.9bn (4.5% of GDP) last year to "
                             "£127.5bn this year.")
    by = {c.text: c for c in claims}
    assert "£121.9bn" not in by and by["£127.5bn"].from_value == 121.9e9
    claims = run(claims_nlp, "From its current level of 5%, Bank Rate is expected to fall to 3.5% in the final year.")
    assert [(c.value, c.from_value) for c in claims] == [(3.5, 5)]
    claims = run(claims_nlp, "Taxes equated to 36.0% of GDP in 2023-24 and are forecast to rise to 38.3% of GDP in 2027-28.")
    assert [(c.value, c.from_value, c.as_of) for c in claims] == [(38.3, 36.0, "2027-28")]


def test_national_investment_with_gdp_is_no_grant_and_awarded_percentages_are_pay(claims_nlp):
    claims = run(claims_nlp, "The Budget adds capital investment of £22bn a year (0.7% of GDP) over the forecast.")
    assert claims[0].text == "£22bn" and claims[0].indicator is None
    claims = run(claims_nlp, "The agreed percentages awarded for each performance rating were 2.7% for a Successful rating "
                             "and 3.8% for Excellent rating.")
    assert [c.indicator for c in claims] == ["pay_rate", "pay_rate"]


def test_a_change_word_after_a_bracket_or_real_terms_gives_the_direction(claims_nlp):
    claims = run(claims_nlp, "The settlement included a £1.3bn (5%) increase, an overall 3.2% real terms increase in "
                             "spending power.")
    assert [(c.text, c.direction) for c in claims] == [("£1.3bn", "up"), ("5%", "up"), ("3.2%", "up")]


def test_a_forecast_opening_by_its_year_is_as_of_it(claims_nlp):
    (tax,) = run(claims_nlp, "By 2029-30 tax revenue would equate to an historic high of 38% of GDP.")
    assert tax.as_of == "2029-30"
