"""Precision of the rules (rules v39, statements round 36), on a real tuned Kent paper: a table's header row that names
an action column is no statement, and behind the rules the classifier does not add a sentence the paper already has
as a statement of the same kind."""

from collections import Counter

from test_statements import _find, nlp, statements_of  # noqa: F401  (fixtures)

from miner.nlp.statements_tables import names_columns

HEALTH_ACTIVITY = "corpus/kent/24-00115 - Appendix A - Current Health wellbeing activity within KCC.txt"


def test_a_header_row_naming_an_action_column_is_no_statement(statements_of):
    """"| What we have committed to | Strategies / plans in place to deliver |" heads the table on every page (28 times):
    the column's name matched the "have committed to" cue and was read as a commitment each time."""
    found = statements_of(HEALTH_ACTIVITY, "rules")
    assert not _find(found, "What we have committed to")
    assert found, "the table's rows and the paper's prose are still read"


def test_column_names_are_told_from_a_row_of_short_cells():
    assert names_columns("| What we have committed to | Strategy / plan / Service in place to deliver |")
    assert names_columns("| What we have committed to | Strategies / plans in place to deliver | Led by / responsible |")
    assert not names_columns("| Address health inequalities | Increase rates of breastfeeding |")  # a row of the table
    assert not names_columns("What we have committed to")  # no cells: a sentence, read by the cues
    assert not names_columns("| Actions | The Council will publish its new Local Plan for consultation in the spring of 2026. |")


def test_the_classifier_adds_no_repeat_of_a_statement_of_the_same_kind(statements_of):
    """The appendix repeats its aims row after row ("Support and grow our workforce"): one statement each, where
    it first appears."""
    found = statements_of(HEALTH_ACTIVITY, "both")
    said = Counter((s.kind, " ".join(s.text.split()).lower()) for s in found)
    repeated = [s for s in found if s.method.startswith("model:") and said[(s.kind, " ".join(s.text.split()).lower())] > 1]
    assert not repeated, [s.text for s in repeated][:5]
