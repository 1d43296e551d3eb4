"""Claims round 86: homeless applications and homelessness prevented are two series (the lead's decision, stop 68).
`homelessness_preventions` keeps households whose homelessness was prevented or relieved (and prevention / relief
duties); the new `homelessness_applications` takes homeless applications, approaches and presentations, the demand on
the service, which `miner metrics` / `miner compare` put beside the outcome as one series while one indicator held both.
The pool's gold (F61 Maidstone's applications, F79 Perth and Kinross's presentations, F80 West Dunbartonshire's
presentations row) was relabelled to the new indicator; the tuned gold holds no such row."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import claim_found, corpus_claims as _page, paper_claims
from test_claims_r76 import _gold  # a check batch's one gold row by page and context

ROOT = Path(__file__).resolve().parents[1]
MAIDSTONE_F61 = "Maidstone Borough Council - Communities, Housing and Environment Committee.txt"
PERTH = "Perth and Kinross Council - Elected Member Briefing Homelessness 2025-05-08.txt"
WEST_DUNBARTONSHIRE = "West Dunbartonshire Council - Strategic Plan 2012-17 Progress in 2016-17.txt"
THANET = "Thanet District Council - Overview and Scrutiny Panel.txt"
MAIDSTONE_TUNED = ROOT / "corpus" / "web" / "Maidstone Borough Council - Communities Housing and Environment Committee.txt"


def _indicators() -> dict[str, dict]:
    data = json.loads((ROOT / "miner" / "nlp" / "patterns" / "indicators.json").read_text())
    return {i["id"]: i for g in data["groups"] for i in g["indicators"]}


def test_the_taxonomy_holds_two_homelessness_series():
    ind = _indicators()
    prevented, applications = ind["homelessness_preventions"], ind["homelessness_applications"]
    assert "application" not in prevented["label"].lower() and "prevented or relieved" in prevented["label"]
    assert "applications" in applications["label"] and "presentations" in applications["label"]
    assert not {"application", "applications", "approach", "approaches"} & set(prevented["counts"])
    assert {"presentation", "presentations", "application", "applications"} <= set(applications["counts"])
    assert not any("presentation" in p or "approach" in p or "application" in p for p in prevented["patterns"])


def test_the_gold_reads_applications_and_presentations_as_applications_and_preventions_as_preventions():
    assert _gold("F61", MAIDSTONE_F61, "to 630 in 2015/16")["indicator"] == "homelessness_applications"
    assert _gold("F61", MAIDSTONE_F61, "2016, 212 households")["indicator"] == "homelessness_applications"
    assert _gold("F61", MAIDSTONE_F61, "208 decisions were made")["indicator"] is None  # decisions are no applications
    assert _gold("F79", PERTH, "There were 120 homelessness presentations from families")["indicator"] == "homelessness_applications"
    assert _gold("F79", PERTH, "2024/25\n\n861")["indicator"] == "homelessness_applications"
    assert _gold("F80", WEST_DUNBARTONSHIRE, "(presentations) / 1,369")["indicator"] == "homelessness_applications"
    assert _gold("F61", THANET, "prevented 213 households")["indicator"] == "homelessness_preventions"


def test_homelessness_applications_are_their_own_series():
    maidstone = _page(MAIDSTONE_F61)
    # was homelessness_preventions ("homelessness applications" was one of its patterns)
    assert claim_found(maidstone, "to 630 in 2015/16", "630").indicator == "homelessness_applications"
    # was None: households that "make a homelessness application" (the singular)
    assert claim_found(maidstone, "2016, 212 households", "212").indicator == "homelessness_applications"


def test_homelessness_presentations_are_applications():
    perth = _page(PERTH)
    # was None: "presentations" was no count noun of the indicator
    assert claim_found(perth, "There were 120 homelessness presentations", "120").indicator == "homelessness_applications"
    # were homelessness_preventions
    assert claim_found(perth, "5 presentations (0.6%)", "0.6%").indicator == "homelessness_applications"
    assert claim_found(perth, "to 179 in 2024/25", "179").indicator == "homelessness_applications"


def test_prevented_and_relieved_stay_preventions():
    thanet = _page(THANET)
    assert claim_found(thanet, "prevented 213 households", "213").indicator == "homelessness_preventions"
    tuned = paper_claims(MAIDSTONE_TUNED)
    assert claim_found(tuned, "homeless\n104", "104").indicator == "homelessness_preventions"
