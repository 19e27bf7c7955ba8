"""1:1 coverage per direct report: the first part of the leadership rhythm (issue 15).

A **1:1** is a counted event (the audit's own counting rules: not cancelled, not declined,
busy, timed, not a copy from another of the owner's calendars) whose people, attendees and
organiser alike, rooms and resources left out (they are not stored as attendees), are the
owner and exactly one other address, who did not decline it. Which relation that person has
to the owner decides where it lands: a direct report's 1:1 is coverage; a 1:1 with a
report's report (skip-level) or with the owner's own manager (upward) is shown apart and
never counted as coverage. A multi-day event of two people (an offsite for two) is no 1:1.

For each direct report, over the period: the 1:1s held (every occurrence of a series
counts), the date of the last one (looked for back to the start of what the audit read, so
"last" is true even when it was before the period), the longest gap between consecutive 1:1s
(from the last one before the period, or the period's first day when there is none, to the
period's end, or today when that is earlier), and a status against the role's
:class:`~timeaudit.config.types.OneOnOneExpectation`: red with no 1:1 in the period or a gap
of more than ``red_weeks``, amber with a gap of more than ``amber_weeks`` or fewer 1:1s than
``per_month`` asks for the days the owner was there, else green.

**Absence.** The owner's days out of office (all-day absences,
:func:`timeaudit.audit.allocate.days_off`) are not counted in a gap, nor in the days the
expected number of 1:1s is prorated over; a week whose five working days are all away takes
its weekend with it, so a week of leave adds nothing to a gap. A gap is therefore calendar
days minus days away, and the reason says how many days away it leaves out.

Only stored columns are read (owner, start, end, organizer, attendee_emails and the counting
columns), so the numbers are the same from every connector. No title is ever read.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

import numpy as np
import numpy.typing as npt
import pandas as pd

from timeaudit.audit.allocate import multi_day
from timeaudit.config.types import OneOnOneExpectation, Person
from timeaudit.model import Response
from timeaudit.words import plural

GREEN, AMBER, RED = "green", "amber", "red"

#: The relations a 1:1 partner can have to the owner, in the order they are decided: someone
#: who is both a report and a report's report is a report.
REPORT, SKIP_LEVEL, UPWARD = "report", "skip-level", "upward"

#: Days in an average month: ``per_month`` is prorated over the days the owner was there.
MONTH_DAYS = 365.25 / 12

#: The columns :func:`held` returns.
HELD_COLUMNS = ("owner", "partner", "name", "start")


@dataclass(frozen=True)
class Circle:
    """The people a leader meets one to one, by relation, lower-cased, each once."""

    reports: tuple[str, ...] = ()
    skip_level: tuple[str, ...] = ()
    upward: tuple[str, ...] = ()
    names: Mapping[str, str] | None = None  # email -> name, for the configured people

    def name(self, email: str) -> str:
        return (self.names or {}).get(email, "") or email


def _unique(emails: Iterable[str], leave_out: Collection[str] = ()) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for email in emails:
        key = email.strip().lower()
        if key and key not in leave_out:
            seen.setdefault(key, None)
    return tuple(seen)


class Org:
    """Who reports to whom among the configured people, indexed once, so the circles of a
    whole roster take one pass over it (not one per person)."""

    def __init__(self, people: Sequence[Person]) -> None:
        self.people = {p.email.lower(): p for p in people}
        self.named: dict[str, list[str]] = {}  # manager -> everyone whose `manager` they are
        self.listed_by: dict[str, list[str]] = {}  # report -> everyone listing them in `reports`
        for p in people:
            if p.manager:
                self.named.setdefault(p.manager.lower(), []).append(p.email)
            for report in p.reports:
                self.listed_by.setdefault(report.lower(), []).append(p.email)
        self.names = {email: p.name for email, p in self.people.items() if p.name}

    def reports(self, email: str) -> tuple[str, ...]:
        """The direct reports of ``email``: their config ``reports`` and everyone whose
        ``manager`` (the roster's column) they are; the union, each once, lower-cased."""
        me = email.lower()
        listed = self.people[me].reports if me in self.people else ()
        return _unique([*listed, *self.named.get(me, ())], leave_out={me})

    def circle(self, person: Person) -> Circle:
        """Who ``person`` has 1:1s with, by relation: their direct reports, their reports'
        reports (skip-level) and their own manager (upward: the roster's or the config's
        ``manager``, and anyone listing them in ``reports``)."""
        me = person.email.lower()
        reports = self.reports(me)
        below = [r for email in reports for r in self.reports(email)]
        above = [person.manager, *self.listed_by.get(me, ())]
        skip = _unique(below, leave_out={me, *reports})
        upward = _unique(above, leave_out={me, *reports, *skip})
        return Circle(reports, skip, upward, self.names)


def direct_reports(person: Person, people: Sequence[Person]) -> tuple[str, ...]:
    """``person``'s direct reports among ``people`` (:meth:`Org.reports`)."""
    return Org([*people, person]).reports(person.email)


def circle(person: Person, people: Sequence[Person]) -> Circle:
    """``person``'s circle among ``people`` (:meth:`Org.circle`)."""
    return Org(people).circle(person)


def circles(people: Sequence[Person], everyone: Sequence[Person]) -> dict[str, Circle]:
    """The circle of each of ``people`` among ``everyone`` configured, by email."""
    org = Org(everyone)
    return {p.email: org.circle(p) for p in people}


def held(frame: pd.DataFrame) -> pd.DataFrame:
    """Every counted two-person meeting of ``frame`` (classified rows with the counting
    columns): ``owner``, ``partner`` (the one other person) and ``start`` (UTC), one row per
    occurrence. Worked out once per distinct set of people (a weekly series repeats its
    invitation on every occurrence), vectorised over them."""
    keep = frame["counted"].to_numpy(dtype=bool)
    if "one_to_one" in frame:  # the context column counts people the same way: a cheap sieve
        keep = keep & frame["one_to_one"].to_numpy(dtype=bool)
    some = frame[keep]
    some = some[~multi_day(some)]
    people = ["owner", "attendee_emails", "attendees_json", "organizer"]
    codes = some.groupby(people, sort=False, dropna=False).ngroup().to_numpy()
    distinct = some[people].iloc[np.unique(codes, return_index=True)[1]].reset_index(drop=True)
    found = _partners(distinct)  # one row per distinct set of people with a 1:1 partner
    if found.empty:
        return pd.DataFrame(columns=list(HELD_COLUMNS))
    row_of = pd.Series(np.arange(len(codes)))
    matched = found.join(row_of.groupby(codes).agg(list).rename("rows"), on="code")
    rows = matched.explode("rows")
    pos = rows["rows"].to_numpy(dtype=np.int64)
    order = np.argsort(pos, kind="stable")  # the occurrences in the frame's order
    return pd.DataFrame(
        {
            "owner": rows["owner"].to_numpy()[order],
            "partner": rows["partner"].to_numpy()[order],
            "name": rows["name"].to_numpy()[order],
            "start": some["start"].iloc[pos[order]].reset_index(drop=True),
        },
        columns=list(HELD_COLUMNS),
    )


def _partners(distinct: pd.DataFrame) -> pd.DataFrame:
    """For each distinct set of people (``code``: its position) that is the owner and one
    other person who did not decline: ``owner``, ``partner`` and the ``name`` the invitation
    gives them."""
    parties = (distinct["attendee_emails"] + " " + distinct["organizer"]).str.split().explode()
    parties = parties[parties.notna() & (parties != "")]
    owners = distinct["owner"].to_numpy()[parties.index.to_numpy(dtype=np.int64)]
    others = pd.DataFrame({"pos": parties.index, "who": parties.to_numpy()})[
        parties.to_numpy() != owners
    ].drop_duplicates()
    alone = others[others.groupby("pos")["who"].transform("size") == 1]
    pos = alone["pos"].to_numpy(dtype=np.int64)
    partner = alone["who"].to_numpy()
    names, declined = _answers(distinct["attendees_json"].to_numpy()[pos], partner)
    keep = ~declined
    return pd.DataFrame(
        {
            "code": pos[keep],
            "owner": distinct["owner"].to_numpy()[pos[keep]],
            "partner": partner[keep],
            "name": np.asarray(names, dtype=object)[keep],
        }
    )


def invited_names(frame: pd.DataFrame) -> dict[str, str]:
    """The name every invitation of ``frame`` gives an address (the last one read wins),
    from each distinct attendee list once: a report who always organises their 1:1s is
    never an attendee of them, but is named on the team's other invitations."""
    names: dict[str, str] = {}
    for text in pd.unique(frame["attendees_json"].to_numpy()):
        for email, (name, _) in _listed(str(text)).items():
            if name:
                names[email] = name
    return names


def _answers(
    attendees: npt.NDArray[np.object_], partners: npt.NDArray[np.object_]
) -> tuple[list[str], npt.NDArray[np.bool_]]:
    """The name each partner's invitation gives them ("" when none) and whether they
    declined it (a 1:1 the other person declined did not happen), reading each distinct
    attendee list once (a series repeats its list on every occurrence)."""
    lists = {text: _listed(str(text)) for text in pd.unique(attendees)}
    found = [lists[a].get(str(p), ("", "")) for a, p in zip(attendees, partners, strict=True)]
    declined = np.array([answer == Response.DECLINED.value for _, answer in found], dtype=bool)
    return [name for name, _ in found], declined


def _listed(text: str) -> dict[str, tuple[str, str]]:
    """email -> (name, response) of a stored attendee list."""
    try:
        listed = json.loads(text) if text else []
    except ValueError:
        return {}
    return {
        str(a.get("email", "")).lower(): (
            str(a.get("name", "")).strip(),
            str(a.get("response", "")),
        )
        for a in listed
        if isinstance(a, dict)
    }


@dataclass(frozen=True)
class Span:
    """What a coverage row is measured over, in the owner's local dates: the period
    ``[first, end)`` (``end`` already brought back to today when that is earlier) and how far
    back the audit read (``history``), for the last 1:1 before the period."""

    first: date
    end: date
    history: date


@dataclass(frozen=True)
class OneOnOneRow:
    """One person the owner meets one to one, with the numbers and the reason in words."""

    email: str
    name: str
    relation: str
    held: int
    last: date | None  # the last 1:1 up to the period's end; may be before the period
    longest_gap: int | None  # days, less days away; None for skip-level and upward rows
    away_days: int  # days away left out of the longest gap
    expected: int  # 1:1s the period asks for (prorated over the days present); 0 apart
    status: str  # green, amber or red; "" for skip-level and upward rows
    reason: str


@dataclass(frozen=True)
class OneOnOnes:
    """The 1:1 table of one person's report: coverage per direct report, and the skip-level
    and upward 1:1s shown apart."""

    configured: bool  # whether the person has direct reports at all
    expectation: OneOnOneExpectation
    reports: tuple[OneOnOneRow, ...]
    skip_level: tuple[OneOnOneRow, ...]
    upward: tuple[OneOnOneRow, ...]

    @property
    def counts(self) -> dict[str, int]:
        """Direct reports per status, every status present."""
        return {s: sum(r.status == s for r in self.reports) for s in (GREEN, AMBER, RED)}


def coverage(
    meetings: pd.DataFrame,
    owner: str,
    tz: str,
    who: Circle,
    expectation: OneOnOneExpectation,
    span: Span,
    away: Collection[date] = (),
) -> OneOnOnes:
    """``owner``'s 1:1 table over ``span`` from :func:`held` rows (any owners; only
    ``owner``'s are read), their local dates in ``tz``; ``away`` are their days out of
    office."""
    mine = meetings[meetings["owner"] == owner]
    who = _with_invited_names(who, mine)
    return coverage_of(local_dates(mine, {owner: tz}).get(owner, {}), who, expectation, span, away)


def coverage_of(
    dates: Mapping[str, list[date]],
    who: Circle,
    expectation: OneOnOneExpectation,
    span: Span,
    away: Collection[date] = (),
) -> OneOnOnes:
    """:func:`coverage` from each partner's 1:1s as local dates, oldest first
    (:func:`local_dates`): the table itself, for callers that work out the dates of many
    owners at once."""
    absent = _absent_days(away)
    rows = [_report_row(dates.get(r, []), r, who, expectation, span, absent) for r in who.reports]
    return OneOnOnes(
        configured=bool(who.reports),
        expectation=expectation,
        reports=tuple(rows),
        skip_level=_apart(dates, who.skip_level, SKIP_LEVEL, who, span),
        upward=_apart(dates, who.upward, UPWARD, who, span),
    )


def _with_invited_names(who: Circle, mine: pd.DataFrame) -> Circle:
    """``who`` with the names the invitations give people the config does not name."""
    named = mine[mine["name"] != ""].drop_duplicates("partner", keep="last")
    invited = dict(zip(named["partner"].astype(str), named["name"].astype(str), strict=True))
    return replace(who, names={**invited, **(who.names or {})})


def local_dates(
    meetings: pd.DataFrame, zones: Mapping[str, str]
) -> dict[str, dict[str, list[date]]]:
    """Every owner's 1:1s of ``meetings`` (:func:`held` rows) as local dates in their zone
    (``zones``: owner -> zone; owners not in it are left out), by owner and partner, oldest
    first, converting each zone once (one owner's: :func:`coverage`; everyone's: the cohort)."""
    out: dict[str, dict[str, list[date]]] = {}
    owners = meetings["owner"].astype(str)
    for tz in sorted(set(zones.values())):
        mine = meetings[owners.map(zones).eq(tz).to_numpy()]
        if mine.empty:
            continue
        days = _days(mine, tz)
        table = pd.DataFrame(
            {"owner": mine["owner"].to_numpy(), "partner": mine["partner"].to_numpy(), "day": days}
        )
        for (owner, partner), group in table.groupby(["owner", "partner"], sort=False)["day"]:
            out.setdefault(str(owner), {})[str(partner)] = sorted(group.tolist())
    return out


def _days(mine: pd.DataFrame, tz: str) -> npt.NDArray[np.object_]:
    """The local calendar day of each row's start in ``tz``, as Python dates."""
    local = pd.DatetimeIndex(pd.to_datetime(mine["start"], utc=True)).tz_convert(tz)
    # NumPy days made Python dates in one step: DatetimeIndex.date builds each through a
    # Timestamp
    return local.tz_localize(None).to_numpy().astype("datetime64[D]").astype(object)


def _absent_days(away: Collection[date]) -> frozenset[date]:
    """The days away, plus the weekend of every week whose five working days are away."""
    days = set(away)
    for day in away:
        monday = day - timedelta(day.weekday())
        if all(monday + timedelta(i) in days for i in range(5)):
            days.update((monday + timedelta(5), monday + timedelta(6)))
    return frozenset(days)


def _report_row(
    dates: list[date],
    email: str,
    who: Circle,
    expectation: OneOnOneExpectation,
    span: Span,
    absent: frozenset[date],
) -> OneOnOneRow:
    inside = [d for d in dates if span.first <= d < span.end]
    before = [d for d in dates if span.history <= d < span.first]
    seen = inside or before
    last = seen[-1] if seen else None
    gap, away_days = _longest_gap(before[-1:] + inside, span, absent)
    present = _days_between(span.first, span.end) - _away_between(span.first, span.end, absent)
    expected = int(np.floor(expectation.per_month * present / MONTH_DAYS + 0.5))
    status = _status(len(inside), gap, expected, expectation)
    reason = _reason(len(inside), last, gap, away_days, expected, status, expectation, span)
    return OneOnOneRow(
        email, who.name(email), REPORT, len(inside), last, gap, away_days, expected, status, reason
    )


def _days_between(a: date, b: date) -> int:
    return max(0, (b - a).days)


def _away_between(a: date, b: date, absent: frozenset[date], skip: Collection[date] = ()) -> int:
    return sum(1 for d in absent if a <= d < b and d not in skip)


def _longest_gap(points: list[date], span: Span, absent: frozenset[date]) -> tuple[int, int]:
    """The longest stretch without a 1:1 (days less days away) and the days away it leaves
    out: from the first point (the last 1:1 before the period, else the period's first day)
    through each 1:1 in the period to its end."""
    marks = sorted(set(points))
    starts = marks if marks and marks[0] < span.first else [span.first, *marks]
    ends = [*starts[1:], span.end]
    best = (0, 0)
    for a, b in zip(starts, ends, strict=True):
        away = _away_between(a, b, absent, skip=marks)
        length = _days_between(a, b) - away
        if length > best[0]:
            best = (length, away)
    return best


def _status(held: int, gap: int, expected: int, expectation: OneOnOneExpectation) -> str:
    if held == 0 and expected > 0:
        return RED
    if gap > 7 * expectation.red_weeks:
        return RED
    if gap > 7 * expectation.amber_weeks or held < expected:
        return AMBER
    return GREEN


def _day(day: date, span: Span) -> str:
    """A date as the reasons write it: "14 Oct", with the year when it is not the period's."""
    text = f"{day.day} {day:%b}"
    return text if day.year == (span.end - timedelta(1)).year else f"{text} {day.year}"


def _reason(
    held: int,
    last: date | None,
    gap: int,
    away_days: int,
    expected: int,
    status: str,
    expectation: OneOnOneExpectation,
    span: Span,
) -> str:
    """Why the row has its status, in numbers: "2 held, last 14 Oct, longest gap 23 days
    (amber: more than 3 weeks without one)"."""
    away = f", not counting {plural(away_days, 'day')} away" if away_days else ""
    if held == 0 or last is None:
        since = f"last {_day(last, span)}" if last else f"none since {_day(span.history, span)}"
        head = f"no 1:1 in the period, {since}: {plural(gap, 'day')} without one{away}"
    else:
        of = f" of {expected} expected" if held < expected else ""
        longest = plural(gap, "day")
        head = f"{held} held{of}, last {_day(last, span)}, longest gap {longest}{away}"
    return f"{head} ({status}: {_why(held, gap, expected, status, expectation)})"


def _why(held: int, gap: int, expected: int, status: str, e: OneOnOneExpectation) -> str:
    if status == GREEN:
        return f"at least {e.per_month} a month, no gap over {plural(e.amber_weeks, 'week')}"
    weeks = e.red_weeks if status == RED else e.amber_weeks
    if gap > 7 * weeks:
        return f"more than {plural(weeks, 'week')} without one"
    if held == 0:
        return "none in the period"
    return f"fewer than the {expected} that {e.per_month} a month asks for"


def _apart(
    dates: Mapping[str, list[date]],
    emails: tuple[str, ...],
    relation: str,
    who: Circle,
    span: Span,
) -> tuple[OneOnOneRow, ...]:
    """Skip-level or upward 1:1s: only the people met in the period, with how many and the
    last; no status (they are not coverage)."""
    rows = []
    for email in emails:
        inside = [d for d in dates.get(email, []) if span.first <= d < span.end]
        if inside:
            reason = f"{len(inside)} held, last {_day(inside[-1], span)}"
            rows.append(
                OneOnOneRow(
                    email,
                    who.name(email),
                    relation,
                    len(inside),
                    inside[-1],
                    None,
                    0,
                    0,
                    "",
                    reason,
                )
            )
    return tuple(rows)
