"""The Microsoft 365 connector against the connector contract: the standard scenario rendered
as Graph's calendarView, served by the fake Graph, signed in with client credentials at the
fake identity server over TLS (real MSAL)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
import requests
import trustme

from tests.contract.scenario import Scenario
from tests.contract.suite import ConnectorContract
from tests.fakes.graph_server import GraphServer, scenario_items
from tests.fakes.identity_server import CLIENT_ID, IdentityServer
from timeaudit.connectors.contract import Connector, SourceSpec
from timeaudit.connectors.microsoft.connector import MicrosoftConnector


class TestMicrosoftContract(ConnectorContract):
    # Outlook deletes an occurrence its organiser cancels; invitations others cancelled stay.
    cancelled_listed: ClassVar[bool] = False

    @pytest.fixture
    def connector_for(
        self, scenario: Scenario, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> Iterator[Connector]:
        for name in ("TIMEAUDIT_MS_AUTHORITY", "TIMEAUDIT_GRAPH_ENDPOINT"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("CONTRACT_MS_SECRET", "s3cret")
        ca = trustme.CA()
        ca_file = tmp_path / "ca.pem"
        ca.cert_pem.write_to_path(str(ca_file))
        mailbox = f"users/{scenario.owner}"
        with IdentityServer(ca) as identity, GraphServer([mailbox]) as graph:
            identity.secrets[CLIENT_ID] = "s3cret"
            graph.authorize = lambda token: token in identity.issued
            graph.put(*scenario_items(scenario))
            spec = SourceSpec(
                name="contract-microsoft",
                kind="microsoft",
                owner=scenario.owner,
                tz=scenario.tz,
                options={
                    "auth": "client-credentials",
                    "tenant": identity.tenant,
                    "client_id": CLIENT_ID,
                    "client_secret_env": "CONTRACT_MS_SECRET",
                    "authority": identity.url,
                    "graph_endpoint": graph.base,
                    "page_size": 4,
                },
                data_dir=tmp_path / "data",
                base_dir=tmp_path,
            )
            with requests.Session() as session:
                session.trust_env = False
                session.verify = str(ca_file)
                yield MicrosoftConnector(spec, session=session)
