"""The kind of a found statement (rules v38, statements round 34), on real tuned papers: a minuted approval in
the passive is a decision, a list led in by "the following concerns" holds challenges, a reduced overspend or
"learning difficulties" is no difficulty, "Only 1 of the 6 ..." falls short, and an action table under a
priorities heading keeps its rows priorities after a group heading inside the table."""

import pytest
from test_statements import _find, nlp, statements_of  # noqa: F401  (fixtures)
from test_statements_minutes_notes import _kind

NORTHWOLD_2016 = "corpus/parish/Northwold Parish Council minutes 2016-02-02.txt"
NORTHWOLD_2017 = "corpus/parish/Northwold Parish Council minutes 2017-03-07.txt"
WRETTON_2020 = "corpus/parish/Wretton Parish Council minutes 2020-08-24.txt"
WEREHAM_2014 = "corpus/parish/Wereham Parish Council minutes 2014-11-11.txt"
ARGYLL = "corpus/web/Argyll and Bute Council - Community Services Committee 2018-12-11.txt"
ICS_MEASURES = "corpus/kent/24-00115 - Appendix B - KCC ICS priorities measures.txt"
FINANCE_Q3 = "corpus/pdf/24-00108 - Finance Monitoring Report - Q3 - November 2024-25.pdf"


def _kind_in(statements_of, file, quote):
    hits = _find(statements_of(file, "rules"), quote)
    assert hits, quote
    return hits[0].kind


@pytest.mark.parametrize("file, quote", [
    (NORTHWOLD_2016, "were adopted as a true statement and signed by the Chairman"),
    (NORTHWOLD_2017, "was approved for payment after satisfactory inspection of works"),
    (NORTHWOLD_2017, "This was approved, all agreed."),
    (ARGYLL, "was approved as a correct record"),
    (WEREHAM_2014, "This was then agreed and will be signed by the Chair once amended."),
])
def test_a_minuted_approval_in_the_passive_is_a_decision(statements_of, file, quote):
    assert _kind_in(statements_of, file, quote) == "decision"


@pytest.mark.parametrize("text", [
    "The Council extended their thanks and approved the plans which should be completed late April / early May.",
    "Minor amendments were agreed to clarify that the Annual Report was delivered to every household.",
])
def test_an_approval_after_other_business_of_the_same_sentence_is_a_decision(text):
    assert _kind(text) == "decision"


def test_news_of_an_approval_elsewhere_stays_news():
    assert _kind("31 children had been adopted, 26 children were matched with adopters") != "decision"
    assert _kind("Nine fostering households were approved between January and December 2019", minutes=False) != "decision"


@pytest.mark.parametrize("quote", [
    "Low Road in Wretton is considered to be hazardous",
    "The West Dereham Road, coming into Wretton, floods in heavy rain",
])
def test_items_after_the_following_concerns_are_challenges_not_the_lead_ins_decision(statements_of, quote):
    assert _kind_in(statements_of, WRETTON_2020, quote) == "challenge"


def test_only_some_of_the_planned_work_done_falls_short(statements_of):
    assert _kind_in(statements_of, WEREHAM_2014, "Only 1 of the 6 bi-monthly algae sprays has been completed.") == "challenge"


def test_a_reduced_overspend_is_no_difficulty(statements_of):
    assert _kind_in(statements_of, FINANCE_Q3, "The revenue overspend has reduced by") == "achievement"


def test_learning_difficulties_name_people_not_a_difficulty():
    assert _kind("Improve employment rates in people with Learning difficulties", minutes=False) != "challenge"
    assert _kind("There is a shortage of foster carers.", minutes=False) == "challenge"


@pytest.mark.parametrize("quote", [
    "Co-develop a health, work & skills strategy",  # after the table's group heading "Deliver the Kent and Medway ..."
    "Carry out risk assessments of KCC Services",  # after "Climate Change Adaptation"
])
def test_an_action_table_under_a_priorities_heading_keeps_its_rows_priorities_after_a_group_heading(statements_of, quote):
    hits = _find(statements_of(ICS_MEASURES, "rules"), quote)
    assert hits and hits[0].kind == "priority" and hits[0].method.startswith("rule:action-table"), quote


def test_the_evaluation_reports_kind_confusion_per_council_group(nlp):
    """`scripts/evaluate.py statements --by-group`: kind accuracy among found and gold kind > miner kind per group."""
    from miner.evaluation.statements import evaluate, paper_group

    assert [paper_group(f) for f in (WRETTON_2020, ARGYLL, ICS_MEASURES, "corpus/seeds/000_6cef1de8068e4e1d.txt")] == [
        "parish", "web", "kent", "seeds"]
    result = evaluate([WRETTON_2020, ARGYLL], systems=("rules",), nlp=nlp)
    assert set(result["by_group"]) == {"parish", "web"}
    for group in result["by_group"].values():
        s = group["rules"]
        found = round(s["found_recall"] * s["gold"])
        assert sum(s["kind_confusion"].values()) == found
        right = sum(v for k, v in s["kind_confusion"].items() if k.split(">")[0] == k.split(">")[1])
        assert abs(right / found - s["kind_accuracy_among_found"]) < 0.001
    errors = [e for doc in result["per_document"].values() for e in doc["rules"]["kind_errors"]]
    assert all(gold != pred for gold, pred, _ in errors)


def test_the_evaluation_reports_kind_accuracy_of_rule_made_and_classifier_added_statements(statements_of):
    """Round 35: kind accuracy among found split by who made the statement, the rules or the classifier
    behind them (`kind_accuracy_by_source`), on a real parish minute scored against its gold."""
    from miner.evaluation.statements import load_gold, score, summarise

    found = statements_of(WRETTON_2020, "both")
    s = summarise([score(load_gold()[WRETTON_2020], found)])
    src = s["kind_accuracy_by_source"]
    assert src["rule"]["found"] > 0 and src["model"]["found"] > 0
    assert src["rule"]["found"] + src["model"]["found"] == round(s["found_recall"] * s["gold"])
    right = src["rule"]["right"] + src["model"]["right"]
    assert abs(right / (src["rule"]["found"] + src["model"]["found"]) - s["kind_accuracy_among_found"]) < 0.001
