"""Connectors: the first stage. Each reads one kind of calendar source into normalised events.

A connector is small: it is built from a :class:`SourceSpec` and answers one question,
"what is on this calendar in this window, given where we left off?" with a :class:`SyncBatch`.
A plug-in subclasses :class:`BaseConnector`, which has a default for everything else the
program asks of a kind. The contract (:mod:`.contract`) is re-exported here for plug-in
authors; the registry (:mod:`.registry`) finds connectors through the ``timeaudit.connectors``
entry-point group, where built-in ones register exactly as a third-party one would;
:mod:`.guard` wraps every call and holds the rule for an event that comes twice; :mod:`.kit`
holds what several connectors share (retry policy, zones, secrets).
"""

from timeaudit.connectors.contract import (
    BaseConnector,
    Connector,
    ConnectorFactory,
    SourceSpec,
    SyncBatch,
    Window,
)

__all__ = ["BaseConnector", "Connector", "ConnectorFactory", "SourceSpec", "SyncBatch", "Window"]
