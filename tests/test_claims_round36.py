"""Claims round 36, children's, adult care and health papers read through the real pipeline: a target sentence opening
"By 2028/29," then a measure and "will" is as of its year; a "|" table with no label column takes each cell's period
from the head above its column ("| By 2025-26 | ... | Post 2032 |"); a figure whose label carries a footnote mark
("staff* 2,370.3") takes the date of the footnote ("*FTE is as per December 2024 data"); ASCOF 1F (adults in contact
with secondary mental health services in paid employment) is an indicator, and "530 permanent places" are school
places; a directorate's divisions, a plan's aims and an assessment's levels are no claims, nor a meeting room, a
standing order or "paragraph(s) 1 and 3"; a part in an "(including ...)" aside does not rise with the growth it is a
part of; a number word opening a paragraph after a heading ("considered\n\nFive Options") is a count, not part of a
name."""


import pytest
from conftest import CORPUS, claim_at, claim_found as _at, no_claim_at, paper_claims

KENT = CORPUS / "kent"
WEB = CORPUS / "web"


@pytest.fixture(scope="module")
def health():
    return paper_claims(KENT / "24-00115 - Appendix A - Current Health wellbeing activity within KCC.txt")


@pytest.fixture(scope="module")
def decision():
    return paper_claims(KENT / "24-00096 - PRoD.txt")


@pytest.fixture(scope="module")
def key_services():
    return paper_claims(KENT / "Appendix G - Key Service Statement.txt")


@pytest.mark.parametrize("context, quote, as_of", [
    ("from 10.2% to no more than 6%", "6%", "2028-29"),
    ("from 65.8% to at least 70%", "70%", "2028"),
    ("from 7.9% to below 5%", "5%", "2028"),
    ("from 7.3% to no more than 5% across Kent and Medway", "5%", "2028-29"),
])
def test_a_target_opening_by_its_year_is_as_of_it(health, context, quote, as_of):
    assert _at(health, context, quote).as_of == as_of


def test_adults_with_mental_health_needs_in_paid_employment_is_an_indicator(health):
    claim = _at(health, "from 8% to above 10% in Kent and Medway", "10%")
    assert claim.indicator == "mh_paid_employment"


@pytest.mark.parametrize("context, quote, as_of", [
    ("| 0.3FE | 5FE | 5FE |", "0.3FE", "2025-26"),
    ("| 5FE |\n| 85 Year R", "5FE", "2027-28"),  # a row shorter than its head fills the first columns
    ("| 85 Year R temp places", "85", "2025-26"),
    ("| 14.3FE | 14FE |", "14.3FE", "2029-32"),
    ("| 440 places | 90 places", "440", "2026-27"),
])
def test_a_cell_of_a_table_without_labels_takes_its_column_heads_period(decision, context, quote, as_of):
    assert _at(decision, context, quote).as_of == as_of


def test_permanent_places_are_school_places(decision):
    assert _at(decision, "A total of 530 permanent places", "530").indicator == "school_places"


def test_an_open_ended_column_dates_nothing(decision):
    assert _at(decision, "| 14FE |\n\nA total of 44.9FE", "14FE").as_of is None  # under "Post 2032"


@pytest.mark.parametrize("context, quote", [
    ("Full Time Equivalent (FTE) staff* 2,370.3", "2,370.3"),
    ("Full Time Equivalent (FTE) staff* 3,240.3", "3,240.3"),
])
def test_a_figure_marked_for_a_dated_footnote_is_as_of_its_date(key_services, context, quote):
    claim = _at(key_services, context, quote)
    assert claim.as_of == "2024-12" and claim.indicator == "workforce_headcount"


@pytest.mark.parametrize("context, quote", [
    ("directorate consists of four divisions", "four"),
    ("Public Health has three overarching aims", "three"),
    ("Directorate comprises of four Divisions", "four"),
    ("These two Divisions have a statutory duty", "two"),
])
def test_a_directorates_divisions_and_a_plans_aims_are_no_claims(key_services, context, quote):
    assert no_claim_at(key_services, context, quote)


def test_the_levels_an_assessment_is_carried_out_at_are_no_claim():
    paper = paper_claims(KENT / "24-00096 - EQIA.txt")
    assert no_claim_at(paper, "is carried out at two levels", "two")
    assert no_claim_at(paper, "the first of these two levels", "two")


@pytest.mark.parametrize("name, context, quote", [
    ("London Borough of Hillingdon - Cabinet 2011-03-17.txt", "Venue: Committee Room 6", "6"),
    ("Warwickshire County Council - Adult Social Care and Health Overview and Scrutiny Committee 2023-11-15.txt",
     "Venue: Committee Room 2", "2"),
    ("Argyll and Bute Council - Community Services Committee 2018-12-11.txt", "Standing Order 22.1", "22.1"),
    ("Oldham Council - Cabinet 2023-07-17.txt", "paragraph(s) 1 and 3 of Part 1", "1"),
    ("Oldham Council - Cabinet 2023-07-17.txt", "paragraph(s) 1 and 3 of Part 1", "3"),
])
def test_a_meeting_room_a_standing_order_and_paragraphs_are_names(name, context, quote):
    assert no_claim_at(paper_claims(WEB / name), context, quote)


def test_a_number_word_opening_a_paragraph_after_a_heading_is_no_name():
    # "Options/Alternatives considered\n\nFive Options – 1, 2,3 4 and 5 were detailed in the report."
    paper = paper_claims(WEB / "Oldham Council - Cabinet 2023-07-17.txt")
    assert _at(paper, "Five Options – 1, 2,3 4 and 5", "Five").value == 5


def test_a_part_in_an_including_aside_does_not_rise_with_the_growth():
    paper = paper_claims(KENT / "Draft Revenue Budget 2025-26 and 2025-28 MTFP and Draft Capital Programme 2025-35.txt")
    text, claims = paper
    part = claim_at(text, claims, "(including -£0.8m internal base adjustment between", "£0.8m", inside=True)
    assert part is not None and part.direction is None
    # the whole still grows
    assert _at(paper, "includes £149.6m of core funded spending growth", "£149.6m").direction == "up"


# guards: what the new rules must leave alone
def test_recommendations_a_committee_made_stay_a_count():
    paper = paper_claims(WEB / "Herefordshire Council - Cabinet 2022-12-15.txt")
    assert _at(paper, "the three recommendations made by the scrutiny committee", "three").value == 3


def test_a_target_in_a_logframe_row_keeps_its_year():
    paper = paper_claims(KENT / "24-00115 - Appendix B - KCC ICS priorities measures.txt")
    assert _at(paper, "By 2028, 65% of employees report", "65%").as_of == "2028"
