"""The ranges and the verdict's certainty (issue 14) as every output shows them: the Markdown
and HTML report, the chart, the JSON and CSV numbers, the bundle summary and the coach view
all carry the same figures, and the report and the coach view agree on the month they
share."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re

import pytest

from tests.render.conftest import COACH_MONTHS, HELENA, REPORT_MONTH, CoachPages, ReportRun, Runs
from timeaudit.audit.assess import NO_DATA
from timeaudit.categories import WORK
from timeaudit.render.bundle import summary_markdown
from timeaudit.render.charts import split_svg
from timeaudit.render.jinja import range_pct
from timeaudit.render.levers import levers
from timeaudit.render.report import render_markdown
from timeaudit.render.view import PersonView


def shown(share: float, low: float, high: float) -> str:
    """A share and its range as every report prints them: "34% (29–41%)"."""
    return f"{share:.0f}% ({range_pct(low, high)})"


def test_every_share_of_the_report_has_its_range(golden_report: ReportRun) -> None:
    view = golden_report.view
    assert view.judged and view.ranged
    markdown = golden_report.files["md"].read_text(encoding="utf-8")
    html = golden_report.files["html"].read_text(encoding="utf-8")
    for row in view.split:
        assert row.low is not None and row.high is not None
        assert 0 <= row.low <= row.high <= 100
        assert f"| {row.category} | {row.hours:.1f} | {shown(row.share, row.low, row.high)} |" in (
            markdown
        )
        assert (
            f'<span class="strong">{row.share:.0f}%</span> '
            f'<span class="range">({range_pct(row.low, row.high)})</span>'
        ) in html
    assert "in brackets, the range each share falls in for 80% of the plausible sets of tags" in (
        markdown
    )


def test_the_figures_in_the_json_and_csv_are_the_reports(golden_report: ReportRun) -> None:
    """Whatever the Markdown and HTML print comes from the numbers the JSON and CSV carry."""
    view = golden_report.view
    document = json.loads(golden_report.files["json"].read_text(encoding="utf-8"))
    markdown = golden_report.files["md"].read_text(encoding="utf-8")
    html = golden_report.files["html"].read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(golden_report.files["csv"].read_text("utf-8"))))
    for split, row, line in zip(document["split"], view.split, rows, strict=True):
        assert (split["low"], split["high"]) == (row.low, row.high)
        assert (float(line["share_low"]), float(line["share_high"])) == (
            round(split["low"], 1),
            round(split["high"], 1),
        )
        assert shown(split["share"], split["low"], split["high"]) in markdown
    assert document["verdict_probability"] == view.verdict_probability
    assert float(rows[0]["verdict_probability"]) == round(document["verdict_probability"], 3)
    certainty = document["verdict_certainty"]
    assert certainty == view.verdict_certainty != ""
    assert f"## Verdict: {view.verdict_headline} ({certainty})\n" in markdown
    assert f'<span class="verdict-certainty">({certainty})</span>' in html
    assert (document["range_level"], document["min_work_hours"]) == (0.8, 20.0)
    month = next(t for t in document["trend"] if t["month"] == REPORT_MONTH)
    assert month["lows"] == [s["low"] for s in document["split"]]  # the same month, twice
    assert month["highs"] == [s["high"] for s in document["split"]]
    assert month["verdict_probability"] == document["verdict_probability"]


def test_the_chart_draws_the_ranges(golden_report: ReportRun) -> None:
    """The whiskers (and the legend's entry for them) are drawn from the view's ranges: a view
    without them draws another chart, and the page says what the whiskers are."""
    view = golden_report.view
    assert split_svg(_without_ranges(view)) != split_svg(view)
    html = golden_report.files["html"].read_text(encoding="utf-8")
    assert "the whisker on each bar is its 80% range" in html


def _without_ranges(view: PersonView) -> PersonView:
    split = tuple(dataclasses.replace(r, low=None, high=None) for r in view.split)
    return dataclasses.replace(view, split=split)


def test_a_view_without_ranges_prints_none(golden_report: ReportRun) -> None:
    """Where no range was worked out, nothing pretends there is one."""
    bare = _without_ranges(golden_report.view)
    markdown = render_markdown(bare)
    assert "in brackets" not in markdown
    assert not re.search(r"\d% \(\d+–\d+%\)", markdown)


def test_the_bundle_summary_has_the_ranges_and_the_certainty(bundle_runs: Runs) -> None:
    view = bundle_runs.view(HELENA)
    text = (bundle_runs.folder(view.email) / "summary.md").read_text(encoding="utf-8")
    assert text == summary_markdown(view, levers(view))
    for row in view.split:
        assert row.low is not None and row.high is not None
        assert shown(row.share, row.low, row.high) in text
    assert f"({view.verdict_certainty})" in text
    page = (bundle_runs.folder(view.email) / "summary.html").read_text(encoding="utf-8")
    assert page.count('<span class="range">') == len(WORK)
    numbers = json.loads((bundle_runs.folder(view.email) / "numbers.json").read_text("utf-8"))
    assert [(r["low"], r["high"]) for r in numbers["split"]] == [
        (r.low, r.high) for r in view.split
    ]


def test_the_coach_view_and_the_report_agree_on_the_month_they_share(
    coach_pages: CoachPages, bundle_runs: Runs
) -> None:
    """Helena's October in her coach view (a run over twelve months) and in her report (a
    run over October): the same ranges and the same certainty, since a series draws the
    same way whichever run it is in."""
    coach = coach_pages.view(COACH_MONTHS, HELENA)
    october = next(m for m in coach.months if m.month == REPORT_MONTH)
    report = bundle_runs.view(HELENA)
    assert [(c.low, c.high) for c in october.cells] == [(r.low, r.high) for r in report.split]
    assert october.certainty.split(",")[0] == report.verdict_certainty.split(":")[0]
    page = coach_pages.page(COACH_MONTHS, HELENA).read_text(encoding="utf-8")
    for cell in october.cells:
        assert cell.low is not None and cell.high is not None
        assert f'<span class="range">({range_pct(cell.low, cell.high)})</span>' in page
    assert f'<span class="certainty">{october.certainty}</span>' in page


def test_a_coach_month_without_enough_data_has_no_certainty(coach_pages: CoachPages) -> None:
    months = coach_pages.view(COACH_MONTHS, "jonas.albrecht@northwind.example").months
    august = next(m for m in months if m.month == "2026-08")
    assert (august.verdict, august.certainty, august.judged) == (NO_DATA, "", False)
    assert all(m.certainty for m in months if m.judged)


@pytest.mark.parametrize("email", [HELENA, "jonas.albrecht@northwind.example"])
def test_every_judged_month_of_the_trend_has_its_probability(bundle_runs: Runs, email: str) -> None:
    for month in bundle_runs.view(email).trend:
        assert (month.probability is None) == (not month.judged), month
        assert len(month.lows) == len(month.highs) == len(WORK)
