"""Per-person packets for development plans (``timeaudit bundle``).

A packet is the person's full report (print-ready HTML), a one-page summary (the verdict,
the split against target, the twelve-month trend and the three biggest levers) as HTML and
Markdown, and the numbers as CSV and JSON. It is written as ``<out>/<stem>/`` or as one
``<out>/<stem>.zip`` holding the same files under ``<stem>/``. Zips are deterministic (fixed
timestamps and modes, sorted entries) and every file is written atomically, so a crash never
leaves half a packet file behind. Everything is rendered from the (already redacted) view.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from markupsafe import Markup

from timeaudit.audit.assess import FITS, NO_DATA
from timeaudit.categories import WORK
from timeaudit.files import write_atomically
from timeaudit.render.jinja import environment, md_escape
from timeaudit.render.levers import Lever, distance, levers, rhythm_lever
from timeaudit.render.report import numbers_csv, render_html, report_charts, safe_svg, view_json
from timeaudit.render.view import PersonView

#: The files of every packet, in the order they are listed.
PACKET_FILES = ("report.html", "summary.html", "summary.md", "numbers.csv", "numbers.json")
#: Every zip entry carries this timestamp, so the same packet gives the same bytes.
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Packet:
    """One person's packet: a safe folder name and file name -> text."""

    stem: str
    files: Mapping[str, str]


def packet(view: PersonView, stem: str) -> Packet:
    found = levers(view)
    charts = report_charts(view)
    texts = {
        "report.html": render_html(view, charts),
        "summary.html": summary_html(view, found, charts["trend"]),
        "summary.md": summary_markdown(view, found),
        "numbers.csv": numbers_csv(view),
        "numbers.json": view_json(view),
    }
    return Packet(stem, {name: texts[name] for name in PACKET_FILES})


def levers_note(view: PersonView, found: Sequence[Lever]) -> str:
    """What the summary says above (or instead of) the levers."""
    if view.verdict == NO_DATA:
        return "Too few counted work hours in the period to suggest a lever."
    if found:
        if view.verdict == FITS:
            return "The split fits the role; these would bring it closer still."
        return (
            "The actions that would bring the split closest to the role's targets, biggest first."
        )
    split = {r.category: r for r in view.split}
    if distance({c: r.hours for c, r in split.items()}, split, view.tolerance) == 0:
        return (
            f"No lever needed: every category is within {view.tolerance:.0f} points of its "
            "target (firefighting: under its ceiling)."
        )
    return (
        "No single series, fire or block of time would move the split much on its own; "
        "see the time sinks in the full report."
    )


def summary_html(view: PersonView, found: Sequence[Lever], trend_chart: str) -> str:
    """The one-page summary: self-contained, escaped, no script; the trend chart is our own
    SVG and is the one thing marked safe."""
    css = (files("timeaudit.reports") / "summary.css").read_text(encoding="utf-8")
    template = environment(autoescape=True).get_template("summary.html.j2")
    return template.render(
        v=view,
        work=WORK,
        levers=found,
        note=levers_note(view, found),
        rhythm=rhythm_lever(view),
        css=Markup(css),
        trend_chart=safe_svg("trend", trend_chart),
    )


def summary_markdown(view: PersonView, found: Sequence[Lever]) -> str:
    template = environment(autoescape=False).get_template("summary.md.j2")
    sentences = [lever_markdown(lever) for lever in found]
    return template.render(
        v=view,
        work=WORK,
        levers=found,
        sentences=sentences,
        note=levers_note(view, found),
        rhythm=md_escape(rhythm_lever(view), limit=None),
    )


def lever_markdown(lever: Lever) -> str:
    """The lever's sentence with its title (calendar text) escaped for Markdown; the rest
    is our own words and numbers."""
    return lever.sentence.replace(lever.title, md_escape(lever.title), 1)


def write(p: Packet, out_dir: Path, *, as_zip: bool = False) -> Path:
    """The packet as ``<out_dir>/<stem>/`` or ``<out_dir>/<stem>.zip``; returns its path."""
    _check_stem(p.stem)
    out_dir.mkdir(parents=True, exist_ok=True)
    if as_zip:
        path = out_dir / f"{p.stem}.zip"
        write_atomically(path, zip_bytes(p))
        return path
    folder = out_dir / p.stem
    folder.mkdir(exist_ok=True)
    for name, text in p.files.items():
        write_atomically(folder / name, text.encode("utf-8"))
    return folder


def zip_bytes(p: Packet) -> bytes:
    """A deterministic zip: sorted entries under ``<stem>/``, fixed time and mode."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(p.files):
            info = zipfile.ZipInfo(f"{p.stem}/{name}", date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # unix, whatever system writes it
            info.external_attr = 0o100644 << 16
            archive.writestr(info, p.files[name].encode("utf-8"))
    return buffer.getvalue()


def _check_stem(stem: str) -> None:
    """A stem is one plain path component (it comes from ``safe_filename``)."""
    if stem in ("", ".", "..") or Path(stem).name != stem or "\\" in stem:
        raise ValueError(f"not a safe packet name: {stem!r}")
