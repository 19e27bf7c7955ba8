"""Rhythm items: the leadership rhythm's recurring meetings, held and attended (issue 15).

Each recogniser (:mod:`timeaudit.audit.rhythm_pack`: the shipped pack's and the user's
``[[rhythms]]``) that claims some of a person's meetings is one **rhythm item**; every series
it claims, old and new, feeds the same item. Stored data has no RRULE: a series is its
occurrences, each with its own start, status and the owner's response. The audit reads the
trend window (up to twelve months back); an item's numbers for the period are:

* **held**: occurrences in the period, up to its end or the end of today when that is
  earlier, that were not cancelled, counted by where they happened: a moved occurrence counts
  once, on the day it moved to (a connector stores it once, under its original identity);
* **declined**: held ones the owner declined; **cancelled**: occurrences cancelled one by one;
* **away**: cancelled or declined occurrences on a day the owner was out of office (all-day
  absences and holidays, :func:`timeaudit.audit.allocate.days_off`): the owner's absence, not
  a missed rhythm, so they count nowhere else;
* **expected**, for the fast cadences (daily, weekly, fortnightly): the cadence applied to
  the owner's working days (Monday to Friday) from the period's first day, or from the day
  the item was first seen in the trend window when that is later, up to the period's end (or
  today): a weekly item over 21 working days expects 4 (one per 5 working days, rounded half
  up). Days away excuse the occurrences that fell on them unattended or, when that is more,
  the slots they take: a week away expects one weekly meeting fewer, a public holiday on the
  meeting's day too (its occurrence was cancelled or declined), a day away otherwise none;
* **expected**, for the slow cadences (monthly, quarterly), judged on the trailing window: the
  item is due one cadence after it was last held (or first seen, when it was never held),
  "last held 14 Jul, due by 14 Oct"; it expects 1 when that date falls before the period's
  end (or it was first seen in the period), else 0;
* **share**: its counted hours in the period, in percent of the owner's counted work hours.

Green, amber, red. Fast cadences: green when the owner attended (held, not declined) at least
the expected number, amber at least half of it, red below. Slow cadences: red when overdue
(not held by its due date: a quarterly review that did not happen in its quarter), amber when
held on time but the owner declined every one held in the period, else green. A **cancelled
series** (every occurrence of a series cancelled) is the owner's calendar changing, not a
missed rhythm: its occurrences are left out; an item with nothing else has no status and
says so. A built-in daily, weekly or fortnightly item last seen more than
:data:`RETIRED_AFTER_DAYS` before the period is retired and not shown (a meeting stopped
in spring is no rhythm in the autumn; it shows red in the month after it stopped). A
``[[rhythms]]`` entry that matches nothing of a person in the window read is named
("rhythm 'Ops review' matched no meeting in the period ...").

Only stored columns are read, so the numbers are the same from every connector. No title is
ever shown: an item is named by its recogniser's or its config entry's name.
"""

from __future__ import annotations

import calendar
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pandas as pd

from timeaudit.audit.allocate import REASON_CANCELLED, REASON_DECLINED
from timeaudit.audit.one_on_ones import Span  # what an item is measured over, as a 1:1 row
from timeaudit.audit.rhythm_pack import CONFIGURED, Recogniser, match
from timeaudit.config.types import CADENCE_DAYS, CADENCE_MONTHS

GREEN, AMBER, RED = "green", "amber", "red"
HELD, DECLINED, CANCELLED = "held", "declined", "cancelled"

#: A built-in daily, weekly or fortnightly item none of whose occurrences fell in the period
#: or in this many days before it is retired, not shown: a stand-up stopped in spring is no
#: longer a rhythm in the autumn. (It shows red for the month after it stopped.)
RETIRED_AFTER_DAYS = 28

#: The columns :func:`occurrences` returns.
OCCURRENCE_COLUMNS = ("owner", "item", "series", "start", "state")


def occurrences(frame: pd.DataFrame, recognisers: Sequence[Recogniser]) -> pd.DataFrame:
    """Every timed occurrence of ``frame`` (classified rows with the counting columns) that
    a recogniser claims and that either counts or was excluded only as cancelled or
    declined: ``owner``, ``item`` (the recogniser's id), ``series`` (its series, or its own
    uid for a one-off), ``start`` (UTC) and ``state`` (held, declined or cancelled), on the
    frame's index. Occurrences of a series cancelled as a whole are left out."""
    reason = frame["excluded_reason"]
    keep = frame["counted"] | reason.isin([REASON_CANCELLED, REASON_DECLINED])
    keep &= ~frame["all_day"].astype(bool)
    some = frame[keep]
    item = match(some, recognisers)
    some = some[item != ""]
    state = np.select(
        [some["excluded_reason"] == REASON_CANCELLED, some["excluded_reason"] == REASON_DECLINED],
        [CANCELLED, DECLINED],
        default=HELD,
    )
    series = some["series_id"].where(some["series_id"] != "", some["uid"])
    out = pd.DataFrame(
        {
            "owner": some["owner"],
            "item": item[item != ""],
            "series": series,
            "start": some["start"],
            "state": state,
        },
        columns=list(OCCURRENCE_COLUMNS),
    )
    cancelled = (out["state"] == CANCELLED).astype(bool)
    dead = cancelled.groupby([out["owner"], out["series"]]).transform("all")
    return out.assign(cancelled_series=dead.astype(bool))


@dataclass(frozen=True)
class RhythmItem:
    """One rhythm item of a person's period, with the numbers and the reason in words."""

    id: str
    name: str
    cadence: str
    origin: str  # built-in or config
    expected: int
    held: int
    declined: int
    cancelled: int
    away: int  # cancelled or declined on a day the owner was away
    last_held: date | None  # the last held up to the period's end; may be before the period
    due: date | None  # slow cadences: when the next one is due
    hours: float  # counted hours in the period
    share: float  # percent of the owner's counted work hours
    status: str  # green, amber, red; "" when its series was cancelled
    reason: str


@dataclass(frozen=True)
class RhythmTable:
    """A person's rhythm items for the period, and the config rhythms that matched none of
    their meetings (one line each, naming the rhythm)."""

    items: tuple[RhythmItem, ...] = ()
    unmatched: tuple[str, ...] = ()

    @property
    def behind(self) -> tuple[RhythmItem, ...]:
        return tuple(i for i in self.items if i.status in (AMBER, RED))


def rhythm_items(
    found: pd.DataFrame,
    owner: str,
    tz: str,
    recognisers: Sequence[Recogniser],
    span: Span,
    away: Collection[date] = (),
    hours: pd.Series | None = None,
    work_hours: float = 0.0,
) -> RhythmTable:
    """``owner``'s rhythm table over ``span`` from :func:`occurrences` rows (any owners);
    ``away`` are their days out of office, ``hours`` the counted hours each occurrence
    (by index) gives the period and ``work_hours`` their counted work hours in it."""
    mine = found[found["owner"] == owner]
    local = pd.DatetimeIndex(pd.to_datetime(mine["start"], utc=True)).tz_convert(tz)
    mine = mine.assign(day=local.date)
    mine = mine[(mine["day"] >= span.history) & (mine["day"] < span.end)]
    period_hours = hours if hours is not None else pd.Series(dtype=float)
    items, unmatched = [], []
    for r in recognisers:
        if not r.applies_to(owner):
            continue
        rows = mine[mine["item"] == r.id]
        if rows.empty:
            if r.origin == CONFIGURED:
                unmatched.append(_unmatched(r, span))
            continue
        if _retired(r, rows, span):
            continue
        spent = float(period_hours.reindex(rows.index).fillna(0.0).sum())
        share = 100.0 * spent / work_hours if work_hours > 0 else 0.0
        items.append(_item(r, rows, span, frozenset(away), spent, share))
    return RhythmTable(tuple(items), tuple(unmatched))


def _retired(r: Recogniser, rows: pd.DataFrame, span: Span) -> bool:
    """Whether a built-in fast item was last seen long before the period (config
    rhythms are never retired: the user asked for them)."""
    if r.origin == CONFIGURED or r.cadence not in CADENCE_DAYS:
        return False
    return bool(max(rows["day"]) < span.first - timedelta(RETIRED_AFTER_DAYS))


def _unmatched(r: Recogniser, span: Span) -> str:
    since = _day(span.history, span)
    return (
        f"rhythm {r.name!r} matched no meeting in the period (nor since {since}): "
        "check its title, attendees or series in the config"
    )


@dataclass(frozen=True)
class _Counts:
    held: int
    declined: int
    cancelled: int
    away: int

    @property
    def attended(self) -> int:
        return self.held - self.declined


def _counts(days: Sequence[date], states: Sequence[str], away: frozenset[date]) -> _Counts:
    held = declined = cancelled = absent = 0
    for day, state in zip(days, states, strict=True):
        if state != HELD and day in away:
            absent += 1
        elif state == CANCELLED:
            cancelled += 1
        else:
            held += 1
            declined += state == DECLINED
    return _Counts(held, declined, cancelled, absent)


def _item(
    r: Recogniser,
    rows: pd.DataFrame,
    span: Span,
    away: frozenset[date],
    hours: float,
    share: float,
) -> RhythmItem:
    live = rows[~rows["cancelled_series"]].sort_values("start")
    inside = rows[rows["day"] >= span.first]
    if live.empty:
        dead = int((inside["state"] == CANCELLED).sum())
        reason = f"{r.cadence}; its series was cancelled, so none is expected (no status)"
        zeros = (0, 0, 0, dead, 0)
        return RhythmItem(
            r.id, r.name, r.cadence, r.origin, *zeros, None, None, hours, share, "", reason
        )
    now = live[live["day"] >= span.first]
    counts = _counts(list(now["day"]), list(now["state"]), away)
    took_place = live[live["state"] != CANCELLED]["day"]
    last = max(took_place) if len(took_place) else None
    first_seen: date = min(live["day"])
    if r.cadence in CADENCE_DAYS:
        start = max(span.first, first_seen)
        expected = _expected_fast(r.cadence, start, span.end, away, counts.away)
        status, why = _status_fast(counts, expected)
        due = None
    else:
        due, expected = _due(r.cadence, live, span, first_seen)
        status, why = _status_slow(r.cadence, counts, due, span)
    reason = _reason(r.cadence, expected, counts, last, due, span) + f" ({status}: {why})"
    return RhythmItem(
        r.id,
        r.name,
        r.cadence,
        r.origin,
        expected,
        counts.held,
        counts.declined,
        counts.cancelled,
        counts.away,
        last,
        due,
        hours,
        share,
        status,
        reason,
    )


def working_days(first: date, end: date, away: Collection[date] = ()) -> int:
    """Monday-to-Friday dates in ``[first, end)`` that are not in ``away``."""
    if end <= first:
        return 0
    count = int(np.busday_count(first, end))
    return count - sum(1 for d in away if first <= d < end and d.weekday() < 5)


def _expected_fast(
    cadence: str, first: date, end: date, away: Collection[date], missed_away: int
) -> int:
    """The cadence over the working days of ``[first, end)``, less what the days away
    excuse: the occurrences that fell on them unattended (``missed_away``) or, when more,
    the slots they take (a week away is one weekly slot, a day away none)."""
    days = CADENCE_DAYS[cadence]
    slots = _half_up(working_days(first, end) / days)
    taken = _half_up((working_days(first, end) - working_days(first, end, away)) / days)
    return max(0, slots - max(missed_away, taken))


def _half_up(value: float) -> int:
    return int(np.floor(value + 0.5))


def _status_fast(c: _Counts, expected: int) -> tuple[str, str]:
    if c.attended >= expected:
        return GREEN, "you were at every one expected"
    attended = f"you were at {c.attended} of {expected}"
    return (AMBER, attended) if 2 * c.attended >= expected else (RED, attended)


def _due(cadence: str, live: pd.DataFrame, span: Span, first_seen: date) -> tuple[date, int]:
    """When a slow item is due next (one cadence after the last held, else after it was
    first seen), and whether the period expects one (1) or not (0)."""
    months = CADENCE_MONTHS[cadence]
    took_place = list(live[live["state"] != CANCELLED]["day"])
    last = max(took_place) if took_place else first_seen
    before = [d for d in took_place if d < span.first]
    prior = max(before) if before else (first_seen if first_seen < span.first else None)
    expected = 1 if prior is None or plus_months(prior, months) < span.end else 0
    return plus_months(last, months), expected


def plus_months(day: date, months: int) -> date:
    """The same day ``months`` later (14 Jul + 3 is 14 Oct), the month's last day when it
    is shorter (30 Nov + 3 is 28 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def _status_slow(cadence: str, c: _Counts, due: date, span: Span) -> tuple[str, str]:
    if due < span.end:
        return RED, f"not held in its {'quarter' if cadence == 'quarterly' else 'month'}"
    if c.held and not c.attended:
        return AMBER, "held on time, but you declined it"
    return GREEN, "held on time" if c.held else "not due before the period's end"


def _reason(
    cadence: str, expected: int, c: _Counts, last: date | None, due: date | None, span: Span
) -> str:
    """ "weekly, 4 expected, 3 held, you declined 1"; slow cadences add when it was last
    held and is due next."""
    parts = [cadence, f"{expected} expected", f"{c.held} held"]
    if c.declined:
        parts.append(f"you declined {c.declined}")
    if c.cancelled:
        parts.append(f"{c.cancelled} cancelled")
    if c.away:
        parts.append(f"{c.away} while you were away")
    if due is not None:
        parts.append(f"last held {_day(last, span)}" if last else "never held")
        parts.append(f"due by {_day(due, span)}")
    return ", ".join(parts)


def _day(day: date | None, span: Span) -> str:
    """ "14 Oct", with the year when it is not the period's."""
    if day is None:
        return ""
    text = f"{day.day} {day:%b}"
    return text if day.year == (span.end - timedelta(1)).year else f"{text} {day.year}"
