"""Statements on real seed papers: list inheritance, prose commitments, specificity, and a small evaluation."""

import pytest

from miner.nlp.specificity import assess
from miner.nlp.statements import StatementFinder, header_kind, sentence_rule

SEED_2018 = "corpus/seeds/000_6cef1de8068e4e1d.txt"
SEED_2020 = "corpus/seeds/001_fd1a3b6a4ff01199.txt"
SEED_SOMERSET = "corpus/seeds/004_4330630ba5c986a6.txt"
SEED_WALSALL = "corpus/seeds/002_ae80002c44bcfba2.txt"
KENT_MINUTES = "corpus/pdf/Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf"


@pytest.fixture(scope="module")
def nlp(base_nlp):
    """The base weights (conftest.base_nlp) under the name the statements test files import from here."""
    return base_nlp


@pytest.fixture(scope="module")
def statements_of(nlp):
    from miner.evaluation.statements import parse_file, run_finder
    from miner.nlp import statement_model

    cache = {}

    def get(file, mode="both"):
        if file not in cache:
            cache[file] = parse_file(file, nlp)
        return run_finder(cache[file], StatementFinder(mode=mode, model=statement_model.load()))

    return get


def _find(statements, quote):
    return [s for s in statements if quote in s.text]


def test_key_priorities_items_inherit_kind_and_period_from_header(statements_of):
    found = statements_of(SEED_2018)
    for quote in ("Revise the 16-19 Strategy.", "Launch a new Inclusion strategy", "Recruit suitable adoptive families"):
        hits = _find(found, quote)
        assert hits and hits[0].kind == "priority" and hits[0].period == "2018-19", quote
        assert hits[0].method.startswith("rule:list-inherit")
        assert hits[0].specificity is not None


def test_item_span_is_exact_and_excludes_marker(statements_of):
    from miner.readers import read_document

    text = read_document(SEED_2018).text
    st = _find(statements_of(SEED_2018), "Revise the 16-19 Strategy.")[0]
    assert text[st.start : st.end] == st.text == "Revise the 16-19 Strategy."


def test_achievement_and_challenge_lists(statements_of):
    found = statements_of(SEED_2018)
    assert _find(found, "The MSCB has set up a Champions model")[0].kind == "achievement"
    assert _find(found, "The recruitment and retention of social workers.")[0].kind == "challenge"


def test_commitment_with_target_inside_priority_item(statements_of):
    hits = [s for s in _find(statements_of(SEED_2018), "I am committed to increasing our establishment") if s.kind == "commitment"]
    assert hits and hits[0].text.startswith("I am committed")
    assert hits[0].specificity.measurable and hits[0].actor == "I"


def test_a_promise_item_opening_with_a_commitment_is_one_statement(statements_of):
    """'Following a public consultation we will be reprovisioning ...' opens a priority item: the item is
    the promise, found once; a commitment later in an item ('I am committed to ...') is found beside it."""
    found = statements_of(SEED_2018)
    promises = [s for s in found if s.kind in ("priority", "commitment")]
    starts = [(s.section_id, s.start) for s in promises]
    assert len(starts) == len(set(starts))
    lead = _find(found, "we will be reprovisioning short breaks")
    assert len(lead) == 1 and lead[0].kind == "priority"
    assert _find(promises, "I am committed to increasing") and _find(promises, "The recruitment and retention of skilled")


def test_prose_commitment_gets_deadline(statements_of):
    hits = [s for s in _find(statements_of(SEED_2020), "will go live in October 2020") if s.kind == "commitment"]
    assert hits and hits[0].deadline == "2020-10"
    hits = [s for s in _find(statements_of(SEED_SOMERSET), "The plan is for the new service") if s.kind == "commitment"]
    assert hits and hits[0].deadline == "2019-02"


def test_headers_sectioner_misses_are_recognised():
    assert header_kind("There are also areas of Social Care and Safeguarding we need to focus our attention on to improve and these include:") == "priority"
    assert header_kind("Key areas for YOS activity going forwards are:") == "priority"
    # written for this test: a performance report laid out by priority reports, it does not promise
    assert header_kind("2. Performance by priority") is None
    assert header_kind("Progress against our priorities") is None
    assert header_kind("There are many aspects of Early Help and Commissioning we are proud of and these include:") == "achievement"
    assert header_kind("We recognise that we face significant challenges in delivering services ... which mean that we need to:") == "priority"
    assert header_kind("Children's Social Care and Safeguarding") is None


def test_sentence_rules():
    assert sentence_rule("We will be revisiting the DfE agreement to set up a Primary Pupil Referral Unit")[0] == "commitment"
    assert sentence_rule("Closing the gap remains a challenge in Walsall schools.")[0] == "challenge"
    assert sentence_rule("We have launched a new competitive range of salaries for social workers")[0] == "achievement"
    assert sentence_rule("RESOLVED that the report be noted.")[0] == "decision"
    assert sentence_rule("Members noted the update.", minutes=False) is None or sentence_rule("Members noted the update.")[0] != "decision"
    assert sentence_rule("Members noted the update.", minutes=True)[0] == "decision"


def test_specificity_measurable_vs_vague():
    assert assess("I am committed to increasing our establishment of safeguarding social workers from the current 80 to 90").measurable
    vague = assess("Better engagement with staff")
    assert not vague.measurable and not vague.deliverable and vague.score == 0
    # a scrutiny review's recommendations: numbers in words, equipment to install
    assert assess("Increases the number of enforcement officers from two to five.").measurable
    assert assess("Installs mobile CCTV cameras at the ten worst hotspots.").deliverable
    assert not assess("We will offer support to families.").deliverable


def test_items_under_a_subheading_inherit_the_kind_of_the_list_header_above_it(statements_of):
    # "9.3 The key priorities ... in 2020-21 include:" > "9.3.1 Early help and children's social care" > bullets
    for quote in ("Develop a range of early help services to meet identified needs", "Bid for mental health in schools trail blazer opportunity"):
        hits = [s for s in _find(statements_of(SEED_2020, "rules"), quote) if s.kind == "priority"]
        assert hits and hits[0].period == "2020-21" and hits[0].method.startswith("rule:list-inherit"), quote


def test_items_take_their_kind_from_the_parent_paragraph_when_the_sectioner_gave_none(statements_of):
    # "We recognise that we face significant challenges ... which mean that we need to:" then bullets
    hits = [s for s in _find(statements_of(SEED_WALSALL, "rules"), "Continue to recruit, retain and develop a skilled workforce") if s.kind == "priority"]
    assert hits and hits[0].method.startswith("rule:list-inherit")


def test_challenge_named_inside_an_achievement_item_is_recorded_as_a_challenge(statements_of):
    found = statements_of(SEED_2020, "rules")
    item = [s for s in _find(found, "Medway approved 16 adopter households") if s.kind == "achievement"]
    inner = [s for s in _find(found, "There continues to be a challenge nationally and in Medway") if s.kind == "challenge"]
    assert item and inner and inner[0].method.startswith("rule:nested-challenge")
    assert item[0].start <= inner[0].start and inner[0].end <= item[0].end


def test_minutes_promises_in_reported_speech_are_commitments(statements_of):
    found = statements_of(KENT_MINUTES, "rules")
    for quote in ("a detailed update would be brought back to Cabinet in due course", "planned to raise council tax by 2.99%"):
        hits = [s for s in found if quote in " ".join(s.text.split())]  # PDF lines break mid-sentence
        assert any(s.kind == "commitment" for s in hits), quote


def test_future_sentence_with_a_due_date_is_a_commitment_with_that_deadline(statements_of):
    hits = [s for s in _find(statements_of(SEED_SOMERSET, "rules"), "This programme will be finalised by April 2020") if s.kind == "commitment"]
    assert hits and hits[0].deadline == "2020-04"


def test_due_to_as_a_cause_and_outside_bodies_future_acts_are_not_promises():
    # Kent Cabinet minutes 2025 and Medway 2020: a cause, and the commissioner's (not the council's) next step
    assert sentence_rule("The remaining £9.2 million overspend was due to service-related pressures, driven by increases in the price", minutes=True)[0] == "challenge"
    assert sentence_rule("The commissioner will submit a further report Medway's capacity and capability to sustain improvements to Department of Education in June.") == (None, "external_promise#0")
    assert sentence_rule("New smoke-free spaces were due to launch across Kent, including parks, play areas, high streets", minutes=True)[0] == "commitment"


def test_rising_demand_and_unsustainable_budgets_are_challenges():
    assert sentence_rule("There has been a 78% increase in the number of requests for statutory assessment during the past four years")[0] == "challenge"
    assert sentence_rule("The demand on the service has continued to rise with an increase in the number of children subject to Child Protection Plans")[0] == "challenge"
    assert sentence_rule("Reserves were a one-off solution, and continued use without replenishment was unsustainable.", minutes=True)[0] == "challenge"


def test_headings_are_topics_not_statements(statements_of):
    # "9.3.6 Involvement of parents and service users and renewed focus on coproduction" is a sub-heading
    assert not _find(statements_of(SEED_2020, "rules"), "Involvement of parents and service users and renewed focus on coproduction")


def test_classifier_adds_sentences_rules_leave_with_model_provenance_and_saved_threshold(statements_of):
    from miner.nlp import statement_model

    model = statement_model.load()
    assert model is not None and 0.0 < model.threshold < 1.0 and "cv_promise_by_threshold" in model.meta
    found = statements_of(SEED_SOMERSET, "both")
    added = [s for s in found if s.method.startswith("model:statement_classifier@")]
    assert added and all(s.confidence >= model.threshold for s in added)
    rules = {(s.start, s.end) for s in statements_of(SEED_SOMERSET, "rules")}
    assert all((s.start, s.end) not in rules for s in added)


@pytest.mark.slow
def test_rules_on_every_tuned_paper_and_the_model_on_one_council_fold():
    """scripts/evaluate.py statements at the suite's scale: the rules on all tuned papers, and the
    classifier cross-validated on one fold, Kent's papers, fitted on the other councils' tuned papers.
    The full leave-one-council-out run (ten fits) is `scripts/evaluate.py statements`. Floors a little
    below what was measured (annotations/README.md, Statements round 31)."""
    from miner.evaluation.statements import _manifest, evaluate
    from miner.nlp.pipeline import load_base

    nlp, parsed = load_base(), {}
    rules = evaluate(split="tuned", systems=("rules",), nlp=nlp, parsed=parsed)["systems"]["rules"]
    kent = [f for f in parsed if _manifest().get(f, {}).get("authority") == "Kent County Council"]
    fold = evaluate(kent, systems=("rules", "both"), nlp=nlp, parsed=parsed)["systems"]
    # measured at round 31 (122 tuned papers, rules v35, threshold 0.3 of model v12): rules 0.715, kind 0.916;
    # Kent's 53 papers, rules 0.665, rules + a model fitted on the other councils' 69 papers 0.634
    assert rules["promise"]["f1"] >= 0.70
    assert rules["kind_accuracy_among_found"] >= 0.90
    assert fold["both"]["promise"]["f1"] >= 0.62
    assert fold["both"]["predicted"] > fold["rules"]["predicted"]  # the model adds what the rules leave


def test_heldout_papers_with_the_shipped_classifier():
    """The held-out papers scored as evaluate.py scores them: the classifier fitted on all tuned papers
    is the shipped one when it was fitted on today's gold, which this checks, so the suite need not refit it."""
    from miner.evaluation.statements import evaluate

    result = evaluate(split="heldout", shipped=True)
    assert result["shipped_model"]["fitted_on_todays_gold"], "refit: .venv/bin/python scripts/train.py statements"
    held = result["systems"]
    # measured at round 32 (model v13 on 158 papers, rules v36): rules + model 0.539, rules 0.478; v12 on
    # 122 papers gave 0.556. With 143 held-out statements the interval is about +-0.09, so the floor
    # guards against breakage (rules alone, or a model that finds nothing), not against noise.
    assert held["both"]["promise"]["f1"] >= 0.52
    assert held["both"]["promise"]["f1"] > held["rules"]["promise"]["f1"]


KENT_PANEL_MINUTES = "corpus/pdf/CPP Minutes 29.10.24.pdf"
KENT_DEVOLUTION = "corpus/pdf/Devolution White Paper - County Council Report - FINAL.pdf"


def test_panel_minutes_resolutions_after_an_item_reference_and_officers_undertakings(statements_of):
    found = statements_of(KENT_PANEL_MINUTES, "rules")
    minutes = _find(found, "RESOLVED that the minutes of the meeting held on 30 July 2024")
    assert minutes and minutes[0].kind == "decision"
    offer = _find(found, "offered to provide Members with further details")
    assert offer and offer[0].kind == "commitment"
    # a question put by a Member is not a statement of the authority
    assert not _find(found, "asked what KCC planned to do")


def test_a_named_priority_programme_is_not_a_list_of_priorities(statements_of):
    assert header_kind("Devolution Priority Programme") is None
    assert header_kind("The KCP supports Priority 1: Levelling up Kent") is None
    assert header_kind("The key priorities in 2018-19 include:") == "priority"
    found = statements_of(KENT_DEVOLUTION, "rules")
    assert not [s for s in found if s.kind == "priority" and "Minister" in s.text]
    committed = _find(found, "KCC remains committed to working constructively")
    assert committed and committed[0].kind == "commitment"


def test_votes_and_risks_in_council_minutes():
    assert sentence_rule("Amendment lost.", minutes=True)[0] == "decision"
    assert sentence_rule("Substantive Motion carried.", minutes=True)[0] == "decision"
    assert sentence_rule("He noted the risks and challenges in relation to reorganisation.", minutes=True)[0] == "challenge"
    assert sentence_rule("It is important to note that the figures are provisional.") is None


def test_the_model_records_decisions_only_in_minutes(statements_of):
    """A council report's "Cabinet is asked to agree" is a recommendation: the classifier gives no decision there."""
    report = statements_of(KENT_DEVOLUTION, "model")
    assert report and not [s for s in report if s.kind == "decision"]
    minutes = statements_of(KENT_MINUTES, "model")
    assert [s for s in minutes if s.kind == "decision"]


def test_shortfalls_against_targets_and_averages_are_challenges():
    assert sentence_rule("Nine KPIs did not meet the floor standard (Red).")[0] == "challenge"
    assert sentence_rule("This was finalised at 34% for 2017/18 and is significantly below National average of 64.9%")[0] == "challenge"
    assert sentence_rule("Undoubtedly the circumstances in which the Directorate is operating will continue to be challenging.")[0] == "challenge"
    assert sentence_rule("Recent adverse weather conditions had caused several issues.", minutes=True)[0] == "challenge"
    assert sentence_rule("Several experienced adoption workers left the service.")[0] == "challenge"
    assert sentence_rule("The service met its target for the year.")[0] == "achievement"  # not a shortfall


KENT_QUESTIONS = "corpus/pdf/Questions put and answers given - March 2025.pdf"


def test_written_answers_undertakings_deliveries_and_difficulties(statements_of):
    """Cabinet Members' written answers (a tuned paper): undertakings are commitments, as in minutes."""
    found = statements_of(KENT_QUESTIONS, "rules")
    for quote, kind in (
        ("I have asked our officers to raise this issue again", "commitment"),
        ("I've asked the Director of Highways to look further into this", "commitment"),
        ("KCC Highways will look to recover costs where possible", "commitment"),
        ("the fault reporting process clearly went very wrong", "challenge"),
        ("Our successful bid for national funding", "achievement"),
    ):
        hits = [s for s in found if quote in " ".join(s.text.split())]
        assert hits and hits[0].kind == kind, quote
    # the member's question is not the authority's statement
    assert not _find(found, "Can the Cabinet Member explain what is going on")


def test_classifier_sees_structure_not_only_words(nlp):
    """The candidate carries council-independent shape: delexicalised text, subject, paper kind, a later due date."""
    from miner.evaluation.statements import manifest_kinds, units_for
    from miner.nlp import statement_model
    from miner.readers import read_document

    text = read_document(SEED_2020).text
    sent = next(s for s in nlp(text[text.index("We are committed to making immediate changes"):][:400]).sents)
    delex = statement_model.delexicalise(sent)
    assert delex.startswith("we are JJ to VBG:making JJ NNS and have already VBN:taken")
    assert "changes" not in delex.split()
    assert "subj_we" in statement_model.candidate_tags(sent)

    document = read_document(KENT_QUESTIONS)
    units = units_for(document, manifest_kinds()[KENT_QUESTIONS])
    unit = next(u for u in units if "An area of further development in 2025-2026" in u.text)
    doc = nlp(unit.text)
    doc._.miner_unit = unit
    span = next(s for s in doc.sents if "An area of further development in 2025-2026" in s.text)
    cand = StatementFinder.candidate(span, unit, None)
    assert cand.after_meeting and cand.doc_kind == "minutes"
    marks = statement_model.featurise(cand).split()
    assert "__due_later__" in marks and "__paper_minutes__" in marks and "__future__" in marks


def test_a_future_practice_sentence_inside_an_achievement_item_is_also_a_commitment(statements_of):
    # Medway 2018, achievements item (v): placement cost control, ending with how referrals will work from now on
    found = statements_of(SEED_2018, "rules")
    item = [s for s in _find(found, "There continues to be improved management and cost control") if s.kind == "achievement"]
    inner = [s for s in _find(found, "No clinical referrals will be made in future") if s.kind == "commitment"]
    assert item and inner and inner[0].method.startswith("rule:nested-future_practice")
    assert item[0].start <= inner[0].start and inner[0].end <= item[0].end
    # a consequence in the same list ("the framework will improve sufficiency") is no promise of its own
    assert not [s for s in found if s.text.startswith("As well as enabling the Council")]


def test_future_practice_cues_speak_only_inside_list_items():
    text = "No clinical referrals will be made in future without the case being discussed at panel first."
    assert sentence_rule(text) is None
    assert sentence_rule(text, nested=True)[0] == "commitment"
    assert sentence_rule("The service will no longer be able to cope.", nested=True) is None


def test_targets_under_an_expected_outcomes_lead_in_are_commitments_not_achievements(statements_of):
    # Medway 2018, achievements item (vi): "... I would expect to see improved outcomes for children in Medway such as:"
    assert header_kind("From the procurement of this service, I would expect to see improved outcomes for children in Medway such as:") == "commitment"
    found = statements_of(SEED_2018, "rules")
    for quote in ("100% of our care leavers receive a final statutory health assessment", "100% of LAC have a SMART Health Care Plan"):
        hits = _find(found, quote)
        assert hits and all(s.kind == "commitment" for s in hits), quote
    # the next achievement item of the same list is still an achievement
    assert [s for s in _find(found, "Partnership Commissioning oversaw the opening") if s.kind == "achievement"]


def test_cross_validation_folds_group_tuned_papers_by_council():
    from miner.evaluation import is_blind
    from miner.evaluation.statements import HELDOUT, MIN_FOLD_STATEMENTS, _manifest, folds, load_gold

    gold = load_gold()
    tuned = [f for f in sorted(gold) if f not in HELDOUT and not is_blind(f)]
    by_council = folds(tuned, gold=gold)
    assert sorted(f for fold in by_council for f in fold) == tuned
    fold_of = {f: i for i, fold in enumerate(by_council) for f in fold}
    assert fold_of[SEED_2018] == fold_of[SEED_2020] != fold_of[SEED_WALSALL] != fold_of[SEED_SOMERSET]
    assert fold_of[KENT_MINUTES] == fold_of["corpus/pdf/CPP Minutes 29.10.24.pdf"] != fold_of[SEED_2018]
    # councils with little gold (a page or two) share one pooled fold, so none is in its own training set
    statements = lambda fs: sum(len(gold[f]) for f in fs)
    councils = [{_manifest()[f]["authority"] for f in fold} for fold in by_council]
    pooled = [i for i, c in enumerate(councils) if len(c) > 1]
    assert len(pooled) <= 1
    assert all(statements(fold) >= MIN_FOLD_STATEMENTS for i, fold in enumerate(by_council) if i not in pooled)
    for i in pooled:
        for council in councils[i]:
            assert statements([f for f in by_council[i] if _manifest()[f]["authority"] == council]) < MIN_FOLD_STATEMENTS
    assert len(folds(tuned, "document")) == len(tuned)


KENT_FINANCE = "corpus/pdf/24-00108 - Finance Monitoring Report - Q3 - November 2024-25.pdf"
KENT_CONSULTATION = "corpus/pdf/Appendix 6 - Commissioned Family Hub Contracts Consultation Report.pdf"


def test_consultees_verbatims_and_themes_are_not_the_authoritys_statements(statements_of):
    """A consultation report (tuned, round 5): residents' quoted comments and the themes they raised are theirs."""
    found = statements_of(KENT_CONSULTATION, "both")
    for quote in (
        "KCC would lose all credibility if they closed the Hub",  # inside a resident's quoted comment
        "developed close relationships with them (16%)",  # a theme under "the common themes reported are as follows:"
        "consultees commenting believe that Millmead Family Hub must not be closed",
    ):
        assert not [s for s in found if quote in " ".join(s.text.split())], quote
    # the authority's own next steps still are
    hits = [s for s in found if "The consultation website will be updated" in s.text]
    assert hits and hits[0].kind == "commitment"


def test_management_actions_in_hand_are_commitments_and_setbacks_are_challenges():
    assert sentence_rule("Mitigating actions are being explored to reduce the impact of this, both in-year and future years.")[0] == "commitment"
    assert sentence_rule("Work is on-going with health colleagues to reconcile and agree S117 records.")[0] == "commitment"
    assert sentence_rule("This is proposed to be realigned in the 2025-26 budget.")[0] == "commitment"
    # a future verb after a setback does not make a promise
    rule = sentence_rule("it is unlikely that this assurance work and the associated final payments will be completed within the current financial year.")
    assert rule[0] == "challenge" and rule[1].startswith("setback")
    assert sentence_rule("A budgeted saving to renegotiate the rate of a green waste contract is no longer possible.")[0] == "challenge"
    # "is due to <a cause>" explains a variance; "due to end" is a date
    assert sentence_rule("The rephasing variance is due to delays in the commencement of the works contract.")[0] == "challenge"
    assert sentence_rule("Their contracts are due to end on 31 March 2025.") is None
    # savings still to be achieved are not achievements
    assert sentence_rule("Currently, £80.3m of savings are forecast to be achieved.") is None


def test_a_reports_recommendations_to_note_are_not_statements_but_minutes_decisions_are():
    assert sentence_rule("Note the forecast revenue overspend of £23.3m (excluding Schools)") == (None, "report_recommendation#0")
    assert sentence_rule("Note the forecast revenue overspend of £23.3m (excluding Schools)", minutes=True)[0] == "decision"
    # "Note that ... will commit" states what the council takes on
    assert sentence_rule("Note that acceptance onto the Devolution Priority Programme will commit Kent and Medway to elections in May 2026")[0] == "commitment"


KENT_QPR = "corpus/pdf/QPR Q3 Cabinet appendix 1.pdf"
KENT_AMENDMENTS = "corpus/pdf/Budget Amendments 13th-Feb-2025 09.30 County Council.pdf"


def test_performance_report_ratings_work_in_hand_and_focus(nlp):
    """Quarterly performance report (a tuned paper, round 8): KPI ratings against target and floor, work in hand."""
    from miner.readers import read_document

    text = " ".join(read_document(KENT_QPR).text.split())
    for sentence, kind in (
        ("The percentage of complaints responded to within timescale remains below floor standard and so is RAG rated Red.", "challenge"),
        ("This measure remains RAG Rated Amber, sitting just below an 85% target.", "challenge"),
        ("The number of adults accessing structured substance misuse treatment is below target but on an improving trend.", "challenge"),
        ("Satisfaction with Contact Point advisors met target.", "achievement"),
        ("Annual EHCP reviews waiting over 12 months is ahead of target and on an improving trend.", "achievement"),
        ("Work continues to improve timeliness whenever possible.", "commitment"),
        ("Adult social care is working closely with Health colleagues on the Better Use of Beds, which aims to ensure people are "
         "discharged on the right pathway using an 'own bed is best' approach.", "commitment"),
        ("Adult social care are prioritising those care needs assessments that are taking the longest to complete.", "priority"),
    ):
        assert sentence in text, sentence
        assert sentence_rule(sentence)[0] == kind, sentence
    # a rating key and a relative clause are not statements of their own kind
    assert sentence_rule("Linked to the above the service has embedded a dip review cycle to close the learning loop in relation to focus areas.") is None
    assert sentence_rule("A mention to our internal partners too; Adult Social Care who we are working closely with.") is None
    # "work continues" leads a sentence to be work in hand; inside a sentence about a difficulty the difficulty wins
    assert sentence_rule("Whilst waiting times are still too long, they have halved and work continues to bring these back into line.")[0] == "challenge"


def test_members_budget_amendments_are_not_the_councils_statements(nlp):
    """An opposition group's alternative budget and amendment forms (not agreed): their "we will" is not the council's."""
    from miner.evaluation.statements import manifest_kinds, units_for
    from miner.readers import read_document

    document = read_document(KENT_AMENDMENTS)
    units = units_for(document, manifest_kinds()[KENT_AMENDMENTS])[:120]
    docs = []
    for unit in units:
        doc = nlp.make_doc(unit.text)
        doc._.miner_unit = unit
        docs.append(doc)
    finder = StatementFinder(mode="rules")
    found = [s for d in finder.pipe(nlp.pipe(docs)) for s in d.spans.get("miner_statements", [])]
    assert not found
    # the same words outside a proposal paper would be read as promises and difficulties
    proposals = " ".join(d.text for d in docs)
    assert "Budget Amendment Form" in proposals and "the alternative budget will:" in " ".join(proposals.split())
    assert sentence_rule("Wherever possible, we will look to employ consultants on a fixed term contract.")[0] == "commitment"
    # in minutes an amendment's mover and seconder do not silence the rest of the paper
    minutes_unit = units[0].__class__(**{**units[0].__dict__, "doc_kind": "minutes", "document_id": "m",
                                         "text": "Proposed by Mr A Brady\nSeconded by Mrs J Meade"})
    doc = nlp.make_doc(minutes_unit.text)
    doc._.miner_unit = minutes_unit
    assert not StatementFinder(mode="rules")._in_proposals(doc.text, minutes_unit)


def test_minutes_reported_future_and_continuing_action_is_a_commitment(statements_of):
    """Round 9 convention (annotations/README.md): in minutes, named work under way and reported future action are commitments."""
    found = statements_of(KENT_MINUTES, "rules")
    for quote in (
        "preparations were being made for its potential implementation",
        "Work was ongoing with the implementation plan for the Kent and Medway economic framework",
        "were collaborating with the local community to address the problem",
        "this would continue to be monitored",
        "once the necessary works had been completed the sites would be compliant",  # not an achievement
        "The strategy was expected to be published later in the summer",
    ):
        hits = [s for s in found if quote in " ".join(s.text.split())]
        assert any(s.kind == "commitment" for s in hits), quote
    diary = [s for s in found if "scheduled to meet with the German Deputy Ambassador" in " ".join(s.text.split())]
    assert not any(s.kind == "commitment" for s in diary)


def test_reported_action_cues_need_an_object_and_stay_in_minutes():
    assert sentence_rule("Work was ongoing.", minutes=True) is None
    assert sentence_rule("Discussions were underway with district colleagues regarding a parallel forecast.", minutes=True)[0] == "commitment"
    assert sentence_rule("Discussions were underway with district colleagues regarding a parallel forecast.") is None  # a report's past narration
    assert sentence_rule("In February, Mr Murphy was scheduled to meet with the German Deputy Ambassador in Canterbury.", minutes=True) is None
    assert sentence_rule("This approach is expected to reduce the number of missed GP appointments.", minutes=True) is None


KENT_COMMISSIONING = "corpus/pdf/24-00096 - Commissioning Plan for Education Provision in Kent 2025-29 - Report.pdf"
KENT_FINANCE = "corpus/pdf/24-00108 - Finance Monitoring Report - Q3 - November 2024-25.pdf"
KENT_QPR_COVER = "corpus/pdf/Cabinet QPR Q3 Cover.pdf"


def test_a_reports_recommendations_to_act_are_decisions_and_note_only_items_are_not(statements_of):
    """'County Council is asked to: (1) Endorse ... (2) Endorse the proposed decision ... to submit a
    request to Government ... (3) Note that ... (4) Note that ...' (annotations/README.md, round 10)."""
    found = statements_of(KENT_DEVOLUTION, "rules")
    recs = [s for s in found if s.method.startswith("rule:recommendation")]
    assert recs and all(s.kind == "decision" for s in recs)
    assert {s.text.split()[0] for s in recs} == {"Endorse"}
    assert _find(recs, "Endorse the ongoing joint work between KCC") and _find(recs, "to submit a request")
    # a recommendation item is one decision, not also a commitment
    request = [s for s in found if "submit a request to Government, jointly with Medway" in " ".join(s.text.split())]
    assert request and {s.kind for s in request} == {"decision"}
    # note-only items are not decisions; item (3)'s own commitment is still read by the sentence rules
    assert not [s for s in found if s.kind == "decision" and "may lead to the" in s.text]
    noted = [s for s in found if "will commit Kent" in s.text]
    assert noted and {s.kind for s in noted} == {"commitment"}
    # the summary's restatement ("The Council is asked to endorse the (executive) decision ...") is not another one
    assert not [s for s in found if "is asked to endorse" in s.text]


def test_recommendations_are_found_without_a_section_under_their_heading(statements_of):
    """A finance report's '2 | Recommendations' is a body line followed by numbered paragraphs; a closing
    '9 Recommendation(s):' precedes '8.1 Cabinet is asked to agree ...'."""
    finance = [s for s in statements_of(KENT_FINANCE, "rules") if s.method.startswith("rule:recommendation")]
    assert [" ".join(s.text.split()) for s in finance] == ["Note and agree the Capital budget changes"]  # 2.1-2.4 only note
    plan = [s for s in statements_of(KENT_COMMISSIONING, "rules") if s.method.startswith("rule:recommendation")]
    assert len(plan) == 2 and all(" ".join(s.text.split()) == "Cabinet is asked to agree the Commissioning Plan for "
                                  "Education Provision in Kent 2025-29." for s in plan)
    # "Cabinet is asked to NOTE the Quarter 3 Performance Report ...": nothing to act on
    assert not [s for s in statements_of(KENT_QPR_COVER, "rules") if s.kind == "decision"]


def test_recommendation_cues_read_act_and_record_verbs():
    from miner.nlp.statements_recommendations import ACT, RECORDS, RecommendationReader, verdict

    assert verdict("(2) Endorse the proposed decision by the Leader of the Council to submit a request") == ACT
    assert verdict("It is recommended that the Cabinet Member approves the award of the contract") == ACT
    assert verdict("agree to transfer the statutory functions") == ACT
    assert verdict("2.4 Consider and note the progress on the delivery of savings") == RECORDS
    assert verdict("endorse the report") == RECORDS
    assert verdict("Improve the timeliness of plans") is None
    # other councils' wording: "To approve ...", a resolution in the passive, "That Cabinet approves ..."
    assert verdict("(a) To approve the revised Capital Programme") == ACT
    assert verdict("That the Director be authorised to award the contract") == ACT
    assert verdict("That Cabinet approves the award of the contract") == ACT
    assert verdict("That the report be noted") == RECORDS
    assert verdict("The budget is approved annually by Council") is None  # prose after the block, not an item
    reader = RecommendationReader()
    # prose that starts with the word is not a recommendations heading
    assert reader.read("d", "Recommendations from the review have been implemented.") is None
    assert reader.read("d", "Recommendations:").role == "heading"
    assert reader.read("d", "(a) approve the Annual Plan").role == ACT
    assert reader.read("d", "1. Introduction", heading=True) is None
    assert reader.read("d", "(b) approve the Annual Plan") is None  # the block ended at the next heading


def test_minutes_and_members_proposals_are_not_read_as_report_recommendations(statements_of, nlp):
    from miner.evaluation.statements import parse_file, run_finder

    minutes = statements_of(KENT_MINUTES, "rules")
    assert minutes and not [s for s in minutes if s.method.startswith("rule:recommendation")]
    amendments = run_finder(parse_file(KENT_AMENDMENTS, nlp), StatementFinder(mode="rules"))
    assert not amendments  # "County Council is asked to agree the following:" is the Labour Group's


def test_the_tracker_follows_recommendations_to_act_but_not_note_only_items(statements_of):
    from miner.track_passages import tracked

    found = statements_of(KENT_DEVOLUTION, "rules")
    request = [s for s in found if s.method.startswith("rule:recommendation") and "submit a request" in s.text]
    assert request and all(tracked(s) for s in request)  # "the proposed decision" is not a motion proposed
    # the note-only items (4) and "Cabinet is asked to NOTE ..." give the tracker nothing to follow
    assert not [s for s in found if tracked(s) and "may lead to the" in s.text]
    assert not [s for s in statements_of(KENT_QPR_COVER, "rules") if tracked(s) and "NOTE" in s.text]


def test_a_line_wrap_is_no_sentence_end_and_a_frameworks_asks_of_areas_are_no_promise(statements_of):
    """Kent's devolution report and council minutes (2025): the parser splits at a PDF line wrap before
    "[Cabinet] to submit ..."; what the White Paper asks of areas is not Kent's promise."""
    white_paper = statements_of("corpus/pdf/Devolution White Paper - County Council Report - FINAL.pdf")
    for quote in ("Over time all SAs will move", "programme will be expected"):
        assert not _find(white_paper, quote), quote
    assert _find(white_paper, "KCC remains committed to working constructively")  # Kent's own still is
    minutes = statements_of("corpus/pdf/Printed minutes 09th-Jan-2025 10.00 County Council.pdf")
    request = _find(minutes, "[Cabinet]")
    assert request and all(s.text.startswith("Endorse") and "to submit a request to Government" in s.text for s in request)


KENT_COUNCIL_MINUTES = "corpus/pdf/Printed minutes 09th-Jan-2025 10.00 County Council.pdf"


def test_items_labelled_in_brackets_inherit_from_their_lead_in(statements_of):
    """'RESOLVED that the County Council:' then '(1) Endorses ...': a labelled item's parent is the
    lead-in paragraph ('285.p64'), not the heading above it ('285')."""
    from miner.nlp.statements import _parent_path

    assert [_parent_path(p) for p in ("285.p64(1)", "2.2(iv)", "9.3.1-2", "2.p4")] == ["285.p64", "2.2", "9.3.1", "2"]
    found = statements_of(KENT_COUNCIL_MINUTES, "rules")
    items = [s for s in found if " ".join(s.text.split()).startswith(("Endorses the ongoing joint work", "Expects there to be"))]
    assert [s.kind for s in items] == ["decision", "decision"]


def test_an_undertaking_to_bring_a_report_and_a_minutes_heading():
    assert sentence_rule("The Head of Service said that a full update would be brought to Cabinet in the autumn.",
                         minutes=True)[0] == "commitment"
    assert sentence_rule("A report will be brought to the Committee in March.")[0] == "commitment"
    assert sentence_rule("MINUTES of a meeting of the Cabinet held on Monday, 12 June 2023", minutes=True)[0] is None


# -- round 11: papers in the style of councils the corpus lacks (short texts written for these tests) --

def _statements_of_text(nlp, tmp_path, text, doc_kind=None, mode="rules"):
    """Statements of a small paper written for a test, through the real reader, sectioner and units."""
    from miner.evaluation.statements import units_for
    from miner.metadata import fill_metadata
    from miner.readers import read_document

    path = tmp_path / "paper.txt"
    path.write_text(text, encoding="utf-8")
    docs = []
    for unit in units_for(fill_metadata(read_document(str(path))), doc_kind):  # the meeting date, as `miner extract`
        d = nlp.make_doc(unit.text)
        d._.miner_unit = unit
        docs.append(d)
    finder = StatementFinder(mode=mode)
    out = []
    for d in nlp.pipe(docs):
        finder(d)
        out += [span._.miner_record for span in d.spans.get("miner_statements", [])]
    return out


PLAN_UPDATE = """

COUNCIL PLAN 2024-27: ANNUAL UPDATE

3. A thriving local economy

What we have achieved

- Secured funding for the town centre regeneration scheme.
- Completed the new bus interchange at Station Square.

What we will do

- Start construction of the new market hall in summer 2025.
- Adopt a new Local Plan by December 2025.

4. Housing

4.1 Average time to re-let council homes: 41 days (target 28 days). RAG: Red.

Actions to improve

- A void improvement plan is being implemented.
- Weekly void meetings with the repairs contractor.

5. Adult social care

5.1 Over the past year we have:

- opened two new extra care schemes;
- reduced the number of people waiting for an assessment.
"""


def test_unpunctuated_label_lines_introduce_their_items(nlp, tmp_path):
    """'What we have achieved' / 'What we will do' / 'Actions to improve' are sub-headings the sectioner
    leaves as paragraphs: their items take their kind, and the label is no statement (written for this test)."""
    found = _statements_of_text(nlp, tmp_path, PLAN_UPDATE)
    kind = {s.text.rstrip(".;"): s.kind for s in found}
    assert kind["Secured funding for the town centre regeneration scheme"] == "achievement"
    assert kind["Completed the new bus interchange at Station Square"] == "achievement"
    assert kind["Start construction of the new market hall in summer 2025"] == "commitment"
    assert kind["Adopt a new Local Plan by December 2025"] == "commitment"
    assert kind["Weekly void meetings with the repairs contractor"] == "commitment"  # no verb: only the label says so
    assert kind["opened two new extra care schemes"] == "achievement"
    assert not [s for s in found if s.text.strip() in ("What we have achieved", "What we will do", "Actions to improve")]
    assert not [s for s in found if "we have:" in s.text]  # a lead-in sentence is none either


def test_a_rating_is_read_with_its_figures(nlp, tmp_path):
    found = _statements_of_text(nlp, tmp_path, PLAN_UPDATE)
    kpi = [s for s in found if "re-let" in s.text]
    assert [s.kind for s in kpi] == ["challenge"] and kpi[0].text.endswith("RAG: Red.")


MINUTES = """

MINUTES of a meeting of the Communities Scrutiny Committee held on Tuesday, 21 January 2025

47. WASTE SERVICE UPDATE

Officers agreed to circulate the missed collection figures by ward to all Members.

RESOLVED: That

(1) the report be noted;
(2) a further update be brought to the Committee in June 2025.

The meeting closed at 9.05 pm.
"""


def test_resolved_on_a_line_of_its_own_passes_decision_to_its_items(nlp, tmp_path):
    found = _statements_of_text(nlp, tmp_path, MINUTES, doc_kind="minutes", mode="both")
    kind = {s.text.rstrip(".;"): s.kind for s in found}
    assert kind["the report be noted"] == "decision"
    assert kind["a further update be brought to the Committee in June 2025"] == "decision"
    assert "RESOLVED: That" not in kind
    assert not [s for s in found if "meeting closed" in s.text]  # the classifier's guess, vetoed
    assert kind["Officers agreed to circulate the missed collection figures by ward to all Members"] == "commitment"


CABINET_REPORT = """

CABINET

2. Recommendations

2.1 That Cabinet:

(a) approves the Highways Asset Management Plan 2025-2030 as set out in Appendix A;
(b) delegates authority to the Director of Place to award the resurfacing contract;
(c) notes the condition of the classified road network.

4. Priorities

4.9 The Integrated Care Board will publish its new joint forward plan in April 2025.

4.10 Care providers have told us that the fee uplift is not enough.
"""


def test_a_numbered_that_cabinet_lead_in_opens_the_recommendations(nlp, tmp_path):
    found = _statements_of_text(nlp, tmp_path, CABINET_REPORT)
    decisions = [s.text for s in found if s.kind == "decision"]
    assert any(t.startswith("approves the Highways Asset Management Plan") for t in decisions)
    assert any(t.startswith("delegates authority") for t in decisions)
    assert not any(t.startswith("notes the condition") for t in decisions)


def test_actor_leaves_out_the_paragraph_number(nlp, tmp_path):
    found = _statements_of_text(nlp, tmp_path, CABINET_REPORT, mode="rules")
    actors = [s.actor for s in found if s.actor]
    assert actors and not [a for a in actors if a[0].isdigit()]


@pytest.mark.parametrize("text, kind", [
    # written for this test, in the wording of finance, highways, planning and regeneration reports
    ("Construction costs on the Market Quarter project have increased by 18% since the business case was approved.", "challenge"),
    ("Inflation in construction materials has reduced the length of road that can be treated for the same budget.", "challenge"),
    ("If the Council does not invest in preventative treatment, the backlog will grow and the cost of repairs will increase.", "challenge"),
    ("Severe weather events are becoming more frequent and will place further strain on the network.", "challenge"),
    ("There is a funding gap of £3.1m a year against the level of spend needed.", "challenge"),
    ("Performance deteriorated following the introduction of new collection rounds in October.", "challenge"),
    ("The service has lost two senior planners this quarter and is relying on agency staff.", "challenge"),
    ("The cost of living continues to affect collection rates.", "challenge"),
    ("We are on track to plant 10,000 trees by the end of 2025.", "commitment"),
    ("The Council is working with the NHS to bring a community diagnostic centre into one of the vacant units.", "commitment"),
    ("Completion is now expected in autumn 2026.", "commitment"),
    ("Recruitment to the vacant posts is under way.", "commitment"),
    ("In 2023-24 the Council repaired 21,400 potholes and resurfaced 58 miles of carriageway.", "achievement"),
    ("All street lights have now been converted to LED, reducing energy use by 62%.", "achievement"),
    ("The Integrated Care Board will publish its new joint forward plan in April 2025.", None),
    ("The police will increase patrols in the town centre.", None),
])
def test_round_11_cues(text, kind):
    rule = sentence_rule(text)
    assert rule is not None and rule[0] == kind, (text, rule)


def test_round_11_cues_leave_alone():
    """Written for this test: 'funding gap' as a past cause, children adopted, costs that fell."""
    assert (sentence_rule("Following the project being paused due to a funding gap, new funding has been secured.") or ("x",))[0] != "challenge"
    assert (sentence_rule("Unit costs have reduced by 4% this year.") or ("x",))[0] != "challenge"
    assert (sentence_rule("Demand for places is forecast to rise and costs will increase.") or ("x",))[0] != "commitment"


def test_another_bodys_plan_under_a_priorities_heading_is_no_priority(nlp, tmp_path):
    """A numbered paragraph under 'Priorities' inherits the kind, unless it is another body's plan."""
    found = _statements_of_text(nlp, tmp_path, CABINET_REPORT)
    assert not [s for s in found if "Integrated Care Board" in s.text]


@pytest.mark.parametrize("text, kind", [
    # written for this test, in the wording of a public health portfolio update and housing committee minutes
    ("I am pleased to present my update to the Panel.", None),
    ("The public health grant allocation for 2025-26 has not yet been announced, which makes planning difficult.", "challenge"),
    ("Childhood obesity at Year 6 is 24.8%, and has not improved over the last five years.", "challenge"),
    ("Sickness absence remains above the target of 8 days per employee.", "challenge"),
    ("In the coming months my focus will be on the refresh of the Joint Health and Wellbeing Strategy.", "priority"),
    ("I have instructed officers to explore a tobacco-free outdoor spaces policy for parks.", "commitment"),
    ("The team hopes to secure lottery funding for a physical activity programme for older residents.", "commitment"),
    ("The damp and mould backlog had been cleared in January.", "achievement"),
])
def test_round_11_second_probe_cues(text, kind):
    rule = sentence_rule(text)
    assert rule is not None and rule[0] == kind, (text, rule)
    assert (sentence_rule("This can make it difficult to establish a proportionate response.") or ("x",))[0] != "challenge"


HOUSING_MINUTES = """

MINUTES of the meeting of the Housing Committee held on Wednesday, 12 March 2025

22. HOUSING REVENUE ACCOUNT BUSINESS PLAN

The damp and mould backlog had been cleared in January.

The Director confirmed that a stock condition survey would be completed by the end of December.

Decision:

(a) The updated HRA Business Plan was endorsed for submission to Cabinet.
(b) Officers were asked to report back on the stock condition survey in January 2026.
"""


def test_decision_label_and_deadlines_relative_to_the_meeting(nlp, tmp_path):
    """'Decision:' heads the resolved items; a promise's 'by the end of December' is the next December after
    the meeting, a past delivery's 'in January' gets no future deadline (written for this test)."""
    found = _statements_of_text(nlp, tmp_path, HOUSING_MINUTES, doc_kind="minutes")
    kind = {s.text.rstrip("."): s for s in found}
    assert kind["The updated HRA Business Plan was endorsed for submission to Cabinet"].kind == "decision"
    assert kind["Officers were asked to report back on the stock condition survey in January 2026"].kind == "decision"
    survey = [s for s in found if "stock condition survey would be completed" in s.text]
    assert survey and survey[0].kind == "commitment" and survey[0].deadline == "2025-12"
    backlog = [s for s in found if "backlog had been cleared" in s.text]
    assert backlog and backlog[0].kind == "achievement" and backlog[0].deadline is None


ACTION_PLAN = """

CLIMATE ACTION PLAN 2025-2028

1. Background

1.1 Southern Water will complete its storm overflow improvement works at Millbay by 2027.

2. Our commitments

2.1 We will:

- halve the carbon emissions from the Council's own buildings by 2028;
- install solar panels on ten schools, subject to funding.

2.2 Key deliverables for 2025/26 are:

- a new Tree Strategy;
- a district heat network feasibility study.
"""


def test_commitment_lists_of_action_plans(nlp, tmp_path):
    """'We will:' and 'Key deliverables ... are:' introduce commitments; a named utility's works are not the
    council's (written for this test)."""
    found = _statements_of_text(nlp, tmp_path, ACTION_PLAN)
    kind = {s.text.rstrip(".;"): s.kind for s in found}
    assert kind["halve the carbon emissions from the Council's own buildings by 2028"] == "commitment"
    assert kind["a new Tree Strategy"] == "commitment"
    assert kind["a district heat network feasibility study"] == "commitment"
    assert not [s for s in found if "Southern Water" in s.text]


@pytest.mark.parametrize("text, kind", [
    ("The intention is to appoint a Climate Programme Manager in the autumn.", "commitment"),  # written for this test
    ("Progress will be reported to this Committee every six months.", "commitment"),
    ("Delivery of the plan will depend on external funding, and grant funding remains uncertain beyond 2026.", "challenge"),
])
def test_round_11_third_probe_cues(text, kind):
    rule = sentence_rule(text)
    assert rule is not None and rule[0] == kind, (text, rule)


@pytest.mark.parametrize("text, kind", [
    # written for this test, in the wording of an adult social care report to scrutiny
    ("Demand for support for people with dementia is expected to increase by 20% by 2030.", "challenge"),
    ("We are concerned that three residential homes have closed in the last year.", "challenge"),
    ("We have not been able to reduce the use of out-of-county placements as planned.", "challenge"),
    ("Plans are in place to open a council-run home care service in the north of the county next summer.", "commitment"),
    ("Work has started on a new Market Position Statement, which will be published in February.", "commitment"),
])
def test_round_11_fourth_probe_cues(text, kind):
    rule = sentence_rule(text)
    assert rule is not None and rule[0] == kind, (text, rule)
    assert (sentence_rule("Members were concerned about the closure of the day centre.", minutes=True) or ("x",))[0] != "challenge"


# -- round 16: difficulties under a priorities header, deadlines, a recommendations tracker (written for these tests) --

PRIORITIES_WITH_DIFFICULTIES = """
Children and Young People Overview and Scrutiny Committee

14 September 2023

Annual Report of the Director of Children's Services

1. Summary

1.1 The priorities of Children's Services for the coming year are set out below.

2. Key priorities for 2023/24

- Reduce the number of children placed out of area.
- Recruitment and retention of social workers remains a significant challenge.
- Demand for EHC needs assessments continues to rise.
- Tackle the rising cost of home to school transport.
- Continue to implement the SEND reforms, taking note of the local area SEND inspection in March 2023.
- Open two new children's homes by the end of March.
"""


def test_a_difficulty_under_a_priorities_header_is_a_challenge_an_aim_stays_a_priority(nlp, tmp_path):
    """Items that state a difficulty ('... remains a significant challenge', '... continues to rise') are
    challenges; aims ('Reduce ...', 'Tackle the rising cost ...') keep the header's kind (written for this test)."""
    found = _statements_of_text(nlp, tmp_path, PRIORITIES_WITH_DIFFICULTIES, doc_kind="report")
    kind = {s.text.rstrip("."): s.kind for s in found}
    assert kind["Recruitment and retention of social workers remains a significant challenge"] == "challenge"
    assert kind["Demand for EHC needs assessments continues to rise"] == "challenge"
    assert kind["Reduce the number of children placed out of area"] == "priority"
    assert kind["Tackle the rising cost of home to school transport"] == "priority"


def test_deadlines_only_for_promises_due_after_the_meeting(nlp, tmp_path):
    """A priority's date before the meeting is something that happened, not when it is due; 'by the end of
    March' is the next March after the meeting (14 September 2023); a challenge has no deadline."""
    found = _statements_of_text(nlp, tmp_path, PRIORITIES_WITH_DIFFICULTIES, doc_kind="report")
    due = {s.text.rstrip("."): s.deadline for s in found}
    assert due["Continue to implement the SEND reforms, taking note of the local area SEND inspection in March 2023"] is None
    assert due["Open two new children's homes by the end of March"] == "2024-03"
    assert all(s.deadline is None for s in found if s.kind in ("challenge", "achievement"))


def test_a_scheduled_date_stays_a_deadline_even_before_the_meeting():
    """An appendix written before the meeting it went to: 'is due to be presented ... in November 2024' is
    when it is due; 'the SEND Revisit Inspection in December 2019' is when something happened."""
    from miner.model import TextUnit
    from miner.nlp.statements_fields import deadline

    unit = TextUnit(document_id="d", section_id=None, section_path=None, role="paragraph", kind="other", period=None,
                    start=0, text="", meeting_date="2025-03-13")
    assert deadline("This report is due to be presented to Members of the Cabinet Committee in November 2024.",
                     "commitment", unit) == "2024-11"
    assert deadline("Continue to develop the SEND Reforms taking note of the SEND Revisit Inspection in December 2024.",
                     "priority", unit) is None
    assert deadline("The remaining audits will be completed by the end of September 2025.", "commitment", unit) == "2025-09"
    assert deadline("Demand rose from 370 in December 2024 to 438 in April 2025.", "challenge", unit) is None


RECOMMENDATIONS_TRACKER = """
Economy and Place Scrutiny Panel

22 January 2025

Recommendations Tracker: Task and Finish Review of Bus Services

3. Progress against recommendations

Recommendation 1: The Council should publish a Bus Service Improvement Plan progress report every six months.
Response: Accepted.
Action: The first six-monthly progress report was published in October 2024. The next report will be published in April 2025.
Status: Complete.

Recommendation 4: The Council should install real-time information displays at all bus stations by the end of 2025.
Response: Not accepted.
Reason: The displays are the responsibility of the Combined Authority.
Status: Closed.

Recommendation 5: Bus stop accessibility audits should be completed for all stops in the borough.
Response: Accepted.
Action: Audits of 420 of the 1,150 stops have been completed. Progress has been slower than planned because of staff vacancies.
Status: Delayed.
"""


def test_recommendations_tracker_accepted_items_labels_and_delays(nlp, tmp_path):
    """An accepted recommendation is a commitment, a rejected one no statement; 'Action:' is the form's
    label, not the statement's; 'slower than planned' is a setback (written for this test)."""
    found = _statements_of_text(nlp, tmp_path, RECOMMENDATIONS_TRACKER, doc_kind="report")
    text = {" ".join(s.text.split()): s for s in found}
    rec1 = [s for t, s in text.items() if t.startswith("Recommendation 1:")]
    assert rec1 and rec1[0].kind == "commitment"
    assert not [t for t in text if t.startswith("Recommendation 4:")]
    published = text["The first six-monthly progress report was published in October 2024."]
    assert published.kind == "achievement" and published.deadline is None
    assert text["The next report will be published in April 2025."].deadline == "2025-04"
    assert text["Progress has been slower than planned because of staff vacancies."].kind == "challenge"
    assert not [t for t in text if t.startswith("Action:")]


@pytest.mark.parametrize("text,kind", [
    ("Progress on decarbonising the waste fleet had been slower than planned because of the cost of electric vehicles.", "challenge"),
    ("The number of households in temporary accommodation had risen to 96, the highest figure recorded by the Council.", "challenge"),
    ("Workforce recruitment remains the single biggest risk to the delivery of the service.", "challenge"),
    ("Our Shared Lives scheme was rated Outstanding by the Care Quality Commission in February 2024.", "achievement"),
    ("This report presents the annual update on the Council Plan, setting out what we will do in 2024/25.", None),
])
def test_round_16_probe_cues(text, kind):
    """Cues read from probe papers in other councils' styles (sentences written for this test)."""
    rule = sentence_rule(text)
    assert rule is not None and rule[0] == kind, (text, rule)
    assert sentence_rule("Progress was slower than anticipated; the service fully transferred to the new provider in October.") is None or \
        sentence_rule("Progress was slower than anticipated; the service fully transferred to the new provider in October.")[0] != "challenge"
    assert sentence_rule("Each year we publish an annual report so that residents can see where we need to improve.") is None


def test_actor_is_the_office_not_its_first_word(nlp):
    """'The Head of Finance', 'The Portfolio Holder for Housing'; no actor for an imperative item or a passive
    thing ('a Homelessness Strategy be prepared'); 'That Cabinet approves' is Cabinet (written for this test)."""
    from miner.nlp.statements import find_actor

    def actor(text):
        d = nlp(text)
        return find_actor(d[:])

    assert actor("The Head of Finance confirmed that a review of fees and charges would be brought to Cabinet.") == "The Head of Finance"
    assert actor("The Portfolio Holder for Housing undertook to circulate figures to all Members.") == "The Portfolio Holder for Housing"
    assert actor("That Cabinet approves the Council Plan Annual Update for publication.") == "Cabinet"
    assert actor("a Homelessness and Rough Sleeping Strategy be prepared for adoption in April 2024.") is None
    assert actor("The review is expected to be completed in May 2025.") is None
    # a passive whose subject does what follows is the subject's promise
    assert actor("Kent is committed to securing value for money in school building.") == "Kent"
    assert actor("Cabinet is asked to agree the Commissioning Plan for Education Provision.") == "Cabinet"


@pytest.mark.parametrize("text,kind", [
    # written for this test, in the wording of a district council's minutes and a portfolio holder's report
    ("That the procurement strategy at Appendix 1 be approved.", "decision"),
    ("That a progress report be brought to Cabinet in September 2025.", "decision"),
    ("Missed bin collections had increased to 142 per 100,000 over the winter, which was above the contract standard of 80.", "challenge"),
    ("31 of the 40 indicators were on target.", "achievement"),
    ("The Housing Register review is now complete, and the new allocations policy went live on 1 April 2025.", "achievement"),
    ("The Regulator of Social Housing is expected to inspect the Council in 2025/26.", None),
    ("I am pleased to provide this update on the work of the Housing portfolio since my last report.", None),
])
def test_round_16_minutes_and_portfolio_report_cues(text, kind):
    rule = sentence_rule(text, minutes=True)
    assert rule is not None and rule[0] == kind, (text, rule)
    assert (sentence_rule("That the procurement strategy at Appendix 1 be approved.") or ("x",))[0] != "decision"  # minutes only


# -- round 18: tracker probe papers (motion minutes, district scrutiny minutes, a delivery plan, a local account) --

MOTION_AND_RESOLUTION_MINUTES = """Northvale Borough Council

MINUTES of a meeting of the Council of Northvale Borough Council held on 9 October 2024

12. Motion on Active Travel

12.1 Councillor B Shah moved and Councillor K Lowe seconded the following motion:

12.2 This Council resolves to:
(1) adopt a Local Cycling and Walking Infrastructure Plan;
(2) install 40 secure cycle stands in the town centre by March 2025;
(3) ask the Leader to write to the Secretary of State for Transport.

12.3 On being put to the vote the motion was CARRIED.

13. Parks Maintenance

13.1 The Parks Manager presented the report.

13.2 RESOLVED that:
(a) the report be noted;
(b) an update on the tree planting programme be brought to the committee in February 2025.
"""


def test_items_under_a_resolves_to_or_numbered_resolved_lead_in_are_decisions(nlp, tmp_path):
    """Each item under a motion's 'This Council resolves to:' and under '13.2 RESOLVED that:' is a decision, the
    lead-in none; a dated item keeps its deadline (written for this test)."""
    found = _statements_of_text(nlp, tmp_path, MOTION_AND_RESOLUTION_MINUTES, doc_kind="minutes")
    kind = {s.text.rstrip(".;"): s for s in found}
    for item in ("adopt a Local Cycling and Walking Infrastructure Plan",
                 "install 40 secure cycle stands in the town centre by March 2025",
                 "ask the Leader to write to the Secretary of State for Transport",
                 "the report be noted",
                 "an update on the tree planting programme be brought to the committee in February 2025"):
        assert kind[item].kind == "decision", item
    assert kind["an update on the tree planting programme be brought to the committee in February 2025"].deadline == "2025-02"
    assert not [s for s in found if s.text.rstrip(":").endswith(("resolves to", "RESOLVED that"))]
    assert header_kind("12.2 This Council resolves to:") == "decision"
    assert header_kind("13.2 RESOLVED that:") == "decision"


DELIVERY_PLAN = """Westbrook District Council

Cabinet

14 June 2023

Council Plan: Delivery Plan 2023-24

1. Purpose of the report

1.1 To agree the actions the council will take in the coming year.

2. Key actions for 2023-24

2.1 Safer neighbourhoods
(a) Recruit four additional community wardens by October 2023.
(b) Introduce a district-wide Public Space Protection Order on alcohol.

2.2 Affordable homes
(a) Adopt a new Tenancy Strategy.

3. Progress against actions

3.1 The council completed the sale of the Mill Lane depot in May 2023.
"""


def test_items_under_subheadings_of_an_actions_for_period_heading_are_priorities(nlp, tmp_path):
    """A delivery plan's 'Key actions for 2023-24' passes its kind through its sub-headings to their lettered
    items; 'Progress against actions' introduces none (written for this test)."""
    found = _statements_of_text(nlp, tmp_path, DELIVERY_PLAN, doc_kind="report")
    kind = {s.text.rstrip("."): s for s in found}
    for item in ("Recruit four additional community wardens by October 2023",
                 "Introduce a district-wide Public Space Protection Order on alcohol", "Adopt a new Tenancy Strategy"):
        assert kind[item].kind == "priority", item
        assert kind[item].period == "2023-24"
    assert kind["Recruit four additional community wardens by October 2023"].deadline == "2023-10"
    assert header_kind("3. Progress against actions") != "priority"
    assert header_kind("Key actions") == "priority" and header_kind("Delivery Plan 2024-25") == "priority"


@pytest.mark.parametrize("text", [
    # written for this test, in the wording of a local account and an annual report describing themselves
    "The Local Account tells residents how adult social care performed in 2021-22 and what we plan to do next.",
    "Our annual report sets out what we achieved last year and what we will do in 2024-25.",
])
def test_a_report_describing_itself_is_no_statement(text):
    rule = sentence_rule(text)
    assert rule is not None and rule[0] is None


@pytest.mark.parametrize("text, deliverable", [
    # written for this test, in the wording of corporate plan actions
    ("Adopt a new Housing Allocations Policy.", True),
    ("Introduce a borough-wide Public Space Protection Order for dog fouling.", True),
    ("The order will be made in September 2024.", True),
    ("Introduce a selective licensing scheme for private rented homes.", True),
    ("Introduce mentoring in order to reduce exclusions.", False),
    ("Make the service better for residents.", False),
    ("Adoptive parents value the support of their social workers.", False),  # "adopt" the verb only
])
def test_adopted_policies_and_orders_are_deliverables(text, deliverable):
    assert assess(text).deliverable is deliverable


def test_a_figure_the_promise_aims_at_makes_it_measurable():
    """A count of new things or money to save or raise is a figure to check the promise against; sentences
    written for this test."""
    homes = assess("We will start work on 45 new council homes at the former bus depot site.")
    assert homes.measurable and homes.deliverable
    assert assess("Start construction of 80 council homes on the former library site.").measurable
    assert assess("We will retender the grounds maintenance contract, saving £120,000.").measurable
    assert not assess("We will work with partners to improve the town centre.").measurable


def test_an_item_of_several_promises_is_read_sentence_by_sentence(nlp, tmp_path):
    """Written for this test (stop 27): under "Our commitments", an item whose sentences each promise something of
    their own (each with its own target) is several promises, not one; a markdown table's rule is no statement."""
    text = ("Brackenridge Metropolitan Borough Council\n\nCabinet\n\n11 January 2023\n\n"
            "5. Our commitments\n\n"
            "5.2 Targets. We will move 70% of all customer transactions online by March 2025. We will answer 80% of "
            "telephone calls within 60 seconds. We will introduce a customer satisfaction survey after every contact, "
            "with a target of 85% satisfied.\n\n"
            "6. Action plan\n\n"
            "| Action | Lead | Due |\n|---|---|---|\n| Close the Market Street cash office | Head of Customer Services | "
            "October 2023 |\n")
    found = _statements_of_text(nlp, tmp_path, text)
    promises = [s.text for s in found if s.kind in ("commitment", "priority")]
    for own in ("We will move 70% of all customer transactions online by March 2025.",
                "We will answer 80% of telephone calls within 60 seconds."):
        assert own in promises
    assert not any(s.text.startswith("Targets.") for s in found)
    assert not any(set(s.text) <= set("|-: ") for s in found)


def test_a_topic_heading_its_items_is_no_statement():
    """Written for this test (stop 27): "4.3 Transport:" heads the promises under it; a lead-in clause is read as before."""
    from miner.nlp.statements import _topic_lead

    assert _topic_lead("4.3 Transport:") and _topic_lead("Nature and waste:")
    assert not _topic_lead("We will:") and not _topic_lead("Key priorities in 2018-19 include:")
    assert not _topic_lead("Transport")
