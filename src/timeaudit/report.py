"""Rendering: the view model (:mod:`timeaudit.view`) as Markdown, HTML, CSV and JSON, and
the summary table `audit` prints. Templates live in ``reports/``; filters are pure and
registered here, explicitly."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import asdict
from importlib.resources import files

import jinja2
import pandas as pd
from markupsafe import Markup

from timeaudit.categories import WORK
from timeaudit.charts import CATEGORY_COLOURS, split_svg, trend_svg, week_svg
from timeaudit.coach import CoachView
from timeaudit.export import to_csv
from timeaudit.frame import clean_text
from timeaudit.view import PersonView, SplitRow

_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
FIT_MARK = {"green": "✅ green", "amber": "🟠 amber", "red": "🔴 red"}


# -- rendering ------------------------------------------------------------------------
def _environment(autoescape: bool) -> jinja2.Environment:
    loader = jinja2.FunctionLoader(
        lambda name: (files("timeaudit.reports") / name).read_text(encoding="utf-8")
    )
    env = jinja2.Environment(
        loader=loader,
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["hours"] = lambda h: f"{h:.1f}"
    env.filters["pct"] = lambda p: f"{p:.0f}%"
    env.filters["pts"] = lambda p: f"{p:+.0f}"
    env.filters["fit"] = lambda f: FIT_MARK.get(f, f)
    env.filters["md"] = md_escape
    env.filters["md_lines"] = md_lines
    return env


def md_escape(text: str, limit: int | None = 200) -> str:
    """Calendar text inside a Markdown table cell: no markup, no HTML, no line breaks;
    cut at ``limit`` characters (None: never)."""
    text = " ".join(clean_text(str(text)).split())
    text = _BIDI_CONTROLS.sub("", text)  # an override would reverse the rest of the line
    text = re.sub(r"([\\`*_{}\[\]<>()#+!|~])", r"\\\1", text)
    if limit is None or len(text) <= limit:
        return text
    return text[:limit] + "…"


def md_lines(text: str) -> str:
    """Free text (a coach's note) as Markdown: each line escaped like a cell and kept
    whole, line breaks kept as hard breaks, blank lines as paragraph breaks."""
    lines = [_md_line(line) for line in str(text).strip().splitlines()]
    out = []
    for line, after in zip(lines, [*lines[1:], ""], strict=True):
        out.append(line + ("\\" if line and after else ""))
    return "\n".join(out)


def _md_line(line: str) -> str:
    """One line of free text: escaped, and not read as a list item or heading underline."""
    text = md_escape(line, limit=None)
    text = re.sub(r"^([-=])", r"\\\1", text)
    return re.sub(r"^(\d+)([.)])", r"\1\\\2", text)


def render_markdown(view: PersonView) -> str:
    return _environment(autoescape=False).get_template("report.md.j2").render(v=view, work=WORK)


def report_charts(view: PersonView) -> dict[str, str]:
    """The report's charts as SVG, by name."""
    return {"split": split_svg(view), "trend": trend_svg(view), "week": week_svg(view)}


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
    template = _environment(autoescape=True).get_template("report.html.j2")
    return template.render(
        v=view, work=WORK, css=Markup(css), charts=safe_charts, colours=CATEGORY_COLOURS
    )


def render_coach_markdown(view: CoachView) -> str:
    return _environment(autoescape=False).get_template("coach.md.j2").render(v=view)


def render_coach_html(view: CoachView) -> str:
    """The coach view as one self-contained page, like the report: inline CSS, no script,
    nothing fetched, every field escaped."""
    css = (files("timeaudit.reports") / "report.css").read_text(encoding="utf-8")
    template = _environment(autoescape=True).get_template("coach.html.j2")
    return template.render(v=view, css=Markup(css))


def numbers_csv(view: PersonView) -> str:
    """The split as CSV (formulas neutralised), one row per work category."""
    return to_csv(pd.DataFrame(numbers_table(view)))


def numbers_table(view: PersonView) -> list[dict[str, object]]:
    """The split as rows, for CSV: one per work category."""
    return [
        {
            "person": view.email,
            "name": view.name,
            "role": view.role,
            "period": view.period,
            "category": r.category,
            "hours": round(r.hours, 2),
            "share": round(r.share, 1),
            "target": r.target,
            "gap": round(r.gap, 1),
            "fit": r.fit,
            "verdict": view.verdict,
        }
        for r in view.split
    ]


def view_json(view: PersonView) -> str:
    """The whole view model as JSON: what the report shows, titles redacted as it does."""
    return json.dumps(asdict(view), indent=2, ensure_ascii=False) + "\n"


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
        cells = "  ".join(f"{_cell(r):<17}" for r in v.split)
        lines.append(f"{v.name:<{width}}  {v.role:<13}  {v.period:<7}  {cells}  {v.verdict_label}")
    return "\n".join(lines)


def _cell(row: SplitRow) -> str:
    bound = "<=" if row.ceiling else ""
    return f"{row.share:>3.0f}% ({bound}{row.target:.0f}) {row.fit}"


def safe_filename(text: str) -> str:
    """A file name built from a person's name or address: no path separators, no control
    characters, no leading dots, bounded length."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"[^\w.@-]+", "-", text, flags=re.UNICODE).strip("-.")
    return text[:80] or "report"
