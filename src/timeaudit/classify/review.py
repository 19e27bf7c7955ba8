"""The review queue: every open tag of a period, one item per series or one-off, ranked by
how much answering it could move its person's split, and ranked again after every answer.

**Impact.** An item's impact is the expected change of its person's split, in points, if
the reviewer's answer differs from the guess: each counted occurrence ``i`` of the series
contributes ``hours_i x (1 - confidence_i)`` (a wrong tag moves its hours from one
category to another, which changes the largest share difference by ``hours / work hours``;
the tag is wrong with probability ``1 - confidence``), and the sum is divided by the
person's counted work hours and multiplied by 100. Within one person that is the order of
hours x uncertainty; across people it weighs an hour more where there are fewer hours to
judge. Tags a correction decided are not open; events that do not count (declined,
cancelled, all-day, ...) move no hours and are not offered; neither are tags of
confidence 1.

**After an answer** the store holds the correction, the classifier is rebuilt from it
(``retag``: the person's model learns the new row, see
:mod:`timeaudit.classify.training`), every event of the period is tagged again, the
queue is ranked afresh, and the walk is told how many events outside the corrected
series changed category (:class:`Changed`).

Walking the items and storing the answers is :mod:`timeaudit.classify.corrections`.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from timeaudit.categories import WORK
from timeaudit.classify.corrections import ReviewItem
from timeaudit.store.frames import hidden_words
from timeaudit.store.records import PRIVATE_TITLE
from timeaudit.words import plural

#: The columns a new classification replaces.
TAGS = ("category", "confidence", "rule_id", "reason", "decided_by", "flagged")
KEY = ["owner", "source", "group"]

Retag = Callable[[pd.DataFrame], pd.DataFrame]


def with_groups(events: pd.DataFrame) -> pd.DataFrame:
    """``events`` with ``group``: the series an occurrence belongs to, or its own uid."""
    return events.assign(group=events["series_id"].where(events["series_id"] != "", events["uid"]))


def ranked(events: pd.DataFrame) -> pd.DataFrame:
    """One row per open series or one-off of ``events`` (classified, with the period's
    ``hours``), largest ``impact`` first: the occurrence to show (the one with the most
    expected hours at stake, the newest of equals), ``impact`` in points of the split
    and ``open_hours`` (the counted hours of the item's open occurrences)."""
    rows = with_groups(events)
    open_rows = rows[
        (rows["decided_by"] != "correction") & (rows["hours"] > 0) & (rows["confidence"] < 1.0)
    ]
    at_stake = open_rows["hours"] * (1.0 - open_rows["confidence"])
    work = rows[rows["category"].isin(WORK)].groupby("owner")["hours"].sum()
    work_hours = open_rows["owner"].map(work).astype(float).fillna(0.0)
    per_hour = 100.0 / work_hours.clip(lower=1.0)
    scored = open_rows.assign(at_stake=at_stake, points=at_stake * per_hour)
    sums = scored.groupby(KEY, sort=False).agg(
        impact=("points", "sum"), open_hours=("hours", "sum")
    )
    shown = scored.sort_values(["at_stake", "start"], ascending=[False, False], kind="stable")
    shown = shown.drop_duplicates(KEY).join(sums, on=KEY)
    return shown.sort_values(
        ["impact", "open_hours", "start", "uid"],
        ascending=[False, False, False, True],
        kind="stable",
    )


def review_items(events: pd.DataFrame, tz_of: Mapping[str, str]) -> list[ReviewItem]:
    """Every open item of ``events``, largest impact first (see :func:`ranked`)."""
    return [_item(row, tz_of) for row in ranked(events).to_dict("records")]


#: How many of the changed series :meth:`Changed.line` names.
NAMED = 3


@dataclass(frozen=True)
class Changed:
    """What one answer changed besides the item itself: occurrences outside the corrected
    series whose category changed, in how many series (a one-off counts as one), and the
    first few of those series as ``(title, new category)``, the largest first."""

    events: int
    series: int
    named: tuple[tuple[str, str], ...] = ()

    def line(self) -> str:
        said = (
            f"this changed {plural(self.events, 'other event')} in "
            f"{plural(self.series, 'other series', 'other series')}"
        )
        if not self.named:
            return said
        more = ", ..." if self.series > len(self.named) else ""
        return said + ": " + ", ".join(f"{t!r} -> {c}" for t, c in self.named) + more


def changed(before: pd.DataFrame, after: pd.DataFrame, corrected: tuple[str, str, str]) -> Changed:
    """How many occurrences of ``after`` outside the ``corrected`` series (owner, source,
    group) have another category than in ``before`` (the same rows, tagged before)."""
    rows = with_groups(after)
    outside = ~(
        (rows["owner"] == corrected[0])
        & (rows["source"] == corrected[1])
        & (rows["group"] == corrected[2])
    )
    moved = rows[outside & (after["category"] != before["category"].reindex(after.index))]
    series = moved.assign(n=moved.groupby(KEY)["uid"].transform("size"))
    series = series.sort_values(["n", "start"], ascending=[False, True], kind="stable")
    series = series.drop_duplicates(KEY)
    named = [
        (PRIVATE_TITLE if private else str(title), str(category))
        for title, private, category in zip(
            series["title"], series["private"], series["category"], strict=True
        )
    ]
    return Changed(len(moved), len(series), tuple(named[:NAMED]))


@dataclass
class Queue:
    """The open items of ``events``, ranked afresh after every answer.

    ``retag`` gives new tags (:data:`TAGS`) for the rows of ``events`` from the store as it
    is now: after :meth:`answered`, the classifier rebuilt with the new correction. An item
    is offered once: answered or skipped, its series is not offered again."""

    events: pd.DataFrame
    retag: Retag
    tz_of: Mapping[str, str]
    done: set[tuple[str, str, str]] = field(default_factory=set)

    def next(self) -> ReviewItem | None:
        """The open item with the largest impact not offered yet, or None."""
        table = ranked(self.events)
        keys = list(zip(table["owner"], table["source"], table["group"], strict=True))
        for key, row in zip(keys, table.to_dict("records"), strict=True):
            if key not in self.done:
                self.done.add(key)
                return _item(row, self.tz_of)
        return None

    def answered(self, item: ReviewItem) -> Changed:
        """Tag every event again now that ``item`` has a correction in the store, and say
        what changed outside its series."""
        before = self.events
        old = [*TAGS, "raw_confidence"]  # the classifier's raw confidence goes with its tag
        self.events = before.drop(columns=old, errors="ignore").join(self.retag(before))
        group = str(with_groups(before.loc[_rows_of(before, item)])["group"].iloc[0])
        return changed(before, self.events, (item.owner, item.source, group))


def _rows_of(events: pd.DataFrame, item: ReviewItem) -> np.ndarray:
    found = (
        (events["owner"] == item.owner)
        & (events["source"] == item.source)
        & (events["uid"] == item.uid)
        & (events["recurrence_id"] == item.recurrence_id)
    )
    return np.asarray(found.to_numpy(), dtype=bool)


def _item(row: Mapping[Hashable, Any], tz_of: Mapping[str, str]) -> ReviewItem:
    start = pd.Timestamp(row["start"]).tz_convert(tz_of.get(str(row["owner"]), "UTC"))
    return ReviewItem(
        owner=str(row["owner"]),
        source=str(row["source"]),
        uid=str(row["uid"]),
        recurrence_id=str(row["recurrence_id"]),
        title=PRIVATE_TITLE if row["private"] else str(row["title"]),
        when=start.strftime("%a %Y-%m-%d %H:%M"),
        hours=float(row["duration_min"]) / 60.0,
        attendees=int(row["n_attendees"]),
        organizer="you" if row["organizer_self"] else str(row["organizer"]),
        guess=str(row["category"]),
        confidence=float(row["confidence"]),
        reason=hidden_words(str(row["reason"])) if row["private"] else str(row["reason"]),
        recurring=bool(row["recurring"]),
        impact=float(row["impact"]),
        open_hours=float(row["open_hours"]),
    )
