"""Tracker round 50 (stop 63, helper trk50): a council plan's lists under their lead-ins are its promises.

Round 49's Liverpool set lost 10 of its 20 tune promises before tracking: a principal council's plan lists its
"Priority outcomes" as noun phrases ("Excellent services") and its "How we will deliver the outcomes ..." items as
gerunds ("Increasing our income collection and debt recovery levels"), lines the statement finder read as nothing or as
another kind. Rules version 60 (cue groups `plan_action.list_priority` / `list_commitment`, `statements._plan_list_lead`,
`_plan_list_line`): such a lead-in line opens a list whose numbered or listed one-sentence lines take its kind, until a
prose paragraph; the lead-in says nothing itself. Text quoted from the pages (Liverpool City Council, Council Plan
2023-2027, https://www.liverpool.gov.uk/council-plan/ pages, stored as corpus/web/Liverpool City Council - Council
Plan Pillar 1 / Pillar 6 ... 2023-09-21.txt, MANIFEST rows).
"""

from pathlib import Path

import pytest

from conftest import paper_statements

ROOT = Path(__file__).resolve().parents[1]
PILLAR6 = ROOT / "corpus" / "web" / "Liverpool City Council - Council Plan Pillar 6 A Well-run Council 2023-09-21.txt"
PILLAR1 = ROOT / "corpus" / "web" / "Liverpool City Council - Council Plan Pillar 1 A Strong and Fair Economy for All 2023-09-21.txt"

# the plan's lines with no lead-in before them: a list of outcomes under a title alone
NO_LEAD = """Pillar 6: A well-run Council

Accountability for delivery

  • Cabinet Member for Finance, Resources and Transformation
  • Chief Operating Officer
  • Director of Finance and Resources and S151

  1. A financially sustainable and resilient council
  2. An employer of choice, with a skilled, diverse and healthy workforce
  3. High-quality governance and decision-making
  4. Excellent services
"""

# the list ended by a prose paragraph (the pillar's own opening sentence), then numbered lines again
ENDED = """Pillar 6: A well-run Council

What we want to achieve

  1. Priority outcomes

    1. A financially sustainable and resilient council
    2. An employer of choice, with a skilled, diverse and healthy workforce

We will continue to transform and improve how the city council works to ensure Liverpool’s residents and communities are served by a council they trust and know is well-run.

  1. High-quality governance and decision-making
  2. Excellent services
"""


def _statements(path: Path, mode: str = "rules") -> list:
    """The paper read as a report, as the statements evaluator reads it, by one finder mode."""
    return paper_statements(path, "report", (mode,))[mode]


def _kinds(found) -> dict[str, str]:
    return {" ".join(s.text.split()).replace("’", "'"): s.kind for s in found}


def _kind_of(found, start: str) -> str | None:
    return next((k for t, k in _kinds(found).items() if t.startswith(start)), None)


@pytest.fixture(scope="module")
def pillar6():
    return _statements(PILLAR6)


@pytest.mark.parametrize("line", ["An employer of choice, with a skilled, diverse and healthy workforce",
                                  "High-quality governance and decision-making", "Excellent services",
                                  "Quality services and continual improvement"])
def test_priority_outcomes_are_priorities(pillar6, line):
    assert _kind_of(pillar6, line) == "priority"


@pytest.mark.parametrize("line", ["Increasing our income collection and debt recovery levels",
                                  "Developing an evidence-based Asset Management Plan as a key part of the Capital Strategy",
                                  "An integrated revenue and capital budget and business planning cycle"])
def test_delivery_items_are_commitments(pillar6, line):
    assert _kind_of(pillar6, line) == "commitment"


def test_lead_ins_say_nothing(pillar6):
    assert _kind_of(pillar6, "How we will deliver the outcomes") is None
    assert _kind_of(pillar6, "What we want to achieve") is None


def test_pillar1_outcome_with_the_model():
    found = _statements(PILLAR1, mode="both")
    assert _kind_of(found, "Increased inward investment and improved infrastructure") == "priority"  # model: achievement
    assert _kind_of(found, "Growth in Liverpool's businesses and decent jobs") is not None


def test_numbered_lines_without_a_lead_in_not_read_so(tmp_path):
    path = tmp_path / "no_lead.txt"
    path.write_text(NO_LEAD, encoding="utf-8")
    found = _statements(path)
    assert not any("plan-list" in s.method for s in found)
    assert _kind_of(found, "Chief Operating Officer") is None
    assert _kind_of(found, "Excellent services") is None


def test_a_prose_paragraph_ends_the_list(tmp_path):
    path = tmp_path / "ended.txt"
    path.write_text(ENDED, encoding="utf-8")
    found = _statements(path)
    assert _kind_of(found, "A financially sustainable and resilient council") == "priority"
    assert _kind_of(found, "Excellent services") is None
    assert _kind_of(found, "High-quality governance") is None


def test_lead_in_cues():
    from miner.nlp.statements import _plan_list_lead

    assert _plan_list_lead("1. Priority outcomes") == "priority"
    assert _plan_list_lead("What we want to achieve") == "priority"
    assert _plan_list_lead("How we will deliver the outcomes for a strong and fair economy for all") == "commitment"
    assert _plan_list_lead("How we will measure progress") is None  # measures, not the plan's acts
    assert _plan_list_lead("We will deliver the outcomes for a well-run Council.") is None  # a sentence, no lead-in


@pytest.mark.slow
def test_liverpool_tune_half_tracks_the_plan_lists():
    """The tune half's outcomes and delivery items are now tracked (round 49: 10 of 20 matched), the lead-ins not."""
    from miner.evaluation import tracker as evaluation

    res = evaluation.evaluate("tune", gold_set="liverpool")
    assert res["matched_promises"] >= 19
    _, authority, folder = evaluation.AUTHORITY_SETS["liverpool"]
    from miner.track import track

    exs = list(evaluation.authority_extractions(authority, folder))
    texts = {" ".join(s.text.split()) for v in track(exs).verdicts for x in exs for s in x.statements if s.id == v.promise_id}
    assert "Excellent services" in texts and "Increasing our income collection and debt recovery levels" in texts
    assert not any(t.startswith(("How we will deliver", "What we want to achieve")) for t in texts)
