"""The generic calendar-building machinery.

A :class:`Builder` writes one leader's calendar the way real exports look: one-offs,
recurring series (RRULE, EXDATE, RDATE, RECURRENCE-ID overrides), all-day out-of-office
blocks, ORGANIZER/ATTENDEE with PARTSTAT, CREATED stamps and VTIMEZONEs. It is
deterministic: one seeded ``random.Random`` per leader, a fixed DTSTAMP, UIDs derived
from a counter and a stable event order, so every run writes the same bytes."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

from timeaudit.model import recurrence_key

from .cast import END, START, Leader, O, Person, days

PRODID = "-//timeaudit//demo samples//EN"
DTSTAMP = datetime(2026, 11, 1, 6, 30, tzinfo=UTC)  # when the "export" was taken
TZ_FIRST = date(2025, 1, 1)  # VTIMEZONE validity; every DTSTART is inside it
TZ_LAST = date(2027, 12, 31)


@dataclass
class Spec:
    """Everything about a meeting except when it is."""

    title: str
    cat: str
    organizer: Person | None = None
    attendees: tuple[Person, ...] = ()
    owner_partstat: str = "ACCEPTED"
    partstats: dict[str, str] = field(default_factory=dict)
    description: str = ""
    location: str = ""
    transparent: bool = False
    private: bool = False
    rooms: tuple[Person, ...] = ()
    groups: tuple[Person, ...] = ()
    created: datetime | None = None


@dataclass
class Series:
    uid: str
    spec: Spec
    first: datetime
    minutes: int
    event: icalendar.Event
    occurrences: list[datetime] = field(default_factory=list)
    overridden: set[datetime] = field(default_factory=set)

    @property
    def invited(self) -> bool:
        return self.spec.organizer is not None and bool(self.spec.attendees)


def value_of(component: icalendar.Event, key: str) -> Any:
    """The Python value of a date or date-time property (icalendar types it as a wide union)."""
    prop: Any = component[key]
    return prop.dt


def start_of(component: icalendar.Event, tz: ZoneInfo, key: str = "DTSTART") -> datetime:
    value = value_of(component, key)
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=tz)
    return datetime.combine(value, time(), tz)


class Builder:
    """Builds one leader's calendar, remembering what it wrote for the summary."""

    def __init__(self, leader: Leader) -> None:
        self.leader = leader
        self.owner = leader.owner
        self.tz = leader.tz
        self.rng = random.Random(leader.seed)
        self.components: list[icalendar.Event] = []
        self.cats: dict[str, str] = {}  # uid -> category of the series or one-off
        self.instance_cats: dict[tuple[str, str], str] = {}  # (uid, recurrence id) -> category
        self.series: list[Series] = []
        self.off: dict[date, str] = {}  # date -> holiday | leave | travel
        self.nofill: set[date] = set()
        self.hard: list[tuple[str, str]] = []  # (hard case, where)
        self._count = 0

    # -- identity and people -----------------------------------------------------------

    def uid(self) -> str:
        self._count += 1
        digest = hashlib.sha256(f"{self.leader.slug}/{self._count}".encode()).hexdigest()
        return f"{digest[:20]}@northwind.example"

    def note(self, case: str, title: str, when: datetime | date) -> None:
        if isinstance(when, datetime):
            stamp = when.strftime("%Y-%m-%d %H:%M") + f" {when.tzname()}"
        else:
            stamp = when.isoformat()
        self.hard.append((case, f"{title!r} {stamp}"))

    def _partstat(self) -> str:
        roll = self.rng.random()
        if roll < 0.84:
            return "ACCEPTED"
        if roll < 0.92:
            return "TENTATIVE"
        if roll < 0.97:
            return "NEEDS-ACTION"
        return "DECLINED"

    def owner_response(self) -> str:
        roll = self.rng.random()
        if roll < 0.82:
            return "ACCEPTED"
        if roll < 0.90:
            return "TENTATIVE"
        if roll < 0.96:
            return "NEEDS-ACTION"
        return "DECLINED"

    # -- created stamps ---------------------------------------------------------------

    def created_before(self, start: datetime, lead: str) -> datetime:
        rng = self.rng
        if lead == "urgent":
            return (start - timedelta(minutes=rng.randint(30, 90))).astimezone(UTC)
        if lead == "soon":
            made = start - timedelta(minutes=rng.randint(90, 60 * 44))
            return made.astimezone(UTC).replace(second=rng.randint(0, 59))
        back = rng.randint(6, 30) if lead == "series" else rng.randint(3, 35)
        made_day = (start - timedelta(days=back)).date()
        while made_day.weekday() >= 5:
            made_day -= timedelta(days=1)
        made = datetime.combine(
            made_day, time(rng.randint(8, 17), rng.randint(0, 59), rng.randint(0, 59)), self.tz
        )
        return made.astimezone(UTC)

    def _created(self, uid: str | None, start: datetime, lead: str) -> datetime:
        """CREATED for a new event; a meeting shared between calendars gets the same stamp
        on each (derived from its UID), as a real invitation would."""
        if uid is None:
            return self.created_before(start, lead)
        back = timedelta(days=7 + int(uid[:4], 16) % 21, minutes=int(uid[4:8], 16) % 480)
        return (start - back).astimezone(UTC).replace(microsecond=0)

    # -- writing components ------------------------------------------------------------

    def _emit(
        self,
        spec: Spec,
        uid: str,
        start: datetime | date,
        end: datetime | date,
        *,
        rrule: dict[str, Any] | None = None,
        rdates: Sequence[datetime] = (),
        recurrence_id: datetime | None = None,
        sequence: int = 0,
        cancelled: bool = False,
        tentative_status: bool = False,
        oof: bool = False,
        last_modified: datetime | None = None,
    ) -> icalendar.Event:
        ev = icalendar.Event()
        ev.add("uid", uid)
        ev.add("dtstamp", DTSTAMP)
        ev.add("summary", spec.title)
        ev.add("dtstart", start)
        ev.add("dtend", end)
        if recurrence_id is not None:
            ev.add("recurrence-id", recurrence_id)
        if rrule is not None:
            ev.add("rrule", rrule)
        if rdates:
            ev.add("rdate", list(rdates))
        if spec.created is not None:
            ev.add("created", spec.created)
        if last_modified is not None:
            ev.add("last-modified", last_modified)
        if sequence:
            ev.add("sequence", sequence)
        if spec.location:
            ev.add("location", spec.location)
        if spec.description:
            ev.add("description", spec.description)
        if spec.attendees or spec.groups:
            self._add_people(ev, spec)
        self._add_status(ev, spec, cancelled=cancelled, tentative_status=tentative_status, oof=oof)
        self.components.append(ev)
        self.cats.setdefault(uid, spec.cat)
        if recurrence_id is not None:
            self.instance_cats[uid, recurrence_key(recurrence_id)] = spec.cat
        return ev

    def _add_people(self, ev: icalendar.Event, spec: Spec) -> None:
        """ORGANIZER and ATTENDEEs (people, rooms, groups)."""
        organizer = spec.organizer or self.owner
        ev.add("organizer", icalendar.vCalAddress.new(organizer.email, cn=organizer.name))
        # Outlook style: the organiser is not repeated among the attendees; the owner is
        # listed (with their answer) when someone else sent the invitation.
        order = [] if organizer == self.owner else [self.owner]
        order += [p for p in spec.attendees if p not in (organizer, self.owner)]
        for p in order:
            if p == self.owner:
                partstat = spec.owner_partstat
            else:
                partstat = spec.partstats.setdefault(p.email, self._partstat())
            ev.add(
                "attendee",
                icalendar.vCalAddress.new(p.email, cn=p.name, partstat=partstat),
            )
        for room in spec.rooms:
            ev.add(
                "attendee",
                icalendar.vCalAddress.new(
                    room.email, cn=room.name, cutype="ROOM", partstat="ACCEPTED"
                ),
            )
        for group in spec.groups:
            ev.add(
                "attendee",
                icalendar.vCalAddress.new(
                    group.email, cn=group.name, cutype="GROUP", partstat="NEEDS-ACTION"
                ),
            )

    def _add_status(
        self,
        ev: icalendar.Event,
        spec: Spec,
        *,
        cancelled: bool,
        tentative_status: bool,
        oof: bool,
    ) -> None:
        """CLASS, STATUS, TRANSP and the Outlook out-of-office markers."""
        if spec.private:
            ev.add("class", "PRIVATE")
        if cancelled:
            ev.add("status", "CANCELLED")
        elif tentative_status:
            ev.add("status", "TENTATIVE")
        if spec.transparent:
            ev.add("transp", "TRANSPARENT")
        if oof:
            ev.add("transp", "OPAQUE")
            ev.add("x-microsoft-cdo-busystatus", "OOF")
            ev.add("x-microsoft-cdo-alldayevent", "TRUE")

    def one_off(
        self,
        title: str,
        start: datetime,
        end: datetime | int,
        cat: str,
        *,
        lead: str = "plan",
        uid: str | None = None,
        cancelled: bool = False,
        **spec: Any,
    ) -> icalendar.Event:
        if isinstance(end, int):
            end = start + timedelta(minutes=end)
        made = spec.pop("created", None) or self._created(uid, start, lead)
        return self._emit(
            Spec(title, cat, created=made, **spec),
            uid or self.uid(),
            start,
            end,
            cancelled=cancelled,
        )

    def recurring(
        self,
        title: str,
        first: datetime,
        minutes: int,
        cat: str,
        *,
        freq: str = "WEEKLY",
        byday: Sequence[str] = (),
        interval: int = 1,
        until: date | None = None,
        count: int | None = None,
        rdates: Sequence[datetime] = (),
        uid: str | None = None,
        **spec: Any,
    ) -> Series:
        rule: dict[str, Any] = {"FREQ": freq}
        if until is not None:
            rule["UNTIL"] = datetime.combine(until, time(23, 59, 59), first.tzinfo).astimezone(UTC)
        if count is not None:
            rule["COUNT"] = count
        if interval > 1:
            rule["INTERVAL"] = interval
        if byday:
            rule["BYDAY"] = list(byday)
        made = spec.pop("created", None) or self._created(uid, first, "series")
        the_spec = Spec(title, cat, created=made, **spec)
        the_uid = uid or self.uid()
        ev = self._emit(
            the_spec,
            the_uid,
            first,
            first + timedelta(minutes=minutes),
            rrule=rule,
            rdates=rdates,
        )
        series = Series(the_uid, the_spec, first, minutes, ev)
        cal = icalendar.Calendar()
        cal.add_component(ev)
        series.occurrences = [
            start_of(o, self.tz) for o in recurring_ical_events.of(cal).between(START, END)
        ]
        self.series.append(series)
        return series

    def all_day(
        self,
        title: str,
        first: date,
        last: date,
        *,
        reason: str = "leave",
        private: bool = False,
    ) -> icalendar.Event:
        """An all-day out-of-office block from ``first`` to ``last`` inclusive."""
        made = self.created_before(datetime.combine(first, time(9), self.tz), "plan")
        made -= timedelta(days=self.rng.randint(10, 60))
        ev = self._emit(
            Spec(title, O, created=made, private=private),
            self.uid(),
            first,
            last + timedelta(days=1),
            oof=True,
        )
        for day in days(first, last + timedelta(days=1)):
            self.off[day] = reason
        return ev

    def holidays(self, *dates: date) -> None:
        """Public holidays: nothing on the calendar, and series skip them."""
        for day in dates:
            self.off[day] = "holiday"

    def occurrence(self, series: Series, on: date) -> datetime:
        for original in series.occurrences:
            if original.date() == on:
                return original
        raise ValueError(f"{series.spec.title!r} has no occurrence on {on}")

    def override(
        self,
        series: Series,
        on: date,
        *,
        start: datetime | None = None,
        minutes: int | None = None,
        cancel: bool = False,
        owner_partstat: str | None = None,
        case: str | None = None,
    ) -> icalendar.Event:
        """Write a RECURRENCE-ID override for the instance of ``series`` on ``on``."""
        original = self.occurrence(series, on)
        if original in series.overridden:
            raise ValueError(f"{series.spec.title!r} on {on} is already overridden")
        series.overridden.add(original)
        new_start = start or original
        spec = series.spec
        if owner_partstat is not None:
            spec = Spec(**{**spec.__dict__, "owner_partstat": owner_partstat})
        changed = original - timedelta(days=self.rng.randint(1, 6), hours=self.rng.randint(0, 5))
        ev = self._emit(
            spec,
            series.uid,
            new_start,
            new_start + timedelta(minutes=minutes or series.minutes),
            recurrence_id=original,
            sequence=1 if (start is not None or cancel) else 0,
            cancelled=cancel,
            last_modified=changed.astimezone(UTC),
        )
        if case:
            self.note(case, spec.title, original)
        return ev

    def exdate(self, series: Series, *on: date, case: str | None = None) -> None:
        originals = [self.occurrence(series, d) for d in on]
        series.event.add("exdate", originals)
        if case:
            for original in originals:
                self.note(case, series.spec.title, original)

    def apply_days_off(self, only: set[date] | None = None) -> None:
        """Series instances on days off (of ``only`` those days, when given): organisers
        drop them (EXDATE); on leave and travel, invitations the owner cannot attend are
        declined instance by instance."""
        for series in self.series:
            dropped: list[datetime] = []
            for original in series.occurrences:
                day = original.astimezone(self.tz).date()
                reason = self.off.get(day)
                if reason is None or original in series.overridden:
                    continue
                if only is not None and day not in only:
                    continue
                if reason in ("leave", "travel") and series.invited:
                    self.override(series, original.date(), owner_partstat="DECLINED")
                else:
                    dropped.append(original)
            if dropped:
                series.event.add("exdate", dropped)

    def away_late(self, title: str, first: date, last: date) -> None:
        """Leave from ``first`` to ``last`` inclusive, added once the calendar is otherwise
        complete: the one-offs already placed on those days go (the owner was not there to
        hold them) and the series skip or decline them, as :meth:`apply_days_off` does.
        Called last, so every random draw and UID before it stays as it was."""
        self.all_day(title, first, last)
        away = set(days(first, last + timedelta(days=1)))
        kept = []
        for ev in self.components:
            one_off = "RRULE" not in ev and "RECURRENCE-ID" not in ev
            timed = isinstance(value_of(ev, "DTSTART"), datetime)
            if one_off and timed and start_of(ev, self.tz).astimezone(self.tz).date() in away:
                continue
            kept.append(ev)
        gone = {str(ev["UID"]) for ev in self.components} - {str(ev["UID"]) for ev in kept}
        self.components = kept
        for uid in gone:
            del self.cats[uid]
        self.apply_days_off(only=away)

    # -- reading back and writing --------------------------------------------------------

    def owner_partstat(self, component: icalendar.Event) -> str | None:
        attendees = component.get("ATTENDEE")
        if attendees is None:
            return None
        if not isinstance(attendees, list):
            attendees = [attendees]
        for a in attendees:
            if str(a).lower() == f"mailto:{self.owner.email}":
                return str(a.params.get("PARTSTAT", "NEEDS-ACTION")).upper()
        return None

    def counted(self, component: icalendar.Event) -> bool:
        if not isinstance(value_of(component, "DTSTART"), datetime):
            return False
        if str(component.get("STATUS", "")).upper() == "CANCELLED":
            return False
        if str(component.get("TRANSP", "")).upper() == "TRANSPARENT":
            return False
        return self.owner_partstat(component) != "DECLINED"

    def calendar(self, *, timezones: bool = True) -> icalendar.Calendar:
        cal = icalendar.Calendar()
        cal.add("prodid", PRODID)
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        cal.add("method", "PUBLISH")
        cal.add("x-wr-calname", f"{self.owner.name} ({self.leader.job}, Northwind Robotics)")
        cal.add("x-wr-timezone", self.leader.tzid)

        def order(ev: icalendar.Event) -> tuple[datetime, int, str]:
            return (start_of(ev, self.tz).astimezone(UTC), "RECURRENCE-ID" in ev, str(ev["UID"]))

        if timezones:
            # One VTIMEZONE per zone in use, the owner's first. (Calendar.add_missing_timezones
            # would do it too, but in set order, which changes from run to run.)
            used = {self.leader.tzid} | {
                str(value.tzinfo.key)
                for ev in self.components
                for value in _datetimes(ev)
                if isinstance(value.tzinfo, ZoneInfo)
            }
            for tzid in sorted(used, key=lambda z: (z != self.leader.tzid, z)):
                cal.add_component(
                    icalendar.Timezone.from_tzid(tzid, first_date=TZ_FIRST, last_date=TZ_LAST)
                )
        for ev in sorted(self.components, key=order):
            cal.add_component(ev)
        return cal

    def write(self, folder: Path) -> Path:
        path = folder / f"{self.leader.slug}.ics"
        path.write_bytes(self.calendar().to_ical())
        return path


def _datetimes(ev: icalendar.Event) -> Iterator[datetime]:
    """Every date-time value in an event (start, end, recurrence id, EXDATE, RDATE)."""
    for key in ("DTSTART", "DTEND", "RECURRENCE-ID"):
        if key in ev and isinstance(value_of(ev, key), datetime):
            yield value_of(ev, key)
    for key in ("EXDATE", "RDATE"):
        values = ev.get(key, [])
        for prop in values if isinstance(values, list) else [values]:
            for item in prop.dts:
                if isinstance(item.dt, datetime):
                    yield item.dt
