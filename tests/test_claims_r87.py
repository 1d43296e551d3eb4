"""Claims round 87: a capital programme's sums (no fresh batch; every number in sample). Of round 84's four forms, the one
in >= 3 pool batches is a sum named an addition to (or an allocation of) the programme (F67, F71, F73); built is the
addition: a sum its own clause names an addition ("The total value of additions and amendments was £51m", "Approves the
addition and cumulative spend of £0.65M in 2020/21 ... to the Healthier & Safer City programme"), in an item whose heading
names the capital programme or a sentence naming a programme, is the capital budget, not the grant that funds it nor money
in general (`claim_cues.json` programme_addition_around, programme_named)."""

from __future__ import annotations

from conftest import claim_found, corpus_claims as _page, written_paper_claims
from test_claims_r76 import _gold  # a check batch's one gold row by page and context

NEWPORT = "Newport City Council - Cabinet.txt"
SOUTHAMPTON = "Southampton City Council - Cabinet.txt"


def test_the_gold_reads_additions_to_the_programme_as_the_capital_budget():
    assert _gold("F71", NEWPORT, "amendments was £51m")["indicator"] == "capital_budget"
    assert _gold("F71", NEWPORT, "stood at £18.5m")["indicator"] == "capital_budget"
    for context in ("cumulative spend of £0.65M", "cumulative spend of £0.28M", "cumulative spend of £0.23M",
                    "cumulative spend of £0.21M"):
        assert _gold("F73", SOUTHAMPTON, context)["indicator"] == "capital_budget"


def test_additions_in_a_capital_programmes_item_are_the_capital_budget():
    newport = _page(NEWPORT)
    # were None (no money word) and grant_funding ("externally grant funded" names how the additions are funded)
    assert claim_found(newport, "additions and amendments was £51m", "£51m").indicator == "capital_budget"
    assert claim_found(newport, "stood at £18.5m", "£18.5m").indicator == "capital_budget"


def test_an_addition_to_a_named_programme_is_the_capital_budget():
    southampton = _page(SOUTHAMPTON)
    # were budget ("cumulative spend" is money in general)
    for context in ("cumulative spend of £0.65M", "cumulative spend of £0.28M", "cumulative spend of £0.23M",
                    "cumulative spend of £0.21M"):
        assert claim_found(southampton, context, context.split()[-1]).indicator == "capital_budget", context
    # the programme's totals stay as they were
    assert claim_found(southampton, "totals £190.14M", "£190.14M").indicator == "capital_budget"


def test_a_written_page_additions_to_a_programme(tmp_path_factory):
    page = written_paper_claims(tmp_path_factory, "Test Borough Council - Cabinet", (
        "Test Borough Council\n\nCabinet 12 January 2024\n\nFinancial Monitoring Quarter 2\n\n"
        "1. Approves the addition of £0.40M in 2024/25 to the Schools Expansion programme.\n\n"
        "2. Notes an addition of £1.2m to the revenue budget for the programme of street cleansing.\n\n"
        "3. In addition, the programme received a grant of £2.5m from the Department for Transport.\n\n"
        "4. Approves the addition of £0.3m to the Transformation Reserve.\n"))
    assert claim_found(page, "addition of £0.40M", "£0.40M").indicator == "capital_budget"
    # revenue money stays revenue; "in addition" adds no sum to a programme
    assert claim_found(page, "addition of £1.2m", "£1.2m").indicator != "capital_budget"
    assert claim_found(page, "grant of £2.5m", "£2.5m").indicator == "grant_funding"
    # not a programme: no capital budget
    assert claim_found(page, "addition of £0.3m", "£0.3m").indicator != "capital_budget"
