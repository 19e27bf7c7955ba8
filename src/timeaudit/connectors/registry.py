"""Connector kinds are plug-ins found through the ``timeaudit.connectors`` entry-point group;
built-in ones register exactly as a third-party one would. Each entry point names a
:class:`~timeaudit.connectors.contract.BaseConnector` subclass under its kind."""

from __future__ import annotations

import functools
import sys
from importlib.metadata import EntryPoint, entry_points

from timeaudit.connectors.contract import BaseConnector, Connector, SourceSpec
from timeaudit.errors import ConnectorError, TimeauditError, UsageError

ENTRY_POINT_GROUP = "timeaudit.connectors"


def installed_kinds() -> list[str]:
    """The names of the installed kinds, sorted, without importing any plug-in."""
    return sorted(_installed())


def connector_kinds() -> dict[str, type[BaseConnector]]:
    """Every installed connector class, by kind (every plug-in is imported)."""
    return {kind: _load(ep) for kind, ep in _installed().items()}


def connector_class(kind: str) -> type[BaseConnector] | None:
    """The installed connector of ``kind`` (only that plug-in is imported), or None."""
    found = _installed().get(kind)
    return None if found is None else _load(found)


def _installed() -> dict[str, EntryPoint]:
    """The group's entry points by kind (the first of a name wins). Config validation asks
    once per shared source and roster row, and scanning every installed distribution takes
    about 2 ms, so the scan is kept for as long as ``sys.path`` (where distributions are
    found) stays the same."""
    return _entry_points_on(tuple(sys.path))


@functools.lru_cache(maxsize=4)
def _entry_points_on(path: tuple[str, ...]) -> dict[str, EntryPoint]:
    found: dict[str, EntryPoint] = {}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        found.setdefault(ep.name, ep)
    return found


def _load(ep: EntryPoint) -> type[BaseConnector]:
    """The class an entry point names; a plug-in that cannot be imported, or registers
    something that is not a connector class, is a UsageError naming the kind."""
    try:
        loaded = ep.load()
    except Exception as exc:  # a third-party import failed: say which plug-in
        raise UsageError(
            f"connector kind {ep.name!r} ({ep.value}) cannot be loaded: "
            f"{type(exc).__name__}: {exc} (reinstall the package that provides it)"
        ) from exc
    if not (isinstance(loaded, type) and issubclass(loaded, BaseConnector)):
        raise UsageError(
            f"connector kind {ep.name!r} ({ep.value}) is not a connector class: a plug-in "
            "registers a subclass of timeaudit.connectors.BaseConnector"
        )
    return loaded


def make_connector(spec: SourceSpec) -> Connector:
    """The connector for ``spec``; a plug-in that cannot be loaded, and whatever its
    constructor raises, are a ConnectorError naming the source."""
    try:
        factory = connector_class(spec.kind)
    except UsageError as exc:
        raise ConnectorError(spec.name, str(exc)) from exc
    if factory is None:
        known = ", ".join(installed_kinds())
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
