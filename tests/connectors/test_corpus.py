"""The ICS connector over the third-party robustness corpus (shared/corpus/ics: exports from
real calendar software, recurrence and time-zone edge cases, broken and fuzzed files).

For every file: fetching 2000-2030 never raises, and the file either loads cleanly or is named
in exactly one problem line. Where the manifest counts occurrences, the connector's raw
expansion (:func:`expand_raw`) finds exactly that many.
"""

from __future__ import annotations

import csv
import functools
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from timeaudit.connectors.contract import SourceSpec, SyncBatch, Window
from timeaudit.connectors.ics import IcsConnector, expand_raw

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "ics"
MANIFEST = CORPUS / "MANIFEST.csv"
WINDOW = Window(datetime(2000, 1, 1, tzinfo=UTC), datetime(2031, 1, 1, tzinfo=UTC))

# Files the manifest marks as failing (Calendar.from_ical raised) that the connector reads:
RECOVERED = {
    # Several VCALENDAR blocks in one file, as `cat a.ics b.ics` makes: the connector parses
    # with from_ical(multiple=True) and reads each calendar.
    "icalendar__src__icalendar__tests__calendars__multiple_calendar_components.ics",
}


def _rows() -> list[dict[str, str]]:
    if not MANIFEST.is_file():
        return []
    with MANIFEST.open(newline="", encoding="utf-8") as manifest:
        return list(csv.DictReader(manifest))


ROWS = _rows()
FAILING = [row for row in ROWS if row["error"]]
COUNTED = [row for row in ROWS if row["occurrences_2000_2030"]]


def _ids(rows: list[dict[str, str]]) -> list[str]:
    return [row["file"] for row in rows]


@functools.cache
def _fetch(path: Path) -> SyncBatch:
    """Each file fetched once for every test that looks at it (the tests only read it)."""
    spec = SourceSpec("corpus", "ics", "owner@example.com", "Europe/Berlin", {"path": str(path)})
    return IcsConnector(spec).fetch(WINDOW, None)


def test_corpus_is_present() -> None:
    if ROWS:
        return
    reason = f"ICS corpus not found: {MANIFEST} (shared/ must sit beside the repository)"
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.mark.parametrize("row", ROWS, ids=_ids(ROWS))
def test_loads_or_is_named_in_one_problem(row: dict[str, str]) -> None:
    path = CORPUS / row["file"]
    assert path.is_file()
    batch = _fetch(path)
    said = batch.failed + batch.problems  # a file that cannot be read, or events of it
    assert len(said) <= 1, said
    if said:
        (problem,) = said
        assert problem.startswith(f"{path}: ") and "\n" not in problem
        assert batch.kept_calendars == {str(path)}
    else:
        assert batch.kept_calendars == set()
    keys = [e.key for e in batch.events]
    assert len(keys) == len(set(keys))
    assert all(e.start < WINDOW.end and e.end > WINDOW.start for e in batch.events)


@pytest.mark.parametrize("row", FAILING, ids=_ids(FAILING))
def test_failing_files_are_reported(row: dict[str, str]) -> None:
    batch = _fetch(CORPUS / row["file"])
    if row["file"] in RECOVERED:
        assert batch.problems == batch.failed == []
        assert batch.events
    else:
        assert len(batch.failed + batch.problems) == 1


@pytest.mark.parametrize("row", COUNTED, ids=_ids(COUNTED))
def test_raw_expansion_matches_the_manifest(row: dict[str, str]) -> None:
    # The manifest counted with naive bounds (2000-01-01 and 2031-01-01 read in each event's
    # own zone); so does this. The connector's own window is aware and reads floating and
    # all-day times in the owner's zone, so at the window's edges it can differ by an instance.
    count = expand_raw(CORPUS / row["file"], datetime(2000, 1, 1), datetime(2031, 1, 1))
    assert count == int(row["occurrences_2000_2030"])
