"""Entities round 81 (stop 69, helper en81): boundary errors counted by class; a title before a full name.

No fresh batch this round: the pool (14 check batches) and the tuned papers only, every number in sample.

The count of predicted spans overlapping a gold span with other bounds (annotations/README.md, "Entities round 81")
found one class whose gold agrees with the guidelines ("a title before a full name is dropped") in three batches: a
title kept before a forename and a surname. Two of its forms are fixed:
- a list of people with surnames in capitals whose rows open with a title ("Councillor Maureen BENNISON"): the row's
  person starts after the title (`service_tables.people_with_capital_surnames`);
- a forename joined by a hyphen ("Councillor Jon-Paul Blundell"): a forename, so the title goes
  (`service_ruler._untitle`); a hyphenated surname alone keeps its title ("Mrs Smith-Jones").
"""

from __future__ import annotations

import pytest

from conftest import paper_mentions, unit_labels

WEB = "corpus/web/"
STIRLING = "Stirling Council - Special Council 2018-08-23.txt"
BRIDGEND = "Bridgend County Borough Council - Subject Overview and Scrutiny Committee 1 Youth Justice Service.txt"


@pytest.mark.parametrize("name", ["Maureen BENNISON", "Neil BENNY", "Margaret BRISLEY", "Evelyn TWEED"])
def test_a_title_opening_a_row_of_capital_surnames_is_left_out(nlp, name):
    found = paper_mentions(nlp, WEB + STIRLING, "Councillor " + name)
    assert found.get(name, (None,))[0] == "PERSON"
    assert "Councillor " + name not in found


def test_a_hyphenated_forename_loses_its_title(nlp):
    found = paper_mentions(nlp, WEB + BRIDGEND, "Councillor Jon-Paul Blundell - Cabinet Member Education")
    assert found.get("Jon-Paul Blundell", (None,))[0] == "PERSON"
    assert "Councillor Jon-Paul Blundell" not in found


def test_a_hyphenated_surname_alone_keeps_its_title(nlp):
    # written for this test
    found = unit_labels(nlp, "Apologies were received from Mrs Smith-Jones and Mr Gough.")
    assert found.get("Mrs Smith-Jones") == "PERSON"


def test_a_title_before_a_capital_surname_alone_stays(nlp):
    # written for this test: a title before a surname alone stays, in a list of capital surnames too
    found = unit_labels(nlp, "Present:\nCouncillor Maureen BENNISON\nCouncillor Neil BENNY\nMr JONES\n")
    assert found.get("Mr JONES") == "PERSON"
    assert found.get("Neil BENNY") == "PERSON"
