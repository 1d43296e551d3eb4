"""Inspection outcomes on real seed text."""

from pathlib import Path

from miner.nlp.inspections import find_inspections, normalise_judgement

SEEDS = Path(__file__).resolve().parents[1] / "corpus" / "seeds"


def outcomes(seed: str):
    return [f for _, _, f in find_inspections((SEEDS / seed).read_text(encoding="utf-8"))]


def test_medway_2020_ofsted_inadequate():
    found = outcomes("001_fd1a3b6a4ff01199.txt")
    assert {"judgement": "Inadequate", "inspectorate": "Ofsted", "date": "2019-07"} in found
    assert all(f["judgement"] == "Inadequate" for f in found)


def test_medway_2018_requiring_improvement():
    found = outcomes("003_3b4d7debc252c725.txt")
    assert {"judgement": "Requires Improvement", "inspectorate": "Ofsted", "date": "2015-09"} in found


def test_outstanding_children_home_and_no_ambition_false_positive():
    found = outcomes("000_6cef1de8068e4e1d.txt")
    assert found == [{"judgement": "Outstanding", "inspectorate": "Ofsted", "date": "2017-03"}]  # not "ambition to be outstanding"


def test_rated_as_follows_list_items():
    text = "Our homes are rated as follows:\n\nThe Lodge – Good\n\nThe Elms - Requires Improvement to be Good\n"
    assert [f["judgement"] for _, _, f in find_inspections(text)] == ["Good", "Requires Improvement"]


def test_judgement_spellings_normalise():
    assert normalise_judgement("requiring improvement") == "Requires Improvement"
    assert normalise_judgement("Requires Improvement to be Good") == "Requires Improvement"
    assert normalise_judgement("inadequate") == "Inadequate"


def test_a_setting_and_its_grade_on_a_line_of_its_own_and_no_school_statistics():
    # Somerset 2019 (tuned): the "rated as follows:" header is a unit of its own, each home a line
    seed = (SEEDS / "004_4330630ba5c986a6.txt").read_text(encoding="utf-8")
    lines = [line for line in seed.splitlines() if line.startswith(("The Lodge", "The Elms", "Beech trees"))]
    assert [f["judgement"] for line in lines for _, _, f in find_inspections(line)] == ["Good", "Requires Improvement", "Requires Improvement"]
    assert find_inspections("Progress on actions - good") == []
    # Walsall 2018 (tuned): a share of schools judged outstanding is a statistic, not an inspection
    text = "the percentage of schools judged to be outstanding within the borough has now risen to 23%"
    assert find_inspections(text) == []


def test_a_judgement_after_an_object_pronoun():
    # written for this test
    text = "Ofsted inspected our children's services in February 2023 and judged them to Require Improvement to be Good."
    assert [f for _, _, f in find_inspections(text)] == [
        {"judgement": "Requires Improvement", "inspectorate": "Ofsted", "date": "2023-02"}]


def test_a_judgement_is_dated_by_the_sentence_before_that_says_when_the_inspectors_came():
    from miner.nlp.inspections import find_inspections

    # written for this test: a CQC assessment of adult social care
    text = ("The CQC assessed the council's adult social care services in September 2024 and published its report "
            "on 12 December 2024. The Council was rated 'Requires improvement' overall.")
    (_, _, fields), = find_inspections(text)
    assert (fields["inspectorate"], fields["date"], fields["judgement"]) == ("CQC", "2024-09", "Requires Improvement")
    # a sentence before that is about something else dates nothing
    text = "The budget was set in February 2024. The Council was rated 'Requires improvement' by the CQC."
    (_, _, fields), = find_inspections(text)
    assert fields["date"] is None


def test_sub_judgements_area_send_outcomes_and_a_law_year_is_no_date():
    # written for this test: an inspection update covering ILACS, area SEND, the CQC and HMICFRS
    text = ("Ofsted inspected children's services in October 2024. "
            "The experiences and progress of children in care were judged Outstanding, and the impact of leaders on "
            "social work practice was judged Good.\n"
            "Ofsted and the Care Quality Commission carried out a joint inspection of the local area partnership's "
            "SEND arrangements in July 2024. The inspection found that the local area partnership's arrangements "
            "typically lead to positive experiences and outcomes for children and young people with SEND.\n"
            "The Care Quality Commission published its assessment of how the Council meets its duties under Part 1 "
            "of the Care Act 2014 on 6 December 2024. The Council was rated Requires improvement.\n"
            "HMICFRS inspected the fire and rescue service in March 2023. The service was graded Adequate for "
            "efficiency.\nThe response was adequate given the demand. Pupils are making good progress.")
    found = [f for _, _, f in find_inspections(text)]
    assert [f["judgement"] for f in found] == ["Outstanding", "Good", "Typically positive experiences and outcomes",
                                               "Requires Improvement", "Adequate"]
    assert found[2]["date"] == "2024-07" and found[3]["date"] == "2024-12-06"  # not the Care Act's 2014
    assert [f["inspectorate"] for f in found[3:]] == ["CQC", "HMICFRS"]


def test_a_judging_verb_with_its_object_before_the_grade():
    from miner.nlp.inspections import find_inspections

    # written for this test (stop 26): an ILACS outcome reported with the service named between verb and grade
    text = ("Ofsted carried out a full ILACS inspection of the Council's children's services from 13 to 24 January "
            "2025. The inspection judged the Council's children's services to be \"Requires improvement to be good\" "
            "overall.")
    (_, _, fields), = find_inspections(text)
    assert (fields["inspectorate"], fields["judgement"]) == ("Ofsted", "Requires Improvement")
    # a paragraph that opens with the outcome
    assert [f["judgement"] for _, _, f in find_inspections("Ofsted judged Medway to be inadequate.")] == ["Inadequate"]
    # an aim is no outcome, with or without an object
    assert find_inspections("We aim for Ofsted to judge our services to be good at the next inspection.") == []
