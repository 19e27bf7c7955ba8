"""The guard around every connector call: whatever a connector raises comes out as a
:class:`ConnectorError` naming the source, so one broken source never takes the others down.
And the one rule for an event that comes twice, shared by the connectors and the store."""

from __future__ import annotations

from collections.abc import Iterable

from timeaudit.connectors.contract import Connector, SyncBatch, Window
from timeaudit.errors import ConnectorError, TimeauditError
from timeaudit.model import Event


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


def dedupe(events: Iterable[Event]) -> list[Event]:
    """One event per key (source, UID, recurrence id): the last copy wins, in the order the
    keys first came.

    Last, because where a source yields one occurrence twice the later copy is the one
    delivered later: the later of two overlapping exports (files are read in order), the
    second of two calendars pasted into one file, a change replayed after the original.
    The store applies a batch by this same rule, so a connector that dedupes first and the
    store never disagree about which copy is kept.
    """
    return list({event.key: event for event in events}.values())
