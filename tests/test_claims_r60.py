"""Claims round 60: round 59's batch F59 errors by class (in sample now). A minute's list under "The following was
outlined: -" takes its period from the lead-in, past a sentence that "also" names only the period compared with
("Quarter Three 2023 to 2024" is the quarter ending December 2023); a measure the figure's own clause names after it
that refines the one named before it wins ("In relation to placement stability measures, 63.3% of children were
looked after for two years or more": long-term stability); a sum "to be found" is a budget gap; "outstanding debt" is
not the council's borrowing; a date after "based on figures through" is how far the actuals run, not the as-of date of a
forecast for the financial year the sentence names. Each page is quoted with its address through the real pipeline;
negatives keep the older readings."""

from conftest import claim_found, written_paper_claims


# https://moderngov.rotherham.gov.uk/mgAi.aspx?ID=98613
ROTHERHAM = """Agenda item

Performance on a Page


The Performance and Business Intelligence Manager presented a summary of the submitted report, which included a summary of performance for key indicators across the Looked After Children Services for Quarter Three 2023 to 2024. It also included a summary of Service performance in comparison to the same period in 2022 to 2023, trend data, graphical analysis and the latest benchmarking data against national and statistical neighbour averages (where possible). The following was outlined: -


·       The report provided a summary of quarter three which covered the period of October 2023 to December 2023.

·       In relation to the journey of a child, there had been 122 children entering care, this was a reduction of 25 from the previous year.

·       In relation to placement stability measures, 63.3% of children were looked after for two years or more, this was slightly lower than the previous year.

·       In relation to three or less placement moves in a year, this remained similar to the previous year at 9.3%.

·       In house fostering numbers had reduced by 2, with 111 foster carer families registered with the local authority by the end of this quarter.
"""

# https://cms.wiltshire.gov.uk/ieIssueDetails.aspx?IId=40326&PlanId=0&Opt=3
WILTSHIRE = """Budget Monitoring Period 7 2013/14

As usual finance officers and budget managers were monitoring budgets and taking appropriate action as necessary. It was noted that the report identified potential cost pressures of £5.684 million, however savings of £3.568 million had been identified leaving £2.116 million to be found including use of reserves and partnership funding where possible.

The Leader identified the £11 million outstanding debt as an area of concern and asked officers to challenge harder and stronger to get the percentage down.
"""

# http://democracy.spelthorne.gov.uk/ieIssueDetails.aspx?IId=26260&Opt=3&PlanId=0
SPELTHORNE = """Revenue Monitoring Quarter One 2025-26

The Committee considered the Quarter One Revenue Monitoring report from the Interim Chief Accountant. The Council was forecasted to overspend its current 2025/26 budget by £1.9 million based on figures through 30th June 2025. This was mainly due to shortfall in forecasted property income.
"""


def test_a_minutes_list_under_the_following_was_outlined_takes_the_lead_ins_quarter(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Rotherham Metropolitan Borough Council - Corporate Parenting "
                                 "Partnership Board", ROTHERHAM)
    # were None: the lead-in's "Quarter Three 2023 to 2024", not the 2022 to 2023 it was compared with
    assert claim_found(paper, "there had been 122 children entering care", "122").as_of == "2023-12"
    assert claim_found(paper, "similar to the previous year at 9.3%", "9.3%").as_of == "2023-12"
    assert claim_found(paper, "with 111 foster carer families", "111").as_of == "2023-12"
    # negative: the measures stay the items' own
    assert claim_found(paper, "there had been 122 children entering care", "122").indicator == "children_entering_care"
    assert claim_found(paper, "with 111 foster carer families", "111").indicator == "foster_carers"


def test_a_refining_measure_in_the_figures_own_clause(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Rotherham Metropolitan Borough Council - Corporate Parenting "
                                 "Partnership Board", ROTHERHAM)
    # was placement_stability: the clause after the figure says which stability measure
    assert claim_found(paper, "63.3% of children were looked after", "63.3%").indicator == "placement_stability_long_term"
    # negative: "three or less placement moves" is still the short-term measure
    assert claim_found(paper, "similar to the previous year at 9.3%", "9.3%").indicator == "placement_stability"


def test_a_sum_to_be_found_and_outstanding_debt(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Wiltshire Council - Cabinet", WILTSHIRE)
    # was savings
    assert claim_found(paper, "leaving £2.116 million to be found", "£2.116 million").indicator == "budget_gap"
    # was borrowing: money owed to the council, not its loans
    assert claim_found(paper, "the £11 million outstanding debt", "£11 million").indicator != "borrowing"
    # negatives: the savings and the pressures keep their measures
    assert claim_found(paper, "savings of £3.568 million", "£3.568 million").indicator == "savings"
    assert claim_found(paper, "cost pressures of £5.684 million", "£5.684 million").indicator == "overspend"


def test_a_forecast_based_on_figures_through_a_day_is_of_its_financial_year(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Spelthorne Borough Council - Corporate Policy and Resources "
                                 "Committee", SPELTHORNE)
    # was 2025-06-30, the day the actuals run to
    forecast = claim_found(paper, "2025/26 budget by £1.9 million", "£1.9 million")
    assert (forecast.indicator, forecast.as_of) == ("overspend", "2025-26")
