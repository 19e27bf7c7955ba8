"""The store: idempotent upserts, deletions scoped to the window, one transaction per sync."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from timeaudit.connectors import SyncBatch, Window
from timeaudit.errors import StoreError
from timeaudit.model import Event
from timeaudit.store import Store, SyncStats

OWNER = "owner@example.com"
WINDOW = Window(datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 4, 1, tzinfo=UTC))


def event(
    uid: str, day: int, month: int = 3, calendar: str = "a.ics", title: str = "Meeting"
) -> Event:
    start = datetime(2026, month, day, 9, tzinfo=UTC)
    return Event(
        "src", OWNER, uid, start, start + timedelta(hours=1), title=title, calendar=calendar
    )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "store.sqlite")


def keys(store: Store) -> list[str]:
    return sorted(
        store.events([OWNER], datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC))[
            "uid"
        ]
    )


def test_reimporting_the_same_events_changes_nothing(store: Store) -> None:
    batch = SyncBatch([event("a", 2), event("b", 3)])
    assert store.apply("src", WINDOW, batch) == SyncStats(added=2)
    assert store.apply("src", WINDOW, batch) == SyncStats(unchanged=2)
    assert keys(store) == ["a", "b"]


def test_changed_event_is_updated_in_place(store: Store) -> None:
    store.apply("src", WINDOW, SyncBatch([event("a", 2)]))
    stats = store.apply("src", WINDOW, SyncBatch([event("a", 2, title="Renamed")]))
    assert stats == SyncStats(updated=1)
    frame = store.events([OWNER], WINDOW.start, WINDOW.end)
    assert list(frame["title"]) == ["Renamed"]


def test_events_that_vanished_from_a_complete_sync_are_removed_inside_the_window_only(
    store: Store,
) -> None:
    store.apply("src", WINDOW, SyncBatch([event("a", 2), event("b", 3), event("old", 2, month=2)]))
    stats = store.apply("src", WINDOW, SyncBatch([event("a", 2)]))
    assert stats == SyncStats(removed=1, unchanged=1)
    assert keys(store) == ["a", "old"]  # February is outside the window: kept


def test_a_calendar_that_failed_to_load_keeps_its_events(store: Store) -> None:
    store.apply(
        "src",
        WINDOW,
        SyncBatch([event("a", 2, calendar="good.ics"), event("b", 3, calendar="bad.ics")]),
    )
    batch = SyncBatch(
        [event("a", 2, calendar="good.ics")],
        kept_calendars={"bad.ics"},
        problems=["bad.ics: broken"],
    )
    assert store.apply("src", WINDOW, batch) == SyncStats(unchanged=1)
    assert keys(store) == ["a", "b"]


def test_incremental_sync_removes_only_what_it_lists(store: Store) -> None:
    series = [
        replace(event("s", d), recurrence_id=f"2026-03-{d:02d}T09:00:00Z") for d in (2, 9, 16)
    ]
    store.apply("src", WINDOW, SyncBatch([*series, event("x", 4)]))
    batch = SyncBatch(
        [event("y", 5)], removed=[("s", "2026-03-09T09:00:00Z")], complete=False, cursor="c2"
    )
    assert store.apply("src", WINDOW, batch) == SyncStats(added=1, removed=1)
    assert keys(store) == ["s", "s", "x", "y"]
    assert store.cursor("src") == "c2"
    # an empty recurrence id removes the whole series
    store.apply("src", WINDOW, SyncBatch(removed=[("s", "")], complete=False, cursor="c3"))
    assert keys(store) == ["x", "y"]


def test_a_sync_that_dies_midway_leaves_the_store_as_it_was(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.apply("src", WINDOW, SyncBatch([event("a", 2), event("b", 3)], cursor="good"))

    def explode(*_: object) -> None:
        raise KeyboardInterrupt  # the process is killed after the deletions ran

    monkeypatch.setattr(Store, "_upsert", staticmethod(explode))
    with pytest.raises(KeyboardInterrupt):
        store.apply("src", WINDOW, SyncBatch([event("c", 4)], cursor="bad"))
    monkeypatch.undo()
    assert keys(store) == ["a", "b"]
    assert store.cursor("src") == "good"


def test_duplicate_keys_in_one_batch_last_one_wins(store: Store) -> None:
    store.apply(
        "src", WINDOW, SyncBatch([event("a", 2, title="first"), event("a", 2, title="second")])
    )
    assert list(store.events([OWNER], WINDOW.start, WINDOW.end)["title"]) == ["second"]


def test_reading_filters_by_owner_and_overlap(store: Store) -> None:
    other = replace(event("other", 2), owner="someone@example.com")
    crossing = Event(
        "src",
        OWNER,
        "crossing",
        datetime(2026, 2, 28, 23, tzinfo=UTC),
        datetime(2026, 3, 1, 1, tzinfo=UTC),
    )
    at_start = Event("src", OWNER, "zero", WINDOW.start, WINDOW.start)
    store.apply(
        "src",
        Window(datetime(2026, 2, 1, tzinfo=UTC), WINDOW.end),
        SyncBatch([other, crossing, at_start, event("a", 2)]),
    )
    frame = store.events([OWNER], WINDOW.start, WINDOW.end)
    assert sorted(frame["uid"]) == ["a", "crossing", "zero"]
    assert str(frame["start"].dtype) == "datetime64[ns, UTC]" or str(
        frame["start"].dtype
    ).startswith("datetime64")
    assert frame.loc[frame["uid"] == "crossing", "start"].iloc[0] == datetime(
        2026, 2, 28, 23, tzinfo=UTC
    )


def test_drop_source_forgets_events_and_cursor(store: Store) -> None:
    store.apply("src", WINDOW, SyncBatch([event("a", 2)], cursor="c"))
    store.drop_source("src")
    assert store.count() == 0
    assert store.cursor("src") is None


def test_unopenable_store_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot open the store"):
        Store(blocker / "store.sqlite")


def test_events_of_a_kept_folder_are_kept(store: Store) -> None:
    store.apply("src", WINDOW, SyncBatch([event("a", 2, calendar="/cal/team/a.ics")]))
    assert store.apply("src", WINDOW, SyncBatch(kept_calendars={"/cal/team"})) == SyncStats()
    assert keys(store) == ["a"]
