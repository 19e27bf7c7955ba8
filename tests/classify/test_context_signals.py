"""The context that decides who is really in a meeting, which way a two-person meeting
runs and whether a series is a crisis cadence; and the calibration of confidences."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd
import pytest

from timeaudit.classify.calibration import Calibration, Curve, fit_curve, parse, to_toml
from timeaudit.classify.context import GROUP, PERSON, ROOM, PersonContext, add_context, address_kind
from timeaudit.model import Attendee, Event, Response
from timeaudit.store.frames import events_to_frame

OWNER = "ana@acme.com"
BOSS = "max@acme.com"
REPORT = "bo@acme.com"
PEOPLE = {OWNER: PersonContext(OWNER, "Europe/Berlin", "manager", reports=(REPORT,), manager=BOSS)}
START = datetime(2026, 10, 5, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))


@pytest.mark.parametrize(
    ("email", "name", "group", "kind"),
    [
        ("team@acme.com", "", False, GROUP),
        ("eng-leads@acme.com", "", False, GROUP),
        ("x123@acme.com", "Platform Team", False, GROUP),
        ("sales-dach@acme.com", "Sales DACH", False, GROUP),
        ("anything@acme.com", "Anyone", True, GROUP),  # CUTYPE=GROUP said so
        ("ops@acme.com", "Joao Pereira", False, PERSON),  # a person reads the role address
        ("eventos@fintech.example", "Colombia Fintech", False, GROUP),  # an event's mailbox
        ("info@mai.example", "Maison des associations", False, GROUP),
        ("akademie@acme.com", "Kronwitter Akademie", False, GROUP),
        ("deans-eng@iua.example", "IUA Engineering Deans", False, GROUP),
        ("squad-pay@acme.com", "Squad Payments Reliability", False, GROUP),
        ("ana.sala@acme.com", "Ana Sala", False, PERSON),
        ("confrm412@acme.com", "Conf Rm 4.12 (8)", False, ROOM),
        ("c_1@resource.calendar.google.com", "Room A", False, ROOM),
        ("raum.berlin@acme.com", "Raum Berlin", False, ROOM),
    ],
)
def test_address_kinds(email: str, name: str, group: bool, kind: str) -> None:
    assert address_kind(email, name, group) == kind


def _event(
    uid: str, attendees: tuple[Attendee, ...], *, organizer: str = OWNER, **kw: object
) -> Event:
    start = kw.pop("start", START)
    assert isinstance(start, datetime)
    return Event(
        source="s",
        owner=OWNER,
        uid=uid,
        start=start,
        end=start + timedelta(minutes=30),
        organizer=organizer,
        attendees=(Attendee(OWNER, "Ana", Response.ACCEPTED), *attendees),
        **kw,  # type: ignore[arg-type]
    )


def _context(events: list[Event]) -> pd.DataFrame:
    return add_context(events_to_frame(events), PEOPLE).set_index("uid")


def test_a_team_list_makes_a_group_meeting_and_a_room_is_nobody() -> None:
    frame = _context(
        [
            _event("standup", (Attendee("platform-team@acme.com", "Platform Team"),)),
            _event("pair", (Attendee(REPORT, "Bo"), Attendee("rm1@acme.com", "Conf Rm 1 (6)"))),
        ]
    )
    assert frame.loc["standup", "n_groups"] == 1
    assert frame.loc["standup", "n_attendees"] == 4 and not frame.loc["standup", "one_to_one"]
    assert frame.loc["pair", "n_attendees"] == 2 and frame.loc["pair", "one_to_one"]


def test_the_owners_manager_is_known_in_a_pair_meeting() -> None:
    frame = _context(
        [
            _event("up", (Attendee(BOSS, "Max"),), organizer=BOSS),
            _event("down", (Attendee(REPORT, "Bo"),)),
        ]
    )
    assert frame.loc["up", "with_manager"] and not frame.loc["up", "with_report"]
    assert not frame.loc["down", "with_manager"] and frame.loc["down", "with_report"]


def test_a_series_carries_its_first_booking_and_span_to_every_occurrence() -> None:
    created = START - timedelta(hours=2)
    crisis = [
        _event(
            "war",
            (),
            start=START + timedelta(days=d),
            series_id="war",
            recurrence_id=f"r{d}",
            created=created,
        )
        for d in range(5)
    ]
    frame = add_context(events_to_frame(crisis), PEOPLE)
    assert list(frame["series_lead_hours"]) == [2.0] * 5
    assert list(frame["series_days"]) == [4.0] * 5
    assert frame["lead_hours"].iloc[-1] == 4 * 24 + 2  # the occurrence's own lead time


def test_calibration_maps_each_source_and_leaves_corrections_alone() -> None:
    calibration = Calibration({"rule": Curve((0.0, 0.8, 1.0), (0.5, 0.6, 0.9))})
    tags = pd.DataFrame(
        {"confidence": [0.8, 0.9, 1.0, 0.8], "decided_by": ["rule", "rule", "correction", "model"]}
    )
    assert list(calibration.apply(tags).round(3)) == [0.6, 0.75, 1.0, 0.8]
    assert parse(to_toml(calibration)).curves == calibration.curves


def test_a_fitted_curve_is_monotone_and_matches_the_hit_rate() -> None:
    rng = np.random.default_rng(1)
    raw = rng.uniform(0.5, 1.0, 4000)
    right = rng.uniform(0, 1, 4000) < raw - 0.2  # overconfident by 0.2
    curve = fit_curve(raw, right)
    assert list(curve.calibrated) == sorted(curve.calibrated)
    assert curve(np.array([0.9]))[0] == pytest.approx(0.7, abs=0.05)


def test_the_readme_states_the_precedence_the_code_uses() -> None:
    from pathlib import Path

    from timeaudit.classify.classifier import HIGH_PRECISION

    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert f"raw confidence {HIGH_PRECISION:g} or more" in readme
    assert f"weaker rule (under {HIGH_PRECISION:g})" in readme


@pytest.mark.parametrize(
    ("title", "people"),
    [("Class reps forum – Science & Engineering", 4), ("Réception – Représentation", 4),
     ("Council study session – 6-year TIP", 4), ("Sync w/ Bo", 2),
     ("1:1 – conference follow-up", 2)],
)  # fmt: skip
def test_two_listed_at_a_gathering_are_a_group(title: str, people: int) -> None:
    # a forum or a reception invites each guest alone: the organiser and you are listed
    ev = _event("g", (Attendee(BOSS, response=Response.ACCEPTED),), organizer=BOSS, title=title)
    frame = add_context(events_to_frame([ev]), PEOPLE)
    assert frame["n_attendees"].iloc[0] == people
