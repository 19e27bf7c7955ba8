"""The index page of a run: one self-contained page, written beside the reports, that links
every person's report files, so a coach or HR opens one page first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from timeaudit.render.jinja import environment
from timeaudit.render.view import PersonView
from timeaudit.words import plural

#: What each report format is called in a link.
FORMAT_LABELS = {"html": "page", "md": "Markdown", "csv": "CSV", "json": "JSON"}
INDEX_FILE = "index.html"


@dataclass(frozen=True)
class IndexRow:
    name: str
    role: str
    verdict: str
    links: tuple[tuple[str, str], ...]  # (label, href relative to the index)


def index_rows(views: Sequence[PersonView], files: Sequence[Sequence[Path]]) -> list[IndexRow]:
    """One row per person: ``files[i]`` are the report files written for ``views[i]``."""
    rows = []
    for view, written in zip(views, files, strict=True):
        links = tuple(
            (FORMAT_LABELS.get(path.suffix.lstrip("."), path.suffix.lstrip(".")), quote(path.name))
            for path in written
        )
        rows.append(IndexRow(view.name or view.email, view.role, view.verdict_headline, links))
    return rows


def render_index(rows: Sequence[IndexRow], period: str) -> str:
    template = environment(autoescape=True).get_template("index.html.j2")
    people = plural(len(rows), "person", "people")
    return template.render(rows=rows, period=period, people=people)
