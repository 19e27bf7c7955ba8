"""Helena's one-off meetings: board meetings, the strategy offsite, travel, personal
appointments and the October run; in call order (the random draws depend on it)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from .builder import Builder
from .cast import (
    AISHA,
    AMELIA,
    BEN,
    BOARD,
    BOARDROOM,
    CLAIRE,
    ENGINEERS,
    HANNAH,
    INGRID,
    KWAME,
    LAURA,
    LONDON,
    LUCY,
    MARCUS,
    NADIA,
    NEW_YORK,
    OLIVER,
    ORGS,
    OWEN,
    PRIYA,
    RACHEL,
    RAFAEL,
    SAM,
    TOM,
    UID_EXEC_UPDATE,
    UID_OFFSITE_1,
    UID_OFFSITE_2,
    UID_PAYMENTS_POSTMORTEM,
    C,
    E,
    F,
    O,
    S,
    local,
    person,
)

TZ = LONDON
d = date  # short: the calls below name many dates
LUCA = ORGS["brightparts"].people[0]  # Brightparts CEO


def add_meetings(b: Builder) -> None:
    _board_meetings(b)
    _offsite_and_planning(b)
    _new_york_trip(b)
    _uk_travel(b)
    _private_and_odd_times(b)
    _october_escalations(b)
    _october_cases(b)


def _board_meetings(b: Builder) -> None:
    """The four board meetings."""
    for day in (d(2025, 12, 9), d(2026, 3, 17), d(2026, 6, 16), d(2026, 9, 22)):
        b.one_off(
            "Board meeting",
            local(day, "09:30", TZ),
            local(day, "14:00", TZ),
            S,
            organizer=AMELIA,
            attendees=(AMELIA, TOM, HANNAH, *BOARD),
            rooms=(BOARDROOM,),
            location="Boardroom (L5)",
            description="1. CEO report  2. Strategy: market entry options  3. Financials  "
            "4. Risk register  5. AOB",
        )


def _offsite_and_planning(b: Builder) -> None:
    """The strategy offsite (genuine strategy) and 'strategic planning' (execution)."""
    directs = b.leader.reports
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
        local(d(2026, 2, 11), "09:00", TZ),
        local(d(2026, 2, 11), "17:30", TZ),
        S,
        uid=UID_OFFSITE_1,
        attendees=offsite_people,
        location="Coworth Park, Ascot",
        description=offsite_desc,
    )
    b.one_off(
        "Strategy offsite (day 2)",
        local(d(2026, 2, 12), "09:00", TZ),
        local(d(2026, 2, 12), "16:00", TZ),
        S,
        uid=UID_OFFSITE_2,
        attendees=offsite_people,
        location="Coworth Park, Ascot",
        description="Day 2: choices and trade-offs; draft the one-page strategy.",
    )
    b.note(
        "trap: genuine strategy offsite (where to play)",
        "Strategy offsite: Northwind 2027–2029",
        local(d(2026, 2, 11), "09:00", TZ),
    )
    b.one_off("Train to Ascot", local(d(2026, 2, 11), "07:20", TZ), 70, O)
    b.nofill.update({d(2026, 2, 11), d(2026, 2, 12)})

    b.one_off(
        "Strategic planning 2027",
        local(d(2026, 10, 7), "13:30", TZ),
        local(d(2026, 10, 7), "16:00", TZ),
        E,
        organizer=AMELIA,
        attendees=(AMELIA, *directs),
        rooms=(BOARDROOM,),
        location="Boardroom (L5)",
        description="Agenda:\n1. Confirm an owner for each 2027 initiative\n"
        "2. Lock delivery deadlines per quarter\n3. Agree the KPIs and the monthly "
        "reporting cadence\n4. Budget asks per workstream\n5. Next steps and actions",
    )
    b.note(
        "trap: 'strategic planning' that is execution (owners, deadlines, KPIs)",
        "Strategic planning 2027",
        local(d(2026, 10, 7), "13:30", TZ),
    )


def _new_york_trip(b: Builder) -> None:
    """Around the US/EU DST change."""
    b.one_off(
        "Flight BA177 LHR → JFK",
        local(d(2026, 3, 29), "11:20", TZ),
        local(d(2026, 3, 29), "14:35", NEW_YORK),
        O,
        location="Heathrow T5",
    )
    b.note(
        "travel on the EU DST change day, ends in another zone",
        "Flight BA177 LHR → JFK",
        local(d(2026, 3, 29), "11:20", TZ),
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
        local(d(2026, 4, 1), "07:10", TZ),
        O,
        location="JFK T8",
    )
    b.nofill.update({d(2026, 3, 30), d(2026, 3, 31), d(2026, 4, 1)})


def _uk_travel(b: Builder) -> None:
    """A day trip to the Leeds DC by train."""
    b.one_off(
        "Train to Leeds",
        local(d(2026, 1, 14), "07:05", TZ),
        local(d(2026, 1, 14), "09:20", TZ),
        O,
        location="King's Cross",
    )
    b.one_off(
        "Site visit: Leeds DC",
        local(d(2026, 1, 14), "10:00", TZ),
        300,
        E,
        organizer=AISHA,
        attendees=(AISHA, RAFAEL),
        location="Leeds DC",
    )
    b.one_off("Train back to London", local(d(2026, 1, 14), "15:45", TZ), 140, O)
    b.note("travel blocks (train)", "Train to Leeds", local(d(2026, 1, 14), "07:05", TZ))
    b.nofill.add(d(2026, 1, 14))


def _private_and_odd_times(b: Builder) -> None:
    """Private, transparent, floating and UTC-stamped events."""
    b.one_off(
        "Dr. Patel – follow-up",
        local(d(2026, 10, 8), "08:00", TZ),
        60,
        O,
        private=True,
        location="Harley Street Clinic",
    )
    b.note(
        "CLASS:PRIVATE personal appointment (title must be redacted)",
        "Dr. Patel – follow-up",
        local(d(2026, 10, 8), "08:00", TZ),
    )
    b.one_off("Parents' evening", local(d(2026, 3, 12), "17:30", TZ), 60, O, private=True)
    b.one_off("Hold – board dinner", local(d(2026, 10, 20), "19:00", TZ), 180, O, transparent=True)
    b.note("TRANSP:TRANSPARENT hold", "Hold – board dinner", local(d(2026, 10, 20), "19:00", TZ))
    b.one_off("School run", datetime(2026, 2, 3, 8, 0), datetime(2026, 2, 3, 8, 30), O)
    b.note("floating time (no TZID)", "School run", datetime(2026, 2, 3, 8, 0, tzinfo=TZ))
    b.one_off(
        "Brightparts partnership call",
        datetime(2026, 1, 20, 15, 0, tzinfo=UTC),
        60,
        S,
        organizer=LUCA,
        attendees=(LUCA, ORGS["brightparts"].people[1], CLAIRE),
        location="Google Meet",
    )
    b.one_off(
        "Brightparts: joint roadmap",
        datetime(2026, 6, 24, 14, 0, tzinfo=UTC),
        60,
        S,
        organizer=LUCA,
        attendees=(LUCA, CLAIRE, NADIA),
    )
    b.note(
        "UTC-stamped invitation (Z times)",
        "Brightparts: joint roadmap",
        datetime(2026, 6, 24, 14, 0, tzinfo=UTC),
    )


def _october_escalations(b: Builder) -> None:
    """October, stuck in execution: escalations, the payments outage seen from the CEO's
    calendar, double-booked calls."""
    acme = ORGS["acme"].people
    b.one_off(
        "Escalation call – Acme Logistics APAC",
        local(d(2026, 9, 30), "23:00", TZ),
        local(d(2026, 10, 1), "01:30", TZ),
        F,
        lead="urgent",
        organizer=CLAIRE,
        attendees=(CLAIRE, acme[0], acme[2], RAFAEL),
        location="Zoom",
    )
    b.note(
        "crosses the month boundary (Sep 30 -> Oct 1)",
        "Escalation call – Acme Logistics APAC",
        local(d(2026, 9, 30), "23:00", TZ),
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
        local(d(2026, 10, 15), "10:30", TZ),
        60,
        F,
        lead="urgent",
        organizer=CLAIRE,
        attendees=(CLAIRE, acme[0], acme[1]),
    )
    b.note(
        "double-booked (overlaps 'Weekly pipeline review' 10:00-11:00)",
        "Acme Logistics escalation – exec call",
        local(d(2026, 10, 15), "10:30", TZ),
    )
    b.one_off(
        "Budget sign-off: FY27",
        local(d(2026, 10, 21), "11:00", TZ),
        60,
        E,
        organizer=TOM,
        attendees=(TOM, SAM),
    )
    b.note(
        "double-booked (overlaps 'Ops review')",
        "Budget sign-off: FY27",
        local(d(2026, 10, 21), "11:00", TZ),
    )


def _october_cases(b: Builder) -> None:
    """October's calendar cases: a declined, a cancelled and an unanswered invitation, a
    'Sync' that is not the 1:1, a Sunday on the DST change."""
    b.one_off(
        "Marketing QBR",
        local(d(2026, 10, 13), "15:00", TZ),
        90,
        E,
        organizer=OLIVER,
        attendees=(OLIVER, CLAIRE, LUCY),
        owner_partstat="DECLINED",
    )
    b.note("declined invitation", "Marketing QBR", local(d(2026, 10, 13), "15:00", TZ))
    b.one_off(
        "Partnership intro: Brightparts CEO",
        local(d(2026, 10, 22), "16:00", TZ),
        60,
        S,
        organizer=LUCA,
        attendees=(LUCA, CLAIRE),
        cancelled=True,
    )
    b.note(
        "cancelled one-off (STATUS:CANCELLED)",
        "Partnership intro: Brightparts CEO",
        local(d(2026, 10, 22), "16:00", TZ),
    )
    b.one_off(
        "Sync w/ Claire",
        local(d(2026, 10, 20), "13:30", TZ),
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
        local(d(2026, 10, 20), "13:30", TZ),
    )
    b.one_off(
        "Industry dinner – UK Warehousing Association",
        local(d(2026, 10, 14), "19:00", TZ),
        180,
        O,
        organizer=person("Events Team", "ukwa.example"),
        attendees=(person("Events Team", "ukwa.example"),),
        owner_partstat="TENTATIVE",
    )
    b.one_off(
        "Lunch & learn: AI in warehousing",
        local(d(2026, 10, 29), "12:30", TZ),
        60,
        C,
        organizer=INGRID,
        attendees=(INGRID, AISHA),
        owner_partstat="NEEDS-ACTION",
    )
    b.note(
        "invitation with no response (NEEDS-ACTION)",
        "Lunch & learn: AI in warehousing",
        local(d(2026, 10, 29), "12:30", TZ),
    )
    b.one_off("Prep: Acme renewal negotiation", local(d(2026, 10, 25), "16:00", TZ), 120, E)
    b.note(
        "Sunday work on the EU DST change day (25-hour day)",
        "Prep: Acme renewal negotiation",
        local(d(2026, 10, 25), "16:00", TZ),
    )
