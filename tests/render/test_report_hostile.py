"""Calendar text is attacker-controlled: anyone can send an invitation. tests/data/hostile/
holds a calendar whose titles, descriptions, locations and attendee names are attacks (markup,
script URLs, spreadsheet formulas, a 10,000-character title, bidi overrides, control
characters, path characters) and an owner whose name is a path. Every report format must
render it, and render it as inert text."""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.render.conftest import REPORT_TODAY, ReportRun
from timeaudit.app import runs, session
from timeaudit.render.formats import REPORT

PRIVATE_MARK = "SECRET-PRIVATE"  # in the private events' titles, descriptions and locations
FORMULA_START = ("=", "+", "-", "@")
TITLE_WORDS = ("data-pwned", "Weekly status", "Budget xxx", "system32", "اجتماع", PRIVATE_MARK)

# Every element the template itself writes; the charts' SVG elements are checked apart.
TEMPLATE_ELEMENTS = {
    "html", "head", "meta", "title", "style", "body", "main", "header", "footer", "section",
    "h1", "h2", "h3", "p", "span", "small", "strong", "a", "bdi", "dl", "dt", "dd", "div", "ul",
    "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "figure", "figcaption", "svg",
}  # fmt: skip
SVG_ELEMENTS = {
    "svg", "g", "path", "defs", "style", "use", "clippath", "rect", "title", "metadata", "desc",
    "text", "tspan", "circle", "line", "polyline", "polygon", "lineargradient", "stop", "mask",
    "pattern", "image", "rdf:rdf", "cc:work", "dc:title", "dc:date", "dc:format", "dc:type",
    "dc:creator",
}  # fmt: skip


class Elements(HTMLParser):
    """Every start tag with its attributes, whether inside an <svg>, and the page's text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str], bool]] = []
        self.text: list[str] = []
        self._svg = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}, self._svg > 0))
        if tag == "svg":
            self._svg += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}, self._svg > 0))

    def handle_endtag(self, tag: str) -> None:
        if tag == "svg":
            self._svg -= 1

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parsed(html: str) -> Elements:
    parser = Elements()
    parser.feed(html)
    parser.close()
    return parser


def read(run: ReportRun, fmt: str) -> str:
    return run.files[fmt].read_text(encoding="utf-8")


# -- HTML ---------------------------------------------------------------------------------
def test_html_has_only_the_templates_own_elements(hostile_report: ReportRun) -> None:
    page = parsed(read(hostile_report, "html"))
    outside = {tag for tag, _, in_svg in page.tags if not in_svg}
    inside = {tag for tag, _, in_svg in page.tags if in_svg}
    assert outside <= TEMPLATE_ELEMENTS, outside - TEMPLATE_ELEMENTS
    assert inside <= SVG_ELEMENTS, inside - SVG_ELEMENTS
    assert not {"script", "img", "iframe", "object", "embed", "form", "link", "base"} & (
        outside | inside
    )


def test_html_has_no_handlers_no_script_urls_no_outside_links(hostile_report: ReportRun) -> None:
    page = parsed(read(hostile_report, "html"))
    for tag, attrs, _ in page.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            assert "javascript:" not in value.lower(), (tag, name)
            if name in ("href", "xlink:href", "src"):
                assert value.startswith("#"), (tag, name, value)
    anchors = [attrs["href"] for tag, attrs, in_svg in page.tags if tag == "a" and not in_svg]
    assert anchors == ["#delegation", "#fires", "#questions"]


def test_html_shows_the_attacks_as_text(hostile_report: ReportRun) -> None:
    """Not a vacuous pass: the hostile titles are on the page, as words."""
    text = "".join(parsed(read(hostile_report, "html")).text)
    assert "<script>document.body.setAttribute('data-pwned','1')</script> Weekly" in text
    assert '"><svg onload="document.body.setAttribute' in text
    assert "<img src=x onerror=" in text
    assert '<a href="javascript:document.body' in text
    assert "../../etc/passwd <script>alert('owner')</script>" in text  # the owner's name
    assert "اجتماع الاستراتيجية 🚀 שלום עולם" in text
    assert "Budget " + "x" * 190 in text and "x" * 250 not in text  # shortened, then "…"


def test_html_isolates_calendar_text_for_bidi(hostile_report: ReportRun) -> None:
    html = read(hostile_report, "html")
    assert "<bdi>اجتماع الاستراتيجية" in html
    assert "<bdi>../../etc/passwd &lt;script&gt;" in html


def test_html_is_locked_down(hostile_report: ReportRun) -> None:
    html = read(hostile_report, "html")
    csp = (
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:;"
    )
    assert csp in html
    assert html.index(csp) < html.index("<title>") < html.index("<style>")
    assert '<html lang="en">' in html and '<meta charset="utf-8">' in html
    assert "<title>Time audit: ../../etc/passwd &lt;script&gt;" in html
    assert "<script" not in html.lower()
    style = html[html.index("<style>") : html.index("</style>")]
    style = re.sub(r"/\*.*?\*/", "", style, flags=re.DOTALL)
    for forbidden in ("@import", "@font-face", "url("):
        assert forbidden not in style


# -- Markdown -----------------------------------------------------------------------------
def test_markdown_has_no_markup_from_the_data(hostile_report: ReportRun) -> None:
    markdown = read(hostile_report, "md")
    assert not re.search(r"(?<!\\)<[A-Za-z/!?]", markdown)  # no raw HTML tag
    assert not re.search(r"(?<!\\)\]\(", markdown)  # no link or image
    assert not re.search(r"(?<!\\)`", markdown)  # no code span
    assert "\\<script\\>document.body" in markdown  # the title is there, escaped


def test_markdown_tables_keep_their_shape(hostile_report: ReportRun) -> None:
    """A pipe or a newline in a title must not add cells or rows."""
    cells = re.compile(r"(?<!\\)\|")
    widths: list[int] = []
    for line in read(hostile_report, "md").splitlines():
        if not line.startswith("|"):
            widths = []
            continue
        widths.append(len(cells.findall(line)))
        assert widths[-1] == widths[0], line[:120]
    assert "\\| pipe \\|" in read(hostile_report, "md")


# -- CSV and JSON -------------------------------------------------------------------------
def is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


@pytest.mark.parametrize("fmt", ["csv", "events"])
def test_csv_cells_never_start_a_formula(fmt: str, hostile_report: ReportRun) -> None:
    rows = list(csv.reader(io.StringIO(read(hostile_report, fmt))))
    assert len(rows) > 1
    for row in rows:
        for cell in row:
            assert not cell.startswith(FORMULA_START) or is_number(cell), cell[:80]
            assert not cell.startswith(("\t", "\r")), cell[:80]


def test_the_events_csv_keeps_the_formula_titles_as_text(hostile_report: ReportRun) -> None:
    titles = [r["title"] for r in csv.DictReader(io.StringIO(read(hostile_report, "events")))]
    for attack in ('=HYPERLINK("http://evil.example","x")', "+cmd|", "-2+3", "@SUM(A1)"):
        assert any(t.startswith("'" + attack) for t in titles), attack


def test_json_parses_and_keeps_the_text_as_data(hostile_report: ReportRun) -> None:
    data = json.loads(read(hostile_report, "json"))
    assert data["email"] == "owner@example.com"
    assert any("<script>document.body" in s["title"] for s in data["sinks"])


# -- files and privacy --------------------------------------------------------------------
def test_file_names_are_sanitised_and_stay_in_the_folder(hostile_report: ReportRun) -> None:
    out = hostile_report.out_dir.resolve()
    written = sorted(p for p in out.iterdir() if p.name != "index.html")
    assert [p.suffix for p in written] == [".csv", ".html", ".json", ".md"]
    for path in written:
        assert path.resolve().parent == out
        assert not re.search(r"[/\\<>:\"|?*\s]", path.name) and not path.name.startswith(".")
        assert ".." not in path.stem.split("-")
    assert sorted(p.name for p in out.parent.iterdir()) == ["events.csv", "home", "out"]


def test_private_titles_appear_in_no_output(hostile_report: ReportRun) -> None:
    for fmt, path in hostile_report.files.items():
        assert PRIVATE_MARK not in path.read_text(encoding="utf-8"), fmt
    assert "\\(private event\\)" in read(hostile_report, "md")  # they are there, unnamed


def test_redacted_reports_show_no_title_at_all(hostile_report: ReportRun, tmp_path: Path) -> None:
    options = session.ReportOptions(formats=REPORT.names, redact=True)
    output = runs.write_reports(hostile_report.output.result, tmp_path, options, REPORT_TODAY)
    for path in output.files:
        text = path.read_text(encoding="utf-8")
        for word in TITLE_WORDS:
            assert word not in text, (path.suffix, word)
    html = next(p for p in output.files if p.suffix == ".html").read_text(encoding="utf-8")
    assert "titles redacted" in html and "(redacted)" in html


CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def test_no_control_characters_reach_the_reports(hostile_report: ReportRun) -> None:
    for fmt in ("html", "md"):
        assert not CONTROL.search(read(hostile_report, fmt)), fmt
