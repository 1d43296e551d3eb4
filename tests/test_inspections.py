"""Inspection outcomes on real seed text."""

from pathlib import Path

from miner.nlp.inspections import find_inspections, normalise_judgement

SEEDS = Path(__file__).resolve().parents[1] / "corpus" / "seeds"


def outcomes(seed: str):
    return [f for _, _, f in find_inspections((SEEDS / seed).read_text(encoding="utf-8"))]


def test_medway_2020_ofsted_inadequate():
    found = outcomes("001_fd1a3b6a4ff01199.txt")
    assert {"judgement": "Inadequate", "inspectorate": "Ofsted", "date": "2019-07"} in found
    assert all(f["judgement"] == "Inadequate" for f in found)


def test_medway_2018_requiring_improvement():
    found = outcomes("003_3b4d7debc252c725.txt")
    assert {"judgement": "Requires Improvement", "inspectorate": "Ofsted", "date": "2015-09"} in found


def test_outstanding_children_home_and_no_ambition_false_positive():
    found = outcomes("000_6cef1de8068e4e1d.txt")
    assert found == [{"judgement": "Outstanding", "inspectorate": "Ofsted", "date": "2017-03"}]  # not "ambition to be outstanding"


def test_rated_as_follows_list_items():
    text = "Our homes are rated as follows:\n\nThe Lodge – Good\n\nThe Elms - Requires Improvement to be Good\n"
    assert [f["judgement"] for _, _, f in find_inspections(text)] == ["Good", "Requires Improvement"]


def test_judgement_spellings_normalise():
    assert normalise_judgement("requiring improvement") == "Requires Improvement"
    assert normalise_judgement("Requires Improvement to be Good") == "Requires Improvement"
    assert normalise_judgement("inadequate") == "Inadequate"
