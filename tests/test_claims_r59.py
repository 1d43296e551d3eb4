"""Claims round 59: round 58's batch F58 errors by class (in sample now) and Kent's executive response tables. Rent
arrears "amounting to" a sum, and a sum's "year-end position for rent arrears", are the rent arrears measure; the
"time taken to process all new claims" is the benefit processing time; a figure right before "in the previous year"
is of the year before the one its sentence names ("the outturn for 2020/21 ... compared to £1.815m in the previous
year": 2019-20); a lead-in's period over a "|" table dates the next tables under it too, past a sub-heading and notes
printed as one-cell "|" rows. Each page is quoted with its address (or read from the corpus) through the real
pipeline; negatives keep the older readings."""

from conftest import CORPUS, claim_found, paper_claims, written_paper_claims


# https://phantom.brighton-hove.gov.uk/mgAi.aspx?ID=43550
BRIGHTON = """Agenda item - Performance Report Q2 2014/15

Minutes:

25.1      The Head of Income, Inclusion & Improvement presented a report that covered Housing Management Performance during Quarter 2 of the 2014/15 financial year.

25.2      Bob Spacie noted that there were currently rent arrears amounting to £1 million and asked if this level was expected to remain the same.
"""

# https://committeemeetings.flintshire.gov.uk/ieIssueDetails.aspx?IId=32229&Opt=3&LLL=0
FLINTSHIRE = """Housing Rent Income - Year end outturn and latest position for 2021/22

That the £1.854m year-end position for rent arrears in 2020/21, as set out within the report, be noted.

The Revenues Manager advised that the outturn for 2020/21 resulted in rent arrears of £1.854m compared to £1.815m in the previous year – an increase in arrears of £39k.
"""

# https://www.thenorthernecho.co.uk/news/7052273.benefit-claims-processing-speeds/
SEDGEFIELD = """The report says that the average time taken to process new claims, which had stood at 105 days, is down to 66 days.

That figure includes claims still outstanding before April, but the average time taken to process all new claims since then is 45 days, one day above the council target of 44.
"""


def test_rent_arrears_amounting_to_and_the_year_end_position(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Brighton and Hove City Council - North Area Housing Panel", BRIGHTON)
    # was None: "amounting to" gives the arrears' level as "of" and "stood at" do
    assert claim_found(paper, "rent arrears amounting to £1 million", "£1 million").indicator == "rent_arrears"
    paper = written_paper_claims(tmp_path_factory, "Flintshire County Council - Community Housing and Assets Overview and "
                                 "Scrutiny Committee", FLINTSHIRE)
    # was None: the sum's position "for rent arrears"
    assert claim_found(paper, "That the £1.854m year-end", "£1.854m").indicator == "rent_arrears"
    # negative: the outturn sentence's figures keep their measure and year
    outturn = claim_found(paper, "resulted in rent arrears of £1.854m", "£1.854m")
    assert (outturn.indicator, outturn.as_of) == ("rent_arrears", "2020-21")


def test_a_figure_in_the_previous_year_is_of_the_year_before_the_named_one(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Flintshire County Council - Community Housing and Assets Overview and "
                                 "Scrutiny Committee", FLINTSHIRE)
    # was None: the year before the sentence's 2020/21
    assert claim_found(paper, "compared to £1.815m in the previous year", "£1.815m").as_of == "2019-20"
    # negative: the change after the dash is the outturn year's, not the previous one's
    assert claim_found(paper, "an increase in arrears of £39k", "£39k").as_of != "2019-20"


def test_time_to_process_all_new_claims(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Sedgefield Borough Council - Scrutiny Committee", SEDGEFIELD)
    # was None: "all" between the verb and the claims
    assert claim_found(paper, "all new claims since then is 45 days", "45 days").indicator == "benefit_processing_days"
    assert claim_found(paper, "is down to 66 days", "66 days").indicator == "benefit_processing_days"  # as before


def test_a_table_lead_ins_period_dates_the_tables_under_its_sub_headings():
    # Kent County Council, Family Hubs executive response (corpus/kent; its address is in corpus/MANIFEST.tsv)
    paper = paper_claims(CORPUS / "kent" / "Appendix 1 - Executive Response.txt")
    # were None: "... when compared with Millmead for the period 1 June 2024 to 31 January 2025 indicates:", then
    # "| | Cliftonville |", notes, a table; "| | Millmead |", notes, a table
    assert claim_found(paper, "| The Communication Tree Total | 6 | 3 | 14 |", "14").as_of == "2025-01"
    assert claim_found(paper, "| Number Of Focus Support Interventions | NA | 8 | 77 |", "77").as_of == "2025-01"
    # as before: the table right under its lead-in
    assert claim_found(paper, "| Swale | 115 | 1159 |", "1159").as_of == "2025-01"
    # negative: a question's figure in a two-cell row after the tables is no table cell of the lead-in's
    assert claim_found(paper, "available for 8 people a month", "8").as_of is None
