"""Component `miner_pos`: the base model's tag → POS rules, applied without a Matcher.

`en_core_web_sm` derives coarse POS from fine tags with an `attribute_ruler`
of ~180 single-token patterns (`{"TAG": "NN"}` → NOUN, `{"TAG": "PRP",
"LOWER": "it"}` → PRON...). Its Matcher tries every pattern on every token
and costs as much as the parser. The extractors read only POS and TAG, so
this component applies the same patterns, in the same order (a later pattern
wins, as in the ruler), indexed by tag: the patterns come from the loaded
ruler, nothing is copied by hand, and `tests/test_pipeline.py` checks the
result is identical on real papers. MORPH and LEMMA patterns are not applied
(nothing in miner reads them; the lemmatizer is excluded too).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Token

__all__ = ["make_pos_from_tags", "PosFromTags"]

APPLIED = ("POS", "TAG")
_TOKEN_ATTRS = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
}


def _test(value) -> callable:
    """One attribute's condition: a value, {"IN": [...]} or {"NOT_IN": [...]}."""
    if isinstance(value, dict):
        if set(value) == {"IN"}:
            allowed = frozenset(value["IN"])
            return lambda v: v in allowed
        if set(value) == {"NOT_IN"}:
            banned = frozenset(value["NOT_IN"])
            return lambda v: v not in banned
        raise ValueError(f"unsupported operator in {value!r}")
    return lambda v: v == value


def _token_test(spec: dict) -> callable:
    tests = []
    for key, value in spec.items():
        if key not in _TOKEN_ATTRS:
            raise ValueError(f"unsupported token attribute {key!r}")
        tests.append((_TOKEN_ATTRS[key], _test(value)))
    if len(tests) == 1:  # most rules test the tag alone: no generator per token
        (get, check), = tests
        return lambda tok: check(get(tok))
    if len(tests) == 2:  # the tag and a word, or a word and its dependency ({"LOWER": "it", "DEP": "nsubj"})
        (get1, check1), (get2, check2) = tests
        return lambda tok: check1(get1(tok)) and check2(get2(tok))
    return lambda tok: all(check(get(tok)) for get, check in tests)


class PosFromTags:
    """Rules in order; single-token rules that name the tag (`"NN"`, `{"IN": ["DT", "WDT"]}`)
    are looked up by the token's tag, the few others are tried on every token. A rule that tests
    the tag alone has nothing left to test once looked up by it (its test is None)."""

    def __init__(self, name: str, patterns: Iterable[dict]):
        self.name = name
        self.by_tag: dict[str, list[tuple[int, callable | None, dict]]] = {}
        self.general: list[tuple[int, list[callable], int, dict]] = []
        for order, rule in enumerate(patterns):
            attrs = {k: v for k, v in rule["attrs"].items() if k in APPLIED}
            if not attrs:
                continue
            for pattern in rule["patterns"]:
                tag = pattern[0].get("TAG") if len(pattern) == 1 else None
                tags = [tag] if isinstance(tag, str) else tag.get("IN") if isinstance(tag, dict) else None
                if tags:  # (the lookup by tag is the tag's test)
                    rest = {k: v for k, v in pattern[0].items() if k != "TAG"}
                    test = _token_test(rest) if rest else None
                    for each in tags:
                        self.by_tag.setdefault(each, []).append((order, test, attrs))
                else:
                    self.general.append((order, [_token_test(s) for s in pattern], rule.get("index", 0), attrs))

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        tokens = list(doc)  # `doc[i]` makes a new Token each time
        for i, token in enumerate(tokens):
            hits = [(order, attrs) for order, test, attrs in self.by_tag.get(token.tag_, ()) if test is None or test(token)]
            for order, tests, index, attrs in self.general:
                start = i - index
                if len(tests) == 1 and index == 0:  # one token, this one: no generator
                    if tests[0](token):
                        hits.append((order, attrs))
                elif 0 <= start and start + len(tests) <= n and all(
                    test(tokens[start + k]) for k, test in enumerate(tests)
                ):
                    hits.append((order, attrs))
            if len(hits) > 1:
                hits.sort(key=lambda hit: hit[0])
            for _order, attrs in hits:
                _apply(token, attrs)
        return doc


def _apply(token: Token, attrs: dict) -> None:
    if "TAG" in attrs:
        token.tag_ = attrs["TAG"]
    if "POS" in attrs:
        token.pos_ = attrs["POS"]


@Language.factory("miner_pos", assigns=["token.pos", "token.tag"], default_config={"patterns": []})
def make_pos_from_tags(nlp: Language, name: str, patterns: list[dict]) -> PosFromTags:
    """`patterns` are an `attribute_ruler`'s (`ruler.patterns`); see `pipeline.load_pipeline`."""
    return PosFromTags(name, patterns)
