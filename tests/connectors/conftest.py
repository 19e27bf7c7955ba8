"""Shared by the connector tests: the test CA that the loopback TLS servers are signed by."""

from __future__ import annotations

from pathlib import Path

import pytest
import trustme


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
