"""Round 64 (stop 62, helper st64): parish work plans' and action plans' lines, and an effort that "continues".

The tracker's biggest error class (tracker round 47) was promises never found as statements: a parish council's work
plan states its actions in the infinitive, cell by cell ("To ensure crossing is installed in 2021"), and a chairman's
report says "our search for a suitable site continues". A plan's line may open with "To <verb>" (cue group
`plan_action.infinitive`) and a parish plan's own verbs (`plan_action.verb`); in a paper whose title names it an action
plan or a work plan (`plan_action.title`) a line of its own counts, a table's cell as much as a list item; the council's
own effort said to continue is a commitment (`sentence.commitment`). Text quoted from the pages:
  https://middevonparish.co.uk/shobrooke-parish-council/parish-council-action-plan  (Shobrooke action plan, batch P)
  https://docest.com/doc/241954/2-prepare-for-parish-council-elections-in-2017  (a parish action plan 2016/17, batch P)
  https://upperrissington-pc.gov.uk/spring-2024-update-from-the-parish-council/  (batch P, a negative)
  corpus/web/Newton St Cyres Parish Council - Responsibilities and Work Plan 2021-05-01.txt and
  corpus/web/Newton St Cyres Parish Council - Annual Parish Meeting 2022-04-06.txt  (middevonparish.co.uk, MANIFEST)
"""

from pathlib import Path

import pytest

from conftest import kind_of, minutes_statements

ROOT = Path(__file__).resolve().parents[1]
WORK_PLAN = ROOT / "corpus" / "web" / "Newton St Cyres Parish Council - Responsibilities and Work Plan 2021-05-01.txt"

SHOBROOKE = """Parish Council Action Plan
SHOBROOKE PARISH COUNCIL
Action Plan From May 2022
- To maintain and improve parish footpaths and report work required, as part of Devon County Council's Parish Partnership Scheme
- To continue to request improvements to the dog waste collection service
- To maintain the defibrillators
- To consider improvements to parishes noticeboards and other council property as necessary
- To promptly acknowledge correspondence within 14 calendar days and to provide a full response within 30 calendar days.
Date of review: May 2022
"""

ISLAND = """Action Plan 2016/17

Much of the work of the Parish Council consists of carrying out regular commitments such as maintaining public spaces.

3. Undertake the Refurbishment of the Public Toilets

- Agree tender and award contract
- Decide on the approach to project management
- Negotiate transfer of the freehold of the toilets to BPC from IWC

5. Continue to Support the FYT Bus

- Consider providing additional funds if required
- Liaise between the public and FYT Bus regarding possible changes to the route/timetable
"""

# the same lines in a paper that is no plan: an agenda's items (made up in the agenda's usual words)
AGENDA = """Parish Council Meeting Agenda

- To consider planning applications received
- To maintain the register of interests
- To receive the Clerk's report
"""


def _statements(path: Path, text: str | None = None, mode: str = "rules"):
    """A paper read at the reader's own kind (a plan is no minutes), as `miner ingest` reads it."""
    from miner.evaluation.statements import ParsedDoc, run_finder, units_for
    from miner.ingest import prepare
    from miner.nlp.pipeline import load_base
    from miner.nlp.statements import StatementFinder

    if text is not None:
        path.write_text(text, encoding="utf-8")
    nlp = load_base()
    doc, secs = prepare(path)
    docs = []
    for u in units_for(doc, doc.kind, secs):
        d = nlp.make_doc(u.text)
        d._.miner_unit = u
        docs.append(d)
    return run_finder(ParsedDoc(file=path.name, document=doc, docs=list(nlp.pipe(docs))), StatementFinder(mode=mode))


@pytest.fixture(scope="module")
def shobrooke(tmp_path_factory):
    return _statements(tmp_path_factory.mktemp("r64") / "shobrooke_action_plan.txt", SHOBROOKE)


@pytest.fixture(scope="module")
def island(tmp_path_factory):
    return _statements(tmp_path_factory.mktemp("r64") / "parish_action_plan.txt", ISLAND)


@pytest.fixture(scope="module")
def work_plan():
    return _statements(WORK_PLAN)


@pytest.mark.parametrize("quote", [
    "To maintain and improve parish footpaths and report work required",
    "To continue to request improvements to the dog waste collection service",
    "To maintain the defibrillators",
    "To consider improvements to parishes noticeboards",
    "To promptly acknowledge correspondence within 14 calendar days",
])
def test_an_action_plans_infinitive_lines_are_commitments(shobrooke, quote):
    assert kind_of(shobrooke, quote) == "commitment"


@pytest.mark.parametrize("quote", [
    "Decide on the approach to project management",
    "Negotiate transfer of the freehold of the toilets",
    "Consider providing additional funds if required",
    "Liaise between the public and FYT Bus",
    "Agree tender and award contract",  # found before this round too
])
def test_a_parish_plans_own_verbs(island, quote):
    assert kind_of(island, quote) == "commitment"


@pytest.mark.parametrize("quote", [
    "To ensure crossing is installed in 2021",
    "Monitor air quality via reports from pollution monitor located on A377",
    "To support the A377 Action Group as set up by District Councillor Graeme Barnell",
    "To consider setting up a Community Land Trust",
    "Allotments: To maintain an allotment when demanded by 6 parishioners",
])
def test_a_work_plans_cells_are_commitments(work_plan, quote):
    assert kind_of(work_plan, quote) == "commitment"


@pytest.mark.parametrize("cell", ["Review Timescale", "Important Actions", "Councillor responsible", "Ongoing"])
def test_a_work_plans_column_names_are_none(work_plan, cell):
    assert not any(s.text.strip() == cell for s in work_plan)


def test_an_agendas_infinitive_items_are_not_a_plans(tmp_path):
    found = _statements(tmp_path / "agenda.txt", AGENDA)
    for quote in ("To consider planning applications received", "To maintain the register of interests",
                  "To receive the Clerk's report"):
        assert kind_of(found, quote) is None


def test_a_progress_report_on_a_plan_is_no_plan(tmp_path):
    text = SHOBROOKE.replace("Parish Council Action Plan\n", "Action Plan Progress Update\n", 1) \
        .replace("Action Plan From May 2022", "Progress at May 2023")
    found = _statements(tmp_path / "progress.txt", text)
    assert kind_of(found, "To maintain the defibrillators") is None


@pytest.fixture(scope="module")
def continuing(tmp_path_factory):
    page = "\n\n".join([
        "Annual Parish Meeting", "Chairman's Report",
        # Newton St Cyres APM 2022 (corpus, above)
        "We were disappointed not to be able to secure the Old School site for an Affordable Housing development. "
        "However, our search for a suitable site continues.",
        # Upper Rissington spring 2024 update (batch P): a difficulty that continues, no effort of the council's
        "On another sad note, vandalism still continues to be an issue across the village with signs being ripped down.",
    ])
    return minutes_statements(tmp_path_factory.mktemp("r64") / "apm.txt", page, ("rules", "both"))


def test_the_councils_continuing_search_is_a_commitment(continuing):
    assert kind_of(continuing["rules"], "However, our search for a suitable site continues.") == "commitment"
    kinds = [s.kind for s in continuing["both"] if "our search for a suitable site" in s.text]
    assert kinds == ["commitment"]  # the rule's, not the model's challenge


def test_a_continuing_difficulty_is_no_commitment(continuing):
    assert kind_of(continuing["rules"], "vandalism still continues to be an issue") != "commitment"
