"""Jonas's one-off meetings: maintenance windows, incidents, the team offsite, trips to
Hamburg and personal appointments; in call order (the random draws depend on it)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from .builder import Builder
from .cast import (
    ANNIKA,
    AYLIN,
    BERLIN,
    ENGINEERS,
    FELIX,
    JULIA,
    KATRIN,
    KWAME,
    LENA,
    MARCUS,
    MEHMET,
    NEW_YORK,
    ORGS,
    PATRICK,
    RAUM_SPREE,
    SARA,
    SOFIA,
    STEFAN,
    TOBIAS,
    UID_EU_OUTAGE,
    C,
    E,
    F,
    O,
    S,
    local,
    person,
)

TZ = BERLIN
d = date  # short: the calls below name many dates


def add_meetings(b: Builder) -> None:
    _maintenance_windows(b)
    _incidents(b)
    _planning_and_offsite(b)
    _calendar_cases(b)
    _personal(b)
    _hamburg_trips(b)
    _staff_meetings(b)
    _planning_drift(b)


def _maintenance_windows(b: Builder) -> None:
    """Planned work across the DST changes and the September/October boundary."""
    b.one_off(
        "Wartungsfenster: Datenbank-Migration WMS",
        local(d(2026, 3, 29), "01:00", TZ),
        local(d(2026, 3, 29), "04:00", TZ),
        E,
        attendees=(TOBIAS, MEHMET),
        description="Geplantes Wartungsfenster. Runbook im Wiki, Rollback ab 03:30.",
    )
    b.note(
        "planned work across the EU DST spring-forward (2026-03-29: 3 h on the clock, 2 h real)",
        "Wartungsfenster: Datenbank-Migration WMS",
        local(d(2026, 3, 29), "01:00", TZ),
    )
    b.one_off(
        "Wartungsfenster: WMS 4.3 Upgrade",
        local(d(2026, 10, 25), "01:30", TZ),
        local(d(2026, 10, 25), "04:00", TZ),
        E,
        attendees=(SARA, FELIX),
        description="Upgrade auf 4.3. Achtung Zeitumstellung: 02:00-03:00 gibt es zweimal.",
    )
    b.note(
        "planned work across the EU DST fall-back (2026-10-25: 2.5 h on the clock, 3.5 h real)",
        "Wartungsfenster: WMS 4.3 Upgrade",
        local(d(2026, 10, 25), "01:30", TZ),
    )
    b.one_off(
        "Go-live support: Picking v2 night cutover",
        local(d(2026, 9, 30), "23:00", TZ),
        local(d(2026, 10, 1), "01:30", TZ),
        E,
        attendees=(LENA, AYLIN, STEFAN),
        location="Meet",
    )
    b.note(
        "crosses the month boundary (Sep 30 -> Oct 1)",
        "Go-live support: Picking v2 night cutover",
        local(d(2026, 9, 30), "23:00", TZ),
    )


def _incidents(b: Builder) -> None:
    """The Hamburg incident and its postmortem, and the EU outage bridge."""
    b.one_off(
        "Incident: Pick-list-Service down (Lager Hamburg)",
        local(d(2026, 6, 17), "10:20", TZ),
        local(d(2026, 6, 17), "12:00", TZ),
        F,
        lead="urgent",
        organizer=STEFAN,
        attendees=(STEFAN, TOBIAS, MEHMET),
    )
    b.one_off(
        "Postmortem: Pick-list-Service Ausfall 17.06.",
        local(d(2026, 6, 19), "10:30", TZ),
        60,
        C,
        attendees=(TOBIAS, MEHMET, STEFAN, ANNIKA),
        description="Blameless: Timeline, Root Cause, was ändern wir, damit es nicht wieder "
        "passiert? Action Items mit Owner.",
    )
    b.note(
        "trap: postmortem after an incident",
        "Postmortem: Pick-list-Service Ausfall 17.06.",
        local(d(2026, 6, 19), "10:30", TZ),
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


def _planning_and_offsite(b: Builder) -> None:
    """'Strategic planning' that is execution, the genuine team offsite, a 'Sync' that is
    not the 1:1."""
    r = b.leader.reports
    b.one_off(
        "Strategic planning 2027 – WMS team",
        local(d(2026, 10, 15), "14:30", TZ),
        150,
        E,
        attendees=(*r, JULIA),
        rooms=(RAUM_SPREE,),
        location="Raum Spree",
        description="Agenda:\n1. Owner für jedes Epic 2027\n2. Deadlines pro Quartal\n"
        "3. KPIs: Pick-Rate, Fehlerquote, Lead Time\n4. Kapazität pro Sprint\n5. Nächste "
        "Schritte",
    )
    b.note(
        "trap: 'strategic planning' that is execution (owners, deadlines, KPIs)",
        "Strategic planning 2027 – WMS team",
        local(d(2026, 10, 15), "14:30", TZ),
    )
    b.one_off(
        "Team offsite: where should WMS go in 2027?",
        local(d(2026, 5, 20), "09:30", TZ),
        local(d(2026, 5, 20), "16:30", TZ),
        S,
        attendees=(*r, JULIA, SOFIA),
        location="Spreespeicher, Berlin",
        description="Decide our direction: build our own slotting engine or buy; which "
        "warehouse types we support next (cold chain?); what we stop maintaining.",
    )
    b.note(
        "trap: genuine strategy offsite (where to play)",
        "Team offsite: where should WMS go in 2027?",
        local(d(2026, 5, 20), "09:30", TZ),
    )
    b.nofill.add(d(2026, 5, 20))
    b.one_off(
        "Sync w/ Lena",
        local(d(2026, 10, 21), "10:30", TZ),
        60,
        E,
        organizer=LENA,
        attendees=(LENA, AYLIN, STEFAN, JULIA),
        description="Picking v2 rollout Hamburg: offene Punkte, Owner, Termine.",
    )
    b.note(
        "trap: 'Sync w/ Lena' with five people and a project (vs the weekly 1:1)",
        "Sync w/ Lena",
        local(d(2026, 10, 21), "10:30", TZ),
    )


def _calendar_cases(b: Builder) -> None:
    """A double-booked interview, a declined pitch, a cancelled lunch & learn, a transparent
    hold."""
    r = b.leader.reports
    b.one_off(
        "Interview: Senior Backend Engineer (Runde 2)",
        local(d(2026, 10, 14), "14:30", TZ),
        60,
        C,
        organizer=KATRIN,
        attendees=(KATRIN, person("Kai Brandt", "mail.example")),
    )
    b.note(
        "double-booked (overlaps 'Backlog Refinement' 14:00-15:00)",
        "Interview: Senior Backend Engineer (Runde 2)",
        local(d(2026, 10, 14), "14:30", TZ),
    )
    b.one_off(
        "Vendor pitch: Brightparts label printers",
        local(d(2026, 10, 20), "15:00", TZ),
        45,
        E,
        organizer=ORGS["brightparts"].people[1],
        attendees=(ORGS["brightparts"].people[1],),
        owner_partstat="DECLINED",
    )
    b.note(
        "declined invitation",
        "Vendor pitch: Brightparts label printers",
        local(d(2026, 10, 20), "15:00", TZ),
    )
    b.one_off(
        "Lunch & Learn: Kafka basics",
        local(d(2026, 10, 9), "12:00", TZ),
        60,
        C,
        organizer=PATRICK,
        attendees=(PATRICK, *r[:3]),
        cancelled=True,
    )
    b.note(
        "cancelled one-off (STATUS:CANCELLED)",
        "Lunch & Learn: Kafka basics",
        local(d(2026, 10, 9), "12:00", TZ),
    )
    b.one_off(  # a hold that names its work is that work (only opaque holds are other)
        "Hold: Sprint-Demo vorbereiten",
        local(d(2026, 10, 16), "11:00", TZ),
        60,
        E,
        transparent=True,
    )
    b.note(
        "TRANSP:TRANSPARENT hold",
        "Hold: Sprint-Demo vorbereiten",
        local(d(2026, 10, 16), "11:00", TZ),
    )


def _personal(b: Builder) -> None:
    """Private, floating and UTC-stamped events."""
    b.one_off("Arzttermin Dr. Schulz", local(d(2026, 10, 13), "08:00", TZ), 60, O, private=True)
    b.note(
        "CLASS:PRIVATE personal appointment (title must be redacted)",
        "Arzttermin Dr. Schulz",
        local(d(2026, 10, 13), "08:00", TZ),
    )
    b.one_off("Elternabend", local(d(2026, 9, 15), "19:00", TZ), 90, O, private=True)
    b.one_off("Kita abholen", datetime(2026, 3, 4, 16, 30), datetime(2026, 3, 4, 17, 0), O)
    b.note("floating time (no TZID)", "Kita abholen", datetime(2026, 3, 4, 16, 30, tzinfo=TZ))
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


def _hamburg_trips(b: Builder) -> None:
    """Four day trips to the Hamburg warehouse by train."""
    for day in (d(2025, 11, 19), d(2026, 3, 11), d(2026, 6, 24), d(2026, 9, 23)):
        b.one_off("Zug nach Hamburg (ICE)", local(day, "06:48", TZ), local(day, "08:45", TZ), O)
        b.one_off(
            "Vor-Ort-Termin Lager Hamburg",
            local(day, "09:30", TZ),
            local(day, "15:30", TZ),
            E,
            organizer=STEFAN,
            attendees=(STEFAN, LENA),
        )
        b.one_off("Zug zurück nach Berlin", local(day, "16:06", TZ), local(day, "18:00", TZ), O)
        b.nofill.add(day)
    b.note("travel blocks", "Zug nach Hamburg (ICE)", local(d(2026, 3, 11), "06:48", TZ))


def _staff_meetings(b: Builder) -> None:
    """The works meeting and the annual reviews with each direct report."""
    r = b.leader.reports
    b.one_off(
        "Betriebsversammlung",
        local(d(2026, 4, 28), "10:00", TZ),
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
            local(day, "17:00", TZ),
            60,
            C,
            attendees=(report,),
            rooms=(RAUM_SPREE,),
        )


def _planning_drift(b: Builder) -> None:
    """Planning creeps in from June and takes over in September and October: a weekly
    roadmap planning from June, then a weekly capacity and budget planning, Monday prep
    blocks for the 2027 plan and half-day planning workshops, so the planning lens sees
    planning above the manager's band (5-20%) two months running and the doing starve:
    over-planning with a drift warning, where the split alone says execution. Every one is
    execution planning (owners, dates, budgets), labelled execution."""
    r = b.leader.reports
    b.recurring(
        "Roadmap planning: WMS 2027",
        local(d(2026, 6, 2), "15:00", TZ),
        60,
        E,
        byday=["TU"],
        until=d(2026, 10, 31),
        attendees=(*r[:3], JULIA),
        description="Epics, owners and target quarters for 2027; dependencies; risks.",
    )
    b.note(
        "planning lens: weekly roadmap planning from June (planning creeps in)",
        "Roadmap planning: WMS 2027",
        local(d(2026, 6, 2), "15:00", TZ),
    )
    b.recurring(
        "Capacity & budget planning 2027",
        local(d(2026, 9, 3), "13:00", TZ),
        120,
        E,
        byday=["TH"],
        until=d(2026, 10, 31),
        attendees=(JULIA, KATRIN, *r[:2]),
        description="Headcount, contractors and tooling budget per quarter 2027.",
    )
    b.recurring(
        "Prep: planning 2027 – write-up",
        local(d(2026, 9, 14), "09:00", TZ),
        120,
        E,
        byday=["MO"],
        until=d(2026, 10, 31),
        description="Draft the 2027 plan document: milestones, owners, budget lines.",
    )
    for day in (d(2026, 9, 24), d(2026, 10, 7), d(2026, 10, 21)):
        b.one_off(
            "Planning workshop 2027: OKRs and milestones",
            local(day, "09:00", TZ),
            local(day, "13:00", TZ),
            E,
            attendees=(*r, JULIA),
            rooms=(RAUM_SPREE,),
            location="Raum Spree",
            description="Set the 2027 OKRs, milestones per quarter, owners and dates.",
        )
    b.one_off(
        "Re-planning: Q4 priorities after the budget round",
        local(d(2026, 10, 13), "14:00", TZ),
        120,
        E,
        attendees=(*r[:3], JULIA),
        description="Which Q4 items move to 2027; new dates and owners.",
    )
    b.note(
        "planning lens: planning above the band in September and October (drift warning, "
        "over-planning)",
        "Planning workshop 2027: OKRs and milestones",
        local(d(2026, 10, 7), "09:00", TZ),
    )
