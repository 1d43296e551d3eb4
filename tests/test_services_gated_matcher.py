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


def test_gate_regexes_are_the_required_tokens_expressions():
    from miner.nlp.service_ruler import gate_regexes

    assert gate_regexes([{"TEXT": {"REGEX": "^FP[1-9]\\d{0,2}[A-Za-z]?$"}}]) == ("^FP[1-9]\\d{0,2}[A-Za-z]?$",)
    assert gate_regexes([{"TEXT": {"REGEX": "^[A-Z]"}, "OP": "?"}, {"LOWER": "team"}]) == ()


def test_gated_spans_are_the_span_rulers_on_real_minutes():
    # Stoke Ferry parish minutes (footpath "FP5", the A134) and a Kent decision record ("KCC"): each line as a unit
    from conftest import CORPUS

    nlp = load_pipeline()
    rules = dict(nlp.pipeline)["miner_services"].rules
    found = set()
    for name in ("parish/Stoke Ferry Parish Council minutes 2020-01-08.txt", "parish/Stoke Ferry Parish Council minutes 2020-11-11.txt",
                 "kent/Appendix 4 - 24-00093 Record of Decision.txt"):
        for line in (CORPUS / name).read_text(encoding="utf-8").split("\n"):
            doc = nlp.make_doc(line)
            spans = rules.gated(doc)
            assert spans == rules.ruler.match(doc), line
            found |= {span.text for span in spans}
    assert {"FP5", "A134", "KCC"} <= found
