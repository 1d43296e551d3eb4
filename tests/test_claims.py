"""Numeric claims on real seed paragraphs, through the spaCy component."""

from pathlib import Path

import pytest

from miner.model import TextUnit

SEEDS = Path(__file__).resolve().parents[1] / "corpus" / "seeds"


@pytest.fixture(scope="session")
def claims_nlp():
    from miner.nlp.pipeline import load_pipeline

    return load_pipeline(("miner_claims", "miner_inspections"))


def paragraph(seed: str, starts: str) -> str:
    text = (SEEDS / seed).read_text(encoding="utf-8")
    for para in text.split("\n"):
        if para.strip().lstrip("- ").startswith(starts):
            return para
    raise AssertionError(f"no line {starts!r} in {seed}")


def run(nlp, text: str, start: int = 1000, period: str | None = None):
    doc = nlp.make_doc(text)
    doc._.miner_unit = TextUnit("d", "s", "x", "paragraph", "other", period, start, text)
    return [s._.miner_record for s in nlp(doc).spans["miner_claims"]]


def test_change_pair_is_one_claim_on_the_newer_value(claims_nlp):
    text = paragraph("000_6cef1de8068e4e1d.txt", "4.3 The number of children subject")
    claims = run(claims_nlp, text)
    by_text = {c.text: c for c in claims}
    cpp = by_text["345"]
    assert (cpp.from_value, cpp.to_value, cpp.direction) == (319, 345, "up")
    assert cpp.as_of == "2017-12" and cpp.indicator == "child_protection_plans"
    assert "319" not in by_text and "396" not in by_text  # the older side is not a claim of its own
    rate = by_text["54 plans per 10,000"]
    assert (rate.unit, rate.comparator, rate.comparator_value) == ("per_10000", "statistical_neighbours", 56)
    assert by_text["413"].indicator == "children_looked_after"
    assert text[by_text["345"].start - 1000 : by_text["345"].end - 1000] == "345"  # absolute offsets


def test_caseload_change_reads_direction_down(claims_nlp):
    text = paragraph("001_fd1a3b6a4ff01199.txt", "2.8.2 Increasing the establishment")
    (claim,) = run(claims_nlp, text)
    assert (claim.value, claim.from_value, claim.direction, claim.as_of) == (18, 32.5, "down", "2020-01")
    assert claim.indicator == "caseloads"


def test_paragraph_numbers_dates_ages_and_acts_are_not_claims(claims_nlp):
    text = paragraph("001_fd1a3b6a4ff01199.txt", "6.1 The Integrated 0-25 Disability Team")
    text += "\n" + paragraph("001_fd1a3b6a4ff01199.txt", "1.2 The Statutory Guidance")
    text += "\n" + paragraph("001_fd1a3b6a4ff01199.txt", "4.2 Children's Services were inspected")
    assert run(claims_nlp, text) == []


def test_money_claims_normalise_and_get_a_budget_indicator(claims_nlp):
    text = paragraph("000_6cef1de8068e4e1d.txt", "(iii) The Council has recently completed a consultation")
    (claim,) = [c for c in run(claims_nlp, text, period="2017-18") if c.unit == "GBP"]
    assert claim.value == 900_000 and claim.as_of == "2017-18"


@pytest.mark.slow
def test_small_scale_evaluation_floor():
    """Floors a little under the measured scores (annotations/README.md, "Claims"), so they can fail.

    Tuned = seeds 000, 002, 004, 24-00096, the Kent Cabinet (30 Jan 2025) and Council (9 Jan 2025) minutes,
    the devolution report, the March 2025 questions, samples of the QPR appendix, finance monitoring, family hub
    consultation, budget amendments, budget risk register and budget book, the Kent Cabinet agenda frontsheet and
    the Sutton Coldfield grant minutes' prose; held-out = seeds 001, 003,
    `Cabinet QPR Q3 Cover`, 24-00109, CPP Minutes. The tuned as-of floor is 0.94 since claims round 28 added four
    Kent papers whose tables of family hub figures under a lead-in two rows above are not dated (all tuned 0.947; the
    older papers' 0.955 unchanged).
    """
    from miner.evaluation.claims import main

    result = main(["--split", "all"])
    tuned, heldout = result["tuned"], result["heldout"]
    assert tuned["f1"] >= 0.96 and tuned["indicator_acc"] >= 0.9 and tuned["as_of_acc"] >= 0.94
    assert tuned["comparator_acc"] >= 0.95 and tuned["inspections_recall"] >= 0.85
    assert heldout["f1"] >= 0.87
    assert heldout["indicator_acc"] >= 0.78 and heldout["as_of_acc"] >= 0.78
    assert heldout["inspections_recall"] >= 0.8 and heldout["judgement_acc"] == 1.0


def test_as_of_skips_the_date_of_an_older_value_and_reads_short_years(claims_nlp):
    # Somerset 2019, 3.5 and 4.1 (tuned seed 004)
    text = ("Attainment at Key stage 2 in Reading, Writing and Maths at or above expected level was 24% in 2018, "
            "an increase from 19% in 2017 and at Key stage 4, 3 out of 38 young people achieved a standard pass, "
            "an increase of 2% from 6% in 2017.")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert by_text["2%"].as_of == "2018"
    text = "71.8% of children achieved a good level of development in 17/18, up 0.8% from 16/17."
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert by_text["71.8%"].as_of == "2017-18" and by_text["71.8%"].indicator == "good_level_of_development"


def test_frequencies_and_labels_are_not_claims(claims_nlp):
    text = "Team 8 provide a crisis service seven days a week and 4 nights each week for 16+ young people."
    assert [c.text for c in run(claims_nlp, text)] == []


PDFS = SEEDS.parent / "pdf"


@pytest.fixture(scope="session")
def cabinet_minutes() -> str:
    from miner.readers import read_document

    return read_document(str(PDFS / "Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf")).text


def passage(text: str, start: str, end: str) -> str:
    i = text.index(start)
    return text[i : text.index(end, i) + len(end)]


def test_vote_tallies_are_not_claims(claims_nlp):
    from miner.readers import read_document

    text = read_document(str(PDFS / "Printed minutes 09th-Jan-2025 10.00 County Council.pdf")).text
    votes = passage(text, "For (14)", "Amendment lost.")
    assert "Against (45)" in votes
    assert run(claims_nlp, votes) == []


def test_budget_monitoring_minutes_read_money_kinds_and_council_tax(claims_nlp, cabinet_minutes):
    # Kent Cabinet minutes 30 Jan 2025 (tuned): the kind of money named anywhere in the sentence wins over "budget"
    text = passage(cabinet_minutes, "The current estimated capital program spend", "£124 million of rephasing.")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert by_text["£160.4 million"].indicator == "capital_budget"
    assert by_text["£12.9 million"].indicator == "underspend" and by_text["£124 million"].indicator == "underspend"
    text = passage(cabinet_minutes, "To address the shortfall", "bringing in £47.3 million.")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert (by_text["2.99%"].indicator, by_text["2.99%"].direction) == ("council_tax", "up")


def test_ranges_counts_in_millions_and_change_to_a_later_year(claims_nlp, cabinet_minutes):
    text = passage(cabinet_minutes, "These changes could increase staff costs", "11 percent")
    (claim,) = run(claims_nlp, text)  # the lower bound of "10 to 11 percent" is not a claim of its own
    assert (claim.value, claim.unit, claim.direction) == (11, "%", "up")
    text = passage(cabinet_minutes, "which carried 18 million", "annually.")
    assert [c.value for c in run(claims_nlp, text)] == [18_000_000]
    text = passage(cabinet_minutes, "For\ncontext, the number of births", "by 2023.")
    (claim,) = run(claims_nlp, text)
    assert (claim.value, claim.from_value, claim.direction, claim.as_of) == (15_000, 18_000, "down", "2023")


def test_comparator_previous_from_words_after_the_number(claims_nlp, cabinet_minutes):
    text = passage(cabinet_minutes, "with 22,866\nyoung people voting", "the previous year.")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert (by_text["3,000"].comparator, by_text["3,000"].direction) == ("previous", "up")
    text = "The number was 546 in January 2019 compared to 523 in December 2017."
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert (by_text["546"].comparator, by_text["546"].comparator_value, by_text["546"].direction) == ("previous", 523, "up")


def test_benchmark_named_in_words_and_shares_of_a_population(claims_nlp):
    text = paragraph("000_6cef1de8068e4e1d.txt", "(ii) I am pleased to repo")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert by_text["503 days"].comparator == "national" and by_text["503 days"].comparator_value is None
    text = "Against a national average of 50% of EHCPs being completed in 20 weeks, last month, we delivered 90%."
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert by_text["50%"].comparator is None and by_text["90%"].comparator_value == 50
    text = "100% of LAC have a SMART Health Care Plan."
    assert [c.indicator for c in run(claims_nlp, text)] == [None]  # a rate of something the taxonomy lacks


def test_kpi_definitions_and_comparisons_with_a_past_quarter(claims_nlp):
    # Kent quarterly performance report (QPR appendix, read for precision only): windows, rate bases and age bands
    text = ("Proportion of older people (65+) who were still at home after discharge, and 553 older people "
            "(65 and over) per 100,000 admitted; % of emergency highway incidents attended within 2 hours; "
            "waste not taken to landfill – rolling 12 months.")
    assert [c.text for c in run(claims_nlp, text)] == ["553"]
    text = "Visitors to the Archive Search Room decreased by 9% compared to Quarter 3, 2023/24 due to the closure."
    (claim,) = run(claims_nlp, text)
    assert (claim.comparator, claim.direction, claim.as_of) == ("previous", "down", None)


def test_contents_page_numbers_are_not_claims(claims_nlp):
    text = "Contents\n1 | Introduction and Headlines ..........................4\n2 | Recommendations ...............5\n"
    assert run(claims_nlp, text) == []


def test_a_fraction_restated_in_brackets_is_one_claim(claims_nlp):
    text = "A fifth of consultees answering (20%) do not currently use services. The gap has reduced by a quarter."
    assert [c.text for c in run(claims_nlp, text)] == ["20%", "a quarter"]


def test_names_legislation_years_and_percentage_ranges(claims_nlp):
    # Sutton Coldfield minutes 2018 (not held out for claims; output read for precision only)
    text = ("The building was actually in the Four Oaks ward. Falcon Lodge has child poverty levels of 40%-50%. "
            "The Committee resolves in accordance with its powers under sections 137 of the LGA 1972.")
    assert [(c.text, c.value) for c in run(claims_nlp, text)] == [("50%", 50)]


def test_compares_to_an_earlier_figure(claims_nlp):
    text = "There were 345 children on a child protection plan, which compares to 319 in December 2016."
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert (by_text["345"].comparator, by_text["345"].comparator_value, by_text["345"].as_of) == ("previous", 319, None)
    assert by_text["319"].as_of == "2016-12"


def test_both_ends_of_an_age_range_are_not_claims(claims_nlp):
    text = "The service supports young people aged 18 to 25 with disabilities; 920 young adults are open to the team."
    assert [c.text for c in run(claims_nlp, text)] == ["920"]


def test_a_count_after_a_numbered_label_and_a_comma(claims_nlp):
    # Somerset 2019 (tuned): "Key stage 4, 3 out of 38" is not the label list "Levels 2, 3"
    text = "At Key stage 4, 3 out of 38 young people achieved a standard pass."
    assert [c.text for c in run(claims_nlp, text)] == ["3", "38"]


def test_benchmark_named_right_after_its_figure(claims_nlp):
    # Kent Commissioning Plan 2025-29 (tuned), 2.x
    text = ("Whereas 40.4% of Kent children and young people with EHCPs are educated in a special school "
            "(including independent schools) compared to 32.1% nationally.")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert (by_text["40.4%"].comparator, by_text["40.4%"].comparator_value) == ("national", 32.1)


def test_a_level_takes_the_benchmark_and_its_change_takes_previous(claims_nlp):
    # Somerset 2019 (tuned), early years
    text = ("71.8% of children achieved a good level of development in 17/18, up 0.8% from 16/17, "
            "above the national average which stands at 71.5%.")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert (by_text["71.8%"].comparator, by_text["71.8%"].comparator_value) == ("national", 71.5)
    assert (by_text["0.8%"].comparator, by_text["0.8%"].direction) == ("previous", "up")


def test_change_pair_then_benchmark(claims_nlp):
    # Somerset 2019 (tuned), early years take-up
    text = ("The proportion of 3&4 year olds taking up an early years place in 2018 was 96%, up from 95% in 2017, "
            "and above the national rate (England) of 94%.")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    c = by_text["96%"]
    assert (c.from_value, c.direction, c.comparator, c.comparator_value, c.as_of) == (95, "up", "national", 94, "2018")
    assert "95%" not in by_text


def test_targeted_is_not_a_target(claims_nlp):
    # Walsall 2018 (tuned)
    text = ("this was made up of 1474 children from 860 families receiving targeted Early Help Services, "
            "105 young people in the Youth Justice Service")
    assert [c.comparator for c in run(claims_nlp, text)] == [None, None, None]


def test_in_england_as_a_place_is_not_a_benchmark(claims_nlp):
    # Kent questions March 2025 (tuned)
    text = ("to take the performance from its legacy position in the bottom 10% of local authorities in England "
            "to the top 20% of local authorities in England.")
    assert [c.comparator for c in run(claims_nlp, text)] == [None, None]
    text = "Medway's rate was 50 per 10,000 compared with 44 per 10,000 in England."
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert (by_text["50 per 10,000"].comparator, by_text["50 per 10,000"].comparator_value) == ("national", 44)


def test_money_named_by_what_it_is_of(claims_nlp, cabinet_minutes):
    text = passage(cabinet_minutes, "Despite this, the council\nfaced significant pressures", "2025-2026")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert by_text["£60 million"].indicator == "savings"  # not "pressures" before it


def test_while_contrasts_measures_unless_a_benchmark_follows(claims_nlp):
    text = "Medway's rate was 50 per 10,000, while the rate in England was 44 per 10,000."
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert (by_text["50 per 10,000"].comparator, by_text["50 per 10,000"].comparator_value) == ("national", 44)
    text = "Children in need rose to 1,954 while child protection plans in the region fell to 345."
    assert [c.comparator for c in run(claims_nlp, text)] == [None, None]


FINANCE = "24-00108 - Finance Monitoring Report - Q3 - November 2024-25.pdf"
BUDGET_BOOK = "Appendix E - 2025-26 Budget by Directorate.pdf"


@pytest.fixture(scope="module")
def finance_extractions():
    from miner.extract import extract
    from miner.ingest import prepare

    out = {}
    for name in (FINANCE, BUDGET_BOOK):
        document, sections = prepare(SEEDS.parent / "pdf" / name)
        out[name] = (document, extract(document, sections))
    return out


def test_table_figures_under_a_money_caption_are_money(finance_extractions):
    """'All figures in £m' above 'Adult Social Care & Health / 586.1 621.6 / +35.4 +6.0%' (Kent, 2024-25)."""
    document, ex = finance_extractions[FINANCE]
    caption = document.text.index("All figures in £m")
    row = document.text.index("586.1 621.6", caption)
    by_start = {c.start: c for c in ex.claims}
    budget = by_start[row]
    assert (budget.unit, budget.value) == ("GBP", pytest.approx(586_100_000))
    pct = [c for c in ex.claims if row < c.start < row + 40 and c.text.startswith("6.0")]
    assert pct and pct[0].unit == "%" and pct[0].value == pytest.approx(6.0)
    prose = [c for c in ex.claims if c.unit == "GBP" and "£" in c.text]
    assert prose  # amounts written with £ keep their own multiplier


def test_a_thousands_column_head_scales_figures_and_is_not_itself_a_claim(finance_extractions):
    document, ex = finance_extractions[BUDGET_BOOK]
    assert not [c for c in ex.claims if c.text.startswith("£000")]
    head = document.text.index("£000s")
    first = document.text.index("0.0 1,429,506.8", head) + len("0.0 ")  # a row of the table
    claim = next(c for c in ex.claims if c.start == first)
    assert (claim.unit, claim.value) == ("GBP", pytest.approx(1_429_506_800))


def test_a_month_without_its_year_takes_the_year_from_the_period_or_meeting(claims_nlp):
    # Somerset 2019 (tuned), 3.2: the paragraph gives "December" without a year
    text = paragraph("004_4330630ba5c986a6.txt", "Improvement is already seen")
    (claim,) = [c for c in run(claims_nlp, text, period="2018-19") if c.text == "64%"]
    assert claim.as_of == "2018-12"  # a financial year runs April to March
    doc = claims_nlp.make_doc(text)
    doc._.miner_unit = TextUnit("d", "s", "x", "paragraph", "other", None, 0, text, meeting_date="2019-03-12")
    (claim,) = [s._.miner_record for s in claims_nlp(doc).spans["miner_claims"] if s.text == "64%"]
    assert claim.as_of == "2018-12"  # the last December before the meeting
    assert [c.as_of for c in run(claims_nlp, text) if c.text == "64%"] == [None]  # no year to be had


def test_the_whole_and_a_subgroup_take_no_indicator(claims_nlp):
    # Walsall 2018 and Medway 2018 (tuned)
    text = ("Early years provision is strong with 42 of the 48 schools judged good or better. "
            "There are 40 children with a plan for adoption, 37 of whom are being helped towards adoption.")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert by_text["42"].indicator == "school_ofsted_good" and by_text["48"].indicator is None
    assert by_text["37"].indicator is None


def test_a_share_does_not_take_the_population_counted_in_the_sentence_before(claims_nlp):
    # Kent Commissioning Plan 2025-29 (tuned), section 2
    text = ("The number of EHCPs have increased each year since 2010. In Kent 34.8% of children and young people "
            "(34% in 2023) are educated in mainstream schools, whilst the national figure is 43.1%.")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert by_text["34.8%"].indicator is None and by_text["43.1%"].indicator is None
    text = "Kent maintains more EHCPs than ever. There were 19,000 in January 2024, an increase of 477 (2.5%) since January 2023."
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert by_text["2.5%"].indicator == "ehcps"  # a bracketed restatement of a count's change


def test_a_time_window_and_the_size_of_a_ranking_are_not_claims(claims_nlp):
    # Kent County Council minutes Jan 2025 and Somerset 2019 (tuned)
    text = ("The programme would be made in the space of just 25 days. "
            "West Somerset was 324th out of 324 council areas in the social mobility index.")
    assert run(claims_nlp, text) == []


def test_ages_after_over_or_post_and_category_labels_are_not_claims(claims_nlp):
    # Kent budget amendments Feb 2025 (unscored; its rule output was read for precision only)
    text = ("Increase the minimum rate to £12.21 per hour for employees aged over 21. "
            "Scale back charging increases in post 16 SEN transport. "
            "Customer demand including Cat 1 and Cat 2 defects rose.")
    assert [c.text for c in run(claims_nlp, text)] == ["£12.21"]
    # written for this test, after a fire authority's annual review: people over an age are an age group
    text = ("74% of visits were to households over 65 or referred by partners. "
            "People over 80 are most at risk, and over 500 people attended.")
    assert [c.text for c in run(claims_nlp, text)] == ["74%", "500"]


def test_list_items_of_a_name_and_a_figure_take_the_lead_in(claims_nlp, cabinet_minutes):
    # Kent Cabinet minutes Jan 2025 (tuned): "council tax increases ... Particular reference was made to:"
    start = cabinet_minutes.index("noting significant council tax increases")
    text = cabinet_minutes[start - 40 : cabinet_minutes.index("Slough 8%") + len("Slough 8%")]
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert {by_text[t].direction for t in ("25%", "15%", "8%")} == {"up"}
    assert by_text["8%"].indicator == "council_tax"


def test_a_sentence_naming_its_own_measure_does_not_take_the_one_before(claims_nlp):
    # Walsall 2018 (tuned): the sentence before is about settings judged good or outstanding
    text = paragraph("002_ae80002c44bcfba2.txt", "Our performance at Early Years is strong")
    start = text.index("The percentage of eligible 2 year olds")
    by_text = {c.text: c for c in run(claims_nlp, text[start - 120 :])}
    assert by_text["70.5%"].indicator is None
    text = ("The Somerset rate of Children Looked After remains low. However, there has been an increase in the number "
            "of children coming into our care, (546 in January 2019 compared to 523 in December 2017).")
    assert {c.text: c.indicator for c in run(claims_nlp, text)}["546"] == "children_looked_after"  # names only who


def test_a_later_date_past_and_is_another_clauses(claims_nlp):
    # Somerset 2019 (tuned), 3.3 Permanent exclusions
    text = paragraph("004_4330630ba5c986a6.txt", "Providing full time education")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert by_text["120"].as_of == "2017-18"
    assert by_text["68%"].as_of is None  # not "the start of the Academic year 2018/19" after "and"


def test_a_level_takes_the_direction_of_its_change_after_a_comma(claims_nlp):
    # Kent questions March 2025 and Somerset 2019 (tuned)
    text = ("KCC currently monitors 4,798 pupils who are receiving education outside the school system, "
            "26% up on the same point last year.")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert (by_text["4,798"].direction, by_text["4,798"].comparator) == ("up", "previous")
    text = ("71.8% of children achieved a good level of development in 17/18, up 0.8% from 16/17, "
            "above the national average which stands at 71.5%.")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert by_text["71.8%"].direction == "up" and by_text["71.8%"].comparator == "national"


def test_periods_waiting_thresholds_and_n_time_compounds_are_not_claims(claims_nlp):
    # Kent QPR Q3 appendix 1 (unscored; its rule output was read for precision only)
    text = ("The 12 months to December 2024 saw a 6% decrease in calls. Annual EHCP reviews waiting over 12 months "
            "is ahead of target. The delegates enjoyed a keynote from 4-time Olympian Donna Fraser.")
    assert [c.text for c in run(claims_nlp, text)] == ["6%"]


def test_the_quarter_an_article_and_vague_amounts_are_not_claims(claims_nlp):
    # Kent QPR Q3 appendix 1 (unscored; its rule output was read for precision only)
    text = ("Applications continued in Quarter 3 with a total of 26 being received in the three months. "
            "Subject Access requests, made under Art 15 of the General Data Protection Regulation, rose. "
            "Sessions have a focus on one or two main topics each time.")
    assert [c.text for c in run(claims_nlp, text)] == ["26"]


def test_money_allocated_to_a_service_is_budget_not_a_grant(claims_nlp, cabinet_minutes):
    # Kent Cabinet minutes Jan 2025 (tuned)
    text = passage(cabinet_minutes, "The budget for the next financial year", "Adult Social Care.")
    by_text = {c.text.replace("\n", " "): c for c in run(claims_nlp, text)}
    assert by_text["£80 million"].indicator == "budget" and by_text["£150 million"].indicator == "budget"
    text = "The Department for Education allocated £2.1m to the council for holiday activities."
    assert [c.indicator for c in run(claims_nlp, text)] == ["grant_funding"]


def test_claim_cue_groups_are_documented_data_and_drive_the_rules():
    """Every cue group says why and gives an example; a cue word in the data changes what is kept."""
    from miner.nlp.claim_cues import claim_cues
    from miner.nlp.claim_filter import masked_spans, not_a_claim
    from miner.nlp.numbers import find_quantities

    cues = claim_cues()
    groups = {k: v for k, v in cues.items() if not k.startswith("_") and k != "version"}
    assert len(groups) >= 10
    for name, group in groups.items():
        assert group["_comment"] and group["example"], name
        assert group.get("alternatives") or group.get("words"), name
    # "Junction 7" is a label because "junctions?" is in label_before; "7 junctions" is a count
    for text, label in (("Traffic at Junction 7 was heavy.", "label"), ("We rebuilt 7 junctions.", None)):
        (q,) = find_quantities(text)
        assert not_a_claim(text, q, masked_spans(text)) == label


@pytest.fixture(scope="module")
def qpr_claims():
    """Claims of the Kent quarterly performance report appendix, read through the real pipeline."""
    from miner.extract import extract
    from miner.ingest import prepare

    document, sections = prepare(PDFS / "QPR Q3 Cabinet appendix 1.pdf")
    claims = extract(document, sections).claims
    return document.text, claims


def claim_at(text: str, claims, context: str, quote: str):
    at = text.index(context) + context.index(quote)
    (found,) = [c for c in claims if c.start <= at < c.end]
    return found


def test_a_kpi_box_takes_its_title_and_its_target(qpr_claims):
    """'Percentage of case holding posts filled by permanent qualified social / AMBER / workers' is a unit
    of its own; the box 'Latest: 75.2% / Target: 85%, Floor 75% Previous: 74.7% (Red)' follows it."""
    text, claims = qpr_claims
    box = "Latest: 75.2%\nTarget: 85%, Floor 75% Previous: 74.7% (Red)"
    latest = claim_at(text, claims, box, "75.2%")
    assert (latest.indicator, latest.comparator, latest.comparator_value) == ("permanent_social_workers", "target", 85)
    floor = claim_at(text, claims, box, "75%")
    assert floor.indicator == "permanent_social_workers" and floor.comparator is None
    # a title that names the population excluded last still names the measure first
    box = "Latest: 73.2%\nTarget: 85%, Floor: 75% Previous: 72.7% (Red)"
    assert claim_at(text, claims, box, "73.2%").indicator == "in_house_foster_placements"


def test_the_previous_quarters_value_in_brackets(qpr_claims):
    text, claims = qpr_claims
    ctx = "an 8.3%\nincrease when compared to the previous Quarter (5,869) and 10.8% higher than\nQuarter 3 last year (5,735)"
    change = claim_at(text, claims, ctx, "8.3%")
    assert (change.comparator, change.comparator_value, change.direction) == ("previous", 5869, "up")
    older = claim_at(text, claims, ctx, "5,735")
    assert (older.unit, older.comparator, older.as_of) == ("count", None, None)  # a count, not a % like the change
    level = claim_at(text, claims, "There were 6,357 referrals", "6,357")
    assert (level.comparator, level.comparator_value, level.direction) == ("previous", 5869, "up")
    # the previous quarter's figure measures what the figure it is compared with measures, not the words nearest it
    older = claim_at(text, claims, "the end of the previous Quarter (10,854)", "10,854")
    assert older.indicator == claim_at(text, claims, "was 11,165", "11,165").indicator == "open_cases"
    # "decreased by 80 to 475": the change and the level it reached, not a range
    ctx = "decreased by\n80 to 475"
    assert claim_at(text, claims, ctx, "80").direction == claim_at(text, claims, ctx, "475").direction == "down"


def test_a_rate_per_10000_and_its_benchmarks_date(qpr_claims):
    text, claims = qpr_claims
    ctx = "was 32.9, which remains below the last published rate for\nEngland of 41.6 (31st March 2024)"
    rate, england = claim_at(text, claims, ctx, "32.9"), claim_at(text, claims, ctx, "41.6")
    assert (rate.unit, rate.comparator, rate.comparator_value, rate.as_of) == ("per_10000", "national", 41.6, None)
    assert (england.unit, england.as_of) == ("per_10000", "2024-03-31")


def test_a_box_unit_with_prose_and_a_gap_to_its_target(qpr_claims):
    """'Latest: 35% ... Previous: 34% (Green)' shares its unit with the next title; the figures still take the
    title printed before ('Percentage of annual EHCP reviews waiting over 12 months'), not the EHCP population."""
    text, claims = qpr_claims
    box = "Latest: 35%\nTarget: 50%, Floor: 60% Previous: 34% (Green)"
    assert {claim_at(text, claims, box, q).indicator for q in ("35%", "50%", "60%")} == {"ehcp_annual_reviews"}
    # children's EHCP reviews are not adults' care and support reviews (`reviews_timeliness`, the box before)
    assert claim_at(text, claims, "Latest: 59.1%\nTarget: 65%", "59.1%").indicator == "reviews_timeliness"
    ctx = "is 35%, fifteen\npercentage points better than the target of 50%"
    level, target = claim_at(text, claims, ctx, "35%"), claim_at(text, claims, ctx, "50%")
    assert (level.comparator, level.comparator_value, target.unit) == ("target", 50, "%")
    # figures in brackets "(50 out of 73)" are not list numerals; "six times annually" is a frequency
    assert claim_at(text, claims, "(50 out of 73)", "73").value == 73
    at = text.index("(six times annually)")
    assert not [c for c in claims if c.start <= at + 1 < c.end]


QPR_APPENDIX = "QPR Q3 Cabinet appendix 1.pdf"
COMMISSIONING = "24-00096 - Commissioning Plan for Education Provision in Kent 2025-29 - Report.pdf"


@pytest.fixture(scope="module")
def qpr_appendix_text() -> str:
    from miner.readers import read_document

    return read_document(str(PDFS / QPR_APPENDIX)).text


def test_seasons_and_a_month_before_a_percentage_date_a_figure(claims_nlp, qpr_appendix_text):
    # Kent QPR appendix 1 (tuned): "figures for Autumn 2023 were 79%"; "In the single month of December 68%"
    text = passage(qpr_appendix_text, "This is a decrease in FF2 claims", "were 79%.")
    assert [c.as_of for c in run(claims_nlp, text) if c.text == "79%"] == ["2023"]
    text = passage(qpr_appendix_text, "In the single month of December", "which would have met target.")
    by_text = {c.text: c for c in run(claims_nlp, text, period="2024-25")}
    assert by_text["68%"].as_of == "2024-12" and by_text["50"].as_of == "2024-12"


def test_number_words_in_names_rag_words_and_hyphenated_ranges(claims_nlp, qpr_appendix_text):
    text = passage(qpr_appendix_text, "The take-up of Free for Two (FF2)", "2,762 children being funded.")
    assert "Two" not in [c.text for c in run(claims_nlp, text)]  # the name of a scheme
    assert "68%" in [c.text for c in run(claims_nlp, text)]
    text = passage(qpr_appendix_text, "issued within 20\nRED\nweeks", "weeks")
    assert run(claims_nlp, text) == []  # a RAG column between "20" and "weeks": a time window
    text = passage(qpr_appendix_text, "KCC has between 35-40", "fostering beds")
    assert [(c.text, c.value) for c in run(claims_nlp, text)] == [("40", 40)]  # the upper end is the claim


def test_table_cells_take_the_year_of_their_column(claims_nlp):
    # Kent commissioning plan (tuned): headers "2025-26 ... 2029-32" then cells split over several units
    from miner.extract import extract
    from miner.ingest import prepare

    document, sections = prepare(PDFS / COMMISSIONING)
    claims = extract(document, sections).claims
    table = document.text.index("Secondary School Commissioning Intentions")
    cells = [c for c in claims if table < c.start < document.text.index("A total of 38FE", table)]
    assert [(c.value, c.as_of) for c in cells if "Year 7" in document.text[c.start : c.start + 12]] == [
        (150, "2025-26"), (180, "2026-27"), (210, "2027-28"), (165, "2028-29"), (105, "2029-32")]
    fe = [c.as_of for c in cells if document.text[c.end : c.end + 2] == "FE"]
    assert fe == ["2025-26", "2026-27", "2027-28", "2028-29", "2029-32", None]  # "4FE" is under "Post 2032"


def test_a_band_named_by_its_position_is_not_a_figure(claims_nlp):
    # Somerset 2019 (tuned): "... received in the low to mid 90%, with 87% of Children Looked After ..."
    text = next(p for p in (SEEDS / "004_4330630ba5c986a6.txt").read_text(encoding="utf-8").split("\n") if "low to mid 90%" in p)
    texts = [c.text for c in run(claims_nlp, text)]
    assert "87%" in texts
    assert not [t for t in texts if t.startswith("90")]


def test_a_figure_wrapped_onto_a_new_line_inside_brackets_is_not_a_list_numeral(claims_nlp, qpr_appendix_text):
    # Kent QPR appendix 1 (tuned): "(813 out of\n2,421)"; but "(1) Endorse ..." stays a numeral
    text = passage(qpr_appendix_text, "Based on the rolling 12-month average to December 2024", "2,421).")
    assert {"813", "2,421"} <= {c.text for c in run(claims_nlp, text)}
    assert run(claims_nlp, "County Council is asked to:\n\n(1) Endorse the ongoing work\n(2) Note the report") == []


BUDGET_AMENDMENTS = "Budget Amendments 13th-Feb-2025 09.30 County Council.pdf"
CONSULTATION = "Appendix 6 - Commissioned Family Hub Contracts Consultation Report.pdf"


@pytest.fixture(scope="module")
def budget_amendments_text() -> str:
    from miner.readers import read_document

    return read_document(str(PDFS / BUDGET_AMENDMENTS)).text


@pytest.fixture(scope="module")
def consultation_text() -> str:
    from miner.readers import read_document

    return read_document(str(PDFS / CONSULTATION)).text


def test_pay_rates_in_pounds_and_pence_and_a_pay_award_by_a_percentage(claims_nlp, budget_amendments_text):
    # Kent budget amendments 2025 (tuned): "to £12.71 per hour (5% increase) ... (11 pence) ... by 5%"
    text = passage(budget_amendments_text, "Increase the minimum rate for grade KSA", "to KSF by 5%.")
    claims = run(claims_nlp, text)
    assert [(c.text, c.value, c.unit) for c in claims] == [
        ("£12.71", 12.71, "GBP"), ("5%", 5, "%"), ("11 pence", 0.11, "GBP"), ("£12.21", 12.21, "GBP"), ("5%", 5, "%")]
    assert {c.indicator for c in claims} == {"pay_rate"}
    assert claims[-1].direction == "up"  # "Increase all points within grades KSB to KSF by 5%": the verb is far before "by"


def test_a_motion_to_reduce_one_amount_to_another_is_a_change_pair(claims_nlp, budget_amendments_text):
    # "Reduce the £12m waste reserve to £11m": one claim on £11m; fly-tipping incidents counted in 2022-23
    text = passage(budget_amendments_text, "Fly tipping in Kent was reported", "fund these ANPR Cameras.")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert "£12m" not in by_text
    reserve = by_text["£11m"]
    assert (reserve.from_value, reserve.to_value, reserve.direction, reserve.indicator) == (12e6, 11e6, "down", "reserves")
    assert (by_text["10%"].indicator, by_text["10%"].direction) == ("fly_tipping", "up")
    assert (by_text["27,000"].indicator, by_text["27,000"].as_of) == ("fly_tipping", "2022-23")


def test_a_numbered_scope_of_works_is_a_label(claims_nlp, budget_amendments_text):
    text = passage(budget_amendments_text, "Proposed Purpose:\nThis amendment seeks to reduce the amount of capital allocated to the Strategic Estate Programme and allocate to the\nHighways", "House.")
    assert "Scope 2" in text
    found = [c.text for c in run(claims_nlp, text)]
    assert "£5.6m" in found and "2" not in found


def test_consultation_totals_take_their_indicator_but_not_the_rows_of_a_profile_table(claims_nlp, consultation_text):
    # Kent family hub consultation report 2024 (tuned)
    text = passage(consultation_text, "672 consultees chose to answer questions regarding", "about both Family Hubs.")
    assert [(c.value, c.indicator) for c in run(claims_nlp, text)] == [
        (672, "consultation_responses"), (433, "consultation_responses"), (99, "consultation_responses")]
    from miner.nlp.pipeline import lines_as_sentences

    table = passage(consultation_text, "RESPONDING AS", "83 8%")
    doc = claims_nlp.make_doc(table)
    doc._.miner_unit = TextUnit("d", "s", "x", "paragraph", "other", None, 0, table, tabular=True)
    rows = [s._.miner_record for s in claims_nlp(lines_as_sentences(doc)).spans["miner_claims"]]
    assert [c.value for c in rows if c.unit == "count"] == [887, 25, 3, 18, 83]
    assert {c.indicator for c in rows} == {None}  # the header "Number of consultees answering" names a breakdown


def test_parents_raising_their_children_is_not_a_rise(claims_nlp, consultation_text):
    text = passage(consultation_text, "o Seashells offers key support", "raising their children (17%)")
    (claim,) = run(claims_nlp, text)
    assert (claim.value, claim.direction) == (17, None)


@pytest.fixture(scope="module")
def risk_register():
    """Claims of the Kent budget risk register (tuned), read through the real pipeline."""
    from miner.extract import extract
    from miner.ingest import prepare

    document, sections = prepare(PDFS / "Appendix I Budget Risk Register 22.01.25.pdf")
    return document.text, extract(document, sections).claims


def test_risk_scores_are_not_claims_and_exposures_are_money_in_the_unit_of_the_head(risk_register):
    # head "Current Likelihood (1-5) ... Estimated Annual Financial Exposure £m", rows "4 165.0", "3 23.3"
    text, claims = risk_register
    row = text.index("4 165.0")
    assert [c for c in claims if c.start == row] == []  # the likelihood score
    exposure = claim_at(text, claims, "4 165.0", "165.0")
    assert (exposure.value, exposure.unit, exposure.indicator, exposure.as_of) == (165e6, "GBP", "risk_exposure", None)
    assert claim_at(text, claims, "3 23.3", "23.3").value == 23.3e6


def test_a_category_threshold_a_sensitivity_step_and_a_span_of_years_are_not_claims(risk_register):
    text, claims = risk_register
    found = {text[c.start : c.end] for c in claims}
    heading = text.index("Significant Risks (over £10m)")
    assert not [c for c in claims if heading <= c.start < heading + 30]  # "(over £10m)" draws the line
    step = text.index("Each 1% is")
    assert not [c for c in claims if step <= c.start < step + 10] and "£14m" in found
    assert not [c for c in claims if text[c.start : c.end] == "2050"]  # "Net Zero 2030 and 2050"
    share = claim_at(text, claims, "said to be 1 in 10", "1 in 10")
    assert (share.value, share.unit) == (10, "%")


def test_call_times_and_a_period_column_head_are_not_claims(claims_nlp, qpr_appendix_text):
    # Kent QPR appendix 1 (tuned, outside its annotated sample)
    text = passage(qpr_appendix_text, "Average call handling time at 6", "4 seconds.")
    # a call time is a figure in minutes (claims round 18), and the aim it is compared with its target
    handling = run(claims_nlp, text)[0]
    assert (handling.value, handling.unit, handling.comparator) == (pytest.approx(6.4333), "minutes", "target")
    head = passage(qpr_appendix_text, "12 mths to\n12 mths to", "Highways and Transportation\n2,902\n2,355\n642 422")
    assert [c.text for c in run(claims_nlp, head)][:2] == ["2,902", "2,355"]  # not the "12" of the heads


def test_people_in_attendance_at_a_session_is_not_school_attendance(claims_nlp, qpr_appendix_text):
    text = passage(qpr_appendix_text, "A total of Two\nsessions", "people in attendance")
    assert {c.indicator for c in run(claims_nlp, text)} == {None}


def test_a_profile_table_read_as_prose_keeps_its_total_apart_from_its_rows(claims_nlp, consultation_text):
    # a table read with its head as one sentence: only the figure the words "consultees took part" stand by is the total
    text = passage(consultation_text, "1,016 consultees took part", "left blank\n83 8%")
    claims = run(claims_nlp, text)
    assert (claims[0].value, claims[0].indicator) == (1016, "consultation_responses")
    assert [c.value for c in claims if c.unit == "count"][1:] == [887, 25, 3, 18, 83]
    assert {c.indicator for c in claims[1:]} == {None}


def test_distances_are_not_claims(claims_nlp, consultation_text):
    text = passage(consultation_text, "in Leysdown, 9 miles", "away")
    assert run(claims_nlp, text) == []


def test_money_table_cells_take_a_money_indicator_and_keep_a_negative_sign(finance_extractions):
    # Kent budget book 2025-26 (tuned): the "TOTAL SPENDING" row under "£000s" column heads
    document, extraction = finance_extractions[BUDGET_BOOK]
    row = document.text.index("TOTAL SPENDING\n")
    cells = [c for c in extraction.claims if row < c.start < document.text.index("SAVINGS, INCOME & GRANT", row)]
    assert len(cells) == 17 and {(c.unit, c.indicator) for c in cells} == {("GBP", "budget")}
    assert cells[0].value == 151_171_300 and -14_832_600 in [c.value for c in cells]


def test_a_count_of_another_thing_does_not_take_the_topics_indicator(claims_nlp):
    # Somerset 2019 (tuned seed 004) and Walsall 2018 (tuned seed 002): what a count counts must be
    # something its indicator counts (indicators.json "counts")
    by_text = {c.text: c for c in run(claims_nlp, paragraph("004_4330630ba5c986a6.txt", "Since the launch of the Adoption"))}
    assert by_text["255"].indicator is None  # applications to a fund, not children adopted
    text = paragraph("004_4330630ba5c986a6.txt", "The In-Care Council has worked well")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert "Annual Achievements Awards" in text and by_text["2"].indicator is None  # awards events
    text = paragraph("002_ae80002c44bcfba2.txt", "The Children's Services Directorate is responsible")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert by_text["105"].indicator is None  # young people in the youth justice service: not children in need
    assert by_text["2721"].indicator == "children_in_need" and by_text["430"].indicator == "child_protection_plans"
    # a part of a whole of another thing; a count of people at an event
    text = ("Performance in relation to two of the three scorecard indicators has improved. In 2017/18 31 children "
            "were adopted. The celebration event was a success with over 200 people attending.")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert by_text["two"].indicator is None and by_text["200"].indicator is None
    assert by_text["31"].indicator == "children_adopted"
    # a share's indicator counts its own people too: schools are not pupils attending
    text = "Attendance improved in 2024, with 319 primary schools and 78 secondary schools above 95% attendance."
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert by_text["78"].indicator is None and by_text["95%"].indicator == "school_attendance"
    text = "Integrated Children's Services – Two of the eight indicators met target, with first-time entrants at 175."
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert by_text["Two"].indicator is None and by_text["175"].indicator == "first_time_entrants"


def test_a_count_still_at_a_stage_takes_no_indicator_and_word_ages(claims_nlp):
    # Somerset 2019 (tuned seed 004): "31 children were adopted with another 31 children placed for adoption"
    text = paragraph("004_4330630ba5c986a6.txt", "Recruitment of adopters improved")
    inds = [c.indicator for c in run(claims_nlp, text) if c.text == "31"]
    assert inds == ["children_adopted", None]
    text = "Nine fostering households were approved in 2019, with a further five in assessment. Children aged five to eleven attend."
    by_text = {c.text: c for c in run(claims_nlp, text)}
    # (households approved in a year are a flow, foster_carer_approvals, not the number of carers)
    assert by_text["Nine"].indicator == "foster_carer_approvals" and by_text["five"].indicator is None
    assert "eleven" not in by_text  # the upper end of an age range written in words


def test_table_cells_without_a_date_take_the_period_of_the_table_caption_or_paper_title(finance_extractions):
    # Kent budget book (tuned): "APPENDIX E - 2025-26 Proposed Budget by Directorate", then rows of £000s cells
    document, ex = finance_extractions[BUDGET_BOOK]
    row = document.text.index("TOTAL SPENDING\n") + len("TOTAL SPENDING\n")
    cell = next(c for c in ex.claims if c.start == row)
    assert cell.text == "151,171.3" and cell.as_of == "2025-26"
    from miner.nlp.claim_as_of import caption_period

    assert caption_period("Reserve balances as at 31 March 2024") == "2024-03-31"
    assert caption_period("Cabinet 30 January 2025") is None  # a meeting's date dates no table
    assert caption_period("Commissioning Plan for Education Provision in Kent 2025-29") is None  # a plan of years


def test_a_tables_footnote_does_not_end_its_money_caption(finance_extractions):
    # Kent budget book (tuned): a 32-word note under a "*" row ("the prior year savings rolled forward ...")
    # sits between the '£000s' head and the RESERVES rows, which are still £000s
    document, ex = finance_extractions[BUDGET_BOOK]
    note = document.text.index("the prior year savings rolled forward")
    row = document.text.index("TOTAL RESERVES\n", note) + len("TOTAL RESERVES\n")
    cell = next(c for c in ex.claims if c.start == row)
    assert cell.text == "12,609.4" and (cell.unit, cell.value) == ("GBP", pytest.approx(12_609_400))


def test_a_line_drawing_a_group_after_its_share_is_not_a_claim(claims_nlp):
    # Somerset 2019 (tuned seed 004)
    text = "Currently 10% of Children Looked After have attendance below 90% and as such could be classed as persistently absent."
    assert [c.text for c in run(claims_nlp, text)] == ["10%"]
    assert [c.text for c in run(claims_nlp, "Attendance fell below 90% in the spring term.")] == ["90%"]


def test_meeting_attendance_and_a_frequency_with_a_modifier_are_not_claims(claims_nlp):
    # Sutton Coldfield community grant minutes, March 2018 (tuned sample)
    text = ("Public Gallery: There were 4 members of the public present and no press representation. "
            "Autism West Midlands is proposing that instead of two\nadvice sessions a month there would be one. "
            "Two park locations have been put forward for consideration.")
    assert [c.text for c in run(claims_nlp, text)] == ["Two"]
    assert [c.text for c in run(claims_nlp, "There were 4 new referrals a month.")] == ["4"]


def test_list_items_take_the_date_of_their_lead_in(claims_nlp):
    from miner.nlp.claim_as_of import lead_in_date

    # Kent budget amendments 2025 (tuned): the date nearest the list, outside brackets
    lead = ("Agree provision for Kent Scheme pay sufficient to fund the transition to the new pay points\nunder the pay "
            "strategy agreed by full Council in May 2024 and the following uplifts to be\napplied from April 2025 "
            "(consistent with the principles underpinning the pay strategy agreed\nin May 2024):")
    assert lead_in_date(lead) == "2025-04"
    # Somerset 2019 (tuned): how long someone has been in post dates no item
    assert lead_in_date("The Strategic Commissioner has been in post since February 2018 and the focus has been "
                        "across a number of areas as outlined below:") is None
    text = lead + "\nIncrease all points within grades KSB to KSF by 5%."
    assert [(c.text, c.as_of) for c in run(claims_nlp, text)] == [("5%", "2025-04")]


def test_a_category_drawn_by_a_threshold_without_brackets(claims_nlp):
    # Kent finance monitoring 2024 and Walsall 2018 (tuned)
    text = ("Variances over £0.5m are reported by Directorate in this section. The service introduced CCTV in vehicles "
            "over 16 seats. The overspend is £2.1m.")
    assert [c.text for c in run(claims_nlp, text)] == ["£2.1m"]


def test_a_figure_alone_under_a_row_label_is_a_cell_not_a_list_numeral(claims_nlp):
    # Kent family hub consultation report (tuned): a two-column table read line by line
    text = ("The number of document downloads from the website are show in the table below:\n\nDocument name\n"
            "Downloads / views\n\nConsultation document\n632\n\nSeashells Consultation Questionnaire -\n9\nEasy read version")
    assert [c.text for c in run(claims_nlp, text)] == ["632", "9"]
    # a row's number after a row of figures (the unit ends there; "201 CORE" opens the next) stays a numeral
    text = "199 TOTAL SERVICE STRATEGIES & IMPROVEMENTS\n2,136.2\n236.5 -3,995.2\n200"
    assert "200" not in [c.text for c in run(claims_nlp, text)]


@pytest.mark.parametrize("sentence, quote, indicator, unit", [
    # council-wide measures as performance reports word them (written for this test, no paper's words)
    ("The council collected 96.4% of council tax due in 2022/23.", "96.4%", "council_tax_collection", "%"),
    ("The council planned to raise council tax by 2.99%.", "2.99%", "council_tax", "%"),
    ("Sickness absence averaged 9.8 days per full-time equivalent employee.", "9.8 days", "sickness_absence", "days"),
    ("Persistent absence from school fell to 18%.", "18%", "persistent_absence", "%"),
    ("There were 1,450 households in temporary accommodation at 31 March 2023.", "1,450", "temporary_accommodation", "count"),
    ("We delivered 312 new affordable homes in 2022/23.", "312", "affordable_homes", "count"),
    ("The number of people sleeping rough fell from 27 to 14.", "14", "rough_sleepers", "count"),
    ("The household recycling rate was 44.2% in 2021/22.", "44.2%", "recycling_rate", "%"),
    ("Permanent admissions to care homes were 512 per 100,000 population.", "512 per 100,000", "care_home_admissions", "per_100000"),
    ("Freedom of Information requests answered within 20 working days rose to 91%.", "91%", "information_requests", "%"),
    ("Three-quarters of residents said they were satisfied with the way the council runs things.", "Three-quarters", "resident_satisfaction", "%"),
    # service areas the corpus lacks (written for this test): planning, transport, public health, community
    # safety, economy, libraries and leisure, adult social care waiting lists, housing management, treasury
    ("92% of major planning applications were determined within 13 weeks in the year.", "92%", "planning_timeliness_major", "%"),
    ("1,450 planning applications were received in Q3.", "1,450", "planning_applications", "count"),
    ("There were 21.4 million bus passenger journeys in 2022/23.", "21.4 million", "bus_passenger_journeys", "count"),
    ("Smoking prevalence among adults has fallen to 11.9%.", "11.9%", "smoking_prevalence", "%"),
    ("68.2% of eligible residents took up the offer of an NHS Health Check.", "68.2%", "health_checks", "%"),
    ("Recorded anti-social behaviour incidents fell to 4,120.", "4,120", "anti_social_behaviour", "count"),
    ("Total recorded crime was 78.2 crimes per 1,000 population.", "78.2 crimes per 1,000", "recorded_crime", "per_1000"),
    ("The claimant count rate is 3.8%.", "3.8%", "claimant_count", "%"),
    ("The programme will create 1,200 new jobs.", "1,200", "jobs_created", "count"),
    ("There were 640,000 visits to the council's leisure centres in the year.", "640,000", "leisure_visits", "count"),
    ("Library visits increased to 1.3 million in 2023/24.", "1.3 million", "library_visits", "count"),
    ("3% of A roads were in need of maintenance.", "3%", "road_condition", "%"),
    ("Over 18,600 potholes were repaired in 2023.", "18,600", "road_repairs", "count"),
    ("The number of people waiting for a Care Act assessment fell to 540.", "540", "asc_waiting_list", "count"),
    ("The service was supporting 4,812 adults with long-term care.", "4,812", "long_term_support", "count"),
    ("Rent collection stood at 97.8% year to date.", "97.8%", "rent_collection", "%"),
    ("The average time to re-let a council home was 38 days.", "38 days", "relet_days", "days"),
    ("External borrowing was £612m at 30 September 2023.", "£612m", "borrowing", "GBP"),
    ("The regeneration programme has secured £45m of external funding.", "£45m", "grant_funding", "GBP"),
])
def test_council_wide_indicators_and_rates(claims_nlp, sentence, quote, indicator, unit):
    by_text = {c.text: c for c in run(claims_nlp, sentence)}
    assert (by_text[quote].indicator, by_text[quote].unit) == (indicator, unit)


def test_a_metric_drops_the_paragraph_label_the_parser_took_in(claims_nlp):
    text = "2.3 Delayed transfers of care fell from 1,200 bed days in April 2022 to 800 in March 2023."
    (claim,) = run(claims_nlp, text)
    assert claim.metric.startswith("Delayed transfers") and claim.indicator == "delayed_transfers_of_care"
    assert (claim.from_value, claim.to_value, claim.direction) == (1200, 800, "down")


# Probe round (sentences written for this test, in the style of UK committee papers the corpus lacks).

def test_budget_monitoring_periods_are_labels_not_claims(claims_nlp):
    text = "At Period 6 the forecast is an overspend of £14.3m, an improvement of £2.1m on the Period 4 forecast."
    quotes = [c.text for c in run(claims_nlp, text)]  # written for this test
    assert quotes == ["£14.3m", "£2.1m"]
    # "the period" is a time, not a label: the count after it stays a claim
    assert [c.value for c in run(claims_nlp, "During the period 45 households were rehoused.")] == [45]
    assert [c.text for c in run(claims_nlp, "The Month 9 forecast shows savings of £3m.")] == ["£3m"]


def test_a_sentence_ends_after_a_money_multiplier(claims_nlp):
    # written for this test: the parser reads "m." as an abbreviation and runs the two sentences together,
    # so the budget took the overspend named in the next one
    text = "The Adult Social Care budget for 2023/24 is £412.6m. The forecast outturn is an overspend of £6.8m."
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert (by_text["£412.6m"].indicator, by_text["£412.6m"].as_of) == ("budget", "2023-24")
    assert (by_text["£6.8m"].indicator, by_text["£6.8m"].as_of) == ("overspend", None)


def test_nearest_neighbours_benchmark_takes_the_rate_unit(claims_nlp):
    text = ("Permanent admissions of older people to care homes were 512 per 100,000 population aged 65 and over, "
            "against a target of 550 and a CIPFA nearest neighbours average of 601.")  # written for this test
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert by_text["601"].unit == "per_100000" and by_text["601"].comparator is None
    assert by_text["512 per 100,000"].comparator == "target"


def test_the_date_of_an_older_value_written_with_a_thousands_comma(claims_nlp):
    text = "The number of people waiting for an assessment has nearly halved, from 1,020 in March 2023 to 540."
    (claim,) = run(claims_nlp, text)  # written for this test
    assert (claim.value, claim.from_value, claim.direction, claim.as_of) == (540, 1020, "down", None)


def test_the_same_point_last_year_is_the_previous_value(claims_nlp):
    text = ("As at 30 September 2023 the service was supporting 4,812 adults with long-term care, compared with "
            "4,650 at the same point last year.")  # written for this test
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert (by_text["4,812"].comparator, by_text["4,812"].comparator_value, by_text["4,812"].direction) == ("previous", 4650, "up")
    assert by_text["4,812"].as_of == "2023-09-30" and by_text["4,650"].as_of is None
    text = "In-year collection was 56.2% at the end of September, against 56.9% for the same period last year."
    first = run(claims_nlp, text)[0]  # written for this test
    assert (first.comparator, first.comparator_value, first.direction) == ("previous", 56.9, "down")


def test_a_change_by_a_percentage_then_the_level_after_a_comma(claims_nlp):
    text = "Anti-social behaviour incidents fell by 8% compared with the same period last year, to 4,120."
    by_text = {c.text: c for c in run(claims_nlp, text)}  # written for this test
    assert (by_text["4,120"].unit, by_text["4,120"].direction) == ("count", "down")
    assert by_text["8%"].comparator_value is None


def test_up_or_down_right_before_a_figure_is_its_direction(claims_nlp):
    text = "The claimant count rate is 3.8%, up 0.4 percentage points on a year ago, and up to 50 more claims are expected."
    by_text = {c.text: c for c in run(claims_nlp, text)}  # written for this test
    assert by_text["0.4 percentage points"].direction == "up"
    assert by_text["50"].direction is None  # "up to 50" is a limit


def test_a_share_does_not_take_a_count_only_indicator(claims_nlp):
    # written for this test: a percentage of applications or of pre-pandemic journeys is no count of them
    text = "Bus patronage has recovered to 85% of pre-pandemic levels. 40% of planning applications were refused."
    assert [c.indicator for c in run(claims_nlp, text)] == [None, None]


def test_a_pound_figure_per_head_or_week_is_a_unit_cost_not_a_budget_level(claims_nlp):
    # written for this test
    text = ("The forecast is an overspend of £6.8m, largely because the average cost of a residential placement "
            "has risen to £1,150 per week.")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert by_text["£6.8m"].indicator == "overspend" and by_text["£1,150"].indicator is None
    (claim,) = run(claims_nlp, "Spend per head on public health is £52.")
    assert claim.indicator is None
    (claim,) = run(claims_nlp, "Schools will receive a grant of £64.00 per head.")
    assert claim.indicator == "grant_funding"  # a grant can be allocated per head


def test_visits_in_millions_and_a_later_date_past_another_figure(claims_nlp):
    text = ("The Cabinet Member said that the 14 libraries had received 1.1m visits in 2022/23, up 18% on the previous "
            "year but still below the 1.4m visits in 2019/20.")  # written for this test
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert (by_text["1.1m"].value, by_text["1.1m"].unit, by_text["1.1m"].as_of) == (1_100_000, "count", "2022-23")
    assert (by_text["1.1m"].comparator, by_text["1.1m"].comparator_value) == ("previous", 1_400_000)
    assert (by_text["1.4m"].unit, by_text["1.4m"].as_of) == ("count", "2019-20")  # not the % of the change before it
    assert by_text["14"].comparator is None  # the nearer 1.1m is what 1.4m is compared with
    text = "The capital programme of £198m had been reprofiled, with £22m moved into 2024/25."
    by_text = {c.text: c for c in run(claims_nlp, text)}  # written for this test
    # (claims round 77: a period a sum is moved into is where it goes, not its as-of, as the check gold dates slippage
    # and carry forwards by the year they come from; this sentence names none, so £22m is undated)
    assert by_text["£198m"].as_of is None and by_text["£22m"].as_of is None


def test_a_target_after_a_figure_is_not_also_the_target_of_the_next(claims_nlp):
    text = ("In 2022-23 the council delivered 412 affordable homes against a target of 500, and 1,876 net additional "
            "dwellings were completed.")  # written for this test
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert (by_text["412"].comparator, by_text["412"].comparator_value) == ("target", 500)
    assert by_text["1,876"].comparator is None


def test_doubled_is_a_rise(claims_nlp):
    (claim,) = run(claims_nlp, "Visits to the museum nearly doubled to 84,000.")  # written for this test
    assert (claim.value, claim.direction) == (84_000, "up")


def test_a_kpi_box_in_one_unit_takes_its_title_from_the_lines_above(claims_nlp):
    text = ("Indicator: Number of households in temporary accommodation\nLatest: 1,287 Target: 1,100 Previous: 1,240\n"
            "RAG: Red")  # written for this test
    claims = run(claims_nlp, text)
    assert [c.indicator for c in claims] == ["temporary_accommodation"] * 3
    assert (claims[0].comparator, claims[0].comparator_value) == ("target", 1100)
    text = "Indicator: Average days to process new Housing Benefit claims\nLatest: 18.4 days Target: 20 days"
    assert run(claims_nlp, text)[0].indicator == "benefit_processing_days"  # written for this test


def test_money_named_right_before_keeps_its_own_kind(claims_nlp):
    text = "2022-23 outturn: net expenditure of £312.5m against a budget of £315.0m, an underspend of £2.5m."
    by_text = {c.text: c for c in run(claims_nlp, text)}  # written for this test
    assert [by_text[q].indicator for q in ("£312.5m", "£315.0m", "£2.5m")] == ["budget", "budget", "underspend"]
    text = "The service is forecasting an overspend on Schools' Delegated Budgets of £30.4m."
    assert run(claims_nlp, text)[0].indicator == "overspend"  # written for this test: the budgets are what is overspent


def test_long_term_empty_homes(claims_nlp):
    text = "Long-term vacant homes fell by 12% in the 12 months to June 2023, to 1,045."  # written for this test
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert (by_text["1,045"].indicator, by_text["1,045"].direction, by_text["1,045"].as_of) == ("empty_homes", "down", "2023-06")


def test_zones_operations_and_the_first_day_of_a_date_range_are_not_claims(claims_nlp):
    text = ("The site lies within Flood Zone 3. The consultation ran from 4 to 25 January 2024 and drew 27 letters. "
            "Operation 5 led to 22 arrests.")  # written for this test
    assert [c.text for c in run(claims_nlp, text)] == ["27", "22"]


def test_a_window_after_an_event_is_no_claim_and_quarters_are_earlier_periods(claims_nlp):
    text = ("The proportion of older people still at home 91 days after discharge from hospital rose to 84.3%, "
            "up 3.1 percentage points on Q1.")  # written for this test
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert "91 days" not in by_text
    assert (by_text["3.1 percentage points"].comparator, by_text["3.1 percentage points"].direction) == ("previous", "up")
    text = "The average time to re-let a council home was 38 days in Q2, compared with 45 days in Q1 (target 28 days)."
    by_text = {c.text: c for c in run(claims_nlp, text)}  # written for this test
    assert (by_text["38 days"].comparator, by_text["38 days"].comparator_value, by_text["38 days"].direction) == ("previous", 45, "down")
    assert by_text["45 days"].comparator is None


@pytest.mark.parametrize("sentence, quote, indicator", [
    # public health measures (written for this test)
    ("Uptake of MMR2 at age 5 was 86.1% in 2022/23.", "86.1%", "immunisation_uptake"),
    ("64.3% of adults are overweight or obese.", "64.3%", "excess_weight"),
    ("1,032 adults were in drug and alcohol treatment.", "1,032", "drug_alcohol_treatment"),  # completions are a %
    ("The suicide rate was 10.4 per 100,000 population (2020-22).", "10.4 per 100,000", "suicide_rate"),
    ("The under-18 conception rate was 13.1 per 1,000 females aged 15-17 in 2021.", "13.1 per 1,000", "teenage_conceptions"),
])
def test_public_health_indicators(claims_nlp, sentence, quote, indicator):
    by_text = {c.text: c for c in run(claims_nlp, sentence)}
    assert by_text[quote].indicator == indicator


def test_a_change_in_apposition_is_not_the_figures_measure(claims_nlp):
    text = "The public health grant for 2023/24 is £38.2m, a real-terms cut of £1.4m since 2015/16."
    by_text = {c.text: c for c in run(claims_nlp, text)}  # written for this test
    assert by_text["£38.2m"].indicator == "grant_funding"  # not savings, from the "cut" the parse set beside it


def test_twice_as_many_is_a_ratio_as_of_its_own_year(claims_nlp):
    text = "Over 18,600 potholes were repaired in 2023, twice as many as in 2021."  # written for this test
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert (by_text["twice"].value, by_text["twice"].unit, by_text["twice"].as_of) == (2, "ratio", "2023")


def test_new_indicators_do_not_capture_nearby_names(claims_nlp):
    # written for this test: a company's name is no recycling rate; ASCOF's "long term support needs met by
    # admission" is the care home admissions measure, not the count of people in long-term support
    text = "This includes 100,000 trees planted by Countrystyle Recycling Ltd."
    assert run(claims_nlp, text)[0].indicator == "trees_planted"  # trees planted, not a recycling rate
    text = ("Long term support needs were met by an admission to a residential or nursing setting for 553 older "
            "people per 100,000 population.")
    assert run(claims_nlp, text)[0].indicator == "care_home_admissions"


def test_a_paragraphs_own_number_before_a_figure_is_no_claim(claims_nlp):
    # written for this test: the sectioner read "2.3" as the paragraph's path
    text = "2.3 71% of new EHC plans were issued within the 20-week timescale in 2022."
    doc = claims_nlp.make_doc(text)
    doc._.miner_unit = TextUnit("d", "s", "2.3", "paragraph", "other", None, 0, text)
    assert [c.text for c in (s._.miner_record for s in claims_nlp(doc).spans["miner_claims"])] == ["71%"]


# Round 8 probes (sentences written for these tests, in the style of county adult social care, borough housing and
# waste, and district performance reports; no corpus paper's words).

def test_a_financial_quarter_is_as_of_its_last_month():
    from miner.nlp.dates import find_quarters

    # UK councils' quarters run from April: Q2 2023/24 is July-September 2023, Q4 2022-23 ends in March 2023
    assert [iso for *_, iso in find_quarters("in Q2 2023/24")] == ["2023-09"]
    assert [iso for *_, iso in find_quarters("at the end of quarter 3 (2024/25)")] == ["2024-12"]
    assert [iso for *_, iso in find_quarters("in Quarter 4 2022-23")] == ["2023-03"]
    assert [iso for *_, iso in find_quarters("the third quarter of 2023/24, and 2024/25 Q1")] == ["2023-12", "2024-06"]
    assert find_quarters("in Q2 2023") == [] and find_quarters("Q2 2023-2025") == []  # a calendar year; a span


def test_quarter_as_of_in_claims(claims_nlp):
    text = ("In Q2 2023/24, 84.3% of older people were still at home 91 days after discharge. At the end of quarter 3 "
            "(2024/25) there were 1,287 people waiting for a Care Act assessment. The number of people receiving "
            "long-term support was 7,412 in Quarter 4 2022-23, compared with 7,198 in Quarter 4 2021-22.")
    by_text = {c.text: c for c in run(claims_nlp, text, period="2023-24")}  # written for this test
    assert [by_text[q].as_of for q in ("84.3%", "1,287", "7,412", "7,198")] == ["2023-09", "2024-12", "2023-03", "2022-03"]
    assert (by_text["7,412"].comparator, by_text["7,412"].comparator_value) == ("previous", 7198)


def test_a_quarter_in_a_title_or_lead_in_dates_its_figures():
    from miner.nlp.claim_as_of import caption_period, lead_in_date

    assert caption_period("Adult Social Care Performance Report: Quarter 2 2023/24") == "2023-09"
    assert caption_period("APPENDIX E - 2025-26 Proposed Budget by Directorate") == "2025-26"  # a year stays a year
    assert lead_in_date("Key figures for Q3 2023-24 include:") == "2023-12"


def test_tonnes_and_years_of_a_measure_are_units(claims_nlp):
    text = ("Residents produced 12,400 tonnes of residual waste in 2022/23. Household waste per household was 498 kg. "
            "Healthy life expectancy for women in the county is 61.3 years, compared with 63.9 years in England. "
            "The average household waited 2.5 years on the housing register. Carbon emissions were 1.2m tonnes.")
    by_text = {c.text: c for c in run(claims_nlp, text)}  # written for this test
    assert (by_text["12,400 tonnes"].unit, by_text["12,400 tonnes"].indicator) == ("tonnes", "residual_waste")
    assert (by_text["498 kg"].unit, by_text["498 kg"].value) == ("kg", 498)
    assert (by_text["61.3 years"].unit, by_text["61.3 years"].indicator) == ("years", "healthy_life_expectancy")
    assert (by_text["61.3 years"].comparator, by_text["61.3 years"].comparator_value) == ("national", 63.9)
    assert by_text["2.5 years"].unit == "years"
    assert (by_text["1.2m tonnes"].value, by_text["1.2m tonnes"].indicator) == (1_200_000, "carbon_emissions")
    (avoided,) = run(claims_nlp, "The solar panels are estimated to avoid over 3,330 tonnes CO2e a year.")
    assert (avoided.unit, avoided.indicator) == ("tonnes", None)  # emissions avoided are a saving, not emissions
    (gap,) = run(claims_nlp, "The gap in life expectancy between the most and least deprived wards is 9.1 years.")
    assert (gap.unit, gap.indicator) == ("years", None)  # a gap is no life expectancy


def test_ages_and_terms_in_years_are_not_claims(claims_nlp):
    text = ("We will support young people aged 16 to 18 leaving care and adults aged 0-25 with an EHC plan over the next "
            "two years. The contract will run for 10 years, with an option to extend by a further 5 years. The scheme "
            "is open to residents 16 years old or over. We will review every package within 3 years.")
    assert run(claims_nlp, text) == []  # written for this test


def test_a_change_pair_written_after_the_newer_value(claims_nlp):
    # written for this test
    (c,) = run(claims_nlp, "The proportion of carers who received a review was 72%, up from 48% in 2021.")
    assert (c.value, c.from_value, c.to_value, c.direction, c.as_of) == (72, 48, 72, "up", None)
    (c,) = run(claims_nlp, "The number of delayed transfers of care fell to 310, down from 345 in March 2022.")
    assert (c.from_value, c.to_value, c.direction, c.as_of) == (345, 310, "down", None)
    (c,) = run(claims_nlp, "Direct payments were taken up by 27.4% of eligible adults (2022: 21.9%).")
    assert (c.value, c.from_value, c.direction, c.as_of) == (27.4, 21.9, "up", None)
    (c,) = run(claims_nlp, "Missed bins were 42 per 100,000 collections in Quarter 3 2023/24 (Quarter 3 2022/23: 57).")
    assert (c.unit, c.from_value, c.direction, c.as_of) == ("per_100000", 57, "down", "2023-12")
    text = ("In Q2 2023/24, 84.3% of people who received reablement were still at home 91 days after discharge, "
            "up from 79.1% in Q1.")
    (c,) = run(claims_nlp, text)
    assert (c.from_value, c.direction, c.as_of) == (79.1, "up", "2023-09")
    text = "There were 312 households in temporary accommodation at the end of Q3 2023/24, up from 268 a year earlier."
    (c,) = run(claims_nlp, text)
    assert (c.value, c.from_value, c.direction, c.as_of) == (312, 268, "up", "2023-12")


def test_verbs_with_up_and_the_base_of_a_change_are_not_dates_or_directions(claims_nlp):
    # written for this test
    (c,) = run(claims_nlp, "Over 65s make up 24% of the county's population.")
    assert c.direction is None  # "make up" is a verb, not a rise
    by_text = {c.text: c for c in run(claims_nlp, "Emissions were 4,210 tonnes in 2022/23, a 9% reduction on 2021/22.")}
    assert by_text["9%"].as_of == "2022-23" and by_text["9%"].direction == "down"  # 2021/22 is the base
    (c,) = run(claims_nlp, "Library visits were up 5% on 2022.")
    assert (c.as_of, c.direction, c.comparator) == (None, "up", "previous")
    (c,) = run(claims_nlp, "A total of 6,840 potholes were repaired in the first three quarters of 2023/24.")
    assert c.text == "6,840"  # "three quarters" of a year is a time, not 75%
    text = "This proportion has been maintained for three quarters. The most concerns received in a quarter were 5,822."
    assert [c.text for c in run(claims_nlp, text)] == ["5,822"]
    assert [c.value for c in run(claims_nlp, "A quarter of pupils attend a quarter of schools.")] == [25, 25]  # shares
    by_text = {c.text: c for c in run(claims_nlp, "The average wait was 2.5 years in 2019 and has now fallen to 14 weeks.")}
    assert by_text["2.5 years"].as_of == "2019" and by_text["14 weeks"].as_of is None  # 2019 is the older value's


def test_a_budget_after_an_overspend_and_its_figure_is_the_budget(claims_nlp):
    text = "The council is forecasting an overspend of £2.4m against a net revenue budget of £186.2m."
    by_text = {c.text: c for c in run(claims_nlp, text)}  # written for this test
    assert (by_text["£2.4m"].indicator, by_text["£186.2m"].indicator) == ("overspend", "budget")


def test_a_quarter_without_its_year_takes_the_units_financial_year(claims_nlp):
    from miner.nlp.dates import find_bare_quarters

    # written for this test
    assert [iso for *_, iso in find_bare_quarters("improved to 71% in Quarter 2", period="2023-24")] == ["2023-09"]
    # no period: the last such quarter begun by the meeting (a February 2024 paper's Quarter 3 ends December 2023)
    assert [iso for *_, iso in find_bare_quarters("at the end of Q3 the", meeting_date="2024-02-22")] == ["2023-12"]
    assert find_bare_quarters("The Quarter 3 QPR includes 38 KPIs", period="2024-25") == []  # a title, not a date
    assert find_bare_quarters("than Quarter 3 last year", period="2024-25") == []
    assert find_bare_quarters("Green for the second quarter in succession", period="2024-25") == []  # a count of quarters
    (c,) = run(claims_nlp, "The timeliness of Care Act assessments improved to 71% in Quarter 2 (Quarter 1: 64%).", period="2023-24")
    assert (c.as_of, c.from_value, c.direction) == ("2023-09", 64, "up")
    text = "The revenue overspend has reduced by £3.5m compared with the position at Quarter 2."
    assert run(claims_nlp, text, period="2024-25")[0].as_of == "2024-25"  # the quarter compared with is not its date


def test_the_base_of_a_change_in_money_and_scaled_values_are_exact(claims_nlp):
    text = "The budget is £38.4 million in 2023/24, an increase of £4.1 million (12%) on 2022/23."
    by_text = {c.text: c for c in run(claims_nlp, text)}  # written for this test
    assert [by_text[q].as_of for q in ("£38.4 million", "£4.1 million", "12%")] == ["2023-24"] * 3
    assert by_text["£4.1 million"].value == 4_100_000  # not 4099999.9999999995
    (c,) = run(claims_nlp, "The number of children in care increased to 345 on 31 March 2024.")
    assert c.as_of == "2024-03-31"  # the date it was reached, not a base


def test_a_figure_after_a_quarter_label_and_unit_costs_and_cqc_ratings(claims_nlp):
    # written for this test
    text = "The number of carers supported rose from 2,410 at the end of Q1 to 2,655 at the end of Q2."
    (c,) = run(claims_nlp, text, period="2023-24")
    assert (c.text, c.from_value, c.direction, c.as_of) == ("2,655", 2410, "up", "2023-09")  # not a label "Q1 to 2"
    text = "The average weekly cost of a residential placement rose from £812 in 2021/22 to £945 in 2022/23."
    (c,) = run(claims_nlp, text)
    assert (c.value, c.indicator, c.from_value) == (945, None, 812)  # a price of one placement, not the budget
    text = "88.2 per cent of home care providers were rated Good or Outstanding by CQC."
    assert run(claims_nlp, text)[0].indicator == "care_quality_good"
    assert run(claims_nlp, "91% of schools are rated good or outstanding.")[0].indicator == "school_ofsted_good"


def test_a_quarter_end_compared_with_and_an_age_after_life_expectancy(claims_nlp):
    # written for this test
    text = "Rent arrears were £1.2m at the end of Q3 23/24, compared to £1.4m at the end of Q3 22/23."
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert (by_text["£1.2m"].as_of, by_text["£1.2m"].comparator, by_text["£1.2m"].comparator_value) == ("2023-12", "previous", 1_400_000)
    assert by_text["£1.4m"].as_of == "2022-12"
    assert [c.text for c in run(claims_nlp, "Life expectancy at 65 is 19.8 years for men.")] == ["19.8 years"]


def test_an_ordinal_before_a_noun_is_no_share(claims_nlp):
    # written for this test: "a third" opening a scheme is its position; "a third of", "by a third", "a third said",
    # "two thirds" are shares
    text = ("The council will open a third extra care scheme in Stanwick, with 60 flats, and commission a fifth review "
            "of the service. A second review will look at the third phase. We recruited a third-year apprentice.")
    assert [c.text for c in run(claims_nlp, text)] == ["60"]
    text = ("A third of respondents agreed. Waiting times fell by a third last year. A third said they would use the "
            "new service. Around a fifth live in rented homes. Two thirds of schools are rated good. Complaints were "
            "a tenth lower than last year.")
    assert [(c.text, c.value) for c in run(claims_nlp, text)] == [
        ("A third", 33.33), ("a third", 33.33), ("A third", 33.33), ("a fifth", 20.0), ("Two thirds", 66.67), ("a tenth", 10.0)]


def run_paper(nlp, lines: list[str], document_id: str = "paper"):
    """Each line a unit of one paper, in order (the finder keeps the paper's title and headings)."""
    out, start = [], 0
    for line in lines:
        doc = nlp.make_doc(line)
        doc._.miner_unit = TextUnit(document_id, f"s{start}", "x", "paragraph", "other", None, start, line,
                                    meeting_date="2023-10-12")
        out += [s._.miner_record for s in nlp(doc).spans["miner_claims"]]
        start += len(line) + 2
    return {c.text: c for c in out}


def test_in_the_quarter_is_the_quarter_the_papers_title_names(claims_nlp):
    # written for this test: a borough's quarterly waste report
    body = ["1.2 Residual household waste per household was 112 kg in the quarter.",
            "2.1 There were 412 fly-tipping incidents reported in the quarter, up from 350 in the same quarter last year.",
            "2.2 This quarter, 86% of missed bins were collected the next working day."]
    by_text = run_paper(claims_nlp, ["Harrowfield Borough Council", "Waste and Recycling Performance: Quarter 1 2023/24",
                                     *body])
    assert [by_text[t].as_of for t in ("112 kg", "412", "86%")] == ["2023-06"] * 3
    assert by_text["412"].from_value == 350
    # no title naming a quarter: the quarter is unknown; two headings naming different quarters: which one is a guess
    assert {c.as_of for c in run_paper(claims_nlp, ["Waste and Recycling Performance", *body], "b").values()} == {None}
    two = run_paper(claims_nlp, ["Performance: Quarter 1 2023/24", "Comparison with Quarter 4 2022/23", *body], "c")
    assert {c.as_of for c in two.values()} == {None}
    # another quarter than the paper's is not its own: "the same quarter last year", "the quarter to June 2022"
    other = run_paper(claims_nlp, ["Performance: Quarter 1 2023/24",
                                   "The rate was 41% in the quarter to June 2022 and 44% in the previous quarter."], "d")
    assert other["41%"].as_of == "2022-06" and other["44%"].as_of != "2023-06"


def test_people_delayed_in_hospital_are_delayed_transfers_of_care(claims_nlp):
    # written for this test: delayed discharges as adult social care reports word them; other delays are not
    text = ("The number of people delayed in hospital awaiting care fell from 85 to 52. On average 41 patients were "
            "delayed in hospital in March 2024.")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert [by_text[t].indicator for t in ("52", "41")] == ["delayed_transfers_of_care"] * 2
    assert (by_text["52"].from_value, by_text["52"].direction) == (85, "down")
    text = ("The opening of the new hospital wing was delayed in 2023, and 12 planning applications were delayed in "
            "the system. 30 patients were treated in hospital.")
    assert {c.indicator for c in run(claims_nlp, text)} == {None}


def test_an_earlier_value_listed_after_a_target_in_brackets_is_a_change_pair(claims_nlp):
    # written for this test: a KPI line whose bracket gives the target, then last year's value
    text = ("The household recycling rate was 48.1% in 2023/24 (target 50%; 2022/23 46.3%). Attendance was 91% in "
            "2023/24 (target 95%; 2024/25 96%). Resident satisfaction rose by 6 pp in 2022/23 to 59%.")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    rate = by_text["48.1%"]
    assert (rate.from_value, rate.direction, rate.comparator, rate.comparator_value) == (46.3, "up", "target", 50)
    assert "46.3%" not in by_text and "50%" in by_text  # the older value is no claim of its own; the target is
    assert by_text["91%"].from_value is None and "96%" in by_text  # a later year in the bracket is a plan, not the past
    assert (by_text["59%"].direction, by_text["6 pp"].direction) == ("up", "up")


def test_fell_to_a_level_from_an_older_one_is_a_change_pair(claims_nlp):
    # written for this test: the newer value first, then "from" the older one, as public health and housing reports put it
    text = ("Smoking prevalence in adults fell to 12.1% in 2022 from 14.3% in 2021, compared with 12.7% in England. "
            "The number of first time entrants fell to 86 in 2023/24 from 104 in 2022/23, a rate of 243 per 100,000 "
            "young people aged 10 to 17 (England 174). Current tenant arrears rose to £4.72m from £4.31m.")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    smoking = by_text["12.1%"]
    assert (smoking.from_value, smoking.direction, smoking.as_of) == (14.3, "down", "2022")
    assert (smoking.comparator, smoking.comparator_value) == ("national", 12.7)
    assert "14.3%" not in by_text and "104" not in by_text  # the older value is no claim of its own
    assert (by_text["86"].from_value, by_text["86"].comparator) == (104, None)  # England's 174 is the rate's benchmark
    assert by_text["243 per 100,000"].comparator_value == 174 and by_text["174"].from_value is None
    assert (by_text["£4.72m"].from_value, by_text["£4.72m"].direction) == (4310000, "up")


def test_a_value_in_brackets_after_an_earlier_year_is_that_years(claims_nlp):
    # written for this test: a community safety report's comparison with last year
    text = ("Total police recorded crime was 41,862 offences in 2023/24, a reduction of 3.8% compared with 2022/23 "
            "(43,516).")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert by_text["41,862"].indicator == "recorded_crime"  # offences are what recorded crime counts
    assert (by_text["41,862"].comparator, by_text["41,862"].comparator_value, by_text["41,862"].direction) == (
        "previous", 43516, "down")
    assert by_text["43,516"].as_of == "2022-23"


@pytest.mark.parametrize("sep, heads", [(" | ", "Measure | 2023/24 Actual | Target | 2022/23 Actual"),
                                        (" ", "Indicator 2023/24 Target 2022/23"),
                                        (" ", "Measure 2023/24 Actual Target 2022/23 Actual")])
def test_table_row_cells_take_their_rows_label_unit_and_columns(claims_nlp, sep, heads):
    # written for this test: a housing performance table flattened to one line a row (cells split by "|" or spaces)
    rows = ["Rent collected as % of rent due", "98.6%", "99.0%", "98.9%"], \
           ["Average re-let time (days)", "42", "35", "51"], \
           ["Repairs completed right first time", "91.2%", "92%", "89.5%"], \
           ["Knife crime offences", "612", "578", "640"], \
           ["All crime per 1,000 population", "116.8", "112.4", "120.2"]
    text = "Table 3: Landlord performance\n" + heads + "\n" + "\n".join(sep.join(r) for r in rows)
    claims = run(claims_nlp, text)
    relet = [c for c in claims if c.unit == "days"]
    assert [c.value for c in relet] == [42, 35, 51] and {c.indicator for c in relet} == {"relet_days"}
    assert {c.indicator for c in claims if c.text in ("91.2%", "92%", "89.5%")} == {"repairs_right_first_time"}
    assert {c.indicator for c in claims if c.text in ("612", "578", "640")} == {"knife_crime"}  # not the rows around it
    assert {c.unit for c in claims if c.text in ("116.8", "112.4", "120.2")} == {"per_1000"}
    first = next(c for c in claims if c.text == "98.6%")
    assert (first.as_of, first.comparator, first.comparator_value) == ("2023-24", "target", 99.0)
    assert next(c for c in claims if c.text == "98.9%").as_of == "2022-23"


def test_a_change_column_gives_its_direction_by_sign(claims_nlp):
    # written for this test: a community safety partnership's table
    text = ("Indicator 2022/23 2023/24 Change\nASB incidents (police) 10,386 9,214 -11.3%\n"
            "Hate crimes 1,289 1,354 +5.0%")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert (by_text["9,214"].as_of, by_text["9,214"].indicator) == ("2023-24", "anti_social_behaviour")
    assert by_text["10,386"].as_of == "2022-23"
    assert (by_text["11.3%"].direction, by_text["5.0%"].direction) == ("down", "up")
    assert by_text["1,354"].indicator == "hate_crime"


def test_housing_landlord_measures(claims_nlp):
    # written for this test: a stock-holding council's landlord performance report
    text = ("Current tenant arrears stood at £4.72m at 31 March 2024. There were 38 evictions for rent arrears during "
            "the year. The average time to re-let void properties was 42 days. At the end of March there were 611 void "
            "properties, 1.7% of the stock. Of the responsive repairs "
            "completed, 91.2% were completed right first time. The proportion of homes meeting the Decent Homes Standard "
            "was 88.3%. Overall satisfaction of 64.2% compares with a national median of 71.3% for local authority "
            "landlords. The service prevented "
            "homelessness for 1,284 households in 2023/24. The average length of stay in temporary accommodation was "
            "27 weeks.")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert by_text["£4.72m"].indicator == "rent_arrears"
    assert by_text["38"].indicator == "evictions"  # evictions are no collection rate
    assert by_text["1.7%"].indicator is None  # a share of the stock is no number of days
    assert by_text["91.2%"].indicator == "repairs_right_first_time"
    assert by_text["88.3%"].indicator == "decent_homes"
    assert by_text["64.2%"].indicator == "tenant_satisfaction"
    assert by_text["1,284"].indicator == "homelessness_preventions"
    assert by_text["27 weeks"].indicator is None  # a length of stay is no count of households
    resident = {c.text: c for c in run(claims_nlp, "Overall satisfaction with the council was 62%.")}
    assert resident["62%"].indicator != "tenant_satisfaction"


def test_a_forecast_outturn_is_a_level_of_spend_not_the_variance_before(claims_nlp):
    # written for this test: a revenue outturn report
    text = ("The revenue outturn shows a net underspend of £1.2m. At Quarter 3 the forecast outturn was £312.6m against "
            "a budget of £310.1m, an overspend of £2.5m. The final outturn is £308.9m.")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert [by_text[t].indicator for t in ("£1.2m", "£312.6m", "£310.1m", "£2.5m", "£308.9m")] == [
        "underspend", "budget", "budget", "overspend", "budget"]


def test_gapped_clause_names_its_own_measure_and_finance_terms(claims_nlp):
    # written for this test: an outturn report's collection fund, balances and capital paragraphs
    text = ("7.1 In-year collection of council tax was 96.8% (2022/23: 97.1%) and of business rates 98.2% (2022/23: "
            "97.6%). In-year collection of business rates was 97.9% and of council tax 96.1%. The General Fund balance "
            "stands at £15.0m at 31 March 2024. Actual capital expenditure was £86.4m, giving capital slippage of "
            "£14.3m.")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert [by_text[t].indicator for t in ("96.8%", "98.2%", "97.9%", "96.1%")] == [
        "council_tax_collection", "business_rates_collection", "business_rates_collection", "council_tax_collection"]
    assert by_text["98.2%"].from_value == 97.6
    assert by_text["£15.0m"].indicator == "reserves"
    assert (by_text["£86.4m"].indicator, by_text["£14.3m"].indicator) == ("capital_budget", "capital_slippage")
    asked = {c.text: c for c in run(claims_nlp, "(c) approve the re-profiling of £9.6m into 2025/26 for the schemes in Appendix B.")}
    assert asked["£9.6m"].indicator == "capital_slippage"


def test_money_column_heads_scale_a_tables_figures():
    # written for this test: a table head whose columns each name their money unit
    from miner.extract import money_caption_scale

    assert money_caption_scale("Table 1\nDirectorate | Budget £m | Outturn £m | Variance £m\nPlace | 54.3 | 52.7 | (1.6)") == 1e6
    assert money_caption_scale("Scheme | Cost £000 | Funding £000") == 1e3
    assert money_caption_scale("The budget of £3m for the scheme | see note") is None


def test_two_figures_share_the_unit_after_the_second(claims_nlp):
    # written for this test: a Director of Public Health's annual report
    text = ("Healthy life expectancy is 61.2 years for men and 61.9 years for women, compared with 63.1 and 63.9 years "
            "for England. Life expectancy is slightly below England (79.3 and 83.2 years). Between 400 and 700 staff "
            "will transfer. The contract will run for 10 years.")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert {t: by_text[t].unit for t in ("63.1", "63.9 years", "79.3", "83.2 years")} == {
        "63.1": "years", "63.9 years": "years", "79.3": "years", "83.2 years": "years"}
    assert "400" not in by_text and by_text["700"].unit == "count"  # a range's lower end is still no claim
    assert "10 years" not in by_text  # a term, not a measure of time


def test_a_year_after_an_article_dates_the_figure(claims_nlp):
    # written for this test: a numbered paragraph of an outturn report; "Act 2004" is still a title
    text = "4.1 The 2023/24 budget included a savings target of £10.2m. The Children Act 2004 requires 12 checks."
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert by_text["£10.2m"].as_of == "2023-24"
    assert by_text["12"].as_of is None


def test_smoking_in_pregnancy_and_domestic_abuse_are_their_own_measures(claims_nlp):
    # written for this test: a public health report and a community safety partnership report
    text = ("Smoking prevalence in adults fell to 12.1% in 2022. Smoking at time of delivery was 10.8% in 2022/23 "
            "against 8.8% for England. Domestic abuse-related crimes and incidents totalled 11,936 in the year. 1,146 "
            "high-risk cases were heard at MARAC.")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert (by_text["12.1%"].indicator, by_text["10.8%"].indicator) == ("smoking_prevalence", "smoking_in_pregnancy")
    assert by_text["11,936"].indicator == "domestic_abuse"
    assert by_text["1,146"].indicator == "marac_cases"  # cases heard at a conference are not crimes and incidents


def test_an_improvement_on_an_older_value_is_a_change_pair(claims_nlp):
    # written for this test: a landlord performance paragraph and a survey result
    text = ("The average time to re-let void properties was 42 days in Quarter 4, an improvement on 51 days in "
            "Quarter 3 but still above the target of 35 days. Satisfaction was 71% in 2023, a deterioration from 74% "
            "last year.")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    relet = by_text["42 days"]
    assert (relet.from_value, relet.direction, relet.comparator, relet.comparator_value) == (51, "down", "target", 35)
    assert "51 days" not in by_text and "74%" not in by_text
    assert (by_text["71%"].from_value, by_text["71%"].direction) == (74, "down")


def test_a_scorecard_row_with_quarter_heads_and_a_rag_cell(claims_nlp):
    # written for this test: a corporate performance scorecard with page footers
    text = ("Table 1: Quarter 1 2024/25 scorecard\nMeasure Q1 2023/24 Q1 2024/25 Target RAG\n"
            "Average days to process new Housing Benefit claims 21 18 20 Green\n"
            "Sickness absence (days per FTE, rolling 12 months) 10.4 11.2 9.5 Red\n\nOFFICIAL\nPage 2 of 6\n\n"
            "3.1 There were 211 households in temporary accommodation at 30 June 2024.")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert [(by_text[t].unit, by_text[t].as_of) for t in ("21", "18")] == [("days", "2023-06"), ("days", "2024-06")]
    assert (by_text["18"].indicator, by_text["18"].comparator, by_text["18"].comparator_value) == (
        "benefit_processing_days", "target", 20)
    assert (by_text["11.2"].unit, by_text["11.2"].indicator) == ("days", "sickness_absence")
    assert "6" not in by_text and "2" not in by_text  # a page footer is no claim


def test_target_said_of_a_status_names_no_figure(claims_nlp):
    # written for this test: a scorecard summary; a target's own figure still is one
    text = ("Of the 32 measures with a target, 19 (59%) are on or above target (green), 8 are within tolerance (amber) "
            "and 5 are below target (red). We approved 613 households against a target of 700. Rent collected was "
            "98.6% (target 99.0%). The average caseload was 21 against the target caseload of no more than 18.")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert by_text["32"].comparator_value is None and by_text["59%"].comparator_value is None
    assert by_text["8"].unit == "count"  # not a target percentage
    assert [by_text[t].comparator_value for t in ("613", "98.6%", "21")] == [700, 99.0, 18]


# Claims round 11 (the tracker's probe papers' gaps); every sentence below is written for this test.


def test_a_number_after_an_item_label_is_no_figure(claims_nlp):
    # written for this test: an action plan and a performance framework's item labels
    text = ("Theme 1: Council buildings\n\nAction 1.1 Install solar panels on the Civic Centre.\n\n"
            "Action 1.2 Replace 20 of the Council's 65 fleet vehicles.\n\nWorkstream 2 Digital services.\n\n"
            "KPI 12 Percentage of invoices paid on time was 94%.\n\nRisk 4 Loss of key staff.\n\n"
            "The Council took action in 12 cases of fly-tipping.")
    values = [(c.text, c.value) for c in run(claims_nlp, text)]
    assert values == [("20", 20), ("65", 65), ("94%", 94), ("12", 12)]  # not 1, 1.1, 1.2, 2, "12 Percent", 4


def test_a_bracketed_earlier_value_after_a_target_is_the_measures(claims_nlp):
    # written for this test: an outturn after its target, then the year before in brackets or after "but"
    text = ("Council tax collection was 96.4% in 2023/24, slightly below the target of 97% (2022/23: 96.8%). "
            "Household waste recycled was 46.2% in 2023/24, below the target of 48% but up from 44.1% in 2022/23. "
            "Business rates collection was 98.1%, above the national average of 97.2% (2022/23: 96.9%).")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    tax = by_text["96.4%"]
    assert (tax.comparator, tax.comparator_value, tax.from_value, tax.direction) == ("target", 97, 96.8, "down")
    assert by_text["97%"].from_value is None and "96.8%" not in by_text
    waste = by_text["46.2%"]
    assert (waste.comparator_value, waste.from_value, waste.direction) == (48, 44.1, "up")
    assert by_text["48%"].from_value is None and "44.1%" not in by_text
    assert by_text["97.2%"].from_value == 96.9  # a national average's bracket may be the nation's own year before


def test_counts_of_measures_by_status_are_not_compared(claims_nlp):
    # written for this test: a performance report's summary tally
    text = ("Of the 24 key performance indicators with targets, 15 met their target at year end, 5 were within 5% of "
            "target and 4 missed their target. Of the 30 measures, 20 were on target and 6 were below target.")
    claims = run(claims_nlp, text)
    assert [(c.text, c.unit) for c in claims] == [("24", "count"), ("15", "count"), ("5", "count"), ("4", "count"),
                                                  ("30", "count"), ("20", "count"), ("6", "count")]  # 5% is a tolerance
    assert all(c.comparator is None and c.comparator_value is None for c in claims)


def test_spend_against_budget_and_a_budget_gap(claims_nlp):
    # written for this test: an outturn summary and a budget report's gap
    text = ("The Council's net revenue expenditure in 2023/24 was £18.92m against a budget of £19.10m, an underspend "
            "of £180,000. The Council faces a budget gap of £3.4m in 2023/24, rising to £6.1m by 2025/26. We will "
            "reduce the number of households in temporary accommodation to below 120 by March 2024.")
    claims = run(claims_nlp, text)
    by_text = {c.text: c.indicator for c in claims}
    assert by_text == {"£18.92m": "budget", "£19.10m": "budget", "£180,000": "underspend", "£3.4m": "budget_gap",
                       "£6.1m": "budget_gap", "120": "temporary_accommodation"}
    as_of = {c.text: c.as_of for c in claims}
    assert (as_of["£3.4m"], as_of["£6.1m"], as_of["120"]) == ("2023-24", "2025-26", None)  # a trajectory; a deadline


def test_money_a_charge_raises_is_income_and_its_price_is_none(claims_nlp):
    # written for this test: savings proposals and their outturn
    text = ("Review of the garden waste charge, raising the annual charge from £45 to £55, to generate £180,000. "
            "Pre-application advice charges generated £38,000 against the £60,000 target. The garden waste charge "
            "raised £192,000, above the target. "
            "A 2.99% increase in council tax will raise £4.5m.")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert by_text["£55"].indicator is None and by_text["£55"].from_value == 45  # one subscriber's price
    assert [by_text[t].indicator for t in ("£180,000", "£38,000", "£60,000", "£192,000")] == ["income"] * 4
    assert by_text["£192,000"].direction is None  # money raised, not a rise
    assert by_text["£38,000"].comparator_value == 60000
    # a kind the sentence names says more: the total a council tax rise raises, not the charge on one property
    assert by_text["£4.5m"].indicator == "council_tax_requirement"


def test_tenant_satisfaction_measures_and_parallel_benchmarks(claims_nlp):
    # written for this test: a TSM list read with spaces, staff absence, and two figures against two benchmarks
    text = ("TP01 Overall satisfaction 64.2%\nTP02 Satisfaction with repairs 68.9%\nTP05 Satisfaction that the home is "
            "safe 73.5%\nTP09 Satisfaction with the landlord's approach to handling complaints 29.8%\n\n"
            "Musculoskeletal and stress-related absence account for 58% of days lost. Healthy life expectancy is 61.2 "
            "years for men and 61.9 years for women, compared with 63.1 and 63.9 years for England.")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert [by_text[t].indicator for t in ("64.2%", "68.9%", "73.5%", "29.8%")] == [
        "tenant_satisfaction", "tsm_repairs", "tsm_home_safe", "tsm_complaints_handling"]
    assert by_text["58%"].indicator == "sickness_absence"
    assert (by_text["61.2 years"].comparator_value, by_text["61.9 years"].comparator_value) == (63.1, 63.9)


def test_a_councils_own_emissions_are_carbon_emissions(claims_nlp):
    # written for this test: a climate action plan's baseline
    text = "The Council's own emissions were 4,120 tonnes CO2e in 2022/23, down from 5,310 tonnes in 2018/19."
    (claim,) = run(claims_nlp, text)
    assert (claim.indicator, claim.from_value, claim.as_of) == ("carbon_emissions", 5310, "2022-23")


def test_a_share_of_planning_applications_within_weeks(claims_nlp):
    # written for this test: a performance framework's target
    (claim,) = run(claims_nlp, "(b) We will process 90% of major planning applications within 13 weeks.")
    assert claim.indicator == "planning_timeliness_major"  # not one series with minor and other applications
    (claim,) = run(claims_nlp, "84% of minor applications were determined within 8 weeks or an agreed time.")
    assert claim.indicator == "planning_timeliness_minor"
    (claim,) = run(claims_nlp, "92% of planning applications were determined in time.")
    assert claim.indicator == "planning_timeliness"


def test_measure_codes_age_bands_and_measure_names_are_not_claims(claims_nlp):
    # written for this test: an ASCOF summary row and a KS4 paragraph
    table = ("2A(2) Permanent admissions 65+ per 100,000 | 574.3 | 602.8\n"
             "1C(2a) Direct payments (%) | 27.1% | 27.9%")
    by_text = {c.text: c for c in run(claims_nlp, table)}
    assert not {"2", "65", "1"} & set(by_text)  # codes of the framework's measures, an age band
    assert by_text["574.3"].indicator == "care_home_admissions" and by_text["27.1%"].indicator == "direct_payments"
    text = ("The average Attainment 8 score per pupil was 44.6 in 2024, compared with 46.1 in England. "
            "The Progress 8 score was -0.08 (England -0.03). 40.8% of pupils achieved a grade 5 or above in "
            "English and maths.")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert "8" not in by_text  # the measures' names
    assert (by_text["44.6"].indicator, by_text["44.6"].comparator_value) == ("attainment_8", 46.1)
    assert by_text["0.08"].indicator == "progress_8" and by_text["0.08"].value == -0.08
    assert by_text["40.8%"].indicator == "gcse_english_maths"


def test_absence_measures_and_the_lines_that_define_them(claims_nlp):
    # written for this test: an attendance paragraph of an education standards report
    text = ("Persistent absence (pupils missing 10% or more of possible sessions) was 22.3% across all schools in "
            "2023/24, down from 24.9% in 2022/23. Severe absence (missing 50% or more) affected 2.6% of pupils. "
            "312 people were waiting for an annual review for more than 12 months.")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert "10%" not in by_text and "50%" not in by_text and "12 months" not in by_text  # thresholds, not figures
    assert (by_text["22.3%"].indicator, by_text["22.3%"].from_value) == ("persistent_absence", 24.9)
    assert by_text["2.6%"].indicator == "severe_absence"


def test_rows_of_period_and_figure_pairs_date_each_figure_by_the_period_before_it(claims_nlp):
    # written for this test: an appendix of key measures read as text, one sentence a line
    for line, expected in (("KS2 RWM expected standard 2022 55% 2023 56% 2024 58%", ["2022", "2023", "2024"]),
                           ("Persistent absence 2021/22 25.8% 2022/23 24.9% 2023/24 22.3%", ["2021-22", "2022-23", "2023-24"]),
                           ("Attainment 8 2022 45.9 2023 44.1 2024 44.6", ["2022", "2023", "2024"])):
        claims = run(claims_nlp, line)
        assert [c.as_of for c in claims] == expected, line
        assert len({c.indicator for c in claims}) == 1 and claims[0].indicator in ("ks2_expected_standard", "persistent_absence", "attainment_8")


def test_a_benchmark_column_is_the_comparator_of_the_same_periods_cell(claims_nlp):
    # written for this test: a subject table under bare-year heads and an ASCOF table with "|"
    text = "Subject Leeds 2023 Leeds 2024 England 2024\nReading 71% 72% 74%\nRWM combined 56% 58% 61%"
    by_line = [(c.text, c.as_of, c.comparator, c.comparator_value) for c in run(claims_nlp, text)]
    assert by_line[:3] == [("71%", "2023", None, None), ("72%", "2024", "national", 74), ("74%", "2024", None, None)]
    assert by_line[4][1:] == ("2024", "national", 61) and run(claims_nlp, text)[4].indicator == "attainment"
    text = ("Measure | 2022/23 | 2023/24 | England 2023/24\n"
            "Still at home 91 days after reablement (%) | 81.2% | 84.7% | 83.8%")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert (by_text["84.7%"].comparator, by_text["84.7%"].comparator_value) == ("national", 83.8)


def test_scorecard_units_profiles_and_new_place_and_care_indicators(claims_nlp):
    # written for this test: a place scorecard and an adult social care report
    text = ("PL02 Residual waste per household (kg) | 381 | 372 | 390 | Green\n"
            "Missed bins were 38 per 100,000 collections (target 50).\n"
            "Council tax collection was 84.1% at the end of December against a profile of 84.5%.\n"
            "The Survey of Adult Carers found that 33.1% of carers were satisfied with the support they received.\n"
            "1E Adults with learning disabilities in paid employment (%) | 5.2% | 5.6%\n"
            "89% of pupils attend a good or outstanding school.")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    assert (by_text["381"].unit, by_text["381"].indicator) == ("kg", "residual_waste")
    assert by_text["38 per 100,000"].indicator == "missed_bins"
    assert (by_text["84.1%"].comparator, by_text["84.1%"].comparator_value) == ("target", 84.5)
    assert by_text["33.1%"].indicator == "carer_satisfaction" and by_text["5.2%"].indicator == "ld_paid_employment"
    assert by_text["89%"].indicator == "pupils_good_schools"


def test_a_level_then_a_change_size_then_the_older_level_is_a_change_pair(claims_nlp):
    # written for this test: a waste paragraph and a complaints line
    text = "There were 1,264 fly-tipping incidents reported in Quarter 3, down 9% from 1,389 in Quarter 3 2023/24."
    by_text = {c.text: c for c in run(claims_nlp, text, period="2024-25")}
    assert (by_text["1,264"].from_value, by_text["1,264"].to_value, by_text["1,264"].direction) == (1389, 1264, "down")
    assert by_text["1,264"].as_of == "2024-12" and "1,389" not in by_text
    by_text = {c.text: c for c in run(claims_nlp, "The Council received 312 complaints, a 6% rise from 294 in 2022/23.")}
    assert (by_text["312"].from_value, by_text["312"].direction) == (294, "up")
    assert by_text["6%"].from_value is None  # the size of the rise, not a level that moved from 294


def test_a_quarter_at_the_end_of_the_clause_dates_its_figure(claims_nlp):
    # written for this test: a direct payments paragraph in a Quarter 2 report
    text = ("28.3% of people receiving long-term community support received a direct payment at the end of "
            "Quarter 2, against a target of 30%.")
    by_text = {c.text: c for c in run(claims_nlp, text, period="2024-25")}
    assert by_text["28.3%"].as_of == "2024-09" and by_text["28.3%"].comparator_value == 30


def test_scores_on_an_assessment_scale_are_not_counts(claims_nlp):
    # written for this test: a CQC local authority assessment
    text = "Of the nine quality statements, two scored 3 and six scored 2, an overall score of 2 out of 4."
    assert [c.text for c in run(claims_nlp, text)][:3] == ["nine", "two", "six"]
    assert "3" not in [c.text for c in run(claims_nlp, text)]


def test_age_bands_before_rates_and_people_and_group_defining_shares(claims_nlp):
    # written for this test: adult social care rates, a fuel poverty line and a share that is a figure
    texts = {"Admissions 18-64 per 100,000 | 12.1 | 14.6": ["12.1", "14.6"],
             "The rate was 4.1 per 1,000 for 65+ residents.": ["4.1 per 1,000"],
             "Households spending 10% or more of their income on fuel were 13.1% of all households.": ["13.1%"],
             "Pupils at SEN support were 13.2% of pupils, and 4.5% or more of pupils had an EHCP.": ["13.2%", "4.5%"],
             "Over 50+ volunteers attended.": ["50"],
             "Rates fell to between 30-40 per 10,000.": ["40 per 10,000"]}
    for text, expected in texts.items():
        assert [c.text for c in run(claims_nlp, text)] == expected, text


def test_a_change_by_a_share_to_a_level_and_a_percent_row_label(claims_nlp):
    # written for this test: a SEND paragraph and its table read with spaces
    by_text = {c.text: c for c in run(claims_nlp, "The number of EHCPs maintained rose by 11% to 13,914 in January 2024.")}
    assert by_text["11%"].direction == "up" and by_text["13,914"].indicator == "ehcps"  # a change, not a range's end
    text = "Indicator 2022 2023 2024 England 2024\nEHCPs issued in 20 weeks (%)   19.0   27.8   61.3   46.4"
    cells = run(claims_nlp, text)
    assert [(c.unit, c.as_of) for c in cells] == [("%", "2022"), ("%", "2023"), ("%", "2024"), ("%", "2024")]
    assert (cells[2].comparator, cells[2].comparator_value) == ("national", 46.4)
    (requests, agreed, share) = run(claims_nlp, "There were 2,488 requests for an EHC needs assessment in 2024, of which "
                                                "1,904 (76.5%) were agreed.")
    assert requests.indicator == "ehcna_requests" and requests.as_of == "2024"


def test_the_same_point_of_another_year_is_the_papers_quarter_in_that_year(claims_nlp):
    # written for this test: a Quarter 3 scorecard paragraph (the paper's quarter comes from its title)
    from miner.nlp.claim_as_of import as_of

    sentence = "This compares with 57.4% at the same point in 2023/24."
    at = sentence.index("57.4%")
    assert as_of(sentence, at, at + 5, None, quarter="2024-12") == "2023-12"
    assert as_of(sentence, at, at + 5, None) == "2023-24"  # no quarter named: the year as written
    sentence = "This compares with 61% at the same period of 2022/23."
    at = sentence.index("61%")
    assert as_of(sentence, at, at + 3, None, quarter="2024-03") == "2023-03"  # Quarter 4 2023/24 -> Quarter 4 2022/23


def test_carers_assessments_are_not_foster_carers_assessments(claims_nlp):
    # written for this test: an adult social care carers paragraph and a fostering line
    (claim,) = run(claims_nlp, "3,250 carers received an assessment or review in the first half of the year.")
    assert claim.indicator == "carers_assessments"
    (claim,) = run(claims_nlp, "12 foster carers' assessments were completed.")
    assert claim.indicator != "carers_assessments"


def test_a_count_after_a_quarters_comma_is_a_figure_and_requests_are_no_assessments(claims_nlp):
    # written for this test: a carers' line of a quarterly report
    claims = run(claims_nlp, "In Quarter 3, 796 carer assessments were completed, with 898\nrequested in the quarter.",
                 period="2024-25")
    assert [(c.text, c.indicator) for c in claims] == [("796", "carers_assessments"), ("898", None)]
    assert [c.text for c in run(claims_nlp, "In Quarter 3, 2 and 4 were below target.")][:1] != ["2"]  # still a label list


def test_rates_keep_their_base_per_100_1000_and_100000(claims_nlp):
    # written for this test: a public health report's rates
    by_text = {c.text: c for c in run(claims_nlp, "Fixed-term exclusions were 0.9 per 100 pupils in 2022/23, compared with "
                                                  "1.2 per 100 pupils in 2021/22.")}
    rate = by_text["0.9 per 100"]
    assert (rate.unit, rate.value, rate.as_of) == ("per_100", 0.9, "2022-23")
    assert (rate.comparator, rate.comparator_value) == ("previous", 1.2)  # the rate's population, then its date
    (falls,) = run(claims_nlp, "Admissions for falls among people aged 65 and over were 2,104 per 100,000 aged 65+.")
    assert (falls.unit, falls.value) == ("per_100000", 2104)
    (crime, england) = run(claims_nlp, "The rate per 1,000 population was 63.2 in 2023, against the England rate of 58.1.")
    assert (crime.unit, england.unit) == ("per_1000", "per_1000")  # a bare figure a rate's sentence calls a rate
    assert [c.unit for c in run(claims_nlp, "The rate was 41 per 100,000 residents.")] == ["per_100000"]  # not "per 100"


def test_a_benchmark_in_its_own_sentence_is_the_figure_befores(claims_nlp):
    # written for this test: public health and community safety paragraphs
    own, bench = run(claims_nlp, "Smoking prevalence among adults fell to 10.2% in 2023 from 11.6% in 2022. "
                                 "Nationally the figure is 11.9%.")
    assert (own.comparator, own.comparator_value, own.from_value) == ("national", 11.9, 11.6)
    assert (bench.indicator, bench.as_of, bench.comparator) == ("smoking_prevalence", "2023", None)
    count, change, rate, england = run(claims_nlp, "3,942 domestic abuse incidents and crimes were reported to the police, "
                                                   "5% more than in 2022/23. The rate is 13.5 per 1,000 population. "
                                                   "The England average is 14.4 per 1,000.")
    assert (rate.indicator, rate.comparator, rate.comparator_value) == ("domestic_abuse", "national", 14.4)
    assert (england.indicator, england.unit) == ("domestic_abuse", "per_1000")
    teen, region = run(claims_nlp, "The under-18 conception rate was 11.4 per 1,000 females aged 15 to 17 in 2022. "
                                   "The North West average is 16.8.")
    assert (teen.comparator, teen.comparator_value) == ("regional", 16.8)
    assert (region.unit, region.indicator, region.as_of) == ("per_1000", "teenage_conceptions", "2022")  # a bare benchmark
    reception, year6, eng_r, eng_6 = run(claims_nlp, "In 2023/24, 8.1% of Reception children and 19.7% of Year 6 children "
                                                     "were living with obesity. The England averages were 9.6% and 22.1% "
                                                     "respectively.")
    assert [(c.comparator, c.comparator_value) for c in (reception, year6)] == [("national", 9.6), ("national", 22.1)]
    # not a benchmark sentence: it names the authority's own figure, or has no figure before it
    first, second = run(claims_nlp, "Smoking prevalence fell to 10.2% in 2023. Our rate for routine and manual workers "
                                    "is 18.4%.")
    assert first.comparator is None
    (alone,) = run(claims_nlp, "The England average is 64 per 10,000.")
    assert alone.comparator is None and alone.unit == "per_10000"


def test_a_rate_per_100_is_shown_with_its_base():
    from miner import charts
    from miner.cli_output import with_figure

    assert with_figure({"figure": "0.9", "unit": "per_100"})["figure"] == "0.9 per 100"  # a bare figure gets its base
    assert with_figure({"figure": "0.9 per 100", "unit": "per_100"})["figure"] == "0.9 per 100"  # not twice
    assert charts.UNIT_LABELS["per_100"] == "per 100"


def test_a_targets_later_comparison_is_the_figures_and_time_windows_and_row_labels_are_no_figures(claims_nlp):
    # written for this test: a corporate health scorecard and a housing report
    calls, target = run(claims_nlp, "The Customer Contact Centre answered 88.6% of calls in Quarter 3 (target 90%), "
                                    "compared with 84.2% in Quarter 2.", period="2024-25")
    assert (calls.indicator, calls.comparator, calls.comparator_value) == ("calls_answered", "target", 90)
    assert (calls.from_value, calls.direction) == (84.2, "up") and target.direction is None  # not the target's
    ctax, profile = run(claims_nlp, "Council tax collection was 83.9% at the end of December 2024 against a profile of "
                                    "84.3%, compared with 84.1% at the same point last year.")
    assert (ctax.comparator_value, ctax.from_value, ctax.direction) == (84.3, 84.1, "down") and profile.from_value is None
    claims = run(claims_nlp, "Of 412 Stage 1 complaints, 79% were responded to within the 10 working day timescale "
                             "(target 85%). At the end of Quarter 2, 96 families were in bed and breakfast, of whom 41 "
                             "had been there for longer than six weeks.")
    assert [c.text for c in claims] == ["412", "79%", "85%", "96", "41"]  # no "10 working day", no "six weeks"
    assert claims[1].indicator == "complaints_timeliness" and claims[0].indicator == "complaints"
    table = "Measure | Q1 2024/25 | Q2 2024/25\nFamilies in B&B over 6 weeks | 19 | 41"
    assert [c.text for c in run(claims_nlp, table)] == ["19", "41"]  # the label's "6 weeks" names the row
    # a sentence wrapped before two figures is no row: its first figure stays
    assert [c.text for c in run(claims_nlp, "there have been\n57 residents who have moved, with 37 (74%)\nremaining.")][:1] == ["57"]


def test_a_row_label_in_pounds_scales_its_cells_and_corporate_health_indicators(claims_nlp):
    # written for this test: a corporate health scorecard's rows and prose
    rows = run(claims_nlp, "Ref Measure Q3 2023/24 Q3 2024/25 Target RAG\n"
                           "CH05 Agency staff spend (£m, year to date) 4.1 3.4 3.0 Red")
    assert [(c.unit, c.value) for c in rows] == [("GBP", 4100000), ("GBP", 3400000), ("GBP", 3000000)]
    assert rows[1].comparator_value == 3000000 and {c.indicator for c in rows} == {"agency_spend"}
    spend, turnover = run(claims_nlp, "Agency staff spend was £3.4m in 2024/25. Staff turnover was 11.2%.")
    assert (spend.indicator, turnover.indicator) == ("agency_spend", "staff_turnover")
    (share,) = run(claims_nlp, "Agency staff made up 18% of the social work workforce.")
    assert share.indicator == "agency_social_workers"
    (void, money) = run(claims_nlp, "Rent lost through properties being empty (void rent loss) was 1.9% of the rent "
                                    "roll, or £612,000.")
    assert void.indicator == "void_rent_loss"


def test_a_lists_items_take_its_lead_ins_measure_across_units_and_a_place_before_a_year_dates(claims_nlp):
    # written for this test: a public health report's list, each item its own unit, and a community safety line
    def unit_claims(text: str, role: str, start: int):
        doc = claims_nlp.make_doc(text)
        doc._.miner_unit = TextUnit("lead-doc", "s", "3.4", role, "other", None, start, text)
        return [s._.miner_record for s in claims_nlp(doc).spans["miner_claims"]]

    lead = "3.4 Drug and alcohol treatment. Successful completions of drug treatment were:"
    assert unit_claims(lead, "paragraph", 0) == []
    opiate, england = unit_claims("- opiate users: 4.9% (England 5.0%)", "item", len(lead) + 1)
    assert (opiate.indicator, opiate.comparator, opiate.comparator_value) == ("treatment_completions", "national", 5.0)
    (asb, change, older) = run(claims_nlp, "Police recorded 4,906 incidents of anti-social behaviour in Stockport in "
                                           "2023/24, a reduction of 11% on 2022/23 (5,512).")
    assert (asb.as_of, older.as_of) == ("2023-24", "2022-23")  # "Stockport in 2023/24" is no title
    (level, size, earlier) = run(claims_nlp, "The service received 1,284 approaches, an increase of 14% compared with "
                                             "Quarter 2 2023/24 (1,126).")
    assert earlier.as_of == "2023-09" and size.comparator_value == 1126  # an earlier year's quarter in brackets


def test_reception_and_year_6_obesity_are_their_own_measures(claims_nlp):
    # written for this test: a public health report's NCMP paragraph
    reception, year6, eng_r, eng_6 = run(claims_nlp, "The NCMP 2023/24 showed that 8.1% of Reception children and 19.7% "
                                                     "of Year 6 children were living with obesity. The England averages "
                                                     "were 9.6% and 22.1% respectively.")
    assert [c.indicator for c in (reception, year6, eng_r, eng_6)] == [
        "obesity_reception", "obesity_year6", "obesity_reception", "obesity_year6"]
    (claim,) = run(claims_nlp, "Obesity in Year 6 fell to 21.3%.")
    assert claim.indicator == "obesity_year6"  # the subject's head alone ("Obesity") says less
    (claim,) = run(claims_nlp, "In Reception, 21.0% of children were overweight or obese.")
    assert claim.indicator == "excess_weight"  # overweight including obesity is excess weight


def test_a_share_restated_in_pounds_keeps_its_target_and_a_level_higher_than_a_group_is_no_rise(claims_nlp):
    # written for this test: a housing report's void loss and a public health report's smoking line
    share, money, target = run(claims_nlp, "Rent lost through empty homes was 1.9% of the rent roll, or £612,000 for "
                                           "the half year, above the 1.5% target.")
    assert (share.comparator, share.comparator_value) == ("target", 1.5) and money.unit == "GBP"
    (claim,) = run(claims_nlp, "Smoking prevalence in routine and manual occupations remains higher at 18.4%.")
    assert claim.direction is None  # higher than another group, not a rise
    (claim,) = run(claims_nlp, "Rent arrears were higher at £3.1m than a year ago.")
    assert claim.direction == "up"  # than a year ago: a rise


def test_families_in_bed_and_breakfast_over_six_weeks_are_their_own_measure(claims_nlp):
    # written for this test: a homelessness report's table row and prose
    cells = run(claims_nlp, "Measure | Q1 2024/25 | Q2 2024/25\nFamilies in B&B over 6 weeks | 19 | 41")
    assert [(c.text, c.indicator) for c in cells] == [("19", "bed_and_breakfast_over_six_weeks"),
                                                      ("41", "bed_and_breakfast_over_six_weeks")]
    (claim,) = run(claims_nlp, "There were 96 families with children in bed and breakfast accommodation.")
    assert claim.indicator == "temporary_accommodation"


def test_a_subject_per_100000_makes_its_figure_and_its_target_rates(claims_nlp):
    # written for this test: a waste and street scene report
    rate, target = run(claims_nlp, "3.1 Missed bins per 100,000 collections were 42 in the quarter, against a target of 50.")
    assert (rate.value, rate.unit, rate.indicator) == (42, "per_100000", "missed_bins")
    assert (rate.comparator, rate.comparator_value, target.unit) == ("target", 50, "per_100000")


def test_a_subgroup_counted_out_of_a_whole_takes_no_indicator(claims_nlp):
    # written for this test: homelessness, waste and planning reports
    whole, part = run(claims_nlp, "At 31 December 2024 there were 296 households in temporary accommodation. "
                                  "Of these, 174 were families with dependent children.")
    assert whole.indicator == "temporary_accommodation" and part.indicator is None
    claims = run(claims_nlp, "There were 38 households in bed and breakfast accommodation, of whom 9 were families with children.")
    assert [c.indicator for c in claims] == ["temporary_accommodation", None]
    claims = run(claims_nlp, "In total 4,180 missed collections were reported, of which 3,960 were put right within 2 working days.")
    assert [c.indicator for c in claims] == ["missed_bins", None]
    (claim,) = run(claims_nlp, "Of the appeals allowed, 2 related to major applications.")
    assert claim.indicator is None
    # a subgroup whose own words name a measure keeps it
    claims = run(claims_nlp, "Of the 2,016 care leavers, 1,036 (51.4%) were non-UASC care leavers.")
    assert claims[1].indicator == "care_leavers"


def test_performance_measures_of_district_services_have_their_own_indicators(claims_nlp):
    # written for this test: planning, revenues and benefits, waste, highways, housing options and libraries reports
    def ind(text: str, quote: str) -> str | None:
        return next(c.indicator for c in run(claims_nlp, text) if c.text == quote)

    assert ind("The service received 148 enforcement complaints in the quarter.", "148") == "planning_enforcement"
    assert ind("The percentage of major decisions overturned at appeal was 1.8%.", "1.8%") == "planning_appeals"
    assert ind("Housing Benefit caseload: 6,842", "6,842") == "benefit_caseload"
    assert ind("The Council aims to collect 97.5% of council tax by the end of the year.", "97.5%") == "council_tax_collection"
    assert ind("The contamination rate for dry mixed recycling was 14.2%.", "14.2%") == "recycling_contamination"
    assert ind("Surveys found 3% of land with unacceptable levels of litter.", "3%") == "street_cleanliness"
    assert ind("Of these, 94% were repaired within 28 days (target 90%).", "94%") == "road_repairs_in_time"
    assert ind("Emergency defects made safe within 2 hours: 98.5% (target 98%).", "98.5%") == "emergency_defects_made_safe"
    assert ind("Bus punctuality on non-frequent services was 81.4%.", "81.4%") == "bus_punctuality"
    assert ind("The main duty was accepted for 47 households.", "47") == "main_duty_acceptances"
    assert ind("There are 3,912 households on the housing register.", "3,912") == "housing_register"
    assert ind("Book issues totalled 538,900.", "538,900") == "library_issues"
    assert ind("Active leisure memberships reached 11,940.", "11,940") == "leisure_memberships"
    # the three national road condition measures are not one series
    claims = run(claims_nlp, "(a) Principal roads (A roads) where maintenance should be considered: 4%;\n"
                             "(b) Non-principal classified roads where maintenance should be considered: 7%;\n"
                             "(c) Unclassified roads where maintenance should be considered: 17%.")
    assert [c.indicator for c in claims] == ["road_condition_principal", "road_condition_non_principal",
                                             "road_condition_unclassified"]


def test_a_table_framed_by_bars_reads_its_period_and_target_heads(claims_nlp):
    # written for this test: a planning performance table written with a bar at each end of its lines
    cells = run(claims_nlp, "| Indicator | Target | Q1 2024/25 | Q2 2024/25 |\n"
                            "| Major applications determined within 13 weeks | 60% | 88% | 92% |")
    assert [(c.text, c.as_of) for c in cells] == [("60%", None), ("88%", "2024-06"), ("92%", "2024-09")]
    assert (cells[2].comparator, cells[2].comparator_value) == ("target", 60)


def test_a_day_and_month_without_a_year_dates_the_figure(claims_nlp):
    # written for this test: a libraries report dated December 2024
    doc = claims_nlp.make_doc("Library income to 30 September was £96,000.")
    doc._.miner_unit = TextUnit("d", "s", "x", "paragraph", "other", None, 0, doc.text, meeting_date="2024-12-04")
    (claim,) = [s._.miner_record for s in claims_nlp(doc).spans["miner_claims"]]
    assert claim.as_of == "2024-09-30"


def test_a_change_counted_from_the_same_period_is_as_of_now_and_an_earlier_season_is_the_previous_value(claims_nlp):
    # written for this test: libraries, highways and rough sleeping reports
    claims = run(claims_nlp, "Physical visits to libraries were 412,300, up 6% on the same period in 2023/24.")
    assert claims[1].text == "6%" and claims[1].as_of is None  # 2023/24 is the base of the change
    now, before = run(claims_nlp, "Between April and December 2024, 21,460 potholes were repaired, compared with 18,920 "
                                  "in the same period of 2023.")
    assert (now.comparator, now.comparator_value, now.direction) == ("previous", 18920, "up")
    now, before = run(claims_nlp, "The autumn 2024 snapshot count found 14 people sleeping rough, compared with 19 in autumn 2023.")
    assert (now.comparator_value, now.direction, before.as_of) == (19, "down", "2023")


def test_a_change_in_the_sentence_before_gives_no_direction(claims_nlp):
    # written for this test: a planning report's enforcement paragraph, read by the parser as one sentence
    claims = run(claims_nlp, "4.1 The service received 148 enforcement complaints in the quarter, up from 126 in Quarter 1. "
                             "83% of cases were investigated within 21 days (target 80%).")
    assert [(c.text, c.direction) for c in claims] == [("148", "up"), ("83%", None), ("80%", None)]
    assert claims[1].indicator == "planning_enforcement"  # not complaints about the council


def test_arrears_and_a_value_compared_with_take_their_own_measure(claims_nlp):
    # written for this test: revenues, waste and leisure reports
    (claim,) = run(claims_nlp, "Council tax arrears from previous years stand at £4.1m, down from £4.6m at 1 April 2024.")
    assert (claim.indicator, claim.from_value) == ("council_tax_arrears", 4_600_000)  # not a council tax rise
    now, before = run(claims_nlp, "The contamination rate for dry mixed recycling was 14.2%, compared with 16.8% in Quarter 2.")
    assert now.indicator == before.indicator == "recycling_contamination"  # not the recycling named nearer it
    visits, target = run(claims_nlp, "Visits to leisure centres were 1,126,000, against a target of 1,100,000.")
    assert (visits.comparator_value, target.indicator) == (1_100_000, "leisure_visits")


def test_budget_send_public_health_safety_and_workforce_measures_have_indicators(claims_nlp):
    # written for this test: sentences of the kinds a budget monitoring, SEND, public health, community safety, adult
    # social care and workforce report give
    def ind(text: str, quote: str) -> str | None:
        return next(c.indicator for c in run(claims_nlp, text) if c.text == quote)

    assert ind("The service received 412 requests for an Education, Health and Care (EHC) needs assessment.", "412") == "ehcna_requests"
    assert ind("In Quarter 3, 58.2% of new EHC plans were issued within 20 weeks excluding exceptions.", "58.2%") == "ehcp_20_week_timeliness"
    assert ind("The service received 73 SEND Tribunal appeals in 2023/24.", "73") == "send_tribunal_appeals"
    assert ind("There are 268 children and young people with EHC plans in independent non-maintained special schools.",
               "268") == "ehcp_independent_placements"  # not the EHC plans maintained
    assert ind("The high needs block is forecast to overspend by £11.4m in 2024/25, taking the cumulative deficit to £38.9m "
               "at 31 March 2025.", "£38.9m") == "dsg_deficit"
    assert ind("Children's placements are forecast to exceed budget by £7.5m.", "£7.5m") == "overspend"
    assert ind("Breastfeeding prevalence at 6-8 weeks after birth was 42.7%.", "42.7%") == "breastfeeding"
    assert ind("Admission episodes for alcohol-specific conditions were 812 per 100,000 population.", "812 per 100,000") == "alcohol_admissions"
    assert ind("There were 164 hate crimes reported in 2023/24.", "164") == "hate_crime"
    assert ind("The number of carers assessed or reviewed in the year to date was 1,845.", "1,845") == "carers_assessments"
    assert ind("Voluntary turnover for the 12 months to September 2024 was 10.8%.", "10.8%") == "staff_turnover"
    assert ind("The mean gender pay gap at 31 March 2024 was 6.1%.", "6.1%") == "gender_pay_gap"
    staff, fte = run(claims_nlp, "At 30 September 2024 the council employed 2,314 staff (1,968 full-time equivalent). "
                                 "The vacancy rate was 11.4%.")[:2]
    assert staff.indicator == fte.indicator == "workforce_headcount"  # not the vacancy rate of the next sentence
    assert ind("Completion of mandatory training was 87%, against a target of 95%.", "87%") == "mandatory_training"
    # a MARAC's cases and its repeat referrals are not children's social care re-referrals
    cases, repeat = run(claims_nlp, "The MARAC heard 214 cases, of which 31% were repeat referrals.")
    assert cases.indicator == repeat.indicator == "marac_cases"


def test_attendance_at_training_sessions_is_not_school_attendance(claims_nlp):
    # written for this test: the subject's head alone ("Attendance") named school attendance
    for text in ("5.2 Attendance at mandatory sessions was 68%.",
                 "Attendance at mandatory sessions of the Safer Streets training programme was 68%."):
        (claim,) = run(claims_nlp, text)
        assert claim.indicator != "school_attendance"
    (claim,) = run(claims_nlp, "Attendance at secondary schools was 91.2% in the autumn term.")
    assert claim.indicator == "school_attendance"


def test_a_budget_table_with_money_column_heads_reads_its_cells_as_pounds(claims_nlp):
    # written for this test: a revenue budget monitoring table by directorate
    cells = run(claims_nlp, "Directorate | Budget £m | Forecast £m | Variance £m\n"
                            "Adult Social Care | 298.4 | 304.8 | 6.4\n"
                            "Children's Services | 187.2 | 197.0 | 9.8")
    assert [(c.text, c.unit, c.value) for c in cells[:3]] == [
        ("298.4", "GBP", 298_400_000), ("304.8", "GBP", 304_800_000), ("6.4", "GBP", 6_400_000)]
    assert cells[0].indicator == "budget"


def test_changes_after_a_benchmark_or_a_participle_and_benchmarks_of_several_kinds(claims_nlp):
    # written for this test: adult social care, budget monitoring and SEND reports
    now, england = run(claims_nlp, "The proportion of people who use services receiving direct payments was 27.8% at the "
                                   "end of December 2024, above the England average of 26.2%, and up from 25.9% at March 2024.")
    assert (now.comparator, now.comparator_value, now.from_value, now.direction) == ("national", 26.2, 25.9, "up")
    money, pupils = run(claims_nlp, "Home to school transport is forecast to overspend by £2.9m, with the number of pupils "
                                    "transported rising to 4,120 from 3,760 in 2023/24.")
    assert (pupils.from_value, pupils.to_value, pupils.direction) == (3760, 4120, "up")
    own, national, neighbours = run(claims_nlp, "In Quarter 3, 58.2% of new EHC plans were issued within 20 weeks. The "
                                                "national average for 2023 was 50.3% and our statistical neighbours averaged 47.9%.")
    assert (own.comparator, own.comparator_value) == ("national", 50.3)
    assert national.comparator is None and national.indicator == neighbours.indicator == "ehcp_20_week_timeliness"
    rate, target, england = run(claims_nlp, "Permanent admissions of older people to residential and nursing care homes were "
                                            "512.4 per 100,000 population, against a target of 560 and compared with 566.0 per "
                                            "100,000 in England in 2023/24.")
    assert england.indicator == "care_home_admissions"  # a benchmark that is no figure's comparator still measures it
    crime, force = run(claims_nlp, "This equates to 62.4 crimes per 1,000 population, below the Thames Valley force average "
                                   "of 78.9 per 1,000.")
    assert (crime.comparator, crime.comparator_value) == ("regional", 78.9)


def test_a_point_in_time_after_an_event_is_no_duration_claim(claims_nlp):
    # written for this test: a stop smoking service's four-week quits
    claims = run(claims_nlp, "The stop smoking service supported 1,236 people to set a quit date, and 612 had quit at four "
                             "weeks (49.5%).")
    assert [c.text for c in claims] == ["1,236", "612", "49.5%"]
    (share,) = run(claims_nlp, "The proportion of babies totally or partially breastfed at 6-8 weeks was 51%.")
    assert (share.text, share.indicator) == ("51%", "breastfeeding")
    theme = run(claims_nlp, "The hub is relied upon by new mums, provides postpartum support, 35 9% breastfeeding support")
    assert all(c.indicator != "breastfeeding" for c in theme)  # a consultation's theme, not breastfeeding prevalence
    (wait,) = run(claims_nlp, "The average wait stood at 12 weeks.")
    assert (wait.value, wait.unit) == (12, "weeks")


def test_climate_report_measures_carbon_in_tonnes_and_its_own_delivery_indicators(claims_nlp):
    # written for this test: a climate emergency annual progress report
    claims = run(claims_nlp, "1.2 The Council's own carbon emissions were 6,842 tCO2e in 2023/24, a reduction of 41% "
                             "against the 2018/19 baseline of 11,596 tCO2e.")
    level, _cut, baseline = claims
    assert (level.value, level.unit, level.indicator, level.as_of) == (6842, "tonnes", "carbon_emissions", "2023-24")
    assert (baseline.unit, baseline.as_of) == ("tonnes", "2018-19")  # the baseline's own year, not the sentence's
    fleet, evs = run(claims_nlp, "3.2 Emissions from the Council's fleet were 1,204 tCO2e, down from 1,388 tCO2e the "
                                 "previous year, following the introduction of 24 electric vehicles.")
    assert (fleet.indicator, fleet.from_value, fleet.comparator_value) == ("carbon_emissions", 1388, None)
    assert (evs.unit, evs.indicator, evs.comparator) == ("count", None, None)  # no earlier value of the emissions

    def ind(text: str, quote: str) -> str | None:
        return next(c.indicator for c in run(claims_nlp, text) if c.text == quote)

    assert ind("We installed 86 new public EV charge points during the year.", "86") == "ev_charge_points"
    assert ind("The Council planted 14,500 trees, against a target of 12,000.", "14,500") == "trees_planted"
    assert ind("We converted 2,340 streetlights to LED.", "2,340") == "led_street_lights"
    assert ind("Solar panels on council buildings generated 1,150 MWh of renewable electricity.", "1,150 MWh") == "renewable_energy"
    assert ind("Emissions across the district were 5.1 tonnes CO2e per resident in 2022.", "5.1 tonnes") == "carbon_emissions_per_resident"


def test_housing_landlord_safety_repairs_damp_and_evictions_have_indicators(claims_nlp):
    # written for this test: a housing landlord performance report (Tenant Satisfaction Measures BS01, BS02, RP02)
    def ind(text: str, quote: str) -> str | None:
        return next(c.indicator for c in run(claims_nlp, text) if c.text == quote)

    assert ind("Gas safety compliance was 99.87% at the year end.", "99.87%") == "gas_safety_compliance"
    assert ind("Fire risk assessments were in date for 100% of blocks.", "100%") == "fire_safety_compliance"
    assert ind("We received 1,346 reports of damp and mould in 2023/24.", "1,346") == "damp_mould_cases"
    assert ind("Non-emergency repairs completed within target timescale were 81.3% (target 90%).", "81.3%") == "repairs_in_time"
    assert ind("Emergency repairs completed within target timescale were 96.4%.", "96.4%") == "repairs_emergency_in_time"
    assert ind("There were 18 evictions for rent arrears, compared with 9 in 2022/23.", "18") == "evictions"


def test_corporate_parenting_measures_are_not_social_work_or_adults_measures(claims_nlp):
    # written for this test: a corporate parenting annual report
    def ind(text: str, quote: str) -> str | None:
        return next(c.indicator for c in run(claims_nlp, text) if c.text == quote)

    # a child's health assessment within 20 working days is no social work assessment within 45
    assert ind("Initial health assessments completed within 20 working days rose to 62% from 44%.", "62%") == "cla_health_assessments"
    assert ind("Dental checks up to date: 79%.", "79%") == "cla_dental_checks"
    assert ind("97% of children of statutory school age had an up to date Personal Education Plan (PEP).", "97%") == "personal_education_plans"
    # a looked-after child's review is no adult's care and support review
    assert ind("Child looked after reviews held within timescale: 94.5%.", "94.5%") == "cla_reviews_timeliness"
    # a care leaver's final health assessment is not the looked-after measure
    assert ind("100% of our care leavers receive a final statutory health assessment.", "100%") is None
    # "the year" before a count is the reporting year, not a school year
    assert [c.text for c in run(claims_nlp, "During the year 168 children entered care and 149 children left care.")] == ["168", "149"]
    # a comparison that names its benchmark after the figure, in the next sentence
    rate, england, neighbours = run(claims_nlp, "At 31 March 2024 there were 512 children looked after, a rate of 71 per 10,000 "
                                                "children aged under 18. This compares with 67 per 10,000 in England and 79 "
                                                "per 10,000 for our statistical neighbours.")[1:]
    assert (rate.comparator, rate.comparator_value) == ("national", 67)
    assert england.indicator == neighbours.indicator == "children_looked_after"


def test_community_safety_and_levelling_up_measures(claims_nlp):
    # written for this test: a community safety annual review and a UKSPF monitoring return
    def ind(text: str, quote: str) -> str | None:
        return next(c.indicator for c in run(claims_nlp, text) if c.text == quote)

    assert ind("Knife crime offences fell to 212 from 248 the previous year.", "212") == "knife_crime"
    assert ind("Violence with injury offences were 2,140, a rate of 8.0 per 1,000 population.", "2,140") == "violent_crime"
    assert ind("There were 64 people killed or seriously injured on the borough's roads in 2023.", "64") == "killed_seriously_injured"
    crime = run(claims_nlp, "Total recorded crime was a rate of 80.2 crimes per 1,000 population, compared with 88.4 per "
                            "1,000 across the police force area.")[0]
    assert (crime.comparator, crime.comparator_value) == ("regional", 88.4)
    # money "to" a count is an amount and a count, not a range
    grant, firms = run(claims_nlp, "The scheme awarded £310,000 to 47 businesses.")
    assert (grant.value, grant.unit, firms.value, firms.unit) == (310000, "GBP", 47, "count")
    # "2024 to 31" is no span of years when a date follows the figure
    (jobs,) = run(claims_nlp, "The number of jobs created increased from 19 at March 2024 to 31 at September 2024.")
    assert (jobs.value, jobs.from_value, jobs.as_of, jobs.indicator) == (31, 19, "2024-09", "jobs_created")
    rows = run(claims_nlp, "Output | Target | Achieved to date\nBusinesses receiving non-financial support | 320 | 284\n"
                           "Volunteering opportunities supported | 150 | 172")
    assert [c.indicator for c in rows] == ["businesses_supported"] * 2 + ["volunteers"] * 2
    assert ind("The project will deliver 2,400 sq m of new commercial floorspace.", "2,400 sq m") == "floorspace"


def test_indicator_words_match_as_compound_adjectives_and_hyphenated(claims_nlp):
    # written for this test: "six weeks" is also written "the six-week legal limit"
    def ind(text: str, quote: str) -> str | None:
        return next(c.indicator for c in run(claims_nlp, text) if c.text == quote)

    assert ind("There were 7 families in bed and breakfast beyond the six-week legal limit.", "7") == "bed_and_breakfast_over_six_weeks"
    assert ind("4 families were in bed-and-breakfast accommodation for more than six weeks.", "4") == "bed_and_breakfast_over_six_weeks"


def test_a_rate_that_averaged_and_a_table_label_per_100000_are_rates(claims_nlp):
    # written for this test: a waste and recycling performance report
    rate = run(claims_nlp, "Missed bins per 100,000 collections averaged 38 during the quarter (target: 50).")[0]
    assert (rate.unit, rate.indicator, rate.comparator_value) == ("per_100000", "missed_bins", 50)
    cells = run(claims_nlp, "Indicator Q1 2024/25 Q2 2024/25 Target\nMissed collections per 100,000 52 38 50")
    assert [(c.value, c.unit) for c in cells] == [(52, "per_100000"), (38, "per_100000"), (50, "per_100000")]


def test_children_entering_care_a_body_meeting_and_a_label_unit_of_area(claims_nlp):
    # written for this test: a corporate parenting report and a levelling-up monitoring return
    (entered,) = run(claims_nlp, "In 2023-24, 212 children started to be looked after.")
    assert (entered.indicator, entered.as_of) == ("children_entering_care", "2023-24")
    assert run(claims_nlp, "6.2 The Children in Care Council met 10 times during the year.") == []
    cells = run(claims_nlp, "Output | Target | Achieved\nCommercial floorspace refurbished (sq m) | 1,200 | 850")
    assert [(c.value, c.unit, c.indicator) for c in cells] == [(1200, "sq_m", "floorspace"), (850, "sq_m", "floorspace")]


def test_a_bracket_with_the_earlier_value_and_a_benchmark_gives_both(claims_nlp):
    # written for this test: a corporate parenting report's placement stability line
    level = run(claims_nlp, "Short-term placement stability: 9.2% of children looked after had three or more placement "
                            "moves during the year (2022-23: 10.5%; England 10%).")[0]
    assert (level.value, level.from_value, level.direction) == (9.2, 10.5, "down")
    assert (level.comparator, level.comparator_value) == ("national", 10)


def test_a_measure_named_after_another_figure_is_that_figures(claims_nlp):
    # written for this test: a corporate parenting report, a tree-planting update and a landlord report
    entered, left = run(claims_nlp, "During the year 168 children entered care and 149 children left care.")
    assert (entered.indicator, left.indicator) == ("children_entering_care", "children_ceasing_care")
    claims = run(claims_nlp, "The initiative made progress, with 162 adult volunteers and 205 school children planting "
                             "10,980 trees across 14 sites.")
    assert [c.indicator for c in claims[:3]] == ["volunteers", None, "trees_planted"]  # children are no trees
    timely = run(claims_nlp, "We received 842 stage 1 complaints, of which 78% were responded to within the Housing "
                             "Ombudsman's timescales.")[1]
    assert timely.indicator == "complaints_timeliness"


def test_a_list_item_sentence_with_three_figures_takes_its_lead_ins_date(claims_nlp):
    # written for this test: a climate report's list; a sentence with three figures is no row of a table
    text = ("During 2023/24 the Council:\nconverted 2,340 streetlights to LED, so that 96% of the Council's 18,200 "
            "streetlights are now LED;")
    assert {c.as_of for c in run(claims_nlp, text)} == {"2023-24"}


def test_capital_and_revenue_together_is_no_capital_budget(claims_nlp):
    # written for this test: a UKSPF monitoring return splits its allocation; a capital programme is capital
    claims = run(claims_nlp, "The UKSPF allocation for 2022-25 is £3.45m, of which £2.87m is capital and revenue for 2024/25.")
    assert [c.indicator for c in claims] == ["grant_funding", "grant_funding"]
    (capital,) = run(claims_nlp, "The capital programme includes £1.8m in 2024/25.")
    assert capital.indicator == "capital_budget"


def test_a_negative_score_changes_and_a_score_on_a_scale_is_the_score_not_the_scale(claims_nlp):
    (p8,) = run(claims_nlp, "4.2 Progress 8 was -0.12, an improvement from -0.21 in 2023.")
    assert (p8.value, p8.indicator, p8.from_value, p8.to_value, p8.direction) == (-0.12, "progress_8", -0.21, -0.12, "up")
    text = ('1.1 The Council was rated "Requires improvement", with an overall score of 2 out of 4 (a percentage score of 47%).'
            "\n4.3 Carer-reported quality of life scored 7.1 out of 12 in the Survey of Adult Carers in England 2023-24.")
    assert [(c.text, c.value) for c in run(claims_nlp, text)] == [("2", 2), ("47%", 47), ("7.1", 7.1)]
    claims = run(claims_nlp, "Pupils achieved an average Attainment 8 score of 44.1, compared with 45.9 in England.")
    assert [(c.text, c.indicator, c.comparator_value) for c in claims] == [("44.1", "attainment_8", 45.9), ("45.9", "attainment_8", None)]
    # a grade given to each item is still no claim
    assert [c.text for c in run(claims_nlp, "Of the nine quality statements, two were scored 3 and six scored 2.")] == ["nine", "two", "six"]


def test_planning_land_supply_in_years_housing_delivery_test_and_a_requirement_as_target(claims_nlp):
    text = ("3.1 As at 1 April 2024 the Council can demonstrate a five-year housing land supply of 4.2 years, down from 4.8 "
            "years at 1 April 2023.\n2.1 The Housing Delivery Test 2023 measurement gives Midvale a result of 87%.\n"
            "2.2 Net additional dwellings completed in 2023/24 were 412, against a requirement of 520 homes a year.\n"
            "4.1 In the 24 months to September 2024, 78% of major applications were decided within 13 weeks or an agreed "
            "extension of time, against the government threshold of 60%.")
    by_text = {c.text: c for c in run(claims_nlp, text)}
    supply = by_text["4.2 years"]
    assert (supply.unit, supply.indicator, supply.as_of, supply.from_value, supply.direction) == (
        "years", "housing_land_supply", "2024-04-01", 4.8, "down")
    assert by_text["87%"].indicator == "housing_delivery_test"
    assert (by_text["412"].comparator, by_text["412"].comparator_value) == ("target", 520)
    assert (by_text["78%"].comparator, by_text["78%"].comparator_value) == ("target", 60)
    claims = run(claims_nlp, "4.1 The programme has created 4,200 sq m of new commercial floorspace and 145 jobs to date, "
                             "against a target of 350 jobs by March 2026.")
    assert [(c.text, c.indicator) for c in claims] == [("4,200 sq m", "floorspace"), ("145", "jobs_created"), ("350", "jobs_created")]


def test_a_line_drawn_in_time_and_two_counts_sharing_a_date(claims_nlp):
    claims = run(claims_nlp, "3.4 Reviews overdue by more than 12 months have reduced by 38%, from 1,240 to 769.")
    assert [c.text for c in claims] == ["38%", "769"]
    claims = run(claims_nlp, "4.1 22 schools (19%) are judged Requires Improvement and 2 are Inadequate.")
    assert [c.text for c in claims] == ["22", "19%", "2"]  # "4.1" numbers the paragraph
    claims = run(claims_nlp, "5.2 There were 2,148 suspensions and 31 permanent exclusions in 2023/24.")
    assert [(c.text, c.indicator, c.as_of) for c in claims] == [
        ("2,148", "fixed_term_exclusions", "2023-24"), ("31", "permanent_exclusions", "2023-24")]


def test_who_attended_and_a_vote_in_brackets_are_no_claims_in_town_council_minutes(claims_nlp):
    text = ("Present: Councillors J Smith (Town Mayor), A Brown, C Davies and 14 members of the public.\n"
            "RESOLVED that the accounts for 2024/25 be approved (8 in favour, 1 abstention).\n"
            "The motion was carried by 12 votes to 3.\n"
            "6.1 The Clerk reported that 11 planning applications were considered during the year.")
    assert [c.text for c in run(claims_nlp, text)] == ["11"]
    claims = run(claims_nlp, "5.1 General reserves stood at £148,300 at 31 March 2025, equivalent to 47% of the precept.")
    assert [(c.text, c.indicator) for c in claims] == [("£148,300", "reserves"), ("47%", None)]  # a share of it, no rise
    claims = run(claims_nlp, "3.2 Community grants of £21,300 were awarded to 27 organisations, compared with £18,750 to 23 in 2024/25.")
    assert [(c.text, c.unit) for c in claims] == [("£21,300", "GBP"), ("27", "count"), ("£18,750", "GBP"), ("23", "count")]


def test_bus_schools_measures_and_a_performance_table_with_scaled_and_unmeasured_rows(claims_nlp):
    text = ("3.2 Punctuality of non-frequent services improved from 81.3% in 2022/23 to 84.6% in 2023/24.\n"
            "a) increase patronage to 19.5 million journeys by March 2025;\n"
            "5.3 Overall absence in primary schools was 5.4%.\n"
            "3.1 At Key Stage 2, 58% of pupils met the expected standard in reading, writing and maths combined.\n"
            "3.7 Concessionary journeys were 5.1 million.")
    assert [c.indicator for c in run(claims_nlp, text)] == [
        "bus_punctuality", "bus_passenger_journeys", "overall_absence", "ks2_expected_standard", "concessionary_journeys"]
    table = ("Indicator | 2022/23 | 2023/24 | Target 2024/25\n"
             "Passenger journeys (millions) | 17.3 | 18.4 | 19.5\n"
             "Punctuality (non-frequent) % | 81.3 | 84.6 | 88\n"
             "Average bus speed (mph) | 11.2 | 11.4 | 12")
    claims = run(claims_nlp, table)
    assert [(c.text, c.value, c.unit) for c in claims] == [
        ("17.3", 17300000, "count"), ("18.4", 18400000, "count"), ("19.5", 19500000, "count"),
        ("81.3", 81.3, "%"), ("84.6", 84.6, "%"), ("88", 88, "%")]
    assert claims[4].indicator == "bus_punctuality" and (claims[4].comparator, claims[4].comparator_value) == ("target", 88)


def test_a_project_table_with_word_cells_reads_money_heads_and_no_date_from_another_column(claims_nlp):
    table = ("Project | Budget £m | Spend to date £m | Forecast completion | RAG\n"
             "Market Hall | 12.4 | 3.1 | June 2026 | Amber\n"
             "Riverside Innovation Centre | 9.8 | 9.5 | Complete | Green")
    claims = run(claims_nlp, table)
    assert [(c.text, c.value, c.unit, c.as_of) for c in claims] == [
        ("12.4", 12400000, "GBP", None), ("3.1", 3100000, "GBP", None), ("9.8", 9800000, "GBP", None), ("9.5", 9500000, "GBP", None)]


def test_a_peer_benchmark_column_an_extended_deadline_and_a_sentence_after_a_money_multiplier(claims_nlp):
    table = "Tenant satisfaction | 2023/24 | Housemark median\nOverall satisfaction (TP01) | 71.2% | 68.0%"
    own, bench = run(claims_nlp, table)
    assert (own.comparator, own.comparator_value, own.as_of) == ("statistical_neighbours", 68.0, "2023-24")
    (fare,) = run(claims_nlp, "3.3 The £2 single fare cap has been extended to December 2024.")
    assert fare.as_of is None  # the cap's end, not what the figure is as of
    claims = run(claims_nlp, "Spend to 31 December 2024 was £22.9m against a revised budget for the year of £31.4m. "
                             "Forecast slippage has risen to £5.6m.")
    assert [c.indicator for c in claims] == ["budget", "budget", "capital_slippage"]


def test_a_share_of_those_on_long_term_support_is_not_a_count_of_them(claims_nlp):
    # written for this test: an adult social care improvement plan's six-month progress report
    (claim,) = run(claims_nlp, "20.5% of people who receive long-term support now receive a direct payment.")
    assert claim.indicator == "direct_payments"  # was long_term_support, an indicator counted in people



def test_response_and_waiting_times_are_read_in_minutes(claims_nlp):
    # written for this test: a fire and rescue CRMP annual review, a Police and Crime Panel report, a customer
    # services progress report
    (time, before) = run(claims_nlp, "In 2023/24 the average response time for the first engine to dwelling fires was "
                                     "8 minutes 32 seconds, compared with 8 minutes 51 seconds in 2022/23.")
    assert (time.value, time.unit, time.as_of) == (pytest.approx(8.5333), "minutes", "2023-24")
    assert (time.comparator, time.comparator_value, before.value) == ("previous", pytest.approx(8.85), pytest.approx(8.85))
    (national,) = run(claims_nlp, "The national average first appliance response time to primary fires in England was 9:02 in 2023/24.")
    assert (national.value, national.unit) == (pytest.approx(9.0333), "minutes")
    # a standard's window, a clock time, a journey and a service's telephone number are no claims
    (standard,) = run(claims_nlp, "The standard is for the first fire engine to arrive at a dwelling fire within 10 minutes on 80% of occasions.")
    assert standard.text == "80%"
    (answered,) = run(claims_nlp, "In 2023/24, 91.3% of 999 calls were answered within 10 seconds.")
    assert answered.text == "91.3%"
    calls = run(claims_nlp, "The meeting started at 10:30. The Force received 248,600 999 calls in the year.")
    assert [c.text for c in calls] == ["248,600"]
    assert run(claims_nlp, "The journey is 20 minutes in the car.") == []
    (wait,) = run(claims_nlp, "The average time to answer a 101 call was 4 minutes 12 seconds, down from 11 minutes in 2022/23.")
    assert (wait.value, wait.from_value, wait.direction) == (pytest.approx(4.2), 11, "down")
    (line,) = run(claims_nlp, "The average call waiting time for the Revenues line was 7:40 in September 2024.")
    assert (line.value, line.unit, line.as_of) == (pytest.approx(7.6667), "minutes", "2024-09")


def test_the_size_of_a_change_takes_the_measure_its_sentence_names(claims_nlp):
    # written for this test: a highways outturn report and a libraries review; the level of carbon emissions is in
    # tonnes, but its change may be in per cent
    tonnes, share = run(claims_nlp, "Carbon emissions from street lighting reduced by 1,240 tonnes CO2e, a reduction of 52%.")
    assert (share.value, share.unit, share.indicator, share.direction) == (52, "%", "carbon_emissions", "down")
    visits = run(claims_nlp, "Library visits rose to 612,400 in 2024, up 8% on 2023.")
    assert [(c.text, c.indicator) for c in visits] == [("612,400", "library_visits"), ("8%", "library_visits")]
    # a change's size is never money in general: "Forecasts predicted a 3-7% reduction in ... pupils"
    (cut,) = run(claims_nlp, "Forecasts predicted a 7% reduction in independent school pupils.")
    assert cut.indicator != "budget"


def test_a_yearly_volume_is_a_claim_and_a_small_count_a_year_a_frequency(claims_nlp):
    # written for this test: a CRMP action plan and a culture strategy's action plan
    (visits,) = run(claims_nlp, "We will increase home fire safety visits to 16,000 a year by March 2026.")
    assert visits.value == 16000
    assert run(claims_nlp, "The Board meets 4 a year and the Panel 12 a year.") == []


def test_contact_centre_and_call_handling_measures_have_indicators(claims_nlp):
    # written for this test: a customer services performance report and a Police and Crime Panel report
    (answered,) = run(claims_nlp, "In 2023/24, 91.3% of 999 calls were answered within 10 seconds.")
    assert answered.indicator == "emergency_calls_answered"
    (abandoned,) = run(claims_nlp, "The call abandonment rate was 8.2% in Quarter 2, against a target of 10%.")[:1]
    assert abandoned.indicator == "call_abandonment"
    (wait,) = run(claims_nlp, "The average time to answer a 101 call was 4 minutes 12 seconds.")
    assert wait.indicator == "call_wait_time"
    (first,) = run(claims_nlp, "First contact resolution was 74% in September 2024.")
    assert first.indicator == "first_contact_resolution"
    (online,) = run(claims_nlp, "Digital transactions made up 47% of all transactions in Quarter 2.")
    assert online.indicator == "digital_transactions"
    # a share of something else, not a wait: "waiting times" for an assessment are in weeks
    (weeks,) = run(claims_nlp, "Average waiting times for an occupational therapy assessment were 9 weeks.")
    assert weeks.indicator != "call_wait_time"


def test_reception_and_year_6_excess_weight_are_told_apart(claims_nlp):
    # written for this test: a Director of Public Health's annual report
    (reception,) = run(claims_nlp, "In 2022/23, 21.6% of Reception children were overweight or obese (England 21.3%).")[:1]
    assert reception.indicator == "excess_weight_reception"
    year6 = run(claims_nlp, "37.8% of Year 6 children were overweight or obese in 2022/23, compared with 36.6% in England.")
    assert year6[0].indicator == "excess_weight_year6"


def test_a_short_numbered_paragraph_of_figures_is_prose_not_a_table(claims_nlp):
    # written for this test: safeguarding partnership and leisure outturn papers; a sentence of figures was read as a
    # table (`miner.tabular`), so it was not parsed and its figures lost their nouns
    from miner.tabular import is_tabular

    assert not is_tabular("3.2 In 2024/25 there were 1,204 referrals, 312 assessments and 45 plans.")
    assert not is_tabular("2.1 Of the 42 indicators reported this quarter, 26 (62%) are Green, 10 (24%) Amber and 6 (14%) Red.")
    assert is_tabular("Core\n0.0 -20,537.5\n-6,844.6\n3,544.6 12.0\n7.5 8.1")  # a table still is
    assert is_tabular("Total 1,204 1,312 1,450 1,502 12.0% 8.1% 4.5% and 3.2%.")  # a row of figures with a full stop
    # a number inside the indicator's own words counts what it names ("determined 312 planning applications")
    (decided, _) = run(claims_nlp, "2.2 In Quarter 2 the Council determined 312 planning applications, compared with 287 in Quarter 1.")
    assert (decided.indicator, decided.comparator_value) == ("planning_applications", 287)
    (staff,) = run(claims_nlp, "5.3 Attendance by education staff rose to 612, from 455 in 2022/23.")
    assert staff.indicator != "school_attendance"


def test_regulatory_services_measures_and_food_hygiene_ratings(claims_nlp):
    # written for this test: a district council's regulatory services outturn report
    claims = run(claims_nlp, "At 31 March 2025, 97.1% of food businesses in the district were rated 3 (generally satisfactory) "
                             "or above under the Food Hygiene Rating Scheme. 83% were rated 5 (very good).")
    assert [c.text for c in claims] == ["97.1%", "83%"]  # 3 and 5 are grades
    assert claims[0].indicator == "food_hygiene_ratings"
    (done,) = [c for c in run(claims_nlp, "574 food hygiene inspections were completed, 93.8% of those due.") if c.unit == "%"]
    assert done.indicator == "food_hygiene_inspections"
    (noise, _) = run(claims_nlp, "1,118 noise complaints were received, down 7% from 1,202 in 2023/24.")
    assert noise.indicator == "noise_complaints"  # not complaints about the council
    (licences, _) = run(claims_nlp, "92% of licence applications were determined within the statutory timescale (target 90%).")
    assert licences.indicator != "planning_timeliness"


def test_health_visiting_checks_family_hubs_custody_and_swim_school(claims_nlp):
    # written for this test: a Family Hubs and Start for Life update, a Youth Justice Plan review, a leisure outturn
    items = ("New birth visits within 14 days: 91.3% (target 95%)", "6-8 week reviews: 84.7% (target 90%)",
             "2-2½ year reviews: 72.9% (target 80%)")  # the items of a list under "Health visiting mandated checks:"
    assert tuple(run(claims_nlp, item)[0].indicator for item in items) == (
        "new_birth_visits", "health_visitor_6_8_week_reviews", "health_visitor_2_year_reviews")
    hubs = run(claims_nlp, "8 family hubs are now open, against a plan of 9 by March 2025, with a further 14 outreach sites.")
    assert hubs[0].indicator == "family_hubs" and [c.indicator for c in hubs if c.text == "14"] == [None]
    (custody, _rate) = run(claims_nlp, "There were 4 custodial sentences in 2023/24, a rate of 0.19 per 1,000 10-17 year olds.")
    assert custody.indicator == "custodial_sentences"
    (swim, _) = run(claims_nlp, "3,412 children were enrolled on the swim school at the end of March 2025, against a target of 3,500.")
    assert swim.indicator == "swim_school_enrolments"
    (panel,) = run(claims_nlp, "The service has 12 volunteer referral order panel members.")
    assert panel.indicator is None  # a referral order is a court order, not a referral


def test_public_health_treatment_libraries_culture_roads_and_grants_indicators(claims_nlp):
    # written for this test: a Director of Public Health's update, a libraries and culture review, a highways outturn
    # and a community safety report (the indicators round 18 wrote and this round brought back group by group)
    def ind(text):
        return run(claims_nlp, text)[0].indicator

    assert ind("In 2023/24, 5.2% of opiate users successfully completed treatment.") == "treatment_completions"
    assert ind("There were 1,842 adults in drug and alcohol treatment at 31 March 2024.") == "drug_alcohol_treatment"
    assert ind("The Council repaired 38,412 potholes in 2024/25.") == "road_repairs"  # a count with a comma
    assert ind("In 2023/24, 4% of A roads were in red condition.") == "road_condition_principal"
    assert ind("Library volunteers gave 4,260 volunteer hours in 2024.") == "volunteer_hours"
    assert ind("There were 131,800 visits to the museum in 2024.") == "museum_visits"
    assert ind("The library service had 21,450 active borrowers at 31 March 2024.") == "library_members"
    assert ind("The partnership received £1.2m of Home Office funding for 2024/25.") == "grant_funding"


def test_fire_and_police_measures_have_indicators(claims_nlp):
    # written for this test: a fire and rescue CRMP annual review and a Police and Crime Panel annual report
    def ind(text):
        return run(claims_nlp, text)[0].indicator

    assert ind("In 2023/24 the average response time for the first engine to dwelling fires was 8 minutes 32 seconds.") == "fire_response_time"
    assert ind("There were 412 accidental dwelling fires in 2023/24, down from 455.") == "accidental_dwelling_fires"
    assert ind("Crews completed 14,210 home fire safety visits in 2023/24.") == "home_fire_safety_visits"
    assert ind("On-call appliance availability was 78.4% in Quarter 3.") == "on_call_availability"
    assert ind("At 31 March 2024 there were 712 neighbourhood policing officers, up from 604 in March 2022.") == "neighbourhood_officers"
    assert ind("Burglary reduced to 4,105 offences, a reduction of 11% on 2022/23.") == "burglary"
    assert ind("The Force had 248 PCSOs at 31 March 2024.") == "pcsos"
    assert ind("Victim satisfaction was 71% in 2023/24.") == "victim_satisfaction"


def test_a_lead_in_gives_the_period_it_holds_alone_in_brackets():
    # written for this test: a Family Hubs update's "4.2 Health visiting mandated checks (Q3 2024/25):"
    from miner.nlp.claim_as_of import lead_in_date

    assert lead_in_date("4.2 Health visiting mandated checks (Q3 2024/25):") == "2024-12"
    assert lead_in_date("Key figures (2023/24):") == "2023-24"
    # a gloss in brackets dates nothing
    assert lead_in_date("the following uplifts to be applied from April 2025 (consistent with the pay strategy agreed "
                        "in May 2024):") == "2025-04"
    assert lead_in_date("Outcomes (see Appendix 2):") is None
    assert lead_in_date("Checks (Q3 2024/25 provisional):") is None


def test_repeat_and_long_child_protection_plans_are_not_the_count_of_plans(claims_nlp):
    # written for this test: a children's services performance report (round 20 probes)
    repeat, neighbours = run(claims_nlp, "The proportion of children becoming subject to a plan for a second or subsequent "
                                         "time was 21%, above the statistical neighbour average of 18.4%.")
    assert (repeat.indicator, neighbours.indicator) == ("repeat_child_protection_plans",) * 2
    assert (repeat.comparator, repeat.comparator_value) == ("statistical_neighbours", 18.4)
    (long_plans,) = run(claims_nlp, "The percentage of child protection plans lasting two years or more was 3.1%.")
    assert long_plans.indicator == "child_protection_plans_2_years"
    count, rate = run(claims_nlp, "At the end of June 2025 there were 412 children subject to a child protection plan, "
                                  "a rate of 41.2 per 10,000 children.")
    assert (count.indicator, rate.indicator) == ("child_protection_plans", "child_protection_plans")


def test_youth_justice_kpi_rows_and_a_plan_column_as_target(claims_nlp):
    # written for this test: a Youth Justice Plan's KPI table and a Better Care Fund year-end table
    table = ("Indicator | 2023/24 | 2024/25\n"
             "First-time entrants to the youth justice system per 100,000 10-17 year olds | 162 | 141\n"
             "Children in suitable education, training or employment at end of order (%) | 68% | 74%\n"
             "Children in suitable accommodation at end of order (%) | 91% | 94%")
    got = [(c.text, c.indicator, c.as_of) for c in run(claims_nlp, table)]
    assert got == [("162", "first_time_entrants", "2023-24"), ("141", "first_time_entrants", "2024-25"),
                   ("68%", "youth_justice_ete", "2023-24"), ("74%", "youth_justice_ete", "2024-25"),
                   ("91%", "youth_justice_accommodation", "2023-24"), ("94%", "youth_justice_accommodation", "2024-25")]
    bcf = run(claims_nlp, "Metric | Plan 2024-25 | Actual 2024-25 | Met?\n"
                          "Avoidable admissions (indirectly standardised rate per 100,000) | 180.0 | 172.4 | Met\n"
                          "Discharge to usual place of residence (%) | 92.5% | 93.1% | Met")
    plan, actual, _plan, usual = bcf
    assert (actual.indicator, actual.unit, actual.comparator, actual.comparator_value) == (
        "avoidable_admissions", "per_100000", "target", 180.0)
    assert usual.indicator == "discharge_usual_residence" and actual.metric.startswith("Avoidable admissions")
    rate, planned = run(claims_nlp, "Unplanned hospitalisation for chronic ambulatory care sensitive conditions was 172.4 "
                                    "per 100,000 population, below the plan of 180.0.")
    assert (rate.comparator, rate.comparator_value, planned.unit) == ("target", 180.0, "per_100000")


def test_a_pipe_rows_cells_take_its_label_as_metric_and_their_own_periods(claims_nlp):
    # written for this test: a libraries annual report whose cells carry their year, and figures in millions
    older, newer = run(claims_nlp, "E-book loans | 2023/24 1.05 million | 2024/25 1.21 million")
    assert (older.value, older.as_of, older.metric) == (1050000, "2023-24", "E-book loans")
    assert (newer.value, newer.as_of, newer.indicator) == (1210000, "2024-25", "library_issues")
    visits = run(claims_nlp, "Measure | 2023/24 | 2024/25\nE-book loans | 1.05 million | 1.21 million\n"
                             "Library visits | 2.3 million | 2.5 million")
    assert [(c.as_of, c.indicator, c.metric) for c in visits[2:]] == [
        ("2023-24", "library_visits", "Library visits"), ("2024-25", "library_visits", "Library visits")]
    (enquiries, _older, progressed) = run(claims_nlp, "During 2024/25 the service received 214 initial enquiries, compared "
                                                     "with 187 in 2023/24. Of these, 41 progressed to assessment.")
    assert progressed.metric != "41"  # a figure is never its own metric


def test_list_items_with_a_range_in_their_label_take_the_lead_ins_period(claims_nlp):
    # written for this test: health visiting mandated checks listed under a dated heading, each item its own unit
    def unit_claims(text: str, role: str, start: int):
        doc = claims_nlp.make_doc(text)
        doc._.miner_unit = TextUnit("hv-doc", "s", "4.1", role, "other", None, start, text)
        return [s._.miner_record for s in claims_nlp(doc).spans["miner_claims"]]

    lead = "Mandated checks, 2024/25:"
    assert unit_claims(lead, "paragraph", 0) == []
    got, at = [], len(lead) + 1
    for item in ("Antenatal contacts: 62%", "6-8 week reviews: 84%", "2-2.5 year reviews: 75%"):
        got += [(c.indicator, c.as_of) for c in unit_claims(item, "item", at)]
        at += len(item) + 1
    assert got == [("health_visitor_antenatal_contacts", "2024-25"), ("health_visitor_6_8_week_reviews", "2024-25"),
                   ("health_visitor_2_year_reviews", "2024-25")]


def test_fostering_adoption_and_virtual_school_indicators(claims_nlp):
    # written for this test: a fostering annual report, a Regional Adoption Agency report, a Virtual School report
    def ind(text, quote=None):
        return next(c.indicator for c in run(claims_nlp, text) if quote is None or c.text == quote)

    assert ind("The Fostering Panel approved 23 new mainstream fostering households in the year.") == "foster_carer_approvals"
    assert ind("14 fostering households were deregistered during the year, mostly due to retirement.") == (
        "foster_carer_deregistrations")
    assert ind("There were 168 approved fostering households at 31 March 2025.") == "foster_carers"
    assert ind("The remaining 42% were placed with Independent Fostering Agencies (IFAs).") == "ifa_foster_placements"
    assert ind("Long-term stability also improved to 69%.") == "placement_stability_long_term"
    assert ind("In 2024-25, 86 adoption orders were granted for children placed by the RAA.") == "children_adopted"
    assert ind("Placement orders were granted for 74 children during the year.") == "placement_orders"
    assert ind("147 new requests for an adoption support assessment were received, an increase of 18% on 2023-24.",
               "18%") is None  # adoption support is no adoption
    assert ind("A10: Average time between a child entering care and moving in with its adoptive family, adjusted for "
               "foster carer adoptions: 502 days") == "adoption_a10_days"
    assert ind("Key Stage 4: the average Attainment 8 score for children looked after was 21.3, up from 19.8 in "
               "2022-23.") == "attainment_8"  # what is measured, not who is counted
    assert ind("Persistent absence among children looked after fell to 17.5% in 2023-24.") == "persistent_absence"
    assert ind("The number of non-UASC children in care decreased by 25 in the Quarter to 1,409.") == (
        "children_looked_after")


def test_adult_care_and_domestic_abuse_indicators(claims_nlp):
    # written for this test: a Better Care Fund year-end report and a domestic abuse annual review
    def ind(text, quote=None):
        return next(c.indicator for c in run(claims_nlp, text) if quote is None or c.text == quote)

    assert ind("The proportion of people discharged from acute hospital to their usual place of residence was 93.1%.") == (
        "discharge_usual_residence")
    assert ind("Emergency hospital admissions due to falls in people aged 65 and over were 2,014 per 100,000 "
               "population.") == "falls_admissions"
    assert ind("The Partnership commissions 46 units of refuge accommodation.") == "safe_accommodation_units"
    assert ind("The IDVA service received 2,406 referrals in 2024/25.") == "idva_cases"  # not children's social care
    assert ind("The proportion of antenatal contacts delivered this quarter was 50.7%.") == (
        "health_visitor_antenatal_contacts")
    assert ind("Attendance at Emergency Incidents within 2 hours was 540 within time out of 565 incidents.",
               "540") is None  # no school attendance
    (idva, cap) = run(claims_nlp, "The average IDVA caseload was 92 against a recommended maximum of 100.")
    assert (idva.comparator, idva.comparator_value) == ("target", 100)


def test_an_average_per_day_is_a_level_and_a_noun_pair_shares_its_date(claims_nlp):
    # written for this test: a Better Care Fund year-end report and a domestic abuse annual review
    (delayed,) = run(claims_nlp, "The average number of people delayed in hospital with no criteria to reside was 96 per "
                                 "day in March 2025, down from 121 in April 2024.")
    assert (delayed.value, delayed.as_of, delayed.from_value, delayed.direction) == (96, "2025-03", 121, "down")
    assert delayed.indicator == "delayed_transfers_of_care"
    assert run(claims_nlp, "Carers visit the home 3 times a day.") == []  # how often, no level
    recorded, _change = run(claims_nlp, "Police recorded 8,912 domestic abuse incidents and crimes in 2024/25, an "
                                        "increase of 3.4% on 2023/24.")
    assert recorded.as_of == "2024-25"


def _extract_text(tmp_path, text: str):
    """Claims of a short paper written to a file and read as `miner ingest` reads it (units, captions, tables)."""
    from miner.extract import extract
    from miner.ingest import prepare

    path = tmp_path / "paper.txt"
    path.write_text(text, encoding="utf-8")
    document, sections = prepare(path)
    return extract(document, sections).claims


def test_air_quality_concentrations_are_their_own_unit_and_pollutant(claims_nlp):
    # written for this test: an Air Quality Annual Status Report to an environment committee
    (mean,) = run(claims_nlp, "The station recorded an NO2 annual mean of 29.2 µg/m3 in 2024.")
    assert (mean.value, mean.unit, mean.indicator, mean.as_of) == (29.2, "ug_m3", "no2_annual_mean", "2024")
    (pm,) = run(claims_nlp, "The PM2.5 annual mean was 8.3 μg/m³.")  # the Greek mu and a superscript three
    assert (pm.unit, pm.indicator) == ("ug_m3", "pm25_annual_mean")


def test_a_caption_gives_rows_of_names_their_unit_and_measure(tmp_path):
    # written for this test: a table of sites or centres under a caption naming the measure
    claims = _extract_text(tmp_path, (
        "4.5 Table 1 sets out the results.\n\n"
        "Table 1: Annual mean NO2 (µg/m3) at AQMA monitoring sites\n\n"
        "| Site | 2023 | 2024 |\n| MB17 Bridge Street | 39.4 | 36.8 |\n| MB22 London Road | 34.0 | 31.7 |\n\n"
        "4.6 Table 2 sets out visits.\n\n"
        "Table 2: Leisure centre visits, April to September 2025\n\n"
        "| Centre | Apr-Sep 2024 | Apr-Sep 2025 | Change |\n| Marlow Park Pool | 98,200 | 101,600 | +3.5% |\n"
        "| Total | 482,050 | 512,400 | +6.3% |\n"))
    by = {c.text: c for c in claims}
    assert (by["36.8"].unit, by["36.8"].indicator, by["36.8"].as_of) == ("ug_m3", "no2_annual_mean", "2024")
    assert (by["512,400"].unit, by["512,400"].indicator) == ("count", "leisure_visits")
    assert by["101,600"].indicator is None  # one centre's visits: a breakdown, not the council's
    change = next(c for c in claims if c.unit == "%" and c.value == 6.3)
    assert (change.indicator, change.direction) == ("leisure_visits", "up")


def test_money_column_heads_read_with_spaces_scale_the_cells(tmp_path):
    # written for this test: a capital programme table whose heads are aligned with spaces
    claims = _extract_text(tmp_path, (
        "5.2 The table below sets out spend in 2024/25 and the profile for the next two years.\n\n"
        "Scheme                 2024/25 actual £000   2025/26 budget £000   2026/27 budget £000\n"
        "Kelby Beck FAS                1,240                60                     0\n"
        "Saltmarsh Bay sea wall        2,870             1,850                 2,400\n"))
    assert not [c for c in claims if c.text.startswith("£")]  # "£000" is the heads' unit, no amount
    cell = next(c for c in claims if c.text == "2,870")
    assert (cell.unit, cell.value, cell.as_of) == ("GBP", 2870000, "2024-25")


def test_homelessness_duties_and_flood_protection_indicators(claims_nlp):
    # written for this test: a homelessness quarterly report and a flood risk management update
    def ind(text, quote=None):
        return next(c.indicator for c in run(claims_nlp, text) if quote is None or c.text == quote)

    assert ind("The Council accepted a prevention duty for 412 households in Quarter 2.") == "homelessness_preventions"
    assert ind("Of the prevention duties ended in the quarter, 58% ended with accommodation secured.") == (
        "prevention_duty_success")
    assert ind("The relief duty ended with accommodation secured for 39% of households.") == "relief_duty_success"
    assert ind("Phase 1 of the sea wall was completed in February 2025, protecting 610 properties.") == (
        "flood_homes_protected")
    assert ind("Property flood resilience measures were fitted to 110 homes.") == "flood_homes_protected"
    assert ind("Officers cleared 212 culverts and gullies at known flooding hotspots.") is None


def test_a_concentration_naming_no_pollutant_takes_none(claims_nlp):
    (mean,) = run(claims_nlp, "The automatic station recorded an annual mean of 29.2 µg/m3 in 2024.")
    assert (mean.unit, mean.indicator) == ("ug_m3", None)  # NO2 or a particulate: the sentence does not say


def test_thresholds_of_a_concentration_and_years_in_a_row_are_not_claims(claims_nlp):
    # written for this test: an Air Quality Annual Status Report
    texts = [c.text for c in run(claims_nlp, "Three sites recorded an annual mean within 10% of the objective (above 36 "
                                             "µg/m3), and these will remain under close review.")]
    assert texts == ["Three"]
    assert run(claims_nlp, "Concentrations at the AQMA have been below 36 µg/m3 for five consecutive years.") == []
    (fleet,) = run(claims_nlp, "62% of the licensed fleet met the Euro 6 standard or better, up from 48% a year earlier.")
    assert (fleet.value, fleet.from_value, fleet.direction) == (62, 48, "up")  # "Euro 6" is a standard's name


def test_a_sentence_opening_by_a_past_date_is_as_of_it(claims_nlp):
    # written for this test: a collection report and an action plan update
    def run_at(text, meeting):
        doc = claims_nlp.make_doc(text)
        doc._.miner_unit = TextUnit("d", "s", "x", "paragraph", "other", None, 1000, text, meeting_date=meeting)
        return [s._.miner_record for s in claims_nlp(doc).spans["miner_claims"]]

    (rate,) = run_at("By 31 October 2025 the Council had collected 62.4% of the council tax due for the year.", "2025-12-09")
    assert (rate.as_of, rate.indicator) == ("2025-10-31", "council_tax_collection")
    done = run_at("By March 2025, 11 measures had been completed, 5 were in progress and 2 had not started.", "2025-09-17")
    assert [c.as_of for c in done] == ["2025-03"] * 3
    ta = run_at("By 31 December 2025, 219 households were in temporary accommodation.", "2026-03-03")
    assert [c.as_of for c in ta] == ["2025-12-31"]
    (plan,) = run_at("By March 2027 we will have installed 40 charge points.", "2025-09-17")
    assert plan.as_of is None  # a deadline after the meeting: a plan, not a date reached
    fee, subsidy = run_at("The management fee in 2025/26 is £185,000, compared with a subsidy of £240,000 paid by the "
                          "Council in 2019/20.", "2025-11-12")
    assert (fee.as_of, subsidy.as_of) == ("2025-26", "2019-20")  # "paid by the Council" is no deadline


def test_collection_and_leisure_money_indicators(claims_nlp):
    # written for this test: a council tax collection report, a leisure and libraries report, a homelessness report
    def ind(text, quote=None):
        return next(c.indicator for c in run(claims_nlp, text) if quote is None or c.text == quote)

    assert ind("The number of council tax payers paying by direct debit has risen to 71%.") is None
    assert ind("Council Tax Support is paid to 17,450 households.") == "benefit_caseload"
    assert ind("Net spend is forecast at £8.7m for 2025/26, £2.1m above budget.", "£2.1m") == "overspend"
    assert ind("The scheme was completed at a cost of £3.2m, £0.3m below the approved budget.", "£0.3m") == "underspend"
    assert ind("The swim school had 2,960 children enrolled at 30 September 2025.") == "swim_school_enrolments"
    assert ind("E-loans rose by 14% compared with the same period last year.") == "library_issues"
    assert ind("Income from room hire, fines and sales was £41,300.") == "income"
    assert ind("The Trust's income for the six months was £2.34m.") == "income"


def test_rows_labelled_by_a_site_code_and_a_saving_against_budget(tmp_path, claims_nlp):
    # written for this test: an air quality table keyed by site code, a leisure report
    claims = _extract_text(tmp_path, (
        "1.3 The table below gives the results.\n\n"
        "Table 3: Bias-adjusted annual mean NO2 concentrations (μg/m³)\n\n"
        "| Site ID | Location | 2024 | 2025 |\n| HD04 | Market Street | 44.0 | 43.1 |\n"))
    cell = next(c for c in claims if c.text == "43.1")
    assert (cell.unit, cell.indicator, cell.as_of) == ("ug_m3", "no2_annual_mean", "2025")
    (saving,) = run(claims_nlp, "The leisure contract is forecast to deliver a net saving of £55,000 against budget in 2025/26.")
    assert (saving.indicator, saving.as_of) == ("savings", "2025-26")
    (lessons,) = run(claims_nlp, "Income from swimming lessons was £312,000 in the first nine months of the year.")
    assert lessons.indicator == "income"


def test_a_share_in_brackets_takes_the_benchmark_and_watercourse_consents_are_no_planning(claims_nlp):
    # written for this test: a libraries report and a flood risk management update
    count, share, national = run(claims_nlp, "Of the children who joined, 2,190 completed it (64%), compared with a "
                                             "national completion rate of 52%.")
    assert (count.comparator, share.comparator, share.comparator_value) == (None, "national", 52)
    (consents,) = run(claims_nlp, "Ordinary watercourse consents determined within 8 weeks were 96%.")
    assert consents.indicator is None
    (planning,) = run(claims_nlp, "Minor applications determined within 8 weeks were 91%.")
    assert planning.indicator is not None  # still a planning measure


def test_concentrations_are_shown_with_their_unit():
    from miner.charts import format_value
    from miner.cli_output import with_figure

    assert with_figure({"figure": "36.8", "unit": "ug_m3"})["figure"] == "36.8 µg/m³"  # a table cell printed bare
    assert with_figure({"figure": "29.2 µg/m3", "unit": "ug_m3"})["figure"] == "29.2 µg/m3"  # already shows it
    assert format_value(36.8, "ug_m3") == "36.8 µg/m³"


def test_a_markdown_tables_rule_is_not_its_heads():
    """Written for this test (stop 27): the heads are the line above the "|---|" rule, so the Target column is read."""
    from miner.nlp.claim_table import is_target_column, table_row

    table = ("| Measure | 2021/22 (baseline) | 2023/24 | Target 2025/26 | Status |\n|---|---|---|---|---|\n"
             "| Library visits | 410,000 | 463,200 | 500,000 | On track |")
    reached, aim = table_row(table, table.index("463,200")), table_row(table, table.index("500,000"))
    assert reached.heads[reached.index] == "2023/24" and not is_target_column(reached)
    assert is_target_column(aim)
    spaced = "Output Target Actual RAG\nCarriageway resurfacing (miles) 120 104 Amber"
    assert is_target_column(table_row(spaced, spaced.index("120")))


def run_units(nlp, units: list[tuple[str, bool]], doc_period: str | None = None, start: int = 1000):
    """Claims of adjacent units of one paper fed in order, as the finder meets them; each (text, tabular). In a
    tabular text "¦" marks a line break between two cells of one printed row (a PDF's `Line.same_row`)."""
    out, pos = [], start
    for text, tabular, *scale in units:  # (text, tabular[, money scale a caption gave the unit's figures])
        joins = []
        while "¦" in text:
            at = text.index("¦")
            joins.append(at)
            text = text[:at] + "\n" + text[at + 1 :]
        doc = nlp.make_doc(text)
        doc._.miner_unit = TextUnit("d", f"s{pos}", "x", "paragraph", "other", None, pos, text, tabular=tabular,
                                    row_joins=tuple(joins), doc_period=doc_period, money_scale=(scale or [None])[0])
        out += [(pos, s._.miner_record) for s in nlp(doc).spans["miner_claims"]]
        pos += len(text) + 2
    return {c.text: c for _pos, c in out}


def test_pdf_table_cells_take_their_row_label_and_two_line_column_heads(claims_nlp):
    head = "Ref Measure¦2023/24¦Q1¦Q2¦Target¦RAG\noutturn¦2024/25¦2024/25¦2024/25"
    rows = ("2A(2) Permanent admissions to care¦312.7 301.5¦289.4 300.0¦Green\nhomes, aged 65+\n(per 100,000 population)\n"
            "L1¦People waiting for a Care Act¦583 529¦487 450¦Red\nassessment\n"
            "L2¦Average wait for assessment (days) 45¦41 34¦28 Red")
    claims = run_units(claims_nlp, [("Table 1: ASCOF measures", False), (head, True), (rows, True)])
    admissions = claims["289.4"]
    assert (admissions.unit, admissions.indicator, admissions.as_of) == ("per_100000", "care_home_admissions", "2024-09")
    assert claims["312.7"].as_of == "2023-24"
    assert "65" not in claims  # the age band in the row's label
    assert claims["583"].indicator == "asc_waiting_list"  # a cell of its own after "Care Act", no "Act 583"
    assert (claims["41"].unit, claims["41"].indicator, claims["41"].as_of) == ("days", "asc_assessment_wait", "2024-06")


def test_pdf_table_head_unit_passes_its_caption_and_column_periods_on(claims_nlp):
    caption = "Table 1: Sickness absence by directorate (days per FTE, rolling 12 months)"
    head = "Directorate¦FTE¦Sept 2023 March 2024¦Sept 2024"
    rows = "Adults and Health¦1,046.2¦13.8 13.1¦12.6\nCouncil total¦3,512.6¦11.3 10.9¦10.4"
    claims = run_units(claims_nlp, [(caption, False), (head, True), (rows, True)])
    assert (claims["12.6"].unit, claims["12.6"].as_of, claims["12.6"].indicator) == ("days", "2024-09", None)
    assert (claims["10.4"].indicator, claims["11.3"].as_of) == ("sickness_absence", "2023-09")  # the total row
    assert claims["1,046.2"].unit == "count"  # an FTE column counts staff, whatever the caption's unit


def test_bare_quarter_columns_are_of_the_papers_year_and_wrapped_labels_hold_no_figures(claims_nlp):
    table = ("Indicator¦2023/24 outturn Q1 Q2 Q3¦Target\nResidual waste per household (kg) 418 101¦98 96¦95\n"
             "Fly-tips removed within¦91.0%¦93.4% 94.1% 92.7% 95.0%\ntwo working days (%)")
    claims = run_units(claims_nlp, [(table, True)], doc_period="2024-25")
    assert (claims["98"].unit, claims["98"].as_of, claims["418"].as_of) == ("kg", "2024-09", "2023-24")
    assert claims["92.7%"].as_of == "2024-12"
    assert "two working days" not in claims


def test_comparison_windows_and_quarter_ranges_are_not_claims(claims_nlp):
    text = ("Voluntary turnover for the twelve months to September 2024 was 9.8%, compared with 11.6% in the previous "
            "twelve months. Long-term absence (more than 20 working days) made up 64% of all days lost. The recycling "
            "rate for Quarters 1 to 3 was 47.3%.")
    found = {c.text for c in run(claims_nlp, text)}
    assert {"9.8%", "11.6%", "64%", "47.3%"} <= found
    assert not found & {"twelve months", "20 working days", "3", "1"}


@pytest.mark.parametrize("text, figure, indicator", [
    ("Change events for Housing Benefit were processed in an average of 6.2 days in Quarter 3.", "6.2 days",
     "benefit_processing_days"),
    ("At 31 December 2024 the Council had 9,842 Housing Benefit claimants.", "9,842", "benefit_caseload"),
    ("Housing Benefit overpayments of £1.27m were identified in the year.", "£1.27m", "benefit_overpayments"),
    ("In the 24 months to September 2024, 0.9% of non-major decisions\nwere overturned at appeal.", "0.9%",
     "planning_appeals"),
    ("In Quarter 3 the Planning Inspectorate determined 23 appeals.", "23", "planning_appeals"),
    ("The enforcement team opened 146 new cases in Quarter 3.", "146", "planning_enforcement"),
    ("The garden waste service had 24,615 subscribers at 31 December 2024.", "24,615", "garden_waste_subscriptions"),
    ("In Quarter 2, 72.5% of people receiving long-term support had been reviewed in the last 12 months.", "72.5%",
     "reviews_timeliness"),
    ("642 carers received a carer's assessment or review in Quarter 2.", "642", "carers_assessments"),
    ("82.4% of adults with a learning disability live in their own home or with their family.", "82.4%",
     "settled_accommodation"),
    ("The GP exercise referral scheme received 640 referrals in 2023/24.", "640", None),
    ("In Quarter 3 alone, 11 of the 12 major applications were decided in time.", "11", None),
])
def test_indicators_of_benefits_planning_waste_and_adult_care_measures(claims_nlp, text, figure, indicator):
    claims = {c.text: c for c in run(claims_nlp, text)}
    assert claims[figure].indicator == indicator


def test_shares_of_a_count_listed_by_type_take_no_count_indicator(claims_nlp):
    text = ("There were 1,277 fly-tipping incidents reported in the year. The most common types were:\n"
            "- black bags of household waste (38%);\n- white goods and furniture (17%).")
    claims = {c.text: c for c in run(claims_nlp, text)}
    assert claims["1,277"].indicator == "fly_tipping"
    assert claims["38%"].indicator is None and claims["17%"].indicator is None


def test_a_pdf_table_read_through_the_reader_gives_cells_their_row_column_and_caption(claims_nlp):
    """End to end on a Word-style PDF (printed by Chromium from an invented workforce report): the caption's unit,
    the head unit's month columns and the total row reach the cells, though the PDF gives each a line of its own."""
    from miner.extract import extract
    from miner.readers import read_document
    from miner.sections import build_sections

    document = read_document(Path(__file__).resolve().parent / "fixtures" / "workforce_sickness_table.pdf",
                             pdf_backend="pdfium")
    claims = extract(document, build_sections(document), nlp=claims_nlp).claims
    cells = {(c.text, c.as_of): c for c in claims if c.unit == "days"}
    assert ("12.6", "2024-09") in cells and ("13.8", "2023-09") in cells and ("5.8", "2024-03") in cells
    assert cells[("10.4", "2024-09")].indicator == "sickness_absence"  # "Council total"
    assert next(c for c in claims if c.text == "1,046.2").unit == "count"  # the FTE column


def test_span_column_heads_side_by_side_are_not_claims(claims_nlp):
    """A PDF table's heads read as one row ("12 mths to 12 mths to Quarter to Quarter to") name periods, not figures."""
    found = {c.text for c in run(claims_nlp, "12 mths to 12 mths to Quarter to Quarter to\nIt took 18 months to agree.")}
    assert found == {"18 months"}


def test_a_share_of_the_tax_due_for_a_year_is_as_of_the_date_it_was_reached_by(claims_nlp):
    text = ("By 31 December 2024 the Council had collected 83.1% of the Council Tax due for 2024/25, compared with 83.6% "
            "at the same point in 2023/24.")
    claims = {c.text: c for c in run(claims_nlp, text)}
    assert claims["83.1%"].as_of == "2024-12-31"
    assert claims["83.1%"].indicator == "council_tax_collection"


def test_a_threshold_a_figure_is_held_against_is_its_target(claims_nlp):
    text = "For non-major applications, 88.6% were decided in time, against the threshold of 70%."
    claim = next(c for c in run(claims_nlp, text) if c.text == "88.6%")
    assert (claim.comparator, claim.comparator_value) == ("target", 70)


def test_a_budget_column_under_a_two_line_head_names_its_cells(claims_nlp):
    """A budget monitoring table ("Directorate Revenue Revenue Revenue %" over "Budget Forecast Variance Variance"): a
    directorate's cell in the Budget column is its budget; the forecast and variance are not."""
    head = "Directorate Revenue Revenue Revenue %\nBudget Forecast Variance Variance"
    rows = "Adult Social Care & Health 586.1 621.6 +35.4 +6.0%\nChildren, Young People & Education 430.6 420.8 -9.9 -2.3%"
    claims = run_units(claims_nlp, [("Table 2: Revenue budget monitoring (£m)", False), (head, True), (rows, True, 1e6)])
    assert claims["586.1"].indicator == "budget" and claims["430.6"].indicator == "budget"
    assert claims["621.6"].indicator != "budget"


def test_quarters_over_their_years_on_two_head_lines_date_each_column(claims_nlp):
    head = "Application type¦Q3¦Q4¦Q1¦Q2¦Q3¦National\n2023/24¦2023/24¦2024/25¦2024/25¦2024/25¦target"
    rows = "Major¦87.5% 90.0% 100% 85.7% 91.7% 60%\nMinor¦79.2% 83.1% 86.4% 88.0% 90.2% 70%"
    claims = run_units(claims_nlp, [(head, True), (rows, True)])
    assert [claims[c].as_of for c in ("79.2%", "83.1%", "86.4%", "90.2%")] == ["2023-12", "2024-03", "2024-06", "2024-12"]


def test_open_cases_of_an_enforcement_team_are_no_childrens_open_cases(claims_nlp):
    text = "The enforcement team opened 146 new cases and closed 171, leaving 289 open cases at 31 December 2024."
    claims = {c.text: c for c in run(claims_nlp, text)}
    assert claims["289"].indicator == "planning_enforcement"  # what the words before name
    assert run(claims_nlp, "There were 1,204 open cases in children's social care.")[0].indicator == "open_cases"


def test_piped_table_empty_cells_keep_their_column_and_money_head_row_is_no_claim(tmp_path):
    # written for this test: a late budget changes report whose rows leave the "Increase" cell empty
    claims = _extract_text(tmp_path, (
        "2.3 The table below sets out the council's updated share of business rates for 2025-26 compared to the "
        "estimates in the February papers.\n\n"
        "| | Estimate in February papers | Updated figures | Increase |\n"
        "| | £'000 | £'000 | £'000 |\n"
        "| Business rates top up grant | 149,107.7 | 149,107.7 | |\n"
        "| Total | 269,141.2 | 269,183.9 | 42.7 |\n\n"
        "3.1 The table below summarises the grant.\n\n"
        "| Grant allocations | Estimate | Updated | Increase |\n"
        "| | £'000 | £'000 | £'000 |\n"
        "| 2024-25 allocation | 75,734.8 | 77,308.9 | 1,574.1 |\n"
        "| 2025-26 allocation | 76,783.7 | 81,469.5 | 4,685.8 |\n"))
    assert not [c for c in claims if c.text.endswith("000")]  # "£'000" heads the columns, it is no £0
    by = {(c.text, c.start): c for c in claims}
    top_up = [c for (t, _s), c in sorted(by.items(), key=lambda kv: kv[0][1]) if t == "149,107.7"]
    assert [(c.unit, c.value, c.direction, c.as_of) for c in top_up] == [("GBP", 149107700, None, "2025-26")] * 2
    later = next(c for c in claims if c.text == "77,308.9")
    assert (later.value, later.as_of) == (77308900, "2024-25")  # the row's label dates it, not the next row's


def test_contents_pages_ranks_hours_and_rounding_steps_are_not_claims(tmp_path):
    # written for this test: an annual report's contents table and a decision report's ward and rental tables
    claims = _extract_text(tmp_path, (
        "TABLE OF CONTENTS\n\n| Foreword | 3 |\n| Kent Events | 11 |\n| Data | 20 |\n\n"
        "4.13 The table below sets out the five wards with the highest deprivation scores.\n\n"
        "| Ward | Score | Rank (out of 290 wards) |\n| Central | 64.47 | 1 |\n| Sheerness | 58.45 | 2 |\n\n"
        "4.14 Authorities were compared by population (to the nearest 10,000).\n\n"
        "| Centre | Cost Per Hour | Hours Per Week | Estimated Annual Rental Cost |\n"
        "| Seashells | £20 | 14 | £14,560 |\n"))
    assert sorted(c.text for c in claims) == sorted(["five", "64.47", "58.45", "£20", "£14,560"])


def test_names_sizes_ages_and_time_left_are_not_claims_in_an_annual_report(claims_nlp):
    # written for this test: an Armed Forces Covenant annual report and a decision report's boilerplate
    texts = [
        "We work closely with 36 Royal Engineers, 579 Field Squadron (EOD) and 220 Medical Squadron.",
        "Read more about the Covenant document (PDF, 150.3 KB).",
        "114 veterans were listed in Police Custody with ages ranging from 18 to 87.",
        "With just three months left, I continue to be filled with pride.",
        "Options 1 to 5 were all included in the consultation documentation.",
        "Key Decision: It affects more than 2 Electoral Divisions.",
        "The current service includes 14 hours of activity per week at the centre.",
    ]
    assert [[c.text for c in run(claims_nlp, t)] for t in texts] == [[], [], ["114"], [], [], [], []]


def test_a_range_between_two_sums_is_one_claim_and_more_than_bounds_a_count(claims_nlp):
    # written for this test: a decision report's options and an annual report's events
    (cost,) = run(claims_nlp, "The cost of hiring space is estimated at between approximately £130k and £180k per year.")
    assert (cost.text, cost.value) == ("£180k", 180000)
    (joined,) = run(claims_nlp, "A delegation from Kent joined more than 240 delegates at the conference.")
    assert joined.direction is None
    (veterans,) = run(claims_nlp, "The Kent veteran population make up over 52,000.")
    assert veterans.direction is None


def test_rates_per_10000_of_a_named_thing_and_publication_dates(claims_nlp):
    # written for this test: a Family Hub decision report and a late budget changes report
    rate = run(claims_nlp, "This comparison demonstrates that KCC has 1.3 Family Hubs per 10,000 people aged 0-19.")
    assert [(c.value, c.unit) for c in rate] == [(1.3, "per_10000")]
    grant = run(claims_nlp, "The Public Health grant for 2025-26 was published on 7th February 2025 and confirms the "
                            "Council's grant allocation is increasing by £4,160.6k.")
    assert [(c.text, c.as_of) for c in grant] == [("£4,160.6k", "2025-26")]


def test_increase_columns_and_rows_give_a_tables_cells_their_direction(tmp_path):
    # written for this test: a grant table with an "Increase" column and an "Increase" row
    claims = _extract_text(tmp_path, (
        "3.1 The table below summarises the changes.\n\n"
        "| Grant allocations | Estimate | Updated | Increase |\n"
        "| | £'000 | £'000 | £'000 |\n"
        "| 2024-25 allocation | 75,734.8 | 77,308.9 | 1,574.1 |\n"
        "| Increase | 1,048.9 | 4,160.6 | 3,111.7 |\n\n"
        "4.8 The table below compares authorities.\n\n"
        "| Authority | Total Family Hub Sites | Family Hubs per 10,000 0-19 Year Olds |\n"
        "| Essex | 35 | 1.03 |\n"))
    by = {c.text: c for c in claims}
    assert [by[t].direction for t in ("77,308.9", "1,574.1", "1,048.9", "3,111.7")] == [None, "up", "up", "up"]
    assert (by["1.03"].unit, by["35"].unit) == ("per_10000", "count")


def test_a_contract_table_row_is_not_dated_by_its_end_date_cell_and_its_head_names_the_measure(tmp_path):
    # written for this test: a decision report's table of commissioned contracts
    claims = _extract_text(tmp_path, (
        "4.1 The table below sets out the annual cost of each of the existing contracts.\n\n"
        "| Centre | Area | Contract End | Contract value per Annum |\n"
        "| Millmead | Margate | 31/03/2025 | £222,127.44 |\n"
        "| Seashells | Sheerness | 31/03/2025 | £204,302.16 |\n"))
    assert [(c.text, c.indicator, c.as_of) for c in claims] == [
        ("£222,127.44", "contract_value", None), ("£204,302.16", "contract_value", None)]


def test_a_date_in_a_clause_of_time_after_a_count_and_a_strategy_point_are_not_its_as_of_or_a_claim(claims_nlp):
    # written for this test: a decision report's summary and rationale
    (two,) = run(claims_nlp, "Officers propose that we do not renew the two Commissioned Family Hub contracts when the "
                             "current contracts come to an end on 31 March 2025.")
    assert (two.value, two.as_of) == (2, None)
    assert run(claims_nlp, "Point 6.7 of the Strategy sets out the need to review contracts.") == []


def test_money_rows_under_a_first_row_naming_the_whole_budget_are_budget(tmp_path):
    # written for this test: a decision report's budget by district, opening on the whole
    claims = _extract_text(tmp_path, (
        "4.10 For context, the table below shows each district's share of the service budget.\n\n"
        "| Overall Family Hub Budget across all 12 Districts | £7.3m | 100% |\n"
        "| Thanet | £741k | 10.1% |\n"
        "| Swale | £719k | 9.8% |\n"))
    assert [(c.text, c.indicator) for c in claims if c.unit == "GBP"] == [
        ("£7.3m", "budget"), ("£741k", "budget"), ("£719k", "budget")]
    assert [c.indicator for c in claims if c.unit == "%"] == [None, None, None]
