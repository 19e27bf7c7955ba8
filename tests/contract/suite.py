"""Tests every connector must pass on the standard scenario.

Use it by subclassing, in a module whose name pytest collects::

    class TestIcsContract(ConnectorContract):
        @pytest.fixture
        def connector_for(self, scenario: Scenario, tmp_path: Path) -> Connector:
            ...  # render ``scenario`` in the source's own form and build the connector

Set ``cancelled_listed = False`` for a source that deletes cancelled occurrences instead of
listing them as cancelled (then they may be either absent or present as cancelled).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, time
from pathlib import Path
from typing import ClassVar

import pytest

from timeaudit.audit import rhythms
from timeaudit.audit.allocate import allocate, counting, days_off, month_bounds
from timeaudit.audit.one_on_ones import GREEN, RED, Circle, OneOnOnes, Span, coverage, held
from timeaudit.audit.rhythm_pack import default_rhythm_pack
from timeaudit.classify.planning import flag as planning_flags
from timeaudit.config.types import OneOnOneExpectation
from timeaudit.connectors.contract import BaseConnector, Connector, SyncBatch
from timeaudit.connectors.guard import fetch_guarded
from timeaudit.connectors.registry import connector_class
from timeaudit.model import Event, Status, recurrence_key
from timeaudit.store.frames import events_to_frame

from .scenario import LEADERSHIP, SERIES, SERIES_MOVED, STANDARD, Expected, Scenario

MatchKey = tuple[str, str]


class ConnectorContract:
    """The contract. Subclasses must override the ``connector_for`` fixture (pytest does
    not collect abstract classes, so a forgotten override would run nothing: it fails)."""

    cancelled_listed: ClassVar[bool] = True

    @pytest.fixture
    def scenario(self) -> Scenario:
        return STANDARD

    @pytest.fixture
    def connector_for(self, scenario: Scenario, tmp_path: Path) -> Connector:
        """A connector whose source holds ``scenario``'s entries, for ``scenario.owner``."""
        raise NotImplementedError(f"{type(self).__name__} must define the connector_for fixture")

    @pytest.fixture
    def batch(self, connector_for: Connector, scenario: Scenario) -> SyncBatch:
        return fetch_guarded(connector_for, scenario.window, None)

    @pytest.fixture
    def found(self, batch: SyncBatch) -> dict[MatchKey, Event]:
        return {(e.title, e.recurrence_id): e for e in batch.events}

    def required(self, scenario: Scenario) -> list[Expected]:
        return [x for x in scenario.expected if self.cancelled_listed or not _cancelled(x)]

    def pairs(
        self, scenario: Scenario, found: dict[MatchKey, Event]
    ) -> Iterable[tuple[Expected, Event]]:
        return ((x, found[x.match_key]) for x in scenario.expected if x.match_key in found)

    # ------------------------------------------------------------------ the plug-in

    def test_registered_as_its_kind(self, connector_for: Connector) -> None:
        kind = connector_class(connector_for.spec.kind)
        assert kind is type(connector_for)
        assert issubclass(kind, BaseConnector)

    def test_its_options_pass_its_own_config_check(self, connector_for: Connector) -> None:
        kind = connector_class(connector_for.spec.kind)
        assert kind is not None and kind.check_options(connector_for.spec.options) == []

    # ------------------------------------------------------------------ the batch as a whole

    def test_clean_source_has_no_problems(self, batch: SyncBatch) -> None:
        assert batch.problems == []
        assert batch.kept_calendars == set()

    def test_full_fetch_is_complete(self, batch: SyncBatch) -> None:
        assert batch.complete is True
        assert batch.removed == []

    def test_all_datetimes_are_aware(self, batch: SyncBatch) -> None:
        for event in batch.events:
            for value in (event.start, event.end, event.created):
                assert value is None or value.utcoffset() is not None, (event.key, value)

    def test_source_and_owner(
        self, batch: SyncBatch, connector_for: Connector, scenario: Scenario
    ) -> None:
        assert {e.source for e in batch.events} == {connector_for.spec.name}
        assert {e.owner.lower() for e in batch.events} == {scenario.owner}

    def test_keys_are_unique(self, batch: SyncBatch) -> None:
        keys = [e.key for e in batch.events]
        assert len(keys) == len(set(keys))

    def test_exactly_the_expected_occurrences(
        self, scenario: Scenario, found: dict[MatchKey, Event]
    ) -> None:
        required = {x.match_key for x in self.required(scenario)}
        allowed = {x.match_key for x in scenario.expected}
        assert required <= set(found), sorted(required - set(found))
        assert set(found) <= allowed, sorted(set(found) - allowed)

    def test_window_is_respected(self, batch: SyncBatch, scenario: Scenario) -> None:
        window = scenario.window
        for event in batch.events:
            assert event.start < window.end and event.end > window.start, event.key
        assert not {e.title for e in batch.events} & set(scenario.absent_titles)

    def test_fetching_twice_gives_the_same_events(
        self, connector_for: Connector, scenario: Scenario, batch: SyncBatch
    ) -> None:
        again = fetch_guarded(connector_for, scenario.window, None)
        assert sorted(again.events, key=_by_key) == sorted(batch.events, key=_by_key)

    # ------------------------------------------------------------------ each occurrence

    def test_times(self, scenario: Scenario, found: dict[MatchKey, Event]) -> None:
        for want, got in self.pairs(scenario, found):
            assert (got.start, got.end) == (want.start, want.end), want.match_key
            assert (got.all_day, got.tz) == (want.all_day, want.tz), want.match_key

    def test_responses(self, scenario: Scenario, found: dict[MatchKey, Event]) -> None:
        for want, got in self.pairs(scenario, found):
            assert got.response == want.response, want.match_key

    def test_flags(self, scenario: Scenario, found: dict[MatchKey, Event]) -> None:
        for want, got in self.pairs(scenario, found):
            assert got.busy in want.busy_any_of, want.match_key
            assert (got.status, got.private, got.kind) == (want.status, want.private, want.kind)

    def test_people(self, scenario: Scenario, found: dict[MatchKey, Event]) -> None:
        for want, got in self.pairs(scenario, found):
            assert got.organizer == want.organizer, want.match_key
            assert {a.email for a in got.attendees} == want.attendees, want.match_key

    def test_series_instances_share_their_series(
        self, scenario: Scenario, found: dict[MatchKey, Event]
    ) -> None:
        for title in (SERIES, LEADERSHIP):
            instances = [e for e in found.values() if e.title == title]
            assert len({(e.uid, e.series_id) for e in instances}) == 1, title
            assert all(e.series_id and e.recurrence_id for e in instances), title
        one_offs = [e for e in found.values() if e.title not in (SERIES, LEADERSHIP)]
        assert all(not e.series_id and not e.recurrence_id for e in one_offs)

    def test_series_keeps_local_time_across_the_clock_change(
        self, scenario: Scenario, found: dict[MatchKey, Event]
    ) -> None:
        zone = scenario.window.start.tzinfo
        starts = [e.start for e in found.values() if e.title == SERIES]
        regular = [s for s in starts if s.astimezone(zone).date() != SERIES_MOVED.start.date()]
        assert {s.astimezone(zone).time() for s in regular} == {time(9)}
        assert {s.astimezone(UTC).hour for s in regular} == {8, 7}

    def test_moved_instance_keeps_its_original_recurrence_id(
        self, found: dict[MatchKey, Event]
    ) -> None:
        moved = [e for e in found.values() if e.title == SERIES and e.start == SERIES_MOVED.start]
        assert len(moved) == 1
        assert moved[0].end == SERIES_MOVED.end
        assert moved[0].recurrence_id == recurrence_key(SERIES_MOVED.original_start)

    # ------------------------------------------------------------------ one identity

    def test_every_event_carries_its_entrys_ical_uid(
        self, scenario: Scenario, found: dict[MatchKey, Event]
    ) -> None:
        """The iCalendar UID is the same from every source (ICS UID, Google iCalUID, the UID
        in Graph's iCalUId): it is what labels and corrections are keyed by."""
        uids = {entry.title: entry.uid for entry in scenario.events}
        assert found
        for (title, rid), event in found.items():
            assert event.ical_uid == uids[title], (title, rid)

    # ------------------------------------------------------------------ what the audit reads

    def test_one_on_one_coverage_is_the_same_from_every_source(
        self, batch: SyncBatch, scenario: Scenario
    ) -> None:
        """The 1:1 table (issue 15) reads only stored columns, so every source gives the
        same numbers: April's 1:1s with Priya (the weekly series, Easter Monday cancelled,
        two days out of office), none with Maya since March, none at all with Jonas (his
        only one was cancelled), and the quarter close with the CFO shown apart."""
        table = one_on_one_table(batch.events, scenario)
        assert [
            (r.email, r.held, r.last, r.longest_gap, r.away_days, r.status) for r in table.reports
        ] == [
            ("priya@example.com", 3, date(2026, 4, 27), 12, 2, GREEN),
            ("maya@example.com", 0, date(2026, 3, 10), 50, 2, RED),
            ("jonas@example.com", 0, None, 28, 2, RED),
        ]
        assert [(r.email, r.held, r.last) for r in table.upward] == [
            ("cfo@example.com", 1, date(2026, 4, 30))
        ]
        assert table.skip_level == ()  # the CTO's 1:1 was in March

    def test_rhythm_items_are_the_same_from_every_source(
        self, batch: SyncBatch, scenario: Scenario
    ) -> None:
        """The rhythm table (issue 15) reads only stored columns: April's leadership team
        (Thursdays; the 16th moved to Friday the 17th, the 23rd cancelled, the owner out on
        the 9th and 10th but still accepted the 9th) is 4 expected, 4 held, green, from every
        source. A source that deletes a cancelled occurrence cannot count it as cancelled."""
        table = rhythm_table(batch.events, scenario)
        assert [
            (i.id, i.expected, i.held, i.declined, i.away, i.last_held, i.status)
            for i in table.items
        ] == [("leadership-team", 4, 4, 0, 0, date(2026, 4, 30), GREEN)]
        item = table.items[0]
        assert item.cancelled == 1 if self.cancelled_listed else item.cancelled in (0, 1)
        assert item.reason.startswith("weekly, 4 expected, 4 held")
        assert table.unmatched == ()

    def test_the_planning_lens_is_the_same_from_every_source(
        self, batch: SyncBatch, scenario: Scenario
    ) -> None:
        """The planning lens (issue 15) reads titles and descriptions only, so every source
        flags the same occurrences for the same reason and gives April the same planning
        hours: the Q2 roadmap planning; the cancelled budget sync, where a source lists it, is
        flagged but not counted."""
        frame = events_to_frame(batch.events).assign(person_tz=scenario.tz)
        frame = frame.join(counting(frame)).join(planning_flags(frame))
        flagged = frame[frame["planning"] & frame["counted"]]
        assert list(zip(flagged["title"], flagged["planning_reason"], strict=True)) == [
            ("Q2 roadmap planning", "planning.roadmap: roadmap planning; title 'roadmap'")
        ]
        budget = frame[frame["title"] == "Budget sync"]  # a source may drop it: cancelled
        assert budget["planning"].all() and not budget["counted"].any()
        start, end = month_bounds(scenario.tz, "2026-04")
        hours = allocate(frame, start, end, "month").groupby("row")["hours"].sum()
        planned = hours[hours.index.isin(flagged.index)].sum()
        # April's counted hours: three 1:1s (1.5), the pricing workshop (2), the quarter
        # close up to midnight (4), four leadership team meetings (4) and the planning
        # session (2.5): planning is 2.5 of 14
        assert (planned, hours.sum()) == (2.5, 14.0)


def rhythm_table(events: Iterable[Event], scenario: Scenario) -> rhythms.RhythmTable:
    """April's rhythm items of the scenario's owner, from a connector's events as stored."""
    frame = events_to_frame(events)
    frame = frame.join(counting(frame))
    pack = default_rhythm_pack().recognisers
    span = Span(date(2026, 4, 1), date(2026, 5, 1), history=date(2026, 3, 1))
    away = days_off(frame).get(scenario.owner, frozenset())
    found = rhythms.occurrences(frame, pack)
    return rhythms.rhythm_items(found, scenario.owner, scenario.tz, pack, span, away)


def one_on_one_table(events: Iterable[Event], scenario: Scenario) -> OneOnOnes:
    """April's 1:1 table of the scenario's owner, from a connector's events as stored."""
    frame = events_to_frame(events)
    frame = frame.join(counting(frame))
    who = Circle(
        reports=("priya@example.com", "maya@example.com", "jonas@example.com"),
        skip_level=("cto@example.com",),
        upward=("cfo@example.com",),
    )
    span = Span(date(2026, 4, 1), date(2026, 5, 1), history=date(2026, 3, 1))
    away = days_off(frame).get(scenario.owner, frozenset())
    return coverage(
        held(frame), scenario.owner, scenario.tz, who, OneOnOneExpectation(), span, away
    )


def _cancelled(expected: Expected) -> bool:
    return expected.status is Status.CANCELLED


def _by_key(event: Event) -> tuple[str, str, str]:
    return event.key
