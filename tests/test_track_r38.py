"""Tracker round 38 (annotations/README.md): what round 37 left. A minuted promise that names its matter only as "the
work" has it earlier in its minute item (`track_passages._antecedent`, cue list `generic_matters`); a thing promised
repair and later minuted removed is `not_delivered`, quoting the removal (`verdicts._removed_instead`, cue lists
`repair_promises`, `removal_replaced`); a rare phrase followed by a plain verb ("the climbing wall needs repair") still
ends its noun phrase (`track_links._phrases`, cue list `phrase_verbs`). Real sentences from corpus/parish minutes
(Northwold, Wereham); none from the tracker gold. Written sentences say so."""

from __future__ import annotations

from pathlib import Path

from miner.model import Statement
from miner.similarity import stop_words
from miner.track_links import _phrases, _rare_phrases
from miner.track_passages import Passage, Promise, _antecedent
from miner.track_text import cue_words
from miner.verdicts import _removed_instead

from test_track_r37 import _verdicts, northwold  # noqa: F401 - the four Northwold minutes tracked once, a fixture

ROOT = Path(__file__).resolve().parents[1]
PARISH = ROOT / "corpus" / "parish"
STOP = stop_words() | frozenset(cue_words("phrase_common"))

# Northwold Parish Council minutes 2017-07-04, item x: the defibrillator, then "the work"
DEFIB_QUOTES = "Cllr S Gillet had two further quotes for installation of the defibrillator."
SWIFT = "It was agreed that Swift Electrics should be asked to do the work."
# Northwold Parish Council minutes 2018-06-05: it was done
INSTALLED = "thanked for installing the defibrillator"
# Northwold Parish Council minutes 2017-03-07: two actions on the climbing wall, and 2017-07-04: what became of it
CLIMBING = ("Clerk to check through files for archived quote to repair the climbing wall and contact the lady who wrote "
            "the letter to update her on what was agreed.")
CLOSE = "Cllr Jenkinson to close climbing wall and look into quotes for repair."
REMOVED = "It was agreed that the two posts left in situ following the removal of the climbing wall could remain."
# Northwold Parish Council minutes 2017-03-07: the wall "must be repaired"
MUST = "It was agreed that the wall should be closed as soon as possible and must be repaired."
# Wereham Parish Council minutes 2016-04-12, item 13/16: the matter is in the paragraph above, not the resolution's
SIGN_BASE = "The Parish Council had received two quotes in relation for the rebuilding of the base of the village sign."
AWARDED = "Resolved: (1) That the work be awarded to Lee Gardner at a cost of £180"


def _text(name: str) -> str:
    return (PARISH / name).read_text(encoding="utf-8")


def _flat(name: str) -> str:
    return " ".join(_text(name).split())


def _statement(text: str, start: int = 0) -> Statement:
    return Statement("st", "doc", "s0", "0", "commitment", text, start, start + len(text))


def _promise(text: str, date: str) -> Promise:
    return Promise(_statement(text), "doc0", date, "Northwold Parish Council")


def _passage(text: str, date: str) -> Passage:
    return Passage("doc", date, "s1", "1", 0, len(text), text)


def test_the_quoted_papers_are_in_the_corpus():
    july = _flat("Northwold Parish Council minutes 2017-07-04.txt")
    assert DEFIB_QUOTES in july and SWIFT in july and REMOVED in july
    assert INSTALLED in _flat("Northwold Parish Council minutes 2018-06-05.txt")
    march = _flat("Northwold Parish Council minutes 2017-03-07.txt")
    assert CLIMBING in march and CLOSE in march and MUST in march
    wereham = _flat("Wereham Parish Council minutes 2016-04-12.txt")
    assert SIGN_BASE in wereham and AWARDED in wereham


def test_the_work_is_named_earlier_in_its_minute_item():
    text = _text("Northwold Parish Council minutes 2017-07-04.txt")
    start = text.index(SWIFT)
    st = _statement(SWIFT, start)
    context, lo = _antecedent(text, st, minutes=True)
    # the item's opening sentence, which names its matter (the bare label "x." is no sentence of it)
    assert context == DEFIB_QUOTES and lo == text.index(DEFIB_QUOTES)
    # at the starting commit (and for a report's "this work", which sums up its section) nothing is looked back to
    assert _antecedent(text, st) == ("", start)
    # written: the work named in the sentence itself needs no look-back
    named = "It was agreed that Swift Electrics should be asked to do the work on the streetlight."
    para = text[text.rfind("\n\n", 0, start) + 2 : start] + named
    assert _antecedent(para, _statement(named, para.index(named)), minutes=True)[0] == ""


def test_the_look_back_stays_in_its_paragraph():
    text = _text("Wereham Parish Council minutes 2016-04-12.txt")
    start = text.index(AWARDED)
    # the sign base is in the paragraph before the resolution (a blank line between): not reached
    assert _antecedent(text, _statement(AWARDED, start), minutes=True) == ("", start)


def test_a_plain_verb_ends_the_noun_phrase():
    assert "climb wall" in _phrases("The climbing wall needs repair.", STOP)  # written
    qp, qs = _rare_phrases([CLIMBING], ["The climbing wall needs repair."], [True], frozenset(), few=3)
    assert (qp @ qs.T).sum() == 1
    # still not a pair that describes the next noun ("speed limit signs", Wretton 2016-11-07)
    assert "speed limit" not in _phrases("It is hoped speed limit signs can be mounted on the white gates.", STOP)


def test_a_thing_removed_instead_of_repaired():
    assert _removed_instead(_promise(CLIMBING, "2017-03-07"), _passage(REMOVED, "2017-07-04")) == REMOVED
    assert _removed_instead(_promise(CLOSE, "2017-03-07"), _passage(REMOVED, "2017-07-04")) == REMOVED
    # negatives, written: a removal with its replacement is the promise kept; another thing removed; a promise
    # that is not to repair
    assert _removed_instead(_promise(CLIMBING, "2017-03-07"),
                            _passage("The old climbing wall was removed and a new one installed.", "2017-07-04")) is None
    assert _removed_instead(_promise(CLIMBING, "2017-03-07"),
                            _passage("It was agreed that the two posts left in situ following the removal of the "
                                     "goal posts could remain.", "2017-07-04")) is None
    assert _removed_instead(_promise("Clerk to contact the lady who wrote about the climbing wall.", "2017-03-07"),
                            _passage(REMOVED, "2017-07-04")) is None


def test_the_climbing_wall_removed_is_not_delivered(northwold):
    # at the starting commit both are `unmeasurable`, citing the removal as a mention
    for quote in (CLIMBING, CLOSE):
        found = _verdicts(northwold, quote)
        assert found, quote
        for v in found:
            assert v.status == "not_delivered"
            assert " ".join(v.evidence[0].quote.split()) == REMOVED
            assert v.evidence[0].relation == "contradicts"


def test_the_defibrillator_work_carries_its_matter(northwold):
    # the promise reads with its item's opening sentence (at the starting commit its context is empty, and the
    # promise links only to other items' "Clerk to ..." lines under the same heading)
    from miner.track_passages import promises_of

    exs, _ = northwold
    july = next(ex for ex in exs if ex.document.meeting_date == "2017-07-04")
    found = [p for p in promises_of(july) if p.statement.text == SWIFT]
    assert found and all(p.context == DEFIB_QUOTES for p in found)
    # known limit (annotations/README.md, tracker round 38): the installation thanked for in June 2018 ("thanked for
    # installing the defibrillator", in a public forum item on other matters too) scores 0.138 against the threshold
    # 0.25, so the verdict stays `no_evidence`
    assert all(v.status == "no_evidence" for v in _verdicts(northwold, SWIFT))
