"""Rendering: the view model (:mod:`timeaudit.render.view`) as Markdown, HTML, CSV and JSON, and
the summary table `audit` prints. Templates live in ``reports/``; filters are pure and
registered here, explicitly."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from importlib.resources import files

import pandas as pd
from markupsafe import Markup

from timeaudit.categories import WORK
from timeaudit.render.charts import CATEGORY_COLOURS, planning_svg, split_svg, trend_svg, week_svg
from timeaudit.render.coach import NO_FIT, CoachView
from timeaudit.render.export import to_csv
from timeaudit.render.jinja import environment
from timeaudit.render.schema import person_document
from timeaudit.render.view import PersonView, SplitRow

# -- rendering ------------------------------------------------------------------------


def render_markdown(view: PersonView) -> str:
    return environment(autoescape=False).get_template("report.md.j2").render(v=view, work=WORK)


def report_charts(view: PersonView) -> dict[str, str]:
    """The report's charts as SVG, by name."""
    return {
        "split": split_svg(view),
        "trend": trend_svg(view),
        "week": week_svg(view),
        "planning": planning_svg(view),
    }


def safe_svg(name: str, svg: str) -> Markup:
    """Our own chart, marked safe for a template after checking it is self-contained."""
    if "<script" in svg.lower() or 'href="http' in svg.lower():
        raise ValueError(f"chart {name!r} is not self-contained")
    return Markup(svg)


def render_html(view: PersonView, charts: Mapping[str, str]) -> str:
    """One self-contained page: inline CSS, inline SVG charts, no script, nothing fetched.
    Every field from a calendar is escaped by the template engine; the charts are our own
    SVG (numbers and category names only) and are the one thing marked safe."""
    safe_charts = {name: safe_svg(name, svg) for name, svg in charts.items()}
    css = (files("timeaudit.reports") / "report.css").read_text(encoding="utf-8")
    template = environment(autoescape=True).get_template("report.html.j2")
    return template.render(
        v=view, work=WORK, css=Markup(css), charts=safe_charts, colours=CATEGORY_COLOURS
    )


def render_coach_markdown(view: CoachView) -> str:
    return environment(autoescape=False).get_template("coach.md.j2").render(v=view)


def render_coach_html(view: CoachView) -> str:
    """The coach view as one self-contained page, like the report: inline CSS, no script,
    nothing fetched, every field escaped."""
    css = (files("timeaudit.reports") / "report.css").read_text(encoding="utf-8")
    template = environment(autoescape=True).get_template("coach.html.j2")
    return template.render(v=view, css=Markup(css))


def numbers_csv(view: PersonView) -> str:
    """The split as CSV (formulas neutralised), one row per work category."""
    return to_csv(pd.DataFrame(numbers_table(view)))


def numbers_table(view: PersonView) -> list[dict[str, object]]:
    """The split as rows, for CSV: one per work category; a month too thin to judge has
    no fit and no gap, as in the person document. ``share_low`` and ``share_high`` are the
    share's range and ``verdict_probability`` the verdict's (empty where unknown)."""
    return [
        {
            "person": view.email,
            "name": view.name,
            "role": view.role,
            "period": view.period,
            "category": r.category,
            "hours": round(r.hours, 2),
            "share": round(r.share, 1),
            "share_low": _rounded(r.low),
            "share_high": _rounded(r.high),
            "target": r.target,
            "gap": round(r.gap, 1) if view.judged else "",  # too thin to judge: no gap
            "fit": r.fit if view.judged else NO_FIT,
            "verdict": view.verdict,
            "verdict_probability": _rounded(view.verdict_probability, 3),
        }
        for r in view.split
    ]


def _rounded(value: float | None, digits: int = 1) -> float | str:
    return "" if value is None else round(value, digits)


def view_json(view: PersonView) -> str:
    """The report as JSON: the versioned person document (:mod:`timeaudit.render.schema`),
    not the view model itself, so a change to the view cannot silently change what HR
    systems ingest. Titles are redacted as the report redacts them."""
    return json.dumps(person_document(view), indent=2, ensure_ascii=False) + "\n"


def summary_table(views: list[PersonView]) -> str:
    """The plain-text table ``audit`` prints: one line per person, each category as
    "share of target, fit"."""
    names = ("strategy", "capability", "execution", "firefighting")
    width = max([6, *(len(v.name) for v in views)])
    head = f"{'person':<{width}}  {'role':<13}  {'period':<7}  " + "  ".join(
        f"{n:<17}" for n in names
    )
    lines = [f"{head}  verdict", "-" * (len(head) + 22)]
    for v in views:
        cells = "  ".join(f"{_cell(r, v.judged):<17}" for r in v.split)
        lines.append(
            f"{v.name:<{width}}  {v.role:<13}  {v.period:<7}  {cells}  {v.verdict_headline}"
        )
    return "\n".join(lines)


def _cell(row: SplitRow, judged: bool) -> str:
    """A category as "share (target) fit"; a month too thin to judge has no fit."""
    bound = "<=" if row.ceiling else ""
    return f"{row.share:>3.0f}% ({bound}{row.target:.0f}) {row.fit if judged else 'no data'}"


def safe_filename(text: str) -> str:
    """A file name built from a person's name or address: no path separators, no control
    characters, no leading dots, bounded length."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"[^\w.@-]+", "-", text, flags=re.UNICODE).strip("-.")
    return text[:80] or "report"
