"""Claims round 64: batch F62's errors left, by general class. A sentence opening with a share ("Proportion of adults
receiving direct payments was 16.8") prints its level without "%": the figure is a percentage, and its bare benchmark
takes the unit; an adult social care "family group average" or "comparator areas" is the comparator group; "the 24/25
revenue budget" names a financial year; an older value named back later in its sentence ("this had been reduced to
£10.7m") is a change pair, one claim on the newer value. Each page is quoted with its address through the real
pipeline; negatives keep the older readings."""

from conftest import claim_found, no_claim_at, written_paper_claims
from miner.nlp.dates import find_periods


# http://www.slough.gov.uk/moderngov/mgAi.aspx?ID=29285
SLOUGH = """Agenda item

Adult Social Care Local Account

Minutes:

The Panel received a report on the draft Adult Social Care Local Account for 2014-15 which set out the achievements made during the year and priorities for 2015-16.

Indicators showing significant improvement:

·  Adults with learning disabilities in paid employment had improved from 5.7 to 6.4.

Indicators showing good performance being maintained:

·  Permanent admission of older people (aged over 65) to residential and nursing care homes was 570.6 per 100,000 population compared to an average 706.5 across comparator areas.

Indicators requiring further improvement:

·  Proportion of adults receiving direct payments was 16.8 compared to a family group average of 24.7.  Performance was improving and further steps were being taken
"""

# https://councillors.herefordshire.gov.uk/mgAi.aspx?ID=66278
HEREFORDSHIRE = """Agenda item
Q3 Budget Report
Minutes:
The Cabinet member for finance and corporate services introduced the report. It highlighted that the 24/25 revenue budget approved by Council on 9 February included an additional £250k for the lengthsman scheme for the public rights of way together with £445k for drainage works.
The approved revenue budget is £193.3m which includes planned savings of £20m. At Quarter 2 the forecast overspend was £13.8m, as a result of management action alongside expenditure controls this had been reduced to £10.7m at Quarter 3.
"""


def test_a_share_printed_without_percent_and_its_benchmarks(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Slough Borough Council - Health Scrutiny Panel", SLOUGH)
    # were count
    share = claim_found(paper, "payments was 16.8", "16.8")
    assert share.unit == "%" and share.comparator == "statistical_neighbours" and share.comparator_value == 24.7
    assert claim_found(paper, "average of 24.7", "24.7").unit == "%"
    # was count: the bare benchmark of a rate per 100,000, named as the comparator areas' average
    assert claim_found(paper, "an average 706.5", "706.5").unit == "per_100000"
    # negatives: a rate keeps its unit; a bare figure of a sentence naming no share stays a count (the tuned gold's
    # convention for bare ASCOF values is not read from one page)
    assert claim_found(paper, "was 570.6 per 100,000", "570.6 per 100,000").unit == "per_100000"
    assert claim_found(paper, "from 5.7 to 6.4", "6.4").unit == "count"


def test_short_financial_year_and_a_change_named_back(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Herefordshire Council - Cabinet", HEREFORDSHIRE)
    # were undated
    assert claim_found(paper, "additional £250k for", "£250k").as_of == "2024-25"
    assert claim_found(paper, "£445k for drainage", "£445k").as_of == "2024-25"
    # was two claims: the older value is the newer one's from_value, no claim of its own
    newer = claim_found(paper, "reduced to £10.7m", "£10.7m")
    assert newer.from_value == 13800000 and newer.indicator == "overspend"
    assert no_claim_at(paper, "overspend was £13.8m", "£13.8m")
    # negatives
    assert claim_found(paper, "planned savings of £20m", "£20m").indicator == "savings"
    assert claim_found(paper, "revenue budget is £193.3m", "£193.3m").from_value is None


def test_the_short_year_pair_needs_its_finance_word():
    assert find_periods("It highlighted that the 24/25 revenue budget approved", short_years=True)[0][2] == "2024-25"
    # negatives: a score or a count of "24/25" after "the" is no year
    assert find_periods("the 24/25 pupils who passed", short_years=True) == []
    assert find_periods("scored the 17/18 points", short_years=True) == []
