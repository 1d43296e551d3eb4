"""Claims round 89: the as-of of figures on a meeting site's agenda item page whose title is not the item's heading.
The page prints "Agenda item" over the item's heading ("Corporate Performance Report: Quarter 4 2020/21"); where the
page's title is the council and committee, or the site's furniture ("Skip to content"), the heading's period was never
read and the item's undated figures took none (pool batches F68 Gravesham, F75 West Berkshire, F78 Dartford). The line
after the label is now the item's heading; a heading's quarter in words ("Quarter Three") is read; and a heading line
stating a sum (a resolution the page broke over lines) starts no new item. See annotations/README.md, "Claims round 89".
"""

import pytest

from conftest import claim_found, corpus_claims
from miner.nlp.claim_as_of import heading_quarter, item_period
from miner.nlp.claims import _agenda_item_heading, _ends_on_agenda_item_label

GRAVESHAM = "Gravesham Borough Council - Performance and Administration Committee.txt"
WEST_BERKSHIRE = "West Berkshire Council - Executive.txt"
DARTFORD = "Dartford Borough Council - Cabinet Capital Programme Monitoring 2020-21.txt"


def test_heading_quarter_in_words():
    assert heading_quarter("Financial Performance Report 2017/18 - Quarter Three (EX3305)") == "2017-12"
    assert heading_quarter("Quarter Two 2023/24 Performance") == "2023-09"
    assert item_period("Financial Performance Report 2017/18 - Quarter Three (EX3305)") == "2017-12"
    # no year: no quarter
    assert heading_quarter("Performance Update Report - Quarter Three") is None


def test_agenda_item_label_heads_the_item():
    unit = "Agenda item\nCorporate Performance Report: Quarter 4 2020/21\nMinutes:\nThe Head of Revenues presented ..."
    assert _agenda_item_heading(unit, False) == "Corporate Performance Report: Quarter 4 2020/21"
    # the label ends one unit, the heading opens the next
    assert _ends_on_agenda_item_label("To report any issues ...\n\nAgenda item\n")
    assert _agenda_item_heading("Financial Performance Report 2017/18 - Quarter Three (EX3305)", True) is not None
    # a sentence or a part's label under the label is no heading
    assert _agenda_item_heading("Agenda item\nThe Commission will receive a report which presents the spending position "
                                "of the Adult Social Care Department as at the end of July 2014 (Period 4).", False) is None
    assert _agenda_item_heading("Agenda item\nMinutes:\nThe Committee noted ...", False) is None
    assert _agenda_item_heading("Corporate Performance Report: Quarter 4 2020/21", False) is None


@pytest.fixture(scope="module")
def gravesham():
    return corpus_claims(GRAVESHAM)


def test_gravesham_item_quarter_dates_its_figures(gravesham):
    # "Agenda item" / "Corporate Performance Report: Quarter 4 2020/21" under a title naming the council and committee
    assert claim_found(gravesham, "the national and Kent averages being 17 days", "17 days").as_of == "2021-03"
    assert claim_found(gravesham, "At the end of Quarter 4 64 complaints", "64").as_of == "2021-03"
    # a figure its own sentence dates keeps its date
    assert claim_found(gravesham, "was 14.2 days", "14.2 days").as_of == "2021-05"


def test_west_berkshire_worded_quarter_dates_its_figures():
    paper = corpus_claims(WEST_BERKSHIRE)
    assert claim_found(paper, "would be an overspend of £860k", "£860k").as_of == "2017-12"
    assert claim_found(paper, "net revenue budget of £117.4m", "£117.4m").as_of == "2017-12"


def test_dartford_resolution_line_with_a_sum_starts_no_item():
    # "4. That Cabinet approves the virement of £900,000 from the" (a resolution broken over lines) is no item's heading:
    # the item's "Capital Programme Monitoring 2020/21" still dates it and the discussion after
    paper = corpus_claims(DARTFORD)
    assert claim_found(paper, "approves the virement of £900,000 from the", "£900,000").as_of == "2020-21"
    assert claim_found(paper, "the reported £900,000 overspend", "£900,000").as_of == "2020-21"
