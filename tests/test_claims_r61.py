"""Claims round 61: round 60's batch F60 errors by class (in sample now). A minute's sentence saying an officer or a
report "provided an update on" something at a period dates the later figures of the item that print no date of their
own ("... which provided an update on departmental performance at the end of quarter 2 of 2017/18", then a list whose
29.4% names none); "N children were looked after" names children looked after, past "had child protection plans" of
the figure before; children "on plans for more than two years" are plans lasting two years; "Of this figure 949" is a figure, not a
reference to a chart; a date after ", an
improvement on" is the base a figure is compared with, not its own. Each page is quoted with its address through the
real pipeline; negatives keep the older readings."""

from conftest import claim_at, claim_found, written_paper_claims


# https://democracy.leics.gov.uk/mgAi.aspx?ID=54208
LEICESTERSHIRE = """The Committee considered a joint report of the Chief Executive and Director of Children and Family Services which provided an update on departmental performance at the end of quarter 2 of 2017/18. A copy of the report marked 'Agenda Item 9' is filed with these minutes.
Arising from discussion the following points were raised:-
i) The percentage of 'Children becoming subject to a child protection plan for a second or subsequent time' had risen to 29.4%; this continued to be an area of robust oversight for officers. The work completed over the last two years to improve performance had brought about a reduction and was in line with statistical neighbours.
"""

# https://cabinet.leicester.gov.uk/mgAi.aspx?ID=61270
LEICESTER = """Agenda item

The Commission will receive a report which presents the spending position of the Adult Social Care Department as at the end of July 2014 (Period 4).  Members are recommended to consider the Adult Social Care budget position as presented within the report and make any observations it sees fit.

The Director of Finance provided an update on the Revenue Budget Monitoring Report, Period 4, 2014/15 for Adult Social Care.

The Director drew members' attention to Section 4 of the report which stated that the early forecast for Adult Social Care indicated that there would be an overspend of £2.6m but latest predictions showed that this overspend was likely to be £3.7m. The Director added that she would be reviewing the reserves, but it would not be possible to address the overspend purely from the reserves.
"""

# https://democracy.plymouth.gov.uk/mgAi.aspx?ID=91941
PLYMOUTH = """Children in Care Update

The Committee was informed that the children in care population and those under child protection plans totalled 1648. Of this figure 949 had a child in need plan which meant that they met a statutory threshold for involvement by the Council in supporting them under section 17 of the Children Act 1989 to offer support to the family. 266 children had child protection plans and 426 children were looked after by the Council;

The majority of children had been on plans for less than a year however 20 children had been on plans for more than two years – this represented less than 10% of children on a child protection plan;
"""

# http://democracy.havering.gov.uk/mgAi.aspx?ID=15587
HAVERING = """Children's Services Performance Q3

The Sub-Committee noted the following highlights:

·      That 24 children had ceased to be looked after due to the granting of an adoption order or Special Guardianship Order. It was noted that it gave a   year to date outturn of 26.7%, an improvement on 2016/17 outturn of 14.7% and also above the target for 2017/18.
"""


def test_a_figure_under_an_update_on_a_period_takes_it(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Leicestershire County Council - Children and Families Overview "
                                 "and Scrutiny Committee", LEICESTERSHIRE)
    # was None: the update's "at the end of quarter 2 of 2017/18", in the paragraph before the list
    assert claim_found(paper, "had risen to 29.4%", "29.4%").as_of == "2017-09"
    paper = written_paper_claims(tmp_path_factory, "Leicester City Council - Adult Social Care Scrutiny Commission",
                                 LEICESTER)
    # were None: "provided an update on the Revenue Budget Monitoring Report, Period 4, 2014/15"; Period 4's month
    # since claims round 76 settled an in-year forecast's as-of (the item's as-at month; was the year 2014-15)
    assert claim_found(paper, "an overspend of £2.6m", "£2.6m").as_of == "2014-07"
    assert claim_found(paper, "likely to be £3.7m", "£3.7m").as_of == "2014-07"
    assert claim_found(paper, "likely to be £3.7m", "£3.7m").indicator == "overspend"


def test_a_report_that_only_says_what_it_covers_dates_nothing(tmp_path_factory):
    # negative (the tuned gold's reading of a report's statement of what it covers)
    text = ("Minutes:\n\nThe Strategic Director submitted and presented a report to the Commission which brought together "
            "information on various dimensions of adult social care performance in the final quarter of 2018/19.\n\n"
            "The following additional points were made:\n\n·         78% of services users said their quality of life "
            "had improved very much or completely as a result of support and services.\n")
    paper = written_paper_claims(tmp_path_factory, "A Council - Adult Social Care Scrutiny Commission", text)
    assert claim_found(paper, "78% of services users", "78%").as_of is None


def test_children_were_looked_after_and_plans_for_more_than_two_years(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Plymouth City Council - Caring Plymouth", PLYMOUTH)
    # was child_protection_plans (the clause before's measure)
    assert claim_found(paper, "426 children were looked after", "426").indicator == "children_looked_after"
    # was child_protection_plans
    assert claim_found(paper, "20 children had been on plans", "20").indicator == "child_protection_plans_2_years"
    # negative: the figure before keeps its own measure
    assert claim_found(paper, "266 children had child protection plans", "266").indicator == "child_protection_plans"
    # was not found: "this figure 949" is no reference to a chart ("Figure 3")
    assert claim_found(paper, "Of this figure 949 had", "949").indicator == "children_in_need"


def test_a_chart_reference_is_still_no_figure(tmp_path_factory):
    # negative: "as shown in figure 3" stays a reference
    text = "Performance Update\n\nThe number of referrals rose to 412 in the quarter, as shown in figure 3 of the report.\n"
    paper = written_paper_claims(tmp_path_factory, "A Council - Children's Scrutiny Committee", text)
    text, claims = paper
    assert claim_at(text, claims, "figure 3 of", "3") is None
    assert claim_found(paper, "rose to 412", "412").value == 412


def test_a_date_after_an_improvement_on_is_the_base(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Havering - Children and Learning Overview and Scrutiny "
                                 "Sub-Committee", HAVERING)
    # was 2016-17, the year it is compared with
    assert claim_found(paper, "outturn of 26.7%", "26.7%").as_of != "2016-17"
    # negative: the older figure written with that year keeps it
    assert claim_found(paper, "2016/17 outturn of 14.7%", "14.7%").as_of == "2016-17"
