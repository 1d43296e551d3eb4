"""A table row written with "|" between cells is read a cell at a time (statements._split_at_cells)."""

from miner.nlp.statements import _sentences_of


def test_a_cell_ends_a_sentence_and_no_statement_quotes_the_rule_marks(nlp):
    doc = nlp("| Gateway is only open 4 days a week | We will review the opening hours of the Gateway. |\n"
                   "|  | Our network of workers will help families move to the new site. |")
    texts = [s.text for s in _sentences_of(doc)]
    assert texts == ["Gateway is only open 4 days a week", "We will review the opening hours of the Gateway.",
                     "Our network of workers will help families move to the new site."]


def test_a_sentence_without_rule_marks_is_unchanged(nlp):
    doc = nlp("The Council will open two new hubs by March 2026. It has already opened one.")
    assert [s.text for s in _sentences_of(doc)] == ["The Council will open two new hubs by March 2026.", "It has already opened one."]
