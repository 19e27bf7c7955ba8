"""iCalendar data as the owner's events: what the ICS and CalDAV connectors share.

``icalendar`` parses, ``recurring_ical_events`` expands (RRULE, RDATE, EXDATE, RECURRENCE-ID
overrides, VTIMEZONE, X-WR-TIMEZONE), and the recurrence bounds of
:mod:`~timeaudit.connectors.kit.recurrence` guard the expansion against hostile series;
nothing here re-implements either. The one shortcut: the simplest one-off events (no series
part, one plain span) are placed directly, with the library's own event adapter and span
test, instead of through a one-occurrence series each (:func:`_one_off_span`; a test holds
it equal to the library on every calendar the tests know). This module decides what each
expanded occurrence means for the owner (their answer, busy or free, private or not, who
organised it and who else comes) and maps it to :class:`~timeaudit.model.Event`, so an
export read from a file and the same calendar read from a CalDAV server give the very same
events.
"""

from __future__ import annotations

import hashlib
import warnings
from collections.abc import Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
import recurring_ical_events
import x_wr_timezone
from icalendar.timezone.tzid import tzid_from_tzinfo
from recurring_ical_events.adapters.event import EventAdapter
from recurring_ical_events.util import time_span_contains_event

from timeaudit.connectors.contract import Window
from timeaudit.connectors.kit.recurrence import (
    BoundedRecurrence,
    IgnoredTimeZone,
    bound_recurrences,
    name_zones,
    sane_zones,
)
from timeaudit.connectors.kit.zones import zone_named
from timeaudit.model import Attendee, Busy, Event, Kind, Response, Status, recurrence_key

# Occurrences are expanded over the window widened by this much, then cut to the exact
# window once floating and all-day times carry the owner's zone (UTC offsets reach 14 h).
MARGIN = timedelta(days=1)

# DELEGATED: the owner handed the invitation to someone else and will not attend.
_PARTSTAT = {
    "ACCEPTED": Response.ACCEPTED, "TENTATIVE": Response.TENTATIVE,
    "DECLINED": Response.DECLINED, "NEEDS-ACTION": Response.NEEDS_ACTION,
    "DELEGATED": Response.DECLINED,
}  # fmt: skip
_CDO_BUSY = {
    "FREE": Busy.FREE, "TENTATIVE": Busy.TENTATIVE, "BUSY": Busy.BUSY,
    "OOF": Busy.OUT_OF_OFFICE, "WORKINGELSEWHERE": Busy.WORKING_ELSEWHERE,
}  # fmt: skip
_STATUS = {"CANCELLED": Status.CANCELLED, "TENTATIVE": Status.TENTATIVE}

Component = Any  # icalendar ships no stubs usable under mypy --strict
Failure = tuple[str, Exception]  # (UID, what went wrong)


class Instance(NamedTuple):
    """One occurrence as the expansion found it: the component it comes from (a series'
    master, an override or a one-off, never a copy), its start and end (dates or datetimes,
    as ``recurring_ical_events`` computed them), and the source's RECURRENCE-ID property
    (an override's; None for the master's own instances)."""

    source: Component
    start: date | datetime
    end: date | datetime
    recurrence_id: Any


Expansion = tuple[list[Instance], list[Failure]]  # occurrences, and what failed


# -- parsing -------------------------------------------------------------------------------
class NotACalendar(ValueError):
    """Bytes that are no calendar at all; its message is the whole explanation."""


def parse_calendars(content: bytes, name: str) -> tuple[list[Component], list[IgnoredTimeZone]]:
    """Parse ``content`` into its top-level components (several when calendars were
    concatenated), apply X-WR-TIMEZONE and give every VEVENT without a UID a stable one
    (from ``name``, the file or object it came from). Also one note per VTIMEZONE left out
    because its rules would stall the first time converted to it
    (:func:`~timeaudit.connectors.kit.recurrence.sane_zones`): they are left out before
    icalendar parses and caches them, and the times that name them are read by the name,
    as for any TZID without a VTIMEZONE."""
    if _binary(content):
        raise NotACalendar("binary content, not a calendar (export the calendar as .ics)")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # icalendar warns about guessed zones; never print
        content, ignored = sane_zones(content)
        parsed = icalendar.Calendar.from_ical(content, multiple=True)
        if not parsed:
            raise ValueError("no complete BEGIN:VCALENDAR ... END:VCALENDAR block found")
        name_zones(parsed, ignored)
        for calendar in parsed:
            _add_missing_uids(calendar, name)
        return [_standardise(c) for c in parsed], ignored


_TEXT_CONTROLS = bytes(range(32)).translate(None, b"\t\n\r")


def _binary(content: bytes) -> bool:
    """Bytes no calendar export holds: iCalendar is text, with no control characters but
    tab and line breaks (an image, an archive or random bytes have plenty)."""
    head = content[:4096]
    controls = sum(head.count(c) for c in _TEXT_CONTROLS)
    return b"\x00" in head or controls > max(8, len(head) // 50)


def _standardise(calendar: Component) -> Component:
    """Apply X-WR-TIMEZONE (Google's calendar-wide zone) as RFC 5545 zones, the zone
    resolved as every other zone name is."""
    name = calendar.get("X-WR-TIMEZONE")
    if name is None:
        return calendar
    zone = zone_named(str(name))
    if zone is None:
        raise ValueError(f"X-WR-TIMEZONE names an unknown time zone {str(name)!r}")
    return x_wr_timezone.to_standard(calendar, timezone=zone)


def _add_missing_uids(calendar: Component, file_name: str) -> None:
    given: dict[str, int] = {}
    for component in calendar.walk("VEVENT"):
        if "UID" not in component:
            uid = synthetic_uid(file_name, component)
            given[uid] = given.get(uid, 0) + 1
            component["UID"] = uid if given[uid] == 1 else f"{uid}-{given[uid]}"


def synthetic_uid(file_name: str, component: Component) -> str:
    """A UID for an event that has none, from the file name, start and title, so the same
    export gives the same UID. Events that share all three are told apart by their order
    in the file (``-2``, ``-3``...) rather than merged into one series."""
    start = component.get("DTSTART")
    raw = "" if start is None else f"{start.params.get('TZID', '')}:{start.to_ical().decode()}"
    parts = [file_name, raw, str(component.get("SUMMARY", ""))]
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "replace")).hexdigest()
    return f"timeaudit-{digest[:24]}"


# -- expansion -----------------------------------------------------------------------------
def expand(calendars: Sequence[Component], start: datetime, end: datetime) -> Expansion:
    """Every occurrence between ``start`` and ``end`` (:class:`Instance`), and the events that
    could not be expanded. A calendar that fails as a whole is retried one UID at a time,
    so one broken series does not hide the others. Recurrence rules are bounded first
    (:mod:`~timeaudit.connectors.kit.recurrence`); each series that changed adds a
    :class:`BoundedRecurrence` to the failures, which is a warning, not a lost event."""
    occurrences: list[Instance] = []
    failures: list[Failure] = []
    for raw in calendars:
        calendar, bounded = bound_recurrences(raw, start, end)
        failures += [(note.uid, note) for note in bounded]
        try:
            occurrences += _between(calendar, start, end)
        except Exception as whole:  # third-party code on untrusted input: reported below
            found, failed = _expand_each_uid(calendar, start, end)
            occurrences += found
            failures += failed or [("", whole)]
    return occurrences, failures


class _Found(recurring_ical_events.Occurrence):  # type: ignore[misc]
    """The occurrence class ``recurring_ical_events`` lets a caller choose (the
    ``occurrence`` of :class:`~recurring_ical_events.ComponentsWithName`): each occurrence
    becomes an :class:`Instance` instead of a shallow copy of its component with new
    DTSTART, DTEND and RECURRENCE-ID properties. The copy is what the library's own
    ``between`` costs most beyond parsing, and every property but the times is the
    source's anyway."""

    def as_component(self, keep_recurrence_attributes: bool) -> Instance:
        source = self._adapter._component  # the adapter keeps the component it adapts
        return Instance(source, self.start, self.end, source.get("RECURRENCE-ID"))


_EVENTS_AS_INSTANCES = [recurring_ical_events.ComponentsWithName("VEVENT", occurrence=_Found)]


def _between(calendar: Component, start: datetime, end: datetime) -> list[Instance]:
    """The occurrences of ``calendar`` between ``start`` and ``end``, in the order
    ``recurring_ical_events`` gives them (by UID, as first written). One-offs (see
    :func:`_one_off_span`) are placed here; the library expands the rest."""
    one_offs: list[Instance] = []
    kept: list[Component] = []
    uids: dict[str, int] = {}  # each UID's place, as the library groups the series
    shared: set[str] = set()  # the library pairs the components of one UID: left to it
    for event in calendar.walk("VEVENT"):
        uid = _uid_of(event)
        if uid in uids:
            shared.add(uid)
        else:
            uids[uid] = len(uids)
    for sub in calendar.subcomponents:
        span = None
        if sub.name == "VEVENT" and _uid_of(sub) not in shared:
            span = _one_off_span(sub)
        if span is None:
            kept.append(sub)
        elif time_span_contains_event(start, end, *span):
            one_offs.append(Instance(sub, *span, None))
    if not one_offs and len(kept) == len(calendar.subcomponents):
        return _expanded(calendar, start, end)
    rest = icalendar.Calendar(calendar) if calendar.name == "VCALENDAR" else icalendar.Calendar()
    rest.subcomponents = kept
    found = one_offs + _expanded(rest, start, end)
    found.sort(key=lambda instance: uids.get(_uid_of(instance.source), len(uids)))  # stable
    return found


def _expanded(calendar: Component, start: datetime, end: datetime) -> list[Instance]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        query = recurring_ical_events.of(calendar, components=_EVENTS_AS_INSTANCES)
        return list(query.between(start, end))


def _uid_of(event: Component) -> str:
    """The UID by which ``recurring_ical_events`` groups an event into its series."""
    return str(event.get("UID", id(event)))


_SERIES_PARTS = ("RRULE", "RDATE", "EXDATE", "RECURRENCE-ID", "DURATION")
# Longer one-offs are left to the library too: it widens its query by an event's length,
# which overflows for an event running to the year 9999, and that failure is reported.
LONG_ONE_OFF = timedelta(days=28)


def _one_off_span(event: Component) -> tuple[date | datetime, date | datetime] | None:
    """Start and end of a VEVENT that is no part of a series, as ``recurring_ical_events``
    computes them (its own event adapter reads DTSTART and DTEND, or the default end, and
    orders them), or None when the library must see it: a series or an override, a
    DURATION, DTSTART and DTEND of different kinds or zones, an event holding another, or
    one lasting more than :data:`LONG_ONE_OFF` (its UID must be its own in the calendar;
    :func:`_between` checks that).

    The library builds a one-occurrence series for every such event (a dateutil rule set,
    a copy per query) to arrive at these same two values; a calendar is mostly one-offs,
    and that machinery was half of reading one. Equality with the library is checked on
    every calendar of the corpus, the tests' own but the stalling series, the samples and
    the organisation benchmark's (``tests/connectors/test_one_offs.py``)."""
    try:
        if any(part in event for part in _SERIES_PARTS) or any(
            found.name == "VEVENT" for sub in event.subcomponents for found in sub.walk()
        ):
            return None
        adapter = EventAdapter(event)
        start, end = adapter.raw_start, adapter.raw_end
        if type(start) is not type(end) or type(start) not in (date, datetime):
            return None
        if isinstance(start, datetime) and start.tzinfo is not end.tzinfo:
            return None
        start, end = adapter.span  # the ends in order
        return (start, end) if end - start <= LONG_ONE_OFF else None
    except Exception:  # untrusted input: the library's reading reports it
        return None


def _expand_each_uid(calendar: Component, start: datetime, end: datetime) -> Expansion:
    found: list[Instance] = []
    failed: list[Failure] = []
    for uid, part in _split_by_uid(calendar):
        try:
            found += _between(part, start, end)
        except Exception as exc:  # this series is broken: report it, keep the others
            failed.append((uid, exc))
    return found, failed


def _split_by_uid(calendar: Component) -> Iterator[tuple[str, Component]]:
    """One small calendar per UID, each with the original's properties and time zones."""
    zones = calendar.walk("VTIMEZONE")
    groups: dict[str, list[Component]] = {}
    for event in calendar.walk("VEVENT"):
        groups.setdefault(str(event.get("UID", "")), []).append(event)
    for uid, events in groups.items():
        part = (
            icalendar.Calendar(calendar) if calendar.name == "VCALENDAR" else icalendar.Calendar()
        )
        part.subcomponents = [*zones, *events]
        yield uid, part


def real_failures(failures: Iterable[Failure]) -> tuple[list[Failure], list[BoundedRecurrence]]:
    """``failures`` split into events that could not be read and series that were bounded
    (a warning: their occurrences within the bounds were read)."""
    failed: list[Failure] = []
    bounded: list[BoundedRecurrence] = []
    for uid, exc in failures:
        if isinstance(exc, BoundedRecurrence):
            bounded.append(exc)
        else:
            failed.append((uid, exc))
    return failed, bounded


# -- times ---------------------------------------------------------------------------------
def event_zone(tz: tzinfo, tzid: str) -> ZoneInfo | None:
    """The IANA zone of a time as icalendar resolved it: the key of a ZoneInfo, else its
    TZID (a Windows name, an Olson name behind a vendor prefix, a spelling of UTC), both
    read by the one resolver the other connectors use."""
    return zone_named(tz.key if isinstance(tz, ZoneInfo) else tzid)


def to_aware(value: date | datetime, owner_zone: ZoneInfo) -> tuple[datetime, str]:
    """``value`` as an aware datetime and the name of its zone. Dates start at midnight and
    floating times are read in the owner's zone; named zones become IANA zones where known."""
    if not isinstance(value, datetime):
        return datetime.combine(value, time(), owner_zone), owner_zone.key
    if value.tzinfo is None or value.utcoffset() is None:
        return value.replace(tzinfo=owner_zone), owner_zone.key
    named = _named_zone(value.tzinfo)
    if named is None:  # the tzinfo carries no id: its name at this moment is all there is
        tzid = str(value.tzname())
        zone = event_zone(value.tzinfo, tzid)
    else:
        zone, tzid = named
    return (value.astimezone(zone), zone.key) if zone else (value, tzid)


#: :func:`_named_zone` by the id of the tzinfo, which the entry holds so the id is not
#: reused; every occurrence of a series carries the same tzinfo object.
_NAMED: dict[int, tuple[tzinfo, tuple[ZoneInfo | None, str] | None]] = {}


def _named_zone(tz: tzinfo) -> tuple[ZoneInfo | None, str] | None:
    """The IANA zone (or None) and the id a tzinfo names by itself, or None when it names
    none; what icalendar's ``tzid_from_dt`` reads, looked up once per tzinfo (a dateutil
    tzinfo need not be hashable, so the cache goes by identity)."""
    known = _NAMED.get(id(tz))
    if known is not None and known[0] is tz:
        return known[1]
    tzid = tzid_from_tzinfo(tz)
    named = None if tzid is None else (event_zone(tz, tzid), tzid)
    if len(_NAMED) >= 1024:  # zones come and go with the files read: keep the cache small
        _NAMED.clear()
    _NAMED[id(tz)] = (tz, named)
    return named


class Times(NamedTuple):
    start: datetime
    end: datetime
    tz: str
    all_day: bool


def occurrence_times(found: Instance, owner_zone: ZoneInfo) -> Times:
    """Start, end, zone name and all-day flag. An end before the start is swapped, as
    recurring_ical_events does for the raw values; an all-day event lasts a day at least."""
    all_day = not isinstance(found.start, datetime)
    start, tz = to_aware(found.start, owner_zone)
    end, _ = to_aware(found.end, owner_zone)
    if end.astimezone(UTC) < start.astimezone(UTC):  # same-zone comparison is wall-clock
        start, end = end, start
    if all_day and end <= start:
        end = datetime.combine(start.date() + timedelta(days=1), time(), owner_zone)
    return Times(start, end, tz, all_day)


# -- properties ----------------------------------------------------------------------------
def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def text_of(component: Component, name: str) -> str:
    """A property's text ("" when absent; the first when given twice)."""
    value = _first(component.get(name))
    return "" if value is None else str(value)


def _email(address: Any) -> str:
    text = str(address).strip()
    return (text[7:] if text.lower().startswith("mailto:") else text).strip().lower()


def _param(prop: Any, name: str, default: str = "") -> str:
    params = getattr(prop, "params", {})
    return str(params.get(name, default)).upper()


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def attendees(component: Component) -> tuple[Attendee, ...]:
    return tuple(_attendee(prop) for prop in _as_list(component.get("ATTENDEE")))


def _attendee(prop: Any) -> Attendee:
    # the parameters as a plain dict, read once: icalendar's keys are upper-case already,
    # and its case-insensitive lookups were a fifth of mapping a file's attendees
    params = dict(getattr(prop, "params", {}))
    cutype = str(params.get("CUTYPE", "")).upper()
    return Attendee(
        email=_email(prop),
        name=str(params.get("CN", "")),
        response=_PARTSTAT.get(str(params.get("PARTSTAT", "")).upper(), Response.NEEDS_ACTION),
        optional=str(params.get("ROLE", "")).upper() == "OPT-PARTICIPANT",
        resource=cutype in {"RESOURCE", "ROOM"},
        group=cutype == "GROUP",
    )


def owner_response(organizer: str, people: Iterable[Attendee], owner: str) -> Response:
    """The owner's own answer: organiser, their PARTSTAT as an attendee, or none."""
    owner = owner.lower()
    if organizer and organizer == owner:
        return Response.ORGANIZER
    return next((a.response for a in people if a.email == owner), Response.NONE)


def busy_and_kind(component: Component) -> tuple[Busy, Kind]:
    """TRANSP:TRANSPARENT is free; Outlook's X-MICROSOFT-CDO-BUSYSTATUS wins when present."""
    busy = Busy.FREE if text_of(component, "TRANSP").upper() == "TRANSPARENT" else Busy.BUSY
    busy = _CDO_BUSY.get(text_of(component, "X-MICROSOFT-CDO-BUSYSTATUS").upper(), busy)
    kind = Kind.OUT_OF_OFFICE if busy is Busy.OUT_OF_OFFICE else Kind.DEFAULT
    return busy, kind


def created(component: Component) -> datetime | None:
    """CREATED as an aware instant (UTC by RFC 5545 when written without a zone)."""
    value = getattr(_first(component.get("CREATED")), "dt", None)
    if not isinstance(value, datetime):
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def categories(component: Component) -> tuple[str, ...]:
    props = _as_list(component.get("CATEGORIES"))
    return tuple(str(c) for prop in props for c in getattr(prop, "cats", [prop]))


# -- series --------------------------------------------------------------------------------
SeriesIndex = tuple[frozenset[str], dict[tuple[str, str], timedelta]]


def index_series(calendars: Sequence[Component], owner_zone: ZoneInfo) -> SeriesIndex:
    """What the raw calendars say about series before expansion: the UIDs that recur, and
    how far each RANGE=THISANDFUTURE override moved the instances from it on."""
    uids: set[str] = set()
    shifts: dict[tuple[str, str], timedelta] = {}
    for component in (c for cal in calendars for c in cal.walk("VEVENT")):
        uid, rid = str(component.get("UID", "")), component.get("RECURRENCE-ID")
        if rid is not None or "RRULE" in component or "RDATE" in component:
            uids.add(uid)
        if rid is not None and _param(rid, "RANGE") == "THISANDFUTURE":
            with suppress(KeyError, AttributeError, TypeError, ValueError):  # expand reports
                moved = to_aware(component["DTSTART"].dt, owner_zone)[0]
                shifts[(uid, _rid_text(rid))] = moved - to_aware(rid.dt, owner_zone)[0]
    return frozenset(uids), shifts


def _rid_text(rid: Any) -> str:
    return str(rid.to_ical().decode("utf-8", "replace"))


def recurrence_ids(
    found: Instance, uid: str, index: SeriesIndex, owner_zone: ZoneInfo
) -> tuple[str, str]:
    """``(recurrence_id, series_id)``: a series instance's original start (so a moved
    instance keeps its key) and the series UID; both empty for a one-off. An override
    carries its RECURRENCE-ID, a master's own instance its start; instances after a
    THISANDFUTURE override carry the override's, so their own is worked back."""
    uids, shifts = index
    if uid not in uids:
        return "", ""
    prop = _first(found.recurrence_id)
    rid = found.start if prop is None else prop.dt
    if not isinstance(rid, datetime):
        return recurrence_key(rid), uid
    shift = None if prop is None else shifts.get((uid, _rid_text(prop)))
    if shift is None:
        return recurrence_key(to_aware(rid, owner_zone)[0]), uid
    return recurrence_key(to_aware(found.start, owner_zone)[0] - shift), uid


class SeriesFields(NamedTuple):
    """What an occurrence shares with every other occurrence of its source component."""

    uid: str
    title: str
    description: str
    location: str
    organizer: str
    attendees: tuple[Attendee, ...]
    response: Response
    busy: Busy
    status: Status
    private: bool
    created: datetime | None
    kind: Kind
    categories: tuple[str, ...]


#: Series fields already read in one file, by the id of the component they came from.
Shared = dict[int, tuple[Component, SeriesFields]]


# -- the owner's events ----------------------------------------------------------------------
@dataclass(frozen=True)
class Reader:
    """Maps expanded occurrences to the events of ``owner`` (an address) from ``source``
    (the source's name), floating and all-day times read in ``zone``."""

    source: str
    owner: str
    zone: ZoneInfo

    def events(
        self, calendars: list[Component], window: Window, calendar: str
    ) -> tuple[list[Event], list[Failure]]:
        """Every event of ``calendars`` in ``window`` (``calendar`` names where they came
        from), and what could not be read: expansion failures, bounded series
        (:class:`BoundedRecurrence`) and occurrences that could not be mapped."""
        occurrences, failures = expand(calendars, window.start - MARGIN, window.end + MARGIN)
        index = index_series(calendars, self.zone)
        events: list[Event] = []
        shared: Shared = {}
        for found in occurrences:
            try:
                event = self.to_event(found, calendar, index, shared)
            except Exception as exc:  # one odd event must not sink the file; reported
                failures.append((text_of(found.source, "UID"), exc))
                continue
            if window.holds(event):
                events.append(event)
        return events, failures

    def to_event(
        self,
        found: Instance,
        calendar: str,
        index: SeriesIndex,
        shared: Shared | None = None,
    ) -> Event:
        """Map one expanded occurrence to the owner's :class:`Event`. What every occurrence
        of one series shares is read once per source component when ``shared`` (one dict
        per file) is given (a weekly meeting's 50 occurrences parse their attendees once,
        not 50 times)."""
        what = self._shared(found.source, shared)
        times = occurrence_times(found, self.zone)
        recurrence_id, series_id = recurrence_ids(found, what.uid, index, self.zone)
        return Event(
            source=self.source,
            owner=self.owner,
            uid=what.uid,
            start=times.start,
            end=times.end,
            recurrence_id=recurrence_id,
            tz=times.tz,
            all_day=times.all_day,
            title=what.title,
            description=what.description,
            location=what.location,
            organizer=what.organizer,
            attendees=what.attendees,
            response=what.response,
            busy=what.busy,
            status=what.status,
            private=what.private,
            created=what.created,
            series_id=series_id,
            kind=what.kind,
            categories=what.categories,
            calendar=calendar,
            ical_uid=what.uid,
        )

    def _shared(self, component: Component, shared: Shared | None) -> SeriesFields:
        """The fields of ``component``, read once per ``shared`` (which holds the component
        too, so its id is not reused while the entry lives)."""
        if shared is None:
            return self.series_fields(component)
        known = shared.get(id(component))
        if known is not None and known[0] is component:
            return known[1]
        fields = self.series_fields(component)
        shared[id(component)] = (component, fields)
        return fields

    def series_fields(self, component: Component) -> SeriesFields:
        organizer = _email(component.get("ORGANIZER", ""))
        people = attendees(component)
        busy, kind = busy_and_kind(component)
        return SeriesFields(
            uid=text_of(component, "UID"),
            title=text_of(component, "SUMMARY"),
            description=text_of(component, "DESCRIPTION"),
            location=text_of(component, "LOCATION"),
            organizer=organizer,
            attendees=people,
            response=owner_response(organizer, people, self.owner),
            busy=busy,
            status=_STATUS.get(text_of(component, "STATUS").upper(), Status.CONFIRMED),
            private=text_of(component, "CLASS").upper() in {"PRIVATE", "CONFIDENTIAL"},
            created=created(component),
            kind=kind,
            categories=categories(component),
        )


# -- what went wrong -------------------------------------------------------------------------
def describe(exc: Exception) -> str:
    """One line about an exception from the parser or the expander."""
    if isinstance(exc, ZoneInfoNotFoundError):
        text = f"unknown time zone: {exc}"
    elif isinstance(exc, KeyError):
        text = f"a required property is missing: {exc.args[0] if exc.args else exc}"
    elif isinstance(exc, ValueError):
        text = str(exc)
    else:
        text = f"{type(exc).__name__}: {exc}"
    text = " ".join(text.split())
    return text if len(text) <= 200 else text[:199] + "…"


def failures_line(where: str, failures: Sequence[Failure], advice: str) -> str:
    """One line for the events of ``where`` that could not be read."""
    uid, exc = failures[0]
    what = f"event {uid}" if uid else "its events"
    more = f" and {len(failures) - 1} more" if len(failures) > 1 else ""
    return f"{where}: skipped {what}{more}, which could not be read: {describe(exc)} ({advice})"
