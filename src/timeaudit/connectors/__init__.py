"""Connectors: the first stage. Each reads one kind of calendar source into normalised events.

A connector is small: it is built from a :class:`SourceSpec` and answers one question,
"what is on this calendar in this window, given where we left off?" with a :class:`SyncBatch`.
The contract (:mod:`.contract`) is re-exported here for plug-in authors; the registry
(:mod:`.registry`) finds connectors through the ``timeaudit.connectors`` entry-point group, where
built-in ones register exactly as a third-party one would; :mod:`.guard` wraps every call;
:mod:`.kit` holds what several connectors share (retry policy, zones, secrets).
"""

from timeaudit.connectors.contract import (
    Connector,
    ConnectorFactory,
    SourceSpec,
    SyncBatch,
    Window,
)

__all__ = ["Connector", "ConnectorFactory", "SourceSpec", "SyncBatch", "Window"]
