"""Claims round 46 (the lead): false claims and misread values on fresh pages of other councils (the pages corpus's
openings of performance, budget and corporate parenting papers, not in corpus/), read through the real pipeline. Each
page's words are quoted with its address; a line written for a test says so."""

from conftest import claim_found, no_claim_at, written_paper_claims

from miner.metadata import find_authority, find_meeting_date

# https://moderngov.rotherham.gov.uk/mgAi.aspx?ID=50157 (Rotherham MBC, adult social care quarter 1 2010/11)
ROTHERHAM = """Adult Social Care 1st Quarter Performance Report

The following four performance measures did not achieve their target at Quarter 1.

  • NI 136 (Vital Signs 3) People supported to live independently through social services (LAA)

At the end of Quarter 1 we were helping 5,666 service users to live at home.

  • NAS 1 (PAF D40) Percentage of service users receiving a review

This indicator was showing off target with a Quarter 1 score of 18.08% against a milestone target of 22.67%.
"""

# https://wokingham.moderngov.co.uk/mgAi.aspx?ID=32309 (Wokingham, children's services scrutiny); its last sentence
# is written for this test
WOKINGHAM = """Dashboard Item 5 – Children In Care

·           % of children in care who have more than 1 allocated social worker in 12 months – Members were interested to know the trend in relation to this item.

The percentage of children with 3 or more placements was 9%.
"""

# https://www.minutes.haringey.gov.uk/mgAi.aspx?ID=55077 (Haringey, Cabinet, quarter 2 2017/18 budget monitoring)
HARINGEY = """·         Priority 2 has a worsening budget position of £2m in the budget position which could lead to an overspend of up to £3,4m for this financial year.
"""

# https://lincolnshire.moderngov.co.uk/mgAi.aspx?ID=7656 (Lincolnshire, corporate parenting panel update, 2016)
LINCOLNSHIRE = """However, concerns were raised by Panel members about the education of young people in custody and that in some prisons education was withdrawn from over 18's as a punishment for bad behaviour.

For Key Stage 4, 51 Looked After Children were entered for GCSE's of which 9 were predicted to A-C grades in English and maths.
"""

# https://democracy.rushmoor.gov.uk/mgAi.aspx?ID=959 (Rushmoor BC, Cabinet, provisional outturn 2014/15),
# https://mycouncil.surreycc.gov.uk/mgDecisionDetails.aspx?IId=25417&Opt=1 (Surrey CC, Cabinet, outturn 2017/18) and
# https://moderngov.rotherham.gov.uk/ieIssueDetails.aspx?IId=70913&Opt=3&PlanId=0 (Rotherham MBC, outturn 2013/14)
OUTTURN = """The effect of the net underspend was to increase revenue balances to approximately £1.89million, which fell within the range of balances set out in the Medium Term Financial Strategy (£1 million -£2 million).

6. The Council’s year end earmarked reserves and balances, debt analysis and treasury management report (Annex 1, paragraphs App 7 to App 23 of the submitted report).

Actual spending for the year was £220.440m, a saving against budget of -£1.034m (or -0.47%).
"""

# https://democracy.carmarthenshire.gov.wales/mgAi.aspx?ID=8553&LLL=1 (Carmarthenshire, corporate parenting update)
# https://shropshire.gov.uk/committee-services/mgAi.aspx?ID=7973 (Shropshire scrutiny), https://wokingham.moderngov.co.uk/
# mgAi.aspx?ID=11998 (Wokingham scrutiny) and https://worcestershire.moderngov.co.uk/mgAi.aspx?ID=8335 (Worcestershire)
MEETING = """The Committee heard from two care leavers about their experiences and the support that they had been provided with.

The number of looked after children had consistently declined since 2011, with the current number being 210.

Report TO FOLLOW, marked: 7

The system was refreshed on a 12 hour cycle, accurate information was obtainable anytime.

A Member queried why the four parameters of the Scorecard were not reflected in this information.
"""

# round 44's leftovers (https://cardiff.moderngov.co.uk/mgAi.aspx?ID=32955, Cardiff Cabinet month 6 2023/24, and
# https://democracy.chorley.gov.uk/ieIssueDetails.aspx?IId=72815&Opt=3, Chorley Executive Cabinet Q3 2019/20)
BUDGET = """Cabinet considered the month 6 budget monitoring report for 2023/24.

Overall, 80% of service delivery measures are performing on or above target or within the 5% threshold.
"""


def test_a_national_indicator_number_and_its_set_label_are_no_claims(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Rotherham Metropolitan Borough Council - Scrutiny", ROTHERHAM)
    assert no_claim_at(paper, "NI 136 (Vital", "136")
    assert no_claim_at(paper, "(Vital Signs 3)", "3")
    assert no_claim_at(paper, "with a Quarter 1 score", "a Quarter")  # a quarter's name, not a share of 25%
    assert claim_found(paper, "helping 5,666 service", "5,666").value == 5666
    assert claim_found(paper, "score of 18.08%", "18.08%").unit == "%"


def test_a_count_defining_a_measures_group_is_no_claim(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Wokingham Borough Council - Scrutiny", WOKINGHAM)
    assert no_claim_at(paper, "more than 1 allocated", "1")
    assert no_claim_at(paper, "in 12 months –", "12 months")
    assert no_claim_at(paper, "with 3 or more placements", "3")
    assert claim_found(paper, "placements was 9%", "9%").value == 9


def test_a_comma_typed_for_a_decimal_point_before_a_scale(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Haringey Council - Cabinet", HARINGEY)
    assert claim_found(paper, "up to £3,4m", "£3,4m").value == 3_400_000
    assert claim_found(paper, "position of £2m", "£2m").value == 2_000_000


def test_an_age_groups_numeral_and_a_clauses_label(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Lincolnshire County Council - Scrutiny", LINCOLNSHIRE)
    assert no_claim_at(paper, "over 18's", "18")
    assert claim_found(paper, "Stage 4, 51 Looked", "51").value == 51  # "Key Stage 4," labels the clause, not 51
    assert no_claim_at(paper, "Key Stage 4,", "4")


def test_a_ranges_dash_after_a_scale_and_an_appendix_paragraph(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Rushmoor Borough Council - Cabinet", OUTTURN)
    assert claim_found(paper, "-£2 million)", "£2 million").value == 2_000_000  # the range's end, not minus £2m
    assert claim_found(paper, "budget of -£1.034m", "£1.034m").value == -1_034_000  # a real minus stays
    assert no_claim_at(paper, "App 7 to", "7")
    assert no_claim_at(paper, "App 23 of", "23")


def test_who_spoke_a_papers_mark_an_adjectival_span_and_a_structures_parts(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Carmarthenshire County Council - Scrutiny", MEETING)
    assert no_claim_at(paper, "heard from two care", "two")
    assert no_claim_at(paper, "marked: 7", "7")
    assert no_claim_at(paper, "a 12 hour cycle", "12")
    assert no_claim_at(paper, "the four parameters", "four")
    assert claim_found(paper, "number being 210", "210").value == 210


def test_a_budget_months_report_and_a_rag_tolerance(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Cardiff Council - Cabinet", BUDGET)
    assert no_claim_at(paper, "month 6 budget", "6")
    assert no_claim_at(paper, "the 5% threshold", "5%")
    assert claim_found(paper, "Overall, 80%", "80%").value == 80


def test_a_hyphened_or_of_named_council_and_the_file_name_council():
    # Stockton-on-Tees page (https://moderngov.stockton.gov.uk/mgAi.aspx?ID=2203); Vale of Glamorgan scrutiny
    # 18 Sep 2018 (valeofglamorgan.gov.uk); a Wokingham page naming only a programme ("the 21 Century Council")
    assert find_authority("Stockton-on-Tees Borough Council (SBC) would continue to review.") == "Stockton-on-Tees Borough Council"
    assert find_authority("in common with other Local Authorities, the Vale of Glamorgan had seen an increase."
                          " Vale of Glamorgan Council agreed.") == "Vale of Glamorgan Council"
    assert find_authority("how they linked to the 21 Century Council;",
                          "Wokingham Borough Council - Children's Services Performance Indicators.txt") == "Wokingham Borough Council"
    assert find_authority("how they linked to the 21 Century Council;") == "Century Council"  # without the file name, unchanged


def test_a_paragraph_number_is_no_meeting_date():
    # https://democracy.kirklees.gov.uk/ieIssueDetails.aspx?IId=36376&Opt=3&PlanId=0 (Kirklees Cabinet, outturn 2024/25)
    line = "2) Note the year end position on reserves and balances of £61.0m (paragraphs 3.2.19- 22);"
    assert find_meeting_date(line) is None
    assert find_meeting_date("Minutes of the meeting held on 3.2.19") == "2019-02-03"


# https://democracy.monmouthshire.gov.uk/mgDecisionDetails.aspx?IId=7118&Opt=1 (Monmouthshire, Cabinet, 7 June 2017),
# the Rushmoor outturn above and the Somerset adult social care performance minutes (Scrutiny for Policies, Adults and
# Health Committee, 4 March 2020)
KINDS = """That Cabinet consider and approve the £17.5m capital slippage recommended (detailed in appendix 2).

The effect of the net underspend was to increase revenue balances to approximately £1.89million.

The focus on managing demand has enabled the Adults team to meet the target of 60% resolution at first point of contact.
"""


def test_capital_slippage_revenue_balances_and_first_contact_resolution(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Monmouthshire County Council - Cabinet", KINDS)
    assert claim_found(paper, "£17.5m capital slippage", "£17.5m").indicator == "capital_slippage"
    assert claim_found(paper, "approximately £1.89million", "£1.89million").indicator == "reserves"
    assert claim_found(paper, "60% resolution", "60%").indicator == "first_contact_resolution"


# the Rotherham outturn above and https://centralbeds.moderngov.co.uk/ieListDocuments.aspx?CId=650&MId=4930&Ver=4
# (Central Bedfordshire, Children's Services Overview and Scrutiny, December 2015); the last line written for the test
SAVING_AND_RANK = """Actual spending for the year was £220.440m, a saving against budget of -£1.034m (or -0.47%).

A member identified that against our Statistical Neighbours we had fallen 2 places to 9th out of 11.

The expansion adds 30 places in September.
"""


def test_a_saving_against_budget_is_an_underspend_and_places_in_a_ranking_are_no_school_places(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Rotherham Metropolitan Borough Council - Cabinet", SAVING_AND_RANK)
    assert claim_found(paper, "budget of -£1.034m", "£1.034m").indicator == "underspend"
    assert claim_found(paper, "fallen 2 places", "2").indicator is None
    assert claim_found(paper, "adds 30 places", "30").indicator == "school_places"
