"""Claims round 63: a new batch F62 (eight pages) and round 62's Left, by general class. A minutes item's report "based
on the position to the end of quarter three 2023/24" dates the item's later undated figures; a bare quarter takes the
one financial year its sentence names when the paper has no quarter or meeting date of its own ("for the current
financial year" stays undated, as in the tuned gold); "a Non Domestic Rate collection rate" is business rates collection and
the benchmark a figure is compared with measures what the figure measures; a kind of money named in a clause after a
sum that gives a part of it ("which includes planned savings of £20m") is the part's; what one thing costs ("one young
person ... would cost approximately £200,000 pa") is a unit cost, not the budget. Each page is quoted with its address
through the real pipeline; negatives keep the older readings."""

from conftest import claim_found, written_paper_claims


# https://democracy.durham.gov.uk/mgAi.aspx?ID=65123
DURHAM = """Quarter Three Forecast of Revenue and Capital Outturn 2023/24 - Joint report of the Corporate Director of Resources and the Corporate Director of Neighbourhoods and Climate Change


The Committee received a report of the Corporate Director of Resources which provided details of the forecast outturn budget for Neighbourhoods and Climate Change, highlighting major variances in comparison with the budget, based on the position to the end of quarter three 2023/24 (for copy of report see file of minutes).


Presenting the report, the Finance Manager for Neighbourhoods and Climate Change, Philip Curran, reported a forecast cash limit overspend of £97,000 against a revised budget of £123.766 million for Neighbourhoods and Climate Change, with Culture, Sport and Tourism forecasting an overspend of £0.328 million.  The report included a comparison of the forecast outturn with the budget, by Head of Service and variance explanations were provided. The forecast cash limit reserve position for Neighbourhoods and Climate Change at 31 March 2024 was £22,000 after taking the latest outturn position into account. 


The Committee noted the revised capital budget for Neighbourhoods and Climate Change stood at £56.603 million with expenditure to 31 December of £26.876 million.
"""

# https://councillors.herefordshire.gov.uk/mgAi.aspx?ID=66278
HEREFORDSHIRE = """Agenda item
Q3 Budget Report
To provide assurance that progress has been made towards delivery of the agreed revenue budget and service delivery targets, and that the reasons for major variances or potential under-performance are understood and are being addressed to the cabinet’s satisfaction. The forecast 2023/24 outturn shows a net overspend of £10.7 million at Quarter 3.
Minutes:
The approved revenue budget is £193.3m which includes planned savings of £20m. At Quarter 2 the forecast overspend was £13.8m, as a result of management action alongside expenditure controls this had been reduced to £10.7m at Quarter 3.
"""

# https://governance.enfield.gov.uk/ieIssueDetails.aspx?IId=52443&Opt=3
ENFIELD = """Issue - meetings

KD 4764 - Revenue Monitoring Report Q3 2018/19

Meeting: 13/02/2019 - Cabinet (Item 9)

1.            That after the application of capital receipts for transformation purposes of £4.2m; the revenue budget forecast reflected an outturn position of £4.1m overspend for 2018/19 which would be funded using the Council’s reserves.

5.            In response to a question raised, Members were advised on the availability of existing capital receipts of £4.2m for the current financial year.
"""

# https://modgov.sefton.gov.uk/ieIssueDetails.aspx?IId=27602&Opt=3
SEFTON = """5 Doubtful Debt Provision - National Non-Domestic Rates PDF 73 KB
Report of the Head of Corporate Finance and ICT
The Head of Corporate Finance and ICT reported that the Council had achieved a Council Tax collection rate of 97.1% for 2011/12 in comparison to the national metropolitan council rate of 96% and achieved a Non Domestic Rate collection rate of 97.8% for 2011/12 in comparison to the national metropolitan council rate of 96.8%.
(1) the report be noted.
"""

# https://democracy.medway.gov.uk/mgAi.aspx?ID=12621
MEDWAY = """Agenda item

Revenue Budget Monitoring 2015/2016 - Quarter 3

Some Members felt that the financial management of budgets in children's social care required much greater scrutiny. An assurance was given that budgets in this area received the same level of scrutiny and challenge as elsewhere in the Council. As an example of the difficulties involved, one young person accommodated in a secure unit would cost approximately £200,000 pa.
"""


def test_minutes_position_to_the_end_of_a_quarter_dates_the_item(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Durham County Council - Environment and Sustainable Communities Overview and Scrutiny Committee", DURHAM)
    # were None
    assert claim_found(paper, "overspend of £97,000", "£97,000").as_of == "2023-12"
    assert claim_found(paper, "stood at £56.603 million", "£56.603 million").as_of == "2023-12"
    # negative: a figure with its own day keeps it
    assert claim_found(paper, "was £22,000 after", "£22,000").as_of == "2024-03-31"


def test_bare_quarter_of_the_sentences_year_and_a_part_clause(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Herefordshire Council - Cabinet", HEREFORDSHIRE)
    # was 2023-24 (the year, not its quarter 3)
    assert claim_found(paper, "net overspend of £10.7 million", "£10.7 million").as_of == "2023-12"
    # was savings (the part's kind, named after the sum)
    assert claim_found(paper, "revenue budget is £193.3m", "£193.3m").indicator == "budget"
    # negative: the part keeps its kind
    assert claim_found(paper, "planned savings of £20m", "£20m").indicator == "savings"


def test_the_current_financial_year_stays_undated(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Enfield Council - Cabinet", ENFIELD)
    # negative (a measured reading not taken): the tuned gold leaves "this / the current financial year" undated ("The
    # level of overspend ... would reduce for this financial year, but would still be in the range of around
    # £20million", Kent's council minutes), so F62's 2018-19 for this figure is not read
    assert claim_found(paper, "capital receipts of £4.2m for the current", "£4.2m").as_of is None
    # the year written with the figure
    assert claim_found(paper, "position of £4.1m overspend", "£4.1m").as_of == "2018-19"


def test_non_domestic_rate_collection_and_its_benchmark(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Sefton Council - Audit and Governance Committee", SEFTON)
    # was council_tax_collection
    assert claim_found(paper, "collection rate of 97.8%", "97.8%").indicator == "business_rates_collection"
    # the benchmark of 97.1% is council tax's, not the business rates named after it (business_rates_collection once
    # "Non Domestic Rate collection" was read)
    assert claim_found(paper, "council rate of 96%", "96%").indicator == "council_tax_collection"
    # negatives
    assert claim_found(paper, "collection rate of 97.1%", "97.1%").indicator == "council_tax_collection"
    assert claim_found(paper, "council rate of 96.8%", "96.8%").indicator == "business_rates_collection"


def test_what_one_thing_costs_is_no_budget(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Medway Council - Cabinet", MEDWAY)
    # was budget
    assert claim_found(paper, "approximately £200,000 pa", "£200,000").indicator is None
