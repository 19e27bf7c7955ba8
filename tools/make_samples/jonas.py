"""Jonas Albrecht, team lead warehouse software, Berlin: roughly fits a manager's split;
away most of August 2026 (holiday, then parental leave).

This module has his days off and his recurring series; :mod:`.jonas_meetings` his
one-off meetings, :mod:`.jonas_fill` the filler's templates and plan."""

from __future__ import annotations

from datetime import date

from .builder import Builder, Series
from .cast import (
    ANNIKA,
    AYLIN,
    BERLIN,
    DENNIS,
    ENGINEERS,
    FELIX,
    JONAS,
    JULIA,
    LENA,
    MARCUS,
    MEHMET,
    NEW_YORK,
    PATRICK,
    PRIYA,
    RAUM_SPREE,
    SARA,
    SOFIA,
    STEFAN,
    TOBIAS,
    UID_ENG_ALL_HANDS,
    WEEKDAYS,
    C,
    E,
    Leader,
    O,
    Person,
    S,
    local,
)
from .filler import fill
from .jonas_fill import fill_plan
from .jonas_meetings import add_meetings

TZ = BERLIN
d = date  # short: the calls below name many dates

JONAS_LEADER = Leader(
    key="jonas",
    slug="lead-jonas-albrecht",
    owner=JONAS,
    role="manager",
    job="Team Lead Warehouse Software",
    tz=BERLIN,
    seed=1337,
    reports=(LENA, MEHMET, SARA, TOBIAS, AYLIN, FELIX),
    team="warehouse-software",
)


def build_jonas() -> Builder:
    """Jonas's calendar, in the order the random draws depend on."""
    b = Builder(JONAS_LEADER)
    _days_off(b)
    series = _sprint_ceremonies(b)
    series |= _one_to_ones(b)
    series |= _team_and_syncs(b)
    _circles_and_blocks(b)
    b.apply_days_off()
    _series_cases(b, series)
    add_meetings(b)
    fill(b, fill_plan())
    _parental_leave(b)
    return b


def _parental_leave(b: Builder) -> None:
    """Two weeks of parental leave straight after the summer holiday: August 2026 is mostly
    away, 3 working days on the calendar and about 12 counted work hours, too few to judge
    (the demo's "not enough data" month, in the trend and the coach view). Added last, so
    the rest of his year, October above all, is what it was."""
    b.away_late("Elternzeit", d(2026, 8, 17), d(2026, 8, 26))
    b.note("all-day OOO, parental leave: August mostly away", "Elternzeit", d(2026, 8, 17))


def _days_off(b: Builder) -> None:
    """Public holidays, leave and sick days."""
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


def _sprint_ceremonies(b: Builder) -> dict[str, Series]:
    """Stand-up, sprint planning, review, retro and refinement."""
    r = JONAS_LEADER.reports
    team = (*r, JULIA)
    b.recurring(
        "Daily Standup",
        local(d(2025, 6, 2), "09:30", TZ),
        15,
        E,
        byday=WEEKDAYS,
        attendees=team,
        location="Teamfläche / Meet",
    )
    planning = b.recurring(
        "Sprint Planning",
        local(d(2025, 9, 1), "10:00", TZ),
        90,
        E,
        byday=["MO"],
        interval=2,
        attendees=team,
        rooms=(RAUM_SPREE,),
    )
    b.recurring(
        "Sprint Review",
        local(d(2025, 9, 12), "13:30", TZ),
        60,
        E,
        byday=["FR"],
        interval=2,
        attendees=(*team, STEFAN, ANNIKA),
        rooms=(RAUM_SPREE,),
    )
    retro = b.recurring(
        "Retro",
        local(d(2025, 9, 12), "14:45", TZ),
        60,
        C,
        byday=["FR"],
        interval=2,
        organizer=DENNIS,
        attendees=(DENNIS, *r),
    )
    b.recurring(
        "Backlog Refinement",
        local(d(2025, 6, 4), "14:00", TZ),
        60,
        E,
        byday=["WE"],
        organizer=JULIA,
        attendees=team,
    )
    return {"planning": planning, "retro": retro}


def _one_to_ones(b: Builder) -> dict[str, Series]:
    """The weekly 1:1s with his reports and with Sofia."""
    lena = b.recurring(
        "Sync w/ Lena", local(d(2025, 2, 3), "14:00", TZ), 30, C, byday=["MO"], attendees=(LENA,)
    )
    b.recurring(
        "1:1 Mehmet / Jonas",
        local(d(2025, 3, 4), "11:00", TZ),
        30,
        C,
        byday=["TU"],
        attendees=(MEHMET,),
    )
    b.recurring(
        "Jour fixe Sara", local(d(2025, 4, 1), "14:00", TZ), 30, C, byday=["TU"], attendees=(SARA,)
    )
    b.recurring(
        "Tobias <> Jonas",
        local(d(2025, 1, 8), "10:00", TZ),
        30,
        C,
        byday=["WE"],
        organizer=TOBIAS,
        attendees=(TOBIAS,),
    )
    aylin = b.recurring(
        "1:1 Aylin", local(d(2025, 5, 8), "10:00", TZ), 30, C, byday=["TH"], attendees=(AYLIN,)
    )
    b.recurring(
        "Felix / Jonas 1:1",
        local(d(2025, 7, 3), "14:00", TZ),
        30,
        C,
        byday=["TH"],
        attendees=(FELIX,),
    )
    b.recurring(
        "Jour fixe mit Sofia",
        local(d(2025, 1, 12), "16:00", TZ),
        45,
        E,
        byday=["MO"],
        organizer=SOFIA,
        attendees=(SOFIA,),
    )
    return {"lena": lena, "aylin": aylin}


def _team_and_syncs(b: Builder) -> dict[str, Series]:
    """The team meeting and the syncs with operations, engineering managers and New York."""
    team = (*JONAS_LEADER.reports, JULIA)
    teamrunde = b.recurring(
        "Teamrunde",
        local(d(2025, 1, 9), "11:00", TZ),
        60,
        E,
        byday=["TH"],
        attendees=team,
        rooms=(RAUM_SPREE,),
    )
    b.recurring(
        "Warehouse ops sync",
        local(d(2025, 6, 4), "11:00", TZ),
        45,
        E,
        byday=["WE"],
        organizer=STEFAN,
        attendees=(STEFAN, LENA),
        location="Meet",
    )
    b.recurring(
        "EM sync",
        local(d(2025, 5, 7), "15:00", TZ),
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
    return {"teamrunde": teamrunde}


def _circles_and_blocks(b: Builder) -> None:
    """The direction circle, tech talks, the (declined) all-hands, lunch and focus time."""
    r = JONAS_LEADER.reports
    b.recurring(
        "Architecture & direction circle",
        local(d(2025, 9, 5), "10:00", TZ),
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
        local(d(2025, 2, 5), "16:00", TZ),
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
    b.recurring("Mittagspause", local(d(2025, 1, 6), "12:30", TZ), 45, O, byday=WEEKDAYS)
    b.note("lunch block (daily series)", "Mittagspause", local(d(2025, 11, 3), "12:30", TZ))
    b.recurring(
        "Fokuszeit", local(d(2025, 6, 3), "08:00", TZ), 90, O, byday=["TU", "TH"], transparent=True
    )
    b.note(
        "TRANSP:TRANSPARENT focus block (twice weekly)",
        "Fokuszeit",
        local(d(2025, 11, 4), "08:00", TZ),
    )


def _series_cases(b: Builder, series: dict[str, Series]) -> None:
    """Hard cases on recurring series (after the days off are applied)."""
    b.note("EXDATE (public holidays, leave)", "Daily Standup", local(d(2026, 5, 14), "09:30", TZ))

    b.override(
        series["teamrunde"],
        d(2026, 10, 8),
        start=local(d(2026, 10, 8), "15:00", TZ),
        case="moved recurring instance (11:00 -> 15:00)",
    )
    b.override(
        series["aylin"],
        d(2026, 10, 22),
        cancel=True,
        case="cancelled recurring instance (STATUS:CANCELLED)",
    )
    b.exdate(series["lena"], d(2026, 10, 19), case="EXDATE (one 1:1 dropped)")
    first_planning_oct = next(
        o for o in series["planning"].occurrences if o.date() >= d(2026, 10, 1)
    )
    b.override(
        series["planning"],
        first_planning_oct.date(),
        start=first_planning_oct.replace(hour=14, minute=30),
        case="moved recurring instance (sprint planning 10:00 -> 14:30)",
    )
    late_retro = next(o for o in series["retro"].occurrences if o.date() >= d(2026, 10, 20))
    b.exdate(series["retro"], late_retro.date(), case="EXDATE (retro skipped)")
