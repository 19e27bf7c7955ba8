"""Graph events as :class:`~timeaudit.model.Event`.

**Keys.** An occurrence or exception of a series has ``uid`` = its ``seriesMasterId`` and
``recurrence_id`` = :func:`~timeaudit.model.recurrence_key` of its ``originalStart`` (a moved
instance keeps its key); a one-off has its own id and no recurrence id. Graph leaves
``originalStart`` out of some calendarView payloads (microsoft-graph-docs issue 4353): then the
key the connector stored the item under before, when it knows one, is kept, so a moved instance
is not stored twice; only an instance never seen before falls back to its own start.

**Slim records.** A delta round may carry an occurrence as little more than its id, series,
type and times (:func:`is_slim`); the connector reads such an item in full before mapping it.

**Zones.** Requests ask for times in UTC (``Prefer: outlook.timezone="UTC"``); the event's
own zone is its ``originalStartTimeZone``, which may be a Windows name ("W. Europe Standard
Time"): every name is read by the connectors' one resolver
(:func:`~timeaudit.connectors.kit.zones.zone_named`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from timeaudit.connectors.kit.zones import UTC_ZONE, zone_named
from timeaudit.model import Attendee, Busy, Event, Kind, Response, Status, recurrence_key

Item = dict[str, Any]  # one event as Graph sends it
Key = tuple[str, str]  # (uid, recurrence_id)

_SHOW_AS = {
    "free": Busy.FREE, "tentative": Busy.TENTATIVE, "busy": Busy.BUSY,
    "oof": Busy.OUT_OF_OFFICE, "workingelsewhere": Busy.WORKING_ELSEWHERE,
}  # fmt: skip
_RESPONSE = {
    "organizer": Response.ORGANIZER, "accepted": Response.ACCEPTED,
    "tentativelyaccepted": Response.TENTATIVE, "declined": Response.DECLINED,
    "notresponded": Response.NEEDS_ACTION, "none": Response.NONE,
}  # fmt: skip


@dataclass(frozen=True)
class Owner:
    """What mapping needs to know about the calendar's owner."""

    source: str
    email: str
    zone: ZoneInfo
    calendar: str


#: Fields every full event payload carries, empty or not; a record without one of them is a
#: slim delta record, and mapping it as it is would store an event with blank details.
DETAIL_FIELDS = ("subject", "attendees", "showAs")


def is_slim(item: Item) -> bool:
    """Whether ``item`` lacks the details a full payload always has (see :data:`DETAIL_FIELDS`)."""
    return any(name not in item for name in DETAIL_FIELDS)


def event_from(item: Item, owner: Owner, previous: Key | None = None) -> Event:
    """One Graph occurrence as the owner's :class:`Event`; ``previous`` is the key the item
    was stored under before, if known (see :func:`item_key`)."""
    start, end, tz = _times(item, owner.zone)
    uid, recurrence_id = item_key(item, owner.zone, previous)
    people = tuple(_attendee(a) for a in item.get("attendees") or [])
    busy = _SHOW_AS.get(str(item.get("showAs") or "").lower(), Busy.BUSY)
    return Event(
        source=owner.source,
        owner=owner.email,
        uid=uid,
        start=start,
        end=end,
        recurrence_id=recurrence_id,
        tz=tz,
        all_day=bool(item.get("isAllDay")),
        title=str(item.get("subject") or ""),
        description=str(item.get("bodyPreview") or ""),
        location=str((item.get("location") or {}).get("displayName") or ""),
        organizer=_address(item.get("organizer")),
        attendees=people,
        response=_owner_response(item, people, owner.email),
        busy=busy,
        status=Status.CANCELLED if item.get("isCancelled") else Status.CONFIRMED,
        private=str(item.get("sensitivity") or "").lower() in {"private", "confidential"},
        created=_timestamp(item.get("createdDateTime")),
        series_id=uid if recurrence_id else "",
        kind=Kind.OUT_OF_OFFICE if busy is Busy.OUT_OF_OFFICE else Kind.DEFAULT,
        categories=tuple(str(c) for c in item.get("categories") or []),
        calendar=owner.calendar,
    )


def item_key(item: Item, zone: ZoneInfo, previous: Key | None = None) -> Key:
    """``(uid, recurrence_id)``: the series and the original start for an instance of a
    series (its date in the owner's zone for an all-day series), the item's id otherwise.

    Without ``originalStart`` the instance's own start is all there is, and a moved instance
    would get a new key and be stored twice; so ``previous``, the key the same item id had in
    the same series, is kept when given."""
    master = str(item.get("seriesMasterId") or "")
    if not master or str(item.get("type") or "").lower() not in {"occurrence", "exception"}:
        return str(item["id"]), ""
    original = _timestamp(item.get("originalStart"))
    if original is None and previous is not None and previous[0] == master and previous[1]:
        return previous
    original = original or _instant(item["start"]).astimezone(UTC)
    if item.get("isAllDay"):
        return master, recurrence_key(original.astimezone(zone).date())
    return master, recurrence_key(original)


def _instant(value: Mapping[str, Any]) -> datetime:
    """A Graph dateTimeTimeZone as an aware instant (7 fractional digits are fine)."""
    moment = datetime.fromisoformat(str(value["dateTime"]))
    if moment.tzinfo is not None:
        return moment
    name = str(value.get("timeZone") or "UTC")
    zone = zone_named(name)
    if zone is None:
        raise ValueError(f"unknown time zone {name!r}")
    return moment.replace(tzinfo=zone)


def _timestamp(value: Any) -> datetime | None:
    if not value:
        return None
    moment = datetime.fromisoformat(str(value))
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _times(item: Item, owner_zone: ZoneInfo) -> tuple[datetime, datetime, str]:
    """Start, end and the event's own zone name. All-day events are floating dates: they
    start at midnight in the owner's zone, whatever zone Graph rendered them in."""
    if item.get("isAllDay"):
        first = _calendar_date(item["start"])
        last = max(_calendar_date(item["end"]), first + timedelta(days=1))
        return _midnight(first, owner_zone), _midnight(last, owner_zone), owner_zone.key
    start, end = _instant(item["start"]), _instant(item["end"])
    zone = _own_zone(item) or owner_zone
    if end < start:
        start, end = end, start
    return start.astimezone(zone), end.astimezone(zone), zone.key


def _own_zone(item: Item) -> ZoneInfo | None:
    """The zone the event was written in: its ``originalStartTimeZone``, else the zone
    Graph rendered it in, unless that is UTC: we asked for UTC, so there it says nothing
    about the event. A custom zone has no name to resolve: None, the owner's zone then."""
    own = zone_named(str(item.get("originalStartTimeZone") or ""))
    if own is not None:
        return own
    shown = zone_named(str(item["start"].get("timeZone") or ""))
    return shown if shown is not None and shown.key != UTC_ZONE.key else None


def _calendar_date(value: Mapping[str, Any]) -> date:
    return datetime.fromisoformat(str(value["dateTime"])).date()


def _midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(), zone)


def _address(person: Any) -> str:
    email = (person or {}).get("emailAddress") or {}
    return str(email.get("address") or "").strip().lower()


def _attendee(raw: Mapping[str, Any]) -> Attendee:
    kind = str(raw.get("type") or "").lower()
    answer = str((raw.get("status") or {}).get("response") or "").lower()
    response = _RESPONSE.get(answer, Response.NEEDS_ACTION)
    return Attendee(
        email=_address(raw),
        name=str((raw.get("emailAddress") or {}).get("name") or ""),
        response=Response.NEEDS_ACTION if response is Response.NONE else response,
        optional=kind == "optional",
        resource=kind == "resource",
    )


def _owner_response(item: Item, people: tuple[Attendee, ...], owner: str) -> Response:
    """Organiser, else the owner's own answer (compared case-insensitively: the docs say
    ``Accepted``, payloads say ``accepted``), else their answer as an attendee."""
    if item.get("isOrganizer"):
        return Response.ORGANIZER
    answer = str((item.get("responseStatus") or {}).get("response") or "").lower()
    if answer in _RESPONSE:
        return _RESPONSE[answer]
    return next((a.response for a in people if a.email == owner.lower()), Response.NONE)
