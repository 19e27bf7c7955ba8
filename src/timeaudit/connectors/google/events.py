"""Google event resources as :class:`~timeaudit.model.Event`, and the net effect of an
incremental sync's changes.

Keys: an instance of a series is ``(recurringEventId, recurrence_key(originalStartTime))``,
anything else ``(id, "")``: a deletion may carry nothing but those fields. The event's
``ical_uid`` is its ``iCalUID``: the UID other calendar systems (an ICS export, Outlook) know
it by, the same for every instance of a series.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from timeaudit.connectors.contract import SourceSpec, Window
from timeaudit.connectors.kit.zones import UTC_ZONE, zone_named
from timeaudit.errors import UsageError
from timeaudit.model import Attendee, Busy, Event, Kind, Response, Status, recurrence_key

Item = dict[str, Any]  # one event resource as Google sends it
Key = tuple[str, str]  # (uid, recurrence_id)

_RESPONSES = {
    "accepted": Response.ACCEPTED, "tentative": Response.TENTATIVE,
    "declined": Response.DECLINED, "needsAction": Response.NEEDS_ACTION,
}  # fmt: skip
_STATUS = {"tentative": Status.TENTATIVE, "cancelled": Status.CANCELLED}
_KINDS = {"outOfOffice": Kind.OUT_OF_OFFICE, "focusTime": Kind.FOCUS_TIME}
IGNORED_TYPES = frozenset({"workingLocation", "birthday"})


# -- incremental changes -------------------------------------------------------------------
class Changes:
    """The net effect of a run of changes: the last word on each key wins. An event that
    moved out of the cursor's window is removed, not stored."""

    def __init__(self, window: Window) -> None:
        self.window = window
        self.events: dict[Key, Event] = {}
        self.removed: dict[Key, None] = {}

    def apply(self, item: Item, mapped: Event | Key | None) -> None:
        if isinstance(mapped, Event) and self.window.holds(mapped):
            key = (mapped.uid, mapped.recurrence_id)
            self.events[key] = mapped
            self.removed.pop(key, None)
            return
        if mapped is None and item.get("eventType") not in IGNORED_TYPES:
            return  # unreadable: reported; keep what is stored
        key = mapped if isinstance(mapped, tuple) else removal_key(item)
        self.events.pop(key, None)
        self.removed[key] = None

    def result(self) -> tuple[list[Event], list[Key]]:
        events = sorted(self.events.values(), key=lambda e: (e.start, e.key))
        return events, list(self.removed)


# -- mapping one event -----------------------------------------------------------------------
def removal_key(item: Item) -> Key:
    """The key a deletion removes: an instance of a series, or a whole event."""
    series = item.get("recurringEventId")
    if series:
        return str(series), recurrence_key(_original(item["originalStartTime"]))
    return str(item["id"]), ""


def _original(value: Mapping[str, Any]) -> date | datetime:
    """originalStartTime: a date for an all-day series, else an aware instant."""
    if "date" in value:
        return date.fromisoformat(value["date"])
    return _when(value, UTC_ZONE)


def to_event(
    item: Item, spec: SourceSpec, calendar: str, calendar_zone: ZoneInfo, owner_zone: ZoneInfo
) -> Event | None:
    """One event resource as the owner's Event; None for working locations and birthdays."""
    event_type = str(item.get("eventType") or "default")
    if event_type in IGNORED_TYPES:
        return None
    uid, recurrence_id = removal_key(item)
    start, end, tz, all_day = _times(item, calendar_zone, owner_zone)
    if event_type == "outOfOffice" and not all_day:
        all_day = whole_local_days(start, end)  # Google keeps all-day absences timed
    organizer = item.get("organizer") or {}
    return Event(
        source=spec.name, owner=spec.owner, uid=uid, recurrence_id=recurrence_id,
        start=start, end=end, tz=tz, all_day=all_day,
        title=str(item.get("summary") or ""),
        description=str(item.get("description") or ""),
        location=str(item.get("location") or ""),
        organizer=str(organizer.get("email") or "").lower(),
        attendees=tuple(_attendee(a) for a in item.get("attendees") or []),
        response=owner_response(item, spec.owner),
        busy=_busy(item, event_type),
        status=_STATUS.get(str(item.get("status")), Status.CONFIRMED),
        private=item.get("visibility") in ("private", "confidential"),
        created=_created(item.get("created")),
        series_id=str(item.get("recurringEventId") or ""),
        kind=_KINDS.get(event_type, Kind.DEFAULT),
        calendar=calendar,
        ical_uid=str(item.get("iCalUID") or ""),
    )  # fmt: skip


def owner_response(item: Item, owner: str) -> Response:
    """The owner's own answer: organiser, their attendee entry (``self``), or none."""
    organizer = item.get("organizer") or {}
    if organizer.get("self") or str(organizer.get("email", "")).lower() == owner.lower():
        return Response.ORGANIZER
    for person in item.get("attendees") or []:
        if person.get("self") or str(person.get("email", "")).lower() == owner.lower():
            return _RESPONSES.get(str(person.get("responseStatus")), Response.NEEDS_ACTION)
    return Response.NONE


def _attendee(person: Mapping[str, Any]) -> Attendee:
    return Attendee(
        email=str(person.get("email") or "").lower(),
        name=str(person.get("displayName") or ""),
        response=_RESPONSES.get(str(person.get("responseStatus")), Response.NEEDS_ACTION),
        optional=bool(person.get("optional")),
        resource=bool(person.get("resource")),
    )


def _busy(item: Item, event_type: str) -> Busy:
    if event_type == "outOfOffice":
        return Busy.OUT_OF_OFFICE
    return Busy.FREE if item.get("transparency") == "transparent" else Busy.BUSY


def _times(
    item: Item, calendar_zone: ZoneInfo, owner_zone: ZoneInfo
) -> tuple[datetime, datetime, str, bool]:
    """Start, end, zone name, all-day. All-day dates start at midnight in the owner's zone;
    timed events are shown in their own zone, else the calendar's."""
    if "date" in item["start"]:
        start, end = _when(item["start"], owner_zone), _when(item["end"], owner_zone)
        return start, end, owner_zone.key, True
    zone = zone_named(str(item["start"].get("timeZone") or "")) or calendar_zone
    start, end = _when(item["start"], zone), _when(item["end"], zone)
    return start.astimezone(zone), end.astimezone(zone), zone.key, False


def whole_local_days(start: datetime, end: datetime) -> bool:
    """From a midnight to a later midnight, read in the zone the times are given in: what
    an all-day absence is, whether the source marks it all-day (ICS, Graph) or gives it
    times (Google's out-of-office events always have times)."""
    midnight = datetime.min.time()
    return end > start and start.time() == midnight == end.time()


def _when(value: Mapping[str, Any], zone: ZoneInfo) -> datetime:
    """A start, end or originalStartTime as an aware datetime (dates at midnight)."""
    if "date" in value:
        return datetime.combine(date.fromisoformat(value["date"]), datetime.min.time(), zone)
    moment = datetime.fromisoformat(value["dateTime"])
    return moment if moment.utcoffset() is not None else moment.replace(tzinfo=zone)


def _created(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    moment = datetime.fromisoformat(value)
    return moment if moment.utcoffset() is not None else moment.replace(tzinfo=UTC)


def source_zone(spec: SourceSpec) -> ZoneInfo:
    zone = zone_named(spec.tz)
    if zone is None:
        raise UsageError(
            f"source {spec.name!r}: unknown time zone {spec.tz!r} "
            "(use an IANA name such as Europe/Berlin)"
        )
    return zone
