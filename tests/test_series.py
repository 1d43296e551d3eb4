"""Metric series on real Medway figures.

The claims component is being built alongside; until it lands, these tests
make `Claim` records at the real offsets of figures in the seed papers (value,
indicator, as-of as a reader would set them) and check the series logic.
"""

from __future__ import annotations

import copy
import re

import pytest

from miner.evaluation import tracker as evaluation
from miner.model import Claim, Extraction, stable_id
from miner.series import as_of_key, build_series, compare, series_of

from conftest import processed


@pytest.fixture(scope="module")
def papers() -> dict[str, Extraction]:
    out = {}
    for ex in evaluation.seed_extractions():
        ex = copy.copy(ex)
        ex.claims = []
        out[ex.document.path.split("/")[-1][:3]] = ex
    return out


def claim(ex: Extraction, phrase: str, number: str, indicator: str, as_of: str, unit: str = "count", **kw) -> Claim:
    text = ex.document.text
    m = re.search(r"\s+".join(map(re.escape, phrase.split())), text)
    assert m, phrase
    start = text.index(number, m.start())
    c = Claim(id=stable_id(ex.document.id, start), document_id=ex.document.id, section_id=None, statement_id=None,
              text=text[m.start() : m.end()], start=start, end=start + len(number), value=float(number),
              unit=unit, indicator=indicator, as_of=as_of, **kw)
    ex.claims.append(c)
    return c


def test_series_ordered_by_as_of_not_meeting_date(papers):
    a, b, e = papers["000"], papers["003"], papers["001"]
    claim(e, "Plans from 370 in December 2018 to 438 at end of January 2020", "438", "child_protection_plans",
          "2020-01", from_value=370.0, to_value=438.0, direction="up")
    claim(a, "from 319 in December 2016 to 345 in December 2017", "345", "child_protection_plans", "2017-12",
          from_value=319.0, to_value=345.0, direction="up")
    claim(b, "On 31 March 2018, the 343 children", "343", "child_protection_plans", "2018-03-31")
    claim(b, "equates to a rate of 54 per 10,000", "54", "child_protection_plans", "2018-03-31", unit="per_10000")
    claim(b, "This is above the 43 per 10,000 for England", "43", "child_protection_plans", "2017-03", unit="per_10000")
    points = build_series([e, b, a])  # input order does not matter
    counts = series_of(points, "Medway Council", "child_protection_plans", "count")
    assert [(p.as_of, p.value) for p in counts] == [
        ("2016-12", 319), ("2017-12", 345), ("2018-03-31", 343), ("2018-12", 370), ("2020-01", 438)]
    assert [as_of_key(p.as_of) for p in counts] == sorted(as_of_key(p.as_of) for p in counts)
    rates = series_of(points, "Medway Council", "child_protection_plans", "per_10000")
    assert [p.value for p in rates] == [54]  # the England benchmark (43) is not Medway's figure
    assert counts[-1].document_id == e.document.id and counts[0].document_id == a.document.id


def test_same_figure_in_two_papers_is_one_point(papers):
    b = papers["003"]
    later = copy.copy(b)
    later.document = copy.copy(b.document)
    later.document.id, later.document.meeting_date = "republished", "2018-09-01"
    later.claims = []
    claim(b, "The number of open CIN has increased from 1776 at the end of 2016/17 to 1937", "1937",
          "children_in_need", "2017-18", from_value=1776.0, to_value=1937.0, direction="up")
    claim(later, "The number of open CIN has increased from 1776 at the end of 2016/17 to 1937", "1937",
          "children_in_need", "2017-18", from_value=1776.0, to_value=1937.0, direction="up")
    pts = series_of(build_series([later, b]), "Medway Council", "children_in_need")
    assert [(p.as_of, p.value) for p in pts] == [("2016-17", 1776), ("2017-18", 1937)]
    assert pts[1].sources == 2 and pts[1].document_id == b.document.id  # earliest paper cited


def test_compare_latest_per_authority(papers):
    # its own claims: under xdist the module's earlier tests may run in another worker
    a, e = copy.copy(papers["000"]), copy.copy(papers["001"])
    a.claims, e.claims = [], []
    claim(e, "Plans from 370 in December 2018 to 438 at end of January 2020", "438", "child_protection_plans",
          "2020-01", from_value=370.0, to_value=438.0, direction="up")
    claim(a, "from 319 in December 2016 to 345 in December 2017", "345", "child_protection_plans", "2017-12",
          from_value=319.0, to_value=345.0, direction="up")
    points = build_series([a, e])
    rows = compare(points, "child_protection_plans")
    medway = next(r for r in rows if r["authority"] == "Medway Council")
    assert medway["as_of"] == "2020-01" and medway["value"] == 438


def test_as_of_keys():
    assert as_of_key("2017-18") == "2018-03-31"
    assert as_of_key("2018-03") == "2018-03-31"
    assert as_of_key("December 2016") == "2016-12-31"
    assert as_of_key(None) is None
    assert as_of_key("2020-22") == "2022-12-31"  # a rolling three-year span (healthy life expectancy)
    assert as_of_key("2020-12") == "2020-12-31"  # a month, not a span


def test_earlier_figure_after_the_later_one_and_undated_rate_inherits_as_of(papers):
    a, e = copy.copy(papers["000"]), copy.copy(papers["001"])
    a.claims, e.claims = [], []
    # "... as at January 2018 was 1954, an increase from 1857 in January 2017."
    claim(a, "as at January 2018 was 1954", "1954", "ehcps", "2018-01", from_value=1857.0, to_value=1954.0)
    # "... is 434 in January 2020, compared to 425 December 2018. This is 68 per 10,000 ..."
    c434 = claim(e, "is 434 in January 2020", "434", "children_looked_after", "2020-01")
    c425 = claim(e, "compared to 425 December 2018", "425", "children_looked_after", "2018-12")
    c68 = claim(e, "This is 68 per 10,000", "68", "children_looked_after", None, unit="per_10000")
    for c in (c434, c425, c68):
        c.section_id = "4.9"
    points = build_series([a, e])
    assert [(p.as_of, p.value) for p in series_of(points, "Medway Council", "ehcps")] == [
        ("2017-01", 1857), ("2018-01", 1954)]
    rates = series_of(points, "Medway Council", "children_looked_after", "per_10000")
    assert [(p.as_of, p.value) for p in rates] == [("2020-01", 68)]  # the latest figure before it, not 425's


def test_rate_clause_makes_a_rate_and_denominator_is_no_figure(papers):
    b = copy.copy(papers["003"])
    b.claims = []
    # "At the end of 2017/18 there were 413 children looked after, and the rate (per 10,000) was 65."
    claim(b, "the rate (per 10,000) was 65", "65", "children_looked_after", "2017-18")
    denominator = Claim(id="d", document_id=b.document.id, section_id=None, statement_id=None, text="10,000",
                        start=b.document.text.index("10,000", b.document.text.index("the rate (per")), end=0,
                        value=10000.0, unit="count", indicator="children_looked_after", as_of="2017-18")
    denominator.end = denominator.start + 6
    b.claims.append(denominator)
    pts = series_of(build_series([b]), "Medway Council", "children_looked_after")
    assert [(p.value, p.unit) for p in pts] == [(65, "per_10000")]


def test_change_pair_dated_by_words_not_a_date(papers):
    b, e = copy.copy(papers["003"]), copy.copy(papers["001"])
    b.claims, e.claims = [], []
    # "In the last 12 months, ... CP plans from 313 to 343. ... On 31 March 2018, the 343 children subject to a
    # CP plan equates to a rate of 54 per 10,000. ... slightly below the 56 per 10,000 for our Statistical Neighbours."
    undated = claim(b, "plans from 313 to 343", "343", "child_protection_plans", None, from_value=313.0, to_value=343.0)
    dated = claim(b, "On 31 March 2018, the 343 children", "343", "child_protection_plans", "2018-03-31")
    neighbours = claim(b, "slightly below the 56 per 10,000", "56", "child_protection_plans", "2018-03-31",
                       unit="per_10000")
    for c in (undated, dated, neighbours):
        c.section_id = "3.7"
    # "This reduced average caseloads from 32.5 at the time of the inspection to an average of 18 at the end of
    # January 2020" -- the inspection the paper reports is July 2019's
    claim(e, "caseloads from 32.5 at the time of the inspection to an average of 18", "18", "caseloads", "2020-01",
          from_value=32.5, to_value=18.0)
    assert any(i.date == "2019-07" for i in e.inspections)
    points = build_series([b, e])
    counts = series_of(points, "Medway Council", "child_protection_plans", "count")
    assert [(p.as_of, p.value) for p in counts] == [("2017-03", 313), ("2018-03-31", 343)]
    assert series_of(points, "Medway Council", "child_protection_plans", "per_10000") == []  # neighbours' figure
    assert [(p.as_of, p.value) for p in series_of(points, "Medway Council", "caseloads")] == [
        ("2019-07", 32.5), ("2020-01", 18)]


def test_undated_earlier_value_without_words_that_date_it_is_no_point(papers):
    e = copy.copy(papers["001"])
    e.claims = []
    e.inspections = []  # no inspection to date "at the time of the inspection" by
    claim(e, "caseloads from 32.5 at the time of the inspection to an average of 18", "18", "caseloads", "2020-01",
          from_value=32.5, to_value=18.0)
    assert [(p.as_of, p.value) for p in series_of(build_series([e]), "Medway Council", "caseloads")] == [
        ("2020-01", 18)]


def test_the_size_of_a_change_is_no_point_of_the_series():
    """Real claims of the Medway 2020 report: "6% fewer permanent exclusions" and "a 12% decrease in
    the overall rate of fixed term exclusions" are changes, not levels of the indicator, so they are no
    points, while the paper's levels are."""
    ex = next(e for e in evaluation.seed_extractions() if e.document.path.endswith("001_fd1a3b6a4ff01199.txt"))
    text = ex.document.text
    changes = [c for c in ex.claims if c.indicator and re.match(r"\s*%?\s*(?:fewer|decrease)\b", text[c.end : c.end + 12])]
    assert changes  # the rule is exercised on real claims
    points = build_series([ex])
    assert not {c.id for c in changes} & {p.claim_id for p in points}
    assert {"children_looked_after", "child_protection_plans"} <= {p.indicator for p in points}


@pytest.fixture(scope="module")
def kent_performance() -> Extraction:
    return processed("QPR Q3 Cabinet appendix 1.pdf")


def test_parts_national_figures_and_plans_are_not_an_authoritys_latest_value(kent_performance):
    """Kent's quarterly performance report, read and extracted for real: a count given with its share
    ("980 (48.6%) were UASC") or as "50 out of 73" is a part of the whole, a sentence opening "In
    England," gives national figures; none is a point. `compare` takes an authority's latest figure
    from a time that had begun when its paper was written."""
    ex = kent_performance
    text = ex.document.text
    points = build_series([ex])
    by_claim = {c.id: c for c in ex.claims}
    for p in points:
        c = by_claim[p.claim_id]
        after, sentence = text[c.end : c.end + 12], re.split(r"(?<=[.!?])\s+", text[max(0, c.start - 300) : c.start])[-1]
        assert not re.match(r"\s*\(\s*[\d.]+\s*%\s*\)|\s+out of \d", after), text[c.start - 60 : c.end + 20]
        assert not sentence.lstrip().lower().startswith("in england"), text[c.start - 60 : c.end + 20]
    parts = [c for c in ex.claims if c.indicator and re.match(r"\s*\(\s*[\d.]+\s*%\s*\)", text[c.end : c.end + 12])]
    assert parts  # the rule is exercised
    latest = compare(points, "care_leavers")[0]
    assert latest["value"] >= max(p.value for p in points if p.indicator == "care_leavers" and p.unit == "count"
                                  and as_of_key(p.as_of) == as_of_key(latest["as_of"]))


def test_a_budget_plan_is_not_the_latest_value_while_an_outturn_exists():
    """Kent Cabinet minutes, read and extracted for real, give savings for this year and for years to
    come; `compare` gives the latest figure from a time that had begun at the meeting."""
    ex = processed("Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf")
    points = build_series([ex])
    meeting = ex.document.meeting_date
    a_year_on = f"{int(meeting[:4]) + 1}{meeting[4:10]}"
    planned = [p for p in points if as_of_key(p.as_of) > a_year_on]  # ends over a year after the meeting
    mixed = {p.indicator for p in planned} & {p.indicator for p in points if p not in planned}
    assert mixed  # next year's budget lines sit beside this year's figures ...
    for indicator in mixed:  # ... and are points of their series, but not the latest value
        assert compare(points, indicator)[0]["claim_id"] not in {p.claim_id for p in planned}


def test_a_count_of_events_is_no_level_of_a_stock_indicator():
    """Real Medway claims: "Nine fostering households were approved between January and December 2019"
    counts approvals, not the carers Medway has; "Six commenced university" counts starters, not care
    leavers. Neither is a point of its series; the same papers' levels still are."""
    exs = [e for e in evaluation.seed_extractions() if "Medway" in (e.document.authority or "")]
    flows = [(c, e) for e in exs for c in e.claims if c.indicator in ("foster_carers", "care_leavers")
             and re.match(r"\s+(?:\w+\s+){0,3}(?:were approved|commenced)\b", e.document.text[c.end : c.end + 40])]
    assert flows  # the rule is exercised on real claims
    points = build_series(exs)
    assert not {c.id for c, _ in flows} & {p.claim_id for p in points}
    assert {"children_looked_after", "child_protection_plans", "ehcps"} <= {p.indicator for p in points}


def test_a_fractional_or_negative_count_is_no_level(papers):
    """A count of children can be neither 95.4 nor -7: such a figure is another measure (a share, a
    table's £m) read under a count indicator, and is no point; a fractional caseload average still is."""
    e = copy.copy(papers["001"])
    e.claims = []
    claim(e, "Our children in care population has remained stable and is 434", "434", "children_looked_after", "2020-01")
    fraction = claim(e, "Our children in care population has remained stable and is 434", "434", "children_looked_after",
                     "2020-01")
    fraction.value = 95.4
    negative = claim(e, "Our children in care population has remained stable and is 434", "434", "child_protection_plans",
                     "2020-01")
    negative.value = -7.0
    average = claim(e, "reduced average caseloads from 32.5 at the time of the inspection to an average of 18", "18",
                    "caseloads", "2020-01")
    average.value = 18.5
    values = {(p.indicator, p.value) for p in build_series([e])}
    assert ("children_looked_after", 434) in values and ("caseloads", 18.5) in values
    assert ("children_looked_after", 95.4) not in values and ("child_protection_plans", -7.0) not in values


def test_a_rate_per_100000_is_a_rate_and_compares_per_10000(kent_performance):
    """Kent's quarterly report: "First-Time Entrants to the Youth Justice System per 100,000 in December
    was 175" is a rate per 100,000, not 175 young people; `compare` shows it per 10,000 beside the count."""
    points = [p for p in build_series([kent_performance]) if p.indicator == "first_time_entrants"]
    assert ("per_100000", 175) in {(p.unit, p.value) for p in points}
    assert ("count", 175) not in {(p.unit, p.value) for p in points}
    row = compare(points, "first_time_entrants")[0]
    assert row["per_10000"] == 17.5 and row["unit"] != "per_100000"


def test_a_bracketed_earlier_period_figure_is_no_point(kent_performance):
    """"... when compared to the end of the previous Quarter (10,854)": the bracketed figure is of an
    earlier quarter the sentence does not date, so it is no point of December's series."""
    ex = kent_performance
    text = ex.document.text
    earlier = [c for c in ex.claims if c.indicator and re.search(r"previous\s+quarter\s*\(\s*$", text[c.start - 40 : c.start], re.I)]
    assert earlier  # the rule is exercised on real claims
    assert not {c.id for c in earlier} & {p.claim_id for p in build_series([ex])}


def test_a_figure_since_a_month_is_a_movement_not_a_level():
    from miner.series_filters import not_a_level

    # written for this test
    text = "Total external debt was £746.67m, down by £25.22m since 31st March 2024, and £700m since 2019 in all."
    def money(figure: str) -> Claim:
        start = text.index(figure)
        return Claim(id=figure, document_id="d", section_id=None, statement_id=None, text=figure, start=start,
                     end=start + len(figure), value=1.0, unit="GBP", indicator="borrowing", as_of="2024-11")
    assert not_a_level(money("£25.22m"), text)
    assert not not_a_level(money("£746.67m"), text)


def test_a_promises_target_is_no_point_and_a_target_in_the_paragraph_before_is_no_benchmark():
    from miner.model import Document, Statement
    from miner.series_filters import not_a_level

    # written for this test
    text = ("Recruit 25 additional foster carers during 2022-23.\n\n"
            "92% of potholes were repaired within 24 hours (target 90%).\n\n2.3 Housing\nThere were 342 households "
            "in temporary accommodation at the end of March 2023.")
    doc = Document("d", "d.txt", "text", text, authority="Northshire Council", meeting_date="2023-06-01")
    promise = Statement("s1", "d", None, "2.1", "priority", text.split("\n")[0], 0, 51)
    at, at2 = text.index("25"), text.index("342")
    target = Claim("c1", "d", None, "s1", "25", at, at + 2, 25.0, "count", indicator="foster_carers", as_of="2022-23")
    level = Claim("c2", "d", None, None, "342", at2, at2 + 3, 342.0, "count", indicator="temporary_accommodation", as_of="2023-03")
    assert not not_a_level(level, text)  # "(target 90%)" belongs to the sentence before
    points = build_series([Extraction(doc, [], [promise], claims=[target, level])])
    assert [p.claim_id for p in points] == ["c2"]


def _tiny(text: str, *claims: tuple[str, float, str, dict]) -> Extraction:
    """A one-paragraph paper whose figures are claims at their first places."""
    from miner.model import Document

    doc = Document("d", "d.txt", "text", text, authority="Southvale City Council", meeting_date="2024-04-18")
    out, at = [], 0
    for i, (quote, value, unit, fields) in enumerate(claims):
        at = text.index(quote, at)
        out.append(Claim(f"c{i}", "d", "s", None, quote, at, at + len(quote), value, unit, **fields))
        at += len(quote)
    return Extraction(doc, [], [], claims=out)


def test_a_value_compared_a_year_earlier_is_dated_a_year_before():
    # written for this test: the earlier value is not as of the figure it is compared with
    text = "There were 342 households in temporary accommodation at the end of March 2024, compared with 310 a year earlier."
    ind = {"indicator": "temporary_accommodation"}
    ex = _tiny(text, ("342", 342.0, "count", {**ind, "as_of": "2024-03", "comparator": "previous", "comparator_value": 310.0}),
               ("310", 310.0, "count", ind))
    assert [(p.as_of, p.value) for p in build_series([ex])] == [("2023-03", 310.0), ("2024-03", 342.0)]
    # without words that date it, the earlier value is no point
    ex = _tiny(text.replace(" a year earlier", " before"),
               ("342", 342.0, "count", {**ind, "as_of": "2024-03", "comparator": "previous", "comparator_value": 310.0}),
               ("310", 310.0, "count", ind))
    assert [(p.as_of, p.value) for p in build_series([ex])] == [("2024-03", 342.0)]


def test_an_earlier_percentage_dated_after_the_later_value_and_a_rise_in_points():
    # written for this test
    text = "Currently 72% of care leavers are in suitable accommodation, up from 61% at the end of 2019/20."
    ex = _tiny(text, ("72%", 72.0, "%", {"indicator": "care_leavers_accommodation", "from_value": 61.0, "to_value": 72.0}))
    assert [(p.as_of, p.value) for p in build_series([ex])] == [("2019-20", 61.0)]
    text = "The proportion still at home 91 days after discharge rose 1 percentage point to 84% in Quarter 3."
    ex = _tiny(text, ("1 percentage point", 1.0, "pp", {"indicator": "reablement", "as_of": "2023-12"}),
               ("84%", 84.0, "%", {"indicator": "reablement", "as_of": "2023-12"}))
    assert [(p.as_of, p.value) for p in build_series([ex])] == [("2023-12", 84.0)]


def test_a_proposals_own_saving_is_no_point_of_the_councils_savings():
    # written for this test: a budget's savings proposal, and the year's total
    text = ("Closure of the Eastgate public toilets, saving £40,000. Charging for pre-application advice, to generate "
            "£60,000. Savings of £830,000 were approved for 2023/24.")
    ind = {"indicator": "savings", "as_of": "2023-24"}
    ex = _tiny(text, ("£40,000", 40000.0, "GBP", ind), ("£60,000", 60000.0, "GBP", ind), ("£830,000", 830000.0, "GBP", ind))
    assert [p.value for p in build_series([ex])] == [830000.0]
    # the claims rules file money a charge would raise under income: one proposal's, no level either
    inc = {"indicator": "income", "as_of": "2023-24"}
    ex = _tiny(text, ("£60,000", 60000.0, "GBP", inc))
    assert build_series([ex]) == []


def test_a_second_benchmark_a_target_or_change_cell_and_a_further_count_are_no_points():
    # written for this test: a public health report's benchmarks, a scorecard row, a community safety report
    text = ("Smoking prevalence in adults was 12.1% in 2022, compared with 12.7% in England and 13.4% in the East Midlands. "
            "MMR uptake at age 5 was 89.7% in 2022/23, below the 95% level needed for herd immunity.")
    ex = _tiny(text, ("12.1%", 12.1, "%", {"indicator": "smoking_prevalence", "as_of": "2022"}),
               ("12.7%", 12.7, "%", {"indicator": "smoking_prevalence", "as_of": "2022"}),
               ("13.4%", 13.4, "%", {"indicator": "smoking_prevalence", "as_of": "2022"}),
               ("89.7%", 89.7, "%", {"indicator": "immunisation_uptake", "as_of": "2022-23"}),
               ("95%", 95.0, "%", {"indicator": "immunisation_uptake", "as_of": "2022-23"}))
    assert sorted(p.value for p in build_series([ex])) == [12.1, 89.7]
    text = ("Measure | 2023/24 Actual | Target | 2022/23 Actual | Change\n"
            "Rent collected as % of rent due | 98.6% | 99.0% | 98.9% | -0.3%\n\n"
            "There were 9,214 ASB incidents reported to the police in 2023/24. A further 3,127 ASB cases were reported to the "
            "Council's ASB Unit.")
    rent = {"indicator": "rent_collection", "as_of": "2023-24"}
    ex = _tiny(text, ("98.6%", 98.6, "%", rent), ("99.0%", 99.0, "%", rent), ("-0.3%", -0.3, "%", rent),
               ("9,214", 9214.0, "count", {"indicator": "anti_social_behaviour", "as_of": "2023-24"}),
               ("3,127", 3127.0, "count", {"indicator": "anti_social_behaviour", "as_of": "2023-24"}))
    points = build_series([ex])
    assert 99.0 not in [p.value for p in points] and -0.3 not in [p.value for p in points]
    assert 3127.0 not in [p.value for p in points] and 9214.0 in [p.value for p in points]
    from miner.series_filters import _aim_or_change_cell

    cells = {c.value: _aim_or_change_cell(c, text) for c in ex.claims[:3]}
    assert cells == {98.6: False, 99.0: True, -0.3: True}


def test_a_benchmark_columns_cell_is_not_the_authoritys_level():
    # written for this test: a standards table with an England column; England's 61% is no point of the council's
    text = "Indicator | 2023 | 2024 | England 2024\nKS2 reading, writing and maths (%) | 56% | 58% | 61%"
    rwm = {"indicator": "attainment", "as_of": "2024"}
    ex = _tiny(text, ("56%", 56.0, "%", {"indicator": "attainment", "as_of": "2023"}), ("58%", 58.0, "%", rwm),
               ("61%", 61.0, "%", rwm))
    assert sorted(p.value for p in build_series([ex])) == [56.0, 58.0]
    assert compare(build_series([ex]), "attainment")[0]["value"] == 58.0


def test_a_collection_profile_is_no_level():
    # written for this test: a scorecard's collection rate against the month's profile
    text = "Council tax collection was 84.1% at the end of December against a profile of 84.5%."
    tax = {"indicator": "council_tax_collection", "as_of": "2023-12"}
    ex = _tiny(text, ("84.1%", 84.1, "%", tax), ("84.5%", 84.5, "%", tax))
    assert [p.value for p in build_series([ex])] == [84.1]


def test_a_share_a_group_accounted_for_is_a_part():
    # written for this test: an exclusions paragraph; 21% is Year 9's part of the suspensions, not their rate
    text = "There were 1,240 suspensions in 2023/24. Year 9 pupils accounted for 21% of suspensions."
    ex = _tiny(text, ("1,240", 1240.0, "count", {"indicator": "exclusions", "as_of": "2023-24"}),
               ("21%", 21.0, "%", {"indicator": "exclusions", "as_of": "2023-24"}))
    assert [p.value for p in build_series([ex])] == [1240.0]


def test_a_benchmark_in_a_sentence_of_its_own_is_no_level_and_a_rate_per_100_compares():
    # written for this test: the claims layer gives the figure before the benchmark's value as its comparator
    text = "18.2% of Year 6 children were obese in 2023/24. The North West average is 16.8."
    obese = {"indicator": "obesity_year6", "as_of": "2023-24"}
    ex = _tiny(text, ("18.2%", 18.2, "%", {**obese, "comparator": "regional", "comparator_value": 16.8}),
               ("16.8", 16.8, "%", obese))
    assert [p.value for p in build_series([ex])] == [18.2]
    # a rate per 100 is a rate: compared per 10,000
    text = "The suspension rate was 0.9 per 100 pupils in 2023/24."
    ex = _tiny(text, ("0.9", 0.9, "per_100", {"indicator": "exclusions", "as_of": "2023-24"}))
    assert compare(build_series([ex]), "exclusions")[0]["per_10000"] == 90.0


def test_the_size_of_a_change_in_any_unit_is_no_level():
    from miner.series_filters import not_a_level

    # written for this test: a highways outturn report and a school place planning paper; the change of a measure
    # in tonnes is in per cent, and a change restated in brackets is a change too
    text = ("Carbon emissions from street lighting reduced by 1,240 tonnes CO2e, a reduction of 52%. Street lighting "
            "emissions were 1,150 tonnes CO2e in 2024/25. EHCPs rose to 19,004, an increase of 477 (2.5%) since January 2023.")

    def claim(figure: str, unit: str, indicator: str) -> Claim:
        start = text.index(figure)
        return Claim(id=figure, document_id="d", section_id=None, statement_id=None, text=figure, start=start,
                     end=start + len(figure), value=1.0, unit=unit, indicator=indicator, as_of="2024-25")

    assert not_a_level(claim("52%", "%", "carbon_emissions"), text)
    assert not_a_level(claim("2.5%", "%", "ehcps"), text)
    assert not not_a_level(claim("1,150 tonnes", "tonnes", "carbon_emissions"), text)
    assert not not_a_level(claim("19,004", "count", "ehcps"), text)
