"""Tracker round 46 (annotations/README.md): evidence never linked, a matter arising again under its minute item's title.

Read off the tune halves of the four gold sets: in a later minutes' matters arising the item on the promise's matter is
titled by it ("ii) Donation of Land", "i) Defibrillator") and worded otherwise. A later minute item whose title's
content words are all among the promise's (its statement's, its antecedent's or its own item's title's), a title at
most `few` later items have, links at the threshold (`track_links._item_titles`); a promise that an item "needs to be
discussed further" is a promise to take it again (cue group `agenda_promise`), kept by the meeting deciding on it; a
promise naming its matter by a pronoun is on the subject of a sentence sharing its antecedent's words
(`track_judge._on_subject`); "donation" is the act of "donate" (`word_families`).

Text quoted from Thornhaugh Parish Council's minutes (corpus/web, addresses in corpus/MANIFEST.tsv)."""

from __future__ import annotations

import numpy as np
import pytest

from miner.model import Statement
from miner.similarity import stem
from miner.track_passages import Passage, Promise
from miner.track_text import has_cue

# https://docslib.org/doc/8244533/you-can-also-download-these-minutes-as-a (Thornhaugh, 15 July 2019)
FORUM = ("A Member of the Public suggested that if Thornhaugh Hall is put up for sale perhaps the current owner could be "
         "approached to see if he would be willing to donate 2.5 – 5 acres of land near the Old Post Office on Russell "
         "Hill for use as a playing field/recreation area.")
PROMISE = ("It was agreed that this would have significant implications for the Parish Council and needs to be discussed "
           "further before any approach is made to the owner.")
# https://www.thornhaughparishcouncil.co.uk/minutes-from-meeting-16th-september-2019/
LAND = "ii) Donation of Land\nIt was agreed that no further action will be taken with this suggestion."
SOCIAL = ("i) Village Social Event\nThe Chairman reported that this will now take place on 22nd September 2019 (due to the "
          "Georgian Festival being held in Stamford the following weekend).")
# https://www.thornhaughparishcouncil.co.uk/minutes-from-annual-general-meeting-18th-july-2022/
DEFIB = ("i) Defibrillator\nLouise Molesworth will arrange the training in the Christie Hall. She and Adrian Rodgers "
         "continue to undertake weekly checks on it. Action: Louise Molesworth.")
# https://www.thornhaughparishcouncil.co.uk/minutes-from-meeting-16th-september-2019/ (a minute with no title line)
MINUTES = ("5. MINUTES of the Meeting of Thornhaugh Parish Council held on 15th July 2019 were reviewed, approved and "
           "signed by the Chairman.\nProposed by:- Louise Molesworth Seconded by:- Chris Smith")


@pytest.mark.parametrize("text, title", [
    (LAND, "Donation of Land"),
    (DEFIB, "Defibrillator"),
    (SOCIAL, "Village Social Event"),
    # not a sentence minuted under a number, nor a PDF's line wrapped mid-sentence, nor text with no label
    (MINUTES, ""),
    ("(e) Mr Jeffrey noted that whilst a decision\nwas awaited from Government on Kent's inclusion", ""),
    ("Donation of Land\nIt was agreed that no further action will be taken with this suggestion.", ""),
])
def test_a_minute_items_title_is_the_short_line_after_its_label(text, title):
    from miner.track_links import item_title

    assert item_title(text) == title


def _passage(doc: str, date: str, text: str, start: int = 0) -> Passage:
    return Passage(doc, date, None, "p", start, start + len(text), text)


def _titles(passages, minuted, few=3):
    from miner.similarity import analyse
    from miner.track_links import _item_titles

    st = Statement(id="s", document_id="jul", section_id=None, section_path="3", kind="commitment", text=PROMISE,
                   start=0, end=len(PROMISE))
    pr = Promise(st, "jul", "2019-07-15", "Thornhaugh Parish Council", context=FORUM)
    words = [analyse(" ".join((FORUM, PROMISE)), False)]
    dates = np.array([p.date for p in passages])
    return _item_titles([pr], passages, minuted, frozenset({"thornhaugh"}), words, dates, few).toarray()[0].tolist()


def test_a_later_minute_item_titled_by_the_promises_matter_is_linked():
    passages = [_passage("sep", "2019-09-16", LAND), _passage("sep", "2019-09-16", SOCIAL, 200),
                _passage("sep", "2019-09-16", MINUTES, 400)]
    # the land item only: the social event's title names another matter, the minute has no title
    assert _titles(passages, {"jul", "sep"}) == [1.0, 0.0, 0.0]


# corpus/parish/Wereham Parish Council minutes 2016-04-12.txt (lovell/stokeferry.com, Wereham minutes of 12 April 2016):
# a list's lead-in under its title, the matters in the items below it
HEADS = "1. i) Highways\n\nResolved: (For information only)"
HIGHWAYS = "Clerk to check with highways how much of the pond railings are scheduled to be painted."


def test_an_item_saying_nothing_under_its_title_is_not_linked_by_it():
    from miner.similarity import analyse
    from miner.track_links import _item_titles

    st = Statement(id="s", document_id="nov", section_id=None, section_path="7", kind="commitment", text=HIGHWAYS,
                   start=0, end=len(HIGHWAYS))
    pr = Promise(st, "nov", "2014-11-11", "Wereham Parish Council")
    lead = _passage("apr", "2016-04-12", HEADS)
    said = _passage("apr", "2016-04-12", "ii) Highways\nThe pond railings outside Chilli House have been painted by "
                                         "Highways.", 100)  # the same title over a sentence: linked
    out = _item_titles([pr], [lead, said], {"nov", "apr"}, frozenset({"wereham"}), [analyse(HIGHWAYS, False)],
                       np.array(["2016-04-12"] * 2), 3)
    assert out.toarray()[0].tolist() == [0.0, 1.0]


def test_no_title_link_before_the_promise_outside_minutes_or_on_a_standing_item():
    earlier = _passage("may", "2019-05-01", LAND)
    assert _titles([earlier], {"jul", "may"}) == [0.0]
    later = _passage("sep", "2019-09-16", LAND)
    assert _titles([later], {"jul"}) == [0.0]  # a report's numbered heading is its own layout, not an agenda's item
    assert _titles([later], {"sep"}) == [0.0]  # nor is a promise of a report linked by the minutes' titles
    # a title more than `few` later items have is a standing item, no one matter
    many = [_passage(f"m{k}", f"2019-0{k}-16", LAND) for k in range(8, 10)] + [later]
    assert _titles(many, {"jul", "sep", "m8", "m9"}, few=2) == [0.0, 0.0, 0.0]
    assert _titles(many, {"jul", "sep", "m8", "m9"}, few=3) == [1.0, 1.0, 1.0]


def test_a_promise_that_an_item_needs_to_be_discussed_further_is_a_promise_to_take_it_again():
    assert has_cue("agenda_promise", PROMISE)
    # https://www.thornhaughparishcouncil.co.uk/minutes-from-meeting-18th-november-2019/: a discussion reported, no promise
    assert not has_cue("agenda_promise", "Louise Molesworth gave a comprehensive update on the Defibrillator.")
    assert not has_cue("agenda_promise", "The matter was discussed further and it was agreed to take no action.")
    assert not has_cue("agenda_promise", "The application is to be considered by the Planning Committee.")


def test_the_meeting_deciding_on_the_item_keeps_it():
    from miner.track_judge import agenda_kept

    assert agenda_kept(PROMISE, LAND, "2019-07-15", "2019-09-16")
    assert not agenda_kept(PROMISE, LAND, "2019-07-15", "2020-09-21")  # a meeting a year on is no next meeting


def test_a_pronoun_matter_promise_is_on_the_subject_of_its_antecedent():
    from miner.track_judge import _on_subject

    assert not _on_subject(PROMISE, LAND)
    assert _on_subject(PROMISE, LAND, FORUM)
    # the antecedent's words, not any item's: the social event shares none of them
    assert not _on_subject(PROMISE, SOCIAL, FORUM)


def test_donation_is_the_act_of_donating():
    assert stem("donation") == stem("donate") == stem("donations")
    assert stem("donor") != stem("donate")
