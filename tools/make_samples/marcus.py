"""Marcus Bell, VP Engineering, New York: a run of incidents in October 2026 pushes him into
firefighting overload.

This module has his days off and his recurring series; :mod:`.marcus_meetings` his
one-off meetings and incidents, :mod:`.marcus_fill` the filler's templates and plan."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from .builder import Builder, Series
from .cast import (
    AMELIA,
    CLAIRE,
    ENGINEERS,
    GARETH,
    HELENA,
    INGRID,
    JESS,
    KWAME,
    LAURA,
    LONDON,
    MARCUS,
    NADIA,
    NEW_YORK,
    ORGS,
    OWEN,
    PRIYA,
    RACHEL,
    RAFAEL,
    SOFIA,
    TOM,
    UID_ATLAS_STEERCO,
    UID_ENG_ALL_HANDS,
    UID_EXEC_TEAM,
    UID_MARCUS_HELENA,
    WEEKDAYS,
    C,
    E,
    F,
    Leader,
    O,
    Person,
    S,
    local,
)
from .filler import fill
from .marcus_fill import fill_plan
from .marcus_meetings import add_meetings

TZ = NEW_YORK
d = date  # short: the calls below name many dates

MARCUS_LEADER = Leader(
    key="marcus",
    slug="vp-marcus-bell",
    owner=MARCUS,
    role="senior-leader",
    job="VP Engineering",
    tz=NEW_YORK,
    seed=4418,
    reports=(PRIYA, OWEN, KWAME, SOFIA, LAURA),
    team="leadership",
    share_named=True,
)


def build_marcus() -> Builder:
    """Marcus's calendar, in the order the random draws depend on."""
    b = Builder(MARCUS_LEADER)
    _days_off(b)
    series = _exec_and_one_to_ones(b)
    series |= _engineering_meetings(b)
    _reviews_and_syncs(b)
    _forums_and_budget(b)
    _stand_ups_and_holds(b)
    b.apply_days_off()
    _series_cases(b, series)
    add_meetings(b)
    fill(b, fill_plan())
    _lapsed_one_to_ones(b, series)  # last: it draws nothing the calendar before it depends on
    return b


def _lapsed_one_to_ones(b: Builder, series: dict[str, Series]) -> None:
    """The lapsed 1:1s the Rhythm section names (issue 15): Kwame's weekly 1:1 dropped from
    mid-September on (none in October), Owen's cancelled twice more in October (a gap of four
    weeks). After the fill, so the rest of the calendar stays as it was."""
    b.exdate(
        series["kwame"],
        *(d(2026, 9, 15) + timedelta(weeks=n) for n in range(6)),
        case="lapsed 1:1 (dropped from mid-September: no 1:1 with Kwame in October)",
    )
    b.override(series["owen"], d(2026, 10, 12), cancel=True)
    b.override(series["owen"], d(2026, 10, 19), cancel=True, case="1:1 cancelled again")


def _days_off(b: Builder) -> None:
    """Public holidays, leave and the London week."""
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


def _exec_and_one_to_ones(b: Builder) -> dict[str, Series]:
    """Helena's exec team meeting and the weekly 1:1s."""
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
        local(d(2025, 2, 6), "11:00", TZ),
        45,
        E,
        byday=["TH"],
        uid=UID_MARCUS_HELENA,
        attendees=(HELENA,),
        location="Zoom",
    )
    priya = b.recurring(
        "Sync w/ Priya", local(d(2025, 3, 6), "13:00", TZ), 30, C, byday=["TH"], attendees=(PRIYA,)
    )
    owen = b.recurring(
        "Owen / Marcus 1:1",
        local(d(2025, 2, 3), "13:00", TZ),
        30,
        C,
        byday=["MO"],
        organizer=OWEN,
        attendees=(OWEN,),
    )
    kwame = b.recurring(
        "1:1 Kwame", local(d(2025, 4, 1), "14:00", TZ), 30, C, byday=["TU"], attendees=(KWAME,)
    )
    b.recurring(
        "Sofia <> Marcus",
        local(d(2025, 5, 7), "10:00", TZ),
        30,
        C,
        byday=["WE"],
        attendees=(SOFIA,),
        location="Zoom",
    )
    laura = b.recurring(
        "Laura / Marcus 1:1",
        local(d(2025, 6, 6), "10:00", TZ),
        30,
        C,
        byday=["FR"],
        organizer=LAURA,
        attendees=(LAURA,),
    )
    return {"helena": helena, "priya": priya, "owen": owen, "kwame": kwame, "laura": laura}


def _engineering_meetings(b: Builder) -> dict[str, Series]:
    """The staff meeting, steerco, engineering reviews and the engineering all-hands."""
    r = MARCUS_LEADER.reports
    eng_all = Person("Engineering (all)", "eng-all@northwind.example")
    staff = b.recurring(
        "Eng staff meeting",
        local(d(2025, 1, 7), "11:00", TZ),
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
        local(d(2025, 3, 3), "15:00", TZ),
        60,
        E,
        byday=["MO"],
        organizer=KWAME,
        attendees=(KWAME, *ENGINEERS[5:7], LAURA),
    )
    arch = b.recurring(
        "Architecture review",
        local(d(2025, 4, 10), "14:00", TZ),
        90,
        E,
        byday=["TH"],
        interval=2,
        organizer=OWEN,
        attendees=(OWEN, PRIYA, *ENGINEERS[:3]),
    )
    b.recurring(
        "Product & Eng roadmap sync",
        local(d(2025, 1, 8), "13:00", TZ),
        60,
        E,
        byday=["WE"],
        organizer=NADIA,
        attendees=(NADIA, PRIYA, OWEN),
    )
    b.recurring(
        "Engineering all-hands",
        local(d(2025, 1, 8), "16:00", TZ),
        60,
        C,
        freq="MONTHLY",
        byday=["2TH"],
        uid=UID_ENG_ALL_HANDS,
        attendees=(*r,),
        groups=(eng_all,),
        location="12F – Commons / Zoom",
    )
    return {"staff": staff, "arch": arch}


def _reviews_and_syncs(b: Builder) -> None:
    """Hiring and incident reviews, the Acme sync, the tech strategy group, the platform
    sync and the delivery review."""
    b.recurring(
        "Hiring sync",
        local(d(2025, 2, 7), "14:00", TZ),
        30,
        C,
        byday=["FR"],
        organizer=JESS,
        attendees=(JESS, LAURA),
    )
    b.recurring(
        "Incident review",
        local(d(2025, 3, 5), "16:00", TZ),
        45,
        C,
        byday=["WE"],
        organizer=KWAME,
        attendees=(KWAME, ENGINEERS[5], ENGINEERS[6], PRIYA),
        description="Last week's incidents: root causes, follow-ups, trends.",
    )
    b.recurring(
        "Acme Logistics weekly delivery sync",
        local(d(2025, 10, 1), "11:00", TZ),
        45,
        E,
        byday=["WE"],
        organizer=ORGS["acme"].people[2],
        attendees=(ORGS["acme"].people[2], ORGS["acme"].people[1], OWEN, RACHEL),
        location="Microsoft Teams Meeting",
    )
    b.recurring(
        "Tech strategy working group",
        local(d(2025, 2, 4), "15:00", TZ),
        90,
        S,
        freq="MONTHLY",
        byday=["1WE"],
        attendees=(PRIYA, OWEN, NADIA),
    )
    b.recurring(
        "Platform sync",
        local(d(2025, 3, 3), "10:30", TZ),
        45,
        E,
        byday=["MO"],
        organizer=PRIYA,
        attendees=(PRIYA, ENGINEERS[0], ENGINEERS[3]),
    )
    b.recurring(
        "Delivery review",
        local(d(2025, 3, 6), "15:45", TZ),
        45,
        E,
        byday=["TH"],
        organizer=RACHEL,
        attendees=(RACHEL, OWEN, LAURA),
    )


def _forums_and_budget(b: Builder) -> None:
    """Monthly forums, mentoring and the budget review."""
    b.recurring(
        "Staff+ engineers forum",
        local(d(2025, 4, 15), "15:00", TZ),
        60,
        C,
        freq="MONTHLY",
        byday=["3TU"],
        attendees=ENGINEERS[:5],
    )
    b.recurring(
        "Mentoring circle",
        local(d(2025, 4, 23), "17:00", TZ),
        45,
        C,
        freq="MONTHLY",
        byday=["4WE"],
        attendees=(ENGINEERS[1], ENGINEERS[4], ENGINEERS[7]),
    )
    b.recurring(
        "Budget & headcount",
        local(d(2025, 3, 10), "15:00", TZ),
        60,
        E,
        freq="MONTHLY",
        byday=["2TU"],
        organizer=TOM,
        attendees=(TOM, RACHEL),
    )


def _stand_ups_and_holds(b: Builder) -> None:
    """October's reliability stand-up, the interview slot, focus time and lunch."""
    b.recurring(
        "Reliability stand-up",
        local(d(2026, 10, 7), "08:45", TZ),
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
        local(d(2025, 9, 2), "16:00", TZ),
        60,
        C,
        byday=["TU"],
        description="Held for the hiring loop; Jess books candidates into it.",
    )
    b.recurring(
        "Focus time", local(d(2025, 9, 5), "08:30", TZ), 90, O, byday=["FR"], transparent=True
    )
    b.note(
        "TRANSP:TRANSPARENT focus block (weekly series)",
        "Focus time",
        local(d(2025, 11, 7), "08:30", TZ),
    )
    b.recurring("Lunch", local(d(2025, 3, 3), "12:00", TZ), 45, O, byday=WEEKDAYS)
    b.note("lunch block (daily series)", "Lunch", local(d(2025, 11, 3), "12:00", TZ))


def _series_cases(b: Builder, series: dict[str, Series]) -> None:
    """Hard cases on recurring series: the staff meeting, then October's cancelled and
    moved 1:1s."""
    b.note(
        "EXDATE (Thanksgiving, holidays)", "Eng staff meeting", local(d(2025, 12, 30), "11:00", TZ)
    )
    b.exdate(series["staff"], d(2026, 6, 30), case="EXDATE (one meeting dropped)")
    b.note(
        "declined recurring instances (auto-declined while on PTO)",
        "Eng staff meeting",
        local(d(2026, 7, 7), "11:00", TZ),
    )

    b.override(
        series["owen"],
        d(2026, 10, 5),
        cancel=True,
        case="cancelled recurring instance (STATUS:CANCELLED)",
    )
    b.override(series["helena"], d(2026, 10, 8), cancel=True)
    b.override(
        series["priya"],
        d(2026, 10, 8),
        start=local(d(2026, 10, 9), "16:00", TZ),
        case="moved recurring instance (Thu 13:00 -> Fri 16:00)",
    )
    b.override(series["laura"], d(2026, 10, 16), cancel=True)
    b.override(series["kwame"], d(2026, 10, 27), cancel=True)
    arch_oct = next(o for o in series["arch"].occurrences if o.date() >= d(2026, 10, 12))
    b.override(
        series["arch"],
        arch_oct.date(),
        owner_partstat="DECLINED",
        case="declined recurring instance",
    )
