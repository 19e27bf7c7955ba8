"""`timeaudit bundle` on the bundled demo calendars plus a roster of hostile names: one
packet per person (folder or zip), every file present, zips deterministic and equal to the
folders, the summary's verdict, levers and trend, numbers that match the report, names that
cannot escape the output folder, and no title where none may be."""

from __future__ import annotations

import csv
import html
import io
import json
import shutil
import zipfile
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from importlib.resources import as_file, files
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from icalendar import Calendar, Event, vCalAddress
from markupsafe import escape

from timeaudit.app import runs as commands
from timeaudit.app import session
from timeaudit.audit.assess import NO_DATA
from timeaudit.audit.periods import Period
from timeaudit.cli.commands import main
from timeaudit.config.paths import Paths
from timeaudit.connectors.contract import SyncBatch, Window
from timeaudit.connectors.ics import IcsConnector
from timeaudit.render.bundle import PACKET_FILES, ZIP_TIME, Packet, levers_note, write
from timeaudit.render.levers import levers
from timeaudit.render.view import PersonView
from timeaudit.store.records import PRIVATE_TITLE

MONTH = "2026-10"
TODAY = date(2026, 11, 2)
SECRET = "Zeta-7 layoff plan"  # a private event's title: never in any file
#: email -> name: roster people with names that are hard to turn into file names
HOSTILE = {
    "x@evil.example": "../../x",
    "con@evil.example": "CON",
    "helena.twin@northwind.example": "Helena/Marsh",  # cleans up like "Helena Marsh"
}
OPTED_OUT = "gone@northwind.example"
BROKEN = "broken@northwind.example"  # their source fails on every fetch
DEMO_PEOPLE = 3
PACKETS = DEMO_PEOPLE + len(HOSTILE) + 1  # the broken person still gets a packet


def small_calendar(path: Path, owner: str) -> None:
    """A few meetings in October 2026, one of them private with a secret title."""
    meetings = [
        ("Strategy offsite prep", 5, 3.0, False),
        ("Weekly status sync", 6, 1.0, False),
        ("Weekly status sync", 13, 1.0, False),
        ("Hiring interview: platform lead", 14, 1.0, False),
        (SECRET, 15, 4.0, True),
        ("Incident bridge: checkout down", 20, 2.0, False),
    ]
    cal = Calendar()
    cal.add("prodid", "-//timeaudit tests//bundle//EN")
    cal.add("version", "2.0")
    for i, (title, day, hours, private) in enumerate(meetings):
        event = Event()
        event.add("uid", f"{owner.split('@')[0]}-{i}@tests.example")
        event.add("summary", title)
        start = datetime(2026, 10, day, 9, tzinfo=UTC)
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(hours=hours))
        event.add("dtstamp", datetime(2026, 9, 1, tzinfo=UTC))
        event.add("organizer", vCalAddress(f"mailto:{owner}"))
        for who in (owner, "someone@northwind.example"):
            event.add("attendee", vCalAddress(f"mailto:{who}"))
        if private:
            event.add("class", "PRIVATE")
        cal.add_component(event)
    path.write_bytes(cal.to_ical())


def write_home(home: Path, seed_model: Path) -> Path:
    """The demo config and calendars, plus a roster of hostile names, an opted-out person
    and a person whose source is broken; the seed model is copied in."""
    with as_file(files("timeaudit.samples")) as samples:
        for ics in Path(samples).glob("*.ics"):
            shutil.copy(ics, home / ics.name)
        demo = (Path(samples) / "demo.toml").read_text(encoding="utf-8")
    rows = ["email,name,role,tz,source,manager,team,opted_out"]
    sources = []
    for i, (email, name) in enumerate(HOSTILE.items()):
        small_calendar(home / f"small-{i}.ics", email)
        rows.append(f'{email},"{name}",manager,UTC,small-{i},,,')
        sources.append(f'[sources.small-{i}]\nkind = "ics"\npath = "small-{i}.ics"\n')
    rows.append(f"{OPTED_OUT},Gone Person,manager,UTC,gone,,,yes")
    rows.append(f"{BROKEN},Broken Source,manager,UTC,broken,,,")
    sources.append('[sources.gone]\nkind = "ics"\npath = "small-0.ics"\n')
    sources.append('[sources.broken]\nkind = "ics"\npath = "small-0.ics"\n')
    (home / "people.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    config = demo.replace("[settings]\n", '[settings]\nroster = "people.csv"\n', 1)
    (home / "config.toml").write_text(config + "\n" + "\n".join(sources), encoding="utf-8")
    (home / "models").mkdir()
    shutil.copy(seed_model, home / "models")
    return home


@dataclass(frozen=True)
class Runs:
    home: Path
    cli: Result
    folders: commands.BundleOutput
    zips: commands.BundleOutput
    zips_again: commands.BundleOutput
    redacted: commands.BundleOutput

    def view(self, email: str) -> PersonView:
        return next(v for v in self.folders.views if v.email == email)

    def folder(self, email: str) -> Path:
        index = next(i for i, v in enumerate(self.folders.views) if v.email == email)
        return self.folders.files[index]


def bundle(
    home: Path, out: str, *, zip: bool = False, redact: bool = False
) -> commands.BundleOutput:
    selection = session.Selection(Paths(home / "config.toml", home), home_given=True)
    period = Period.month(MONTH)
    return commands.bundle(
        selection, period, home / out, zip=zip, redact=redact, sync=False, today=TODAY
    )


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory, seed_model_file: Path) -> Runs:
    home = write_home(tmp_path_factory.mktemp("bundle-home"), seed_model_file)
    args = ["--home", str(home), "bundle", "--month", MONTH, "--out", str(home / "cli")]
    fetch = IcsConnector.fetch

    def failing(self: IcsConnector, window: Window, cursor: str | None) -> SyncBatch:
        if self.spec.name == "broken":
            raise OSError("connection refused")
        return fetch(self, window, cursor)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(IcsConnector, "fetch", failing)
        cli = CliRunner().invoke(main, args)
    folders = bundle(home, "folders")  # the pipeline runs here; the others reuse its result

    def again(out: str, *, zip: bool = False, redact: bool = False) -> commands.BundleOutput:
        return commands.write_bundles(
            folders.result, home / out, notes=folders.notes, zip=zip, redact=redact, today=TODAY
        )

    return Runs(
        home,
        cli,
        folders=folders,
        zips=again("zips", zip=True),
        zips_again=again("zips-again", zip=True),
        redacted=again("redacted", redact=True),
    )


def all_texts(output: commands.BundleOutput) -> dict[str, str]:
    """Every file of every packet (folders or zips): name -> text."""
    texts = {}
    for path in output.files:
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as archive:
                for name in archive.namelist():
                    texts[name] = archive.read(name).decode("utf-8")
        else:
            for file in path.iterdir():
                texts[f"{path.name}/{file.name}"] = file.read_text(encoding="utf-8")
    return texts


# -- the command --------------------------------------------------------------------------
def test_the_command_writes_a_packet_per_person_and_fails_for_the_broken_source(
    runs: Runs,
) -> None:
    result, out = runs.cli, runs.home / "cli"
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    packets = [line.removeprefix("packet: ") for line in lines if line.startswith("packet: ")]
    assert sorted(packets) == sorted(str(p) for p in out.iterdir())
    assert len(packets) == PACKETS
    assert lines[-1] == f"{PACKETS} packet(s) written; 1 opted-out person(s) skipped"
    assert result.stderr.splitlines()[-1] == (
        "timeaudit: error: 1 source(s) failed (broken); "
        "the reports use what the store already held for them"
    )


def test_opted_out_people_get_no_packet(runs: Runs) -> None:
    assert runs.folders.skipped == 1
    assert OPTED_OUT not in [v.email for v in runs.folders.views]
    for text in all_texts(runs.folders).values():
        assert "Gone Person" not in text
        assert OPTED_OUT not in text


# -- the packet ----------------------------------------------------------------------------
def test_every_packet_has_every_file(runs: Runs) -> None:
    assert len(runs.folders.files) == PACKETS
    for folder in runs.folders.files:
        assert folder.is_dir()
        assert sorted(p.name for p in folder.iterdir()) == sorted(PACKET_FILES)


def test_hostile_names_stay_inside_the_output_folder_and_never_collide(runs: Runs) -> None:
    out = (runs.home / "folders").resolve()
    folders = runs.folders.files
    assert sorted(folders) == sorted(out.iterdir())  # nothing written anywhere else
    assert all(p.resolve().parent == out for p in folders)
    assert len({p.name.lower() for p in folders}) == PACKETS
    assert runs.folder("x@evil.example").name == f"x-{MONTH}"
    assert runs.folder("con@evil.example").name == f"CON-{MONTH}"
    assert not (runs.home / f"x-{MONTH}").exists()
    helena = runs.folder("helena.marsh@northwind.example")
    twin = runs.folder("helena.twin@northwind.example")
    assert helena.name == f"Helena-Marsh-{MONTH}"
    assert twin != helena
    assert "Helena/Marsh" in (twin / "summary.md").read_text(encoding="utf-8")
    assert "Helena Marsh," in (helena / "summary.md").read_text(encoding="utf-8")


def test_zips_hold_the_folders_files(runs: Runs) -> None:
    out = runs.home / "zips"
    assert sorted(runs.zips.files) == sorted(out.iterdir())  # no temporary file left
    for folder, path in zip(runs.folders.files, runs.zips.files, strict=True):
        assert path.name == f"{folder.name}.zip"
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            assert names == sorted(f"{folder.name}/{n}" for n in PACKET_FILES)
            for name in PACKET_FILES:
                assert archive.read(f"{folder.name}/{name}") == (folder / name).read_bytes()
            assert {info.date_time for info in archive.infolist()} == {ZIP_TIME}


def test_zips_are_deterministic(runs: Runs) -> None:
    for first, second in zip(runs.zips.files, runs.zips_again.files, strict=True):
        assert first.name == second.name
        assert first.read_bytes() == second.read_bytes()


# -- the summary --------------------------------------------------------------------------
def test_the_summary_has_the_verdict_the_levers_and_the_trend(runs: Runs) -> None:
    view = runs.view("marcus.bell@northwind.example")
    found = levers(view)
    assert len(found) == 3
    page = (runs.folder(view.email) / "summary.html").read_text(encoding="utf-8")
    assert "Content-Security-Policy" in page
    assert "<script" not in page
    assert f'<span class="verdict-label">{view.verdict_label}</span>' in page
    assert escape(view.verdict_reason.capitalize()) in page
    assert page.count('<li class="lever lever-') == 3
    for lever in found:
        assert escape(lever.sentence) in page
    assert page.count("<svg") == 1
    assert len(view.trend) == 12
    for row in view.trend:
        assert f'<th scope="row">{row.month}</th>' in page
    text = (runs.folder(view.email) / "summary.md").read_text(encoding="utf-8")
    assert f"## Verdict: {view.verdict_label}\n" in text
    assert [line[:3] for line in text.splitlines() if line[:3] in ("1. ", "2. ", "3. ")] == [
        "1. ",
        "2. ",
        "3. ",
    ]


def test_the_summary_fits_one_a4_page_in_print() -> None:
    css = (files("timeaudit.reports") / "summary.css").read_text(encoding="utf-8")
    assert "size: A4" in css
    assert "@media print" in css


def test_the_numbers_match_the_report(runs: Runs) -> None:
    for view, folder in zip(runs.folders.views, runs.folders.files, strict=True):
        rows = list(csv.DictReader(io.StringIO((folder / "numbers.csv").read_text("utf-8"))))
        numbers = json.loads((folder / "numbers.json").read_text(encoding="utf-8"))
        report = (folder / "report.html").read_text(encoding="utf-8")
        split = report[
            report.index('id="split"') : report.index("</table>", report.index('id="split"'))
        ]
        assert [r["category"] for r in rows] == [s["category"] for s in numbers["split"]]
        for row, in_json in zip(rows, numbers["split"], strict=True):
            assert float(row["share"]) == pytest.approx(in_json["share"], abs=0.05)
            assert float(row["hours"]) == pytest.approx(in_json["hours"], abs=0.005)
            assert row["verdict"] == numbers["verdict"] == view.verdict
            assert f"{in_json['share']:.0f}%" in split
            assert f"{in_json['hours']:.1f}" in split


# -- privacy ------------------------------------------------------------------------------
def test_private_titles_appear_in_no_file(runs: Runs) -> None:
    twin = runs.view("helena.twin@northwind.example")
    assert PRIVATE_TITLE in [s.title for s in twin.sinks]  # the private event was counted
    for output in (runs.folders, runs.zips, runs.redacted):
        for name, text in all_texts(output).items():
            assert SECRET not in text, name
            assert SECRET.lower() not in text.lower(), name


def test_redact_leaves_no_title_in_any_file(runs: Runs) -> None:
    titles = {
        title
        for v in runs.folders.views
        for title in [
            *(s.title for s in v.sinks),
            *(d.title for d in v.delegation),
            *(f.title for f in v.fires),
        ]
        if title != PRIVATE_TITLE
    }
    assert len(titles) > 20
    forms = {form for t in titles for form in (t, escape(t), html.escape(t), json.dumps(t)[1:-1])}
    for name, text in all_texts(runs.redacted).items():
        shown = [form for form in forms if form in text]
        assert not shown, f"{name} shows {shown[:3]}"
        if name.endswith(".html"):
            assert "titles redacted" in text


# -- writing, without the pipeline ---------------------------------------------------------
PACKET = Packet("Ana-Lima-2026-10", {name: f"{name}: ü\n" for name in PACKET_FILES})


def test_a_failed_write_leaves_the_old_zip_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(PACKET, tmp_path, as_zip=True)
    before = path.read_bytes()

    def crash(self: Path, target: Path) -> Path:
        raise OSError("disk full")

    monkeypatch.setattr(Path, "replace", crash)
    changed = Packet(PACKET.stem, {**PACKET.files, "summary.md": "new\n"})
    with pytest.raises(OSError, match="disk full"):
        write(changed, tmp_path, as_zip=True)
    assert path.read_bytes() == before
    assert sorted(tmp_path.iterdir()) == [path]


@pytest.mark.parametrize("stem", ["", ".", "..", "../x", "a/b", "a\\b", "/etc"])
def test_a_packet_name_must_be_one_plain_path_component(tmp_path: Path, stem: str) -> None:
    with pytest.raises(ValueError, match="not a safe packet name"):
        write(Packet(stem, PACKET.files), tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_the_note_says_why_there_is_no_lever(runs: Runs) -> None:
    view = runs.view("marcus.bell@northwind.example")
    on_target = tuple(replace(r, hours=r.target, share=r.target, gap=0.0) for r in view.split)
    fitting = replace(view, split=on_target)
    assert levers_note(view, levers(view)).startswith("The actions that would bring")
    assert levers_note(fitting, ()).startswith("No lever needed: every category is within 5")
    empty = replace(view, verdict=NO_DATA)
    assert levers_note(empty, ()) == "Too few counted work hours in the period to suggest a lever."
