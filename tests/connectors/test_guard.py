"""The guard's rule for an event that comes twice (:func:`timeaudit.connectors.guard.dedupe`),
which the ICS connector applies and the store applies to every batch."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from timeaudit.connectors.guard import dedupe
from timeaudit.model import Event

NINE = datetime(2026, 3, 2, 9, tzinfo=UTC)


def event(uid: str, title: str, source: str = "work", recurrence_id: str = "") -> Event:
    return Event(source, "ana@example.com", uid, NINE, NINE + timedelta(hours=1),
                 recurrence_id=recurrence_id, title=title)  # fmt: skip


def test_the_last_copy_of_a_key_wins_where_the_key_first_came() -> None:
    kept = dedupe([
        event("a", "first a"), event("b", "only b"), event("a", "second a"),
        event("a", "third a"),
    ])  # fmt: skip
    assert [(e.uid, e.title) for e in kept] == [("a", "third a"), ("b", "only b")]


def test_instances_of_a_series_and_other_sources_are_different_keys() -> None:
    kept = dedupe([
        event("s", "week 1", recurrence_id="2026-03-02T09:00:00Z"),
        event("s", "week 2", recurrence_id="2026-03-09T09:00:00Z"),
        event("s", "week 1", source="home", recurrence_id="2026-03-02T09:00:00Z"),
        event("s", "week 2, moved", recurrence_id="2026-03-09T09:00:00Z"),
    ])  # fmt: skip
    assert [(e.source, e.title) for e in kept] == [
        ("work", "week 1"), ("work", "week 2, moved"), ("home", "week 1"),
    ]  # fmt: skip


def test_nothing_twice_is_left_as_it_came() -> None:
    events = [event("a", "a"), event("b", "b")]
    assert dedupe(events) == events
    assert dedupe([]) == []
