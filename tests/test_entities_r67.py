"""Entities round 67 (stop 62, helper en73): check N's error classes as general forms.

Check N (`annotations/entities/check65/`, round 65's batch, committed in round 66; its pages in corpus/web/ with
their addresses in corpus/MANIFEST.tsv, quoted below) showed three classes the rules now read:

- a combined authority by its kind alone in its own papers ("the Combined Authority"), an organisation as round 63's
  "Fire Authority" and "National Park Authority" (the same token group, `authority-by-kind`, in
  `scripts/build_service_patterns.py`); a category stays generic ("a Mayoral Combined Authority", "to form a Combined
  Authority", "Mayoral Combined Authorities");
- a committee's name holding one capitalised word in brackets before its head (`bracketed_word_heads` in
  `service_terms.json`): "Joint Executive (Cabinet) Committee" found whole, not cut at the bracket; the agenda
  heading's "Agenda for" (`title_lead_ins`) no part of it;
- councils listed by area and tier before one plural "Councils" (`elided_council_tiers`, `elided_councils_after`):
  "Forest Heath District (FHDC) and St Edmundsbury Borough (SEBC) Councils" names councils (ORG) and their initials,
  not a service;
- a person the paper has named whole, named again over a line break ("Councillor Mark\nPritchard", "Emyr\nWilliams"):
  the name, not the title and forename alone or the surname read as a place.

Each text is read as one unit.
"""

from __future__ import annotations

import pytest

from conftest import unit_mentions

# https://democracy.cambridgeshirepeterborough-ca.gov.uk/ieListDocuments.aspx?CId=141&MId=145&Ver=4
# (Cambridgeshire and Peterborough Combined Authority Board, July 2024; batch N)
CPCA_MEMBERSHIP = ("Minutes: The Board received a report outlining changes to the membership of board and committees "
                   "of the Combined Authority.")
CPCA_AUDIT = ("A Note the temporary change in substitute member from Cambridge City Council on the Combined Authority’s "
              "Audit and Governance Committee on 20 June 2024.")
CPCA_BOARD = ("Combined Authority Membership Update Report advising of amendments to the membership of the regulatory "
              "and thematic committees since the last meeting of the Combined Authority Board.")
CPCA_MAYORAL = ("He reiterated how Mayoral Combined Authorities play a crucial role in regional regeneration and "
                "economic growth.")
# https://democracy.westsuffolk.gov.uk/ieListDocuments.aspx?CId=499&MeetingId=4122 (West Suffolk Joint Executive
# (Cabinet) Committee, 25 June 2018; batch N)
WS_HEADING = "Agenda for Joint Executive (Cabinet) Committee on Monday 25 June 2018, 6.00 pm"
WS_FIRST = ("The Chairman welcomed all those present to this first meeting of the Joint Executive (Cabinet) Committee, "
            "which was established by Forest Heath District (FHDC) and St Edmundsbury Borough (SEBC) Councils at their "
            "annual meetings in May 2018.")
WS_BOTH = ("Both FHDC and SEBC Cabinet decisions could now be made by the Joint Executive (Cabinet) Committee, thus "
           "avoiding the need for separate Cabinet meetings")


@pytest.mark.parametrize("text,name,label", [
    (CPCA_MEMBERSHIP, "Combined Authority", "ORG"),
    (CPCA_AUDIT, "Combined Authority", "ORG"),
    (CPCA_AUDIT, "Audit and Governance Committee", "BOARD"),
    (CPCA_AUDIT, "Cambridge City Council", "ORG"),
    (CPCA_BOARD, "Combined Authority", "ORG"),
    (CPCA_BOARD, "Combined Authority Board", "BOARD"),
    (WS_HEADING, "Joint Executive (Cabinet) Committee", "BOARD"),
    (WS_FIRST, "Joint Executive (Cabinet) Committee", "BOARD"),
    (WS_FIRST, "Forest Heath District", "ORG"),
    (WS_FIRST, "FHDC", "ORG"),
    (WS_FIRST, "SEBC", "ORG"),
    (WS_BOTH, "Joint Executive (Cabinet) Committee", "BOARD"),
], ids=["ca-of-the", "ca-possessive", "ca-committee", "ca-council", "ca-heading", "ca-board", "bracket-heading",
        "bracket-body", "elided-council", "elided-initials", "elided-second-initials", "bracket-again"])
def test_check_n_names_are_found_whole_with_their_label(nlp, text, name, label):
    assert unit_mentions(nlp, text).get(name, (None,))[0] == label


@pytest.mark.parametrize("text,absent", [
    (CPCA_MAYORAL, "Combined Authorities"),  # a category of authority
    (CPCA_MAYORAL, "Mayoral Combined Authorities"),
    ("The council supported the creation of a Mayoral Combined Authority for the county.", "Combined Authority"),
    ("the Government invited the county's councils to form a Combined Authority with devolved powers.",
     "Combined Authority"),
    (WS_HEADING, "Agenda for Joint Executive (Cabinet) Committee"),
    (WS_FIRST, "Joint Executive"),
    (WS_BOTH, "Joint Executive"),
], ids=["category-plural", "mayoral-plural", "mayoral", "a-combined-authority", "agenda-for", "cut-at-bracket",
        "cut-at-bracket-2"])
def test_categories_and_cut_names_are_no_mentions(nlp, text, absent):
    assert absent not in unit_mentions(nlp, text)


@pytest.mark.parametrize("text,name,label", [
    # initials in brackets are a definition, read by the acronym rules, not part of a name (written for the probe)
    ("The Health and Wellbeing Board (HWB) agreed the plan. The HWB met again in May.", "Health and Wellbeing Board",
     "BOARD"),
    # a council named whole is unchanged (West Suffolk's venue line, batch N)
    ("Contact: Claire Skoyles: Democratic Services Officer", "Claire Skoyles", "PERSON"),
    # one council by area and tier is no list (written for the probe)
    ("The report went to Maidstone Borough Council and Kent County Council.", "Maidstone Borough Council", "ORG"),
    # an authority's full name is found whole, not cut to its kind (West of England Combined Authority's scrutiny
    # terms of reference, written for the probe)
    ("scrutinising the work of the Greater Manchester Combined Authority (GMCA)",
     "Greater Manchester Combined Authority", "ORG"),
], ids=["definition", "person", "one-council", "full-name"])
def test_what_must_not_change(nlp, text, name, label):
    assert unit_mentions(nlp, text).get(name, (None,))[0] == label


# https://democracy.gwynedd.llyw.cymru/ieListDocuments.aspx?CId=433&MeetingId=5238 (North Wales Corporate Joint
# Committee, 21 June 2024; batch N)
NW_APOLOGIES = ("Minutes: RESOLVED to appoint Councillor Mark Pritchard as\nVice-chair for 2024/25. |\n|\n"
                "APOLOGIES To receive any apologies for absence. Minutes: Apologies were\nreceived from:- \u00b7\n"
                "Councillor Mark\nPritchard (Wrexham County Borough Council) \u00b7")
NW_RETIRING = ("Emyr Williams (Eryri\nNational Park Authority) with Iwan Jones deputising. Councillor Edgar Owen was\n"
               "welcomed to his first meeting of the Joint-committee following his appointment\n"
               "as the new Chair of the Eryri National Park Authority. It was noted that Emyr\n"
               "Williams (Eryri National Park Authority) would be retiring soon.")


def _spans(nlp, text):
    from miner.model import TextUnit

    doc = nlp.make_doc(text)
    doc._.miner_unit = TextUnit("doc-probe-r67-" + str(abs(hash(text))), None, None, "body", "other", None, 0, text)
    return [(s._.miner_record.label, text[s.start_char : s.end_char]) for d in nlp.pipe([doc])
            for s in d.spans["miner_mentions"]]


def test_a_named_person_over_a_line_break_is_the_person(nlp):
    spans = _spans(nlp, NW_APOLOGIES)
    assert ("PERSON", "Mark\nPritchard") in spans
    assert ("PERSON", "Councillor Mark") not in spans
    spans = _spans(nlp, NW_RETIRING)
    assert spans.count(("PERSON", "Emyr Williams")) == 1 and ("PERSON", "Emyr\nWilliams") in spans
    assert not [t for lab, t in spans if t == "Williams"]


def test_an_unknown_name_over_a_line_break_is_left_alone(nlp):
    # a surname at a line's start after a forename of no person the paper named is not joined to it (batch N's
    # line with the forename changed)
    spans = _spans(nlp, NW_RETIRING.replace("noted that Emyr", "noted that Gwyn"))
    assert ("PERSON", "Gwyn\nWilliams") not in spans
