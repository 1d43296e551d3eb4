"""Claims round 52 (the lead): indicators, as-of dates, time windows and tables on fresh pages of other councils' SEND,
budget monitoring, youth justice, fostering and corporate parenting papers (the pages corpus's openings, not in
corpus/), read through the real pipeline. Each page's words are quoted with its address."""

from conftest import claim_found, no_claim_at, written_paper_claims

# https://democracy.bristol.gov.uk/mgAi.aspx?ID=31143
BRISTOL = """Education Health and Care performance update
Minutes:
The Commission considered a report setting out the latest Education, Health and Care Plan (EHCP) performance update.

b. Performance continued to be affected by the rise in new EHCNA requests: a 17.6% increase in requests from 2021 to 2022.

c. At end of year, 38% of EHC needs assessments met the 20 week statutory timescale, an increase on 34% compared with 2021.

d. The average wait time for an EHC needs assessment (open more than 20 weeks) at year end was 33 weeks.

e. As at the end of December 2022 there were 493 active EHC needs assessments in the system, compared to 484 at the last time of reporting.

f. 2320 EHC plans out of 3007 (77%) were the subject of an annual review within the previous 12 months.
"""


def test_ehc_timeliness_and_annual_reviews_a_change_on_an_older_share_and_time_windows(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Bristol City Council - Education Health and Care performance update",
                                 BRISTOL)
    share = claim_found(paper, "38% of EHC", "38%")
    # "met the 20 week statutory timescale" is timeliness, and "an increase on 34%" its change (was neither)
    assert (share.indicator, share.from_value, share.direction) == ("ehcp_20_week_timeliness", 34.0, "up")
    assert no_claim_at(paper, "an increase on 34%", "34%")  # the older value of a change pair is no claim of its own
    assert claim_found(paper, "a 17.6% increase", "17.6%").as_of == "2022"  # the later end of its own span of years
    assert no_claim_at(paper, "(open more than 20 weeks)", "20 weeks")  # the line that draws the group, no figure
    assert no_claim_at(paper, "within the previous 12 months", "12 months")  # a time window
    assert claim_found(paper, "there were 493", "493").as_of == "2022-12"
    assert claim_found(paper, "compared to 484", "484").as_of is None  # "at the last time of reporting", not December 2022
    assert claim_found(paper, "2320 EHC plans", "2320").indicator == "ehcp_annual_reviews"  # was ehcps
    assert claim_found(paper, "(77%)", "77%").indicator == "ehcp_annual_reviews"
    assert claim_found(paper, "out of 3007", "3007").indicator == "ehcps"  # the whole is all plans


# https://democracy.durham.gov.uk/mgAi.aspx?ID=44578 (a paper of 13 January 2020)
DURHAM = """Such other business

The Overview and Scrutiny Officer referred to the previous discussion on 13 January 2020 with regards to a review topic to present to Cabinet in early 2021.

Performance information in quarter 1 and 2 had shown that the number of Education Health and Care Plans (EHCPs) completed in the allotted timescale had not met the target of 90%.  Members had raised concerns about this and suggested EHCPs as a review topic.
"""


def test_two_quarters_are_as_at_the_later_and_plans_completed_in_the_allotted_timescale_are_timeliness(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Durham County Council - Children and Young People's Overview and "
                                 "Scrutiny Committee minutes 13 January 2020", DURHAM)
    target = claim_found(paper, "the target of 90%", "90%")
    assert target.indicator == "ehcp_20_week_timeliness"  # was ehcps
    assert target.as_of == "2019-09"  # quarter 2 of 2019/20, not quarter 1 (2019-06)


# https://modgov.hillingdon.gov.uk/mgAi.aspx?ID=48528 and
# https://democracy.portsmouth.gov.uk/ieListDocuments.aspx?CId=466&MID=4073
HILLINGDON = """Minutes:
Officers introduced the Budget & Spending report, which covered the 2024/25 outturn position and the 2025/26 month 4 position.
In the previous year, services in this Committee's remit had experienced an overspend of £2.5 million, primarily due to increased costs in children's care placements and pressures on Section 17 budgets, often related to accommodation.
"""
PORTSMOUTH = """Children & Families budget monitoring report for the third quarter 2018-19 Minutes: The Finance Manager presented the report and highlighted the following issues:
· Looked After Children placements was the most significant overspend area.The overspend on placements was projected at £5,039k. As a result of increased numbers and prices this had increased by £1,289k since the beginning of the year. The number of children in care continued to rise and there was a predicted average for the year of 526.3.
"""


def test_the_previous_years_figure_is_not_the_papers_year_and_an_average_for_the_year_is_no_age(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "London Borough of Hillingdon - Budget and Spending report 2025-26 "
                                 "month 4", HILLINGDON)
    overspend = claim_found(paper, "an overspend of £2.5 million", "£2.5 million")
    assert (overspend.indicator, overspend.as_of) == ("overspend", None)  # was 2025-26, the title's year
    paper = written_paper_claims(tmp_path_factory, "Portsmouth City Council - Children and Families budget monitoring "
                                 "third quarter 2018-19", PORTSMOUTH)
    assert claim_found(paper, "for the year of 526.3", "526.3").value == 526.3  # was read as an age ("year of")


def test_the_previous_period_reading_keeps_a_change_base_and_a_dated_year():
    from miner.nlp.claim_as_of import previous_period

    assert previous_period("In the previous year, services had experienced an overspend of £2.5 million")
    assert previous_period("Last year's auditor charged £52")
    assert not previous_period("The rate was 70.5%, up 5% on the previous year")  # the base of a change
    assert not previous_period("over 3,000 more than the previous year")


# https://familyinfo.buckinghamshire.gov.uk/youth/buckinghamshire-youth-justice-plan-2025-2026/section-2-national-indicators
BUCKINGHAMSHIRE = """Buckinghamshire Youth Justice Plan 2025 to 2026
Section 2: National Indicators First-Time Entrants
There has been a reduction in the rate of children becoming first-time entrants to the youth justice system between 2023 and 2024. In actual numbers, this is a decrease from 100 children to 85.
First-time entrants are measured as a rate per 100,000 of the local 10- to 17-year-old population in Buckinghamshire
| January to December 2023 | January to December 2024 | |
|---|---|---|
| Buckinghamshire | 168 | 140 |
| Thames Valley | 179 | 126 |
| National | 169 | 157 |
"""


def test_a_table_of_areas_takes_its_captions_rate_and_measure_and_a_head_row_missing_its_corner(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Buckinghamshire Council - Youth Justice Plan 2025 to 2026",
                                 BUCKINGHAMSHIRE)
    for context, quote, year in (("| Buckinghamshire | 168", "168", "2023"), ("| 168 | 140", "140", "2024"),
                                 ("| National | 169", "169", "2023"), ("| 169 | 157", "157", "2024")):
        cell = claim_found(paper, context, quote)
        # was a count of no measure, every cell dated 2024-12 (the heads read one column to the right)
        assert (cell.unit, cell.indicator, cell.as_of) == ("per_100000", "first_time_entrants", year)
    assert no_claim_at(paper, "local 10- to 17-year-old", "10")  # the first age of a range


# https://moderngov.dorsetcouncil.gov.uk/ieIssueDetails.aspx?IId=17692&PlanId=0&Opt=3 and
# https://democracy.croydon.gov.uk/mgAi.aspx?ID=15152 and http://moderngov.dorsetcouncil.gov.uk/mgAi.aspx?ID=4148
DORSET = """Corporate Parenting Dataset

Members were informed of a decreasing number of children in care but an increase in asylum seeking children. Currently 41 unaccompanied children which will reach 67. Adoption 18% achieving permanence year to date.

Number of children with 3 placement moves or more is 7, significantly lower than national average. Some children placed out of area create complexity in achieving 20 working day deadline.

The Foster Carer Representative commented that although WREC's marketing was excellent they were a little behind the projected two year target on delivering 70 new foster carers with 21 approved and 14 more this current year.
"""
CROYDON = """Corporate Parenting Panel Annual Report 2021-2022

In brief summary, the Panel heard that:

-                  84% of children were in fostering, where 50% of the foster carers used were from Croydon.

-                  There were fourteen children adopted.
"""


def test_corporate_parenting_counts_name_their_own_measures(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Dorset Council - Corporate Parenting Board Dataset 2022", DORSET)
    assert claim_found(paper, "Currently 41", "41").indicator == "uasc"  # was children_looked_after
    assert no_claim_at(paper, "with 3 placement moves or more", "3")  # the count that draws the group
    assert claim_found(paper, "or more is 7", "7").indicator == "placement_stability"
    assert no_claim_at(paper, "achieving 20 working day deadline", "20 working day")  # a standard, no figure
    assert claim_found(paper, "delivering 70 new", "70").indicator == "foster_carer_approvals"  # new carers: a flow
    paper = written_paper_claims(tmp_path_factory, "London Borough of Croydon - Corporate Parenting Panel Annual Report "
                                 "2021-2022", CROYDON)
    assert claim_found(paper, "84% of children", "84%").indicator is None  # the foster carers are the 50%'s
    assert claim_found(paper, "50% of the foster carers", "50%").indicator == "foster_carers"
    assert claim_found(paper, "fourteen children adopted", "fourteen").indicator == "children_adopted"


# https://torbay.gov.uk/council/policies/asc-policies/local-account-summary/las-appendix1
TORBAY = """ASC outcome - key performance activity

Domain 1: Enhancing quality of life for people with care and support needs
KPI 2021/22 Outturn 2022/23 Outturn Prov. 2021/22 Target 2022/23 Target 2021/22 England Average 2022/23 England Average
ASC 1C part 2A: The proportion of people using social care who receive direct payments (adults receiving direct payments) 18.90% 19.80% 28.00% n/a 26.70% TBC
ASC 1E: Proportion of adults with a learning disability in paid employment 6.50% 7.20% 7.00% n/a 4.80% TBC
"""


def test_a_table_whose_heads_each_open_with_their_year_and_whose_rows_print_placeholder_cells(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Torbay Council - Adult Social Care Local Account 2022-23", TORBAY)
    first = claim_found(paper, "payments) 18.90%", "18.90%")
    # its column's year and the same year's England average (was 2022-23, the title's, and no comparator)
    assert (first.indicator, first.as_of, first.comparator, first.comparator_value) == (
        "direct_payments", "2021-22", "national", 26.7)
    assert claim_found(paper, "18.90% 19.80%", "19.80%").as_of == "2022-23"
    assert claim_found(paper, "7.20% 7.00%", "7.00%").as_of == "2021-22"  # the 2021/22 target
    assert no_claim_at(paper, "Domain 1:", "1")  # a heading's label


# https://democracy.npt.gov.uk/mgAi.aspx?ID=12532 and https://bradford.moderngov.co.uk/mgAi.aspx?ID=10050
NEATH = """Children and Young People Services - Key Priority Indicators

In relation to Priority Indicator 3 it was noted that there had been four and a half vacancies in February 2016 and it was confirmed that those positions were now being filled, which would be reflected in the figures in future reports.
"""
BRADFORD = """The Deputy Director Children's Social Care reported that:

·         There were now 290 Social Workers employed by children's services of which 143 Social Workers (132 full time equivalents) were located in Locality Child and Family or Assessment Teams (including agency workers) where the demand was.
"""


def test_a_count_and_a_half_and_a_bracketed_fte_of_a_named_count(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Neath Port Talbot Council - Key Priority Indicators 2016", NEATH)
    vacancies = claim_found(paper, "four and a half vacancies", "four and a half")
    assert (vacancies.value, vacancies.unit, vacancies.as_of) == (4.5, "count", "2016-02")  # was "a half", 50%
    paper = written_paper_claims(tmp_path_factory, "City of Bradford Metropolitan District Council - Social Work "
                                 "Workload 2018", BRADFORD)
    # the social workers' full time equivalents, not the council's whole headcount
    assert claim_found(paper, "(132 full time", "132").indicator == "social_worker_establishment"


# https://democracy.towerhamlets.gov.uk/mgAi.aspx?ID=96898
TOWER_HAMLETS = """Committee focused on the following areas:
· Care leavers – what does "suitable accommodation mean- why 18%? Suppliers provide suitable accommodation. Some are in youth custody / prison which is deemed unsuitable. 44 care leavers between 18-25
"""


def test_people_between_two_ages_are_counted_not_the_upper_age(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "London Borough of Tower Hamlets - Children's Services Improvement "
                                 "Quarterly Progress Report", TOWER_HAMLETS)
    assert claim_found(paper, "44 care leavers", "44").indicator == "care_leavers"
    assert no_claim_at(paper, "between 18-25", "25")  # was a count of 25 care leavers
    from miner.nlp.claim_filter import _PEOPLE_BETWEEN_AGES

    assert not _PEOPLE_BETWEEN_AGES.search("KCC has between 35-")  # beds, not people's ages


# https://democracy.plymouth.gov.uk/mgAi.aspx?ID=116005
PLYMOUTH = """Agenda item
2025/26 Children, Young People and Families Scrutiny - Quarter 2 Finance
Minutes:
Louise Jenkins (Lead Accountancy Manager) presented the Quarter 2 Budget Monitoring Report for Children's Services to the Panel and highlighted the following key points:

a) The report set out the financial position for Quarter 2, including growth allocations received at the beginning of the year and savings proposals within Children's Services. There was a significant budget movement in the quarter of £3.3 million and explained that the report detailed the reasons behind this variation.
"""


def test_a_heading_line_at_the_top_of_a_unit_names_the_papers_quarter_and_the_quarters_amount(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Plymouth City Council - Children Young People and Families Scrutiny "
                                 "Quarter 2 Finance 2025-26", PLYMOUTH)
    assert claim_found(paper, "in the quarter of £3.3 million", "£3.3 million").as_of == "2025-09"  # was 2025-26
