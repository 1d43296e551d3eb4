"""The acronyms measure: a bare use resolved to a name canonicalisation merges with the gold expansion counts."""

from __future__ import annotations

import re

from miner.canonical import variant_keys
from miner.evaluation.entities import acronym_resolution
from miner.model import TextUnit

# Kent's Family Hubs executive response: the paper defines "Holiday Activities and Food (HAF) Programme", so miner's
# expansion is "Holiday Activities and Food" and the gold canonical (as the programme's other gold) has "Programme"
HAF = ("KCC Family Hubs alongside Seashells and Millmead provided Holiday Activities and Food (HAF) Programme. "
       "Activities provided under HAF are funded from a separated funding stream and not from the Family Hubs base "
       "budget or DfE Family Hubs grant. As the HAF funding is a completely different funding stream data "
       "comparisons are not provided as part of this report.")


def test_paper_text_holds_the_paragraph():
    from miner.evaluation.entities import document_text

    _, text = document_text("corpus/kent/Appendix 1 - Executive Response.txt")
    assert HAF in text


def test_a_bare_acronym_resolved_to_its_expansion_without_the_kind_word_counts(services_nlp):
    doc = services_nlp.make_doc(HAF)
    doc._.miner_unit = TextUnit("doc-probe-haf", None, None, "body", "other", None, 0, HAF)
    pred = [s._.miner_record for d in services_nlp.pipe([doc]) for s in d.spans["miner_mentions"]]
    uses = [m.start() for m in re.finditer(r"\bHAF\b", HAF)][1:]  # the bare uses after the definition
    gold = [(s, s + 3, "PROGRAMME", "Holiday Activities and Food Programme") for s in uses]
    by_start = {m.start: m.entity for m in pred}
    assert [by_start.get(s) for s in uses] == ["Holiday Activities and Food"] * 2
    # canonicalisation merges the two within one council's papers, so the measure counts them resolved
    assert variant_keys("Holiday Activities and Food") & variant_keys("Holiday Activities and Food Programme")
    assert acronym_resolution(HAF, gold, pred)[:2] == (2, 2)
    # a different body is still a miss
    wrong = [(s, s + 3, "PROGRAMME", "Household Support Fund") for s in uses]
    assert acronym_resolution(HAF, wrong, pred)[:2] == (0, 2)


# Kent's budget book 2025 (Appendix G, Key Service Statement) defines "The Public Health Division (PH)" and totals
# "Public Health (PH)"; the gold names the division "Public Health". Cheshire East's committee (23 May 2022) defines
# the "Inspection of Local Authority Children's Services (ILACS)", whose gold (as Medway 2020's) is the ILACS Framework.
PUBLIC_HEALTH = "The Public Health Division (PH)'s goal is work with all partners to improve and protect the health"
ILACS = ("The committee received the report which provided an update on progress on the recommendations from the "
         "Ofsted Inspection of Local Authority Children's Services (ILACS) in November 2019.")


def test_kind_word_paragraphs_are_the_papers_text():
    from miner.evaluation.entities import document_text

    assert PUBLIC_HEALTH in document_text("corpus/kent/Appendix G - Key Service Statement.txt")[1]
    assert ILACS in document_text("corpus/web/Cheshire East Council - Children and Families Committee 2022-05-23.txt")[1]


def test_a_division_or_framework_named_without_its_kind_word_counts_resolved(services_nlp):
    for text, short, canonical in ((PUBLIC_HEALTH + ". PH has three aims.", "PH", "Public Health"),
                                   (ILACS, "ILACS", "Inspection of Local Authority Children's Services Framework")):
        doc = services_nlp.make_doc(text)
        doc._.miner_unit = TextUnit("doc-probe-kind-word", None, None, "body", "other", None, 0, text)
        pred = [s._.miner_record for d in services_nlp.pipe([doc]) for s in d.spans["miner_mentions"]]
        uses = [m.start() for m in re.finditer(rf"\b{short}\b", text)]
        gold = [(s, s + len(short), "SERVICE" if short == "PH" else "PROGRAMME", canonical) for s in uses]
        # canonicalisation joins a name with and without "Division" / "Framework" within a council's papers
        assert acronym_resolution(text, gold, pred)[:2] == (len(uses), len(uses)), (short, pred)


# Kent County Council minutes 19 Dec 2024, the Leader's report: a system's name with a slash in it
EES = ("9) Regarding the Entry/Exit System (EES) Mr Gough expressed his preference for the European Commission's "
       "proposed phased approach over a six month period and highlighted that work would continue with partners to "
       "prepare contingency plans.")


def test_a_named_system_with_a_slash_defines_its_acronym(services_nlp):
    from miner.evaluation.entities import document_text
    from conftest import unit_mentions

    assert EES in document_text("corpus/kent/19 December 2024 - County Council minutes.txt")[1]
    found = unit_mentions(services_nlp, EES)
    assert found["EES"] == ("SYSTEM", "Entry/Exit System")  # was no expansion: a slash read as a scale's
