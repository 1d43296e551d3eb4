"""Claims round 80: of the classes round 79 read in F78's errors, the one the check pool (F60-F78) holds in three or
more batches that a general rule reaches: a council site's one-item page read as an agenda dates none of its figures
by its item's heading (F68 Bristol, F76 Devon and Somerset, F78 Dartford); an agenda's item heading now dates them as
a minutes item's does. A fourth as-of convention settled in the guidelines by the tuned gold (a figure stated for a
span of several years is dated by the span), the pool's gold that disagreed relabelled. And the fresh batch F79 (5
pages, 81 gold claims, gold written before any run) committed as a check batch."""

from __future__ import annotations

from conftest import claim_found, corpus_claims as _page, written_paper_claims
from test_claims_r76 import _gold  # a check batch's one gold row by page and context

F79 = {"Perth and Kinross Council - Elected Member Briefing Homelessness 2025-05-08.txt": 15,
       "Torfaen County Borough Council - Financial Monitoring 2024-25 and Revenue Budget 2025-26.txt": 15,
       "Fife Council - Benefits Administration Performance.txt": 39,
       "Stirling Council - Childrens Services Overview.txt": 4,
       "Midlothian Council - Adult Social Care Data.txt": 8}


def test_f79_is_a_committed_check_batch_outside_every_split():
    from test_claims_r76 import _batch_is_committed

    _batch_is_committed("F79", F79)


def test_the_relabelled_gold_dates_a_multi_year_figure_by_its_span():
    trafford = "Trafford Council - Executive Budget Proposals 2024-27.txt"
    # "The budget gap for the three years ... is currently estimated to be £54.93m with £20.08m relating to 2024/25"
    assert _gold("F78", trafford, "currently estimated to be £54.93m")["as_of"] == "2024-27"
    assert _gold("F78", trafford, "residual budget gap of £29.80m over the three years")["as_of"] == "2024-27"
    # the year its own sentence gives keeps that year
    assert _gold("F78", trafford, "with £20.08m relating to 2024/25")["as_of"] == "2024-25"
    # as the tuned gold does ("+£32.3m over the medium term 2025-26 to 2027-28")
    from miner.evaluation.claims import load_gold

    s25 = load_gold()["section 25 statement - FINAL.txt"]
    assert {r["as_of"] for r in s25 if r["quote"] == "+£32.3m"} == {"2025-28"}
    # and the code already gives the span
    page = _page(trafford)
    assert claim_found(page, "currently estimated to be £54.93m", "£54.93m").as_of == "2024-27"
    assert claim_found(page, "residual budget gap of £29.80m", "£29.80m").as_of == "2024-27"


def test_an_agenda_items_heading_dates_its_figures(tmp_path_factory):
    # https://democracy.bristol.gov.uk (F68), an "Agenda item" page read as an agenda: "2017/18 Budget Monitoring
    # Report - P4" over "6) Agreed to note current forecast capital expenditure of £212.4m, which is £17.6m below the
    # budgeted capital programme for the year" (period 4 of 2017/18 is July 2017)
    bristol = _page("Bristol City Council - Cabinet.txt")
    assert claim_found(bristol, "capital expenditure of £212.4m", "£212.4m").as_of == "2017-07"
    assert claim_found(bristol, "which is £17.6m below", "£17.6m").as_of == "2017-07"
    # a written agenda item page: its figure takes its heading's quarter
    assert claim_found(_agenda_page(tmp_path_factory), "overspend of £3.1m", "£3.1m").as_of == "2023-09"


def _agenda_page(tmp_path_factory):
    return written_paper_claims(tmp_path_factory, "Test Borough Council - Cabinet",
                                "Agenda item\n\nRevenue Budget Monitoring Quarter 2 2023/24\n\n"
                                "To receive the report of the Director of Finance.\n\nDecision:\n\n"
                                "1) Agreed to note the forecast revenue overspend of £3.1m.\n\n"
                                "2) Agreed to note the capital programme of £48.2m for 2024/25.\n")


def test_what_the_agenda_item_period_leaves_alone(tmp_path_factory):
    # a figure its own sentence dates keeps its period
    assert claim_found(_agenda_page(tmp_path_factory), "programme of £48.2m for 2024/25", "£48.2m").as_of == "2024-25"
    # (F76) an agenda page whose item heading names no period is not dated by it: Devon and Somerset's outturn for
    # 2016-17 is named by the sentence before (a class left: the period of the sentence before)
    dsfra = _page("Devon and Somerset Fire and Rescue Authority - Fire Authority.txt")
    assert claim_found(dsfra, "an underspend of £2.193m", "£2.193m").as_of is None
