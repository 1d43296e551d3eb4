"""Council tax as two indicators (the lead's decision, stop 36): `council_tax` is the rise (%) and the charge on one
property (a Band D charge, £100-£2,500 a year); `council_tax_requirement` is the total an authority raises (its
council tax requirement, a parish's precept, the yield a rise brings in). Read from real corpus papers through the
real pipeline, and through a real SQLite database as `miner compare` shows them: one series never holds both."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import claim_at, paper_claims

from miner import query, store
from miner.ingest import process_path
from miner.track import run_tracking

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
TENDRING = CORPUS / "web" / "Tendring District Council - Cabinet 2024-01-26.txt"
STOKE_FERRY = CORPUS / "parish" / "Stoke Ferry Parish Council minutes 2018-01-03.txt"
KENT_BUDGET = CORPUS / "kent" / "Council Covering Report 2025-26 Budget - FINAL.txt"
BIRMINGHAM = CORPUS / "web" / "Birmingham City Council - Cabinet 2018-11-13.txt"
WRETTON = CORPUS / "parish" / "Wretton Parish Council minutes 2020-01-06.txt"


@pytest.fixture(scope="module")
def papers() -> dict[Path, tuple[str, list]]:
    return {p: paper_claims(p) for p in (TENDRING, STOKE_FERRY, KENT_BUDGET, BIRMINGHAM, WRETTON)}


@pytest.mark.parametrize("paper, context, quote, indicator", [
    # the charge on one Band D property, and the rises (the adult social care precept's too): council_tax
    (TENDRING, "a Band D Council Tax for district services of £193.73", "£193.73", "council_tax"),
    (TENDRING, "(a £2.99% increase)", "2.99%", "council_tax"),
    (BIRMINGHAM, "and 2.00% Social Care Precept", "2.00%", "council_tax"),
    (WRETTON, "Council tax charge of £35.74 for a Band D property", "£35.74", "council_tax"),
    # the totals raised: a district's and a county's council tax requirement, a parish's precept and its cut
    (TENDRING, "council tax requirement of £10.048m", "£10.048m", "council_tax_requirement"),
    (KENT_BUDGET, "Council Tax requirement of £994,287,655", "£994,287,655", "council_tax_requirement"),
    (STOKE_FERRY, "the Precept for 201819 for Stoke Ferry be £16,249", "£16,249", "council_tax_requirement"),
    (STOKE_FERRY, "reduce the precept by £1000 to be £16,249", "£16,249", "council_tax_requirement"),
    (STOKE_FERRY, "reduce the precept by £1000", "£1000", "council_tax_requirement"),
    # a small parish's precept, below the largest Band D charge: its words decide, in the paper that gives its charge
    (WRETTON, "set a budget and precept request of £5139", "£5139", "council_tax_requirement"),
])
def test_a_band_d_charge_and_a_requirement_or_precept_take_different_indicators(papers, paper, context, quote, indicator):
    text, claims = papers[paper]
    claim = claim_at(text, claims, context, quote, inside=True)
    assert claim is not None and claim.indicator == indicator, claim


@pytest.fixture(scope="module")
def council_tax_db(tmp_path_factory):
    """Tendring's cabinet, Stoke Ferry's parish minutes and Kent's budget report in a real database, tracked."""
    db = store.open_db(tmp_path_factory.mktemp("council_tax") / "miner.db")
    for path in (TENDRING, STOKE_FERRY, KENT_BUDGET):
        store.write_extraction(db, process_path(path))
    run_tracking(db)
    return db


def test_compare_shows_charges_and_totals_in_separate_series(council_tax_db):
    """`miner compare --metric council_tax` shows rises and per-property charges only (never a total in £m beside
    Tendring's £193.73); `--metric council_tax_requirement` shows each authority's total: Kent's £994,287,655,
    Tendring's £10.048m and Stoke Ferry's £16,249 precept."""
    charges = query.compare(council_tax_db, "council_tax")
    assert charges and all(r["unit"] == "%" or (r["unit"] == "GBP" and r["value"] <= 10000) for r in charges), charges
    assert 193.73 in {r["value"] for r in charges if r["unit"] == "GBP"}
    totals = query.compare(council_tax_db, "council_tax_requirement")
    assert {r["unit"] for r in totals} == {"GBP"}
    assert {994287655.0, 10048000.0, 16249.0} <= {r["value"] for r in totals}, totals
