"""The analyses a report shows beside the split, as pure functions of tagged events.

Every function takes the period's occurrences of ONE person (the ``events`` frame of an
:class:`~timeaudit.audit.pipeline.AuditResult` filtered to an owner: stored and context columns,
``category``, ``counted``, ``hours``) and returns a small frame. No titles are redacted
here; the view model does that.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import pandas as pd

from timeaudit.audit.allocate import working_spans
from timeaudit.categories import EXECUTION, FIREFIGHTING, WORK

#: Where a meeting is "large" enough that one more person rarely changes its outcome.
LARGE_MEETING = 5
#: A meeting the owner organises for at least this many of their direct reports, who are
#: most of the people invited, is the owner chairing their own team (a leadership team
#: meeting, the team's stand-up): running it is their job, not one to hand on. One report
#: is a 1:1, not a team.
CHAIRED_REPORTS = 2
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

_NOISE = re.compile(
    r"(\b[A-Z]{2,}-?\d+\b|\b(?:inc|sev|p)\s*-?\s*\d+\b|#\d+|\b\d[\d./:-]*\b|[()\[\]:–—-])",
    re.IGNORECASE,
)


def counted_work(events: pd.DataFrame) -> pd.DataFrame:
    return events[events["counted"] & events["category"].isin(WORK) & (events["hours"] > 0)]


def series_key(events: pd.DataFrame) -> pd.Series:
    """One key per series, and one per title among one-offs: "Budget review" booked three
    times is one sink, like a weekly meeting. Titles match with case and spacing aside;
    a private or untitled one-off is its own (a private title is not to be read)."""
    series = events["series_id"] != ""
    title = events["title"].str.casefold().str.split().str.join(" ")
    private = events["private"].astype(bool) if "private" in events else False
    own = ~series & (private | (title == ""))
    by_event = events["source"] + "\x1f" + events["series_id"].where(series, events["uid"])
    return by_event.where(series | own, "\x1etitle\x1f" + title)


def series_hours(
    rows: pd.DataFrame, by: Sequence[str] = (), **more: tuple[str, str]
) -> pd.DataFrame:
    """Hours per series within ``by`` (a recurring series is one, a one-off its own): the
    title to show (``rows["shown"]``, already redacted), the usual category, the hours and
    ``more`` named aggregations; biggest first, ties by title."""
    grouped = (
        rows.assign(group=series_key(rows))
        .groupby([*by, "group"])
        .agg(
            title=("shown", "first"),
            category=("category", lambda c: c.mode().iat[0]),
            hours=("hours", "sum"),
            **more,
        )
    )
    return grouped.sort_values(["hours", "title"], ascending=[False, True])


def week_grid(
    events: pd.DataFrame, tz: str, window: tuple[pd.Timestamp, pd.Timestamp] | None = None
) -> pd.DataFrame:
    """Counted hours by local weekday (0 = Monday) and hour of day per category: columns
    weekday, hour, category, hours. Each event's allocated hours are spread over the clock
    hours its time covers (:func:`~timeaudit.audit.allocate.working_spans`: a multi-day
    event only its working hours) inside ``window`` (the period the hours were allocated
    in; default: all of it), in proportion; hours are cut in UTC and placed by their local
    midpoint, so DST days need no special case."""
    work = counted_work(events)
    if work.empty:
        return pd.DataFrame(columns=["weekday", "hour", "category", "hours"])
    spans = working_spans(work)
    pos = spans["pos"].to_numpy(np.int64)
    start, end = spans["a"].to_numpy() // 1_000_000, -(-spans["b"].to_numpy() // 1_000_000)
    if window is not None:
        start = np.maximum(start, int(window[0].timestamp()))
        end = np.minimum(end, int(window[1].timestamp()))
    keep = end > start
    pos, start, end = pos[keep], start[keep], end[keep]
    length = np.bincount(pos, weights=end - start, minlength=len(work))
    first = start - start % 3600
    slots = np.clip(-(-(end - first) // 3600), 1, 24 * 7)
    reps = np.repeat(np.arange(len(pos)), slots)
    offset = np.arange(len(reps)) - np.repeat(np.cumsum(slots) - slots, slots)
    slot = first[reps] + offset * 3600
    covered = np.minimum(slot + 3600, end[reps]) - np.maximum(slot, start[reps])
    total = np.maximum(length[pos], 1)[reps]
    local = pd.DatetimeIndex(pd.to_datetime(slot + 1800, unit="s", utc=True)).tz_convert(tz)
    pieces = pd.DataFrame(
        {
            "weekday": local.day_of_week,
            "hour": local.hour,
            "category": work["category"].to_numpy()[pos[reps]],
            "hours": work["hours"].to_numpy()[pos[reps]] * np.clip(covered, 0, None) / total,
        }
    )
    return pieces.groupby(["weekday", "hour", "category"])["hours"].sum().reset_index()


def delegation_candidates(events: pd.DataFrame, limit: int = 8) -> pd.DataFrame:
    """Execution and firefighting meetings the leader did not organise that a large group
    or a direct report attends, and recurring status meetings, except those the leader
    chairs for their own team (:func:`chaired`): per series, the hours that handing it on
    would free, and why it is a candidate."""
    work = counted_work(events)
    busy = work[work["category"].isin([EXECUTION, FIREFIGHTING])]
    large = busy["n_attendees"] >= LARGE_MEETING
    status = busy["recurring"] & busy["title"].str.contains(
        r"status|stand-?up|sync|update|review", case=False
    )
    wanted = (~busy["organizer_self"] & (large | busy["with_report"])) | status
    chosen = busy[wanted & ~chaired(busy)].copy()
    if chosen.empty:
        return pd.DataFrame(
            columns=["key", "title", "private", "category", "hours", "occurrences", "why"]
        )
    chosen["key"] = series_key(chosen)
    chosen["why"] = _why(chosen)
    grouped = chosen.groupby("key", as_index=False).agg(
        title=("title", "first"),
        private=("private", "any"),
        category=("category", "first"),
        hours=("hours", "sum"),
        occurrences=("uid", "size"),
        why=("why", "first"),
    )
    return (
        grouped.sort_values(["hours", "title"], ascending=[False, True])
        .head(limit)
        .reset_index(drop=True)
    )


def chaired(events: pd.DataFrame) -> pd.Series:
    """Meetings the owner chairs for their own team: organised by the owner, with at least
    :data:`CHAIRED_REPORTS` of their direct reports (the config's ``reports``), who are more
    than half of the other people invited."""
    reports = events["n_reports"] if "n_reports" in events else pd.Series(0, index=events.index)
    others = events["n_attendees"] - 1
    return events["organizer_self"] & (reports >= CHAIRED_REPORTS) & (2 * reports > others)


def _why(rows: pd.DataFrame) -> pd.Series:
    parts = pd.DataFrame(index=rows.index)
    parts["a"] = np.where(~rows["organizer_self"], "someone else organises it", "")
    parts["b"] = np.where(
        rows["n_attendees"] >= LARGE_MEETING, rows["n_attendees"].astype(str) + " people", ""
    )
    parts["c"] = np.where(rows["with_report"], "a direct report attends", "")
    parts["d"] = np.where(rows["recurring"], "recurring", "")
    return parts.apply(lambda r: ", ".join(p for p in r if p), axis=1)


def fire_kind(titles: pd.Series) -> pd.Series:
    """A title with ticket ids, numbers, dates and punctuation removed: "SEV1: payments
    outage (INC-4418)" and "SEV2 payments outage" are the same kind of fire."""
    cleaned = titles.str.replace(_NOISE, " ", regex=True).str.lower()
    return cleaned.str.split().str.join(" ")


def recurring_fires(events: pd.DataFrame) -> pd.DataFrame:
    """Kinds of firefighting that happened more than once in the period."""
    fires = counted_work(events)
    fires = fires[fires["category"] == FIREFIGHTING].copy()
    if fires.empty:
        return pd.DataFrame(columns=["kind", "title", "occurrences", "hours", "private"])
    fires["kind"] = fire_kind(fires["title"])
    grouped = fires.groupby("kind", as_index=False).agg(
        title=("title", "first"),
        occurrences=("uid", "size"),
        hours=("hours", "sum"),
        private=("private", "any"),
    )
    repeated = grouped[(grouped["occurrences"] > 1) & (grouped["kind"] != "")]
    return repeated.sort_values(["occurrences", "hours"], ascending=False).reset_index(drop=True)
