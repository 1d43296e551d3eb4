"""Claims round 56: indicators on performance pages, by class, from the errors round 55 found on its fresh pages (the
`pages` corpus's openings, now tuned papers in corpus/web): repairs "fixed first time" are repairs right first time;
"Rent arrears are ... 4.77%" is the arrears, not the collection rate; a care provider's "CQC rating of Good or
Outstanding" is care quality, not schools; households "prevented or relieved from becoming homeless" are preventions;
a flattened table's figure alone on its last line under a label naming a measure is a cell, not a list's numeral, and
a row's second figure (its target) is named by the row's label; and (round 54's Rutland) annual reviews in an item
under a heading naming EHC plans are the plans' reviews. Each page is quoted with its address and read through the
real pipeline; negatives keep the older readings."""

from conftest import claim_found, no_claim_at, written_paper_claims

# https://democracy.islington.gov.uk/mgAi.aspx?ID=28478
ISLINGTON = """Performance Report Quarter 3

The Director of Housing was present and outlined the report.

During consideration of the report the following main points were made:

·         Number of households in temporary accommodation nightly booked is down by 29 this quarter, but is back on line with position at the start of the year
·         Number of homeless preventions is off target, however the target has increased this year and is partly attributable to the number of cases coming in
·         Percentage of repairs fixed first time is above target, 88.5% compared to a target of 85%, and arrears increasing at Christmas is an established trend
·         Rent arrears are on target but have increased slightly to 4.77%. Partners has also seen the usual Christmas increase in rent arrears
"""


def test_repairs_fixed_first_time_and_rent_arrears(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Islington Council - Housing Scrutiny Committee", ISLINGTON)
    # were None: repairs_right_first_time wanted "right first time"
    assert claim_found(paper, "target, 88.5%", "88.5%").indicator == "repairs_right_first_time"
    assert claim_found(paper, "a target of 85%", "85%").indicator == "repairs_right_first_time"
    # was rent_collection: "rent arrears" is in rent collection's patterns, and 4.77% is no plausible collection rate
    assert claim_found(paper, "slightly to 4.77%", "4.77%").indicator == "rent_arrears"
    # negative: the count of households in temporary accommodation keeps its measure
    assert claim_found(paper, "down by 29", "29").indicator == "temporary_accommodation"


# https://www.cheshirewestandchester.gov.uk/residents/housing/council-housing/performance-how-we-are-doing
CHESHIRE_WEST = """Key Performance Indicators

Quarter 2 Status and narrativeKPI ref and description | Target | Tolerance Quarter 2 Result
TrianglePMF-01: Current rent collected as a % of rent owed (excl void rent loss) | 100% | 2.00%99.01% | Rent collected within tolerance and higher at this point than the previous 3 years Sep 24- 98.17%, Sep 23- 98.67%, Sep 22- 96.55%)
"""


def test_rent_collected_stays_rent_collection(tmp_path_factory):
    # negative: a collection rate is still the collection rate
    paper = written_paper_claims(tmp_path_factory, "Cheshire West and Chester Council - Council housing performance",
                                 CHESHIRE_WEST)
    assert claim_found(paper, "Sep 24- 98.17%", "98.17%").indicator == "rent_collection"


# https://democracy.somerset.gov.uk/mgAi.aspx?ID=5435
SOMERSET = """Adult Social Care: Performance Report

The Lead Member for Adult Services introduced the report, and an officer gave a presentation on key performance measures within Adult Social Care.

During the discussion, the following points were raised and responded to:

·       82.7% care providers have a CQC rating of Good or Outstanding. What about the 18%? There are a number that our QA team are actively working with to support them. When they become inadequate or requires improvement we stop placing people in those homes until they improve.
"""


def test_care_providers_cqc_rating_good_or_outstanding(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Somerset Council - Adults and Health Scrutiny Committee", SOMERSET)
    # were school_ofsted_good: "good or outstanding" alone is a school judgement's words
    assert claim_found(paper, "82.7% care providers", "82.7%").indicator == "care_quality_good"
    assert claim_found(paper, "the 18%", "18%").indicator == "care_quality_good"


# https://maidstone.gov.uk/home/primary-services/council-and-democracy/primary-areas/your-councillors?sq_content_src=%2BdXJsPWh0dHBzJTNBJTJGJTJGbWVldGluZ3MubWFpZHN0b25lLmdvdi51ayUyRmRvY3VtZW50cyUyRnM4MjI2MiUyRkFwcGVuZGl4JTIwMiUyMC0lMjBQZXJmb3JtYW5jZSUyMFVwZGF0ZS5odG1sJTNGQ1QlM0QyJmFsbD0x
# (meetings.maidstone.gov.uk document s82262, Appendix 2 - Performance Update, as that page renders it)
MAIDSTONE = """CHE: Quarter 4 Performance Report

Communities

Performance Indicator
Q4 2021/22
Value
Target

Number of households living in temporary accommodation last night of the month (average taken from January – March)
165

Number of households living in nightly paid temporary accommodation last night of the month (average taken from January – March)
71

Percentage of successful Prevention Duty outcomes
74.58%
60%

Number of households prevented or relieved from becoming homeless
104
112.5

Percentage of successful Relief Duty outcomes
37.74%
60%

Number of Rough Sleepers accommodated by the Council on the last night of the month (average taken from January – March)
31

Number of Rough Sleepers newly engaged in the period
6
"""


def test_flattened_table_rows_of_one_figure(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Maidstone Borough Council - Communities Housing and Environment Committee",
                                 MAIDSTONE)
    # were not claims: a figure under 100 alone on its unit's last line was read as a list's numeral
    assert claim_found(paper, "March)\n71", "71").indicator == "temporary_accommodation"
    assert claim_found(paper, "March)\n31", "31").indicator == "rough_sleepers"
    # (its label's "in the period" over "6" is no count of periods)
    assert claim_found(paper, "in the period\n6", "6").indicator == "rough_sleepers"
    # was None: "prevented or relieved from becoming homeless"; and its target, the row's second figure, was no claim
    assert claim_found(paper, "homeless\n104", "104").indicator == "homelessness_preventions"
    assert claim_found(paper, "104\n112.5", "112.5").indicator == "homelessness_preventions"
    # negatives: the rows' percentages and their targets keep their own rows' measures
    assert claim_found(paper, "outcomes\n74.58%\n60%", "60%").indicator == "prevention_duty_success"
    assert claim_found(paper, "37.74%\n60%", "60%").indicator == "relief_duty_success"
    assert claim_found(paper, "March)\n165", "165").indicator == "temporary_accommodation"
    # the column heads are no figures
    assert no_claim_at(paper, "Q4 2021/22", "4")


# https://ris.rutland.gov.uk/kb5/rutland/directory/site.page?id=ylA6P9pedjc
RUTLAND = """Rutland Information Service

Statutory SEND timescales - Data update Summer 2022

Parent/carers have asked for regular updates regarding SEND Performance

Performance Headlines - Summer 2022

  • 304 Education Health and Care Plans ( EHCPs ) as of 23rd August 2022 – an increase in volume of 22 since end March 2022
  • 95% Education Health and Care Assessments (EHCNA) requests processed within 6 weeks (Jan -Jul 22)– delays due to staff absence meaning letters were sent 3 days late.  An increase in performance since end March 22.
  • 83% annual reviews completed within 12 months (academic YTD) – delays due to reasons outside LA control eg parental availability, school capacity (Jan – Jul 22).  An increase of 2% in performance since end March 22.
  • 80% parents informed of LA decision within 4 weeks of an annual review (academic YTD)  - delays due to staff capacity early in the academic year – this has now been resolved. An increase in performance since end March 22.
  • 51% children have met or partially met medium term outcomes during the year (academic year).  An increase in performance since end March 22.
"""


def test_annual_reviews_under_an_ehcp_heading(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Rutland County Council - SEND timescales data update", RUTLAND)
    # was reviews_timeliness: adult care's words, in an item under a heading that names EHC plans
    assert claim_found(paper, "83% annual reviews", "83%").indicator == "ehcp_annual_reviews"
    # negatives: the other items under the heading keep their own measures (or none)
    assert claim_found(paper, "95% Education", "95%").indicator == "ehcna_requests"
    assert claim_found(paper, "51% children", "51%").indicator is None
