"""The tracker gold sets on authorities no tracker round tuned on (rounds 44, 45, 47, 49, 54, 55 and 56; annotations/README.md).

Each set judges every promise in an authority's stored pages (corpus/web, addresses in corpus/MANIFEST.tsv) from its
later papers: Minting and Gautby Parish Council's minutes 2019-2025; Thornhaugh Parish Council's minutes 2011-2013 and
2018-2022 and chairman's report of June 2019; Newton St Cyres Parish Council's work plan 2021-22 and chairman's reports
of March 2021 and April 2022; four pages of Liverpool City Council's Council Plan 2023-2027 judged from its July 2025
progress update and monitoring page; twelve stored pages of Bolsover District Council's committee minutes 2020-2025 on
its Council Ambition targets (performance updates, the Business Growth Strategy, the new Ambition 2024-2028, the carbon
reduction plan), each judged from the later ones; twelve stored pages of Doncaster Metropolitan Borough Council 2017-2024
(its corporate plans at Council and scrutiny, and the scrutiny committee's finance and performance minutes), each judged
from the later ones; eighteen pages of Derby City Council's own sites 2016-2025 (a cabinet member's and the Leader's
columns, news pages and portfolio spotlights on the Moorways pool, the community libraries, the city centre and its
finances), each judged from the later ones. These tests hold each set to its files and its declared halves and check the
evaluator runs on it; they assert no score (each set is scored once, as measured, in its round's write-up). The rules
each round read off its tune half are tested in that round's file.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from conftest import check_declared_split, check_fresh_tracker_gold, manifest_rows
from miner.evaluation import tracker as evaluation

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class GoldSet:
    authority: str
    promises: int
    tune: int  # promises in the tune half
    kinds: dict[str, int]  # the authority's stored pages by kind
    sources: tuple[str, ...]  # every page's address holds one of these
    split: dict[str, str]  # declared with the gold, before it was scored: promise quote (start) -> half
    statuses: dict[str, int] = field(default_factory=dict)  # the gold's verdicts, where its round fixed them
    printed_twice: frozenset[str] = frozenset()  # lines the page prints twice (squashed)
    dates: dict[str, int] = field(default_factory=dict)  # pages by meeting date, where its round fixed them


SETS = {
    "minting": GoldSet(
        "Minting and Gautby Parish Council", 14, 7, {"minutes": 20}, ("minting.parish.lincolnshire.gov.uk",), {
            "It was agreed that the Chairman write to the person": "report",
            "A detailed minute of the session would be retained": "tune",
            "the Gautby defibrillator code, which would be retained": "report",
            "Councillors agreed that the PC would fully support the": "report",
            "The advice of the County Highways Department would be": "report",
            "to write to ELDC Planning Dept, making a formal complaint": "tune",
            "Cllrs agreed to reply to the effect that they thought": "report",
            "no quotations for the proposed new gates for Gautby": "tune",
            "The Minting Classic Motor Show preparations were ongoing": "report",
            "the proposed Broadband extension in Minting was making": "tune",
            "EC said that he would arrange a meeting": "report",
            "forwarded a report that would be circulated to members": "tune",
            "Arrangements for the Classic Motor Show were progressing": "tune",
            "EC said that the PC would be looking into the legal and": "tune",
        }),
    "thornhaugh": GoldSet(
        "Thornhaugh Parish Council", 31, 15, {"minutes": 18, "report": 1},
        ("thornhaughparishcouncil.co.uk", "docslib.org"), {
            "Brian Watts has a number of old photographs that he ": "tune",
            "It was agreed to put up a poster in the Telephone Bo": "report",
            "reported on the meeting that had been held the previ": "report",
            "It was agreed to include the T&W Parish Burial Groun": "report",
            "It was agreed to discuss this issue at the next meet": "tune",
            "will ask the Police for an update of any action they": "tune",
            "A discussion took place about the proposed party at ": "tune",
            "It was agreed that Thornhaugh Parish Council will wr": "report",
            "the Clerk will report to PCC and also request that L": "report",
            "He will meet with Glyn Mould to confirm the exact lo": "tune",
            "agreed to look into the purchase of a suitable Time ": "tune",
            "Records will be taken to Peterborough Records Office": "tune",
            "It was agreed to purchase three of these and place t": "report",
            "Liam will liaise with John Allsopp, Website Manager ": "report",
            "The Clerk will ask the Wansford Parish Council who o": "report",
            "The Chairman will write to Peter Sharpley.": "tune",
            "the baskets will need to be collected and installed ": "report",
            "needs to be discussed further before any approach is": "tune",
            "The Chairman reported that this will now take place ": "report",
            "The Chairman had circulated a draft application and ": "tune",
            "It was agreed that the Chairman will be the contact ": "report",
            "The Chairman agreed to speak to Peterborough City Co": "report",
            "She would explore costs and report back to the next ": "tune",
            "This issue will be included in the Minutes and Livin": "tune",
            "will be included in a general and dropped off with t": "report",
            "She will chase this up again.": "tune",
            "will send details of who lives there to the Chairman": "report",
            "Louise will remind people at the Christmas Tree Even": "tune",
            "The training will likely be held in the Christie Hal": "report",
            "Short biographies of our new Councillors will be inc": "report",
            "Louise Molesworth will arrange the training in the C": "tune",
        }),
    "newton": GoldSet(
        "Newton St Cyres Parish Council", 16, 11, {"minutes": 14, "report": 1}, ("middevonparish.co.uk/newtonstcyres/",), {
            "We will continue to press our case together with str": "tune",
            "Newton St Cyres Parish Council will seek to develop,": "tune",
            "It will aim to represent parishioner's views at a lo": "report",
            "Discuss with DCC Vehicle Activated signs": "report",
            "Monitor air quality via reports from pollution monit": "tune",
            "To support the A377 Action Group as set up by Distri": "tune",
            "To ensure crossing is installed in 2021": "tune",
            "Clerk to ensure review at the Annual Parish Meeting": "tune",
            "To try and ensure any future development in the pari": "report",
            "To consider setting up a Community Land Trust": "tune",
            "To consider working with an affordable housing devel": "report",
            "To maintain an allotment when demanded by 6 parishio": "tune",
            "A foot-path from the lay-by to the bus stop in Half ": "tune",
            "However, our search for a suitable site continues": "tune",
            "We are trying to extend this to Langford so that the": "report",
            "updates will be included both in the Newton Wonder a": "tune",
        },
        statuses={"delivered": 2, "in_progress": 1, "no_evidence": 10, "not_delivered": 1, "unmeasurable": 2},
        # the stored page of the April 2023 Annual Parish Meeting prints its "Development of the Old School site" bullet twice
        printed_twice=frozenset({"The Parish Council worked with a Housing Association to try to buy the site for an "
                                 "Affordable Housing development"})),
    "liverpool": GoldSet(
        "Liverpool City Council", 36, 20, {"report": 7}, ("liverpool.gov.uk/council/strategies-and-policies/council-plan/",), {
            "engage better with our residents and businesses": "report",
            "work smarter with our partners": "report",
            "be more responsive to our diverse communities": "report",
            "We will use a range of performance metrics to track ": "tune",
            "Updates on our progress will be shared openly": "tune",
            "we will particularly focus our reporting on 10 prior": "tune",
            "we will highlight progress in our first review of th": "tune",
            "Key outcome is the return of powers and functions to": "report",
            "Agree and implement an improvement action plan to ad": "tune",
            "Develop and deliver a new economic strategy with par": "tune",
            "Reconfigure our service and build capacity in our ne": "report",
            "This will inform and influence the delivery of neigh": "tune",
            "Begin delivery on a comprehensive and resourced acti": "report",
            "We will work with stakeholders and proactively suppo": "tune",
            "Growth in Liverpool's businesses and decent jobs": "tune",
            "Inclusive growth, where residents can access good jo": "report",
            "Neighbourhoods are supported to thrive and grow sust": "report",
            "Increased inward investment and improved infrastruct": "tune",
            "A distinctive and exciting cultural destination for ": "report",
            "Develop a clear economic strategic vision for Liverp": "tune",
            "Deliver growth in key clusters, sectors and geograph": "report",
            "we'll work with the city region to develop proposals": "report",
            "We will continue to transform and improve how the ci": "report",
            "A financially sustainable and resilient council": "report",
            "An employer of choice, with a skilled, diverse and h": "tune",
            "High-quality governance and decision-making": "tune",
            "Excellent services": "tune",
            "Strengthened strategic partnerships and networks": "report",
            "Quality services and continual improvement": "tune",
            "Deliver improvements to financial processes and plan": "report",
            "An integrated revenue and capital budget and busines": "tune",
            "Improving financial planning and resilience so we ca": "report",
            "Embedding financial accountability across the counci": "tune",
            "Delivering and embedding audit and risk management": "tune",
            "Increasing our income collection and debt recovery l": "tune",
            "Developing an evidence-based Asset Management Plan a": "tune",
        },
        statuses={"delivered": 8, "in_progress": 6, "no_evidence": 13, "unmeasurable": 9},
        # a priority outcome printed again as the sub-heading of its actions ("What we want to achieve" / "How we will deliver")
        printed_twice=frozenset({"Growth in Liverpool's businesses and decent jobs", "A financially sustainable and resilient council"}),
        dates={"2023-09-21": 4, "2025-07-01": 3}),
    "bolsover": GoldSet(
        "Bolsover District Council", 51, 29, {"minutes": 12}, ("committees.bolsover.gov.uk",), {
            "the 3 failed targets had all been rolled over into t": "tune",
            "It was hoped that this information could be provided": "tune",
            "The Portfolio Holder – Environment advised she would": "report",
            "a report was to be provided on these issues": "tune",
            "ECO.01 - Deliver a Business Growth Strategy by March": "tune",
            "Work had continued to support the application seekin": "report",
            "The Information, Engagement and Performance Manager ": "tune",
            "Deliver 150 new homes through the Bolsover Homes Pro": "tune",
            "Bring 5 empty properties back into use per year thro": "tune",
            "more information about them would appear on Bolsover": "tune",
            "CUS.07 - Reduce average relet times for standard voi": "report",
            "Committee was advised that the Star Survey would be ": "report",
            "ECO.05 - Annually review housing delivery in the dis": "tune",
            "ECO.02 - Optimise business growth (as measured by gr": "report",
            "ENV.03 – Achieve a combined recycling and composting": "tune",
            "requested that a report be provided on the measures ": "tune",
            "the Portfolio Holder for Environmental Health & Lice": "report",
            "ENV.08 – Bring 5 empty properties back into use per ": "report",
            "CUS.07 – Reduce average re-let times for standard vo": "tune",
            "teams were now assessing other assets to go through ": "tune",
            "it was hoped to move this area forward swiftly": "tune",
            "Enabling Housing Growth – this was being delivered v": "report",
            "Increasing Revenue Streams – This included projects ": "tune",
            "was under review and would be split into different c": "tune",
            "This would be considered by the other three Scrutiny": "tune",
            "Modernising the service through innovation;": "report",
            "Removing barriers to access information;": "report",
            "Promoting equality, diversity and inclusion.": "tune",
            "Improving sustainability;": "tune",
            "Working closely with partners to deliver the aims;": "report",
            "Unlocking further regeneration.": "tune",
            "Members welcomed the inclusion of a revised Complain": "report",
            "it was hoped that this project would be completed an": "tune",
            "one aim was for 200 new homes to be completed by Dra": "report",
            "Section 106 agreements remained a priority": "tune",
            "These three aims would carry forward on to the propo": "tune",
            "Five themes would be worked to under the fifth aim; ": "tune",
            "A report would then be presented to the Executive, w": "report",
            "update the Committee on the work so far completed in": "report",
            "1. Making the best use of our assets;": "report",
            "2. Ensuring financial sustainability and increasing ": "report",
            "3. Unlocking Development Potential: unlocking the ca": "report",
            "4. Enabling Housing Growth: increasing the supply, q": "tune",
            "5. Working with partners to support enterprise, inno": "report",
            "6. Promoting the District and working with partners ": "report",
            "Business and Innovation Ambition: we will make Bolso": "tune",
            "Land and Housing Ambition: we will make Bolsover an ": "report",
            "Net Zero Ambition: we will take effective climate ac": "tune",
            "Key targets such as updating the Carbon Reduction Pl": "report",
            "increasing recycling rates": "tune",
            "introducing separate food waste collection were all ": "tune",
        },
        statuses={"delivered": 7, "in_progress": 9, "no_evidence": 32, "unmeasurable": 3},
        dates={d: 1 for d in ("2020-07-27", "2020-09-09", "2020-12-16", "2021-09-01", "2022-12-01", "2023-06-27",
                              "2023-09-01", "2023-11-01", "2023-12-11", "2024-06-01", "2025-03-01", "2025-10-15")}),
    "doncaster": GoldSet(
        "Doncaster Metropolitan Borough Council", 19, 12, {"minutes": 12}, ("doncaster.moderngov.co.uk",), {
            "had four priority themes to focus upon which would l": "report",
            "enabling residents to access modern, on-line custome": "tune",
            "the target set at 8.75 days per employee": "tune",
            "How the Council will ensure it has the capacity to d": "tune",
            "Pupil attendance and behaviour of disadvantaged youn": "tune",
            "a new Borough Strategy which would replace the Donca": "report",
            "the new Danum Gallery, Library and Museum, which was": "report",
            "a decision had been taken to make a £100 payment in ": "tune",
            "this would be a key feature of the performance repor": "tune",
            "The Committee noted the arrangements to monitor and ": "tune",
            "ensuring as an organisation it continued to deliver ": "tune",  # twice: the 2022-23 and 2023-24 plans
            "it was important that moving into the New Year, when": "report",
            "Members were informed that steps would be taken to a": "tune",  # twice: December 2022 and 2023
            "A decision had already been taken to stop any non-es": "tune",
            "all vacancies would be looked at and only filled if ": "report",
            "a framework that would ensure that the Council was f": "report",
            "a small number of indicators were off target, but th": "report",
        },
        statuses={"delivered": 2, "in_progress": 2, "no_evidence": 9, "unmeasurable": 6},  # round 56 relabelled one
        dates={**{d: 1 for d in ("2017-03-02", "2017-09-14", "2018-09-13", "2019-02-07", "2021-03-04", "2022-02-10",
                                 "2022-06-30", "2022-12-01", "2023-12-07", "2024-02-08")}, "2023-02-09": 2}),
    "derby": GoldSet(
        "Derby City Council", 38, 23, {"report": 18}, ("derby.gov.uk", "inderby.org.uk", "derbyarena.co.uk"), {
            "we would like a replacement pool to be built at Moor": "tune",
            "We are putting an excellent team in place to carry o": "report",
            "we intend for work to begin on the site by late 2017": "tune",
            "the building will be completed for staff to train an": "tune",
            "the Council will continue to find ways to deliver se": "tune",
            "We will identify more ways to work with private and ": "tune",
            "We will look for more innovative ways to allow other": "report",
            "we will continue to support community networks to de": "tune",
            "a top team of experts will be drawing up options for": "tune",
            "The Council currently believes the new swimming pool": "report",
            "Our ambition is that it will deliver vital swimming ": "tune",
            "will deliver activities for communities by providing": "report",
            "my colleagues and I will consider a report recommend": "report",
            "we will also be seeking approval for the demolition ": "report",
            "the Council can start implementation from Monday 24t": "tune",
            "More information will be available to those interest": "tune",
            "A series of information events are planned to take p": "tune",
            "Further details will be published on the In Derby we": "report",
            "we have made 50 pledges, setting out very clearly wh": "report",
            "It enshrined our commitment to cleaner streets, a vi": "tune",
            "we will listen to the views of residents and make su": "tune",
            "we are due to consider our next steps as we seek to ": "tune",
            "proceed to the procurement of a building contractor": "tune",
            "Next week, my Cabinet colleagues and I will be consi": "report",
            "we will be seeking Cabinet and then Council approval": "report",
            "delivering our pledge that no library in the city wi": "tune",
            "Councillors will be asked to approve a recommendatio": "report",
            "community-managed libraries will transfer back to th": "report",
            "All organisations who have registered their ideas wi": "tune",
            "Councillors will be asked to approve plans for the c": "tune",
            "If plans are approved, the Council will launch a for": "report",
            "The demolition of the derelict 1970s theatre buildin": "report",
            "committed to making the most of Derby": "tune",
            "we pledged to ensure that Derby Market Hall was the ": "report",
            "actively exploring ways to fill empty shops": "tune",
            "will allow us to pay back into our reserves": "tune",
            "This administration has made a commitment to review ": "tune",
            "will be presented with fresh proposals on the interi": "tune",
        },
        statuses={"delivered": 6, "in_progress": 6, "no_evidence": 21, "not_delivered": 1, "unmeasurable": 4},
        dates={d: 1 for d in ("2016-12-22", "2017-01-02", "2017-03-20", "2017-04-05", "2017-07-12", "2017-07-20",
                              "2017-09-25", "2017-11-08", "2018-01-17", "2018-02-28", "2023-02-08", "2024-02-06",
                              "2024-05-10", "2024-05-17", "2024-08-07", "2025-01-10", "2025-07-02", "2025-12-15")}),
}


def gold(name: str) -> Path:
    return ROOT / "annotations" / "tracker" / f"{name}_verdicts.jsonl"


@pytest.mark.parametrize("name", SETS)
def test_every_quote_is_in_its_file_and_evidence_comes_from_a_later_paper_of_the_same_council(name):
    s = SETS[name]
    rows = check_fresh_tracker_gold(gold(name), s.authority, s.promises, s.printed_twice)
    if s.statuses:
        assert Counter(r["status"] for r in rows) == s.statuses


@pytest.mark.parametrize("name", SETS)
def test_every_paper_of_the_council_is_a_stored_page_listed_in_the_manifest(name):
    s = SETS[name]
    pages = [r for r in manifest_rows().values() if r["authority"] == s.authority]
    assert Counter(r["kind"] for r in pages) == s.kinds and all(r["file"].startswith("web/") for r in pages)
    assert all((ROOT / "corpus" / r["file"]).is_file() for r in pages)
    assert all(any(src in r["source"] for src in s.sources) for r in pages)
    if s.dates:
        assert Counter(r["meeting_date"] for r in pages) == s.dates


@pytest.mark.parametrize("name", SETS)
def test_the_split_is_the_declared_hash_rule_and_stays_as_declared(name):
    check_declared_split(gold(name), SETS[name].split, SETS[name].tune)


def test_gold_choices_both_stays_medway_and_kent_and_all_adds_each_set(monkeypatch):
    assert evaluation.GOLD_CHOICES["both"] == ("medway", "kent")
    assert evaluation.GOLD_CHOICES["all"] == ("medway", "kent", *SETS)
    calls = []

    def fake(split, gold_set):
        calls.append((split, gold_set))
        return {"gold_set": gold_set, "rows": [], "per_status": {}, "confusion": {}}

    monkeypatch.setattr(evaluation, "evaluate", fake)
    both = evaluation.main(["--split", "tune", "--json"])
    assert calls == [("tune", "medway"), ("tune", "kent")] and both["kent"]["gold_set"] == "kent"
    assert not set(SETS) & set(both)
    calls.clear()
    every = evaluation.main(["--split", "report", "--gold", "all", "--json"])
    assert calls == [("report", g) for g in evaluation.GOLD_CHOICES["all"]]
    assert all(every[g]["gold_set"] == g for g in SETS)
    for name in SETS:
        calls.clear()
        alone = evaluation.main(["--gold", name, "--json"])
        assert calls == [("report", name)] and alone["gold_set"] == name


@pytest.mark.slow
@pytest.mark.parametrize("name", SETS)
def test_the_evaluator_runs_on_the_gold(name):
    """The whole set, tracked from the council's papers as `miner ingest` would read them; no score asserted."""
    s = SETS[name]
    res = evaluation.evaluate("all", gold_set=name)
    assert res["gold_set"] == name and res["gold_promises"] == s.promises
    assert 0 <= res["matched_promises"] <= s.promises and res["series"] is None and res["cross_authority_links"] == 0
    assert len(evaluation.authority_extractions(s.authority, "web/")) == sum(s.kinds.values())


@pytest.mark.slow
def test_the_evaluators_halves_are_the_declared_ones():
    """On the smallest set: each half scores its own promises."""
    s = SETS["minting"]
    halves = [evaluation.evaluate(h, gold_set="minting")["gold_promises"] for h in ("tune", "report")]
    assert halves == [s.tune, s.promises - s.tune]
