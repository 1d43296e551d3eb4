"""Statements round 66 (stop 63, helper st66): check Q's error classes in general forms, judged on a fresh batch R.

- Page furniture (a link or navigation line) and a cut-off fragment with no verb of its own are no statement the
  classifier adds (`model_veto` in statement_cues.json): "To view the full plan, please click on this link."
  (Yateley's plan page, check batch Q), "The Clerk to" (Higher Hurdsfield's minutes, check batch Q).
- A plain page's lead-in naming a plan's key areas or main themes ("... is based upon 6 key areas for action:") is a
  priorities header, and its short numbered names, which the sectioner reads as top-level sections of their own
  ("1. Health & Wellbeing", "2. Economic Development"), are the priorities (`StatementFinder._flat_item`).

Pages quoted:
https://www.yateley-tc.gov.uk/Town_Council_Plan.aspx (corpus/web, check batch Q)
http://www.higherhurdsfield.org.uk/parish-council-meeting-minutes-27th-february-2014 (corpus/web, check batch Q)
https://www.penrithtowncouncil.co.uk/council-business/council-plan/ (batch R, quoted below)
http://www.leightonlinslade-tc.gov.uk/consultations/ (batch R, quoted below)
https://westbergholt.org/environment-highways-21st-july-2016/ (batch R, quoted below)
"""

from __future__ import annotations

import pytest

from miner.nlp import statement_model

WEB = "corpus/web/"
YATELEY = WEB + "Yateley Town Council - Town Council Plan 2020.txt"
HURDSFIELD = WEB + "Higher Hurdsfield Parish Council - Parish Council Meeting 2014-02-27.txt"

# https://www.penrithtowncouncil.co.uk/council-business/council-plan/ (the opening of the page as stored)
PENRITH = """Council Business Plan 2017-2023

We have refreshed the Council Business Plan which was approved by Full Council on 25 November 2019.

Use this link to open a PDF copy of the Business Plan


Overview

The original Business Plan was approved on 23 January 2017, and is the Councils strategic document.

The Business Plan will be reviewed for each new Council term to account for new emerging priorities.


The  Business Plan sets out what the Council will do and is based upon 6 key areas for action:

  1. Health & Wellbeing
  2. Economic Development
  3. Transport
  4. Growth
  5. Community Engagement
  6. Council Business

The Business Plan informs the Councils budget setting and financial strategies and is an essential tool for planning and delivering services now and in the future.


Our Plan has three parts:

  1. The first, identifies the opportunities, challenges, and projects for the new Council term.
  2. The second part requires each
"""

# http://www.leightonlinslade-tc.gov.uk/consultations/
LEIGHTON = """Public Consultations

Town Council Objectives 2018-2021

Since 2015, the Town Council has been working towards achieving 41 objectives with three main themes:

  \u2022 To consolidate processes and procedures, ensuring operational efficiency and a structure which will underpin future service delivery by the Town Council
  \u2022 To promote and develop a vibrant town through partnership working and initiatives including management of the street market, provision of town and community promotions, town centre enhancements, tourism and practical support for local businesses.
  \u2022 To provide great public open spaces, varied opportunities for sport and leisure and to exceed expectations in delivering cemetery and allotment services.

We would like your views on our objectives \u2013 please review the document below and respond to the three questions.
"""

# https://westbergholt.org/environment-highways-21st-july-2016/ (a sub-committee's minutes)
BERGHOLT = """Environment & Highways Report

Sub-committee Meeting held on Thursday 21st July 2016 in JL Hall

Hover Mower

The cost of this item is approximately \u00a3460 and is within the Environment budget.  The committee agreed to this purchase.  Phil to organise


Car for use of handymen

MOT passed and repairs to car have been completed.  A tow bar will be needed in the future
"""

# the same lead-in form naming what is not a priority (made up from the forms above): areas of concern, a plan's parts
CONCERNS = """Village Survey 2024

The survey results were discussed and the key areas of concern raised by residents were:

  1. Parking
  2. Speeding traffic
  3. Dog fouling

Our Plan has three parts:

  1. The first
  2. The second
"""


def _squash(text: str) -> str:
    return " ".join(text.split())


def _found(page: str, base_nlp, mode: str = "both") -> list:
    from miner.evaluation.statements import parse_file, run_finder
    from miner.nlp.statements import StatementFinder

    model = statement_model.load() if mode != "rules" else None
    return run_finder(parse_file(page, base_nlp), StatementFinder(mode=mode, model=model))


def _page(tmp_path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


# --- furniture and cut-off fragments: no statement the classifier adds ----------------------------------------------

@pytest.mark.parametrize("page, text", [
    (YATELEY, "To view the full plan, please click on this link."),
    (HURDSFIELD, "The Clerk to"),
])
def test_link_furniture_and_a_cut_off_fragment_are_no_statement(page, text, base_nlp):
    assert not [s for s in _found(page, base_nlp) if _squash(s.text) == text]


@pytest.mark.parametrize("page, quote, kind", [
    (YATELEY, "Making local authority services more accessible to our residents.", "priority"),
    (HURDSFIELD, "Highways Dept. has confirmed they will look at the issued and let us know what can be done.",
     "commitment"),
])
def test_the_model_still_adds_what_q_promises(page, quote, kind, base_nlp):
    hits = [s for s in _found(page, base_nlp) if quote in _squash(s.text)]
    assert hits and hits[0].kind == kind


def test_a_short_action_line_with_its_own_verb_is_not_a_fragment(tmp_path, base_nlp):
    found = _found(_page(tmp_path, "bergholt.txt", BERGHOLT), base_nlp)
    assert [s for s in found if _squash(s.text) == "Phil to organise" and s.kind == "commitment"]


# --- short priority names under a plan's key areas / main themes ----------------------------------------------------

def test_numbered_key_areas_for_action_are_the_priorities(tmp_path, base_nlp):
    found = _found(_page(tmp_path, "penrith.txt", PENRITH), base_nlp, mode="rules")
    kinds = {_squash(s.text).lstrip("0123456789. "): s.kind for s in found}
    for name in ("Health & Wellbeing", "Economic Development", "Transport", "Growth", "Community Engagement"):
        assert kinds.get(name) == "priority", name
    # the page's other list (a plan's parts) and its link line stay none
    assert not [s for s in found if "The first, identifies" in s.text or "Use this link" in s.text]


def test_a_plans_main_themes_are_its_priorities(tmp_path, base_nlp):
    found = _found(_page(tmp_path, "leighton.txt", LEIGHTON), base_nlp, mode="rules")
    for start in ("To consolidate processes", "To promote and develop a vibrant town", "To provide great public open"):
        assert [s for s in found if _squash(s.text).lstrip("\u2022 ").startswith(start) and s.kind == "priority"], start


def test_areas_of_concern_and_a_plans_parts_are_not_priorities(tmp_path, base_nlp):
    found = _found(_page(tmp_path, "concerns.txt", CONCERNS), base_nlp, mode="rules")
    assert not [s for s in found if s.kind == "priority"]


def test_an_uncounted_few_key_areas_in_minutes_is_no_priorities_header():
    from miner.nlp.statements_cues import header_kind

    # a tuned paper's minute (Kent's Corporate Parenting Panel, 29 Oct 2024): an officer's points, not priorities
    assert header_kind("Joanne Carpenter, Participation and Engagement Manager, introduced the report. "
                       "She highlighted a few key areas:") != "priority"
    assert header_kind("The Business Plan sets out what the Council will do and is based upon 6 key areas for action:") \
        == "priority"
