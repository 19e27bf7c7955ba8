"""The audit pipeline, one function per step:

sources -> :func:`sync` -> store -> :func:`load` -> :func:`classify` -> :func:`tally`
-> :func:`assess_periods` -> (render, in :mod:`timeaudit.render.report`).

:func:`run_audit` runs them all for a set of people and a period.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

import pandas as pd

from timeaudit.audit import allocate as alloc
from timeaudit.audit import one_on_ones as ones
from timeaudit.audit import rhythms
from timeaudit.audit.assess import assess, planning_col
from timeaudit.audit.periods import Period
from timeaudit.audit.rhythm_pack import (
    Recogniser,
    configured,
    default_rhythm_pack,
    load_rhythm_pack,
)
from timeaudit.audit.uncertainty import pieces_of, share_ranges
from timeaudit.categories import OTHER, UNCLASSIFIED, WORK
from timeaudit.classify.classifier import Classifier
from timeaudit.classify.classifier import classify as tag
from timeaudit.classify.context import add_context, person_context
from timeaudit.classify.planning import flag as planning_flags
from timeaudit.classify.planning import load_planning_pack, planning_pack
from timeaudit.classify.rules import RulePack
from timeaudit.classify.training import build_classifier, rule_pack
from timeaudit.config.paths import model_cache
from timeaudit.config.types import Config, Person, RoleProfile
from timeaudit.connectors.contract import Window
from timeaudit.errors import UsageError
from timeaudit.store.sqlite import Store
from timeaudit.sync.pull import Progress, SourceOutcome, quiet, sync


@dataclass
class AuditResult:
    period: Period
    people: tuple[Person, ...]
    profiles: dict[str, RoleProfile]
    events: pd.DataFrame  # classified, counted, ``hours`` in the period; one row per occurrence
    pieces: pd.DataFrame  # allocation per (event, month) over the trend window
    assessment: pd.DataFrame  # one row per person for the period
    trend: pd.DataFrame  # one row per (person, month) over the trend window
    outcomes: list[SourceOutcome]
    capacity: dict[str, float]  # working hours available per person in the period
    #: Every counted two-person meeting read (:func:`timeaudit.audit.one_on_ones.held`), over
    #: the trend window, so the last 1:1 before the period is found too.
    one_on_ones: pd.DataFrame = field(
        default_factory=lambda: pd.DataFrame(columns=list(ones.HELD_COLUMNS))
    )
    days_away: dict[str, frozenset[date]] = field(default_factory=dict)  # out-of-office dates
    circles: dict[str, ones.Circle] = field(default_factory=dict)  # who each meets 1:1
    history_start: date | None = None  # the first local date read (the trend window's)
    #: How sure the assessment is (:func:`timeaudit.audit.uncertainty.share_ranges`): one
    #: row per person, apart from ``assessment`` so that it stays exactly what the cohort
    #: computes (:func:`period_assessment`). The ``trend`` rows carry theirs as columns.
    ranges: pd.DataFrame = field(default_factory=pd.DataFrame)
    #: The rhythm items' occurrences (:func:`timeaudit.audit.rhythms.occurrences`) over the
    #: trend window, and the recognisers that found them (the config's, then the pack's).
    rhythm_occurrences: pd.DataFrame = field(
        default_factory=lambda: pd.DataFrame(columns=list(rhythms.OCCURRENCE_COLUMNS))
    )
    recognisers: tuple[Recogniser, ...] = ()


# -- sync -----------------------------------------------------------------------------


# -- load and classify ----------------------------------------------------------------


def load(
    store: Store, config: Config, people: Sequence[Person], start: pd.Timestamp, end: pd.Timestamp
) -> pd.DataFrame:
    return prepare(store.events([p.email for p in people], start, end), config, people)


def prepare(stored: pd.DataFrame, config: Config, people: Sequence[Person]) -> pd.DataFrame:
    """Stored rows of ``people`` (:meth:`Store.events`) made ready to classify: copies
    across sources marked, context columns and working hours added, and the planning lens's
    flag (:func:`timeaudit.classify.planning.flag`: it reads the event, never its tag). Row
    by row and owner by owner: the rows of any subset of people come out as they do among
    everyone's."""
    frame = alloc.mark_copies(stored, {p.email: p.sources for p in people})
    contexts = {p.email: person_context(config, p) for p in people}
    hours = {email: (c.work_start, c.work_end) for email, c in contexts.items()}
    frame = alloc.with_working_hours(add_context(frame, contexts), hours)
    return frame.join(planning_flags(frame, planning_recognisers(config)))


def planning_recognisers(config: Config) -> RulePack:
    """The planning lens's recognisers: ``[settings] planning_pack``, else the shipped ones."""
    path = config.settings.planning_pack
    return _planning_pack_at(path) if path else planning_pack()


@functools.lru_cache(maxsize=8)
def _planning_pack_at(path: Path) -> RulePack:
    return load_planning_pack(path)  # read once per run, not once per chunk


def classify(frame: pd.DataFrame, classifier: Classifier) -> pd.DataFrame:
    """Add ``category``, ``confidence``, ``decided_by``, ``rule_id``, ``reason`` and
    ``flagged`` columns (see :mod:`timeaudit.classify.classifier`)."""
    return frame.join(tag(frame, classifier))


# -- count and allocate ---------------------------------------------------------------
def tally(frame: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp) -> pd.DataFrame:
    """Counting rules plus the allocation per (event, month). The frame keeps every row
    (excluded ones with their reason); pieces hold only counted time."""
    return alloc.allocate(frame, start, end, "month")


def hours_by_category(frame: pd.DataFrame, pieces: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Allocated hours per ``keys`` (e.g. owner, period) and category, one column per
    category (work categories, other and unclassified), zeros where none."""
    return _category_table(pieces.join(frame[["category", "planning"]], on="row"), keys)


def _category_table(hours: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Sum ``hours`` per ``keys`` into one column per category, every category present,
    and the planning lens's hours of planning per work category (``planning:<category>``)."""
    columns = [*WORK, OTHER, UNCLASSIFIED]
    table = _summed(hours, keys).reindex(columns=columns, fill_value=0.0).astype(float)
    planned = hours[hours["planning"].astype(bool) & hours["category"].isin(WORK)]
    lens = _summed(planned, keys)
    lens = lens.reindex(index=table.index, columns=list(WORK), fill_value=0.0).astype(float)
    return table.join(lens.rename(columns=planning_col).fillna(0.0))


def _summed(hours: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Hours per ``keys`` (rows) and category (columns), each sum correctly rounded
    (``math.fsum``): pandas' own sum of the same pieces could differ in the last bit with
    the other groups in the frame, so a person's figures depended on who shared their
    chunk (a Dask partition and a cohort chunk disagreed)."""
    sums = hours.groupby([*keys, "category"], sort=True, observed=True)["hours"].agg(math.fsum)
    return sums.unstack("category").fillna(0.0)


def assess_periods(hours: pd.DataFrame, config: Config, people: Sequence[Person]) -> pd.DataFrame:
    profiles = {p.email: config.profile_for(p) for p in people}
    owner_index = hours.index.get_level_values("owner")
    roles = pd.Series(owner_index, index=hours.index)
    return assess(hours, roles, profiles, config.settings.min_work_hours)


# -- the whole run --------------------------------------------------------------------
def run_audit(
    store: Store,
    config: Config,
    people: Sequence[Person],
    period: Period,
    *,
    do_sync: bool = True,
    trend_months: int = 12,
    progress: Progress = quiet,
    cache_dir: Path | None = None,
    data_dir: Path | None = None,
) -> AuditResult:
    if not people:
        raise UsageError(
            "nobody to audit: add a [[people]] entry to the config or pass --ics with --owner"
        )
    first_month = period.trend_first_month(trend_months)
    trend_first = Period.month(first_month).first
    span = Period(period.label, trend_first, period.end)
    run = start_run(store, config, people, span, do_sync, progress, cache_dir, data_dir)
    start, end, outcomes = run.start, run.end, run.outcomes
    frame = classify(load(store, config, people, start, end), run.classifier)
    frame = frame.join(alloc.counting(frame))
    pieces = tally(frame, pd.Timestamp(start), pd.Timestamp(end))
    pieces = _clip_to_people(pieces, people, trend_first, period.end)
    inside = _in_period(frame, people, period)
    away = alloc.days_off(frame)
    meetings = ones.held(frame)
    assessment = _assessment(inside, config, people)
    assessment[ONE_ON_ONE_RED] = red_gaps(meetings, away, config, people, period)
    recognisers = rhythm_recognisers(config)
    return AuditResult(
        period=period,
        people=tuple(people),
        profiles={p.email: config.profile_for(p) for p in people},
        events=inside,
        pieces=pieces,
        assessment=assessment,
        trend=_trend(frame, pieces, config, people),
        outcomes=outcomes,
        capacity=_capacity(config, people, period, away),
        one_on_ones=meetings,
        days_away=away,
        circles=_named_circles(ones.circles(people, config.people), frame),
        history_start=trend_first,
        ranges=_ranges(assessment, inside),
        rhythm_occurrences=rhythms.occurrences(frame, recognisers),
        recognisers=recognisers,
    )


def _named_circles(circles: dict[str, ones.Circle], frame: pd.DataFrame) -> dict[str, ones.Circle]:
    """``circles`` with the names the invitations read give people the config does not
    name (the config's names win)."""
    invited = ones.invited_names(frame)
    return {email: replace(c, names={**invited, **(c.names or {})}) for email, c in circles.items()}


def measured(result: AuditResult, period: Period, today: date) -> ones.Span:
    """What a 1:1 row or a rhythm item of ``period`` (the result's, or a month of it) is
    measured over: up to its end, or to the end of ``today`` when that is earlier (a meeting
    still to come is not held), looking back to the first day the result read."""
    end = max(period.first, min(period.end, today + timedelta(1)))
    return ones.Span(period.first, end, result.history_start or period.first)


def one_on_one_table(
    result: AuditResult, person: Person, today: date, period: Period | None = None
) -> ones.OneOnOnes:
    """``person``'s 1:1 table for the result's period, or for ``period``, a part of it (a
    month of a coach view's span), :func:`measured` as of ``today``."""
    return ones.coverage(
        result.one_on_ones,
        person.email,
        person.tz,
        result.circles.get(person.email, ones.Circle()),
        result.profiles[person.email].one_on_ones,
        measured(result, period or result.period, today),
        result.days_away.get(person.email, frozenset()),
    )


def rhythm_recognisers(config: Config) -> tuple[Recogniser, ...]:
    """The config's ``[[rhythms]]``, then the rhythm pack's recognisers (``[settings]
    rhythm_pack``, else the shipped one)."""
    path = config.settings.rhythm_pack
    pack = load_rhythm_pack(path) if path else default_rhythm_pack()
    return (*configured(config.rhythms), *pack.recognisers)


def rhythm_table(
    result: AuditResult, person: Person, today: date, period: Period | None = None
) -> rhythms.RhythmTable:
    """``person``'s rhythm items for the result's period, :func:`measured` as of ``today``,
    with their share of the period's counted hours; or for ``period``, a part of it (a month
    of a coach view's span), without a share (that needs the part's own hours)."""
    hours, work = None, 0.0
    if period is None:
        events = result.events
        hours = events["hours"].where(events["counted"], 0.0)
        if person.email in result.assessment.index:
            work = float(result.assessment["work_hours"].get(person.email, 0.0))
    return rhythms.rhythm_items(
        result.rhythm_occurrences,
        person.email,
        person.tz,
        result.recognisers,
        measured(result, period or result.period, today),
        result.days_away.get(person.email, frozenset()),
        hours,
        work,
    )


def sync_windows(people: Sequence[Person], period: Period) -> dict[str, Window]:
    """Each person's window over ``period``, in their own zone: what is synced and read."""
    return {p.email: _window(period, p.tz) for p in people}


def union(windows: Mapping[str, Window]) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The span every window lies in: the rows read for everyone (a person's own bounds
    are applied again when their figures are made)."""
    return (
        pd.Timestamp(min(w.start for w in windows.values())),
        pd.Timestamp(max(w.end for w in windows.values())),
    )


@dataclass(frozen=True)
class Run:
    """What every audit of some people starts from: their sources synced (when asked),
    the span of stored rows read for them, and the classifier that tags those rows."""

    outcomes: list[SourceOutcome]
    start: pd.Timestamp
    end: pd.Timestamp
    classifier: Classifier


def start_run(
    store: Store,
    config: Config,
    people: Sequence[Person],
    span: Period,
    do_sync: bool,
    progress: Progress,
    cache_dir: Path | None,
    data_dir: Path | None,
) -> Run:
    """Sync ``people`` over ``span`` in their own zones (when asked), then build the
    classifier from the rule pack, their models and corrections."""
    windows = sync_windows(people, span)
    outcomes = []
    if do_sync:
        outcomes = sync(store, config, people, lambda p: windows[p.email], progress, data_dir)
    start, end = union(windows)
    return Run(outcomes, start, end, classifier_for(store, config, people, cache_dir, progress))


def classifier_for(
    store: Store,
    config: Config,
    people: Sequence[Person],
    cache_dir: Path | None,
    progress: Progress,
) -> Classifier:
    """The classifier every audit of ``people`` uses: the configured rule pack, their
    models and their corrections, models cached in ``cache_dir`` (else the platform's)."""
    contexts = {p.email: person_context(config, p) for p in people}
    return build_classifier(
        store, config, people, rule_pack(config), contexts, cache_dir or model_cache(), progress
    )


def _window(period: Period, tz: str) -> Window:
    start, end = period.bounds(tz)
    return Window(start.to_pydatetime(), end.to_pydatetime())


def period_assessment(
    classified: pd.DataFrame, config: Config, people: Sequence[Person], period: Period
) -> pd.DataFrame:
    """One row per person of ``people`` for ``period`` (what the cohort needs of an audit),
    from their classified rows: counting rules, each person's hours in the period in their
    own zone, then :func:`assess`, and the red 1:1 gap (:func:`one_on_one_gaps`). Exactly
    :attr:`AuditResult.assessment` of a whole run."""
    counted = with_counting(classified)
    assessment = _assessment(_in_period(counted, people, period), config, people)
    assessment[ONE_ON_ONE_RED] = one_on_one_gaps(counted, config, people, period)
    return assessment


def in_period(classified: pd.DataFrame, people: Sequence[Person], period: Period) -> pd.DataFrame:
    """The classified rows of ``people`` overlapping ``period`` in their own zones, with the
    counting rules' ``counted`` and ``excluded_reason`` (worked out unless ``classified``
    has them) and the ``hours`` each contributes."""
    return _in_period(with_counting(classified), people, period)


def with_counting(classified: pd.DataFrame) -> pd.DataFrame:
    """``classified`` with the counting rules' columns, added unless it has them."""
    if "counted" in classified:
        return classified
    return classified.join(alloc.counting(classified))


#: The per-person figure of a red 1:1 gap (:func:`one_on_one_gaps`), for the cohort.
ONE_ON_ONE_RED = "one_on_one_red"


def one_on_one_gaps(
    classified: pd.DataFrame, config: Config, people: Sequence[Person], period: Period
) -> pd.Series:
    """For each of ``people``: 1.0 when one of their direct reports is red on 1:1s over
    ``period`` (:func:`timeaudit.audit.one_on_ones.coverage`, looking back no further than
    the period's first day), 0.0 when none is, NaN when they have no direct reports. What
    the cohort's "managers with a red 1:1 gap" counts; by email, named :data:`ONE_ON_ONE_RED`."""
    counted = with_counting(classified)
    return red_gaps(ones.held(counted), alloc.days_off(counted), config, people, period)


def red_gaps(
    meetings: pd.DataFrame,
    away: Mapping[str, frozenset[date]],
    config: Config,
    people: Sequence[Person],
    period: Period,
) -> pd.Series:
    """:func:`one_on_one_gaps` from the 1:1s held (:func:`timeaudit.audit.one_on_ones.held`)
    and the days away a run has already worked out."""
    org = ones.Org(config.people)
    span = ones.Span(period.first, period.end, period.first)
    circles = {p.email: org.circle(p) for p in people}
    managers = [p for p in people if circles[p.email].reports]  # the others get no figure
    dates = ones.local_dates(meetings, {p.email: p.tz for p in managers})
    values = dict.fromkeys((p.email for p in people), math.nan)
    for p in managers:
        expectation = config.profile_for(p).one_on_ones
        table = ones.coverage_of(
            dates.get(p.email, {}), circles[p.email], expectation, span, away.get(p.email, ())
        )
        values[p.email] = float(table.counts[ones.RED] > 0)
    return pd.Series(values, name=ONE_ON_ONE_RED, dtype=float)


def _clip_to_people(
    pieces: pd.DataFrame, people: Sequence[Person], first: date, end: date
) -> pd.DataFrame:
    """Keep pieces inside each owner's own local window (the union window is wider)."""
    bounds = {p.email: Period("", first, end).bounds(p.tz) for p in people}
    lo = pieces["owner"].map({k: v[0] for k, v in bounds.items()})
    hi = pieces["owner"].map({k: v[1] for k, v in bounds.items()})
    return pieces[(pieces["period_start"] >= lo) & (pieces["period_start"] < hi)]


def _in_period(frame: pd.DataFrame, people: Sequence[Person], period: Period) -> pd.DataFrame:
    """The occurrences overlapping the period in their owner's zone, with the hours each
    contributes to it (0 for excluded ones). Allocated afresh inside the period's own
    bounds, so a period that is not a whole month is exact too."""
    parts = []
    for tz in sorted({p.tz for p in people}):
        owners = [p.email for p in people if p.tz == tz]
        start, end = period.bounds(tz)
        sub = frame[frame["owner"].isin(owners)]
        inside = (sub["start"] < end) & ((sub["end"] > start) | (sub["start"] >= start))
        hours = alloc.allocate(sub, start, end, "month").groupby("row")["hours"].sum()
        out = sub[inside].copy()
        out["hours"] = hours.reindex(out.index, fill_value=0.0).to_numpy()
        parts.append(out)
    return pd.concat(parts) if parts else frame.iloc[:0].assign(hours=0.0)


def _assessment(events: pd.DataFrame, config: Config, people: Sequence[Person]) -> pd.DataFrame:
    table = _category_table(events[events["counted"]], ["owner"])
    table = table.reindex(pd.Index([p.email for p in people], name="owner"), fill_value=0.0)
    return assess_periods(table, config, people)


def _ranges(assessment: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """The range of every share of the period's assessment and the verdict's probability
    (:mod:`timeaudit.audit.uncertainty`), from its counted occurrences."""
    counted = events[events["counted"]]
    hours = counted[["owner", "hours"]].assign(row=counted.index)
    return share_ranges(pieces_of(events, hours, ["owner"]), ["owner"], assessment)


def _trend(
    frame: pd.DataFrame, pieces: pd.DataFrame, config: Config, people: Sequence[Person]
) -> pd.DataFrame:
    """One assessed row per (person, month), each with its ranges and the verdict's
    probability."""
    if pieces.empty:
        return pd.DataFrame()
    keys = ["owner", "period"]
    trend = assess_periods(hours_by_category(frame, pieces, keys), config, people)
    return trend.join(share_ranges(pieces_of(frame, pieces, keys), keys, trend))


def _capacity(
    config: Config,
    people: Sequence[Person],
    period: Period,
    off: Mapping[str, frozenset[date]],
) -> dict[str, float]:
    s = config.settings
    result = {}
    for p in people:
        start, end = period.bounds(p.tz)
        result[p.email] = alloc.working_capacity(
            p.tz, start, end, s.work_start, s.work_end, off.get(p.email, set())
        )
    return result
