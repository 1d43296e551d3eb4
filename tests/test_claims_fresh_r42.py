"""Claims round 42, as-of on fresh parish minutes (Stoke Ferry 2019-03-06, no claims gold), read through the real
pipeline: a payment row's month and two-digit year ("Clerks Wages and Expenses -Feb 19 273.76 0.00 273.76") dates the
row's VAT and total cells as it dates its net cell; a row with no month of its own stays undated."""


import pytest
from conftest import CORPUS, claim_found as _at

PARISH = CORPUS / "parish"


@pytest.fixture(scope="module")
def stoke_ferry_2019():
    from conftest import paper_claims

    return paper_claims(PARISH / "Stoke Ferry Parish Council minutes 2019-03-06.txt")


def test_row_month_dates_the_vat_and_total_cells(stoke_ferry_2019):
    assert _at(stoke_ferry_2019, "Expenses -Feb 19 273.76 0.00", "273.76").as_of == "2019-02"
    assert _at(stoke_ferry_2019, "Feb 19 273.76 0.00 273.76", "0.00").as_of == "2019-02"
    assert _at(stoke_ferry_2019, "0.00 273.76 HMRC", "273.76").as_of == "2019-02"
    assert _at(stoke_ferry_2019, "Streetlights Jan 19 70.72 3.54", "3.54").as_of == "2019-01"
    assert _at(stoke_ferry_2019, "3.54 74.26 Restoration", "74.26").as_of == "2019-01"


def test_row_without_its_own_month_stays_undated(stoke_ferry_2019):
    # negatives: the next row, and the list's total, have no month of their own
    assert _at(stoke_ferry_2019, "Restoration of Village Bench 120.00", "120.00").as_of is None
    assert _at(stoke_ferry_2019, "Veolia Cemetery Bin 18.08 3.62", "3.62").as_of is None
    assert _at(stoke_ferry_2019, "Total 647.08 16.42", "16.42").as_of is None
