"""The kind of a found statement (rules v46, statements round 45): a paragraph of prose under a priorities heading
("Looking Ahead to 2025", "Next steps") whose lead sentence no cue reads but whose main verb is a future with its own
subject says what will be done: a commitment, not one of the heading's priorities (`StatementFinder._prose_will`).
What is key to restoring something is a priority even when a deficit is the thing tackled (`priority` group,
patterns/statement_cues.json). The sentences are real, from tuned papers; the negatives are paragraphs whose "will"
sits in a relative clause, which stay priorities."""

import pytest

from conftest import in_paper, squash

from miner.nlp.statements import sentence_rule

ARMED_FORCES = "corpus/kent/Final Kent CC Armed Forces Covenant - Annual Report 2024.txt"
JHOSC = "corpus/kent/JHOSC ToR - report to full Council.txt"
MINERALS = "corpus/kent/Adoption of the Kent Minerals and Waste Local Plan 2024-2039.txt"
ICS = "corpus/kent/24-00115 - Adoption of Integrated Care Strategy delivery plan - Report.txt"
SEED_001 = "corpus/seeds/001_fd1a3b6a4ff01199.txt"
RESILIENCE = "corpus/kent/Appendix H - Assessment of FInancial Resilience.txt"


def _kinds(statements, quote):
    return {s.kind for s in statements if squash(quote) in squash(s.text)}


@pytest.mark.parametrize("file, quote", [
    # "3. Looking Ahead to 2025" / "3.4 Armed Forces Awareness Training will continue throughout 2025 ..."
    (ARMED_FORCES, "Armed Forces Awareness Training will continue throughout 2025 with a special for County "
                   "Councillors and their senior Officers"),
    # "6. Next steps" / "6.3. Where there are disagreements on the revisions, the clerks and Chairs will meet ..."
    (JHOSC, "Where there are disagreements on the revisions, the clerks and Chairs will meet to discuss and further "
            "proposals brought forwards."),
    # "Kent Minerals and Waste Local Plan 2024-39 - Next Steps" / "Following consideration by ... County Council will be asked to agree ..."
    (MINERALS, "County Council will be asked to agree that the Kent Minerals and Waste Local Plan 2024-39 be adopted"),
    # "Council Priorities for further Action" / "6.3 Monitoring and assurance around delivery will remain ..."
    (ICS, "Monitoring and assurance around delivery will remain within each directorates' agreed performance measures"),
])
def test_a_future_paragraph_under_a_priorities_heading_is_a_commitment(rules_of, file, quote):
    in_paper(file, quote)
    assert _kinds(rules_of(file), quote) == {"commitment"}


@pytest.mark.parametrize("file, quote", [
    # "6.2 Appendix B, outlines these priority areas and actions ... which will additionally impact on ..."
    (ICS, "Appendix B, outlines these priority areas and actions over the next one to three years which will "
          "additionally impact on health and wellbeing."),
    # "4.10.5 Implement our upgraded recording system, Mosaic, which will promote better information exchanges ..."
    (SEED_001, "Implement our upgraded recording system, Mosaic, which will promote better information exchanges"),
])
def test_a_will_in_a_relative_clause_leaves_the_priority(rules_of, file, quote):
    in_paper(file, quote)
    assert _kinds(rules_of(file), quote) == {"priority"}


def test_what_is_key_to_restoring_resilience_is_a_priority():
    text = in_paper(RESILIENCE, "As identified in Securing Kent's Future – Budget Recovery Strategy addressing these "
                                 "unsustainable growth increases that are leading to structural deficit are key to "
                                 "restoring financial resilience.")
    assert sentence_rule(text)[0] == "priority"


@pytest.mark.parametrize("text", [
    "The structural deficit is the key risk to restoring financial resilience.",
    "The financial position is critical and the deficit continues to grow.",
])
def test_a_deficit_stated_stays_a_challenge(text):
    assert sentence_rule(text)[0] == "challenge"
