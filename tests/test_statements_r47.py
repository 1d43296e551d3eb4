"""Statements round 47 (rules v48): does the rules' recall carry to other councils' papers?

Classes from batch A of fresh pages (the tool library's `pages` corpus, councils not in corpus/, gold written by
reading before any run; annotations/README.md, round 47), each made general in patterns/statement_cues.json:
- reported next steps in minutes: "... advised that this would be rectified" (`commitment` 15), "had committed to
  publishing ..." (20), an officer's "would" (91), "there would be more investment ..." (92), "was scheduled to take
  place in July" (93), "... would be held virtually in November ..." (94; not a meeting's date, not "held until");
- a difficulty in a member's words: "though there were still challenges in this area" (`challenge` 136);
- precision: "The Chair will move that the minutes ... be signed" is a motion, not an action (`action_note` 8,
  `commitment` 12).
And the brief's known precision class (list context, `StatementFinder._list_kind`): a procedural lead-in in minutes
whose sectioner kind comes from a name in its own words ("... a Devolution Priority Programme ... as to:", Kent
Cabinet minutes of 9 January 2025) gives its items and the resolutions after it no priority.
Fresh pages are quoted with their address; corpus sentences are checked to be in their paper."""

import pytest

from conftest import in_paper, squash

from miner.nlp.statements import sentence_rule

KENT_CABINET = "corpus/kent/Minutes of the meeting held on 9th January 2025.txt"
SEED_000 = "corpus/seeds/000_6cef1de8068e4e1d.txt"


@pytest.mark.parametrize("kind, text", [
    # https://democracy.spelthorne.gov.uk/mgAi.aspx?ID=24087
    ("commitment", "The Committee observed that there was no cumulative total presented on the Savings Plan and the "
                   "Chief Accountant advised that this would be rectified."),
    # https://democracy.basingstoke.gov.uk/ieListDocuments.aspx?CId=143&MeetingId=1715
    ("commitment", "Remembrance commemorations would be held virtually in November and shown at the appropriate times "
                   "on social media platforms."),
    # https://democracy.carmarthenshire.gov.wales/mgAi.aspx?ID=39700
    ("commitment", "The Leader, in presenting the 5-year vision statement explained that following the Local Government "
                   "Elections (May 2022), the new Cabinet had committed to publishing a vision statement ahead of the "
                   "Corporate Strategy which was due for publication in the Autumn."),
    # https://northumberland.moderngov.co.uk/mgAi.aspx?ID=7935
    ("commitment", "A second Equalities conference was scheduled to take place in July which would discuss the Action "
                   "Plan and action points."),
    ("commitment", "Investment was being made to amenities such as public toilets and parks and open spaces and there "
                   "would be more investment in the environment going forward."),
    # https://democracy.bathnes.gov.uk/mgAi.aspx?ID=14734
    ("challenge", "Councillor Romero also commented that people in Bath and North East Somerset were generally healthy, "
                  "though there were still challenges in this area."),
])
def test_reported_next_steps_and_difficulties_on_fresh_pages(kind, text):
    rule = sentence_rule(text, minutes=True)
    assert rule is not None and rule[0] == kind, (text, rule)


def test_an_officers_would_is_a_next_step():
    # the pattern on its own clause: the page's sentence opens with the member's question, which the question veto
    # keeps (https://democracy.spelthorne.gov.uk/mgAi.aspx?ID=24087)
    text = ("The Group Head Neighbourhood Services and the Chief Accountant would discuss to see if there was a better "
            "way to present this information.")
    rule = sentence_rule(text, minutes=True)
    assert rule is not None and rule[0] == "commitment", rule


def test_the_chair_moving_a_motion_is_no_action():
    # https://democracy.basingstoke.gov.uk/ieListDocuments.aspx?CId=143&MeetingId=1715 (agenda text in the minutes)
    rule = sentence_rule("The Chair will move that the minutes of the meeting be signed as a correct record.", minutes=True)
    assert rule is None or rule[0] != "commitment", rule


@pytest.mark.parametrize("text", [
    # negatives that read the same before and after: an officer's explanation, a member's comment (the pages
    # above), a meeting's date (Wretton Parish Council minutes 2016-11-07, corpus/parish)
    "The Chief Accountant advised that the Growth Bid for Ground Maintenance related to the loss of the service for "
    "maintaining highway verges.",
    "Councillor Moss commented that it was very much work in progress.",
    "It was noted the next meeting of the Parish Council would be held on January 9th in All Saints Academy.",
])
def test_explanations_comments_and_meeting_dates_stay_unread(text):
    rule = sentence_rule(text, minutes=True)
    assert rule is None or rule[0] not in ("commitment", "challenge"), (text, rule)


@pytest.mark.parametrize("quote", [
    "The Leader introduced the report which detailed the Government's proposal to establish a Devolution Priority "
    "Programme and the rationale for Kent County Council's consideration as to:",
    "whether to request for Kent and Medway to be included in the Devolution Priority Programme",
    "whether to request the Minister to consider postponement of the County Council elections scheduled for May 2025",
    "Agree to submit a request to government jointly with Medway Council for Kent and Medway to be included",
    "Agree to request that the Minister for Local Government and English Devolution consider postponing county elections",
])
def test_a_procedural_lead_in_naming_a_priority_programme_gives_no_priorities(rules_of, quote):
    in_paper(KENT_CABINET, quote)
    hits = [s for s in rules_of(KENT_CABINET) if squash(quote) in squash(s.text)]
    assert not [s for s in hits if s.kind == "priority"], [(s.kind, s.method) for s in hits]


def test_the_resolutions_after_it_are_decisions(rules_of):
    quote = in_paper(KENT_CABINET, "Agree to request that the Minister for Local Government and English Devolution "
                                   "consider postponing county elections")
    hits = [s for s in rules_of(KENT_CABINET) if squash(quote) in squash(s.text)]
    assert hits and {s.kind for s in hits} == {"decision"}, [(s.kind, s.method) for s in hits]


@pytest.mark.parametrize("quote", [
    "Ensure the new Medway Young Person's Wellbeing Service is fully embedded",
    "Commence and complete procurement for Family Group Conferencing",
])
def test_a_real_priorities_lead_in_still_passes_on_its_kind(rules_of, quote):
    # "2.3 The key priorities for Children's Partnership Commissioning in 2018-19 include:" (seed 000)
    in_paper(SEED_000, quote)
    hits = [s for s in rules_of(SEED_000) if squash(quote) in squash(s.text)]
    assert hits and {s.kind for s in hits} == {"priority"}, [(s.kind, s.method) for s in hits]
