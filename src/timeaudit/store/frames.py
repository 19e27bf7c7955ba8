"""Stored records as one pandas DataFrame, one row per occurrence, with canonical dtypes.

:func:`events_to_frame` builds the stored columns
(:data:`timeaudit.store.records.STORED_COLUMNS`) from :class:`Event` objects: the only
per-event loop, at the connector/store boundary.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from timeaudit.model import Event
from timeaudit.store.records import PRIVATE_TITLE, STORED_COLUMNS, event_record


def empty_frame() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype="object") for c in STORED_COLUMNS})
    return normalise_types(frame)


def events_to_frame(events: Iterable[Event]) -> pd.DataFrame:
    records = [event_record(e) for e in events]
    if not records:
        return empty_frame()
    return normalise_types(pd.DataFrame.from_records(records, columns=list(STORED_COLUMNS)))


def normalise_types(frame: pd.DataFrame) -> pd.DataFrame:
    """Give the stored columns their canonical dtypes (a copy; the input is untouched)."""
    out = frame.copy()
    for col in ("start", "end", "created"):
        out[col] = pd.to_datetime(out[col], utc=True, format="ISO8601")
    for col in ("all_day", "private"):
        out[col] = out[col].fillna(False).astype(bool)
    text_cols = [
        c for c in STORED_COLUMNS if c not in ("start", "end", "created", "all_day", "private")
    ]
    for col in text_cols:
        out[col] = out[col].fillna("").astype(str)
    return out


def display_titles(frame: pd.DataFrame, redact: bool = False) -> pd.Series:
    """Titles as they may be shown: private ones replaced, all of them with ``redact``."""
    if redact:
        return pd.Series("(redacted)", index=frame.index)
    return frame["title"].where(~frame["private"].astype(bool), PRIVATE_TITLE)


#: A model feature quoting the event's own words (``title 'dentist'``), up to the next
#: feature: where the title may not be shown, neither may these.
_QUOTED = re.compile(r"\b(title|text|description) '.*?'(?=, |; |$)")


def hidden_words(reason: str) -> str:
    """``reason`` with the event's own quoted words replaced: ``title 'dentist'`` reads
    ``title words``."""
    return _QUOTED.sub(r"\1 words", reason)


def display_reasons(frame: pd.DataFrame, redact: bool = False) -> pd.Series:
    """Reasons as they may be shown: a private event's (every event's with ``redact``)
    without the words of its title, description or location that the model quotes."""
    reasons = frame["reason"].astype(str)
    hide = pd.Series(True, index=frame.index) if redact else frame["private"].astype(bool)
    if not hide.any():
        return reasons
    return reasons.where(~hide, reasons[hide].map(hidden_words))
