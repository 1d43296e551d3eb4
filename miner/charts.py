"""Metric series as small inline SVG charts (matplotlib, no display needed).

The report must open offline and print, so charts are SVG text embedded in the
page, never image files or a JS charting library. Text stays text
(`svg.fonttype: none`) so charts are small and screen readers and searches see
the labels. Each chart carries `role="img"` and an `aria-label` that says in
words what the chart shows; the report puts the same numbers in a table beside it.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass, field

import matplotlib

matplotlib.use("Agg")

from matplotlib import dates as mdates  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

# Dark blue for the authority's own figures; dark orange, a different marker and
# a dashed line for benchmarks, so the two differ without relying on colour.
OWN_COLOUR = "#1f4e79"
BENCH_COLOURS = {"national": "#a34a00", "statistical_neighbours": "#6a3d9a", "regional": "#2e6b30", "target": "#8b1c1c", "previous": "#555555"}
BENCH_MARKERS = {"national": "s", "statistical_neighbours": "D", "regional": "^", "target": "*", "previous": "v"}

UNIT_LABELS = {
    "GBP": "£", "%": "%", "pp": "percentage points", "count": "number", "days": "days",
    "weeks": "weeks", "months": "months", "years": "years", "per_100": "per 100", "per_1000": "per 1,000", "per_10000": "per 10,000 children",
    "per_100000": "per 100,000", "ratio": "ratio", "tonnes": "tonnes", "kg": "kg", "kWh": "kWh", "kW": "kW",
    "sq_m": "sq m", "ug_m3": "µg/m³",
}

AXIS_LABELS = {**UNIT_LABELS, "per_10000": "per 10,000", "pp": "points"}

COMPARATOR_LABELS = {
    "national": "National", "statistical_neighbours": "Statistical neighbours",
    "regional": "Regional", "target": "Target", "previous": "Previous",
}


@dataclass
class Point:
    when: dt.date
    value: float
    label: str  # the as-of as the paper gave it: "2017-18", "2018-03-31"


@dataclass
class ChartSeries:
    """One indicator in one unit: the authority's points and any benchmarks quoted with them."""

    title: str
    unit: str | None
    points: list[Point] = field(default_factory=list)
    benchmarks: dict[str, list[Point]] = field(default_factory=dict)  # comparator -> points
    own_label: str = "Reported figure"  # whose figures: the authority's name


def format_value(value: float | None, unit: str | None) -> str:
    """A figure as a paper would print it: £1.6m, 45%, 413, 184 days."""
    if value is None:
        return ""
    if unit == "GBP":
        if abs(value) >= 1_000_000:
            return f"£{value / 1_000_000:.3g}m"
        if abs(value) >= 1_000:
            return f"£{value / 1_000:.3g}k"
        return f"£{value:,.0f}"
    num = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    if unit == "%":
        return f"{num}%"
    if unit in ("days", "weeks", "months", "years", "tonnes", "kg", "kWh", "kW", "sq_m", "ug_m3"):
        return f"{num} {UNIT_LABELS[unit]}"
    if unit in AXIS_LABELS and unit.startswith("per_"):
        return f"{num} {AXIS_LABELS[unit]}"
    if unit == "pp":
        return f"{num} pp"
    return num


def describe(series: ChartSeries) -> str:
    """The chart in words, for aria-label and alt text."""
    pts = sorted(series.points, key=lambda p: p.when)
    parts = [f"{series.title}, {UNIT_LABELS.get(series.unit or '', series.unit or 'value')}."]
    if pts:
        parts.append(
            f"{len(pts)} figure{'s' if len(pts) != 1 else ''} from {pts[0].label} to {pts[-1].label}: "
            + "; ".join(f"{p.label} {format_value(p.value, series.unit)}" for p in pts) + "."
        )
    for comp, bpts in series.benchmarks.items():
        parts.append(
            f"{COMPARATOR_LABELS.get(comp, comp)}: "
            + "; ".join(f"{p.label} {format_value(p.value, series.unit)}" for p in bpts) + "."
        )
    return " ".join(parts)


def as_of_label(label: str) -> str:
    """An as-of in the papers' own terms: '2017-18' stays, '2018-03-31' → '31 Mar 2018', '2017-12' → 'Dec 2017'."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", label):
            d = dt.date.fromisoformat(label)
            return f"{d.day} {d:%b %Y}"
        if re.fullmatch(r"\d{4}-\d{2}", label) and int(label[5:]) != (int(label[:4]) + 1) % 100:
            return dt.date(int(label[:4]), int(label[5:]), 1).strftime("%b %Y")
    except ValueError:
        pass
    return label


def series_svg(series: ChartSeries, *, width: float = 5.6, height: float = 2.7) -> str:
    """One chart as an inline <svg> element (no XML prolog), labelled for screen readers.

    Figures from two or more dates make a line over time; a single date with
    benchmarks makes bars side by side. Where the papers give several different
    figures for the same date (often different sub-measures under one indicator),
    points are not joined, so the chart does not draw a trend that is not there.
    """
    pts = sorted(series.points, key=lambda p: (p.when, p.value))
    dates = sorted({p.when for p in pts} | {p.when for b in series.benchmarks.values() for p in b})
    with matplotlib.rc_context({"svg.fonttype": "none", "font.size": 9, "font.family": "sans-serif"}):
        fig = Figure(figsize=(width, height), layout="constrained")
        ax = fig.add_subplot()
        if len(dates) == 1:
            _bars(ax, series, pts)
        else:
            _lines(ax, series, pts, dates)
        ax.grid(axis="y" if len(dates) > 1 else "x", color="#dddddd", linewidth=0.6)
        ax.set_axisbelow(True)
        ax.spines[["top", "right"]].set_visible(False)
        buf = io.StringIO()
        fig.savefig(buf, format="svg", metadata={"Date": None})
    return _inline(buf.getvalue(), describe(series))


def _lines(ax, series: ChartSeries, pts: list[Point], dates: list[dt.date]) -> None:
    one_each = len({p.when for p in pts}) == len(pts)
    if pts:
        ax.plot([p.when for p in pts], [p.value for p in pts], color=OWN_COLOUR, marker="o",
                linewidth=2 if one_each else 0, markersize=5, label=series.own_label)
        for p in pts:
            ax.annotate(format_value(p.value, series.unit), (p.when, p.value), textcoords="offset points",
                        xytext=(7, -3) if not one_each else (0, 6),
                        ha="left" if not one_each else "center", fontsize=8, color=OWN_COLOUR)
    for comp, bpts in series.benchmarks.items():
        bpts = sorted(bpts, key=lambda p: p.when)
        ax.plot([p.when for p in bpts], [p.value for p in bpts], color=BENCH_COLOURS.get(comp, "#555555"),
                marker=BENCH_MARKERS.get(comp, "x"), linestyle="--", linewidth=1.5, markersize=6,
                label=COMPARATOR_LABELS.get(comp, comp))
    labels = {}
    for p in pts + [q for b in series.benchmarks.values() for q in b]:
        labels.setdefault(p.when, as_of_label(p.label))
    ax.set_xticks(dates, [labels[d] for d in dates], rotation=30 if len(dates) > 4 else 0,
                  ha="right" if len(dates) > 4 else "center")
    span = (dates[-1] - dates[0]).days or 365
    ax.set_xlim(dates[0] - dt.timedelta(days=span * 0.08 + 20), dates[-1] + dt.timedelta(days=span * 0.12 + 20))
    values = [p.value for p in pts] + [p.value for b in series.benchmarks.values() for p in b]
    if values and min(values) >= 0:
        ax.set_ylim(0, max(values) * 1.18 or 1)
    ax.set_ylabel(AXIS_LABELS.get(series.unit or "", series.unit or ""))
    if series.benchmarks or not one_each:
        if not one_each:
            ax.plot([], [], " ", label="Several figures for one date: not joined")
        ax.figure.legend(loc="outside lower center", ncols=3, fontsize=7.5, frameon=False)


def _bars(ax, series: ChartSeries, pts: list[Point]) -> None:
    names, values, colours = [], [], []
    for p in pts:
        names.append(series.own_label)
        values.append(p.value)
        colours.append(OWN_COLOUR)
    for comp, bpts in series.benchmarks.items():
        for p in bpts:
            names.append(COMPARATOR_LABELS.get(comp, comp))
            values.append(p.value)
            colours.append(BENCH_COLOURS.get(comp, "#555555"))
    ys = list(range(len(names)))[::-1]
    ax.barh(ys, values, color=colours, height=0.6)
    ax.set_yticks(ys, names)
    for y, v in zip(ys, values):
        ax.annotate(format_value(v, series.unit), (v, y), textcoords="offset points", xytext=(4, 0),
                    va="center", fontsize=8)
    ax.set_xlim(0, max(values) * 1.25 if values and max(values) > 0 else 1)
    when = (pts or [p for b in series.benchmarks.values() for p in b])[0].label
    ax.set_xlabel(f"{UNIT_LABELS.get(series.unit or '', series.unit or '')}, as of {as_of_label(when)}")


def _inline(svg: str, label: str) -> str:
    """Drop the XML prolog and make the root <svg> responsive and labelled."""
    svg = svg[svg.index("<svg") :]
    label = label.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    svg = re.sub(r'<svg ([^>]*?)width="[^"]*" height="[^"]*"', r"<svg \1", svg, count=1)
    return svg.replace("<svg ", f'<svg role="img" aria-label="{label}" class="chart" ', 1)
