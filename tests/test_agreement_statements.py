"""The statement second readings (annotations/agreement/, B on two tuned papers, C blind on the three
held-out ones) are usable: every quote is in its paper's normalised text, every kind is one the
evaluation knows, and each reading covers only papers that have gold."""

from __future__ import annotations

from pathlib import Path

import pytest

from miner.evaluation.statements import GOLD_DIR, HELDOUT, KINDS, load_gold, squash
from miner.readers import read_document

READINGS = {"B": GOLD_DIR.parent / "agreement", "C": GOLD_DIR.parent / "agreement" / "heldout"}


@pytest.fixture(scope="module")
def texts():
    cache: dict[str, str] = {}

    def text(file: str) -> str:
        if file not in cache:
            cache[file] = squash(read_document(GOLD_DIR.parents[1] / file).text)
        return cache[file]

    return text


@pytest.mark.parametrize("who", sorted(READINGS))
def test_every_quote_of_a_second_reading_is_in_its_paper(who, texts):
    reading = load_gold(READINGS[who])
    assert reading
    missing = [(f, g.quote) for f, rows in reading.items() for g in rows if squash(g.quote) not in texts(f)]
    assert not missing
    assert {g.kind for rows in reading.values() for g in rows} <= set(KINDS)


def test_every_gold_quote_is_in_its_paper(texts):
    """The gold's own quotes too, so a transcribed paper (corpus/kent/) whose quotes drift from its text fails."""
    gold = load_gold()
    missing = [(f, g.quote) for f, rows in gold.items() for g in rows if squash(g.quote) not in texts(f)]
    assert not missing
    assert any(f.startswith("corpus/kent/") for f in gold)


def test_readings_cover_papers_with_gold_and_c_reads_exactly_the_held_out_ones():
    gold = load_gold()
    for path in READINGS.values():
        assert set(load_gold(path)) <= set(gold)
    assert set(load_gold(READINGS["C"])) == HELDOUT
    assert not set(load_gold(READINGS["B"])) & HELDOUT
