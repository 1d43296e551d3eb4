"""Claims round 84: the pool's indicator errors counted by class (no fresh batch; every number in sample). Two fixes
shipped, in the data files: `council_tax` (a Band D charge or a rise) takes money and shares only, never a count (F78
Lichfield's Council Taxbase of 38,891.4 Band D properties, F80 South Lanarkshire's 148,000 households); and a sum
followed right by "to" / "into" and a reserve's name is moved to that reserve, whatever kind word the reserve's name holds
(F76 Devon and Somerset's "the transfer of the remaining £0.413m to the Capital Funding Reserve", "£0.884m to the Grants
Unapplied Reserve"), as the gold reads the form in F74 and the tuned set."""

from __future__ import annotations

from conftest import claim_found, corpus_claims as _page, written_paper_claims
from test_claims_r76 import _gold  # a check batch's one gold row by page and context

LICHFIELD = "Lichfield District Council - Cabinet 2020-12-01.txt"
SOUTH_LANARKSHIRE = "South Lanarkshire Council - Council Tax Administration and Collection Public Performance Report.txt"
DEVON = "Devon and Somerset Fire and Rescue Authority - Fire Authority.txt"
NORTH_NORFOLK = "North Norfolk District Council - Cabinet.txt"


def test_the_gold_reads_a_tax_base_or_households_as_no_council_tax_and_a_sum_to_a_reserve_as_reserves():
    assert _gold("F78", LICHFIELD, "2021/22 of 38,891.4")["indicator"] is None
    assert _gold("F80", SOUTH_LANARKSHIRE, "148,000 households")["indicator"] is None
    assert _gold("F76", DEVON, "the remaining £0.413m to the Capital Funding Reserve")["indicator"] == "reserves"
    assert _gold("F76", DEVON, "£0.884m to the Grants Unapplied Reserve")["indicator"] == "reserves"
    assert _gold("F74", NORTH_NORFOLK, "£97,114 to the General Reserve")["indicator"] == "reserves"


def test_a_count_of_properties_or_households_takes_no_council_tax():
    # were council_tax
    lichfield = _page(LICHFIELD)
    assert claim_found(lichfield, "2021/22 of 38,891.4", "38,891.4").indicator is None
    south = _page(SOUTH_LANARKSHIRE)
    assert claim_found(south, "council's 148,000 households", "148,000").indicator is None


def test_a_sum_to_a_named_reserve_is_reserves_whatever_its_name_holds():
    devon = _page(DEVON)
    # were capital_budget and grant_funding (a kind word inside the reserve's name)
    assert claim_found(devon, "remaining £0.413m to the Capital", "£0.413m").indicator == "reserves"
    assert claim_found(devon, "£0.884m to the Grants Unapplied", "£0.884m").indicator == "reserves"
    assert claim_found(devon, "£0.281m to the Earmarked Reserve", "£0.281m").indicator == "reserves"  # as before


def test_a_written_page_council_tax_counts_and_reserve_transfers(tmp_path_factory):
    page = written_paper_claims(tmp_path_factory, "Test District Council - Cabinet", (
        "Test District Council\n\nCabinet 12 January 2024\n\nBudget 2024/25\n\n"
        "1. The Council Taxbase for 2024/25 is 41,250.6 Band D equivalent properties.\n\n"
        "2. Council tax will be collected from 52,000 households in the district.\n\n"
        "3. The budget proposes a council tax increase of 2.99%, a Band D charge of £201.42.\n\n"
        "4. That the Cabinet approves the following transfers:\n\n"
        "a. £0.25m to the Capital Receipts Reserve;\n\n"
        "b. £0.12m to the Grants Unapplied Reserve.\n\n"
        "5. The capital programme was increased from £12.5m to £14.1m.\n"))
    assert claim_found(page, "is 41,250.6 Band D", "41,250.6").indicator is None
    assert claim_found(page, "from 52,000 households", "52,000").indicator is None
    # a rise and a charge on one property stay council tax
    assert claim_found(page, "increase of 2.99%", "2.99%").indicator == "council_tax"
    assert claim_found(page, "charge of £201.42", "£201.42").indicator == "council_tax"
    assert claim_found(page, "£0.25m to the Capital", "£0.25m").indicator == "reserves"
    assert claim_found(page, "£0.12m to the Grants", "£0.12m").indicator == "reserves"
    # a sum "to" another sum is no transfer to a reserve
    assert claim_found(page, "to £14.1m", "£14.1m").indicator != "reserves"
