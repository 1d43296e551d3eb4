"""Tracker round 42 (annotations/README.md): a later passage naming things of a kind the promise names, none of them
the promise's (cue lists `matter_things`, `matter_business`), is on another matter and no evidence of it
(`track_links._other_matter`); a register's entry named by its reference and title alone is a bare heading
(`track_links._bare_heading`, cue group `register_title`); a statement that is only the names of services or
programmes it gives is a label, judged `no_evidence` (`track_passages._only_names`). Real sentences from corpus papers
(parish minutes; Kent's quarterly performance report and finance monitoring report); written examples say so. None
from the tracker gold."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from conftest import extract_papers, mention_in, priority_statement, verdicts_with
from miner.track_links import _bare_heading, _other_matter
from miner.track_passages import Passage, _only_names

ROOT = Path(__file__).resolve().parents[1]
PARISH = ROOT / "corpus" / "parish"

# Wretton Parish Council minutes 2014-11-03 and 2016-11-07 (corpus/parish; MANIFEST: lovell/stokeferry.com
# src/2015/02/wretton-pc-november-meeting, src/2017/02/wretton-parish-council-november-meeting)
SEAT = "Cllr J Wyett offered to undertake necessary repair of the seat in the play area."
FENCING = "Fencing will be repaired and the Chairman offered to adjust the gate to the play area as suggested."
# Wretton Parish Council minutes 2020-01-06 (corpus/parish)
PEDESTRIAN_GATE = ("Risk Assessment Update Work has been undertaken on the pedestrian gate to the play area as suggested in "
                   "the annual play equipment inspection report.")
# Northwold Parish Council minutes 2017-03-07 and 2019-04-02 (corpus/parish; MANIFEST: lovell/stokeferry.com
# src/2017/05/northwold-parish-council-march-3, src/2019/04/northwold-parish-council-april-meeting-2)
GRANTS = "Clerk to explore options for grants for play areas."
INSPECTIONS = "Play areas – It was resolved to instruct BCKLWN to undertake the Play Area Inspections 2019."
# Wretton Parish Council minutes 2016-03-14 and 2019-05-13 (corpus/parish): the same thing, painted
PAINT = "A working party will paint the phone box."
PAINTED = "Volunteers have painted the phone box and signage will be added to indicate the defibrillator presence."
# corpus/pdf/QPR Q3 Cabinet appendix 1.pdf (Kent County Council, Q3 2024/25 performance report; MANIFEST:
# https://democracy.kent.gov.uk/documents/s129436/QPR%20Q3%20Cabinet%20appendix%201.pdf): the corporate risk register
CRR_TITLE = "CRR0052: Impact of climate change on KCC services"
CRR_LONG = ("CRR0045: Maintaining effective governance and decision making in a challenging\n"
            "financial and operating environment")
CRR_NEWS = ("CRR0065: Implementation of Oracle Cloud Programme. This is a critical programme for\n"
            "the organisation, replacing the current outdated infrastructure.")
# corpus/pdf/24-00108 - Finance Monitoring Report - Q3 - November 2024-25.pdf (Kent; MANIFEST:
# https://democracy.kent.gov.uk/documents/s128770/24-00108%20-%20Finance%20Monitoring%20Report%20-%20Q3%20-%20November%202024-25.pdf)
LABEL = "Adult Social Care & Health including Public Health"

_NAMING = ("names", "entities", "indicators", "reference", "quoted", "part_of", "named_thing", "target_figure", "item_title",
           "same_service")


def _feats(**on) -> dict:
    return {f: np.array([[on.get(f, 0.0)]]) for f in _NAMING}


def _other(promise: str, passage: str, **on) -> bool:
    from miner.similarity import analyse

    return _other_matter(analyse(promise, True), analyse(passage, True), _feats(**on), 0, 0)


def test_a_passage_on_another_thing_of_the_kind_is_another_matter():
    assert _other(SEAT, FENCING)  # the seat; the fencing and the gate
    assert _other(GRANTS, INSPECTIONS)  # grants; inspections


def test_a_passage_on_the_promises_thing_or_naming_none_is_not():
    assert not _other(PAINT, PAINTED)  # the phone box both
    assert not _other(FENCING, PEDESTRIAN_GATE)  # the gate both (and an inspection)
    # written: the passage names no thing of the lists
    assert not _other(SEAT, "The Chairman thanked Cllr Wyett for his work in the play area.")
    # written: things of another kind only (a quote for the seat; the invoice is paper, not a thing)
    assert not _other(SEAT, "The invoice was paid.")
    # a shared name or entity keeps the passage whatever things it names
    assert not _other(SEAT, FENCING, names=0.5)
    assert not _other(GRANTS, INSPECTIONS, entities=1.0)


def _passage(text: str, heading: str) -> Passage:
    return Passage("doc", "2025-03-04", "s1", "1", 0, len(text), text, heading=heading)


def test_a_registers_reference_and_title_is_a_bare_heading():
    # the passage sits under the heading of the entry before it in the register's list of mitigating actions
    under = "Corporate Risk Register – Overview / Implementation of actions identified within 2022/23 Annual Governance"
    assert _bare_heading(_passage(CRR_TITLE, under))
    assert _bare_heading(_passage(CRR_LONG, under))
    assert not _bare_heading(_passage(CRR_NEWS, "Corporate Risk Register – Overview / New Risk"))  # it says more
    assert not _bare_heading(_passage("Risk Assessment It was noted the trees on the Green may need work.", "Risks"))


def test_a_statement_of_names_alone_is_a_label():
    st = priority_statement(LABEL)
    both = [mention_in("Adult Social Care & Health", LABEL), mention_in("Public Health", LABEL)]
    assert _only_names(LABEL, st, both)
    # round 43: "Public Health" not read as a name still goes on from a joiner, capitalised: a label; lower case it is not
    assert _only_names(LABEL, st, both[:1])
    lower = LABEL.replace("Public Health", "public health")
    assert not _only_names(lower, priority_statement(lower), both[:1])
    # written: an aim naming a service is a promise
    aim = "Improve access to Public Health services"
    assert not _only_names(aim, priority_statement(aim), [mention_in("Public Health", aim)])
    assert not _only_names(LABEL, st, [mention_in("Adult Social Care & Health", LABEL, "ORG")])  # not a named label


@pytest.mark.parametrize("papers,needle", [
    (("Wretton Parish Council minutes 2014-11-03.txt", "Wretton Parish Council minutes 2016-11-07.txt"), SEAT),
    (("Northwold Parish Council minutes 2017-03-07.txt", "Northwold Parish Council minutes 2019-04-02.txt"), GRANTS),
])
def test_another_matter_is_no_evidence_end_to_end(papers, needle):
    # at the starting commit each was `unmeasurable`, citing the fencing and gate, the play area inspections
    got = verdicts_with(extract_papers(PARISH, papers), needle)
    assert got, needle
    assert all(v.status == "no_evidence" and not v.evidence for v in got), needle


def test_the_quoted_corpus_papers_hold_the_sentences():
    flat = lambda name: " ".join((PARISH / name).read_text(encoding="utf-8").split())  # noqa: E731
    assert SEAT in flat("Wretton Parish Council minutes 2014-11-03.txt")
    assert FENCING in flat("Wretton Parish Council minutes 2016-11-07.txt")
    assert GRANTS in flat("Northwold Parish Council minutes 2017-03-07.txt")
    assert INSPECTIONS in flat("Northwold Parish Council minutes 2019-04-02.txt")
    assert PAINT in flat("Wretton Parish Council minutes 2016-03-14.txt")
    assert PAINTED in flat("Wretton Parish Council minutes 2019-05-13.txt")
    assert PEDESTRIAN_GATE in flat("Wretton Parish Council minutes 2020-01-06.txt")
