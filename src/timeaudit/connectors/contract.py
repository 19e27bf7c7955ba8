"""The connector contract: what a connector is told (:class:`SourceSpec`) and what it answers
(:class:`SyncBatch`) for a :class:`Window`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from timeaudit.model import Event


@dataclass(frozen=True)
class Window:
    """The half-open span ``[start, end)`` a sync covers; both aware."""

    start: datetime
    end: datetime

    def holds(self, event: Event) -> bool:
        """Whether ``event`` overlaps the window, half-open; a zero-length event belongs where
        it starts. The one overlap test every connector uses."""
        start, end = event.start.astimezone(UTC), event.end.astimezone(UTC)
        if start == end:
            return self.start <= start < self.end
        return start < self.end and end > self.start


@dataclass(frozen=True)
class SourceSpec:
    """Everything a connector is told about the source it reads.

    ``owner`` is the calendar owner's address (how the connector recognises the owner among
    attendees), ``tz`` the owner's zone (given to floating times), ``options`` the source's
    own settings from config, ``data_dir`` where it may keep token caches (mode 0600).
    """

    name: str
    kind: str
    owner: str
    tz: str
    options: Mapping[str, Any] = field(default_factory=dict)
    data_dir: Path | None = None
    base_dir: Path | None = None  # relative paths in options resolve against this


@dataclass
class SyncBatch:
    """What one fetch returns.

    ``complete`` means ``events`` is everything the source holds in the window: stored
    events of this source in the window that are not among them are deleted, except those
    whose ``calendar`` is listed in ``kept_calendars`` (a file or calendar that could not be
    read this time: nothing already stored is lost). An incremental fetch sets ``complete``
    false and lists deletions in ``removed`` as ``(uid, recurrence_id)``; an empty
    recurrence id removes the whole series. ``problems`` are one-line, user-facing
    messages about parts that failed while the rest loaded. ``reused`` says the source
    knew from the cursor alone that nothing changed (an empty, incomplete batch).
    """

    events: list[Event] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)
    complete: bool = True
    cursor: str | None = None
    kept_calendars: set[str] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)
    reused: bool = False  # nothing changed since ``cursor``: nothing was read again


class Connector(Protocol):
    """A calendar source. Implementations take a :class:`SourceSpec` in their constructor."""

    spec: SourceSpec

    def fetch(self, window: Window, cursor: str | None) -> SyncBatch:
        """Return the events in ``window``. ``cursor`` is what the last successful fetch
        returned as ``SyncBatch.cursor`` (None on a first or full sync)."""
        ...


ConnectorFactory = Callable[[SourceSpec], Connector]
