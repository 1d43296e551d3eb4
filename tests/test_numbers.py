"""parse_quantity / find_quantities: the forms papers write numbers in, and properties on random text."""

import json
import math
from pathlib import Path

import pytest
from hypothesis import example, given, settings, strategies as st

from miner.nlp.numbers import Quantity, find_quantities, parse_quantity


@pytest.mark.parametrize(
    "text, value, unit, normalised",
    [
        ("£1.6m", 1.6, "GBP", 1_600_000),
        ("£900K", 900, "GBP", 900_000),
        ("£51,553,333", 51_553_333, "GBP", 51_553_333),
        ("£2.3 million", 2.3, "GBP", 2_300_000),
        ("£920m of government investment", 920, "GBP", 920_000_000),
        ("3.5pp", 3.5, "pp", 3.5),
        ("3.5 percentage points", 3.5, "pp", 3.5),
        ("45%", 45, "%", 45),
        ("45 per cent", 45, "%", 45),
        ("(11 pence)", 11, "GBP", 0.11),
        ("vacancy level said to be 1 in 10", 10, "%", 10),
        ("one in five consultees", 20, "%", 20),
        ("54 per 10,000", 54, "per_10000", 54),
        ("69 plans per 10,000 children", 69, "per_10000", 69),
        ("503 days", 503, "days", 503),
        ("20 weeks", 20, "weeks", 20),
        ("18 months", 18, "months", 18),
        ("2356", 2356, "count", 2356),
        ("Nine fostering households", 9, "count", 9),
        ("twenty-six", 26, "count", 26),
        ("a third", 33.33, "%", 33.33),
        ("2.5 times smaller", 2.5, "ratio", 2.5),
        ("twice as many potholes", 2, "ratio", 2),  # written for this test
    ],
)
def test_parse_quantity_examples(text, value, unit, normalised):
    q = parse_quantity(text)
    assert q is not None
    assert (q.value, q.unit) == (pytest.approx(value), unit)
    assert q.normalised == pytest.approx(normalised)


@pytest.mark.parametrize(
    "text, value, unit, normalised",
    [  # written for this test: a climate emergency progress report and a levelling-up monitoring return
        ("6,842 tCO2e in 2023/24", 6842, "tonnes", 6842),
        ("1,150 MWh of renewable electricity", 1150, "kWh", 1_150_000),
        ("420 kWp of solar PV", 420, "kW", 420),
        ("2,400 sq m of new commercial floorspace", 2400, "sq_m", 2400),
        ("0.8 hectares of improved public realm", 0.8, "sq_m", 8000),
    ],
)
def test_carbon_energy_power_and_area_have_their_units(text, value, unit, normalised):
    q = parse_quantity(text)
    assert (q.value, q.unit) == (pytest.approx(value), unit)
    assert q.normalised == pytest.approx(normalised)


@pytest.mark.parametrize(
    "text, normalised",
    [  # written for this test: a fire and rescue CRMP review, a police and a customer services report
        ("was 8 minutes 32 seconds", 8.5333),
        ("4 mins 12 secs", 4.2),
        ("down from 11 minutes", 11),
        ("answered in 42 seconds", 0.7),
        ("the average response time was 9:02", 9.0333),
        ("the average call waiting time was 7:40", 7.6667),
    ],
)
def test_response_and_waiting_times_are_minutes(text, normalised):
    q = parse_quantity(text)
    assert (q.unit, q.normalised, q.value) == ("minutes", pytest.approx(normalised), pytest.approx(normalised))


def test_a_clock_time_and_second_homes_are_no_minutes():
    assert all(q.quantity.unit != "minutes" for q in find_quantities("The meeting started at 10:30 and ended at 12:45."))
    assert parse_quantity("1,200 second homes") == Quantity(1200, "count", 1200)


def test_unit_letters_are_read_in_their_own_case_and_not_inside_a_word():
    # written for this test: "M2" is a motorway, "12 sq miles" a distance, "10 hats" a count
    assert find_quantities("the M2 motorway") == []
    assert [q.quantity.unit for q in find_quantities("12 sq miles, 10 hats, 5 mw")] == ["count", "count", "count"]


def test_twice_is_a_ratio_only_before_as_many():
    assert find_quantities("The committee meets twice a year.") == []  # written for this test: a frequency


def test_numbers_glued_to_letters_are_not_quantities():
    assert find_quantities("GCP2 and Q3 on the 18th") == []


def _measure_factors() -> dict[str, set[float]]:
    words = json.loads((Path(__file__).resolve().parents[1] / "miner" / "nlp" / "patterns" / "units.json")
                       .read_text(encoding="utf-8"))["measure_words"]
    out: dict[str, set[float]] = {}
    for unit, factor in words.values():
        out.setdefault(unit, set()).add(float(factor))
    return out


MEASURE_FACTORS = _measure_factors()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789£%.,mkKp -abcdefghijklmnopqrstuvwxyz")), max_size=60))
@example("1ha")  # a measure word with a factor: hypothesis found it on 1 Dec 2026
def test_find_quantities_never_crashes_and_is_consistent(text):
    for m in find_quantities(text):
        q = m.quantity
        assert 0 <= m.start <= m.number_start < m.number_end <= m.end <= len(text)
        signed = m.start > 0 and text[m.start - 1] in "-−"  # "-£124.5m", a negative cell "12.5 -20.7"
        assert math.isfinite(q.normalised) and (q.normalised >= 0 or signed)
        if q.unit == "GBP" and not text[m.start : m.end].lower().endswith("pence"):
            assert abs(q.normalised) >= abs(q.value)  # "11 pence" is £0.11
        elif q.unit in MEASURE_FACTORS:  # "1ha" is 10,000 sq m: the factor of a measure word in units.json
            assert any(q.normalised == pytest.approx(q.value * f) for f in MEASURE_FACTORS[q.unit])
        else:
            assert q.normalised == pytest.approx(q.value)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.sampled_from([("m", 1e6), ("K", 1e3), (" million", 1e6), ("bn", 1e9)]))
def test_money_multiplier_scales_value(n, mult):
    suffix, factor = mult
    q = parse_quantity(f"£{n}{suffix}")
    assert q.unit == "GBP" and q.normalised == pytest.approx(n * factor)


def test_counts_in_millions_need_a_word_or_a_counted_noun():
    assert parse_quantity("carried 18 million passengers").normalised == 18_000_000
    assert parse_quantity("circa 1.9m resident population").normalised == 1_900_000
    assert find_quantities("a wall 1.9m high") == []  # a length, not a count


def test_day_in_a_compound_noun_is_not_a_duration():
    assert [(q.quantity.value, q.quantity.unit) for q in find_quantities("44 out of 46 day care settings")] == [
        (44, "count"), (46, "count")]
    assert parse_quantity("135-day placements").unit == "count"
    assert parse_quantity("within 20 working days").unit == "days"


def test_half_is_a_fraction_only_where_it_counts_something():
    # Kent questions March 2025 and Cabinet minutes Jan 2025 (tuned)
    found = {t: [(t[q.start : q.end], q.quantity.unit, q.quantity.normalised) for q in find_quantities(t)]
             for t in ("With only half of EHC plans issued within 20 weeks", "exceeding half a million nationwide",
                       "in the first half of the year", "on behalf of the council", "the half term break")}
    assert found["With only half of EHC plans issued within 20 weeks"][0] == ("half", "%", 50)
    assert found["exceeding half a million nationwide"] == [("half a million", "count", 500000)]
    assert found["in the first half of the year"] == found["on behalf of the council"] == found["the half term break"] == []


def test_a_variance_keeps_its_minus_sign_but_a_dash_is_not_one():
    # Kent finance monitoring Q3 2024-25 (tuned gold) and Royal Sutton Coldfield grant minutes
    values = {t: [q.quantity.normalised for q in find_quantities(t)] for t in (
        "a rephasing variance of -£124.5m", "Education Department (-£9.9m)", "a net underspend of -\n£5m primarily",
        "New Hall -\n£2,500", "£2m-£3m", "Schools - £5m")}
    assert values["a rephasing variance of -£124.5m"] == [-124_500_000]
    assert values["Education Department (-£9.9m)"] == [-9_900_000]
    assert values["a net underspend of -\n£5m primarily"] == [-5_000_000]
    assert values["New Hall -\n£2,500"] == [2500]  # a list item "name - amount"
    assert values["£2m-£3m"] == [2_000_000, 3_000_000] and values["Schools - £5m"] == [5_000_000]


def test_a_rag_rating_between_a_number_and_its_unit_is_skipped():
    # Kent QPR appendix: the RAG column is printed between "20" and "weeks"
    (q,) = find_quantities("issued within 20\nRED\nweeks – rolling 12 month average")[:1]
    assert (q.quantity.value, q.quantity.unit) == (20, "weeks")
    (q,) = find_quantities("15 RED cases")
    assert q.quantity.unit == "count"  # a RAG word is only skipped before a unit
    assert find_quantities("4 red days")[0].quantity.unit == "count"  # only the upper-case rating


def test_a_share_is_one_percentage_unless_the_part_is_bigger_or_a_time_follows():
    assert [q.quantity.unit for q in find_quantities("6 in 3 schools")] == ["count", "count"]
    assert [q.quantity.unit for q in find_quantities("3 in 12 months")] == ["count", "months"]


def test_a_negative_cell_in_a_row_of_figures_keeps_its_sign_but_a_range_is_not_negative():
    assert [q.quantity.normalised for q in find_quantities("12,609.4 -20,766.2")] == [12609.4, -20766.2]
    assert [q.quantity.normalised for q in find_quantities("aged 0-25, 16 - 18 and 16 -19")] == [0, 25, 16, 18, 16, 19]


def test_a_heading_after_a_paragraph_number_is_not_the_counted_noun_of_a_rate():
    # written for this test: a waste performance report's numbered paragraph
    found = [(q.quantity.value, q.quantity.unit) for q in find_quantities("3.1 Missed bins per 100,000 collections were 42")]
    assert (3.1, "per_100000") not in found
    assert [q.quantity.unit for q in find_quantities("69 plans per 10,000 children")] == ["per_10000"]
