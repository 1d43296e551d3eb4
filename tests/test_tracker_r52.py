"""Tracker round 52 (annotations/README.md): a linked passage on another matter is no mention of a vague promise.

The tune halves' wrong rows, classed: round 51's two classes (a promised practice reported in the present, "We are
using ..."; a list's lead-in run into its last item) occur in one gold set each (Liverpool) and change no verdict there,
so they were left. A class in two sets was fixed: a vague promise read `unmeasurable` from a later sentence that
shares only who is told or the meeting's business with it, where the gold says nothing was reported:

- Minting: "Cllr. Gray sent apologies, citing a prior commitment, but forwarded a report that would be circulated to
  members ..." and a later minute's "Cllr. A. Cadman sent apologies, citing holiday arrangements." A member's apologies
  are the meeting's business, as the clerk and the agenda are (cue word list `not_matter`).
- Thornhaugh: "Brian Watts has a number of old photographs that he will e-mail to the Clerk to forward onto the Website
  Designer." and a later "John Allsopp, Website Designer explained ... update the Website ...". The name after a verb of
  telling and "onto" or "on to" is who is told, as after "to" (`track_judge._ADDRESSEE`).
"""

from __future__ import annotations

import pytest

from miner.track_judge import matter_of, on_its_matter

# https://minting.parish.lincolnshire.gov.uk/council-business/agendas-minutes-2023/2 (24 January 2023)
GRAY = ("Cllr. Gray sent apologies, citing a prior commitment, but forwarded a report that would be circulated to members "
        "as soon as possible.")
# https://minting.parish.lincolnshire.gov.uk/council-business/agendas-minutes-2024/15 (24 September 2024)
CADMAN = "Cllr. A. Cadman sent apologies, citing holiday arrangements."
# https://www.thornhaughparishcouncil.co.uk/draft-minutes-from-tuesday-8th-march-2011/
PHOTOS = ("Brian Watts has a number of old photographs that he will e-mail to the Clerk to forward onto the Website "
          "Designer.")
# https://www.thornhaughparishcouncil.co.uk/minutes-from-meeting-20th-january-2020/
DESIGNER = ("John Allsopp, Website Designer explained the different ways in which he could update the Website which is "
            "now over 10 years old.")
# lovell/stokeferry.com src/2017/05/wretton-parish-council-january-2/index.md (Wretton, 23 January 2017)
FOOTPATH = ("Reports have been received that the public footpath down to the river is badly overgrown. This will be "
            "passed on to Highways.")
# https://preshutepc.org.uk/onewebmedia/PPC%20mtg%20070920.html (Preshute, 7 September 2020)
QUOTATION = ("A quotation has now been received from Idverde and passed onto the Forestry Commission for their "
             "consideration.")
# https://www.thornhaughparishcouncil.co.uk/minutes-of-the-inaugural-meeting-of-the-20112012-parish-council/
BURIAL = "It was agreed to include the T&W Parish Burial Ground Committee Minutes onto the Parish Council’s Website."


def test_a_members_apologies_are_no_matter():
    matter = matter_of(GRAY)
    assert "apology" not in matter
    assert {"report", "prior", "commit"} <= matter  # what the promise is about stays


def test_another_members_apologies_are_on_another_matter():
    assert not on_its_matter(GRAY, CADMAN)


def test_a_commitment_outside_the_apologies_is_still_the_matter():
    assert {"commit", "play"} <= matter_of("The Council will honour its commitment to the new play area in 2024.")


@pytest.mark.parametrize("promise, who", [
    (PHOTOS, {"websit", "designer"}),
    (FOOTPATH, {"highway"}),
    (QUOTATION, {"forestry", "commission"}),
])
def test_the_name_after_onto_or_on_to_is_who_is_told(promise, who):
    assert not who & matter_of(promise)


def test_the_website_designer_is_not_the_photographs_matter():
    assert "photograph" in matter_of(PHOTOS)
    assert not on_its_matter(PHOTOS, DESIGNER)


# negatives: what must not change
def test_a_later_sentence_on_the_photographs_is_still_on_its_matter():
    assert on_its_matter(PHOTOS, "Brian Watts e-mailed the old photographs to the Clerk in April.")


def test_a_place_after_onto_with_another_verb_is_still_the_matter():
    # "include" tells no one: the website is where the minutes go
    assert {"websit", "burial"} <= matter_of(BURIAL)


def test_the_name_after_to_is_still_who_is_told():
    # made in the form of round 34's "The Clerk agreed to write to the Borough Council to point out this fact."
    matter = matter_of("The Clerk will write to Norfolk County Council about the overgrown hedge on Mill Lane.")
    assert "norfolk" not in matter and {"hedg", "lane"} <= matter


@pytest.mark.slow
@pytest.mark.parametrize("gold_set, start", [
    ("minting", "forwarded a report"),
    ("thornhaugh", "Brian Watts has a number of old photographs"),
])
def test_the_tune_rows_read_no_evidence(gold_set, start):
    from miner.evaluation import tracker as evaluation

    res = evaluation.evaluate("tune", gold_set=gold_set)
    row = next(r for r in res["rows"] if r["quote"].startswith(start))
    assert row["pred"] == row["gold"] == "no_evidence"
