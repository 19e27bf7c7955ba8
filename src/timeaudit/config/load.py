"""Declarative configuration: people, sources, role profiles, settings.

The file is TOML, read with :mod:`tomllib`. :func:`parse_config` validates the whole file and
reports every problem at once, each naming its section and key, so a user fixes the file in
one pass. A loader never writes.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from timeaudit.categories import WORK
from timeaudit.config.checks import (
    SOURCE_NAME,
    email_problem,
    option_problem,
    role_problem,
    serves_many,
    sharing,
    zone_problem,
)
from timeaudit.config.questions import bank_from_config
from timeaudit.config.rhythms import rhythms as user_rhythms
from timeaudit.config.roster import Roster, with_managers
from timeaudit.config.types import (
    DEFAULT_MIN_GROUP,
    DEFAULT_MIN_WORK_HOURS,
    DEFAULT_ROLES,
    DEFAULT_TOLERANCE,
    DEFAULT_WORKERS,
    Config,
    OneOnOneExpectation,
    Person,
    PlanningBand,
    RoleProfile,
    Settings,
    SourceConfig,
)
from timeaudit.connectors.kit import tls
from timeaudit.connectors.registry import connector_class, installed_kinds
from timeaudit.errors import ConfigError, UsageError

# -- checks shared by [[people]] and the roster: a message, or None when the value is fine --

#: The keys of a [roles.NAME] table that set the role's 1:1 expectation.
ONE_ON_ONE_KEYS = ("one_on_ones_per_month", "one_on_one_amber_weeks", "one_on_one_red_weeks")
#: The keys of a [roles.NAME] table that set the band of work hours planning should take.
PLANNING_KEYS = ("planning_min", "planning_max")

#: The highest ``[settings] min_work_hours`` accepted: more than a month's working hours (22
#: days of 8 hours is 176), so a higher one would only be a typo that never judges a month.
MAX_MIN_WORK_HOURS = 200

#: A calendar month as the commands take it.
MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")


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
        self.kinds = set(installed_kinds())

    def config(self, raw: dict[str, Any]) -> Config:
        self._unknown(raw, "", {"settings", "roles", "people", "sources", "questions", "rhythms"})
        settings = self._settings(self._table(raw, "settings"))
        roles = self._roles(self._table(raw, "roles"), settings.tolerance)
        sources = self._sources(self._table(raw, "sources"), settings.ca_bundle)
        people = self._people(raw.get("people", []), roles, sources)
        if settings.roster is not None:
            name = self.roster_name or settings.roster.name
            people = Roster(self._problem, settings.roster, name, roles, sources).people(people)
        base = self.path.parent if self.path else Path.cwd()
        questions = bank_from_config(self._table(raw, "questions"), base, self.problems)
        rhythms = user_rhythms(raw.get("rhythms"), {p.email for p in people}, self._problem)
        if self.problems:
            raise ConfigError(self.origin, self.problems)
        everyone = tuple(with_managers(people))
        return Config(self.path, settings, roles, everyone, sources, questions, rhythms)

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
            "ca_bundle",
            "month",
            "pool_corrections",
            "min_work_hours",
            "rhythm_pack",
            "planning_pack",
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
        learn = self._flag(raw, "learn")
        pool = self._flag(raw, "pool_corrections")
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
        min_work = self._number(
            raw, "min_work_hours", "settings", DEFAULT_MIN_WORK_HOURS, 0, MAX_MIN_WORK_HOURS
        )
        min_group = self._whole(raw, "min_group_size", "settings", DEFAULT_MIN_GROUP, 1, 1000)
        workers = self._whole(raw, "workers", "settings", DEFAULT_WORKERS, 1, 64)
        ca_bundle = raw.get("ca_bundle")
        if ca_bundle is not None and (not isinstance(ca_bundle, str) or not ca_bundle.strip()):
            self._problem("settings.ca_bundle", "must be the path of a PEM file of CA certificates")
            ca_bundle = None
        month = raw.get("month")
        if month is not None and not (isinstance(month, str) and MONTH.fullmatch(month)):
            self._problem("settings.month", f"must be a month as YYYY-MM, not {month!r}")
            month = None
        pack = self._pack_path(raw, "rhythm_pack", "a rhythm pack")
        planning = self._pack_path(raw, "planning_pack", "a planning pack")
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
            ca_bundle=base / Path(ca_bundle.strip()).expanduser() if ca_bundle else None,
            month=month,
            pool_corrections=pool,
            min_work_hours=min_work,
            rhythm_pack=base / pack if pack else None,
            planning_pack=base / planning if planning else None,
        )

    def _pack_path(self, raw: Mapping[str, Any], key: str, what: str) -> str | None:
        """``settings.<key>``: the path of a pack file (relative to the config), or None."""
        value = raw.get(key)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            self._problem(f"settings.{key}", f"must be the path of {what} (TOML)")
            return None
        return value.strip() if value else None

    def _flag(self, raw: Mapping[str, Any], key: str) -> bool:
        """``settings.<key>``, true unless set false."""
        value = raw.get(key, True)
        if not isinstance(value, bool):
            self._problem(f"settings.{key}", f"must be true or false, not {value!r}")
            return True
        return value

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
        allowed = {*WORK, "tolerance", "description", *ONE_ON_ONE_KEYS, *PLANNING_KEYS}
        self._unknown(table, f"{where}.", allowed)
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
        rhythm = self._one_on_ones(table, where, base.one_on_ones if base else None)
        band = self._planning(table, where, base.planning if base else None)
        return RoleProfile(name, targets, tol, description, rhythm, band)

    def _planning(
        self, table: Mapping[str, Any], where: str, base: PlanningBand | None
    ) -> PlanningBand:
        """The role's planning band: its own keys over the base role's (or the defaults)."""
        base = base or PlanningBand()
        low = self._number(table, "planning_min", where, base.low, 0, 100)
        high = self._number(table, "planning_max", where, base.high, 0, 100)
        if low > high:
            self._problem(
                f"{where}.planning_max",
                f"must be at least planning_min ({low:g}), not {high:g}",
            )
            return base
        return PlanningBand(low, high)

    def _one_on_ones(
        self, table: Mapping[str, Any], where: str, base: OneOnOneExpectation | None
    ) -> OneOnOneExpectation:
        """The role's 1:1 expectation: its own keys over the base role's (or the defaults)."""
        base = base or OneOnOneExpectation()
        per_month = self._whole(table, "one_on_ones_per_month", where, base.per_month, 0, 31)
        amber = self._whole(table, "one_on_one_amber_weeks", where, base.amber_weeks, 1, 52)
        red = self._whole(table, "one_on_one_red_weeks", where, base.red_weeks, 1, 52)
        if red <= amber:
            self._problem(
                f"{where}.one_on_one_red_weeks",
                f"must be more than one_on_one_amber_weeks ({amber}), not {red}",
            )
            return base
        return OneOnOneExpectation(per_month, amber, red)

    def _check_sum(self, where: str, targets: Mapping[str, float]) -> None:
        total = sum(targets.values())
        if abs(total - 100) > 0.5:
            self._problem(where, f"targets add up to {total:g}, not 100")

    def _sources(self, raw: dict[str, Any], ca_bundle: Path | None) -> dict[str, SourceConfig]:
        """The sources; ``[settings] ca_bundle`` is handed to those of the kinds that read
        it (a connector sees only its own source's options), checked when one is built."""
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
            self._check_options(where, kind, options)
            if ca_bundle is not None and kind in tls.KINDS:
                options[tls.SETTINGS_KEY] = str(ca_bundle)
            limit = (
                self._whole(table, "max_workers", where, 0, 1, 64) if "max_workers" in table else 0
            )
            sources[name] = SourceConfig(name, kind, options, limit or None)
        return sources

    def _check_options(self, where: str, kind: str, options: Mapping[str, Any]) -> None:
        """Ask the source's own connector what is wrong with its options (the core knows
        no kind's rules); each problem lands on the option it names."""
        if kind not in self.kinds:
            return
        try:
            connector = connector_class(kind)
        except UsageError as exc:  # the plug-in cannot be loaded
            self._problem(f"{where}.kind", str(exc))
            return
        try:
            problems = connector.check_options(options) if connector else []
        except Exception as exc:  # a plug-in's own check failed: name the source, go on
            problems = [f"the {kind} connector could not check the options: {exc!r}"]
        for line in problems:
            self._problem(*option_problem(where, line))

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
        allowed = {
            "email",
            "name",
            "role",
            "tz",
            "sources",
            "reports",
            "targets",
            "manager",
            "team",
            "share_named",
        }
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
        manager = str(table.get("manager", "")).strip().lower()
        if manager:
            self._problem(f"{where}.manager", email_problem(manager))
            if manager == email:
                self._problem(f"{where}.manager", "a person cannot be their own manager")
        return Person(
            email,
            str(table.get("name", "")),
            role,
            tz,
            names,
            reports,
            targets,
            team=str(table.get("team", "")).strip(),
            manager=manager,
            share_named=self._yes_no(table, "share_named", where),
        )

    def _yes_no(self, table: Mapping[str, Any], key: str, where: str) -> bool:
        """An optional true/false key (default false)."""
        value = table.get(key, False)
        if not isinstance(value, bool):
            self._problem(f"{where}.{key}", f"must be true or false, not {value!r}")
            return False
        return value

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
                        f"belongs to both {owners[s]} and {person.email}; {sharing()}",
                    )
                owners[s] = person.email
