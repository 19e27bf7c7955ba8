"""Corrections: walking the flagged tags, and labelling an event or a series by hand.

A correction is the owner's own tag. It applies to the whole series unless asked for one
occurrence, lives in the store apart from the events (so re-syncs keep it), wins over every
classifier, and is one more labelled row for that person's model.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from timeaudit.categories import LABELS
from timeaudit.errors import UsageError
from timeaudit.store.records import PRIVATE_TITLE
from timeaudit.store.sqlite import Store

#: One key per category, for `review` and for humans.
KEYS: dict[str, str] = {
    "s": "strategy",
    "c": "capability-building",
    "e": "execution",
    "f": "firefighting",
    "o": "other",
}


@dataclass(frozen=True)
class ReviewItem:
    owner: str
    source: str
    uid: str
    recurrence_id: str
    title: str
    when: str  # local start, e.g. "Tue 2026-10-06 09:00"
    hours: float
    attendees: int
    organizer: str
    guess: str
    confidence: float
    reason: str
    recurring: bool


@dataclass(frozen=True)
class Decision:
    """What the reviewer said: a category (None skips), for the series or one occurrence;
    ``stop`` ends the walk."""

    category: str | None = None
    series: bool = True
    stop: bool = False


@dataclass(frozen=True)
class ReviewSummary:
    shown: int
    labelled: int
    skipped: int


def review_items(events: pd.DataFrame, tz_of: dict[str, str]) -> list[ReviewItem]:
    """The flagged occurrences, newest and longest first, one per series (a series is
    answered once)."""
    flagged = events[events["flagged"]].copy()
    flagged["group"] = flagged["series_id"].where(flagged["series_id"] != "", flagged["uid"])
    flagged = flagged.sort_values(["start", "duration_min"], ascending=[False, False])
    flagged = flagged.drop_duplicates(["owner", "source", "group"])
    return [_item(row, tz_of) for row in flagged.to_dict("records")]


def _item(row: Mapping[Hashable, Any], tz_of: dict[str, str]) -> ReviewItem:
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
        reason=str(row["reason"]),
        recurring=bool(row["recurring"]),
    )


def walk(
    store: Store, items: Sequence[ReviewItem], decide: Callable[[ReviewItem], Decision]
) -> ReviewSummary:
    labelled = skipped = shown = 0
    for item in items:
        shown += 1
        decision = decide(item)
        if decision.stop:
            break
        if decision.category is None:
            skipped += 1
            continue
        rid = "" if decision.series and item.recurring else item.recurrence_id
        store.correct(item.owner, item.source, item.uid, rid, decision.category)
        labelled += 1
    return ReviewSummary(shown, labelled, skipped)


def label(
    store: Store,
    owners: Sequence[str],
    uid: str,
    category: str,
    recurrence_id: str | None = None,
    source: str | None = None,
) -> str:
    """Tag the series ``uid`` (or one occurrence of it) as ``category``; returns what was
    done, in words."""
    if category not in LABELS:
        raise UsageError(f"--as {category!r}: use one of {', '.join(LABELS)}")
    found = store.find(owners, uid)
    if source is not None:
        found = found[found["source"] == source]
    if found.empty:
        raise UsageError(f"no stored event with uid {uid!r}; `timeaudit events` lists every uid")
    targets = found[["owner", "source"]].drop_duplicates()
    if len(targets) > 1:
        where = ", ".join(f"{o} in {s}" for o, s in targets.itertuples(index=False))
        raise UsageError(f"uid {uid!r} is on several calendars ({where}); add --person or --source")
    owner, src = targets.iloc[0]
    if recurrence_id and recurrence_id not in set(found["recurrence_id"]):
        raise UsageError(
            f"event {uid!r} has no occurrence {recurrence_id!r}; `timeaudit events` lists them"
        )
    store.correct(str(owner), str(src), uid, recurrence_id or "", category)
    title = PRIVATE_TITLE if bool(found["private"].iloc[0]) else str(found["title"].iloc[0])
    scope = (
        f"occurrence {recurrence_id}" if recurrence_id else f"all {len(found)} stored occurrence(s)"
    )
    return f"tagged {title!r} as {category}: {scope}"
