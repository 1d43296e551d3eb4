"""Claims round 76: round 75's fresh batch F74 (5 pages, 29 gold claims) and this round's F75 (6 pages, 41) committed
as check batches the way round 75 committed F60 to F73 (pages in corpus/web with MANIFEST rows, gold in
`annotations/claims/checks/<batch>/gold.jsonl`, outside every split); the two gold conventions round 75 found in
conflict settled in annotations/README.md's claims guidelines and the check gold relabelled to them; one form of F74's
class "periods stated once" (a minute's sentence saying a report or an officer gave the budget, forecast or monitoring
of a named period dates the figures of the later sentences of its own paragraph too)."""

from __future__ import annotations

from pathlib import Path

from conftest import claim_found, gold_rows, manifest_rows, corpus_claims as _page

ROOT = Path(__file__).resolve().parents[1]
CHECKS = ROOT / "annotations" / "claims" / "checks"
F74 = {"East Sussex Fire Authority - Panel.txt": 2,
       "Epsom and Ewell Borough Council - Licensing and Planning Policy Committee.txt": 4,
       "Gloucestershire County Council - Cabinet.txt": 12, "North Norfolk District Council - Cabinet.txt": 9,
       "Northampton Borough Council - Cabinet.txt": 2}


def _batch_is_committed(batch: str, pages: dict[str, int]) -> None:
    from miner.evaluation import claims, entities, is_blind, statements

    checks = claims.load_checks()
    gold = checks[batch]
    assert {name: len(rows) for name, rows in gold.items()} == pages
    manifest = manifest_rows()
    for name, rows in gold.items():
        row = manifest["web/" + name]
        assert f"annotations/claims/checks/{batch}/" in row["source"] and row["source"].startswith("http")
        text = " ".join(claims.corpus_path(name).read_text(encoding="utf-8").split())
        assert all(" ".join(r["quote"].split()) in text for r in rows)  # every quote is the page's own words
        assert claims.corpus_path(name).parent.name == "web"
    others = [n for b, g in checks.items() if b != batch for n in g]
    assert not set(gold) & set(others)  # no page in two batches
    assert not set(gold) & set(claims.load_gold()) and not set(gold) & claims.HELDOUT
    assert not any(is_blind(p) for p in gold)
    for module in (statements, entities):
        assert not {"corpus/web/" + p for p in gold} & set(module.load_gold())


def test_f74_is_a_committed_check_batch_outside_every_split():
    _batch_is_committed("F74", F74)


F75 = {"Epping Forest District Council - Provisional Revenue Outturn 2015-16.txt": 14,
       "Hyndburn Borough Council - Cabinet.txt": 12, "London Borough of Barnet - Schools Forum.txt": 3,
       "Oxfordshire County Council - Cabinet.txt": 1, "Rushmoor Borough Council - Cabinet.txt": 2,
       "West Berkshire Council - Executive.txt": 9}


def test_f75_is_a_committed_check_batch_outside_every_split():
    _batch_is_committed("F75", F75)


# --- the settled conventions: the relabelled check gold says what the guidelines say ----------------------------------

def _gold(batch: str, name: str, context: str) -> dict:
    rows = [r for r in gold_rows(CHECKS / batch / "gold.jsonl") if r["file"] == name and context in r["context"]]
    assert len(rows) == 1, (batch, name, context)
    return rows[0]


def test_a_capital_programmes_external_funding_is_grant_funding_its_own_resources_and_size_capital_budget():
    # https://democracy.york.gov.uk/ieIssueDetails.aspx?IId=36055&Opt=3&PlanId=0 (F63): "An outturn of £46.476m was
    # reported compared to the approved budget of £57.281m, financed by £21.227m of external funding and internal
    # funding of £36.054"
    york = "City of York Council - Executive.txt"
    assert _gold("F63", york, "financed by £21.227m")["indicator"] == "grant_funding"
    assert _gold("F63", york, "internal funding of £36.054")["indicator"] == "capital_budget"
    assert _gold("F63", york, "approved budget of £57.281m")["indicator"] == "capital_budget"
    # https://democracy.newport.gov.uk/mgAi.aspx?ID=10851&LLL=0 (F71): additions "the majority of which were externally
    # grant funded" are the programme's
    assert _gold("F71", "Newport City Council - Cabinet.txt", "stood at £18.5m")["indicator"] == "capital_budget"


def test_an_outturn_figure_is_dated_by_its_sentence_else_the_monitoring_month_or_the_closed_year():
    # the sentence's own year: "The headline revenue forecast for 2018/19 was an over spend of £0.5m"
    # https://edemocracy.coventry.gov.uk/ieIssueDetails.aspx?IId=34513&Opt=3 (F68)
    assert _gold("F68", "Coventry City Council - Cabinet.txt", "an over spend of £0.5m")["as_of"] == "2018-19"
    # none in its sentence, an in-year forecast: the month the item's monitoring is as at
    # https://surreyheath.moderngov.co.uk/mgAi.aspx?ID=14555 (F64), https://cabinet.leicester.gov.uk/mgAi.aspx?ID=61270 (F60)
    assert _gold("F64", "Surrey Heath Borough Council - Executive.txt", "outturn was £5.034 million")["as_of"] == "2021-12"
    leicester = "Leicester City Council - Adult Social Care Scrutiny Commission (revenue budget monitoring).txt"
    assert _gold("F60", leicester, "overspend of £2.6m")["as_of"] == "2014-07"
    # a closed year's outturn: the financial year, also at its year-end date
    # https://modgov.north-norfolk.gov.uk/mgAi.aspx?ID=3497 (F74)
    nn = "North Norfolk District Council - Cabinet.txt"
    assert _gold("F74", nn, "as at 31 March 2020 shows an overall underspend")["as_of"] == "2019-20"
    assert _gold("F74", nn, "shows a General Fund underspend of £97,114")["as_of"] == "2019-20"


# --- the rule: a minute's report sentence naming its period dates the later sentences of its paragraph ----------------

def test_a_minutes_report_or_budget_sentence_dates_the_later_figures_of_its_paragraph():
    # https://horsham.moderngov.co.uk/mgAi.aspx?ID=7904 (F66): "The Director of Corporate Resources presented the
    # Council Budget 2020/21. ... The budget included £3.5 million to cover additional costs ..."
    horsham = _page("Horsham District Council - Council.txt")
    assert claim_found(horsham, "The budget included £3.5 million", "£3.5 million").as_of == "2020-21"
    assert claim_found(horsham, "would cost £13.3 million", "£13.3 million").as_of == "2020-21"
    # https://democracy.gosport.gov.uk/mgAi.aspx?ID=2545 (F66): "The primary purpose of this report is to set the
    # Council's overall Budget for the forthcoming year 2024/25"
    gosport = _page("Gosport Borough Council - Council.txt")
    assert claim_found(gosport, "over £1million in service", "£1million").as_of == "2024-25"
    # Herefordshire's "revenue budget is £193.3m" (F62) was pinned here at 2023-24; claims round 79's convention dates a
    # year's budget inside in-year monitoring by the item's as-at month (its gold now 2023-12), so it is no longer pinned.
    # https://esfrs.moderngov.co.uk/mgAi.aspx?ID=384 (F74): "The Panel received a report ... which outlined the issues
    # arising from the monitoring of the 2019/20 Revenue Budget and Capital Programme as at 30 November 2019."
    esfa = _page("East Sussex Fire Authority - Panel.txt")
    assert claim_found(esfa, "forecast to be £173,000 underspent", "£173,000").as_of == "2019-11"
    assert claim_found(esfa, "forecast to be £4,232,000 underspent", "£4,232,000").as_of == "2019-11"


def test_a_monitoring_period_with_its_year_after_a_comma_is_that_month():
    # https://cabinet.leicester.gov.uk/mgAi.aspx?ID=61270 (F60): "... provided an update on the Revenue Budget
    # Monitoring Report, Period 4, 2014/15 for Adult Social Care." over the overspends of the next sentence
    from miner.nlp.claim_as_of import data_date

    assert data_date("The Director of Finance provided an update on the Revenue Budget Monitoring Report, Period 4, "
                     "2014/15 for Adult Social Care.", minutes=True) == "2014-07"
    leicester = _page("Leicester City Council - Adult Social Care Scrutiny Commission (revenue budget monitoring).txt")
    assert claim_found(leicester, "overspend of £2.6m", "£2.6m").as_of == "2014-07"


def test_what_the_report_sentences_leave_alone():
    from miner.nlp.claim_as_of import data_date

    # a paper's own statement of purpose outside minutes stays unread (the tuned Kent Q3 report's figures are undated)
    assert data_date("To report the forecast position for 2023/24, including explanation and analysis.") is None
    assert data_date("The purpose of this report is to set the Council's overall Budget for 2024/25.") is None
    # two periods in the sentence: no one date
    assert data_date("The Director presented the Council Budget 2020/21 and the forecasts for 2021/22.", minutes=True) is None
    # the tuned Kent Cabinet minutes: "introduced the report which set out the revenue and capital budget monitoring
    # position as at November 2024-25" is read by no cue, so "Adult Social Care and Health ... projected at £35.4
    # million" stays undated, as the tuned gold has it
    kent = _page("Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf")
    assert claim_found(kent, "projected at £35.4 million", "£35.4 million").as_of is None
    # a figure whose own sentence names its period keeps it: "The net budget requirement for 2020/21 at £11.2m was
    # £0.77m higher than in 2019/20"
    horsham = _page("Horsham District Council - Council.txt")
    assert claim_found(horsham, "for 2020/21 at £11.2m", "£11.2m").as_of == "2020-21"
