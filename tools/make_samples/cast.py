"""The cast and the data every calendar shares: the period, the time zones, the labels,
Northwind Robotics' people and rooms, the organisations around it, the UIDs of meetings
that sit on more than one calendar, and what a leader is."""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

DOMAIN = "northwind.example"
START = date(2025, 11, 1)
END = date(2026, 11, 1)  # exclusive
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR")
MONTHS = [(2025, 11), (2025, 12)] + [(2026, m) for m in range(1, 11)]

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


def local(day: date, hhmm: str, tz: ZoneInfo) -> datetime:
    """``local(day, "09:30", LONDON)``: that wall-clock time in that zone."""
    hours, minutes = (int(x) for x in hhmm.split(":"))
    return datetime.combine(day, time(hours, minutes), tz)


def days(first: date, last_exclusive: date) -> Iterator[date]:
    """Each date from ``first`` up to (not including) ``last_exclusive``."""
    day = first
    while day < last_exclusive:
        yield day
        day += timedelta(days=1)


def month_index(day: date) -> int:
    """0 for November 2025 (the first month of the period) to 11 for October 2026."""
    return (day.year - 2025) * 12 + day.month - 11


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


# Rooms (invited as ROOM attendees).
BOARDROOM = person("Boardroom (L5)", "resources.northwind.example")  # Helena's floor, London
RAUM_SPREE = person("Raum Spree", "resources.northwind.example")  # Jonas's team room, Berlin


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


@dataclass(frozen=True)
class Leader:
    """One of the three leaders: ``key`` names their source in ``demo.toml``, ``slug`` their
    files, ``role`` their target split, ``seed`` their calendar's random draws."""

    key: str
    slug: str
    owner: Person
    role: str
    job: str
    tz: ZoneInfo
    seed: int
    reports: tuple[Person, ...]
    team: str = ""  # the config's team: Helena and Marcus sit on the leadership team
    share_named: bool = False  # agreed to be shown by name on the team dashboard

    @property
    def tzid(self) -> str:
        return str(self.tz.key)
