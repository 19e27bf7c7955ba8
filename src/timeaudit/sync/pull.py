"""Pulling many people's calendars at once: a bounded pool of workers.

The unit of work is one person: a worker fetches that person's sources one after another,
so a person's calendar (a Google user, an Outlook mailbox) never sees more than one of our
request streams at a time, and the Microsoft connector's own limit of four concurrent
requests per mailbox still holds across workers. Across people, at most
``settings.workers`` fetch at once, and at most ``sources.<name>.max_workers`` through one
source (an API project's quota, a server that should not be hammered).

Parsing ICS files is computation, not waiting: with enough people (:data:`PROCESS_MIN`)
and more than one core, CPU-bound connectors fetch in worker processes instead of threads.

Workers only fetch. The store is written by the calling thread alone, one transaction per
(source, person) as each fetch arrives, so a run that dies midway keeps every sync it
finished and nothing half-written. One person's failure is their outcome; the rest go on.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import (
    FIRST_COMPLETED,
    Executor,
    Future,
    ProcessPoolExecutor,
    ThreadPoolExecutor,
    wait,
)
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Protocol, runtime_checkable

from timeaudit.config.types import Config, Person
from timeaudit.connectors.contract import SourceSpec, SyncBatch, Window
from timeaudit.connectors.guard import fetch_guarded
from timeaudit.connectors.registry import connector_class, make_connector
from timeaudit.errors import ConnectorError, StoreError, UsageError
from timeaudit.store.sqlite import Rows, Store, SyncStats, rows_of
from timeaudit.words import plural

Progress = Callable[[str], None]


def quiet(_: str) -> None:
    """A :data:`Progress` that says nothing."""
    return None


@dataclass
class SourceOutcome:
    """How one source of one person synced: its stats, warnings, or the error that
    stopped it (the store then keeps what it had)."""

    person: str
    source: str
    stats: SyncStats | None = None
    problems: list[str] = field(default_factory=list)
    error: str | None = None
    reused: bool = False  # the source said nothing changed, so nothing was read again

    @property
    def events(self) -> int:
        """Events the fetch returned (new, changed and unchanged)."""
        s = self.stats or SyncStats()
        return s.added + s.updated + s.unchanged


@runtime_checkable
class SyncListener(Protocol):
    """What a front end hears while people are pulled (the CLI draws a progress bar)."""

    def begin(self, people: int) -> None: ...

    def done(self, person: Person, outcomes: Sequence[SourceOutcome]) -> None: ...

    def end(self) -> None: ...


@dataclass(frozen=True)
class Job:
    """One person's sources, each with the window and the cursor to fetch from."""

    person: Person
    specs: tuple[tuple[SourceSpec, Window, str | None], ...]


#: What a worker hands back for one source: the batch without its events (they travel as
#: the store's rows, made in the worker, which is cheaper to send and leaves the writing
#: process only comparing and writing), or the line saying why there is none.
Fetched = tuple[SourceSpec, Window, SyncBatch | None, Rows | None, str | None]


def pull(
    store: Store,
    jobs: Sequence[Job],
    *,
    workers: int,
    limits: dict[str, int],
    listener: SyncListener,
) -> list[SourceOutcome]:
    """Fetch every job's sources with at most ``workers`` people at once and at most
    ``limits[source]`` through one source; apply each fetch to the store as it arrives.
    Outcomes come back in the order of ``jobs``."""
    processes = _in_processes(jobs, workers, limits)
    gates = {} if processes else {n: threading.BoundedSemaphore(k) for n, k in limits.items()}
    results: dict[int, list[SourceOutcome]] = {}
    listener.begin(len(jobs))
    pending: dict[Future[list[Fetched]], int] = {}
    queue = iter(enumerate(jobs))
    with _pool(max(1, processes or workers), processes > 0) as pool:

        def submit_next() -> None:
            queued = next(queue, None)
            if queued is not None:
                index, job = queued
                pending[pool.submit(_fetch_person, job, gates)] = index

        for _ in range(2 * workers):  # a little ahead of the workers, never the whole org
            submit_next()
        while pending:
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                index = pending.pop(future)
                outcomes = [_apply(store, jobs[index].person, f) for f in future.result()]
                results[index] = outcomes
                listener.done(jobs[index].person, outcomes)
                submit_next()
    listener.end()
    return [o for i in sorted(results) for o in results[i]]


#: Fewer people than this are parsed in threads even when parsing is CPU-bound: starting
#: worker processes (a fresh interpreter each) costs more than it saves.
PROCESS_MIN = 16


_processes_allowed = False


def allow_processes(allowed: bool = True) -> None:
    """Let CPU-bound fetches run in worker processes. Off by default: a spawned worker
    re-imports the program's main module, which is only safe when that module guards its
    entry point (``if __name__ == "__main__":``), as the ``timeaudit`` command does; it
    turns this on. A script that embeds timeaudit may turn it on the same way."""
    global _processes_allowed
    _processes_allowed = allowed


def processes_allowed() -> bool:
    """May CPU-bound work run in spawned worker processes (:func:`allow_processes`)?"""
    return _processes_allowed


def _in_processes(jobs: Sequence[Job], workers: int, limits: dict[str, int]) -> int:
    """How many worker processes to use: none unless they are allowed
    (:func:`allow_processes`) and every source is read by a connector
    that computes rather than waits (``cpu_bound``, e.g. parsing ICS files: threads would
    share one core), there are enough people, more than one core, and no per-source
    limit to honour (limits are thread semaphores)."""
    cores = os.cpu_count() or 1
    kinds = {spec.kind for job in jobs for spec, _, _ in job.specs}
    if not _processes_allowed or len(jobs) < PROCESS_MIN or cores < 2 or workers < 2:
        return 0
    if any(spec.name in limits for job in jobs for spec, _, _ in job.specs):
        return 0
    if not all(_computes(k) for k in kinds):
        return 0
    return min(workers, cores)


def _computes(kind: str) -> bool:
    """Is ``kind`` a CPU-bound connector? One that is not installed or cannot be loaded
    is not: its sources fail one by one when they are fetched, each with its reason."""
    try:
        found = connector_class(kind)
    except UsageError:
        return False
    return found is not None and found.cpu_bound


@contextmanager
def _pool(workers: int, processes: bool) -> Iterator[Executor]:
    """Threads, or spawned processes for CPU-bound parsing; on an interrupt or a bug the
    people not yet started are dropped instead of fetched before giving up."""
    pool: Executor
    if processes:
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"))
    else:
        pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="timeaudit-pull")
    try:
        yield pool
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


def _fetch_person(job: Job, gates: dict[str, threading.BoundedSemaphore]) -> list[Fetched]:
    fetched: list[Fetched] = []
    for spec, window, cursor in job.specs:
        try:
            with gates.get(spec.name) or nullcontext():
                batch = fetch_guarded(make_connector(spec), window, cursor)
            rows = rows_of(spec.name, job.person.email, batch.events)
        except (ConnectorError, StoreError) as exc:
            fetched.append((spec, window, None, None, str(exc)))
        else:
            batch.events = []
            fetched.append((spec, window, batch, rows, None))
    return fetched


def _apply(store: Store, person: Person, fetched: Fetched) -> SourceOutcome:
    spec, window, batch, rows, error = fetched
    outcome = SourceOutcome(person.email, spec.name, error=error)
    if batch is not None:
        outcome.problems = list(batch.problems)
        outcome.reused = batch.reused
        outcome.stats = store.apply(spec.name, window, batch, owner=person.email, rows=rows)
        if batch.failed:  # what could be read is stored; the source still failed
            outcome.error = f"{spec.name}: " + "; ".join(batch.failed)
    return outcome


def describe(outcome: SourceOutcome) -> str:
    """The outcome as log lines: the sync, then one indented line per warning."""
    if outcome.error:
        return f"{outcome.person}: {outcome.error}"
    stats = outcome.stats or SyncStats()
    line = (
        f"{outcome.person}: synced {outcome.source}: {stats.added} new, {stats.updated} changed, "
        f"{stats.removed} removed, "
    )
    line += "unchanged since the last sync" if outcome.reused else f"{stats.unchanged} unchanged"
    return "\n".join([line, *(f"  warning: {p}" for p in outcome.problems)])


class LogListener:
    """Plain log lines, one per source (and one per warning): for logs and pipes."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.tally = Tally()

    def begin(self, people: int) -> None:
        self.tally = Tally(total=people)

    def done(self, person: Person, outcomes: Sequence[SourceOutcome]) -> None:
        self.tally.add(outcomes)
        for outcome in outcomes:
            self.progress(describe(outcome))

    def end(self) -> None:
        if self.tally.total > 1:
            self.progress(self.tally.line())


@dataclass
class Tally:
    total: int = 0
    people: int = 0
    events: int = 0
    errors: int = 0
    sources: int = 0
    reused: int = 0  # sources that said nothing changed since the last sync

    def add(self, outcomes: Sequence[SourceOutcome]) -> None:
        self.people += 1
        self.events += sum(o.events for o in outcomes)
        self.errors += sum(1 for o in outcomes if o.error)
        self.sources += len(outcomes)
        self.reused += sum(1 for o in outcomes if o.reused and not o.error)

    def line(self) -> str:
        """One line for the whole pull: a re-run where no source changed says so, rather
        than "0 events" (the store still holds them all)."""
        errors = plural(self.errors, "error")
        people = f"synced {self.people}/{self.total} people"
        if self.sources and self.reused == self.sources:
            return f"{people}: unchanged since the last sync, {errors}"
        same = f" ({plural(self.reused, 'source')} unchanged)" if self.reused else ""
        return f"{people}: {plural(self.events, 'event')}{same}, {errors}"


def listener_for(progress: Progress) -> SyncListener:
    """The progress callback itself when it can listen (the CLI's), else log lines."""
    return progress if isinstance(progress, SyncListener) else LogListener(progress)


def source_spec(
    config: Config, person: Person, name: str, data_dir: Path | None = None
) -> SourceSpec:
    source = config.sources[name]
    return SourceSpec(
        name, source.kind, person.email, person.tz, source.options, data_dir, config.base_dir
    )


def sync(
    store: Store,
    config: Config,
    people: Sequence[Person],
    window_for: Callable[[Person], Window],
    progress: Progress = quiet,
    data_dir: Path | None = None,
) -> list[SourceOutcome]:
    """Pull every source of ``people`` into the store with a bounded pool of workers (see
    :mod:`timeaudit.sync.pull`). One source failing is reported in its outcome; the others still
    sync. Each source's sync is one transaction."""
    jobs = [
        Job(
            person,
            tuple(
                (
                    source_spec(config, person, name, data_dir),
                    window_for(person),
                    store.cursor(name, person.email),
                )
                for name in person.sources
            ),
        )
        for person in people
    ]
    limits = {s.name: s.max_workers for s in config.sources.values() if s.max_workers}
    return pull(
        store, jobs, workers=config.settings.workers, limits=limits, listener=listener_for(progress)
    )
