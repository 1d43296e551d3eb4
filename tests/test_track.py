"""Tracker on the real Medway seeds: 2018 promises judged against the 2018-06 and 2020-03 papers."""

from __future__ import annotations

import pytest

from miner import store, track, track_links, track_names
from miner.evaluation import tracker as evaluation
from miner.model import Claim, Document, Extraction, Section, Specificity, Statement
from miner.similarity import analyse
from miner.track_judge import best_sentence, is_vague, relation_and_directness, relation_of, restated
from miner.track_passages import PROMISE_KINDS, RESTATED, Passage, Promise, mark_copies, passages_of
from miner.track_text import has_cue, themes_of


@pytest.fixture(scope="module")
def extractions():
    return list(evaluation.seed_extractions())


@pytest.fixture(scope="module")
def result(extractions):
    return track.track(extractions)


def _promise(extractions, file_prefix: str, words: str):
    for ex in extractions:
        if ex.document.path.split("/")[-1].startswith(file_prefix):
            for st in ex.statements:
                if st.kind in PROMISE_KINDS and words in st.text:
                    return ex, st
    raise AssertionError(f"promise not found: {words}")


def _verdict(result, st):
    return next(v for v in result.verdicts if v.promise_id == st.id)


def test_no_links_across_authorities_and_only_later_papers(extractions, result):
    docs = {ex.document.id: ex.document for ex in extractions}
    owner = {st.id: ex.document for ex in extractions for st in ex.statements}
    assert result.verdicts
    linked = 0
    for v in result.verdicts:
        promise_doc = owner[v.promise_id]
        for e in v.evidence:
            target = docs[e.document_id]
            assert target.authority == promise_doc.authority
            assert target.meeting_date > promise_doc.meeting_date  # never the same or an earlier paper
            linked += 1
    assert linked >= 10


def test_every_evidence_quote_is_citable(extractions, result):
    docs = {ex.document.id: ex.document.text for ex in extractions}
    for v in result.verdicts:
        assert (v.status == "no_evidence") == (not v.evidence)
        for e in v.evidence:
            assert e.section_path
            assert " ".join(e.quote.split()) in " ".join(docs[e.document_id].split())


def test_priority_repeated_later_is_in_progress_and_carried_over(extractions, result):
    _, st = _promise(extractions, "000", "recruitment and retention of skilled social work staff")
    v = _verdict(result, st)
    assert v.status == "in_progress"
    assert v.carried_over
    assert v.first_period == "2018-19"
    assert any(e.section_path == "4.10.2" for e in v.evidence)


def test_ofsted_ready_contradicted_by_inadequate_judgement(extractions, result):
    _, st = _promise(extractions, "000", "Ofsted ready")
    v = _verdict(result, st)
    assert v.status == "not_delivered"
    assert v.evidence[0].relation == "contradicts"
    assert "inadequate" in v.evidence[0].quote.lower()


def test_vague_promise_reported_done_is_judged(extractions, result):
    """'Ensuring better co-production' is vague, but the later paper reports it done (gold: delivered)."""
    _, st = _promise(extractions, "000", "Ensuring better co-production at a strategic and individual level")
    assert is_vague(st)
    v = _verdict(result, st)
    assert v.status == "delivered" and v.evidence


def test_retold_promise_is_no_evidence_of_itself(extractions, result):
    """The 2020 paper retells the 2018 SEND action plan word for word (6.3's list) before saying what
    happened (6.8, 6.9): the retelling links the promise but the passage with news is cited."""
    medway = [ex for ex in extractions if ex.document.authority == "Medway Council"]
    passages = [p for ex in medway for p in passages_of(ex)]
    mark_copies(medway, passages)
    later = [p for p in passages if p.date.startswith("2020")]
    retold = next(p for p in later if p.text.strip() == "Ensuring better co-production at a strategic and individual level")
    assert retold.copied == 1.0 and restated(retold)
    assert relation_of("Ensuring better co-production at a strategic and individual level", retold) == "mentions"
    news = next(p for p in later if p.text.startswith("6.8 Our co-production practice"))
    assert news.copied == 0.0 and not restated(news)
    _, st = _promise(extractions, "000", "Ensuring better co-production at a strategic and individual level")
    v = _verdict(result, st)
    assert v.status == "delivered" and v.evidence and v.evidence[0].section_path != retold.section_path
    assert "developed further" in v.evidence[0].quote or "improvements" in v.evidence[0].quote
    # a paragraph that retells the plan and then adds the news is quoted by the news
    inspection = next(p for p in later if p.text.startswith("6.3 Ofsted and CQC completed"))
    assert 0.0 < inspection.copied < RESTATED
    quote = best_sentence("Ofsted and CQC completed a local area SEND Inspection in December 2017. This "
                                "inspection looked at how effectively health, education providers and the local "
                                "authority had introduced the 2014 SEND reforms.", inspection)
    assert quote.startswith("A Written Statement of Action")


def test_closest_sentence_shares_stems_not_characters(extractions, result):
    e = next(ex for ex in extractions if ex.document.path.endswith("001_fd1a3b6a4ff01199.txt"))
    audit = next(p for p in passages_of(e) if p.text.startswith("6.4.2"))
    promise = "Next year I want to see a greater drive on improving the quality of plans."
    assert best_sentence(promise, audit).startswith("This audit process is starting to show")
    assert relation_and_directness(promise, audit) == ("supports", True)
    # the outcome sentence is cited first (stores keep that order: evidence.position)
    _, st = _promise(extractions, "000", "greater drive on improving the quality of plans")
    cited = [ev for ev in _verdict(result, st).evidence if ev.document_id == e.document.id]
    assert cited and cited[0].section_path == "6.4.2"


def test_vague_promise_only_mentioned_later_is_unmeasurable():
    aim = "Better engagement with staff, partners and children and their families."
    before = _paper("a1", "Northshire Council", "2018-03-01", [("1.1", "priorities", aim)], (aim,))
    before.statements[0].specificity = Specificity()
    later = _paper("a2", "Northshire Council", "2020-03-01", [
        ("1.1", "other", "We continue to work on engagement with staff, partners, children and families.")])
    v = track.track([before, later]).verdicts[0]
    assert v.status == "unmeasurable" and v.evidence
    # a budget table's row that shares the promise's words discusses nothing: no verdict on it
    promise = "Savings from staff vacancy management and legal income."
    before = _paper("b1", "Northshire Council", "2024-11-01", [("1.1", "priorities", promise)], (promise,))
    before.statements[0].specificity = Specificity()
    row = "Staff savings & legal income -290.5 -89.1"
    assert track.track([before, _paper("b2", "Northshire Council", "2025-02-01", [("1.1", "other", row)])]
                       ).verdicts[0].status == "no_evidence"


def test_a_mention_or_another_subjects_cue_is_no_verdict():
    """A later paragraph on the promise's subject whose only completion cue is about something else
    ("the new website has been launched") reports nothing about the promise; nor does a mere mention."""
    promise = "We will open a reuse shop at the Allington recycling centre in 2025."
    before = _paper("a1", "Northshire Council", "2025-01-01", [("1.1", "other", promise)], (promise,))
    later = _paper("a2", "Northshire Council", "2025-03-01", [
        ("2.1", "other", "Budget lines include the reuse shop at the Allington recycling centre. "
                         "Separately, the new library website has been launched.")])
    v = track.track([before, later]).verdicts[0]
    assert v.status == "no_evidence" and not v.evidence
    later.sections[1].kind = "achievements"  # the same words as an achievement are news
    assert track.track([before, later]).verdicts[0].status == "delivered"


def test_unmentioned_promise_has_no_evidence(extractions, result):
    _, st = _promise(extractions, "000", "Family Group Conferencing")
    v = _verdict(result, st)
    assert v.status == "no_evidence" and not v.evidence and v.checked_documents == 2


def test_themes_from_taxonomy():
    assert themes_of("Implement plans to form a Regional Adoption Agency")[0] == "fostering_adoption"
    assert "send" in themes_of("Improving the quality of EHCPs")
    assert themes_of("Lorem ipsum") == []
    # council-wide domains (written for this test)
    assert themes_of("Have the new Reablement Service in place by September 2023")[0] == "adult_social_care"
    assert themes_of("Bring 50 empty homes back into use")[0] == "housing"
    assert themes_of("Install 40 electric vehicle charging points in council car parks")[0] == "environment"
    assert themes_of("We will create a culture of accountability across the council") == []  # culture of ... is no leisure
    # written for this test: a plan adopted is no adoption of children, a suicide prevention plan no early help
    assert "fostering_adoption" not in themes_of("Adopt a Biodiversity Net Gain Supplementary Planning Document")
    assert themes_of("Developing a suicide prevention plan with partners")[0] == "health_wellbeing"
    assert themes_of("Expanding the stop smoking service into the hospital trusts")[0] == "health_wellbeing"
    assert themes_of("Develop a Local Cycling and Walking Infrastructure Plan")[0] == "transport_highways"
    assert themes_of("Collect at least 97% of council tax due")[0] == "finance"


def test_run_tracking_writes_and_rewrites_without_duplicates(extractions, tmp_path):
    db = store.open_db(tmp_path / "t.db")
    for ex in extractions:
        store.write_extraction(db, ex)
    first = track.run_tracking(db)
    counts = store.counts(db)
    assert first.promises == counts["verdicts"] > 0
    from miner.query import promises

    shown: dict[str, int] = {}
    for p in promises(db):
        if p["checked_documents"] is not None:
            shown[p["status"]] = shown.get(p["status"], 0) + 1
    assert first.by_status == shown and shown.get("not_tracked")  # the summary counts as `promises` shows
    assert counts["evidence"] == first.evidence
    track.run_tracking(db)
    assert store.counts(db) == counts


def test_stored_evidence_keeps_the_order_the_verdict_rests_on(seeds_db):
    """`promises` cites first the passage the verdict rests on, which need not be the best-scoring
    link (a passage saying what happened is cited over a better-scoring mere mention)."""
    from miner.query import promises

    authority = store.tracker_authorities(seeds_db)[0]
    verdicts = track.track(list(store.load_extractions(seeds_db, authority))).verdicts
    v = next(v for v in verdicts if len(v.evidence) > 1)
    v.evidence.sort(key=lambda e: e.score)  # the weakest first: order and score now disagree
    store.write_tracking(seeds_db, authority, verdicts, {}, [])
    listed = {p["promise_id"]: p for p in promises(seeds_db)}
    for v in verdicts:
        assert [e["quote"] for e in listed[v.promise_id]["evidence"]] == [e.quote for e in v.evidence]


def _paper(doc_id: str, authority: str, date: str, paragraphs: list[tuple[str, str, str]],
           promises: tuple[str, ...] = ()) -> Extraction:
    """A tiny paper: (path, section kind, text) paragraphs under one heading; `promises` are
    paragraph texts to mark as priorities."""
    text, sections, statements = "Children's Services\n\n", [], []
    head = Section(f"{doc_id}-h", doc_id, "1", "Children's Services", 1, "heading", 0, 0, 20)
    sections.append(head)
    for path, kind, para in paragraphs:
        start = len(text)
        text += para + "\n\n"
        sections.append(Section(f"{doc_id}-{path}", doc_id, path, None, 2, "paragraph", start, start + len(para),
                                start + len(para), kind=kind, parent_id=head.id))
        if para in promises:
            statements.append(Statement(f"{doc_id}-st-{path}", doc_id, f"{doc_id}-{path}", path, "priority", para,
                                        start, start + len(para), specificity=Specificity(deliverable=True)))
    head.end = len(text)
    doc = Document(doc_id, f"{doc_id}.txt", "text", text, authority=authority, meeting_date=date)
    return Extraction(doc, sections, statements)


def _add_claim(ex: Extraction, cid: str, quote: str, value: float, unit: str, **fields) -> None:
    """A figure of a tiny paper, at the first place its quote stands."""
    at = ex.document.text.index(quote)
    ex.claims.append(Claim(cid, ex.document.id, None, None, quote, at, at + len(quote), value, unit, **fields))


def _a_year_on(aim: str, news: str, figure: tuple | None = None, deadline: str | None = None,
               dates: tuple[str, str] = ("2022-09-14", "2023-09-13")) -> tuple[Extraction, Extraction]:
    """A promise and, a year on, one paragraph of news about it with (optionally) one figure:
    `figure` is (quote, value, unit, claim fields)."""
    before = _paper("a1", "Northshire Council", dates[0], [("2.1", "priorities", aim)], (aim,))
    before.statements[0].deadline = deadline
    later = _paper("a2", "Northshire Council", dates[1], [("2.2", "other", news)])
    if figure:
        quote, value, unit, fields = figure
        _add_claim(later, "c1", quote, value, unit, **fields)
    return before, later


PROMISE = "Relocate the overnight short breaks service for disabled children to the Parklands site."


def test_reworded_promise_links_within_its_authority_only():
    before = _paper("a1", "Northshire Council", "2018-03-01", [("1.1", "priorities", PROMISE)], (PROMISE,))
    later = _paper("a2", "Northshire Council", "2020-03-01", [
        ("1.1", "achievements", "Short break provision for disabled children moved to Parklands in May 2019."),
        ("1.2", "other", "The council publishes its budget every year and consults residents on it."),
    ])
    elsewhere = _paper("b1", "Southshire Council", "2020-03-01", [
        ("1.1", "achievements", "Short break provision for disabled children moved to Parklands in May 2019.")])
    res = track.track([before, later, elsewhere])
    v = res.verdicts[0]
    assert v.status == "delivered" and v.evidence[0].section_path == "1.1"
    assert {e.document_id for e in v.evidence} == {"a2"}  # never the other authority's identical paragraph


def test_indicator_the_wrong_way_and_dropped_plan_are_not_delivered():
    aim = "Reduce the number of children subject to child protection plans through earlier help for families."
    home = "Open a new children's home at Oakfield for young people with complex needs."
    before = _paper("a1", "Northshire Council", "2018-03-01", [("1.1", "priorities", aim), ("1.2", "priorities", home)],
                    (aim, home))
    rise = "The number of children subject to child protection plans rose from 370 in December 2018 to 438 in January 2020."
    dropped = "Plans for the new children's home at Oakfield have been withdrawn after the consultation."
    later = _paper("a2", "Northshire Council", "2020-03-01", [("2.1", "other", rise), ("2.2", "other", dropped)])
    _add_claim(later, "c1", "438", 438.0, "count", indicator="child_protection_plans", as_of="2020-01",
               from_value=370.0, to_value=438.0, direction="up")
    verdicts = {v.promise_id: v for v in track.track([before, later]).verdicts}
    for pid, quote in (("a1-st-1.1", rise), ("a1-st-1.2", dropped)):
        v = verdicts[pid]
        assert v.status == "not_delivered"
        assert v.evidence[0].relation == "contradicts" and v.evidence[0].quote == quote  # the whole sentence


def test_a_target_missed_on_a_measure_the_taxonomy_lacks_and_a_paused_plan():
    """A measure with no indicator is matched by its words; a plan paused or delayed is rescheduled
    (in progress, DESIGN.md), not dropped."""
    carers = "The Council is committed to increasing the number of shared lives carers from 40 to 60."
    record = "Introduce a digital care record across all in-house services."
    before = _paper("a1", "Northshire Council", "2023-03-01", [("2.2", "other", carers), ("2.3", "priorities", record)],
                    (carers, record))
    fell = "The number of shared lives carers has fallen to 35."
    paused = "The digital care record project has been paused while a new supplier is procured."
    later = _paper("a2", "Northshire Council", "2024-03-01", [("3.2", "challenges", fell), ("3.3", "challenges", paused)])
    _add_claim(later, "c1", "35", 35.0, "count", metric="shared lives carers")
    verdicts = {v.promise_id: v for v in track.track([before, later]).verdicts}
    assert (verdicts["a1-st-2.2"].status, verdicts["a1-st-2.2"].evidence[0].quote) == ("not_delivered", fell)
    assert verdicts["a1-st-2.3"].status == "in_progress"
    assert relation_of("Open the Mill Lane scheme", Passage("d", "2024-03-01", None, "1", 0, 0,
                       "The Mill Lane scheme has been delayed and is now expected to open in autumn 2024.")) == "progresses"


def test_a_numeric_target_met_missed_or_started_before_the_promise():
    """A figure meeting the promised target is delivery; a count short of a promised number is not; the
    older side of a change ("up from 48% in 2021") is where things stood before the promise."""
    ehcp = "Improve the timeliness of EHCPs so that at least 60% are issued within 20 weeks."
    carers = "Recruit 25 additional foster carers during 2022-23."
    before = _paper("a1", "Northshire Council", "2022-06-14", [("2.1", "priorities", ehcp), ("2.2", "priorities", carers)],
                    (ehcp, carers))
    issued = "71% of new EHCPs were issued within the 20-week timescale in 2022, up from 48% in 2021."
    approved = "We approved 18 new fostering households in 2022-23."
    later = _paper("a2", "Northshire Council", "2023-06-13", [("2.3", "other", issued), ("2.4", "other", approved)])
    for cid, quote, value, unit, ind, as_of in (("c1", "71%", 71.0, "%", "ehcp_20_week_timeliness", "2022"),
                                                ("c2", "48%", 48.0, "%", "ehcp_20_week_timeliness", "2021"),
                                                ("c3", "18", 18.0, "count", "foster_carers", "2022-23")):
        _add_claim(later, cid, quote, value, unit, indicator=ind, as_of=as_of)
    verdicts = {v.promise_id: v for v in track.track([before, later]).verdicts}
    assert (verdicts["a1-st-2.1"].status, verdicts["a1-st-2.1"].evidence[0].quote) == ("delivered", issued)
    assert (verdicts["a1-st-2.2"].status, verdicts["a1-st-2.2"].evidence[0].quote) == ("not_delivered", approved)


def test_a_restated_target_is_not_the_target_met():
    # written for this test: the later paper repeats the aim, and compares a level with it
    v = track.track(list(_a_year_on("Increase the household recycling rate from 38% to 45%.",
                                     "We aim to reach a household recycling rate of 45% by 2025.",
                                     ("45%", 45.0, "%", {"indicator": "recycling_rate"})))).verdicts[0]
    assert v.status != "delivered"


def test_targets_a_council_plan_states():
    from miner.verdicts import numeric_target

    # written for this test: a share to achieve, a count to stay under, a number of days; not an age band or a year
    assert numeric_target("repair 90% of dangerous potholes within 24 hours") == 90
    assert numeric_target("reduce the number of households in temporary accommodation to below 300") == 300
    assert numeric_target("cut staff sickness absence to 8 days per full-time employee") == 8
    assert numeric_target("extend the offer to 16-19 year olds by 2025") is None


def test_a_dated_opening_or_start_is_delivery():
    p = Passage("d", "2023-06-13", None, "1", 0, 0, "The Northgate Family Hub opened its doors in October 2022.")
    assert relation_of("Open a new Family Hub in Northgate", p) == "supports"
    p = Passage("d", "2023-06-13", None, "1", 0, 0, "A new advocacy service for children in care began in January 2023.")
    assert relation_of("Commission a new advocacy service for children in care", p) == "supports"


def test_part_done_is_in_progress_and_we_did_is_done():
    # written for this test
    p = Passage("d", "2024-03-05", None, "1", 0, 0, "We installed 26 of the planned 40 charging points in our car parks; "
                "the remaining 14 will be installed by May 2024.")
    assert relation_of("Install 40 public charging points in council car parks", p) == "progresses"
    p = Passage("d", "2024-03-05", None, "1", 0, 0, "We installed 40 charging points in our car parks.")
    assert relation_of("Install 40 public charging points in council car parks", p) == "supports"


def test_a_later_promise_that_reports_it_done_does_not_carry_it_over():
    # written for this test
    aim = "Complete the review of home care contracts during 2023."
    done = "The review of home care contracts was completed in December 2023 and new contracts will start in April 2024."
    again = "Complete the review of home care contracts during 2024."
    for later_text, carried in ((done, False), (again, True)):
        before = _paper("a1", "Northshire Council", "2023-03-01", [("2.1", "priorities", aim)], (aim,))
        later = _paper("a2", "Northshire Council", "2024-03-01", [("2.4", "priorities", later_text)], (later_text,))
        v = {v.promise_id: v for v in track.track([before, later]).verdicts}["a1-st-2.1"]
        assert v.carried_over is carried, later_text


def test_relation_from_cue_then_list_then_header():
    p = Passage("d", "2020-03-01", None, "1", 0, 0, "The new unit is scheduled to open in June.")
    assert relation_of("Open the new unit", p) == "progresses"
    p = Passage("d", "2020-03-01", None, "1", 0, 0, "Parklands short break unit.", section_kind="achievements")
    assert relation_of("Open the Parklands unit", p) == "supports"
    p = Passage("d", "2020-03-01", None, "1", 0, 0, "Improving the quality of plans",
                      header="A Written Statement of Action was developed jointly, including:")
    assert relation_of("Improve the quality of plans", p) == "supports"


def test_a_plan_among_achievements_is_no_achievement():
    p = Passage("d", "2020-03-01", None, "1", 0, 0, "The Clinical Commissioning Group will also be investing in "
                "additional capacity to work alongside the SEND teams.", section_kind="achievements")
    assert relation_of("Invest in additional capacity alongside the SEND teams", p) == "mentions"


def test_a_promise_knows_the_places_it_names_beyond_its_authority(extractions):
    from miner.track_passages import promises_of

    ex, st = _promise(extractions, "000", "reprovisioning short breaks from Aut Even to Parklands")
    pr = next(p for p in promises_of(ex) if p.statement.id == st.id)
    assert pr.places == (frozenset({"parklands"}),)
    assert all(frozenset({"medway"}) not in p.places for p in promises_of(ex))  # the authority's own name


def test_a_promise_tied_to_a_place_is_judged_by_what_is_said_of_that_place():
    # Kent's quarterly performance report, on a capital promise of its finance monitoring report
    text = ("All 28 of the partially DfT Zero Emission Bus Regional Areas (ZEBRA) funded Kent Thameside Fastrack "
            "vehicles are built and have been delivered. Full electrification of Dover Fastrack will follow in the "
            "summer upon delivery of the five electric vehicles from the same DfT scheme.")
    p = Passage("d", "2025-03-04", None, "1", 0, len(text), text)
    promise = "The buses (ZEBRA) relating to the Dover element of the project will be purchased early in 2024-25."
    assert relation_of(promise, p) == "supports"  # the sentence sharing most words is about another place
    dover = (frozenset({"dover"}),)
    assert best_sentence(promise, p, dover).startswith("Full electrification of Dover")
    assert relation_of(promise, p, places=dover) == "progresses"
    # a passage that does not name the place is judged as before
    assert relation_of(promise, Passage("d", "2025-03-04", None, "1", 0, 0, text.split(". Full")[0]), places=dover) == "supports"


def test_what_a_later_paper_dates_before_the_promise_is_old_news():
    p = Passage("d", "2025-03-01", None, "1", 0, 0, "On 30 July 2024, a public consultation was launched.")
    assert relation_of("Launch the public consultation", p) == "supports"
    assert relation_of("Launch the public consultation", p, since="2025-01-16") == "mentions"
    assert relation_of("Launch the public consultation", p, since="2024-06-01") == "supports"
    item = Passage("d", "2020-03-01", None, "1", 0, 0, "The Parklands unit opened in December 2017.",
                   section_kind="achievements")
    assert relation_of("Open the Parklands unit", item, since="2018-03-08") == "mentions"


def test_named_place_or_service_is_not_vague():
    st = Statement("s", "d", None, None, "commitment", PROMISE, 0, len(PROMISE), specificity=Specificity())
    assert is_vague(st) and not is_vague(st, named=True)


def test_stemming_keeps_rewordings_together():
    assert analyse("plans", bigrams=False) == analyse("plan", bigrams=False)
    assert analyse("EHCPs", bigrams=False) == ["ehcp"]
    assert "16-19" in analyse("Revise the 16-19 Strategy", bigrams=False)
    words = ["improve", "improving", "improvement", "improved"]
    assert len({tuple(analyse(w, bigrams=False)) for w in words}) == 1
    assert analyse("placements", bigrams=False) == analyse("places", bigrams=False)
    assert analyse("committee", bigrams=False) == ["committee"]  # a double e stays


def test_split_aliases():
    # one gold set is enough to see the alias resolved (the Kent floors run below)
    assert evaluation.main(["--split", "heldout", "--gold", "medway"])["split"] == "report"


def test_small_scale_evaluation_floor():
    """Floors measured on the declared report split (annotations/README.md, Tracker), pipeline as of this commit."""
    res = evaluation.evaluate("report")
    assert res["cross_authority_links"] == 0
    assert res["citable"] == 1.0
    assert res["coverage"] >= 0.7  # measured 0.756 (promise matching depends on the statement finder)
    assert res["verdict_accuracy_collapsed"] >= 0.65  # measured 0.686 (0.528 before issue #4, 0.657 before the
    # second round: retold passages, citing the news)
    assert res["verdict_accuracy_exact"] >= 0.62  # measured 0.657
    assert res["evidence_precision"] >= 0.5  # measured 0.600 of 15 judged (0.533 before the second round)
    # end to end, an untracked gold promise counted wrong: the collapsed accuracy scaled by coverage
    right = res["verdict_right_of_gold_collapsed"] * res["gold_promises"]
    assert abs(right - res["verdict_accuracy_collapsed"] * res["matched_promises"]) < 0.6
    assert res["verdict_right_of_gold_collapsed"] <= res["verdict_accuracy_collapsed"]
    done, total = map(int, res["not_delivered_quoted"].split("/"))
    assert total >= 1 and done == total
    assert res["series"]["found"] >= 26 and res["series"]["in_as_of_order"]  # of 26 gold points (22 before the
    # change pairs dated by words and the CP-plan indicator synonyms)


def test_interleaved_table_passages_are_tabular_and_seed_prose_is_not(extractions):
    """A consultation report's count columns read between its comment lines ("458 70%") make
    cell soup; the tracker treats such passages as tables. The seeds' prose never is."""
    from pathlib import Path

    from miner.readers import read_document
    from miner.sections import build_sections
    from miner.tabular import has_cell_rows, is_tabular

    path = Path(__file__).parent.parent / "corpus/pdf/Appendix 6 - Commissioned Family Hub Contracts Consultation Report.pdf"
    document = read_document(path)
    own = [document.text[s.start:s.own_end] for s in build_sections(document)]
    soup = [t for t in own if has_cell_rows(t) and not is_tabular(t)]
    assert 0 < len(soup) < 0.2 * len(own)
    assert not any(has_cell_rows(p.text) for ex in extractions for p in passages_of(ex))
    assert has_cell_rows("Number of\n% of\nconsultees\nanswering\n458 70%\nsense to close it\n159 24%\ndevelopment")
    assert not has_cell_rows("The number of children in care rose to\n438 in January 2020, against 370 a year before.")
    # a budget table row whose columns the reader set beside its description: three figures side by side
    assert has_cell_rows("Waste - Inter Authority Agreement Savings from reduced payments\n180.0 -310.0 -1,122.0 Waste")
    assert not has_cell_rows("Placements rose from 319 to 345, 12 more than the 333 expected.")


def test_a_short_promise_is_not_linked_by_one_shared_word():
    """"Reduce spend on consultants" shares only "consultant" with a sentence about a consultant's
    report: two or three words are not covered by one of them."""
    short = "Reduce spend on consultants."
    before = _paper("a1", "Northshire Council", "2025-01-01", [("1.1", "priorities", short)], (short,))
    later = _paper("a2", "Northshire Council", "2025-03-01", [
        ("2.1", "other", "Consideration of how the recommendations within the external consultant report can be "
                         "addressed in the recommissioning approach has commenced."),
        ("2.2", "other", "The council publishes its budget every year and consults residents on it."),
        ("2.3", "other", "Libraries opened on Sundays across the county for the first time this year.")])
    assert track.track([before, later]).verdicts[0].status == "no_evidence"
    reported = _paper("a3", "Northshire Council", "2025-03-01", [
        ("3.1", "achievements", "Spend on consultants was reduced by 15% this year."),
        ("3.2", "other", "The council publishes its budget every year and consults residents on it."),
        ("3.3", "other", "Libraries opened on Sundays across the county for the first time this year.")])
    assert track.track([before, reported]).verdicts[0].status == "delivered"


def test_the_authority_itself_and_an_office_are_no_link():
    """Every paper of Northshire is about Northshire County Council (NCC), and "the Foreign Secretary"
    is not "the Secretary of State": sharing those is no evidence."""
    from miner.model import Mention

    promise = "NCC would support and advise the Foreign Secretary as needed."
    before = _paper("a1", "Northshire County Council", "2025-01-01", [("1.1", "priorities", promise)], (promise,))
    later = _paper("a2", "Northshire County Council", "2025-03-01", [
        ("2.1", "other", "Northshire County Council (NCC) publishes its budget every year and consults residents on it."),
        ("2.2", "other", "NCC took the decision, the Secretary of State was told, to continue the bus routes."),
        ("2.3", "other", "Libraries opened on Sundays across the county for the first time this year."),
        ("2.4", "other", "Parks and playgrounds were resurfaced in the spring with money from the capital programme.")])
    for ex in (before, later):
        at = ex.document.text.index("NCC")
        ex.mentions.append(Mention(f"{ex.document.id}-m", ex.document.id, None, None, "NCC", "ORG", at, at + 3, "ncc"))
    assert track.track([before, later]).verdicts[0].status == "no_evidence"
    assert "secretary" not in track_names.names_in("the Foreign Secretary met Parklands staff")


def test_a_resolution_to_act_is_tracked_once_and_a_record_is_not():
    """Minutes resolve to act ("agree to transfer ..."): that is a promise to follow. Signing the
    minutes or noting a report is not, and a motion restated with each amendment is one promise."""
    from miner.track_passages import acts, promises_of

    act = "RESOLVED that Cabinet agree to transfer the Strengthening Independence Service to Adult Social Care."
    record = "RESOLVED that the minutes of the meeting on 9 January were a correct record and be signed by the Chair."
    noted = "RESOLVED that the forecast revenue overspend be noted."
    before = _paper("a1", "Northshire Council", "2025-01-30", [("1.1", "other", act), ("1.2", "other", record),
                                                               ("1.3", "other", noted), ("1.4", "other", act)])
    before.statements = [Statement(f"a1-st-{s.path}", "a1", s.id, s.path, "decision", before.document.text[s.start:s.end],
                                   s.start, s.end) for s in before.sections[1:]]
    assert [acts(st) for st in before.statements] == [True, False, False, True]
    both = Statement("r", "a1", None, "2", "decision", "Note and agree the Capital budget changes.", 0, 0)
    assert acts(both)  # a recommendation to note and to act acts
    assert [p.statement.section_path for p in promises_of(before)] == ["1.1"]
    later = _paper("a2", "Northshire Council", "2025-06-01", [
        ("2.1", "other", "The Strengthening Independence Service was transferred to Adult Social Care on 1 April 2025."),
        ("2.2", "other", "Libraries opened on Sundays across the county for the first time this year.")])
    (v,) = track.track([before, later]).verdicts
    assert v.status == "delivered" and v.evidence[0].section_path == "2.1"


def test_minutes_report_what_became_of_a_resolution():
    # written for this test: a committee's later minutes ("Matters arising") on what it asked for
    said = {
        "The Chair reported that the Cabinet had adopted the selective licensing scheme on 13 February 2024 "
        "and that it came into force on 1 July 2024.": "supports",
        "Millbrook Leisure Centre had reopened to the public on 2 August 2024 following its refurbishment.": "supports",
        "The consultation had closed and the scheme would be considered by Cabinet in February 2024.": "progresses",
        "The council remains committed to the selective licensing scheme, although funding is not yet agreed.": "progresses",
    }
    for text, relation in said.items():
        p = Passage("d", "2024-09-09", None, "1", 0, len(text), text)
        assert relation_of("Adopt a selective licensing scheme; refurbish Millbrook Leisure Centre", p) == relation, text


def _candidate(text: str, score: float) -> tuple[Promise, track_links.Candidate]:
    aim = "Introduce a new charging policy for non-residential care following consultation."
    st = Statement("s", "a1", None, None, "priority", aim, 0, len(aim), specificity=Specificity(deliverable=True))
    return Promise(st, "a1", "2022-09-14", "Eastmoor County Council"), track_links.Candidate(
        Passage("a2", "2023-09-13", None, "2.6", 0, len(text), text), {}, score)


def test_a_plan_dropped_in_so_many_words_contradicts_it_on_a_plain_link():
    from miner.verdicts import _contradiction

    # written for this test
    dropped = "Following the consultation, Cabinet decided not to proceed with the proposed changes to the charging policy."
    assert _contradiction(*_candidate(dropped, track_links.THRESHOLD)) == dropped
    assert _contradiction(*_candidate("2.6 " + dropped, track_links.THRESHOLD)) == dropped  # quoted without its number
    # a dropped plan about something else in a passage that only just links says nothing of this promise
    other = "Following the consultation, Cabinet decided not to proceed with the closure of the Eastgate day centre."
    assert _contradiction(*_candidate(other, track_links.THRESHOLD)) is None


def test_a_count_to_add_is_missed_by_a_smaller_count_added():
    # written for this test: "new" says how the count grew, not what it counts
    done = "Shared Lives: recruitment has been harder than expected. We recruited 14 new Shared Lives carers during the year."
    v = track.track(list(_a_year_on("Recruit 40 more Shared Lives carers during 2022-23.", done,
                                    ("14", 14.0, "count", {"metric": "new Shared Lives carers"})))).verdicts[0]
    assert v.status == "not_delivered" and "We recruited 14" in v.evidence[0].quote


def test_a_progress_report_status_label_says_what_happened():
    # written for this test: an annual delivery plan's progress report, one action per paragraph
    for text, relation in (
        ("Riverside Shopping Centre purchase. Status: Complete. The council completed the purchase on 14 November 2022.",
         "supports"),
        ("New market hall, Station Road. Status: Off track. The contractor went into administration in February 2023.",
         "progresses"),
        ("Housing Allocations Policy. RAG status: on track. The draft policy will go to Cabinet in October.", "progresses"),
    ):
        p = Passage("d", "2023-07-06", None, "2.1", 0, len(text), text)
        assert relation_of("Deliver the action by March 2023", p) == relation, text
    # "Not implemented" is the report's word against it: the quote is the sentence that says why
    from miner.verdicts import _contradiction

    text = ("Recommendation 3 (in-house routing). Status: Not implemented. The business case showed that an in-house "
            "routing team would cost more than the current contract.")
    aim = "Bring home to school transport routing back in house with an in-house routing team."
    st = Statement("s", "a1", None, None, "commitment", aim, 0, len(aim), specificity=Specificity(deliverable=True))
    cand = track_links.Candidate(Passage("a2", "2023-10-11", None, "1.3", 0, len(text), text), {}, track_links.THRESHOLD)
    assert _contradiction(Promise(st, "a1", "2022-09-14", "Fenwick Borough Council"), cand).startswith("The business case")
    # a table of many actions with different statuses does not say which is this one's
    mixed = "Market hall. Status: Complete. Tree planting. Status: On track."
    assert relation_of("Plant 5,000 trees", Passage("d", "2023-07-06", None, "2", 0, len(mixed), mixed)) == "mentions"


def test_a_count_to_reach_met_by_the_count_reported():
    # written for this test: the figure counts the word the target counts ("trees"), though one word long
    aim = "Plant 5,000 trees across the borough by March 2023."
    done = "5,340 trees were planted across the borough in the 2022-23 planting season."
    v = track.track(list(_a_year_on(aim, done, ("5,340", 5340.0, "count", {"metric": "trees"})))).verdicts[0]
    assert (v.status, v.evidence[0].quote) == ("delivered", done)
    from miner.verdicts import _target_nouns

    assert _target_nouns(aim) == set(analyse("trees", bigrams=False))


def test_a_promise_naming_a_titled_policy_is_not_vague():
    from miner.track_passages import promises_of

    # written for this test
    for aim, named in (("Adopt a new Housing Allocations Policy.", True),
                       ("Introduce a borough-wide Public Space Protection Order for dog fouling.", True),
                       ("Improve how we listen to residents.", False)):
        ex = _paper("a1", "Harrowfield Borough Council", "2022-07-07", [("2.1", "priorities", aim)], (aim,))
        ex.statements[0].specificity = Specificity()
        assert promises_of(ex)[0].named is named, aim


def test_the_latest_news_wins_over_an_earlier_repeat():
    # written for this test: a priority repeated the next year, reported done the year after
    aim = "Open a new children's home in Westmere."
    first = _paper("a1", "Westmere Borough Council", "2021-06-15", [("2.1", "priorities", aim)], (aim,))
    again = _paper("a2", "Westmere Borough Council", "2022-06-15", [("2.1", "priorities", aim)], (aim,))
    done = "The Oakfield children's home in Westmere opened in September 2022 and is now home to four children."
    last = _paper("a3", "Westmere Borough Council", "2023-06-15", [("3.1", "achievements", done)])
    v = {v.promise_id: v for v in track.track([first, again, last]).verdicts}["a1-st-2.1"]
    assert v.status == "delivered" and v.evidence[0].document_id == "a3" and v.carried_over


def test_a_heading_that_names_no_subject_neither_helps_nor_hurts():
    from miner.track_text import has_cue

    # written for this test: "Our priorities for 2022-23" matches next year's priorities, not what was done
    for heading, generic in (("Our priorities for 2022-23", True), ("Key actions for the year ahead", True),
                             ("Children's Services / Key priorities in 2018-19", False), ("SEND Transport", False)):
        assert bool(has_cue("generic_heading", heading)) is generic, heading


def test_overdue_when_the_deadline_passed_before_it_was_done():
    from miner.track_judge import overdue

    # written for this test
    late = ["Millbrook Leisure Centre had reopened to the public on 2 August 2024 following its refurbishment."]
    assert overdue("2024-03", "2023-06-12", "delivered", "2024-09-09", late)
    on_time = ["The council completed the purchase of the centre on 14 November 2022."]
    assert not overdue("2022-12", "2022-07-07", "delivered", "2023-07-06", on_time)
    # the first date after the promise is when it was done; a later one is what followed
    then = ["The Cabinet adopted the scheme on 13 February 2024 and it came into force on 1 July 2024."]
    assert not overdue("2024-02", "2023-12-11", "delivered", "2024-09-09", then)
    # still under way in a paper after the deadline, or with a new date after it
    assert overdue("2023-03", "2022-07-07", "in_progress", "2023-07-06", ["The project has been re-tendered."])
    assert overdue("2023-12", "2022-07-07", "in_progress", "2023-07-06", ["The hall is now expected to open in spring 2024."])
    assert not overdue("2023-12", "2022-07-07", "in_progress", "2023-07-06", ["Work is on track."])
    assert not overdue(None, "2022-07-07", "in_progress", "2023-07-06", ["Work is on track."])
    assert not overdue("2023-03", "2022-07-07", "no_evidence", "", [])


def test_overdue_is_stored_and_listed(tmp_path):
    from miner import query

    # written for this test
    news = "New market hall, Station Road. Status: Off track. The hall is now expected to open in spring 2024."
    db = store.open_db(tmp_path / "t.db")
    for ex in _a_year_on("Deliver a new market hall in Station Road by March 2023.", news, deadline="2023-03"):
        store.write_extraction(db, ex)
    track.run_tracking(db)
    [row] = [r for r in query.promises(db) if r["promise_id"] == "a1-st-2.1"]
    assert (row["status"], row["overdue"]) == ("in_progress", True)


def test_a_service_procured_and_taking_referrals_or_a_plan_agreed_by_the_board_is_done():
    # written for this test
    for text, relation in (
        ("The new weight management service was procured and began taking referrals in January 2024.", "supports"),
        ("This report sets out progress on the Year One Action Plan agreed by the Board in March 2023.", "supports"),
        # not done but scheduled, which DESIGN.md calls in progress
        ("The Year One Action Plan will be approved by the Board in March 2024.", "progresses"),
    ):
        p = Passage("d", "2024-03-19", None, "2.1", 0, len(text), text)
        assert relation_of("Approve the Year One Action Plan; commission a weight management service", p) == relation, text


def test_a_figure_moving_the_promised_way_before_the_deadline_is_under_way():
    # written for this test: the statistics lag (2022 figure in a 2024 paper), but move from the promise's own start
    news = "Smoking: adult smoking prevalence was 14.1% in 2022, down from 15.2% in 2021."
    before, later = _a_year_on("Reduce smoking prevalence among adults from 15.2% to 13% by 2025.", news,
                               ("14.1%", 14.1, "%", {"metric": "adult smoking prevalence", "as_of": "2022",
                                                     "from_value": 15.2, "to_value": 14.1, "direction": "down"}),
                               deadline="2025", dates=("2023-03-21", "2024-03-19"))
    v = track.track([before, later]).verdicts[0]
    assert (v.status, v.evidence[0].quote) == ("in_progress", news)
    # once the deadline has passed, the same figure misses the target
    before.statements[0].deadline = "2023-12"
    v = track.track([before, later]).verdicts[0]
    assert v.status == "not_delivered"


def test_a_motions_items_are_acts_to_track():
    from miner.track_passages import acts

    # written for this test: the items under "This Council resolves to:" open with the act
    for text, act in (("establish a cross-party Climate Change Working Group.", True),
                      ("(4) establish a cross-party Climate Change Working Group.", True),
                      ("declare a climate emergency;", True),
                      ("Hold a cost of living summit with local advice agencies by the end of October 2023;", True),
                      ("Become an accredited Real Living Wage employer by April 2024;", True),
                      ("Sign up to the Dying to Work Charter.", True),
                      ("the report be noted;", False)):
        st = Statement("s", "d", None, None, "decision", text, 0, len(text))
        assert acts(st) is act, text
    p = Passage("d", "2023-11-09", None, "1.1", 0, 0, "To report progress since the Council declared a climate emergency in July 2019.")
    assert relation_of("declare a climate emergency", p) == "supports"


def test_a_recommendation_tracker_links_by_the_recommendations_number_and_spellings_meet():
    # written for this test: the tracker names the recommendation by its number and a two-word label
    aim = "Recommendation 3: The council should bring transport routing back in house."
    news = ("Recommendation 3 (in-house routing). Status: Not implemented. The business case showed that an in-house "
            "routing team would cost more than the current contract.")
    other = "Recommendation 4 (routing software). Status: Complete. New routing software went live in May 2023."
    before, later = _a_year_on(aim, news)
    later.sections.append(Section("a2-2.3", "a2", "2.3", None, 2, "paragraph", len(later.document.text),
                                  len(later.document.text) + len(other), len(later.document.text) + len(other)))
    later.document.text += other + "\n\n"
    v = track.track([before, later]).verdicts[0]
    assert v.status == "not_delivered" and v.evidence[0].section_path == "2.2"
    assert v.evidence[0].quote.startswith("The business case")
    from miner.track_text import item_references

    assert item_references("Rec. 3 and Action 2.1; 12 recommendations; recommendation 5 years") == {
        "recommendation 3", "action 2.1"}
    assert set(analyse("an in-house team", False)) >= set(analyse("in house", False))
    assert set(analyse("well-being and co-ordinated", False)) >= set(analyse("wellbeing coordinated", False))


def test_rag_ratings_a_remainder_still_to_do_and_a_part_of_a_count_before_its_deadline():
    # written for this test: an action plan's annual progress report
    for text, relation in (
        ("Electric fleet. RAG: Amber. Eight electric vans have been delivered.", "progresses"),
        ("Renewable electricity tariff. RAG: Green. Complete. The Council has been on the tariff since April.",
         "supports"),
        ("Family hub. BRAG rating: Blue. The hub opened in the library in May.", "supports"),
        ("Retrofit of council homes. RAG: Red. The bid was unsuccessful and the programme is being re-scoped.",
         "progresses"),
        ("Public charge points. 28 charge points are now live, with the remaining 12 to be installed by December.",
         "progresses"),
    ):
        p = Passage("d", "2024-09-17", None, "2.1", 0, len(text), text)
        assert relation_of("Install charge points, replace fleet vehicles, retrofit homes, switch tariff", p) == relation, text
    aim, news = "Plant 10,000 trees on council land by March 2025.", "4,300 trees were planted on council land in 2023/24."
    before, later = _a_year_on(aim, news, ("4,300", 4300.0, "count", {"metric": "trees"}), deadline="2025-03",
                               dates=("2023-07-12", "2024-09-17"))
    assert track.track([before, later]).verdicts[0].status == "in_progress"
    before.statements[0].deadline = "2024-03"  # due before the report: 4,300 of 10,000 misses it
    assert track.track([before, later]).verdicts[0].status == "not_delivered"


def test_a_figure_set_against_the_promises_own_figure_and_a_short_cued_sentence():
    # written for this test: a budget's savings proposals and the outturn report a year later
    aim = "Introduce charging for pre-application planning advice, generating £60,000."
    news = "Pre-application advice charges were introduced in May 2023 and generated £38,000 against the £60,000 target."
    fields = {"comparator": "target", "comparator_value": 60000.0}
    before, later = _a_year_on(aim, news, ("£38,000", 38000.0, "GBP", fields), dates=("2023-02-22", "2024-07-18"))
    v = track.track([before, later]).verdicts[0]
    assert (v.status, v.evidence[0].quote) == ("not_delivered", news)
    later.claims[0].value = 64000.0  # above its target: met
    assert track.track([before, later]).verdicts[0].status == "delivered"
    later.claims[0].comparator_value = 50000.0  # another target than the promise's: no reading of the figure
    assert track.track([before, later]).verdicts[0].status != "not_delivered"
    text = "The Eastgate public toilets closed in June 2023. The saving was achieved."
    p = Passage("d", "2024-07-18", None, "2.3", 0, len(text), text)
    assert relation_of("Close the Eastgate public toilets, saving £40,000.", p) == "supports"


def test_a_quote_keeps_a_figure_that_opens_it_and_a_title_is_not_quoted():
    from miner.track_text import PARAGRAPH_LABEL, citable

    # written for this test
    assert PARAGRAPH_LABEL.sub("", "28 charge points are now live.", count=1) == "28 charge points are now live."
    assert PARAGRAPH_LABEL.sub("", "12 The Cabinet agreed the plan.", count=1) == "The Cabinet agreed the plan."
    assert PARAGRAPH_LABEL.sub("", "2.3 71% of plans were issued on time.", count=1) == "71% of plans were issued on time."
    assert not citable("Action 3.2 Local Cycling and Walking Infrastructure Plan.")
    assert citable("The SPD was adopted by Full Council on 23 November 2023.")
    text = ("Action 4.2 Biodiversity Net Gain Supplementary Planning Document. RAG: Green. "
            "The SPD was adopted by Full Council on 23 November 2023.")
    p = Passage("d", "2024-09-17", None, "2.9", 0, len(text), text)
    assert best_sentence("Adopt a Biodiversity Net Gain Supplementary Planning Document by December 2023.", p
                         ).startswith("The SPD was adopted")


def test_minutes_resolutions_to_act_and_what_the_next_minutes_say_of_them():
    from miner.track_passages import acts

    # written for this test: a district committee's resolutions and its next meeting's matters arising
    for text, act in (("That officers bring a report on mobile CCTV cameras to the March 2024 meeting.", True),
                      ("That the Council joins the regional fly-tipping partnership.", True),
                      ("RESOLVED: That the Market Square toilets be refurbished at a cost of up to £85,000.", True),
                      ("RESOLVED: That officers identify land for a new allotment site and report back.", True),
                      ("That the report be noted.", False),
                      ("That the Committee notes the waiting list.", False)):
        assert acts(Statement("s", "d", None, None, "decision", text, 0, len(text))) is act, text
    for aim, text, relation in (
        ("That officers bring a report on mobile CCTV cameras at fly-tipping hotspots to the March 2024 meeting.",
         "The Committee considered the report of the Head of Environmental Services on the use of mobile CCTV "
         "cameras at fly-tipping hotspots.", "supports"),
        ("That the Council joins the regional fly-tipping partnership.",
         "Minute 33(3): the Council joined the fly-tipping partnership in January 2024.", "supports"),
        ("That the Market Square toilets be refurbished, with works completed by June 2024.",
         "Minute 34: the contractor for the refurbishment of the Market Square toilets has been appointed and works "
         "will start in April 2024.", "progresses"),
        ("That officers identify land for a new allotment site and report back by September 2024.",
         "Minute 35: officers are still assessing two possible sites for a new allotment site.", "progresses"),
        ("Recruit 40 more foster carers.", "The Committee considered the report of the Head of Fostering on foster "
         "carer recruitment.", "mentions"),  # a report on the subject is no news of a promise not to report
    ):
        p = Passage("d", "2024-03-14", None, "42.1", 0, len(text), text)
        assert relation_of(aim, p) == relation, text


def test_advisers_now_in_post_are_the_roll_out_done():
    # written for this test: a public health annual report two years on
    text = "All three hospital trusts now have specialist stop smoking advisers in post."
    p = Passage("d", "2024-03-12", None, "1.2", 0, len(text), text)
    assert relation_of("expanding the stop smoking service into the three hospital trusts;", p) == "supports"


def test_what_we_said_and_what_we_did():
    # written for this test: a corporate plan's annual report, one action per paragraph
    for aim, text, relation in (
        ("Publish a Tree Strategy by September 2023.",
         "What we said: Publish a Tree Strategy by September 2023.\nWhat we did: The Tree Strategy went out to "
         "consultation in February 2024 and will be published in summer 2024.", "progresses"),
    ):
        p = Passage("d", "2024-04-18", None, "2.3", 0, len(text), text)
        assert relation_of(aim, p) == relation, text
    aim = "Introduce a selective licensing scheme for private rented homes in the Northgate ward."
    news = ("What we said: Introduce a selective licensing scheme for private rented homes in Northgate.\nWhat we did: "
            "Following legal advice, Cabinet decided in January 2024 not to proceed with selective licensing.")
    v = track.track(list(_a_year_on(aim, news, dates=("2023-04-20", "2024-04-18")))).verdicts[0]
    assert v.status == "not_delivered" and v.evidence[0].quote.startswith("Following legal advice")


def test_part_of_the_promises_own_figure_is_under_way_or_missed():
    # written for this test: an outturn report on a budget's savings
    aim = "Restructure the Customer Services team and move more transactions online, saving £250,000."
    news = ("The Customer Services restructure was completed in September 2023. Because the new online forms went live "
            "later than planned, £110,000 of the £250,000 saving was delivered in 2023/24 and the remainder will be "
            "delivered in 2024/25.")
    dates = ("2023-02-22", "2024-07-18")
    assert track.track(list(_a_year_on(aim, news, dates=dates))).verdicts[0].status == "in_progress"
    missed = news.replace(" and the remainder will be delivered in 2024/25", "")
    v = track.track(list(_a_year_on(aim, missed, dates=dates))).verdicts[0]
    assert v.status == "not_delivered" and "£110,000 of the £250,000" in v.evidence[0].quote


def test_target_met_achieved_in_full_and_not_yet_achieved():
    # written for this test: lines of annual performance reports
    for text, relation in (
        ("Affordable homes. The target was met: 212 affordable homes were completed in 2023/24.", "supports"),
        ("Affordable homes. We exceeded the target with 212 new affordable homes in 2023/24.", "supports"),
        ("Affordable homes. Outcome: achieved. 212 affordable homes were completed.", "supports"),
        ("Affordable homes. Partially achieved: 150 affordable homes were completed against 200.", "progresses"),
        ("Affordable homes. Not yet achieved; the last 50 affordable homes are expected to be completed in 2025.",
         "progresses"),
    ):
        p = Passage("d", "2024-06-18", None, "2.4", 0, len(text), text)
        assert relation_of("Deliver 200 affordable homes in 2023/24.", p) == relation, text


def test_a_figure_in_a_table_is_quoted_by_its_row():
    # written for this test: a year-end scorecard read as one line per row
    aim = "We will collect at least 97% of council tax due in the year."
    news = ("Indicator | 2023/24 Actual | 2023/24 Target | 2022/23 Actual | RAG\n"
            "Recycling rate (%) | 46.2% | 48.0% | 44.1% | Amber\n"
            "Council tax collected in year (%) | 96.4% | 97.0% | 96.8% | Amber")
    before, later = _a_year_on(aim, news, ("96.4%", 96.4, "%", {"indicator": "council_tax_collection", "as_of": "2023-24",
                                                                "comparator": "target", "comparator_value": 97.0}),
                               dates=("2023-06-06", "2024-06-18"))
    before.statements[0].deadline = "2024-03"
    v = track.track([before, later]).verdicts[0]
    assert (v.status, v.evidence[0].quote) == ("not_delivered", "Council tax collected in year (%) | 96.4% | 97.0% | 96.8% | Amber")


def test_an_ambition_to_be_rated_good_and_a_list_label_the_statement_leaves_out():
    # written for this test: a CQC assessment a year after the council's ambition
    aim = "Our ambition is to be rated Good by the CQC."
    news = ("The CQC assessed the council's adult social care services in September 2024. The Council was rated "
            "'Requires improvement' overall.")
    v = track.track(list(_a_year_on(aim, news, dates=("2024-01-11", "2025-01-16")))).verdicts[0]
    assert v.status == "not_delivered" and "Requires improvement" in v.evidence[0].quote
    from miner.track_links import _labelled

    before, _ = _a_year_on("Action 1.2 Replace 20 fleet vehicles with electric vans.", "news")
    pr = Promise(before.statements[0], "a1", "2022-09-14", "Northshire Council")
    pr.statement.start += len("Action 1.2 ")  # the statement rules leave the label out
    pr.statement.text = pr.statement.text[len("Action 1.2 "):]
    assert _labelled(pr, {"a1": before.document.text}).startswith("Action 1.2 Replace")


def test_a_promised_study_is_kept_by_its_findings_whatever_the_decision():
    # written for this test: the recommendation was not implemented, but the business case promised was written
    aim = "Officers will prepare a business case for an in-house routing team by December 2022."
    news = ("Recommendation 3 (in-house routing). Status: Not implemented. The business case showed that an in-house "
            "routing team would cost more than the current contract, and the recommendation will not be taken forward.")
    v = track.track(list(_a_year_on(aim, news))).verdicts[0]
    assert v.status == "delivered" and v.evidence[0].quote.startswith("The business case showed")
    # a study that goes on to a further act is not kept by the study alone
    both = "Officers will prepare a business case for an in-house routing team and then implement it by December 2022."
    assert track.track(list(_a_year_on(both, news))).verdicts[0].status == "not_delivered"
    # nor is it kept by a business case not yet written
    later = "Status: Not implemented. The business case has not yet been completed and the team will not be created."
    assert track.track(list(_a_year_on(aim, later))).verdicts[0].status != "delivered"


@pytest.mark.parametrize("aim, news, status", [
    # written for this test: a delivery plan's projects and the year-end report on them
    ("In addition, the Council will resurface the Station Road car park and will extend the free swimming offer.",
     "The Station Road car park was resurfaced over two weekends in October 2023.", "delivered"),
    ("Transfer the management of the Market Hall to the Town Council by April 2024.",
     "The Market Hall transferred to the Town Council on 1 April 2024 under a 25-year lease.", "delivered"),
    ("Launch a Cost of Living Hub in Harwick Library by October 2023.",
     "The Hub opened in Harwick Library in September 2023 and has helped over 1,200 residents.", "delivered"),
    ("Transfer the management of the Market Hall to the Town Council by April 2024.",
     "Negotiations with the Town Council on the transfer of the Market Hall ended without agreement in February 2024.",
     "not_delivered"),
    ("Replace the Council's customer relationship management system by January 2024.",
     "The project to replace the customer relationship management system was cancelled in December 2023.", "not_delivered"),
    ("That the Leader write to the Secretary of State to ask for fairer funding for adult social care.",
     "The Leader wrote to the Secretary of State on fairer funding for adult social care on 3 June 2024.", "delivered"),
    ("Extend the free swimming offer for under-16s to all school holidays.",
     "The free swimming offer for under-16s was not extended to all school holidays this year.", "no_evidence"),
])
def test_the_promised_act_in_the_past_tense_and_a_project_dropped(aim, news, status):
    v = track.track(list(_a_year_on(aim, news, dates=("2023-07-12", "2024-07-17")))).verdicts[0]
    assert v.status == status, (aim, news, v.status)
    from miner.track_text import promised_acts

    assert promised_acts("Continue to support families and review the offer.") == ()
    assert promised_acts("That the Council joins the UK100 network.") == ("join",)
    assert promised_acts("RESOLVED that the Cabinet notes the report.") == ()


def test_not_started_after_the_deadline_is_not_delivered_and_more_status_words():
    # written for this test: an action plan's annual progress report
    aim = "Review the allotment tenancy rules by March 2024."
    news = "Action 2.3 Review of the allotment tenancy rules. Status: Not started. Officer capacity was diverted to the cost of living response."
    v = track.track(list(_a_year_on(aim, news, deadline="2024-03", dates=("2023-07-12", "2024-07-17")))).verdicts[0]
    assert v.status == "not_delivered" and "Officer capacity" in v.evidence[0].quote
    # before its deadline, "not started" is no verdict
    v = track.track(list(_a_year_on(aim, news, deadline="2025-03", dates=("2023-07-12", "2024-07-17")))).verdicts[0]
    assert v.status != "not_delivered"
    for text, relation in (("Well-being Objective 2: affordable homes. Progress: Met.", "supports"),
                           ("The affordable homes scheme was paused in March 2024 pending funding.", "progresses")):
        p = Passage("d", "2024-07-06", None, "2.1", 0, len(text), text)
        assert relation_of("Deliver the affordable homes scheme by March 2024", p, "2023-07-01") == relation, text


@pytest.mark.parametrize("aim, news", [
    # written for this test: a SEND action plan and its progress report a year on
    ("Action 1.2: Recruit four additional educational psychologists by January 2024.",
     "Action 1.2 (educational psychologists). RAG: Green. Four educational psychologists joined the service between "
     "November 2023 and January 2024."),
    ("Action 2.2: Establish a SEND Parent Carer Forum steering group by October 2023.",
     "Action 2.2 (Parent Carer Forum). The steering group met for the first time in October 2023 and now meets monthly."),
])
def test_staff_who_joined_and_a_group_that_first_met_are_delivered(aim, news):
    v = track.track(list(_a_year_on(aim, news, dates=("2023-09-14", "2024-09-12")))).verdicts[0]
    assert v.status == "delivered" and not v.evidence[0].quote.startswith("Action")


def test_an_items_label_and_bracketed_title_is_not_quoted():
    from miner.track_text import citable

    # written for this test
    assert not citable("Action 3.1 (new special school).") and not citable("2.5 Recommendation 3 (in-house routing).")
    assert citable("Action 1.1 Replace the boilers in the civic centre.")


@pytest.mark.parametrize("aim, news, status", [
    # written for this test: a Leader's annual report and the next year's
    ("We will plant a community orchard in every ward by the end of 2023.",
     "Community orchards have now been planted in 11 of the borough's 14 wards; the last three will be planted this autumn.",
     "in_progress"),
    ("We will bid for £15 million from the Levelling Up Fund to redevelop the bus station.",
     "Our bid to the Levelling Up Fund to redevelop the bus station was unsuccessful.", "not_delivered"),
])
def test_the_rest_still_to_come_and_a_bid_refused(aim, news, status):
    v = track.track(list(_a_year_on(aim, news, dates=("2023-05-22", "2024-05-20")))).verdicts[0]
    assert v.status == status, v


def test_an_action_logs_line_speaks_for_its_action_and_a_minuted_its_obtained():
    # written for this test: a town council's minutes and the next meeting's action log
    log = ("Action log from the meeting of 9 January 2024:\n24/03 Mill Lane play area quotes - Done. Three quotes received.\n"
           "24/06 Community Speed Watch - Ongoing. Five volunteers have come forward.")
    p = Passage("d", "2024-03-12", None, "2", 0, len(log), log)
    assert relation_of("That the Clerk obtains three quotes for the Mill Lane play area.", p, "2024-01-09") == "supports"
    assert relation_of("Members agreed to set up a Community Speed Watch group.", p, "2024-01-09") == "progresses"
    from miner.track_text import did_the_act

    aim = "It was RESOLVED that the Clerk obtains three quotes for replacing the play equipment."
    assert did_the_act(aim, "Members considered the three quotes obtained by the Clerk.")


@pytest.mark.parametrize("aim, news, status, also", [
    # written for this test: a housing strategy's year-one actions and the annual review
    ("Appoint a Tenant Engagement Officer and set up a Tenants' Panel to scrutinise the housing service.",
     "A Tenant Engagement Officer was appointed in January 2023. Recruitment to the Tenants' Panel is under way.",
     "in_progress", "Tenants' Panel is under way"),
    ("Start building the first 40 council homes at Priory Road and Mill Lane.",
     "Construction started at Priory Road in November 2022. Work at Mill Lane has not started because the tenders "
     "received were well over budget.", "in_progress", "Mill Lane has not started"),
    # both parts done: delivered
    ("Appoint a Tenant Engagement Officer and set up a Tenants' Panel to scrutinise the housing service.",
     "A Tenant Engagement Officer was appointed in January 2023 and the Tenants' Panel met for the first time in March.",
     "delivered", "Tenants' Panel met"),
])
def test_a_compound_promise_with_one_part_still_to_come_is_under_way(aim, news, status, also):
    v = track.track(list(_a_year_on(aim, news))).verdicts[0]
    assert v.status == status and also in v.evidence[0].quote, v


def test_the_act_reworded_and_a_plan_dropped_on_a_date():
    # written for this test: a climate action plan's progress report and a housing annual review
    v = track.track(list(_a_year_on("Switch all council buildings to a renewable electricity tariff from April 2023.",
                                    "All council buildings moved to a renewable electricity tariff on 1 April 2023.",
                                    dates=("2023-02-08", "2024-03-19")))).verdicts[0]
    assert v.status == "delivered"
    v = track.track(list(_a_year_on(
        "Introduce a selective licensing scheme for private rented homes in the Eastfield and Canal wards by April 2023.",
        "Following consultation, Cabinet agreed in February 2023 not to proceed with selective licensing in Eastfield "
        "and Canal.", deadline="2023-04"))).verdicts[0]
    assert v.status == "not_delivered" and v.evidence[0].quote.startswith("Following consultation")
    from miner.track_text import has_cue

    assert has_cue("contradicts", "The Council's bid to the Public Sector Decarbonisation Scheme for the Civic Centre "
                                  "heat pumps was unsuccessful.")
    assert has_cue("contradicts", "The boilers will not now be replaced by March 2025.")


def test_targets_to_zero_and_to_a_level_pointed_back_to():
    from miner.track_passages import promises_of
    from miner.verdicts import _direction, numeric_target

    # written for this test
    assert numeric_target("Reduce the number of families in bed and breakfast for more than six weeks to zero.") == 0
    assert numeric_target("We will reduce this to 140 by March 2023 by increasing prevention work.") == 140
    assert numeric_target("Increase the number of apprentices to 2025 levels.") is None
    assert _direction("We will reduce this to 140 by March 2023 by increasing prevention work.") == "down"
    aim = "Reduce the number of families with children in bed and breakfast for more than six weeks to zero by March 2023."
    news = "At the end of March 2023 there were 9 families with children in bed and breakfast for more than six weeks."
    v = track.track(list(_a_year_on(aim, news, ("9 families", 9.0, "count", {"indicator": "temporary_accommodation"}),
                                    deadline="2023-03"))).verdicts[0]
    assert v.status == "not_delivered" and v.evidence[0].quote == news
    # "this" is the measure of the sentence before: its indicator and words link the promise
    para = ("The number of households in temporary accommodation has risen to 176 in June 2022. "
            "We will reduce this to 140 by March 2023.")
    before = _paper("a1", "Northshire Council", "2022-09-14", [("4.1", "other", para)])
    at = before.document.text.index("We will")
    before.statements.append(Statement("a1-st", "a1", "a1-4.1", "4.1", "commitment", para[para.index("We will"):], at,
                                       at + 41, deadline="2023-03", specificity=Specificity(deliverable=True)))
    pr = promises_of(before)[0]
    assert pr.context.startswith("The number of households") and "temporary_accommodation" in pr.indicators
    news = "There were 191 households in temporary accommodation at the end of March 2023, up from 176 in June 2022."
    later = _paper("a2", "Northshire Council", "2023-09-13", [("4.1", "other", news)])
    _add_claim(later, "c1", "191", 191.0, "count", indicator="temporary_accommodation", direction="up", from_value=176.0)
    v = track.track([before, later]).verdicts[0]
    assert v.status == "not_delivered" and v.evidence[0].quote == news


def test_part_of_a_count_live_before_it_is_due_is_under_way_and_a_season_dates_a_delay():
    from miner.track_judge import overdue

    # written for this test
    aim = "Install 30 public electric vehicle charge points in council car parks by December 2024."
    news = "18 public charge points are now live in six council car parks."
    v = track.track(list(_a_year_on(aim, news, ("18", 18.0, "count", {"metric": "public charge points"}),
                                    deadline="2024-12", dates=("2023-02-08", "2024-03-19")))).verdicts[0]
    assert v.status == "in_progress" and v.evidence[0].quote == news
    delayed = ["The Westfield Leisure Centre installation has been delayed until summer 2024."]
    assert overdue("2024-03", "2023-02-08", "in_progress", "2024-03-19", delayed)
    assert not overdue("2024-12", "2023-02-08", "in_progress", "2024-03-19", delayed)


def test_a_minutes_numbered_title_line_is_not_quoted_with_its_first_sentence():
    from miner.track_text import sentences

    # written for this test
    text = "24/18 Play area at Mill Lane\nMembers considered the three quotes obtained by the Clerk. It was RESOLVED."
    assert [s for *_, s in sentences(text)][:2] == ["24/18 Play area at Mill Lane",
                                                     "Members considered the three quotes obtained by the Clerk."]
    # a line wrapped inside a sentence is no boundary
    assert len(sentences("The Clerk wrote to the District\nCouncil on 15 January about the lights.")) == 1


@pytest.mark.parametrize("aim, news, status", [
    # written for this test: a budget's savings proposals and the next year's quarter 3 monitoring
    ("Adult Social Care: review all care packages over £1,000 a week, saving £2.5m.",
     "Review of care packages: Amber. £1.6m of the £2.5m saving has been delivered. The remaining reviews will be "
     "completed by March 2025.", "in_progress"),
    ("Libraries: move four branch libraries to community management by September 2024, saving £350,000.",
     "Community-managed libraries: Green. Three of the four branch libraries transferred to community groups in "
     "September 2024 and the fourth, Hollins Road, transfers in April 2025.", "in_progress"),
    ("The Council will also consult on changes to the Council Tax Support Scheme for 2025/26.",
     "Consultation on the changes to the Council Tax Support Scheme ran from 1 October to 12 November 2024.", "delivered"),
    # the rest not to come: missed
    ("Adult Social Care: review all care packages over £1,000 a week, saving £2.5m.",
     "£1.6m of the £2.5m saving from the review of care packages was delivered in 2024/25.", "not_delivered"),
])
def test_a_saving_part_delivered_with_the_rest_to_come_and_a_consultation_that_ran(aim, news, status):
    from miner.track_text import promised_acts

    v = track.track(list(_a_year_on(aim, news, dates=("2024-02-07", "2025-02-12")))).verdicts[0]
    assert v.status == status, v
    assert promised_acts("Libraries: move four branch libraries to community management.") == ("move",)


def test_a_second_imperative_act_and_a_reduction_by_an_amount_met_by_forecast():
    from miner.track_text import promised_acts

    # written for this test: a budget's savings and the quarter 3 monitoring
    aim = "Corporate: close the Eastgate office and move staff into the Town Hall by December 2024, saving £400,000 a year."
    assert promised_acts(aim) == ("close", "move")
    news = "Eastgate office: Green. Staff moved from Eastgate into the Town Hall in November 2024."
    v = track.track(list(_a_year_on(aim, news, dates=("2024-02-07", "2025-02-12")))).verdicts[0]
    assert v.status == "delivered"
    aim = "Corporate: reduce agency staff spend by £1.5m through permanent recruitment."
    for news, status in (("Agency staff spend is forecast at £6.2m, £1.7m lower than last year.", "in_progress"),
                         ("Agency staff spend was £6.2m in 2024/25, £1.7m lower than the year before.", "delivered")):
        at = news.index("£1.7m")
        v = track.track(list(_a_year_on(aim, news, (news[at:at + 5], 1700000.0, "GBP",
                                                    {"indicator": "agency_spend", "direction": "down"}),
                                        dates=("2024-02-07", "2025-02-12")))).verdicts[0]
        assert v.status == status and v.evidence[0].quote == news, v


def test_the_aim_told_again_is_no_level_and_a_target_set_no_date_moving_its_way_is_under_way():
    # written for this test: a children's services improvement plan and its year-one progress report
    aim = "Reduce the proportion of contacts that become re-referrals within 12 months from 28% to below 22% by March 2024."
    news = ("Re-referrals within 12 months were 24% at the end of January 2024, down from 28%. This is an improvement "
            "but remains above the 22% we aimed for.")
    before, later = _a_year_on(aim, news, ("24%", 24.0, "percent", {"metric": "re-referrals", "direction": "down",
                                                                      "from_value": 28.0}),
                               deadline="2024-03", dates=("2023-03-14", "2024-03-12"))
    _add_claim(later, "c2", "22%", 22.0, "percent", metric="re-referrals")
    v = track.track([before, later]).verdicts[0]
    assert v.status == "in_progress" and v.evidence[0].quote.startswith("Re-referrals within 12 months were 24%")
    # no date set: a figure moving the promised way is under way; once the promise's year is over it is missed
    aim = "Reduce average caseloads in the Assessment teams to 18 children per social worker."
    news = "Average caseloads in the Assessment teams have fallen to 21 children per worker."
    figure = ("21", 21.0, "count", {"metric": "average caseloads", "direction": "down"})
    before, later = _a_year_on(aim, news, figure, dates=("2023-03-14", "2024-03-12"))
    assert track.track([before, later]).verdicts[0].status == "in_progress"
    before.statements[0].period = "2022-23"
    assert track.track([before, later]).verdicts[0].status == "not_delivered"


def test_a_share_of_every_one_promised_or_the_first_of_two_is_part_and_the_reports_label_outranks_a_part():
    # written for this test: an improvement plan's progress report and an internal audit follow-up
    for aim, text, relation in (
        ("Introduce the Signs of Safety practice model, with training for every practitioner by December 2023.",
         "Signs of Safety training has been completed by 88% of practitioners. The remaining sessions are scheduled "
         "for April and May 2024.", "progresses"),
        ("Open two new in-house children's homes by April 2024.",
         "The first of the two new children's homes opened in February 2024 and is Ofsted registered.", "progresses"),
        ("Finance will review the 41 contracts without a signed copy and regularise them by 31 October 2023.",
         "Action 5 (unsigned contracts). Implemented. Signed copies of 38 of the 41 contracts have been obtained and "
         "the remaining three contracts have been terminated.", "supports"),
    ):
        p = Passage("d", "2024-03-12", None, "3.1", 0, len(text), text)
        assert relation_of(aim, p) == relation, text
    aim = "Obtain signed copies of the 41 contracts without a signed contract on file by 31 October 2023."
    news = ("Action 5 (unsigned contracts). Implemented. Signed copies of 38 of the 41 contracts have been obtained "
            "and the remaining three contracts have been terminated.")
    before, later = _a_year_on(aim, news, deadline="2023-10", dates=("2023-06-27", "2024-01-23"))
    assert track.track([before, later]).verdicts[0].status == "delivered"


def test_a_scorecard_presented_to_the_board_and_a_review_considered_by_cabinet_are_done():
    # written for this test: an improvement plan, and a motion's items reported back
    for aim, news in (
        ("Publish a quarterly performance scorecard to the Improvement Board.",
         "A performance scorecard has been presented to every meeting of the Improvement Board since June 2023."),
        ("Review the Council Tax Reduction Scheme for 2024/25 with a view to widening support for low-income households.",
         "The review of the Council Tax Reduction Scheme was considered by Cabinet on 7 December 2023."),
    ):
        v = track.track(list(_a_year_on(aim, news, dates=("2023-03-14", "2024-01-23")))).verdicts[0]
        assert v.status == "delivered" and v.evidence[0].quote == news, aim


def test_a_building_handed_over_is_done_begun_is_under_way_and_part_open_with_the_rest_to_come_is_late():
    # written for this test: a school places capital programme and its annual update
    for aim, text, relation in (
        ("Expand Riverside Academy by two forms of entry by September 2024.",
         "Riverside Academy's new teaching block was handed over in August 2024.", "supports"),
        ("Build a new secondary school on the former Gasworks site, opening in September 2026.",
         "Construction of the Gasworks secondary school started in March 2024.", "progresses"),
        ("Build a new secondary school on the former Gasworks site, opening in September 2026.",
         "Because of ground contamination, the opening date has moved to September 2027.", "progresses"),
    ):
        p = Passage("d", "2024-10-15", None, "3.1", 0, len(text), text)
        assert relation_of(aim, p) == relation, text
    aim = "Create 8 new resourced provisions attached to mainstream schools by September 2024."
    news = ("Five of the eight resourced provisions in mainstream schools opened in September 2024. The other three will open in "
            "January 2025.")
    before, later = _a_year_on(aim, news, ("three", 3.0, "count", {"metric": "resourced provisions"}),
                               deadline="2024-09", dates=("2023-02-07", "2024-10-15"))
    v = track.track([before, later]).verdicts[0]
    assert v.status == "in_progress" and v.overdue and v.evidence[0].quote.startswith("Five of the eight")


def test_a_name_three_passages_share_in_a_small_block_still_links():
    # written for this test: "Gasworks" in the promise, the later report and the later paper's recommendation
    aim = "Build a new 900-place secondary school on the former Gasworks site, opening in September 2026."
    before = _paper("a1", "Northshire Council", "2023-02-07", [("4.1", "priorities", aim)], (aim,))
    later = _paper("a2", "Northshire Council", "2024-10-15", [
        ("2.2", "other", "That Cabinet approves an increase of £3.4m in the budget for the Gasworks school."),
        ("3.2", "other", "Construction of the Gasworks secondary school started in March 2024."),
    ])
    v = track.track([before, later]).verdicts[0]
    assert v.status == "in_progress" and v.evidence[0].section_path == "3.2"


def test_a_certificate_granted_is_done_and_a_minimum_is_a_target_to_reach():
    # written for this test: an Annual Governance Statement's actions and the next year's statement
    aim = "Achieve Public Services Network compliance by September 2023."
    text = ("The Council failed its Public Services Network assessment in October 2023 and was granted a compliance "
            "certificate after re-testing in March 2024.")
    assert relation_of(aim, Passage("d", "2024-07-23", None, "3.4", 0, len(text), text)) == "supports"
    aim = "Introduce a Member Development Programme with a minimum attendance of 75% at mandatory sessions."
    news = "The Member Development Programme was launched in September 2023. Attendance at mandatory sessions was 68%."
    before, later = _a_year_on(aim, news, ("68%", 68.0, "%", {"metric": "attendance at mandatory sessions"}),
                               dates=("2023-07-25", "2024-07-23"))
    before.statements[0].period = "2023-24"
    v = track.track([before, later]).verdicts[0]
    assert v.status == "not_delivered" and v.evidence[0].quote == "Attendance at mandatory sessions was 68%."


def test_a_motions_report_back_summit_held_letter_written_and_accreditation_expected():
    # written for this test: a notice of motion carried at full council and the officers' report back
    for aim, text, relation in (
        ("Hold a cost of living summit with local advice agencies and food banks by the end of October 2023;",
         "The cost of living summit took place on 12 October 2023 and was attended by 46 organisations.", "supports"),
        ("Council further calls on the Leader to write to the Chancellor of the Exchequer about the Household "
         "Support Fund.", "The Leader wrote to the Chancellor on 3 August 2023.", "supports"),
        ("Become an accredited Real Living Wage employer by April 2024;",
         "The Council submitted its application for Real Living Wage accreditation in December 2023. Accreditation "
         "is expected in February 2024.", "progresses"),
    ):
        p = Passage("d", "2024-01-23", None, "3.1", 0, len(text), text)
        assert relation_of(aim, p) == relation, text


def test_staff_in_post_a_framework_in_use_co_produced_and_a_draft_going_to_cabinet():
    # written for this test: a SEND Written Statement of Action and its progress report
    for aim, text, relation in (
        ("recruit six additional SEND case officers by April 2023;",
         "Six additional SEND case officers were in post by May 2023.", "supports"),
        ("introduce a multi-agency quality assurance framework for EHC plans by June 2023.",
         "The quality assurance framework has been in use since July 2023.", "supports"),
        ("co-produce a new SEND communications strategy with the Parent Carer Forum by May 2023;",
         "The SEND communications strategy was co-produced with the Parent Carer Forum and published in June 2023.",
         "supports"),
        ("We will agree a joint commissioning strategy for SEND between the Council and the ICB by September 2023.",
         "A draft joint commissioning strategy has been prepared and will go to the Integrated Care Board and Cabinet "
         "in April 2024.", "progresses"),
        ("Restructure the Customer Services team, saving £420,000 by July 2024.",
         "The new Customer Services structure took effect on 1 June 2024.", "supports"),
        ("Introduce a corporate performance dashboard reported to Cabinet quarterly from April 2024.",
         "The corporate performance dashboard has been reported to Cabinet each quarter since June 2024.", "supports"),
        ("Move the waste collection service to a four-day week, saving £650,000 from October 2024.",
         "Waste collection four-day week: the change was deferred to April 2025 following consultation.", "progresses"),
        ("We will roll out the falls prevention programme to every GP practice by 2024.",
         "The falls prevention programme now runs in 31 of the borough's 38 GP practices.", "progresses"),
    ):
        p = Passage("d", "2024-03-19", None, "2.1", 0, len(text), text)
        assert relation_of(aim, p) == relation, text


def test_a_level_past_the_promised_start_a_count_bought_and_an_end_not_reached():
    # written for this test: a homelessness strategy and its annual review, under "What we achieved"
    dates = ("2023-04-25", "2024-05-21")
    aim = "reduce the number of people sleeping rough on a single night from 14 to zero by 2026;"
    news = "The autumn 2023 rough sleeping count found 11 people sleeping rough on a single night."
    before, later = _a_year_on(aim, news, ("11 people", 11.0, "count", {"metric": "people sleeping rough",
                                                                         "as_of": "2023"}), deadline="2026", dates=dates)
    later.sections[1].kind = "achievements"
    assert track.track([before, later]).verdicts[0].status == "in_progress"  # was delivered, from the heading alone
    aim = "purchase 30 homes for use as temporary accommodation by March 2025."
    news = "18 homes have been purchased for temporary accommodation, with a further 7 in conveyancing."
    before, later = _a_year_on(aim, news, ("18 homes", 18.0, "count", {"metric": "homes"}),
                               deadline="2025-03", dates=dates)
    later.sections[1].kind = "achievements"
    assert track.track([before, later]).verdicts[0].status == "in_progress"
    aim = "end the use of bed and breakfast for families with children beyond the six-week legal limit;"
    news = ("267 households were in temporary accommodation, of whom 52 were in hotels. 9 families with children had "
            "been in bed and breakfast for more than six weeks.")
    before, later = _a_year_on(aim, news, ("267 households", 267.0, "count", {"metric": "households in temporary"}),
                               dates=dates)
    _add_claim(later, "c2", "9 families", 9.0, "count", metric="families with children in bed and breakfast")
    later.sections[1].kind = "achievements"
    v = track.track([before, later]).verdicts[0]
    assert v.status == "not_delivered" and v.evidence[0].quote.startswith("9 families with children")


def test_a_strategy_council_approved_a_share_to_move_online_and_a_survey_that_did_not_take_place():
    # written for this test: an LGA peer challenge action plan and the peer team's progress review
    aim = "Set a balanced three-year Medium Term Financial Strategy, including a savings programme, by February 2024."
    text = "Council approved a balanced three-year Medium Term Financial Strategy in February 2024."
    assert relation_of(aim, Passage("d", "2024-11-13", None, "2.2", 0, len(text), text)) == "supports"
    dates = ("2023-11-08", "2024-11-13")
    aim = "Move 80% of customer transactions online by March 2025."
    news = "61% of customer transactions were completed online in September 2024, up from 44% a year earlier."
    before, later = _a_year_on(aim, news, ("61%", 61.0, "%", {"metric": "customer transactions online",
                                                              "direction": "up", "from_value": 44.0}),
                               deadline="2025-03", dates=dates)
    assert track.track([before, later]).verdicts[0].status == "in_progress"  # was delivered: "were completed"
    aim = "Run an all-staff survey in spring 2024 and publish an action plan in response."
    news = "The all-staff survey did not take place in spring 2024 because of the restructure."
    v = track.track(list(_a_year_on(aim, news, deadline="2024", dates=dates))).verdicts[0]
    assert v.status == "not_delivered" and v.evidence[0].quote == news



@pytest.mark.parametrize("aim, news, deadline, status", [
    # written for this test: a community safety partnership plan, a corporate parenting strategy, a housing plan
    ("We will recruit two additional ASB caseworkers in 2023/24.",
     "Recruitment of the two ASB caseworkers was unsuccessful and the posts remain vacant.", "2023-24", "not_delivered"),
    ("The Partnership will open a second refuge with 12 bed spaces by April 2024.",
     "The second refuge did not open as planned. The Partnership now expects to open the refuge in 2025.", "2024-04",
     "not_delivered"),
    ("The Council will launch a Staying Close scheme for young people leaving residential care in 2023.",
     "The Staying Close scheme has not started.", "2023", "not_delivered"),
    ("We will introduce free leisure centre membership for care leavers from April 2023.",
     "Free leisure centre membership has been available to all care leavers since April 2023.", "2023-04", "delivered"),
    ("We will introduce weekly food waste collections for all households from April 2024.",
     "Weekly food waste collections started for all households on 8 April 2024.", "2024-04", "delivered"),
    ("Appoint a Tenant Engagement Manager by June 2024.",
     "The Tenant Engagement Manager took up post in May 2024.", "2024-06", "delivered"),
])
def test_not_begun_or_failed_after_the_deadline_and_more_ways_of_saying_done(aim, news, deadline, status):
    v = track.track(list(_a_year_on(aim, news, deadline=deadline, dates=("2023-03-14", "2024-06-26")))).verdicts[0]
    assert v.status == status and v.evidence[0].quote == news.split(". ")[0].rstrip(".") + "."


def test_not_started_before_the_deadline_is_no_failure():
    aim = "The Council will launch a Staying Close scheme for young people leaving residential care by 2026."
    news = "The Staying Close scheme has not started."
    v = track.track(list(_a_year_on(aim, news, deadline="2026", dates=("2023-03-14", "2024-06-26")))).verdicts[0]
    assert v.status != "not_delivered"


def test_funding_won_is_no_project_done_and_the_next_sentence_says_how_it_stands():
    # written for this test: a climate emergency action plan and its first annual progress report
    aim = "Replace the gas boilers at Northvale Leisure Centre with air source heat pumps by December 2024."
    news = ("The heat pump project at Northvale Leisure Centre was awarded Public Sector Decarbonisation Scheme "
            "funding in January 2024. Works started in June 2024 and are on track to complete in December 2024.")
    v = track.track(list(_a_year_on(aim, news, deadline="2024-12", dates=("2023-07-18", "2024-09-24")))).verdicts[0]
    assert v.status == "in_progress" and v.evidence[0].quote == news  # was delivered, from "was awarded"
    # the next sentence must point back to the subject: another subject's news says nothing of it
    other = ("The heat pump project at Northvale Leisure Centre was awarded Public Sector Decarbonisation Scheme "
             "funding in January 2024. Solar panels on the depot were completed in May 2024.")
    v = track.track(list(_a_year_on(aim, other, deadline="2024-12", dates=("2023-07-18", "2024-09-24")))).verdicts[0]
    assert v.status != "delivered"


def test_the_rest_of_one_thing_still_to_come_and_a_share_of_every_child():
    dates = ("2024-03-12", "2025-02-18")
    aim = "Complete a stock condition survey of 100% of homes by December 2024."
    news = ("Stock condition surveys have been completed on 4,930 homes (88%). The contractor now expects to finish "
            "the remaining surveys in April 2025.")
    v = track.track(list(_a_year_on(aim, news, deadline="2024-12", dates=dates))).verdicts[0]
    assert (v.status, v.overdue) == ("in_progress", True)  # was delivered, from "have been completed"
    aim = "every child in care will have an up-to-date Personal Education Plan;"
    news = "93% of children in care had an up-to-date Personal Education Plan at the end of the spring term."
    v = track.track(list(_a_year_on(aim, news, dates=dates))).verdicts[0]
    assert v.status == "in_progress"  # a share of every child, with no date set: under way, not missed


def test_figures_moving_the_promised_way_against_an_earlier_year_a_difference_and_a_bare_count():
    dates = ("2023-11-08", "2024-12-11")
    aim = "We will reduce missed collections to fewer than 50 per 100,000 collections."
    news = "Missed collections averaged 62 per 100,000 collections in 2023/24, against 71 in 2022/23."
    before, later = _a_year_on(aim, news, ("62 per 100,000", 62.0, "per_100000",
                                           {"indicator": "missed_bins", "as_of": "2023-24"}), dates=dates)
    _add_claim(later, "c2", "71", 71.0, "count", indicator="missed_bins", as_of="2022-23")
    assert track.track([before, later]).verdicts[0].status == "in_progress"  # was not delivered: 62 is above 50
    aim = "Reduce energy use in council buildings by 20% against the baseline by 2025/26."
    news = "Energy use in council buildings is 11% lower than the baseline."
    v = track.track(list(_a_year_on(aim, news, ("11%", 11.0, "%", {"metric": "%"}), deadline="2025-26",
                                    dates=dates))).verdicts[0]
    assert v.status == "in_progress"
    news = "Energy use in council buildings is 23% lower than the baseline."
    v = track.track(list(_a_year_on(aim, news, ("23%", 23.0, "%", {"metric": "%"}), deadline="2025-26",
                                    dates=dates))).verdicts[0]
    assert v.status == "delivered"
    aim = "Deliver a town centre events programme of at least 12 events a year."
    news = "The town centre events programme ran 14 events in 2023/24."
    assert track.track(list(_a_year_on(aim, news, ("14", 14.0, "count", {"as_of": "2023-24"}),
                                       dates=dates))).verdicts[0].status == "delivered"
    news = "The town centre events programme ran 7 events in 2023/24."  # a year short of its yearly minimum
    assert track.track(list(_a_year_on(aim, news, ("7", 7.0, "count", {"as_of": "2023-24"}),
                                       dates=dates))).verdicts[0].status == "not_delivered"


def test_count_and_share_targets_and_a_level_reached_with_no_way_to_move():
    from miner.verdicts import numeric_target

    assert numeric_target("Replace 40 of the Council's 95 fleet vehicles with electric vehicles by March 2025.") == 40
    assert numeric_target("Complete a stock condition survey of 100% of homes by December 2024.") == 100
    assert numeric_target("Reduce open damp and mould cases from 310 to under 100 by March 2025.") == 100
    aim = "Bring gas safety compliance to 100% by May 2024 and keep it there."
    news = "Gas safety compliance reached 100% in April 2024."
    v = track.track(list(_a_year_on(aim, news, ("100%", 100.0, "%", {"metric": "gas safety compliance",
                                                                     "as_of": "2024-04"}),
                                    deadline="2024-05", dates=("2024-03-12", "2025-02-18")))).verdicts[0]
    assert v.status == "delivered"
    news = "Gas safety compliance reached 97% in April 2024."
    v = track.track(list(_a_year_on(aim, news, ("97%", 97.0, "%", {"metric": "gas safety compliance",
                                                                    "as_of": "2024-04"}),
                                    deadline="2024-05", dates=("2024-03-12", "2025-02-18")))).verdicts[0]
    assert v.status != "delivered"


def test_part_of_the_promises_own_figure_links_however_reworded_and_clearing_a_backlog_is_ending_it():
    # written for this test: an adult social care improvement plan after a CQC assessment, and its progress report
    dates = ("2024-02-08", "2024-10-17")
    aim = "Recruit 15 additional social workers and occupational therapists."
    news = "Eleven of the 15 additional posts have been filled. Recruitment to the remaining four posts is continuing."
    v = track.track(list(_a_year_on(aim, news, dates=dates))).verdicts[0]
    assert v.status == "in_progress"  # was no_evidence: "posts filled" shares too few words to link
    unrelated = "Eleven of the 15 libraries now open on Sundays."
    assert track.track(list(_a_year_on(aim, unrelated, dates=dates))).verdicts[0].status == "no_evidence"
    aim = "Clear the backlog of overdue annual reviews."
    news = "Overdue annual reviews have reduced to 1,205."
    v = track.track(list(_a_year_on(aim, news, ("1,205", 1205.0, "count", {"metric": "overdue annual reviews", "direction": "down"}),
                                    dates=dates))).verdicts[0]
    assert v.status == "in_progress"  # was delivered, from "reduced to"


def test_what_ensure_promises_a_dated_act_done_and_lights_switched_on():
    dates = ("2023-12-05", "2024-12-10")
    aim = "Ensure every school judged requires improvement receives a support package from the Learning Partnership."
    news = "All seven schools judged requires improvement received a support package from the Learning Partnership."
    assert track.track(list(_a_year_on(aim, news, dates=dates))).verdicts[0].status == "delivered"
    # the act the deadline is set for was done in time; what comes next is another step
    aim = "Bring forward the site at Mill Lane for 120 homes, with a planning application submitted by December 2024."
    news = ("The outline planning application for 120 homes at Mill Lane was submitted in November 2024 and is due "
            "to be determined in April 2025.")
    v = track.track(list(_a_year_on(aim, news, deadline="2024-12", dates=("2024-03-12", "2025-03-18")))).verdicts[0]
    assert v.status == "delivered"
    news = "The outline planning application for 120 homes at Mill Lane is due to be submitted in April 2025."
    v = track.track(list(_a_year_on(aim, news, deadline="2024-12", dates=("2024-03-12", "2025-03-18")))).verdicts[0]
    assert v.status != "delivered"
    aim = "Replace the Christmas lights in the High Street with LED lights before the 2024 switch-on."
    news = "New LED Christmas lights were switched on in the High Street on 30 November 2024."
    assert track.track(list(_a_year_on(aim, news, dates=("2024-05-15", "2025-05-21")))).verdicts[0].status == "delivered"


def test_a_part_named_by_its_number_still_to_come_and_a_delay_with_a_new_date():
    dates = ("2023-06-20", "2024-11-14")
    aim = "Restore the evening services on routes 12 and 14 between Ashby and Kelworth by April 2024."
    news = ("Evening services on route 12 were restored in January 2024. The restoration of route 14 evening "
            "journeys has been deferred because the operator could not recruit drivers.")
    v = track.track(list(_a_year_on(aim, news, deadline="2024-04", dates=dates))).verdicts[0]
    assert v.status != "delivered" and "route 14" in v.evidence[0].quote  # was delivered, from route 12 alone
    aim = "Open a 60-place resource base for autistic pupils at Linwood Academy by September 2024."
    news = ("Building work on the resource base at Linwood Academy was delayed by the discovery of asbestos. "
            "The base will now open in April 2025.")
    v = track.track(list(_a_year_on(aim, news, deadline="2024-09", dates=("2023-12-05", "2024-12-10")))).verdicts[0]
    assert v.status == "in_progress"  # was no_evidence: the passage only "mentioned" the promise
    aim = "Regulation 19 publication of the Local Plan by February 2025."
    news = "Regulation 19 publication of the Local Plan has slipped to May 2025 because of the changes to national policy."
    v = track.track(list(_a_year_on(aim, news, deadline="2025-02", dates=("2024-03-12", "2025-03-18")))).verdicts[0]
    assert v.status == "in_progress"  # was no_evidence: "slipped" said nothing


def test_a_later_papers_noun_meets_the_promised_verb():
    """'Submission ... is now expected' reports on 'Submit ...' (word_families in verdict_cues.json); a noun
    with a sense of its own ('service delivery') does not stand for its verb."""
    assert set(analyse("Submission for examination", False)) == set(analyse("Submit for examination", False))
    assert set(analyse("Regulation 19 publication", False)) == set(analyse("publish Regulation 19", False))
    assert "deliver" not in analyse("service delivery", False)
    promise = "Submit the Local Plan for examination by June 2025."
    before = _paper("a1", "Northshire Council", "2024-03-01", [("3.1", "other", promise)], (promise,))
    later = _paper("a2", "Northshire Council", "2025-03-01", [
        ("1.2", "other", "Submission of the Local Plan for examination is now expected in October 2025.")])
    v = track.track([before, later]).verdicts[0]
    assert v.status == "in_progress" and "Submission" in v.evidence[0].quote


def test_a_promise_meets_the_table_row_that_names_its_measure():
    """Written for this test, after a customer strategy and its year-one report: a promise's act put as a
    report puts it ("answer" -> "answered") names the taxonomy's measure; a row label the promise names in
    all its words (or all but one of a long label) is its measure though the taxonomy has none; the quote is
    the row, not the table."""
    calls = "answer 90% of calls to the Contact Centre."
    complaints = "We will respond to 95% of stage 1 complaints within 10 working days."
    visits = "We will increase physical visits to libraries to 1.1 million in 2024/25."
    before = _paper("a1", "Northshire Council", "2024-04-23",
                    [("4.1", "priorities", calls), ("4.2", "priorities", complaints), ("4.3", "priorities", visits)],
                    (calls, complaints, visits))
    before.statements[2].deadline = "2025-03"
    rows = ["Calls answered | 78% | 91%", "Stage 1 complaints answered within 10 working days | 82% | 89%",
            "Physical visits | 968,000 | 1,024,000"]
    later = _paper("a2", "Northshire Council", "2025-05-20",
                   [("5.1", "other", "Measure | 2023/24 | 2024/25\n" + "\n".join(rows))])
    for cid, quote, value in (("c1", "91%", 91.0), ("c2", "89%", 89.0), ("c3", "1,024,000", 1024000.0)):
        _add_claim(later, cid, quote, value, "count" if "," in quote else "%", as_of="2024-25")
    verdicts = {v.promise_id: v for v in track.track([before, later]).verdicts}
    got = {pid: (v.status, v.evidence[0].quote if v.evidence else None) for pid, v in verdicts.items()}
    assert got == {"a1-st-4.1": ("delivered", rows[0]), "a1-st-4.2": ("not_delivered", rows[1]),
                   "a1-st-4.3": ("not_delivered", rows[2])}, got


def test_an_act_told_by_its_noun_a_share_to_reach_and_a_time_to_keep_under():
    from miner.track_text import as_reported, did_the_act, promised_acts
    from miner.verdicts import numeric_target

    # written for this test
    close = "The cash office at the Town Hall will close in September 2024."
    assert promised_acts(close) == ("close",)  # an act with no object, its date straight after
    assert did_the_act(close, "Following the closure of the Town Hall cash office on 27 September 2024, residents "
                              "made 9,300 cash payments at PayPoint outlets.")
    assert did_the_act("Adopt a Library Volunteer Policy in autumn 2023.",
                       "The adoption of the policy took place at Cabinet in November 2023.")
    assert not did_the_act(close, "Following the closure of the cash office next year, residents will pay at PayPoint.")
    assert as_reported("(d) answer 90% of calls") == ("(d) answered 90% of calls", "(d) answerred 90% of calls")
    assert numeric_target("so that the first appliance arrives within 10 minutes at 75% of dwelling fires") == 75
    assert numeric_target("The average waiting time for 101 calls will be brought below five minutes") == 5
    assert numeric_target("We will increase physical visits to 1.1 million in 2023/24") == 1_100_000


def test_a_figure_of_a_subject_the_promise_names_and_the_thing_the_hub_names():
    """Written for this test: a figure the claim layer gave no measure is on the promise's measure when the
    clause's subject is all promise words; "the hub will open" links by what the paragraph named the hub."""
    aim = "We will raise average on-call appliance availability from 68% to 80% during 2024/25."
    news = "Average on-call appliance availability was 72% across the year."
    before, later = _a_year_on(aim, news, ("72%", 72.0, "%", {}), deadline="2025-03", dates=("2024-03-20", "2025-06-19"))
    v = track.track([before, later]).verdicts[0]
    assert (v.status, v.evidence[0].quote) == ("not_delivered", news)
    from miner.track_passages import _antecedent

    para = ("The Eastgate Library and Community Hub will replace the existing branch library. Building work started "
            "in March 2023 and the hub will open by spring 2024.")
    st = Statement("s", "d", None, None, "commitment", para[para.index("Building"):], para.index("Building"), len(para))
    assert _antecedent(para, st)[0].startswith("The Eastgate Library and Community Hub")
    st.text = "Building work started in March 2023 and the work will finish by spring 2024."
    assert _antecedent(para.replace("the hub will open", "the work will finish"), st) == ("", st.start)


def test_an_act_named_by_its_gerund_the_first_of_two_targets_and_a_subject_with_its_scope():
    """Written for this test (stop 26): "for answering 90% of 999 calls" names the calls-answered measure; "carry
    out 8,500 visits, with at least 70% of visits to ..." aims at 8,500; "Weekly opening hours across the service
    now total 331" is a figure on "increase total weekly opening hours from 312 to 340"."""
    from miner.track_passages import _reported_indicators
    from miner.similarity import analyse
    from miner.verdicts import numeric_target

    assert "emergency_calls_answered" in _reported_indicators(
        "The Commissioner will hold the Chief Constable to account for answering 90% of 999 calls within 10 seconds.")
    assert not _reported_indicators("The Commissioner will hold the Chief Constable to account.")
    assert numeric_target("We will carry out 8,500 home fire safety visits in 2024/25, with at least 70% of visits "
                          "to households over 65.") == 8500
    assert numeric_target("Raise attendance to at least 95% by recruiting 4 attendance officers.") == 95
    aim = "increase total weekly opening hours from 312 to 340;"
    news = "Weekly opening hours across the service now total 331, including the longer hours at the new hub."
    before, later = _a_year_on(aim, news, ("331", 331.0, "count", {"metric": "Weekly opening hours across the service"}),
                               deadline="2024-03", dates=("2023-07-12", "2024-07-10"))
    v = track.track([before, later]).verdicts[0]
    assert (v.status, v.evidence[0].quote) == ("not_delivered", news)
    # "Go-live of the new system" is the system going live
    assert set(analyse("Go-live of the new CRM system", bigrams=False)) <= set(
        analyse("the new CRM system going live", bigrams=False))


def test_targets_stated_as_none_a_level_to_keep_a_share_and_a_target_named_as_such():
    """Written for this test (stop 26), in the wording of fostering, virtual school, BCF and improvement plans."""
    from miner.verdicts import _direction, numeric_target

    cases = {
        "achieve no permanent exclusions of children looked after;": (0, "down"),
        "keep permanent admissions of people aged 65 and over to care homes below 620 per 100,000.": (620, "down"),
        "bring waiting times for adaptations down to an average of 20 weeks from approval;": (20, "down"),
        "bring the proportion of agency social workers down to 15% by March 2025;": (15, "down"),
        "make sure 95% of reviews for children looked after are held within timescales;": (95, "up"),
        "give 1,500 carers a carers' assessment or review during the year.": (1500, "up"),
        "make sure every care leaver is in education, employment or training, with a target of 90% in EET;": (90, None),
    }
    assert {t: (numeric_target(t), _direction(t)) for t in cases} == cases
    # a year is no level to keep to, and "have no plans" is no target of none
    assert numeric_target("maintain the current service over 2025 and beyond") is None
    assert numeric_target("We will have no plans to close libraries.") is None


def test_a_share_target_is_met_only_by_a_share():
    """"down to 15%" is not met by "a first cohort of 14 social workers" in the same paragraph."""
    aim = "bring the proportion of agency social workers down to 15% by March 2025;"
    news = ("The use of agency social workers fell from 28% to 17% in January 2025. The Social Work Academy welcomed "
            "its first cohort of 14 newly qualified social workers.")
    before, later = _a_year_on(aim, news, ("14", 14.0, "count", {"indicator": "agency_social_workers"}),
                               deadline="2025-03", dates=("2024-03-12", "2025-03-11"))
    _add_claim(later, "c2", "17%", 17.0, "%", indicator="agency_social_workers", as_of="2025-01", from_value=28.0,
               direction="down")
    v = track.track([before, later]).verdicts[0]
    assert (v.status, v.evidence[0].quote) == ("in_progress", news.split(". ")[0] + "."), v


def test_going_on_as_before_is_vague_and_the_body_making_a_promise_is_no_deliverable():
    facets = Specificity(deliverable=True, owner=True)
    embed = "The Council will continue to embed a culture of learning and high support across children's services."
    assert is_vague(Statement("s", "d", None, None, "commitment", embed, 0, len(embed), specificity=facets))
    for text in ("The Council will continue to reduce the number of children in care.",  # a direction to judge by
                 "Continue to embed the new practice model by March 2025."):  # a date
        st = Statement("s", "d", None, None, "commitment", text, 0, len(text), specificity=facets)
        st.deadline = "2025-03" if "March" in text else None
        assert not is_vague(st)
    # "Mockingbird went live in September 2024.": a short sentence's date is not another subject
    aim = "to launch the Mockingbird programme, with two constellations each built around a hub home, by December 2024;"
    news = ("Mockingbird went live in September 2024. Our first constellation, centred on a hub home in Northgate, now "
            "supports eight fostering households.")
    passage = Passage("d2", "2025-07-09", None, None, 0, len(news), news)
    assert relation_and_directness(aim, passage, "2024-07-10")[0] == "supports"
    other = news.replace("Mockingbird", "The Town Hall café")  # a cue about another subject
    assert relation_and_directness(aim, Passage("d2", "2025-07-09", None, None, 0, len(other), other),
                                   "2024-07-10")[0] != "supports"
    assert has_cue("progresses", "The digital contact platform is in a pilot with 30 families.")
    assert not has_cue("progresses", "The digital contact platform was in a pilot last year.")


def test_a_service_the_promise_describes_in_lower_case_is_its_entity():
    """Written for this test (stop 26): "Launch a new adoption support hub" and, a year on, "The Adoption Support
    Hub opened"; a phrase made of kind words ("action plan") names nothing."""
    from miner.model import Mention
    from miner.track_links import _add_described
    from miner.track_passages import passages_of, promises_of

    aim = "Launch a new adoption support hub offering parenting courses by April 2024. Publish an action plan."
    news = "The Adoption Support Hub opened in February 2024. The AGS Action Plan was agreed."
    before, later = _a_year_on(aim, news, dates=("2023-10-17", "2024-10-15"))
    for name, label in (("Adoption Support Hub", "SERVICE"), ("Action Plan", "PROGRAMME")):
        at = later.document.text.index(name)
        later.mentions.append(Mention(f"m{at}", "a2", None, None, name, label, at, at + len(name)))
    promises = promises_of(before)
    _add_described(promises, [before, later], [p for ex in (before, later) for p in passages_of(ex)], 3)
    assert promises[0].entities == {"adoption support hub"}


def _row_passage(table: str) -> Passage:
    return Passage("d2", "2024-07-09", None, None, 0, len(table), table)


def test_each_row_of_a_status_table_speaks_for_its_own_item():
    """Written for this test (stop 27): a RAG table of several projects is no one label for them all; each row is a
    sentence to quote, and its own status cell is its label."""
    table = ("| Project | RAG | Commentary |\n|---|---|---|\n"
             "| Regent Theatre refurbishment | Amber | Seating replaced in summer 2023; toilets now due September 2024. |\n"
             "| Solar PV on the Civic Centre roof | Green | Complete. 620 kWp installed, commissioned January 2022. |\n"
             "| Elmbridge Park Leisure Centre | Green | Open. |")
    p = _row_passage(table)
    solar = "Install solar panels on the roof of the Civic Centre by March 2022."
    assert relation_and_directness(solar, p, "2021-11-01")[0] == "supports"
    assert relation_and_directness("Refurbish the Regent Theatre by December 2023.", p, "2022-06-01")[0] == "progresses"
    # the Amber row's label is not the leisure centre's, and its row (with no cue) says nothing either way
    assert relation_and_directness("Open a new leisure centre at Elmbridge Park by summer 2024.", p, "2022-06-01")[0] == "mentions"
    assert best_sentence(solar, p).startswith("| Solar PV on the Civic Centre roof | Green | Complete.")


def test_a_target_column_is_the_aim_and_a_count_to_do_has_no_way_to_move():
    """Written for this test (stop 27): the Target column's figure is not the level reached; "reducing energy use
    by 62%" in the sentence reporting 8,000 streetlights replaced is another measure, not the promise's going down."""
    aim = "We will increase annual library visits from 410,000 to 500,000 by 2025/26."
    table = ("| Measure | 2021/22 (baseline) | 2023/24 | Target 2025/26 | Status |\n|---|---|---|---|---|\n"
             "| Library visits | 410,000 | 463,200 | 500,000 | On track |")
    before, later = _a_year_on(aim, table, deadline="2026-03", dates=("2022-06-01", "2024-07-09"))
    for cid, figure in (("c1", "410,000"), ("c2", "463,200"), ("c3", "500,000")):
        _add_claim(later, cid, figure, float(figure.replace(",", "")), "count", metric="Library visits")
    v = track.track([before, later]).verdicts[0]
    assert v.status == "in_progress" and "463,200" in v.evidence[0].quote
    lights = "We will replace 8,000 streetlights with LED lanterns by March 2022."
    done = ("The LED streetlight conversion was completed in February 2022; all 8,000 streetlights are now LED, "
            "reducing energy use for street lighting by 62%.")
    before, later = _a_year_on(lights, done, ("62%", 62.0, "%", {"direction": "down", "metric": "streetlights"}),
                               deadline="2022-03", dates=("2021-02-01", "2022-07-01"))
    assert track.track([before, later]).verdicts[0].status == "delivered"


def test_improving_a_harm_is_fewer_of_it():
    """Written for this test (stop 27): rough sleeping falling is the promised way for "improve outcomes"."""
    from miner.verdicts import _direction

    assert _direction("We will work with partners to improve outcomes for people sleeping rough.") == "down"
    assert _direction("We will improve the household recycling rate to 50%.") == "up"
    aim = "We will work with partners to improve outcomes for people sleeping rough."
    news = "The number of people found sleeping rough on the autumn 2022 count was 9, compared with 11 the previous year."
    before, later = _a_year_on(aim, news, ("9", 9.0, "count", {"direction": "down", "metric": "people found sleeping rough"}))
    assert track.track([before, later]).verdicts[0].status != "not_delivered"


@pytest.mark.parametrize("group,sentence", [
    ("supports", "The Caxton Road scheme opened to residents in February 2023, two months later than planned."),
    ("supports", "The 'Wyre Link' on-demand bus, which began carrying passengers on 6 September 2021, has made 18,400 journeys."),
    ("supports", "Over 2,300 children took part in free holiday activities in 2023/24."),
    ("supports", "The Green Communities Fund awarded £96,400 to 23 community projects in its first round."),
    ("progresses", "The Regent Theatre refurbishment is partly complete."),
    ("progresses", "Accessible toilets were delayed by the discovery of asbestos, now due September 2024."),
    ("contradicts", "The Arts Centre's application to become a National Portfolio Organisation was unsuccessful."),
])
def test_outcome_wording_of_later_papers(group, sentence):
    """Written for this test (stop 27), from the round-17 probe papers' wording."""
    assert has_cue(group, sentence)


def test_a_target_for_so_many_people_is_a_count_to_reach():
    from miner.verdicts import numeric_target

    assert numeric_target("We will deliver a programme of free holiday activities for 2,000 children each year.") == 2000
    assert numeric_target("We will provide £2m for 3 years.") is None


def test_a_colon_inside_brackets_ends_no_sentence():
    from miner.track_text import sentences

    text = "Bus punctuality was 84% in 2021/22 (2020/21: 86%). Patronage rose by 4%."
    assert [s for _, _, s in sentences(text)] == ["Bus punctuality was 84% in 2021/22 (2020/21: 86%).", "Patronage rose by 4%."]


def test_a_named_programme_points_at_the_few_later_passages_naming_it():
    """Tracker round 21: a service or programme the promise names, named again by a few later passages, points at
    them (and only later ones of the same authority); a name all over the later papers points at none."""
    from types import SimpleNamespace

    import numpy as np

    from miner.track_links import _few_later

    dates = np.array(["2023-12-01", "2024-03-10", "2024-03-10", "2024-03-10", "2024-03-10"])
    allowed = np.array([True, True, True, True, False])
    thing_in = {"devolution priority programme": np.array([True, True, False, False, True]),
                "medium term financial plan": np.array([True, True, True, True, True])}
    rare = SimpleNamespace(things={"devolution priority programme"}, date="2024-01-10")
    assert _few_later(rare, thing_in, dates, allowed, few=2).tolist() == [False, True, False, False, False]
    everywhere = SimpleNamespace(things={"medium term financial plan"}, date="2024-01-10")
    assert not _few_later(everywhere, thing_in, dates, allowed, few=2).any()
