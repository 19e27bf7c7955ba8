"""The connector contract, the registry, and the guard around every connector call.

A connector is small: it is built from a :class:`SourceSpec` and answers one question,
"what is on this calendar in this window, given where we left off?" with a :class:`SyncBatch`.
Built-in connectors register through the ``timeaudit.connectors`` entry-point group exactly
as a third-party one would.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, Protocol

from timeaudit.errors import ConnectorError, TimeauditError, UsageError
from timeaudit.model import Event

ENTRY_POINT_GROUP = "timeaudit.connectors"


@dataclass(frozen=True)
class Window:
    """The half-open span ``[start, end)`` a sync covers; both aware."""

    start: datetime
    end: datetime


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


def endpoint(options: Mapping[str, Any], key: str, env: str, default: str) -> str:
    """An endpoint setting: the environment variable ``env`` wins, then the source's own
    ``key`` in config, then ``default``. Tests and sovereign clouds reach the same code."""
    return os.environ.get(env, "").strip() or str(options.get(key) or default)


def token_path(spec: SourceSpec, provider: str) -> Path:
    """Where a source's token cache lives: the data folder's tokens/, one file per source."""
    if spec.data_dir is None:
        raise UsageError(f"source {spec.name!r}: no data folder for its token; give --home")
    return spec.data_dir / "tokens" / f"{provider}-{spec.name}.json"


def available_kinds() -> dict[str, ConnectorFactory]:
    """Connector kinds installed in this environment, by entry-point name."""
    return {ep.name: ep.load() for ep in entry_points(group=ENTRY_POINT_GROUP)}


def connector_factory(kind: str) -> ConnectorFactory | None:
    """The installed connector of ``kind`` (only that plug-in is imported), or None."""
    found = entry_points(group=ENTRY_POINT_GROUP, name=kind)
    return next((ep.load() for ep in found), None)


def make_connector(spec: SourceSpec) -> Connector:
    factory = connector_factory(spec.kind)
    if factory is None:
        known = ", ".join(sorted(ep.name for ep in entry_points(group=ENTRY_POINT_GROUP)))
        raise UsageError(
            f"source {spec.name!r}: unknown kind {spec.kind!r} "
            f"(installed kinds: {known or 'none installed'})"
        )
    try:
        return factory(spec)
    except TimeauditError:
        raise
    except Exception as exc:  # a plug-in's constructor failed: name the source
        raise ConnectorError(
            spec.name, f"could not start the {spec.kind} connector: {exc}"
        ) from exc


def fetch_guarded(connector: Connector, window: Window, cursor: str | None) -> SyncBatch:
    """Call ``connector.fetch``; whatever it raises comes out as a ConnectorError that
    names the source, so one broken source never takes the others down."""
    name = connector.spec.name
    try:
        batch = connector.fetch(window, cursor)
    except ConnectorError:
        raise
    except TimeauditError as exc:
        raise ConnectorError(name, str(exc)) from exc
    except Exception as exc:
        raise ConnectorError(name, f"{type(exc).__name__}: {exc}") from exc
    for event in batch.events:
        if event.source != name:
            raise ConnectorError(name, f"connector returned an event of source {event.source!r}")
    return batch
