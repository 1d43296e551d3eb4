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
