"""The spaCy pipeline: what it runs, and that its shortcuts change nothing the extractors read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from miner.nlp.pipeline import load_base, load_pipeline
from miner.readers import read_document

ROOT = Path(__file__).resolve().parent.parent
PAPERS = [
    ROOT / "corpus" / "seeds" / "002_ae80002c44bcfba2.txt",
    ROOT / "corpus" / "pdf" / "CPP Minutes 29.10.24.pdf",
]


@pytest.fixture(scope="module")
def reference():
    """The base pipeline with its own attribute_ruler."""
    return load_base()


@pytest.mark.parametrize("path", PAPERS, ids=lambda p: p.name)
def test_miner_pos_gives_the_attribute_rulers_pos_and_tags_on_real_papers(reference, path):
    nlp = load_pipeline(())
    assert "miner_pos" in nlp.pipe_names and "attribute_ruler" not in nlp.pipe_names
    text = read_document(path).text
    ours, theirs = nlp(text), reference(text)
    assert len(ours) > 1000
    assert [(t.tag_, t.pos_) for t in ours] == [(t.tag_, t.pos_) for t in theirs]


def test_pipeline_runs_one_ner_when_the_trained_model_is_present():
    nlp = load_pipeline()
    assert "ner" not in nlp.pipe_names  # the trained NER inside miner_services replaces it
    doc = nlp("The Youth Offending Team (YOT) reports to the Medway Safeguarding Children Board.")
    assert {span.label_ for span in doc.spans["miner_mentions"]} >= {"SERVICE", "BOARD"}


def test_components_and_settings_come_from_pipeline_cfg():
    from miner.nlp.pipeline import CONFIG

    nlp = load_pipeline()
    names = list(CONFIG["nlp"]["pipeline"])
    assert nlp.pipe_names[-len(names):] == names
    for name in names:
        assert nlp.get_pipe_config(name).items() >= dict(CONFIG["components"][name]).items()


BUDGET = ROOT / "corpus" / "pdf" / "Budget Amendments 13th-Feb-2025 09.30 County Council.pdf"


@pytest.fixture(scope="module")
def budget_units():
    from miner.extract import text_units
    from miner.metadata import fill_metadata
    from miner.sections import build_sections

    document = fill_metadata(read_document(BUDGET))
    return document, build_sections(document), text_units(document, build_sections(document))


def test_tables_of_figures_are_tabular_and_prose_is_not(budget_units):
    from miner.extract import is_tabular

    _document, _sections, units = budget_units
    tabular = [u for u in units if u.tabular]
    assert 0 < len(tabular) < len(units)
    assert all(len(u.text.split()) >= 8 for u in tabular)  # headings and short items never are
    seed = read_document(ROOT / "corpus" / "seeds" / "000_6cef1de8068e4e1d.txt").text
    assert not any(is_tabular(p) for p in seed.split("\n\n"))  # a portfolio holder's report is prose
    assert is_tabular("Core\n0.0 -20,537.5\n-6,844.6\n3,544.6 12.0\n7.5 8.1")


def test_tabular_units_skip_the_statistical_components_but_keep_their_claims(budget_units):
    from miner.extract import extract

    document, sections, units = budget_units
    nlp = load_pipeline()
    docs = []
    for unit in units[:200]:
        doc = nlp.make_doc(unit.text)
        doc._.miner_unit = unit
        docs.append(doc)
    from miner.nlp.pipeline import lines_as_sentences, pipe_units

    for doc in docs:
        if doc._.miner_unit.tabular:
            lines_as_sentences(doc)
    out = list(pipe_units(nlp, docs))
    assert [d._.miner_unit for d in out] == units[:200]  # every unit, in order
    tables = [d for d in out if d._.miner_unit.tabular]
    prose = [d for d in out if not d._.miner_unit.tabular and len(d) > 5]
    assert tables and prose
    assert all(not d.has_annotation("TAG") and not d.has_annotation("DEP") for d in tables)
    assert all(d.has_annotation("TAG") and d.has_annotation("DEP") for d in prose)
    assert all(len(list(d.sents)) > len(re.findall(r"\n+", d.text.strip())) for d in tables)  # a sentence per line
    result = extract(document, sections, nlp=nlp)
    table_spans = [(u.start, u.start + len(u.text)) for u in units if u.tabular]
    assert any(a <= c.start < b for c in result.claims for a, b in table_spans)
