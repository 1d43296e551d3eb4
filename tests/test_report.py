"""The HTML report and its charts, built from the real seed papers and checked in headless Chromium."""

from __future__ import annotations

import datetime as dt
import re
import shutil

import pytest

from miner import charts, report, store
import browser  # tests/browser.py (pytest puts tests/ on sys.path)


@pytest.fixture(scope="module")
def seeds(seeds_db_path):
    return store.open_db(seeds_db_path)


@pytest.fixture(scope="module")
def medway_html(seeds, tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "medway.html"
    report.write_report(seeds, "Medway Council", out)
    return out


def test_counts_add_up_to_the_promises_in_the_database(seeds):
    data = report.report_data(seeds, "Medway Council")
    stored = seeds.execute(
        "select count(*) from statements s join documents d on d.id = s.document_id "
        "where d.authority = 'Medway Council' and s.kind in ('priority', 'commitment')"
    ).fetchone()[0]
    assert data["total"] == stored > 0
    assert sum(s["count"] for s in data["statuses"]) == stored
    assert sum(g["count"] for g in data["groups"]) == stored
    assert [p["ref"] for p in data["papers"]] == ["P1", "P2", "P3"]  # Medway: three seed papers, by date


def test_promises_of_the_latest_paper_are_not_tracked_rather_than_without_evidence(seeds):
    """Nothing later could have reported on the newest paper's promises; the others were all checked."""
    data = report.report_data(seeds, "Medway Council")
    latest = max(p["promise_date"] for p in data["promises"])
    newest = [p for p in data["promises"] if p["promise_date"] == latest]
    earlier = [p for p in data["promises"] if p["promise_date"] != latest]
    assert newest and {p["status"] for p in newest} == {"not_tracked"}
    assert earlier and "not_tracked" not in {p["status"] for p in earlier}


def test_untracked_promises_are_grouped_by_the_themes_of_their_words(seeds):
    """Somerset's paper is undated, so nothing is tracked; its promises still fall under themes, as
    `miner themes` counts them, with the unthemed group last."""
    data = report.report_data(seeds, "Somerset County Council")
    assert {p["status"] for p in data["promises"]} == {"not_tracked"}
    labels = [g["label"] for g in data["groups"]]
    assert len(labels) > 1 and labels[-1] == report.theme_label(None), labels
    assert report.theme_label(None) not in labels[:-1]


def test_unknown_authority_names_the_ones_that_exist(seeds, tmp_path):
    with pytest.raises(report.ReportError) as err:
        report.write_report(seeds, "Kent County Council", tmp_path / "x.html")
    assert "Medway Council" in str(err.value) and "Walsall Council" in str(err.value)
    assert not (tmp_path / "x.html").exists()
    assert report.resolve_authority(seeds, "medway") == "Medway Council"


def test_page_is_self_contained_and_accessible(medway_html):
    html = medway_html.read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html), "no external resources"
    assert "<link" not in html and "@import" not in html
    assert '<html lang="en-GB">' in html and "@media print" in html
    assert html.count("<h1") == 1 and '<th scope="col">' in html and 'scope="rowgroup"' in html
    svgs = re.findall(r"<svg [^>]*>", html)
    assert svgs and all('role="img"' in s and "aria-label=" in s for s in svgs)


def test_promise_rows_cite_paper_paragraph_and_evidence(seeds, medway_html):
    html = medway_html.read_text(encoding="utf-8")
    data = report.report_data(seeds, "Medway Council")
    delivered = [p for p in data["promises"] if p["status"] == "delivered" and p["evidence"]]
    assert delivered, "the seeds have delivered Medway promises once tracking has run"
    p = delivered[0]
    from markupsafe import escape

    assert str(escape(p["promise"])) in html
    assert f"para {p['section_path']}" in html
    assert str(escape(p["evidence"][0]["quote"]))[:60] in html


def test_a_bare_figure_as_evidence_is_quoted_with_its_sentence(seeds_db, tmp_path):
    """Evidence quoting only "four" is useless in a meeting; the report shows the sentence."""
    promise = seeds_db.execute(
        "select s.id from statements s join documents d on d.id = s.document_id "
        "where d.authority = 'Medway Council' and s.kind = 'priority' order by d.meeting_date limit 1"
    ).fetchone()[0]
    section = seeds_db.execute(
        "select s.id, s.document_id, s.path, s.text from sections s join documents d on d.id = s.document_id "
        "where d.meeting_date = '2020-03-05' and s.text like '% social workers%' and s.text glob '*[ (][0-9][0-9]*' limit 1"
    ).fetchone()
    figure = re.search(r"(?<![\w.,])\d{2,}(?![\w]|[.,]\d)", section[3]).group(0)
    seeds_db["evidence"].upsert(
        {"promise_id": promise, "target_id": section[0], "target_kind": "section", "relation": "contradicts",
         "score": 9.0, "quote": figure, "document_id": section[1], "section_path": section[2]},
        pk=("promise_id", "target_id"),
    )
    data = report.report_data(seeds_db, "Medway Council")
    evidence = next(p for p in data["promises"] if p["promise_id"] == promise)["evidence"]
    ev = next(e for e in evidence if e["target_id"] == section[0])  # not [0]: evidence keeps the tracker's order
    assert ev["figure"] == figure and len(ev["quote"].split()) >= 5 and figure in ev["quote"]
    assert "<mark>" in str(report.mark_figure(ev["quote"], figure))


def test_report_before_tracking_says_so(seeds_db, tmp_path):
    for table in ("evidence", "verdicts", "series"):
        seeds_db.execute(f"delete from {table}")
    seeds_db.conn.commit()
    out = report.write_report(seeds_db, "Walsall Council", tmp_path / "walsall.html")
    html = out.read_text(encoding="utf-8")
    assert "have not been checked against later papers yet" in html
    assert "Not tracked" in html and "No metric series yet" in html


def test_chart_is_svg_with_the_values_in_words():
    s = charts.ChartSeries("Children subject to a child protection plan", "count", own_label="Medway Council")
    for when, v, label in [(dt.date(2016, 12, 31), 319, "2016-12"), (dt.date(2017, 12, 31), 345, "2017-12")]:
        s.points.append(charts.Point(when, v, label))
    svg = charts.series_svg(s)
    assert svg.startswith("<svg ") and 'role="img"' in svg and "<path" in svg
    assert "319" in charts.describe(s) and "345" in charts.describe(s) and "Dec 2016" in svg
    one = charts.ChartSeries("A2 days", "days", [charts.Point(dt.date(2019, 12, 31), 184, "2019-12")],
                             {"national": [charts.Point(dt.date(2019, 12, 31), 220, "2019-12")]})
    assert "National" in charts.series_svg(one) and "220 days" in charts.describe(one)


@pytest.mark.parametrize("value,unit,text", [(1_600_000, "GBP", "£1.6m"), (45.0, "%", "45%"), (413, "count", "413"), (184, "days", "184 days"), (54, "per_10000", "54 per 10,000"),
                                                 (61.3, "years", "61.3 years"), (12_400, "tonnes", "12,400 tonnes"), (112, "kg", "112 kg")])
def test_format_value(value, unit, text):
    assert charts.format_value(value, unit) == text


@pytest.mark.browser
def test_report_renders_in_chromium(medway_html):
    browser.require_chromium()
    shot = browser.screenshot(medway_html.as_uri(), browser.SCREENSHOTS / "report-medway.png", width=1280, height=1600)
    assert browser.png_colours(shot) > 20, "screenshot is blank"
    dom = browser.dump_dom(medway_html.as_uri())
    for heading in ("Promised vs delivered: Medway Council", "Summary", "Promises by theme and year",
                    "Repeated priorities", "Metrics over time", "Source papers"):
        assert re.search(r"<h[12][^>]*>" + re.escape(heading), dom), heading
    chart = re.search(r"<svg [^>]*class=\"chart\".*?</svg>", dom, re.S)
    assert chart and chart.group(0).count("<path") >= 3, "a chart with drawn paths"


@pytest.mark.browser
def test_report_prints_to_pdf(medway_html, tmp_path):
    browser.require_chromium()
    pdf = tmp_path / "medway.pdf"
    browser._run(medway_html.as_uri(), [f"--print-to-pdf={pdf}", "--no-pdf-header-footer"])
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
    shutil.copy(pdf, browser.SCREENSHOTS / "report-medway.pdf")
    import pypdfium2

    assert len(pypdfium2.PdfDocument(str(pdf))) >= 3
