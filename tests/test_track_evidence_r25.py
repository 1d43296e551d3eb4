"""Tracker round 25 (annotations/README.md): links on another subject, and the evidence a careful reader would cite."""

from __future__ import annotations

import pytest

from miner import track
from miner.evaluation import tracker as evaluation
from miner.similarity import analyse
from miner.track_names import name_only, promise_names

KENT = frozenset(analyse("Kent County Council", False)) | {"kcc"}
MEDWAY = frozenset(analyse("Medway Council", False))

# real sentences: Medway's 2018 priorities (seed 000) and its March 2020 report (seed 001)
PANEL = ("No clinical referrals will be made in future without the case being discussed at Joint Agency Panel "
         "first.")
PLACEMENTS = ("Placements made through the Joint Agency Panels have been reviewed to ensure all internal processes "
              "are efficient and streamlined.")
ADOPTION = ("Implement plans to form a Regional Adoption Agency with Kent County Council and London Borough of Bexley. "
            "We have jointly bid for a £850K investment from the DfE across the three authorities.")
AGREED = ("Agreement has been reached to establish a Regional Adoption Agency in partnership with Bexley and Kent and "
          "this arrangement will go live in October 2020.")


def test_a_passage_sharing_only_the_panel_the_promise_names_is_on_another_subject():
    assert promise_names(PANEL, MEDWAY) == [(frozenset({"joint", "agency", "panel"}), True)]
    assert name_only(PANEL, PLACEMENTS, MEDWAY)  # placements reviewed, not clinical referrals discussed first
    # a word of the promise's own subject beyond the name makes it a link again
    assert not name_only(PANEL, "All clinical referrals are now discussed at the Joint Agency Panel first.", MEDWAY)


def test_a_name_the_promise_delivers_links_a_passage_naming_it_whole():
    assert not name_only(ADOPTION, AGREED, MEDWAY)
    # Kent's devolution request and the Cabinet minute awaiting the decision (round 24) stay linked
    request = ("Agree to submit a request to Government, jointly with Medway Council, for Kent and Medway to be "
               "included in the Devolution Priority Programme")
    awaited = ("(e) Mr Jeffrey noted that whilst a decision was awaited from Government on Kent's inclusion on the "
               "Devolution Priority Programme, and the potential postponement of elections, the response was required "
               "imminently to ensure adequate preparation.")
    assert not name_only(request, awaited, KENT)
    # Kent's health and wellbeing activity (January 2025) and a Family Hub contracts response (March 2025)
    assert not name_only("Holiday Activities and Food Programme",
                         "| | KCC Family Hubs alongside Seashells and Millmead provided Holiday Activities and Food (HAF) "
                         "Programme.", KENT)


def test_part_of_a_name_or_a_partner_named_in_passing_is_no_link():
    # Kent's health and wellbeing activity (January 2025) against the Quarter 3 performance report and a Member's
    # question (March 2025)
    assert name_only("Deliver the NHS Kent and Medway Safeguarding Strategy",
                     "In Quarter 3, there were 7,678 NHS Health Checks delivered to the eligible population in Kent.",
                     KENT)
    assert name_only("Work with NHS colleagues on MECC opportunities",
                     "Can the Cabinet Member please confirm whether the close work with East Kent Hospital Trust is "
                     "continuing, what joint initiatives with the NHS are being undertaken and advise how this is "
                     "helping support patient flow into appropriate social services support?", KENT)
    # Medway: a SMART Health Care Plan for looked-after children is not the Education, Health and Care Plan
    assert name_only("100% of LAC have a SMART Health Care Plan.",
                     "The format of the Education Health and Care Plan has been revised and a new one is now in use.",
                     MEDWAY)


def test_people_places_and_shouted_minutes_are_not_names_of_things():
    # Stoke Ferry's minutes (2017, 2018): the same officer met again is the follow-up; his council is a body
    names = promise_names("There were a lot more investigations to be made and perhaps a further conversation with "
                          "David Mills, Norfolk County Council would be of benefit.")
    assert names == [(frozenset({"norfolk", "county", "council"}), False)]
    assert not name_only("There were a lot more investigations to be made and perhaps a further conversation with "
                         "David Mills, Norfolk County Council would be of benefit.",
                         "That the Clerk arrange a footpath sight meeting with David Mills, including Cllr Sue Lintern "
                         "and the Footpath Warden.")
    # Northwold's action lines in capitals (2017) hold no acronyms
    assert promise_names("CLERK TO FACILITATE SITE MEETING WITH HIGHWAYS") == []


@pytest.fixture(scope="module")
def medway():
    extractions = list(evaluation.seed_extractions())
    judged = {ex.document.id for ex in extractions if ex.document.path.endswith(evaluation.JUDGED_FROM)}
    result = track.track(extractions, evidence_docs=judged)
    texts = {st.id: " ".join(st.text.split()) for ex in extractions for st in ex.statements}
    return {texts[v.promise_id]: v for v in result.verdicts}


def _verdict(verdicts, words: str):
    (v,) = [v for text, v in verdicts.items() if words in text]
    return v


def test_medway_promises_linked_on_a_shared_name_are_no_longer_delivered(medway):
    # both delivered before, on the Joint Agency Panels' placements review and on the EHCP's revised format
    assert _verdict(medway, "discussed at Joint Agency Panel first").status == "no_evidence"
    assert _verdict(medway, "100% of LAC have a SMART Health Care Plan").status == "no_evidence"
    # tune promises linked on their subject stay as they were
    v = _verdict(medway, "improving the quality of plans")
    assert v.status == "delivered" and "quality of the EHCPs being issued is improving" in v.evidence[0].quote


# --- the sentence cited is the one that says what happened ------------------------------------------------------


def _cite(promise: str, text: str, since: str, date: str) -> tuple[str, str]:
    from miner.track_judge import _cited, relation_of
    from miner.track_passages import Passage

    passage = Passage("d", date, None, "1", 0, len(text), text)
    relation = relation_of(promise, passage, since)
    return relation, _cited(promise, passage, (), relation, since)


def test_the_cited_sentence_is_the_one_saying_what_happened_not_its_closest_neighbour():
    # Wretton's minutes: 14 March 2016 (item 8) and 13 May 2019 (item 8)
    relation, quote = _cite("Future use of the phone box A working party will paint the phone box.",
                            "The defibrillator has now been fitted in the village phone box and training how to use the "
                            "device has been held. Volunteers have painted the phone box and signage will be added to "
                            "indicate the defibrillator presence. Consideration will be given as to whether any more "
                            "light is needed around the phone box at night.", "2016-03-14", "2019-05-13")
    assert relation == "supports"
    assert quote.startswith("Volunteers have painted the phone box")  # the defibrillator's sentence before


def test_a_short_sentence_pointing_back_is_not_cited_over_the_one_naming_the_subject():
    # Kent's Corporate Parenting Panel minutes, 10 December 2024, item 2(d)
    _, quote = _cite("Panel members were invited to attend the Children in Care Council meetings.",
                     "d. The Chair highlighted the eagerness of young people to attend future panel meetings. This was "
                     "agreed by the panel.", "2024-10-29", "2024-12-10")
    assert quote.startswith("The Chair highlighted")


# --- a share stated as the state to reach is a target ----------------------------------------------------------


def test_a_share_written_as_a_state_is_read_as_a_target():
    from miner.verdicts import _direction, numeric_target

    # Medway's 2018 health outcomes (seed 000) and Kent's ICS priorities measures (January 2025)
    assert numeric_target("100% of LAC have a SMART Health Care Plan.") == 100
    assert numeric_target("100% of our care leavers receive a final statutory health assessment and are offered a "
                          "Health History.") == 100
    assert numeric_target("80% of all ASC providers to hold digital record.") == 80
    assert numeric_target("By 2028, 90% of employees feel that their role makes a difference to patients / service "
                          "users / residents.") == 90
    assert _direction("95% of plans to be completed within 20 weeks") == "up"
    # a share named in passing is none (Kent's budget minutes, a parish's reserves advice)
    assert numeric_target("It is advised that all reserves above 25% of the precept should be allocated to project "
                          "proposal.") is None


def test_a_count_is_no_way_towards_a_share():
    from miner.track_links import Candidate
    from miner.track_passages import Passage, Promise
    from miner.model import Claim, Specificity, Statement
    from miner.verdicts import on_course

    aim = "100% of our care leavers receive a final statutory health assessment and are offered a Health History."
    news = "The extension of support to 25 years has increased those being supported aged 21+ from 18 care leavers to 30."
    st = Statement("s", "a1", None, None, "commitment", aim, 0, len(aim), specificity=Specificity(measurable=True))
    pr = Promise(st, "a1", "2018-03-08", "Medway Council", indicators={"care_leavers"})
    at = news.index("30")
    claim = Claim("c", "a2", None, None, "from 18 care leavers to 30", at - 22, at + 2, 30.0, "count",
                  indicator="care_leavers", from_value=18.0, to_value=30.0, direction="up")
    passage = Passage("a2", "2018-06-05", None, "5.2", 0, len(news), news, indicators={"care_leavers"}, claims=[claim])
    assert on_course(pr, Candidate(passage, {}, 0.3)) is None
