"""Statements round 38: the classifier's optional "emb" feature group (annotations/README.md).

The group is off by default and the shipped model does not use it; when asked for, it stacks each
candidate's MiniLM embedding (times the scale) next to the sparse blocks, and such a model survives pickling.
"""

import pickle
import re
from pathlib import Path

import numpy as np
import pytest

from miner import embed
from miner.nlp import statement_model
from miner.nlp.statement_model import Candidate, StatementModel

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "seeds" / "000_6cef1de8068e4e1d.txt"


def _sentences(n: int = 24) -> list[str]:
    text = SEED.read_text(encoding="utf-8")
    out = [s.strip() for s in re.split(r"(?<=[.!?])\s+", " ".join(text.split())) if len(s.strip()) >= 40]
    return out[:n]


def test_emb_is_a_feature_group_but_not_a_default_one():
    assert "emb" in statement_model.ALL_FEATURES
    assert "emb" not in statement_model.DEFAULT_FEATURES
    shipped = statement_model.load()
    assert shipped is not None and "emb" not in shipped.features


@pytest.mark.skipif(not embed.available(), reason="sentence-embedding model not installed")
def test_emb_block_is_the_scaled_embedding_next_to_the_sparse_features():
    texts = _sentences()
    assert len(texts) >= 12
    cands = [Candidate(text=t) for t in texts]
    labels = ["commitment" if i % 3 == 0 else "none" for i in range(len(cands))]
    model = StatementModel.fit(cands, labels, features=("marks", "words", "emb"), emb_scale=0.5)
    union = model.pipeline.named_steps["features"]
    x = union.transform(cands)
    x = x.toarray() if hasattr(x, "toarray") else np.asarray(x)
    words = union.transformer_list[0][1].transform(cands).shape[1]
    assert x.shape == (len(cands), words + 384)
    assert np.allclose(x[:, words:], 0.5 * embed.encode(texts), atol=1e-6)
    assert model.meta["emb_scale"] == 0.5
    again = pickle.loads(pickle.dumps(model))
    assert again.predict(cands[:3]) == model.predict(cands[:3])


@pytest.mark.skipif(not embed.available(), reason="sentence-embedding model not installed")
def test_emb_alone_needs_no_word_vectoriser():
    texts = _sentences()
    cands = [Candidate(text=t) for t in texts]
    labels = ["challenge" if i % 2 else "none" for i in range(len(cands))]
    model = StatementModel.fit(cands, labels, features=("emb",))
    assert [name for name, _ in model.pipeline.named_steps["features"].transformer_list] == ["emb"]
    assert all(label in ("challenge", "none") for label, _ in model.predict(cands))
