"""The organisation benchmark's measuring: each step in its own spawned process, its memory
sampled from outside, and the floor it is compared with, the bare read of the ICS files.

This module imports only the standard library and the two calendar libraries, and it must
stay so: every step's process imports it, and the floor's processes (the bare read in one
process, and each worker of its pool) import nothing else, so that what they measure is the
libraries alone. A step's own work (:mod:`benchmarks.bench_org`) loads what it needs.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from multiprocessing.connection import Connection
from pathlib import Path

import icalendar
import recurring_ical_events

SAMPLE_EVERY = 0.05  # seconds between two samples of a step's process tree


@dataclass(frozen=True)
class Done:
    """What a step reports from its own process."""

    seconds: float  # the work alone, not the process's start
    occurrences: int
    notes: tuple[str, ...] = ()
    own_kib: int = 0  # the step process's own peak (VmHWM), added as it reports


# -- the floor: the calendar libraries alone -------------------------------------------------
FloorJob = tuple[str, datetime, datetime]  # an ICS file and its owner's window (UTC)


def bare_read(job: FloorJob) -> int:
    """One file parsed and expanded by icalendar and recurring_ical_events; its occurrences."""
    path, start, end = job
    parsed = icalendar.Calendar.from_ical(Path(path).read_bytes())
    return len(list(recurring_ical_events.of(parsed).between(start, end)))


def floor_alone(jobs: Sequence[FloorJob]) -> Done:
    """The bare read of every file, one after another in this process."""
    began = time.perf_counter()
    found = sum(map(bare_read, jobs))
    return Done(time.perf_counter() - began, found)


def floor_pool(jobs: Sequence[FloorJob], workers: int) -> Done:
    """The bare read of every file over a spawned pool of ``workers`` processes, one file
    at a time to whichever is free (their start counted, as a sync's workers' is)."""
    began = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        found = sum(pool.imap_unordered(bare_read, jobs))
    return Done(time.perf_counter() - began, found)


# -- a step in its own process ---------------------------------------------------------------
@dataclass
class TreePeak:
    """The peak resident memory of a process tree, sampled from ``/proc`` (Linux; KiB)."""

    tree_kib: int = 0  # the highest sum of VmRSS over the process and its descendants
    largest_kib: int = 0  # the highest VmHWM (the kernel's high-water mark) of any of them

    def sample(self, root: int) -> None:
        found = [m for m in map(memory_kib, process_tree(root)) if m]
        self.largest_kib = max([self.largest_kib, *(hwm for _, hwm in found)])
        # The tree's peak is at least its largest process's, which no sample can miss.
        self.tree_kib = max(self.tree_kib, self.largest_kib, sum(rss for rss, _ in found))


def process_tree(root: int) -> list[int]:
    """``root`` and its descendants, from the parent ids in ``/proc/<pid>/stat`` (the
    ``/proc/<pid>/task/*/children`` files are missing from kernels built without them)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                after_name = (entry / "stat").read_text().rpartition(")")[2].split()
            except OSError:  # ended since the listing
                continue
            children.setdefault(int(after_name[1]), []).append(int(entry.name))
    tree, todo = [], [root]
    while todo:
        tree.append(pid := todo.pop())
        todo += children.get(pid, [])
    return tree


def memory_kib(pid: int) -> tuple[int, int] | None:
    """(VmRSS, VmHWM) of ``pid`` in KiB, or None once it has ended."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    values = {k: v.split() for k, _, v in (line.partition(":") for line in status.splitlines())}
    if not values.get("VmRSS") or not values.get("VmHWM"):  # a zombie: its memory is gone
        return None
    return int(values["VmRSS"][0]), int(values["VmHWM"][0])


@dataclass(frozen=True)
class Step:
    """A step measured from outside: what it reported and its process tree's peak."""

    label: str
    done: Done
    peak: TreePeak


def measure(label: str, work: Callable[..., Done], *args: object) -> Step:
    """Run ``work(*args)`` in a spawned process; sample its process tree's memory every
    :data:`SAMPLE_EVERY` seconds until it reports."""
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=in_child, args=(send, work, args))
    child.start()
    send.close()  # the child has its own end: a child that dies leaves an end of file
    peak = TreePeak()
    with receive:
        while not receive.poll(SAMPLE_EVERY):
            peak.sample(child.pid or 0)
        try:
            done = receive.recv()
        except EOFError:
            child.join()
            failed = f"{label}: the step's process failed (exit code {child.exitcode})"
            raise SystemExit(failed) from None
    child.join()
    return Step(label, done, peak)


def in_child(send: Connection, work: Callable[..., Done], args: tuple[object, ...]) -> None:
    """A step's process: do the work, report it with this process's own peak memory."""
    done = work(*args)
    send.send(replace(done, own_kib=own_peak_kib()))


def own_peak_kib() -> int:
    """This process's peak resident memory: its VmHWM. Not ``ru_maxrss``: Linux carries that
    across the fork and exec that start a spawned process, so it reports the parent's peak
    whenever the parent is the larger (a 30 MiB bare read showed the benchmark's 200 MiB)."""
    found = memory_kib(os.getpid())
    return found[1] if found else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
