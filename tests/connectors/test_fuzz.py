"""A mutation fuzz of the ICS connector over the third-party corpus (shared/corpus/ics).

Every corpus file is mutated a few ways with a fixed seed: bytes flipped, the download cut
short, hostile properties injected into an event (``FREQ=SECONDLY``, ``INTERVAL=0``, a COUNT
of 99,999,999, DTSTART in year 1 or 9999, a BYDAY list of thousands, a rule that never
occurs) or into a STANDARD or DAYLIGHT part of a time zone the events use (one the file
defines, renamed so that icalendar builds it rather than take the IANA zone of that name,
or one added), re-encoded as UTF-16 or Latin-1, line endings mixed. Each case is fetched for
October 2026 in a child process whose address space and time this test bounds, not the code
under test: RLIMIT_AS in the child, and a per-case wait after which the child is killed.
Cases are served to a child one at a time, so a child serves many (importing once) and a
runaway still names its case. Asserted: nothing escapes ``fetch`` (bad input becomes
``failed`` or ``problems`` lines, one line each), and no case exceeds the bounds.
"""

from __future__ import annotations

import multiprocessing
import random
import re
import resource
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from multiprocessing.connection import Connection, wait
from pathlib import Path

import pytest

from timeaudit.connectors.contract import SourceSpec, Window
from timeaudit.connectors.ics import IcsConnector

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "ics"
SEED = 20261018
MUTATIONS_PER_FILE = 3
CASE_SECONDS = 10.0  # generous: the point is catching runaways, which take minutes
MEMORY = 1536 * 2**20  # RLIMIT_AS of a child, bytes
WINDOW = Window(datetime(2026, 10, 1, tzinfo=UTC), datetime(2026, 11, 1, tzinfo=UTC))

Case = tuple[str, bytes]
# what a child says about one case: (name, what escaped fetch or "", lines said, events)
Outcome = tuple[str, str, list[str], int]

HOSTILE_RULES = [
    "RRULE:FREQ=SECONDLY",
    "RRULE:FREQ=MINUTELY;INTERVAL=0",
    "RRULE:FREQ=DAILY;INTERVAL=0",
    "RRULE:FREQ=HOURLY;COUNT=99999999",
    "RRULE:FREQ=SECONDLY;UNTIL=99991231T235959Z",
    "RRULE:FREQ=WEEKLY;BYDAY=" + ",".join(["MO", "TU", "1WE", "-1FR"] * 1500),
    "RRULE:FREQ=MINUTELY;BYSECOND=0,10,20,30,40,50;BYHOUR=" + ",".join(map(str, range(24))),
    "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
    "RRULE:FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6",
    "RRULE:FREQ=MONTHLY;BYMONTHDAY=99999",
    "RRULE:FREQ=FORTNIGHTLY",
    "EXRULE:FREQ=SECONDLY;INTERVAL=0",
]
HOSTILE_STARTS = ["DTSTART:00010101T000000Z", "DTSTART:99991231T235959Z", "DTSTART:00010101"]
# in a STANDARD or DAYLIGHT part: each stalls the first time converted to the zone, unguarded
HOSTILE_ZONE_RULES = [
    "RRULE:FREQ=SECONDLY",
    "RRULE:FREQ=YEARLY;INTERVAL=0",
    "RRULE:FREQ=DAILY;COUNT=99999999",
    "RRULE:FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYHOUR=0,12",
    "EXRULE:FREQ=MINUTELY",
    "DTSTART:00010101T000000",
]
ZONE = (
    "BEGIN:VTIMEZONE\r\nTZID:Fuzzed Zone\r\nBEGIN:STANDARD\r\nDTSTART:19701025T030000\r\n"
    "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
    "END:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:19700329T020000\r\nTZOFFSETFROM:+0100\r\n"
    "TZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n"
    "END:VTIMEZONE\r\n"
)


def flip_bytes(rng: random.Random, data: bytes) -> bytes:
    flipped = bytearray(data)
    for _ in range(rng.randint(1, 16)):
        if flipped:
            flipped[rng.randrange(len(flipped))] ^= 1 << rng.randrange(8)
    return bytes(flipped)


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def inject(rng: random.Random, data: bytes) -> bytes:
    """A hostile rule added to (or a hostile DTSTART put in) a random event."""
    lines = data.splitlines(keepends=True)
    events = [i for i, line in enumerate(lines) if line.strip() == b"BEGIN:VEVENT"]
    if not events:
        return data + f"\r\n{rng.choice(HOSTILE_RULES)}\r\n".encode()
    at = rng.choice(events) + 1
    if rng.random() < 0.3:
        end = next((i for i in range(at, len(lines)) if lines[i].startswith(b"END:VEVENT")), at)
        starts = [i for i in range(at, end) if lines[i].startswith(b"DTSTART")]
        line = rng.choice(HOSTILE_STARTS)
        if starts:
            lines[starts[0]] = line.encode() + b"\r\n"
            return b"".join(lines)
    else:
        line = rng.choice(HOSTILE_RULES)
    return b"".join([*lines[:at], line.encode() + b"\r\n", *lines[at:]])


def inject_zone(rng: random.Random, data: bytes) -> bytes:
    """A hostile rule (or a start in the year 1) put in a STANDARD or DAYLIGHT part of a time
    zone that events use: one of the file's, renamed where the file names it (icalendar builds
    a zone from the file only for a name that is no IANA zone), or one added for an event."""
    if b"BEGIN:STANDARD" not in data and b"BEGIN:DAYLIGHT" not in data:
        data = _zone_added(rng, data)
    lines = data.splitlines(keepends=True)
    parts = [i for i, line in enumerate(lines) if line.strip() in _ZONE_PARTS]
    if not parts:
        return data
    at = rng.choice(parts) + 1
    rule = rng.choice(HOSTILE_ZONE_RULES).encode() + b"\r\n"
    lines.insert(at, rule)
    names = [line.split(b":", 1)[1].strip() for line in lines[:at] if line.startswith(b"TZID:")]
    data = b"".join(lines)
    if not names or names[-1] == b"Fuzzed Zone":
        return data
    name = names[-1]
    return re.sub(rb'(TZID[=:]"?)' + re.escape(name), lambda m: m[1] + b"Fuzzed " + name, data)


_ZONE_PARTS = (b"BEGIN:STANDARD", b"BEGIN:DAYLIGHT")


def _zone_added(rng: random.Random, data: bytes) -> bytes:
    """``data`` with a zone of its own, and an event that starts in it."""
    lines = data.splitlines(keepends=True)
    starts = [i for i, line in enumerate(lines) if line.startswith(b"DTSTART")]
    if starts:
        lines[rng.choice(starts)] = b"DTSTART;TZID=Fuzzed Zone:20261012T090000\r\n"
    begins = [i for i, line in enumerate(lines) if line.strip() == b"BEGIN:VCALENDAR"]
    if begins:
        lines.insert(begins[0] + 1, ZONE.encode())
    return b"".join(lines)


def reencode(rng: random.Random, data: bytes) -> bytes:
    text = data.decode("utf-8", "replace")
    return text.encode(rng.choice(["utf-16", "utf-16-be", "latin-1"]), "replace")


def mix_line_endings(rng: random.Random, data: bytes) -> bytes:
    lines = re.split(rb"\r\n|\n", data)
    return b"".join(line + rng.choice([b"\r\n", b"\n", b"\r"]) for line in lines)


MUTATIONS: list[Callable[[random.Random, bytes], bytes]] = [
    flip_bytes,
    truncate,
    inject,
    inject,
    inject_zone,
    inject_zone,
    reencode,
    mix_line_endings,
]


def cases() -> list[Case]:
    """Every corpus file, mutated MUTATIONS_PER_FILE ways (one or two mutations each)."""
    rng = random.Random(SEED)
    made = []
    for path in sorted(CORPUS.glob("*.ics")):
        for number in range(MUTATIONS_PER_FILE):
            data, names = path.read_bytes(), list[str]()
            for mutation in rng.sample(MUTATIONS, rng.choice([1, 1, 2])):
                data, names = mutation(rng, data), [*names, mutation.__name__]
            made.append((f"{path.name}#{number}:{'+'.join(names)}", data))
    return made


def serve(conn: Connection, memory: int) -> None:
    """The child: bounded in memory, fetch each case sent until told to stop (None)."""
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    with tempfile.TemporaryDirectory() as folder:
        while (case := conn.recv()) is not None:
            conn.send(fetch(Path(folder), case))


def fetch(folder: Path, case: Case) -> Outcome:
    name, data = case
    path = folder / "case.ics"
    path.write_bytes(data)
    spec = SourceSpec("fuzz", "ics", "owner@example.com", "Europe/Berlin", {"path": str(path)})
    try:
        batch = IcsConnector(spec).fetch(WINDOW, None)
    except BaseException as exc:  # what this test is about: nothing may escape fetch
        return name, f"{type(exc).__name__}: {exc}", [], 0
    said = [line.replace(str(path), "FILE") for line in batch.failed + batch.problems]
    return name, "", said, len(batch.events)


def run(all_cases: list[Case]) -> tuple[list[Outcome], list[str]]:
    """Every case's outcome, and the cases that ran out of time or killed their child."""
    context = multiprocessing.get_context("spawn")  # a fresh interpreter: no inherited memory
    outcomes: list[Outcome] = []
    runaways: list[str] = []
    waiting = list(reversed(all_cases))
    while waiting:
        ours, theirs = context.Pipe()
        child = context.Process(target=serve, args=(theirs, MEMORY), daemon=True)
        child.start()
        try:
            outcomes += serve_from(child, ours, waiting, runaways)
        finally:
            child.join(timeout=5)
            if child.is_alive():
                child.kill()
                child.join()
    return outcomes, runaways


def serve_from(
    child: multiprocessing.process.BaseProcess,
    ours: Connection,
    waiting: list[Case],
    runaways: list[str],
) -> list[Outcome]:
    """Hand ``child`` the waiting cases one by one until they run out or one is a runaway
    (which is then taken off the list, so a new child goes on with the next)."""
    outcomes: list[Outcome] = []
    while waiting:
        name, _ = case = waiting.pop()
        ours.send(case)
        if not wait([ours, child.sentinel], CASE_SECONDS):
            runaways.append(f"{name}: still running after {CASE_SECONDS:.0f} s")
            return outcomes
        try:
            outcomes.append(ours.recv())
        except EOFError:  # the child died: out of memory, or worse
            runaways.append(f"{name}: the child process died ({child.exitcode})")
            return outcomes
    ours.send(None)
    return outcomes


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"ICS corpus not found: {CORPUS}")
def test_mutated_corpus_files_are_read_within_bounds() -> None:
    all_cases = cases()
    assert len(all_cases) >= 300
    outcomes, runaways = run(all_cases)
    assert runaways == []
    assert [(name, escaped) for name, escaped, _, _ in outcomes if escaped] == []
    said = [(name, line) for name, _, lines, _ in outcomes for line in lines]
    assert [(n, line) for n, line in said if not line.startswith("FILE: ") or "\n" in line] == []
    assert [(n, line) for n, line in said if "MemoryError" in line] == []
    assert len(outcomes) == len(all_cases)
    assert sum(events for *_, events in outcomes) > 0
