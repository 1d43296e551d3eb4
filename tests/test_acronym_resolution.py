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
