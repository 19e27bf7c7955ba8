"""From an :class:`AuditResult` to what people read.

:func:`person_view` prepares a plain view model per person (every number formatted, every
title already redacted where it must be); templates in ``reports/`` only lay it out.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from importlib.resources import files

import jinja2
import pandas as pd

from timeaudit.assess import (
    VERDICT_LABELS,
    Questions,
    fit_col,
    gap_col,
    load_questions,
    share_col,
    target_col,
)
from timeaudit.audit import AuditResult
from timeaudit.categories import FIREFIGHTING, OTHER, UNCLASSIFIED, WORK
from timeaudit.config import Person
from timeaudit.export import display_titles

FIT_MARK = {"green": "✅ green", "amber": "🟠 amber", "red": "🔴 red"}


@dataclass(frozen=True)
class SplitRow:
    category: str
    hours: float
    share: float
    target: float
    gap: float
    fit: str
    ceiling: bool


@dataclass(frozen=True)
class Excluded:
    reason: str
    events: int
    hours: float


@dataclass(frozen=True)
class Sink:
    title: str
    category: str
    hours: float
    occurrences: int
    recurring: bool


@dataclass(frozen=True)
class TrendRow:
    month: str
    work_hours: float
    shares: tuple[float, ...]
    verdict: str


@dataclass(frozen=True)
class Coverage:
    sources: tuple[str, ...]
    occurrences: int
    counted_events: int
    counted_hours: float
    work_hours: float
    other_hours: float
    unclassified_hours: float
    unclassified_events: int
    excluded: tuple[Excluded, ...]
    capacity: float
    unscheduled: float
    problems: tuple[str, ...]


@dataclass(frozen=True)
class PersonView:
    name: str
    email: str
    role: str
    role_description: str
    period: str
    tz: str
    coverage: Coverage
    verdict: str
    verdict_label: str
    verdict_reason: str
    split: tuple[SplitRow, ...]
    tolerance: float
    sinks: tuple[Sink, ...]
    trend: tuple[TrendRow, ...]
    questions: tuple[str, ...]
    generated: str


def person_view(
    result: AuditResult,
    person: Person,
    *,
    redact: bool = False,
    questions: Questions | None = None,
    today: date | None = None,
) -> PersonView:
    row = _one_row(result.assessment, person.email)
    events = result.events[result.events["owner"] == person.email]
    profile = result.profiles[person.email]
    verdict = str(row["verdict"])
    return PersonView(
        name=person.name or person.email,
        email=person.email,
        role=person.role,
        role_description=profile.description,
        period=result.period.label,
        tz=person.tz,
        coverage=_coverage(result, person, events, row),
        verdict=verdict,
        verdict_label=VERDICT_LABELS[verdict],
        verdict_reason=str(row["verdict_reason"]),
        split=tuple(_split_row(row, cat) for cat in WORK),
        tolerance=float(row["tolerance"]),
        sinks=_sinks(events, redact),
        trend=_trend_rows(result, person),
        questions=(questions or load_questions()).for_verdict(verdict),
        generated=(today or date.today()).isoformat(),
    )


def _one_row(table: pd.DataFrame, key: str) -> pd.Series:
    """The row of ``table`` labelled ``key`` (the index is unique)."""
    return table.iloc[table.index.get_loc(key)]  # type: ignore[return-value]


def _split_row(row: pd.Series, cat: str) -> SplitRow:
    return SplitRow(
        cat,
        float(row[cat]),
        float(row[share_col(cat)]),
        float(row[target_col(cat)]),
        float(row[gap_col(cat)]),
        str(row[fit_col(cat)]),
        cat == FIREFIGHTING,
    )


def _coverage(
    result: AuditResult, person: Person, events: pd.DataFrame, row: pd.Series
) -> Coverage:
    counted = events[events["counted"]]
    excluded = events[~events["counted"]]
    by_reason = excluded.groupby("excluded_reason").agg(
        n=("uid", "size"), hours=("duration_min", lambda m: float(m.sum()) / 60.0)
    )
    capacity = result.capacity.get(person.email, 0.0)
    counted_hours = float(counted["hours"].sum())
    problems = [p for o in result.outcomes if o.person == person.email for p in o.problems]
    problems += [o.error for o in result.outcomes if o.person == person.email and o.error]
    return Coverage(
        sources=person.sources,
        occurrences=len(events),
        counted_events=len(counted),
        counted_hours=counted_hours,
        work_hours=float(row["work_hours"]),
        other_hours=float(row[OTHER]),
        unclassified_hours=float(row[UNCLASSIFIED]),
        unclassified_events=int((counted["category"] == UNCLASSIFIED).sum()),
        excluded=tuple(Excluded(str(r), int(v.n), float(v.hours)) for r, v in by_reason.iterrows()),
        capacity=capacity,
        unscheduled=max(0.0, capacity - counted_hours),
        problems=tuple(problems),
    )


def _sinks(events: pd.DataFrame, redact: bool, limit: int = 10) -> tuple[Sink, ...]:
    """Series and one-offs by hours: a recurring series is one sink."""
    counted = events[events["counted"] & events["category"].isin(WORK)].copy()
    if counted.empty:
        return ()
    counted["shown"] = display_titles(counted, redact)
    counted["group"] = counted["series_id"].where(counted["series_id"] != "", counted["uid"])
    grouped = counted.groupby(["source", "group"]).agg(
        title=("shown", "first"),
        category=("category", lambda c: c.mode().iat[0]),
        hours=("hours", "sum"),
        n=("uid", "size"),
        recurring=("recurring", "any"),
    )
    top = grouped.sort_values(["hours", "title"], ascending=[False, True]).head(limit)
    return tuple(
        Sink(
            str(r["title"]),
            str(r["category"]),
            float(r["hours"]),
            int(r["n"]),
            bool(r["recurring"]),
        )
        for r in top.to_dict("records")
    )


def _trend_rows(result: AuditResult, person: Person) -> tuple[TrendRow, ...]:
    if result.trend.empty or person.email not in result.trend.index.get_level_values("owner"):
        return ()
    rows = result.trend.xs(person.email, level="owner").sort_index()
    return tuple(
        TrendRow(
            str(month),
            float(r["work_hours"]),
            tuple(float(r[share_col(c)]) for c in WORK),
            VERDICT_LABELS[str(r["verdict"])],
        )
        for month, r in rows.iterrows()
    )


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
    return env


def md_escape(text: str) -> str:
    """Calendar text inside a Markdown table cell: no markup, no HTML, no line breaks."""
    text = " ".join(str(text).split())
    text = re.sub(r"([\\`*_{}\[\]<>()#+!|~])", r"\\\1", text)
    return text[:200] + ("…" if len(text) > 200 else "")


def render_markdown(view: PersonView) -> str:
    return _environment(autoescape=False).get_template("report.md.j2").render(v=view, work=WORK)


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
