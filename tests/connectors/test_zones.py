"""The one resolver of zone names (:mod:`timeaudit.connectors.kit.zones`) that the ICS,
Google and Microsoft connectors share: IANA names, the spellings of UTC, the Windows names
Exchange and Outlook send, vendor-prefixed Olson names, and None for anything else."""

from __future__ import annotations

from datetime import UTC
from zoneinfo import ZoneInfo

import pytest

from timeaudit.connectors.ics import event_zone
from timeaudit.connectors.kit.zones import UTC_ZONE, zone_named


@pytest.mark.parametrize("name", ["Europe/Berlin", "America/New_York", "Asia/Kolkata"])
def test_an_iana_name_is_that_zone(name: str) -> None:
    assert zone_named(name) == ZoneInfo(name)
    assert zone_named(f"  {name} ") == ZoneInfo(name)


@pytest.mark.parametrize(
    "name",
    ["UTC", "utc", "Z", "z", "Zulu", "GMT", "Etc/UTC", "Etc/GMT", "Universal",
     "tzone://Microsoft/Utc", "Coordinated Universal Time", " UTC "],
)  # fmt: skip
def test_every_spelling_of_utc_is_the_one_utc_zone(name: str) -> None:
    assert zone_named(name) is UTC_ZONE
    assert UTC_ZONE.key == "UTC"


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("W. Europe Standard Time", "Europe/Berlin"),
        ("Pacific Standard Time", "America/Los_Angeles"),
        ("Eastern Standard Time", "America/New_York"),
        ("GMT Standard Time", "Europe/London"),  # London keeps its summer time: not UTC
    ],
)
def test_a_windows_name_is_its_cldr_zone(name: str, key: str) -> None:
    zone = zone_named(name)
    assert zone is not None and zone.key == key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("/mozilla.org/20050126_1/Europe/Berlin", "Europe/Berlin"),
        ("/softwarestudio.org/Olson_20011030_5/America/New_York", "America/New_York"),
    ],
)
def test_a_vendor_prefix_before_an_olson_name_is_dropped(name: str, key: str) -> None:
    zone = zone_named(name)
    assert zone is not None and zone.key == key


@pytest.mark.parametrize(
    "name",
    ["", "   ", "Mars/Olympus", "tzone://Microsoft/Custom", "Europe", "../etc/passwd",
     "/absolute", "Customized Time Zone"],
)  # fmt: skip
def test_an_unknown_name_is_none_for_the_caller_to_fall_back(name: str) -> None:
    assert zone_named(name) is None


def test_the_ics_connector_reads_a_resolved_zone_through_the_same_resolver() -> None:
    assert event_zone(ZoneInfo("Etc/UTC"), "ignored") is UTC_ZONE  # icalendar's ZoneInfo
    assert event_zone(UTC, "W. Europe Standard Time") == ZoneInfo("Europe/Berlin")  # its TZID
    assert event_zone(UTC, "Mars/Olympus") is None
