"""Marcus's one-off meetings, incidents (:mod:`.marcus_incidents`) included, in call order
(the random draws depend on it): October's calendar cases, the London offsite trip and
personal appointments."""

from __future__ import annotations

from datetime import UTC, date, datetime

from .builder import Builder
from .cast import (
    AMELIA,
    CLAIRE,
    ENGINEERS,
    HELENA,
    INGRID,
    KWAME,
    LONDON,
    NADIA,
    NEW_YORK,
    ORGS,
    PRIYA,
    RACHEL,
    RAFAEL,
    TOM,
    UID_OFFSITE_1,
    UID_OFFSITE_2,
    C,
    E,
    O,
    S,
    local,
)
from .marcus_incidents import (
    dst_incidents,
    earlier_incidents,
    first_october_week,
    month_end,
    payments_recovery,
    reno_and_orbitpay,
)

TZ = NEW_YORK
d = date  # short: the calls below name many dates
ORBITPAY = ORGS["orbitpay"].people


def add_meetings(b: Builder) -> None:
    dst_incidents(b)
    first_october_week(b)
    payments_recovery(b)
    reno_and_orbitpay(b)
    month_end(b)
    _october_cases(b)
    earlier_incidents(b)
    _london_offsite(b)
    _personal(b)
    _quarterly_review(b)


def _october_cases(b: Builder) -> None:
    """October's calendar cases: cancelled dinner, declined demo, 'strategic planning' that is
    execution, a 'Sync' that is not the 1:1, a transparent hold."""
    r = b.leader.reports
    b.one_off(
        "Eng leads dinner",
        local(d(2026, 10, 8), "18:30", TZ),
        150,
        C,
        attendees=(*r,),
        location="Via Carota",
        cancelled=True,
    )
    b.note(
        "cancelled one-off (STATUS:CANCELLED)",
        "Eng leads dinner",
        local(d(2026, 10, 8), "18:30", TZ),
    )
    b.one_off(
        "Vendor demo: Cobalt Cloud observability",
        local(d(2026, 10, 19), "15:00", TZ),
        60,
        E,
        organizer=ORGS["cobalt"].people[0],
        attendees=(*ORGS["cobalt"].people, KWAME),
        owner_partstat="DECLINED",
    )
    b.note(
        "declined invitation",
        "Vendor demo: Cobalt Cloud observability",
        local(d(2026, 10, 19), "15:00", TZ),
    )
    b.one_off(
        "Strategic planning – Engineering H1 2027",
        local(d(2026, 10, 20), "13:00", TZ),
        local(d(2026, 10, 20), "15:30", TZ),
        E,
        attendees=(*r, RACHEL, NADIA),
        description="Agenda:\n- Owner per H1 initiative\n- Milestones and deadlines by "
        "month\n- KPIs: deploy frequency, MTTR, p95 latency, on-time delivery\n- Staffing "
        "per workstream\n- Action items",
    )
    b.note(
        "trap: 'strategic planning' that is execution (owners, deadlines, KPIs)",
        "Strategic planning – Engineering H1 2027",
        local(d(2026, 10, 20), "13:00", TZ),
    )
    b.one_off(
        "Sync w/ Priya",
        local(d(2026, 10, 26), "14:00", TZ),
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
        local(d(2026, 10, 26), "14:00", TZ),
    )
    # A hold that names its work is that work (only opaque holds are other): QBR prep.
    b.one_off("Hold – QBR prep", local(d(2026, 10, 23), "08:00", TZ), 90, E, transparent=True)
    b.note("TRANSP:TRANSPARENT hold", "Hold – QBR prep", local(d(2026, 10, 23), "08:00", TZ))


def _london_offsite(b: Builder) -> None:
    """The engineering strategy offsite and the trip to Helena's offsite in London."""
    r = b.leader.reports
    b.one_off(
        "Engineering strategy offsite: platform bets for 2027",
        local(d(2026, 1, 21), "09:00", TZ),
        local(d(2026, 1, 21), "17:00", TZ),
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
        local(d(2026, 1, 21), "09:00", TZ),
    )
    b.nofill.add(d(2026, 1, 21))
    b.one_off(
        "Flight BA112 JFK → LHR",
        local(d(2026, 2, 9), "18:30", TZ),
        local(d(2026, 2, 10), "06:40", LONDON),
        O,
        location="JFK T8",
    )
    b.note(
        "overnight flight, ends in another zone",
        "Flight BA112 JFK → LHR",
        local(d(2026, 2, 9), "18:30", TZ),
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
        local(d(2026, 2, 13), "11:20", TZ),
        O,
        location="Heathrow T5",
    )


def _personal(b: Builder) -> None:
    """Private, floating and UTC-stamped events."""
    b.one_off("Dentist – Dr. Alvarez", local(d(2026, 10, 2), "08:00", TZ), 60, O, private=True)
    b.note(
        "CLASS:PRIVATE personal appointment (title must be redacted)",
        "Dentist – Dr. Alvarez",
        local(d(2026, 10, 2), "08:00", TZ),
    )
    b.one_off("Parent-teacher conference", local(d(2026, 2, 24), "16:30", TZ), 45, O, private=True)
    b.one_off("Gym", datetime(2026, 4, 14, 7, 0), datetime(2026, 4, 14, 8, 0), O)
    b.note("floating time (no TZID)", "Gym", datetime(2026, 4, 14, 7, 0, tzinfo=TZ))
    b.one_off(
        "Orbitpay quarterly review",
        datetime(2026, 5, 13, 18, 0, tzinfo=UTC),
        60,
        E,
        organizer=ORBITPAY[1],
        attendees=(*ORBITPAY, KWAME),
    )
    b.note(
        "UTC-stamped invitation (Z times)",
        "Orbitpay quarterly review",
        datetime(2026, 5, 13, 18, 0, tzinfo=UTC),
    )


def _quarterly_review(b: Builder) -> None:
    """Engineering's own quarterly business review, every third month with his leads and
    Helena: held in January, April and July; October's is cancelled in the incident month,
    so by the end of October the rhythm is overdue (red: last held 21 Jul, due by 21 Oct)."""
    leads = b.leader.reports
    review = b.recurring(
        "Engineering quarterly business review",
        local(d(2025, 10, 21), "13:00", TZ),
        120,
        E,
        freq="MONTHLY",
        interval=3,
        until=d(2026, 10, 31),
        attendees=(*leads, HELENA),
        description="Last quarter against plan: delivery, quality, hiring; what we change "
        "for the next quarter.",
    )
    b.override(
        review,
        d(2026, 10, 21),
        cancel=True,
        case="rhythm: the October quarterly review cancelled in the incident month (missed)",
    )
