"""The review walk's items: the flagged tags of an audit, newest and longest first, one
per series. Walking them and storing the answers is :mod:`timeaudit.classify.corrections`.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import Any

import pandas as pd

from timeaudit.classify.corrections import ReviewItem
from timeaudit.store.records import PRIVATE_TITLE


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
