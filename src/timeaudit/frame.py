"""From the store on, events flow as one pandas DataFrame, one row per occurrence.

:func:`events_to_frame` builds the *stored* columns from :class:`Event` objects (the only
per-event loop, at the connector/store boundary); :func:`add_context` derives the context
columns the classifier and the counting rules read, vectorised.

Stored columns (:data:`STORED_COLUMNS`):
    source, uid, recurrence_id, owner, calendar (str); start, end, created
    (datetime64[ns, UTC]; created may be NaT); tz (event's own zone name); all_day,
    private (bool); title, description, location, organizer (lower-cased email),
    attendee_emails (space-separated lower-cased emails, owner included when listed),
    attendees_json (JSON list of {email,name,response}); response, busy, status, kind
    (the enum values of :mod:`timeaudit.model`); series_id; categories ("; "-joined).

Context columns added by :func:`add_context` for a person (:data:`CONTEXT_COLUMNS`):
    person_tz (owner's zone), role, duration_min (float), n_attendees (int, >= 1: the owner
    counts), n_external (int: attendees outside the owner's domains), external (bool),
    organizer_self (bool), recurring (bool), lead_hours (float, NaN when created unknown),
    local_start_hour (float, owner's zone), weekday (0=Mon), outside_hours (bool),
    one_to_one (bool: exactly two people), with_report (bool: a direct report attends),
    text (title + description + location, lower-cased, for regex rules).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd

from timeaudit.model import Event, Response

STORED_COLUMNS = (
    "source",
    "uid",
    "recurrence_id",
    "owner",
    "calendar",
    "start",
    "end",
    "tz",
    "all_day",
    "title",
    "description",
    "location",
    "organizer",
    "attendee_emails",
    "attendees_json",
    "response",
    "busy",
    "status",
    "private",
    "created",
    "series_id",
    "kind",
    "categories",
)

CONTEXT_COLUMNS = (
    "person_tz",
    "role",
    "duration_min",
    "n_attendees",
    "n_external",
    "external",
    "organizer_self",
    "recurring",
    "lead_hours",
    "local_start_hour",
    "weekday",
    "outside_hours",
    "one_to_one",
    "with_report",
    "text",
)


@dataclass(frozen=True)
class PersonContext:
    """What the context columns need to know about a calendar's owner."""

    email: str
    tz: str
    role: str
    domains: tuple[str, ...] = ()  # internal domains; the owner's own is always one
    reports: tuple[str, ...] = ()  # direct reports' emails
    work_start: float = 8.0  # working hours, owner's zone
    work_end: float = 18.0

    @property
    def internal_domains(self) -> set[str]:
        own = self.email.rsplit("@", 1)[-1].lower()
        return {own, *(d.lower() for d in self.domains)}


#: C0 and C1 control characters (tab and newline excepted): a terminal escape in a title
#: would otherwise run when a Markdown report is printed with `cat`.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean_text(value: str) -> str:
    """Calendar text as it may be stored and shown: no control characters."""
    return _CONTROL.sub("", value)


def event_record(event: Event) -> dict[str, object]:
    """The stored columns of one event, as plain Python values; calendar text cleaned."""
    return {
        "source": event.source,
        "uid": event.uid,
        "recurrence_id": event.recurrence_id,
        "owner": event.owner.lower(),
        "calendar": event.calendar,
        "start": event.start,
        "end": event.end,
        "tz": event.tz,
        "all_day": event.all_day,
        "title": clean_text(event.title),
        "description": clean_text(event.description),
        "location": clean_text(event.location),
        "organizer": event.organizer.lower(),
        "attendee_emails": " ".join(a.email.lower() for a in event.attendees if not a.resource),
        "attendees_json": json.dumps(
            [
                {"email": a.email, "name": a.name, "response": a.response.value}
                for a in event.attendees
            ]
        ),
        "response": event.response.value,
        "busy": event.busy.value,
        "status": event.status.value,
        "private": event.private,
        "created": event.created,
        "series_id": event.series_id,
        "kind": event.kind.value,
        "categories": "; ".join(event.categories),
    }


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


def add_context(frame: pd.DataFrame, people: Mapping[str, PersonContext]) -> pd.DataFrame:
    """Return a copy of ``frame`` with the context columns for each row's owner.

    Rows whose owner is not in ``people`` get UTC and an empty role.
    """
    out = frame.copy()
    owner = out["owner"]
    out["person_tz"] = owner.map({k: p.tz for k, p in people.items()}).fillna("UTC")
    out["role"] = owner.map({k: p.role for k, p in people.items()}).fillna("")
    out["duration_min"] = (out["end"] - out["start"]).dt.total_seconds() / 60.0
    out["lead_hours"] = (out["start"] - out["created"]).dt.total_seconds() / 3600.0
    out["recurring"] = (out["recurrence_id"] != "") | (out["series_id"] != "")
    _add_attendee_context(out, people)
    _add_local_time(out, people)
    out["text"] = (
        out["title"] + " \n " + out["description"] + " \n " + out["location"]
    ).str.lower()
    return out


_PARTY_KEYS = ["owner", "attendee_emails", "organizer"]


def _add_attendee_context(out: pd.DataFrame, people: Mapping[str, PersonContext]) -> None:
    """Who takes part, computed once per distinct (owner, attendees, organiser): a series
    repeats the same list on every occurrence."""
    parties = out[_PARTY_KEYS].drop_duplicates().reset_index(drop=True)
    counts = _party_counts(parties, people)
    merged = out[_PARTY_KEYS].merge(counts, on=_PARTY_KEYS, how="left")
    out["n_attendees"] = merged["n_attendees"].to_numpy()
    out["n_external"] = merged["n_external"].to_numpy()
    out["external"] = out["n_external"] > 0
    out["one_to_one"] = out["n_attendees"] == 2
    out["with_report"] = merged["with_report"].to_numpy()
    own = (out["organizer"] == "") | (out["organizer"] == out["owner"])
    out["organizer_self"] = own | (out["response"] == Response.ORGANIZER.value)


def _party_counts(parties: pd.DataFrame, people: Mapping[str, PersonContext]) -> pd.DataFrame:
    # The organiser takes part even when the invite does not list them as an attendee
    # (Outlook's style); count each address once per event.
    emails = (parties["attendee_emails"] + " " + parties["organizer"]).str.split()
    exploded = emails.explode().dropna()
    exploded = exploded[exploded != ""]
    exploded = exploded[~_duplicated_pairs(exploded)]
    owners = parties["owner"].reindex(exploded.index)
    domain = exploded.str.rsplit("@", n=1).str[-1]
    internal = _lookup_pairs(owners, domain, {k: p.internal_domains for k, p in people.items()})
    is_report = _lookup_pairs(owners, exploded, {k: set(p.reports) for k, p in people.items()})
    others = exploded != owners
    result = parties.copy()
    listed = others.groupby(level=0).sum().reindex(parties.index, fill_value=0)
    external = (~internal & others).groupby(level=0).sum().reindex(parties.index, fill_value=0)
    reports = is_report.groupby(level=0).any().reindex(parties.index, fill_value=False)
    result["n_attendees"] = (listed + 1).astype(int)
    result["n_external"] = external.astype(int)
    result["with_report"] = reports.astype(bool)
    return result


def _duplicated_pairs(values: pd.Series) -> np.ndarray:
    """True where (index label, value) repeats an earlier pair."""
    pairs = pd.DataFrame({"i": values.index, "v": values.to_numpy()})
    return np.asarray(pairs.duplicated().to_numpy())


def _lookup_pairs(owners: pd.Series, values: pd.Series, table: Mapping[str, set[str]]) -> pd.Series:
    """For each (owner, value) pair: is ``value`` in ``table[owner]``? Vectorised by
    joining on a frame of the table's pairs."""
    pairs = pd.DataFrame(
        [(o, v) for o, vs in table.items() for v in vs], columns=["o", "v"]
    ).drop_duplicates()
    probe = pd.DataFrame({"o": owners.to_numpy(), "v": values.to_numpy()})
    hit = probe.merge(pairs.assign(hit=True), on=["o", "v"], how="left")["hit"]
    return pd.Series(hit.fillna(False).astype(bool).to_numpy(), index=values.index)


def _add_local_time(out: pd.DataFrame, people: Mapping[str, PersonContext]) -> None:
    hour = pd.Series(np.nan, index=out.index, dtype=float)
    weekday = pd.Series(0, index=out.index, dtype=int)
    end_hour = pd.Series(np.nan, index=out.index, dtype=float)
    for tz, idx in out.groupby("person_tz").groups.items():
        local = out.loc[idx, "start"].dt.tz_convert(str(tz))
        local_end = out.loc[idx, "end"].dt.tz_convert(str(tz))
        hour.loc[idx] = local.dt.hour + local.dt.minute / 60.0
        end_hour.loc[idx] = local_end.dt.hour + local_end.dt.minute / 60.0
        weekday.loc[idx] = local.dt.day_of_week
    starts = out["owner"].map({k: p.work_start for k, p in people.items()}).fillna(8.0)
    ends = out["owner"].map({k: p.work_end for k, p in people.items()}).fillna(18.0)
    out["local_start_hour"] = hour
    out["weekday"] = weekday
    crosses_midnight = end_hour < hour
    out["outside_hours"] = (
        (weekday >= 5) | (hour < starts) | (hour >= ends) | (end_hour > ends) | crosses_midnight
    ) & ~out["all_day"]


def distinct_rows(keys: pd.DataFrame) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """``(codes, firsts)``: rows of ``keys`` that are equal in every column (missing values
    equal too) share a code, and ``firsts[c]`` is the position of code ``c``'s first row.
    How the rules and the model classify a recurring series once, not fifty times."""
    grouped = keys.groupby(list(keys.columns), sort=False, dropna=False)
    codes = np.asarray(grouped.ngroup(), dtype=np.intp)
    return codes, np.unique(codes, return_index=True)[1]
