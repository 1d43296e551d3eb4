"""Statements in service plans and their reviews the gold does not have (round 28 probes): a fire and rescue
authority's Community Risk Management Plan action plan and annual review, a Police and Crime Commissioner's plan
and annual report to the Police and Crime Panel, a Director of Public Health's recommendations and their update,
a highways asset management report with its capital programme, a libraries strategy's action plan, a customer
services strategy, a parish council's action plan.

Every paper and sentence here is written for the test, in the layouts those papers use; each paper is read
through the real reader, sectioner and units (`_statements_of_text`), with the meeting date from its front
matter.
"""

import pytest
from test_statements import _statements_of_text, nlp  # noqa: F401  (nlp is a fixture)

from miner.nlp.statements import header_kind, sentence_rule
from miner.nlp.statements_fields import benchmark_target, lead_in_due

CRMP = """NORTHSHIRE FIRE AND RESCUE AUTHORITY

Community Risk Management Plan 2024-2028: Action Plan 2024/25

Report of the Chief Fire Officer

Meeting: Fire Authority, 14 March 2024

4. Prevention

By the end of March 2025 we will:

- deliver 12,000 home fire safety visits, targeting those most at risk;
- complete 4,000 safe and well visits with partners in health by December 2024;
- train all operational crews in dementia awareness.

5. HMICFRS Inspection

5.3 The Improvement Board will report progress against the HMICFRS action plan to the Authority every quarter.

6. Capital Projects

Northtown Fire Station Rebuild
Contract award expected March 2025.
Start on site: Q3 2025
Practical completion in December 2026.

Training Centre Refurbishment
Practical completion was achieved in January 2024.
"""


@pytest.fixture(scope="module")
def crmp(nlp, tmp_path_factory):  # noqa: F811
    return {s.text: s for s in _statements_of_text(nlp, tmp_path_factory.mktemp("crmp"), CRMP)}


def test_list_items_inherit_a_deadline_from_their_lead_in(crmp):
    """"By the end of March 2025 we will:": each item is a commitment due then, unless it states its own date."""
    visits = crmp["deliver 12,000 home fire safety visits, targeting those most at risk;"]
    assert (visits.kind, visits.deadline) == ("commitment", "2025-03")
    assert crmp["train all operational crews in dementia awareness."].deadline == "2025-03"
    assert crmp["complete 4,000 safe and well visits with partners in health by December 2024;"].deadline == "2024-12"


def test_a_period_in_a_lead_in_is_no_deadline_of_its_items():
    """"The key priorities in 2018-19 include:" names the items' period; only a date they are due "by" passes on."""
    assert lead_in_due("The key priorities in 2018-19 include:") is None
    assert lead_in_due("In 2025/26 the Commissioner will:") is None
    assert lead_in_due("By the end of September 2024 we will:") == "By the end of September 2024"


def test_a_named_body_that_will_act_is_a_commitment_with_that_body_as_actor(crmp):
    board = crmp["The Improvement Board will report progress against the HMICFRS action plan to the Authority every quarter."]
    assert (board.kind, board.actor) == ("commitment", "The Improvement Board")
    assert sentence_rule("The Enhanced Partnership Board will report progress to Cabinet every six months.")[0] == "commitment"
    assert sentence_rule("The Ashcombe Town Board will publish its investment plan in the spring.")[0] is None


def test_project_milestone_lines_are_commitments_about_their_project(crmp):
    """Noun-phrase milestones under a project's name, due after the meeting, are its commitments; a milestone
    reported done is not one."""
    award = crmp["Contract award expected March 2025."]
    assert (award.kind, award.deadline, award.actor) == ("commitment", "2025-03", "Northtown Fire Station Rebuild")
    assert crmp["Start on site: Q3 2025"].deadline == "2025-09"
    assert crmp["Practical completion in December 2026."].actor == "Northtown Fire Station Rebuild"
    assert not any(s.kind == "commitment" and "January 2024" in s.text for s in crmp.values())


PARISH = """LITTLE MARLOW PARISH COUNCIL

Parish Action Plan 2024-2026

Adopted at the meeting of the Parish Council held on 9 January 2024

The Parish Council's action plan for the next two years:

1. Refurbish the toilets at Victoria Park.
2. Plant 500 trees across the parish by March 2025.
3. Install two new defibrillators.

Highways

a) Press the County Council for a 20mph limit through the village.
b) Install speed indicator devices on Church Road.
"""


def test_imperative_items_of_a_parish_action_plan_are_commitments(nlp, tmp_path):  # noqa: F811
    """A lead-in naming the action plan, or the plan's own title, makes its imperative items undertakings."""
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, PARISH)}
    assert found["Refurbish the toilets at Victoria Park."].kind == "commitment"
    assert found["Plant 500 trees across the parish by March 2025."].deadline == "2025-03"
    assert found["Press the County Council for a 20mph limit through the village."].kind == "commitment"
    assert found["Install speed indicator devices on Church Road."].kind == "commitment"


PCC = """WESTSHIRE POLICE AND CRIME PANEL

Report of the Police and Crime Commissioner

Police and Crime Plan 2024-2028

Date: 2 February 2024

4. Delivering the Plan

4.1 The Commissioner will fund 100 additional neighbourhood officers by March 2025.

4.2 The Chief Constable will open a new contact centre in Westbridge in autumn 2024.
"""


def test_the_papers_author_office_promises_its_own_acts(nlp, tmp_path):  # noqa: F811
    """In the Commissioner's own report "The Commissioner will ..." is the paper's promise, not another body's."""
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, PCC)}
    fund = found["The Commissioner will fund 100 additional neighbourhood officers by March 2025."]
    assert (fund.kind, fund.deadline) == ("commitment", "2025-03")


def test_the_same_office_in_another_bodys_paper_stays_external(nlp, tmp_path):  # noqa: F811
    text = PCC.replace("Report of the Police and Crime Commissioner", "Report of the Director of Children's Services")
    assert not any("Commissioner will fund" in s.text for s in _statements_of_text(nlp, tmp_path, text))


@pytest.mark.parametrize("text,kind", [
    ("By the end of March 2025 we will:", "commitment"),
    ("In 2025/26 the Commissioner will:", "commitment"),
    ("The Parish Council's action plan for the next two years:", "commitment"),
    ("The following resurfacing schemes are to be delivered in 2024/25:", "commitment"),
    ("Progress on the action plan:", None),
])
def test_lead_ins_of_service_plans(text, kind):
    assert header_kind(text) == kind


@pytest.mark.parametrize("text,kind", [
    ("Only 3,100 safe and well visits were completed against a target of 4,000, because partner referrals fell.", "challenge"),
    ("On-call appliance availability averaged 72%, still below the 85% target.", "challenge"),
    ("In the revisit of January 2025, HMICFRS found that the Service had made sufficient progress and both causes of "
     "concern were closed.", "achievement"),
    ("The inspectors identified two causes of concern.", "challenge"),
    ("Calls answered improved to 88%.", "achievement"),
    ("The average response time was 8 minutes 54 seconds, an improvement of 18 seconds on the previous year.", "achievement"),
    ("A new alcohol care team opened at Eastshire General Hospital in January 2024.", "achievement"),
])
def test_service_review_sentences(text, kind):
    rule = sentence_rule(text)
    assert (rule[0] if rule else None) == kind


REVIEW = """NORTHSHIRE FIRE AND RESCUE AUTHORITY

Community Risk Management Plan: Annual Review 2024/25

Meeting: Fire Authority, 12 June 2025

2. Key achievements in 2024/25

- 12,640 home fire safety visits were delivered, exceeding the target of 12,000.
- 88.2% of 999 calls were answered within 10 seconds, against the national target of 90%.

4. Areas for improvement

4.1 On-call appliance availability averaged 72%, still below the 85% target.
"""


def test_a_rate_short_of_its_target_is_a_challenge_under_any_header(nlp, tmp_path):  # noqa: F811
    found = {s.text: s for s in _statements_of_text(nlp, tmp_path, REVIEW)}
    assert found["12,640 home fire safety visits were delivered, exceeding the target of 12,000."].kind == "achievement"
    assert found["88.2% of 999 calls were answered within 10 seconds, against the national target of 90%."].kind == "challenge"
    assert found["On-call appliance availability averaged 72%, still below the 85% target."].kind == "challenge"


def test_a_target_that_is_a_named_benchmark_is_measurable(nlp, tmp_path):  # noqa: F811
    assert benchmark_target("Increase the uptake of NHS Health Checks to at least in line with the national average.") \
        == "national average"
    assert benchmark_target("Better engagement with staff.") is None
    text = "EASTSHIRE COUNTY COUNCIL\n\nHealth and Wellbeing Board - 18 September 2024\n\n5. Next steps\n\n" \
           "We will:\n\n- bring the rate of drug-related deaths at least in line with the national average;\n"
    item = next(s for s in _statements_of_text(nlp, tmp_path, text) if "drug-related" in s.text)
    assert item.kind == "commitment" and item.specificity.measurable
