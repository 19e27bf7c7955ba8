"""The Google connector against the connector contract: the standard scenario served as
events.list pages by the fake Google, read once as a signed-in desktop user (endpoints from
the environment) and once through a service account (endpoints from config)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from tests.contract.scenario import Scenario
from tests.contract.suite import ConnectorContract
from tests.fakes.google_kit import Sleeps, service_account_spec, serving, signed_in
from tests.fakes.google_scenario import google_items
from tests.fakes.google_server import FakeGoogle
from timeaudit.connectors.contract import Connector, SourceSpec
from timeaudit.connectors.google.connector import GoogleConnector


@pytest.fixture
def google(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeGoogle]:
    with serving(monkeypatch, env=False) as fake:
        yield fake


def _serve(google: FakeGoogle, scenario: Scenario) -> None:
    google.add_calendar(scenario.owner, scenario.tz)
    for entry in scenario.events:
        google.put(scenario.owner, *google_items(entry, scenario.owner))
    google.page_size = 4  # several pages, as a real calendar would need


class TestGoogleUserContract(ConnectorContract):
    # Google hides deleted events and instances from a full listing (no showDeleted).
    cancelled_listed: ClassVar[bool] = False

    @pytest.fixture
    def connector_for(
        self,
        scenario: Scenario,
        tmp_path: Path,
        google: FakeGoogle,
        monkeypatch: pytest.MonkeyPatch,
    ) -> Connector:
        _serve(google, scenario)
        google.add_user_token(scenario.owner, "refresh-owner")
        monkeypatch.setenv("TIMEAUDIT_GOOGLE_API_ENDPOINT", google.api_endpoint)
        monkeypatch.setenv("TIMEAUDIT_GOOGLE_TOKEN_URI", google.token_uri)
        spec = SourceSpec(
            "contract-google", "google", scenario.owner, scenario.tz, {}, tmp_path, tmp_path
        )
        signed_in(spec, refresh="refresh-owner")
        return GoogleConnector(spec, retry=Sleeps().retry())


class TestGoogleServiceAccountContract(ConnectorContract):
    cancelled_listed: ClassVar[bool] = False

    @pytest.fixture
    def connector_for(self, scenario: Scenario, tmp_path: Path, google: FakeGoogle) -> Connector:
        _serve(google, scenario)
        base = service_account_spec(tmp_path, google, scenario.owner, {scenario.owner})
        options = {**base.options, "api_endpoint": google.api_endpoint,
                   "token_uri": google.token_uri}  # fmt: skip
        spec = SourceSpec(
            "contract-google-sa", "google", scenario.owner, scenario.tz, options,
            tmp_path, tmp_path,
        )  # fmt: skip
        return GoogleConnector(spec, retry=Sleeps().retry())
