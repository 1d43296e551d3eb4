"""The spaCy pipeline: what it runs, and that its shortcuts change nothing the extractors read."""

from __future__ import annotations

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
