"""The standard calendar scenario every connector is tested against, as plain data.

:data:`STANDARD` is one owner's calendar (``owner@example.com``, Europe/Berlin) for the window
1 March to 1 May 2026 in the owner's zone: the entries as the calendar holds them
(:class:`ScenarioEvent`, a series is one entry) and, separately written out by hand, the
normalised occurrences any connector must produce from them (:class:`Expected`).

Each connector's tests render the entries in their source's own form (:func:`to_ics` here;
the Google and Microsoft tests render events.list / calendarView payloads for their fake
servers) and run :class:`~contract.suite.ConnectorContract` on the result. The expectations
are connector-neutral: occurrences are matched by ``(title, recurrence_id)`` rather than by a
source's own ids, ``recurrence_id`` is :func:`timeaudit.model.recurrence_key` of the
instance's original start (Google ``originalStartTime``, Graph ``originalStart``), and where
sources legitimately differ (Outlook shows a tentative answer as tentative time, Google keeps
it busy) :attr:`Expected.busy_any_of` lists every acceptable value.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import icalendar

from timeaudit.connectors.contract import Window
from timeaudit.model import Attendee, Busy, Kind, Response, Status

OWNER = "owner@example.com"
TZ = "Europe/Berlin"
BERLIN = ZoneInfo(TZ)
NEW_YORK = ZoneInfo("America/New_York")
CREATED = datetime(2026, 1, 15, 9, 0, tzinfo=UTC)


def berlin(month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=BERLIN)


def utc(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


@dataclass(frozen=True)
class Moved:
    """One instance of a series moved: it keeps its original start as its identity."""

    original_start: datetime
    start: datetime
    end: datetime


@dataclass(frozen=True)
class ScenarioEvent:
    """One entry on the owner's calendar, as the source holds it.

    ``start``/``end`` are dates for an all-day entry (``end`` exclusive). ``rrule`` is an
    RFC 5545 RRULE value; ``cancelled`` lists original starts of instances cancelled on their
    own (they stay on the calendar with status cancelled). ``show_as`` is an explicit
    free/busy value where the source has one beyond transparency (Outlook, Graph).
    """

    uid: str
    title: str
    start: datetime | date
    end: datetime | date
    organizer: str = OWNER
    attendees: tuple[Attendee, ...] = ()
    rrule: str = ""
    moved: tuple[Moved, ...] = ()
    cancelled: tuple[datetime, ...] = ()
    transparent: bool = False
    show_as: Busy | None = None
    status: Status = Status.CONFIRMED
    private: bool = False
    description: str = ""
    location: str = ""
    created: datetime = CREATED


@dataclass(frozen=True)
class Expected:
    """The key fields of one normalised occurrence a connector must return."""

    title: str
    recurrence_id: str  # "" for a one-off
    start: datetime
    end: datetime
    response: Response
    organizer: str = OWNER
    attendees: frozenset[str] = frozenset()
    busy_any_of: tuple[Busy, ...] = (Busy.BUSY,)
    status: Status = Status.CONFIRMED
    all_day: bool = False
    tz: str = TZ
    private: bool = False
    kind: Kind = Kind.DEFAULT

    @property
    def match_key(self) -> tuple[str, str]:
        return (self.title, self.recurrence_id)


@dataclass(frozen=True)
class Scenario:
    owner: str
    tz: str
    window: Window
    events: tuple[ScenarioEvent, ...]
    expected: tuple[Expected, ...]
    absent_titles: tuple[str, ...] = field(default=())  # entries wholly outside the window


def me(response: Response) -> Attendee:
    return Attendee(OWNER, "Owner Example", response)


def guest(email: str, name: str, response: Response = Response.ACCEPTED) -> Attendee:
    return Attendee(email, name, response)


PRIYA = Attendee("priya@example.com", "Priya Nair", Response.ACCEPTED)
SERIES = "1:1 Priya"
SERIES_MOVED = Moved(berlin(3, 16, 9), berlin(3, 17, 10), berlin(3, 17, 10, 30))
SERIES_CANCELLED = berlin(4, 6, 9)  # Easter Monday
#: A rhythm item (issue 15): the weekly leadership team, Thursdays 11:00 Berlin, one
#: occurrence moved to the Friday, one cancelled; the owner is out on 9 and 10 April.
LEADERSHIP = "Leadership team"
LEADERSHIP_MOVED = Moved(berlin(4, 16, 11), berlin(4, 17, 10), berlin(4, 17, 11))
LEADERSHIP_CANCELLED = berlin(4, 23, 11)
_LEADERS = (
    Attendee("cto@example.com", "CTO", Response.ACCEPTED),
    Attendee("cfo@example.com", "CFO", Response.ACCEPTED),
    PRIYA,
)

EVENTS = (
    # A weekly 1:1 that began before the window and runs across the change to summer time
    # on 29 March: 09:00 Berlin throughout, 08:00 UTC before and 07:00 UTC after.
    ScenarioEvent(
        "one-on-one-priya@scenario.timeaudit", SERIES, berlin(2, 2, 9), berlin(2, 2, 9, 30),
        attendees=(me(Response.ACCEPTED), PRIYA), rrule="FREQ=WEEKLY;BYDAY=MO",
        moved=(SERIES_MOVED,), cancelled=(SERIES_CANCELLED,),
    ),
    ScenarioEvent(
        "leadership-team@scenario.timeaudit", LEADERSHIP, berlin(2, 5, 11), berlin(2, 5, 12),
        organizer="ceo@example.com", attendees=(me(Response.ACCEPTED), *_LEADERS),
        rrule="FREQ=WEEKLY;BYDAY=TH", moved=(LEADERSHIP_MOVED,),
        cancelled=(LEADERSHIP_CANCELLED,),
    ),
    ScenarioEvent(
        "vendor-demo@scenario.timeaudit", "Vendor demo", berlin(3, 11, 14), berlin(3, 11, 15),
        organizer="sales@vendor.example",
        attendees=(me(Response.DECLINED), Attendee("sales@vendor.example", "Vendor Sales")),
    ),
    ScenarioEvent(
        "dentist@scenario.timeaudit", "Dentist", berlin(3, 18, 7, 30), berlin(3, 18, 8, 30),
        private=True,
    ),
    ScenarioEvent(
        "ooo@scenario.timeaudit", "Out of office", date(2026, 4, 9), date(2026, 4, 11),
        show_as=Busy.OUT_OF_OFFICE,
    ),
    ScenarioEvent(
        "hold@scenario.timeaudit", "Hold: board prep", berlin(3, 13, 8), berlin(3, 13, 9),
        transparent=True,
    ),
    ScenarioEvent(
        "partner-intro@scenario.timeaudit", "Partner intro", berlin(3, 24, 16), berlin(3, 24, 17),
        organizer="maria@partner.example",
        attendees=(me(Response.TENTATIVE), guest("maria@partner.example", "Maria")),
    ),
    ScenarioEvent(
        "pricing-workshop@scenario.timeaudit", "Pricing workshop with Acme",
        berlin(4, 15, 10), berlin(4, 15, 12), location="Berlin-3-Spree",
        description="Agree the 2027 price list with Acme's buyers.",
        attendees=(
            me(Response.ACCEPTED),
            Attendee("alice@acme.example", "Alice Buyer", Response.ACCEPTED),
            Attendee("bob@acme.example", "Bob Buyer", Response.NEEDS_ACTION, optional=True),
            Attendee("room-berlin-3@resource.example.com", "Berlin-3-Spree", Response.ACCEPTED,
                     resource=True),
        ),
    ),
    # Ends after the window: it belongs to the window and keeps its full times.
    ScenarioEvent(
        "quarter-close@scenario.timeaudit", "Quarter close", berlin(4, 30, 20), berlin(5, 1, 2),
        organizer="cfo@example.com",
        attendees=(me(Response.ACCEPTED), guest("cfo@example.com", "CFO")),
    ),
    ScenarioEvent(
        "kickoff@scenario.timeaudit", "Kick-off", berlin(2, 20, 10), berlin(2, 20, 11),
    ),
    ScenarioEvent(
        "board-dinner@scenario.timeaudit", "Board dinner", berlin(5, 5, 19), berlin(5, 5, 22),
    ),
    ScenarioEvent(
        "steerco@scenario.timeaudit", "Steering committee", berlin(3, 30, 14),
        berlin(3, 30, 15, 30), organizer="cto@example.com",
        attendees=(me(Response.ACCEPTED), guest("cto@example.com", "CTO")),
    ),
    # Written in New York time, between the US (8 March) and EU (29 March) clock changes.
    ScenarioEvent(
        "ny-call@scenario.timeaudit", "Call with New York office",
        datetime(2026, 3, 10, 10, tzinfo=NEW_YORK), datetime(2026, 3, 10, 11, tzinfo=NEW_YORK),
        organizer="maya@example.com",
        attendees=(me(Response.ACCEPTED), guest("maya@example.com", "Maya")),
    ),
    ScenarioEvent(
        "budget-sync@scenario.timeaudit", "Budget sync", berlin(3, 12, 15), berlin(3, 12, 16),
        organizer="jonas@example.com", status=Status.CANCELLED,
        attendees=(me(Response.ACCEPTED), guest("jonas@example.com", "Jonas")),
    ),
    # The planning lens (issue 15): a planning session, whatever its category.
    ScenarioEvent(
        "q2-roadmap@scenario.timeaudit", "Q2 roadmap planning", berlin(4, 21, 13),
        berlin(4, 21, 15, 30), description="Roadmap planning: themes, owners and dates for Q2.",
        attendees=(me(Response.ACCEPTED), guest("cto@example.com", "CTO"),
                   guest("maya@example.com", "Maya")),
    ),
)  # fmt: skip

_SERIES_PEOPLE = frozenset({OWNER, PRIYA.email})


def _series(start: datetime, original: datetime, status: Status = Status.CONFIRMED) -> Expected:
    """One instance of the 1:1 series: 30 minutes from ``start``, keyed by ``original``."""
    rid = original.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    end = start.replace(minute=30)
    return Expected(SERIES, rid, start, end, Response.ORGANIZER, attendees=_SERIES_PEOPLE,
                    status=status)  # fmt: skip


_LEADERS_PEOPLE = frozenset({OWNER, *(a.email for a in _LEADERS)})


def _leadership(start: datetime, original: datetime, status: Status = Status.CONFIRMED) -> Expected:
    """One instance of the leadership team: an hour from ``start``, keyed by ``original``."""
    rid = original.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    end = start.replace(hour=start.hour + 1)
    return Expected(LEADERSHIP, rid, start, end, Response.ACCEPTED, organizer="ceo@example.com",
                    attendees=_LEADERS_PEOPLE, status=status)  # fmt: skip


EXPECTED = (
    _series(utc(3, 2, 8), utc(3, 2, 8)),
    _series(utc(3, 9, 8), utc(3, 9, 8)),
    _series(utc(3, 17, 9), utc(3, 16, 8)),  # moved: new time, original identity
    _series(utc(3, 23, 8), utc(3, 23, 8)),
    _series(utc(3, 30, 7), utc(3, 30, 7)),  # summer time from here on
    _series(utc(4, 6, 7), utc(4, 6, 7), Status.CANCELLED),
    _series(utc(4, 13, 7), utc(4, 13, 7)),
    _series(utc(4, 20, 7), utc(4, 20, 7)),
    _series(utc(4, 27, 7), utc(4, 27, 7)),
    *(_leadership(utc(3, day, 10), utc(3, day, 10)) for day in (5, 12, 19, 26)),
    *(_leadership(utc(4, day, 9), utc(4, day, 9)) for day in (2, 9, 30)),
    _leadership(utc(4, 17, 8), utc(4, 16, 9)),  # moved: new day and time, original identity
    _leadership(utc(4, 23, 9), utc(4, 23, 9), Status.CANCELLED),
    Expected("Vendor demo", "", utc(3, 11, 13), utc(3, 11, 14), Response.DECLINED,
             organizer="sales@vendor.example",
             attendees=frozenset({OWNER, "sales@vendor.example"})),
    Expected("Dentist", "", utc(3, 18, 6, 30), utc(3, 18, 7, 30), Response.ORGANIZER,
             private=True),
    Expected("Out of office", "", berlin(4, 9), berlin(4, 11), Response.ORGANIZER,
             busy_any_of=(Busy.OUT_OF_OFFICE,), all_day=True, kind=Kind.OUT_OF_OFFICE),
    Expected("Hold: board prep", "", utc(3, 13, 7), utc(3, 13, 8), Response.ORGANIZER,
             busy_any_of=(Busy.FREE,)),
    Expected("Partner intro", "", utc(3, 24, 15), utc(3, 24, 16), Response.TENTATIVE,
             organizer="maria@partner.example", busy_any_of=(Busy.BUSY, Busy.TENTATIVE),
             attendees=frozenset({OWNER, "maria@partner.example"})),
    Expected("Pricing workshop with Acme", "", utc(4, 15, 8), utc(4, 15, 10),
             Response.ORGANIZER,
             attendees=frozenset({OWNER, "alice@acme.example", "bob@acme.example",
                                  "room-berlin-3@resource.example.com"})),
    Expected("Quarter close", "", utc(4, 30, 18), utc(5, 1, 0), Response.ACCEPTED,
             organizer="cfo@example.com", attendees=frozenset({OWNER, "cfo@example.com"})),
    Expected("Steering committee", "", utc(3, 30, 12), utc(3, 30, 13, 30), Response.ACCEPTED,
             organizer="cto@example.com", attendees=frozenset({OWNER, "cto@example.com"})),
    Expected("Call with New York office", "", utc(3, 10, 14), utc(3, 10, 15),
             Response.ACCEPTED, organizer="maya@example.com", tz="America/New_York",
             attendees=frozenset({OWNER, "maya@example.com"})),
    Expected("Budget sync", "", utc(3, 12, 14), utc(3, 12, 15), Response.ACCEPTED,
             organizer="jonas@example.com", status=Status.CANCELLED,
             attendees=frozenset({OWNER, "jonas@example.com"})),
    Expected("Q2 roadmap planning", "", utc(4, 21, 11), utc(4, 21, 13, 30), Response.ORGANIZER,
             attendees=frozenset({OWNER, "cto@example.com", "maya@example.com"})),
)  # fmt: skip

STANDARD = Scenario(
    owner=OWNER,
    tz=TZ,
    window=Window(berlin(3, 1), berlin(5, 1)),
    events=EVENTS,
    expected=EXPECTED,
    absent_titles=("Kick-off", "Board dinner"),
)


# ---------------------------------------------------------------- rendering as iCalendar


def to_ics(scenario: Scenario) -> bytes:
    """The scenario as one calendar export, the way Google and Outlook write it: a master
    VEVENT per entry, RECURRENCE-ID overrides for moved and cancelled instances, and a
    VTIMEZONE for every zone used."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//timeaudit//contract scenario//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-timezone", scenario.tz)
    for entry in scenario.events:
        for component in _components(entry):
            calendar.add_component(component)
    calendar.add_missing_timezones()
    data: bytes = calendar.to_ical()
    return data


def _components(entry: ScenarioEvent) -> list[icalendar.Event]:
    master = _vevent(entry, entry.start, entry.end)
    if entry.rrule:
        master.add("rrule", icalendar.vRecur.from_ical(entry.rrule))
    moved = [_override(entry, m.original_start, m.start, m.end) for m in entry.moved]
    cancelled = [_cancelled(entry, original) for original in entry.cancelled]
    return [master, *moved, *cancelled]


def _override(
    entry: ScenarioEvent, original: datetime, start: datetime, end: datetime
) -> icalendar.Event:
    component = _vevent(entry, start, end)
    component.add("recurrence-id", original)
    component["sequence"] = 1
    return component


def _cancelled(entry: ScenarioEvent, original: datetime) -> icalendar.Event:
    duration = _as_datetime(entry.end) - _as_datetime(entry.start)
    component = _override(entry, original, original, original + duration)
    component["status"] = "CANCELLED"
    return component


def _as_datetime(value: datetime | date) -> datetime:
    return value if isinstance(value, datetime) else datetime(value.year, value.month, value.day)


def _vevent(entry: ScenarioEvent, start: datetime | date, end: datetime | date) -> icalendar.Event:
    component = icalendar.Event()
    component.add("uid", entry.uid)
    component.add("summary", entry.title)
    component.add("dtstart", start)
    component.add("dtend", end)
    component.add("dtstamp", datetime(2026, 5, 2, 6, 0, tzinfo=UTC))
    component.add("created", entry.created)
    component.add("organizer", _address(entry.organizer, {}))
    for person in entry.attendees:
        component.add("attendee", _address(person.email, _attendee_params(person)))
    _add_flags(component, entry)
    return component


def _add_flags(component: icalendar.Event, entry: ScenarioEvent) -> None:
    component.add("status", entry.status.value.upper())
    component.add("transp", "TRANSPARENT" if entry.transparent else "OPAQUE")
    component.add("class", "PRIVATE" if entry.private else "PUBLIC")
    if entry.show_as is Busy.OUT_OF_OFFICE:
        component.add("x-microsoft-cdo-busystatus", "OOF")
    if entry.description:
        component.add("description", entry.description)
    if entry.location:
        component.add("location", entry.location)


def _attendee_params(person: Attendee) -> dict[str, str]:
    return {
        "CN": person.name or person.email,
        "CUTYPE": "RESOURCE" if person.resource else "INDIVIDUAL",
        "ROLE": "OPT-PARTICIPANT" if person.optional else "REQ-PARTICIPANT",
        "PARTSTAT": person.response.value.upper(),
    }


def _address(email: str, params: dict[str, str]) -> icalendar.vCalAddress:
    address = icalendar.vCalAddress(f"mailto:{email}")
    for key, value in params.items():
        address.params[key] = value
    return address
