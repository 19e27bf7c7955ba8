"""The stored record of an event: its columns and how one :class:`Event` becomes one row.

Plain Python, so writing to the store and reading one event back need no pandas; the
DataFrame of many records is :mod:`timeaudit.store.frames`. From the store on, events flow
as that frame, one row per occurrence; :func:`timeaudit.classify.context.add_context` derives
the context columns the classifier and the counting rules read, vectorised.

Stored columns (:data:`STORED_COLUMNS`):
    source, uid, recurrence_id, owner, calendar (str); start, end, created
    (datetime64[ns, UTC]; created may be NaT); tz (event's own zone name); all_day,
    private (bool); title, description, location, organizer (lower-cased email),
    attendee_emails (space-separated lower-cased emails, owner included when listed),
    attendees_json (JSON list of {email,name,response}); response, busy, status, kind
    (the enum values of :mod:`timeaudit.model`); series_id; categories ("; "-joined);
    ical_uid (the iCalendar UID other systems know the event by; "" when the source did not
    say, or for a row stored before it was kept). ``uid`` is the source's own id and, with
    source, owner and recurrence_id, the row's key.

Context columns added by :func:`add_context` for a person (:data:`CONTEXT_COLUMNS`):
    person_tz (owner's zone), role, duration_min (float), n_attendees (int, >= 1: the owner
    counts), n_external (int: attendees outside the owner's domains), external (bool),
    organizer_self (bool), recurring (bool), lead_hours (float, NaN when created unknown),
    local_start_hour (float, owner's zone), weekday (0=Mon), outside_hours (bool),
    one_to_one (bool: exactly two people), with_report (bool: a direct report attends),
    text (title + description + location, lower-cased, for regex rules).
"""

from __future__ import annotations

import functools
import json
import re
from datetime import UTC, datetime

from timeaudit.model import Attendee, Event

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
    "ical_uid",
)


#: C0 and C1 control characters (tab and newline excepted): a terminal escape in a title
#: would otherwise run when a Markdown report is printed with `cat`.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


@functools.lru_cache(maxsize=8192)
def clean_text(value: str) -> str:
    """Calendar text as it may be stored and shown: no control characters. Cached: every
    occurrence of a series has the same title, description and location."""
    return _CONTROL.sub("", value)


@functools.lru_cache(maxsize=4096)
def attendee_emails(attendees: tuple[Attendee, ...]) -> str:
    """The attendees' lower-cased addresses, space-separated, rooms and resources left out.
    Cached: every occurrence of a series has the same attendees."""
    return " ".join(a.email.lower() for a in attendees if not a.resource)


@functools.lru_cache(maxsize=4096)
def attendees_json(attendees: tuple[Attendee, ...]) -> str:
    """The attendees with their names and answers (and ``"group": true`` for a list
    address the source marked), as stored (cached like the emails)."""
    return json.dumps(
        [
            {"email": a.email, "name": a.name, "response": a.response.value}
            | ({"group": True} if a.group else {})
            for a in attendees
        ]
    )


def utc_text(value: datetime) -> str:
    """UTC ISO 8601 with a Z, as the store keeps times: sorts as text the way it sorts as
    time."""
    # isoformat, not strftime: the same text for every year the store can hold (strftime
    # pads no year below 1000; isoformat pads it, which sorts), and three times faster
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="seconds") + "Z"


@functools.lru_cache(maxsize=4096)
def _created_text(value: datetime) -> str:
    return utc_text(value)  # cached: every occurrence of a series was created at once


@functools.lru_cache(maxsize=4096)
def _people(attendees: tuple[Attendee, ...]) -> tuple[str, str]:
    return attendee_emails(attendees), attendees_json(attendees)


def event_row(event: Event) -> tuple[object, ...]:
    """The stored columns of one event in :data:`STORED_COLUMNS` order, as the store keeps
    them: times as UTC text (:func:`utc_text`), flags as 0 or 1, calendar text cleaned.
    What the occurrences of a series share is worked out once (cached), because a sync
    makes a row for each of a year's occurrences."""
    created = event.created
    return (
        event.source,
        event.uid,
        event.recurrence_id,
        event.owner.lower(),
        event.calendar,
        utc_text(event.start),
        utc_text(event.end),
        event.tz,
        int(event.all_day),
        clean_text(event.title),
        clean_text(event.description),
        clean_text(event.location),
        event.organizer.lower(),
        *_people(event.attendees),
        event.response.value,
        event.busy.value,
        event.status.value,
        int(event.private),
        None if created is None else _created_text(created),
        event.series_id,
        event.kind.value,
        "; ".join(event.categories),
        event.ical_uid,
    )


def event_record(event: Event) -> dict[str, object]:
    """The stored columns of one event by name (:func:`event_row`)."""
    return dict(zip(STORED_COLUMNS, event_row(event), strict=True))


PRIVATE_TITLE = "(private event)"
