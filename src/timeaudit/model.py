"""The normalised calendar occurrence every connector produces.

One :class:`Event` is one occurrence on one owner's calendar: a recurring series arrives
already expanded, each instance keyed by its recurrence id. Times are always aware; the
zone the event was written in is kept beside them so reports can say "09:00 Berlin".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum

from timeaudit.errors import InvalidEventError


class Response(StrEnum):
    """The owner's (or an attendee's) answer to an invitation."""

    ORGANIZER = "organizer"
    ACCEPTED = "accepted"
    TENTATIVE = "tentative"
    DECLINED = "declined"
    NEEDS_ACTION = "needs-action"
    NONE = "none"  # not listed as an attendee on their own calendar


class Busy(StrEnum):
    """How the event blocks the owner's time (iCalendar TRANSP, Google transparency,
    Microsoft showAs)."""

    BUSY = "busy"
    TENTATIVE = "tentative"
    FREE = "free"
    OUT_OF_OFFICE = "oof"
    WORKING_ELSEWHERE = "working-elsewhere"


class Status(StrEnum):
    CONFIRMED = "confirmed"
    TENTATIVE = "tentative"
    CANCELLED = "cancelled"


class Kind(StrEnum):
    """What sort of calendar entry this is, where the source says (Google eventType)."""

    DEFAULT = "default"
    OUT_OF_OFFICE = "out-of-office"
    FOCUS_TIME = "focus-time"
    WORKING_LOCATION = "working-location"
    BIRTHDAY = "birthday"


@dataclass(frozen=True, slots=True)
class Attendee:
    email: str
    name: str = ""
    response: Response = Response.NEEDS_ACTION
    optional: bool = False
    resource: bool = False
    group: bool = False  # a list or group address (iCalendar CUTYPE=GROUP)


@dataclass(frozen=True, slots=True)
class Event:
    """One occurrence on one owner's calendar.

    ``recurrence_id`` is empty for a one-off and, for an instance of a series, the
    original start of that instance in UTC as ISO 8601 (a date for all-day series), so the
    key ``(source, uid, recurrence_id)`` is stable when an instance is moved.

    ``uid`` is the source's own id of the event or series (the key the store keeps it
    under: the VEVENT UID for ICS, the event or series id for Google and Microsoft).
    ``ical_uid`` is the iCalendar UID of the series or one-off as other calendar systems
    know it (Google ``iCalUID``; for Microsoft, decoded from Graph's ``iCalUId``): the same
    meeting carries the same ``ical_uid`` from every source, so it is the id users see and
    type. Empty when the source did not say.
    """

    source: str
    owner: str
    uid: str
    start: datetime
    end: datetime
    recurrence_id: str = ""
    tz: str = "UTC"
    all_day: bool = False
    title: str = ""
    description: str = ""
    location: str = ""
    organizer: str = ""
    attendees: tuple[Attendee, ...] = ()
    response: Response = Response.NONE
    busy: Busy = Busy.BUSY
    status: Status = Status.CONFIRMED
    private: bool = False
    created: datetime | None = None
    series_id: str = ""
    kind: Kind = Kind.DEFAULT
    categories: tuple[str, ...] = ()
    calendar: str = ""
    ical_uid: str = ""
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        for name in ("start", "end", "created"):
            value = getattr(self, name)
            if value is not None and (value.tzinfo is None or value.utcoffset() is None):
                raise InvalidEventError(
                    f"event {self.uid!r} from {self.source!r}: {name} {value.isoformat()} "
                    "has no time zone; connectors must attach one"
                )
        if self.end.astimezone(UTC) < self.start.astimezone(UTC):
            raise InvalidEventError(
                f"event {self.uid!r} from {self.source!r}: ends before it starts "
                f"({self.start.isoformat()} > {self.end.isoformat()})"
            )

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.source, self.uid, self.recurrence_id)

    @property
    def duration(self) -> timedelta:
        # aware datetimes sharing a tzinfo subtract as wall-clock times: go through UTC
        return self.end.astimezone(UTC) - self.start.astimezone(UTC)

    @property
    def recurring(self) -> bool:
        return bool(self.recurrence_id or self.series_id)


def recurrence_key(original_start: datetime | date) -> str:
    """The recurrence id for an instance that originally started at ``original_start``."""
    if isinstance(original_start, datetime):
        if original_start.tzinfo is None:
            raise InvalidEventError(f"recurrence id {original_start.isoformat()} has no time zone")
        return original_start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return original_start.isoformat()
