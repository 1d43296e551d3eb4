"""Claims in small councils' minutes (payments lists, cheque numbers, attendance, minute numbers, addresses) and in a
treasury investments schedule (written for these tests, in the form of Norfolk parish council minutes and a county
council's half-year investments appendix)."""

from test_claims import _extract_text, claims_nlp, run  # noqa: F401  (claims_nlp is a fixture)

from miner.nlp.dates import find_dates
from miner.nlp.numbers import find_quantities


def test_a_run_on_payments_list_dates_each_amount_by_its_own_row_and_drops_cheque_numbers(tmp_path):
    claims = _extract_text(tmp_path, (
        "22.2 The following cheques were approved at the meeting. Unpresented payments/cheques for approval 7.3.17 "
        "Cheque Payee Description Amount 2080 EON Streetlighting Jan17 £78.80 2081 J A Taylor Annual Leave Entitlement "
        "£40.00 2082 Westcotec Feb 17 Streetlighting maintenance £19.10 2083 N. Cooper Ink £30.50 Stamps £6.60 "
        "February Hours £297.64 2084 Akers Tree Services Repair to storm damaged tree £300.00\n"))
    by = {c.text: c for c in claims}
    assert not {"2080", "2081", "2082", "2083", "2084"} & set(by)  # cheque numbers
    assert [by[t].as_of for t in ("£78.80", "£40.00", "£19.10", "£300.00")] == ["2017-01", None, "2017-02", None]
    assert "£6.60" in by and "£297.64" in by  # pence before a month are no day of it ("6.60 February")


def test_payment_rows_after_their_introduction_take_its_month_unless_they_print_their_own(tmp_path):
    claims = _extract_text(tmp_path, (
        "7.1.2 Cheque Payments for Approval for February 2020 – The Clerk displayed the pending payments. The Clerk noted "
        "the following payments that were due.\n\n"
        "Payee Cheque No Net VAT Gross Remarks\n\n"
        "Village Hall 101141 £152.75 £0.00 £152.75 Hire of Hall\n\n"
        "Borough Council 101145 £307.84 £61.57 £369.41 Annual Dog Bin Collection 2019/20\n\n"
        "7.1.3 The Chair asked Councillors present if they were content with the payments.\n"))
    by = {c.text: c for c in claims}
    assert "101141" not in by and "101145" not in by
    assert (by["£152.75"].as_of, by["£0.00"].as_of) == ("2020-02", "2020-02")
    assert by["£369.41"].as_of == "2019-20"


def test_a_payees_initial_after_an_amount_is_no_scale():
    assert [q.quantity.normalised for q in find_quantities("Clerk's salary £118.44 K & M Lighting £35.04")] == [118.44, 35.04]
    assert [q.quantity.normalised for q in find_quantities("E.on £337.13 M Peake (signs) £24.00")] == [337.13, 24.0]
    assert [q.quantity.normalised for q in find_quantities("a cost of £4.1 m in total")] == [4100000.0]


def test_balances_after_a_short_as_at_line_are_as_at_its_date(claims_nlp):
    claims = run(claims_nlp, "Finance – @ 30th April 2019: Community Account £8319.07 Business Premium Account £3460.74")
    assert [(c.value, c.as_of) for c in claims] == [(8319.07, "2019-04-30"), (3460.74, "2019-04-30")]


def test_attendance_minute_numbers_labels_and_addresses_are_no_claims(claims_nlp):
    assert run(claims_nlp, "There was 1 member of the public.") == []
    assert run(claims_nlp, "Members of the Public: 8") == []
    assert run(claims_nlp, "PRESENT (Six Councillors):- Tom Foy, Keith Gore and 6 members of the public.") == []
    assert run(claims_nlp, "It was noted that Northwold footpath 6 is still blocked.") == []
    assert run(claims_nlp, "A change was proposed to the wording of bullet 4 of the procedure.") == []
    assert run(claims_nlp, "Variation of condition 2 of planning permission was permitted.") == []
    assert run(claims_nlp, "Fell Bay Tree at Flint House, 65 West End, Northwold: no objections.") == []
    assert run(claims_nlp, "Erection of single storey extension. 22 Methwold Road, Northwold.") == []
    assert run(claims_nlp, "8.1/ 8.2/ 8.3 The Terms of Reference were discussed and agreed.") == []
    assert [c.value for c in run(claims_nlp, "The payment of £566.88 will be retained (see 7.1) until works end.")] == [566.88]
    assert [c.value for c in run(claims_nlp, "The park holds 3 Green Flag awards.")] == [3]  # no street name


def test_an_investments_schedule_under_an_appendix_label_is_as_at_its_title_date(tmp_path):
    claims = _extract_text(tmp_path, (
        "Appendix 1\n\nInvestments as at 30 September 2024\n\n1. Internally Managed Investments\n\n"
        "| Instrument Type | Counterparty | Principal Amount £ | Interest Rate | End |\n"
        "| Treasury Bills | UK Government | 4,874,310 | 5.2000% | 25/11/24 |\n"
        "| Money Market Funds | Aviva Investors GBP Liquidity Class 3 | 19,994,995 | 5.0132% | |\n"
        "| Floating Rate Covered Bond | National Australia Bank - Bonds | 10,070,240 | 4.1073% | 15/12/25 |\n"
        "| Total | | 34,939,545 | | |\n"))
    by = {c.text: c for c in claims}
    assert "5.2000%" in by  # a rate to four places is no year 2000
    assert [(by[t].unit, by[t].as_of) for t in ("19,994,995", "10,070,240", "34,939,545")] == [("GBP", "2024-09-30")] * 3
    assert by["4.1073%"].as_of == "2024-09-30" and by["4.1073%"].comparator is None  # a bond's maturity; no benchmark


def test_a_month_glued_to_its_short_year_is_a_date_and_a_rates_decimals_are_no_year():
    assert [iso for _s, _e, iso in find_dates("EON Streetlighting Jan17 £78.80, Travel for Feb20")] == ["2017-01", "2020-02"]
    assert find_dates("an interest rate of 5.2000% and 5.2020%") == []


def test_payment_rows_take_no_money_indicator_and_income_from_a_source_is_income(tmp_path):
    claims = _extract_text(tmp_path, (
        "7.1.1 Cash Flow – The Clerk noted income of £20.00 received from an allotment rent.\n\n"
        "7.1.2 Cheque Payments for Approval for February 2020 – The Clerk noted the following payments that were due.\n\n"
        "HMRC PAYE/NI 101144 £0.40 £0.00 £0.40 Staff Tax Costs - Feb 20\n\n"
        "Allotment Holder 100005 £75.00 £0.00 £75.00 Return of Allotment Deposit\n"))
    by = {c.text: c for c in claims}
    assert by["£20.00"].indicator == "income"
    assert [c.indicator for c in claims if c.text != "£20.00"] == [None] * 6  # transactions, not "Costs" as budget


def test_a_sessions_length_a_speed_limit_and_a_conditions_number_are_no_claims(claims_nlp):
    assert run(claims_nlp, "The Clerk attended a 3-hour Data Protection training course.") == []
    assert run(claims_nlp, "The speed limit will be reduced from 60 to 30 mph at the junction.") == []
    assert run(claims_nlp, "If 10 or more Parishioners wished to call an election they must write to the Borough.") == []


def test_bank_balances_under_a_short_balance_line_are_as_at_its_day(tmp_path):
    claims = _extract_text(tmp_path, (
        "10.4 Summary of Expenditure\n\nBalance as per cash book at 11/11/14\n\nBusiness Saver £10,100.13\n\n"
        "Community Account £2,092.82\n\nThe Accounts were accepted.\n\n10.5 The CGM payment of £566.88 will be retained.\n"))
    assert [(c.value, c.as_of) for c in claims] == [(10100.13, "2014-11-11"), (2092.82, "2014-11-11"), (566.88, None)]
