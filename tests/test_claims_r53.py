"""Claims round 53 (helper cl53): the learned-indicator experiment's row builder (`scripts/indicator_experiment.py`).

The model did not ship (see annotations/README.md, "Claims round 53"); what is kept is the experiment, and this checks
that its training rows come from the tuned claims gold read through the real pipeline, with the run-time inputs and
the gold indicator of each matched claim, and never from a held-out or blind paper."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = importlib.util.spec_from_file_location("indicator_experiment", ROOT / "scripts" / "indicator_experiment.py")
experiment = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(experiment)

BIRMINGHAM = "Birmingham City Council - Cabinet 2018-11-13.txt"  # a tuned gold file of four claims


def test_rows_of_a_real_tuned_gold_file_carry_run_time_inputs_and_the_gold_indicator():
    rows = experiment.tuned_rows([BIRMINGHAM], cache=None)
    by_quote = {r["quote"]: r for r in rows}
    # the gold's four claims, each matched by the pipeline with its value and unit
    assert set(by_quote) == {"£18.2m", "4.99%", "2.99%", "2.00%"}
    assert by_quote["4.99%"]["gold"] == "council_tax"
    assert by_quote["£18.2m"]["gold"] == "savings"
    for r in rows:
        assert r["quote"] in r["sentence"]  # the claim's own sentence is an input
        assert r["group"] == "Birmingham City Council"  # grouped by council for the cross-validation
        assert r["rules"] in {*(i["id"] for i in experiment_indicators()), experiment.NONE}
        assert r["unit"] in {"GBP", "%"}


def experiment_indicators():
    from miner.nlp.claim_indicator import indicators

    return indicators()


def test_held_out_and_blind_papers_are_never_rows():
    assert experiment.tuned_rows(["001_fd1a3b6a4ff01199.txt", "Cabinet QPR Q3 Cover.pdf"], cache=None) == []
    gold = experiment.load_claims_gold()
    names = experiment.tuned_names(gold)
    assert "003_3b4d7debc252c725.txt" not in names and BIRMINGHAM in names
    assert not any(n.startswith("compare_audit") for n in gold)


def test_setups_score_rules_model_and_combinations_on_the_same_rows():
    rows = [{"rules": "budget", "gold": "budget"}, {"rules": experiment.NONE, "gold": "savings"},
            {"rules": "reserves", "gold": "savings"}]
    preds = [("savings", 0.95), ("savings", 0.7), ("savings", 0.55)]
    scores = experiment.setups(rows, preds)
    assert scores["rules"] == round(1 / 3, 4)
    assert scores["model"] == round(2 / 3, 4)
    assert scores["fill@0.6"] == round(2 / 3, 4)  # the None row filled by the model at 0.7
    assert scores["override@0.9"] == 0.0  # only the first row overridden, and the rules had it right
    assert scores["override@0.5"] == round(2 / 3, 4)
