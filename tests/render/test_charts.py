"""The report's charts: self-contained, deterministic, small, and blind to calendar text."""

from __future__ import annotations

import math
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from xml.etree import ElementTree

import matplotlib
import pytest

from timeaudit.audit.planning import PlanningMonth
from timeaudit.categories import FIREFIGHTING, WORK
from timeaudit.render.charts import (
    CATEGORY_COLOURS,
    FIT_COLOURS,
    TREND_MONTHS,
    planning_svg,
    split_svg,
    trend_svg,
    week_svg,
)
from timeaudit.render.planning import PlanningView
from timeaudit.render.view import (
    Coverage,
    Delegation,
    Fire,
    PersonView,
    Sink,
    SplitRow,
    TrendRow,
    WeekView,
)

Chart = Callable[[PersonView], str]
CHARTS: list[Chart] = [split_svg, trend_svg, week_svg, planning_svg]
NAMESPACES = ('xmlns="http://www.w3.org/2000/svg"', 'xmlns:xlink="http://www.w3.org/1999/xlink"')
HOSTILE = "<script>alert(1)</script>"
MAX_BYTES = 150_000
ROOT = Path(__file__).resolve().parents[2]
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _split() -> tuple[SplitRow, ...]:
    shares = {WORK[0]: 10.0, WORK[1]: 30.0, WORK[2]: 45.0, WORK[3]: 15.0}
    targets = {WORK[0]: 25.0, WORK[1]: 30.0, WORK[2]: 35.0, WORK[3]: 10.0}
    fits = {WORK[0]: "red", WORK[1]: "green", WORK[2]: "amber", WORK[3]: "green"}
    return tuple(
        SplitRow(
            c,
            shares[c] / 2,
            shares[c],
            targets[c],
            shares[c] - targets[c],
            fits[c],
            c == FIREFIGHTING,
        )
        for c in WORK
    )


def _trend(months: int) -> tuple[TrendRow, ...]:
    return tuple(
        TrendRow(
            f"{2024 + m // 12}-{m % 12 + 1:02d}",
            40.0,
            (20.0, 30.0, 40.0 - m % 5, 10.0 + m % 5),
            "fits",
        )
        for m in range(months)
    )


def _planning(months: int) -> PlanningView:
    """The planning lens over ``months`` months: rising from 10% by 4 points a month."""
    lens = tuple(
        PlanningMonth(f"{2024 + m // 12}-{m % 12 + 1:02d}", 10.0 + 4 * m, 40.0, 10, 25, True)
        for m in range(months)
    )
    return PlanningView(12.0, 4.8, 40.0, 16.0, 10.0, 25.0, "green", True, "", lens)


def _week(busy: bool = True) -> WeekView:
    cells = {
        c: tuple(
            tuple(float(busy and (d + h + i) % 4 == 0 and 8 <= h < 18) for h in range(24))
            for d in range(7)
        )
        for i, c in enumerate(WORK)
    }
    by_day = {c: tuple(sum(day) for day in rows) for c, rows in cells.items()}
    day_totals = tuple(sum(by_day[c][d] for c in WORK) for d in range(7))
    return WeekView(
        days=DAYS,
        cells=cells,
        peak=1.0 if busy else 0.0,
        by_day=by_day,
        day_totals=day_totals,
    )


def _coverage() -> Coverage:
    return Coverage(("calendar.ics",), 40, 38, 50.0, 45.0, 5.0, 0.0, 0, 0, (), 160.0, 110.0, ())


def make_view(name: str = "Ada Example", title: str = "Weekly sync", months: int = 3) -> PersonView:
    return PersonView(
        name=name,
        email="ada@example.com",
        role="director",
        role_description="runs a department",
        period="2024-03",
        tz="Europe/Berlin",
        coverage=_coverage(),
        verdict="off-target",
        verdict_label="off target",
        verdict_reason="strategy 15 points under target",
        split=_split(),
        tolerance=5.0,
        trend=_trend(months),
        week=_week(),
        sinks=(Sink(title, WORK[2], 6.0, 6, True),),
        delegation=(Delegation(title, WORK[2], 3.0, 3, "recurring status meeting"),),
        delegation_hours=3.0,
        fires=(Fire(title, 3, 4.5),),
        change_label="",
        changes=(),
        questions=("What would you stop?",),
        generated="2024-04-01",
        redacted=False,
        planning=_planning(months),
    )


@pytest.fixture(scope="module")
def rendered() -> dict[str, str]:
    view = make_view(months=TREND_MONTHS)
    return {chart.__name__: chart(view) for chart in CHARTS}


@pytest.mark.parametrize("name", [c.__name__ for c in CHARTS])
def test_chart_is_bare_well_formed_svg(rendered: dict[str, str], name: str) -> None:
    svg = rendered[name]
    assert svg.startswith("<svg ")
    assert ElementTree.fromstring(svg).tag == "{http://www.w3.org/2000/svg}svg"
    for banned in ("<?xml", "<!DOCTYPE", "<!--", "<script", "<image", "<style", "<metadata"):
        assert banned.lower() not in svg.lower()


@pytest.mark.parametrize("name", [c.__name__ for c in CHARTS])
def test_chart_refers_to_nothing_outside_itself(rendered: dict[str, str], name: str) -> None:
    svg = rendered[name]
    root = svg[: svg.index(">") + 1]
    assert all(root.count(ns) == 1 for ns in NAMESPACES)
    rest = svg.replace(NAMESPACES[0], "", 1).replace(NAMESPACES[1], "", 1)
    assert "http" not in rest.lower()
    assert "data:" not in rest.lower()
    assert re.findall(r'href="([^"]*)"', svg) == re.findall(r'href="(#[^"]+)"', svg)
    assert "url(" not in re.sub(r"url\(#[\w-]+\)", "", svg)


@pytest.mark.parametrize("name", [c.__name__ for c in CHARTS])
def test_every_reference_resolves_inside_the_chart(rendered: dict[str, str], name: str) -> None:
    svg = rendered[name]
    ids = re.findall(r' id="([^"]+)"', svg)
    refs = set(re.findall(r'href="#([^"]+)"', svg)) | set(re.findall(r"url\(#([^)]+)\)", svg))
    assert len(ids) == len(set(ids))
    assert refs == set(ids)


def test_charts_share_one_page_without_id_clashes(rendered: dict[str, str]) -> None:
    ids = re.findall(r' id="([^"]+)"', "".join(rendered.values()))
    assert ids
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("chart", CHARTS)
def test_chart_is_deterministic(chart: Chart) -> None:
    assert chart(make_view()) == chart(make_view())


def test_fresh_process_renders_the_same_bytes_without_pyplot(rendered: dict[str, str]) -> None:
    """A fixed hash salt (not a random one per process), and no pyplot (no GUI backend)."""
    code = (
        "import sys; from tests.render.test_charts import make_view, TREND_MONTHS; "
        "from timeaudit.render.charts import week_svg; "
        "svg = week_svg(make_view(months=TREND_MONTHS)); "
        "sys.stdout.write(str('matplotlib.pyplot' in sys.modules) + svg)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout == "False" + rendered["week_svg"]


@pytest.mark.parametrize("name", [c.__name__ for c in CHARTS])
def test_chart_size_is_bounded(rendered: dict[str, str], name: str) -> None:
    assert 1_000 < len(rendered[name].encode()) < MAX_BYTES


def test_no_trend_gives_no_chart() -> None:
    assert trend_svg(make_view(months=0)) == ""


@pytest.mark.parametrize("months", [1, 2, TREND_MONTHS])
def test_trend_renders_short_and_full_histories(months: int) -> None:
    assert trend_svg(make_view(months=months)).startswith("<svg ")


def test_trend_shows_only_the_latest_months() -> None:
    long = make_view(months=TREND_MONTHS + 4)
    latest = replace(long, trend=long.trend[-TREND_MONTHS:])
    assert trend_svg(long) == trend_svg(latest)


def test_trend_month_without_work_is_a_gap() -> None:
    view = make_view(months=3)
    empty = replace(view.trend[1], work_hours=0.0, shares=(0.0, 0.0, 0.0, 0.0))
    gapped = replace(view, trend=(view.trend[0], empty, view.trend[2]))
    assert trend_svg(gapped).startswith("<svg ")
    assert trend_svg(gapped) != trend_svg(view)


def test_empty_week_still_renders() -> None:
    svg = week_svg(replace(make_view(), week=_week(busy=False)))
    assert svg.startswith("<svg ")
    assert len(svg.encode()) < MAX_BYTES


def test_view_without_hours_renders_every_chart() -> None:
    view = make_view(months=1)
    split = tuple(replace(r, hours=0.0, share=0.0, fit="unknown") for r in view.split)
    idle = replace(view, split=split, week=_week(busy=False))
    idle = replace(idle, trend=(replace(view.trend[0], work_hours=0.0),))
    assert all(chart(idle).startswith("<svg ") for chart in CHARTS)


@pytest.mark.parametrize("chart", CHARTS)
def test_calendar_text_never_reaches_a_chart(chart: Chart) -> None:
    hostile = make_view(name=HOSTILE, title=HOSTILE)
    hostile = replace(
        hostile, role_description=HOSTILE, verdict_reason=HOSTILE, questions=(HOSTILE,)
    )
    svg = chart(hostile)
    assert "alert" not in svg
    assert "script" not in svg
    # Stronger: text fields do not change a single byte of the chart.
    assert svg == chart(make_view())


@pytest.mark.parametrize("chart", [split_svg, week_svg])
def test_chart_follows_the_numbers(chart: Chart) -> None:
    view = make_view()
    other = replace(
        view,
        split=tuple(replace(r, share=r.share + 5, fit="red") for r in view.split),
        week=_week(busy=False),
    )
    assert chart(view) != chart(other)


def test_rc_params_do_not_leak() -> None:
    before = dict(matplotlib.rcParams)
    week_svg(make_view())
    assert dict(matplotlib.rcParams) == before


def test_palettes_cover_their_keys_once() -> None:
    assert tuple(CATEGORY_COLOURS) == WORK
    assert set(FIT_COLOURS) == {"green", "amber", "red"}
    colours = [*CATEGORY_COLOURS.values(), *FIT_COLOURS.values()]
    assert all(re.fullmatch(r"#[0-9A-F]{6}", c) for c in colours)
    assert len(set(CATEGORY_COLOURS.values())) == len(CATEGORY_COLOURS)


# -- targets that coincide -------------------------------------------------------------------
DASHED = re.compile(
    r'<path d="M ([\d.]+) ([\d.]+)\s+L ([\d.]+) \2\s*"[^>]*style="fill: none; '
    r"stroke-dasharray: ([\d.,]+); stroke-dashoffset: ([\d.]+); stroke: (#[0-9a-f]{6});"
)
MARK = re.compile(r'<use [^>]*x="([\d.]+)" y="([\d.]+)" style="fill: (#[0-9a-f]{6});')


def _on(dashes: tuple[float, ...], offset: float, length: float) -> list[tuple[float, float]]:
    """Where along a line of ``length`` an SVG dash pattern draws ink."""
    spans, start, index = [], -offset, 0
    while start < length:
        if index % 2 == 0:
            spans.append((max(0.0, start), min(length, start + dashes[index % len(dashes)])))
        start += dashes[index % len(dashes)]
        index += 1
    return [(a, b) for a, b in spans if b > a]


def _uncovered(mine: list[tuple[float, float]], other: list[tuple[float, float]]) -> float:
    """How much of ``mine`` no span of ``other`` covers."""
    total = 0.0
    for a, b in mine:
        covered = sum(max(0.0, min(b, d) - max(a, c)) for c, d in other)
        total += (b - a) - covered
    return total


def test_equal_targets_stay_distinguishable_in_the_trend_chart() -> None:
    """Two categories with the same target: each target line shows its colour in the
    other's gaps (neither hides the other), and ends with the category's own marker, side
    by side with the other's."""
    view = make_view(months=6)
    targets = {WORK[0]: 25.0, WORK[1]: 30.0, WORK[2]: 25.0, WORK[3]: 10.0}
    view = replace(view, split=tuple(replace(r, target=targets[r.category]) for r in view.split))
    svg = trend_svg(view)
    lines = {m[5]: m for m in DASHED.findall(svg)}
    first, second = CATEGORY_COLOURS[WORK[0]].lower(), CATEGORY_COLOURS[WORK[2]].lower()
    assert first in lines and second in lines, sorted(lines)
    (x0, y, x1, *_), (x0b, yb, x1b, *_) = lines[first], lines[second]
    assert (x0, y, x1) == (x0b, yb, x1b)  # one line, drawn twice
    length = float(x1) - float(x0)
    ink = {}
    for colour in (first, second):
        dashes = tuple(float(d) for d in lines[colour][3].split(","))
        ink[colour] = _on(dashes, float(lines[colour][4]), length)
    # drawn second, one line would hide the other wherever both have ink: most of each shows
    for mine, other in ((first, second), (second, first)):
        drawn = sum(b - a for a, b in ink[mine])
        assert _uncovered(ink[mine], ink[other]) >= 0.9 * drawn, (mine, ink)
    marks: dict[str, list[float]] = {}
    for x, mark_y, colour in MARK.findall(svg):
        if mark_y == y:
            marks.setdefault(colour, []).append(float(x))
    assert {first, second} <= set(marks), marks  # both end in their own marker ...
    assert abs(max(marks[first]) - max(marks[second])) >= 5  # ... side by side


def test_a_month_too_thin_to_judge_is_a_gap_in_the_trend() -> None:
    from timeaudit.render.charts import _shares
    from timeaudit.render.view import TrendRow

    rows = (
        TrendRow("2026-09", 40.0, (30.0, 30.0, 30.0, 10.0), "fits"),
        TrendRow("2026-10", 2.0, (0.0, 0.0, 100.0, 0.0), "not enough data"),
    )
    shares = _shares(rows, 2)
    assert shares[0] == 30.0 and math.isnan(shares[1])


# -- planning vs doing ------------------------------------------------------------------------
def test_no_planning_months_give_no_planning_chart() -> None:
    assert planning_svg(make_view(months=0)) == ""
    assert planning_svg(replace(make_view(), planning=None)) == ""


def test_the_planning_chart_follows_the_numbers_and_the_band() -> None:
    view = make_view()
    lens = view.planning
    assert lens is not None
    assert planning_svg(view).count("<title>") == 1
    assert planning_svg(replace(view, planning=replace(lens, high=30.0))) != planning_svg(view)
    thin = replace(lens.months[1], judged=False)
    gapped = replace(lens, months=(lens.months[0], thin, lens.months[2]))
    assert planning_svg(replace(view, planning=gapped)) != planning_svg(view)
