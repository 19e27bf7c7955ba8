"""The guard around every connector call: whatever a connector raises comes out as a
:class:`ConnectorError` naming the source, so one broken source never takes the others down."""

from __future__ import annotations

from timeaudit.connectors.contract import Connector, SyncBatch, Window
from timeaudit.errors import ConnectorError, TimeauditError


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
