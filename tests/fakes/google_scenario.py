"""The contract scenario as Google Calendar holds it: events.list resources with
``singleEvents=true``, so a series arrives as instances (``recurringEventId``,
``originalStartTime``), a moved instance keeps its original start, and a cancelled
instance or event is a ``status: cancelled`` stub that a full listing hides."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta
from typing import Any

from tests.contract.scenario import BERLIN, ScenarioEvent
from timeaudit.model import Attendee, Busy, Response

Json = dict[str, Any]
HORIZON = datetime(2026, 12, 31, tzinfo=UTC)  # open-ended series are expanded until here

_ANSWERS = {
    Response.ACCEPTED: "accepted", Response.TENTATIVE: "tentative",
    Response.DECLINED: "declined", Response.NEEDS_ACTION: "needsAction",
}  # fmt: skip


def event_id(uid: str) -> str:
    """A Google-style event id (base32hex characters) for a scenario UID."""
    return hashlib.sha256(uid.encode()).hexdigest()[:26]


def google_items(entry: ScenarioEvent, owner: str) -> list[Json]:
    """One scenario entry as Google instances."""
    base = _resource(entry, owner)
    if not entry.rrule:
        start, end = entry.start, entry.end
        if entry.show_as is Busy.OUT_OF_OFFICE and not isinstance(start, datetime):
            start, end = _midnight(start), _midnight(end)  # Google gives absences times
        return [{**base, "id": event_id(entry.uid), **_span(start, end)}]
    return [_instance(entry, base, start) for start in _weekly(entry)]


def _instance(entry: ScenarioEvent, base: Json, original: datetime | date) -> Json:
    assert isinstance(original, datetime) and isinstance(entry.start, datetime)
    assert isinstance(entry.end, datetime)
    series = event_id(entry.uid)
    start, end = original, original + (entry.end - entry.start)
    for moved in entry.moved:
        if moved.original_start == original:
            start, end = moved.start, moved.end
    item = {
        **base, **_span(start, end),
        "id": f"{series}_{original.astimezone(UTC):%Y%m%dT%H%M%SZ}",
        "recurringEventId": series,
        "originalStartTime": _time(original),
    }  # fmt: skip
    if original in entry.cancelled:
        item["status"] = "cancelled"
    return item


def _weekly(entry: ScenarioEvent) -> list[datetime]:
    """The scenario's only kind of series: weekly on the weekday it starts, in its zone
    (wall-clock steps, so 09:00 stays 09:00 across a clock change)."""
    parts = dict(p.split("=") for p in entry.rrule.split(";"))
    assert parts.get("FREQ") == "WEEKLY" and set(parts) <= {"FREQ", "BYDAY"}, entry.rrule
    assert isinstance(entry.start, datetime)
    starts, start = [], entry.start
    while start < HORIZON:
        starts.append(start)
        start += timedelta(weeks=1)
    return starts


def _resource(entry: ScenarioEvent, owner: str) -> Json:
    item: Json = {
        "kind": "calendar#event",
        "status": entry.status.value,
        "summary": entry.title,
        "iCalUID": entry.uid,
        "created": entry.created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "organizer": {
            "email": entry.organizer,
            **({"self": True} if entry.organizer == owner else {}),
        },
        "transparency": "transparent" if entry.transparent else "opaque",
        "visibility": "private" if entry.private else "default",
        "eventType": "outOfOffice" if entry.show_as is Busy.OUT_OF_OFFICE else "default",
    }
    if entry.attendees:
        item["attendees"] = [_attendee(a, owner) for a in entry.attendees]
    if entry.description:
        item["description"] = entry.description
    if entry.location:
        item["location"] = entry.location
    return item


def _attendee(person: Attendee, owner: str) -> Json:
    out: Json = {"email": person.email, "displayName": person.name,
                 "responseStatus": _ANSWERS[person.response]}  # fmt: skip
    if person.email == owner:
        out["self"] = True
    if person.optional:
        out["optional"] = True
    if person.resource:
        out["resource"] = True
    return out


def _midnight(day: datetime | date) -> datetime:
    return datetime.combine(day, datetime.min.time(), BERLIN)


def _span(start: datetime | date, end: datetime | date) -> Json:
    return {"start": _time(start), "end": _time(end)}


def _time(value: datetime | date) -> Json:
    if not isinstance(value, datetime):
        return {"date": value.isoformat()}
    zone = getattr(value.tzinfo, "key", "UTC")
    return {"dateTime": value.isoformat(), "timeZone": zone}
