"""Claims round 40, precision on the tuned papers, read through the real pipeline: a paragraph's numeral run into the
text, a numeral before a year opening a list line, an accounting standard's number, "Office 365", a date with a two-digit
year or before "meeting", a threshold of payments, the same line drawn in brackets for another group, questions put to
a meeting, a review's date, what each step of borrowing costs and "a 1% rise or fall" are no claims; the bracketed
older figures of "an increase from 2023 (231 ... and 38 ...)" and "a 3.6% increase on the pre-pandemic level of 36.9%"
pair with the figures before; "50 Family Hub sites" and "1,016 formal questionnaires were returned" take their
indicators; rows of Net, VAT and Gross run on in one sentence are dated by their own month ("PAYE Apr 2017")."""


import pytest
from conftest import CORPUS, claim_found as _at, no_claim_at, paper_claims

KENT = CORPUS / "kent"
WEB = CORPUS / "web"
PARISH = CORPUS / "parish"
PDF = CORPUS / "pdf"


@pytest.fixture(scope="module")
def minerals_report():
    return paper_claims(KENT / "Adoption of the Kent Minerals and Waste Local Plan 2024-2039.txt")


@pytest.fixture(scope="module")
def capital_strategy():
    return paper_claims(KENT / "Appendix N - Capital Strategy.txt")


@pytest.fixture(scope="module")
def family_hub_decision():
    return paper_claims(KENT / "Appendix 3 - 24-00093 Decision Report.txt")


@pytest.fixture(scope="module")
def qpr_appendix():
    return paper_claims(PDF / "QPR Q3 Cabinet appendix 1.pdf")


def test_a_numeral_run_into_the_text_is_no_claim(minerals_report):
    assert no_claim_at(minerals_report, "28 November 2024. 25. Representations", "25")
    # the count in the next sentence stays
    assert _at(minerals_report, "Representations were received from 25 parties", "25").value == 25


def test_an_accounting_standards_number_is_no_claim(capital_strategy):
    assert no_claim_at(capital_strategy, "Standard (IFRS)16 the CFR", "16")
    assert _at(capital_strategy, "increase by approximately £56m", "£56m").value == 56_000_000


def test_the_same_line_in_brackets_for_another_group_is_no_claim(capital_strategy):
    assert no_claim_at(capital_strategy, "de-minimis of £10k (£2k in schools)", "£2k")
    assert no_claim_at(capital_strategy, "de-minimis of £10k (£2k in schools)", "£10k")


def test_a_numeral_before_a_year_opening_a_list_line_is_no_claim():
    cabinet = paper_claims(KENT / "Cabinet Report 4 March 2025.txt")
    assert no_claim_at(cabinet, "2 2025-26 Budget approved by County Council", "2")
    east_herts = paper_claims(WEB / "East Hertfordshire District Council - Executive 2015-09-01.txt")
    assert no_claim_at(east_herts, "241 2014/15 Corporate Annual Report", "241")


def test_payments_over_a_threshold_draw_a_line():
    west_dereham = paper_claims(PARISH / "West Dereham Parish Council minutes 2018-06-29.txt")
    assert no_claim_at(west_dereham, "payments over £100 detailed", "£100")


def test_a_date_with_a_two_digit_year_is_no_claim():
    claxby = paper_claims(WEB / "Claxby Parish Council - Council Meeting 2020-11-03.txt")
    assert no_claim_at(claxby, "as at 20th Oct 20 £23,578.38", "20 £")
    # the balance after it stays an amount
    assert _at(claxby, "as at 20th Oct 20 £23,578.38", "£23,578.38").value == 23578.38


def test_a_month_and_number_before_meeting_is_a_date():
    minsterley = paper_claims(WEB / "Minsterley Parish Council - Parish Council Meeting 2018-07-10.txt")
    assert no_claim_at(minsterley, "Minutes of June 18 meeting", "18")


def test_office_365_is_a_products_name():
    wretton = paper_claims(PARISH / "Wretton Parish Council minutes 2020-08-24.txt")
    assert no_claim_at(wretton, "using Office 365 and", "365")


def test_general_questions_received_for_a_meeting_are_procedure():
    wiltshire = paper_claims(WEB / "Wiltshire Council - Cabinet 2024-11-19.txt")
    assert no_claim_at(wiltshire, "Twenty general questions had been received", "Twenty")
    assert no_claim_at(wiltshire, "apart from two questions asked by", "two")


def test_a_review_in_six_months_is_a_schedule():
    sms = paper_claims(KENT / "Appendix 1 - Selection and Member Services recommendations.txt")
    assert no_claim_at(sms, "review by the Committee in six months", "six months")


def test_a_duration_after_a_bare_in_stays_a_claim():
    medway = paper_claims(CORPUS / "seeds" / "000_6cef1de8068e4e1d.txt")
    assert _at(medway, "qualification in 18 months", "18 months").unit == "months"


def test_older_figures_in_brackets_after_a_change_from_a_year(qpr_appendix):
    primaries = _at(qpr_appendix, "including 319 primary schools", "319")
    secondaries = _at(qpr_appendix, "and 78 secondary schools", "78")
    assert (primaries.from_value, primaries.to_value, primaries.direction) == (231, 319, "up")
    assert (secondaries.from_value, secondaries.to_value, secondaries.direction) == (38, 78, "up")
    assert no_claim_at(qpr_appendix, "(231 primaries and 38 secondaries)", "231")
    assert no_claim_at(qpr_appendix, "(231 primaries and 38 secondaries)", "38")


def test_family_hub_sites_are_family_hubs(family_hub_decision):
    assert _at(family_hub_decision, "Currently there are 50 Family Hub sites", "50").indicator == "family_hubs"
    # the two commissioned centres the sentence sets apart are no count of family hubs
    assert _at(family_hub_decision, "not including the two Commissioned centres", "two").indicator is None


def test_questionnaires_returned_are_consultation_responses(family_hub_decision):
    claim = _at(family_hub_decision, "A total of 1,016 formal questionnaires were returned", "1,016")
    assert claim.indicator == "consultation_responses"


def test_what_each_step_of_borrowing_costs_is_a_rate(capital_strategy):
    assert no_claim_at(capital_strategy, "borrowing costs approximately £0.9m per annum", "£0.9m")


def test_a_rise_or_fall_in_interest_rates_is_a_sensitivity():
    mid_year = paper_claims(KENT / "Council Report Mid Year 24-25.txt")
    assert no_claim_at(mid_year, "impact of a 1% rise or fall in interest rates will be", "1%")
    # the limits in the table under it stay amounts
    assert _at(mid_year, "| £3.1m | £10m |", "£10m").unit == "GBP"


def test_a_change_on_an_older_level_named_as_such_pairs_them():
    context = paper_claims(KENT / "Appendix K - Economic and Fiscal Context.txt")
    receipts = _at(context, "were 40.5% of GDP", "40.5%")
    assert (receipts.from_value, receipts.to_value, receipts.direction) == (36.9, 40.5, "up")
    assert no_claim_at(context, "pre-pandemic level of 36.9% of GDP", "36.9%")
    assert _at(context, "a 3.6% increase on the pre-pandemic", "3.6%").direction == "up"


@pytest.fixture(scope="module")
def stoke_ferry_2017():
    return paper_claims(PARISH / "Stoke Ferry Parish Council minutes 2017-05-03.txt")


@pytest.mark.parametrize("context, quote, month", [
    ("HMRC 101590 PAYE Apr 2017 72.80 0.00 72.80", "72.80", "2017-04"),
    ("HMRC 101592 PAYE May 2017 72.80 0.00 72.80", "0.00", "2017-05"),
    ("Jean Markwell 101594 Salary May 2017 291.20 0.00 291.20", "291.20", "2017-05"),
    ("Eon DD April - Street Lights 52.52 2.63 55.15", "55.15", "2017-04"),
])
def test_a_run_on_list_of_net_vat_gross_rows_is_dated_by_each_rows_month(stoke_ferry_2017, context, quote, month):
    assert _at(stoke_ferry_2017, context, quote).as_of == month


def test_a_payment_row_without_a_month_stays_undated(stoke_ferry_2017):
    assert _at(stoke_ferry_2017, "Annual Insurance Policy 415.39 0.00 415.39", "415.39").as_of is None
