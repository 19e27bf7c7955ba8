"""The configuration as typed values: role profiles, settings, sources, people."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from timeaudit.categories import CAPABILITY, EXECUTION, FIREFIGHTING, STRATEGY
from timeaudit.config.questions import QuestionBank, builtin_bank
from timeaudit.errors import ConfigError

DEFAULT_TOLERANCE = 5.0


DEFAULT_MIN_GROUP = 5


DEFAULT_WORKERS = 4
#: The person fields a cohort can be grouped by (``timeaudit cohort --by``).
GROUPINGS = ("role", "team", "manager")
#: Working hours in the owner's zone, and how sure a tag must be not to be flagged for review:
#: the defaults of :class:`Settings`, and the only place these numbers are written.
DEFAULT_WORK_START = 8.0
DEFAULT_WORK_END = 18.0
DEFAULT_REVIEW_THRESHOLD = 0.6
#: Below this many counted work hours in a period there is not enough data to judge: no
#: verdict, no fit and no gap (``[settings] min_work_hours``; the default of
#: :class:`Settings`, and the only place the number is written). Why twenty: one hour-long
#: meeting moves a share by 100 / work hours points, and at twenty hours that is 5 points,
#: the default tolerance: below it, a single meeting more or less could turn a category from
#: green to amber, or amber to red. A month of ordinary meetings is well above it (the demo's
#: leaders count 60 to 130 work hours); a month spent mostly on leave, or a calendar that
#: holds only a few events, is below it.
DEFAULT_MIN_WORK_HOURS = 20.0


#: 1:1s with each direct report a role expects (issue 15): at least this many a month, amber
#: after this many weeks without one, red after this many. The defaults of
#: :class:`OneOnOneExpectation`, and the only place these numbers are written.
DEFAULT_ONE_ON_ONES_PER_MONTH = 2
DEFAULT_ONE_ON_ONE_AMBER_WEEKS = 3
DEFAULT_ONE_ON_ONE_RED_WEEKS = 5


@dataclass(frozen=True)
class OneOnOneExpectation:
    """How often a role should meet each direct report one to one: ``per_month`` at least,
    amber after ``amber_weeks`` without a 1:1, red after ``red_weeks``."""

    per_month: int = DEFAULT_ONE_ON_ONES_PER_MONTH
    amber_weeks: int = DEFAULT_ONE_ON_ONE_AMBER_WEEKS
    red_weeks: int = DEFAULT_ONE_ON_ONE_RED_WEEKS


#: How often a rhythm item (issue 15) should happen: the cadences a recogniser or a
#: ``[[rhythms]]`` entry may name, each with its working days between occurrences (a
#: working week is 5) or, for the slow ones, its months between occurrences.
CADENCE_DAYS = {"daily": 1, "weekly": 5, "fortnightly": 10}
CADENCE_MONTHS = {"monthly": 1, "quarterly": 3}
CADENCES = (*CADENCE_DAYS, *CADENCE_MONTHS)


@dataclass(frozen=True)
class RhythmConfig:
    """A user-defined rhythm (``[[rhythms]]``): a meeting the owner wants held every
    ``cadence``, matched by a title regex, attendees that must all be invited, and/or a
    series (iCalendar UID or series id); every given condition must hold. ``people`` limits
    it to those owners (empty: everyone)."""

    name: str
    cadence: str
    title: str = ""
    attendees: tuple[str, ...] = ()
    series: str = ""
    people: tuple[str, ...] = ()


#: Planning's share of work hours a role keeps to (the planning lens, issue 15), in percent:
#: the band of :class:`PlanningBand` when a role sets none, and the only place it is written.
DEFAULT_PLANNING_MIN = 10.0
DEFAULT_PLANNING_MAX = 25.0


@dataclass(frozen=True)
class PlanningBand:
    """Planning's share of counted work hours that fits a role: from ``low`` to ``high``
    percent (``planning_min`` and ``planning_max`` of a ``[roles.NAME]`` table)."""

    low: float = DEFAULT_PLANNING_MIN
    high: float = DEFAULT_PLANNING_MAX


@dataclass(frozen=True)
class RoleProfile:
    """Target share (percent of counted work hours) per category, and the tolerance in
    points. Firefighting's target is a ceiling: only going over it is a miss. ``one_on_ones``
    is the 1:1 rhythm the role expects with each direct report; ``planning`` the band of
    work hours planning should take."""

    name: str
    targets: Mapping[str, float]
    tolerance: float = DEFAULT_TOLERANCE
    description: str = ""
    one_on_ones: OneOnOneExpectation = OneOnOneExpectation()
    planning: PlanningBand = PlanningBand()


#: The defaults of DESIGN.md, the one place they are written down.
DEFAULT_ROLES: dict[str, RoleProfile] = {
    "executive": RoleProfile(
        "executive",
        {STRATEGY: 30, CAPABILITY: 30, EXECUTION: 30, FIREFIGHTING: 10},
        description="CEO, founder, C-suite",
        planning=PlanningBand(10, 25),
    ),
    "senior-leader": RoleProfile(
        "senior-leader",
        {STRATEGY: 20, CAPABILITY: 30, EXECUTION: 40, FIREFIGHTING: 10},
        description="VP, director, head of",
        planning=PlanningBand(10, 25),
    ),
    "manager": RoleProfile(
        "manager",
        {STRATEGY: 10, CAPABILITY: 30, EXECUTION: 50, FIREFIGHTING: 10},
        description="frontline manager, team lead",
        planning=PlanningBand(5, 20),
    ),
}


@dataclass(frozen=True)
class Settings:
    tolerance: float = DEFAULT_TOLERANCE
    internal_domains: tuple[str, ...] = ()
    work_start: float = DEFAULT_WORK_START
    work_end: float = DEFAULT_WORK_END
    rules: tuple[Path, ...] = ()  # extra rule packs, applied before the shipped one
    review_threshold: float = (
        DEFAULT_REVIEW_THRESHOLD  # tags less sure than this are flagged in the report
    )
    learn: bool = True  # use the learned classifier beside the rules
    training_data: Path | None = None  # a labelled CSV to learn from instead of the seed
    roster: Path | None = None  # a CSV of people, added to [[people]]
    min_group_size: int = DEFAULT_MIN_GROUP  # cohort groups smaller than this are folded
    workers: int = DEFAULT_WORKERS  # people whose calendars are pulled at the same time
    ca_bundle: Path | None = None  # CAs the account connectors trust (TLS-inspecting proxies)
    month: str | None = None  # YYYY-MM commands use without --month (default: last full month)
    #: Each person's model learns from every correction made in this workspace (its store),
    #: not only from their own; never from another workspace's.
    pool_corrections: bool = True
    #: a period with fewer counted work hours has "not enough data": no verdict, fit or gap
    min_work_hours: float = DEFAULT_MIN_WORK_HOURS
    #: a rhythm recogniser pack used instead of the shipped ``classifiers/rhythms.toml``
    rhythm_pack: Path | None = None
    planning_pack: Path | None = None  # planning recognisers instead of the shipped ones


@dataclass(frozen=True)
class SourceConfig:
    name: str
    kind: str
    options: Mapping[str, Any] = field(default_factory=dict)
    max_workers: int | None = None  # at most this many people pulled from it at once


@dataclass(frozen=True)
class Person:
    email: str
    name: str
    role: str
    tz: str
    sources: tuple[str, ...] = ()
    reports: tuple[str, ...] = ()
    targets: Mapping[str, float] = field(default_factory=dict)
    team: str = ""
    manager: str = ""  # the manager's email (from the roster's manager column)
    opted_out: bool = False  # never synced, classified or reported
    #: Agreed to be shown by name in a team dashboard (``timeaudit team``): the roster's
    #: ``share_named`` column or ``share_named = true`` in [[people]]. Default no: a team
    #: page counts the others but never names them.
    share_named: bool = False

    @property
    def label(self) -> str:
        return f"{self.name} <{self.email}>" if self.name else self.email


@dataclass(frozen=True)
class Config:
    path: Path | None
    settings: Settings
    roles: Mapping[str, RoleProfile]
    people: tuple[Person, ...]
    sources: Mapping[str, SourceConfig]
    #: the question bank: ``[questions]`` and its files over the built-in one, read once
    questions: QuestionBank = field(default_factory=builtin_bank)
    rhythms: tuple[RhythmConfig, ...] = ()  # [[rhythms]]: the user's own rhythm items

    @property
    def base_dir(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    @property
    def opted_out(self) -> tuple[Person, ...]:
        return tuple(p for p in self.people if p.opted_out)

    def person(self, email: str) -> Person:
        for p in self.people:
            if p.email == email.lower():
                return p
        known = ", ".join(p.email for p in self.people) or "none configured"
        raise ConfigError(
            str(self.path or "config"), [f"people: no person {email!r} (known: {known})"]
        )

    def profile_for(self, person: Person) -> RoleProfile:
        """The person's role profile with their own target overrides applied."""
        base = self.roles[person.role]
        if not person.targets:
            return base
        return replace(base, targets={**base.targets, **person.targets})
