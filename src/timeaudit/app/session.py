"""What every command starts from: which people and calendars it reads (the selection),
the period, and the commands that only touch the config and the store (``init``, ``note``,
``label``, ``connect``).

Light on purpose: nothing here loads pandas, scikit-learn or matplotlib, so these commands,
``--help`` and every usage error answer at once. The commands that run the audit are in
:mod:`timeaudit.app.runs`.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from importlib.resources import as_file, files
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from timeaudit.audit import periods
from timeaudit.audit.periods import Period
from timeaudit.classify import corrections
from timeaudit.config.checks import EMAIL
from timeaudit.config.load import load_config
from timeaudit.config.paths import Paths
from timeaudit.config.starter import STARTER_CONFIG, STARTER_EMAIL
from timeaudit.config.types import (
    DEFAULT_ROLES,
    Config,
    Person,
    RoleProfile,
    Settings,
    SourceConfig,
)
from timeaudit.connectors.registry import connector_kinds
from timeaudit.errors import UsageError
from timeaudit.render.formats import COACH
from timeaudit.store.sqlite import Store
from timeaudit.sync.pull import source_spec

DEMO_MONTH = "2026-10"
DEMO_REPORTS = "reports"  # the demo workspace's folder for its reports


ADHOC_SOURCE = "ics"


@dataclass(frozen=True)
class IcsOptions:
    """``--ics`` paths with the owner they belong to: no config file needed."""

    paths: tuple[Path, ...]
    owner: str | None = None
    role: str = "senior-leader"
    tz: str = "UTC"


@dataclass(frozen=True)
class Selection:
    """What a command reads: the config's people (optionally some) or ad-hoc ICS files."""

    paths: Paths
    ics: IcsOptions | None = None
    people: tuple[str, ...] = ()
    home_given: bool = False
    teams: tuple[str, ...] = ()

    @property
    def cache_dir(self) -> Path | None:
        """Models are cached in the home when there is one; a throwaway run of ``--ics``
        files uses the platform cache (None)."""
        return None if self.ics is not None and not self.home_given else self.paths.models


def pinned_month(selection: Selection) -> str | None:
    """``settings.month`` of the selection's config, when it has a config that sets one
    (the demo's workspace pins the month its calendars cover)."""
    if selection.ics is not None or not selection.paths.config.is_file():
        return None
    return load_config(selection.paths.config).settings.month


def period_from(month: str | None, first: date | None, last: date | None, today: date) -> Period:
    if month and (first or last):
        raise UsageError("give either --month or --from/--to, not both")
    if first or last:
        if not (first and last):
            raise UsageError("--from and --to go together: give both days")
        return Period.between(first, last)
    return Period.month(month or periods.last_full_month(today))


def adhoc_config(ics: IcsOptions, roles: Mapping[str, RoleProfile] = DEFAULT_ROLES) -> Config:
    """The config of a run over ``--ics`` files: one person, one source; ``roles`` are the
    role profiles ``--role`` may name (the defaults, plus a config's own when there is one)."""
    problems = []
    if not ics.owner or not EMAIL.match(ics.owner):
        problems.append(
            "--owner: give the calendar owner's email address, e.g. --owner ana@example.com"
        )
    if ics.role not in roles:
        problems.append(f"--role {ics.role!r}: use one of {', '.join(roles)}")
    try:
        ZoneInfo(ics.tz)
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(f"--tz {ics.tz!r}: not a time zone; use an IANA name such as Europe/Berlin")
    if problems:
        raise UsageError("; ".join(problems))
    owner = str(ics.owner).lower()
    source = SourceConfig(ADHOC_SOURCE, "ics", {"path": [str(p.resolve()) for p in ics.paths]})
    person = Person(owner, "", ics.role, ics.tz, (ADHOC_SOURCE,))
    return Config(None, Settings(), dict(roles), (person,), {ADHOC_SOURCE: source})


def _roles_for(selection: Selection) -> Mapping[str, RoleProfile]:
    """The role profiles ``--role`` may name: the config's (defaults included) when the
    home has a config and the role is not a default one, else the defaults."""
    ics = selection.ics
    if ics is None or ics.role in DEFAULT_ROLES or not selection.paths.config.is_file():
        return DEFAULT_ROLES
    return load_config(selection.paths.config).roles


@contextmanager
def opened(selection: Selection) -> Iterator[tuple[Config, Store, list[Person]]]:
    """The config, the store and the people a command works on. Ad-hoc ICS runs use a
    throwaway store unless a home was given."""
    if selection.ics is not None:
        config = adhoc_config(selection.ics, _roles_for(selection))
        with _store(selection, throwaway=not selection.home_given) as store:
            yield config, store, list(config.people)
        return
    config = load_config(selection.paths.config)
    if any(p.email == STARTER_EMAIL for p in config.people):
        raise UsageError(
            f"{selection.paths.config}: {STARTER_EMAIL} is the example person `timeaudit init` "
            "wrote; put your own email, name, role and calendar in its place (README: "
            "Configuration)"
        )
    people = selected_people(config, selection.people, selection.teams)
    with _store(selection, throwaway=False) as store:
        yield config, store, people


def selected_people(
    config: Config, emails: Sequence[str], teams: Sequence[str] = ()
) -> list[Person]:
    """The people named and the people of the teams named (everyone by default), never
    those who opted out: naming one of them is a usage error."""
    known = {p.team for p in config.people if p.team}
    unknown = [t for t in teams if t not in known]
    if unknown:
        listed = ", ".join(sorted(known)) or "none: add a team column to the roster"
        raise UsageError(f"--team {unknown[0]!r}: no such team in the config (teams: {listed})")
    if not emails and not teams:
        return [p for p in config.people if not p.opted_out]
    in_teams = [p for p in config.people if p.team in teams and not p.opted_out]
    named = [config.person(e) for e in emails]
    chosen = list({p.email: p for p in [*named, *in_teams]}.values())
    for person in chosen:
        if person.opted_out:
            raise UsageError(
                f"--person {person.email}: they opted out of the audit "
                "(opted_out in the roster), so they are never synced or reported"
            )
    return chosen


@contextmanager
def _store(selection: Selection, throwaway: bool) -> Iterator[Store]:
    if throwaway:
        with (
            tempfile.TemporaryDirectory(prefix="timeaudit-") as tmp,
            Store(Path(tmp) / "store.sqlite") as s,
        ):
            yield s
        return
    with Store(selection.paths.store) as s:
        yield s


@dataclass(frozen=True)
class ReportOptions:
    """How reports are written: which formats, titles hidden, which month to compare with."""

    formats: tuple[str, ...] = ("html", "md")
    redact: bool = False
    compare: str | None = None


def needs_home(selection: Selection, what: str) -> None:
    if selection.ics is not None and not selection.home_given:
        raise UsageError(f"{what} are kept in the store: add --home DIR so they outlive this run")


def label(
    paths: Paths,
    uid: str,
    category: str,
    *,
    recurrence_id: str | None = None,
    source: str | None = None,
    person: str | None = None,
) -> str:
    """Correct one event's tag, for its whole series unless ``recurrence_id`` is given."""
    with Store(paths.store) as store:
        owners = [person] if person else store.owners()
        return corrections.label(store, owners, uid, category, recurrence_id, source)


def note(
    paths: Paths, email: str, month: str, text: str | None = None, *, clear: bool = False
) -> str:
    """The coach's note on a person's month: set it (``text``), remove it (``clear``, or
    empty text), or read it (neither). Returns the note now kept, "" when there is none.
    Notes live in the store, so each workspace keeps its own."""
    month = periods.parse_month(month, "month")
    if clear and text is not None:
        raise UsageError("give TEXT or --clear, not both")
    config = load_config(paths.config)
    owner = email.strip().lower()
    if owner not in {p.email for p in config.people}:
        raise UsageError(
            f"{config.path or paths.config}: no person {email!r} in the config; "
            "add them under [[people]] (or to the roster) first"
        )
    with Store(paths.store) as store:
        if clear or text is not None:
            store.set_note(owner, month, "" if clear else (text or "").strip())
        return store.notes(owner).get(month, "")


@dataclass(frozen=True)
class CoachOptions:
    """How the coach view is written: how many months, which formats, titles hidden."""

    months: int = 6
    formats: tuple[str, ...] = COACH.names
    redact: bool = False


def connect(
    paths: Paths,
    source: str | None,
    say: Callable[[str], None],
    open_browser: Callable[[str], object] | None = None,
    person: str | None = None,
    ask_secret: Callable[[str], str] | None = None,
) -> str:
    """Sign in to a source that needs it (the connector's ``sign_in``), keeping the token
    (or a CalDAV password, asked with ``ask_secret``) in a 0600 file in the data folder.
    ``source`` may be a source name or a connector kind; without it, the only source that
    needs signing in. A source several people share is
    checked for ``person`` (default: the first who lists it)."""
    config = load_config(paths.config)
    candidates = [s for s in config.sources.values() if source in (None, s.name, s.kind)]
    kinds = connector_kinds()
    signing = [s for s in candidates if s.kind in kinds and kinds[s.kind].can_sign_in]
    if len(signing) != 1:
        names = ", ".join(s.name for s in signing) or "none"
        raise UsageError(f"name the source to sign in to (sources that need it: {names})")
    chosen = signing[0]
    users = [p for p in config.people if chosen.name in p.sources]
    if person is not None:
        users = [p for p in users if p.email == person.lower()]
        if not users:
            raise UsageError(f"--person {person}: does not list source {chosen.name!r}")
    if not users:
        raise UsageError(
            f"source {chosen.name!r} belongs to nobody; list it under a person's sources"
        )
    owner = users[0]
    spec = source_spec(config, owner, chosen.name, paths.data_dir)
    sign_in = kinds[chosen.kind].sign_in
    return str(sign_in(spec, say=say, open_browser=open_browser, ask_secret=ask_secret))


#: What the demo's workspace adds to the sample config's [settings].
DEMO_SETTINGS = f"""[settings]
month = "{DEMO_MONTH}"     # the month the sample calendars cover: commands default to it
min_group_size = 1       # three fictional leaders; a real cohort keeps the default 5
"""


def demo_workspace(folder: Path) -> Paths:
    """``folder`` as a workspace of the demo: the sample config (pinned to its month, and
    with groups of one allowed in the cohort, since its three leaders are fictional) and
    the sample calendars beside it, so ``timeaudit --home FOLDER coach`` (or bundle,
    cohort, review, events) works on what the demo synced."""
    folder.mkdir(parents=True, exist_ok=True)
    with as_file(files("timeaudit.samples")) as samples:
        for calendar in sorted(Path(samples).glob("*.ics")):
            _write_if_changed(folder / calendar.name, calendar.read_bytes())
        config = (Path(samples) / "demo.toml").read_text(encoding="utf-8")
    config = config.replace("[settings]\n", DEMO_SETTINGS, 1)
    _write_if_changed(folder / "config.toml", config.encode("utf-8"))
    return Paths(config=folder / "config.toml", data_dir=folder)


def _write_if_changed(path: Path, content: bytes) -> None:
    if not path.is_file() or path.read_bytes() != content:
        path.write_bytes(content)


def init(paths: Paths, force: bool = False) -> Path:
    """Write a commented starter config; never overwrite one without ``force``."""
    if paths.config.exists() and not force:
        raise UsageError(f"{paths.config} already exists; edit it, or pass --force to replace it")
    paths.config.parent.mkdir(parents=True, exist_ok=True)
    paths.config.write_text(STARTER_CONFIG, encoding="utf-8")
    return paths.config
