"""The kind of a found statement (rules v45, statements round 44): on tuned papers the classifier read these
sentences of progress as challenges, and a minuted concern "as to why ..." as an achievement. The rules now read
them (patterns/statement_cues.json, groups `achievement` and `minutes_concern`); the negatives are real sentences
that need improvement, whose kind must stay."""

from pathlib import Path

import pytest

from miner.nlp.statements import sentence_rule

KENT_CMPB = "corpus/kent/Appendix 1 - Kent CMPB 2024 Annual Report.txt"
CPP_DEC = "corpus/kent/CPP Minutes 10.12.24.txt"
STOKE_2020 = "corpus/parish/Stoke Ferry Parish Council minutes 2020-01-08.txt"
STOKE_2018 = "corpus/parish/Stoke Ferry Parish Council minutes 2018-01-03.txt"
SEED_001 = "corpus/seeds/001_fd1a3b6a4ff01199.txt"
SEED_004 = "corpus/seeds/004_4330630ba5c986a6.txt"
SOUTHAMPTON = "corpus/web/Southampton City Council - Children and Families Scrutiny Panel 2020-01-23.txt"
WRETTON_2014 = "corpus/parish/Wretton Parish Council minutes 2014-11-03.txt"
SEED_000 = "corpus/seeds/000_6cef1de8068e4e1d.txt"


def _in_paper(file, text):
    squash = " ".join(Path(file).read_text(encoding="utf-8").split())
    assert " ".join(text.split()) in squash, text
    return text


def _kind(text, minutes):
    rule = sentence_rule(text, minutes=minutes)
    return rule and rule[0]


@pytest.mark.parametrize("file, text, minutes", [
    (KENT_CMPB, "There has been a significant improvement over the past year with every Primary Care Network being "
                "Veteran Friendly - moving from 67% to 100% over the past year.", False),
    (KENT_CMPB, "Kent and Medway are still performing outstandingly well under the scheme.", False),
    (CPP_DEC, "The transfer wait times had significantly decreased.", True),
    (STOKE_2020, "It was noted that NCC had done a good job of painting the railings on Bridge Road.", True),
    (STOKE_2018, "The Chair advised that the current contractor for Grounds Maintenance was doing a good job, and the "
                 "Parish Council had considered the price to be fair.", True),
    (SEED_001, "There has been a significant reduction in the number of exclusions and the impact of the primary "
               "inclusion programme is published separately.", False),
    (SOUTHAMPTON, "The Ofsted Inspection report noted that there had been substantial improvement to services for Care "
                  "Leavers", True),
])
def test_progress_reported_as_having_happened_is_an_achievement(file, text, minutes):
    assert _kind(_in_paper(file, text), minutes) == "achievement"


def test_a_concern_minuted_as_to_why_is_a_challenge():
    text = _in_paper(WRETTON_2014, "Concern was voiced as to why money has been spent re-surfacing Wretton Row when "
                                   "other roads in the parish are in a much poorer state than Wretton Row was.")
    assert _kind(text, True) == "challenge"


@pytest.mark.parametrize("file, text", [
    (SEED_000, "Inclusion levels within Medway still need considerable improvement as rates for fixed term exclusions "
               "still sit above national levels."),
])
def test_improvement_still_needed_stays_a_challenge(file, text):
    assert _kind(_in_paper(file, text), False) == "challenge"


@pytest.mark.parametrize("text", [
    "There is no room for complacency, however, and significant improvements are needed.",
    "There has been no improvement in the number of exclusions.",
    "There will be a significant reduction in the number of exclusions by 2026.",
    "The contractor was not doing a good job and the Clerk will write to them.",
])
def test_an_improvement_needed_or_to_come_is_no_achievement(text):
    assert _kind(text, False) != "achievement"
