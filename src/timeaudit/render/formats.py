"""Every output format, written down once: the names the command line offers and the
function that writes each.

One registry per kind of output (a person's report, a coach view, a cohort table, the events
list) serves both click's choices and the dispatch, so a format cannot be offered without a
writer or written without being offered. This module is light on purpose: the command line
builds its choices from it without loading pandas or matplotlib; each writer imports its
module when that format is actually written.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from timeaudit.errors import UsageError

if TYPE_CHECKING:
    import pandas as pd

    from timeaudit.render.coach import CoachView
    from timeaudit.render.team import TeamView
    from timeaudit.render.view import PersonView

T = TypeVar("T")


class Formats(Generic[T]):
    """The formats one kind of output can be written in, in the order they are offered."""

    def __init__(self, writers: Mapping[str, Callable[[T], str]]) -> None:
        self._writers = dict(writers)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self._writers)

    def render(self, fmt: str, item: T) -> str:
        """``item`` written in ``fmt``; a format not offered is a :class:`UsageError`."""
        writer = self._writers.get(fmt)
        if writer is None:
            raise UsageError(f"--format {fmt!r}: use one of {', '.join(self.names)}")
        return writer(item)


@dataclass(frozen=True)
class CohortTable:
    """One grouping's cohort table and what its files say about it."""

    table: pd.DataFrame
    by: str
    period: str
    min_group: int


def _report_html(view: PersonView) -> str:
    from timeaudit.render.report import render_html, report_charts

    return render_html(view, report_charts(view))


def _report_md(view: PersonView) -> str:
    from timeaudit.render.report import render_markdown

    return render_markdown(view)


def _report_csv(view: PersonView) -> str:
    from timeaudit.render.report import numbers_csv

    return numbers_csv(view)


def _report_json(view: PersonView) -> str:
    from timeaudit.render.report import view_json

    return view_json(view)


def _coach_html(view: CoachView) -> str:
    from timeaudit.render.report import render_coach_html

    return render_coach_html(view)


def _coach_md(view: CoachView) -> str:
    from timeaudit.render.report import render_coach_markdown

    return render_coach_markdown(view)


def _team_html(view: TeamView) -> str:
    from timeaudit.render.team import render_team_html

    return render_team_html(view)


def _team_md(view: TeamView) -> str:
    from timeaudit.render.team import render_team_markdown

    return render_team_markdown(view)


def _cohort_csv(part: CohortTable) -> str:
    from timeaudit.render.export import to_csv

    return to_csv(part.table)


def _cohort_json(part: CohortTable) -> str:
    from timeaudit.render.cohort import render_json

    return render_json(part.table, part.by, part.period, part.min_group)


def _cohort_md(part: CohortTable) -> str:
    from timeaudit.render.cohort import render_markdown

    return render_markdown(part.table, part.by, part.period, part.min_group)


def _events_csv(table: pd.DataFrame) -> str:
    from timeaudit.render.export import to_csv

    return to_csv(table)


def _events_json(table: pd.DataFrame) -> str:
    from timeaudit.render.export import events_json

    return events_json(table)


#: A person's report (``audit``).
REPORT: Formats[PersonView] = Formats(
    {"html": _report_html, "md": _report_md, "csv": _report_csv, "json": _report_json}
)
#: The coach view (``coach``).
COACH: Formats[CoachView] = Formats({"html": _coach_html, "md": _coach_md})
#: The leadership-team dashboard (``team``).
TEAM: Formats[TeamView] = Formats({"html": _team_html, "md": _team_md})
#: One file per cohort grouping (``cohort``); ``html`` is one page for every grouping.
COHORT_TABLE: Formats[CohortTable] = Formats(
    {"csv": _cohort_csv, "json": _cohort_json, "md": _cohort_md}
)
COHORT_PAGE = "html"
COHORT_FORMATS = (*COHORT_TABLE.names, COHORT_PAGE)
#: The events list (``events``).
EVENTS: Formats[pd.DataFrame] = Formats({"csv": _events_csv, "json": _events_json})
