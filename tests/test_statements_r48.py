"""Statements round 48 (rules v49): reported future acts in minutes, read by structure, and the lead's convention.

Round 47 found that on other councils' minutes the rules miss the next step reported in indirect speech, and that
each fix was a word list the next page's verbs escaped. Here the reading is by the dependency parse
(`miner/nlp/statements_reported.py`, exclusions in `patterns/reported_acts.json`): a clause with "would", "was to"
or a bare "to be <past participle>" whose subject is an actor, the council's work or (passive) a thing acted on,
and whose verb is an act, is a commitment; under "It was agreed / resolved that ..." the meeting's decision (the
lead's convention of 5 Dec 2026, annotations/README.md, Statements). Also: a record's "(Key decision):" label
leads decisions; descriptions of documents and processes are no promise.

Real text only: fresh pages of the tool library's `pages` corpus, quoted with their address (councils' committee
pages; written to a temporary file and read as `miner extract` reads a paper)."""

import pytest

from miner.nlp.statements import sentence_rule

from conftest import kind_of, page_text


# https://democracy.durham.gov.uk/mgAi.aspx?ID=6912
DURHAM = """Agenda item

The Minutes of the last Meeting held on 5 March 2012 were agreed as a correct record and were signed by the Chair.

A Member asked for an update in relation to filling the vacancies on the Committee as he was concerned about member attendance at meetings. Bryan Smith, Litigation Manager explained that he was currently exploring the legality of an employee of the Council sitting on the Committee as an active member representative, and the Chair confirmed that he would pursue the appointment of a representative from Further Education Colleges.

That the filling of the vacant positions be pursued as a priority.
"""

# https://democraticservices.hounslow.gov.uk/ieListDocuments.aspx?CId=580&MId=8915&Ver=4 (opening)
HOUNSLOW = """Hounslow Council

Agenda and minutes

Apologies for absence were received for Cllrs Banda Chopra and Corinna Smart.

The minutes of the meeting  held on 24 September 2015 were agreed as an otherwise true and accurate record and signed by the Chair.

Minute 122 – Bath Road Improvements:

Cllr Mukesh Malhotra gave an update. He advised that he and Christopher Deakins had walked from Standard Road (not part of the plans) to the site of the new school. The officer noted the damage done to guard rails by vehicles and saw the point Cllr Malhotra had made in the previous meeting. He advised that Mr Deakins had recognised the need for double yellow lines. In the car park area Mr Deakins had advised that the pavement was to be replaced by blocks and the existing trees would be either tidied or replanted.
"""

# https://democracy.kirklees.gov.uk/mgAi.aspx?ID=23031 (opening)
KIRKLEES = """Agenda item

Portfolio Priorities 2023-24

Minutes:

Councillor Carol Pattison, the Cabinet Member with responsibility for the Learning, Aspiration and Communities Portfolio, was in attendance at the meeting. Her portfolio included crime and disorder and community safety, the scrutiny of which fell within the remit of the Committee.

There was a desire to address the cause, rather than focussing on dealing with the symptoms or outcomes of the violence, and this would be supported by a number of programmes of work with partners, including the adoption of a pledge to encourage action in respect of the culture within their organisations.
"""

# https://democracy.spelthorne.gov.uk/mgAi.aspx?ID=24087 (round 47's batch A)
SPELTHORNE = """Agenda item

Service Plans 2024-25

The Chief Accountant presented the report on the proposed Service Plans including Revenue and Capital bids, and Savings plans for each Cost Centre and advised the Committee that the recommendation in the report needed to be amended to include the approval and recommendation of the Capital Growth Bids.

The Chief Account advised the Committee of an error in Appendix C, stating that the figures in the last row were incorrect and it was agreed that these would be corrected.

The Committee asked if it would be possible to include more information on the Savings Plan to show exactly where the savings were being made and were advised that the Group Head Neighbourhood Services and the Chief Accountant would discuss to see if there was a better way to present this information.

The Chief Accountant advised that the Growth Bid for Ground Maintenance related to the loss of the service for maintaining highway verges. The Committee queried whether there was a clearer way for this to be presented and it was agreed that the term Growth Bid could be replaced by 'budget adjustment'.

The Committee resolved to:

1. Approve the proposed Revenue Growth Bids, Capital Growth Bids and Savings Plans for 2024-25 for this Committee.
"""

# https://democracy.lewes-eastbourne.gov.uk/mgDecisionDetails.aspx?IId=20694&Opt=1 (round 47's batch A)
LEWES = page_text("lewes_strategic_finance_decisions")

# https://www.valeofglamorgan.gov.uk/en/our_council/Council-Structure/minutes,_agendas_and_reports/minutes/scrutiny_hpp/2013_minutes/13-10-09.aspx
VALE = """Minutes of a meeting held on 9th October, 2013.

No declarations were received.

The Principal Accountant indicated that the Public Sector Housing (HRA) was currently showing a favourable variance of £326,000.  In addition, he also indicated that there were adverse variances on income due to voids in the amount of £77,000.  This adverse variance would be offset by favourable variances on salaries of £141,000 due to vacancies in the housing teams, hostel and temporary accommodation running costs of £21,000, sheltered accommodation £26,000, public sector management £46,000, legal fees of £14,000, Incentive to Move schemes of £18,000, Estate Management of £14,000, Housing repairs £29,000 and other net costs in the amount of £94,000.  He also confirmed that only one person was currently placed in bed and breakfast type accommodation.
"""


@pytest.mark.parametrize("name, text, quote", [
    ("durham", DURHAM, "the Chair confirmed that he would pursue the appointment of a representative"),
    ("hounslow", HOUNSLOW, "the pavement was to be replaced by blocks and the existing trees would be either tidied"),
    ("kirklees", KIRKLEES, "this would be supported by a number of programmes of work with partners"),
    ("spelthorne", SPELTHORNE, "the Group Head Neighbourhood Services and the Chief Accountant would discuss"),
])
def test_a_reported_future_act_in_minutes_is_a_commitment(page_rules, name, text, quote):
    assert kind_of(page_rules(name, text), quote) == "commitment"


@pytest.mark.parametrize("quote", [
    "it was agreed that these would be corrected",
    "it was agreed that the term Growth Bid could be replaced by 'budget adjustment'",
])
def test_it_was_agreed_that_x_would_is_the_meetings_decision(page_rules, quote):
    assert kind_of(page_rules("spelthorne", SPELTHORNE), quote) == "decision"


@pytest.mark.parametrize("quote", [
    "To approve the proposals set out at paragraph 3.1 of the report",
    "To authorise the arrangements (as set out at paragraphs 3.3 and 3.4 of the report)",
])
def test_key_decision_label_leads_decisions(page_rules, quote):
    assert kind_of(page_rules("lewes", LEWES), quote) == "decision"


@pytest.mark.parametrize("text", [
    # https://www.eastsussex.gov.uk/yourcouncil/about/keydocuments/council-plans/portfolios/
    "Portfolio plans provide the main direction for our services over the next three years, and say how we will "
    "deliver our four priority outcomes.",
    # https://moderngov.stockton.gov.uk/mgAi.aspx?ID=2772
    "Finally, Executive Scrutiny Committee as the decision-making body, set the priorities and programme for the year "
    "ahead, allocating in-depth reviews to individual Select Committees.",
])
def test_a_description_of_a_document_or_process_is_no_promise(text):
    rule = sentence_rule(text, minutes=False)
    assert rule is not None and rule[0] is None, rule
    assert sentence_rule(text, minutes=True)[0] is None


# Negatives: pass on the starting commit and after.

def test_a_forecast_in_minutes_is_no_commitment(page_rules):
    statements = page_rules("vale", VALE)
    assert kind_of(statements, "This adverse variance would be offset by favourable variances") is None


def test_the_minutes_approval_stays_a_decision(page_rules):
    assert kind_of(page_rules("durham", DURHAM), "were agreed as a correct record") == "decision"
    assert kind_of(page_rules("durham", DURHAM), "That the filling of the vacant positions be pursued") == "decision"


@pytest.mark.parametrize("text", [
    # https://democracy.ryedale.gov.uk/ieIssueDetails.aspx?IId=6006&Opt=3
    "In addition Members were asked to consider topics for future scrutiny reviews, and it was suggested that "
    "Renewable Energy and the Grant System would make excellent topics.",
    "The date of the next meetings would be Post Offices Review Group at 6.30 pm on the 21 July 2011, and Healthy "
    "Weights Review Group at 7.30pm on the 21 July 2011.",
    # https://rds.eppingforestdc.gov.uk/ieListDocuments.aspx?CId=296&MID=9633 (round 47's batch B)
    "He advised that he had determined that his interest was pecuniary and that he would leave the meeting for the "
    "consideration and voting on the matter.",
])
def test_opinions_meeting_dates_and_procedure_are_no_reported_act(nlp, text):
    from miner.nlp.statements_reported import reported_act  # new in round 48

    assert reported_act(nlp(text)[:]) is None


@pytest.mark.parametrize("kind, text", [
    # https://moderngov.stockton.gov.uk/mgAi.aspx?ID=2772 (round 47's batch B)
    ("commitment", "Work on the new topics would commence at the conclusion of reviews that were already underway."),
    ("commitment", "Other reviews on the current scrutiny work programme would be deferred until the following year."),
    # https://charnwood.moderngov.co.uk/mgAi.aspx?ID=2716 (round 47's batch B)
    ("commitment", "(iii) Chair suggested Committee highlighted issues from the Corporate Delivery Plan and that he and "
                   "the Vice-chair then review the work programme following the meeting with those issues in mind, with "
                   "the resulting proposed work programme to be brought back to the next meeting of the Committee."),
    # https://democracy.ryedale.gov.uk/ieIssueDetails.aspx?IId=6006&Opt=3
    ("commitment", "Although both current reviews were nearing completion, some further meetings would be held, and "
                   "Members were asked if they would like to be appointed to either of the existing scrutiny review "
                   "groups."),
    # https://democracy.spelthorne.gov.uk/mgAi.aspx?ID=24087
    ("decision", "The Chief Account advised the Committee of an error in Appendix C, stating that the figures in the "
                 "last row were incorrect and it was agreed that these would be corrected."),
])
def test_the_structure_reads_other_verbs(nlp, kind, text):
    from miner.nlp.statements_reported import reported_act  # new in round 48

    assert reported_act(nlp(text)[:]) == kind
