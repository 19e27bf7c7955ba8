"""One-off events are placed without the library's series machinery
(:func:`~timeaudit.connectors.kit.ical._one_off_span`): that shortcut must find exactly what
``recurring_ical_events`` finds. Every calendar of the third-party corpus, of these tests' data
(but the stalling series), of the bundled samples and of the organisation benchmark is
expanded both ways over an owner's year, over three decades and over windows cut around its
own one-offs (so that starts and ends fall on every side of a boundary), and the
occurrences must be the same: the same events, with the same start and end values, of the
same type and zone. The library's order among the overrides of one series is not stable
from call to call (it keeps them in sets), so occurrences are compared as sorted lists.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path

import pytest

from timeaudit.connectors.kit import ical
from timeaudit.connectors.kit.recurrence import bound_recurrences

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[2] / "shared" / "corpus" / "ics"
# Not tests/data/recurrence nor hostile: series built to stall an expansion, whose one-offs
# are incidental and whose series would cost this test most of its time twice over.
STALLING = {"recurrence", "hostile"}
OWN = sorted(p for p in (HERE.parent / "data").rglob("*.ics") if STALLING.isdisjoint(p.parts))
OWN += sorted((HERE.parents[1] / "src" / "timeaudit" / "samples").glob("*.ics"))
YEAR = (datetime(2025, 10, 24, tzinfo=UTC), datetime(2026, 11, 2, tzinfo=UTC))
DECADES = (datetime(2000, 1, 1, tzinfo=UTC), datetime(2031, 1, 1, tzinfo=UTC))
CUTS_PER_CALENDAR = 4

Seen = list[tuple[str, str, str, bool]] | str  # the occurrences, or the error's type


def seen(found: list[ical.Instance]) -> list[tuple[str, str, str, bool]]:
    return sorted(
        (str(i.source.get("UID")), repr(i.start), repr(i.end), i.recurrence_id is None)
        for i in found
    )


def both_ways(calendar: object, start: datetime, end: datetime) -> tuple[Seen, Seen]:
    """What the library alone finds, and what the connector's expansion finds."""
    results: list[Seen] = []
    for way in (ical._expanded, ical._between):
        try:
            results.append(seen(way(calendar, start, end)))
        except Exception as exc:  # the same failure is the same result
            results.append(type(exc).__name__)
    return results[0], results[1]


def utc_start(event: object) -> datetime | None:
    try:
        value = event["DTSTART"].dt  # type: ignore[index]
    except Exception:  # a broken DTSTART is a window less
        return None
    if not isinstance(value, datetime):
        if not isinstance(value, date):
            return None
        value = datetime(value.year, value.month, value.day)
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC)


def windows(calendar: object, rng: random.Random) -> Iterator[tuple[datetime, datetime]]:
    yield YEAR
    yield DECADES
    events = calendar.walk("VEVENT")  # type: ignore[attr-defined]
    starts = [s for e in events if ical._one_off_span(e) and (s := utc_start(e))]
    for at in rng.sample(starts, min(CUTS_PER_CALENDAR, len(starts))):
        moved = at + timedelta(hours=rng.choice([-25, -14, -1, 0, 0, 1, 13]))
        moved += timedelta(minutes=rng.choice([0, 0, 30, 59]))
        yield moved, moved + timedelta(hours=rng.choice([0.5, 1, 24, 48, 960]))


def calendars() -> list[tuple[str, Callable[[], bytes]]]:
    files = [(p.name, p.read_bytes) for p in sorted(CORPUS.glob("*.ics")) + OWN]
    return files + [(f"organisation-leader{i}.ics", partial(leader_calendar, i)) for i in (0, 3)]


def leader_calendar(index: int) -> bytes:
    from benchmarks import bench_org  # the benchmark's generator, as the benchmark uses it

    org = bench_org.organisation(8)
    reports = bench_org.reports_of(org)
    return bench_org.calendar(org[index], org, reports[index]).encode()


@pytest.mark.parametrize(("name", "read"), calendars(), ids=[n for n, _ in calendars()])
def test_one_offs_are_placed_as_the_library_places_them(
    name: str, read: Callable[[], bytes]
) -> None:
    try:
        parsed, _ = ical.parse_calendars(read(), name)
    except Exception:  # unreadable files are test_corpus's subject
        pytest.skip("not a readable calendar")
    rng = random.Random(name)
    for calendar in parsed:
        if not any(map(ical._one_off_span, calendar.walk("VEVENT"))):
            continue  # the library's alone, by construction: nothing to compare
        for start, end in windows(calendar, rng):
            try:
                bounded, _ = bound_recurrences(calendar, start, end)
            except Exception:  # the expansion is then given the raw calendar
                bounded = calendar
            library, ours = both_ways(bounded, start, end)
            assert ours == library, f"{name} {start} - {end}"


def test_an_endless_one_off_is_left_to_the_library_and_fails_as_it_does() -> None:
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"
        "BEGIN:VEVENT\r\nUID:endless\r\nDTSTART:20000103T020000Z\r\n"
        "DTEND:99991231T235959Z\r\nSUMMARY:until the end\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:plain\r\nDTSTART:20261012T090000Z\r\n"
        "DTEND:20261012T100000Z\r\nSUMMARY:one-off\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    )
    [calendar], _ = ical.parse_calendars(text.encode(), "endless.ics")
    library, ours = both_ways(calendar, *YEAR)
    assert library == ours == "OverflowError"
    found, failed = ical.expand([calendar], *YEAR)  # the connector's whole reading
    assert [str(i.source["UID"]) for i in found] == ["plain"]
    assert [uid for uid, _ in failed] == ["endless"]


def test_one_offs_keep_the_order_of_their_calendar() -> None:
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTART:2026101{day}T090000Z\r\n{extra}"
        f"DTEND:2026101{day}T100000Z\r\nEND:VEVENT\r\n"
        for uid, day, extra in [
            ("c", 3, ""), ("a", 1, "RRULE:FREQ=DAILY;COUNT=2\r\n"), ("b", 2, ""),
        ]
    )  # fmt: skip
    text = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n{events}END:VCALENDAR\r\n"
    [calendar], _ = ical.parse_calendars(text.encode(), "order.ics")
    found = ical._between(calendar, *YEAR)
    assert [str(i.source["UID"]) for i in found] == ["c", "a", "a", "b"]
    assert found == sorted(found, key=lambda i: "cab".index(str(i.source["UID"])))
