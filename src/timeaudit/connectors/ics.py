"""The ICS connector: calendars exported as iCalendar (.ics) files.

``icalendar`` parses each file and ``recurring_ical_events`` expands it (RRULE, RDATE, EXDATE,
RECURRENCE-ID overrides, VTIMEZONE, X-WR-TIMEZONE); nothing here re-implements either. This
module only finds the files; what each expanded occurrence means for the owner, and its
:class:`~timeaudit.model.Event`, is :mod:`~timeaudit.connectors.kit.ical`'s, shared with the
CalDAV connector.

Every file stands alone: one that cannot be read adds one line to ``SyncBatch.problems`` and
its path to ``SyncBatch.kept_calendars``, and the other files still load. A file whose events
partly fail to expand loads the rest and reports the failures in one line. An occurrence found
twice (overlapping exports, calendars pasted into one file) is kept once, the last copy read,
by the rule the store applies too (:func:`~timeaudit.connectors.guard.dedupe`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from timeaudit.connectors.contract import BaseConnector, SourceSpec, SyncBatch, Window
from timeaudit.connectors.guard import dedupe
from timeaudit.connectors.kit.ical import (
    MARGIN,
    Component,
    Failure,
    NotACalendar,
    Reader,
    describe,
    event_zone,
    expand,
    failures_line,
    parse_calendars,
    real_failures,
)
from timeaudit.connectors.kit.recurrence import IgnoredTimeZone
from timeaudit.connectors.kit.zones import owner_zone
from timeaudit.errors import UsageError
from timeaudit.model import Event

__all__ = [
    "MARGIN", "IcsConnector", "NotACalendar", "describe", "event_zone", "expand", "expand_raw",
    "read_calendars", "read_calendars_noted",
]  # fmt: skip

REEXPORT = "re-export the calendar or remove the file"
FIX_EVENTS = "fix those events in the calendar app and export again"


def read_calendars(path: Path) -> list[Component]:
    """Parse ``path`` into its top-level components (several when calendars were
    concatenated), apply X-WR-TIMEZONE and give every VEVENT without a UID a stable one.
    What :func:`read_calendars_noted` says about the file is not kept."""
    return read_calendars_noted(path)[0]


def read_calendars_noted(path: Path) -> tuple[list[Component], list[IgnoredTimeZone]]:
    """:func:`read_calendars`, and one note per VTIMEZONE left out because its rules would
    stall the first time converted to it (see :func:`.kit.ical.parse_calendars`)."""
    return parse_calendars(path.read_bytes(), path.name)


def expand_raw(path: Path, start: datetime, end: datetime) -> int:
    """How many occurrences the connector's expansion finds in ``path`` between ``start``
    and ``end``, before they are mapped to events or cut to a window. Raises what parsing
    raises, and the first expansion failure."""
    occurrences, failures = expand(read_calendars(path), start, end)
    failed, _ = real_failures(failures)
    if failed:
        raise failed[0][1]
    return len(occurrences)


class IcsConnector(BaseConnector):
    """Reads the ``path`` option: a .ics file, a folder (every ``*.ics`` below it), or a
    list of either; relative paths resolve against ``spec.base_dir`` or the working folder."""

    cpu_bound = True  # parsing, not waiting: many calendars are read in worker processes

    @classmethod
    def check_options(cls, options: Mapping[str, Any]) -> list[str]:
        """``path`` must name what to read; whether it exists is the sync's to report, as
        files come and go between runs."""
        raw = options.get("path")
        if not raw:
            return ["path: missing: the .ics file or folder to read"]
        if _path_values(raw) is None:
            return [f"path: must be a .ics file, a folder, or a list of them, not {raw!r}"]
        return []

    def __init__(self, spec: SourceSpec) -> None:
        super().__init__(spec)
        self.paths = _path_option(spec)
        zone = owner_zone(spec.name, spec.tz)
        self.zone = zone
        self.reader = Reader(spec.name, spec.owner, zone)

    def fetch(self, window: Window, cursor: str | None) -> SyncBatch:
        """Every event in ``window`` from every file, as a complete batch. Files have no
        incremental sync, so the cursor is a fingerprint of the files' bytes, the window and
        the owner's zone: when it matches, nothing is parsed again and the batch is empty
        (``reused``). A batch with problems gets no cursor, so the next run reads (and
        warns) again."""
        batch = SyncBatch(complete=True, cursor=None)
        files = self._files(batch)
        fingerprint = None if batch.failed else self._fingerprint(files, window)
        if fingerprint is not None and fingerprint == cursor:
            return SyncBatch(complete=False, cursor=cursor, reused=True)
        loaded = [event for path in files for event in self._load(path, window, batch)]
        batch.events = sorted(dedupe(loaded), key=lambda e: (e.start, e.key))
        if not (batch.problems or batch.failed):
            batch.cursor = fingerprint
        return batch

    def _fingerprint(self, files: Sequence[Path], window: Window) -> str | None:
        spec = self.spec
        head = (
            f"{_FORMAT}|{spec.owner}|{spec.tz}|{window.start.isoformat()}|{window.end.isoformat()}"
        )
        digest = hashlib.sha256(head.encode())
        for path in files:
            try:
                content = path.read_bytes()
            except OSError:
                return None  # _load reports it
            digest.update(f"|{path}|{len(content)}|".encode())
            digest.update(content)
        return f"ics:{digest.hexdigest()}"

    def _files(self, batch: SyncBatch) -> list[Path]:
        files: dict[Path, None] = {}
        for path in self.paths:
            if path.is_dir():
                found = sorted(p for p in path.rglob("*.ics") if p.is_file())
                if not found:
                    batch.failed.append(f"{path}: no .ics files in this folder ({_CHECK})")
                files.update(dict.fromkeys(found))
            elif path.is_file():
                files[path] = None
            else:
                batch.failed.append(f"{path}: no such file or folder ({_CHECK})")
                batch.kept_calendars.add(str(path))
        return list(files)

    def _load(self, path: Path, window: Window, batch: SyncBatch) -> list[Event]:
        """One file's events. A file that cannot be read is a failure, events of it that
        cannot be read a warning; either is one line, and the store keeps what it had from
        the file."""
        try:
            calendars, ignored = read_calendars_noted(path)
        except Exception as exc:  # icalendar raises ValueError and worse on bad input
            batch.failed.append(_unreadable_message(path, exc))
            batch.kept_calendars.add(str(path))
            return []
        events, failures = self.reader.events(calendars, window, str(path))
        failed, bounded = real_failures(failures)
        batch.problems += [f"{path}: {note}" for note in [*ignored, *bounded]]
        if failed:
            batch.problems.append(_failures_message(path, failed))
        if failed or bounded or ignored:
            batch.kept_calendars.add(str(path))
        return events


_CHECK = "check the path setting of this source"
#: Bumped whenever reading changes what an unchanged file yields, so old cursors miss
#: (3: an event in two files or calendars is the last copy, as in the store; zone names are
#: read by the shared resolver, so every spelling of UTC is "UTC"; 4: events carry their
#: ``ical_uid``; 5: recurrence rules are bounded before expansion; 6: the series of a file
#: share a monthly budget, and a VTIMEZONE whose rules are not yearly is ignored).
_FORMAT = "timeaudit-ics-6"


def _path_values(raw: Any) -> list[str] | None:
    """The ``path`` option as a list of non-empty strings, or None when it is not one."""
    values = [raw] if isinstance(raw, str) else raw if isinstance(raw, list | tuple) else []
    if not values or not all(isinstance(v, str) and v for v in values):
        return None
    return [str(v) for v in values]


def _path_option(spec: SourceSpec) -> list[Path]:
    values = _path_values(spec.options.get("path"))
    if values is None:
        raise UsageError(
            f"source {spec.name!r}: the ics connector needs the option path: "
            "a .ics file, a folder, or a list of them"
        )
    base = spec.base_dir if spec.base_dir is not None else Path.cwd()
    return [(base / Path(v).expanduser()).resolve() for v in values]


def _unreadable_message(path: Path, exc: Exception) -> str:
    if isinstance(exc, OSError):
        return f"{path}: cannot be read: {exc.strerror or exc} (check the file's permissions)"
    if isinstance(exc, NotACalendar):
        return f"{path}: {exc}"
    return f"{path}: not a valid iCalendar file: {describe(exc)} ({REEXPORT})"


def _failures_message(path: Path, failures: list[Failure]) -> str:
    return failures_line(str(path), failures, FIX_EVENTS)
