"""Claims round 55: indicators on performance pages, by class, from the errors round 54 found on its fresh pages (the
`pages` corpus's openings, not in corpus/): non-emergency repairs "completed in time" (no "within") are repairs in time,
"(EHCNA) requests" are requests for an EHC needs assessment, parents told the local authority's decision within weeks
of an annual review is the EHCP annual review measure, and a share of children looked after whose bracket defines the
long-term cohort ("aged under 16 and in care for 2.5 years or more") is long-term placement stability. Each page is
quoted with its address and read through the real pipeline; negatives keep the older readings."""

from conftest import claim_found, written_paper_claims

# https://rotherham.gov.uk/council-social-housing/housing-service-performance/2
ROTHERHAM = """Housing Service Performance

Keeping your home in good repair

Criteria Target Year end Quarter 1 Quarter 2

Percentage of emergency repairs completed in time 97% 99.1% 99.7% 99.4%

Percentage of non-emergency repairs completed in time 94% 97.0% 95.4% 96.2% Green happy face indicating meeting or exceeding the target
"""


def test_non_emergency_repairs_completed_in_time(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Rotherham Metropolitan Borough Council - Housing Service Performance",
                                 ROTHERHAM)
    # were None: repairs_in_time wanted "within"
    assert claim_found(paper, "in time 94%", "94%").indicator == "repairs_in_time"
    assert claim_found(paper, "96.2% Green", "96.2%").indicator == "repairs_in_time"
    # negative: the emergency row stays emergency repairs
    assert claim_found(paper, "in time 97%", "97%").indicator == "repairs_emergency_in_time"


# https://ris.rutland.gov.uk/kb5/rutland/directory/site.page?id=ylA6P9pedjc
RUTLAND = """Rutland Information Service

Statutory SEND timescales - Data update Summer 2022

Performance Headlines - Summer 2022

  • 95% Education Health and Care Assessments (EHCNA) requests processed within 6 weeks (Jan -Jul 22)– delays due to staff absence meaning letters were sent 3 days late.  An increase in performance since end March 22.
  • 80% parents informed of LA decision within 4 weeks of an annual review (academic YTD)  - delays due to staff capacity early in the academic year – this has now been resolved. An increase in performance since end March 22.
"""


def test_ehcna_requests_and_the_annual_review_decision(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Rutland County Council - SEND timescales data update", RUTLAND)
    assert claim_found(paper, "95% Education", "95%").indicator == "ehcna_requests"  # was None
    assert claim_found(paper, "80% parents", "80%").indicator == "ehcp_annual_reviews"  # was None
    # negative: the lateness of letters is no measure of the taxonomy
    assert claim_found(paper, "3 days late", "3 days").indicator is None


# http://democracy.slough.gov.uk/mgAi.aspx?ID=49752
SLOUGH = """Agenda item

Corporate Parenting Panel Scorecard

Members considered and discussed the performance indicators and highlighted the following:

  • Welcomed the increase from the previous year to 61.5% of CLA (children looked after) (aged under 16 and in care for 2.5 years or more) in a stable placement but noted was lower compared to statistical neighbours at 92% in the same period.
  • Noted that CLA seen alone within timescale had risen from the previous year to 85.7% and asked whether those waiting to be seen were placed as priority.
"""


def test_long_term_stability_defined_in_the_populations_bracket(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Slough Borough Council - Corporate Parenting Panel", SLOUGH)
    # was None: the population's bracket was cut at its "and" and at the point of "2.5"
    assert claim_found(paper, "to 61.5%", "61.5%").indicator == "placement_stability_long_term"


def test_a_share_of_children_looked_after_without_a_cohort_bracket(tmp_path_factory):
    # negatives: a bracket that only spells the acronym names no measure; the population's make-up stays the population
    paper = written_paper_claims(tmp_path_factory, "Slough Borough Council - Corporate Parenting Panel",
                                 "Corporate Parenting Panel\n\n"
                                 "  • 100% of CLA (children looked after) have a health plan.\n"
                                 "  • 54% of the current looked after population are male.\n")
    assert claim_found(paper, "100% of", "100%").indicator is None
    assert claim_found(paper, "54% of", "54%").indicator == "children_looked_after"
