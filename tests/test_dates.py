"""Dates, periods and deadlines as UK committee papers write them."""

import re

import pytest

from hypothesis import given, strategies as st

from miner.nlp.dates import find_calendar_quarters, find_dates, find_deadline, find_periods, normalise_period, parse_date

ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def test_parse_date_precisions():
    assert parse_date("8 MARCH 2018") == "2018-03-08"
    assert parse_date("will go live in October 2020") == "2020-10"
    assert parse_date("Printed minutes 30th-Jan-2025 10.00 Cabinet") == "2025-01-30"
    assert parse_date("Budget Risk Register 22.01.25") == "2025-01-22"
    assert parse_date("outstanding by 2020") == "2020"
    assert parse_date("by October", default_year=2020) == "2020-10"
    assert parse_date("31/02/2018") is None  # not a real day
    assert parse_date("no date here") is None


def test_periods_normalise_to_year_pair():
    for text in ("2018/19", "2018-2019", "2018 – 19", "Key priorities in 2018-19 include:", "2018 to 2019"):
        assert normalise_period(text) == "2018-19", text
    assert normalise_period("May 2019 – March 2020") == "2019-20"
    assert normalise_period("April 2019 - June 2019") == "2019"
    assert normalise_period("2018-03-08") is None
    assert normalise_period("Children aged 0-25") is None


def test_deadline_needs_a_cue():
    assert find_deadline("The plan is for the new service to be in place by the beginning of February 2019")[2] == "2019-02"
    assert find_deadline("this arrangement will go live in October 2020")[2] == "2020-10"
    assert find_deadline("will be completed by 1 April 2018")[2] == "2018-04-01"
    assert find_deadline("The number of EHCPs as at 31 March 2018 was 1954") is None


def test_find_dates_offsets_point_at_the_date():
    text = "The Old Vicarage was visited by Ofsted in March 2017 and on 8 March 2018."
    for start, end, iso in find_dates(text):
        assert parse_date(text[start:end]) == iso


@given(st.text(max_size=200))
def test_never_crashes_and_outputs_iso(text):
    iso = parse_date(text)
    assert iso is None or ISO.match(iso)
    for start, end, value in find_dates(text):
        assert 0 <= start < end <= len(text) and ISO.match(value)
    period = normalise_period(text)
    assert period is None or re.match(r"^\d{4}(-\d{2})?$", period)
    find_deadline(text)


@given(st.dates(min_value=__import__("datetime").date(1950, 1, 1), max_value=__import__("datetime").date(2099, 12, 31)))
def test_written_dates_round_trip(d):
    written = f"{d.day} {d.strftime('%B')} {d.year}"
    assert parse_date(written) == d.isoformat()
    assert parse_date(d.strftime("%d/%m/%Y")) == d.isoformat()


def test_month_ranges_inside_one_year_give_the_year():
    from miner.nlp.dates import find_month_ranges

    text = "From January to September 2024, the clinic saw 1,601 patients"
    ((start, end, year),) = find_month_ranges(text)
    assert (text[start:end], year) == ("From January to September 2024", "2024")
    assert find_month_ranges("from March 2019 to 2020") == []


def test_the_end_of_a_school_or_academic_year_or_term_is_due_when_it_ends():
    """A school year runs September to July: "by the end of the 2024/25 school year" is due in July 2025, not the
    financial year 2024-25 (April to March) that the year pair alone would give; terms end at Easter, in July and
    in December. A financial year's end stays its period, as before."""
    from miner.nlp.dates import find_deadline

    def due(text):
        found = find_deadline(text, meeting_date="2024-11-21")
        return found and found[2]

    assert due("Reduce persistent absence to below 15% by the end of the 2024/25 school year.") == "2025-07"
    assert due("We will train designated teachers in every school by the end of the 2024/25 academic year.") == "2025-07"
    assert due("Every school will have a trained mental health lead by the end of the spring term 2026.") == "2026-04"
    assert due("We will publish the policy by the end of the autumn term 2025.") == "2025-12"
    assert due("The savings will be delivered by the end of the 2024/25 financial year.") == "2024-25"
    assert due("In the 2024/25 academic year we will extend the offer to kinship carers.") == "2024-25"
    assert due("Every looked after child will have a termly PEP review by the end of the academic year.") == "2025-07"


def test_a_bare_month_before_a_percentage_is_a_month_not_a_day():
    from miner.nlp.dates import find_bare_months

    assert find_bare_months("In the single month of December 68% of plans", period="2024-25") == [(23, 31, "2024-12")]
    assert find_bare_months("in December 2024", period="2024-25") == []
    assert find_bare_months("on March 3 we met", period="2024-25") == []


def test_a_short_financial_year_with_a_dash_after_a_cue_is_that_year():
    """Kent's budget amendments write "£0.5m in 26-27" beside "2025-26" and "2027-28": the short form is the
    financial year 2026-27; a dashed pair of ages or a range before a unit is not a year."""
    from miner.nlp.dates import find_periods

    text = "(£1m in 2024-25 reducing to £0.75m in 2025-26, £0.5m in 26-27 and zero in 2027-28)"
    assert [p for _, _, p in find_periods(text, short_years=True)] == ["2024-25", "2025-26", "2026-27", "2027-28"]
    assert find_periods("26-27", short_years=True) == []  # no cue: could be a range or a reference
    for not_a_year in ("for 16-17 year olds", "in 24-25 weeks", "at 20-21%", "from 10-11"):
        assert find_periods(not_a_year, short_years=True) == [], not_a_year


def test_a_date_a_promise_is_due_by_beats_one_it_happens_in():
    """Written for this test."""
    text = "The Council declared a climate emergency in 2019 and has committed to reaching net zero by 2030."
    assert find_deadline(text)[2] == "2030"
    assert find_deadline("A Mental Health Summit is planned for 13th March 2025.")[2] == "2025-03-13"


@pytest.mark.parametrize("text, due", [
    # written for this test; the paper's meeting is 21 January 2025
    ("The Partnership would refresh its strategic assessment by the end of March.", "2025-03"),
    ("We aim to increase the proportion of direct payments to 30% by the end of Q3.", "2025-12"),
    ("The Medium Term Financial Strategy will be refreshed by the end of Q4.", "2025-03"),
    ("Launch a new Community Safety Strategy in the new financial year.", "2025-26"),
    ("The Council will take over the management of the hostel within 12 months.", "2026-01"),
    ("Over the next three years, we will invest £4.5m in assistive technology.", "2028"),
    ("The strategy will be published later this year.", "2025"),
    ("A public consultation on the design will take place in the summer.", "2025"),
    ("The new pothole reporting app will be launched by the end of June 2025.", "2025-06"),
])
def test_deadlines_relative_to_the_meeting(text, due):
    assert find_deadline(text, meeting_date="2025-01-21")[2] == due


def test_relative_deadlines_need_the_meeting_and_a_cue():
    assert find_deadline("Performance in Q3 2024-25 was below target.", meeting_date="2025-01-21") is None
    assert find_deadline("The participation team would refresh its plan by the end of March.") is None
    assert find_deadline("In May the service reviewed its plan.", meeting_date="2025-01-21") is None


def test_end_of_the_financial_year_and_next_season():
    """Written for this test: a paper of 20 November 2024."""
    assert find_deadline("A new brokerage team will be in place by the end of the financial year.",
                         meeting_date="2024-11-20")[2] == "2025-03"
    assert find_deadline("We plan to open the service next summer.", meeting_date="2024-11-20")[2] == "2025"
    assert find_deadline("We plan to open the service next summer.", meeting_date="2025-07-20")[2] == "2026"


@pytest.mark.parametrize("text, due", [
    # written for this test; the paper's meeting is 12 October 2024
    ("The review will be completed in six months.", "2025-04"),
    ("A progress report will come back to the committee in 12 months' time.", "2025-10"),
    ("The team will recruit ten foster carers over the next 12 months.", "2025-10"),
    ("The new hub will go live in Q3 2024/25.", "2024-12"),
    ("The strategy is to be adopted by Quarter 4 of 2024/25.", "2025-03"),
    ("The remaining savings will be delivered by year-end.", "2025-03"),
    ("Terms of reference will be agreed by the end of the municipal year.", "2025-05"),
    ("The pilot will be evaluated by the end of the year.", "2024"),
    ("We will consult residents on the options in the new year.", "2025"),
])
def test_more_relative_deadlines(text, due):
    assert find_deadline(text, meeting_date="2024-10-12")[2] == due


def test_relative_spans_that_are_no_deadline():
    """Written for this test: a count of months is a duration in a claim or a past period, not a due date."""
    assert find_deadline("Twelve children had been waiting over 12 months.", meeting_date="2024-10-12") is None
    assert find_deadline("In 12 months to March 2024 the service saw 400 families.", meeting_date="2024-10-12") is None
    assert find_deadline("Performance in Quarter 2 of 2024/25 improved.", meeting_date="2024-10-12") is None
    assert find_deadline("We will consult in the new year.", meeting_date="2024-05-12") is None


def test_a_month_in_a_sentence_about_the_past_is_no_deadline():
    """Written for this test: a paper of 10 July 2025."""
    assert find_deadline("I wrote to the Secretary of State in June.", meeting_date="2025-07-10") is None
    assert find_deadline("In June the Cabinet agreed the plan.", meeting_date="2025-07-10") is None
    assert find_deadline("The consultation will close in June.", meeting_date="2025-07-10")[2] == "2026-06"
    assert find_deadline("Consult on the new lettings policy in the autumn.", meeting_date="2025-07-10")[2] == "2025"


@pytest.mark.parametrize("text, due", [
    # written for this test (bus service improvement plan, capital programme, Local Plan papers); meeting 12 November 2024
    ("We will deliver the A361 bus lane by Q2 2025.", "2025-06"),
    ("The Skills Hub will open in Quarter 1 of 2026.", "2026-03"),
    ("The Council will consult on a revised Enhanced Partnership Scheme in Q3 2024/25.", "2024-12"),
    ("The review backlog will be cleared by the end of Q2 2025/26.", "2025-09"),
    ("Operators have agreed to introduce contactless ticketing on all buses by the end of Q4.", "2025-03"),
])
def test_quarter_deadlines_calendar_and_financial(text, due):
    """A quarter with one year is the calendar's (Q2 2025 ends in June 2025); with a year pair, the financial year's."""
    assert find_deadline(text, meeting_date="2024-11-12")[2] == due


def test_a_calendar_quarter_in_a_past_sentence_is_no_deadline():
    assert find_deadline("Performance in Q3 2024 was below target.", meeting_date="2024-11-12") is None
    assert find_calendar_quarters("Q1 2024-2026 programme") == []


def test_a_day_after_to_is_no_short_year():
    """Written for this test: the day of a date after "to" is not the second year of a period."""
    assert find_periods("in the year from 1 April 2024 to 31 March 2025") == []
    assert find_periods("between 2024 to 25 March") == []
    assert normalise_period("from 1 April 2024 to 31 March 2025") == "2024-25"
    assert find_periods("the 2024-25 March figures")[0][2] == "2024-25"
    assert find_periods("from 2018 to 2019")[0][2] == "2018-19"


def test_a_calendar_quarter_already_past_is_the_financial_one():
    """Written for this test (a capital programme's quarter 2 update to Cabinet in December 2024): the paper does not
    promise what is past, so "Q3 2024" there is Q3 of 2024/25, ending in December 2024."""
    assert find_deadline("The project will start on site in Q3 2024.", meeting_date="2024-12-09")[2] == "2024-12"
    assert find_deadline("The project will start on site in Q3 2024.", meeting_date="2024-06-09")[2] == "2024-09"


def test_the_searches_find_dates_skips_would_fail_on_a_real_paper():
    # every date form needs a digit, and those naming a month one of the month stems (Walsall 2018, seed 002)
    from conftest import seed
    from miner.nlp.dates import _DATE_PATTERNS, _DIGIT, _MONTH_STEM, _NAMES_MONTH

    assert {"dmy", "mdy", "my"} <= _NAMES_MONTH and "num" not in _NAMES_MONTH
    lines = seed("002").read_text(encoding="utf-8").split("\n") + ["Sept 2019", "ſeptember 2020", "3 MAY 2019"]
    for line in lines:
        for style, pattern in _DATE_PATTERNS:
            if pattern.search(line):
                assert _DIGIT.search(line)
                assert style not in _NAMES_MONTH or _MONTH_STEM.search(line)
    assert find_dates("ſeptember 2020") == [(0, 14, "2020")]  # the long s reads as "s" to the search (a year: no such month)
