"""Claims round 39, parish minutes and parish and council pages, read through the real pipeline: a payment's Net, VAT and
Gross printed without "£" add up, so they are pounds; an item's number before a slash, an account's number in brackets,
a code with a leading zero, a subsection, a vote after its dash, how many of the public came, a lettered paragraph, a
speed limit, days of grace, a lead time, a plan's end year and an acronym spelt like a number word are no claims; a
line of balances "@" a day dates them all; an assault is violent crime and a bank's "Save Account" is no savings."""


import pytest
from conftest import CORPUS, claim_found as _at, no_claim_at, paper_claims

KENT = CORPUS / "kent"
WEB = CORPUS / "web"
PARISH = CORPUS / "parish"


@pytest.fixture(scope="module")
def stoke_ferry_2014():
    return paper_claims(PARISH / "Stoke Ferry Parish Council minutes 2014-12-10.txt")


@pytest.fixture(scope="module")
def stoke_ferry_2016():
    return paper_claims(PARISH / "Stoke Ferry Parish Council minutes 2016-01-13.txt")


@pytest.fixture(scope="module")
def stoke_ferry_2017():
    return paper_claims(PARISH / "Stoke Ferry Parish Council minutes 2017-05-03.txt")


@pytest.fixture(scope="module")
def wretton_2014():
    return paper_claims(PARISH / "Wretton Parish Council minutes 2014-11-03.txt")


@pytest.fixture(scope="module")
def wretton_2016():
    return paper_claims(PARISH / "Wretton Parish Council minutes 2016-11-07.txt")


@pytest.fixture(scope="module")
def minsterley_2018():
    return paper_claims(WEB / "Minsterley Parish Council - Parish Council Meeting 2018-07-10.txt")


@pytest.mark.parametrize("context, quote", [
    ("October Chq 269.72 0.00 269.72", "269.72"),
    ("269.72 0.00 269.72", "0.00"),
    ("Cemetery bins DD 14.00 2.80 16.80", "16.80"),
    ("648.53 7.44 655.97", "655.97"),
])
def test_net_vat_and_gross_that_add_up_are_pounds(stoke_ferry_2014, context, quote):
    claim = _at(stoke_ferry_2014, context, quote)
    assert claim.unit == "GBP", (context, quote, claim.unit)


def test_a_rows_net_after_a_label_noun_is_its_amount(stoke_ferry_2017):
    claim = _at(stoke_ferry_2017, "Annual Insurance Policy 415.39 0.00 415.39", "415.39")
    assert (claim.unit, claim.value) == ("GBP", 415.39)


@pytest.mark.parametrize("context, quote", [("\n1/ Open Forum", "1"), ("\n5/ Parish Property", "5")])
def test_an_items_number_before_a_slash_is_no_claim(minsterley_2018, context, quote):
    assert no_claim_at(minsterley_2018, context, quote)


@pytest.mark.parametrize("context, quote", [
    ("Business Saver Account (1) £687.55", "1"),
    ("Business Saver Account (2) £0.36", "2"),
    ("4 members of the public", "4"),
])
def test_account_labels_and_the_public_are_no_claims(wretton_2014, context, quote):
    assert no_claim_at(wretton_2014, context, quote)


def test_a_line_of_balances_at_a_day_dates_each_balance(wretton_2014):
    claim = _at(wretton_2014, "Business Saver Account (1) £687.55", "£687.55")
    assert claim.as_of == "2014-10-31"


@pytest.mark.parametrize("context, quote", [
    ("Page (002) 16", "002"),
    ("For-5 Abstention - 1", "5"),
    ("For-5 Abstention - 1", "1"),
])
def test_page_codes_and_votes_after_a_dash_are_no_claims(stoke_ferry_2016, context, quote):
    assert no_claim_at(stoke_ferry_2016, context, quote)


@pytest.mark.parametrize("context, quote", [
    ("seven members of the public", "seven"),
    ("vote was four for the proposal", "four"),
])
def test_attendance_and_a_vote_for_the_proposal_are_no_claims(stoke_ferry_2014, context, quote):
    assert no_claim_at(stoke_ferry_2014, context, quote)


@pytest.mark.parametrize("context, quote", [
    ("Members of the public 6", "6"),
    ("The TEN (Temporary Event Notice)", "TEN"),
])
def test_public_count_after_its_words_and_an_acronym_are_no_claims(stoke_ferry_2017, context, quote):
    assert no_claim_at(stoke_ferry_2017, context, quote)


@pytest.mark.parametrize("path, context, quote", [
    (WEB / "Silverdale Parish Council - Playground Charity Trustees 2012-09-03.txt", "£35.70 (009)", "009"),
    (KENT / "Adoption of the Kent Minerals and Waste Local Plan 2024-2039.txt", "(3) of the Planning", "3"),
    (PARISH / "Northwold Parish Council minutes 2016-02-02.txt", "Section 85(1) & (2)", "2"),
    (KENT / "Appendix 2 - Constitution changes.txt", "(14.70(a-g))", "14.70"),
    (WEB / "St Mary Bourne Parish Council - Full Council Meeting 2016-09-13.txt", "the 40 limit", "40"),
    (WEB / "Claxby Parish Council - Extraordinary Meeting 2024-03-14.txt", "30 days grace", "30"),
    (WEB / "Quadring Parish Council - Extraordinary Meeting 2023-11-16.txt", "currently 5-6 weeks", "6"),
    (PARISH / "Wretton Parish Council minutes 2016-11-07.txt", "local plans to 2036", "2036"),
])
def test_codes_subsections_limits_and_windows_are_no_claims(path, context, quote):
    assert no_claim_at(paper_claims(path), context, quote)


def test_an_assault_is_violent_crime(minsterley_2018):
    assert _at(minsterley_2018, "6 Assault", "6").indicator == "violent_crime"


def test_a_banks_save_account_is_no_savings(stoke_ferry_2014):
    assert _at(stoke_ferry_2014, "Community Account £1,504.10", "£1,504.10").indicator is None


# guards: the business's own counts and amounts stay claims
@pytest.mark.parametrize("path, context, quote, unit", [
    (KENT / "19 December 2024 - County Council minutes.txt", "and 53,000 members of the public", "53,000", "count"),
    (PARISH / "Stoke Ferry Parish Council minutes 2014-12-10.txt", "Two applications for co-option", "Two", "count"),
    (PARISH / "Wretton Parish Council minutes 2016-11-07.txt", "Business Saver Account (1) £1.11", "£1.11", "GBP"),
    (WEB / "Bredenbury Group Parish Council - Parish Council Meeting 2018-07-25.txt", "invested in 2 velocity patchers", "2", "count"),
    (WEB / "Witham St Hughs Parish Council - Extraordinary Meeting 2023-10-30.txt", "4 quotes and designs", "4", "count"),
    (WEB / "Minsterley Parish Council - Parish Council Meeting 2018-07-10.txt", "Callow Cres. + 2 repairs", "2", "count"),
])
def test_the_business_counts_and_amounts_stay_claims(path, context, quote, unit):
    assert _at(paper_claims(path), context, quote).unit == unit


def test_a_payment_rows_cells_take_no_indicator():
    paper = paper_claims(PARISH / "Stoke Ferry Parish Council minutes 2020-01-08.txt")
    claim = _at(paper, "NALC Clerk Training Costs 58.33 0.00 58.33", "58.33")
    assert (claim.unit, claim.indicator) == ("GBP", None)
