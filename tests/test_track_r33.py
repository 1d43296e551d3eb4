"""Tracker round 33 (annotations/README.md): a later plan's item that names the promise's thing in other words carries
the promise over (`track_judge.names_its_thing`, under `restates`); a plan's name with or without its years and its
acronym are one entity when linking (`track_links._entity_families`), and the council's resolution adopting it stays
linked though it now scores above the threshold. Real sentences from corpus/ papers that are text files (Kent County
Council papers in corpus/kent, which the Kent tracker gold, read from Kent's PDFs, does not use; Norfolk parish minutes in
corpus/parish); none from the tracker gold's report half. A few negatives are written, and say so."""

from __future__ import annotations

from pathlib import Path

import pytest

from miner import track
from miner.model import Document, Extraction, Mention
from miner.similarity import acronyms_of, analyse
from miner.track_judge import _indirect_relation, _own_names, names_its_thing, restates
from miner.track_links import _entity_families
from miner.track_passages import Passage
from miner.track_text import has_cue

ROOT = Path(__file__).resolve().parents[1]
KENT = "Kent County Council"
KENT_OWN = _own_names(KENT)
# Kent, Appendix A of the Integrated Care Strategy delivery plan report (24-00115), "Action to improve health and wellbeing"
FAMILY_HUB = ("We will use our Family Hub model, bringing together universal children's services to include midwifery, "
              "health visiting, mental health, infant feeding, early help and safeguarding support for children and their "
              "families, including children with Special Educational Needs and Disabilities (SEND).")
# Kent, Executive Response to the call-in of decision 24/00093 (Seashells and Millmead), March 2025
MOVE_TOWARDS = ("KCC has taken the strategic decision to move towards the Family Hub model, removing the need for the "
                "Children's Centre contracts.")
# Kent, Draft Responses to Consultation Feedback (Appendix 7 of the same decision)
GRANT = ("Funding is available through the DfE Family Hub Transformation grant to undertake capital works to facilitate "
         "the safe and appropriate use of the Gateway site.")
KMWLP_REPORT = ROOT / "corpus/kent/Adoption of the Kent Minerals and Waste Local Plan 2024-2039.txt"
MAR_MINUTES = ROOT / "corpus/kent/Printed minutes 13th-Mar-2025 10.00 County Council.txt"


def _item(text: str, date: str = "2025-03-13") -> Passage:
    return Passage("doc", date, "s1", "1", 0, len(text), text, section_kind="priorities")


def test_a_later_plans_item_naming_the_promises_thing_in_other_words_carries_it_over():
    # 3 of the promise's 24 words: no restatement by words (round 32's rule), but the model it will use is named again
    assert names_its_thing(FAMILY_HUB, MOVE_TOWARDS, KENT_OWN)
    assert restates(FAMILY_HUB, MOVE_TOWARDS, KENT_OWN)  # False before
    assert _indirect_relation(FAMILY_HUB, _item(MOVE_TOWARDS), "2025-01-30", own=KENT_OWN) == "progresses"


def test_a_name_shared_with_another_thing_after_it_carries_nothing_over():
    # "the Family Hub model" and "the DfE Family Hub Transformation grant": another thing of the same name
    assert not names_its_thing(FAMILY_HUB, GRANT, KENT_OWN)
    assert _indirect_relation(FAMILY_HUB, _item(GRANT), "2025-01-30", own=KENT_OWN) == "mentions"
    # a name in lower case is no name ("service children and their families, including ...": Kent's Armed Forces
    # Covenant report, March 2025)
    assert not names_its_thing(FAMILY_HUB, "Raising awareness amongst schools of the specific needs of service children "
                                           "and their families, including the Gurkha families:", KENT_OWN)


def test_who_makes_the_promise_or_where_it_happens_is_no_thing_carried_over():
    # West Dereham parish minutes, 4 December 2014 and 2 June 2016: the councillor who reports is no thing
    assert not names_its_thing("PB advised that the Lime Kiln Booklet will soon be available.",
                               "PB advised that she still had the village map board.",
                               _own_names("West Dereham Parish Council"))
    # round 32's Armed Forces item, for the referrals "to Adult Social Care" (a name saying where), still says nothing
    referrals = ("Improvements are being made in collaboration with the KCC contact centre and partner agencies to "
                 "ensure referrals to Adult Social Care are only for people needing care.")
    item = "Ensure that KCC continues to offer Armed Forces Awareness Training, especially to Adult Social Care Staff."
    assert not restates(referrals, item, KENT_OWN)
    # written: the authority's initials are no thing it delivers
    assert not names_its_thing("Work with KCC partners on the new tenancy scheme.",
                               "KCC partners met in March.", KENT_OWN)


def _mention(text: str, entity: str, label: str = "PROGRAMME", entity_id: str | None = None) -> Mention:
    return Mention(text, "doc", None, None, text, label, 0, len(text), entity=entity, entity_id=entity_id)


def test_a_plans_name_with_its_years_and_its_acronym_are_one_entity():
    text = KMWLP_REPORT.read_text(encoding="utf-8")
    acr = acronyms_of([text])  # "Kent Minerals and Waste Local Plan (KMWLP)"
    own = frozenset(analyse(KENT, False))
    ex = Extraction(Document("doc", str(KMWLP_REPORT), "text", text), mentions=[
        # the entity linker's two entities for the plan (Kent corpus database), and an acronym it left unresolved
        _mention("Kent Minerals and Waste Local Plan 2024-2039", "Kent Minerals and Waste Local Plan 2024 to 2039", entity_id="e1"),
        _mention("KMWLP", "Kent Minerals and Waste Local Plan", entity_id="e2"),
        _mention("Minerals and Waste Local Plan", "Minerals and Waste Local Plan"),
        _mention("KMWLP", "KMWLP"),
        # written negatives: two plans of a series, a person, a place
        _mention("Local Transport Plan 4", "Local Transport Plan 4"),
        _mention("Local Transport Plan 5", "Local Transport Plan 5"),
        _mention("Mr A R Hills", "Mr A R Hills", label="PERSON"),
        _mention("Mr P M Hill", "Mr P M Hill", label="PERSON"),
    ])
    family = _entity_families([ex], acr, own)
    assert family["e1"] == family["e2"] == family["minerals and waste local plan"] == family["kmwlp"]
    assert family["local transport plan 4"] != family["local transport plan 5"]
    assert "mr a r hills" not in family and "mr p m hill" not in family


def test_a_statement_that_a_thing_serves_a_strategys_priority_is_no_promise():
    # written, in the words of Kent's education commissioning plan of January 2025 ("The KCP supports Priority 1:
    # Levelling up Kent ... within Framing Kent's Future"), a statement of fit that round 30's `no_promise` cues missed
    assert has_cue("no_promise", "The plan supports Priority 1: Levelling up Kent within Framing Kent's Future.")
    assert has_cue("no_promise", "This work supports Objective 3 of Securing Kent's Future.")
    assert not has_cue("no_promise", "We will support priority families to find work.")
    assert not has_cue("no_promise", "Deliver the key priorities of the Family Hub programme by March 2026.")


@pytest.fixture(scope="module")
def kmwlp():
    from miner.extract import extract
    from miner.ingest import prepare
    from miner.nlp.pipeline import load_pipeline

    nlp, out = load_pipeline(), []
    for path in (KMWLP_REPORT, MAR_MINUTES):
        doc, sections = prepare(path)
        out.append(extract(doc, sections, nlp=nlp))
    return out, track.track(out)


def test_the_council_resolution_adopting_the_plan_keeps_the_recommendation_to_adopt_it(kmwlp):
    exs, result = kmwlp
    by_id = {v.promise_id: v for v in result.verdicts}
    found = [by_id[st.id] for ex in exs for st in ex.statements
             if st.id in by_id and "recommend the KMWLP" in " ".join(st.text.split())]
    assert found
    v = found[0]
    assert v.status == "delivered"
    assert "Adopts the Kent Minerals and Waste Local Plan 2024-2039" in v.evidence[0].quote
