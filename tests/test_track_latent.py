"""The tracker's latent semantic view (tracker round 20): a block-level TruncatedSVD of TF-IDF, and the rule
that links a passage below the threshold when the score and the latent space agree it is the promise's best."""

from __future__ import annotations

import numpy as np
import pytest

from miner import track_links
from miner.similarity import analyse, latent_space


def _words(text: str) -> list[str]:
    return analyse(text, bigrams=False)


# sentences written for this test: inclusion, exclusions and alternative provision go together in the
# block's papers, highways and potholes in others
BLOCK = [
    "Inclusion in schools and the rate of permanent exclusions remain a concern for the council.",
    "Fewer permanent exclusions this year as schools worked on inclusion with alternative provision.",
    "Alternative provision places were commissioned to reduce exclusions and support inclusion.",
    "The inclusion panel met schools about exclusions and alternative provision each month.",
    "Highways resurfacing covered 104 miles and the pothole backlog fell.",
    "Potholes awaiting repair and the resurfacing programme were reported to the highways committee.",
    "The highways team repaired potholes and resurfaced roads across the county.",
]


def test_latent_space_puts_a_reworded_passage_nearer_than_an_unrelated_one():
    query = "Support school leaders in developing a system for effective inclusion."
    reworded = "Permanent exclusions fell where alternative provision was in place."
    unrelated = "The resurfacing programme repaired potholes on the county's roads."
    Z = latent_space([query, reworded, unrelated, *BLOCK], 2, _words)
    assert not set(_words(query)) & set(_words(reworded))  # shares no word: TF-IDF cosine would be 0
    assert Z[0] @ Z[1] > Z[0] @ Z[2] + 0.3


def test_latent_space_is_all_zeros_when_too_few_texts_to_reduce():
    Z = latent_space(["Open a new library.", "The library opened."], 100, _words)
    assert not Z.any()
    assert latent_space(["", ""], 100, _words).shape == (2, 1)


@pytest.fixture
def floor(monkeypatch):
    monkeypatch.setattr(track_links, "AGREED_FLOOR", 0.22)
    return 0.22


def test_agreed_best_passage_below_the_threshold_is_linked(floor):
    row = np.array([0.10, 0.23, 0.05])
    track_links._agreed(row, np.array([0.2, 0.6, 0.1]), np.array([True, True, True]), 0.25)
    assert row[1] == 0.25 and row[0] == 0.10


def test_no_link_when_the_latent_space_prefers_another_passage(floor):
    row = np.array([0.10, 0.23, 0.05])
    track_links._agreed(row, np.array([0.7, 0.6, 0.1]), np.array([True, True, True]), 0.25)
    assert row[1] == 0.23


def test_an_earlier_papers_passage_does_not_count_against_agreement(floor):
    # the latent best is in an earlier paper (not later): among later passages the two views agree
    row = np.array([-np.inf, 0.23, 0.05])
    track_links._agreed(row, np.array([0.9, 0.6, 0.1]), np.array([False, True, True]), 0.25)
    assert row[1] == 0.25


def test_no_link_below_the_floor_or_when_switched_off(floor, monkeypatch):
    row = np.array([0.10, 0.21, 0.05])
    track_links._agreed(row, np.array([0.2, 0.6, 0.1]), np.array([True, True, True]), 0.25)
    assert row[1] == 0.21
    monkeypatch.setattr(track_links, "AGREED_FLOOR", None)
    row = np.array([0.10, 0.23, 0.05])
    track_links._agreed(row, np.array([0.2, 0.6, 0.1]), np.array([True, True, True]), 0.25)
    assert row[1] == 0.23


def test_latent_is_a_pair_feature():
    assert "latent" in track_links.FEATURE_NAMES
