"""Claims round 54: indicators and units on performance reports, by class, from the errors round 53 found on its fresh
pages (the `pages` corpus's openings, not in corpus/): a bracketed exclusion does not name the measure, a child
protection register is child protection plans, single assessments completed in 45 days are assessment timeliness,
"fewer contacts than" counts contacts, a looked-after population's make-up by sex or ethnicity is that population,
money secured from central government is a grant, street homeless counts are rough sleepers, a performance figure and
its target on a one-rate page are that rate, "for every N ..., one ..." is a ratio. Each page is quoted with its
address and read through the real pipeline; negatives keep the older readings."""

from conftest import claim_found, written_paper_claims

# https://www.cheshirewestandchester.gov.uk/residents/housing/council-housing/performance-how-we-are-doing
CHESHIRE_WEST = """Council housing

Performance - How we are doing

Key Performance Indicators

You can see how we are performing against our Key Performance Indicators in the table below.

Quarter 2 Status and narrativeKPI ref and description | Target | Tolerance Quarter 2 Result
TrianglePMF-01: Current rent collected as a % of rent owed (excl void rent loss) | 100% | 2.00%99.01% | Rent collected within tolerance and higher at this point than the previous 3 years Sep 24- 98.17%, Sep 23- 98.67%, Sep 22- 96.55%) Throughout the quarter focus continues to be on DHP applications and offers of financial support to those in crisis.
"""


def test_a_bracketed_exclusion_does_not_name_the_measure(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Cheshire West and Chester Council - Council housing performance",
                                 CHESHIRE_WEST)
    # was void_rent_loss, from the words inside "(excl void rent loss)"
    assert claim_found(paper, "2.00%99.01%", "99.01%").indicator == "rent_collection"
    assert claim_found(paper, "| 100% |", "100%").indicator == "rent_collection"


def test_void_rent_loss_named_outside_an_exclusion_stays(tmp_path_factory):
    # negatives: the measure named outside the bracket keeps its reading
    paper = written_paper_claims(tmp_path_factory, "Cheshire West and Chester Council - Council housing performance",
                                 "Council housing performance\n\nVoid rent loss was 1.8% of the rent roll in the quarter.\n\n"
                                 "Rent lost on empty homes (excluding homes in major works) was 1.2% in the quarter.\n")
    assert claim_found(paper, "was 1.8%", "1.8%").indicator == "void_rent_loss"
    assert claim_found(paper, "was 1.2%", "1.2%").indicator == "void_rent_loss"  # the excluded words name no measure


# https://www.minutes.haringey.gov.uk/mgAi.aspx?ID=36408
HARINGEY = """Agenda item

Performance Report

This report sets out the performance data and trends for an agreed set of measures relating to: Children and Families – contacts, referrals and assessments and child protection.

Minutes:

 The Committee received a summary of the report and noted the following:

  • The continued downward trend in  the number of children subject to a child protection plan
  • The work to ensure that single assessments are completed in 45 days  with the target for completing the first part of the assessment within 10 days at 95% with performance currently  at 81%
  • Child Protection Plan lasting for 2 years or more was close to statistical neighbours.
  • 10% of children that have become the subject of a child protection plan for a second or subsequent time stood at 10% against lower than statistical neighbours who were performing at 13%.
  • 1000 fewer contacts than last year
"""


def test_single_assessments_completed_in_45_days_and_fewer_contacts(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Haringey Council - Corporate Parenting Advisory Committee", HARINGEY)
    # were child_protection_plans, carried from the bullet before
    assert claim_found(paper, "10 days at 95%", "95%").indicator == "assessments_timeliness"
    assert claim_found(paper, "at 81%", "81%").indicator == "assessments_timeliness"
    assert claim_found(paper, "1000 fewer contacts", "1000").indicator == "referrals"  # was None
    # negatives: the repeat plans stay repeat plans
    assert claim_found(paper, "performing at 13%", "13%").indicator == "repeat_child_protection_plans"


# https://democracy.monmouthshire.gov.uk/mgAi.aspx?ID=1283
MONMOUTHSHIRE = """Children's Services performance

2.         The number of looked after children has increased from 108 at the end of 2014/15 to 121 at the end of quarter 2. Over the same period the number of children on the child protection register has declined from 49 to 41.
"""


def test_the_child_protection_register_is_child_protection_plans(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Monmouthshire County Council - Children and Young People Select "
                                 "Committee", MONMOUTHSHIRE)
    assert claim_found(paper, "from 49 to 41", "41").indicator == "child_protection_plans"  # was children_looked_after
    assert claim_found(paper, "to 121", "121").indicator == "children_looked_after"  # negative: unchanged


# https://moderngov.middlesbrough.gov.uk/mgAi.aspx?ID=5450
MIDDLESBROUGH = """Agenda item

Performance against Corporate Parenting Strategy

Minutes:

At the last meeting, the Board had asked for further information on demographics of our children looked after, which the Board was as follows:

·        Gender -54% of the current looked after population are male with 1% of these young boys being Unaccompanied Asylum Seekers. 45% of the looked after population are female.

·        Ethnicity - The highest percentage of the children in our care are of a White British ethnicity (81%).

Demand

·        In January 2021 there were 617 children looked after in the authority.

·        There has been a rapid reduction over the year demonstrating an increase of 17% over the last 12 months and an overall 27% reduction since the height of 702 children in September 2020.  For every 0.6 children entering care, one child exits care.  This ratio has been maintained for 6 months
"""


def test_a_looked_after_populations_make_up_and_a_ratio_for_every_child(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Middlesbrough Council - Corporate Parenting Board", MIDDLESBROUGH)
    assert claim_found(paper, "-54% of", "54%").indicator == "children_looked_after"  # was None
    assert claim_found(paper, "45% of the looked", "45%").indicator == "children_looked_after"  # was uasc
    assert claim_found(paper, "ethnicity (81%)", "81%").indicator == "children_looked_after"  # was None
    assert claim_found(paper, "with 1% of these", "1%").indicator == "uasc"  # negative: the boys who are UASC
    ratio = claim_found(paper, "For every 0.6 children", "0.6")
    assert (ratio.unit, ratio.indicator) == ("ratio", "children_entering_care")  # was a count


def test_a_share_of_a_population_in_a_state_the_taxonomy_lacks_stays_without_indicator(tmp_path_factory):
    # negatives: no make-up by sex or ethnicity; "for every" without the one it is set against
    paper = written_paper_claims(tmp_path_factory, "Middlesbrough Council - Corporate Parenting Board",
                                 "Corporate Parenting Board\n\n100% of the looked after population have a health plan.\n\n"
                                 "The service will recruit a mentor for every 10 children in our care.\n")
    assert not claim_found(paper, "100% of", "100%").indicator
    assert claim_found(paper, "every 10 children", "10").unit == "count"


# https://mycouncil.oxford.gov.uk/mgAi.aspx?ID=26894
OXFORD = """Agenda item

Housing Performance Q1

Minutes:

Richard Wood, Strategy and Service Development Manager introduced a report detailing the Council's performance across its housing activities.

The Council had successfully secured from central government £1m for the Next Steps programme, to support that accommodation and additional move-on options also and had another bid in the pipeline for further long-term accommodation. The impact of the Council's efforts in implementing the 'Everybody In' policy meant that counts of street homeless showed a decrease in the number of individuals, with 25 at the last count.
"""


def test_money_secured_from_government_and_street_homeless_counts(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Oxford City Council - Housing Panel", OXFORD)
    assert claim_found(paper, "central government £1m", "£1m").indicator == "grant_funding"  # was None
    assert claim_found(paper, "with 25 at", "25").indicator == "rough_sleepers"  # was None


# https://shropshireperformance.inphase.com/Detail/1251_13451
SHROPSHIRE = """Rate of permanent admissions to nursing or residential homes for those aged 65+

Our goal

Permanent admissions of adults (aged 65+) into residential/nursing care homes, per 100,000 population (annual cumulative).

Smaller values are best

The number of permanent admissions of people (65+) into residential care homes, per 100,000 population is  lower (better) than profiled as at the end of the financial year.

Performance at Q1 of 130 was within the target of 150.
"""


def test_a_performance_figure_and_its_target_on_a_one_rate_page_are_the_rate(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Shropshire Council - Performance Portal", SHROPSHIRE)
    for quote, context in (("130", "Q1 of 130"), ("150", "target of 150")):
        claim = claim_found(paper, context, quote)
        assert (claim.unit, claim.indicator) == ("per_100000", "care_home_admissions")  # were counts, no indicator


def test_a_performance_figure_on_a_page_without_a_rate_base_stays_a_count(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Shropshire Council - Performance Portal",
                                 "Permanent admissions to nursing or residential homes for those aged 65+\n\n"
                                 "Performance at Q1 of 130 was within the target of 150.\n")
    assert claim_found(paper, "Q1 of 130", "130").unit == "count"
