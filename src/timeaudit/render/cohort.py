"""The cohort view for HR, rendered: one file per grouping (JSON, Markdown) and one HTML page,
built only from the folded cohort tables of :mod:`timeaudit.audit.cohort`."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from timeaudit.audit.assess import VERDICT_LABELS, share_col
from timeaudit.audit.cohort import (
    PLANNING_MEDIAN,
    RED_GAP,
    BarMaker,
    verdict_col,
    verdict_distribution,
)
from timeaudit.categories import WORK
from timeaudit.render.charts import CATEGORY_COLOURS
from timeaudit.render.jinja import environment, md_escape
from timeaudit.render.report import safe_svg
from timeaudit.render.schema import cohort_document


def render_json(table: pd.DataFrame, by: str, period: str, min_group: int) -> str:
    """One grouping as the versioned cohort document of :mod:`timeaudit.render.schema`:
    what HR systems ingest changes only when that module says so."""
    document = cohort_document(table, verdict_distribution(table), by, period, min_group)
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def folding_rule(min_group: int) -> str:
    """The sentence saying how small groups are folded (none are at a minimum of 1)."""
    if min_group <= 1:
        return "Every group is shown, however small (settings.min_group_size is 1)."
    return (
        f'Groups of fewer than {min_group} people are folded into "other", with the '
        f"next-smallest groups when needed, so no row speaks for fewer than {min_group} people."
        f" The share of managers with a red 1:1 gap is shown only for at least {min_group} "
        f"people with direct reports, else {HELD_BACK}."
    )


def render_markdown(table: pd.DataFrame, by: str, period: str, min_group: int) -> str:
    lines = [
        f"# Cohort by {by}, {period}",
        "",
        folding_rule(min_group),
        "",
        *_md_table(table),
        "",
        "## Verdicts across the cohort",
        "",
        *_md_table(verdict_distribution(table)),
    ]
    return "\n".join(lines) + "\n"


def _md_table(table: pd.DataFrame) -> list[str]:
    header = [str(c).replace("|", "\\|") for c in table.columns]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in table.itertuples(index=False, name=None):
        cells = [HELD_BACK if pd.isna(v) else md_escape(str(v)) for v in row]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


@dataclass(frozen=True)
class GroupRow:
    """One group as the page shows it: text cells only, plus its verdict bar."""

    group: str
    people: int
    work_hours: str
    shares: tuple[str, ...]
    verdicts: tuple[int, ...]
    bar: str
    red_gap: str  # "40.0%" of the group's managers, or "–" where too few to show
    planning: str  # the median planning share, "18.5%"; "–" without work hours


@dataclass(frozen=True)
class CohortSection:
    by: str
    rows: tuple[GroupRow, ...]


@dataclass(frozen=True)
class CohortPage:
    """Everything the page shows: built from :func:`cohort_table` rows and nothing else."""

    period: str
    min_group: int
    categories: tuple[str, ...]
    verdicts: tuple[tuple[str, str], ...]  # (verdict, label) in legend order
    sections: tuple[CohortSection, ...]

    @property
    def folding(self) -> str:
        return folding_rule(self.min_group)


def cohort_page(
    tables: Mapping[str, pd.DataFrame], period: str, min_group: int, bar: BarMaker
) -> CohortPage:
    """The view model of the HTML page, one section per grouping in ``tables``."""
    bars: dict[tuple[int, ...], str] = {}  # the same spread of verdicts draws the same bar
    sections = tuple(
        CohortSection(by, tuple(_group_row(row, bar, bars) for _, row in table.iterrows()))
        for by, table in tables.items()
    )
    return CohortPage(period, min_group, WORK, tuple(VERDICT_LABELS.items()), sections)


def _group_row(row: pd.Series, bar: BarMaker, bars: dict[tuple[int, ...], str]) -> GroupRow:
    counts = tuple(int(row[verdict_col(v)]) for v in VERDICT_LABELS)
    if counts not in bars:
        labelled = [(v, lab, n) for (v, lab), n in zip(VERDICT_LABELS.items(), counts, strict=True)]
        bars[counts] = bar(labelled)
    return GroupRow(
        group=str(row["group"]),
        people=int(row["people"]),
        work_hours=f"{float(row['work_hours']):,.1f}",
        shares=tuple(f"{float(row[share_col(c)]):.1f}%" for c in WORK),
        verdicts=counts,
        bar=bars[counts],
        red_gap=_percent(row[RED_GAP]),
        planning=_percent(row[PLANNING_MEDIAN]),
    )


#: What a cell shows where a figure is held back (too few people behind it to show).
HELD_BACK = "–"


def _percent(value: Any) -> str:
    return HELD_BACK if pd.isna(value) else f"{float(value):.1f}%"


def render_html(page: CohortPage, colours: Mapping[str, str]) -> str:
    """One self-contained page: inline CSS and SVG, no script, nothing fetched. Group names
    (free text from the roster) are escaped by the template engine; the bars are our own
    SVG, the one thing marked safe. ``colours`` are the verdicts'; the categories' are the
    charts' :data:`CATEGORY_COLOURS`, as on every page."""
    bars = {row.bar for section in page.sections for row in section.rows}
    template = environment(autoescape=True).get_template("cohort.html.j2")
    safe = {bar: safe_svg("verdict bar", bar) for bar in bars}
    return template.render(page=page, bars=safe, colours=colours, category_colours=CATEGORY_COLOURS)
