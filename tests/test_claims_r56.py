"""Claims round 56: indicators on performance pages, by class, from the errors round 55 found on its fresh pages (the
`pages` corpus's openings, now tuned papers in corpus/web): repairs "fixed first time" are repairs right first time;
"Rent arrears are ... 4.77%" is the arrears, not the collection rate; a care provider's "CQC rating of Good or
Outstanding" is care quality, not schools; households "prevented or relieved from becoming homeless" are preventions;
a flattened table's figure alone on its last line under a label naming a measure is a cell, not a list's numeral, and
a row's second figure (its target) is named by the row's label; and (round 54's Rutland) annual reviews in an item
under a heading naming EHC plans are the plans' reviews. Each page is quoted with its address and read through the
real pipeline; negatives keep the older readings."""

from conftest import CORPUS, claim_found, no_claim_at, paper_claims, written_paper_claims


WEB = CORPUS / "web"  # the pages this round quotes that are corpus papers now (MANIFEST.tsv gives each address)


def test_repairs_fixed_first_time_and_rent_arrears():
    paper = paper_claims(WEB / "Islington Council - Housing Scrutiny Committee.txt")
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


def test_care_providers_cqc_rating_good_or_outstanding():
    paper = paper_claims(WEB / "Somerset Council - Adults and Health Scrutiny Committee.txt")
    # were school_ofsted_good: "good or outstanding" alone is a school judgement's words
    assert claim_found(paper, "82.7% care providers", "82.7%").indicator == "care_quality_good"
    assert claim_found(paper, "the 18%", "18%").indicator == "care_quality_good"


def test_flattened_table_rows_of_one_figure():
    paper = paper_claims(WEB / "Maidstone Borough Council - Communities Housing and Environment Committee.txt")
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


def test_annual_reviews_under_an_ehcp_heading():
    paper = paper_claims(WEB / "Rutland County Council - SEND timescales data update.txt")
    # was reviews_timeliness: adult care's words, in an item under a heading that names EHC plans
    assert claim_found(paper, "83% annual reviews", "83%").indicator == "ehcp_annual_reviews"
    # negatives: the other items under the heading keep their own measures (or none)
    assert claim_found(paper, "95% Education", "95%").indicator == "ehcna_requests"
    assert claim_found(paper, "51% children", "51%").indicator is None
