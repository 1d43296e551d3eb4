"""Tracker round 36 (annotations/README.md): a councillor named after the title ("Cllr Martin Storey", "County
Councillor Martin Storey") is who acts, answers or is told, not a promise's matter (`track_judge.matter_of`); a name the
promise writes that a sentence writes only as the start of a longer name ("Adult Social Care" in "... especially to
Adult Social Care Staff", "Public Health" in "the Health Reform and Public Health Committee") is not shared
(`_in_longer_names`). The word lists still in `verdicts.py` (number words, ordinals, irregular plurals, the verbs of a
promised change) and `track_judge`'s ordinal suffixes are read from `patterns/verdict_cues.json`. Real promises and
sentences from corpus/parish minutes and corpus/kent text papers (Kent County Council papers that the Kent tracker gold,
read from Kent's PDFs, does not use); none from the tracker gold. Written sentences say so."""

from __future__ import annotations

from pathlib import Path

import pytest

from miner import track, track_judge, verdicts
from miner.track_judge import _in_longer_names, _own_names, matter_of, on_its_matter
from miner.track_text import cue_words

ROOT = Path(__file__).resolve().parents[1]
KENT = ROOT / "corpus" / "kent"
PARISH = ROOT / "corpus" / "parish"
KENT_OWN = _own_names("Kent County Council")
NORFOLK_OWN = _own_names("Stoke Ferry Parish Council")

# Stoke Ferry Parish Council minutes 2018-01-03: a councillor's answer, kept as a commitment
ANSWER = ("In answer to a query Cllr Martin Storey advised that the Norfolk County Council would be further discussing "
          "payments to Councillors at a meeting on 8 January, and any payment was an allowance and money had been allocated "
          "within a budget for some time.")
# Stoke Ferry Parish Council minutes 2020-11-11: an agenda item naming him
AGENDA = ("213/20 Cllr Colin Sampson (BCKLWN) and Cllr Martin Storey (NCC), if in attendance It was agreed to move this "
          "item up on the agenda as Cllr Martin Storey needed to depart to go to another meeting.")
# Wretton Parish Council minutes 2016-03-14 and 2020-01-06
TAKEN_UP = "This matter will be taken up by County Councillor Martin Storey."
APOLOGIES = "County Councillor Martin Storey also gave apologies."
# Northwold Parish Council minutes 2017-03-07: Mr is no councillor's title; whom the act is for is its matter
BERGIN = "Clerk to appoint Mr Bergin."
# 24-00115 - Appendix B - KCC ICS priorities measures: a heading taken for a priority
ASC = "Adult Social Care"
# Appendix 1 - Kent CMPB 2024 Annual Report
STAFF = "Ensure that KCC continues to offer Armed Forces Awareness Training, especially to Adult Social Care Staff."
# Appendix G - Key Service Statement
PARTNER = ("Adult Social Care is a key partner to the Integrated Care System (ICS), and the strategic objectives are aligned "
           "to the delivery of the overall ICS strategy.")
# Appendix 1 - Selection and Member Services recommendations
COMMITTEE = "The Health Reform and Public Health Committee would be merged into the Adult Social Care Cabinet Committee."


def test_the_quoted_papers_are_in_the_corpus():
    def text(folder: Path, name: str) -> str:
        return " ".join((folder / name).read_text(encoding="utf-8").split())

    assert ANSWER in text(PARISH, "Stoke Ferry Parish Council minutes 2018-01-03.txt")
    assert AGENDA in text(PARISH, "Stoke Ferry Parish Council minutes 2020-11-11.txt")
    assert TAKEN_UP in text(PARISH, "Wretton Parish Council minutes 2016-03-14.txt")
    assert APOLOGIES in text(PARISH, "Wretton Parish Council minutes 2020-01-06.txt")
    assert BERGIN in text(PARISH, "Northwold Parish Council minutes 2017-03-07.txt")
    assert "Proposed Priorities to Improve Health and Wellbeing ~ Adult Social Care" in text(
        KENT, "24-00115 - Appendix B - KCC ICS priorities measures.txt")
    assert STAFF in text(KENT, "Appendix 1 - Kent CMPB 2024 Annual Report.txt")
    assert PARTNER in text(KENT, "Appendix G - Key Service Statement.txt")
    assert COMMITTEE in text(KENT, "Appendix 1 - Selection and Member Services recommendations.txt")


def test_a_councillor_named_is_no_matter():
    assert not {"martin", "storey"} & matter_of(ANSWER, NORFOLK_OWN)
    assert "allowanc" in matter_of(ANSWER, NORFOLK_OWN)
    assert not on_its_matter(ANSWER, AGENDA, NORFOLK_OWN)
    assert not on_its_matter(TAKEN_UP, APOLOGIES, NORFOLK_OWN)
    # whom the act is for, without a councillor's title, stays the matter
    assert "bergin" in matter_of(BERGIN, NORFOLK_OWN)
    # the answer's own matter still finds a sentence on it (written)
    assert on_its_matter(ANSWER, "Norfolk County Council agreed the allowance payments to Councillors in January.",
                         NORFOLK_OWN)


def test_a_name_written_only_inside_a_longer_name_is_another_thing():
    assert _in_longer_names(ASC, STAFF) == matter_of(ASC, KENT_OWN) == frozenset({"adult", "social", "care"})
    assert not on_its_matter(ASC, STAFF, KENT_OWN)
    assert not on_its_matter("Public Health", COMMITTEE, KENT_OWN)
    # the name itself, followed by a verb, is the heading's matter
    assert _in_longer_names(ASC, PARTNER) == frozenset()
    assert on_its_matter(ASC, PARTNER, KENT_OWN)
    # an aim naming the service, and a sentence naming it in passing (Quarterly Performance Report, Kent, March 2025)
    aim = "Where possible, Adult Social Care aims to meet people's needs at the first point of contact."
    assert not on_its_matter(aim, STAFF, KENT_OWN)
    # a sentence all in capitals is left alone (written)
    assert _in_longer_names(ASC, "ADULT SOCIAL CARE STAFF TRAINING") == frozenset()


def test_word_lists_are_read_from_verdict_cues():
    assert verdicts._NUMBER_WORDS == {w: n for n, w in enumerate(cue_words("number_words"))}
    assert verdicts._NUMBER_WORDS["twelve"] == 12 and verdicts._ORDINALS["fifth"] == 5
    assert verdicts._PLURALS["children"] == "child"
    assert track_judge._ORDINALS == frozenset(cue_words("ordinal_suffixes"))
    assert "cut" in cue_words("move_to_verbs") and "cut" in cue_words("by_amount_verbs")
    # the patterns built from them still read promises as before (Medway and written examples of the comments)
    assert verdicts._MOVE_TO.search("We will reduce this to 140 by March 2023").group(1) == "140"
    assert not verdicts._MOVE_TO.search("We will reduce this by 2030")
    assert verdicts._TO_ZERO.search("bring the number of out of area placements down to zero")
    assert verdicts._BY_AMOUNT.search("reduce agency staff spend by £1.5m").group(1) == "£1.5m"
    assert verdicts._number("five") == 5.0
    assert verdicts._noun("children") == verdicts._noun("child")


@pytest.fixture(scope="module")
def wretton():
    from miner.extract import extract
    from miner.ingest import prepare
    from miner.nlp.pipeline import load_pipeline

    nlp, out = load_pipeline(), []
    for name in ("Wretton Parish Council minutes 2016-03-14.txt", "Wretton Parish Council minutes 2020-01-06.txt"):
        doc, sections = prepare(PARISH / name)
        out.append(extract(doc, sections, nlp=nlp))
    return out, track.track(out)


def test_a_follow_up_is_not_cited_by_the_councillor_s_apologies(wretton):
    # March 2016: "This matter will be taken up by County Councillor Martin Storey." (mud and standing water on the new
    # footpath); at the starting commit `unmeasurable`, citing January 2020's apologies for absence
    exs, result = wretton
    by_id = {v.promise_id: v for v in result.verdicts}
    found = [by_id[st.id] for ex in exs for st in ex.statements if st.id in by_id and TAKEN_UP in st.text]
    assert found
    assert all(not any("apologies" in e.quote for e in v.evidence) for v in found)
