"""Tracker round 34 (annotations/README.md): a vague promise's mention is evidence only when it is on the promise's
matter (`track_judge.matter_of`, `on_its_matter`), not when it shares only who acts, who is told, the meeting's words
or a couple of common words; a bare follow-up whose matter the minutes give around it ("Clerk to report to
Highways.") gets no verdict from a later paper. Real promise / evidence pairs from corpus/ papers that are text files
(Norfolk parish minutes in corpus/parish; Kent County Council papers in corpus/kent, which the Kent tracker gold, read
from Kent's PDFs, does not use); none from the tracker gold. A few negatives are written, and say so."""

from __future__ import annotations

from pathlib import Path

import pytest

from miner import track
from miner.track_judge import _own_names, matter_of, on_its_matter, quoted_speech
from miner.track_text import cue_words

ROOT = Path(__file__).resolve().parents[1]
PARISH = ROOT / "corpus" / "parish"
KENT_OWN = _own_names("Kent County Council")


def _own(parish: str) -> frozenset[str]:
    return _own_names(f"{parish} Parish Council")


def test_a_bare_follow_up_has_no_matter_of_its_own():
    # West Dereham minutes, 2 June 2016 (three times: the hedge at the Mill Lane junction, a blocked drain, ...)
    assert matter_of("Clerk to report to Highways.", _own("West Dereham")) == frozenset()
    # Northwold minutes, 4 July 2017
    assert matter_of("CLERK TO PUT ON SEPT AGENDA", _own("Northwold")) == frozenset()
    # Stoke Ferry minutes, 6 March 2019
    assert matter_of("The Clerk agreed to write to the Borough Council to point out this fact.", _own("Stoke Ferry")) == frozenset()
    # but a follow-up that names its matter keeps it (Wereham minutes, 11 November 2014)
    assert {"crown", "garden"} <= matter_of("Clerk to request clearance of pavement from Crown Gardens to electricity shop.",
                                            _own("Wereham"))


def test_a_later_item_on_another_matter_is_no_evidence():
    # Northwold, 4 July 2017 and 2 April 2019: the borough council and the verb "respond" are all they share
    assert not on_its_matter("CLERK TO WRITE TO BCKLWN & DEVELOPER & RESPOND TO RESIDENT",
                             "Clerk asked to respond to advise of this and request that if it happens again to report it to "
                             "the BCKLWN.", _own("Northwold"))
    # Stoke Ferry, 3 May 2017 and 8 January 2020: cleaning, of another thing
    assert not on_its_matter("The Rangers should be asked to clean the village signs.",
                             "The Clerk agreed to contact Norfolk County Council to ask that they clean the pathway on "
                             "Boughton Road.", _own("Stoke Ferry"))
    # Northwold, 7 March and 4 July 2017: councillors agreeing to something else
    assert not on_its_matter("Cllr Crisp agreed to contact Mr Rolph and request a quote.",
                             "Cllr Sharp and Cllr Anderson agreed to attend.", _own("Northwold"))
    # Stoke Ferry, 8 January and 11 November 2020: a meeting's notice, another of its rules
    assert not on_its_matter("If this happens you will be asked to leave and if necessary, the meeting will be suspended.",
                             "204/20 Openness and Transparency Notice The Chair read the notice.", _own("Stoke Ferry"))


def test_an_acronym_counts_only_written_so():
    # Kent, ICS delivery plan appendix A (January 2025, a text paper of corpus/kent); the response is written, in the
    # words of a consultation response on a children's centre: "sending families elsewhere" is no "SEND"
    promise = "We are committed to working with families on our collective responsibility to support children with SEND."
    response = ("\"The centre has been there for 20 years supporting families, and sending families elsewhere would be "
                "detrimental to these families.\"")
    assert not on_its_matter(promise, response, KENT_OWN)
    # written: the acronym itself is shared
    assert on_its_matter(promise, "Families of children with SEND told us the new offer works for them.", KENT_OWN)


def test_a_sentence_on_the_promises_matter_is_evidence():
    # Kent, ICS delivery plan appendices A and B ("Improve equity of access to services") and the Key Service
    # Statement of the 2025-26 budget (Appendix G, February 2025)
    assert on_its_matter("Improve equity of access to services",
                         "Public Health has three overarching aims: to improve the health of the Kent population, to protect "
                         "the health of the Kent population, and to improve the equity and quality of health and care "
                         "services.", KENT_OWN)
    # Wereham, 11 November 2014 and 12 April 2016: the same named place
    assert on_its_matter("Clerk to request clearance of pavement from Crown Gardens to electricity shop.",
                         "BCKLWN Enforcement Officer had confirmed that he was continuing to work on getting the path at "
                         "Crown Gardens reopened, and discussions with the property owner was progressing well, there had "
                         "been an extension granted for the work to be carried out.", _own("Wereham"))
    # Northwold, 7 March 2017 and 2 April 2019: the same person appointed
    assert on_its_matter("Clerk to appoint Mr Bergin.",
                         "The Councillors agreed the appointment of Max Bergin as Internal Auditor for 2018/19 year end.",
                         _own("Northwold"))
    # a heading's first word is no act (written, as a plan's list heading puts one)
    assert on_its_matter("Stop Smoking Campaigns", "The Stop Smoking service ran two campaigns in the autumn.", KENT_OWN)
    # a long matter needs MATTER_MOST of its words (Kent ICS appendix B; the evidence sentence written)
    assert on_its_matter("Short term service free up to 10 weeks to support hospital discharge, reablement.",
                         "When someone is discharged from hospital, adult social care supports them to live at home after a "
                         "period of reablement.", KENT_OWN)
    # two words side by side in both: a topic named again (written)
    assert on_its_matter("Active travel", "Feasibility studies explore future active travel routes.", KENT_OWN)
    # written negative: one word of a long matter
    assert not on_its_matter("Short term service free up to 10 weeks to support hospital discharge, reablement.",
                             "The service was praised by residents.", KENT_OWN)


def test_words_the_paper_quotes_are_not_its_report():
    # Kent, Governance Update Report (County Council, 13 March 2025): the statutory guidance quoted, and the report's own
    # words around it
    text = (ROOT / "corpus/kent/Governance Update Report.txt").read_text(encoding="utf-8")
    start = text.index("g) Members")
    passage = text[start : text.index("This provides focus", start)]
    assert quoted_speech(passage, "Effective scrutiny should have a defined impact on the ground, with the committee making "
                                  "recommendations that will make a tangible difference to the work of the authority.")
    assert quoted_speech(passage, "Scrutiny works best when it has a clear role and function.")
    assert not quoted_speech(passage, "g) Members’ attention is drawn in particular to the following sections:")


def test_the_word_lists_come_from_the_cue_file():
    assert "advised" in cue_words("actor_verbs")
    assert "clerk" in cue_words("not_matter")
    assert "report" in cue_words("addressing_verbs")


@pytest.fixture(scope="module")
def west_dereham():
    from miner.extract import extract
    from miner.ingest import prepare
    from miner.nlp.pipeline import load_pipeline

    nlp, out = load_pipeline(), []
    for name in ("West Dereham Parish Council minutes 2016-06-02.txt", "West Dereham Parish Council minutes 2017-02-02.txt"):
        doc, sections = prepare(PARISH / name)
        out.append(extract(doc, sections, nlp=nlp))
    return out, track.track(out)


def test_report_to_highways_is_not_kept_by_another_matter_reported(west_dereham):
    # "Clerk to report to Highways." (the hedge at the Mill Lane junction, a blocked drain at Lime Kiln Road) was
    # `delivered` by February 2017's "The Clerk had continually chased Highways to replace the signs and have now
    # reported the problem to Norfolk County Council Highways ..." (the 30mph signs on the village gateways)
    exs, result = west_dereham
    by_id = {v.promise_id: v for v in result.verdicts}
    found = [by_id[st.id] for ex in exs for st in ex.statements
             if st.id in by_id and " ".join(st.text.split()) == "Clerk to report to Highways."]
    assert found
    assert all(v.status == "no_evidence" and not v.evidence for v in found)
