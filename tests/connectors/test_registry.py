"""The registry of connector kinds (:mod:`timeaudit.connectors.registry`): the built-in kinds
register as plug-ins do, and each declares what the core asks of it on the contract's class
attributes instead of being probed with getattr."""

from __future__ import annotations

import pytest

from timeaudit.connectors.caldav.connector import CaldavConnector
from timeaudit.connectors.contract import BaseConnector, SourceSpec
from timeaudit.connectors.google.connector import GoogleConnector
from timeaudit.connectors.ics import IcsConnector
from timeaudit.connectors.microsoft.connector import MicrosoftConnector
from timeaudit.connectors.registry import (
    connector_class,
    connector_kinds,
    installed_kinds,
    make_connector,
)
from timeaudit.errors import UsageError


def test_the_built_in_kinds_are_connector_classes() -> None:
    assert connector_kinds() == {
        "caldav": CaldavConnector, "google": GoogleConnector, "ics": IcsConnector,
        "microsoft": MicrosoftConnector,
    }  # fmt: skip
    assert all(issubclass(cls, BaseConnector) for cls in connector_kinds().values())
    assert installed_kinds() == ["caldav", "google", "ics", "microsoft"]
    assert connector_class("carrier-pigeon") is None


def test_each_kind_declares_what_the_core_asks_of_it() -> None:
    declared = {
        kind: (cls.cpu_bound, cls.can_sign_in, cls.sharing)
        for kind, cls in connector_kinds().items()
    }
    assert declared == {
        "caldav": (False, True, ""),
        "google": (False, True, 'a Google source with auth = "service-account" and no subject'),
        "ics": (True, False, ""),
        "microsoft": (
            False, True, 'a Microsoft source with auth = "client-credentials" and no mailbox',
        ),
    }  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "options", "shared"),
    [
        ("google", {"auth": "service-account"}, True),
        ("google", {"auth": "service-account", "subject": "a@example.com"}, False),
        ("google", {}, False),
        ("microsoft", {"auth": "client-credentials"}, True),
        ("microsoft", {"auth": "client-credentials", "mailbox": "a@example.com"}, False),
        ("ics", {"path": "team.ics"}, False),
        ("caldav", {"provider": "icloud", "username": "a@icloud.com"}, False),
    ],
)
def test_serves_many_is_the_kinds_own_answer(
    kind: str, options: dict[str, str], shared: bool
) -> None:
    cls = connector_class(kind)
    assert cls is not None and cls.serves_many(options) is shared


def test_connect_is_offered_only_the_kinds_that_sign_in() -> None:
    signing = {kind for kind, cls in connector_kinds().items() if cls.can_sign_in}
    assert signing == {"caldav", "google", "microsoft"}


def test_an_unknown_kind_names_the_installed_ones() -> None:
    with pytest.raises(UsageError) as caught:
        make_connector(SourceSpec("pigeons", "carrier-pigeon", "a@example.com", "UTC"))
    assert str(caught.value) == (
        "source 'pigeons': unknown kind 'carrier-pigeon' "
        "(installed kinds: caldav, google, ics, microsoft)"
    )
