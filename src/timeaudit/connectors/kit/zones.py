"""Time-zone names as calendar sources write them, resolved to IANA zones in one place.

Sources name zones in several ways: IANA names ("Europe/Berlin"), UTC under many spellings
("Z", "GMT", "Etc/UTC", Outlook's "tzone://Microsoft/Utc"), Windows names that Exchange and
Outlook send ("W. Europe Standard Time", mapped through CLDR's table as icalendar ships it),
and IANA names behind a vendor prefix ("/mozilla.org/20050126_1/Europe/Berlin"). Each
connector used to know a different subset; one resolver means an event reads the same
whichever connector brought it.
"""

from __future__ import annotations

from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from timeaudit.errors import UsageError

UTC_ZONE = ZoneInfo("UTC")
#: Spellings of UTC itself (compared case-insensitively); they all become the one "UTC" zone
#: so events in UTC group together whatever wrote them. Zones that merely sit at +00:00 for
#: part of the year (Europe/London, Atlantic/Reykjavik) are not among them.
UTC_NAMES = frozenset({
    "utc", "z", "zulu", "gmt", "ut", "universal", "etc/utc", "etc/gmt", "etc/universal",
    "etc/zulu", "tzone://microsoft/utc", "coordinated universal time",
})  # fmt: skip


@cache
def zone_named(name: str) -> ZoneInfo | None:
    """The zone a source means by ``name``, or None when it names no zone we know (the
    caller falls back to the calendar's or the owner's zone, or reports the name)."""
    text = name.strip()
    if not text:
        return None
    if text.lower() in UTC_NAMES:
        return UTC_ZONE
    candidates = [text, WINDOWS_TO_OLSON.get(text, ""), *_without_prefix(text)]
    return next((zone for c in candidates if c and (zone := _iana(c)) is not None), None)


def _without_prefix(text: str) -> list[str]:
    """The name with ever more of a vendor prefix dropped: "/mozilla.org/x/Europe/Berlin"
    gives "mozilla.org/x/Europe/Berlin", "x/Europe/Berlin", "Europe/Berlin", "Berlin"."""
    parts = text.strip("/").split("/")
    return ["/".join(parts[i:]) for i in range(len(parts))]


def _iana(key: str) -> ZoneInfo | None:
    """The IANA zone with exactly this key. A folder of the zone database ("Europe") is
    not a zone: ZoneInfo raises IsADirectoryError for it, an OSError."""
    try:
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def owner_zone(source: str, name: str) -> ZoneInfo:
    """The zone of a source's owner (``name``, from the config), for floating and all-day
    times; an unknown name is the config's error, naming the source."""
    zone = zone_named(name)
    if zone is None:
        raise UsageError(
            f"source {source!r}: unknown time zone {name!r} "
            "(use an IANA name such as Europe/Berlin)"
        )
    return zone
