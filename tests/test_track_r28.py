"""Tracker round 28 (annotations/README.md): real sentences from Kent County Council papers in corpus/kent."""

from miner.track_judge import _done_cue

# "Action to Improve Health and Wellbeing" (Kent, January 2025) and the Cabinet Member's decision of March 2025
FAMILY_HUBS = "Support and work through Family Hubs"
IF_ADOPTED = ("As a service, we are confident that, if adopted, the proposal we have developed would allow KCC to "
              "continue to provide sufficient children's centres (now known as Family Hubs) to meet need in the "
              "districts affected.")


def test_done_cue_in_a_condition_is_no_report():
    assert _done_cue(FAMILY_HUBS, IF_ADOPTED) is None
    # County Council budget meeting, February 2025
    assert _done_cue(
        "The draft budget includes increased financial resilience through strengthening the Council's reserves.",
        "Mr Betts explained that provided all the measures set out in the draft budget and the medium term plan were "
        "implemented, including the delivery of savings, managing growth, minimising borrowing, and maximising "
        "council tax increases and precepts, the Council would continue to demonstrate financial sustainability "
        "over the medium term.") is None
    # a risk table's row (March 2025)
    assert _done_cue(
        "Protocols should clearly identify contributions to and drawdowns from reserves, and these will be built "
        "into the Medium Term Financial Plan (MTFP) and monitored on a quarterly basis.",
        "| 3 | Would not achieve the full MTFP saving agreed by Council within the financial year.") is None


def test_done_cue_outside_a_condition_still_counts():
    assert _done_cue(
        "RESOLVED that Cabinet considered the proposed amendments from Cabinet Committees and endorsed the draft "
        "budget to be presented to County Council on 13th February for final decisions.",
        "The 2025-26 revenue budget for the Council was agreed by County Council on 13th February 2025.")


def test_a_yearly_thing_reported_years_later_is_another_years():
    from miner.track_judge import another_year

    # Wretton Parish Council minutes, 3 November 2014 and 7 November 2016 (corpus/parish)
    promise = "The Clerk will investigate why no report of the Annual Play Equipment Inspection has been received."
    later = ("Risk Assessment The report from the Annual Play Equipment Inspection had been circulated to "
             "Councillors.")
    assert another_year(promise, later, "2014-11-03", "2016-11-07")
    assert not another_year(promise, later, "2014-11-03", "2015-06-01")  # within the year: may be that year's
    # a promise naming no yearly thing is untouched
    assert not another_year("Future use of the phone box A working party will paint the phone box.",
                            "Volunteers have painted the phone box.", "2016-03-14", "2018-05-14")
