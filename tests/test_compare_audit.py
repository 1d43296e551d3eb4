"""What `miner metrics` / `miner compare` show, checked against the researcher's audit of series points
(`annotations/claims/compare_audit.jsonl`) on real papers tuned for claims."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from miner.evaluation import compare as audit
from miner.evaluation.claims import HELDOUT, corpus_path
from miner.ingest import process_path
from miner.model import Extraction
from miner.series import build_series


def _points(ex: Extraction) -> list[dict]:
    """Series points of one paper in the shape the audit scores (file, indicator, unit, as-of, value, span)."""
    claims = {c.id: c for c in ex.claims}
    return [{"file": Path(ex.document.path).name, "indicator": p.indicator, "unit": p.unit, "as_of": p.as_of,
             "value": p.value, "start": claims[p.claim_id].start, "end": claims[p.claim_id].end}
            for p in build_series([ex])]


@pytest.fixture(scope="module")
def kent_performance() -> Extraction:
    return process_path(corpus_path("QPR Q3 Cabinet appendix 1.pdf"))


@pytest.fixture(scope="module")
def medway_2018() -> Extraction:
    return process_path(corpus_path("000_6cef1de8068e4e1d.txt"))


def test_audit_lines_are_labelled_tuned_points():
    """Every audit line names a claims-tuned paper (never a held-out one), says correct or not and why,
    and its quote lies in its context."""
    lines = audit.load_audit()
    assert len(lines) > 400
    tuned = set(audit.tuned_files())
    for a in lines:
        assert a["type"] == "audit" and a["file"] in tuned and a["file"] not in HELDOUT
        assert isinstance(a["correct"], bool) and a["why"]
        assert a["quote"] in a["context"]
    assert {True, False} == {a["correct"] for a in lines}


def test_medway_points_are_all_labelled_and_mostly_right(medway_2018):
    """The Medway 2018 report's series points, rebuilt from the paper: each is one the audit labels, the
    precision holds, and the parts and targets the audit found wrong are gone ("three of our care leavers
    graduated", "12 over the age of 5", "increasing our establishment ... to 90")."""
    points = _points(medway_2018)
    text = medway_2018.document.text
    labels = audit.label_points(points, {points[0]["file"]: text}, audit.load_audit())
    assert None not in labels
    result = audit.score(points, labels)
    assert result["precision"] >= 0.7, result
    shown = {text[p["start"] : p["end"] + 25] for p in points}
    for gone in ("three of our care", "12 over the age of", "90.\n"):
        assert not any(s.startswith(gone) for s in shown), gone
    assert any(s.startswith("345 in December 2017") for s in shown)  # the levels stay


def test_parts_sequences_and_earlier_quarters_are_no_points(kent_performance):
    """Kent's quarterly report: "the first two Mockingbird ... constellations" counts no foster carers (the
    claim takes no indicator); a share in brackets after a count ("1,036 (51.4%)"), a breakdown ("20 were
    'primary' phase pupils", "by Dartford with 15") and the previous quarter's value ("compared to 23.4% the
    previous Quarter") are no points; the levels (2,016 care leavers, 1,109 plans, 613 households) are."""
    ex = kent_performance
    text = ex.document.text
    two = next(c for c in ex.claims if text[c.start - 10 : c.end + 12].endswith("first two Mockingbird"))
    assert two.indicator is None
    shown = {text[p["start"] : p["end"] + 20].replace("\n", " ") for p in _points(ex)}
    for gone in ("51.4%", "48.6%", "20 were 'primary'", "15 and Sevenoaks", "23.4% the previous", "72.7% at the end", "two Mockingbird"):
        assert not any(s.startswith(gone) for s in shown), gone
    for kept in ("2,016 – an increase", "1,109 children", "613 approved"):
        assert any(s.startswith(kept) for s in shown), kept


def test_table_cells_and_implausible_values_are_no_points():
    """The budget book's cells are claims, but no cell is a series point (the text no longer ties it to its
    row and column); the risk register's likelihood "4" read as council tax is neither a cell worth showing
    nor a plausible council tax figure (`indicators.json` "plausible"), and a risk register's figures are
    risks, not the council's values: its only points can be its exposures."""
    book = process_path(corpus_path("Appendix E - 2025-26 Budget by Directorate.pdf"))
    assert sum(1 for c in book.claims if c.indicator) > 100
    assert build_series([book]) == []
    register = process_path(corpus_path("Appendix I Budget Risk Register 22.01.25.pdf"))
    text = register.document.text
    assert not [p for p in _points(register) if p["indicator"] == "council_tax" and p["unit"] == "count"]
    assert not [p for p in _points(register) if re.fullmatch(r"\d", text[p["start"] : p["end"]])]
    assert sum(1 for c in register.claims if c.indicator and c.indicator != "risk_exposure") > 5
    assert {p["indicator"] for p in _points(register)} <= {"risk_exposure"}
