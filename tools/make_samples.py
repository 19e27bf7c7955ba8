"""Generate timeaudit's bundled demo calendars: three fictional leaders of Northwind Robotics.

Run from anywhere (paths are resolved from this file)::

    .venv/bin/python tools/make_samples.py            # write the samples, print a summary
    .venv/bin/python tools/make_samples.py --quiet    # write only

It writes ``src/timeaudit/samples/<slug>.ics`` (one calendar per leader, twelve months from
2025-11-01 to 2026-10-31), ``src/timeaudit/samples/demo.toml`` and, beside them in
``evaluation/``, the true labels ``demo-labels-<slug>.csv``. The output is deterministic: one
seeded ``random.Random`` per leader, a fixed DTSTAMP, UIDs derived from a counter, and a
stable event order, so every run writes the same bytes.

The calendars are written the way real exports look (recurring series as RRULEs with EXDATEs
and RECURRENCE-ID overrides, VTIMEZONEs, ORGANIZER/ATTENDEE with PARTSTAT, CREATED stamps)
and carry the hard cases the audit must handle; the summary lists them with their dates.
The category each event was written to illustrate is never written into the calendars. It
goes into the labels file instead, for ``timeaudit evaluate``: columns ``uid``,
``recurrence_id``, ``label``; one row per series or one-off with an empty recurrence id (every
occurrence of that UID), plus one row per RECURRENCE-ID override whose category differs from
its series' (keyed by :func:`timeaudit.model.recurrence_key` of its original start). A meeting
shared between calendars (one UID) is listed in each owner's file, with that owner's label.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import random
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

from timeaudit.model import recurrence_key

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "src" / "timeaudit" / "samples"
EVALUATION = ROOT / "evaluation"

PRODID = "-//timeaudit//demo samples//EN"
DOMAIN = "northwind.example"
START = date(2025, 11, 1)
END = date(2026, 11, 1)  # exclusive
DTSTAMP = datetime(2026, 11, 1, 6, 30, tzinfo=UTC)  # when the "export" was taken
TZ_FIRST = date(2025, 1, 1)  # VTIMEZONE validity; every DTSTART is inside it
TZ_LAST = date(2027, 12, 31)
DAY_START = 8 * 60  # working day, minutes after local midnight
DAY_END = 18 * 60 + 30

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")

# Labels: what each event was written to illustrate (never written into the calendars; the
# labels files carry them).
S = "strategy"
C = "capability-building"
E = "execution"
F = "firefighting"
O = "other"  # noqa: E741
WORK = (S, C, E, F)
LABELS = (*WORK, O)

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR")
MONTHS = [(2025, 11), (2025, 12)] + [(2026, m) for m in range(1, 11)]


# --------------------------------------------------------------------------------------
# People and organisations
# --------------------------------------------------------------------------------------

_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ı": "i", "'": ""})


def _ascii(text: str) -> str:
    text = text.lower().translate(_FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@dataclass(frozen=True)
class Person:
    name: str
    email: str

    @property
    def first(self) -> str:
        return self.name.split()[0]


def person(name: str, domain: str = DOMAIN) -> Person:
    local = ".".join(_ascii(part) for part in name.replace("-", " ").split())
    return Person(name, f"{local}@{domain}")


@dataclass(frozen=True)
class Org:
    name: str
    people: tuple[Person, ...]


def org(name: str, domain: str, *names: str) -> Org:
    return Org(name, tuple(person(n, domain) for n in names))


HELENA = person("Helena Marsh")
MARCUS = person("Marcus Bell")
JONAS = person("Jonas Albrecht")

# Helena's executive team (Marcus is one of them) and the people around her.
TOM = person("Tom Adeyemi")  # CFO
CLAIRE = person("Claire Dubois")  # Chief Commercial Officer
INGRID = person("Ingrid Solberg")  # VP People
RAFAEL = person("Rafael Ortiz")  # COO
AMELIA = person("Amelia Shaw")  # chief of staff
GARETH = person("Gareth Lloyd")  # programme office
AISHA = person("Aisha Rahman")  # ops manager, Helena's mentee
OLIVER = person("Oliver Grant")  # marketing
HANNAH = person("Hannah Price")  # general counsel
SAM = person("Sam Whitaker")  # finance director
BEN = person("Ben Carter")  # head of sales UK
LUCY = person("Lucy Brennan")  # communications
NADIA = person("Nadia Farouk")  # VP Product

# Marcus's directs and engineering.
PRIYA = person("Priya Raman")
OWEN = person("Owen Gallagher")
KWAME = person("Kwame Mensah")
SOFIA = person("Sofia Lindqvist")  # Director Warehouse Systems, Berlin; Jonas's manager
LAURA = person("Laura Chen")
JESS = person("Jess Morales")  # recruiter
RACHEL = person("Rachel Stein")  # technical programme manager
ENGINEERS = tuple(
    person(n)
    for n in (
        "Ethan Park",
        "Maya Goldberg",
        "Carlos Mendes",
        "Aaron Fischer",
        "Zoe Kim",
        "Sanjay Patel",
        "Tyler Nguyen",
        "Hana Sato",
    )
)

# Jonas's team in Berlin.
LENA = person("Lena Hoffmann")
MEHMET = person("Mehmet Yılmaz")
SARA = person("Sara Nowak")
TOBIAS = person("Tobias Krüger")
AYLIN = person("Aylin Demir")
FELIX = person("Felix Braun")
JULIA = person("Julia Schmitt")  # product owner
KATRIN = person("Katrin Vogel")  # talent acquisition
STEFAN = person("Stefan Maier")  # Hamburg warehouse operations
PATRICK = person("Patrick Wolf")  # fellow team lead
ANNIKA = person("Annika Berg")  # QA
MIRIAM_K = person("Miriam Köhler")  # UX
DENNIS = person("Dennis Roth")  # agile coach

ORGS: dict[str, Org] = {
    "acme": org(
        "Acme Logistics", "acme-logistics.example", "Dana Whitfield", "Pete Romano", "Grace Liu"
    ),
    "kestrel": org(
        "Kestrel Freight", "kestrel-freight.example", "Martin Haas", "Ana Sousa", "Jonah Kerr"
    ),
    "polar": org("Polar Foods", "polarfoods.example", "Ian McLeod", "Sinead Walsh"),
    "meridian": org("Meridian Retail", "meridian-retail.example", "Zoe Patel", "Arjun Mehta"),
    "lagerhaus": org("Lagerhaus Nord", "lagerhaus-nord.example", "Uwe Schröder", "Petra Lang"),
    "brightparts": org("Brightparts", "brightparts.example", "Luca Bianchi", "Emma Novak"),
    "orbitpay": org("Orbitpay", "orbitpay.example", "Ravi Iyer", "Jen Walsh"),
    "cobalt": org("Cobalt Cloud", "cobaltcloud.example", "Chris Dunn", "Mei Tanaka"),
    "scanware": org("Scanware", "scanware.example", "Jan Peters", "Birgit Hahn"),
    "harbourview": org(
        "Harbourview Capital", "harbourview-capital.example", "Kenji Watanabe", "Sarah Lindley"
    ),
    "thornbury": org("Thornbury Partners", "thornbury-partners.example", "Alistair Reid"),
    "coach": org("Cole Coaching", "cole-coaching.example", "Miriam Cole"),
    "larkspur": org("Larkspur Ventures", "larkspur-ventures.example", "Ruth Okoro"),
}
BOARD = (
    person("Eleanor Voss", "voss-advisory.example"),
    ORGS["harbourview"].people[0],
    ORGS["larkspur"].people[0],
)
CANDIDATES = (
    "Daniel Osei",
    "Fiona Gallagher",
    "Rohan Kapoor",
    "Elif Aydın",
    "Mateo Romero",
    "Chloe Bernard",
    "Nikolai Petrov",
    "Grace Mwangi",
    "Lukas Steiner",
    "Sofia Marino",
    "Jamal Wright",
    "Anja Keller",
    "Tomasz Zieliński",
    "Hannah Okafor",
    "Pablo Ruiz",
    "Ines Duarte",
    "Kai Brandt",
    "Olivia Hart",
    "Yusuf Demir",
    "Marta Kowalska",
)


def shared_uid(name: str) -> str:
    """A UID for a meeting that sits on more than one of the three calendars."""
    return hashlib.sha256(f"northwind/{name}".encode()).hexdigest()[:32] + "@northwind.example"


UID_EXEC_TEAM = shared_uid("exec-team-weekly")
UID_MARCUS_HELENA = shared_uid("marcus-helena-1on1")
UID_ATLAS_STEERCO = shared_uid("atlas-steerco")
UID_OFFSITE_1 = shared_uid("strategy-offsite-day-1")
UID_OFFSITE_2 = shared_uid("strategy-offsite-day-2")
UID_ENG_ALL_HANDS = shared_uid("engineering-all-hands")
UID_PAYMENTS_POSTMORTEM = shared_uid("postmortem-inc-4418")
UID_EU_OUTAGE = shared_uid("sev1-eu-api-outage")
UID_EXEC_UPDATE = shared_uid("sev1-payments-exec-update")


# --------------------------------------------------------------------------------------
# Templates for one-off meetings
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Tpl:
    """A one-off meeting the filler may place.

    ``who`` lists the attendees besides the owner, "+"-separated: ``solo``, ``r`` (one
    direct report, ``r2`` two), ``i1-3`` (one to three colleagues), ``c1-2`` (people from one
    customer), ``v1-2`` (from one vendor), ``x:<org>:1-2`` (from that organisation),
    ``cand`` (a candidate and the recruiter), ``board``. ``org`` is who sends the invite:
    ``owner``, ``them`` (an internal attendee) or ``ext`` (the external party).
    ``lead`` says how far ahead it was booked: ``plan``, ``soon`` or ``urgent``.
    ``monthly`` and ``yearly`` cap how often the filler may use it.
    """

    title: str
    minutes: tuple[int, ...]
    who: str = "solo"
    org: str = "owner"
    lead: str = "plan"
    desc: str = ""
    late: bool = False
    loc: str = ""
    monthly: int = 2
    yearly: int = 8


def T(  # a short constructor keeps the pools readable
    title: str,
    *minutes: int,
    who: str = "solo",
    org: str = "owner",
    lead: str = "plan",
    desc: str = "",
    late: bool = False,
    loc: str = "",
    monthly: int | None = None,
    yearly: int | None = None,
) -> Tpl:
    varied = "{" in title  # titles with placeholders read differently each time
    return Tpl(
        title,
        minutes or (60,),
        who,
        org,
        lead,
        desc,
        late,
        loc,
        monthly if monthly is not None else (5 if varied else 2),
        yearly if yearly is not None else (30 if varied else 5),
    )


@dataclass
class FillPlan:
    """How the filler tops up each working day with one-off meetings."""

    pools: dict[str, list[Tpl]]
    weights: list[tuple[int, int, int, int]]  # per month: strategy, capability, execution, ff
    day_minutes: list[tuple[int, int]]  # per month: counted minutes to reach, 08:00-18:30
    overlap: list[float]  # per month: chance a meeting is double-booked
    late: list[float]  # per month: chance an urgent meeting lands in the evening
    internal: tuple[Person, ...]
    customers: tuple[str, ...]
    vendors: tuple[str, ...]
    recruiter: Person
    words: dict[str, tuple[str, ...]]
    incidents: set[int] = field(default_factory=set)  # incident numbers already used
    open_incidents: list[tuple[date, int]] = field(default_factory=list)  # no postmortem yet
    max_per_day: int = 6
    quiet: float = 0.0  # chance that a day gets at most one one-off


# --------------------------------------------------------------------------------------
# The calendar builder
# --------------------------------------------------------------------------------------


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


@dataclass(frozen=True)
class Leader:
    key: str
    slug: str
    owner: Person
    role: str
    job: str
    tz: ZoneInfo
    seed: int
    reports: tuple[Person, ...]

    @property
    def tzid(self) -> str:
        return str(self.tz.key)


def local(day: date, hhmm: str, tz: ZoneInfo) -> datetime:
    hours, minutes = (int(x) for x in hhmm.split(":"))
    return datetime.combine(day, time(hours, minutes), tz)


def days(first: date, last_exclusive: date) -> Iterator[date]:
    day = first
    while day < last_exclusive:
        yield day
        day += timedelta(days=1)


def month_index(day: date) -> int:
    return (day.year - 2025) * 12 + day.month - 11


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
        self.components.append(ev)
        self.cats.setdefault(uid, spec.cat)
        if recurrence_id is not None:
            self.instance_cats[uid, recurrence_key(recurrence_id)] = spec.cat
        return ev

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

    def apply_days_off(self) -> None:
        """Series instances on days off: organisers drop them (EXDATE); on leave and travel,
        invitations the owner cannot attend are declined instance by instance."""
        for series in self.series:
            dropped: list[datetime] = []
            for original in series.occurrences:
                reason = self.off.get(original.astimezone(self.tz).date())
                if reason is None or original in series.overridden:
                    continue
                if reason in ("leave", "travel") and series.invited:
                    self.override(series, original.date(), owner_partstat="DECLINED")
                else:
                    dropped.append(original)
            if dropped:
                series.event.add("exdate", dropped)

    # -- occupancy and filling ------------------------------------------------------------

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

    def busy_map(self) -> dict[date, list[tuple[int, int]]]:
        busy: dict[date, list[tuple[int, int]]] = defaultdict(list)
        cal = self.calendar(timezones=False)
        for occ in recurring_ical_events.of(cal).between(START, END):
            if not self.counted(occ):
                continue
            s = start_of(occ, self.tz).astimezone(self.tz)
            e = start_of(occ, self.tz, "DTEND").astimezone(self.tz)
            day = s.date()
            while day <= e.date():
                lo = s.hour * 60 + s.minute if day == s.date() else 0
                hi = e.hour * 60 + e.minute if day == e.date() else 24 * 60
                if hi > lo:
                    busy[day].append((lo, hi))
                day += timedelta(days=1)
        return busy

    def fill(self, plan: FillPlan) -> None:
        busy = self.busy_map()
        rng = self.rng
        used_month: dict[tuple[int, str], int] = defaultdict(int)
        used_year: dict[str, int] = defaultdict(int)
        for day in days(START, END):
            if day.weekday() >= 5 or day in self.off or day in self.nofill:
                continue
            m = month_index(day)
            lo, hi = plan.day_minutes[m]
            # incidents older than ten days never got a postmortem (as in life)
            plan.open_incidents = [
                (when, n) for when, n in plan.open_incidents if (day - when).days <= 10
            ]
            target = rng.randint(lo, hi)
            most = 1 if rng.random() < plan.quiet else plan.max_per_day
            placed = 0
            today: set[str] = set()  # one template at most once a day
            for _ in range(14):
                if _working_minutes(busy[day]) >= target or placed >= most:
                    break
                cat = rng.choices(WORK, weights=plan.weights[m])[0]
                pool = [
                    t
                    for t in plan.pools[cat]
                    if used_month[m, t.title] < t.monthly
                    and used_year[t.title] < t.yearly
                    and t.title not in today
                    and ("{last_inc}" not in t.title or plan.open_incidents)
                ]
                if not pool:
                    continue
                tpl = rng.choice(pool)
                minutes = rng.choice(tpl.minutes)
                evening = tpl.late and rng.random() < plan.late[m]
                if evening:
                    first, last = 18 * 60 + 45, 21 * 60 + 30
                else:
                    first, last = DAY_START, DAY_END
                overlap = rng.random() < plan.overlap[m]
                slot = _slot(rng, busy[day], minutes, first, last, overlap=overlap)
                if slot is None:
                    continue
                start = datetime.combine(day, time(slot // 60, slot % 60), self.tz)
                if self._place(plan, tpl, cat, start, minutes):
                    busy[day].append((slot, slot + minutes))
                placed += 1
                used_month[m, tpl.title] += 1
                used_year[tpl.title] += 1
                today.add(tpl.title)

    def _place(self, plan: FillPlan, tpl: Tpl, cat: str, start: datetime, minutes: int) -> bool:
        """Write one filler meeting; False if the owner declined it (not busy)."""
        rng = self.rng
        people: list[Person] = []
        externals: list[Person] = []
        words: dict[str, str] = {  # named in the title without being invited
            "cust": ORGS[rng.choice(plan.customers)].name,
            "vendor": ORGS[rng.choice(plan.vendors)].name,
        }
        for token in tpl.who.split("+"):
            if token == "solo":
                continue
            if token == "cand":
                name = rng.choice(CANDIDATES)
                externals.append(person(name, "mail.example"))
                people.append(plan.recruiter)
                words["cand"] = name
            elif token == "board":
                externals += BOARD
            elif token.startswith("r"):
                n = int(token[1:] or "1")
                chosen = rng.sample(self.leader.reports, n)
                people += chosen
                words["report"] = chosen[0].first
            elif token.startswith("i"):
                a, b = _span(token[1:])
                pool = [p for p in plan.internal if p not in people]
                chosen = rng.sample(pool, rng.randint(a, b))
                people += chosen
                if chosen:
                    words.setdefault("peer", chosen[0].first)
            elif token[0] in "cvx":
                if token[0] == "x":
                    _, key, span = token.split(":")
                else:
                    key = rng.choice(plan.customers if token[0] == "c" else plan.vendors)
                    span = token[1:]
                a, b = _span(span)
                organisation = ORGS[key]
                chosen = rng.sample(
                    organisation.people, min(rng.randint(a, b), len(organisation.people))
                )
                externals += chosen
                words["cust" if token[0] == "c" else "vendor" if token[0] == "v" else "org"] = (
                    organisation.name
                )
            else:
                raise ValueError(f"bad who token {token!r}")
        for key, options in plan.words.items():
            words[key] = rng.choice(options)
        if "{inc}" in tpl.title:
            number = _incident_number(start.date()) + rng.randint(0, 3)
            while number in plan.incidents:
                number += 1
            plan.incidents.add(number)
            plan.open_incidents.append((start.date(), number))
            words["inc"] = str(number)
        if "{last_inc}" in tpl.title:  # a postmortem of a recent incident without one
            words["last_inc"] = str(plan.open_incidents.pop(0)[1])
        q = (start.month - 1) // 3 + 1
        words["q"] = f"Q{q}"
        words["nq"] = f"Q{q % 4 + 1}"
        words["month"] = start.strftime("%B")
        words["prev"] = (start.replace(day=1) - timedelta(days=1)).strftime("%B")
        title = tpl.title.format_map(words)
        desc = tpl.desc.format_map(words) if tpl.desc else ""
        organizer: Person | None = None
        attendees = tuple(people + externals)
        if attendees:
            if tpl.org == "ext" and externals:
                organizer = externals[0]
            elif tpl.org == "them" and people:
                organizer = people[0]
            elif tpl.org == "them":
                organizer = externals[0]
            else:
                organizer = self.owner
        response = "ACCEPTED" if organizer in (None, self.owner) else self.owner_response()
        location = tpl.loc
        if not location and externals and rng.random() < 0.4:
            location = rng.choice(("Zoom", "Microsoft Teams Meeting", "Google Meet"))
        self.one_off(
            title,
            start,
            minutes,
            cat,
            lead=tpl.lead,
            organizer=organizer,
            attendees=attendees,
            owner_partstat=response,
            description=desc,
            location=location,
        )
        return response != "DECLINED"

    # -- summary -----------------------------------------------------------------------

    def write(self, folder: Path) -> Path:
        path = folder / f"{self.leader.slug}.ics"
        path.write_bytes(self.calendar().to_ical())
        return path

    def labels(self) -> list[tuple[str, str, str]]:
        """(uid, recurrence id, label) rows, sorted: one per series or one-off (recurrence id
        empty), one per override labelled otherwise than its series; categories outside the
        five are left out."""
        rows = [(uid, "", cat) for uid, cat in self.cats.items() if cat in LABELS]
        rows += [
            (uid, rid, cat)
            for (uid, rid), cat in self.instance_cats.items()
            if cat in LABELS and cat != self.cats.get(uid)
        ]
        return sorted(rows)

    def write_labels(self, folder: Path) -> Path:
        path = folder / f"demo-labels-{self.leader.slug}.csv"
        with path.open("w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f, lineterminator="\n")
            writer.writerow(("uid", "recurrence_id", "label"))
            writer.writerows(self.labels())
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


def _incident_number(day: date) -> int:
    """Incident ids grow about 1.2 a day company-wide, three a day in October 2026."""
    n = (day - START).days
    return 4000 + (n * 6) // 5 if n < 334 else 4400 + (n - 334) * 3


def _span(text: str) -> tuple[int, int]:
    """``"1-3"`` -> (1, 3); ``"2"`` -> (2, 2)."""
    low, _, high = text.partition("-")
    return int(low), int(high or low)


def _working_minutes(intervals: Iterable[tuple[int, int]]) -> int:
    minutes = [False] * (24 * 60)
    for lo, hi in intervals:
        for m in range(max(lo, DAY_START), min(hi, DAY_END)):
            minutes[m] = True
    return sum(minutes)


def _slot(
    rng: random.Random,
    intervals: list[tuple[int, int]],
    minutes: int,
    first: int,
    last: int,
    *,
    overlap: bool,
) -> int | None:
    starts = list(range(first, last - minutes + 1, 30))
    free = [s for s in starts if all(s + minutes <= lo or s >= hi for lo, hi in intervals)]
    if overlap:
        clash = [s for s in starts if s not in free]
        if clash:
            return rng.choice(clash)
    return rng.choice(free) if free else None


# --------------------------------------------------------------------------------------
# Leader 1: Helena Marsh, CEO, London. Healthy winter, drifts into execution by October.
# --------------------------------------------------------------------------------------

HELENA_LEADER = Leader(
    key="helena",
    slug="ceo-helena-marsh",
    owner=HELENA,
    role="executive",
    job="CEO",
    tz=LONDON,
    seed=20261031,
    reports=(TOM, CLAIRE, MARCUS, INGRID, RAFAEL),
)

HELENA_POOLS: dict[str, list[Tpl]] = {
    S: [
        T("Market sizing: cold-chain automation", 90, 120, who="i1-2"),
        T("Competitor deep-dive: Fetchline and RoboDock", 90, who="i2-3"),
        T("M&A screen: candidate targets", 60, 90, who="r1+i1"),
        T(
            "Call with Thornbury Partners re acquisition options",
            60,
            who="x:thornbury:1-1+r1",
            org="ext",
        ),
        T("Pricing strategy: 2027 price architecture", 90, who="r2"),
        T("Vision 2030 narrative – working session", 90, 120, who="i1-2"),
        T("Portfolio review: which product lines do we sunset?", 90, who="r2+i0-1"),
        T("Thinking time: board strategy paper", 90, 120),
        T(
            "Long-range plan: 3-year model",
            90,
            who="r1+i1",
            desc="Walk through the 3-year model: revenue mix by segment, margin path, "
            "investment envelope for new markets.",
        ),
        T("Expansion options: DACH and Nordics", 90, who="r2"),
        T("Build vs partner: fleet software", 60, 90, who="r2"),
        T(
            "Coffee with Kenji (Harbourview)",
            60,
            who="x:harbourview:1-1",
            org="ext",
            loc="Monmouth Coffee, Borough",
        ),
        T("Read: analyst reports on warehouse robotics", 60),
        T("Thoughts on 2027?", 30, 45, who="r1", lead="soon"),
        T("Scenario planning: 2027 downside case", 90, who="r1+i1"),
        T("Strategy paper – draft review", 60, who="i1-1"),
        T("Meeting with Ruth Okoro (Larkspur)", 60, who="x:larkspur:1-1", org="ext"),
        T("Category strategy: cold chain", 90, who="r1+i1"),
        T("Partnership options: {vendor}", 60, who="r1+i1"),
        T("Board strategy session – prep", 90, who="i1-1"),
        T("Customer insight interviews: synthesis", 90, who="i1-2"),
        T("Where to play: US mid-market", 90, who="r2"),
    ],
    C: [
        T("Interview: {role} – {cand}", 45, 60, who="cand", org="them"),
        T("Final interview: {role}", 60, who="cand", org="them"),
        T("Skip-level: {team}", 45, 60, who="i3-5"),
        T("Talent review: leadership bench", 90, who="r1+i1"),
        T("Succession planning", 60, who="r1"),
        T("Welcome session for new joiners", 45, who="i4-6", org="them"),
        T("Org design: commercial team", 60, who="r2"),
        T("Career conversation – {peer}", 45, who="i1-1"),
        T("Exec team 360 feedback debrief", 60, who="r1", org="them"),
        T(
            "Leadership programme – cohort session",
            120,
            who="i3-5",
            org="them",
            loc="Training room, L3",
        ),
        T("Reference call: {cand}", 30, who="cand", org="them"),
        T("Walk & talk w/ {peer}", 30, who="i1-1"),
        T("Development plan review: {peer}", 45, who="i1-1"),
        T("Graduate programme kick-off", 60, who="i2-3", org="them"),
        T("Culture survey results", 60, who="r1+i1", org="them"),
        T("Inclusion council", 60, who="i2-4", org="them"),
        T("Feedback conversation", 30, who="i1-1", org="them"),
        T("Coffee with a new starter", 30, who="i1-1"),
        T("Offsite design: leadership team", 60, who="r1+i1"),
    ],
    E: [
        T("{cust} QBR", 60, 90, who="c2-3+i1-2", org="them"),
        T("Call with {cust}", 30, 45, who="c1-2+i0-1", org="them"),
        T("Contract review: {cust} renewal", 60, who="i2-3", org="them"),
        T("Deal review: {cust} expansion", 45, who="i2-3", org="them"),
        T("Approve: hiring plan {nq}", 30, who="r1+i1", org="them"),
        T("Budget review: {prev} actuals", 60, who="r1+i1", org="them"),
        T("Sign-off: {q} marketing campaign", 30, who="i1-2", org="them"),
        T("Status update: Atlas rollout", 30, who="i1-2", org="them"),
        T("Vendor negotiation: {vendor}", 60, who="v1-2+i1-1", org="them"),
        T("Forecast review", 60, who="r1+i1", org="them"),
        T("KPI review", 45, who="r2", org="them"),
        T("Board deck review", 60, who="r1+i1", org="them"),
        T("Investor update call", 30, who="x:harbourview:1-2+r1", org="them"),
        T("Press interview prep", 30, who="i1-1", org="them"),
        T("Legal review: {cust} MSA", 45, who="i1-2", org="them"),
        T("Weekly numbers", 30, who="r1+i1", org="them"),
        T("Pricing approval: {cust} renewal", 30, who="i2", org="them"),
        T("Catch-up", 30, who="i1-1", lead="soon", org="them"),
        T("Quick chat", 15, 30, who="i1-1", lead="soon", org="them"),
        T("Follow-up", 30, who="i1-2", lead="soon", org="them"),
        T("Touch base re {q} targets", 30, who="r1", lead="soon"),
        T("Review", 45, who="i2-3", org="them"),
        T(
            "Capex approval: {site} expansion",
            30,
            who="r1+i1",
            org="them",
            desc="Approval needed this week: capex request for {site}, vendor quote attached.",
        ),
        T("{cust} renewal – commercial terms", 45, who="r1+i1", org="them"),
        T("Sales kick-off planning", 60, who="i1-2", org="them"),
        T("Quarterly close review", 60, who="r1+i1", org="them"),
        T("Insurance renewal sign-off", 30, who="i1-1", org="them"),
        T("Audit committee prep", 60, who="r1+i1", org="them"),
        T("Customer reference call: {cust}", 30, who="c1-1+i1", org="them"),
        T("Marketing plan {nq}", 45, who="i1-2", org="them"),
        T("Pricing exception: {cust}", 30, who="i1-2", org="them", lead="soon"),
    ],
    F: [
        T("Escalation: {cust} go-live slipping", 45, who="c1-2+i1-2", org="them", lead="urgent"),
        T("URGENT: {cust} contract issue", 30, who="i1-2", org="them", lead="urgent"),
        T("Customer escalation – {cust}", 45, who="c1-2+i1", org="them", lead="urgent"),
        T("Crisis comms: press enquiry", 30, who="i1-2", org="them", lead="urgent"),
        T("Call re {site} outage", 30, who="r1+i1", org="them", lead="urgent"),
        T("Urgent approval: emergency spend at {site}", 30, who="r1", org="them", lead="urgent"),
        T("{cust} escalation – exec call", 45, who="c1-2+r1", org="them", lead="urgent", late=True),
    ],
}


def build_helena() -> Builder:
    b = Builder(HELENA_LEADER)
    tz = LONDON
    d = date
    board_room = person("Boardroom (L5)", "resources.northwind.example")

    b.holidays(
        d(2025, 12, 25),
        d(2025, 12, 26),
        d(2026, 1, 1),
        d(2026, 4, 3),
        d(2026, 4, 6),
        d(2026, 5, 4),
        d(2026, 5, 25),
        d(2026, 8, 31),
    )
    b.all_day("Christmas break", d(2025, 12, 24), d(2026, 1, 2))
    b.note("all-day OOO (leave)", "Christmas break", d(2025, 12, 24))
    b.all_day("Out of office", d(2026, 2, 16), d(2026, 2, 16))
    b.all_day("Annual leave – Cornwall", d(2026, 8, 8), d(2026, 8, 16))
    b.note("all-day OOO, summer vacation week", "Annual leave – Cornwall", d(2026, 8, 8))
    b.all_day("Out of office – school sports day", d(2026, 7, 3), d(2026, 7, 3), private=True)
    for day in (d(2026, 3, 30), d(2026, 3, 31)):
        b.off[day] = "travel"  # New York trip: London invitations declined

    directs = HELENA_LEADER.reports
    # Recurring series -----------------------------------------------------------------
    b.recurring(
        "Exec team weekly",
        local(d(2025, 1, 13), "14:00", tz),
        90,
        E,
        byday=["MO"],
        uid=UID_EXEC_TEAM,
        attendees=(*directs, AMELIA),
        rooms=(board_room,),
        location="Boardroom (L5) / Zoom",
        description="Standing agenda: numbers of the week, decisions needed, risks, AOB.",
    )
    b.recurring(
        "Week ahead w/ Amelia",
        local(d(2025, 3, 3), "08:00", tz),
        30,
        E,
        byday=["MO"],
        organizer=AMELIA,
        attendees=(AMELIA,),
    )
    claire = b.recurring(
        "Sync w/ Claire",
        local(d(2025, 2, 4), "09:00", tz),
        45,
        C,
        byday=["TU"],
        attendees=(CLAIRE,),
    )
    b.recurring(
        "Tom / Helena 1:1",
        local(d(2025, 1, 8), "09:00", tz),
        45,
        C,
        byday=["WE"],
        organizer=TOM,
        attendees=(TOM,),
    )
    marcus = b.recurring(
        "Marcus <> Helena 1:1",
        local(d(2025, 2, 6), "11:00", NEW_YORK),
        45,
        C,
        byday=["TH"],
        uid=UID_MARCUS_HELENA,
        organizer=MARCUS,
        attendees=(MARCUS,),
        location="Zoom",
    )
    b.recurring(
        "Ingrid / Helena",
        local(d(2025, 4, 3), "09:00", tz),
        30,
        C,
        byday=["TH"],
        organizer=INGRID,
        attendees=(INGRID,),
    )
    b.recurring(
        "Rafael 1:1", local(d(2025, 1, 10), "11:30", tz), 45, C, byday=["FR"], attendees=(RAFAEL,)
    )
    b.recurring(
        "Weekly pipeline review",
        local(d(2025, 5, 1), "10:00", tz),
        60,
        E,
        byday=["TH"],
        organizer=CLAIRE,
        attendees=(CLAIRE, BEN, OLIVER, SAM),
    )
    b.recurring(
        "Ops review",
        local(d(2025, 5, 7), "11:00", tz),
        60,
        E,
        byday=["WE"],
        organizer=RAFAEL,
        attendees=(RAFAEL, AISHA, GARETH, SAM),
    )
    b.recurring(
        "Board prep",
        local(d(2025, 3, 4), "10:00", tz),
        120,
        E,
        freq="MONTHLY",
        byday=["1TU"],
        organizer=AMELIA,
        attendees=(AMELIA, TOM, HANNAH),
        rdates=[local(d(2026, 9, 17), "10:00", tz)],
    )
    b.note(
        "RDATE (extra instance of a monthly series)",
        "Board prep",
        local(d(2026, 9, 17), "10:00", tz),
    )
    b.recurring(
        "Northwind all-hands",
        local(d(2025, 1, 31), "16:00", tz),
        60,
        C,
        freq="MONTHLY",
        byday=["-1FR"],
        organizer=INGRID,
        attendees=(INGRID,),
        groups=(Person("All Northwind", "all@northwind.example"),),
        location="Canteen / Zoom",
    )
    thinking = b.recurring(
        "Thinking time – strategy",
        local(d(2025, 9, 5), "09:00", tz),
        120,
        S,
        byday=["FR"],
        until=d(2026, 5, 29),
    )
    b.exdate(
        thinking,
        d(2026, 3, 13),
        d(2026, 4, 10),
        d(2026, 4, 24),
        d(2026, 5, 8),
        d(2026, 5, 15),
        case="EXDATE (owner deleted an instance)",
    )
    thinking2 = b.recurring(
        "Thinking time", local(d(2026, 6, 5), "09:00", tz), 60, S, byday=["FR"], interval=2
    )
    b.recurring(
        "Strategy working group",
        local(d(2025, 9, 10), "15:00", tz),
        90,
        S,
        byday=["WE"],
        interval=2,
        until=d(2026, 3, 31),
        attendees=(TOM, CLAIRE, MARCUS, RAFAEL),
        description="Where do we play in 2027-2029? This cycle: segments, regions, and "
        "what we stop doing.",
    )
    b.recurring(
        "Exec coaching – Miriam Cole",
        local(d(2025, 6, 3), "16:30", tz),
        60,
        C,
        byday=["TU"],
        interval=2,
        until=d(2026, 6, 30),
        organizer=ORGS["coach"].people[0],
        attendees=(ORGS["coach"].people[0],),
        location="Zoom",
    )
    b.recurring(
        "Mentoring: Aisha",
        local(d(2025, 10, 8), "17:00", tz),
        45,
        C,
        freq="MONTHLY",
        byday=["2WE"],
        attendees=(AISHA,),
    )
    b.recurring(
        "Atlas programme steerco",
        local(d(2025, 9, 2), "15:00", tz),
        90,
        E,
        byday=["TU"],
        interval=2,
        uid=UID_ATLAS_STEERCO,
        organizer=GARETH,
        attendees=(GARETH, MARCUS, RAFAEL, CLAIRE, PRIYA),
        location="Zoom",
    )
    b.recurring(
        "Warehouse 2.0 steerco",
        local(d(2026, 4, 7), "11:00", tz),
        60,
        E,
        byday=["TU"],
        organizer=GARETH,
        attendees=(GARETH, RAFAEL, AISHA, SAM),
    )
    b.recurring(
        "Pricing approvals",
        local(d(2026, 6, 1), "16:00", tz),
        45,
        E,
        byday=["MO"],
        organizer=CLAIRE,
        attendees=(CLAIRE, BEN, SAM),
    )
    b.recurring(
        "Weekly escalations review",
        local(d(2026, 7, 1), "17:00", tz),
        45,
        E,
        byday=["WE"],
        organizer=RAFAEL,
        attendees=(RAFAEL, CLAIRE, AISHA),
    )
    b.recurring(
        "Daily cash & orders call",
        local(d(2026, 8, 3), "08:30", tz),
        20,
        E,
        byday=WEEKDAYS,
        organizer=TOM,
        attendees=(TOM, SAM, RAFAEL),
    )
    b.recurring(
        "Commercial forecast call",
        local(d(2025, 4, 7), "10:00", tz),
        45,
        E,
        byday=["MO"],
        organizer=CLAIRE,
        attendees=(CLAIRE, BEN, SAM),
    )
    b.recurring(
        "Product review",
        local(d(2025, 5, 14), "13:30", tz),
        90,
        E,
        byday=["WE"],
        interval=2,
        organizer=NADIA,
        attendees=(NADIA, MARCUS, CLAIRE),
        location="Zoom",
    )
    b.recurring(
        "Investor relations check-in",
        local(d(2025, 3, 6), "15:00", tz),
        60,
        E,
        freq="MONTHLY",
        byday=["1TH"],
        organizer=TOM,
        attendees=(TOM, LUCY),
    )
    b.recurring(
        "Leadership team development",
        local(d(2025, 9, 17), "09:30", tz),
        150,
        C,
        freq="MONTHLY",
        byday=["3WE"],
        until=d(2026, 5, 31),
        organizer=INGRID,
        attendees=(INGRID, *directs),
        location="Thames room",
        description="Monthly session for the exec team: how we lead, give feedback and "
        "grow the next layer of leaders.",
    )
    b.recurring(
        "Skip-level breakfast",
        local(d(2025, 9, 9), "08:00", tz),
        60,
        C,
        freq="MONTHLY",
        byday=["2TU"],
        until=d(2026, 6, 30),
        attendees=(AISHA, BEN, LUCY),
        location="Canteen",
    )
    b.recurring(
        "Market & competitor review",
        local(d(2025, 9, 11), "14:00", tz),
        90,
        S,
        byday=["TH"],
        interval=2,
        until=d(2026, 4, 30),
        attendees=(CLAIRE, NADIA, OLIVER),
        description="Standing review: market signals, competitor moves, what it means for "
        "where we play.",
    )
    b.recurring(
        "Hiring pipeline – exec roles",
        local(d(2025, 9, 5), "15:00", tz),
        45,
        C,
        byday=["FR"],
        interval=2,
        organizer=INGRID,
        attendees=(INGRID,),
    )
    b.recurring(
        "Finance & KPI review",
        local(d(2026, 3, 5), "17:00", tz),
        45,
        E,
        byday=["TH"],
        organizer=TOM,
        attendees=(TOM, SAM),
    )
    b.recurring(
        "Top-10 accounts review",
        local(d(2026, 5, 1), "14:00", tz),
        60,
        E,
        byday=["FR"],
        organizer=CLAIRE,
        attendees=(CLAIRE, BEN),
    )
    b.recurring("Lunch", local(d(2025, 6, 2), "12:30", tz), 45, O, byday=WEEKDAYS)
    b.note("lunch block (daily series)", "Lunch", local(d(2025, 11, 3), "12:30", tz))
    b.recurring(
        "Hold – inbox & admin",
        local(d(2025, 6, 6), "16:30", tz),
        60,
        O,
        byday=["FR"],
        transparent=True,
    )
    b.note(
        "TRANSP:TRANSPARENT hold (weekly series)",
        "Hold – inbox & admin",
        local(d(2025, 11, 7), "16:30", tz),
    )

    b.apply_days_off()
    b.note(
        "EXDATE (series skipped over Christmas)",
        "Exec team weekly",
        local(d(2025, 12, 29), "14:00", tz),
    )

    # Hard cases on recurring series -----------------------------------------------------
    b.override(
        claire,
        d(2026, 10, 6),
        start=local(d(2026, 10, 6), "17:15", tz),
        case="moved recurring instance (09:00 -> 17:15)",
    )
    b.override(
        thinking2,
        d(2026, 10, 9),
        cancel=True,
        case="cancelled recurring instance (STATUS:CANCELLED)",
    )
    b.override(
        marcus,
        d(2026, 10, 8),
        cancel=True,
        case="cancelled recurring instance (organiser in an incident)",
    )
    b.note(
        "declined recurring instance (auto-declined while travelling)",
        "Week ahead w/ Amelia",
        local(d(2026, 3, 30), "08:00", tz),
    )
    b.note(
        "series in another zone (America/New_York) shifts in London across the US/EU DST gap",
        "Marcus <> Helena 1:1",
        local(d(2026, 3, 12), "11:00", NEW_YORK),
    )

    # Board meetings and the strategy offsite ---------------------------------------------
    for day in (d(2025, 12, 9), d(2026, 3, 17), d(2026, 6, 16), d(2026, 9, 22)):
        b.one_off(
            "Board meeting",
            local(day, "09:30", tz),
            local(day, "14:00", tz),
            S,
            organizer=AMELIA,
            attendees=(AMELIA, TOM, HANNAH, *BOARD),
            rooms=(board_room,),
            location="Boardroom (L5)",
            description="1. CEO report  2. Strategy: market entry options  3. Financials  "
            "4. Risk register  5. AOB",
        )
    offsite_people = (*directs, AMELIA)
    offsite_desc = (
        "Purpose: decide where Northwind plays 2027-2029 and how we win.\n"
        "- Segments: cold-chain vs general 3PL vs retail fulfilment\n"
        "- Regions: stay UK/US or enter DACH and the Nordics\n"
        "- Fleet software: build, partner or acquire\n"
        "- What we stop doing\n"
        "Pre-read: market map, competitor teardown (Fetchline, RoboDock), customer interviews."
    )
    b.one_off(
        "Strategy offsite: Northwind 2027–2029",
        local(d(2026, 2, 11), "09:00", tz),
        local(d(2026, 2, 11), "17:30", tz),
        S,
        uid=UID_OFFSITE_1,
        attendees=offsite_people,
        location="Coworth Park, Ascot",
        description=offsite_desc,
    )
    b.one_off(
        "Strategy offsite (day 2)",
        local(d(2026, 2, 12), "09:00", tz),
        local(d(2026, 2, 12), "16:00", tz),
        S,
        uid=UID_OFFSITE_2,
        attendees=offsite_people,
        location="Coworth Park, Ascot",
        description="Day 2: choices and trade-offs; draft the one-page strategy.",
    )
    b.note(
        "trap: genuine strategy offsite (where to play)",
        "Strategy offsite: Northwind 2027–2029",
        local(d(2026, 2, 11), "09:00", tz),
    )
    b.one_off("Train to Ascot", local(d(2026, 2, 11), "07:20", tz), 70, O)
    b.nofill.update({d(2026, 2, 11), d(2026, 2, 12)})

    b.one_off(
        "Strategic planning 2027",
        local(d(2026, 10, 7), "13:30", tz),
        local(d(2026, 10, 7), "16:00", tz),
        E,
        organizer=AMELIA,
        attendees=(AMELIA, *directs),
        rooms=(board_room,),
        location="Boardroom (L5)",
        description="Agenda:\n1. Confirm an owner for each 2027 initiative\n"
        "2. Lock delivery deadlines per quarter\n3. Agree the KPIs and the monthly "
        "reporting cadence\n4. Budget asks per workstream\n5. Next steps and actions",
    )
    b.note(
        "trap: 'strategic planning' that is execution (owners, deadlines, KPIs)",
        "Strategic planning 2027",
        local(d(2026, 10, 7), "13:30", tz),
    )

    # New York trip around the US/EU DST change -----------------------------------------------
    b.one_off(
        "Flight BA177 LHR → JFK",
        local(d(2026, 3, 29), "11:20", tz),
        local(d(2026, 3, 29), "14:35", NEW_YORK),
        O,
        location="Heathrow T5",
    )
    b.note(
        "travel on the EU DST change day, ends in another zone",
        "Flight BA177 LHR → JFK",
        local(d(2026, 3, 29), "11:20", tz),
    )
    b.one_off(
        "Acme Logistics HQ visit",
        local(d(2026, 3, 30), "09:00", NEW_YORK),
        local(d(2026, 3, 30), "12:00", NEW_YORK),
        E,
        organizer=CLAIRE,
        attendees=(CLAIRE, *ORGS["acme"].people[:2]),
        location="Acme Logistics, 500 Harbor Blvd, Newark",
    )
    b.one_off(
        "NY office: engineering town hall",
        local(d(2026, 3, 30), "14:00", NEW_YORK),
        60,
        C,
        organizer=MARCUS,
        attendees=(MARCUS, PRIYA, OWEN, KWAME, LAURA),
    )
    b.one_off(
        "Dinner with Kenji Watanabe",
        local(d(2026, 3, 30), "19:00", NEW_YORK),
        120,
        S,
        organizer=ORGS["harbourview"].people[0],
        attendees=(ORGS["harbourview"].people[0],),
        location="Gramercy Tavern",
    )
    b.one_off(
        "Harbourview Capital – investor meeting",
        local(d(2026, 3, 31), "10:00", NEW_YORK),
        90,
        S,
        organizer=ORGS["harbourview"].people[1],
        attendees=(*ORGS["harbourview"].people, TOM),
        location="Harbourview, 7 Bryant Park",
    )
    b.one_off(
        "Flight BA178 JFK → LHR",
        local(d(2026, 3, 31), "19:05", NEW_YORK),
        local(d(2026, 4, 1), "07:10", tz),
        O,
        location="JFK T8",
    )
    b.nofill.update({d(2026, 3, 30), d(2026, 3, 31), d(2026, 4, 1)})

    # Travel in the UK --------------------------------------------------------------------
    b.one_off(
        "Train to Leeds",
        local(d(2026, 1, 14), "07:05", tz),
        local(d(2026, 1, 14), "09:20", tz),
        O,
        location="King's Cross",
    )
    b.one_off(
        "Site visit: Leeds DC",
        local(d(2026, 1, 14), "10:00", tz),
        300,
        E,
        organizer=AISHA,
        attendees=(AISHA, RAFAEL),
        location="Leeds DC",
    )
    b.one_off("Train back to London", local(d(2026, 1, 14), "15:45", tz), 140, O)
    b.note("travel blocks (train)", "Train to Leeds", local(d(2026, 1, 14), "07:05", tz))
    b.nofill.add(d(2026, 1, 14))

    # Private, transparent, floating, UTC ------------------------------------------------------
    b.one_off(
        "Dr. Patel – follow-up",
        local(d(2026, 10, 8), "08:00", tz),
        60,
        O,
        private=True,
        location="Harley Street Clinic",
    )
    b.note(
        "CLASS:PRIVATE personal appointment (title must be redacted)",
        "Dr. Patel – follow-up",
        local(d(2026, 10, 8), "08:00", tz),
    )
    b.one_off("Parents' evening", local(d(2026, 3, 12), "17:30", tz), 60, O, private=True)
    b.one_off("Hold – board dinner", local(d(2026, 10, 20), "19:00", tz), 180, O, transparent=True)
    b.note("TRANSP:TRANSPARENT hold", "Hold – board dinner", local(d(2026, 10, 20), "19:00", tz))
    b.one_off("School run", datetime(2026, 2, 3, 8, 0), datetime(2026, 2, 3, 8, 30), O)
    b.note("floating time (no TZID)", "School run", datetime(2026, 2, 3, 8, 0, tzinfo=tz))
    luca = ORGS["brightparts"].people[0]
    b.one_off(
        "Brightparts partnership call",
        datetime(2026, 1, 20, 15, 0, tzinfo=UTC),
        60,
        S,
        organizer=luca,
        attendees=(luca, ORGS["brightparts"].people[1], CLAIRE),
        location="Google Meet",
    )
    b.one_off(
        "Brightparts: joint roadmap",
        datetime(2026, 6, 24, 14, 0, tzinfo=UTC),
        60,
        S,
        organizer=luca,
        attendees=(luca, CLAIRE, NADIA),
    )
    b.note(
        "UTC-stamped invitation (Z times)",
        "Brightparts: joint roadmap",
        datetime(2026, 6, 24, 14, 0, tzinfo=UTC),
    )

    # October: stuck in execution -----------------------------------------------------------
    acme = ORGS["acme"].people
    b.one_off(
        "Escalation call – Acme Logistics APAC",
        local(d(2026, 9, 30), "23:00", tz),
        local(d(2026, 10, 1), "01:30", tz),
        F,
        lead="urgent",
        organizer=CLAIRE,
        attendees=(CLAIRE, acme[0], acme[2], RAFAEL),
        location="Zoom",
    )
    b.note(
        "crosses the month boundary (Sep 30 -> Oct 1)",
        "Escalation call – Acme Logistics APAC",
        local(d(2026, 9, 30), "23:00", tz),
    )
    b.one_off(
        "SEV1 payments outage – exec update",
        local(d(2026, 10, 6), "12:30", NEW_YORK),
        30,
        F,
        uid=UID_EXEC_UPDATE,
        organizer=MARCUS,
        attendees=(MARCUS, KWAME, TOM, CLAIRE),
        created=datetime(2026, 10, 6, 16, 5, 12, tzinfo=UTC),
    )
    b.one_off(
        "Postmortem: SEV1 payments outage (INC-4418)",
        local(d(2026, 10, 9), "10:00", NEW_YORK),
        60,
        C,
        uid=UID_PAYMENTS_POSTMORTEM,
        organizer=MARCUS,
        attendees=(MARCUS, KWAME, PRIYA, RACHEL, ENGINEERS[5]),
        location="Zoom",
        created=datetime(2026, 10, 7, 14, 12, 40, tzinfo=UTC),
        description="Blameless. Timeline, contributing factors, what we change so it does "
        "not happen again, owners for follow-ups.",
    )
    b.note(
        "trap: postmortem after an incident",
        "Postmortem: SEV1 payments outage (INC-4418)",
        local(d(2026, 10, 9), "10:00", NEW_YORK),
    )
    b.one_off(
        "Acme Logistics escalation – exec call",
        local(d(2026, 10, 15), "10:30", tz),
        60,
        F,
        lead="urgent",
        organizer=CLAIRE,
        attendees=(CLAIRE, acme[0], acme[1]),
    )
    b.note(
        "double-booked (overlaps 'Weekly pipeline review' 10:00-11:00)",
        "Acme Logistics escalation – exec call",
        local(d(2026, 10, 15), "10:30", tz),
    )
    b.one_off(
        "Budget sign-off: FY27",
        local(d(2026, 10, 21), "11:00", tz),
        60,
        E,
        organizer=TOM,
        attendees=(TOM, SAM),
    )
    b.note(
        "double-booked (overlaps 'Ops review')",
        "Budget sign-off: FY27",
        local(d(2026, 10, 21), "11:00", tz),
    )
    b.one_off(
        "Marketing QBR",
        local(d(2026, 10, 13), "15:00", tz),
        90,
        E,
        organizer=OLIVER,
        attendees=(OLIVER, CLAIRE, LUCY),
        owner_partstat="DECLINED",
    )
    b.note("declined invitation", "Marketing QBR", local(d(2026, 10, 13), "15:00", tz))
    b.one_off(
        "Partnership intro: Brightparts CEO",
        local(d(2026, 10, 22), "16:00", tz),
        60,
        S,
        organizer=luca,
        attendees=(luca, CLAIRE),
        cancelled=True,
    )
    b.note(
        "cancelled one-off (STATUS:CANCELLED)",
        "Partnership intro: Brightparts CEO",
        local(d(2026, 10, 22), "16:00", tz),
    )
    b.one_off(
        "Sync w/ Claire",
        local(d(2026, 10, 20), "13:30", tz),
        60,
        E,
        organizer=CLAIRE,
        attendees=(CLAIRE, BEN, HANNAH, SAM),
        location="Thames room",
        description="Project Harbor (Acme Logistics renewal): pricing status, contract "
        "redlines, owners and dates for next steps.",
    )
    b.note(
        "trap: 'Sync w/ Claire' with five people and a project (vs the weekly 1:1)",
        "Sync w/ Claire",
        local(d(2026, 10, 20), "13:30", tz),
    )
    b.one_off(
        "Industry dinner – UK Warehousing Association",
        local(d(2026, 10, 14), "19:00", tz),
        180,
        O,
        organizer=person("Events Team", "ukwa.example"),
        attendees=(person("Events Team", "ukwa.example"),),
        owner_partstat="TENTATIVE",
    )
    b.one_off(
        "Lunch & learn: AI in warehousing",
        local(d(2026, 10, 29), "12:30", tz),
        60,
        C,
        organizer=INGRID,
        attendees=(INGRID, AISHA),
        owner_partstat="NEEDS-ACTION",
    )
    b.note(
        "invitation with no response (NEEDS-ACTION)",
        "Lunch & learn: AI in warehousing",
        local(d(2026, 10, 29), "12:30", tz),
    )
    b.one_off("Prep: Acme renewal negotiation", local(d(2026, 10, 25), "16:00", tz), 120, E)
    b.note(
        "Sunday work on the EU DST change day (25-hour day)",
        "Prep: Acme renewal negotiation",
        local(d(2026, 10, 25), "16:00", tz),
    )

    b.fill(
        FillPlan(
            pools=HELENA_POOLS,
            weights=[  # strategy, capability, execution, firefighting
                (33, 27, 32, 8),
                (32, 27, 33, 8),
                (33, 27, 32, 8),
                (30, 26, 36, 8),
                (26, 24, 41, 9),
                (22, 22, 46, 10),
                (19, 20, 50, 11),
                (16, 18, 54, 12),
                (14, 16, 57, 13),
                (12, 14, 59, 15),
                (10, 12, 61, 17),
                (7, 10, 63, 20),
            ],
            day_minutes=[(360, 420)] * 4 + [(380, 440)] * 4 + [(400, 460)] * 4,
            max_per_day=2,
            overlap=[0.02] * 6 + [0.04] * 3 + [0.06, 0.08, 0.10],
            late=[0.15] * 12,
            internal=(AMELIA, GARETH, AISHA, OLIVER, HANNAH, SAM, BEN, LUCY, NADIA, INGRID),
            customers=("acme", "kestrel", "polar", "meridian"),
            vendors=("brightparts", "orbitpay", "cobalt"),
            recruiter=person("Nina Shah"),
            words={
                "role": ("VP Sales", "Head of Product", "CMO", "Finance Director", "VP Ops"),
                "team": (
                    "Leeds DC team",
                    "customer success",
                    "field engineering",
                    "finance team",
                    "product managers",
                ),
                "site": ("Leeds DC", "Reno DC", "Rotterdam hub", "Memphis DC"),
            },
        )
    )
    return b


# --------------------------------------------------------------------------------------
# Leader 2: Marcus Bell, VP Engineering, New York. Firefighting overload in October.
# --------------------------------------------------------------------------------------

MARCUS_LEADER = Leader(
    key="marcus",
    slug="vp-marcus-bell",
    owner=MARCUS,
    role="senior-leader",
    job="VP Engineering",
    tz=NEW_YORK,
    seed=4418,
    reports=(PRIYA, OWEN, KWAME, SOFIA, LAURA),
)

MARCUS_POOLS: dict[str, list[Tpl]] = {
    S: [
        T("Platform strategy: build vs buy for fleet telemetry", 90, who="r2"),
        T("Tech radar 2027", 60, who="r2+i1"),
        T("Architecture vision: event-driven WMS", 90, who="r2"),
        T("Engineering strategy doc – writing time", 120),
        T("Cobalt Cloud: strategic partnership discussion", 60, who="v1-2+r1", org="ext"),
        T("Read: competitor teardown (Fetchline)", 60),
        T("2027 roadmap bets", 60, 90, who="r2+i1"),
        T("Thoughts on 2027 platform?", 30, who="r1", lead="soon"),
        T("Fleet control: own it or partner?", 90, who="r2"),
        T("Data platform vision", 60, who="r1+i1"),
        T("Tech due diligence: acquisition target", 90, who="r1+i1", org="them"),
        T("Engineering org in 2028 – thinking time", 90),
        T("Customer advisory board: platform direction", 90, who="c1-2+r1", org="them"),
        T("AI in the warehouse: where should we bet?", 60, who="r2"),
        T("Strategy memo: {stopic}", 90),
        T("Platform bets: {stopic}", 60, who="r2"),
        T("Market scan: {stopic}", 60, who="r1+i1"),
    ],
    C: [
        T("Interview: {role} – {cand}", 45, 60, who="cand", org="them"),
        T("Hiring debrief: {role}", 30, who="r1+i1", org="them"),
        T("Skip-level: {team}", 45, who="i2-4"),
        T("Career conversation – {peer}", 30, 45, who="i1-1"),
        T("Mentoring: {peer}", 30, who="i1-1"),
        T("Promotion calibration", 90, who="r3", org="them"),
        T("Eng leadership training", 120, who="i1-3", org="them", loc="Training room, 12F"),
        T("Retro: {q} planning process", 60, who="r2+i1"),
        T("Engineering ladder review", 60, who="r2"),
        T(
            "Postmortem: INC-{last_inc}",
            60,
            who="r1+i1-2",
            org="them",
            desc="Blameless review: timeline, root cause, action items.",
        ),
        T("Onboarding: welcome new engineers", 30, who="i3-4"),
        T("Coffee chat w/ {peer}", 30, who="i1-1", lead="soon"),
        T("Feedback for {peer}", 30, who="i1-1"),
        T("New manager training", 120, who="i2-3", org="them"),
        T("On-call health review", 60, who="r1+i1"),
        T("Engineering culture survey – results", 60, who="r2"),
        T("Interview training for panelists", 60, who="i2-4", org="them"),
    ],
    E: [
        T("{cust} weekly delivery sync", 30, 45, who="c1-2+r1", org="them"),
        T("Release go/no-go: WMS {release}", 30, who="r2+i1", org="them"),
        T("Sprint demo: {team}", 45, who="i1-3", org="them"),
        T("Vendor call: {vendor}", 45, who="v1-2+i1", org="ext"),
        T("Capacity planning", 60, who="r2+i1", org="them"),
        T("{q} OKR check-in", 45, who="r3"),
        T("Budget review: cloud spend", 60, who="r1+i1", org="them"),
        T("Design review: {feature}", 60, who="r1+i1-2", org="them"),
        T("Security review: SOC 2 evidence", 45, who="r1+i1", org="them"),
        T("Approve: {vendor} renewal", 30, who="i1-2", org="them"),
        T("Program status: Atlas", 30, who="i1-2", org="them"),
        T("Review: {feature} launch plan", 45, who="r1+i2", org="them"),
        T("Catch-up", 30, who="i1-1", lead="soon", org="them"),
        T("Quick sync", 15, 30, who="i1-1", lead="soon", org="them"),
        T("Planning", 60, who="i2-3", org="them"),
        T("Headcount plan {nq}", 45, who="r2+i1", org="them"),
        T("Customer call: {cust}", 30, who="c1-2+r1", org="them"),
        T("Migration status: order API v3", 30, who="r1+i1", org="them"),
        T("Vendor contract review: {vendor}", 45, who="i1-1", org="them"),
        T("SLA review with {cust}", 45, who="c1-2+r1", org="them"),
        T("Cloud cost review", 45, who="r1+i1", org="them"),
        T("Release train retrospective actions", 30, who="r1+i1", org="them"),
        T("Roadmap review: {team}", 60, who="r1+i1", org="them"),
    ],
    F: [
        T(
            "Incident bridge: INC-{inc} {symptom}",
            60,
            90,
            who="r1+i1-2",
            org="them",
            lead="urgent",
            late=True,
        ),
        T("SEV2: {symptom}", 60, who="r1+i2", org="them", lead="urgent", late=True),
        T("Escalation: {cust} – {symptom}", 45, who="c1-2+r1", org="them", lead="urgent"),
        T("Urgent: {vendor} outage impact", 30, who="i1-2", org="them", lead="urgent"),
        T(
            "War room: {site} throughput drop",
            90,
            who="r1+i1-3",
            org="them",
            lead="urgent",
            late=True,
        ),
        T("Hotfix approval: WMS {release}", 30, who="r1+i1", org="them", lead="urgent"),
    ],
}


def build_marcus() -> Builder:
    b = Builder(MARCUS_LEADER)
    tz = NEW_YORK
    d = date
    b.holidays(
        d(2025, 11, 27),
        d(2025, 11, 28),
        d(2025, 12, 25),
        d(2026, 1, 1),
        d(2026, 1, 19),
        d(2026, 2, 16),
        d(2026, 5, 25),
        d(2026, 7, 3),
        d(2026, 9, 7),
    )
    b.all_day("OOO – holidays", d(2025, 12, 24), d(2026, 1, 2))
    b.note("all-day OOO (leave)", "OOO – holidays", d(2025, 12, 24))
    b.all_day("PTO – Maine", d(2026, 7, 4), d(2026, 7, 12))
    b.note("all-day OOO, summer vacation week", "PTO – Maine", d(2026, 7, 4))
    b.all_day("OOO", d(2026, 4, 17), d(2026, 4, 17))
    for day in (d(2026, 2, 10), d(2026, 2, 11), d(2026, 2, 12), d(2026, 2, 13)):
        b.off[day] = "travel"  # London offsite week

    r = MARCUS_LEADER.reports
    eng_all = Person("Engineering (all)", "eng-all@northwind.example")
    # Recurring series -----------------------------------------------------------------
    b.recurring(
        "Exec team weekly",
        local(d(2025, 1, 13), "14:00", LONDON),
        90,
        E,
        byday=["MO"],
        uid=UID_EXEC_TEAM,
        organizer=HELENA,
        attendees=(HELENA, TOM, CLAIRE, INGRID, RAFAEL, AMELIA),
        location="Boardroom (L5) / Zoom",
        description="Standing agenda: numbers of the week, decisions needed, risks, AOB.",
    )
    b.note(
        "series written in Europe/London: 09:00 New York, 10:00 in the US/EU DST gap",
        "Exec team weekly",
        local(d(2026, 3, 9), "14:00", LONDON),
    )
    helena = b.recurring(
        "Marcus <> Helena 1:1",
        local(d(2025, 2, 6), "11:00", tz),
        45,
        E,
        byday=["TH"],
        uid=UID_MARCUS_HELENA,
        attendees=(HELENA,),
        location="Zoom",
    )
    priya = b.recurring(
        "Sync w/ Priya", local(d(2025, 3, 6), "13:00", tz), 30, C, byday=["TH"], attendees=(PRIYA,)
    )
    owen = b.recurring(
        "Owen / Marcus 1:1",
        local(d(2025, 2, 3), "13:00", tz),
        30,
        C,
        byday=["MO"],
        organizer=OWEN,
        attendees=(OWEN,),
    )
    kwame = b.recurring(
        "1:1 Kwame", local(d(2025, 4, 1), "14:00", tz), 30, C, byday=["TU"], attendees=(KWAME,)
    )
    b.recurring(
        "Sofia <> Marcus",
        local(d(2025, 5, 7), "10:00", tz),
        30,
        C,
        byday=["WE"],
        attendees=(SOFIA,),
        location="Zoom",
    )
    laura = b.recurring(
        "Laura / Marcus 1:1",
        local(d(2025, 6, 6), "10:00", tz),
        30,
        C,
        byday=["FR"],
        organizer=LAURA,
        attendees=(LAURA,),
    )
    staff = b.recurring(
        "Eng staff meeting",
        local(d(2025, 1, 7), "11:00", tz),
        60,
        E,
        byday=["TU"],
        attendees=(*r, RACHEL),
        location="12F – Hudson / Zoom",
    )
    b.recurring(
        "Atlas programme steerco",
        local(d(2025, 9, 2), "15:00", LONDON),
        90,
        E,
        byday=["TU"],
        interval=2,
        uid=UID_ATLAS_STEERCO,
        organizer=GARETH,
        attendees=(GARETH, HELENA, RAFAEL, CLAIRE, PRIYA),
        location="Zoom",
    )
    b.recurring(
        "Weekly ops review",
        local(d(2025, 3, 3), "15:00", tz),
        60,
        E,
        byday=["MO"],
        organizer=KWAME,
        attendees=(KWAME, *ENGINEERS[5:7], LAURA),
    )
    arch = b.recurring(
        "Architecture review",
        local(d(2025, 4, 10), "14:00", tz),
        90,
        E,
        byday=["TH"],
        interval=2,
        organizer=OWEN,
        attendees=(OWEN, PRIYA, *ENGINEERS[:3]),
    )
    b.recurring(
        "Product & Eng roadmap sync",
        local(d(2025, 1, 8), "13:00", tz),
        60,
        E,
        byday=["WE"],
        organizer=NADIA,
        attendees=(NADIA, PRIYA, OWEN),
    )
    b.recurring(
        "Engineering all-hands",
        local(d(2025, 1, 8), "16:00", tz),
        60,
        C,
        freq="MONTHLY",
        byday=["2TH"],
        uid=UID_ENG_ALL_HANDS,
        attendees=(*r,),
        groups=(eng_all,),
        location="12F – Commons / Zoom",
    )
    b.recurring(
        "Hiring sync",
        local(d(2025, 2, 7), "14:00", tz),
        30,
        C,
        byday=["FR"],
        organizer=JESS,
        attendees=(JESS, LAURA),
    )
    b.recurring(
        "Incident review",
        local(d(2025, 3, 5), "16:00", tz),
        45,
        C,
        byday=["WE"],
        organizer=KWAME,
        attendees=(KWAME, ENGINEERS[5], ENGINEERS[6], PRIYA),
        description="Last week's incidents: root causes, follow-ups, trends.",
    )
    b.recurring(
        "Acme Logistics weekly delivery sync",
        local(d(2025, 10, 1), "11:00", tz),
        45,
        E,
        byday=["WE"],
        organizer=ORGS["acme"].people[2],
        attendees=(ORGS["acme"].people[2], ORGS["acme"].people[1], OWEN, RACHEL),
        location="Microsoft Teams Meeting",
    )
    b.recurring(
        "Tech strategy working group",
        local(d(2025, 2, 4), "15:00", tz),
        90,
        S,
        freq="MONTHLY",
        byday=["1WE"],
        attendees=(PRIYA, OWEN, NADIA),
    )
    b.recurring(
        "Platform sync",
        local(d(2025, 3, 3), "10:30", tz),
        45,
        E,
        byday=["MO"],
        organizer=PRIYA,
        attendees=(PRIYA, ENGINEERS[0], ENGINEERS[3]),
    )
    b.recurring(
        "Delivery review",
        local(d(2025, 3, 6), "15:45", tz),
        45,
        E,
        byday=["TH"],
        organizer=RACHEL,
        attendees=(RACHEL, OWEN, LAURA),
    )
    b.recurring(
        "Staff+ engineers forum",
        local(d(2025, 4, 15), "15:00", tz),
        60,
        C,
        freq="MONTHLY",
        byday=["3TU"],
        attendees=ENGINEERS[:5],
    )
    b.recurring(
        "Mentoring circle",
        local(d(2025, 4, 23), "17:00", tz),
        45,
        C,
        freq="MONTHLY",
        byday=["4WE"],
        attendees=(ENGINEERS[1], ENGINEERS[4], ENGINEERS[7]),
    )
    b.recurring(
        "Budget & headcount",
        local(d(2025, 3, 10), "15:00", tz),
        60,
        E,
        freq="MONTHLY",
        byday=["2TU"],
        organizer=TOM,
        attendees=(TOM, RACHEL),
    )
    b.recurring(
        "Reliability stand-up",
        local(d(2026, 10, 7), "08:45", tz),
        15,
        F,
        byday=WEEKDAYS,
        until=d(2026, 10, 30),
        organizer=KWAME,
        attendees=(KWAME, PRIYA, OWEN, *ENGINEERS[5:7]),
        created=datetime(2026, 10, 6, 23, 12, 5, tzinfo=UTC),
        description="Daily until the incident run is over: open incidents, "
        "mitigations, customer impact.",
    )
    b.recurring(
        "Interview slot",
        local(d(2025, 9, 2), "16:00", tz),
        60,
        C,
        byday=["TU"],
        description="Held for the hiring loop; Jess books candidates into it.",
    )
    b.recurring(
        "Focus time", local(d(2025, 9, 5), "08:30", tz), 90, O, byday=["FR"], transparent=True
    )
    b.note(
        "TRANSP:TRANSPARENT focus block (weekly series)",
        "Focus time",
        local(d(2025, 11, 7), "08:30", tz),
    )
    b.recurring("Lunch", local(d(2025, 3, 3), "12:00", tz), 45, O, byday=WEEKDAYS)
    b.note("lunch block (daily series)", "Lunch", local(d(2025, 11, 3), "12:00", tz))

    b.apply_days_off()
    b.note(
        "EXDATE (Thanksgiving, holidays)", "Eng staff meeting", local(d(2025, 12, 30), "11:00", tz)
    )
    b.exdate(staff, d(2026, 6, 30), case="EXDATE (one meeting dropped)")
    b.note(
        "declined recurring instances (auto-declined while on PTO)",
        "Eng staff meeting",
        local(d(2026, 7, 7), "11:00", tz),
    )

    # October firefighting: 1:1s cancelled and moved ---------------------------------------
    b.override(
        owen, d(2026, 10, 5), cancel=True, case="cancelled recurring instance (STATUS:CANCELLED)"
    )
    b.override(helena, d(2026, 10, 8), cancel=True)
    b.override(
        priya,
        d(2026, 10, 8),
        start=local(d(2026, 10, 9), "16:00", tz),
        case="moved recurring instance (Thu 13:00 -> Fri 16:00)",
    )
    b.override(laura, d(2026, 10, 16), cancel=True)
    b.override(kwame, d(2026, 10, 27), cancel=True)
    arch_oct = next(o for o in arch.occurrences if o.date() >= d(2026, 10, 12))
    b.override(arch, arch_oct.date(), owner_partstat="DECLINED", case="declined recurring instance")

    # Incidents, postmortems and the October run ------------------------------------------------
    def incident(
        title: str,
        start: datetime,
        end: datetime | int,
        who: Sequence[Person],
        organizer: Person = KWAME,
        lead: str = "urgent",
        **kw: Any,
    ) -> None:
        b.one_off(
            title,
            start,
            end,
            F,
            lead=lead,
            organizer=organizer,
            attendees=(organizer, *who),
            location=kw.pop("location", "Zoom bridge"),
            **kw,
        )

    sre = ENGINEERS[5:7]
    incident(
        "INC-4003 checkout latency – bridge",
        local(d(2025, 11, 2), "00:45", tz),
        local(d(2025, 11, 2), "02:30", tz),
        (*sre,),
        organizer=ENGINEERS[5],
    )
    b.note(
        "incident across the US DST fall-back (2025-11-02, 25-hour day)",
        "INC-4003 checkout latency – bridge",
        local(d(2025, 11, 2), "00:45", tz),
    )
    b.one_off(
        "Postmortem: INC-4003 checkout latency",
        local(d(2025, 11, 5), "11:00", tz),
        60,
        C,
        organizer=KWAME,
        attendees=(KWAME, *sre, PRIYA),
    )
    incident(
        "SEV2: warehouse API errors – bridge",
        local(d(2026, 3, 8), "01:30", tz),
        local(d(2026, 3, 8), "03:30", tz),
        (*sre, PRIYA),
        organizer=ENGINEERS[6],
    )
    b.note(
        "incident across the US DST spring-forward (2026-03-08, 23-hour day)",
        "SEV2: warehouse API errors – bridge",
        local(d(2026, 3, 8), "01:30", tz),
    )
    incident(
        "Incident bridge: INC-4402 scanner fleet offline",
        local(d(2026, 9, 30), "23:00", tz),
        local(d(2026, 10, 1), "01:30", tz),
        (*sre, OWEN),
    )
    b.note(
        "incident crossing the month boundary (Sep 30 -> Oct 1)",
        "Incident bridge: INC-4402 scanner fleet offline",
        local(d(2026, 9, 30), "23:00", tz),
    )
    acme = ORGS["acme"].people
    kestrel = ORGS["kestrel"].people
    orbit = ORGS["orbitpay"].people
    incident(
        "INC-4402 follow-up with Acme",
        local(d(2026, 10, 1), "08:30", tz),
        45,
        (acme[1], OWEN),
        organizer=MARCUS,
    )
    incident(
        "Incident bridge: INC-4415 order sync delays",
        local(d(2026, 10, 5), "19:30", tz),
        local(d(2026, 10, 5), "21:00", tz),
        (*sre, PRIYA),
    )
    b.note(
        "late-evening incident call booked an hour ahead",
        "Incident bridge: INC-4415 order sync delays",
        local(d(2026, 10, 5), "19:30", tz),
    )
    incident(
        "SEV1: payments outage",
        local(d(2026, 10, 6), "10:15", tz),
        local(d(2026, 10, 6), "13:00", tz),
        (*sre, PRIYA, RACHEL, orbit[0]),
        created=datetime(2026, 10, 6, 13, 41, 7, tzinfo=UTC),
    )
    b.note(
        "SEV1 incident, double-booked over 'Eng staff meeting' 11:00",
        "SEV1: payments outage",
        local(d(2026, 10, 6), "10:15", tz),
    )
    incident(
        "SEV1 payments outage – exec update",
        local(d(2026, 10, 6), "12:30", tz),
        30,
        (KWAME, HELENA, TOM, CLAIRE),
        organizer=MARCUS,
        uid=UID_EXEC_UPDATE,
        created=datetime(2026, 10, 6, 16, 5, 12, tzinfo=UTC),
    )
    incident(
        "War room: payments recovery",
        local(d(2026, 10, 6), "17:30", tz),
        90,
        (*sre, PRIYA, orbit[0], orbit[1]),
        location="12F – Hudson",
    )
    incident(
        "Payments outage: customer comms",
        local(d(2026, 10, 7), "08:00", tz),
        60,
        (CLAIRE, LUCY, RACHEL),
        organizer=MARCUS,
    )
    incident(
        "SEV2: label printing failures at Kestrel DCs",
        local(d(2026, 10, 8), "20:00", tz),
        90,
        (*sre, kestrel[0]),
    )
    b.one_off(
        "Postmortem: SEV1 payments outage (INC-4418)",
        local(d(2026, 10, 9), "10:00", tz),
        60,
        C,
        uid=UID_PAYMENTS_POSTMORTEM,
        attendees=(KWAME, PRIYA, RACHEL, ENGINEERS[5], HELENA),
        location="Zoom",
        created=datetime(2026, 10, 7, 14, 12, 40, tzinfo=UTC),
        description="Blameless. Timeline, contributing factors, what we change so it does "
        "not happen again, owners for follow-ups.",
    )
    b.note(
        "trap: postmortem after the incident",
        "Postmortem: SEV1 payments outage (INC-4418)",
        local(d(2026, 10, 9), "10:00", tz),
    )
    incident(
        "Escalation: Acme Logistics – robots idle at Reno DC",
        local(d(2026, 10, 13), "09:00", tz),
        60,
        (acme[0], acme[1], OWEN, CLAIRE),
        organizer=CLAIRE,
    )
    incident(
        "War room: warehouse robots offline at Acme Reno DC",
        local(d(2026, 10, 14), "19:00", tz),
        local(d(2026, 10, 14), "22:00", tz),
        (OWEN, *ENGINEERS[:3], *sre, acme[1]),
        organizer=OWEN,
        location="Zoom bridge / 12F – Hudson",
    )
    incident(
        "Acme Reno DC – status bridge",
        local(d(2026, 10, 15), "07:30", tz),
        60,
        (OWEN, acme[1]),
        organizer=OWEN,
    )
    b.one_off(
        "Blameless postmortem – INC-4441 Reno robots",
        local(d(2026, 10, 16), "11:00", tz),
        60,
        C,
        organizer=OWEN,
        attendees=(OWEN, *ENGINEERS[:3], KWAME),
    )
    incident(
        "SEV2: Orbitpay webhook failures",
        local(d(2026, 10, 21), "21:00", tz),
        local(d(2026, 10, 21), "22:30", tz),
        (*sre, orbit[0]),
    )
    incident(
        "Urgent: Orbitpay – contract escalation",
        local(d(2026, 10, 22), "13:00", tz),
        60,
        (orbit[1], TOM, HANNAH),
        organizer=MARCUS,
    )
    b.one_off(
        "Postmortem: INC-4462 Orbitpay webhooks",
        local(d(2026, 10, 23), "14:00", tz),
        60,
        C,
        organizer=KWAME,
        attendees=(KWAME, *sre, PRIYA),
    )
    incident(
        "SEV1: EU region API outage – bridge",
        local(d(2026, 10, 27), "06:30", tz),
        local(d(2026, 10, 27), "08:00", tz),
        (*sre, SOFIA, JONAS),
        uid=UID_EU_OUTAGE,
    )
    b.note(
        "in the US/EU DST gap week: 06:30 New York = 11:30 Berlin",
        "SEV1: EU region API outage – bridge",
        local(d(2026, 10, 27), "06:30", tz),
    )
    b.one_off(
        "Postmortem: EU API outage (INC-4480)",
        local(d(2026, 10, 29), "10:00", tz),
        60,
        C,
        organizer=KWAME,
        attendees=(KWAME, *sre, SOFIA),
    )
    b.one_off(
        "Reliability plan: what we change after October",
        local(d(2026, 10, 30), "13:30", tz),
        90,
        C,
        attendees=(*r, RACHEL),
        description="Patterns across INC-4415..4480; on-call load; investment asks.",
    )
    incident(
        "SEV1: Reno DC robots offline (INC-4492)",
        local(d(2026, 10, 31), "22:00", tz),
        local(d(2026, 11, 1), "03:00", tz),
        (OWEN, *sre, acme[1]),
        organizer=OWEN,
    )
    b.note(
        "incident crossing the period end and the US DST fall-back (2026-11-01)",
        "SEV1: Reno DC robots offline (INC-4492)",
        local(d(2026, 10, 31), "22:00", tz),
    )
    b.one_off(
        "Eng leads dinner",
        local(d(2026, 10, 8), "18:30", tz),
        150,
        C,
        attendees=(*r,),
        location="Via Carota",
        cancelled=True,
    )
    b.note(
        "cancelled one-off (STATUS:CANCELLED)",
        "Eng leads dinner",
        local(d(2026, 10, 8), "18:30", tz),
    )
    b.one_off(
        "Vendor demo: Cobalt Cloud observability",
        local(d(2026, 10, 19), "15:00", tz),
        60,
        E,
        organizer=ORGS["cobalt"].people[0],
        attendees=(*ORGS["cobalt"].people, KWAME),
        owner_partstat="DECLINED",
    )
    b.note(
        "declined invitation",
        "Vendor demo: Cobalt Cloud observability",
        local(d(2026, 10, 19), "15:00", tz),
    )
    b.one_off(
        "Strategic planning – Engineering H1 2027",
        local(d(2026, 10, 20), "13:00", tz),
        local(d(2026, 10, 20), "15:30", tz),
        E,
        attendees=(*r, RACHEL, NADIA),
        description="Agenda:\n- Owner per H1 initiative\n- Milestones and deadlines by "
        "month\n- KPIs: deploy frequency, MTTR, p95 latency, on-time delivery\n- Staffing "
        "per workstream\n- Action items",
    )
    b.note(
        "trap: 'strategic planning' that is execution (owners, deadlines, KPIs)",
        "Strategic planning – Engineering H1 2027",
        local(d(2026, 10, 20), "13:00", tz),
    )
    b.one_off(
        "Sync w/ Priya",
        local(d(2026, 10, 26), "14:00", tz),
        60,
        E,
        organizer=PRIYA,
        attendees=(PRIYA, KWAME, ENGINEERS[0], RACHEL),
        location="Atlas war room (12F)",
        description="Project Atlas cutover readiness: open risks, owners, go/no-go for Nov 3.",
    )
    b.note(
        "trap: 'Sync w/ Priya' with five people and a project (vs the weekly 1:1)",
        "Sync w/ Priya",
        local(d(2026, 10, 26), "14:00", tz),
    )
    # A hold that names its work is that work (only opaque holds are other): QBR prep.
    b.one_off("Hold – QBR prep", local(d(2026, 10, 23), "08:00", tz), 90, E, transparent=True)
    b.note("TRANSP:TRANSPARENT hold", "Hold – QBR prep", local(d(2026, 10, 23), "08:00", tz))

    # Earlier incidents and their postmortems (a healthy year has a few) ----------------------
    incident(
        "SEV2: scanner firmware rollout failing",
        local(d(2026, 1, 27), "15:00", tz),
        90,
        (*sre, OWEN),
    )
    b.one_off(
        "Postmortem: scanner firmware rollout",
        local(d(2026, 1, 29), "11:00", tz),
        60,
        C,
        organizer=OWEN,
        attendees=(OWEN, *sre, LAURA),
    )
    incident("SEV1: order API down", local(d(2026, 6, 9), "20:15", tz), 105, (*sre, PRIYA))
    b.one_off(
        "Postmortem: order API down (INC-4262)",
        local(d(2026, 6, 11), "15:00", tz),
        60,
        C,
        organizer=KWAME,
        attendees=(KWAME, *sre, PRIYA),
    )
    b.one_off(
        "Sync w/ Priya",
        local(d(2026, 6, 12), "11:00", tz),
        45,
        E,
        organizer=PRIYA,
        attendees=(PRIYA, OWEN, ENGINEERS[1], RACHEL),
        description="Atlas: migration plan for the order API, dates and owners.",
    )

    # Offsite trip to London and the engineering strategy offsite --------------------------------
    b.one_off(
        "Engineering strategy offsite: platform bets for 2027",
        local(d(2026, 1, 21), "09:00", tz),
        local(d(2026, 1, 21), "17:00", tz),
        S,
        attendees=(*r, NADIA),
        location="Wythe Hotel, Brooklyn",
        description="Decide where engineering places its bets: own the fleet-control "
        "platform or partner; which customer segments the platform serves first; what we "
        "stop building. Output: three bets and what we say no to.",
    )
    b.note(
        "trap: genuine strategy offsite",
        "Engineering strategy offsite: platform bets for 2027",
        local(d(2026, 1, 21), "09:00", tz),
    )
    b.nofill.add(d(2026, 1, 21))
    b.one_off(
        "Flight BA112 JFK → LHR",
        local(d(2026, 2, 9), "18:30", tz),
        local(d(2026, 2, 10), "06:40", LONDON),
        O,
        location="JFK T8",
    )
    b.note(
        "overnight flight, ends in another zone",
        "Flight BA112 JFK → LHR",
        local(d(2026, 2, 9), "18:30", tz),
    )
    offsite_people = (HELENA, TOM, CLAIRE, INGRID, RAFAEL, AMELIA)
    b.one_off(
        "Strategy offsite: Northwind 2027–2029",
        local(d(2026, 2, 11), "09:00", LONDON),
        local(d(2026, 2, 11), "17:30", LONDON),
        S,
        uid=UID_OFFSITE_1,
        organizer=HELENA,
        attendees=offsite_people,
        location="Coworth Park, Ascot",
    )
    b.one_off(
        "Strategy offsite (day 2)",
        local(d(2026, 2, 12), "09:00", LONDON),
        local(d(2026, 2, 12), "16:00", LONDON),
        S,
        uid=UID_OFFSITE_2,
        organizer=HELENA,
        attendees=offsite_people,
        location="Coworth Park, Ascot",
    )
    b.note(
        "meetings written in Europe/London while travelling",
        "Strategy offsite: Northwind 2027–2029",
        local(d(2026, 2, 11), "09:00", LONDON),
    )
    b.one_off(
        "Flight BA117 LHR → JFK",
        local(d(2026, 2, 13), "08:25", LONDON),
        local(d(2026, 2, 13), "11:20", tz),
        O,
        location="Heathrow T5",
    )

    # Personal ---------------------------------------------------------------------------------
    b.one_off("Dentist – Dr. Alvarez", local(d(2026, 10, 2), "08:00", tz), 60, O, private=True)
    b.note(
        "CLASS:PRIVATE personal appointment (title must be redacted)",
        "Dentist – Dr. Alvarez",
        local(d(2026, 10, 2), "08:00", tz),
    )
    b.one_off("Parent-teacher conference", local(d(2026, 2, 24), "16:30", tz), 45, O, private=True)
    b.one_off("Gym", datetime(2026, 4, 14, 7, 0), datetime(2026, 4, 14, 8, 0), O)
    b.note("floating time (no TZID)", "Gym", datetime(2026, 4, 14, 7, 0, tzinfo=tz))
    b.one_off(
        "Orbitpay quarterly review",
        datetime(2026, 5, 13, 18, 0, tzinfo=UTC),
        60,
        E,
        organizer=orbit[1],
        attendees=(*orbit, KWAME),
    )
    b.note(
        "UTC-stamped invitation (Z times)",
        "Orbitpay quarterly review",
        datetime(2026, 5, 13, 18, 0, tzinfo=UTC),
    )

    ff_weights = [(22, 28, 42, 8)] * 10 + [(18, 26, 42, 14), (4, 14, 26, 56)]
    b.fill(
        FillPlan(
            pools=MARCUS_POOLS,
            weights=ff_weights,
            day_minutes=[(350, 410)] * 11 + [(410, 470)],
            max_per_day=2,
            overlap=[0.03] * 11 + [0.12],
            late=[0.10] * 11 + [0.45],
            internal=(RACHEL, JESS, NADIA, *ENGINEERS),
            customers=("acme", "kestrel", "polar", "meridian"),
            vendors=("cobalt", "orbitpay", "brightparts", "scanware"),
            recruiter=JESS,
            words={
                "role": (
                    "Staff SRE",
                    "Senior Backend Engineer",
                    "Engineering Manager",
                    "Robotics Software Engineer",
                    "QA Lead",
                ),
                "team": ("platform team", "SRE", "robotics software", "QA guild"),
                "site": ("Reno DC", "Memphis DC", "Newark hub"),
                "symptom": (
                    "order sync delays",
                    "scanner fleet offline",
                    "API latency spike",
                    "robot fleet disconnects",
                    "pick-list timeouts",
                    "checkout errors",
                ),
                "feature": ("slotting service", "fleet telemetry", "order API v3", "label service"),
                "release": ("4.2", "4.3", "4.3.1", "4.4"),
                "stopic": (
                    "fleet telemetry",
                    "edge compute in warehouses",
                    "AI-assisted picking",
                    "multi-tenant WMS",
                    "robot interoperability",
                    "cold-chain sensors",
                ),
            },
            incidents={4003, 4262, 4402, 4415, 4418, 4441, 4462, 4480, 4492},
            quiet=0.12,
        )
    )
    return b


# --------------------------------------------------------------------------------------
# Leader 3: Jonas Albrecht, team lead warehouse software, Berlin. Roughly fits.
# --------------------------------------------------------------------------------------

JONAS_LEADER = Leader(
    key="jonas",
    slug="lead-jonas-albrecht",
    owner=JONAS,
    role="manager",
    job="Team Lead Warehouse Software",
    tz=BERLIN,
    seed=1337,
    reports=(LENA, MEHMET, SARA, TOBIAS, AYLIN, FELIX),
)

JONAS_POOLS: dict[str, list[Tpl]] = {
    S: [
        T("Roadmap 2027: Ideen sammeln", 60, who="i2-3"),
        T("Tech vision: WMS architecture 2028", 90),
        T("Build vs buy: slotting engine", 60, who="r1+i1"),
        T("Product discovery: cold-chain warehouses", 60, who="i1-2", org="them"),
        T("Thinking time: where should the team go next year", 60),
        T("Competitor look: Fetchline WMS", 45, who="i1"),
        T("Architecture roadmap 2027 – draft", 90),
        T("Zielbild Lagerverwaltung 2028", 90, who="i1-2"),
        T("Discovery: robot fleet integration options", 60, who="r1+i1"),
        T("Research: event sourcing for inventory", 60),
        T("Ideas for {nq}: what should we stop doing?", 45, who="r2"),
    ],
    C: [
        T("Interview: {role} – {cand}", 60, who="cand", org="them"),
        T("Bewerbungsgespräch {cand}", 60, who="cand", org="them"),
        T("Hiring debrief: {role}", 30, who="i1-2", org="them"),
        T("Workshop: Feedback geben", 120, who="i3-5", org="them", loc="Raum Spree"),
        T("Pairing session with {report}", 60, who="r"),
        T("Entwicklungsgespräch {report}", 45, who="r"),
        T("Process improvement: on-call rota", 60, who="r2"),
        T("Lunch & Learn: {topic}", 60, who="i3-5", org="them"),
        T("Mentoring: {report}", 45, who="r"),
        T("Coaching call (leadership programme)", 60, who="x:coach:1-1", org="ext"),
        T("Feedback für {report}", 30, who="r"),
        T("Code review coaching with {report}", 60, who="r"),
        T("Tech debt retro", 60, who="r2+i1"),
        T(
            "Führungskräftetraining Modul {module}",
            180,
            who="i1-2",
            org="them",
            loc="Schulungsraum 2.OG",
        ),
        T("CV screening", 45),
        T("Team health check", 60, who="r3"),
        T("Onboarding plan for the new QA engineer", 45, who="i1-1"),
        T("Karrierepfad-Gespräch {report}", 45, who="r"),
    ],
    E: [
        T("Abstimmung Lager Hamburg", 30, who="i1-1", org="them"),
        T("Call with {vendor}: scanner API", 45, who="v1-2+r1", org="ext"),
        T("{cust}: go-live planning", 60, who="c1-2+i1", org="them"),
        T("Release planning WMS {release}", 45, who="r2+i1"),
        T("Architecture review: putaway service", 60, who="r2+i1", org="them"),
        T("Kurze Abstimmung", 15, 30, who="i1-1", lead="soon", org="them"),
        T("Besprechung", 30, who="i1-2", org="them"),
        T("Status Picking v2", 30, who="r2+i1", org="them"),
        T("Test plan review", 45, who="r1+i1", org="them"),
        T("Stakeholder update: {cust} rollout", 30, who="c1-1+i1", org="them"),
        T("Budget {q} – Team", 30, who="i1", org="them"),
        T("Quick sync", 15, 30, who="i1-1", lead="soon", org="them"),
        T("Deployment review", 30, who="r2", org="owner"),
        T("Abstimmung Release {release}", 30, who="r1+i1", org="them"),
        T("Go-live checklist Picking v2", 45, who="r2+i1"),
        T("SAP EWM interface – Abstimmung", 60, who="r1+i1", org="them"),
        T("Review: Lagerplatz-Optimierung Konzept", 60, who="r2"),
        T("Capacity planning {nq}", 45, who="i1-1", org="them"),
        T("Rollout plan {site}", 45, who="r1+i1"),
        T("Bug triage", 30, who="r2+i1"),
        T("Ticket review with QA", 30, who="i1-1", org="them"),
        T("Dependency sync with platform team", 30, who="r1+i1", org="them"),
        T("Monitoring dashboard review", 45, who="r2"),
        T("Call: {cust} – Schnittstellenfragen", 45, who="c1-1+r1", org="them"),
        T("Data migration dry run – review", 45, who="r2"),
        T("PI Planning Vorbereitung", 60, who="i1-2", org="them"),
    ],
    F: [
        T("Störung: Scanner offline Lager {site}", 45, who="r1+i1", org="them", lead="urgent"),
        T("Incident: pick-list-service errors", 60, who="r2", org="them", lead="urgent"),
        T("Hotfix Abstimmung", 30, who="r2", lead="urgent"),
        T("Escalation: {cust} missing shipments", 45, who="c1-1+i1", org="them", lead="urgent"),
        T("Prod issue: label printer queue stuck", 30, who="r1", org="them", lead="urgent"),
        T("Hotfix {release}: Abstimmung", 30, who="r2", org="them", lead="urgent"),
        T("Lager {site}: Kommissionierung steht", 60, who="r1+i1", org="them", lead="urgent"),
        T("Urgent: carrier label API down", 45, who="r2", org="them", lead="urgent"),
        T("Datenbank-Last hoch – Analyse", 45, who="r1", lead="urgent"),
    ],
}


def build_jonas() -> Builder:
    b = Builder(JONAS_LEADER)
    tz = BERLIN
    d = date
    b.holidays(
        d(2025, 12, 25),
        d(2025, 12, 26),
        d(2026, 1, 1),
        d(2026, 4, 3),
        d(2026, 4, 6),
        d(2026, 5, 1),
        d(2026, 5, 14),
        d(2026, 5, 25),
    )
    b.all_day("Urlaub", d(2025, 12, 22), d(2026, 1, 2))
    b.note("all-day OOO (leave)", "Urlaub", d(2025, 12, 22))
    b.all_day("Urlaub – Ostsee", d(2026, 8, 1), d(2026, 8, 16))
    b.note("all-day OOO, two summer weeks", "Urlaub – Ostsee", d(2026, 8, 1))
    b.all_day("Brückentag", d(2026, 5, 15), d(2026, 5, 15))
    b.all_day("Krank", d(2026, 2, 24), d(2026, 2, 25))

    r = JONAS_LEADER.reports
    team = (*r, JULIA)
    room = person("Raum Spree", "resources.northwind.example")
    # Recurring series -----------------------------------------------------------------
    b.recurring(
        "Daily Standup",
        local(d(2025, 6, 2), "09:30", tz),
        15,
        E,
        byday=WEEKDAYS,
        attendees=team,
        location="Teamfläche / Meet",
    )
    planning = b.recurring(
        "Sprint Planning",
        local(d(2025, 9, 1), "10:00", tz),
        90,
        E,
        byday=["MO"],
        interval=2,
        attendees=team,
        rooms=(room,),
    )
    b.recurring(
        "Sprint Review",
        local(d(2025, 9, 12), "13:30", tz),
        60,
        E,
        byday=["FR"],
        interval=2,
        attendees=(*team, STEFAN, ANNIKA),
        rooms=(room,),
    )
    retro = b.recurring(
        "Retro",
        local(d(2025, 9, 12), "14:45", tz),
        60,
        C,
        byday=["FR"],
        interval=2,
        organizer=DENNIS,
        attendees=(DENNIS, *r),
    )
    b.recurring(
        "Backlog Refinement",
        local(d(2025, 6, 4), "14:00", tz),
        60,
        E,
        byday=["WE"],
        organizer=JULIA,
        attendees=team,
    )
    lena = b.recurring(
        "Sync w/ Lena", local(d(2025, 2, 3), "14:00", tz), 30, C, byday=["MO"], attendees=(LENA,)
    )
    b.recurring(
        "1:1 Mehmet / Jonas",
        local(d(2025, 3, 4), "11:00", tz),
        30,
        C,
        byday=["TU"],
        attendees=(MEHMET,),
    )
    b.recurring(
        "Jour fixe Sara", local(d(2025, 4, 1), "14:00", tz), 30, C, byday=["TU"], attendees=(SARA,)
    )
    b.recurring(
        "Tobias <> Jonas",
        local(d(2025, 1, 8), "10:00", tz),
        30,
        C,
        byday=["WE"],
        organizer=TOBIAS,
        attendees=(TOBIAS,),
    )
    aylin = b.recurring(
        "1:1 Aylin", local(d(2025, 5, 8), "10:00", tz), 30, C, byday=["TH"], attendees=(AYLIN,)
    )
    b.recurring(
        "Felix / Jonas 1:1",
        local(d(2025, 7, 3), "14:00", tz),
        30,
        C,
        byday=["TH"],
        attendees=(FELIX,),
    )
    b.recurring(
        "Jour fixe mit Sofia",
        local(d(2025, 1, 12), "16:00", tz),
        45,
        E,
        byday=["MO"],
        organizer=SOFIA,
        attendees=(SOFIA,),
    )
    teamrunde = b.recurring(
        "Teamrunde",
        local(d(2025, 1, 9), "11:00", tz),
        60,
        E,
        byday=["TH"],
        attendees=team,
        rooms=(room,),
    )
    b.recurring(
        "Warehouse ops sync",
        local(d(2025, 6, 4), "11:00", tz),
        45,
        E,
        byday=["WE"],
        organizer=STEFAN,
        attendees=(STEFAN, LENA),
        location="Meet",
    )
    b.recurring(
        "EM sync",
        local(d(2025, 5, 7), "15:00", tz),
        60,
        E,
        byday=["TH"],
        interval=2,
        organizer=SOFIA,
        attendees=(SOFIA, PATRICK),
    )
    b.recurring(
        "WMS integration sync",
        local(d(2025, 4, 1), "10:00", NEW_YORK),
        30,
        E,
        byday=["TU"],
        organizer=PRIYA,
        attendees=(PRIYA, ENGINEERS[0], LENA),
        location="Zoom",
    )
    b.note(
        "series written in America/New_York: 16:00 Berlin, 15:00 in the US/EU DST gap",
        "WMS integration sync",
        local(d(2026, 3, 10), "10:00", NEW_YORK),
    )
    b.recurring(
        "Architecture & direction circle",
        local(d(2025, 9, 5), "10:00", tz),
        60,
        S,
        byday=["FR"],
        interval=2,
        organizer=SOFIA,
        attendees=(SOFIA, PATRICK, LENA),
        description="Where should warehouse software go in the next 2-3 years? One topic "
        "per session; decisions go to the direction doc.",
    )
    b.recurring(
        "Tech Talk",
        local(d(2025, 2, 5), "16:00", tz),
        60,
        C,
        freq="MONTHLY",
        byday=["1TH"],
        organizer=PATRICK,
        attendees=(PATRICK, *r, ANNIKA),
    )
    b.recurring(
        "Engineering all-hands",
        local(d(2025, 1, 8), "16:00", NEW_YORK),
        60,
        C,
        freq="MONTHLY",
        byday=["2TH"],
        uid=UID_ENG_ALL_HANDS,
        organizer=MARCUS,
        attendees=(MARCUS,),
        groups=(Person("Engineering (all)", "eng-all@northwind.example"),),
        owner_partstat="DECLINED",
        location="12F – Commons / Zoom",
    )
    b.note(
        "declined recurring series (22:00 Berlin)",
        "Engineering all-hands",
        local(d(2025, 11, 13), "16:00", NEW_YORK),
    )
    b.recurring("Mittagspause", local(d(2025, 1, 6), "12:30", tz), 45, O, byday=WEEKDAYS)
    b.note("lunch block (daily series)", "Mittagspause", local(d(2025, 11, 3), "12:30", tz))
    b.recurring(
        "Fokuszeit", local(d(2025, 6, 3), "08:00", tz), 90, O, byday=["TU", "TH"], transparent=True
    )
    b.note(
        "TRANSP:TRANSPARENT focus block (twice weekly)",
        "Fokuszeit",
        local(d(2025, 11, 4), "08:00", tz),
    )

    b.apply_days_off()
    b.note("EXDATE (public holidays, leave)", "Daily Standup", local(d(2026, 5, 14), "09:30", tz))

    # Hard cases on recurring series ---------------------------------------------------------
    b.override(
        teamrunde,
        d(2026, 10, 8),
        start=local(d(2026, 10, 8), "15:00", tz),
        case="moved recurring instance (11:00 -> 15:00)",
    )
    b.override(
        aylin, d(2026, 10, 22), cancel=True, case="cancelled recurring instance (STATUS:CANCELLED)"
    )
    b.exdate(lena, d(2026, 10, 19), case="EXDATE (one 1:1 dropped)")
    first_planning_oct = next(o for o in planning.occurrences if o.date() >= d(2026, 10, 1))
    b.override(
        planning,
        first_planning_oct.date(),
        start=first_planning_oct.replace(hour=14, minute=30),
        case="moved recurring instance (sprint planning 10:00 -> 14:30)",
    )
    late_retro = next(o for o in retro.occurrences if o.date() >= d(2026, 10, 20))
    b.exdate(retro, late_retro.date(), case="EXDATE (retro skipped)")

    # Specials ------------------------------------------------------------------------------
    b.one_off(
        "Wartungsfenster: Datenbank-Migration WMS",
        local(d(2026, 3, 29), "01:00", tz),
        local(d(2026, 3, 29), "04:00", tz),
        E,
        attendees=(TOBIAS, MEHMET),
        description="Geplantes Wartungsfenster. Runbook im Wiki, Rollback ab 03:30.",
    )
    b.note(
        "planned work across the EU DST spring-forward (2026-03-29: 3 h on the clock, 2 h real)",
        "Wartungsfenster: Datenbank-Migration WMS",
        local(d(2026, 3, 29), "01:00", tz),
    )
    b.one_off(
        "Wartungsfenster: WMS 4.3 Upgrade",
        local(d(2026, 10, 25), "01:30", tz),
        local(d(2026, 10, 25), "04:00", tz),
        E,
        attendees=(SARA, FELIX),
        description="Upgrade auf 4.3. Achtung Zeitumstellung: 02:00-03:00 gibt es zweimal.",
    )
    b.note(
        "planned work across the EU DST fall-back (2026-10-25: 2.5 h on the clock, 3.5 h real)",
        "Wartungsfenster: WMS 4.3 Upgrade",
        local(d(2026, 10, 25), "01:30", tz),
    )
    b.one_off(
        "Go-live support: Picking v2 night cutover",
        local(d(2026, 9, 30), "23:00", tz),
        local(d(2026, 10, 1), "01:30", tz),
        E,
        attendees=(LENA, AYLIN, STEFAN),
        location="Meet",
    )
    b.note(
        "crosses the month boundary (Sep 30 -> Oct 1)",
        "Go-live support: Picking v2 night cutover",
        local(d(2026, 9, 30), "23:00", tz),
    )
    b.one_off(
        "Incident: Pick-list-Service down (Lager Hamburg)",
        local(d(2026, 6, 17), "10:20", tz),
        local(d(2026, 6, 17), "12:00", tz),
        F,
        lead="urgent",
        organizer=STEFAN,
        attendees=(STEFAN, TOBIAS, MEHMET),
    )
    b.one_off(
        "Postmortem: Pick-list-Service Ausfall 17.06.",
        local(d(2026, 6, 19), "10:30", tz),
        60,
        C,
        attendees=(TOBIAS, MEHMET, STEFAN, ANNIKA),
        description="Blameless: Timeline, Root Cause, was ändern wir, damit es nicht wieder "
        "passiert? Action Items mit Owner.",
    )
    b.note(
        "trap: postmortem after an incident",
        "Postmortem: Pick-list-Service Ausfall 17.06.",
        local(d(2026, 6, 19), "10:30", tz),
    )
    b.one_off(
        "SEV1: EU region API outage – bridge",
        local(d(2026, 10, 27), "06:30", NEW_YORK),
        local(d(2026, 10, 27), "08:00", NEW_YORK),
        F,
        lead="urgent",
        uid=UID_EU_OUTAGE,
        organizer=KWAME,
        attendees=(KWAME, MARCUS, *ENGINEERS[5:7], SOFIA),
        location="Zoom bridge",
    )
    b.note(
        "incident written in America/New_York (11:30 Berlin)",
        "SEV1: EU region API outage – bridge",
        local(d(2026, 10, 27), "06:30", NEW_YORK),
    )
    b.one_off(
        "Strategic planning 2027 – WMS team",
        local(d(2026, 10, 15), "14:30", tz),
        150,
        E,
        attendees=(*r, JULIA),
        rooms=(room,),
        location="Raum Spree",
        description="Agenda:\n1. Owner für jedes Epic 2027\n2. Deadlines pro Quartal\n"
        "3. KPIs: Pick-Rate, Fehlerquote, Lead Time\n4. Kapazität pro Sprint\n5. Nächste "
        "Schritte",
    )
    b.note(
        "trap: 'strategic planning' that is execution (owners, deadlines, KPIs)",
        "Strategic planning 2027 – WMS team",
        local(d(2026, 10, 15), "14:30", tz),
    )
    b.one_off(
        "Team offsite: where should WMS go in 2027?",
        local(d(2026, 5, 20), "09:30", tz),
        local(d(2026, 5, 20), "16:30", tz),
        S,
        attendees=(*r, JULIA, SOFIA),
        location="Spreespeicher, Berlin",
        description="Decide our direction: build our own slotting engine or buy; which "
        "warehouse types we support next (cold chain?); what we stop maintaining.",
    )
    b.note(
        "trap: genuine strategy offsite (where to play)",
        "Team offsite: where should WMS go in 2027?",
        local(d(2026, 5, 20), "09:30", tz),
    )
    b.nofill.add(d(2026, 5, 20))
    b.one_off(
        "Sync w/ Lena",
        local(d(2026, 10, 21), "10:30", tz),
        60,
        E,
        organizer=LENA,
        attendees=(LENA, AYLIN, STEFAN, JULIA),
        description="Picking v2 rollout Hamburg: offene Punkte, Owner, Termine.",
    )
    b.note(
        "trap: 'Sync w/ Lena' with five people and a project (vs the weekly 1:1)",
        "Sync w/ Lena",
        local(d(2026, 10, 21), "10:30", tz),
    )
    b.one_off(
        "Interview: Senior Backend Engineer (Runde 2)",
        local(d(2026, 10, 14), "14:30", tz),
        60,
        C,
        organizer=KATRIN,
        attendees=(KATRIN, person("Kai Brandt", "mail.example")),
    )
    b.note(
        "double-booked (overlaps 'Backlog Refinement' 14:00-15:00)",
        "Interview: Senior Backend Engineer (Runde 2)",
        local(d(2026, 10, 14), "14:30", tz),
    )
    b.one_off(
        "Vendor pitch: Brightparts label printers",
        local(d(2026, 10, 20), "15:00", tz),
        45,
        E,
        organizer=ORGS["brightparts"].people[1],
        attendees=(ORGS["brightparts"].people[1],),
        owner_partstat="DECLINED",
    )
    b.note(
        "declined invitation",
        "Vendor pitch: Brightparts label printers",
        local(d(2026, 10, 20), "15:00", tz),
    )
    b.one_off(
        "Lunch & Learn: Kafka basics",
        local(d(2026, 10, 9), "12:00", tz),
        60,
        C,
        organizer=PATRICK,
        attendees=(PATRICK, *r[:3]),
        cancelled=True,
    )
    b.note(
        "cancelled one-off (STATUS:CANCELLED)",
        "Lunch & Learn: Kafka basics",
        local(d(2026, 10, 9), "12:00", tz),
    )
    b.one_off(  # a hold that names its work is that work (only opaque holds are other)
        "Hold: Sprint-Demo vorbereiten",
        local(d(2026, 10, 16), "11:00", tz),
        60,
        E,
        transparent=True,
    )
    b.note(
        "TRANSP:TRANSPARENT hold",
        "Hold: Sprint-Demo vorbereiten",
        local(d(2026, 10, 16), "11:00", tz),
    )
    b.one_off("Arzttermin Dr. Schulz", local(d(2026, 10, 13), "08:00", tz), 60, O, private=True)
    b.note(
        "CLASS:PRIVATE personal appointment (title must be redacted)",
        "Arzttermin Dr. Schulz",
        local(d(2026, 10, 13), "08:00", tz),
    )
    b.one_off("Elternabend", local(d(2026, 9, 15), "19:00", tz), 90, O, private=True)
    b.one_off("Kita abholen", datetime(2026, 3, 4, 16, 30), datetime(2026, 3, 4, 17, 0), O)
    b.note("floating time (no TZID)", "Kita abholen", datetime(2026, 3, 4, 16, 30, tzinfo=tz))
    scan = ORGS["scanware"].people
    b.one_off(
        "Scanware: API v3 Abstimmung",
        datetime(2026, 4, 22, 8, 0, tzinfo=UTC),
        45,
        E,
        organizer=scan[0],
        attendees=(scan[0], TOBIAS),
    )
    b.note(
        "UTC-stamped invitation (Z times)",
        "Scanware: API v3 Abstimmung",
        datetime(2026, 4, 22, 8, 0, tzinfo=UTC),
    )
    for day in (d(2025, 11, 19), d(2026, 3, 11), d(2026, 6, 24), d(2026, 9, 23)):
        b.one_off("Zug nach Hamburg (ICE)", local(day, "06:48", tz), local(day, "08:45", tz), O)
        b.one_off(
            "Vor-Ort-Termin Lager Hamburg",
            local(day, "09:30", tz),
            local(day, "15:30", tz),
            E,
            organizer=STEFAN,
            attendees=(STEFAN, LENA),
        )
        b.one_off("Zug zurück nach Berlin", local(day, "16:06", tz), local(day, "18:00", tz), O)
        b.nofill.add(day)
    b.note("travel blocks", "Zug nach Hamburg (ICE)", local(d(2026, 3, 11), "06:48", tz))
    b.one_off(
        "Betriebsversammlung",
        local(d(2026, 4, 28), "10:00", tz),
        120,
        O,
        organizer=person("Betriebsrat"),
        attendees=(person("Betriebsrat"),),
        owner_partstat="TENTATIVE",
    )
    for i, report in enumerate(r):
        day = d(2026, 1, 13) + timedelta(days=i)
        if day.weekday() >= 5:
            day += timedelta(days=2)
        b.one_off(
            f"Mitarbeitergespräch {report.first} (Jahresgespräch)",
            local(day, "17:00", tz),
            60,
            C,
            attendees=(report,),
            rooms=(room,),
        )

    b.fill(
        FillPlan(
            pools=JONAS_POOLS,
            weights=[(16, 26, 44, 14)] * 11 + [(12, 30, 46, 12)],
            day_minutes=[(320, 380)] * 12,
            overlap=[0.03] * 12,
            late=[0.0] * 12,
            internal=(JULIA, KATRIN, STEFAN, PATRICK, ANNIKA, MIRIAM_K, DENNIS),
            customers=("lagerhaus", "acme", "polar"),
            vendors=("scanware", "brightparts"),
            recruiter=KATRIN,
            words={
                "role": (
                    "Senior Backend Engineer",
                    "Frontend Engineer",
                    "QA Engineer",
                    "Werkstudent*in",
                ),
                "topic": (
                    "Kafka basics",
                    "Property-based testing",
                    "Observability 101",
                    "Domain-driven design",
                ),
                "site": ("Hamburg", "Rotterdam"),
                "release": ("4.2", "4.3", "4.4"),
                "module": ("1", "2", "3", "4"),
            },
            max_per_day=2,
        )
    )
    return b


# --------------------------------------------------------------------------------------
# Config, summary, main
# --------------------------------------------------------------------------------------


LEADERS: tuple[tuple[Leader, Callable[[], Builder]], ...] = (
    (HELENA_LEADER, build_helena),
    (MARCUS_LEADER, build_marcus),
    (JONAS_LEADER, build_jonas),
)


def demo_toml() -> str:
    lines = [
        "# timeaudit demo configuration: three fictional leaders of Northwind Robotics.",
        "# Generated by tools/make_samples.py; paths are relative to this file.",
        "[settings]",
        "tolerance = 5",
        'internal_domains = ["northwind.example"]',
        "",
    ]
    for leader, _ in LEADERS:
        source = f"{leader.key}-calendar"
        reports = ", ".join(f'"{p.email}"' for p in leader.reports)
        lines += [
            "[[people]]",
            f'email = "{leader.owner.email}"',
            f'name = "{leader.owner.name}"',
            f'role = "{leader.role}"',
            f'tz = "{leader.tzid}"',
            f'sources = ["{source}"]',
            f"reports = [{reports}]",
            "",
        ]
    for leader, _ in LEADERS:
        lines += [
            f"[sources.{leader.key}-calendar]",
            'kind = "ics"',
            f'path = "{leader.slug}.ics"',
            "",
        ]
    return "\n".join(lines).rstrip("\n") + "\n"


def summarise(builder: Builder, path: Path) -> None:
    """Parse the written file back, expand it, and print hours per month."""
    leader = builder.leader
    tz = leader.tz
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    occurrences = recurring_ical_events.of(cal).between((2025, 11, 1), (2026, 11, 1))
    print(
        f"\n== {path.name}: {path.stat().st_size / 1024:.0f} KiB, "
        f"{len(cal.walk('VEVENT'))} VEVENTs, {len(occurrences)} occurrences "
        f"({leader.owner.name}, {leader.job}, {leader.tzid}, target role {leader.role})"
    )
    bounds = [datetime(y, m, 1, tzinfo=tz) for y, m in MONTHS] + [datetime(2026, 11, 1, tzinfo=tz)]
    total: dict[int, float] = defaultdict(float)
    by_cat: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for occ in occurrences:
        if not builder.counted(occ):
            continue
        s = start_of(occ, tz).astimezone(UTC)
        e = start_of(occ, tz, "DTEND").astimezone(UTC)
        cat = builder.cats.get(str(occ["UID"]), "?")
        for m in range(12):
            lo = max(s, bounds[m].astimezone(UTC))
            hi = min(e, bounds[m + 1].astimezone(UTC))
            if hi > lo:
                hours = (hi - lo).total_seconds() / 3600
                total[m] += hours
                by_cat[m][cat] += hours
    print("  month    counted h  per wk   work h   strat  capab  exec   fire   (other h)")
    for m, (y, mo) in enumerate(MONTHS):
        workdays = sum(
            1
            for day in days(date(y, mo, 1), bounds[m + 1].date())
            if day.weekday() < 5 and day not in builder.off
        )
        work = sum(by_cat[m][c] for c in WORK)
        shares = "  ".join(f"{100 * by_cat[m][c] / work:4.0f}%" if work else "   -" for c in WORK)
        weekly = total[m] / (workdays / 5) if workdays else 0.0
        print(
            f"  {y}-{mo:02d}  {total[m]:8.1f}  {weekly:6.1f}  {work:7.1f}   {shares}"
            f"   ({by_cat[m][O]:.1f})"
        )
    print("  hard cases:")
    for case, where in builder.hard:
        print(f"    - {case}: {where}")


def summarise_labels(builder: Builder, path: Path) -> None:
    rows = builder.labels()
    series = [label for _, rid, label in rows if not rid]
    counts = ", ".join(f"{cat} {series.count(cat)}" for cat in LABELS)
    print(
        f"  labels: {path.name}: {len(rows)} rows; uids per category: {counts}; "
        f"overrides labelled apart from their series: {len(rows) - len(series)}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=SAMPLES, help="output folder")
    parser.add_argument(
        "--labels-out", type=Path, default=EVALUATION, help="output folder for the labels files"
    )
    parser.add_argument("--quiet", action="store_true", help="write only, print nothing")
    args = parser.parse_args(argv)
    out: Path = args.out
    labels_out: Path = args.labels_out
    out.mkdir(parents=True, exist_ok=True)
    labels_out.mkdir(parents=True, exist_ok=True)
    for _, build in LEADERS:
        builder = build()
        path = builder.write(out)
        labels_path = builder.write_labels(labels_out)
        if not args.quiet:
            summarise(builder, path)
            summarise_labels(builder, labels_path)
    (out / "demo.toml").write_text(demo_toml(), encoding="utf-8")
    if not args.quiet:
        print(f"\nwrote {out / 'demo.toml'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
