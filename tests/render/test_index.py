"""The index page of a run (index.html beside the reports): it links every report file
written, stays inside the output folder, and escapes what it shows (the hostile owner's
name is a script tag, a path and a bidi override)."""

from __future__ import annotations

import re
from urllib.parse import unquote

from tests.render.conftest import ReportRun


def test_the_index_links_each_report_and_escapes_the_name(hostile_report: ReportRun) -> None:
    index = hostile_report.out_dir / "index.html"
    assert hostile_report.output.index == index
    page = index.read_text(encoding="utf-8")
    hrefs = [unquote(h) for h in re.findall(r'href="([^"]+)"', page)]
    assert sorted(hrefs) == sorted(p.name for p in hostile_report.files.values()
                                   if p.parent == hostile_report.out_dir)  # fmt: skip
    assert all("/" not in h and (hostile_report.out_dir / h).is_file() for h in hrefs)
    assert "<script" not in page and "&lt;script&gt;" in page
    assert "<bdi>../../etc/passwd" in page  # a bidi override in the name stays inside its cell
    assert hostile_report.view.verdict_label in page
