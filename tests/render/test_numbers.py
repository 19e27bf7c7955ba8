"""Numbers that agree with themselves: no confident verdict on thin data, a verdict line and
coverage cards that say the same about what was counted, differences taken between the
shown (rounded) values, and a fit that is not clean headed as such."""

from __future__ import annotations

import csv
import dataclasses
import io
from pathlib import Path

import pytest

from tests.audit.test_counting_ics import COUNTING, audit
from tests.render.conftest import ReportRun
from timeaudit.audit.assess import AMBER, FITS, GREEN, NO_DATA, VERDICT_LABELS
from timeaudit.categories import CAPABILITY, EXECUTION, FIREFIGHTING, STRATEGY
from timeaudit.render.bundle import summary_html, summary_markdown
from timeaudit.render.levers import levers
from timeaudit.render.report import numbers_csv, render_html, render_markdown
from timeaudit.render.view import Change, PersonView, SplitRow, person_view

CHARTS = {"split": "<svg></svg>", "trend": "", "week": "<svg></svg>"}


def thin_view(name: str, month: str, tmp_path: Path) -> PersonView:
    result = audit(COUNTING / name, month, tmp_path)
    return person_view(result, result.people[0])


def split_lines(markdown: str) -> list[str]:
    section = markdown.split("## The split against the role's target")[1].split("\n## ")[0]
    return [line for line in section.splitlines() if line.startswith("| ") and "|---" not in line]


# -- part 4: not enough data ---------------------------------------------------------------
def test_a_month_with_two_work_hours_has_no_verdict_fit_or_gap(tmp_path: Path) -> None:
    view = thin_view("thin_month.ics", "2026-03", tmp_path)
    assert view.coverage.work_hours == pytest.approx(2.0)
    assert view.verdict == NO_DATA
    assert view.verdict_headline == "not enough data"
    assert view.verdict_reason == (
        "only 2.0 counted work hours of 3.0 counted hours (the rest tagged other); at least 20 "
        "are needed to judge the split"
    )
    assert (view.verdict_probability, view.verdict_certainty) == (None, "")  # nothing to be sure of
    markdown = render_markdown(view)
    assert "## Verdict: not enough data\n" in markdown
    rows = split_lines(markdown)[1:]  # after the header
    assert len(rows) == 4
    for line in rows:
        cells = [c.strip() for c in line.strip("|").split("|")]
        assert cells[-2:] == ["", "no data"], line  # no gap, no fit
    assert "🔴" not in markdown and "red" not in "".join(rows)
    html = render_html(view, CHARTS)
    assert 'class="badge fit-' not in html
    assert html.count('<td class="no-data">no data</td>') == 4
    assert 'class="chart chart-split"' not in html  # its bars would be coloured by fit
    rows_csv = list(csv.DictReader(io.StringIO(numbers_csv(view))))
    assert [(r["gap"], r["fit"]) for r in rows_csv] == [("", "no data")] * 4  # CSV agrees
    assert levers(view) == ()
    assert "Too few counted work hours in the period to suggest a lever." in (
        summary_markdown(view, levers(view))
    )


def test_the_verdict_and_the_cards_agree_when_everything_was_other(tmp_path: Path) -> None:
    view = thin_view("all_other.ics", "2026-03", tmp_path)
    assert view.coverage.counted_hours == pytest.approx(8.0)
    assert view.coverage.work_hours == 0.0
    assert view.verdict_reason == "all 8.0 counted hours were tagged other; no work hours to judge"
    html = render_html(view, CHARTS)
    assert "<dt>Counted hours</dt><dd>8.0 <small>h</small></dd>" in html
    assert "<dt>Counted work hours</dt><dd>0.0 <small>h</small></dd>" in html
    assert "counted hours less 8.0 h other and 0.0 h unclassified" in html
    markdown = render_markdown(view)
    assert "- Counted work hours: 0.0 (counted hours less 8.0 h other and 0.0 h unclassified)" in (
        markdown
    )
    assert "All 8.0 counted hours were tagged other; no work hours to judge." in markdown


# -- part 5: shown values and their differences -----------------------------------------------
def test_a_change_is_the_difference_of_the_shown_shares(golden_report: ReportRun) -> None:
    changes = (
        Change(EXECUTION, 64.6, 65.4, -0.8),  # 65% | 65%: no change, not "-1"
        Change(STRATEGY, 6.4, 7.4, -1.0),
        Change(FIREFIGHTING, 6.4, 3.4, 3.0),
        Change(CAPABILITY, 22.6, 24.4, -1.8),
    )
    view = dataclasses.replace(golden_report.view, changes=changes, change_label="2026-09")
    markdown = render_markdown(view)
    assert "| execution | 65% | 65% | +0 |" in markdown
    assert "| strategy | 6% | 7% | -1 |" in markdown
    assert "| firefighting | 6% | 3% | +3 |" in markdown
    assert "| capability-building | 23% | 24% | -1 |" in markdown
    html = render_html(view, CHARTS)
    assert '<td class="num strong">65%</td>\n        <td class="num">65%</td>\n' in html
    assert '<td class="num">+0</td>' in html


def test_a_gap_is_the_difference_of_the_shown_share_and_target(golden_report: ReportRun) -> None:
    row = SplitRow(STRATEGY, 36.5, 36.5, 25.0, 11.5, AMBER, False)  # 36% against 25%
    split = (row, *golden_report.view.split[1:])
    view = dataclasses.replace(golden_report.view, split=split)
    assert row.points == 11
    assert "| strategy | 36.5 | 36% | 25% | +11 |" in render_markdown(view)


def test_a_fit_with_amber_categories_is_not_headed_as_a_clean_fit(
    golden_report: ReportRun,
) -> None:
    view = dataclasses.replace(
        golden_report.view,
        verdict=FITS,
        verdict_label=VERDICT_LABELS[FITS],
        verdict_probability=None,  # the headline alone: no "(likely: ...)" after it
    )  # the golden split has two amber categories
    assert [r.fit for r in view.split] == [AMBER, AMBER, GREEN, GREEN]
    assert view.verdict_headline == "fits, with 2 amber"
    assert "## Verdict: fits, with 2 amber\n" in render_markdown(view)
    html = render_html(view, CHARTS)
    assert '<section class="verdict verdict-fits-with-caveats"' in html
    assert '<span class="verdict-label">fits, with 2 amber</span>' in html
    assert '<span class="verdict-label">fits, with 2 amber</span>' in summary_html(view, (), "")
    assert "## Verdict: fits, with 2 amber\n" in summary_markdown(view, ())
    clean = dataclasses.replace(
        view, split=tuple(dataclasses.replace(r, fit=GREEN) for r in view.split)
    )
    assert clean.verdict_headline == "fits"
    assert '<section class="verdict verdict-fits"' in render_html(clean, CHARTS)


def test_summary_levers_say_the_points_of_the_share_they_move(golden_report: ReportRun) -> None:
    found = levers(golden_report.view)
    assert found
    text = summary_markdown(golden_report.view, found)
    for lever in found:
        shown = f"{round(lever.before)}% -> {round(lever.after)}%"
        moved = abs(round(lever.before) - round(lever.after))
        assert f"{shown}, {moved} pt" in lever.sentence
    assert "pts closer" not in text
    assert "pts closer" not in summary_html(golden_report.view, found, "")
