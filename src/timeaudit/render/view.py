"""The report's view model: plain, frozen data, every title already redacted where it must
be, every number computed. Templates (``reports/``) and charts only lay it out; they make no
decisions and see no DataFrames."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

import pandas as pd

from timeaudit.audit.assess import (
    FITS,
    NO_DATA,
    VERDICT_LABELS,
    fit_col,
    gap_col,
    headline,
    points,
    share_col,
    target_col,
)
from timeaudit.audit.insights import (
    WEEKDAYS,
    counted_work,
    delegation_candidates,
    fire_kind,
    recurring_fires,
    series_hours,
    week_grid,
)
from timeaudit.audit.periods import Period
from timeaudit.audit.pipeline import AuditResult, one_on_one_table, rhythm_table
from timeaudit.audit.planning import planning_months
from timeaudit.audit.questions import kind_questions
from timeaudit.audit.uncertainty import (
    ALTERNATIVE,
    ALTERNATIVE_PROBABILITY,
    LEVEL,
    PROBABILITY,
    certainty,
    high_col,
    low_col,
)
from timeaudit.categories import FIREFIGHTING, OTHER, STRATEGY, UNCLASSIFIED, WORK
from timeaudit.config.questions import QuestionBank, builtin_bank
from timeaudit.config.types import DEFAULT_MIN_WORK_HOURS, Person
from timeaudit.render.planning import PlanningView, planning_gaps, planning_view
from timeaudit.render.questions import report_questions, rhythm_gaps
from timeaudit.render.rhythm import (
    NO_ITEMS,
    NOT_COMPUTED,
    OneOnOneView,
    RhythmView,
    one_on_one_view,
    rhythm_view,
)
from timeaudit.store.frames import display_titles


@dataclass(frozen=True)
class SplitRow:
    category: str
    hours: float
    share: float
    target: float
    gap: float  # exact, for the numbers (CSV, JSON); reports print ``points``
    fit: str
    ceiling: bool
    #: The range the share falls in for most plausible sets of tags (the view's
    #: ``range_level``, 80%); None where it was not worked out.
    low: float | None = None
    high: float | None = None

    @property
    def points(self) -> int:
        """The gap as a report prints it: the shown share minus the shown target."""
        return points(self.share, self.target)

    @property
    def ranged(self) -> bool:
        return self.low is not None and self.high is not None


@dataclass(frozen=True)
class Excluded:
    reason: str
    events: int
    hours: float


@dataclass(frozen=True)
class Sink:
    title: str
    category: str
    hours: float
    occurrences: int
    recurring: bool
    question: str = ""  # the first matching meeting kind's (question bank), "" when none


@dataclass(frozen=True)
class Delegation:
    title: str
    category: str
    hours: float
    occurrences: int
    why: str


@dataclass(frozen=True)
class Fire:
    title: str
    occurrences: int
    hours: float
    question: str = ""  # the first matching meeting kind's (question bank), "" when none


@dataclass(frozen=True)
class TrendRow:
    month: str
    work_hours: float
    shares: tuple[float, ...]  # in WORK order
    verdict: str  # its label
    lows: tuple[float, ...] = ()  # each share's range, in WORK order; () when not worked out
    highs: tuple[float, ...] = ()
    probability: float | None = None  # the verdict's; None without enough data

    @property
    def judged(self) -> bool:
        """Whether the month had enough counted work hours for a verdict."""
        return self.verdict != VERDICT_LABELS[NO_DATA]


@dataclass(frozen=True)
class Change:
    category: str
    share: float
    before: float
    delta: float  # exact, for the numbers (JSON); reports print ``points``

    @property
    def points(self) -> int:
        """The change as a report prints it: the shown share minus the shown one before."""
        return points(self.share, self.before)


@dataclass(frozen=True)
class Coverage:
    sources: tuple[str, ...]
    occurrences: int
    counted_events: int
    counted_hours: float
    work_hours: float
    other_hours: float
    unclassified_hours: float
    unclassified_events: int
    flagged_events: int
    excluded: tuple[Excluded, ...]
    capacity: float
    unscheduled: float
    problems: tuple[str, ...]


@dataclass(frozen=True)
class WeekView:
    """Hours per weekday (7 rows, Monday first) and hour of day (24 columns), per work
    category; ``peak`` is the largest cell total, for scaling."""

    days: tuple[str, ...]
    cells: dict[str, tuple[tuple[float, ...], ...]]
    peak: float
    by_day: dict[str, tuple[float, ...]]  # hours per weekday, per category
    day_totals: tuple[float, ...]  # hours per weekday, all work categories


@dataclass(frozen=True)
class PersonView:
    name: str
    email: str
    role: str
    role_description: str
    period: str
    tz: str
    coverage: Coverage
    verdict: str
    verdict_label: str
    verdict_reason: str
    split: tuple[SplitRow, ...]
    tolerance: float
    trend: tuple[TrendRow, ...]
    week: WeekView
    sinks: tuple[Sink, ...]
    delegation: tuple[Delegation, ...]
    delegation_hours: float
    fires: tuple[Fire, ...]
    change_label: str  # the month compared with, "" when there is none
    changes: tuple[Change, ...]
    questions: tuple[str, ...]  # the verdict's, then the rhythm gaps' (question bank)
    generated: str
    redacted: bool
    note: str = ""  # the coach's note on the period; "" when redacted (it may quote titles)
    one_on_ones: OneOnOneView = NOT_COMPUTED  # the Rhythm section's 1:1 table
    #: How sure the verdict is (:mod:`timeaudit.audit.uncertainty`): the share of plausible
    #: sets of tags that give it (None without enough data, or not worked out), and the
    #: verdict most of the others give with its share ("" when none does).
    verdict_probability: float | None = None
    verdict_alternative: str = ""
    alternative_probability: float = 0.0
    range_level: float = LEVEL  # the share of plausible sets of tags each range holds
    min_work_hours: float = DEFAULT_MIN_WORK_HOURS  # fewer: not enough data to judge
    rhythm_items: RhythmView = NO_ITEMS  # the Rhythm section's rhythm table
    planning: PlanningView | None = None  # the "Planning vs doing" part (issue 15)

    @property
    def judged(self) -> bool:
        """Whether the period has enough counted work hours for fits and gaps
        (``[settings] min_work_hours``); when not, reports show "no data" where a fit and a
        gap would be."""
        return self.verdict != NO_DATA

    @property
    def sinks_asked(self) -> bool:
        """Whether a time sink has a meeting kind's question: its table gets the column."""
        return any(s.question for s in self.sinks)

    @property
    def fires_asked(self) -> bool:
        """Whether a fire that came back has a meeting kind's question."""
        return any(f.question for f in self.fires)

    @property
    def verdict_certainty(self) -> str:
        """How sure the verdict is, in words ("likely: 87% of plausible tag sets agree");
        "" when there is no probability to give."""
        return certainty(
            self.verdict_probability, self.verdict_alternative, self.alternative_probability
        )

    @property
    def ranged(self) -> bool:
        """Whether the split's shares carry ranges."""
        return any(r.ranged for r in self.split)

    @property
    def verdict_headline(self) -> str:
        """The verdict as the report heads it: its label, or for a fit with an amber
        category or no strategy, what keeps it from a clean one ("fits, with 2 amber")."""
        split = {r.category: r for r in self.split}
        strategy = split.get(STRATEGY)
        if strategy is None:
            return self.verdict_label
        fits = [r.fit for r in self.split]
        return headline(self.verdict, fits, strategy.share, strategy.target)

    @property
    def verdict_class(self) -> str:
        """The verdict's style name: a fit that is not clean is not styled as one."""
        if self.verdict == FITS and self.verdict_headline != self.verdict_label:
            return "fits-with-caveats"
        return self.verdict


def person_view(
    result: AuditResult,
    person: Person,
    *,
    redact: bool = False,
    compare: str | None = None,
    questions: QuestionBank | None = None,
    today: date | None = None,
    notes: Mapping[str, str] | None = None,
) -> PersonView:
    """Everything a report shows about ``person``. ``compare`` names the month to compare
    with (default: the month before the period, when the store holds it); ``notes`` are the
    person's notes by month (:meth:`timeaudit.store.sqlite.Store.notes`)."""
    row = _one_row(result.assessment, person.email)
    if person.email in result.ranges.index:
        row = pd.concat([row, _one_row(result.ranges, person.email)])
    events = result.events[result.events["owner"] == person.email]
    verdict = str(row["verdict"])
    trend = _trend_rows(result, person)
    delegation = _delegation(events, redact)
    change_label, changes = _changes(trend, row, result.period.first_month, compare)
    today = today or date.today()
    bank = questions or builtin_bank()
    one_on_ones = one_on_one_view(one_on_one_table(result, person, today))
    lens = planning_view(row, planning_months(result.trend, person.email), result.period.last_month)
    items = rhythm_view(rhythm_table(result, person, today))
    gaps = (*rhythm_gaps(one_on_ones, items), *planning_gaps(lens))
    return PersonView(
        name=person.name or person.email,
        email=person.email,
        role=person.role,
        role_description=result.profiles[person.email].description,
        period=result.period.label,
        tz=person.tz,
        coverage=_coverage(result, person, events, row),
        verdict=verdict,
        verdict_label=VERDICT_LABELS[verdict],
        verdict_reason=str(row["verdict_reason"]),
        split=tuple(_split_row(row, cat) for cat in WORK),
        tolerance=float(row["tolerance"]),
        trend=trend,
        week=_week(events, person.tz, result.period.bounds(person.tz)),
        sinks=_sinks(events, redact, bank),
        delegation=delegation,
        delegation_hours=sum(d.hours for d in delegation),
        fires=_fires(events, redact, bank),
        change_label=change_label,
        changes=changes,
        questions=report_questions(bank, verdict, gaps),
        generated=today.isoformat(),
        redacted=redact,
        note="" if redact else period_note(notes or {}, result.period),
        one_on_ones=one_on_ones,
        verdict_probability=_probability(row),
        verdict_alternative=alternative(row),
        alternative_probability=_number(row, ALTERNATIVE_PROBABILITY) or 0.0,
        min_work_hours=float(row["min_work_hours"]),
        rhythm_items=items,
        planning=lens,
    )


def period_note(notes: Mapping[str, str], period: Period) -> str:
    """The note of a month's period; for a custom period, the note of every month it
    covers, each headed by its month."""
    if period.label in notes:
        return notes[period.label]
    return "\n\n".join(f"{m}: {notes[m]}" for m in period.months if m in notes)


def _one_row(table: pd.DataFrame, key: str) -> pd.Series:
    """The row of ``table`` labelled ``key`` (the index is unique)."""
    return table.iloc[table.index.get_loc(key)]  # type: ignore[return-value]


def _split_row(row: pd.Series, cat: str) -> SplitRow:
    return SplitRow(
        cat,
        float(row[cat]),
        float(row[share_col(cat)]),
        float(row[target_col(cat)]),
        float(row[gap_col(cat)]),
        str(row[fit_col(cat)]),
        cat == FIREFIGHTING,
        _number(row, low_col(cat)),
        _number(row, high_col(cat)),
    )


def _number(row: pd.Series, col: str) -> float | None:
    """``row[col]`` as a float; None when the row lacks it or it is NaN."""
    value = row.get(col)
    return None if value is None or pd.isna(value) else float(value)


def _probability(row: pd.Series) -> float | None:
    return _number(row, PROBABILITY)


def alternative(row: Mapping[str, object] | pd.Series) -> str:
    """The verdict most other plausible sets of tags give, "" when none (or not known)."""
    value = row.get(ALTERNATIVE)
    return value if isinstance(value, str) else ""


def _coverage(
    result: AuditResult, person: Person, events: pd.DataFrame, row: pd.Series
) -> Coverage:
    counted = events[events["counted"]]
    excluded = events[~events["counted"]]
    by_reason = excluded.groupby("excluded_reason").agg(
        n=("uid", "size"), hours=("duration_min", lambda m: float(m.sum()) / 60.0)
    )
    capacity = result.capacity.get(person.email, 0.0)
    counted_hours = float(counted["hours"].sum())
    mine = [o for o in result.outcomes if o.person == person.email]
    problems = [p for o in mine for p in o.problems] + [o.error for o in mine if o.error]
    return Coverage(
        sources=person.sources,
        occurrences=len(events),
        counted_events=len(counted),
        counted_hours=counted_hours,
        work_hours=float(row["work_hours"]),
        other_hours=float(row[OTHER]),
        unclassified_hours=float(row[UNCLASSIFIED]),
        unclassified_events=int((counted["category"] == UNCLASSIFIED).sum()),
        flagged_events=int(counted["flagged"].sum()) if "flagged" in counted else 0,
        excluded=tuple(Excluded(str(r), int(v.n), float(v.hours)) for r, v in by_reason.iterrows()),
        capacity=capacity,
        unscheduled=max(0.0, capacity - counted_hours),
        problems=tuple(problems),
    )


def _sinks(
    events: pd.DataFrame, redact: bool, bank: QuestionBank, limit: int = 10
) -> tuple[Sink, ...]:
    """Series and one-offs by hours: a recurring series is one sink, and so are one-offs
    of one title (:func:`~timeaudit.audit.insights.series_key`); an event with no hours in
    the period (a multi-day one whose working days fall outside it) is none."""
    counted = counted_work(events).copy()
    if counted.empty:
        return ()
    counted["shown"] = display_titles(counted, redact)
    counted["text"] = counted["title"] + "\n" + counted["description"]
    ranked = series_hours(counted, n=("uid", "size"), recurring=("recurring", "any"), **_KIND_AGG)
    top = ranked.head(limit).copy()
    again = fire_kind(top["raw_title"]).isin(recurring_fires(events)["kind"]) | (top["n"] > 1)
    top["fire"] = (top["category"] == FIREFIGHTING) & again
    top["question"] = kind_questions(top, bank, read_words=not redact)
    return tuple(
        Sink(
            str(r["title"]),
            str(r["category"]),
            float(r["hours"]),
            int(r["n"]),
            bool(r["recurring"]),
            str(r["question"]),
        )
        for r in top.to_dict("records")
    )


#: What a sink's meeting kind is matched on (:func:`timeaudit.audit.questions.kind_questions`):
#: a series is private when any occurrence is, a pair meeting when every one is; it is a
#: fire that came back when it is firefighting of a kind "The same fire, again" lists.
_KIND_AGG = {
    "raw_title": ("title", "first"),
    "text": ("text", "first"),
    "private": ("private", "any"),
    "one_to_one": ("one_to_one", "all"),
    "n_attendees": ("n_attendees", "max"),
}


def _delegation(events: pd.DataFrame, redact: bool) -> tuple[Delegation, ...]:
    found = delegation_candidates(events)
    found["title"] = display_titles(found, redact)
    return tuple(
        Delegation(
            str(r["title"]),
            str(r["category"]),
            float(r["hours"]),
            int(r["occurrences"]),
            str(r["why"]),
        )
        for r in found.to_dict("records")
    )


def _fires(events: pd.DataFrame, redact: bool, bank: QuestionBank) -> tuple[Fire, ...]:
    """Fires that came back; each is matched to a meeting kind by its title alone, as
    firefighting that recurred (not as a series or a pair meeting)."""
    found = recurring_fires(events)
    rows = found.assign(
        text=found["title"], category=FIREFIGHTING, fire=True, recurring=False, one_to_one=False
    ).assign(n_attendees=0)
    found["question"] = kind_questions(rows, bank, read_words=not redact)
    found["title"] = display_titles(found, redact)
    return tuple(
        Fire(str(r["title"]), int(r["occurrences"]), float(r["hours"]), str(r["question"]))
        for r in found.to_dict("records")
    )


def _week(events: pd.DataFrame, tz: str, window: tuple[pd.Timestamp, pd.Timestamp]) -> WeekView:
    grid = week_grid(events, tz, window)
    summed = grid[grid["category"].isin(WORK)].groupby(["category", "weekday", "hour"])["hours"]
    cube = summed.sum().reindex(
        pd.MultiIndex.from_product([WORK, range(7), range(24)]), fill_value=0.0
    )
    grids = cube.to_numpy(dtype=float).reshape(len(WORK), 7, 24)
    cells = {
        cat: tuple(tuple(float(v) for v in day) for day in grids[i]) for i, cat in enumerate(WORK)
    }
    totals = grid.groupby(["weekday", "hour"])["hours"].sum()
    by_day = {cat: tuple(sum(day) for day in rows) for cat, rows in cells.items()}
    day_totals = tuple(sum(by_day[cat][d] for cat in WORK) for d in range(7))
    peak = float(totals.max()) if len(totals) else 0.0
    return WeekView(WEEKDAYS, cells, peak, by_day, day_totals)


def _trend_rows(result: AuditResult, person: Person) -> tuple[TrendRow, ...]:
    if result.trend.empty or person.email not in result.trend.index.get_level_values("owner"):
        return ()
    rows = result.trend.xs(person.email, level="owner").sort_index()
    return tuple(_trend_row(str(month), r) for month, r in rows.iterrows())


def _trend_row(month: str, r: pd.Series) -> TrendRow:
    lows = tuple(_number(r, low_col(c)) for c in WORK)
    highs = tuple(_number(r, high_col(c)) for c in WORK)
    ranged = all(v is not None for v in (*lows, *highs))
    return TrendRow(
        month,
        float(r["work_hours"]),
        tuple(float(r[share_col(c)]) for c in WORK),
        VERDICT_LABELS[str(r["verdict"])],
        tuple(float(v or 0.0) for v in lows) if ranged else (),
        tuple(float(v or 0.0) for v in highs) if ranged else (),
        _probability(r),
    )


def _changes(
    trend: tuple[TrendRow, ...], row: pd.Series, first_month: str, compare: str | None
) -> tuple[str, tuple[Change, ...]]:
    """Shares now against the compared month (default: the month before the period, which
    starts in ``first_month``)."""
    months = {t.month: t for t in trend if t.judged}
    if str(row["verdict"]) == NO_DATA:
        return "", ()  # too little this period to compare
    if compare is None:
        earlier = sorted(m for m in months if m < first_month)
        compare = earlier[-1] if earlier else None
    if compare is None or compare not in months:
        return "", ()
    before = months[compare].shares
    now = [float(row[share_col(c)]) for c in WORK]
    return compare, tuple(Change(c, n, b, n - b) for c, n, b in zip(WORK, now, before, strict=True))
