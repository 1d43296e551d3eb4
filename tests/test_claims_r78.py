"""Claims round 78: of F76's error classes, the one the check pool holds in three or more batches: a collection fund's
surplus or deficit named by the sum's own words takes no indicator (F65 after its relabel, F74, F75; the convention is the
tuned gold's majority, now in the guidelines), a transfer of it to a reserve stays `reserves`. And the fresh batch F77
(4 pages, 19 gold claims, gold written before any run) committed as a check batch."""

from __future__ import annotations

from conftest import claim_found, corpus_claims as _page


F77 = {"City of Wolverhampton Council - Cabinet 2021-12-08.txt": 4,
       "Lancaster City Council - Cabinet HRA Budget 2010-11.txt": 9,
       "Salford City Council - Collection Fund Estimated Balance 2007.txt": 1,
       "West Lindsey District Council - Council 2017-01-23.txt": 5}


def test_f77_is_a_committed_check_batch_outside_every_split():
    from test_claims_r76 import _batch_is_committed

    _batch_is_committed("F77", F77)


def test_a_collection_fund_surplus_or_deficit_takes_no_indicator():
    # https://modgov.north-norfolk.gov.uk/mgAi.aspx?ID=3497 (F74): "There is a small deficit of £153,601 on the
    # Collection Fund in respect of Council Tax."
    nn = _page("North Norfolk District Council - Cabinet.txt")
    assert claim_found(nn, "small deficit of £153,601 on the Collection Fund", "£153,601").indicator is None
    # https://eppingforest.moderngov.co.uk/mgAi.aspx?ID=56653 (F75): "However the Council Tax collection fund shows a
    # surplus of £310,000 which would be paid into the General Fund in future years."
    epping = _page("Epping Forest District Council - Provisional Revenue Outturn 2015-16.txt")
    assert claim_found(epping, "shows a surplus of £310,000", "£310,000").indicator is None
    # https://democracy.brent.gov.uk/ieIssueDetails.aspx?IId=12435&Opt=3&PlanId=0 (F65, relabelled): "(i) that the
    # estimated Collection Fund balance relating to Council Tax at 31 March 2014 as a surplus of £3.2m be agreed;"
    brent = _page("Brent Council - Executive.txt")
    found = claim_found(brent, "as a surplus of £3.2m be agreed", "£3.2m")
    assert found.indicator is None and found.as_of == "2014-03-31"
    # the tuned Kent budget report: "The County Council's share of the 2024-25 business rate collection fund surpluses
    # and deficits notified to us by district councils is a net surplus of £313.3k."
    kent = _page("Cabinet Report 4 March 2025.txt")
    assert claim_found(kent, "is a net surplus of £313.3k", "£313.3k").indicator is None


def test_what_the_collection_fund_form_leaves_alone():
    # the tuned Kent report: a transfer of the surplus to a reserve stays a reserve ("it is proposed to transfer the
    # one-off Business Rate collection fund surplus balance of £313.3k into the Local Taxation equalisation smoothing
    # reserve")
    kent = _page("Cabinet Report 4 March 2025.txt")
    assert claim_found(kent, "surplus balance of £313.3k into the Local Taxation", "£313.3k").indicator == "reserves"
    # (F74) the authority's own overspend in the same paragraph keeps its kind: "This includes a General Fund Net
    # Operating overspend of £358,979 which includes ..."
    nn = _page("North Norfolk District Council - Cabinet.txt")
    assert claim_found(nn, "Net Operating overspend of £358,979", "£358,979").indicator == "overspend"
    # (F75) the fund's deficit the form does not read (its sum is not right after "deficit") keeps what it had: "The
    # Councils portion of the Business Rates collection fund deficit at the end of March 2016 was some £606,000"
    epping = _page("Epping Forest District Council - Provisional Revenue Outturn 2015-16.txt")
    assert claim_found(epping, "was some £606,000", "£606,000").indicator is None
