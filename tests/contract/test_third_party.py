"""A connector from outside the project, written against the contract alone: registered in the
``timeaudit.connectors`` entry-point group by an installed distribution (made in the test, as
pip would leave it), it passes config validation, shares a source when it says it may, reports
its own option problems as one-line config errors naming the source, and syncs into the
store, with no change to the core."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from timeaudit.config.checks import sharing
from timeaudit.config.load import load_config
from timeaudit.config.types import Config
from timeaudit.connectors import BaseConnector, SourceSpec, SyncBatch, Window
from timeaudit.connectors.contract import SignInNotNeeded
from timeaudit.connectors.registry import connector_class, installed_kinds, make_connector
from timeaudit.errors import ConfigError, ConnectorError
from timeaudit.model import Event
from timeaudit.store.sqlite import Store
from timeaudit.sync.pull import sync

BERLIN = ZoneInfo("Europe/Berlin")
MARCH = Window(datetime(2026, 3, 1, tzinfo=BERLIN), datetime(2026, 4, 1, tzinfo=BERLIN))


class NotesConnector(BaseConnector):
    """Reads a text file with one meeting a line: ``2026-03-02 09:00 60 Title``, in the
    owner's zone. Only ``fetch`` is required; the rest overrides the contract's defaults."""

    OPTIONS = ("file", "shared")
    sharing = "a notes source with shared = true"

    @classmethod
    def check_options(cls, options: Mapping[str, Any]) -> list[str]:
        problems = []
        if not isinstance(options.get("file"), str) or not options["file"]:
            problems.append("file: missing: the notes file to read")
        problems += [
            f"{key!r} is not an option of notes sources (known: {', '.join(cls.OPTIONS)})"
            for key in sorted(set(options) - set(cls.OPTIONS))
        ]
        return problems

    @classmethod
    def serves_many(cls, options: Mapping[str, Any]) -> bool:
        return options.get("shared") is True

    def fetch(self, window: Window, cursor: str | None) -> SyncBatch:
        base = self.spec.base_dir or Path.cwd()
        lines = (base / str(self.spec.options["file"])).read_text().splitlines()
        events = [self._event(line) for line in lines if line.strip()]
        return SyncBatch([e for e in events if window.holds(e)], cursor="notes-1")

    def _event(self, line: str) -> Event:
        day, hour, minutes, title = line.split(maxsplit=3)
        start = datetime.fromisoformat(f"{day}T{hour}").replace(tzinfo=ZoneInfo(self.spec.tz))
        end = start + timedelta(minutes=int(minutes))
        return Event(self.spec.name, self.spec.owner, f"{day}-{hour}", start, end, title=title)


def not_a_connector(spec: SourceSpec) -> None:
    """What a broken plug-in might register: a function, not a connector class."""


ENTRY_POINTS = f"""[timeaudit.connectors]
notes = {__name__}:NotesConnector
broken = {__name__}:not_a_connector
"""


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The plug-in's distribution on sys.path, as installing it would leave it."""
    site = tmp_path / "site"
    dist = site / "timeaudit_notes-1.0.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: timeaudit-notes\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text(ENTRY_POINTS)
    monkeypatch.syspath_prepend(str(site))
    yield tmp_path


def people(source: str, *who: str) -> str:
    return "".join(
        f'[[people]]\nemail = "{w}@example.com"\nrole = "manager"\ntz = "Europe/Berlin"\n'
        f'sources = ["{source}"]\n\n'
        for w in who
    )


def config_at(folder: Path, text: str) -> Config:
    path = folder / "timeaudit.toml"
    path.write_text(text, encoding="utf-8")
    return load_config(path)


def problems_of(folder: Path, text: str) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        config_at(folder, text)
    return caught.value.problems


def test_the_plug_in_is_found_like_the_built_in_kinds(installed: Path) -> None:
    assert {"broken", "google", "ics", "microsoft", "notes"} <= set(installed_kinds())
    assert connector_class("notes") is NotesConnector


def test_its_sources_pass_validation_and_sync_into_the_store(installed: Path) -> None:
    (installed / "ana.txt").write_text("2026-03-02 09:00 60 Board prep\n2026-03-03 14:00 30 1:1\n")
    config = config_at(installed, people("ana-notes", "ana") + (
        '[sources.ana-notes]\nkind = "notes"\nfile = "ana.txt"\n'
    ))  # fmt: skip
    with Store(installed / "store.sqlite") as store:
        outcomes = sync(store, config, config.people, lambda person: MARCH)
        stored = store.events(["ana@example.com"], MARCH.start, MARCH.end)
        cursor = store.cursor("ana-notes", "ana@example.com")
    assert [(o.source, o.error, o.events) for o in outcomes] == [("ana-notes", None, 2)]
    assert list(stored["title"]) == ["Board prep", "1:1"]
    assert cursor == "notes-1"


def test_its_option_problems_are_config_errors_naming_the_source(installed: Path) -> None:
    text = people("ana-notes", "ana") + '[sources.ana-notes]\nkind = "notes"\ncolour = "red"\n'
    assert problems_of(installed, text) == [
        "sources.ana-notes.file: missing: the notes file to read",
        "sources.ana-notes: 'colour' is not an option of notes sources (known: file, shared)",
    ]


def test_it_says_when_a_source_may_serve_several_people(installed: Path) -> None:
    table = '[sources.team]\nkind = "notes"\nfile = "team.txt"\n'
    config = config_at(installed, people("team", "ana", "bo") + table + "shared = true\n")
    assert [p.sources for p in config.people] == [("team",), ("team",)]
    assert problems_of(installed, people("team", "ana", "bo") + table) == [
        f"sources.team: belongs to both ana@example.com and bo@example.com; {sharing()}"
    ]
    assert sharing() == (
        'only a Google source with auth = "service-account" and no subject, a Microsoft '
        'source with auth = "client-credentials" and no mailbox, or a notes source with '
        "shared = true, may serve several people"
    )


def test_a_plug_in_that_is_not_a_connector_class_is_a_config_error(installed: Path) -> None:
    text = people("odd", "ana") + '[sources.odd]\nkind = "broken"\n'
    assert problems_of(installed, text) == [
        f"sources.odd.kind: connector kind 'broken' ({__name__}:not_a_connector) is not a "
        "connector class: a plug-in registers a subclass of timeaudit.connectors.BaseConnector"
    ]


def test_a_source_of_a_broken_plug_in_fails_alone_at_sync(installed: Path) -> None:
    with pytest.raises(ConnectorError) as caught:
        make_connector(SourceSpec("odd", "broken", "ana@example.com", "Europe/Berlin"))
    assert str(caught.value).startswith("odd: connector kind 'broken' (")


def test_it_inherits_the_defaults_it_does_not_override(installed: Path) -> None:
    spec = SourceSpec("ana-notes", "notes", "ana@example.com", "Europe/Berlin", {"file": "x"})
    assert (NotesConnector.cpu_bound, NotesConnector.can_sign_in) == (False, False)
    said: list[str] = []
    with pytest.raises(SignInNotNeeded) as caught:
        NotesConnector.sign_in(spec, say=said.append)
    assert said == []
    assert str(caught.value) == (
        "source 'ana-notes': a notes source has no account to sign in to; "
        "`timeaudit connect` is only for sources that read an account"
    )
