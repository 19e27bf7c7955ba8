"""Shared by the connector tests: the test CA that the loopback TLS servers are signed by,
and the real CalDAV server the caldav tests run against."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import trustme

if TYPE_CHECKING:
    from tests.fakes.radicale import Radicale


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    """A CA made for one test module: what a real identity server, or a TLS-inspecting
    company proxy, would sign with."""
    return trustme.CA()


@pytest.fixture(scope="module")
def ca_file(ca: trustme.CA, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """:func:`ca`'s certificate as a PEM file, as a CA bundle setting names it."""
    path = tmp_path_factory.mktemp("ca") / "company-ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return path


@pytest.fixture(scope="module")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Radicale]:
    """One Radicale server on 127.0.0.1 per test module (the caldav tests' and the contract
    suite's), stopped after it. Imported here, not above: it needs the caldav extra, which
    the other connector tests do not."""
    from tests.fakes.radicale import Radicale

    server = Radicale(tmp_path_factory.mktemp("radicale"))
    try:
        yield server
    finally:
        server.stop()
