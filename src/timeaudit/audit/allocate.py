"""Which events count, and how their hours fall into an owner's months and weeks.

This is the arithmetic the audit rests on (DESIGN.md, "What counts"):

* :func:`counting` decides, row by row, whether an event counts, and if not, why.
* :func:`allocate` clips counted events to a window, splits them at the period boundaries of
  their owner's zone and divides overlapping minutes equally, so an owner's allocated hours
  add up to the wall-clock time they were busy.
* :func:`working_capacity` and :func:`days_off` give the working hours the split is set
  against ("unscheduled working hours" = capacity - busy hours inside working time).
* :func:`multi_day` and :func:`working_spans` say what time an event takes: its own start to
  end, except a timed event of more than a day (an offsite Monday 09:00 to Wednesday 17:00),
  which takes only its owner's working hours of the days it covers. Allocation, the week grid
  and days off all read time through :func:`working_spans`.

Periods are local: a month runs from local midnight on the 1st to local midnight on the 1st
of the next month, a week from local midnight on an ISO Monday, both turned into UTC
instants so a DST month has its real length (March 2026 in Berlin is 743 hours).

Typical use::

    frame = add_context(events_to_frame(events), people)
    frame = frame.join(counting(frame))
    start, end = month_bounds("Europe/Berlin", "2026-10")
    hours = allocate(frame, start, end)          # one row per (event, month)

For a roster in several zones, clip with :func:`months_span` (the widest window) and select
pieces by their ``period`` label, which is always in the owner's own zone.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from datetime import date, timedelta
from typing import Literal

import numpy as np
import numpy.typing as npt
import pandas as pd

from timeaudit.audit.periods import add_months, first_day
from timeaudit.config.types import DEFAULT_WORK_END, DEFAULT_WORK_START
from timeaudit.model import Busy, Kind, Response, Status

REASON_CANCELLED = "cancelled"
REASON_DECLINED = "declined"
REASON_ALL_DAY = "all-day"
REASON_OUT_OF_OFFICE = "out of office (all day)"
REASON_WORKING_LOCATION = "working location"
REASON_BIRTHDAY = "birthday"
REASON_FREE = "free"
REASON_WORKING_ELSEWHERE = "working elsewhere"
REASON_ZERO_LENGTH = "zero length"
#: The same occurrence (iCalendar UID and recurrence id) read from another of the owner's
#: sources too: an Outlook mailbox and a Google calendar both invited, an export beside the
#: account. Counted once, from the source the person lists first.
REASON_COPY = "also on another of their calendars"
#: A response or busy value outside the model's enums (a bug upstream): never counted.
REASON_UNKNOWN = "unknown response or busy status"

#: Responses meaning the owner attends, and busy values that block their time.
ATTENDING = frozenset(
    r.value
    for r in (
        Response.ORGANIZER,
        Response.ACCEPTED,
        Response.TENTATIVE,
        Response.NEEDS_ACTION,
        Response.NONE,
    )
)
BLOCKING = frozenset(b.value for b in (Busy.BUSY, Busy.TENTATIVE, Busy.OUT_OF_OFFICE))

#: A timed event whose end is more than this many hours after its start on its owner's local
#: clock is a multi-day event (:func:`multi_day`): it crosses at least one local midnight and
#: is longer than anyone works in one go, so it marks days (an offsite, a conference, a
#: hackathon), and counts only inside working hours. A day, not less: a night flight or an
#: incident from 22:00 to 02:00 was lived through, and counts as it is.
MULTI_DAY_HOURS = 24.0
#: The columns giving each row's owner's working hours (local hours of the day);
#: :func:`with_working_hours` adds them, and without them 8 to 18 is assumed.
WORK_START, WORK_END = "work_start", "work_end"

Freq = Literal["month", "week"]
#: The columns :func:`allocate` returns, in order.
ALLOCATION_COLUMNS = ("row", "owner", "period", "period_start", "hours", "wall_hours")

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]

_US_PER_HOUR = 3_600_000_000
_STEP = {"month": "MS", "week": "7D"}  # pandas frequency of each period's starts


# --- what counts -----------------------------------------------------------------------


def localize(tz: str, wall: pd.DatetimeIndex, *, earliest: bool = True) -> pd.DatetimeIndex:
    """Wall-clock times in ``tz`` as UTC instants. A time a DST gap skips becomes the first
    instant after the gap; a time a DST fold repeats takes its first occurrence (its last
    when ``earliest`` is false). So a day starts at the first instant of that local date."""
    ambiguous = np.full(len(wall), earliest)
    local = wall.as_unit("us").tz_localize(tz, ambiguous=ambiguous, nonexistent="shift_forward")
    return local.tz_convert("UTC")


def month_bounds(tz: str, month: str) -> tuple[pd.Timestamp, pd.Timestamp]:
    """UTC instants of local midnight on the 1st of ``month`` and of the month after."""
    first = first_day(month)
    edges = localize(tz, pd.DatetimeIndex([first, add_months(first, 1)]))
    return edges[0], edges[1]


def months_span(zones: Iterable[str], first: str, last: str) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The smallest UTC window holding months ``first``..``last`` in every zone of
    ``zones``: the clipping window for a roster whose people live in different zones."""
    bounds = [(month_bounds(tz, first)[0], month_bounds(tz, last)[1]) for tz in set(zones)]
    if not bounds:
        return month_bounds("UTC", first)[0], month_bounds("UTC", last)[1]
    return min(b[0] for b in bounds), max(b[1] for b in bounds)


def counting(frame: pd.DataFrame) -> pd.DataFrame:
    """``counted`` (bool) and ``excluded_reason`` ("" when counted) for every row of
    ``frame``, on its index. The first matching reason wins, in the order of
    :func:`_exclusions`, so a cancelled, declined all-day event reads "cancelled"."""
    rules = _exclusions(frame)
    reason = np.select([cond for cond, _ in rules], [text for _, text in rules], default="")
    return pd.DataFrame(
        {
            "counted": pd.Series(reason == "", index=frame.index, dtype=bool),
            "excluded_reason": pd.Series(reason, index=frame.index, dtype=str),
        }
    )


def _exclusions(frame: pd.DataFrame) -> list[tuple[npt.NDArray[np.bool_], str]]:
    """(condition, reason) pairs in precedence order, as plain boolean arrays."""
    busy, kind, response = frame["busy"], frame["kind"], frame["response"]
    all_day = frame["all_day"].to_numpy(dtype=bool)
    oof = ((busy == Busy.OUT_OF_OFFICE.value) | (kind == Kind.OUT_OF_OFFICE.value)).to_numpy()
    duplicate = frame["duplicate"] if "duplicate" in frame else pd.Series(False, index=frame.index)
    rules = [
        (duplicate, REASON_COPY),
        (frame["status"] == Status.CANCELLED.value, REASON_CANCELLED),
        (response == Response.DECLINED.value, REASON_DECLINED),
        (
            (all_day | _whole_local_days(frame, oof & ~all_day) | multi_day(frame)) & oof,
            REASON_OUT_OF_OFFICE,
        ),
        (all_day, REASON_ALL_DAY),
        (kind == Kind.WORKING_LOCATION.value, REASON_WORKING_LOCATION),
        (kind == Kind.BIRTHDAY.value, REASON_BIRTHDAY),
        (busy == Busy.FREE.value, REASON_FREE),
        (busy == Busy.WORKING_ELSEWHERE.value, REASON_WORKING_ELSEWHERE),
        (frame["end"] <= frame["start"], REASON_ZERO_LENGTH),
        (~response.isin(ATTENDING) | ~busy.isin(BLOCKING), REASON_UNKNOWN),
    ]
    return [(np.asarray(cond, dtype=bool), text) for cond, text in rules]


def mark_copies(frame: pd.DataFrame, sources: Mapping[str, Sequence[str]]) -> pd.DataFrame:
    """``frame`` with a ``duplicate`` column: True for every row whose occurrence (owner,
    iCalendar UID, recurrence id) also comes from a source the owner lists earlier in
    ``sources`` (unknown sources last, then by name). Rows without an iCalendar UID (stored
    before it was kept) are never copies."""
    ical = frame["ical_uid"] if "ical_uid" in frame else pd.Series("", index=frame.index)
    keys = pd.DataFrame(
        {"owner": frame["owner"], "ical": ical, "rid": frame["recurrence_id"]}, index=frame.index
    )
    duplicate = np.zeros(len(frame), dtype=bool)
    # only occurrences that come more than once need their sources ranked (usually few)
    shared = np.flatnonzero(keys.duplicated(keep=False).to_numpy() & (ical != "").to_numpy())
    if not len(shared):
        return frame.assign(duplicate=duplicate)
    order = {
        (owner, source): rank
        for owner, listed in sources.items()
        for rank, source in enumerate(listed)
    }
    some = keys.iloc[shared].assign(source=frame["source"].iloc[shared].to_numpy(), pos=shared)
    some["rank"] = [
        order.get((o, src), len(order))
        for o, src in zip(some["owner"], some["source"], strict=True)
    ]
    ranked = some.sort_values(["rank", "source"], kind="stable")
    copies = ranked.duplicated(["owner", "ical", "rid"]).to_numpy()
    duplicate[ranked["pos"].to_numpy()[copies]] = True
    return frame.assign(duplicate=duplicate)


def _whole_local_days(frame: pd.DataFrame, rows: npt.NDArray[np.bool_]) -> npt.NDArray[np.bool_]:
    """Which of ``rows`` run from a local midnight to a later one, in the event's own zone
    (else the owner's, else UTC, as :func:`days_off` reads them): an absence given times
    instead of dates (Google always does; Outlook does
    when "all day" is off) is a day off all the same."""
    whole = np.zeros(len(frame), dtype=bool)
    picked = np.flatnonzero(rows)
    some = frame.iloc[picked]
    for at, start, end in _local_clock(some, _event_zones(some)):
        midnights = (start == start.normalize()) & (end == end.normalize()) & (end > start)
        whole[picked[at]] = np.asarray(midnights, dtype=bool)
    return whole


# --- what time an event takes ---------------------------------------------------------------


def with_working_hours(
    frame: pd.DataFrame, hours: Mapping[str, tuple[float, float]]
) -> pd.DataFrame:
    """``frame`` with :data:`WORK_START` and :data:`WORK_END` columns: each row's owner's
    working hours from ``hours`` (owner -> (start, end), local hours of the day), the
    defaults for owners not in it."""
    owner = frame["owner"]
    return frame.assign(
        **{
            WORK_START: owner.map({o: h[0] for o, h in hours.items()}).fillna(DEFAULT_WORK_START),
            WORK_END: owner.map({o: h[1] for o, h in hours.items()}).fillna(DEFAULT_WORK_END),
        }
    ).astype({WORK_START: float, WORK_END: float})


def multi_day(frame: pd.DataFrame) -> npt.NDArray[np.bool_]:
    """Which rows are multi-day events: timed (not all-day) and more than
    :data:`MULTI_DAY_HOURS` from start to end on the owner's local clock (``person_tz``,
    else UTC), so they cross at least one local midnight. The clock, not the elapsed time:
    a 24-hour event across a DST night is not tipped over by the extra hour."""
    out = np.zeros(len(frame), dtype=bool)
    if not len(frame):
        return out
    timed = ~frame["all_day"].to_numpy(dtype=bool) if "all_day" in frame else ~out
    elapsed = _micros(frame["end"]) - _micros(frame["start"])
    # a DST change moves the clock by at most a few hours: only long rows need reading
    picked = np.flatnonzero(timed & (elapsed > (MULTI_DAY_HOURS - 3) * _US_PER_HOUR))
    if not len(picked):
        return out
    some = frame.iloc[picked]
    for at, start, end in _local_clock(some, _owner_zones(some)):
        out[picked[at]] = np.asarray(end - start > pd.Timedelta(hours=MULTI_DAY_HOURS), dtype=bool)
    return out


def working_spans(frame: pd.DataFrame, rows: npt.NDArray[np.bool_] | None = None) -> pd.DataFrame:
    """The stretches of time each of ``rows`` (default: every row) takes: ``pos`` (the row's
    position in ``frame``), ``a`` and ``b`` (microseconds since the epoch), by pos, then a.

    An event takes its start to its end. A multi-day event (:func:`multi_day`) takes, on
    each local day it covers, its own time cut to its owner's working hours that day
    (:data:`WORK_START`..:data:`WORK_END`, else 8 to 18, in ``person_tz``): weekdays, and a
    Saturday or Sunday only when the event starts or ends on it (a hackathon from Saturday
    10:00 to Sunday 16:00 says it is on the weekend; a conference from Friday to Monday does
    not). So an offsite from Monday 09:00 to Wednesday 17:00 takes 9 + 10 + 9 hours, not 56.
    A day whose working hours it misses gives no stretch."""
    chosen = np.ones(len(frame), dtype=bool) if rows is None else np.asarray(rows, dtype=bool)
    multi = chosen & multi_day(frame)
    plain = np.flatnonzero(chosen & ~multi)
    start, end = _micros(frame["start"]), _micros(frame["end"])
    parts = [pd.DataFrame({"pos": plain, "a": start[plain], "b": end[plain]}, dtype=np.int64)]
    if multi.any():
        parts.append(_working_days(frame, np.flatnonzero(multi)))
    spans = pd.concat(parts, ignore_index=True).sort_values(["pos", "a"], kind="stable")
    return spans.reset_index(drop=True)


def _working_days(frame: pd.DataFrame, picked: Ints) -> pd.DataFrame:
    """``pos``, ``a``, ``b`` of the working-hours stretches of the multi-day rows
    ``picked`` (positions), one per day that has one."""
    some = frame.iloc[picked]
    zones = _owner_zones(some)
    opens = _column(some, WORK_START, DEFAULT_WORK_START)
    closes = _column(some, WORK_END, DEFAULT_WORK_END)
    start, end = _micros(some["start"]), _micros(some["end"])
    parts = []
    for tz in np.unique(zones):
        at = np.flatnonzero(zones == tz)
        first = _local_midnights(some["start"].iloc[at], str(tz))
        last = _local_midnights(some["end"].iloc[at] - pd.Timedelta(1, "us"), str(tz))
        counts = np.asarray((last - first).days + 1, dtype=np.int64)
        one = np.repeat(at, counts)  # one per (event, local day)
        days = first.repeat(counts) + pd.to_timedelta(_ranks(counts), unit="D")
        said = (days == first.repeat(counts)) | (days == last.repeat(counts))
        day_open = localize(str(tz), days + pd.to_timedelta(opens[one], unit="h"))
        day_close = localize(str(tz), days + pd.to_timedelta(closes[one], unit="h"), earliest=False)
        a = np.maximum(_micros(day_open), start[one])
        b = np.minimum(_micros(day_close), end[one])
        keep = ((np.asarray(days.day_of_week) < 5) | np.asarray(said)) & (b > a)
        parts.append(pd.DataFrame({"pos": picked[one[keep]], "a": a[keep], "b": b[keep]}))
    return pd.concat(parts, ignore_index=True).astype(np.int64)


def _owner_zones(frame: pd.DataFrame) -> npt.NDArray[np.str_]:
    if "person_tz" not in frame:
        return np.full(len(frame), "UTC")
    return np.asarray(frame["person_tz"].fillna("UTC").to_numpy(), dtype=str)


def _event_zones(frame: pd.DataFrame) -> npt.NDArray[np.str_]:
    """Each row's own zone (the ``tz`` column: the one its times were written in), else
    its owner's, else UTC: where an all-day or a whole-day event's dates are read."""
    owners = _owner_zones(frame)
    if "tz" not in frame:
        return owners
    own = np.asarray(frame["tz"].fillna("").to_numpy(), dtype=str)
    return np.where(own != "", own, owners)


def _local_clock(
    frame: pd.DataFrame, zones: npt.NDArray[np.str_]
) -> Iterator[tuple[npt.NDArray[np.intp], pd.DatetimeIndex, pd.DatetimeIndex]]:
    """Per zone of ``zones`` (one per row of ``frame``): the positions of its rows, and
    their starts and ends as wall-clock times in that zone (naive)."""
    for tz in np.unique(zones):
        at = np.flatnonzero(zones == tz)
        start = pd.DatetimeIndex(frame["start"].iloc[at]).tz_convert(str(tz)).tz_localize(None)
        end = pd.DatetimeIndex(frame["end"].iloc[at]).tz_convert(str(tz)).tz_localize(None)
        yield at, start, end


def _column(frame: pd.DataFrame, name: str, default: float) -> Floats:
    if name not in frame:
        return np.full(len(frame), default)
    return frame[name].fillna(default).to_numpy(dtype=np.float64)


def _local_midnights(moments: pd.Series, tz: str) -> pd.DatetimeIndex:
    """The local date of each instant in ``tz``, as naive midnights."""
    return pd.DatetimeIndex(moments).tz_convert(tz).tz_localize(None).normalize()


# --- months, weeks and local midnights -----------------------------------------------------


def periods(tz: str, start: pd.Timestamp, end: pd.Timestamp, freq: Freq = "month") -> pd.DataFrame:
    """The whole periods of zone ``tz`` that overlap ``[start, end)``: ``period`` (label
    "YYYY-MM" or ISO "YYYY-Www"), ``period_start`` and ``period_end`` (UTC instants)."""
    lo, hi = _utc(start), _utc(end)
    first = _period_floor(lo.tz_convert(tz).date(), freq)
    wall = pd.DatetimeIndex([first])  # a single edge: no period
    if hi > lo:
        last = _period_floor((hi - pd.Timedelta(1, "us")).tz_convert(tz).date(), freq)
        wall = pd.date_range(first, _next_period(last, freq), freq=_STEP[freq])
    edges = localize(tz, wall)
    return pd.DataFrame(
        {"period": _labels(wall[:-1], freq), "period_start": edges[:-1], "period_end": edges[1:]}
    )


def _labels(starts: pd.DatetimeIndex, freq: Freq) -> npt.NDArray[np.str_]:
    if freq == "month":
        return np.asarray(starts.strftime("%Y-%m"), dtype=str)
    iso = starts.isocalendar()
    weeks = iso["week"].astype(int).astype(str).str.zfill(2)
    return np.asarray(iso["year"].astype(int).astype(str) + "-W" + weeks, dtype=str)


def _period_floor(day: date, freq: Freq) -> date:
    _check_freq(freq)
    return day.replace(day=1) if freq == "month" else day - timedelta(days=day.weekday())


def _check_freq(freq: str) -> None:
    if freq not in _STEP:
        raise ValueError(f"freq {freq!r}: use 'month' or 'week'")


def _next_period(start: date, freq: Freq) -> date:
    return add_months(start, 1) if freq == "month" else start + timedelta(days=7)


def _utc(moment: pd.Timestamp) -> pd.Timestamp:
    stamp = pd.Timestamp(moment)
    if stamp.tzinfo is None:
        raise ValueError(f"{stamp} has no time zone; pass an aware timestamp")
    return stamp.tz_convert("UTC")


def _micros(moments: pd.Series | pd.DatetimeIndex) -> Ints:
    """Aware instants as int64 microseconds since the epoch (one unit for all inputs)."""
    return pd.DatetimeIndex(moments).tz_convert("UTC").as_unit("us").asi8


def _micro(moment: pd.Timestamp) -> int:
    return int(_micros(pd.DatetimeIndex([_utc(moment)]))[0])


# --- allocation ---------------------------------------------------------------------------


def allocate(
    frame: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp, freq: Freq = "month"
) -> pd.DataFrame:
    """Counted hours of ``frame`` in ``[start, end)``, one row per (event row, period).

    ``frame`` needs ``owner``, ``start``, ``end``, ``person_tz`` and ``counted`` (and reads
    ``all_day`` and the working hours, :data:`WORK_START`/:data:`WORK_END`, when present).
    Each counted event's time (:func:`working_spans`: a multi-day event only within working
    hours) is clipped to the window and split at its owner's local period boundaries.
    ``wall_hours`` is the clipped length inside the period; ``hours`` its share after
    overlaps: minutes where k of an owner's events overlap give 1/k to each, so per owner
    ``hours`` sums to the length of the union of their events. ``row`` is the event's index
    label in ``frame``; ``period_start`` is the (unclipped) local period start in UTC.
    """
    _require(frame, ("owner", "start", "end", "person_tz", "counted"))
    _check_freq(freq)
    spans = _clipped(frame, _micro(start), _micro(end))
    if spans.empty:
        return _empty_allocation(frame)
    groups = spans.groupby("tz", sort=False)
    pieces = pd.concat([_split(group, str(tz), freq) for tz, group in groups])
    a, b = (pieces[c].to_numpy(np.int64) for c in ("a", "b"))
    pieces["hours"] = shared_hours(pieces["owner_code"].to_numpy(np.int64), a, b)
    pieces["wall_hours"] = (b - a) / _US_PER_HOUR
    # a multi-day event is several stretches: one row per (event, period) all the same
    summed = pieces.groupby(["pos", "period_start", "period"], sort=True)[
        ["hours", "wall_hours"]
    ].sum()
    pos = summed.index.get_level_values("pos").to_numpy(np.int64)
    return pd.DataFrame(
        {
            "row": frame.index.take(pos),
            "owner": pd.Series(frame["owner"].to_numpy()[pos], dtype=str),
            "period": pd.Series(summed.index.get_level_values("period").to_numpy(), dtype=str),
            "period_start": pd.to_datetime(
                summed.index.get_level_values("period_start").to_numpy(), unit="us", utc=True
            ),
            "hours": summed["hours"].to_numpy(np.float64),
            "wall_hours": summed["wall_hours"].to_numpy(np.float64),
        }
    )


def _require(frame: pd.DataFrame, columns: tuple[str, ...]) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(
            f"frame lacks column(s) {', '.join(missing)}: add_context() adds person_tz, "
            "counting() gives counted"
        )


def _clipped(frame: pd.DataFrame, lo: int, hi: int) -> pd.DataFrame:
    """The counted rows' time (:func:`working_spans`) clipped to ``[lo, hi)``
    (microseconds), empty stretches dropped: ``pos`` (row position in ``frame``),
    ``owner_code``, ``tz``, ``a``, ``b``."""
    spans = working_spans(frame, frame["counted"].to_numpy(dtype=bool))
    pos = spans["pos"].to_numpy(np.int64)
    a = np.maximum(spans["a"].to_numpy(np.int64), lo)
    b = np.minimum(spans["b"].to_numpy(np.int64), hi)
    keep = b > a
    codes, _ = pd.factorize(frame["owner"])
    return pd.DataFrame(
        {
            "pos": pos[keep],
            "owner_code": codes[pos[keep]].astype(np.int64),
            "tz": frame["person_tz"].to_numpy()[pos[keep]],
            "a": a[keep],
            "b": b[keep],
        }
    )


def _split(spans: pd.DataFrame, tz: str, freq: Freq) -> pd.DataFrame:
    """Cut each span at the period boundaries of ``tz``: one row per (span, period) it
    touches, ``a``/``b`` narrowed to the period, plus ``period`` and ``period_start``
    (microseconds)."""
    a, b = spans["a"].to_numpy(np.int64), spans["b"].to_numpy(np.int64)
    table = periods(tz, _stamp(a.min()), _stamp(b.max()), freq)
    edges = np.append(_micros(table["period_start"]), _micros(table["period_end"])[-1:])
    first = np.searchsorted(edges, a, side="right") - 1
    counts = np.searchsorted(edges, b, side="left") - first
    span = np.repeat(np.arange(len(a)), counts)
    period = first[span] + _ranks(counts)
    out = spans.iloc[span].reset_index(drop=True)
    out["a"] = np.maximum(a[span], edges[period])
    out["b"] = np.minimum(b[span], edges[period + 1])
    out["period"] = table["period"].to_numpy()[period]
    out["period_start"] = edges[period]
    return out


def _stamp(micros: int | np.int64) -> pd.Timestamp:
    return pd.Timestamp(int(micros), unit="us", tz="UTC")


def _ranks(counts: Ints) -> Ints:
    """0, 1, .., n-1 for each n in ``counts``, concatenated: [2, 3] -> [0, 1, 0, 1, 2]."""
    offsets = np.repeat(np.cumsum(counts) - counts, counts)
    return np.arange(int(counts.sum()), dtype=np.int64) - offsets


def shared_hours(owner: Ints, a: Ints, b: Ints) -> Floats:
    """Each interval ``[a, b)`` (microseconds, owner by owner) credited with its share of
    its owner's wall-clock time: a sweep line over every owner's start/end breakpoints.

    Breakpoints are sorted by (owner, instant), so owners never meet; the number of active
    intervals in each elementary segment is the running sum of +1 (starts) and -1 (ends);
    a segment's length divided by that count is what each active interval earns there, and
    an interval's hours are the prefix sum of those earnings between its own breakpoints.
    """
    n = len(a)
    if n == 0:
        return np.zeros(0)
    order = _timeline_order(np.concatenate([owner, owner]), np.concatenate([a, b]))
    owners, times = np.concatenate([owner, owner])[order], np.concatenate([a, b])[order]
    new = np.ones(2 * n, dtype=bool)
    new[1:] = (np.diff(owners) != 0) | (np.diff(times) != 0)
    point = np.empty(2 * n, dtype=np.int64)
    point[order] = np.cumsum(new) - 1  # breakpoint index of every start and end
    steps = np.where(order < n, 1, -1)  # the first n keys are starts
    active = np.cumsum(np.add.reduceat(steps, np.flatnonzero(new)))
    times, owners = times[new], owners[new]
    earned = np.where(active > 0, np.diff(times, append=times[-1]) / np.maximum(active, 1), 0.0)
    prefix = _prefix_by_owner(earned, owners)
    return (prefix[point[n:]] - prefix[point[:n]]) / _US_PER_HOUR


def _timeline_order(owner: Ints, time: Ints) -> Ints:
    """The order sorting (owner, time) pairs. One int64 key (each owner on a timeline of
    their own) sorts about twice as fast as ``lexsort``, which stays as the fallback."""
    low, span = int(time.min()), int(time.max()) - int(time.min()) + 1
    if (int(owner.max()) + 1) * span >= 2**62 or int(owner.min()) < 0:
        return np.lexsort((time, owner))
    return np.argsort(owner * span + (time - low))


def _prefix_by_owner(values: Floats, owners: Ints) -> Floats:
    """Exclusive running sum of ``values`` restarting at each owner's first breakpoint, so
    one owner's figures never depend on (or lose float precision to) anyone else's."""
    inclusive = pd.Series(values).groupby(owners, sort=False).cumsum().to_numpy(np.float64)
    prefix = np.concatenate([[0.0], inclusive[:-1]])
    prefix[np.flatnonzero(np.diff(owners, prepend=owners[0] - 1) != 0)] = 0.0
    return prefix


def _empty_allocation(frame: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "row": frame.index[:0],
            "owner": pd.Series([], dtype=str),
            "period": pd.Series([], dtype=str),
            "period_start": pd.DatetimeIndex([], tz="UTC").as_unit("us"),
            "hours": pd.Series([], dtype=np.float64),
            "wall_hours": pd.Series([], dtype=np.float64),
        }
    )


# --- working time ----------------------------------------------------------------------------


def working_capacity(
    tz: str,
    start: pd.Timestamp,
    end: pd.Timestamp,
    work_start: float = 8.0,
    work_end: float = 18.0,
    days_off: Collection[date] = (),
) -> float:
    """Working hours in ``[start, end)``: Monday to Friday, ``work_start`` to ``work_end``
    (hours, local time of ``tz``), minus ``days_off`` (local dates).

    Each day's window is turned into real instants first, so a day whose working hours
    straddle a DST change is as long as the clock says, not a fixed ten hours.
    """
    if not 0 <= work_start < work_end <= 24:
        raise ValueError(f"working hours {work_start}-{work_end}: need 0 <= start < end <= 24")
    lo, hi = _utc(start), _utc(end)
    if hi <= lo:
        return 0.0
    days = pd.date_range(lo.tz_convert(tz).date(), hi.tz_convert(tz).date(), freq="D")
    days = days[(days.day_of_week < 5) & ~days.isin(pd.DatetimeIndex(list(days_off)))]
    opens = _micros(localize(tz, days + pd.to_timedelta(work_start, unit="h")))
    closes = _micros(localize(tz, days + pd.to_timedelta(work_end, unit="h"), earliest=False))
    inside = np.minimum(closes, _micro(hi)) - np.maximum(opens, _micro(lo))
    return float(np.clip(inside, 0, None).sum() / _US_PER_HOUR)


def days_off(frame: pd.DataFrame) -> dict[str, frozenset[date]]:
    """The local dates each owner is out of office: the rows :func:`counting` excludes as
    "out of office (all day)" (not cancelled, not declined); read from the frame's own
    ``excluded_reason`` when it has been counted already.

    ``frame`` needs the stored columns; ``person_tz`` and the working hours are optional.
    An all-day absence, or one from a local midnight to a later one, takes every date it
    covers, read in the event's own zone (the ``tz`` column, which the connector used to
    turn the all-day dates into instants), else the owner's, else UTC. The end is exclusive
    (an event ending at midnight does not take the next day); an event with no length still
    takes its day. A multi-day absence with times (Monday 12:00 to Friday 12:00) takes the
    days whose working hours it covers part of (:func:`working_spans`), in the owner's zone.
    Owners with no day off are absent: use ``.get(owner, frozenset())``.
    """
    counted = frame if "excluded_reason" in frame else counting(frame)
    away = counted["excluded_reason"].to_numpy() == REASON_OUT_OF_OFFICE
    all_day = frame["all_day"].to_numpy(dtype=bool)
    timed = away & ~all_day & ~_whole_local_days(frame, away & ~all_day)
    ooo = frame.loc[away & ~timed]
    dated = [_local_dates(group, str(tz)) for tz, group in ooo.groupby(_event_zones(ooo))]
    if timed.any():
        dated.append(_working_dates(frame, timed))
    if not dated:
        return {}
    dates = pd.concat(dated)
    return {str(o): frozenset(d) for o, d in dates.groupby("owner")["date"]}


def _working_dates(frame: pd.DataFrame, rows: npt.NDArray[np.bool_]) -> pd.DataFrame:
    """``owner`` and ``date`` for every local date on which one of ``rows`` takes working
    time (:func:`working_spans`), in the owner's zone."""
    spans = working_spans(frame, rows)
    pos = spans["pos"].to_numpy(np.int64)
    zones = _owner_zones(frame.iloc[pos])
    dates = np.empty(len(pos), dtype=object)
    for tz in np.unique(zones):
        at = np.flatnonzero(zones == tz)
        starts = pd.to_datetime(spans["a"].to_numpy()[at], unit="us", utc=True)
        dates[at] = _local_midnights(pd.Series(starts), str(tz)).date
    return pd.DataFrame({"owner": frame["owner"].to_numpy()[pos], "date": dates})


def _local_dates(events: pd.DataFrame, tz: str) -> pd.DataFrame:
    """``owner`` and ``date`` for every local date each event covers."""
    first = pd.DatetimeIndex(events["start"]).tz_convert(tz).tz_localize(None).normalize()
    last = (pd.DatetimeIndex(events["end"]) - pd.Timedelta(1, "us")).tz_convert(tz)
    last = last.tz_localize(None).normalize()
    last = last.where(last >= first, first)  # a zero-length all-day event keeps its day
    counts = ((last - first).days + 1).to_numpy(np.int64)
    offsets = pd.to_timedelta(_ranks(counts), unit="D")
    days = first.repeat(counts) + offsets
    return pd.DataFrame({"owner": events["owner"].to_numpy().repeat(counts), "date": days.date})
