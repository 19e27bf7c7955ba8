"""Marcus's incidents and their postmortems: the DST-change incidents, the October run
(the payments outage, Acme's Reno DC, Orbitpay, the EU outage) and a few earlier ones."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from .builder import Builder
from .cast import (
    CLAIRE,
    ENGINEERS,
    HANNAH,
    HELENA,
    JONAS,
    KWAME,
    LAURA,
    LUCY,
    MARCUS,
    NEW_YORK,
    ORGS,
    OWEN,
    PRIYA,
    RACHEL,
    SOFIA,
    TOM,
    UID_EU_OUTAGE,
    UID_EXEC_UPDATE,
    UID_PAYMENTS_POSTMORTEM,
    C,
    E,
    F,
    Person,
    local,
)

TZ = NEW_YORK
d = date  # short: the calls below name many dates
SRE = ENGINEERS[5:7]
ACME = ORGS["acme"].people
KESTREL = ORGS["kestrel"].people
ORBITPAY = ORGS["orbitpay"].people


def _incident(
    b: Builder,
    title: str,
    start: datetime,
    end: datetime | int,
    who: Sequence[Person],
    organizer: Person = KWAME,
    lead: str = "urgent",
    **kw: Any,
) -> None:
    """An incident call (firefighting) on a bridge, booked at short notice."""
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


def dst_incidents(b: Builder) -> None:
    """Incidents across the DST changes and the September/October boundary."""
    _incident(
        b,
        "INC-4003 checkout latency – bridge",
        local(d(2025, 11, 2), "00:45", TZ),
        local(d(2025, 11, 2), "02:30", TZ),
        (*SRE,),
        organizer=ENGINEERS[5],
    )
    b.note(
        "incident across the US DST fall-back (2025-11-02, 25-hour day)",
        "INC-4003 checkout latency – bridge",
        local(d(2025, 11, 2), "00:45", TZ),
    )
    b.one_off(
        "Postmortem: INC-4003 checkout latency",
        local(d(2025, 11, 5), "11:00", TZ),
        60,
        C,
        organizer=KWAME,
        attendees=(KWAME, *SRE, PRIYA),
    )
    _incident(
        b,
        "SEV2: warehouse API errors – bridge",
        local(d(2026, 3, 8), "01:30", TZ),
        local(d(2026, 3, 8), "03:30", TZ),
        (*SRE, PRIYA),
        organizer=ENGINEERS[6],
    )
    b.note(
        "incident across the US DST spring-forward (2026-03-08, 23-hour day)",
        "SEV2: warehouse API errors – bridge",
        local(d(2026, 3, 8), "01:30", TZ),
    )
    _incident(
        b,
        "Incident bridge: INC-4402 scanner fleet offline",
        local(d(2026, 9, 30), "23:00", TZ),
        local(d(2026, 10, 1), "01:30", TZ),
        (*SRE, OWEN),
    )
    b.note(
        "incident crossing the month boundary (Sep 30 -> Oct 1)",
        "Incident bridge: INC-4402 scanner fleet offline",
        local(d(2026, 9, 30), "23:00", TZ),
    )


def first_october_week(b: Builder) -> None:
    """The first October week: INC-4402 follow-up, INC-4415 and the SEV1 payments outage."""
    _incident(
        b,
        "INC-4402 follow-up with Acme",
        local(d(2026, 10, 1), "08:30", TZ),
        45,
        (ACME[1], OWEN),
        organizer=MARCUS,
    )
    _incident(
        b,
        "Incident bridge: INC-4415 order sync delays",
        local(d(2026, 10, 5), "19:30", TZ),
        local(d(2026, 10, 5), "21:00", TZ),
        (*SRE, PRIYA),
    )
    b.note(
        "late-evening incident call booked an hour ahead",
        "Incident bridge: INC-4415 order sync delays",
        local(d(2026, 10, 5), "19:30", TZ),
    )
    _incident(
        b,
        "SEV1: payments outage",
        local(d(2026, 10, 6), "10:15", TZ),
        local(d(2026, 10, 6), "13:00", TZ),
        (*SRE, PRIYA, RACHEL, ORBITPAY[0]),
        created=datetime(2026, 10, 6, 13, 41, 7, tzinfo=UTC),
    )
    b.note(
        "SEV1 incident, double-booked over 'Eng staff meeting' 11:00",
        "SEV1: payments outage",
        local(d(2026, 10, 6), "10:15", TZ),
    )


def payments_recovery(b: Builder) -> None:
    """After the payments outage: exec update, war room, customer comms, a Kestrel SEV2 and
    the postmortem."""
    _incident(
        b,
        "SEV1 payments outage – exec update",
        local(d(2026, 10, 6), "12:30", TZ),
        30,
        (KWAME, HELENA, TOM, CLAIRE),
        organizer=MARCUS,
        uid=UID_EXEC_UPDATE,
        created=datetime(2026, 10, 6, 16, 5, 12, tzinfo=UTC),
    )
    _incident(
        b,
        "War room: payments recovery",
        local(d(2026, 10, 6), "17:30", TZ),
        90,
        (*SRE, PRIYA, ORBITPAY[0], ORBITPAY[1]),
        location="12F – Hudson",
    )
    _incident(
        b,
        "Payments outage: customer comms",
        local(d(2026, 10, 7), "08:00", TZ),
        60,
        (CLAIRE, LUCY, RACHEL),
        organizer=MARCUS,
    )
    _incident(
        b,
        "SEV2: label printing failures at Kestrel DCs",
        local(d(2026, 10, 8), "20:00", TZ),
        90,
        (*SRE, KESTREL[0]),
    )
    b.one_off(
        "Postmortem: SEV1 payments outage (INC-4418)",
        local(d(2026, 10, 9), "10:00", TZ),
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
        local(d(2026, 10, 9), "10:00", TZ),
    )


def reno_and_orbitpay(b: Builder) -> None:
    """Acme's Reno DC robots and the Orbitpay webhook failures, with their postmortems."""
    _incident(
        b,
        "Escalation: Acme Logistics – robots idle at Reno DC",
        local(d(2026, 10, 13), "09:00", TZ),
        60,
        (ACME[0], ACME[1], OWEN, CLAIRE),
        organizer=CLAIRE,
    )
    _incident(
        b,
        "War room: warehouse robots offline at Acme Reno DC",
        local(d(2026, 10, 14), "19:00", TZ),
        local(d(2026, 10, 14), "22:00", TZ),
        (OWEN, *ENGINEERS[:3], *SRE, ACME[1]),
        organizer=OWEN,
        location="Zoom bridge / 12F – Hudson",
    )
    _incident(
        b,
        "Acme Reno DC – status bridge",
        local(d(2026, 10, 15), "07:30", TZ),
        60,
        (OWEN, ACME[1]),
        organizer=OWEN,
    )
    b.one_off(
        "Blameless postmortem – INC-4441 Reno robots",
        local(d(2026, 10, 16), "11:00", TZ),
        60,
        C,
        organizer=OWEN,
        attendees=(OWEN, *ENGINEERS[:3], KWAME),
    )
    _incident(
        b,
        "SEV2: Orbitpay webhook failures",
        local(d(2026, 10, 21), "21:00", TZ),
        local(d(2026, 10, 21), "22:30", TZ),
        (*SRE, ORBITPAY[0]),
    )
    _incident(
        b,
        "Urgent: Orbitpay – contract escalation",
        local(d(2026, 10, 22), "13:00", TZ),
        60,
        (ORBITPAY[1], TOM, HANNAH),
        organizer=MARCUS,
    )
    b.one_off(
        "Postmortem: INC-4462 Orbitpay webhooks",
        local(d(2026, 10, 23), "14:00", TZ),
        60,
        C,
        organizer=KWAME,
        attendees=(KWAME, *SRE, PRIYA),
    )


def month_end(b: Builder) -> None:
    """The EU outage, the reliability plan and the SEV1 across the period end."""
    r = b.leader.reports
    _incident(
        b,
        "SEV1: EU region API outage – bridge",
        local(d(2026, 10, 27), "06:30", TZ),
        local(d(2026, 10, 27), "08:00", TZ),
        (*SRE, SOFIA, JONAS),
        uid=UID_EU_OUTAGE,
    )
    b.note(
        "in the US/EU DST gap week: 06:30 New York = 11:30 Berlin",
        "SEV1: EU region API outage – bridge",
        local(d(2026, 10, 27), "06:30", TZ),
    )
    b.one_off(
        "Postmortem: EU API outage (INC-4480)",
        local(d(2026, 10, 29), "10:00", TZ),
        60,
        C,
        organizer=KWAME,
        attendees=(KWAME, *SRE, SOFIA),
    )
    b.one_off(
        "Reliability plan: what we change after October",
        local(d(2026, 10, 30), "13:30", TZ),
        90,
        C,
        attendees=(*r, RACHEL),
        description="Patterns across INC-4415..4480; on-call load; investment asks.",
    )
    _incident(
        b,
        "SEV1: Reno DC robots offline (INC-4492)",
        local(d(2026, 10, 31), "22:00", TZ),
        local(d(2026, 11, 1), "03:00", TZ),
        (OWEN, *SRE, ACME[1]),
        organizer=OWEN,
    )
    b.note(
        "incident crossing the period end and the US DST fall-back (2026-11-01)",
        "SEV1: Reno DC robots offline (INC-4492)",
        local(d(2026, 10, 31), "22:00", TZ),
    )


def earlier_incidents(b: Builder) -> None:
    """Earlier incidents and their postmortems (a healthy year has a few)."""
    _incident(
        b,
        "SEV2: scanner firmware rollout failing",
        local(d(2026, 1, 27), "15:00", TZ),
        90,
        (*SRE, OWEN),
    )
    b.one_off(
        "Postmortem: scanner firmware rollout",
        local(d(2026, 1, 29), "11:00", TZ),
        60,
        C,
        organizer=OWEN,
        attendees=(OWEN, *SRE, LAURA),
    )
    _incident(b, "SEV1: order API down", local(d(2026, 6, 9), "20:15", TZ), 105, (*SRE, PRIYA))
    b.one_off(
        "Postmortem: order API down (INC-4262)",
        local(d(2026, 6, 11), "15:00", TZ),
        60,
        C,
        organizer=KWAME,
        attendees=(KWAME, *SRE, PRIYA),
    )
    b.one_off(
        "Sync w/ Priya",
        local(d(2026, 6, 12), "11:00", TZ),
        45,
        E,
        organizer=PRIYA,
        attendees=(PRIYA, OWEN, ENGINEERS[1], RACHEL),
        description="Atlas: migration plan for the order API, dates and owners.",
    )
