"""1:1 coverage per direct report (issue 15): one small in-test calendar per case, through
the stored frame, the counting rules, :func:`held` and :func:`coverage`, as the audit runs
them. October 2026 in Berlin is the period; the audit has read back to 1 August."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from timeaudit.audit.allocate import counting, days_off
from timeaudit.audit.one_on_ones import (
    AMBER,
    GREEN,
    RED,
    SKIP_LEVEL,
    UPWARD,
    Circle,
    OneOnOneRow,
    OneOnOnes,
    Span,
    circle,
    circles,
    coverage,
    direct_reports,
    held,
)
from timeaudit.config.types import OneOnOneExpectation, Person
from timeaudit.model import Attendee, Busy, Event, Kind, Response, Status
from timeaudit.store.frames import events_to_frame

OWNER = "lea@example.com"
TZ = "Europe/Berlin"
BERLIN = ZoneInfo(TZ)
BO, CY = "bo@example.com", "cy@example.com"  # direct reports
DEE = "dee@example.com"  # Bo's report: a skip-level for Lea
MAX = "max@example.com"  # Lea's manager
ROOM = "room-3@resources.example.com"
OCTOBER = Span(date(2026, 10, 1), date(2026, 11, 1), history=date(2026, 8, 1))
WHO = Circle(reports=(BO, CY), skip_level=(DEE,), upward=(MAX,), names={BO: "Bo Berg"})
_uids = iter(range(10**6))


def one_on_one(
    day: date,
    other: str = BO,
    *,
    more: Sequence[Attendee] = (),
    response: Response = Response.ORGANIZER,
    status: Status = Status.CONFIRMED,
    busy: Busy = Busy.BUSY,
    organizer: str = OWNER,
    hours: float = 0.5,
    series: str = "",
    private: bool = False,
    title: str = "1:1",
    answer: Response = Response.ACCEPTED,
) -> Event:
    start = datetime(day.year, day.month, day.day, 10, tzinfo=BERLIN)
    return Event(
        source="test",
        owner=OWNER,
        uid=series or f"e{next(_uids)}",
        recurrence_id=start.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ") if series else "",
        series_id=series,
        start=start,
        end=start + timedelta(hours=hours),
        tz=TZ,
        title=title,
        organizer=organizer,
        attendees=(Attendee(OWNER, "Lea", response), Attendee(other, "", answer), *more),
        response=response,
        busy=busy,
        status=status,
        private=private,
    )


def away(first: date, last: date) -> Event:
    """An all-day out-of-office from ``first`` to ``last``, both included."""
    return Event(
        source="test",
        owner=OWNER,
        uid=f"ooo{next(_uids)}",
        start=datetime(first.year, first.month, first.day, tzinfo=BERLIN),
        end=datetime(last.year, last.month, last.day, tzinfo=BERLIN) + timedelta(days=1),
        tz=TZ,
        all_day=True,
        title="Out of office",
        busy=Busy.OUT_OF_OFFICE,
        kind=Kind.OUT_OF_OFFICE,
    )


def table(
    *events: Event,
    who: Circle = WHO,
    span: Span = OCTOBER,
    expectation: OneOnOneExpectation | None = None,
) -> OneOnOnes:
    frame = events_to_frame(events)
    frame = frame.join(counting(frame))
    days = days_off(frame).get(OWNER, frozenset())
    expected = expectation or OneOnOneExpectation()
    return coverage(held(frame), OWNER, TZ, who, expected, span, days)


def row(found: OneOnOnes, email: str = BO) -> OneOnOneRow:
    return next(r for r in found.reports if r.email == email)


def october(*days: int) -> list[date]:
    return [date(2026, 10, d) for d in days]


# -- held, last, gap and status ----------------------------------------------------------
def test_weekly_one_on_ones_are_green_and_say_why() -> None:
    bo = row(table(*(one_on_one(d) for d in october(1, 8, 15, 22, 29))))
    assert (bo.held, bo.last, bo.longest_gap, bo.status) == (5, date(2026, 10, 29), 7, GREEN)
    assert bo.name == "Bo Berg"
    assert bo.reason == (
        "5 held, last 29 Oct, longest gap 7 days (green: at least 2 a month, no gap over 3 weeks)"
    )


def test_a_series_counts_each_held_occurrence_like_one_offs() -> None:
    series = table(*(one_on_one(d, series="weekly-bo") for d in october(1, 8, 15, 22, 29)))
    one_offs = table(*(one_on_one(d) for d in october(1, 8, 15, 22, 29)))
    assert series == one_offs


def test_a_lapsed_report_is_red_with_the_last_one_before_the_period() -> None:
    bo = row(table(one_on_one(date(2026, 9, 3)), one_on_one(date(2026, 9, 17))))
    assert (bo.held, bo.last, bo.longest_gap, bo.status) == (0, date(2026, 9, 17), 45, RED)
    assert bo.reason == (
        "no 1:1 in the period, last 17 Sep: 45 days without one "
        "(red: more than 5 weeks without one)"
    )


def test_a_report_never_met_is_named_red() -> None:
    found = table(one_on_one(date(2026, 10, 5)))
    cy = row(found, CY)
    assert (cy.held, cy.last, cy.longest_gap, cy.status) == (0, None, 31, RED)
    assert cy.name == CY  # no name known: the address
    assert cy.reason == (
        "no 1:1 in the period, none since 1 Aug: 31 days without one (red: none in the period)"
    )
    assert found.counts == {GREEN: 0, AMBER: 1, RED: 1}  # Bo: one 1:1, then 27 days: amber


def test_the_last_one_before_the_period_starts_the_first_gap() -> None:
    bo = row(table(*(one_on_one(d) for d in [date(2026, 9, 24), *october(20, 27)])))
    assert (bo.held, bo.last, bo.longest_gap, bo.status) == (2, date(2026, 10, 27), 26, AMBER)
    assert bo.reason.endswith("(amber: more than 3 weeks without one)")


def test_fewer_than_the_role_expects_is_amber() -> None:
    weekly = OneOnOneExpectation(per_month=4)
    bo = row(table(*(one_on_one(d) for d in october(5, 19)), expectation=weekly))
    assert (bo.held, bo.expected, bo.longest_gap, bo.status) == (2, 4, 14, AMBER)
    assert bo.reason == (
        "2 held of 4 expected, last 19 Oct, longest gap 14 days "
        "(amber: fewer than the 4 that 4 a month asks for)"
    )


def test_the_thresholds_come_from_the_expectation() -> None:
    strict = OneOnOneExpectation(per_month=2, amber_weeks=1, red_weeks=2)
    bo = row(table(*(one_on_one(d) for d in october(1, 16, 31)), expectation=strict))
    assert (bo.longest_gap, bo.status) == (15, RED)
    assert bo.reason.endswith("(red: more than 2 weeks without one)")


def test_a_gap_is_measured_to_today_and_a_1_1_still_to_come_is_not_held() -> None:
    until_today = Span(OCTOBER.first, date(2026, 10, 16), OCTOBER.history)
    bo = row(table(*(one_on_one(d) for d in october(1, 8, 22)), span=until_today))
    assert (bo.held, bo.last, bo.longest_gap) == (2, date(2026, 10, 8), 8)


# -- absence -------------------------------------------------------------------------------
def test_a_week_away_does_not_count_toward_the_gap() -> None:
    """1 and 29 October, with the owner away Monday 12 to Friday 16: 28 days, less the
    week and its weekend (7 days) is 21, which is not more than three weeks."""
    meetings = [one_on_one(d) for d in october(1, 29)]
    there = row(table(*meetings))
    assert (there.longest_gap, there.status) == (28, AMBER)
    bo = row(table(*meetings, away(date(2026, 10, 12), date(2026, 10, 16))))
    assert (bo.longest_gap, bo.away_days, bo.expected, bo.status) == (21, 7, 2, GREEN)
    assert "longest gap 21 days, not counting 7 days away" in bo.reason


def test_days_away_outside_a_full_week_count_one_by_one() -> None:
    bo = row(
        table(
            *(one_on_one(d) for d in october(1, 29)), away(date(2026, 10, 14), date(2026, 10, 15))
        )
    )
    assert (bo.longest_gap, bo.away_days) == (26, 2)


# -- what is and is not a 1:1 -----------------------------------------------------------------
NOT_ONE_ON_ONES = {
    "declined by the owner": one_on_one(date(2026, 10, 14), response=Response.DECLINED),
    "cancelled": one_on_one(date(2026, 10, 14), status=Status.CANCELLED),
    "declined by the report": one_on_one(date(2026, 10, 14), answer=Response.DECLINED),
    "free time": one_on_one(date(2026, 10, 14), busy=Busy.FREE),
    "three people": one_on_one(date(2026, 10, 14), more=[Attendee(CY, "Cy")]),
    "a mailing list as well": one_on_one(
        date(2026, 10, 14), more=[Attendee("team@example.com", "Team")]
    ),
    "two days long": one_on_one(date(2026, 10, 14), hours=30),
}


@pytest.mark.parametrize("event", NOT_ONE_ON_ONES.values(), ids=list(NOT_ONE_ON_ONES))
def test_not_a_1_1(event: Event) -> None:
    assert row(table(event)).held == 0


def test_a_room_is_not_a_person() -> None:
    room = Attendee(ROOM, "Room 3", Response.ACCEPTED, resource=True)
    assert row(table(one_on_one(date(2026, 10, 14), more=[room]))).held == 1


def test_the_report_organising_and_the_owner_accepting_is_a_1_1() -> None:
    """Outlook's style: the organiser is not among the attendees, the owner is."""
    event = one_on_one(date(2026, 10, 14), organizer=BO, response=Response.TENTATIVE)
    event = replace(event, attendees=(Attendee(OWNER, "Lea", Response.TENTATIVE),))
    assert row(table(event)).held == 1


def test_a_private_1_1_counts_and_its_title_is_never_read() -> None:
    frame = events_to_frame([one_on_one(date(2026, 10, 14), private=True, title="Secret plan")])
    found = held(frame.join(counting(frame)))
    assert len(found) == 1 and "title" not in found.columns
    assert "Secret plan" not in row(table(one_on_one(date(2026, 10, 14), private=True))).reason


# -- skip-level and upward ----------------------------------------------------------------------
def test_skip_level_and_upward_are_shown_apart_and_are_not_coverage() -> None:
    found = table(
        one_on_one(date(2026, 10, 7), DEE),
        one_on_one(date(2026, 10, 21), DEE),
        one_on_one(date(2026, 10, 9), MAX, organizer=MAX, response=Response.ACCEPTED),
    )
    assert [(r.email, r.relation, r.held, r.last, r.status) for r in found.skip_level] == [
        (DEE, SKIP_LEVEL, 2, date(2026, 10, 21), "")
    ]
    assert [(r.email, r.relation, r.reason) for r in found.upward] == [
        (MAX, UPWARD, "1 held, last 9 Oct")
    ]
    assert [r.held for r in found.reports] == [0, 0]


def test_no_reports_means_no_table() -> None:
    found = table(one_on_one(date(2026, 10, 9), MAX), who=Circle(upward=(MAX,)))
    assert not found.configured and found.reports == ()
    assert [r.email for r in found.upward] == [MAX]


# -- who is a report ------------------------------------------------------------------------------
def person(email: str, reports: Sequence[str] = (), manager: str = "", name: str = "") -> Person:
    return Person(email, name, "manager", TZ, reports=tuple(reports), manager=manager)


def test_reports_are_the_config_s_and_the_roster_s_each_once_lower_cased() -> None:
    lea = person(OWNER, reports=["Bo@Example.com", BO])
    people = [lea, person(BO, manager=OWNER), person(CY, manager=OWNER), person(DEE, manager=BO)]
    assert direct_reports(lea, people) == (BO, CY)


def test_the_circle_finds_skip_levels_and_the_manager() -> None:
    lea = person(OWNER, reports=[BO], manager=MAX)
    people = [
        lea,
        person(BO, reports=[DEE], name="Bo Berg"),
        person(CY, manager=OWNER),
        person("eve@example.com", manager=CY),
        person(MAX, reports=[OWNER]),
    ]
    who = circle(lea, people)
    assert who.reports == (BO, CY)
    assert who.skip_level == (DEE, "eve@example.com")
    assert who.upward == (MAX,)
    assert who.name(BO) == "Bo Berg" and who.name(CY) == CY


def test_a_report_s_reports_are_skip_level_even_when_the_report_is_only_a_name() -> None:
    """Bo is only in Lea's ``reports`` (no row of his own); Dee's roster row names Bo."""
    lea = person(OWNER, reports=[BO])
    who = circles([lea], [lea, person(DEE, manager=BO)])[OWNER]
    assert (who.reports, who.skip_level, who.upward) == ((BO,), (DEE,), ())


def test_one_week_is_written_as_one_week() -> None:
    weekly = OneOnOneExpectation(per_month=0, amber_weeks=1, red_weeks=2)
    bo = row(table(*(one_on_one(d) for d in october(1, 10, 19, 28)), expectation=weekly))
    assert (bo.longest_gap, bo.status) == (9, AMBER)
    assert bo.reason.endswith("longest gap 9 days (amber: more than 1 week without one)")
