"""Graph events as :class:`~timeaudit.model.Event`.

**Keys.** An occurrence or exception of a series has ``uid`` = its ``seriesMasterId`` and
``recurrence_id`` = :func:`~timeaudit.model.recurrence_key` of its ``originalStart`` (a moved
instance keeps its key); a one-off has its own id and no recurrence id. Graph leaves
``originalStart`` out of some calendarView payloads (microsoft-graph-docs issue 4353): then the
key the connector stored the item under before, when it knows one, is kept, so a moved instance
is not stored twice; only an instance never seen before falls back to its own start.

**The iCalendar UID.** Graph's ``iCalUId`` differs for each occurrence of a series: it is the
hex of the Outlook Global Object ID (MS-OXOCAL PidLidGlobalObjectId), which carries the
instance's date. :func:`ical_uid` reads from it the UID other calendar systems know the
series or one-off by (MS-OXCICAL): the UID embedded after the ``vCal-Uid`` marker for a
meeting that came from Google or another iCalendar system, else the hex of the id with the
instance date zeroed (the series' "clean" id). No extra request is needed.

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
from string import hexdigits
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
        ical_uid=ical_uid(item.get("iCalUId")),
    )


#: PidLidGlobalObjectId: the class id every Outlook Global Object ID opens with.
GOID_CLASS = bytes.fromhex("040000008200E00074C5B7101A82E008")
#: The bytes of the instance's date (year high, year low, month, day): zero in a clean id.
_INSTANCE_DATE = slice(16, 20)
#: Class id, instance date, creation time (8 bytes), reserved (8 bytes), size (4 bytes LE).
_GOID_HEADER = 40
#: What opens the data of an id made from an iCalendar UID (MS-OXCICAL ``EncodedGlobalId``).
VCAL_MARKER = b"vCal-Uid" + bytes((1, 0, 0, 0))


def ical_uid(value: object) -> str:
    """The iCalendar UID of the series or one-off a Graph ``iCalUId`` belongs to.

    A Global Object ID whose data holds an iCalendar UID (after :data:`VCAL_MARKER`, up to a
    NUL) gives that UID; any other Global Object ID gives the upper-case hex of its clean
    form (instance date zeroed), the same for every occurrence of a series. Anything not in
    that format is returned as given (stripped); a missing value is ""."""
    text = str(value or "").strip()
    raw = _goid(text)
    if raw is None:
        return text
    data = raw[_GOID_HEADER:]
    if data.startswith(VCAL_MARKER):
        embedded = data[len(VCAL_MARKER) :].split(b"\0", 1)[0]
        try:
            uid = embedded.decode("utf-8").strip()
        except UnicodeDecodeError:
            uid = ""
        if uid and uid.isprintable():
            return uid
    clean = raw[: _INSTANCE_DATE.start] + bytes(4) + raw[_INSTANCE_DATE.stop :]
    return clean.hex().upper()


def _goid(text: str) -> bytes | None:
    """The bytes of a hex Global Object ID, or None when ``text`` is not one (not hex, not
    the Outlook class id, or a size field that disagrees with the data's length)."""
    if len(text) < 2 * _GOID_HEADER or len(text) % 2 or text.strip(hexdigits):
        return None
    raw = bytes.fromhex(text)
    if not raw.startswith(GOID_CLASS):
        return None
    size = int.from_bytes(raw[_GOID_HEADER - 4 : _GOID_HEADER], "little")
    return raw if len(raw) == _GOID_HEADER + size else None


def item_key(item: Item, zone: ZoneInfo, previous: Key | None = None) -> Key:
    """``(uid, recurrence_id)``: the series and the original start for an instance of a
    series, the item's id otherwise. For an all-day series the recurrence id is the
    instance's date, as an ICS export's ``RECURRENCE-ID;VALUE=DATE`` and Google's
    ``originalStartTime.date`` give it: Outlook keeps an all-day instance as midnight in the
    zone the event was written in (``originalStartTimeZone``), so the instant is read in that
    zone, the owner's (``zone``) when it is not known.

    Without ``originalStart`` the instance's own start is all there is, and a moved instance
    would get a new key and be stored twice; so ``previous``, the key the same item id had in
    the same series, is kept when given."""
    master = str(item.get("seriesMasterId") or "")
    if not master or str(item.get("type") or "").lower() not in {"occurrence", "exception"}:
        return str(item["id"]), ""
    original = _timestamp(item.get("originalStart"))
    if original is None and previous is not None and previous[0] == master and previous[1]:
        return previous
    if item.get("isAllDay"):
        if original is None:  # the instance's own date: all-day dates float
            return master, recurrence_key(_calendar_date(item["start"]))
        written_in = zone_named(str(item.get("originalStartTimeZone") or "")) or zone
        return master, recurrence_key(original.astimezone(written_in).date())
    return master, recurrence_key(original or _instant(item["start"]).astimezone(UTC))


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
