"""The report's charts: pure functions from a :class:`PersonView` to inline SVG markup.

Each chart is drawn on its own :class:`~matplotlib.figure.Figure` with an Agg canvas (no
pyplot, no GUI, no global state) inside :func:`matplotlib.rc_context`, and written as SVG
with text as paths, a fixed hash salt and no metadata, so the same view gives the same bytes
and the page needs no fonts and fetches nothing. Only category names, numbers, month labels
and weekday names are drawn: no calendar text reaches a chart.
"""

from __future__ import annotations

import hashlib
import html
import io
import math
import re
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from matplotlib import rc_context
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PolyCollection
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import PercentFormatter
from matplotlib.transforms import blended_transform_factory

from timeaudit.audit.assess import (
    AMBER,
    FITS,
    GREEN,
    NO_DATA,
    OFF_TARGET,
    OVER_PLANNING,
    OVERLOAD,
    RED,
    STUCK,
    UNDER_INVESTED,
)
from timeaudit.categories import CAPABILITY, EXECUTION, FIREFIGHTING, STRATEGY, WORK
from timeaudit.render.view import PersonView, SplitRow, TrendRow, WeekView

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType

#: Colour means one thing. Green, amber and red say how far a share is from its target (the
#: fits, the verdicts); categories take only blues and purples, hues the traffic light never
#: uses (tests/render/test_palette.py keeps every category hue at least 40 degrees from every
#: fit hue). From Paul Tol's colour-blind-safe schemes (muted: indigo, cyan, purple;
#: medium-contrast: light blue), chosen so the four also differ in lightness for grey print.
#: report.css and summary.css repeat these values; the cohort page takes them from here.
CATEGORY_COLOURS: dict[str, str] = {
    STRATEGY: "#332288",
    CAPABILITY: "#88CCEE",
    EXECUTION: "#6699CC",
    FIREFIGHTING: "#AA4499",
}
#: Fit colours: the traffic light, distinct in hue for colour-blind readers and in lightness
#: for grey print; on a page a fit is also an outlined badge with a mark (✓ ~ ✗) and a word.
FIT_COLOURS: dict[str, str] = {GREEN: "#5AAE61", AMBER: "#F6C141", RED: "#B2182B"}
#: "far from", not "off": "off target" is a verdict's name (shown amber).
FIT_LABELS: dict[str, str] = {GREEN: "on target", AMBER: "near target", RED: "far from target"}
#: The trend chart shows at most this many months, the latest ones.
TREND_MONTHS = 12

_MARKERS = {STRATEGY: "o", CAPABILITY: "s", EXECUTION: "^", FIREFIGHTING: "D"}
_INK = "#333333"
_BAND = "#DDDDDD"
_EMPTY = "#F4F4F4"
_UNKNOWN = "#999999"
_WIDTH_IN = 7.5  # 540 pt = 720 CSS px
_RC: dict[RcKeyType, Any] = {
    "svg.fonttype": "path",
    "svg.hashsalt": "timeaudit-charts",
    "font.family": ["DejaVu Sans"],
    "font.size": 9.0,
    "text.color": _INK,
    "axes.labelcolor": _INK,
    "axes.edgecolor": "#777777",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "xtick.color": _INK,
    "ytick.color": _INK,
    "legend.frameon": False,
    "legend.fontsize": 8.5,
}
_NO_METADATA: dict[str, str | None] = {"Date": None, "Creator": None, "Format": None, "Type": None}
#: What matplotlib's ``*{...}`` style sheet set, as inherited attributes of the root.
_ROOT = 'role="img" stroke-linejoin="round" stroke-linecap="butt"'
_ID = re.compile(r' id="([^"]+)"')
_HREF = re.compile(r'href="#([^"]+)"')
_URL = re.compile(r"url\(#([^)]+)\)")


def split_svg(view: PersonView) -> str:
    """Actual share per category as bars coloured by fit, over the shaded target band, with
    a whisker over each bar for the range of its share (when the view has ranges)."""
    title = "Share of work hours per category against target"
    return _drawn(title, _split_figure, view.split, view.tolerance)


def trend_svg(view: PersonView) -> str:
    """Share per category over the last months, with dashed targets; "" without a trend."""
    if not view.trend:
        return ""
    title = "Share of work hours per category by month"
    return _drawn(title, _trend_figure, view.trend[-TREND_MONTHS:], view.split)


def planning_svg(view: PersonView) -> str:
    """Planning's share of work hours by month over the role's shaded band; "" without
    months to draw. A month with too few work hours to judge is a gap."""
    lens = view.planning
    if lens is None or not lens.months:
        return ""
    title = "Planning's share of work hours by month against the role's band"
    months = tuple((m.month, m.share if m.judged else math.nan) for m in lens.months)
    return _drawn(title, _planning_figure, months, lens.low, lens.high)


def week_svg(view: PersonView) -> str:
    """Weekday by hour grid: the busiest category per cell, darker for more hours."""
    return _drawn("Work hours by weekday and hour of day", _week_figure, view.week)


#: Charts already drawn in this process, by what they were drawn from: a bundle, its zips
#: and its redacted copy show the same charts, and drawing is most of a packet's cost.
_DRAWN: OrderedDict[str, str] = OrderedDict()
_DRAWN_MAX = 256


def _drawn(title: str, build: Callable[..., Figure], *inputs: object) -> str:
    """The chart ``build(*inputs)`` draws, from memory when the same inputs were drawn
    before. Every builder reads only its arguments (frozen records of numbers and labels),
    so their ``repr`` is the whole of what decides the bytes."""
    key = f"{build.__name__}\n{title}\n{inputs!r}"
    svg = _DRAWN.get(key)
    if svg is None:
        svg = _render(build, inputs, title)
        _DRAWN[key] = svg
        while len(_DRAWN) > _DRAWN_MAX:
            _DRAWN.popitem(last=False)
    else:
        _DRAWN.move_to_end(key)
    return svg


def _render(build: Callable[..., Figure], inputs: Sequence[object], title: str) -> str:
    with rc_context(_RC):
        figure = build(*inputs)
        out = io.StringIO()
        figure.savefig(out, format="svg", metadata=_NO_METADATA)
    return _clean(out.getvalue(), title)


def _figure(height_in: float) -> Figure:
    figure = Figure(figsize=(_WIDTH_IN, height_in), layout="constrained")
    FigureCanvasAgg(figure)
    return figure


def _clean(svg: str, title: str) -> str:
    """From ``<svg`` on, without comments (matplotlib echoes drawn text in them), indentation
    or a style sheet (it would reach the whole page), titled, and with ids scoped to this
    chart so that several charts can share one page."""
    svg = svg[svg.index("<svg") :]
    svg = re.sub(r"<!--.*?-->|<style[^>]*>.*?</style>", "", svg, flags=re.DOTALL)
    svg = re.sub(r"<defs>\s*</defs>", "", re.sub(r"\n\s+", "\n", svg))
    svg = svg.replace("<svg ", f"<svg {_ROOT} ", 1)
    svg = svg.replace(">", f">\n<title>{html.escape(title)}</title>", 1)
    return _scope_ids(svg, "c" + hashlib.sha256(svg.encode()).hexdigest()[:8])


def _scope_ids(svg: str, prefix: str) -> str:
    """Drop ids nothing refers to; prefix the rest (and their references) with ``prefix``."""
    used = set(_HREF.findall(svg)) | set(_URL.findall(svg))
    svg = _ID.sub(lambda m: f' id="{prefix}-{m[1]}"' if m[1] in used else "", svg)
    svg = _HREF.sub(lambda m: f'href="#{prefix}-{m[1]}"', svg)
    return _URL.sub(lambda m: f"url(#{prefix}-{m[1]})", svg)


# --- split -------------------------------------------------------------------------------


def _split_figure(split: tuple[SplitRow, ...], tolerance: float) -> Figure:
    figure = _figure(0.42 * len(split) + 1.0)
    ax = figure.add_subplot()
    for y, row in enumerate(split):
        _split_row(ax, y, row, _band(row, tolerance))
    ax.set_yticks(range(len(split)), [row.category for row in split])
    ax.set_ylim(len(split) - 0.5, -0.5)
    ax.set_xlim(0, 100)
    ax.xaxis.set_major_formatter(PercentFormatter(decimals=0))
    ax.tick_params(axis="y", length=0)
    ax.spines["left"].set_visible(False)
    ranged = any(row.low is not None and row.high is not None for row in split)
    figure.legend(handles=_split_legend(ranged), loc="outside upper left", ncols=6 if ranged else 5)
    return figure


def _band(row: SplitRow, tolerance: float) -> tuple[float, float]:
    """The shaded range: target ± tolerance, or 0..target for a ceiling."""
    if row.ceiling:
        return 0.0, row.target
    return max(0.0, row.target - tolerance), min(100.0, row.target + tolerance)


def _split_row(ax: Axes, y: int, row: SplitRow, band: tuple[float, float]) -> None:
    low, high = band
    ax.barh(y, high - low, left=low, height=0.8, color=_BAND, zorder=1)
    colour = FIT_COLOURS.get(row.fit, _UNKNOWN)
    ax.barh(y, row.share, height=0.45, color=colour, edgecolor=_INK, linewidth=0.6, zorder=2)
    ax.vlines(row.target, y - 0.4, y + 0.4, colors=_INK, linewidth=1.4, zorder=3)
    if row.low is not None and row.high is not None:
        _whisker(ax, y, row.low, row.high)
    where = blended_transform_factory(ax.transAxes, ax.transData)
    ax.text(1.02, y, _split_label(row, band), transform=where, va="center", ha="left")


def _whisker(ax: Axes, y: float, low: float, high: float) -> None:
    """The share's range: a line from ``low`` to ``high`` across the bar, capped at both
    ends (a range of no width is a single cap: the share is certain)."""
    ax.hlines(y, low, high, colors=_INK, linewidth=1.2, zorder=4)
    ax.vlines([low, high], y - 0.14, y + 0.14, colors=_INK, linewidth=1.2, zorder=4)


def _split_label(row: SplitRow, band: tuple[float, float]) -> str:
    aim = f"≤ {band[1]:.0f}%" if row.ceiling else f"{band[0]:.0f}–{band[1]:.0f}%"
    spread = ""
    if row.low is not None and row.high is not None:
        spread = f" ({row.low:.0f}–{row.high:.0f}%)"
    return f"{row.share:.0f}%{spread}  {FIT_LABELS.get(row.fit, row.fit)} (target {aim})"


def _split_legend(ranged: bool) -> list[Patch | Line2D]:
    band = Patch(facecolor=_BAND, label="target band")
    target = Line2D([], [], color=_INK, linewidth=1.4, label="target")
    fits = [
        Patch(facecolor=FIT_COLOURS[f], edgecolor=_INK, label=FIT_LABELS[f]) for f in FIT_COLOURS
    ]
    whisker = Line2D(
        [], [], color=_INK, linewidth=1.2, marker="|", markersize=7, label="range of the share"
    )
    return [band, target, *fits, *([whisker] if ranged else [])]


# --- trend -------------------------------------------------------------------------------


def _trend_figure(rows: tuple[TrendRow, ...], split: tuple[SplitRow, ...]) -> Figure:
    targets = {row.category: row.target for row in split}
    figure = _figure(3.0)
    ax = figure.add_subplot()
    for index, category in enumerate(WORK):
        _trend_line(ax, category, _shares(rows, index))
    end = len(rows) - 0.5
    _target_lines(ax, targets, end)
    months = _month_labels([row.month for row in rows])
    ax.set_xticks([*range(len(rows)), end + _TARGET_SLOT / 2], [*months, "target"])
    ax.set_xlim(-0.5, end + _TARGET_SLOT)
    ax.set_ylim(0, _top(rows, targets.values()))
    ax.yaxis.set_major_formatter(PercentFormatter(decimals=0))
    ax.grid(axis="y", color="#E6E6E6", linewidth=0.8)
    ax.set_axisbelow(True)
    figure.legend(handles=_trend_legend(), loc="outside upper left", ncols=5)
    return figure


def _month_labels(months: list[str]) -> list[str]:
    """Each month (YYYY-MM) as its number, with the year below where a year starts and on
    the first month: twelve labels fit the axis side by side."""
    labels = []
    for i, month in enumerate(months):
        year, _, number = month.partition("-")
        first = i == 0 or not months[i - 1].startswith(year)
        labels.append(f"{number}\n{year}" if number and first else number or month)
    return labels


def _shares(rows: tuple[TrendRow, ...], index: int) -> list[float]:
    """One category's share per month; a month with too few work hours to judge
    (``[settings] min_work_hours``) is a gap, not a point: two hours would swing a share by
    tens of points."""
    return [row.shares[index] if row.judged else math.nan for row in rows]


def _trend_line(ax: Axes, category: str, shares: list[float]) -> None:
    colour = CATEGORY_COLOURS.get(category, _UNKNOWN)
    marker = _MARKERS.get(category, "o")
    ax.plot(
        range(len(shares)),
        shares,
        color=colour,
        marker=marker,
        markersize=5,
        markeredgecolor=_INK,
        markeredgewidth=0.5,
        linewidth=1.8,
    )


#: Targets closer than this many points would draw one line over the other: they share it.
_TARGET_NEAR = 1.5
#: A target line's dash and the gap after it, in line widths.
_DASH, _GAP = 5.0, 3.0
#: Room right of the last month for the markers that end the target lines, in months.
_TARGET_SLOT = 1.4
_TARGET_STEP = 0.3


def _target_lines(ax: Axes, targets: dict[str, float], end: float) -> None:
    """A dashed line per target in the category's colour, ended right of the last month by
    the category's marker. Targets that (nearly) coincide share their line in turns, each
    category's dashes in the gaps of the others', and their markers stand side by side, so
    two equal targets never hide one another."""
    for group in _target_groups(targets):
        period = len(group) * (_DASH + _GAP)
        for turn, category in enumerate(group):
            colour = CATEGORY_COLOURS.get(category, _UNKNOWN)
            offset = (-turn * (_DASH + _GAP)) % period
            dashes = (offset, (_DASH, period - _DASH))
            ax.axhline(targets[category], color=colour, linestyle=dashes, linewidth=1.1, zorder=1)
            ax.plot(
                [end + _TARGET_STEP * (turn + 1)],
                [targets[category]],
                linestyle="none",
                color=colour,
                marker=_MARKERS.get(category, "o"),
                markersize=5,
                markeredgecolor=_INK,
                markeredgewidth=0.5,
                zorder=3,
            )


def _target_groups(targets: dict[str, float]) -> list[list[str]]:
    """The categories by target, those within :data:`_TARGET_NEAR` of the next in one group."""
    groups: list[list[str]] = []
    for category in sorted(targets, key=lambda c: targets[c]):
        if groups and targets[category] - targets[groups[-1][-1]] < _TARGET_NEAR:
            groups[-1].append(category)
        else:
            groups.append([category])
    return groups


def _top(rows: tuple[TrendRow, ...], targets: Iterable[float]) -> float:
    """The y limit: the highest share or target, rounded up to the next ten, at most 100."""
    values = [*(s for row in rows for s in row.shares), *targets]
    return float(min(100, 10 * math.ceil((max(values, default=0.0) + 5) / 10)))


def _trend_legend() -> list[Line2D]:
    lines = [
        Line2D(
            [],
            [],
            color=colour,
            marker=_MARKERS.get(cat, "o"),
            markersize=5,
            markeredgecolor=_INK,
            markeredgewidth=0.5,
            label=cat,
        )
        for cat, colour in CATEGORY_COLOURS.items()
    ]
    dashes = (0, (_DASH, _GAP))
    target = Line2D([], [], color=_INK, linestyle=dashes, linewidth=1.1, label="target")
    return [*lines, target]


# --- planning vs doing --------------------------------------------------------------------
_PLANNING_INK = "#555555"  # not a category's colour nor a fit's: planning cuts across both


def _planning_figure(months: tuple[tuple[str, float], ...], low: float, high: float) -> Figure:
    figure = _figure(2.4)
    ax = figure.add_subplot()
    shares = [share for _, share in months]
    ax.axhspan(low, high, color=_BAND, linewidth=0, zorder=0)
    ax.plot(range(len(shares)), shares, color=_PLANNING_INK, marker="o", markersize=5,
            markeredgecolor=_INK, markeredgewidth=0.5, linewidth=1.8)  # fmt: skip
    ax.set_xticks(range(len(months)), _month_labels([month for month, _ in months]))
    ax.set_xlim(-0.5, len(months) - 0.5)
    drawn = [s for s in shares if not math.isnan(s)]
    ax.set_ylim(0, float(min(100, 10 * math.ceil((max([*drawn, high]) + 5) / 10))))
    ax.yaxis.set_major_formatter(PercentFormatter(decimals=0))
    ax.grid(axis="y", color="#E6E6E6", linewidth=0.8)
    ax.set_axisbelow(True)
    legend = [
        Line2D([], [], color=_PLANNING_INK, marker="o", markersize=5, markeredgecolor=_INK,
               markeredgewidth=0.5, label="planning"),
        Patch(facecolor=_BAND, label=f"band {low:.0f}-{high:.0f}%"),
    ]  # fmt: skip
    figure.legend(handles=legend, loc="outside upper left", ncols=2)
    return figure


# --- week --------------------------------------------------------------------------------


def _week_figure(week: WeekView) -> Figure:
    figure = _figure(2.9)
    ax = figure.add_subplot()
    cells = [(d, h, *_cell(week, d, h)) for d in range(len(week.days)) for h in range(24)]
    squares = [[(h, d), (h + 1, d), (h + 1, d + 1), (h, d + 1)] for d, h, _, _ in cells]
    colours = [colour for _, _, colour, _ in cells]
    ax.add_collection(PolyCollection(squares, facecolors=colours, edgecolors="white"))
    for d, h, colour, category in cells:
        if category:
            _cell_mark(ax, d, h, colour, category)
    _week_axes(ax, week.days, week.peak)
    figure.legend(handles=_week_legend(), loc="outside upper left", ncols=4)
    return figure


def _cell(week: WeekView, day: int, hour: int) -> tuple[str, str]:
    """A cell's colour and its busiest category ("" when empty): the category's colour,
    blended with white the less the cell holds against the week's peak."""
    hours = {cat: week.cells[cat][day][hour] for cat in WORK if cat in week.cells}
    total = sum(hours.values())
    if total <= 0 or week.peak <= 0:
        return _EMPTY, ""
    category = max(hours, key=lambda cat: hours[cat])
    strength = 0.2 + 0.8 * min(1.0, total / week.peak)
    return _blend(CATEGORY_COLOURS.get(category, _UNKNOWN), strength), category


def _blend(colour: str, strength: float) -> str:
    rgb = [1 - strength * (1 - c) for c in to_rgb(colour)]
    return "#" + "".join(f"{round(255 * c):02X}" for c in rgb)


def _cell_mark(ax: Axes, day: int, hour: int, colour: str, category: str) -> None:
    """The category's initial in the cell, so the grid reads without colour too."""
    red, green, blue = to_rgb(colour)
    ink = "white" if 0.2126 * red + 0.7152 * green + 0.0722 * blue < 0.45 else _INK
    ax.text(
        hour + 0.5, day + 0.5, _initial(category), ha="center", va="center", fontsize=6.5, color=ink
    )


def _initial(category: str) -> str:
    return category[:1].upper()


def _week_axes(ax: Axes, days: tuple[str, ...], peak: float) -> None:
    ax.set_xlim(0, 24)
    ax.set_ylim(len(days), 0)
    ax.set_yticks([d + 0.5 for d in range(len(days))], list(days))
    ax.set_xticks([h + 0.5 for h in range(0, 24, 2)], [f"{h:02d}" for h in range(0, 24, 2)])
    ax.set_xlabel(_week_note(peak))
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)


def _week_note(peak: float) -> str:
    if peak <= 0:
        return "hour of day; no work hours in this period"
    return f"hour of day; the darker a cell, the more hours (busiest cell: {peak:.1f} h)"


def _week_legend() -> list[Patch]:
    return [
        Patch(facecolor=colour, label=f"{_initial(cat)}  {cat}")
        for cat, colour in CATEGORY_COLOURS.items()
    ]


# --- cohort verdicts ---------------------------------------------------------------------

#: One colour per verdict for the cohort page, in the traffic light's hues as the report's
#: verdict box has them: green fits, ambers for a split off its targets, reds for stuck in
#: execution and firefighting overload (lighter to darker), grey without data; never a
#: category's hue. The page's legend and tables name each one, so colour never carries the
#: meaning alone.
VERDICT_COLOURS: dict[str, str] = {
    FITS: FIT_COLOURS[GREEN],
    STUCK: "#D6604D",
    OVERLOAD: FIT_COLOURS[RED],
    OVER_PLANNING: FIT_COLOURS[AMBER],
    UNDER_INVESTED: "#DDAA33",
    OFF_TARGET: "#B8860B",
    NO_DATA: "#BBBBBB",
}
_BAR_SIZE_IN = (2.4, 0.2)


def verdict_bar_svg(counts: Sequence[tuple[str, str, int]]) -> str:
    """One small stacked bar: how a group's people spread over the verdicts, as
    ``(verdict, label, people)`` in the legend's order. No text is drawn (the page's table
    says the numbers), so nothing from a roster can reach the chart; the title gives the
    counts for screen readers."""
    total = sum(n for _, _, n in counts)
    title = f"Verdicts of {total} people: " + ", ".join(f"{n} {lab}" for _, lab, n in counts if n)
    return _drawn(title, _verdict_bar_figure, tuple(counts), total)


def _verdict_bar_figure(counts: Sequence[tuple[str, str, int]], total: int) -> Figure:
    figure = Figure(figsize=_BAR_SIZE_IN)
    FigureCanvasAgg(figure)
    ax = figure.add_axes((0.0, 0.0, 1.0, 1.0))
    left = 0.0
    for verdict, _, n in counts:
        if n <= 0:
            continue
        width = n / total
        colour = VERDICT_COLOURS.get(verdict, _UNKNOWN)
        ax.barh(0, width, left=left, height=1.0, color=colour, edgecolor="white", linewidth=0.8)
        left += width
    ax.set_xlim(0, 1)
    ax.set_ylim(-0.5, 0.5)
    ax.set_axis_off()
    figure.patch.set_alpha(0.0)
    return figure
