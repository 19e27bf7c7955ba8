"""Pulling many calendars with a bounded pool of workers (:mod:`timeaudit.sync.pull`), with fake
connectors that report what they saw: how many people were fetched at once, how many through
one source, what reached the store when a run died, what the progress bar drew."""

from __future__ import annotations

import io
import os
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from timeaudit.cli.progress import BarListener
from timeaudit.config.types import Person
from timeaudit.connectors.contract import SourceSpec, SyncBatch, Window
from timeaudit.errors import ConnectorError, StoreError
from timeaudit.model import Event
from timeaudit.store.sqlite import Rows, Store, SyncStats
from timeaudit.sync import pull as pull_mod
from timeaudit.sync.pull import Job, LogListener, SourceOutcome, pull

WINDOW = Window(datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 4, 1, tzinfo=UTC))


@dataclass
class Crowd:
    """What the fake connectors saw: who was being fetched at once, overall and per source."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    now: int = 0
    most: int = 0
    per_source: dict[str, int] = field(default_factory=dict)
    most_per_source: dict[str, int] = field(default_factory=dict)
    per_owner: dict[str, int] = field(default_factory=dict)
    most_per_owner: int = 0
    fetched: list[str] = field(default_factory=list)
    barrier: threading.Barrier | None = None  # fetches wait here until enough are in
    failing: set[str] = field(default_factory=set)

    @contextmanager
    def inside(self, spec: SourceSpec) -> Iterator[None]:
        with self.lock:
            self.now += 1
            self.most = max(self.most, self.now)
            n = self.per_source.get(spec.name, 0) + 1
            self.per_source[spec.name] = n
            self.most_per_source[spec.name] = max(self.most_per_source.get(spec.name, 0), n)
            m = self.per_owner.get(spec.owner, 0) + 1
            self.per_owner[spec.owner] = m
            self.most_per_owner = max(self.most_per_owner, m)
            self.fetched.append(f"{spec.owner}/{spec.name}")
        try:
            yield
        finally:
            with self.lock:
                self.now -= 1
                self.per_source[spec.name] -= 1
                self.per_owner[spec.owner] -= 1


class FakeConnector:
    def __init__(self, spec: SourceSpec, crowd: Crowd) -> None:
        self.spec = spec
        self.crowd = crowd

    def fetch(self, window: Window, cursor: str | None) -> SyncBatch:
        with self.crowd.inside(self.spec):
            if self.crowd.barrier is not None:
                self.crowd.barrier.wait(timeout=30)
            if self.spec.owner in self.crowd.failing:
                raise ConnectorError(self.spec.name, "the server said no")
            start = window.start + timedelta(days=2, hours=9)
            event = Event(
                self.spec.name, self.spec.owner, "weekly", start, start + timedelta(hours=1)
            )
            return SyncBatch([event], cursor="c1")


@pytest.fixture
def crowd(monkeypatch: pytest.MonkeyPatch) -> Crowd:
    seen = Crowd()
    monkeypatch.setattr(pull_mod, "make_connector", lambda spec: FakeConnector(spec, seen))
    return seen


def person(i: int, *sources: str) -> Person:
    return Person(f"p{i}@example.com", f"P {i}", "manager", "UTC", sources)


def jobs(people: list[Person]) -> list[Job]:
    return [
        Job(p, tuple((SourceSpec(s, "fake", p.email, "UTC"), WINDOW, None) for s in p.sources))
        for p in people
    ]


class Heard:
    """A listener that keeps what it heard."""

    def __init__(self) -> None:
        self.total = -1
        self.finished: list[str] = []
        self.ended = False

    def begin(self, people: int) -> None:
        self.total = people

    def done(self, person: Person, outcomes: Sequence[SourceOutcome]) -> None:
        self.finished.append(person.email)

    def end(self) -> None:
        self.ended = True


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "store.sqlite") as s:
        yield s


def test_workers_fetch_that_many_people_at_once(crowd: Crowd, store: Store) -> None:
    crowd.barrier = threading.Barrier(3)  # breaks (and the test fails) unless 3 run at once
    people = [person(i, "cal") for i in range(9)]
    outcomes = pull(store, jobs(people), workers=3, limits={}, listener=Heard())
    assert [o.error for o in outcomes] == [None] * 9
    assert crowd.most == 3
    assert store.count() == 9


def test_a_source_limit_caps_people_fetched_through_it(crowd: Crowd, store: Store) -> None:
    people = [person(i, "shared", f"own-{i}") for i in range(12)]
    pull(store, jobs(people), workers=4, limits={"shared": 1}, listener=Heard())
    assert crowd.most_per_source["shared"] == 1
    assert len(crowd.fetched) == 24


def test_one_persons_sources_are_fetched_one_after_another(crowd: Crowd, store: Store) -> None:
    people = [person(i, "a", "b", "c") for i in range(6)]
    pull(store, jobs(people), workers=4, limits={}, listener=Heard())
    assert crowd.most_per_owner == 1  # a calendar never sees two of our streams at once


def test_one_failure_is_reported_and_the_rest_go_on(crowd: Crowd, store: Store) -> None:
    crowd.failing = {"p2@example.com"}
    people = [person(i, "cal") for i in range(5)]
    outcomes = pull(store, jobs(people), workers=2, limits={}, listener=Heard())
    assert [(o.person, o.error) for o in outcomes if o.error] == [
        ("p2@example.com", "cal: the server said no")
    ]
    assert sorted(store.owners()) == [f"p{i}@example.com" for i in (0, 1, 3, 4)]


def test_outcomes_keep_the_order_of_the_people(crowd: Crowd, store: Store) -> None:
    people = [person(i, "cal") for i in range(8)]
    heard = Heard()
    outcomes = pull(store, jobs(people), workers=4, limits={}, listener=heard)
    assert [o.person for o in outcomes] == [p.email for p in people]
    assert sorted(heard.finished) == sorted(p.email for p in people)
    assert (heard.total, heard.ended) == (8, True)


def test_a_run_that_dies_keeps_every_finished_sync_and_nothing_half_done(
    crowd: Crowd, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_apply = store.apply
    applied: list[str] = []

    def apply(
        source: str, window: Window, batch: SyncBatch, *, owner: str, rows: Rows | None = None
    ) -> SyncStats:
        if len(applied) == 3:
            raise StoreError("disk full")
        applied.append(owner)
        return real_apply(source, window, batch, owner=owner, rows=rows)

    monkeypatch.setattr(store, "apply", apply)
    people = [person(i, "cal") for i in range(10)]
    with pytest.raises(StoreError, match="disk full"):
        pull(store, jobs(people), workers=2, limits={}, listener=Heard())
    assert sorted(store.owners()) == sorted(applied)
    assert len(crowd.fetched) < 10  # people not yet started were dropped, not fetched


# -- what the user sees ---------------------------------------------------------------
class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def outcome(email: str, error: str | None = None, problems: tuple[str, ...] = ()) -> SourceOutcome:
    stats = None if error else SyncStats(added=3, unchanged=2)
    return SourceOutcome(email, "cal", stats, list(problems), error)


def test_the_bar_counts_people_events_and_errors_and_prints_problems_above() -> None:
    screen = Terminal()
    bar = BarListener(screen)
    bar.begin(3)
    bar.done(person(0), [outcome("p0@example.com")])
    bar.done(person(1), [outcome("p1@example.com", error="source 'cal': refused")])
    bar.done(person(2), [outcome("p2@example.com", problems=("a.ics: line 4: bad date",))])
    bar.end()
    text = screen.getvalue()
    frames = [f.removeprefix("\x1b[2K") for f in text.split("\r") if f]
    assert frames[0] == "syncing [........................] 0/3 people · 0 events"
    assert frames[1] == "syncing [########................] 1/3 people · 5 events"
    assert frames[2] == "p1@example.com: source 'cal': refused\n"
    assert frames[3] == "syncing [################........] 2/3 people · 5 events · 1 error"
    assert frames[4] == "  warning: a.ics: line 4: bad date\n"
    assert frames[-1] == "synced 3/3 people: 10 events, 1 error\n"


def test_log_lines_say_each_sync_and_sum_up_at_the_end() -> None:
    lines: list[str] = []
    log = LogListener(lines.append)
    log.begin(2)
    log.done(person(0), [outcome("p0@example.com")])
    log.done(person(1), [outcome("p1@example.com", error="source 'cal': refused")])
    log.end()
    assert lines == [
        "p0@example.com: synced cal: 3 new, 0 changed, 0 removed, 2 unchanged",
        "p1@example.com: source 'cal': refused",
        "synced 2/2 people: 5 events, 1 error",
    ]


# -- ICS parsing in worker processes ----------------------------------------------------
def ics_jobs(folder: Path, n: int) -> list[Job]:
    from tests.config.test_roster import Meeting, write_ics

    window = Window(datetime(2026, 10, 1, tzinfo=UTC), datetime(2026, 11, 1, tzinfo=UTC))
    out = []
    for i in range(n):
        who = person(i, f"cal-{i}")
        path = write_ics(folder / f"p{i}.ics", who.email, [Meeting(f"Review {i}", 5, 1.5)])
        spec = SourceSpec(f"cal-{i}", "ics", who.email, "UTC", {"path": str(path)})
        out.append(Job(who, ((spec, window, None),)))
    return out


def stored_rows(store: Store) -> list[tuple[str, str, str]]:
    ever = (datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC))
    frame = store.events(store.owners(), *ever)
    return sorted(zip(frame["owner"], frame["uid"], frame["title"], strict=True))


@pytest.fixture
def processes_allowed() -> Iterator[None]:
    pull_mod.allow_processes()
    yield
    pull_mod.allow_processes(False)


def test_many_ics_calendars_are_parsed_in_processes_with_the_same_result(
    tmp_path: Path, processes_allowed: None
) -> None:
    jobs_ = ics_jobs(tmp_path / "cal", pull_mod.PROCESS_MIN)
    assert pull_mod._in_processes(jobs_, 2, {}) == (2 if (os.cpu_count() or 1) >= 2 else 0)
    with Store(tmp_path / "a.db") as a, Store(tmp_path / "b.db") as b:
        in_processes = pull(a, jobs_, workers=2, limits={}, listener=Heard())
        pull_mod.allow_processes(False)
        in_threads = pull(b, jobs_, workers=2, limits={}, listener=Heard())
        assert stored_rows(a) == stored_rows(b)
        assert len(stored_rows(a)) == pull_mod.PROCESS_MIN
    assert [(o.person, o.stats, o.error) for o in in_processes] == [
        (o.person, o.stats, o.error) for o in in_threads
    ]


def test_threads_are_kept_when_processes_would_not_pay_or_not_be_safe(
    tmp_path: Path, processes_allowed: None
) -> None:
    jobs_ = ics_jobs(tmp_path / "cal", pull_mod.PROCESS_MIN)
    assert pull_mod._in_processes(jobs_[:-1], 2, {}) == 0  # too few people
    assert pull_mod._in_processes(jobs_, 1, {}) == 0  # one worker
    assert pull_mod._in_processes(jobs_, 2, {"cal-3": 1}) == 0  # a limit to honour
    google = replace(jobs_[0].specs[0][0], kind="google")
    mixed = [Job(jobs_[0].person, ((google, WINDOW, None),)), *jobs_[1:]]
    assert pull_mod._in_processes(mixed, 2, {}) == 0  # Google waits on the network
    pigeon = replace(google, kind="carrier-pigeon")
    unknown = [Job(jobs_[0].person, ((pigeon, WINDOW, None),)), *jobs_[1:]]
    assert pull_mod._in_processes(unknown, 2, {}) == 0  # not installed: fails alone, in a thread
    pull_mod.allow_processes(False)
    assert pull_mod._in_processes(jobs_, 2, {}) == 0  # a library caller did not opt in
