"""`miner.nlp.literals`: the prefilter may skip only searches that would fail."""

import re

from miner.nlp import literals
from miner.nlp.statements import _sentence_literals, load_cues, sentence_rule


def test_required_words_of_a_cue():
    clauses = literals.required(re.compile(r"\bwe\s+(?:will|shall)\s+(?:continue|seek)\s+to\b", re.I))
    assert clauses is not None
    assert frozenset({"continue", "seek"}) in clauses


def test_optional_words_are_not_required():
    clauses = literals.required(re.compile(r"\b(?:the\s+council\s+)?will\s+deliver\b", re.I))
    assert all("council" not in s for clause in clauses for s in clause)
    assert not literals.may_match(clauses, literals.fold("The council has delivered it."))
    assert literals.may_match(clauses, literals.fold("We WILL DELIVER it."))


def test_an_alternative_without_words_leaves_the_pattern_unfiltered():
    assert literals.required(re.compile(r"(?:\d+%|per\s+cent)", re.I)) is None


def test_lookalike_letters_are_searched():
    # IGNORECASE matches the Kelvin sign to "k" and dotless i to "i": lowering the text would not show it
    p = re.compile(r"\bkeep\b", re.I)
    assert p.search("\u212aeep it")
    assert literals.may_match(literals.required(p), literals.fold("\u212aeep it"))


def test_sentence_cues_filtered_agree_with_every_search():
    sentences = ["We will deliver 200 new homes by March 2026.", "The Council is asked to note the report.",
                 "Demand for EHC needs assessments continues to rise.", "Officers have been asked to review the policy.",
                 "RESOLVED that the report be noted.", "Attendance rose to 94% in 2023/24 \u2013 a record.",
                 "Will the Cabinet Member meet residents?"]
    for text in sentences:
        folded = literals.fold(" ".join(text.split()))
        for (*_, patterns), needs in zip(load_cues().sentence, _sentence_literals()):
            for p, need in zip(patterns, needs):
                if p.search(text):
                    assert literals.may_match(need, folded), p.pattern
    assert sentence_rule("We will deliver 200 new homes by March 2026.") is not None
