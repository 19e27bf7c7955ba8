"""Synthetic calendars for benchmarks: many owners, realistic titles, overlaps and series."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from timeaudit.categories import LABELS
from timeaudit.classify.context import PersonContext
from timeaudit.store.frames import normalise_types
from timeaudit.store.records import STORED_COLUMNS

TITLES = (
    "Weekly status",
    "1:1 with Priya",
    "Incident bridge INC-{n}",
    "Strategy offsite",
    "Lunch",
    "Sprint planning",
    "Postmortem: outage {n}",
    "Customer QBR",
    "Interview: backend engineer",
    "Board strategy session",
    "Hold",
    "Pipeline review",
    "Coaching session",
    "Team standup",
    "Budget sign-off",
    "Vendor call",
    "Retro",
    "Quarterly planning",
    "Focus time",
    "Flight",
)
ZONES = ("Europe/London", "America/New_York", "Europe/Berlin", "Asia/Tokyo", "Australia/Sydney")


def events_frame(n_events: int, n_owners: int, seed: int = 7) -> pd.DataFrame:
    """``n_events`` occurrences spread over ``n_owners`` owners and one year (2026)."""
    rng = np.random.default_rng(seed)
    owners = np.array([f"leader{i}@corp.example" for i in range(n_owners)])
    start = pd.Timestamp("2026-01-01", tz="UTC") + pd.to_timedelta(
        rng.integers(0, 365 * 24 * 4, n_events) * 15, unit="min"
    )
    duration = pd.to_timedelta(rng.choice([15, 30, 45, 60, 90, 120], n_events), unit="min")
    series = rng.integers(0, 400, n_events)
    titles = np.array(TITLES)[series % len(TITLES)]
    frame = pd.DataFrame(dict.fromkeys(STORED_COLUMNS, ""), index=range(n_events))
    frame["source"] = "bench"
    frame["uid"] = [f"u{i}" for i in range(n_events)]
    frame["owner"] = owners[rng.integers(0, n_owners, n_events)]
    frame["start"], frame["end"] = start, start + duration
    frame["created"] = start - pd.to_timedelta(rng.integers(1, 2000, n_events), unit="h")
    frame["title"] = [t.replace("{n}", str(s)) for t, s in zip(titles, series, strict=True)]
    frame["attendee_emails"] = np.where(
        series % 3 == 0, "a@corp.example b@other.example", "a@corp.example"
    )
    frame["series_id"] = np.where(series % 2 == 0, [f"s{s}" for s in series], "")
    frame["response"], frame["busy"], frame["status"], frame["kind"] = (
        "accepted",
        "busy",
        "confirmed",
        "default",
    )
    frame["all_day"], frame["private"] = False, False
    frame["attendees_json"] = "[]"
    return normalise_types(frame)


def zone_of(owner_index: int) -> str:
    return ZONES[owner_index % len(ZONES)]


# --- a realistic organisation, for the classifier benchmark ---------------------------------
#
# Each owner has a dozen or so recurring series (1:1s with their reports, standups, staff
# meetings, project status, customer syncs, focus blocks...) anchored in the owner's own zone,
# so every occurrence repeats its series' title, attendees and local time; only the lead time
# (start - created) grows through the year. On top come one-off events whose titles are built
# from word pools with names, customers and ticket ids, so nearly every one is distinct.


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST = _words(
    "Priya Noor Jonas Laura Marcus Helena Tobias Amelia Sofia Ben Rosa Yuki Omar Ines Lars "
    "Chen Maria David Fatima Lukas Emma Raj Camille Diego Hannah Kenji Olga Pierre Zara Tom "
    "Aisha Felix Greta Hugo Ivan Julia Kofi Lea Mateo Nina Oscar Paula Quinn Ravi Sara Theo "
    "Uma Victor Wen Xavier Yara Anton Bea Carlos Dana Elif Farid Gina Henrik Ilse"
)
LAST = _words(
    "Marsh Bell Albrecht Sharma Okafor Novak Rossi Tanaka Silva Dubois Schmidt Garcia Kim "
    "Nguyen Jensen Kowalski Haddad Moreau Fischer Lopez Ivanova Costa Berg Ali Meyer Santos "
    "Weber Laurent Park Horvat Murphy Nakamura Petrov Rahman Vogel Mendes Lindqvist Cohen "
    "Adeyemi Bianchi Chowdhury Eriksen Fontaine Gomez Hansen Iyer Jovanovic Keller"
)
PROJECTS = _words(
    "Atlas Keystone Polaris Ember Orion Lagerhaus Picking-v2 Cobalt Slotting Phoenix Helix "
    "Mercury Falcon Tidal Aurora Zephyr Granite Beacon Harbor Quartz"
)
TEAMS = _words("platform payments data mobile ops finance sales support warehouse security")
REGIONS = _words("EMEA DACH Nordics UK&I France Iberia NA LATAM APAC Benelux")
CUSTOMERS = _words(
    "Acme Polar Kestrel Orbitpay Brightparts Scanware Hooli Initech SportMax Globex "
    "Umbrella Stark Wayne Tyrell Soylent Vandelay Cyberdyne Wonka Dunder"
)
TOPICS = _words(
    "pricing renewal churn roadmap capacity forecast budget contract onboarding hiring "
    "launch migration audit compliance SLA escalation rollout integration backlog headcount "
    "OKRs tooling security incident outage billing invoicing latency go-live scope risk"
)
LOCATIONS = (
    "Zoom",
    "Microsoft Teams Meeting",
    "Google Meet",
    "HQ Boardroom",
    "Room 3.05",
    "Conf Rm Beacon",
    "Siège – salle Rhône",
    "Raum 3.01",
    "",
    "",
)
ROLES = ("executive", "senior-leader", "manager")
PERSONAL = ("Lunch", "School run", "Gym")

#: (title pattern, how often, guests besides the owner (min, max), chance of an external
#: guest, minutes, weight). How often: "daily" (Mon-Fri), "weekly", "biweekly", "monthly"
#: (every four weeks). The first template is the 1:1 with one of the owner's reports.
SERIES: tuple[tuple[str, str, tuple[int, int], float, tuple[int, ...], float], ...] = (
    ("{report} / {me} 1:1", "weekly", (1, 1), 0.0, (30, 45), 6.0),
    ("{team} standup", "daily", (4, 9), 0.0, (15,), 0.5),
    ("Staff meeting", "weekly", (5, 10), 0.0, (60, 90), 1.0),
    ("Leadership team weekly", "weekly", (6, 12), 0.0, (60, 90), 0.6),
    ("{project} weekly status", "weekly", (3, 8), 0.2, (30, 45), 1.5),
    ("Status update: {project} rollout", "biweekly", (3, 8), 0.1, (30,), 0.6),
    ("{project} steering committee", "monthly", (5, 9), 0.3, (60,), 0.6),
    ("Pipeline review – {region}", "weekly", (3, 7), 0.0, (45, 60), 0.8),
    ("Monthly business review – {region}", "monthly", (6, 12), 0.0, (90, 120), 0.5),
    ("{customer} weekly delivery sync", "weekly", (2, 5), 1.0, (30, 45), 0.8),
    ("Skip level – {team}", "monthly", (4, 10), 0.0, (60,), 0.5),
    ("Focus time", "weekly", (0, 0), 0.0, (90, 120), 1.0),
    ("Thinking time: {project} next year", "biweekly", (0, 0), 0.0, (60, 120), 0.4),
    ("Lunch", "daily", (0, 0), 0.0, (45, 60), 0.3),
    ("Hiring sync", "weekly", (2, 5), 0.0, (30,), 0.6),
    ("Weekly numbers", "weekly", (3, 6), 0.0, (30,), 0.6),
    ("Daily cash & orders call", "daily", (2, 5), 0.0, (15, 30), 0.2),
    ("Backlog refinement – {team}", "biweekly", (4, 8), 0.0, (60,), 0.5),
    ("Coaching session", "biweekly", (1, 1), 1.0, (60,), 0.3),
    ("Board prep", "monthly", (2, 4), 0.0, (60, 90), 0.3),
    ("Security review: {project}", "monthly", (3, 6), 0.0, (45,), 0.3),
    ("Comité de direction hebdo", "weekly", (6, 10), 0.0, (90,), 0.2),
    ("Monatsabschluss {region}", "monthly", (3, 6), 0.0, (60,), 0.2),
    ("Office hours", "weekly", (0, 3), 0.0, (30, 60), 0.3),
    ("School run", "daily", (0, 0), 0.0, (30,), 0.15),
    ("Gym", "weekly", (0, 0), 0.0, (60,), 0.3),
)
#: Occurrences generated per series of each frequency, a year's worth and a little more.
PER_YEAR = {"daily": 262, "weekly": 54, "biweekly": 28, "monthly": 15}
STEP_DAYS = {"daily": 1, "weekly": 7, "biweekly": 14, "monthly": 28}
#: Monday 2025-12-29 is day 0 of the occurrence grid, so a day's weekday is day % 7.
GRID_START = pd.Timestamp("2025-12-29")
YEAR_DAYS = (3, 368)  # 2026-01-01 .. 2026-12-31 on the grid

#: One-off title patterns; {t} is a ticket id, {n} a number, the rest come from the pools.
ONE_OFF = (
    "Call with {first} {last} re {topic}",
    "{customer} – {topic} follow-up ({t})",
    "Interview: {team} engineer – {first} {last}",
    "{t}: {topic} trouble in {region} – bridge",
    "URGENT – {customer} {topic} escalation {t}",
    "Coffee w/ {first} {last}",
    "Review {project} {topic} doc v{n} with {first}",
    "Prep: {customer} QBR ({region}) {t}",
    "{first} {last} intro call – {customer}",
    "Postmortem {t}: {topic} outage",
    "Workshop: {topic} for {team} team ({first} {last})",
    "Offsite planning {region} #{n}",
    "Decision: {project} {topic} ({t})",
    "Flight LH{n} to {region} ({first})",
    "Dentist – {first} {last}",
    "{project} {topic} deep dive with {first} {last}",
)
DESCRIPTIONS = (
    "Agenda: (1) {topic} (2) {topic2} (3) next steps. Pre-read: https://docs.corp.example/{t}",
    "Dial-in details in the invite. Notes from last time: {topic}, {topic2}.",
    "Context: {customer} raised {t}. Please bring numbers on {topic}.",
    "Quick one on {topic} before the {project} decision ({t}).",
)
STAFF = tuple(f"{f}.{s}@corp.example".lower() for f in FIRST for s in LAST)


@dataclass(frozen=True)
class Organisation:
    """A synthetic organisation's year: the stored-column frame, everyone's context, and
    some of the owners' own corrections (owner, source, uid, recurrence_id, label)."""

    frame: pd.DataFrame
    people: dict[str, PersonContext]
    corrections: pd.DataFrame
    one_off_share: float


def organisation(
    n_events: int, n_owners: int, one_off_share: float = 0.2, seed: int = 11
) -> Organisation:
    """``n_events`` occurrences in 2026 over ``n_owners`` owners: ``one_off_share`` of them
    one-off events with (nearly always) distinct titles, the rest from recurring series."""
    rng = np.random.default_rng(seed)
    people = _people(n_owners, rng)
    n_one_off = round(n_events * one_off_share)
    series = _series_table(people, n_events - n_one_off, rng)
    parts = [_occurrences(series, n_events - n_one_off, rng), _one_offs(people, n_one_off, rng)]
    frame = pd.concat(parts, ignore_index=True).sort_values("start", kind="stable")
    frame = normalise_types(frame.reset_index(drop=True))
    return Organisation(frame, people, _corrections(frame, rng), n_one_off / n_events)


def _people(n_owners: int, rng: np.random.Generator) -> dict[str, PersonContext]:
    people = {}
    for i in range(n_owners):
        email = f"leader{i}@corp.example"
        reports = tuple(STAFF[j] for j in rng.choice(len(STAFF), rng.integers(4, 9), False))
        role = ROLES[int(rng.integers(len(ROLES)))]
        people[email] = PersonContext(email, zone_of(i), role, ("corp.example",), reports)
    return people


def _pick(rng: np.random.Generator, pool: Sequence[str]) -> str:
    return pool[int(rng.integers(len(pool)))]


def _series_table(
    people: dict[str, PersonContext], n_target: int, rng: np.random.Generator
) -> pd.DataFrame:
    """One row per series, enough of them for about 10% more occurrences than needed in
    the year (the surplus is dropped: skipped and declined occurrences)."""
    weights = np.array([t[5] for t in SERIES])
    weights /= weights.sum()
    per_year = sum(
        w * 52 * 7 / STEP_DAYS[t[1]] * (5 / 7 if t[1] == "daily" else 1)
        for w, t in zip(weights, SERIES, strict=True)
    )
    n_series = int(np.ceil(1.1 * n_target / per_year))
    owners = list(people.values())
    templates = rng.choice(len(SERIES), n_series, p=weights).tolist()
    rows = [_one_series(k, owners[k % len(owners)], t, rng) for k, t in enumerate(templates)]
    return pd.DataFrame(rows)


def _one_series(
    k: int, person: PersonContext, template: int, rng: np.random.Generator
) -> dict[str, object]:
    pattern, how_often, (low, high), p_external, minutes, _ = SERIES[template]
    report = _pick(rng, person.reports)
    owner_number = int(person.email.removeprefix("leader").split("@")[0])
    title = pattern.format(
        report=report.split(".")[0].title(),
        me=FIRST[owner_number % len(FIRST)],
        team=_pick(rng, TEAMS),
        project=_pick(rng, PROJECTS),
        region=_pick(rng, REGIONS),
        customer=_pick(rng, CUSTOMERS),
    )
    guests = [report] if template == 0 else _guests(person, int(rng.integers(low, high + 1)), rng)
    if guests and rng.random() < p_external:
        guests.append(f"{_pick(rng, FIRST).lower()}@{_pick(rng, CUSTOMERS).lower()}.example")
    week, weekday = int(rng.integers(0, 4)), int(rng.integers(0, 5))
    return {
        "series": k,
        "owner": person.email,
        "tz": person.tz,
        "title": title,
        "description": _description(rng) if guests and rng.random() < 0.3 else "",
        "location": _pick(rng, LOCATIONS) if guests else "",
        "organizer": person.email if not guests or rng.random() < 0.6 else guests[0],
        "guests": guests,
        "private": title in PERSONAL and rng.random() < 0.5,
        "kind": "focus-time" if title == "Focus time" and rng.random() < 0.5 else "default",
        "step": STEP_DAYS[how_often],
        "count": PER_YEAR[how_often],
        "first_day": week * 7 + (0 if how_often == "daily" else weekday),
        "local_minute": int(rng.integers(7 * 4, 17 * 4)) * 15,
        "minutes": int(rng.choice(minutes)),
        "created_days": int(rng.integers(1, 120)),
    }


def _guests(person: PersonContext, n: int, rng: np.random.Generator) -> list[str]:
    """``n`` colleagues, the owner's reports likelier than anyone else."""
    pool = [*person.reports, *(STAFF[j] for j in rng.choice(len(STAFF), n, False))]
    return [str(g) for g in rng.choice(pool, min(n, len(pool)), False)]


def _description(rng: np.random.Generator) -> str:
    return _pick(rng, DESCRIPTIONS).format(
        topic=_pick(rng, TOPICS),
        topic2=_pick(rng, TOPICS),
        t=_ticket(int(rng.integers(1 << 30))),
        customer=_pick(rng, CUSTOMERS),
        project=_pick(rng, PROJECTS),
    )


def _ticket(draw: int) -> str:
    return f"{('INC', 'OPS', 'PRJ', 'SEC', 'CS')[draw % 5]}-{1000 + draw // 5 % 99000}"


def _occurrences(series: pd.DataFrame, n_keep: int, rng: np.random.Generator) -> pd.DataFrame:
    """The occurrences of every series that fall in 2026, then ``n_keep`` of them at random.
    A daily series runs Monday to Friday; the others every ``step`` days."""
    counts = series["count"].to_numpy()
    row = np.repeat(np.arange(len(series)), counts)
    k = np.arange(len(row)) - np.repeat(np.cumsum(counts) - counts, counts)
    step = series["step"].to_numpy()[row]
    day = series["first_day"].to_numpy()[row] + np.where(step == 1, k + 2 * (k // 5), k * step)
    in_year = np.flatnonzero((day >= YEAR_DAYS[0]) & (day < YEAR_DAYS[1]))
    picked = np.sort(rng.choice(in_year, min(n_keep, len(in_year)), replace=False))
    occ = series.iloc[row[picked]].reset_index(drop=True)
    minute = day[picked] * 1440 + occ["local_minute"].to_numpy()
    occ["start"] = _in_zones(GRID_START + pd.to_timedelta(minute, unit="min"), occ["tz"])
    occ["end"] = occ["start"] + pd.to_timedelta(occ["minutes"], unit="min")
    created = GRID_START + pd.to_timedelta(occ["first_day"] - occ["created_days"], unit="D")
    occ["created"] = created.dt.tz_localize("UTC")
    occ["uid"] = "series-" + occ["series"].astype(str) + "@corp.example"
    occ["series_id"] = occ["uid"]
    occ["recurrence_id"] = _utc_text(occ["start"])
    occ["all_day"] = False
    return _stored(occ)


def _in_zones(local: pd.Series | pd.DatetimeIndex, zones: pd.Series) -> pd.Series:
    """Naive wall-clock times, each in its row's zone, as UTC instants."""
    naive = pd.Series(local, index=zones.index)
    out = pd.Series(pd.NaT, index=zones.index, dtype="datetime64[us, UTC]")
    for zone, idx in zones.groupby(zones).groups.items():
        out.loc[idx] = naive.loc[idx].dt.tz_localize(str(zone)).dt.tz_convert("UTC")
    return out


def _utc_text(instants: pd.Series) -> list[str]:
    """``recurrence_id`` text for UTC instants, as :func:`timeaudit.model.recurrence_key`."""
    text = np.datetime_as_string(instants.dt.tz_convert(None).to_numpy(), unit="s")
    return [t + "Z" for t in text.tolist()]


def _stored(events: pd.DataFrame) -> pd.DataFrame:
    """The stored columns from events with an ``owner``, an ``organizer`` and ``guests``
    (the attendees other than the owner; none for a block on the owner's own calendar)."""
    out = pd.DataFrame({c: events.get(c, "") for c in STORED_COLUMNS})
    guests, owners = events["guests"].tolist(), events["owner"].tolist()
    out["source"], out["calendar"], out["status"] = "bench", "primary", "confirmed"
    out["attendee_emails"] = [
        " ".join([o, *g]) if g else "" for o, g in zip(owners, guests, strict=True)
    ]
    out["attendees_json"] = [
        "[" + ", ".join(f'{{"email": "{e}", "response": "accepted"}}' for e in g) + "]"
        for g in guests
    ]
    self_organised = events["organizer"].to_numpy() == events["owner"].to_numpy()
    out["response"] = np.where(self_organised, "organizer", "accepted")
    out["busy"] = np.where(events["kind"] == "out-of-office", "oof", "busy")
    return out


def _one_offs(people: dict[str, PersonContext], n: int, rng: np.random.Generator) -> pd.DataFrame:
    """``n`` one-off events: titles from :data:`ONE_OFF` with names and ticket ids, booked
    from an hour to months ahead, between 07:00 and 19:00 local time on a weekday (one in
    eleven on a Saturday)."""
    owners = list(people.values())
    draws = rng.integers(0, 1 << 30, size=(n, 8)).tolist()
    events = pd.DataFrame([_one_off(owners, d) for d in draws])
    day = rng.integers(0, 53, n) * 7 + rng.choice([0, 1, 2, 3, 4, 4, 3, 2, 1, 0, 5], n)
    day += 7 * ((day < YEAR_DAYS[0]).astype(int) - (day >= YEAR_DAYS[1]).astype(int))
    minute = day * 1440 + rng.integers(7 * 4, 19 * 4, n) * 15
    events["start"] = _in_zones(GRID_START + pd.to_timedelta(minute, unit="min"), events["tz"])
    events["end"] = events["start"] + pd.to_timedelta(rng.choice([15, 30, 45, 60, 90], n), "min")
    lead = pd.to_timedelta(np.exp(rng.normal(np.log(72), 1.6, n)).round(2), unit="h")
    events["created"] = (events["start"] - lead).where(rng.random(n) > 0.05)
    events["all_day"], events["private"], events["kind"] = False, False, "default"
    events["uid"] = [f"one-off-{i}@corp.example" for i in range(n)]
    return _stored(events)


def _one_off(owners: Sequence[PersonContext], draw: Sequence[int]) -> dict[str, object]:
    person = owners[draw[0] % len(owners)]
    words = {
        "first": FIRST[draw[2] % len(FIRST)],
        "last": LAST[draw[3] % len(LAST)],
        "topic": TOPICS[draw[4] % len(TOPICS)],
        "topic2": TOPICS[draw[4] // 64 % len(TOPICS)],
        "customer": CUSTOMERS[draw[5] % len(CUSTOMERS)],
        "team": TEAMS[draw[5] // 64 % len(TEAMS)],
        "region": REGIONS[draw[5] // 4096 % len(REGIONS)],
        "project": PROJECTS[draw[5] // 262144 % len(PROJECTS)],
        "t": _ticket(draw[6]),
        "n": draw[6] % 900 + 100,
    }
    pattern = ONE_OFF[draw[1] % len(ONE_OFF)]
    n_guests = draw[7] % 7 if "Flight" not in pattern and "Dentist" not in pattern else 0
    guests = [STAFF[(draw[7] // 8 + j * 977) % len(STAFF)] for j in range(n_guests)]
    if guests and ("{customer}" in pattern or draw[7] % 5 == 0):
        guests.append(f"{words['first']}.{words['last']}@{words['customer']}.example".lower())
    description = DESCRIPTIONS[draw[2] // 64 % len(DESCRIPTIONS)]
    return {
        "owner": person.email,
        "tz": person.tz,
        "title": pattern.format(**words),
        "description": description.format(**words) if draw[3] // 64 % 2 else "",
        "location": LOCATIONS[draw[4] // 4096 % len(LOCATIONS)] if guests else "",
        "organizer": person.email if draw[7] // 8 % 2 or not guests else guests[0],
        "guests": guests,
    }


def _corrections(frame: pd.DataFrame, rng: np.random.Generator) -> pd.DataFrame:
    """Two of each owner's own tags on average: half for a whole series (empty recurrence
    id), half for single occurrences or one-offs."""
    n = 2 * frame["owner"].nunique()
    rows = frame.iloc[rng.choice(len(frame), n, replace=False)]
    out = rows[["owner", "source", "uid", "recurrence_id"]].reset_index(drop=True)
    whole_series = (out.index % 2 == 0) & (rows["series_id"].to_numpy() != "")
    out.loc[whole_series, "recurrence_id"] = ""
    out["label"] = rng.choice(LABELS, n)
    return out.drop_duplicates(["owner", "source", "uid", "recurrence_id"], ignore_index=True)
