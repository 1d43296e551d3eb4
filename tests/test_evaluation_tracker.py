"""The tracker evaluator's evidence judging, on the real March 2020 Medway paper and the real gold
(no pipeline run: reading and sectioning the paper takes about a second)."""

from __future__ import annotations

import pytest

from miner.evaluation import tracker as evaluation
from miner.metadata import fill_metadata
from miner.model import EvidenceLink, Verdict
from miner.readers import read_document
from miner.sections import build_sections

LATER = evaluation.ROOT / "corpus" / "seeds" / evaluation.JUDGED_FROM


@pytest.fixture(scope="module")
def paper():
    doc = read_document(str(LATER))
    fill_metadata(doc)
    sections = build_sections(doc)
    spans = {(doc.id, s.path): (s.start, s.own_end) for s in sections}
    return doc, sections, spans


@pytest.fixture(scope="module")
def gold():
    return evaluation.load_gold("verdicts.jsonl")


def _section_of(paper, quote: str) -> str:
    doc, sections, _ = paper
    pos = evaluation.squash_index(doc.text, quote)
    assert pos is not None, quote
    paths = [s.path for s in sections if s.start <= pos < s.own_end]
    assert len(paths) == 1, (quote, paths)
    return paths[0]


def _citing(paper, *paths: str) -> Verdict:
    doc = paper[0]
    links = [EvidenceLink("p", "t", "section", "supports", 0.5, "", doc.id, path) for path in paths]
    return Verdict("p", "delivered", 0.5, 1, links)


def test_every_gold_and_alternative_quote_is_one_paragraph_of_the_later_paper(paper, gold):
    doc = paper[0]
    evaluation.check_evidence_quotes(gold, doc.text)
    judged = [r for r in gold if r["status"] != "no_evidence"]
    assert sum(bool(r.get("evidence_also")) for r in judged) >= 20
    for row in gold:
        if row["status"] == "no_evidence":
            assert not row.get("evidence_also")
            continue
        home = _section_of(paper, row["evidence_quote"])
        for quote in row.get("evidence_also") or []:
            assert _section_of(paper, quote) != home, quote  # an alternative is another paragraph


def test_an_alternative_quote_that_is_not_in_the_paper_fails_loudly(paper, gold):
    doc = paper[0]
    row = next(r for r in gold if r.get("evidence_also"))
    typo = dict(row, evidence_also=[*row["evidence_also"], row["evidence_also"][0].replace(" ", "  x ", 1)])
    with pytest.raises(ValueError, match="not found"):
        evaluation.check_evidence_quotes([typo], doc.text)
    stray = dict(next(r for r in gold if r["status"] == "no_evidence"), evidence_also=[row["evidence_also"][0]])
    with pytest.raises(ValueError, match="without evidence_quote"):
        evaluation.check_evidence_quotes([stray], doc.text)


def test_citing_an_alternative_paragraph_is_right_and_an_unrelated_one_is_not(paper, gold):
    _, _, spans = paper
    texts = {paper[0].id: paper[0].text}
    row = next(r for r in gold if r["promise_quote"].startswith("Recruit more foster carers"))
    home = _section_of(paper, row["evidence_quote"])  # 5.8.1, recruitment of foster carers a priority
    also = _section_of(paper, row["evidence_also"][0])  # 5.7, nine fostering households approved
    unrelated = _section_of(paper, "The Troubled Families Programme (2015")
    ok = lambda v, **kw: evaluation._evidence_ok(row, v, texts, spans, **kw)  # noqa: E731
    assert ok(_citing(paper, home)) and ok(_citing(paper, home), strict=True)
    assert ok(_citing(paper, also)) is True
    assert ok(_citing(paper, also), strict=True) is False
    assert ok(_citing(paper, unrelated)) is False
    assert ok(_citing(paper, unrelated, also)) is False  # only the top paragraph counts for precision
    assert ok(_citing(paper, unrelated, also), top=2) is True  # ... any cited one for evidence_any_link
    no_evidence = next(r for r in gold if r["status"] == "no_evidence")
    assert evaluation._evidence_ok(no_evidence, _citing(paper, also), texts, spans) is None


def test_wilson_interval_brackets_the_proportion_and_narrows_with_the_sample():
    from miner.evaluation import wilson

    lo, hi = wilson(37, 45)
    assert (lo, hi) == (0.687, 0.907)  # the textbook Wilson score interval at z = 1.96
    assert lo < 37 / 45 < hi
    lo10, hi10 = wilson(370, 450)
    assert lo < lo10 < hi10 < hi
    assert wilson(5, 5)[1] == 1.0 and wilson(0, 5)[0] == 0.0 and wilson(0, 0) is None
