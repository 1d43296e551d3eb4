"""`doctext.text_of`: a Doc's text joined once, the same as `Doc.text`."""

import spacy

from miner.nlp.doctext import text_of


def test_text_of_is_doc_text_and_kept():
    nlp = spacy.blank("en")
    doc = nlp.make_doc("The Council will deliver 200 homes.\nIt agreed the plan.")
    assert text_of(doc) == doc.text
    assert text_of(doc) is text_of(doc)  # read once


def test_text_of_after_retokenising():
    nlp = spacy.blank("en")
    doc = nlp.make_doc("Kent County Council agreed.")
    first = text_of(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:3])
    assert text_of(doc) == doc.text == first
