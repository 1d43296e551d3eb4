"""Statements of council papers printed to PDF (round 32 probes): a Cabinet key decision report on recommissioning
a service, town council grants committee minutes, a scrutiny work programme, a portfolio holder's annual report,
planning and licensing sub-committee minutes.

What a PDF's layout does to them: a Word lettered list prints "a." before its items, bullets drawn as shapes
leave unmarked items, a paragraph after a list sits at the margin with only a little more space above it, and
sentences wrap over lines. Every paper and sentence here is written for the test; papers go through the real
reader, sectioner and units (`_statements_of_text`), PDF lines through `assemble`.
"""

import pytest
from test_statements import _find, _statements_of_text, nlp  # noqa: F401  (nlp is a fixture)
from test_statements_regulatory import _kind

from miner.model import Document
from miner.nlp.statements import is_header_text, sentence_rule
from miner.nlp.statements_recommendations import item_bounds, verdict
from miner.readers.layout import RawLine, assemble
from miner.sections import build_sections



@pytest.mark.parametrize("item, expected", [
    ("a. APPROVE the recommissioning of the Community Equipment Service through an open procurement;", "act"),
    ("b. AGREE to enter into a Section 75 partnership agreement with the Integrated Care Board;", "act"),
    ("d. DELEGATE authority to the Corporate Director to award the contract; and", "act"),
    ("iv. approves the work programme for 2025/26;", "act"),
    ("e. NOTE the outcome of the public consultation set out in Appendix B.", "records"),
])
def test_a_lettered_recommendation_printed_with_a_full_stop_is_read_after_its_marker(item, expected):
    assert verdict(item) == expected
    start, _ = item_bounds(item)
    assert item[start:].split()[0].isalpha() and item[start - 2:start] == ". "


DECISION_REPORT = """From: Cabinet Member for Adult Social Care
To: Cabinet - 12 June 2025
Subject: Recommissioning of the Community Equipment Service

Recommendation(s):
The Cabinet is asked to:
a. APPROVE the recommissioning of the Community Equipment Service through
an open procurement for a contract of five years;
b. AGREE to enter into a Section 75 partnership agreement with the Integrated
Care Board for the pooled equipment budget; and
c. NOTE the outcome of the public consultation set out in Appendix B.

1. Introduction
1.1 The service provides hoists, beds and bathing aids so that people can live safely at home.
"""


def test_each_lettered_recommendation_to_act_is_a_decision(nlp, tmp_path):
    found = _statements_of_text(nlp, tmp_path, DECISION_REPORT)
    for quote in ("APPROVE the recommissioning", "AGREE to enter into a Section 75"):
        hits = _find(found, quote)
        assert hits and hits[0].kind == "decision", quote
        assert not hits[0].text.startswith(("a.", "b.")), hits[0].text
    assert not _find(found, "NOTE the outcome")


def test_a_resolution_that_decides_before_listing_its_conditions_is_a_decision_itself():
    lead = "RESOLVED: That the premises licence be granted as applied for, subject to the conditions in the operating " \
           "schedule and the following additional conditions:"
    assert not is_header_text(lead)
    assert is_header_text("RESOLVED that:")
    assert is_header_text("It was RESOLVED that the Sub-Committee:")


LICENSING_MINUTES = """MINUTES OF THE PLANNING AND LICENSING SUB-COMMITTEE HELD ON 4 FEBRUARY 2025

Minute 15 - Application for a new premises licence: The Granary Kitchen, 4 Mill Street

The Sub-Committee considered an application for a new premises licence.

RESOLVED: That the premises licence be granted as applied for, subject to the following additional conditions:

1. The rear yard shall not be used by customers after 9.00pm.
2. A telephone number for the duty manager shall be displayed at the front of the premises.
"""


def test_a_licence_granted_subject_to_conditions_is_found_in_minutes(nlp, tmp_path):
    found = _statements_of_text(nlp, tmp_path, LICENSING_MINUTES, doc_kind="minutes")
    hits = _find(found, "the premises licence be granted as applied for")
    assert hits and hits[0].kind == "decision"


WORK_PROGRAMME = """4. Work programme 2025/26

4.1 The Committee's priorities for 2025/26 are:
the rising cost of temporary accommodation and the effectiveness of
homelessness prevention;
the delivery of the Council's Climate Action Plan, in particular the retrofit of council
homes;
the performance of the waste and recycling contract; and
the Council's medium-term financial position and the delivery of savings.
4.2 The Committee will consider the draft budget for 2026/27 at its meeting on 15 January 2026.
"""


def test_list_items_whose_bullets_were_lost_are_the_lead_ins_items(nlp, tmp_path):
    """Bullets a PDF draws as shapes leave no marker: the items still end in ";" / "; and" / "." after a lead-in
    ending ":", and each takes its kind, instead of running into the lead-in as one sentence read as a challenge."""
    found = _statements_of_text(nlp, tmp_path, WORK_PROGRAMME)
    for quote in ("the rising cost of temporary accommodation", "the delivery of the Council's Climate Action Plan",
                  "the performance of the waste and recycling contract", "medium-term financial position"):
        hits = _find(found, quote)
        assert len(hits) == 1 and hits[0].kind == "priority", (quote, [(h.kind, h.text) for h in hits])
        assert "priorities for 2025/26 are" not in hits[0].text


def test_a_paragraph_with_semicolons_is_no_unmarked_list(nlp, tmp_path):
    text = ("2.1 The review found three things:\nthe service is valued by residents;\n"
            "the costs have risen and will rise further over the next three years, as the contract allows, and the "
            "service\nneeds a new depot\n2.2 Officers will report back in March 2026.\n")
    sections = [s for s in _sections_of(tmp_path, text) if s.path.startswith("2.1")]
    assert [s.path for s in sections] == ["2.1"]


def _sections_of(tmp_path, text):
    from miner.readers import read_document
    path = tmp_path / "paper.txt"
    path.write_text(text, encoding="utf-8")
    return build_sections(read_document(str(path)))


def _pdf_document(rows):
    """A Document from PDF-like lines: (text, x, space_before)."""
    raw = [RawLine(text=t, x=x, space_before=gap, font_size=11.0) for t, x, gap in rows]
    text, lines = assemble(raw)
    return Document(id="x", path="x.pdf", format="pdf", text=text, lines=lines)


def test_a_paragraph_back_at_the_margin_after_a_list_is_not_its_last_item():
    """The PDF's paragraph spacing (10pt against 2pt between lines) is too small for a blank line, but the line
    is back at the margin, left of the item's marker: the paragraph after the list, not item (c)'s text."""
    document = _pdf_document([
        ("RESOLVED: That", 108.0, 8.7),
        ("a. the premises licence be suspended for a period of four weeks;", 113.0, 9.5),
        ("b. the conditions proposed by Trading Standards in Appendix D be added to the", 113.0, 5.0),
        ("licence.", 125.3, 2.0),
        ("Councillor Carver asked that officers report back to the Sub-Committee in six months on the", 74.2, 10.2),
        ("premises' compliance with the new conditions. The Licensing Manager agreed to do so.", 74.2, 2.0),
    ])
    sections = build_sections(document)
    item = next(s for s in sections if s.path.endswith("(b)"))
    assert "Carver" not in document.text[item.start:item.own_end]
    assert any("Carver" in document.text[s.start:s.own_end] for s in sections if not s.path.endswith(")"))


def test_an_items_own_wrapped_line_at_the_margin_stays_in_the_item():
    document = _pdf_document([
        ("RESOLVED: That", 108.0, 8.7),
        ("a. the premises licence be suspended for a period of four weeks and the Designated", 113.0, 9.5),
        ("Premises Supervisor be replaced;", 113.0, 2.0),
        ("b. the conditions proposed by Trading Standards be added to the licence, including", 113.0, 5.0),
        ("a refusals register.", 74.2, 2.0),
    ])
    sections = build_sections(document)
    item = next(s for s in sections if s.path.endswith("(b)"))
    assert "refusals register" in document.text[item.start:item.own_end]


@pytest.mark.parametrize("text", [
    "This\nreport sets out the options considered and seeks approval to recommission the service.",
    "The transfer of the Telecare Response Team will cost £48,000 in one-off costs in 2025-\n26, which will be "
    "funded from the Adult Social Care transformation reserve.",
])
def test_a_cue_matches_across_a_pdf_line_wrap(text):
    assert _kind(text) is None
    assert sentence_rule(text)[1].startswith("not_statement#")


@pytest.mark.parametrize("text, minutes", [
    ("This is not possible because the current contract expires on 31 March 2026 and the Council would have no "
     "lawful arrangement in place.", False),
    ("The main concerns raised were the time taken to collect equipment that is no longer needed.", False),
    ("Subject to Cabinet's decision, the key milestones are set out below.", False),
    ("The Council's share will be met from the existing Adult Social Care equipment budget and the Better Care Fund.", False),
    ("The task and finish group will be supported from existing resources.", False),
    ("With the carried forward balance agreed under minute 45/25, £18,700 will be available.", True),
    ("Signed ………………………………… Chair Date ……………………", True),
    ("The Committee is required by the Council's Constitution to set a work programme each year.", False),
    ("A representative of the Friends of Millbrook Park spoke in support of the group's application and explained "
     "that the new benches would be installed by volunteers.", True),
    ("The applicant, Mr O. Strand, explained that the premises would operate as a restaurant.", True),
    ("To ask the Committee to agree its work programme for 2025/26.", False),
    ("Reasons: The Sub-Committee was satisfied that, with the additional conditions, the licensing objective "
     "would be promoted.", True),
    ("I am proud of what the teams have delivered this year.", False),
    ("Can the Cabinet Member please confirm whether the close work with the Hospital Trust is continuing?", False),
])
def test_descriptions_speakers_and_signatures_are_no_statements(text, minutes):
    """Vetoed by the rules, so the classifier is not asked either."""
    rule = sentence_rule(text, minutes=minutes)
    assert rule is not None and rule[0] is None and rule[1].startswith("not_statement#"), rule


def test_a_discussion_point_is_no_resolution_but_noting_an_update_is():
    assert _kind("Members noted that the floodlights would require planning permission.", minutes=True) != "decision"
    assert _kind("The Sub-Committee noted the update.", minutes=True) == "decision"


def test_an_officers_undertaking_in_minutes_is_a_commitment():
    assert _kind("The Licensing Manager agreed to do so.", minutes=True) == "commitment"
    assert _kind("The Head of Planning undertook to circulate the figures.", minutes=True) == "commitment"


@pytest.mark.parametrize("text", [
    "The Committee's capacity remains a constraint.",
    "Officers explained that the backlog had built up while two posts were vacant.",
    "Performance against the contract's delivery standards has also fallen.",
])
def test_named_constraints_and_falling_performance_are_challenges(text):
    assert _kind(text, minutes=True) == "challenge"


@pytest.mark.parametrize("text", [
    "Officers will continue to meet the provider monthly until the end of the contract to manage the exit plan.",
    "Once agreed, the work programme will be published on the Council's website and reviewed at each meeting.",
])
def test_continuing_work_and_a_publication_are_commitments(text):
    assert _kind(text) == "commitment"


PORTFOLIO_REPORT = """Annual Report of the Portfolio Holder for Housing

4. Priorities for 2025/26
4.1 My priorities for 2025/26 are:
1. Reduce the use of bed and breakfast for families by March 2026.
2. Complete the stock condition survey of all council homes by December 2025.
4.2 To reduce the use of bed and breakfast we will buy 20 homes on the open market. The first ten purchases are
expected to complete by September 2025.
4.3 I have asked officers to bring a report to Cabinet in the autumn on options for a lettings agency.
"""


def test_a_promising_paragraph_under_a_priorities_heading_is_read_sentence_by_sentence(nlp, tmp_path):
    found = _statements_of_text(nlp, tmp_path, PORTFOLIO_REPORT)
    assert _find(found, "Reduce the use of bed and breakfast")[0].kind == "priority"
    buy = _find(found, "we will buy 20 homes")
    assert buy and buy[0].kind == "commitment" and "first ten purchases" not in buy[0].text
    ten = _find(found, "The first ten purchases")
    assert ten and ten[0].kind == "commitment" and ten[0].deadline == "2025-09"
    asked = _find(found, "I have asked officers to bring a report")
    assert asked and asked[0].kind == "commitment"


@pytest.mark.parametrize("text", [
    "The Annual Meeting of the Parish Council will be held on\nWednesday 14 May 2025 at 7.00pm.",
    "Date of next meeting.",
])
def test_a_meetings_date_is_no_promise(text):
    rule = sentence_rule(text, minutes=True)
    assert rule is not None and rule[0] is None, rule


@pytest.mark.parametrize("text, kind", [
    ("Cllr Paton agreed to coordinate a rota of volunteers to move the device between the two sites each month.",
     "commitment"),
    ("The Clerk reported that the Council had not yet received the second half of the precept.", "challenge"),
    ("The auditor found that the Council had not reviewed its asset register during the year.", "challenge"),
    ("The Chairman reported that the Neighbourhood Plan had passed examination.", "achievement"),
])
def test_parish_minutes_undertakings_difficulties_and_progress(text, kind):
    assert _kind(text, minutes=True) == kind


CABINET_MINUTES = """MINUTES OF A MEETING OF THE CABINET HELD ON 30 JANUARY 2025

90. Minutes of the meeting held on 5 December 2024

1. RESOLVED that the minutes of the meeting held on 5 December 2024 are correctly recorded.

91. Integrated Care Strategy Delivery Plan

1. The Cabinet Member introduced the report.

2. Members asked about the indicators in the plan.

3. RESOLVED that Cabinet agree to:

(a) Adopt the Integrated Care Strategy Delivery Plan on behalf of the Council; and

(b) Delegate authority to the Director of Public Health to make non-substantial revisions to the plan.

92. Commissioning Plan for Education Provision

1. The Cabinet Member introduced the report.

2. Members asked about school places in the west of the county.

3. RESOLVED that Cabinet agree to:

(a) Adopt the Commissioning Plan for Education Provision 2025-29.
"""


def test_resolution_items_take_their_lead_in_when_minutes_restart_their_numbers(nlp, tmp_path):
    """Each minute restarts at "1.", so the sectioner marks repeats ("3~2", "3(a)~2"); the items still take the
    kind of the "3. RESOLVED that Cabinet agree to:" right above them."""
    found = _statements_of_text(nlp, tmp_path, CABINET_MINUTES, doc_kind="minutes")
    for quote in ("Adopt the Integrated Care Strategy Delivery Plan", "Delegate authority to the Director of Public Health",
                  "Adopt the Commissioning Plan for Education Provision"):
        hits = _find(found, quote)
        assert hits and hits[0].kind == "decision", (quote, [(h.kind, h.text) for h in found])


@pytest.mark.parametrize("text, kind", [
    ("Visits fell by 31% between 2019/20 and 2024/25.", "challenge"),
    ("Two libraries have had to close for part of each week since January 2025 because of staff vacancies.", "challenge"),
    ("The survey identified £820,000 of essential repairs, which the Council cannot fund from its capital programme.",
     "challenge"),
])
def test_falling_use_closures_and_unfundable_repairs_are_challenges(text, kind):
    assert _kind(text) == kind


@pytest.mark.parametrize("text", [
    "Subject to Cabinet's approval:",
    "The transition grants of £75,000 will be met from the Library\nTransformation Reserve.",
])
def test_a_steps_lead_in_and_a_grants_funding_source_are_no_statements(text):
    rule = sentence_rule(text)
    assert rule is not None and rule[0] is None, rule


def test_table_cells_read_one_per_line_are_no_sentence():
    from miner.nlp.statements import _cell_soup
    soup = ("DM1 Introduce a single point of\nAccepted\nA dedicated damp and\nOctober\nComplete\ncontact for tenants\n"
            "mould team and phone\n2024\nreporting damp and mould\nline went live in October\n2024.")
    assert _cell_soup(soup)
    prose = ("The two recommendations that are behind schedule both relate to the damp and mould review: the new\n"
             "repairs IT system has been delayed by the supplier, and the stock condition survey will not now be\n"
             "complete until March 2026, as the contractor has had to\nrepeat\nsome\ninspections.")
    assert not _cell_soup(prose)
    assert not _cell_soup("Our priorities are:\nHousing\nJobs and skills\nHealth\nTransport\nSafer streets.")


@pytest.mark.parametrize("text", [
    "Following discussion, it was unanimously agreed to refuse the application.",
    "Decision: Grant of £2,000 approved.",
    "The application from the Youth Club was refused as the project had already started.",
    "Members declined the application because it did not meet the criteria.",
    "The Committee deferred the application pending further information.",
    "A grant of £1,500 was awarded to the Canal Society.",
])
def test_a_grants_committees_decisions_in_minutes(text):
    assert _kind(text, minutes=True) == "decision"


def test_a_grant_the_council_received_is_no_decision_and_a_report_records_no_decision():
    assert _kind("The Council was awarded a grant of £2m by the Lottery.", minutes=True) != "decision"
    assert _kind("A grant of £1,500 was awarded to the Canal Society.") != "decision"


def test_an_officers_undertaking_noted_in_minutes_is_a_commitment():
    assert _kind("It was noted that the Town Clerk would circulate the revised criteria to members.", minutes=True) \
        == "commitment"
