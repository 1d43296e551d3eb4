"""A count of a paper's, plan's or structure's own parts, of a proposal's bodies or of a hypothetical is no claim
(the lead's convention after claims round 31, claims round 33): "The Plan is in two parts", "structured around four
strategic priorities", "Separate the CYPE into two Cabinet Committees", "a JHOSC comprising two local authorities".
Counts of real things the authority has or did stay claims. Read from real corpus papers through the real pipeline."""

from functools import partial
from pathlib import Path

import pytest
from conftest import claim_at

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture(scope="module")
def papers():
    from miner.extract import extract
    from miner.ingest import prepare

    cache: dict[str, tuple[str, list]] = {}

    def read(folder: str, name: str):
        if name not in cache:
            document, sections = prepare(CORPUS / folder / name)
            cache[name] = (document.text, extract(document, sections).claims)
        return cache[name]

    return read


_at = partial(claim_at, inside=True)


@pytest.mark.parametrize("folder, name, context, quote", [
    ("kent", "24-00115 - Adoption of Integrated Care Strategy delivery plan - Report.txt", "The Plan is in two parts", "two"),
    ("kent", "Appendix N - Capital Strategy.txt", "structured around four strategic priorities", "four"),
    ("kent", "Governance Update Report.txt", "Separate the CYPE into two Cabinet Committees", "two"),
    ("kent", "Governance Update Report.txt", "the meeting divided into two parts", "two"),
    ("kent", "JHOSC ToR - report to full Council.txt", "a JHOSC comprising two local authorities", "two"),
    ("kent", "19 December 2024 - County Council minutes.txt", "a county council with three unitary authorities", "three"),
    ("web", "Cardiff Council - Cabinet 2017-07-06.txt", "The document set out four main priority areas", "four"),
    ("seeds", "002_ae80002c44bcfba2.txt", "arranged into three interlinked service", "three"),
    ("seeds", "004_4330630ba5c986a6.txt", "now comprises 3 areas", "3"),
    ("seeds", "004_4330630ba5c986a6.txt", "The agreed plan focused on 4 priorities", "4"),
])
def test_counts_of_a_structure_are_no_claims(papers, folder, name, context, quote):
    text, claims = papers(folder, name)
    assert _at(text, claims, context, quote) is None


@pytest.mark.parametrize("folder, name, context, quote, value", [
    ("seeds", "004_4330630ba5c986a6.txt", "comprises four strategic managers", "four", 4),  # staff a service has
    ("seeds", "002_ae80002c44bcfba2.txt", "Our 4 localities", "4", 4),  # things the authority has
    ("kent", "Printed minutes 13th-Mar-2025 10.00 County Council.txt", "the 14 local authorities within Kent", "14", 14),
])
def test_counts_of_real_things_stay_claims(papers, folder, name, context, quote, value):
    text, claims = papers(folder, name)
    claim = _at(text, claims, context, quote)
    assert claim is not None and claim.value == value
