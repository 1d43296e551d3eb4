"""Entities round 43: care and committee papers of other councils. A council's charging policy for care is a named
policy ("Adult Social Care Residential Charging Policy", not the service "Adult Social Care"); an executive
councillor's portfolio after a comma is a job title ("Executive Councillor for Adult Care, Health and Children's
Services"); a sub-committee by its kind alone, a kind of plan by its kind alone ("Delivery Plan", "Recovery Plan"), an
internal audit's annual report and an attendance list's code after a name ("Harry Rayner – MEM (Chair)") name
nothing; a lower-case "committee" after a committee's remit makes it a committee ("Governance & Audit committee").
Every text is a paragraph of the corpus paper, read as the evaluation reads it."""

from __future__ import annotations

import pytest

from tests.conftest import unit_mentions

MIDDLESBROUGH = "corpus/web/Middlesbrough Council - Executive 2024-10-01.txt"
ROCHDALE = "corpus/web/Rochdale Borough Council - Cabinet 2020-12-01.txt"
LINCOLNSHIRE = "corpus/web/Lincolnshire County Council - Executive 2020-10-06.txt"
CONSTITUTION = "corpus/kent/Appendix 2 - Constitution changes.txt"
SECTION_25 = "corpus/kent/section 25 statement - FINAL.txt"
ICS_REPORT = "corpus/kent/24-00115 - Adoption of Integrated Care Strategy delivery plan - Report.txt"
RECORD_OF_DECISION = "corpus/kent/Appendix 4 - 24-00093 Record of Decision.txt"
TMG_NOTE = "corpus/kent/Appendix 3 - TMG meeting note 14 November 2024.txt"


def _found(nlp, paper: str, marker: str) -> dict[str, tuple[str, str | None]]:
    """The mentions read in the first paragraph of the paper's read text that holds `marker`."""
    from miner.evaluation.entities import document_text, paragraphs

    _, text = document_text(paper)
    return unit_mentions(nlp, next(chunk for _, chunk in paragraphs(text) if marker in chunk))


# (paper, a quote of its paragraph, a name read there before this round that is none)
NO_NAMES = [
    (MIDDLESBROUGH, "01/10/2024 - Adult Social Care Residential Charging Policy", "Adult Social Care"),
    (LINCOLNSHIRE, "Executive Councillor for Adult Care", "Health and Children's Services"),
    (CONSTITUTION, "Any Member of the Scrutiny Committee or Sub-Committee thereof", "Sub-Committee"),
    (SECTION_25, "as detailed in the Annual Internal Audit Report", "Annual Internal Audit Report"),
    (SECTION_25, "considered by Governance & Audit committee", "Governance & Audit"),
    (ICS_REPORT, "Integrated Care Strategy (KCC ICS) Delivery Plan", "Delivery Plan"),
    (RECORD_OF_DECISION, "we have needed to adopt a Recovery Plan", "Recovery Plan"),
    (TMG_NOTE, "Harry Rayner – MEM (Chair)", "MEM"),
]

# (paper, a quote of its paragraph, a name read there, its label)
NAMES = [
    (MIDDLESBROUGH, "01/10/2024 - Adult Social Care Residential Charging Policy",
     "Adult Social Care Residential Charging Policy", "PROGRAMME"),
    (MIDDLESBROUGH, "Executive approve the Residential Charging Policy", "Residential Charging Policy", "PROGRAMME"),
    (ROCHDALE, "Local Charging Policy", "Local Charging Policy", "PROGRAMME"),
    (SECTION_25, "considered by Governance & Audit committee", "Governance & Audit committee", "BOARD"),
    # guards passing on the old code too: the committee a sub-committee belongs to, a plan's own name with its kind,
    # an attendee's name and a body's known name in the same list
    (CONSTITUTION, "Any Member of the Scrutiny Committee or Sub-Committee thereof", "Scrutiny Committee", "BOARD"),
    (TMG_NOTE, "Harry Rayner – MEM (Chair)", "Harry Rayner", "PERSON"),
    (TMG_NOTE, "Harry Rayner – MEM (Chair)", "KCC", "ORG"),
]


@pytest.mark.parametrize("paper, marker, name", NO_NAMES)
def test_no_name(services_nlp, paper, marker, name):
    assert name not in _found(services_nlp, paper, marker)


@pytest.mark.parametrize("paper, marker, name, label", NAMES)
def test_a_name(services_nlp, paper, marker, name, label):
    assert _found(services_nlp, paper, marker).get(name, (None,))[0] == label
