"""Declarative configuration: people, sources, role profiles, settings.

The file is TOML, read with :mod:`tomllib`. :func:`parse_config` validates the whole file and
reports every problem at once, each naming its section and key, so a user fixes the file in
one pass. A loader never writes.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from timeaudit.categories import CAPABILITY, EXECUTION, FIREFIGHTING, STRATEGY, WORK
from timeaudit.connectors import ENTRY_POINT_GROUP, connector_factory
from timeaudit.errors import ConfigError

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
SOURCE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
DEFAULT_TOLERANCE = 5.0
DEFAULT_MIN_GROUP = 5
DEFAULT_WORKERS = 4
SHARING = (
    'only a Google source with auth = "service-account" and no subject, or a Microsoft '
    'source with auth = "client-credentials" and no mailbox, may serve several people'
)


@dataclass(frozen=True)
class RoleProfile:
    """Target share (percent of counted work hours) per category, and the tolerance in
    points. Firefighting's target is a ceiling: only going over it is a miss."""

    name: str
    targets: Mapping[str, float]
    tolerance: float = DEFAULT_TOLERANCE
    description: str = ""


#: The defaults of DESIGN.md, the one place they are written down.
DEFAULT_ROLES: dict[str, RoleProfile] = {
    "executive": RoleProfile(
        "executive",
        {STRATEGY: 30, CAPABILITY: 30, EXECUTION: 30, FIREFIGHTING: 10},
        description="CEO, founder, C-suite",
    ),
    "senior-leader": RoleProfile(
        "senior-leader",
        {STRATEGY: 20, CAPABILITY: 30, EXECUTION: 40, FIREFIGHTING: 10},
        description="VP, director, head of",
    ),
    "manager": RoleProfile(
        "manager",
        {STRATEGY: 10, CAPABILITY: 30, EXECUTION: 50, FIREFIGHTING: 10},
        description="frontline manager, team lead",
    ),
}


@dataclass(frozen=True)
class Settings:
    tolerance: float = DEFAULT_TOLERANCE
    internal_domains: tuple[str, ...] = ()
    work_start: float = 8.0
    work_end: float = 18.0
    rules: tuple[Path, ...] = ()  # extra rule packs, applied before the shipped one
    review_threshold: float = 0.6  # tags less sure than this are flagged for review
    learn: bool = True  # use the learned classifier beside the rules
    training_data: Path | None = None  # a labelled CSV to learn from instead of the seed
    roster: Path | None = None  # a CSV of people, added to [[people]]
    min_group_size: int = DEFAULT_MIN_GROUP  # cohort groups smaller than this are folded
    workers: int = DEFAULT_WORKERS  # people whose calendars are pulled at the same time


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


# -- checks shared by [[people]] and the roster: a message, or None when the value is fine --
def email_problem(value: Any) -> str | None:
    email = str(value).strip().lower()
    return None if EMAIL.match(email) else f"must be an email address, not {value!r}"


def role_problem(role: str, roles: Mapping[str, RoleProfile]) -> str | None:
    if role in roles:
        return None
    return f"unknown role {role!r} (known: {', '.join(sorted(roles))})"


def zone_problem(value: Any) -> str | None:
    if not isinstance(value, str) or not value:
        return "missing: an IANA time zone such as Europe/Berlin"
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        return f"unknown time zone {value!r} (use an IANA name such as Europe/Berlin)"
    return None


def load_config(path: Path) -> Config:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            str(path), ["file not found (run `timeaudit init` to write a starter config)"]
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(str(path), [f"cannot read: {exc}"]) from None
    return parse_config(text, path)


def parse_config(text: str, path: Path | None = None) -> Config:
    origin = str(path) if path else "config"
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(origin, [f"not valid TOML: {exc}"]) from None
    return _Validator(origin, path).config(raw)


class _Validator:
    """Walks the raw TOML once, collecting every problem before raising."""

    def __init__(self, origin: str, path: Path | None) -> None:
        self.origin = origin
        self.path = path
        self.problems: list[str] = []
        self.declared_sources: set[str] = set()
        self.roster_name: str | None = None  # settings.roster as written, to name problems
        self.kinds = {ep.name for ep in entry_points(group=ENTRY_POINT_GROUP)}

    def config(self, raw: dict[str, Any]) -> Config:
        self._unknown(raw, "", {"settings", "roles", "people", "sources"})
        settings = self._settings(self._table(raw, "settings"))
        roles = self._roles(self._table(raw, "roles"), settings.tolerance)
        sources = self._sources(self._table(raw, "sources"))
        people = self._people(raw.get("people", []), roles, sources)
        if settings.roster is not None:
            from timeaudit.roster import Roster  # here, not at the top: roster uses config

            name = self.roster_name or settings.roster.name
            people = Roster(self._problem, settings.roster, name, roles, sources).people(people)
        if self.problems:
            raise ConfigError(self.origin, self.problems)
        return Config(self.path, settings, roles, tuple(people), sources)

    # -- helpers ---------------------------------------------------------------------
    def _problem(self, where: str, message: str | None) -> None:
        if message is not None:
            self.problems.append(f"{where}: {message}")

    def _unknown(self, table: Mapping[str, Any], where: str, allowed: set[str]) -> None:
        for key in sorted(set(table) - allowed):
            self._problem(
                f"{where}{key}", f"unknown key (expected one of: {', '.join(sorted(allowed))})"
            )

    def _table(self, raw: Mapping[str, Any], key: str) -> dict[str, Any]:
        value = raw.get(key, {})
        if not isinstance(value, dict):
            self._problem(key, "must be a table")
            return {}
        return value

    def _number(
        self, table: Mapping[str, Any], key: str, where: str, default: float, lo: float, hi: float
    ) -> float:
        value = table.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float) or not lo <= value <= hi:
            self._problem(
                f"{where}.{key}", f"must be a number from {lo:g} to {hi:g}, not {value!r}"
            )
            return default
        return float(value)

    def _whole(
        self, table: Mapping[str, Any], key: str, where: str, default: int, lo: int, hi: int
    ) -> int:
        value = table.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
            self._problem(
                f"{where}.{key}", f"must be a whole number from {lo} to {hi}, not {value!r}"
            )
            return default
        return value

    def _strings(self, table: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self._problem(f"{where}.{key}", "must be a list of strings")
            return ()
        return tuple(value)

    # -- sections --------------------------------------------------------------------
    def _settings(self, raw: dict[str, Any]) -> Settings:
        allowed = {
            "tolerance",
            "internal_domains",
            "work_start",
            "work_end",
            "rules",
            "review_threshold",
            "learn",
            "training_data",
            "roster",
            "min_group_size",
            "workers",
        }
        self._unknown(raw, "settings.", allowed)
        start = self._number(raw, "work_start", "settings", 8.0, 0, 24)
        end = self._number(raw, "work_end", "settings", 18.0, 0, 24)
        if end <= start:
            self._problem("settings.work_end", f"must be after work_start ({start:g})")
        base = self.path.parent if self.path else Path.cwd()
        rules = tuple(base / p for p in self._strings(raw, "rules", "settings"))
        domains = tuple(d.lower() for d in self._strings(raw, "internal_domains", "settings"))
        tolerance = self._number(raw, "tolerance", "settings", DEFAULT_TOLERANCE, 0, 50)
        threshold = self._number(raw, "review_threshold", "settings", 0.6, 0, 1)
        learn = raw.get("learn", True)
        if not isinstance(learn, bool):
            self._problem("settings.learn", f"must be true or false, not {learn!r}")
            learn = True
        training = raw.get("training_data")
        if training is not None and not isinstance(training, str):
            self._problem("settings.training_data", "must be the path of a labelled CSV file")
            training = None
        data = base / training if training else None
        roster = raw.get("roster")
        if roster is not None and (not isinstance(roster, str) or not roster):
            self._problem("settings.roster", "must be the path of a CSV file of people")
            roster = None
        roster_path = base / roster if roster else None
        self.roster_name = roster or None
        min_group = self._whole(raw, "min_group_size", "settings", DEFAULT_MIN_GROUP, 1, 1000)
        workers = self._whole(raw, "workers", "settings", DEFAULT_WORKERS, 1, 64)
        return Settings(
            tolerance,
            domains,
            start,
            end,
            rules,
            threshold,
            learn,
            data,
            roster_path,
            min_group,
            workers,
        )

    def _roles(self, raw: dict[str, Any], tolerance: float) -> dict[str, RoleProfile]:
        roles = {k: replace(v, tolerance=tolerance) for k, v in DEFAULT_ROLES.items()}
        for name, table in raw.items():
            where = f"roles.{name}"
            if not isinstance(table, dict):
                self._problem(where, "must be a table of category = percent")
                continue
            roles[name] = self._role(name, table, roles.get(name), tolerance)
        return roles

    def _role(
        self, name: str, table: dict[str, Any], base: RoleProfile | None, tolerance: float
    ) -> RoleProfile:
        where = f"roles.{name}"
        self._unknown(table, f"{where}.", {*WORK, "tolerance", "description"})
        missing = [c for c in WORK if c not in table]
        if base is None and missing:
            self._problem(
                where, f"a new role needs all four targets; missing: {', '.join(missing)}"
            )
        targets = dict(base.targets) if base else dict.fromkeys(WORK, 0.0)
        for cat in WORK:
            if cat in table:
                targets[cat] = self._number(table, cat, where, targets[cat], 0, 100)
        self._check_sum(where, targets)
        tol = self._number(table, "tolerance", where, tolerance, 0, 50)
        description = str(table.get("description", base.description if base else ""))
        return RoleProfile(name, targets, tol, description)

    def _check_sum(self, where: str, targets: Mapping[str, float]) -> None:
        total = sum(targets.values())
        if abs(total - 100) > 0.5:
            self._problem(where, f"targets add up to {total:g}, not 100")

    def _sources(self, raw: dict[str, Any]) -> dict[str, SourceConfig]:
        sources: dict[str, SourceConfig] = {}
        self.declared_sources = set(raw)
        for name, table in raw.items():
            where = f"sources.{name}"
            if not SOURCE_NAME.match(name):
                self._problem(where, "name may use letters, digits, '-', '_' and '.'")
            if not isinstance(table, dict):
                self._problem(where, "must be a table with at least `kind`")
                continue
            kind = table.get("kind")
            if not isinstance(kind, str) or not kind:
                self._problem(
                    f"{where}.kind", 'missing: say which connector reads it, e.g. kind = "ics"'
                )
                continue
            if kind not in self.kinds:
                known = ", ".join(sorted(self.kinds)) or "none"
                self._problem(f"{where}.kind", f"unknown kind {kind!r} (installed: {known})")
            options = {k: v for k, v in table.items() if k not in ("kind", "max_workers")}
            if kind == "ics" and not options.get("path"):
                self._problem(f"{where}.path", "missing: the .ics file or folder to read")
            limit = (
                self._whole(table, "max_workers", where, 0, 1, 64) if "max_workers" in table else 0
            )
            sources[name] = SourceConfig(name, kind, options, limit or None)
        return sources

    def _people(
        self, raw: Any, roles: Mapping[str, RoleProfile], sources: Mapping[str, SourceConfig]
    ) -> list[Person]:
        if not isinstance(raw, list):
            self._problem("people", "must be an array of tables ([[people]])")
            return []
        people = [p for i, t in enumerate(raw) if (p := self._person(i, t, roles, sources))]
        self._check_unique(people, sources)
        return people

    def _person(
        self,
        i: int,
        table: Any,
        roles: Mapping[str, RoleProfile],
        sources: Mapping[str, SourceConfig],
    ) -> Person | None:
        where = f"people[{i + 1}]"
        if not isinstance(table, dict):
            self._problem(where, "must be a table")
            return None
        allowed = {"email", "name", "role", "tz", "sources", "reports", "targets"}
        self._unknown(table, f"{where}.", allowed)
        email = str(table.get("email", "")).strip().lower()
        self._problem(f"{where}.email", email_problem(table.get("email", "")))
        role = str(table.get("role", ""))
        self._problem(f"{where}.role", role_problem(role, roles))
        tz = self._zone(table.get("tz", ""), f"{where}.tz")
        names = self._strings(table, "sources", where)
        for s in names:
            if s not in self.declared_sources:
                self._problem(f"{where}.sources", f"no [sources.{s}] section")
        reports = tuple(r.lower() for r in self._strings(table, "reports", where))
        targets = self._person_targets(table.get("targets", {}), f"{where}.targets")
        if targets and role in roles:
            self._check_sum(f"{where}.targets", {**roles[role].targets, **targets})
        return Person(email, str(table.get("name", "")), role, tz, names, reports, targets)

    def _person_targets(self, raw: Any, where: str) -> dict[str, float]:
        if not isinstance(raw, dict):
            self._problem(where, "must be a table of category = percent")
            return {}
        self._unknown(raw, f"{where}.", set(WORK))
        return {c: self._number(raw, c, where, 0, 0, 100) for c in WORK if c in raw}

    def _zone(self, value: Any, where: str) -> str:
        problem = zone_problem(value)
        self._problem(where, problem)
        return "UTC" if problem else str(value)

    def _check_unique(self, people: list[Person], sources: Mapping[str, SourceConfig]) -> None:
        seen: dict[str, str] = {}
        owners: dict[str, str] = {}
        for person in people:
            if person.email in seen:
                self._problem("people", f"{person.email} is listed twice")
            seen[person.email] = person.email
            for s in person.sources:
                if s in owners and owners[s] != person.email and not serves_many(sources.get(s)):
                    self._problem(
                        f"sources.{s}",
                        f"belongs to both {owners[s]} and {person.email}; {SHARING}",
                    )
                owners[s] = person.email


def serves_many(source: SourceConfig | None) -> bool:
    """May one source serve several people? Only an account-wide one (see :data:`SHARING`);
    the connector class decides from the source's options."""
    if source is None:
        return False
    check = getattr(connector_factory(source.kind), "serves_many", None)
    return bool(check and check(source.options))


STARTER_CONFIG = """\
# timeaudit configuration. Every key is explained in the README ("Configuration").
# Times are percent of counted work hours; firefighting is a ceiling.

[settings]
tolerance = 5                          # points either side of a target that still count as "fits"
internal_domains = ["example.com"]     # attendees from these domains are not external
work_start = 8                         # your working hours, local time
work_end = 18
# rules = ["my-rules.toml"]            # your own rule packs, applied before the shipped one

# Role profiles: the three defaults (executive, senior-leader, manager) exist already.
# Override one, or add your own (all four targets, adding up to 100):
# [roles.founder]
# strategy = 35
# capability-building = 25
# execution = 30
# firefighting = 10

[[people]]
email = "you@example.com"
name = "Your Name"
role = "executive"                     # executive | senior-leader | manager | a role above
tz = "Europe/London"                   # IANA zone: months and weeks are cut in it
sources = ["my-calendar"]
reports = []                           # direct reports' emails: 1:1s with them are coaching
# targets = { strategy = 35 }          # your own targets, overriding the role's

[sources.my-calendar]
kind = "ics"
path = "calendar.ics"                  # a file or a folder of .ics files, relative to this file
"""
