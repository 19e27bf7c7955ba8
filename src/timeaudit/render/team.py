"""The leadership-team dashboard (``timeaudit team --team NAME``): the page a CEO reviews
weekly, one row per member with their verdict, the RAG of each category of their split,
their 1:1 coverage and the rhythm they keep (rhythm items: the leadership team meeting, the
quarterly review..., named by their recogniser, never by a meeting title).

**Consent comes first.** A member is shown by name only when their roster row (or their
[[people]] entry) says ``share_named``; everyone else is counted, never named, never given a
row. What the unnamed members share is shown only when there are at least
``settings.min_group_size`` of them, and then only as counts of verdicts, so no unnamed
person's verdict can be read off the page (not by subtraction either: the named rows are
never totalled with the unnamed ones).

Built from the members' report view models (:class:`~timeaudit.render.view.PersonView`),
so every number on the page is the one their own report shows. Plain frozen data with every
text already written; the templates only lay it out. No event title is ever on this page.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from importlib.resources import files

from markupsafe import Markup

from timeaudit.audit.assess import AMBER, GREEN, NO_DATA, RED, VERDICT_LABELS, VERDICTS
from timeaudit.categories import WORK
from timeaudit.render.coach import NO_FIT  # a category in a period too thin to judge
from timeaudit.render.jinja import environment
from timeaudit.render.rhythm import OneOnOneView
from timeaudit.render.view import PersonView
from timeaudit.words import plural

#: What the page says about members who are not shown by name.
CONSENT_RULE = (
    "Only members who agreed to be shown by name appear here (the roster's share_named "
    "column, or share_named = true in their [[people]] entry); the others are counted, "
    "never named."
)


@dataclass(frozen=True)
class SplitCell:
    category: str
    share: float
    target: float
    fit: str  # green, amber, red; NO_FIT when the month is too thin to judge
    ceiling: bool


@dataclass(frozen=True)
class MemberRow:
    """One named member, as the dashboard shows them."""

    name: str
    role: str
    verdict: str
    verdict_class: str
    headline: str  # "stuck in execution", "fits, with 2 amber"
    reason: str
    work_hours: float
    split: tuple[SplitCell, ...]
    one_on_ones: str  # "5 direct reports: 3 green, 1 amber, 1 red"; "no reports configured"
    one_on_one_status: str  # the worst report's status; "" without reports
    #: The reports behind on 1:1s, with their status: named when they too agreed to be
    #: shown by name, else only counted ("2 reports not shown by name (red, amber)").
    behind: tuple[str, ...]
    rhythm: str  # "4 rhythm items: 2 green, 1 amber, 1 red"; "no rhythm found" without any
    rhythm_status: str  # the worst item's status; "" without items
    rhythm_behind: tuple[str, ...]  # the items amber or red: "Quarterly business review (red)"


@dataclass(frozen=True)
class TeamView:
    team: str
    period: str
    generated: str
    members: int  # everyone in the team, named or not
    rows: tuple[MemberRow, ...]  # the named members, in the config's order
    unnamed: int
    #: Verdicts of the unnamed members, counted ("3 fits, 2 stuck in execution"), only
    #: when there are at least ``min_group`` of them; () otherwise.
    unnamed_verdicts: tuple[tuple[str, int], ...]
    min_group: int

    @property
    def consent_rule(self) -> str:
        return CONSENT_RULE

    @property
    def unnamed_line(self) -> str:
        """What the page says about the members it does not name."""
        if not self.unnamed:
            return ""
        one = self.unnamed == 1
        text = (
            f"{plural(self.unnamed, 'member')} {'has' if one else 'have'} not agreed to be "
            f"shown by name and {'is' if one else 'are'} only counted"
        )
        if self.unnamed_verdicts:
            said = ", ".join(f"{n} {label}" for label, n in self.unnamed_verdicts)
            return f"{text}; their verdicts together: {said}."
        return (
            f"{text}; their verdicts are not shown either, as there are fewer than "
            f"{self.min_group} of them (settings.min_group_size)."
        )

    @property
    def summary(self) -> str:
        """The page in one line: "6 members, 4 shown by name: 2 fit, 1 stuck in execution..."."""
        counts = Counter(r.verdict for r in self.rows)
        said = ", ".join(f"{counts[v]} {VERDICT_LABELS[v]}" for v in VERDICTS if counts[v])
        shown = f"{len(self.rows)} shown by name" + (f": {said}" if said else "")
        return f"{plural(self.members, 'member')}, {shown}"


def team_view(
    team: str,
    period: str,
    views: Sequence[tuple[PersonView, bool]],
    *,
    generated: str,
    min_group: int,
    also_named: Iterable[str] = (),
) -> TeamView:
    """The dashboard of ``team`` from each member's report view and whether they agreed to
    be shown by name (``share_named``). A member's direct reports behind on 1:1s are named
    only if they agreed too: they are members shown by name, or among ``also_named`` (the
    addresses of everyone else in the config who agreed)."""
    named = [v for v, ok in views if ok]
    consented = frozenset(v.email.lower() for v in named) | frozenset(also_named)
    others = [v for v, ok in views if not ok]
    verdicts: tuple[tuple[str, int], ...] = ()
    if others and len(others) >= min_group:
        counts = Counter(v.verdict for v in others)
        verdicts = tuple((VERDICT_LABELS[v], counts[v]) for v in VERDICTS if counts[v])
    return TeamView(
        team=team,
        period=period,
        generated=generated,
        members=len(views),
        rows=tuple(member_row(v, consented) for v in named),
        unnamed=len(others),
        unnamed_verdicts=verdicts,
        min_group=min_group,
    )


def member_row(view: PersonView, consented: Collection[str] = frozenset()) -> MemberRow:
    """``view`` as a dashboard row; its reports behind on 1:1s are named only when their
    address is in ``consented``."""
    judged = view.verdict != NO_DATA
    return MemberRow(
        name=view.name,
        role=view.role,
        verdict=view.verdict,
        verdict_class=view.verdict_class,
        headline=view.verdict_headline,
        reason=view.verdict_reason,
        work_hours=view.coverage.work_hours,
        split=tuple(
            SplitCell(r.category, r.share, r.target, r.fit if judged else NO_FIT, r.ceiling)
            for r in view.split
        ),
        one_on_ones=_one_on_ones(view.one_on_ones),
        one_on_one_status=_worst(r.status for r in view.one_on_ones.reports),
        behind=_behind(view.one_on_ones, consented),
        rhythm=view.rhythm_items.summary if view.rhythm_items.items else "no rhythm found",
        rhythm_status=_worst(i.status for i in view.rhythm_items.items),
        rhythm_behind=tuple(f"{i.name} ({i.status})" for i in view.rhythm_items.behind),
    )


def _behind(o: OneOnOneView, consented: Collection[str]) -> tuple[str, ...]:
    named = tuple(f"{r.name} ({r.status})" for r in o.behind if r.email.lower() in consented)
    others = [r.status for r in o.behind if r.email.lower() not in consented]
    if not others:
        return named
    count = plural(len(others), "report")
    return (*named, f"{count} not shown by name ({', '.join(others)})")


def _one_on_ones(o: OneOnOneView) -> str:
    if not o.configured:
        return "no direct reports configured"
    if not o.reports:
        return "no direct reports"
    return o.summary


def _worst(statuses: Iterable[str]) -> str:
    seen = set(statuses)
    for status in (RED, AMBER, GREEN):
        if status in seen:
            return status
    return ""


#: The page's stylesheets: the report's, then the dashboard's own.
STYLESHEETS = ("report.css", "team.css")


def render_team_markdown(view: TeamView) -> str:
    return environment(autoescape=False).get_template("team.md.j2").render(v=view, work=WORK)


def render_team_html(view: TeamView) -> str:
    """The dashboard as one self-contained page, like the report: inline CSS, no script,
    nothing fetched, every field escaped."""
    folder = files("timeaudit.reports")
    css = "\n".join((folder / name).read_text(encoding="utf-8") for name in STYLESHEETS)
    template = environment(autoescape=True).get_template("team.html.j2")
    return template.render(v=view, work=WORK, css=Markup(css))
