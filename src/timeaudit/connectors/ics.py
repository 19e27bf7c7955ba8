"""The ICS connector: calendars exported as iCalendar (.ics) files.

``icalendar`` parses each file and ``recurring_ical_events`` expands it (RRULE, RDATE, EXDATE,
RECURRENCE-ID overrides, VTIMEZONE, X-WR-TIMEZONE); nothing here re-implements either. This
module only decides what each expanded occurrence means for the owner and maps it to
:class:`~timeaudit.model.Event`.

Every file stands alone: one that cannot be read adds one line to ``SyncBatch.problems`` and
its path to ``SyncBatch.kept_calendars``, and the other files still load. A file whose events
partly fail to expand loads the rest and reports the failures in one line. An occurrence found
twice (overlapping exports, calendars pasted into one file) is kept once, the last copy read,
by the rule the store applies too (:func:`~timeaudit.connectors.guard.dedupe`).
"""

from __future__ import annotations

import hashlib
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import suppress
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
import recurring_ical_events
import x_wr_timezone
from icalendar.timezone import tzid_from_dt

from timeaudit.connectors.contract import BaseConnector, SourceSpec, SyncBatch, Window
from timeaudit.connectors.guard import dedupe
from timeaudit.connectors.kit.recurrence import (
    BoundedRecurrence,
    IgnoredTimeZone,
    bound_recurrences,
    name_zones,
    sane_zones,
)
from timeaudit.connectors.kit.zones import zone_named
from timeaudit.errors import UsageError
from timeaudit.model import Attendee, Busy, Event, Kind, Response, Status, recurrence_key

REEXPORT = "re-export the calendar or remove the file"
FIX_EVENTS = "fix those events in the calendar app and export again"
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
Expansion = tuple[list[Component], list[Failure]]  # occurrences, and what failed


def read_calendars(path: Path) -> list[Component]:
    """Parse ``path`` into its top-level components (several when calendars were
    concatenated), apply X-WR-TIMEZONE and give every VEVENT without a UID a stable one.
    What :func:`read_calendars_noted` says about the file is not kept."""
    return read_calendars_noted(path)[0]


def read_calendars_noted(path: Path) -> tuple[list[Component], list[IgnoredTimeZone]]:
    """:func:`read_calendars`, and one note per VTIMEZONE left out because its rules would
    stall the first time converted to it (:func:`~timeaudit.connectors.kit.recurrence.sane_zones`):
    they are left out before icalendar parses and caches them, and the times that name
    them are read by the name, as for any TZID without a VTIMEZONE."""
    content = path.read_bytes()
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
            _add_missing_uids(calendar, path.name)
        return [_standardise(c) for c in parsed], ignored


class NotACalendar(ValueError):
    """A file that is no calendar at all; its message is the whole explanation."""


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


def expand(calendars: Sequence[Component], start: datetime, end: datetime) -> Expansion:
    """Every occurrence between ``start`` and ``end`` as a component, and the events that
    could not be expanded. A calendar that fails as a whole is retried one UID at a time,
    so one broken series does not hide the others. Recurrence rules are bounded first
    (:mod:`~timeaudit.connectors.kit.recurrence`); each series that changed adds a
    :class:`BoundedRecurrence` to the failures, which is a warning, not a lost event."""
    occurrences: list[Component] = []
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


def _between(calendar: Component, start: datetime, end: datetime) -> list[Component]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return list(recurring_ical_events.of(calendar).between(start, end))


def _expand_each_uid(calendar: Component, start: datetime, end: datetime) -> Expansion:
    found: list[Component] = []
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


def expand_raw(path: Path, start: datetime, end: datetime) -> int:
    """How many occurrences the connector's expansion finds in ``path`` between ``start``
    and ``end``, before they are mapped to events or cut to a window. Raises what parsing
    raises, and the first expansion failure."""
    occurrences, failures = expand(read_calendars(path), start, end)
    failures = [f for f in failures if not isinstance(f[1], BoundedRecurrence)]
    if failures:
        raise failures[0][1]
    return len(occurrences)


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
    tzid = tzid_from_dt(value) or str(value.tzname())
    zone = event_zone(value.tzinfo, tzid)
    return (value.astimezone(zone), zone.key) if zone else (value, tzid)


class Times(NamedTuple):
    start: datetime
    end: datetime
    tz: str
    all_day: bool


def occurrence_times(component: Component, owner_zone: ZoneInfo) -> Times:
    """Start, end, zone name and all-day flag. An end before the start is swapped, as
    recurring_ical_events does for the raw values; an all-day event lasts a day at least."""
    raw_start = component["DTSTART"].dt
    all_day = not isinstance(raw_start, datetime)
    start, tz = to_aware(raw_start, owner_zone)
    end, _ = to_aware(component["DTEND"].dt, owner_zone)
    if end.astimezone(UTC) < start.astimezone(UTC):  # same-zone comparison is wall-clock
        start, end = end, start
    if all_day and end <= start:
        end = datetime.combine(start.date() + timedelta(days=1), time(), owner_zone)
    return Times(start, end, tz, all_day)


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def _text(component: Component, name: str) -> str:
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
    return Attendee(
        email=_email(prop),
        name=str(getattr(prop, "params", {}).get("CN", "")),
        response=_PARTSTAT.get(_param(prop, "PARTSTAT"), Response.NEEDS_ACTION),
        optional=_param(prop, "ROLE") == "OPT-PARTICIPANT",
        resource=_param(prop, "CUTYPE") in {"RESOURCE", "ROOM"},
    )


def owner_response(organizer: str, people: Iterable[Attendee], owner: str) -> Response:
    """The owner's own answer: organiser, their PARTSTAT as an attendee, or none."""
    owner = owner.lower()
    if organizer and organizer == owner:
        return Response.ORGANIZER
    return next((a.response for a in people if a.email == owner), Response.NONE)


def busy_and_kind(component: Component) -> tuple[Busy, Kind]:
    """TRANSP:TRANSPARENT is free; Outlook's X-MICROSOFT-CDO-BUSYSTATUS wins when present."""
    busy = Busy.FREE if _text(component, "TRANSP").upper() == "TRANSPARENT" else Busy.BUSY
    busy = _CDO_BUSY.get(_text(component, "X-MICROSOFT-CDO-BUSYSTATUS").upper(), busy)
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
    component: Component, uid: str, index: SeriesIndex, owner_zone: ZoneInfo
) -> tuple[str, str]:
    """``(recurrence_id, series_id)``: a series instance's original start (so a moved
    instance keeps its key) and the series UID; both empty for a one-off. Instances after
    a THISANDFUTURE override carry its RECURRENCE-ID, so their own is worked back."""
    uids, shifts = index
    if uid not in uids:
        return "", ""
    rid = _first(component["RECURRENCE-ID"]).dt
    if not isinstance(rid, datetime):
        return recurrence_key(rid), uid
    shift = shifts.get((uid, _rid_text(_first(component["RECURRENCE-ID"]))))
    if shift is None:
        return recurrence_key(to_aware(rid, owner_zone)[0]), uid
    return recurrence_key(to_aware(component["DTSTART"].dt, owner_zone)[0] - shift), uid


class IcsConnector(BaseConnector):
    """Reads the ``path`` option: a .ics file, a folder (every ``*.ics`` below it), or a
    list of either; relative paths resolve against ``spec.base_dir`` or the working folder."""

    cpu_bound = True  # parsing, not waiting: many calendars are read in worker processes

    @classmethod
    def check_options(cls, options: Mapping[str, Any]) -> list[str]:
        """``path`` must name what to read; whether it exists is the sync's to report, as
        files come and go between runs."""
        raw = options.get("path")
        if not raw:
            return ["path: missing: the .ics file or folder to read"]
        if _path_values(raw) is None:
            return [f"path: must be a .ics file, a folder, or a list of them, not {raw!r}"]
        return []

    def __init__(self, spec: SourceSpec) -> None:
        super().__init__(spec)
        self.paths = _path_option(spec)
        zone = zone_named(spec.tz)
        if zone is None:
            raise UsageError(
                f"source {spec.name!r}: unknown time zone {spec.tz!r} "
                "(use an IANA name such as Europe/Berlin)"
            )
        self.zone = zone

    def fetch(self, window: Window, cursor: str | None) -> SyncBatch:
        """Every event in ``window`` from every file, as a complete batch. Files have no
        incremental sync, so the cursor is a fingerprint of the files' bytes, the window and
        the owner's zone: when it matches, nothing is parsed again and the batch is empty
        (``reused``). A batch with problems gets no cursor, so the next run reads (and
        warns) again."""
        batch = SyncBatch(complete=True, cursor=None)
        files = self._files(batch)
        fingerprint = None if batch.failed else self._fingerprint(files, window)
        if fingerprint is not None and fingerprint == cursor:
            return SyncBatch(complete=False, cursor=cursor, reused=True)
        loaded = [event for path in files for event in self._load(path, window, batch)]
        batch.events = sorted(dedupe(loaded), key=lambda e: (e.start, e.key))
        if not (batch.problems or batch.failed):
            batch.cursor = fingerprint
        return batch

    def _fingerprint(self, files: Sequence[Path], window: Window) -> str | None:
        spec = self.spec
        head = (
            f"{_FORMAT}|{spec.owner}|{spec.tz}|{window.start.isoformat()}|{window.end.isoformat()}"
        )
        digest = hashlib.sha256(head.encode())
        for path in files:
            try:
                content = path.read_bytes()
            except OSError:
                return None  # _load reports it
            digest.update(f"|{path}|{len(content)}|".encode())
            digest.update(content)
        return f"ics:{digest.hexdigest()}"

    def _files(self, batch: SyncBatch) -> list[Path]:
        files: dict[Path, None] = {}
        for path in self.paths:
            if path.is_dir():
                found = sorted(p for p in path.rglob("*.ics") if p.is_file())
                if not found:
                    batch.failed.append(f"{path}: no .ics files in this folder ({_CHECK})")
                files.update(dict.fromkeys(found))
            elif path.is_file():
                files[path] = None
            else:
                batch.failed.append(f"{path}: no such file or folder ({_CHECK})")
                batch.kept_calendars.add(str(path))
        return list(files)

    def _load(self, path: Path, window: Window, batch: SyncBatch) -> list[Event]:
        """One file's events. A file that cannot be read is a failure, events of it that
        cannot be read a warning; either is one line, and the store keeps what it had from
        the file."""
        try:
            calendars, ignored = read_calendars_noted(path)
        except Exception as exc:  # icalendar raises ValueError and worse on bad input
            batch.failed.append(_unreadable_message(path, exc))
            batch.kept_calendars.add(str(path))
            return []
        events, failures = self._events(path, calendars, window)
        bounded = [exc for _, exc in failures if isinstance(exc, BoundedRecurrence)]
        failures = [f for f in failures if not isinstance(f[1], BoundedRecurrence)]
        batch.problems += [f"{path}: {note}" for note in [*ignored, *bounded]]
        if failures:
            batch.problems.append(_failures_message(path, failures))
        if failures or bounded or ignored:
            batch.kept_calendars.add(str(path))
        return events

    def _events(
        self, path: Path, calendars: list[Component], window: Window
    ) -> tuple[list[Event], list[Failure]]:
        occurrences, failures = expand(calendars, window.start - MARGIN, window.end + MARGIN)
        index = index_series(calendars, self.zone)
        events: list[Event] = []
        shared: Shared = {}
        for component in occurrences:
            try:
                event = self.to_event(component, str(path), index, shared)
            except Exception as exc:  # one odd event must not sink the file; reported
                failures.append((_text(component, "UID"), exc))
                continue
            if window.holds(event):
                events.append(event)
        return events, failures

    def to_event(
        self,
        component: Component,
        calendar: str,
        index: SeriesIndex,
        shared: Shared | None = None,
    ) -> Event:
        """Map one expanded occurrence to the owner's :class:`Event`. What every occurrence
        of one series shares is read once per series when ``shared`` (one dict per file) is
        given: the expansion copies the series' component shallowly for each occurrence,
        so its properties are the very same objects (a weekly meeting's 50 occurrences
        parse their attendees once, not 50 times)."""
        what = self._shared(component, shared)
        times = occurrence_times(component, self.zone)
        recurrence_id, series_id = recurrence_ids(component, what.uid, index, self.zone)
        return Event(
            source=self.spec.name,
            owner=self.spec.owner,
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
        """The fields ``component`` shares with the other occurrences of its series,
        looked up by the identity of its UID property (the same object in every shallow
        copy of one source component, and held in ``shared`` so no id is reused)."""
        marker = component.get("UID")
        if shared is not None and marker is not None:
            known = shared.get(id(marker))
            if known is not None and known[0] is marker:
                return known[1]
        fields = self._series_fields(component)
        if shared is not None and marker is not None:
            shared[id(marker)] = (marker, fields)
        return fields

    def _series_fields(self, component: Component) -> SeriesFields:
        organizer = _email(component.get("ORGANIZER", ""))
        people = attendees(component)
        busy, kind = busy_and_kind(component)
        return SeriesFields(
            uid=_text(component, "UID"),
            title=_text(component, "SUMMARY"),
            description=_text(component, "DESCRIPTION"),
            location=_text(component, "LOCATION"),
            organizer=organizer,
            attendees=people,
            response=owner_response(organizer, people, self.spec.owner),
            busy=busy,
            status=_STATUS.get(_text(component, "STATUS").upper(), Status.CONFIRMED),
            private=_text(component, "CLASS").upper() in {"PRIVATE", "CONFIDENTIAL"},
            created=created(component),
            kind=kind,
            categories=categories(component),
        )


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


#: Series fields already read in one file, by the id of the UID property they came with.
Shared = dict[int, tuple[Any, SeriesFields]]


_CHECK = "check the path setting of this source"
#: Bumped whenever reading changes what an unchanged file yields, so old cursors miss
#: (3: an event in two files or calendars is the last copy, as in the store; zone names are
#: read by the shared resolver, so every spelling of UTC is "UTC"; 4: events carry their
#: ``ical_uid``; 5: recurrence rules are bounded before expansion; 6: the series of a file
#: share a monthly budget, and a VTIMEZONE whose rules are not yearly is ignored).
_FORMAT = "timeaudit-ics-6"


def _path_values(raw: Any) -> list[str] | None:
    """The ``path`` option as a list of non-empty strings, or None when it is not one."""
    values = [raw] if isinstance(raw, str) else raw if isinstance(raw, list | tuple) else []
    if not values or not all(isinstance(v, str) and v for v in values):
        return None
    return [str(v) for v in values]


def _path_option(spec: SourceSpec) -> list[Path]:
    values = _path_values(spec.options.get("path"))
    if values is None:
        raise UsageError(
            f"source {spec.name!r}: the ics connector needs the option path: "
            "a .ics file, a folder, or a list of them"
        )
    base = spec.base_dir if spec.base_dir is not None else Path.cwd()
    return [(base / Path(v).expanduser()).resolve() for v in values]


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


def _unreadable_message(path: Path, exc: Exception) -> str:
    if isinstance(exc, OSError):
        return f"{path}: cannot be read: {exc.strerror or exc} (check the file's permissions)"
    if isinstance(exc, NotACalendar):
        return f"{path}: {exc}"
    return f"{path}: not a valid iCalendar file: {describe(exc)} ({REEXPORT})"


def _failures_message(path: Path, failures: list[Failure]) -> str:
    uid, exc = failures[0]
    what = f"event {uid}" if uid else "its events"
    more = f" and {len(failures) - 1} more" if len(failures) > 1 else ""
    return f"{path}: skipped {what}{more}, which could not be read: {describe(exc)} ({FIX_EVENTS})"
