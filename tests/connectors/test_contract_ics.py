"""The ICS connector against the connector contract: the standard scenario rendered as one
.ics export."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.contract.scenario import Scenario, to_ics
from tests.contract.suite import ConnectorContract
from timeaudit.connectors.contract import Connector, SourceSpec
from timeaudit.connectors.ics import IcsConnector


class TestIcsContract(ConnectorContract):
    @pytest.fixture
    def connector_for(self, scenario: Scenario, tmp_path: Path) -> Connector:
        (tmp_path / "scenario.ics").write_bytes(to_ics(scenario))
        spec = SourceSpec(
            name="contract-ics",
            kind="ics",
            owner=scenario.owner,
            tz=scenario.tz,
            options={"path": "scenario.ics"},
            base_dir=tmp_path,
        )
        return IcsConnector(spec)
