"""What a promise the classifier alone found needs when it backs the rules (round 33): a report's priority
comes under a priorities heading, a promise or difficulty in a simple past tense without a modal is narration,
a text the classifier added once in a paper is not added again; consultees' shares are their words."""

import pytest
from test_statements import nlp  # noqa: F401  (a fixture)

from miner.nlp.statement_model import Candidate, kept_behind_rules
from miner.nlp.statements import StatementFinder, sentence_rule


def test_a_reports_priority_needs_a_priorities_heading_or_section():
    prose = Candidate("Keeping our children safe is one of the most important roles of the council.",
                      doc_kind="report", tags=("first_VBG", "root_VBZ"))
    assert not kept_behind_rules(prose, "priority")
    assert kept_behind_rules(Candidate(prose.text, header_kind="priority", doc_kind="report"), "priority")
    assert kept_behind_rules(Candidate(prose.text, section_kind="priorities", doc_kind="report"), "priority")
    assert kept_behind_rules(Candidate(prose.text, doc_kind="appendix"), "priority")  # a plan's table of aims
    assert kept_behind_rules(prose, "achievement")


def test_a_simple_past_without_a_modal_is_no_commitment_or_challenge():
    told = Candidate("The Clerk sent a letter to the owners of the trees.", doc_kind="minutes",
                     tags=("first_DT", "root_VBD", "subj_other"))
    assert not kept_behind_rules(told, "commitment")
    assert not kept_behind_rules(told, "challenge")
    assert kept_behind_rules(told, "achievement")
    reported = Candidate("The Cabinet Member said that a report would be brought to the next meeting.",
                         doc_kind="minutes", tags=("first_DT", "root_VBD", "md", "subj_org"))
    assert kept_behind_rules(reported, "commitment")  # reported speech promises with "would"
    assert kept_behind_rules(Candidate("We will publish the strategy.", tags=("first_PRP", "root_VB", "md")),
                             "commitment")


class _SaysCommitment:
    """A stand-in classifier: every sentence is a commitment, sure enough to pass any threshold."""

    features = ("marks", "words")
    method = "model:test@0"
    threshold = 0.3

    def predict(self, candidates):
        return [("commitment", 0.9) for _ in candidates]


def _units(nlp, document_id, texts):
    from miner.model import TextUnit

    docs, start = [], 0
    for i, text in enumerate(texts):
        d = nlp.make_doc(text)
        d._.miner_unit = TextUnit(document_id=document_id, section_id=f"s{i}", section_path=str(i + 1), role="body",
                                  kind="other", period=None, start=start, text=text, doc_kind="appendix")
        start += len(text) + 2
        docs.append(d)
    return list(nlp.pipe(docs))


def _added(finder, docs):
    out = []
    for d in finder.pipe(docs):
        out += [s._.miner_record for s in d.spans.get("miner_statements", []) if s._.miner_record is not None]
    return [s for s in out if s.method.startswith("model:")]


def test_a_text_the_classifier_added_is_not_added_again_in_the_same_paper(nlp):  # noqa: F811
    row = "Stay and play sessions for families with young children"
    finder = StatementFinder(mode="both", model=_SaysCommitment())
    first = _added(finder, _units(nlp, "paper-a", [row, "Baby massage classes at the library", row, row]))
    assert [s.text for s in first].count(row) == 1
    assert len(first) == 2
    again = _added(finder, _units(nlp, "paper-b", [row]))  # another paper: its own record
    assert [s.text for s in again] == [row]
    alone = _added(StatementFinder(mode="model", model=_SaysCommitment()), _units(nlp, "paper-c", [row, row]))
    assert len(alone) == 2  # the model alone is scored as it is, for the threshold's criterion


@pytest.mark.parametrize("text", [
    "12% also commented that the hub has a free accessible car park, and the alternatives do not.",
    "A further 8% said that the proposed building is too far to walk to.",
    "Of the responses received, 53% identified that they have children between the ages of 0 and 5.",
    "21% of respondents disagreed with the proposal to close the centre.",
])
def test_consultees_shares_are_their_words_not_the_councils(text):
    rule = sentence_rule(text)
    assert rule is not None and rule[0] is None


@pytest.mark.parametrize("text", [
    "We will reduce waiting times by 12% by March 2026.",
    "85% of children were seen within 10 days, against a target of 90%.",
])
def test_figures_that_are_not_consultees_shares_are_not_vetoed(text):
    rule = sentence_rule(text)
    assert rule is None or rule[0] is not None
