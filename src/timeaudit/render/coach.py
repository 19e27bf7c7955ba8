"""The coach view: one person's months side by side, with the coach's note on each month.

Built from one pipeline run over the whole span (:func:`coach_span` gives the period to run
it on): the per-month numbers are the run's ``trend`` rows, the time sinks its ``pieces``
joined to the span's events. Like :mod:`timeaudit.render.view`, the result is plain frozen data with
every title already redacted where it must be; the templates only lay it out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from timeaudit.audit import allocate as alloc
from timeaudit.audit import one_on_ones as ones
from timeaudit.audit.assess import (
    NO_DATA,
    VERDICT_LABELS,
    fit_col,
    share_col,
    target_col,
)
from timeaudit.audit.insights import series_hours
from timeaudit.audit.periods import Period
from timeaudit.audit.pipeline import AuditResult, one_on_one_table, rhythm_table
from timeaudit.audit.uncertainty import (
    ALTERNATIVE,
    ALTERNATIVE_PROBABILITY,
    LEVEL,
    PROBABILITY,
    high_col,
    low_col,
    short_certainty,
)
from timeaudit.categories import FIREFIGHTING, OTHER, UNCLASSIFIED, WORK
from timeaudit.config.types import DEFAULT_MIN_WORK_HOURS, Person, Settings
from timeaudit.errors import UsageError
from timeaudit.store.frames import display_titles

#: How many time sinks each month shows.
SINKS_PER_MONTH = 3


@dataclass(frozen=True)
class Cell:
    """One category in one month: its share of counted work hours against the target."""

    category: str
    share: float
    target: float
    fit: str  # green, amber or red; NO_FIT in a month too thin to judge
    ceiling: bool  # firefighting: the target is a ceiling
    low: float | None = None  # the range of the share (the view's range_level); None: unknown
    high: float | None = None

    @property
    def ranged(self) -> bool:
        return self.low is not None and self.high is not None


@dataclass(frozen=True)
class MonthSink:
    title: str
    category: str
    hours: float


@dataclass(frozen=True)
class Month:
    """One column of the coach view. ``has_data`` is False when the month holds no counted
    work time: its numbers are then not shown, never as zeros."""

    month: str
    has_data: bool
    work_hours: float
    unscheduled: float | None  # None when there is nothing to set against capacity
    cells: tuple[Cell, ...]  # in WORK order; empty without data
    verdict: str
    verdict_label: str
    sinks: tuple[MonthSink, ...]
    note: str
    certainty: str = ""  # how sure the verdict is, "likely, 87%"; "" without enough data

    @property
    def judged(self) -> bool:
        """Whether the month had enough counted work hours for a verdict and fits."""
        return self.has_data and self.verdict != NO_DATA


@dataclass(frozen=True)
class RhythmCell:
    """One rhythm item in one month: how many were held and the status that gives."""

    month: str
    held: int | None  # None for a month still to come, or one the item was not part of
    status: str  # green, amber or red; "" when ``held`` is None
    reason: str
    expected: int | None = None  # a rhythm item's expected occurrences; None for a 1:1 line

    @property
    def short(self) -> str:
        """The cell as the table prints it: "2 held", "3 of 4 held"."""
        if self.held is None:
            return ""
        return (
            f"{self.held} held" if self.expected is None else f"{self.held} of {self.expected} held"
        )


@dataclass(frozen=True)
class RhythmLine:
    """One rhythm item across the months (a direct report's 1:1s, the leadership team
    meeting, the quarterly review...), so a coach sees "1:1 with Sara: red twice since we
    agreed to protect it" at a glance."""

    label: str  # "1:1 with Sara Lee", "Leadership team meeting": never a meeting's title
    cells: tuple[RhythmCell, ...]  # in the months' order


@dataclass(frozen=True)
class CoachView:
    name: str
    email: str
    role: str
    tz: str
    first: str
    last: str
    categories: tuple[str, ...]
    tolerance: float
    months: tuple[Month, ...]
    generated: str
    redacted: bool
    range_level: float = LEVEL  # the share of plausible sets of tags each range holds
    min_work_hours: float = DEFAULT_MIN_WORK_HOURS  # a month with fewer: not enough data
    rhythm: tuple[RhythmLine, ...] = ()  # one line per direct report's 1:1s, per item

    def rhythm_in(self, month: str) -> tuple[tuple[str, RhythmCell], ...]:
        """The rhythm of one month, item by item (for the months-as-rows layout)."""
        i = [m.month for m in self.months].index(month)
        return tuple((line.label, line.cells[i]) for line in self.rhythm)

    @property
    def notes(self) -> tuple[Month, ...]:
        """The months that carry a note, oldest first."""
        return tuple(m for m in self.months if m.note)


def coach_span(last: Period, months: int) -> Period:
    """The whole months ending with ``last`` (a month's period), as one period."""
    if months < 1:
        raise UsageError(f"--months {months}: give at least 1")
    if not last.is_month:
        raise UsageError(
            f"{last.label}: the coach view covers whole months; give the last one with "
            "--month (and how many with --months), not --from/--to"
        )
    first = last.trend_first_month(months)
    return Period(f"{first}..{last.label}", Period.month(first).first, last.end)


def coach_view(
    result: AuditResult,
    person: Person,
    settings: Settings,
    notes: Mapping[str, str],
    *,
    redact: bool = False,
    today: date | None = None,
) -> CoachView:
    """``person``'s months of ``result`` (a run over :func:`coach_span`) side by side."""
    span = result.period.months
    trend = _person_trend(result, person.email)
    sinks = _month_sinks(result, person.email, redact)
    capacity = _capacity(result, person, settings, span)
    months = tuple(
        _month(m, trend, sinks.get(m, ()), capacity.get(m), "" if redact else notes.get(m, ""))
        for m in span
    )
    return CoachView(
        name=person.name or person.email,
        email=person.email,
        role=person.role,
        tz=person.tz,
        first=result.period.first_month,
        last=result.period.last_month,
        categories=WORK,
        tolerance=result.profiles[person.email].tolerance,
        months=months,
        generated=(today or date.today()).isoformat(),
        redacted=redact,
        min_work_hours=settings.min_work_hours,
        rhythm=_rhythm(result, person, span, today or date.today()),
    )


def _rhythm(
    result: AuditResult, person: Person, months: list[str], today: date
) -> tuple[RhythmLine, ...]:
    """Each direct report's 1:1s month by month (the report's own table,
    :func:`timeaudit.audit.one_on_ones.coverage`, for each month, measured up to the month's
    end or today, looking back to the start of the span for the last one), then each rhythm
    item month by month."""
    circle = result.circles.get(person.email, ones.Circle())
    if not circle.reports:
        return _rhythm_items(result, person, months, today)
    tables = {
        month: one_on_one_table(result, person, today, Period.month(month))
        for month in months
        if Period.month(month).first <= today
    }
    lines = []
    for i, email in enumerate(circle.reports):
        cells = []
        for month in months:
            table = tables.get(month)
            if table is None:
                cells.append(RhythmCell(month, None, "", "still to come"))
                continue
            row = table.reports[i]
            cells.append(RhythmCell(month, row.held, row.status, row.reason))
        name = next(iter(tables.values())).reports[i].name if tables else email
        lines.append(RhythmLine(f"1:1 with {name}", tuple(cells)))
    return (*lines, *_rhythm_items(result, person, months, today))


def _rhythm_items(
    result: AuditResult, person: Person, months: list[str], today: date
) -> tuple[RhythmLine, ...]:
    """Each rhythm item (leadership team meeting, quarterly review...) month by month: the
    month's own rhythm table, one line per item seen in any month, named by its recogniser
    or config entry; "–" in a month it was not part of."""
    by_month = {
        month: {i.id: i for i in rhythm_table(result, person, today, Period.month(month)).items}
        for month in months
        if Period.month(month).first <= today
    }
    names: dict[str, str] = {}
    for items in by_month.values():
        for seen in items.values():
            names.setdefault(seen.id, seen.name)
    lines = []
    for item_id, name in names.items():
        cells = []
        for month in months:
            item = by_month.get(month, {}).get(item_id)
            if item is None or not item.status:
                cells.append(RhythmCell(month, None, "", item.reason if item else ""))
            else:
                cells.append(RhythmCell(month, item.held, item.status, item.reason, item.expected))
        lines.append(RhythmLine(name, tuple(cells)))
    return tuple(lines)


Row = dict[str, Any]


def _person_trend(result: AuditResult, owner: str) -> dict[str, Row]:
    """The person's trend rows by month ("YYYY-MM"), as plain records."""
    trend = result.trend
    if trend.empty or owner not in trend.index.get_level_values("owner"):
        return {}
    mine = trend[trend.index.get_level_values("owner") == owner]
    months = mine.index.get_level_values("period")
    records = mine.to_dict("records")
    return {str(m): {str(k): v for k, v in r.items()} for m, r in zip(months, records, strict=True)}


def _month(
    month: str,
    trend: Mapping[str, Row],
    sinks: tuple[MonthSink, ...],
    capacity: float | None,
    note: str,
) -> Month:
    row = trend.get(month)
    if row is None or float(row["work_hours"]) <= 0:
        return Month(month, False, 0.0, None, (), "", "", (), note)
    counted = sum(float(row.get(c, 0.0)) for c in (*WORK, OTHER, UNCLASSIFIED))
    unscheduled = None if capacity is None else max(0.0, capacity - counted)
    verdict = str(row["verdict"])
    return Month(
        month=month,
        has_data=True,
        work_hours=float(row["work_hours"]),
        unscheduled=unscheduled,
        cells=tuple(_cell(row, c, judged=verdict != NO_DATA) for c in WORK),
        verdict=verdict,
        verdict_label=VERDICT_LABELS[verdict],
        sinks=sinks,
        note=note,
        certainty=_certainty(row),
    )


#: The fit shown for a month with too few counted work hours to judge
#: (``[settings] min_work_hours``).
NO_FIT = "no data"


def _cell(row: Row, cat: str, *, judged: bool) -> Cell:
    """One category of one month; a month too thin to judge shows no fit, not a red."""
    return Cell(
        cat,
        float(row[share_col(cat)]),
        float(row[target_col(cat)]),
        str(row[fit_col(cat)]) if judged else NO_FIT,
        cat == FIREFIGHTING,
        _number(row, low_col(cat)),
        _number(row, high_col(cat)),
    )


def _number(row: Row, col: str) -> float | None:
    value = row.get(col)
    return None if value is None or value != value else float(value)  # NaN: not known


def _certainty(row: Row) -> str:
    alternative = row.get(ALTERNATIVE)
    return short_certainty(
        _number(row, PROBABILITY),
        alternative if isinstance(alternative, str) else "",
        _number(row, ALTERNATIVE_PROBABILITY) or 0.0,
    )


def _month_sinks(result: AuditResult, owner: str, redact: bool) -> dict[str, tuple[MonthSink, ...]]:
    """The biggest series or one-offs of each month, by the hours allocated to it."""
    pieces = result.pieces[result.pieces["owner"] == owner]
    events = result.events
    cols = ["title", "private", "category", "source", "series_id", "uid"]
    joined = pieces[["row", "period", "hours"]].join(events[cols], on="row", how="inner")
    joined = joined[joined["category"].isin(WORK)]
    if joined.empty:
        return {}
    ranked = series_hours(joined.assign(shown=display_titles(joined, redact)), by=["period"])
    out: dict[str, tuple[MonthSink, ...]] = {}
    for month, table in ranked.groupby(level="period", sort=False):
        top = table.head(SINKS_PER_MONTH)  # already biggest first
        out[str(month)] = tuple(
            MonthSink(str(r["title"]), str(r["category"]), float(r["hours"]))
            for r in top.to_dict("records")
        )
    return out


def _capacity(
    result: AuditResult, person: Person, settings: Settings, months: list[str]
) -> dict[str, float]:
    """Working hours of each of ``months`` in the person's zone, days off taken out."""
    mine = result.events[result.events["owner"] == person.email]
    off = alloc.days_off(mine).get(person.email, frozenset())
    out = {}
    for month in months:
        start, end = alloc.month_bounds(person.tz, month)
        out[month] = alloc.working_capacity(
            person.tz, start, end, settings.work_start, settings.work_end, off
        )
    return out
