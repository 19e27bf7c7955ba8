"""The biggest levers: concrete actions that would bring a person's split closest to the
role's targets, as pure functions of the (already redacted) :class:`PersonView`.

A lever moves hours: handing on a series (``view.delegation``), fixing the cause of a fire
that keeps coming back (``view.fires``), halving a recurring time sink in a category over
its target (``view.sinks``), blocking time each week for a category under its target, or,
for firefighting overload with no single fire or meeting to name, routing hours of
firefighting to an on-call rota. Each candidate's split is recomputed after the action and
scored by how many points of distance to target, outside the tolerance, it removes;
firefighting is a ceiling, so only being above it counts. A lever says the shares before
and after as the report shows them (whole percent) and the points between them, taken from
those shown values; one whose shown share would not move is not offered. When the verdict is
firefighting overload, the best firefighting lever comes first. A period without enough data
to judge (:data:`~timeaudit.audit.assess.NO_DATA`) gets no lever. Titles come from the view,
so private and redacted titles stay so.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from timeaudit.audit.assess import AMBER, OVERLOAD, RED, points, shown
from timeaudit.categories import FIREFIGHTING
from timeaudit.render.rhythm import OneOnOneLine, RhythmLine
from timeaudit.render.view import PersonView, SplitRow
from timeaudit.store.records import PRIVATE_TITLE

DELEGATE, FIX, TRIM, PROTECT, ROTA = "delegate", "fix", "trim", "protect", "rota"
#: Between levers of equal effect on one title, the first kind wins: a fire that keeps
#: coming back is better fixed at its cause than handed to someone else.
_PREFERRED = (FIX, DELEGATE, TRIM, PROTECT, ROTA)
#: A recurring sink is trimmed by this share (shorter, or every other time).
TRIM_SHARE = 0.5
#: The most a "protect" (or "rota") lever moves per week: a full working day.
MAX_PROTECT_WEEKLY = 8
#: Titles in a lever's sentence are cut to this many characters.
TITLE_CHARS = 80
#: A lever must gain at least this many points to be worth saying.
MIN_GAIN = 0.5
_DAYS_PER_MONTH = 365.25 / 12
_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass(frozen=True)
class Lever:
    kind: str  # delegate, fix, trim, protect or rota
    title: str  # as the view shows it (redacted where it must be); the category for protect
    category: str
    hours: float  # per month: moved out of the category, or added to it for protect
    before: float  # the category's share, percent of work hours
    after: float
    target: float
    gained: float  # points of distance to target (outside tolerance) removed
    sentence: str


@dataclass(frozen=True)
class _Candidate:
    kind: str
    title: str
    category: str
    hours: float  # in the period; negative moves hours in (protect)
    key: tuple[str, ...]  # one lever per series/title
    placeholder: bool = False  # the title is "(private event)" or "(redacted)"
    weekly: int = 0  # protect and rota: whole hours a week


def levers(view: PersonView, limit: int = 3) -> tuple[Lever, ...]:
    """The ``limit`` actions that would reduce the distance to target the most, best first
    (for firefighting overload, the best firefighting lever first); none for a person whose
    every category is within tolerance, or whose period is too thin to judge."""
    split = {r.category: r for r in view.split}
    if not view.judged or sum(r.hours for r in view.split) <= 0:
        return ()
    per_month = 1.0 if _MONTH.match(view.period) else _DAYS_PER_MONTH / _period_days(view.period)
    chosen = _best(view, split, per_month, _candidates(view, split))
    if view.verdict == OVERLOAD and not any(lv.category == FIREFIGHTING for lv in chosen):
        chosen += _best(view, split, per_month, _rota(view, split))
    fire = [lv for lv in chosen if lv.category == FIREFIGHTING][:1]
    if view.verdict == OVERLOAD and fire:
        chosen = [*fire, *(lv for lv in chosen if lv is not fire[0])]
    return tuple(chosen[:limit])


def _best(
    view: PersonView,
    split: Mapping[str, SplitRow],
    per_month: float,
    candidates: Iterable[_Candidate],
) -> list[Lever]:
    """The useful levers among ``candidates``, best first, one per key."""
    scored = [(_score(c, split, view.tolerance, per_month), c.key) for c in candidates]
    useful = [(lv, key) for lv, key in scored if lv is not None and _toward(lv, split)]
    useful.sort(
        key=lambda pair: (
            -pair[0].gained,
            -pair[0].hours,
            pair[0].title,
            _PREFERRED.index(pair[0].kind),
        )
    )
    chosen: list[Lever] = []
    seen: set[tuple[str, ...]] = set()
    for lever, key in useful:
        if key not in seen:
            seen.add(key)
            chosen.append(lever)
    return chosen


def distance(hours: Mapping[str, float], split: Mapping[str, SplitRow], tolerance: float) -> float:
    """Points outside tolerance, summed over the work categories (firefighting: above only)."""
    total = sum(hours.values())
    if total <= 0:
        return 0.0
    out = 0.0
    for cat, row in split.items():
        gap = 100.0 * hours[cat] / total - row.target
        miss = max(gap, 0.0) if row.ceiling else abs(gap)
        out += max(0.0, miss - tolerance)
    return out


def _candidates(view: PersonView, split: Mapping[str, SplitRow]) -> Iterable[_Candidate]:
    for d in view.delegation:
        yield _titled(view, DELEGATE, d.title, d.category, d.hours, d.hours)
    for f in view.fires:
        yield _titled(view, FIX, f.title, FIREFIGHTING, f.hours, f.hours)
    for s in view.sinks:
        if s.recurring and split[s.category].share > split[s.category].target:
            yield _titled(view, TRIM, s.title, s.category, s.hours, TRIM_SHARE * s.hours)
    weeks = _period_days(view.period) / 7.0
    work_hours = sum(r.hours for r in view.split)
    for row in view.split:
        if not row.ceiling and row.share < row.target - view.tolerance:
            weekly = _weekly_to_target(row, work_hours, weeks)
            key = (PROTECT, row.category)
            yield _Candidate(
                PROTECT, row.category, row.category, -weekly * weeks, key, weekly=weekly
            )


def _rota(view: PersonView, split: Mapping[str, SplitRow]) -> Iterable[_Candidate]:
    """For firefighting overload with no fire or firefighting meeting to name: whole hours
    a week of firefighting routed to an on-call rota or an escalation owner, enough to
    reach the ceiling (at most a working day)."""
    row = split[FIREFIGHTING]
    weeks = _period_days(view.period) / 7.0
    work_hours = sum(r.hours for r in view.split)
    c = row.target / 100.0
    needed = (row.hours - c * work_hours) / (1.0 - c) if c < 1 else 0.0
    weekly = max(1, min(MAX_PROTECT_WEEKLY, round(needed / weeks)))
    hours = min(weekly * weeks, row.hours)
    yield _Candidate(ROTA, FIREFIGHTING, FIREFIGHTING, hours, (ROTA,), weekly=weekly)


def _titled(
    view: PersonView, kind: str, title: str, category: str, hours: float, moved: float
) -> _Candidate:
    """A candidate about one series or fire: one lever per title, and titles hidden behind
    a placeholder told apart by their hours."""
    if view.redacted or title == PRIVATE_TITLE:
        return _Candidate(kind, title, category, moved, (title, f"{hours:.2f}"), placeholder=True)
    return _Candidate(kind, _short(title), category, moved, (title.casefold(),))


def _short(title: str) -> str:
    """A title as a one-page summary shows it: one line, at most ``TITLE_CHARS`` long."""
    title = " ".join(title.split())
    return title if len(title) <= TITLE_CHARS else title[: TITLE_CHARS - 1] + "…"


def _weekly_to_target(row: SplitRow, work_hours: float, weeks: float) -> int:
    """Whole hours a week that would lift ``row`` to its target (at most a working day)."""
    t = row.target / 100.0
    needed = (t * work_hours - row.hours) / (1.0 - t) if t < 1 else 0.0
    return max(1, min(MAX_PROTECT_WEEKLY, round(needed / weeks)))


def _score(
    c: _Candidate, split: Mapping[str, SplitRow], tolerance: float, per_month: float
) -> Lever | None:
    hours = {cat: row.hours for cat, row in split.items()}
    moved = min(c.hours, hours[c.category])
    after = {**hours, c.category: hours[c.category] - moved}
    total = sum(after.values())
    gained = distance(hours, split, tolerance) - distance(after, split, tolerance)
    if total <= 0 or gained < MIN_GAIN:
        return None
    row = split[c.category]
    share = 100.0 * after[c.category] / total
    monthly = round(abs(moved) * per_month, 1)
    sentence = _sentence(c, row, monthly, share)
    return Lever(
        c.kind, c.title, c.category, monthly, row.share, share, row.target, gained, sentence
    )


def _toward(lever: Lever, split: Mapping[str, SplitRow]) -> bool:
    """The lever's own category moves toward its target (for a ceiling: down, from above),
    by at least a point as the report shows it."""
    if points(lever.before, lever.after) == 0:
        return False
    if split[lever.category].ceiling:
        return lever.after < lever.before and lever.before > lever.target
    return abs(lever.after - lever.target) < abs(lever.before - lever.target)


def _sentence(c: _Candidate, row: SplitRow, monthly: float, after: float) -> str:
    bound = "ceiling" if row.ceiling else "target"
    moved = abs(points(row.share, after))
    unit = "pt" if moved == 1 else "pts"
    effect = (
        f"{row.category} {shown(row.share)}% -> {shown(after)}%, {moved} {unit} "
        f"({bound} {shown(row.target)}%)"
    )
    amount = f"{monthly:.1f} h/month"
    article = "an" if row.category[0] in "aeiou" else "a"
    what = f"{article} {row.category} series {c.title}" if c.placeholder else f"'{c.title}'"
    action = {
        DELEGATE: f"Delegate {what} ({amount})",
        FIX: f"Fix the cause of {'a fire ' + c.title if c.placeholder else what} ({amount})",
        TRIM: f"Halve {what} (shorter or less often, {amount})",
        PROTECT: f"Block {c.weekly} h a week for {c.category} ({amount})",
        ROTA: (
            f"Route {c.weekly} h a week of firefighting to an on-call rota or an escalation "
            f"owner ({amount})"
        ),
    }[c.kind]
    return f"{action}: {effect}"


def _period_days(label: str) -> float:
    """Days in a period label: ``YYYY-MM`` or ``YYYY-MM-DD..YYYY-MM-DD``; a month otherwise."""
    if m := _MONTH.match(label):
        return float(calendar.monthrange(int(m[1]), int(m[2]))[1])
    if m := _RANGE.match(label):
        return float((date.fromisoformat(m[2]) - date.fromisoformat(m[1])).days + 1)
    return _DAYS_PER_MONTH


def rhythm_lever(view: PersonView) -> str:
    """The one rhythm gap that matters most, as an action ("" when there is none): a direct
    report with no 1:1 in the period (the longest without first), else a red rhythm item (a
    missed quarterly review, a leadership meeting that stopped), else the report longest
    without a 1:1 among those red, else an amber item, else an amber report. Names the
    report or the rhythm, never a meeting title."""
    behind = list(view.one_on_ones.behind)
    items = view.rhythm_items.behind

    def report(row: OneOnOneLine) -> str:
        return f"Put the 1:1 with {row.name} back in the calendar: {row.reason}."

    def item(line: RhythmLine) -> str:
        return f"Get the {line.name[:1].lower()}{line.name[1:]} back on its rhythm: {line.reason}."

    longest = sorted(behind, key=lambda r: r.longest_gap or 0, reverse=True)
    for status in (RED, AMBER):
        lapsed = [r for r in longest if r.status == status and r.held == 0]
        if status == RED and lapsed:
            return report(lapsed[0])
        found = [i for i in items if i.status == status]
        if found:
            return item(found[0])
        rows = [r for r in longest if r.status == status]
        if rows:
            return report(rows[0])
    return ""
