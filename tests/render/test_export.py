"""Exports are safe to open: no live spreadsheet formulas, no markup from calendar text,
no path tricks in file names."""

from __future__ import annotations

import csv
import io

import pandas as pd
import pytest

from timeaudit.render.export import safe_cell, to_csv
from timeaudit.render.jinja import md_escape
from timeaudit.render.report import safe_filename
from timeaudit.store.frames import display_titles
from timeaudit.store.records import PRIVATE_TITLE


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+1 555 0100", "'+1 555 0100"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("Weekly status", "Weekly status"),
        (1.5, 1.5),
    ],
)
def test_formula_cells_are_neutralised(value: object, shown: object) -> None:
    assert safe_cell(value) == shown


def test_csv_output_round_trips_hostile_text_as_text() -> None:
    table = pd.DataFrame(
        {"title": ["=cmd|' /C calc'!A0", 'a "quoted", comma'], "hours": [1.0, 2.0]}
    )
    rows = list(csv.reader(io.StringIO(to_csv(table))))
    assert rows == [
        ["title", "hours"],
        ["'=cmd|' /C calc'!A0", "1.0"],
        ['a "quoted", comma', "2.0"],
    ]


def test_private_titles_are_replaced_and_redact_hides_all() -> None:
    frame = pd.DataFrame({"title": ["Dentist", "Status"], "private": [True, False]})
    assert list(display_titles(frame)) == [PRIVATE_TITLE, "Status"]
    assert list(display_titles(frame, redact=True)) == ["(redacted)", "(redacted)"]


def test_markdown_cells_cannot_inject_markup() -> None:
    assert md_escape("<script>alert(1)</script> | [x](http://e)") == (
        "\\<script\\>alert\\(1\\)\\</script\\> \\| \\[x\\]\\(http://e\\)"
    )
    assert md_escape("two\nlines") == "two lines"
    assert len(md_escape("x" * 10_000)) == 201


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("Ana Lima", "Ana-Lima"),
        ("../../etc/passwd", "etc-passwd"),
        ("ana@example.com", "ana@example.com"),
        ("José Ñúñez", "José-Ñúñez"),
        ("...", "report"),
        ("a/b\\c:d*e?f", "a-b-c-d-e-f"),
    ],
)
def test_file_names_from_people_are_sanitised(name: str, safe: str) -> None:
    assert safe_filename(name) == safe


def test_two_people_with_the_same_name_never_share_a_report_file() -> None:
    from timeaudit.app.runs import unique_stem
    from timeaudit.config.types import Person

    used: set[str] = set()
    first = unique_stem(Person("a.kim@example.com", "Alex Kim", "manager", "UTC"), "2026-10", used)
    second = unique_stem(
        Person("alex.kim@example.org", "Alex Kim", "manager", "UTC"), "2026-10", used
    )
    assert first == "Alex-Kim-2026-10"
    assert second == "Alex-Kim-alex.kim@example.org-2026-10"


def test_the_events_table_shows_the_icalendar_uid_and_the_providers_id_beside_it() -> None:
    """One meeting read from an export, from Google and from Graph shows one uid; the ids
    Google and Graph keep it under stand in provider_id; a row stored before the iCalendar
    UID was kept shows its stored uid."""
    from timeaudit.render.export import events_table

    start = pd.Timestamp("2026-03-11T13:00:00Z")
    n = 4
    frame = pd.DataFrame(
        {
            "owner": ["ana@example.com"] * n,
            "source": ["export", "google", "m365", "old-google"],
            "uid": ["demo@acme", "g0d9f1", "AAMkAGI1", "g77"],
            "ical_uid": ["demo@acme", "demo@acme", "demo@acme", ""],
            "recurrence_id": ["", "", "", "2026-03-11T13:00:00Z"],
            "start": [start] * n,
            "end": [start + pd.Timedelta(hours=1)] * n,
            "title": ["Vendor demo"] * n,
            "private": [False] * n,
            "category": ["execution"] * n,
            "confidence": [0.5] * n,
            "reason": ["rule"] * n,
            "counted": [True] * n,
            "excluded_reason": [""] * n,
            "hours": [1.0] * n,
            "planning": [False] * n,
            "planning_reason": [""] * n,
        }
    )
    table = events_table(frame, {"ana@example.com": "Europe/Berlin"})
    assert sorted(zip(table["uid"], table["provider_id"], strict=True)) == [
        ("demo@acme", ""),
        ("demo@acme", "AAMkAGI1"),
        ("demo@acme", "g0d9f1"),
        ("g77", ""),
    ]
    header = next(csv.reader(io.StringIO(to_csv(table))))
    assert header[:3] == ["person", "uid", "recurrence_id"]
    assert header[-3:] == ["provider_id", "planning", "planning_reason"]


def test_a_private_events_reason_never_quotes_its_words() -> None:
    """The model's reason quotes the words that pushed it (``title 'dentist'``): on a
    private event, or on every event with --redact, those words are as hidden as the title."""
    from timeaudit.render.export import events_table

    start = pd.Timestamp("2026-03-11T13:00:00Z")
    reason = "model: title 'dentist', text 'dr. weiss', outside working hours"
    frame = pd.DataFrame(
        {
            "owner": ["ana@example.com"] * 2,
            "source": ["export"] * 2,
            "uid": ["a", "b"],
            "ical_uid": ["a", "b"],
            "recurrence_id": ["", ""],
            "start": [start, start + pd.Timedelta(hours=2)],
            "end": [start + pd.Timedelta(hours=1), start + pd.Timedelta(hours=3)],
            "title": ["Dentist Dr. Weiss", "Dentist Dr. Weiss"],
            "private": [True, False],
            "category": ["other"] * 2,
            "confidence": [0.9] * 2,
            "reason": [reason] * 2,
            "counted": [False] * 2,
            "excluded_reason": ["private"] * 2,
            "hours": [0.0] * 2,
            "planning": [True] * 2,
            "planning_reason": ["planning.session: planning session; title 'Dr. Weiss'"] * 2,
        }
    )
    shown = events_table(frame, {"ana@example.com": "Europe/Berlin"})
    hidden = "model: title words, text words, outside working hours"
    assert list(shown["reason"]) == [hidden, reason]
    assert "dentist" not in to_csv(shown).lower().split("\n")[1]
    redacted = events_table(frame, {"ana@example.com": "Europe/Berlin"}, redact=True)
    assert list(redacted["reason"]) == [hidden, hidden]
    planning = "planning.session: planning session; title words"
    assert list(shown["planning_reason"]) == [planning, frame["planning_reason"][1]]
    assert list(redacted["planning_reason"]) == [planning, planning]
