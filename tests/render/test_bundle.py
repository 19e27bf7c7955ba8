"""`timeaudit bundle` on the bundled demo calendars plus a roster of hostile names: one
packet per person (folder or zip), every file present, zips deterministic and equal to the
folders, the summary's verdict, levers and trend, numbers that match the report, names that
cannot escape the output folder, and no title where none may be."""

from __future__ import annotations

import csv
import html
import io
import json
import zipfile
from dataclasses import replace
from importlib.resources import files
from pathlib import Path

import pytest
from markupsafe import escape

from tests.render.conftest import OPTED_OUT, PACKETS, SECRET, Runs
from tests.render.conftest import REPORT_MONTH as MONTH
from timeaudit.app import runs as commands
from timeaudit.audit.assess import NO_DATA
from timeaudit.render.bundle import PACKET_FILES, ZIP_TIME, Packet, levers_note, write
from timeaudit.render.levers import levers, rhythm_lever
from timeaudit.store.records import PRIVATE_TITLE


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
    bundle_runs: Runs,
) -> None:
    result, out = bundle_runs.cli, bundle_runs.home / "cli"
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    packets = [line.removeprefix("packet: ") for line in lines if line.startswith("packet: ")]
    assert sorted(packets) == sorted(str(p) for p in out.iterdir())
    assert len(packets) == PACKETS
    assert lines[-1] == f"{PACKETS} packets written; 1 opted-out person skipped"
    assert result.stderr.splitlines()[-1] == (
        "timeaudit: error: 1 source failed (broken); "
        "what was written uses what the store already held for them"
    )


def test_opted_out_people_get_no_packet(bundle_runs: Runs) -> None:
    assert bundle_runs.folders.skipped == 1
    assert OPTED_OUT not in [v.email for v in bundle_runs.folders.views]
    for text in all_texts(bundle_runs.folders).values():
        assert "Gone Person" not in text
        assert OPTED_OUT not in text


# -- the packet ----------------------------------------------------------------------------
def test_every_packet_has_every_file(bundle_runs: Runs) -> None:
    assert len(bundle_runs.folders.files) == PACKETS
    for folder in bundle_runs.folders.files:
        assert folder.is_dir()
        assert sorted(p.name for p in folder.iterdir()) == sorted(PACKET_FILES)


def test_hostile_names_stay_inside_the_output_folder_and_never_collide(bundle_runs: Runs) -> None:
    out = (bundle_runs.home / "folders").resolve()
    folders = bundle_runs.folders.files
    assert sorted(folders) == sorted(out.iterdir())  # nothing written anywhere else
    assert all(p.resolve().parent == out for p in folders)
    assert len({p.name.lower() for p in folders}) == PACKETS
    assert bundle_runs.folder("x@evil.example").name == f"x-{MONTH}"
    assert bundle_runs.folder("con@evil.example").name == f"CON-{MONTH}"
    assert not (bundle_runs.home / f"x-{MONTH}").exists()
    helena = bundle_runs.folder("helena.marsh@northwind.example")
    twin = bundle_runs.folder("helena.twin@northwind.example")
    assert helena.name == f"Helena-Marsh-{MONTH}"
    assert twin != helena
    assert "Helena/Marsh" in (twin / "summary.md").read_text(encoding="utf-8")
    assert "Helena Marsh," in (helena / "summary.md").read_text(encoding="utf-8")


def test_zips_hold_the_folders_files(bundle_runs: Runs) -> None:
    out = bundle_runs.home / "zips"
    assert sorted(bundle_runs.zips.files) == sorted(out.iterdir())  # no temporary file left
    for folder, path in zip(bundle_runs.folders.files, bundle_runs.zips.files, strict=True):
        assert path.name == f"{folder.name}.zip"
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            assert names == sorted(f"{folder.name}/{n}" for n in PACKET_FILES)
            for name in PACKET_FILES:
                assert archive.read(f"{folder.name}/{name}") == (folder / name).read_bytes()
            assert {info.date_time for info in archive.infolist()} == {ZIP_TIME}


def test_zips_are_deterministic(bundle_runs: Runs) -> None:
    for first, second in zip(bundle_runs.zips.files, bundle_runs.zips_again.files, strict=True):
        assert first.name == second.name
        assert first.read_bytes() == second.read_bytes()


# -- the summary --------------------------------------------------------------------------
def test_the_summary_has_the_verdict_the_levers_and_the_trend(bundle_runs: Runs) -> None:
    view = bundle_runs.view("marcus.bell@northwind.example")
    found = levers(view)
    assert len(found) == 3
    page = (bundle_runs.folder(view.email) / "summary.html").read_text(encoding="utf-8")
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
    text = (bundle_runs.folder(view.email) / "summary.md").read_text(encoding="utf-8")
    assert view.verdict_certainty  # how sure it is, in the same words as the report
    assert f"## Verdict: {view.verdict_label} ({view.verdict_certainty})\n" in text
    assert f'<span class="verdict-certainty">({view.verdict_certainty})</span>' in page
    assert [line[:3] for line in text.splitlines() if line[:3] in ("1. ", "2. ", "3. ")] == [
        "1. ",
        "2. ",
        "3. ",
    ]


def test_the_summary_fits_one_a4_page_in_print() -> None:
    css = (files("timeaudit.reports") / "summary.css").read_text(encoding="utf-8")
    assert "size: A4" in css
    assert "@media print" in css


def test_the_numbers_match_the_report(bundle_runs: Runs) -> None:
    for view, folder in zip(bundle_runs.folders.views, bundle_runs.folders.files, strict=True):
        rows = list(csv.DictReader(io.StringIO((folder / "numbers.csv").read_text("utf-8"))))
        numbers = json.loads((folder / "numbers.json").read_text(encoding="utf-8"))
        report = (folder / "report.html").read_text(encoding="utf-8")
        split = report[
            report.index('id="split"') : report.index("</table>", report.index('id="split"'))
        ]
        assert [r["category"] for r in rows] == [s["category"] for s in numbers["split"]]
        for row, in_json in zip(rows, numbers["split"], strict=True):
            assert float(row["share"]) == pytest.approx(in_json["share"], abs=0.05)
            # the CSV rounds to 2 decimals: off by at most half of 0.01 (10.125 -> 10.12)
            assert float(row["hours"]) == pytest.approx(in_json["hours"], abs=0.005 + 1e-9)
            assert row["verdict"] == numbers["verdict"] == view.verdict
            assert f"{in_json['share']:.0f}%" in split
            assert f"{in_json['hours']:.1f}" in split


# -- privacy ------------------------------------------------------------------------------
def test_private_titles_appear_in_no_file(bundle_runs: Runs) -> None:
    twin = bundle_runs.view("helena.twin@northwind.example")
    assert PRIVATE_TITLE in [s.title for s in twin.sinks]  # the private event was counted
    for output in (bundle_runs.folders, bundle_runs.zips, bundle_runs.redacted):
        for name, text in all_texts(output).items():
            assert SECRET not in text, name
            assert SECRET.lower() not in text.lower(), name


def test_redact_leaves_no_title_in_any_file(bundle_runs: Runs) -> None:
    titles = {
        title
        for v in bundle_runs.folders.views
        for title in [
            *(s.title for s in v.sinks),
            *(d.title for d in v.delegation),
            *(f.title for f in v.fires),
        ]
        if title != PRIVATE_TITLE
    }
    assert len(titles) > 20
    forms = {form for t in titles for form in (t, escape(t), html.escape(t), json.dumps(t)[1:-1])}
    for name, text in all_texts(bundle_runs.redacted).items():
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


def test_the_note_says_why_there_is_no_lever(bundle_runs: Runs) -> None:
    view = bundle_runs.view("marcus.bell@northwind.example")
    on_target = tuple(replace(r, hours=r.target, share=r.target, gap=0.0) for r in view.split)
    fitting = replace(view, split=on_target)
    assert levers_note(view, levers(view)).startswith("The actions that would bring")
    assert levers_note(fitting, ()).startswith("No lever needed: every category is within 5")
    empty = replace(view, verdict=NO_DATA)
    assert levers_note(empty, ()) == "Too few counted work hours in the period to suggest a lever."


def test_the_rhythm_gap_that_matters_most_is_a_lever(bundle_runs: Runs) -> None:
    """Marcus's weekly 1:1 with Kwame Mensah stopped in September (red, none in October)
    and Owen Gallagher's lost three Mondays (amber): Kwame's is the gap the summary names."""
    marcus = "marcus.bell@northwind.example"
    view = bundle_runs.view(marcus)
    (kwame,) = [r for r in view.one_on_ones.reports if r.name == "Kwame Mensah"]
    assert kwame.status == "red"
    expected = f"Put the 1:1 with Kwame Mensah back in the calendar: {kwame.reason}."
    assert rhythm_lever(view) == expected
    folder = bundle_runs.folder(marcus)
    html = (folder / "summary.html").read_text(encoding="utf-8")
    assert "The rhythm gap that matters most:</strong> <bdi>Put the 1:1 with Kwame Mensah" in html
    markdown = (folder / "summary.md").read_text(encoding="utf-8")
    assert "**The rhythm gap that matters most:** Put the 1:1 with Kwame Mensah" in markdown
    # Helena's reports are all green; her quarterly business review is amber (she declined
    # the one held): the item is her rhythm gap
    helena = bundle_runs.view("helena.marsh@northwind.example")
    assert not helena.one_on_ones.behind
    (amber,) = [i for i in helena.rhythm_items.behind if i.status == "amber"][:1]
    assert rhythm_lever(helena) == (
        f"Get the {amber.name[:1].lower()}{amber.name[1:]} back on its rhythm: {amber.reason}."
    )
