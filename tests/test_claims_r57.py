"""Claims round 57: as-of dates on performance pages, by class, from the tuned set's as-of errors (rounds 54-55's pages,
now in corpus/web) and round 56's fresh batch: a flattened table's rows, one cell a line, under a head naming a period
("Q4 2021/22" over "Value" and "Target"; "2014/15", "Q2", "2015/16" with blank lines between) take their column's
period; a short year pair after "academic year" or a benchmark's "average" is a period ("(academic year 21/22)"); a
date past "but" is another figure's; and two measures by their own words ("Income of £680K ... had been received",
the ASCOF 1G "living in stable and appropriate accommodation"). Each page is quoted with its address and read through
the real pipeline; negatives keep the older readings."""

from conftest import CORPUS, claim_found, paper_claims, written_paper_claims

from miner.nlp.dates import find_periods


WEB = CORPUS / "web"  # Maidstone's page is a corpus paper now (MANIFEST.tsv gives its address)


def test_quarter_head_over_one_cell_a_line_rows():
    paper = paper_claims(WEB / "Maidstone Borough Council - Communities Housing and Environment Committee.txt")
    # were None: the quarter's column head was not carried to the rows under it (Q4 2021/22 is as at March 2022)
    assert claim_found(paper, "March)\n165", "165").as_of == "2022-03"
    assert claim_found(paper, "outcomes\n74.58%", "74.58%").as_of == "2022-03"
    assert claim_found(paper, "homeless\n104", "104").as_of == "2022-03"
    assert claim_found(paper, "period\n6", "6").as_of == "2022-03"
    # negative: the second cell is the target column's, which names no period
    assert claim_found(paper, "74.58%\n60%", "60%").as_of is None


# https://democracy.monmouthshire.gov.uk/mgAi.aspx?ID=1283
MONMOUTHSHIRE = """3.         Children's Services continue to focus on four key National performance indicators where significant improvements were made last year. These are:

2014/15

Q2

2015/16

SCC/011b – Initial assessments where the child is seen alone

57.4%

43.2%

SCC/016 – Child in need reviews

85.2%

59.5%

4.         Performance in three of the four key indicators is lower at Quarter 2 than at the end of 2014-15. Charts 2, 3, 7 and 8 in the main body of the report show rolling-year data for these indicators.

The report was noted, and 12 members attended.
"""


def test_year_and_quarter_heads_with_blank_lines(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Monmouthshire County Council - Children and Young People Select",
                                 MONMOUTHSHIRE)
    # were None: "2014/15" and "Q2" over "2015/16" head two columns; each row's n-th cell is under the n-th head
    assert claim_found(paper, "alone\n\n57.4%", "57.4%").as_of == "2014-15"
    assert claim_found(paper, "57.4%\n\n43.2%", "43.2%").as_of == "2015-09"
    assert claim_found(paper, "reviews\n\n85.2%", "85.2%").as_of == "2014-15"
    assert claim_found(paper, "85.2%\n\n59.5%", "59.5%").as_of == "2015-09"
    # negative: the numbered paragraph after the table ends it; a count there takes no column's period
    assert claim_found(paper, "and 12 members", "12").as_of is None


# https://www.devon.gov.uk/education-and-families/?p=21672 (the corpus's "Devon County Council - SEND improvement key
# performance indicators")
DEVON = """Key Performance Indicator
Baseline (date)
Target
Percentage of children and young people absent from school with SEN support (Attendance)
10.9% (academic year 21/22)
10% (England average 21/22)
10.9%
12.1% (academic year 22/23)
"""


def test_short_year_pair_after_academic_year_or_average(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Devon County Council - SEND improvement key performance indicators",
                                 DEVON)
    # were None: "21/22" was read as a year pair only after "in", "for", "by" ...
    assert claim_found(paper, "10.9% (academic", "10.9%").as_of == "2021-22"
    assert claim_found(paper, "10% (England", "10%").as_of == "2021-22"
    assert claim_found(paper, "12.1% (academic", "12.1%").as_of == "2022-23"
    assert [iso for _s, _e, iso in find_periods("(academic year 21/22)", short_years=True)] == ["2021-22"]
    # negatives: a school year group and a bare fraction are no periods
    assert find_periods("Year 10/11 pupils", short_years=True) == []
    assert find_periods("scored 21/22 on the test", short_years=True) == []


# https://democracy.kent.gov.uk/mgAi.aspx?ID=66165
KENT = """Mr Rory Love, Cabinet Member for Education and Skills introduced the report which provided an overview of progress in SEND since the issuing of the Improvement Notice in March 2023.  Mr Love commented on the issuing of Education, Health and Care Plans (EHCPs)  and the percentage of plans completed within 20 weeks, in August 2023 this figure was 2.3% but August 2024 was 51.6% which demonstrated the significant progress that had been made.
"""


def test_date_past_but_is_the_other_figures(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Kent County Council - Scrutiny Committee", KENT)
    # was 2024-08: the date after "but" opens the next figure's clause
    assert claim_found(paper, "this figure was 2.3%", "2.3%").as_of == "2023-08"
    # negative: the later figure keeps its own date
    assert claim_found(paper, "was 51.6%", "51.6%").as_of == "2024-08"


# https://democracy.breckland.gov.uk/mgAi.aspx?ID=33579
BRECKLAND = """With effect from March 2020, all recovery actions were temporarily suspended until the summer and therefore the amount collected through these actions had been less than in the last financial year. Income of £680K in total had been received this financial year compared to £1.37M last year.
"""

# https://jsna.barnet.gov.uk/8-adult-social-care
BARNET = """- In 2019, the adult population in Barnet is estimated to be 308,400, which is 77.0% of the total borough population.
- The Adult Social Care Outcomes Framework (ASCOF) indicator 1G measures the percentage of adults with LD who live with their family or in their own home. During 2017/18, of adults with LD known to Barnet Council, 97.0% where living in stable and appropriate accommodation, compared to 73.3% in London and 77.2% for England, placing the borough 2nd in the national rankings.
"""


def test_income_received_and_stable_accommodation(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Breckland Council - Anglia Revenues Partnership Joint Committee",
                                 BRECKLAND)
    # were budget: "Income of £680K ... had been received" names income
    assert claim_found(paper, "Income of £680K", "£680K").indicator == "income"
    assert claim_found(paper, "compared to £1.37M", "£1.37M").indicator == "income"
    paper = written_paper_claims(tmp_path_factory, "London Borough of Barnet - Joint Strategic Needs Assessment", BARNET)
    # were None: the ASCOF 1G measure in its own words
    assert claim_found(paper, "97.0% where", "97.0%").indicator == "settled_accommodation"
    assert claim_found(paper, "73.3% in London", "73.3%").indicator == "settled_accommodation"
    # negative: the share of the borough's population is no accommodation measure
    assert claim_found(paper, "77.0% of the total", "77.0%").indicator != "settled_accommodation"
