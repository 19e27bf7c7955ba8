"""The "Planning vs doing" part end to end: tests/data/planning/drifting.ics (a senior leader
whose planning takes over in September) through the real pipeline into the Markdown, HTML
and JSON report: the over-planning verdict, the drift warning, the chart and its table."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from jsonschema import Draft202012Validator

from tests.render.conftest import DATA
from tests.render.test_report_golden import check_golden
from timeaudit.app import runs, session
from timeaudit.audit.assess import (
    DOING_HOURS,
    DOING_SHARE,
    NO_DATA,
    OVER_PLANNING,
    PLANNING_FIT,
    PLANNING_HOURS,
    PLANNING_MAX,
    PLANNING_MIN,
    PLANNING_SHARE,
)
from timeaudit.audit.periods import Period
from timeaudit.audit.planning import PlanningMonth
from timeaudit.config.paths import Paths
from timeaudit.config.questions import RHYTHM_LIMIT, VERDICT_LIMIT, builtin_bank
from timeaudit.render.charts import planning_svg
from timeaudit.render.planning import planning_view
from timeaudit.render.report import render_html, render_markdown, report_charts, view_json
from timeaudit.render.schema import PERSON, json_schema, planning_document
from timeaudit.render.view import PersonView

WARNING = "planning 59% of work hours, up from 13% in August: are plans turning into action?"


@dataclass(frozen=True)
class Rendered:
    view: PersonView
    markdown: str
    html: str
    document: dict[str, object]


@pytest.fixture(scope="module")
def sam(tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    tmp = tmp_path_factory.mktemp("planning")
    ics = session.IcsOptions(
        (DATA / "planning" / "drifting.ics",),
        owner="sam.berg@example.com",
        role="senior-leader",
        tz="Europe/Berlin",
    )
    selection = session.Selection(Paths(tmp / "config.toml", tmp / "home"), ics=ics)
    options = session.ReportOptions(formats=("md",))
    output = runs.audit(
        selection, Period.month("2026-10"), tmp / "out", today=date(2026, 11, 2), options=options
    )
    view = output.views[0]
    html = render_html(view, report_charts(view))
    return Rendered(view, render_markdown(view), html, json.loads(view_json(view)))


def test_planning_tagged_as_execution_is_over_planning_not_stuck_in_execution(
    sam: Rendered,
) -> None:
    v = sam.view
    assert [round(r.share) for r in v.split] == [12, 10, 77, 0]  # execution by the split
    assert v.verdict == OVER_PLANNING
    assert v.verdict_reason == (
        "planning took 59% of work hours against a band of 10-25%, while doing got 23% "
        "against an execution target of 40%"
    )
    bank = builtin_bank()
    drift = bank.for_gap("planning-drift")[:RHYTHM_LIMIT]  # the drift's, after the verdict's
    assert v.questions == (*bank.for_verdict(OVER_PLANNING, VERDICT_LIMIT), *drift)
    assert len(drift) == 2


def test_the_lens_reads_every_month_and_warns_of_the_drift(sam: Rendered) -> None:
    p = sam.view.planning
    assert p is not None
    assert [(m.month, round(m.share), m.above) for m in p.months] == [
        ("2026-08", 13, False),
        ("2026-09", 59, True),
        ("2026-10", 59, True),
    ]
    assert (p.band, p.fit, p.warning) == ("10-25%", "red", WARNING)
    assert p.summary == (
        "Planning took 59% of work hours (75.5 h), above the band of 10-25%; doing (execution "
        "and firefighting that is not planning) got 23%."
    )


def test_the_json_follows_the_person_schema(sam: Rendered) -> None:
    errors = Draft202012Validator(json_schema(PERSON)).iter_errors(sam.document)
    assert [e.message for e in errors] == []
    lens = sam.document["planning"]
    assert isinstance(lens, dict)
    assert (lens["drift_warning"], lens["band"], lens["fit"]) == (
        WARNING, {"low": 10.0, "high": 25.0}, "red"
    )  # fmt: skip


def test_the_chart_has_a_title_and_the_table_beside_it(sam: Rendered) -> None:
    svg = planning_svg(sam.view)
    assert "<title>Planning&#x27;s share of work hours by month against the role&#x27;s band" in svg
    assert svg in sam.html
    assert 'class="numbers planning-table"' in sam.html
    assert f"<strong>Drift:</strong> {WARNING}".replace("'", "&#39;") in sam.html
    assert f"**Drift:** {WARNING}" in sam.markdown


# -- golden files of the section: tests/golden/planning-sam-2026-10.{md,html,json} -------------
GOLDEN = Path(__file__).parents[1] / "golden"


def section(fmt: str, rendered: Rendered) -> str:
    """The "Planning vs doing" section alone, as each format writes it (the chart masked)."""
    if fmt == "md":
        text = rendered.markdown
        start = text.index("## Planning vs doing")
        return text[start : text.index("\n## ", start) + 1]
    if fmt == "html":
        text = rendered.html
        start = text.index('<section class="planning"')
        part = text[start : text.index("</section>", start) + len("</section>")] + "\n"
        return part.replace(planning_svg(rendered.view), "<svg><!-- chart: masked --></svg>")
    return json.dumps(rendered.document["planning"], indent=2, ensure_ascii=False) + "\n"


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_the_section_matches_its_golden_file(
    fmt: str, sam: Rendered, snapshot_update: bool
) -> None:
    check_golden(section(fmt, sam), GOLDEN / f"planning-sam-2026-10.{fmt}", snapshot_update)


# -- the view's sentences, from one assessed row ------------------------------------------------
def assessed_row(verdict: str, planning: float, doing: float) -> pd.Series:
    return pd.Series(
        {
            "verdict": verdict,
            PLANNING_SHARE: planning,
            PLANNING_HOURS: planning / 2,
            DOING_SHARE: doing,
            DOING_HOURS: doing / 2,
            PLANNING_MIN: 5.0,
            PLANNING_MAX: 20.0,
            PLANNING_FIT: "amber",
        }
    )


def test_a_period_too_thin_to_judge_says_so_and_has_no_fit() -> None:
    view = planning_view(assessed_row(NO_DATA, 50.0, 10.0), (), "2026-10")
    assert (view.judged, view.fit, view.warning) == (False, "", "")
    assert view.summary == (
        "Too few work hours this period to read planning's share; the band is 5-20%."
    )
    document = planning_document(view)
    assert document is not None and document["fit"] == "no data"


@pytest.mark.parametrize(
    ("planning", "where"), [(4.5, "below"), (5.0, "inside"), (20.0, "inside"), (20.5, "above")]
)
def test_the_summary_places_the_share_against_the_band(planning: float, where: str) -> None:
    view = planning_view(assessed_row("fits", planning, 40.0), (), "2026-10")
    assert f", {where} the band of 5-20%;" in view.summary


def test_only_the_last_twelve_months_are_shown_and_judged_for_drift() -> None:
    months = tuple(
        PlanningMonth(f"{2025 + m // 12}-{m % 12 + 1:02d}", 30.0, 80.0, 5.0, 20.0, True)
        for m in range(22)  # January 2025 to October 2026, all above the band
    )
    view = planning_view(assessed_row("fits", 30.0, 40.0), months, "2026-10")
    assert [m.month for m in view.months] == [f"2025-{m:02d}" for m in (11, 12)] + [
        f"2026-{m:02d}" for m in range(1, 11)
    ]
    assert view.warning == (
        "planning 30% of work hours, above the band's 20% for 12 months running: are plans "
        "turning into action?"
    )
