"""Claims round 41, precision on fresh parish minutes (Norfolk parishes without claims gold), read through the real
pipeline: a resolution's numbered part "(1) That", house numbers before a street and a town, a paying-in slip's number,
a bank statement's and an invoice's number, a payment row's month and two-digit year ("Salary Jun 17 328.61"), the
cheque numbers of a payments table (six digits before Net and Gross, or one or two digits after the row before),
abstentions and "all 5 voted", the count of councillors present in brackets, "Public – 1", "two storey", "the Police on
101" and a phone number in pairs are no claims; the bare amounts of a "Payee Description Amount" list are pounds, dated
by the row's month."""


import pytest
from conftest import CORPUS, claim_found as _at, no_claim_at, paper_claims

PARISH = CORPUS / "parish"


@pytest.fixture(scope="module")
def northwold_2017():
    return paper_claims(PARISH / "Northwold Parish Council minutes 2017-07-04.txt")


@pytest.fixture(scope="module")
def northwold_2018():
    return paper_claims(PARISH / "Northwold Parish Council minutes 2018-06-05.txt")


@pytest.fixture(scope="module")
def northwold_2019():
    return paper_claims(PARISH / "Northwold Parish Council minutes 2019-04-02.txt")


@pytest.fixture(scope="module")
def wereham_2016():
    return paper_claims(PARISH / "Wereham Parish Council minutes 2016-04-12.txt")


@pytest.fixture(scope="module")
def west_dereham_2014():
    return paper_claims(PARISH / "West Dereham Parish Council minutes 2014-12-04.txt")


@pytest.fixture(scope="module")
def stoke_ferry_2020():
    return paper_claims(PARISH / "Stoke Ferry Parish Council minutes 2020-11-11.txt")


def test_a_resolutions_numbered_part_is_no_claim(wereham_2016):
    assert no_claim_at(wereham_2016, "Resolved: (1) That the work be awarded", "1")
    # the amount in the same resolution stays
    assert _at(wereham_2016, "awarded to Lee Gardner at a cost of £180", "£180").value == 180


def test_house_numbers_before_a_street_and_a_town_are_no_claims(northwold_2017, northwold_2019):
    assert no_claim_at(northwold_2017, "The Shrubbery 77 High Street Northwold", "77")
    assert no_claim_at(northwold_2017, "The Laurels 3 The High Street Northwold", "3")
    assert no_claim_at(northwold_2019, "the property 23 High Street Northwold", "23")
    assert no_claim_at(northwold_2019, "1 St Andrews Close Northwold", "1")
    # the application's own counts stay
    assert _at(northwold_2017, "siting of 6 caravans", "6").value == 6


def test_payment_list_references_and_short_dates_are_no_claims(northwold_2017, northwold_2018, northwold_2019):
    assert no_claim_at(northwold_2017, "Description Amount 500123 Northwold", "500123")
    assert no_claim_at(northwold_2017, "275.00 Cleared Statement 95", "95")
    assert no_claim_at(northwold_2017, "Clerks Salary Jun 17 328.61", "17")
    assert no_claim_at(northwold_2018, "Streetlight Maint May 18 19.10", "18")
    assert no_claim_at(northwold_2019, "Maint Mar 19 Inv 9779 19.10", "9779")
    assert no_claim_at(northwold_2019, "Description Amount 49 N Cooper", "49")
    assert no_claim_at(northwold_2019, "home office 120.00 50 Suffolk ALC", "50")
    assert no_claim_at(northwold_2018, "Grounds Maintenance Invoice 1 of 4 1182.00", "1")
    assert no_claim_at(northwold_2018, "Grounds Maintenance Invoice 1 of 4 1182.00", "4")
    # a dotted date is no amount ("08.03.19")
    assert no_claim_at(northwold_2019, "Amount 08.03.19 Anglian Water", "08.03")


def test_bare_amounts_of_a_payee_description_amount_list_are_pounds_of_their_rows_month(northwold_2017, northwold_2018):
    salary = _at(northwold_2017, "Clerks Salary Jun 17 328.61", "328.61")
    assert (salary.unit, salary.value, salary.as_of) == ("GBP", 328.61, "2017-06")
    maintenance = _at(northwold_2018, "Streetlight Maint May 18 19.10", "19.10")
    assert (maintenance.unit, maintenance.as_of) == ("GBP", "2018-05")
    # an approval's month does not date the amount after it
    assert _at(northwold_2018, "as approved May 18 £2,050.02", "£2,050.02").as_of is None
    # a count inside a row stays a count
    assert _at(northwold_2018, "Remove & refit 1 memorial", "1").unit == "count"


def test_cheque_numbers_before_net_and_gross_are_no_claims(west_dereham_2014):
    assert no_claim_at(west_dereham_2014, "for Nov 2014 100771 506.03 506.03", "100771")
    assert no_claim_at(west_dereham_2014, "grounds maintenance 100773 118.00", "100773")
    net = _at(west_dereham_2014, "for Nov 2014 100771 506.03 506.03", "506.03")
    assert (net.unit, net.value) == ("GBP", 506.03)


def test_votes_attendance_and_service_numbers_are_no_claims(wereham_2016, west_dereham_2014, stoke_ferry_2020):
    assert no_claim_at(stoke_ferry_2020, "five were in favour and three abstained", "three")
    assert no_claim_at(wereham_2016, "all 5 voted to formally object", "5")
    assert no_claim_at(west_dereham_2014, "PRESENT (6 Councillors)", "6")
    assert no_claim_at(stoke_ferry_2020, "in Attendance Public – 1 Cllr", "1")
    wretton = paper_claims(PARISH / "Wretton Parish Council minutes 2017-01-23.txt")
    assert no_claim_at(wretton, "contact the Police on 101.", "101")
    west_dereham_2017 = paper_claims(PARISH / "West Dereham Parish Council minutes 2017-02-02.txt")
    for pair in ("80 70", "70", "60"):
        assert no_claim_at(west_dereham_2017, "EA hotline 0800 80 70 60", pair)
    # the police report's counts stay
    assert _at(west_dereham_2014, "There have been nine calls", "nine").value == 9


def test_a_buildings_storeys_are_no_claim(northwold_2018, northwold_2019):
    assert no_claim_at(northwold_2018, "Construction of two storey dwelling", "two")
    assert no_claim_at(northwold_2019, "replacement with a two storey side extension", "two")
