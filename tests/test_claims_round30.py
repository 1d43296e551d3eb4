"""Claims in Kent budget council minutes (claims round 30), read from the real corpus paper through the real
pipeline: a figure alone on its lines under a label ("Proposed Amount:") is measured by that label, and a mark a PDF
converter left inside a word ("un[1]ringfenced") is no claim."""

from pathlib import Path

import pytest
from conftest import claim_at as _at, paper_claims

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture(scope="module")
def budget_minutes():
    return paper_claims(CORPUS / "kent" / "Printed minutes 13th-Feb-2025 09.30 County Council.txt")


@pytest.mark.parametrize("quote", ["£75k", "£1m", "£1,750k"])
def test_a_figure_alone_under_its_label_is_measured_by_the_label(budget_minutes, quote):
    text, claims = budget_minutes
    claim = _at(text, claims, f'Proposed Amount:\n\n"{quote}"', quote)
    assert claim is not None and claim.indicator == "budget"


def test_a_converter_mark_inside_a_word_is_no_claim(budget_minutes):
    text, claims = budget_minutes
    assert _at(text, claims, "un[1]ringfenced", "1") is None
