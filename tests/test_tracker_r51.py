"""Tracker round 51 (stop 64, helper trk51): a plan list's last line is its item, not a heading.

Round 50 left "Delivering and embedding audit and risk management" untracked: the sectioner read the last line of a
numbered list of long, unpunctuated plan lines as a heading over the lead-in line after the list ("Manage our resources
effectively by"), and headings are not read for statements. `sections._list_end`: a short numbered line right after
its numbered sibling that is a list line (too long for a heading, no sentence mark at its end) is the list's last item.
Text quoted from Liverpool City Council's Council Plan 2023-2027, pillar 6 "A well-run Council"
(https://www.liverpool.gov.uk/council/strategies-plans-and-policies/council-plan/ pages, stored as corpus/web/Liverpool
City Council - Council Plan Pillar 6 A Well-run Council 2023-09-21.txt, a MANIFEST row).

The other item of the brief, a section written one paragraph a line split into passages of a line each, was measured
and not shipped (annotations/README.md, Tracker round 51): no test here.
"""

from pathlib import Path

import pytest

from miner.readers import read_document
from miner.sections import build_sections

ROOT = Path(__file__).resolve().parents[1]
PILLAR6 = ROOT / "corpus" / "web" / "Liverpool City Council - Council Plan Pillar 6 A Well-run Council 2023-09-21.txt"

# the page's list, as stored (the numbering restarts in each list)
LIST = """  1. A financially sustainable and resilient council

      Deliver improvements to financial processes and planning

      1. An integrated revenue and capital budget and business planning cycle which aligns resources with council priorities including resourcing the council’s improvement journey
      2. Improving financial planning and resilience so we can adapt to future risks and opportunities – including our commitments on climate change and real living wage
      3. Embedding financial accountability across the council and implement a business partnering approach, to ensure our financial plans are robust and deliverable
      4. Delivering and embedding audit and risk management

      Manage our resources effectively by

      1. Increasing our income collection and debt recovery levels
      2. Developing an evidence-based Asset Management Plan as a key part of the Capital Strategy
"""

# written for this test: a report whose numbered paragraph (a sentence, with its full stop) comes before a numbered
# heading with body text under it; the heading stays one
REPORT = """1. Purpose of the report

1.1 This report asks the Committee to note the progress made against the council plan during the year.

2. The Committee is asked to note the progress made against the council plan and to agree the actions set out below.

3. Background

The council plan was adopted in September 2023 and is reviewed each year by the Cabinet.
"""

# minutes number their item headings after long unpunctuated items: the heading in title case stays one
# (corpus/parish/Wretton Parish Council minutes 2020-01-06.txt, lovell/stokeferry.com
# src/2020/03/wretton-parish-council-meeting-january-2020/index.md)
MINUTES = """6. Accounts were presented and accepted for payment. Cheques for approval of payment Payments for Jan. 20 2019 Clerks Salary £118.44 SLCC subs £44.00 Street Light Maintenance (Dec. Jan) £38.64 CGM grass cutting £156.00 Bonnetts (play area gate) £42.00 Bank Balances at 29.11.19 Current Account £6252.51 Savings Account £3464.20 Current account holds CIL money of £2196 with another £1441.01 received 28.10.19 Transparency Grant of £1225 has now almost been spent. Approx. £168 remains within the current account

7. Project Updates

7.1 Phone box defibrillator – the project is now felt to be complete.

7.2 Wretton Green "pond" area – Cllr Paul Williams has had most recent input to this project but he was not present to give any update. It was noted however the "pond" area is now looking better than it had been!
"""

# written for this test: a short numbered heading after a short numbered heading (both name topics)
SHORT = """1. Introduction

2. Financial implications

The cost of the work is met from the existing revenue budget for the service this year.
"""


def _tree(tmp_path, text: str) -> dict:
    path = tmp_path / "paper.txt"
    path.write_text(text, encoding="utf-8")
    return {s.path: s for s in build_sections(read_document(path))}


def test_the_plan_lists_last_line_is_an_item_of_the_list():
    doc = read_document(PILLAR6)
    sections = build_sections(doc)
    line = next(s for s in sections if doc.text[s.start : s.own_end].startswith("4. Delivering and embedding"))
    assert line.role == "paragraph" and line.title is None
    assert not any(s.role == "heading" and s.title == "Delivering and embedding audit and risk management" for s in sections)


def test_the_same_list_made_into_a_paper_keeps_its_last_line(tmp_path):
    sections = _tree(tmp_path, LIST)
    assert not any(s.role == "heading" and (s.title or "").startswith("Delivering and embedding") for s in sections.values())
    # the list's first line, a short outcome with the lines under it, is still their heading
    assert any(s.role == "heading" and s.title == "A financially sustainable and resilient council" for s in sections.values())


def test_a_numbered_heading_after_a_numbered_sentence_stays_a_heading(tmp_path):
    sections = _tree(tmp_path, REPORT)
    assert sections["3"].role == "heading" and sections["3"].title == "Background"
    assert sections["1"].role == "heading" and sections["2"].role == "paragraph"


def test_a_numbered_heading_after_a_short_numbered_heading_stays_a_heading(tmp_path):
    sections = _tree(tmp_path, SHORT)
    assert sections["2"].role == "heading" and sections["2"].title == "Financial implications"


def test_a_minutes_item_heading_after_a_long_unpunctuated_item_stays_a_heading(tmp_path):
    sections = _tree(tmp_path, MINUTES)
    assert sections["7"].role == "heading" and sections["7"].title == "Project Updates"
    assert sections["7.1"].role == "paragraph"


@pytest.mark.slow
def test_liverpool_tune_half_tracks_the_lists_last_line():
    """The tune half's "Delivering and embedding audit and risk management" is now tracked (round 50: 19 of 20)."""
    from miner.evaluation import tracker as evaluation

    res = evaluation.evaluate("tune", gold_set="liverpool")
    assert res["matched_promises"] == 20
    row = next(r for r in res["rows"] if r["quote"].startswith("Delivering and embedding audit"))
    assert row["pred"] == row["gold"] == "no_evidence"
