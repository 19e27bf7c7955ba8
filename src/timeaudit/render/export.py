"""Tabular exports (CSV and JSON) that are safe to open anywhere.

Calendar text is attacker-controlled: an invite titled ``=HYPERLINK(...)`` must not become a
live formula in a spreadsheet, so every CSV cell that a spreadsheet would read as a formula
is neutralised. Private events never show their titles.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

import pandas as pd

from timeaudit.render.schema import event_records
from timeaudit.store.frames import display_reasons, display_titles, hidden_words

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """A CSV cell a spreadsheet will show as text, never evaluate."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def events_table(events: pd.DataFrame, tz_of: dict[str, str], redact: bool = False) -> pd.DataFrame:
    """The ``events`` command's rows: one per occurrence, times in the owner's zone.

    ``uid`` is the event's iCalendar UID (:func:`shown_uid`), the same for a meeting
    whichever source it was read from; ``provider_id`` is the source's own id where it
    differs (Google's event or series id, Graph's event or series master id), else ""."""
    out = pd.DataFrame(index=events.index)
    out["person"] = events["owner"]
    out["uid"] = shown_uid(events)
    out["recurrence_id"] = events["recurrence_id"]
    out["start"] = _local_iso(events, "start", tz_of)
    out["end"] = _local_iso(events, "end", tz_of)
    out["title"] = display_titles(events, redact)
    out["category"] = events["category"]
    out["confidence"] = events["confidence"].round(2)
    out["reason"] = display_reasons(events, redact)
    out["counted"] = events["counted"]
    out["excluded_reason"] = events["excluded_reason"]
    out["hours"] = events["hours"].round(4)
    out["provider_id"] = events["uid"].where(events["uid"] != out["uid"], "")
    out["planning"] = events["planning"].astype(bool)
    out["planning_reason"] = display_planning_reasons(events, redact)
    return out.sort_values(["person", "start", "uid", "recurrence_id"]).reset_index(drop=True)


def display_planning_reasons(events: pd.DataFrame, redact: bool = False) -> pd.Series:
    """The planning lens's reasons as they may be shown: a private event's (every event's
    with ``redact``) without the words of its title or description."""
    reasons = events["planning_reason"].astype(str)
    hide = events["private"].astype(bool) | redact
    return reasons.where(~hide, reasons.map(hidden_words))


def shown_uid(events: pd.DataFrame) -> pd.Series:
    """The uid users see and type: the iCalendar UID, or the stored uid (the source's own
    id) where none is known (a row stored before the iCalendar UID was kept)."""
    ical = events["ical_uid"].astype(str)
    return ical.where(ical != "", events["uid"])


def _local_iso(events: pd.DataFrame, col: str, tz_of: dict[str, str]) -> pd.Series:
    result = pd.Series("", index=events.index, dtype=object)
    for owner, idx in events.groupby("owner").groups.items():
        local = events.loc[idx, col].dt.tz_convert(tz_of.get(str(owner), "UTC"))
        result.loc[idx] = local.map(lambda t: t.isoformat())
    return result


def to_csv(table: pd.DataFrame, columns: Sequence[str] | None = None) -> str:
    cols = list(columns or table.columns)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(cols)
    for row in table[cols].itertuples(index=False, name=None):
        writer.writerow([safe_cell(v) for v in row])
    return buffer.getvalue()


def events_json(table: pd.DataFrame) -> str:
    """The events export (:func:`events_table`) as JSON: the versioned events records of
    :mod:`timeaudit.render.schema`, so a column added to the table reaches no consumer."""
    return json.dumps(event_records(table), indent=2, ensure_ascii=False) + "\n"
