"""The shipped rhythm recognisers (classifiers/rhythms.toml), one case per recogniser and
language, and the conditions a config rhythm adds: :func:`match` over stored rows."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from timeaudit.audit.rhythm_pack import configured, default_rhythm_pack, match
from timeaudit.config.types import RhythmConfig
from timeaudit.model import Attendee, Event, Response
from timeaudit.store.frames import events_to_frame

OWNER = "lea@example.com"
BERLIN = ZoneInfo("Europe/Berlin")
TEAM = ("bo@example.com", "cy@example.com", "dee@example.com")


def event(
    title: str, people: tuple[str, ...] = TEAM, series: bool = True, description: str = ""
) -> Event:
    start = datetime(2026, 10, 5, 10, tzinfo=BERLIN)
    return Event(
        source="test",
        owner=OWNER,
        uid=f"{title}@test",
        recurrence_id="20261005T080000Z" if series else "",
        series_id=f"{title}@test" if series else "",
        start=start,
        end=start + timedelta(hours=1),
        tz="Europe/Berlin",
        title=title,
        description=description,
        organizer=OWNER,
        attendees=tuple(Attendee(p, "", Response.ACCEPTED) for p in (OWNER, *people)),
        response=Response.ORGANIZER,
    )


def claimed(*events: Event, rhythms: tuple[RhythmConfig, ...] = ()) -> list[str]:
    recognisers = (*configured(rhythms), *default_rhythm_pack().recognisers)
    return list(match(events_to_frame(events), recognisers))


@pytest.mark.parametrize(
    ("title", "rhythm"),
    [
        ("Leadership team weekly", "leadership-team"),
        ("Führungskreis", "leadership-team"),
        ("CODIR hebdo", "leadership-team"),
        ("Comité de dirección", "leadership-team"),
        ("Daily stand-up", "team-weekly"),
        ("Jour fixe Plattform", "team-weekly"),
        ("Réunion d'équipe", "team-weekly"),
        ("Reunión semanal", "team-weekly"),
        ("Roadmap review", "roadmap-review"),
        ("Roadmap-Abgleich", "roadmap-review"),
        ("Revue de roadmap", "roadmap-review"),
        ("Revisión de ejecución", "roadmap-review"),
        ("QBR Q3", "quarterly-business-review"),
        ("Quartalsreview Vertrieb", "quarterly-business-review"),
        ("Revue trimestrielle", "quarterly-business-review"),
        ("Revisión trimestral", "quarterly-business-review"),
        ("OKR planning Q1", "okr-planning"),
        ("Quartalsplanung", "okr-planning"),
        ("Planification trimestrielle", "okr-planning"),
        ("Objetivos trimestrales", "okr-planning"),
        ("Sprint retro", "retrospective"),
        ("Retrospektive", "retrospective"),
        ("Rétrospective", "retrospective"),
        ("Retrospectiva", "retrospective"),
        ("Board meeting", "board"),
        ("Aufsichtsratssitzung", "board"),
        ("Conseil d'administration", "board"),
        ("Consejo de administración", "board"),
    ],
)
def test_each_recogniser_in_each_language(title: str, rhythm: str) -> None:
    assert claimed(event(title)) == [rhythm]


@pytest.mark.parametrize(
    ("case", "e"),
    [
        ("a leadership offsite is no weekly meeting", event("Leadership team offsite")),
        ("board prep is not the board", event("Board meeting prep")),
        ("a stand-up of two is a 1:1", event("Daily stand-up", people=("bo@example.com",))),
        ("a one-off team meeting is no rhythm", event("Team meeting", series=False)),
        ("a lunch is nothing", event("Team lunch")),
        (
            "a customer's QBR is a customer meeting",
            event("Acme QBR", people=(*TEAM[:2], "jo@acme.example")),
        ),
        ("a weekly business review is no quarterly one", event("Business review", series=False)),
    ],
)
def test_what_no_recogniser_claims(case: str, e: Event) -> None:
    assert claimed(e) == [""], case


def test_the_description_counts_too_and_the_first_recogniser_wins() -> None:
    assert claimed(event("Weekly", description="The leadership team's weekly")) == [
        "leadership-team"
    ]
    assert claimed(event("QBR and roadmap review")) == ["quarterly-business-review"]


def test_a_config_rhythm_reads_the_title_only_and_needs_every_condition() -> None:
    mine = (RhythmConfig("Ops", "weekly", title="ops", attendees=("bo@example.com",)),)
    found = claimed(
        event("Ops sync"),
        event("Ops sync", people=("cy@example.com", "dee@example.com", "eve@example.com")),
        event("Weekly", description="ops"),
        rhythms=mine,
    )
    assert found == ["config:Ops", "", "team-weekly"]
