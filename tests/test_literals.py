"""`miner.nlp.literals`: the prefilter may skip only searches that would fail."""

import re

from miner.nlp import literals
from miner.nlp.statements import _sentence_index, load_cues, sentence_rule


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
    index, firsts = _sentence_index()
    for text in sentences:
        possible = index.possible(" ".join(text.split()))
        for (*_, patterns), first in zip(load_cues().sentence, firsts):
            for i, p in enumerate(patterns):
                if p.search(text):
                    assert possible is None or first + i in possible, p.pattern
    assert sentence_rule("We will deliver 200 new homes by March 2026.") is not None


def _sentences(*names: str) -> list[str]:
    from conftest import CORPUS

    out = []
    for name in names:
        text = (CORPUS / name).read_text(encoding="utf-8")
        out += [s for s in re.split(r"(?<=[.!?:])\s+|\n", text) if s.strip()]
    return out


def test_index_lists_the_cues_each_test_leaves_on_real_papers():
    # Walsall 2018 (seed 002) and a Kent cabinet report: the index names exactly the cues `may_match` leaves to search
    index, _ = _sentence_index()
    for text in _sentences("seeds/002_ae80002c44bcfba2.txt", "kent/Cabinet Report 4 March 2025.txt"):
        text = " ".join(text.split())
        folded = literals.fold(text)
        assert index.possible(text) == frozenset(
            i for i, clauses in enumerate(index.clauses) if literals.may_match(clauses, folded))


def test_index_leaves_every_pattern_on_a_text_it_cannot_fold():
    index = literals.LiteralIndex([re.compile(r"\bkeep\b", re.I), re.compile(r"\d+%")])
    assert index.possible("\u212aeep it") is None
    assert index.possible("we will keep 5% back") == frozenset({0, 1})
    assert index.possible("nothing to see") == frozenset({1})


def _seed_sentences() -> list[str]:
    from pathlib import Path

    from miner.track_text import sentences

    out: list[str] = []
    for path in sorted((Path(__file__).resolve().parents[1] / "corpus" / "seeds").glob("*.txt")):
        out += [t for _, _, t in sentences(path.read_text(encoding="utf-8"))]
    return out


def test_tracker_cues_filtered_agree_with_every_search():
    """`has_cue` searches only the cues whose words a text holds: on the seeds' sentences it finds the
    same first cue as trying every cue of the group in order."""
    from miner.track_text import cues, has_cue

    texts = _seed_sentences()
    found = 0
    for group, patterns in cues().items():
        for text in texts:
            plain = next((m for rx in patterns if (m := rx.search(text))), None)
            got = has_cue(group, text)
            assert (got and (got.re.pattern, got.span())) == (plain and (plain.re.pattern, plain.span())), (group, text)
            found += plain is not None
    assert found > 100  # the seeds do hold cues: the comparison is not between two Nones


def test_themes_filtered_agree_with_every_search():
    from miner.track_text import theme_patterns, themes_of

    texts = _seed_sentences()
    for text in texts:
        hits = [(len(rx.findall(text)), i, tid) for i, (tid, rx) in enumerate(theme_patterns())]
        assert themes_of(text) == [tid for n, _, tid in sorted(hits, key=lambda h: (-h[0], h[1])) if n], text
    assert sum(bool(themes_of(t)) for t in texts) > 100
