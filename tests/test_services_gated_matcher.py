"""`service_ruler.GatedMatcher`: the ruler's token patterns run only where their words are, with the same spans."""

from miner.nlp.pipeline import load_pipeline
from miner.nlp.service_ruler import gate_words


def test_gate_words_are_the_required_spelled_out_tokens():
    pattern = [{"TEXT": {"REGEX": "^[A-Z][a-z]+$"}}, {"ORTH": "of", "OP": "?"},
               {"ORTH": {"IN": ["Team", "Service"]}}, {"LOWER": "hub", "OP": "*"}]
    assert gate_words(pattern) == (frozenset({"team", "service"}),)
    assert gate_words([{"TEXT": {"REGEX": "^A[1-9]\\d{0,3}$"}}]) == ()


def test_gated_spans_are_the_span_rulers():
    nlp = load_pipeline()
    rules = dict(nlp.pipeline)["miner_services"].rules
    for text in ["The Early Help and Preventative Services Team met the Kent Safeguarding Children Board.",
                 "Councillor Jane Smith asked about the A2 and the Youth Justice Service in Ashford.",
                 "no names here at all, only words in lower case."]:
        doc = nlp.make_doc(text)
        assert rules.gated(doc) == rules.ruler.match(doc)
    assert rules.gated(nlp.make_doc("The Early Help and Preventative Services Team met."))
