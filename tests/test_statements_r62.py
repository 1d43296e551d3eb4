"""Statements round 62 (stop 61): the classifier's context feature group "ctx" (`statements_context.UnitContext`:
the words of the heading a unit sits under, a list item's lead-in words, the first unit under a heading) read alike by
the training rows and the finder, and `scripts/statements_loco.py` (round 60's leave-one-council-out recorder and
replayer as one script), whose record re-scored offline gives what the evaluator's own run gives.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from miner.nlp import statement_model
from miner.nlp.statement_model import DEFAULT_FEATURES, Candidate, featurise

ROOT = Path(__file__).resolve().parents[1]
# https://democracy.sheffield.gov.uk/mgAi.aspx?ID=9211 (corpus/web, statements round 51's batch H): minutes of a
# scrutiny committee: "Members then made a number of comments as follows:-", two items under it, then "RESOLVED: ..."
SHEFFIELD = "corpus/web/Sheffield City Council - Scrutiny Committee update on scrutiny work programmes.txt"
# three small tuned pages of three councils, for a fast leave-one-council-out record
TINY = ["corpus/web/London Borough of Havering - Cabinet 2023-07-20.txt",
        "corpus/web/Bristol City Council - Cabinet 2018-07-03.txt",
        "corpus/web/Stockport Council - Executive Meeting 2014-10-01.txt"]


@pytest.fixture(scope="module")
def sheffield(base_nlp):
    from miner.evaluation.statements import parse_file

    return parse_file(SHEFFIELD, base_nlp)


def _loco_script():
    spec = importlib.util.spec_from_file_location("statements_loco", ROOT / "scripts" / "statements_loco.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_list_item_reads_its_lead_in_and_heading(sheffield):
    from miner.evaluation.statements import candidates_and_labels

    cands, _ = candidates_and_labels(sheffield, [])
    item = next(c for c in cands if c.text.startswith("Good examples of joint working"))
    assert {"l_members", "l_comments", "l_follows"} <= set(item.context)
    assert {"h_elections", "h_involvement"} <= set(item.context)
    resolved = next(c for c in cands if c.text.startswith("RESOLVED: That the work programmes"))
    assert not any(t.startswith("l_") for t in resolved.context)  # a body unit hangs under no lead-in
    assert "h_elections" in resolved.context
    first = next(c for c in cands if c.text.startswith("The Head of Elections, Equalities and Involvement submitted"))
    assert "u_first" in first.context and "u_first" not in resolved.context


def test_finder_and_training_rows_read_the_same_context(sheffield):
    """What the model is fitted on is what it is asked about: the finder's context of each unit equals the rows'."""
    from miner.evaluation.statements import candidates_and_labels
    from miner.nlp.statements import StatementFinder

    rows = {c.text.strip(): c.context for c in candidates_and_labels(sheffield, [])[0]}
    finder = StatementFinder(mode="rules")
    seen = []
    for d in sheffield.docs:
        found = finder._by_rules(d)
        seen.append((d.text.strip(), found.context))
    matched = [(t, ctx) for t, ctx in seen if t in rows]
    assert len(matched) >= 5
    assert all(rows[t] == ctx for t, ctx in matched)


def test_context_resets_on_a_new_paper():
    from miner.model import TextUnit
    from miner.nlp.statements_context import UnitContext

    ctx = UnitContext()
    head = TextUnit("a", None, "1", "heading", "other", None, 0, "1 Resolved")
    ctx(head, head.text)
    body = TextUnit("a", None, "1.p1", "body", "other", None, 20, "That the plan be approved.", header="Resolved")
    assert ctx(body, body.text) == ("h_resolved", "u_first")
    other = TextUnit("b", None, "p1", "body", "other", None, 0, "Present: Councillors A and B.")
    assert ctx(other, other.text) == ("u_first",)


def test_models_without_ctx_read_nothing_new():
    """Version 17 (no "ctx" group): a candidate's context changes none of its features."""
    c = Candidate("Officers would report back to the next meeting.", minutes=True, context=("h_resolved", "u_first"))
    bare = Candidate("Officers would report back to the next meeting.", minutes=True)
    assert featurise(c, DEFAULT_FEATURES) == featurise(bare, DEFAULT_FEATURES)
    assert "ctx" in statement_model.ALL_FEATURES and "ctx" not in DEFAULT_FEATURES


def test_loco_record_replays_and_scores_as_the_evaluator(tmp_path, base_nlp, monkeypatch):
    import pickle

    import miner.evaluation.statements as ev
    from miner.nlp.statements import StatementFinder

    loco = _loco_script()
    monkeypatch.setattr(ev, "MIN_FOLD_STATEMENTS", 0)  # one fold per council, even for these small pages
    rec = loco.record(str(tmp_path / "rec.pkl"), str(tmp_path / "folds"), files=TINY)
    assert sorted(rec["per"]) == sorted(TINY) and len(rec["folds"]) == 3
    again = loco.replay(str(tmp_path / "rec.pkl"), str(tmp_path / "folds"), str(tmp_path / "again.pkl"))
    for f in TINY:
        for mode in ("model", "both"):
            assert [(s.kind, s.text, s.confidence) for s in again["per"][f][mode]] == \
                   [(s.kind, s.text, s.confidence) for s in rec["per"][f][mode]]
    thresholds = {"minutes": 0.35, "default": 0.3}
    direct = []
    for i, held in enumerate(rec["folds"]):
        model = pickle.loads((tmp_path / "folds" / f"fold{i:02d}.pkl").read_bytes())
        for f in held:
            preds = ev.run_finder(ev.parse_file(f, base_nlp), StatementFinder(mode="both", model=model,
                                                                          min_model_confidence=thresholds))
            direct.append(ev.score(rec["per"][f]["gold"], preds))
    assert loco.at_thresholds(rec, thresholds)["promise"] == ev.summarise(direct)["promise"]
