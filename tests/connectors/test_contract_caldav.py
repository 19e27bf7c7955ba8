"""The CalDAV connector against the connector contract: the standard scenario uploaded to a
real Radicale server on 127.0.0.1 (one object per UID, a series with its overrides, as
CalDAV stores it), read with the password from an environment variable."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.contract.scenario import STANDARD, Scenario, to_ics
from tests.contract.suite import ConnectorContract
from tests.fakes.radicale import OWNER_PASSWORD, OWNER_USER, Collection, Radicale
from timeaudit.connectors.caldav.connector import CaldavConnector
from timeaudit.connectors.contract import Connector, SourceSpec


@pytest.fixture(scope="module")
def contract_calendar(radicale: Radicale) -> Collection:
    calendar = radicale.calendar("Contract")
    calendar.upload(to_ics(STANDARD))
    radicale.calendar("Private").put("x.ics", _OTHER)  # another calendar, not chosen
    return calendar


class TestCaldavContract(ConnectorContract):
    @pytest.fixture
    def connector_for(
        self,
        scenario: Scenario,
        tmp_path: Path,
        radicale: Radicale,
        contract_calendar: Collection,
        monkeypatch: pytest.MonkeyPatch,
    ) -> Connector:
        monkeypatch.delenv("TIMEAUDIT_CALDAV_URL", raising=False)
        monkeypatch.setenv("CONTRACT_CALDAV_PASSWORD", OWNER_PASSWORD)
        options = {
            "url": radicale.url,
            "username": OWNER_USER,
            "calendars": [contract_calendar.name],
            "password_env": "CONTRACT_CALDAV_PASSWORD",
        }
        spec = SourceSpec(
            "contract-caldav", "caldav", scenario.owner, scenario.tz, options, tmp_path, tmp_path
        )
        return CaldavConnector(spec)


_OTHER = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//timeaudit tests//caldav//EN
BEGIN:VEVENT
UID:not-chosen@tests.example
DTSTAMP:20260101T000000Z
DTSTART:20260316T120000Z
DTEND:20260316T130000Z
SUMMARY:On a calendar the source does not read
END:VEVENT
END:VCALENDAR
"""
