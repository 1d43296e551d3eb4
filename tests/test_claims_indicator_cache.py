"""`claim_indicator._candidates`: filtered once per (unit, value, words counted), as the loop over the taxonomy did."""

from miner.nlp.claim_indicator import _candidates, _fits_unit, _plausible, counts_fit, indicators, narrows


def test_candidates_are_the_taxonomy_filtered_in_order():
    for unit, value, fits in [("GBP", 312.5e6, None), ("%", 96.4, None), ("count", 31.0, "children"), ("count", None, None)]:
        expected = [i for i in indicators() if _fits_unit(i, unit) and _plausible(i, unit, value)
                    and (fits is None or counts_fit(i["id"], fits))]
        assert list(_candidates(unit, value, fits)) == expected


def test_narrows_reads_unknown_ids_as_no():
    some = indicators()[0]["id"]
    assert not narrows("no-such-indicator", some, "text")
    assert not narrows(some, some, "text")


def test_named_by_and_matches_in_agree_with_every_pattern_on_a_real_paper():
    # Somerset 2019 (seed 004): the literal index skips only patterns that find nothing
    import re

    from conftest import seed
    from miner.nlp.claim_indicator import _matches_in, _named_by

    text = seed("004").read_text(encoding="utf-8")
    for sentence in [s for s in re.split(r"(?<=[.!?])\s+|\n", text) if s.strip()]:
        expected = [(n, r) for n, ind in enumerate(indicators()) for r in ind["regex"] if r.search(sentence)]
        assert _named_by(sentence) == frozenset(n for n, _ in expected)
        assert [(n, r.pattern, [m.span() for m in ms]) for n, _, r, ms in _matches_in(sentence)] == [
            (n, r.pattern, [m.span() for m in r.finditer(sentence)]) for n, r in expected]


def test_plausible_for_all_is_every_indicators_bounds():
    from miner.nlp.claim_indicator import _plausible_for_all

    for unit, value in [("%", 96.4), ("%", 3.0), ("GBP", 312.5e6), ("count", 31.0), ("pp", -250.0)]:
        assert _plausible_for_all(unit, value) == all(_plausible(i, unit, value) for i in indicators())
    assert not _plausible_for_all("%", 96.4)  # 96.4% is no council tax rise (`indicator`'s docstring)
