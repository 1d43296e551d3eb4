"""Entities round 65 (stop 62, helper en71): the gold search after an opening quote, and check M's error classes.

The evaluator's gold search (`miner.evaluation.entities._surface_regex`) refused any match right after an apostrophe,
so a gold name written after an opening single quote ("'Securing Kent's Future'") was found nowhere; now only an
apostrophe inside a word ("Laing O'Rourke") blocks a match.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from miner.evaluation import entities as ev

ROOT = Path(__file__).resolve().parent.parent


def _found(form: str, text: str) -> list[str]:
    return [m.group(0) for m in ev._surface_regex(form).finditer(text)]


# Kent, record of decision 24-00093 (corpus/kent/Appendix 4 - 24-00093 Record of Decision.txt)
KENT = "In October 2023 the KCC Cabinet adopted 'Securing Kent's Future' which set out"
# Medway, seed 001 (corpus/seeds/001_fd1a3b6a4ff01199.txt)
MEDWAY = "achieved Flag Ship status last year using the NYA's 'Hear by Right' accreditation."
# Milnathort Community Council minutes 12 February 2015 (docslib.org/doc/2801404; corpus/web/)
MILNATHORT = "were currently reviewing its 'Multi Member Ward Policing Plans' for the"


@pytest.mark.parametrize("form,text", [
    ("Securing Kent's Future", KENT),
    ("Hear by Right", MEDWAY),
    ("Multi Member Ward Policing Plans", MILNATHORT),
    ("Hear by Right", "using the NYA's \u2018Hear by Right\u2019 accreditation."),  # curly quotes, found as before
], ids=["kent", "medway", "milnathort", "curly"])
def test_a_gold_name_after_an_opening_quote_is_found(form, text):
    assert _found(form, text) == [form]


@pytest.mark.parametrize("form,text", [
    # Kent CMPB annual report 2024, an award table (corpus/kent/Appendix 1 - Kent CMPB 2024 Annual Report.txt)
    ("Rourke", "| Laing O'Rourke | R2022 | Gold |"),
    ("Rourke", "| Laing O\u2019Rourke |"),
    ("Taf", "the Public Services Board's 'Cwm Taf-Morgannwg"),  # after a hyphen, as before
    ("NYA", "the NYA's 'Hear"),  # the end is unchanged: a possessive still ends a name
], ids=["o-rourke", "curly-inside-word", "hyphen", "possessive-end"])
def test_an_apostrophe_inside_a_word_still_blocks_and_the_rest_is_unchanged(form, text):
    expected = ["NYA"] if form == "NYA" else []
    assert _found(form, text) == expected


def test_the_tuned_papers_quoted_names_are_gold_spans_whole():
    file = "corpus/kent/Appendix 4 - 24-00093 Record of Decision.txt"
    _, text = ev.document_text(file)
    spans = ev.gold_spans(text, ev.load_gold()[file])
    whole = [(s, e) for s, e, lab, _ in spans if text[s:e] == "Securing Kent's Future" and lab == "PROGRAMME"]
    assert whole
    # the place inside the quoted name is no mention of its own any more (the longer form wins)
    assert not [1 for s, e, _, _ in spans for ws, we in whole if ws < s < we]
    seed = "corpus/seeds/001_fd1a3b6a4ff01199.txt"
    _, text = ev.document_text(seed)
    assert "Hear by Right" in [text[s:e] for s, e, _, _ in ev.gold_spans(text, ev.load_gold()[seed])]
