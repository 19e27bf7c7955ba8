"""Golden files for the reports: the fixed calendar in tests/data/report/ through the whole
pipeline (ICS file, store, classifier, allocation, assessment, view model, templates) and
compared with the checked-in files in tests/golden/.

Charts are masked in the HTML: they have tests of their own, and their exact bytes follow
matplotlib's version. Everything else must match exactly (JSON up to float rounding noise).
After a deliberate change, regenerate and review the diff like code:

    .venv/bin/pytest tests/test_report_golden.py --snapshot-update
"""

from __future__ import annotations

import dataclasses
import difflib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.render.conftest import ReportRun
from timeaudit.render.formats import REPORT
from timeaudit.render.report import render_html, render_markdown
from timeaudit.render.view import PersonView

GOLDEN = Path(__file__).parents[1] / "golden"
STEM = "ana.lima@example.com-2026-10"
CHART = re.compile(r"<svg\b.*?</svg>", re.DOTALL)
CHART_MASK = "<svg><!-- chart: masked in the golden file --></svg>"


def masked(fmt: str, text: str) -> str:
    return CHART.sub(CHART_MASK, text) if fmt == "html" else text


def rounded(value: object) -> object:
    """JSON with floats rounded: last-bit noise of a numpy version is not a change."""
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, list):
        return [rounded(v) for v in value]
    if isinstance(value, dict):
        return {k: rounded(v) for k, v in value.items()}
    return value


def diff(expected: str, actual: str, name: str) -> str:
    lines = difflib.unified_diff(
        expected.splitlines(), actual.splitlines(), f"golden/{name}", "rendered", lineterm=""
    )
    return "\n".join(list(lines)[:80]) + "\n(run pytest --snapshot-update if this is intended)"


def check_golden(actual: str, golden: Path, update: bool) -> None:
    """``actual`` is the golden file's text, or with ``update`` (``--snapshot-update``)
    becomes it."""
    if update:
        golden.write_text(actual, encoding="utf-8", newline="\n")
        return
    assert golden.exists(), f"{golden} is missing: run pytest --snapshot-update"
    expected = golden.read_text(encoding="utf-8")
    assert actual == expected, diff(expected, actual, golden.name)


@pytest.mark.parametrize("fmt", REPORT.names)
def test_report_matches_its_golden_file(
    fmt: str, golden_report: ReportRun, snapshot_update: bool
) -> None:
    rendered = golden_report.files[fmt]
    assert rendered.name == f"{STEM}.{fmt}"
    actual = masked(fmt, rendered.read_text(encoding="utf-8"))
    golden = GOLDEN / rendered.name
    if snapshot_update:
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(actual, encoding="utf-8", newline="\n")
        return
    assert golden.exists(), f"{golden} is missing: run pytest --snapshot-update"
    expected = golden.read_text(encoding="utf-8")
    if fmt == "json":
        assert rounded(json.loads(actual)) == rounded(json.loads(expected)), diff(
            expected, actual, golden.name
        )
    else:
        assert actual == expected, diff(expected, actual, golden.name)


def test_the_golden_html_has_its_three_charts(golden_report: ReportRun) -> None:
    html = golden_report.files["html"].read_text(encoding="utf-8")
    assert len(CHART.findall(html)) == 4  # split, trend, week, planning: masking hides no loss


def test_the_golden_input_fills_every_section(golden_report: ReportRun) -> None:
    """The fixed calendar is chosen so that no section of the report is empty."""
    v = golden_report.view
    assert v.trend and v.sinks and v.delegation and v.fires and v.changes and v.questions


def test_the_private_event_stays_private(golden_report: ReportRun) -> None:
    for path in golden_report.files.values():
        text = path.read_text(encoding="utf-8")
        assert "Dentist" not in text and "Paiva" not in text, path.name


# -- the HTML and the Markdown tell the same story, in the same order ---------------------
class _Headings(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.headings: list[str] = []
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "h2":
            self._depth = 1
            self.headings.append("")
        elif self._depth:
            self._depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "h2":
            self._depth = 0
        elif self._depth:
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._depth:
            self.headings[-1] += data


def html_headings(html: str) -> list[str]:
    parser = _Headings()
    parser.feed(html)
    return [" ".join(h.split()) for h in parser.headings]


def markdown_headings(markdown: str) -> list[str]:
    headings = [line[3:] for line in markdown.splitlines() if line.startswith("## ")]
    return [re.sub(r"^Verdict: ", "Verdict ", h) for h in headings]


def without_optional_sections(view: PersonView) -> PersonView:
    return dataclasses.replace(
        view,
        trend=(),
        sinks=(),
        delegation=(),
        delegation_hours=0.0,
        fires=(),
        change_label="",
        changes=(),
    )


CHARTS = {"split": "<svg></svg>", "trend": "", "week": "<svg></svg>"}


def test_html_sections_follow_the_markdown(golden_report: ReportRun) -> None:
    html = golden_report.files["html"].read_text(encoding="utf-8")
    markdown = golden_report.files["md"].read_text(encoding="utf-8")
    assert html_headings(html) == markdown_headings(markdown)
    assert len(markdown_headings(markdown)) == 12  # every section of the report


def test_empty_sections_are_left_out(golden_report: ReportRun) -> None:
    view = without_optional_sections(golden_report.view)
    html = render_html(view, CHARTS)
    markdown = render_markdown(view)
    assert html_headings(html) == markdown_headings(markdown)
    assert html_headings(html) == [
        "Data coverage",
        f"Verdict {view.verdict_label} ({view.verdict_certainty})",
        "The split against the role's target",
        "The week",
        "Rhythm",  # always there: without reports it says how to add them
        "Planning vs doing",  # always there: the period's share against the band
        "Questions to ask yourself",
    ]
    assert 'href="#delegation"' not in html and 'href="#fires"' not in html
    assert 'class="chart chart-trend"' not in html


def test_a_redacted_report_says_so(golden_report: ReportRun) -> None:
    view = dataclasses.replace(golden_report.view, redacted=True)
    assert "titles redacted" in render_html(view, CHARTS)
    assert "titles redacted" not in golden_report.files["html"].read_text(encoding="utf-8")


def test_a_note_adds_the_notes_section_last(golden_report: ReportRun) -> None:
    note = '<script>alert(1)</script>\n=HYPERLINK("http://evil.example")\n\nthird line'
    view = dataclasses.replace(golden_report.view, note=note)
    html = render_html(view, CHARTS)
    markdown = render_markdown(view)
    assert html_headings(html) == markdown_headings(markdown)
    assert html_headings(html)[-1] == "Notes"
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;\n=HYPERLINK" in html
    assert markdown.endswith(
        '## Notes\n\n\\<script\\>alert\\(1\\)\\</script\\>\\\n\\=HYPERLINK\\("http://evil.example"\\)'
        "\n\nthird line\n"
    )
