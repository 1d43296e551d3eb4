"""Entities round 71 (stop 64, helper en77): check Q committed, and a pooled check report to judge NER candidates.

Round 70's fresh batch Q (4 pages: a licensing committee, two audit committees, a police and crime panel; gold
written by reading before any run) is in `corpus/web/` with MANIFEST rows, its gold in
`annotations/entities/check70/`, outside every entity split (`load_gold` reads only the top folder), so the tuned and
held-out sets are unchanged and no model trains on it. Sources: corpus/MANIFEST.tsv.

`evaluate.py entities --split checks` scores every committed check folder (each subfolder of annotations/entities
holding gold), per batch and pooled; `--compare-model DIR` runs a paired page-level bootstrap of DIR's NER against
the shipped one (same rules), on the whole pool and on the batches neither model trained on.
"""

from __future__ import annotations

from pathlib import Path

from conftest import check_entity_batch, check_entity_gold
from miner.evaluation import entities as ev

ROOT = Path(__file__).resolve().parent.parent
CHECK = ROOT / "annotations" / "entities" / "check70"
REIGATE = "corpus/web/Reigate and Banstead Borough Council - Licensing Committee 2005-09-15.txt"
NHERTS = "corpus/web/North Hertfordshire District Council - Audit and Risk Committee 2011-02-28.txt"


def _gold() -> dict[str, dict[str, dict]]:
    return {f: {r["text"]: r for r in rows} for f, rows in ev.load_gold(CHECK).items()}


def test_the_round_added_4_check_pages_outside_every_split_and_training_set():
    check_entity_batch("entities round 70's fresh batch Q", CHECK, 4)


def test_every_gold_form_is_found_in_its_page():
    check_entity_gold(CHECK, 4, 62, 84)


def test_members_and_officers_are_read_as_the_guidelines_say():
    # https://reigate-banstead.moderngov.co.uk/CeListDocuments.aspx?CommitteeId=235&MeetingId=648&DF=15%2f09%2f2005&Ver=2
    # "Councillor J.V. Lyndon Morgan (Chairman); Councillors Mrs. D.E. Durward, N.D. Harrison, ..."
    rb = _gold()[REIGATE]
    assert rb["Councillor J.V. Lyndon Morgan"]["label"] == "PERSON"
    assert rb["Mrs. D.E. Durward"]["label"] == rb["N.D. Harrison"]["label"] == "PERSON"
    assert "Councillors Mrs. D.E. Durward" not in rb
    assert rb["Licensing Sub Committee"]["canonical"] == "Licensing Sub-Committee"
    # http://web.north-herts.gov.uk/aksnherts/users/public/admin/kab12.pl?cmte=ARC&meet=4&arc=71
    # "Place: Committee room 3, Council Offices, Gernon Road, Letchworth Garden City"
    nh = _gold()[NHERTS]
    assert nh["Committee room 3"]["label"] == nh["Council Offices"]["label"] == "PLACE"
    assert nh["Audit and Risk Committee"]["label"] == "BOARD"


def test_every_committed_check_folder_is_found_by_the_rule_and_none_is_in_a_split():
    names = [f.name for f in ev.check_folders()]
    assert {"check61", "round64", "check64", "check65", "check67", "check69", "check70"} <= set(names)
    assert names == sorted(names)
    top = set(ev.load_gold())
    for folder in ev.check_folders():
        assert any(folder.glob("*.jsonl"))
        assert not set(ev.load_gold(folder)) & top, folder.name
        assert not set(ev.load_gold(folder)) & ev.HELDOUT


def test_checks_split_scores_per_batch_and_pooled(capsys):
    report = ev.main(["--split", "checks", "--batches", "check70", "--json"])
    assert report["setup"] == "combined"
    batch, pooled = report["batches"]["check70"], report["pooled"]
    assert batch == pooled and pooled["pages"] == 4 and pooled["exact"]["gold"] == 84
    assert 0.7 <= pooled["exact"]["f1"] <= pooled["lenient"]["f1"] <= 1
    assert set(pooled["acronyms"]) == {"resolved", "defined_uses"}
    assert '"pooled"' in capsys.readouterr().out


def test_pooled_counts_are_summed_not_averaged():
    rows = [{"batch": "a", "file": "x", "exact": [1, 1, 1, 10], "lenient": [1, 1, 1, 10], "acronyms": [0, 0]},
            {"batch": "b", "file": "y", "exact": [9, 10, 9, 10], "lenient": [9, 10, 9, 10], "acronyms": [1, 2]}]
    report = ev.checks_report(rows)
    assert report["batches"]["a"]["exact"]["recall"] == 0.1
    assert report["pooled"]["exact"]["recall"] == 0.5 and report["pooled"]["exact"]["precision"] == round(10 / 11, 3)
    assert report["pooled"]["acronyms"] == {"resolved": 1, "defined_uses": 2}


def test_paired_bootstrap_is_seeded_and_paired():
    base = [[8, 10, 8, 10], [5, 10, 5, 10], [9, 10, 9, 10], [7, 9, 7, 10]]
    same = ev.paired_bootstrap(base, base, resamples=300)
    assert same["diff"] == 0 and same["ci95"] == [0, 0] and not same["excludes_0"]
    better = [[t + 1, p, g + 1, n] for t, p, g, n in base]  # one more right on every page
    r = ev.paired_bootstrap(base, better, resamples=300, seed=3)
    assert r == ev.paired_bootstrap(base, better, resamples=300, seed=3)
    assert r["diff"] > 0 and r["ci95"][0] > 0 and r["excludes_0"] and r["gold"] == 40


def test_batches_a_model_trained_on_leave_the_out_of_sample_pool(tmp_path):
    rows = [{"batch": f.name, "file": file} for f in ev.check_folders() for file in ev.load_gold(f)]
    shipped = ROOT / "models" / "ner"
    assert ev.trained_batches(rows, [shipped]) == set()  # 0.7.0 trained on no check batch
    pages = sorted(ev.load_gold(ROOT / "annotations" / "entities" / "check61"))
    (tmp_path / "meta.json").write_text('{"miner": {"train_files": %s}}' % str(pages[:1]).replace("'", '"'))
    assert ev.trained_batches(rows, [shipped, tmp_path]) == {"check61"}


def test_compare_model_at_a_small_scale_the_shipped_ner_against_itself(capsys):
    shipped = ROOT / "models" / "ner"
    report = ev.main(["--split", "checks", "--batches", "check69", "check70", "--compare-model", str(shipped),
                      "--exclude", "check69", "--resamples", "100"])
    assert report["trained_or_excluded"] == ["check69"]
    # round 73 added three bare-tier rows to P's gold (127 -> 132 mentions)
    assert report["pooled"]["batches"] == ["check69", "check70"] and report["pooled"]["gold"] == 132 + 84
    out = report["out_of_sample"]
    assert out["batches"] == ["check70"] and out["gold"] == 84
    assert out["diff"] == 0 and out["ci95"] == [0, 0] and not out["excludes_0"]
    assert report["base_checks"] == report["candidate_checks"]
    assert "out_of_sample (check70; 4 pages, 84 gold)" in capsys.readouterr().out


def test_compare_and_batches_go_with_the_checks_split():
    import pytest

    with pytest.raises(SystemExit):
        ev.main(["--split", "heldout", "--compare-model", "models/ner"])
