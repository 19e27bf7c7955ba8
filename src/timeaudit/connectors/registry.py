"""Connector kinds are plug-ins found through the ``timeaudit.connectors`` entry-point group;
built-in ones register exactly as a third-party one would."""

from __future__ import annotations

from importlib.metadata import entry_points

from timeaudit.connectors.contract import Connector, ConnectorFactory, SourceSpec
from timeaudit.errors import ConnectorError, TimeauditError, UsageError

ENTRY_POINT_GROUP = "timeaudit.connectors"


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
