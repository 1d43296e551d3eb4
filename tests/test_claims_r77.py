"""Claims round 77: the pool's (F60-F75) error classes recurring in three or more batches, fixed in general forms: a sum
its own words move to, from or within a reserve is `reserves` (F67, F74, F75); a period a sum is moved into ("into
2023/2024", "to use on 2020/21 projects") is where it goes, not its as-of, which is the period it comes from, else the
item's (F68, F73, F74, F75); capital slippage named as "slipped", "net rescheduling" or a "rollover" (F68, F73, F75).
And the fresh batch F76 (6 pages, 50 gold claims, gold written before any run) committed as a check batch."""

from __future__ import annotations

from pathlib import Path

from conftest import claim_found, corpus_claims as _page

ROOT = Path(__file__).resolve().parents[1]


F76 = {"Devon and Somerset Fire and Rescue Authority - Fire Authority.txt": 14,
       "Exeter City Council - HRA Budget Monitoring Outturn 2017-18.txt": 10,
       "Maldon District Council - Budget Monitoring Report Quarter 2.txt": 1,
       "Ribble Valley Borough Council - Capital Outturn 2022-23.txt": 14,
       "South Kesteven District Council - Governance and Audit Committee.txt": 6,
       "Warwickshire Police and Crime Commissioner - Decision WPCC3-0029.txt": 5}


def test_f76_is_a_committed_check_batch_outside_every_split():
    from test_claims_r76 import _batch_is_committed

    _batch_is_committed("F76", F76)


def test_a_transfer_to_or_from_a_reserve_is_reserves():
    # https://glostext.gloucestershire.gov.uk/ieDecisionDetails.aspx?Id=1490 (F74): "1.6 Revenue transfer of £1.433
    # million to the Strategic Waste Reserve to fund the EFW (Energy from Waste) smoothing requirement;"
    glos = _page("Gloucestershire County Council - Cabinet.txt")
    assert claim_found(glos, "Revenue transfer of £1.433 million", "£1.433 million").indicator == "reserves"
    assert claim_found(glos, "Revenue transfer of £0.393 million", "£0.393 million").indicator == "reserves"
    # (F67) "The deficit position includes a proposed transfer to the Business Rates Reserve of £100k"
    gloucester = _page("Gloucester City Council - Cabinet.txt")
    assert claim_found(gloucester, "Business Rates Reserve of £100k", "£100k").indicator == "reserves"
    # https://modgov.north-norfolk.gov.uk/mgAi.aspx?ID=3497 (F74): "The final position allows for £276,660 from budget
    # and grant underspends to be rolled forward within Earmarked Reserves"
    nn = _page("North Norfolk District Council - Cabinet.txt")
    assert claim_found(nn, "allows for £276,660 from", "£276,660").indicator == "reserves"
    # http://mycouncil.oxfordshire.gov.uk/ieIssueDetails.aspx?IId=21626&PlanId=0&Opt=3 (F75): "approve the use of
    # £0.1m underspend on Transition fund for open access children's services which will be transferred to the Budget
    # Priorities Reserve"
    oxon = _page("Oxfordshire County Council - Cabinet.txt")
    assert claim_found(oxon, "the use of £0.1m underspend", "£0.1m").indicator == "reserves"


def test_what_the_reserve_transfer_form_leaves_alone():
    # (F71) a part of a whole that is transferred, after a comma: "the total corporate underspend of £8.923m, which is
    # made up of £3.144m from portfolio underspending, £5.676m of unused Contingency budget and £0.103m of other
    # non-portfolio underspending, is transferred to the following reserves" keeps the underspend
    wsx = _page("West Sussex County Council - Cabinet.txt")
    assert claim_found(wsx, "£0.103m of other non-portfolio", "£0.103m").indicator == "underspend"
    # an overspend its sentence names with no transfer stays one (F75 West Berkshire): "This approval confirms the
    # forecast overspend of £860k."
    wb = _page("West Berkshire Council - Executive.txt")
    assert claim_found(wb, "confirms the forecast overspend of £860k", "£860k").indicator == "overspend"
    # the underspend the North Norfolk item opens with stays the underspend
    nn = _page("North Norfolk District Council - Cabinet.txt")
    assert claim_found(nn, "shows an overall underspend of £97,114", "£97,114").indicator == "underspend"


def test_a_period_a_sum_is_moved_into_is_not_its_as_of():
    # https://democracy.hyndburnbc.gov.uk/mgAi.aspx?ID=13890 (F75): "In addition, the capital spend outturn from
    # 2022/2023 had slipped £37.615m into 2023/2024, of which £35.294m related to the Levelling Up scheme ..."
    hyndburn = _page("Hyndburn Borough Council - Cabinet.txt")
    slipped = claim_found(hyndburn, "had slipped £37.615m", "£37.615m")
    assert (slipped.indicator, slipped.as_of) == ("capital_slippage", "2022-23")
    part = claim_found(hyndburn, "of which £35.294m related", "£35.294m")
    assert (part.indicator, part.as_of) == ("capital_slippage", "2022-23")
    # (F68 Coventry, Quarter 2 2018/19) "£23.9m net rescheduling of expenditure into 2019/20": the quarter's month
    coventry = _page("Coventry City Council - Cabinet.txt")
    resched = claim_found(coventry, "£23.9m net rescheduling", "£23.9m")
    assert (resched.indicator, resched.as_of) == ("capital_slippage", "2018-09")
    # (F73 Flintshire, Capital Programme 2013/14 (Month 9)) "Further Early Identified Rollover (EIR) of £1.469m into
    # 2014/15 had been identified in the current period"
    flint = _page("Flintshire County Council - Cabinet.txt")
    rollover = claim_found(flint, "Early Identified Rollover (EIR) of £1.469m", "£1.469m")
    assert (rollover.indicator, rollover.as_of) == ("capital_slippage", "2013-12")
    # (F74) "1.1 Transfer of £0.011 million to the Vulnerable Adults Reserve to use on 2020/21 projects": 2019/20's
    glos = _page("Gloucestershire County Council - Cabinet.txt")
    assert claim_found(glos, "Transfer of £0.011 million", "£0.011 million").as_of == "2019-20"


def test_what_the_destination_period_and_slippage_words_leave_alone():
    # a year's budget a sum is put into is its year (tuned Kent risk register): "Despite provisionally including £1m back
    # into the 2024-25 budget"
    kent = _page("Appendix I Budget Risk Register 22.01.25.pdf")
    assert claim_found(kent, "including £1m back into the", "£1m").as_of == "2024-25"
    # "slipped" with no sum after it names no slippage of a later sum: Hyndburn's "... had now been slipped into the
    # future years ..." then "The Actual expenditure to 31st March 2024 was £9.034" is the programme's spend
    hyndburn = _page("Hyndburn Borough Council - Cabinet.txt")
    assert claim_found(hyndburn, "expenditure to 31st March 2024 was £9.034", "£9.034").indicator == "capital_budget"
    # the programme total its item names keeps its kind: "The full approved Capital programme totalled £49.757m"
    assert claim_found(hyndburn, "Capital programme totalled £49.757m", "£49.757m").indicator == "capital_budget"
