"""The command line: a thin click layer over :mod:`timeaudit.app`.

Each command parses options and calls one library function. Expected failures
(:class:`TimeauditError`) become one line on stderr and a non-zero exit in one place,
:class:`Cli.invoke`; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import functools
import shlex
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

import click

from timeaudit.app import session
from timeaudit.audit.periods import Period
from timeaudit.categories import LABELS
from timeaudit.classify.corrections import KEYS, Decision, ReviewItem
from timeaudit.cli.progress import BarListener
from timeaudit.cli.terminal import safe
from timeaudit.config.paths import resolve_paths
from timeaudit.config.types import GROUPINGS, Person
from timeaudit.errors import TimeauditError
from timeaudit.files import Target, in_the_way, write_failure, write_text
from timeaudit.render.formats import COACH, COHORT_FORMATS, EVENTS, REPORT, TEAM
from timeaudit.sync.pull import LogListener, SourceOutcome, SyncListener, allow_processes
from timeaudit.words import plural

if TYPE_CHECKING:
    pass

F = TypeVar("F", bound=Callable[..., Any])


class Cli(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        _progress.failed.clear()
        try:
            done = super().invoke(ctx)
        except TimeauditError as exc:
            _fail(ctx, exc)
        except OSError as exc:  # writing a file or folder the command declared (_WRITES)
            failure = write_failure(exc, (ctx.obj or {}).get(_WRITES, ()))
            if failure is None:
                raise  # not a write of ours: a bug, which keeps its traceback
            _fail(ctx, failure)
        _fail_if_sources_failed(_progress.failed)
        return done


def _fail(ctx: click.Context, exc: TimeauditError) -> None:
    """One line on stderr and the error's exit code; what was written before stays."""
    click.echo(safe(f"timeaudit: error: {exc}"), err=True)
    ctx.exit(exc.exit_code)


#: ``ctx.obj`` key of the :class:`Target`\ s a command writes: the home and the config,
#: declared by ``main``, then the command's own ``--out`` (see :func:`writes_to`).
_WRITES = "writes"


def writes_to(what: str, *, folder: bool) -> Callable[[click.Context, click.Parameter, Any], Any]:
    """The callback of an option that names where a command writes (a folder, or a file
    when not ``folder``): declares it, so that a failure to write it becomes one line
    naming it, and fails at once, before any sync, when a file or folder is in the way."""

    def declare(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path | None:
        if value is not None:
            setting = max(param.opts, key=len)
            ctx.obj.setdefault(_WRITES, []).append(Target(value, what, setting))
            problem = in_the_way(value, folder=folder)
            if problem is not None:
                raise problem  # reported by Cli.invoke as a failed write
        return value

    return declare


def _fail_if_sources_failed(failed: Sequence[SourceOutcome]) -> None:
    """Every command that reads events writes what it could from the store, but a source
    that failed must not pass unnoticed in a scheduled run: exit 1 with one line saying so
    (each failure was already said on its own line as it happened)."""
    if failed:
        names = ", ".join(sorted({o.source for o in failed}))
        click.echo(
            f"timeaudit: error: {plural(len(failed), 'source')} failed ({names}); "
            "what was written uses what the store already held for them",
            err=True,
        )
        raise SystemExit(1)


class _Progress:
    """Progress on stderr: log lines, and while calendars are pulled, a progress bar when
    stderr is a terminal (plain log lines otherwise, e.g. in cron or CI). The stream is
    looked up at each use, so one instance serves every command."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream
        self.sync: SyncListener = LogListener(self)
        self.failed: list[SourceOutcome] = []  # of the command running now

    @property
    def stream(self) -> TextIO:
        return self._stream or sys.stderr

    def __call__(self, line: str) -> None:
        click.echo(safe(line), file=self.stream)

    def begin(self, people: int) -> None:
        self.sync = BarListener(self.stream) if self.stream.isatty() else LogListener(self)
        self.sync.begin(people)

    def done(self, person: Person, outcomes: Sequence[SourceOutcome]) -> None:
        self.failed.extend(o for o in outcomes if o.error)
        self.sync.done(person, outcomes)

    def end(self) -> None:
        self.sync.end()


_progress = _Progress()


@click.group(cls=Cli)
@click.version_option(package_name="timeaudit")
@click.option(
    "--home",
    type=click.Path(path_type=Path, file_okay=False),
    envvar="TIMEAUDIT_HOME",
    help="Folder for config, store and tokens (default: the platform's user folders).",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    envvar="TIMEAUDIT_CONFIG",
    help="Config file (default: config.toml in the home).",
)
@click.option(
    "--workspace",
    metavar="NAME",
    envvar="TIMEAUDIT_WORKSPACE",
    help="Keep config, store, models and tokens in <home>/workspaces/NAME/, apart from others.",
)
@click.pass_context
def main(
    ctx: click.Context, home: Path | None, config_path: Path | None, workspace: str | None
) -> None:
    """Where a leader's time really goes: calendars in, a verdict against the role out."""
    allow_processes()  # this entry point is guarded, so spawned workers may re-import it
    paths = resolve_paths(home, config_path, workspace)
    ctx.obj = {
        "paths": paths,
        "home_given": home is not None or workspace is not None,
        "home": home,
        "config": config_path,
        "workspace": workspace,
        _WRITES: [
            Target(paths.data_dir, "into the home folder", "--home"),
            Target(paths.config, "the config", "--config"),
        ],
    }


def _day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a day; use YYYY-MM-DD") from None


def reading_options(*, custom_period: bool = True, choose_people: bool = True) -> Callable[[F], F]:
    """Options of a command that reads events: who, which files, which period. A command
    offers only the options it accepts: the coach view has no ``--from``/``--to`` (it covers
    whole months), the cohort no ``--person``/``--team`` (it always covers everyone)."""
    month = (
        "Month to audit, YYYY-MM (default: settings.month of the config, else the last full month)."
    )
    # An option a command does not accept stays, hidden from --help, so that giving it
    # still gets the one-line reason (the cohort is everyone; the coach view whole months).
    period = [
        click.option("--month", help=month),
        click.option(
            "--from",
            "first",
            hidden=not custom_period,
            help="First day of a custom period, YYYY-MM-DD.",
        ),
        click.option(
            "--to",
            "last",
            hidden=not custom_period,
            help="Last day of a custom period, YYYY-MM-DD (inclusive).",
        ),
    ]
    who = [
        click.option(
            "--person",
            "people",
            multiple=True,
            metavar="EMAIL",
            hidden=not choose_people,
            help="Only this person from the config (repeatable).",
        ),
        click.option(
            "--team",
            "teams",
            multiple=True,
            metavar="NAME",
            hidden=not choose_people,
            help="Only the people of this team (the roster's team column; repeatable).",
        ),
        click.option(
            "--all",
            "everyone",
            is_flag=True,
            hidden=not choose_people,
            help="Everyone in the config (the default; refuses --person and --team).",
        ),
    ]
    files = [
        click.option(
            "--ics",
            multiple=True,
            type=click.Path(path_type=Path),
            help="Read this .ics file or folder instead of the config (repeatable).",
        ),
        click.option("--owner", metavar="EMAIL", help="With --ics: whose calendar it is."),
        click.option(
            "--role",
            default="senior-leader",
            show_default=True,
            help="With --ics: role profile: executive, senior-leader, manager, or a role of "
            "the config's [roles] when there is a config.",
        ),
        click.option(
            "--tz",
            default="UTC",
            show_default=True,
            help="With --ics: the owner's IANA time zone, e.g. Europe/Berlin.",
        ),
        click.option(
            "--no-sync", is_flag=True, help="Use what the store holds; do not pull sources."
        ),
    ]
    options = [*period, *who, *files]

    def decorate(func: F) -> F:
        for option in reversed(options):
            func = option(func)
        return func

    return decorate


def formats_option(names: Sequence[str], help: str) -> Callable[[F], F]:
    """The repeatable ``--format`` option of a command that writes files in ``names``."""
    return click.option("--format", "formats", multiple=True, type=click.Choice(names), help=help)


def out_folder(default: str, help: str, what: str) -> Callable[[F], F]:
    """The ``--out`` folder option of a command that writes files (``what``: "the
    reports"). A file in its place is reported as a failed write (exit 1), not by click."""
    return click.option(
        "--out",
        type=click.Path(path_type=Path),
        metavar="DIRECTORY",
        default=Path(default),
        show_default=True,
        callback=writes_to(what, folder=True),
        help=help,
    )


redact_option = click.option(
    "--redact", is_flag=True, help="No titles at all: categories, hours and counts only."
)


def _selection_and_period(
    ctx: click.Context, kw: dict[str, Any]
) -> tuple[session.Selection, Period]:
    ics = None
    if kw["ics"]:
        ics = session.IcsOptions(tuple(kw["ics"]), kw["owner"], kw["role"], kw["tz"])
    elif kw["owner"]:
        raise click.UsageError("--owner goes with --ics")
    people, teams, everyone = kw.get("people", ()), kw.get("teams", ()), kw.get("everyone")
    if everyone and (people or teams):
        raise click.UsageError("--all means everyone: leave out --person and --team")
    if ics is not None and (people or teams or everyone):
        raise click.UsageError("--ics reads one calendar: --person, --team and --all need a config")
    selection = session.Selection(
        ctx.obj["paths"], ics, tuple(people), ctx.obj["home_given"], tuple(teams)
    )
    first, last = _day(kw.get("first")), _day(kw.get("last"))
    month = kw["month"] or (None if first or last else session.pinned_month(selection))
    period = session.period_from(month, first, last, date.today())
    return selection, period


def pass_reading(func: Callable[..., None]) -> Callable[..., None]:
    @functools.wraps(func)
    @click.pass_context
    def wrapper(ctx: click.Context, /, **kw: Any) -> None:
        selection, period = _selection_and_period(ctx, kw)
        rest = {k: v for k, v in kw.items() if k not in _READING_KEYS}
        func(selection, period, sync=not kw["no_sync"], **rest)

    return wrapper


_READING_KEYS = {
    "month",
    "first",
    "last",
    "people",
    "teams",
    "everyone",
    "ics",
    "owner",
    "role",
    "tz",
    "no_sync",
}


@main.command()
@reading_options()
@out_folder("timeaudit-reports", "Folder for the reports.", "the reports")
@formats_option(REPORT.names, "Report format, repeatable (default: html and md).")
@redact_option
@click.option(
    "--compare", metavar="YYYY-MM", help="Compare with this month (default: the month before)."
)
@pass_reading
def audit(
    selection: session.Selection,
    period: Period,
    sync: bool,
    out: Path,
    formats: tuple[str, ...],
    redact: bool,
    compare: str | None,
) -> None:
    """Sync, classify and assess a period; write a report per person and print a summary."""
    from timeaudit.app import runs  # the audit's libraries load only when it runs

    options = session.ReportOptions(formats or ("html", "md"), redact, compare)
    output = runs.audit(selection, period, out, sync=sync, progress=_progress, options=options)
    click.echo(output.table)
    for path in output.files:
        click.echo(f"report: {path}")
    if output.index is not None:
        click.echo(f"index: {output.index}")


@main.command()
@reading_options()
@click.option("--format", "fmt", type=click.Choice(EVENTS.names), default="csv", show_default=True)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    metavar="FILE",
    callback=writes_to("the events list", folder=False),
    help="Write here instead of stdout.",
)
@pass_reading
def events(
    selection: session.Selection, period: Period, sync: bool, fmt: str, out: Path | None
) -> None:
    """Every occurrence with its tag, confidence, the rule that decided it, and whether
    and why it counted."""
    from timeaudit.app import runs  # the audit's libraries load only when it runs

    text = runs.events(selection, period, fmt, sync=sync, progress=_progress)
    if out is None:
        sys.stdout.write(text)
    else:
        write_text(out, text)
        click.echo(f"wrote {out}", err=True)


@main.command()
@reading_options(choose_people=False)
@click.option(
    "--by",
    "groupings",
    multiple=True,
    type=click.Choice(GROUPINGS),
    help="Group people by role, team or manager, repeatable (default: all three).",
)
@formats_option(
    COHORT_FORMATS,
    "File format, repeatable: csv, json and md write one file per grouping, html one "
    "page for all of them (default: csv and md; html only when asked for).",
)
@out_folder("timeaudit-cohort", "Folder for the cohort files.", "the cohort files")
@pass_reading
def cohort(
    selection: session.Selection,
    period: Period,
    sync: bool,
    groupings: tuple[str, ...],
    formats: tuple[str, ...],
    out: Path,
) -> None:
    """The HR cohort view: time per category and verdicts per role, team or manager's
    reports; groups under settings.min_group_size are folded, never shown alone."""
    from timeaudit.app import runs  # the audit's libraries load only when it runs

    output = runs.cohort(
        selection,
        period,
        out,
        groupings=groupings or GROUPINGS,
        formats=formats or ("csv", "md"),
        sync=sync,
        progress=_progress,
    )
    if output.message:
        click.echo(output.message)
    for path in output.files:
        click.echo(f"cohort: {path}")


@main.command()
@reading_options(choose_people=False)
@click.option(
    "--parquet",
    type=click.Path(path_type=Path),
    metavar="DIRECTORY",
    required=True,
    callback=writes_to("the Parquet export", folder=True),
    help="Folder for the Parquet files and their manifest.json.",
)
@pass_reading
def export(selection: session.Selection, period: Period, sync: bool, parquet: Path) -> None:
    """Write everyone's stored events over the cohort's window for the period as Parquet
    files of whole people, for the cohort on a Dask cluster (needs timeaudit[dask])."""
    from timeaudit.app import export as export_app  # the audit's libraries load only here

    output = export_app.export_parquet(selection, period, parquet, sync=sync, progress=_progress)
    for path in output.files:
        click.echo(f"part: {path}")
    click.echo(f"manifest: {output.manifest}")
    click.echo(output.line())


@main.command()
@out_folder("timeaudit-demo", "Folder for the demo's store and reports.", "the demo workspace")
def demo(out: Path) -> None:
    """The whole audit on bundled sample calendars of three fictional leaders."""
    from timeaudit.app import runs  # the audit's libraries load only when it runs

    output = runs.demo(out, progress=_progress)
    click.echo(output.table)
    click.echo("")
    for path in output.files:
        click.echo(f"wrote {path}")
    click.echo("")
    click.echo(demo_next(out, output.index or out))


def demo_next(out: Path, page: Path) -> str:
    """What to run after the demo, on the workspace it left in ``out``; ``page`` is the
    first page to open (the run's index)."""
    return DEMO_NEXT.format(page=page, home=shlex.quote(str(out)), month=session.DEMO_MONTH)


DEMO_NEXT = """next: {home} is a workspace now; these work on it as they stand
  open {page}   every leader's verdict and reports
  timeaudit --home {home} coach      each leader's last six months side by side
  timeaudit --home {home} bundle --zip
                one packet per leader for a development plan
  timeaudit --home {home} cohort --format html
                the HR view by role, team and manager (groups of one allowed here)
  timeaudit --home {home} team --team leadership
                the leadership team's dashboard (both agreed to be named)
  timeaudit --home {home} review     correct the tags that could move your split most
  timeaudit --home {home} events     every event with its tag and why
  (commands there default to {month}, the month the sample calendars cover)
then your own calendar:
  timeaudit audit --ics calendar.ics --owner you@example.com --role executive --tz Europe/London
                your calendar exported as .ics (no config needed)
  timeaudit init   a config for a monthly routine; then `timeaudit audit` at month end"""


@main.command()
@click.option("--force", is_flag=True, help="Replace an existing config.")
@click.option(
    "--workspace",
    metavar="NAME",
    help="Write the config of this workspace (see the global option).",
)
@click.pass_context
def init(ctx: click.Context, force: bool, workspace: str | None) -> None:
    """Write a commented starter config to edit."""
    paths = ctx.obj["paths"]
    if workspace is not None:
        paths = resolve_paths(ctx.obj["home"], ctx.obj["config"], workspace)
    path = session.init(paths, force)
    click.echo(f"wrote {path}; edit it, then run `{_command(ctx, workspace)} audit`")


def _command(ctx: click.Context, workspace: str | None = None) -> str:
    """``timeaudit`` with the global options that chose this home, config and workspace,
    so a printed follow-up works as it stands."""
    words = ["timeaudit"]
    if ctx.obj["home"] is not None:
        words += ["--home", shlex.quote(str(ctx.obj["home"]))]
    if ctx.obj["config"] is not None:
        words += ["--config", shlex.quote(str(ctx.obj["config"]))]
    chosen = workspace or ctx.obj.get("workspace")
    if chosen:
        words += ["--workspace", shlex.quote(chosen)]
    return " ".join(words)


@main.command()
@click.argument("uid")
@click.option(
    "--as", "category", required=True, type=click.Choice(LABELS), help="The right category."
)
@click.option(
    "--occurrence",
    "recurrence_id",
    metavar="RECURRENCE_ID",
    help="Only this occurrence (recurrence_id from `timeaudit events`); default: the series.",
)
@click.option("--source", help="The source, when the uid is on several calendars.")
@click.option("--person", metavar="EMAIL", help="Whose calendar, when the uid is on several.")
@click.pass_context
def label(
    ctx: click.Context,
    uid: str,
    category: str,
    recurrence_id: str | None,
    source: str | None,
    person: str | None,
) -> None:
    """Correct the tag of one event (UID from `timeaudit events`: its uid, the iCalendar
    UID, which is the same in an ICS export, Google and Outlook; or its provider_id): the
    whole series by default. Corrections win over every classifier and retrain your model."""
    paths = ctx.obj["paths"]
    click.echo(
        session.label(
            paths, uid, category, recurrence_id=recurrence_id, source=source, person=person
        )
    )


@main.command()
@click.argument("email")
@click.argument("month", metavar="YYYY-MM")
@click.argument("text", required=False)
@click.option("--clear", is_flag=True, help="Remove the note of that month.")
@click.pass_context
def note(ctx: click.Context, email: str, month: str, text: str | None, clear: bool) -> None:
    """The coach's note on a person's month (EMAIL from the config): set it with TEXT ("-"
    reads it from stdin), remove it with --clear, or print it. Notes appear in that
    month's report and in the coach view, never in cohort files."""
    if text == "-":
        text = sys.stdin.read()
    kept = session.note(ctx.obj["paths"], email, month, text, clear=clear)
    if text is None and not clear:
        if kept:
            click.echo(kept)
        else:
            click.echo(f"no note for {email} in {month}", err=True)
    elif kept:
        click.echo(f"saved the note for {email} in {month}", err=True)
    else:
        click.echo(f"removed the note for {email} in {month}", err=True)


@main.command()
@reading_options(custom_period=False)
@click.option(
    "--months",
    type=click.IntRange(min=1, max=36),
    default=6,
    show_default=True,
    help="How many months, ending with --month (default: the last full month).",
)
@formats_option(COACH.names, "File format, repeatable (default: html and md).")
@out_folder("timeaudit-coach", "Folder for the coach views.", "the coach views")
@redact_option
@pass_reading
def coach(
    selection: session.Selection,
    period: Period,
    sync: bool,
    months: int,
    formats: tuple[str, ...],
    out: Path,
    redact: bool,
) -> None:
    """The coach view: each person's months side by side (hours, split against target,
    verdict, biggest time sinks, your note), one file per person and format."""
    from timeaudit.app import runs  # the audit's libraries load only when it runs

    options = session.CoachOptions(months, formats or COACH.names, redact)
    output = runs.coach(selection, period, out, options=options, sync=sync, progress=_progress)
    for path in output.files:
        click.echo(f"coach view: {path}")


@main.command()
@reading_options()
@formats_option(TEAM.names, "File format, repeatable (default: html and md).")
@out_folder("timeaudit-team", "Folder for the team dashboards.", "the team dashboards")
@pass_reading
def team(
    selection: session.Selection,
    period: Period,
    sync: bool,
    formats: tuple[str, ...],
    out: Path,
) -> None:
    """A leadership team's dashboard (--team NAME, the roster's team column): each member's
    verdict, split RAG and 1:1 coverage, named only if their roster row says share_named;
    the others are counted, never named."""
    from timeaudit.app import runs  # the audit's libraries load only when it runs

    output = runs.team(
        selection, period, out, formats=formats or TEAM.names, sync=sync, progress=_progress
    )
    for path in output.files:
        click.echo(f"team dashboard: {path}")


@main.command()
@reading_options()
@out_folder("timeaudit-bundles", "Folder for the packets.", "the packets")
@click.option("--zip", "as_zip", is_flag=True, help="One .zip per person instead of a folder.")
@redact_option
@pass_reading
def bundle(
    selection: session.Selection, period: Period, sync: bool, out: Path, as_zip: bool, redact: bool
) -> None:
    """One packet per person for their development plan: the full report, a one-page
    summary (verdict, split, 12-month trend, biggest levers) and the numbers as CSV/JSON."""
    from timeaudit.app import runs  # the audit's libraries load only when it runs

    output = runs.bundle(
        selection, period, out, zip=as_zip, redact=redact, sync=sync, progress=_progress
    )
    for path in output.files:
        click.echo(f"packet: {path}")
    click.echo(
        f"{plural(len(output.files), 'packet')} written; "
        f"{plural(output.skipped, 'opted-out person', 'opted-out people')} skipped"
    )


@main.command()
@reading_options()
@pass_reading
def review(selection: session.Selection, period: Period, sync: bool) -> None:
    """Walk the open tags, the ones that could move a split most first, and correct each
    with one key; after each answer the model learns it and the rest are ranked again."""
    from timeaudit.app import runs  # the audit's libraries load only when it runs

    click.echo(REVIEW_LEGEND)
    summary = runs.review(
        selection,
        period,
        _ask,
        sync=sync,
        progress=_progress,
        tell=lambda line: click.echo(f"  {line}"),
    )
    click.echo(
        f"labelled {summary.labelled}, skipped {summary.skipped}, of {summary.shown} shown; "
        f"{plural(summary.changed, 'other event')} changed"
    )


REVIEW_LEGEND = (
    "keys: s strategy, c capability-building, e execution, f firefighting, o other "
    "(lower case: the whole series; upper case: this occurrence only); "
    "Enter accept the guess, space skip, q quit"
)


def _ask(item: ReviewItem) -> Decision:
    series = " (series)" if item.recurring else ""
    click.echo("")
    click.echo(f"{item.when}  {item.hours:.1f} h  {item.title}{series}")
    click.echo(
        f"  {plural(item.attendees, 'person', 'people')}, organised by {item.organizer}; "
        f"{item.open_hours:.1f} h this period, could move the split {item.impact:.1f} pts"
    )
    click.echo(f"  guess: {item.guess} ({item.confidence:.0%}); {item.reason}")
    while True:
        click.echo("  > ", nl=False)
        key = _key()
        click.echo(key if key.isprintable() else "")
        decision = decision_for(key, item)
        if decision is not None:
            return decision
        click.echo(f"  unknown key {key!r}; {REVIEW_LEGEND}")


def _key() -> str:
    """One key press from the terminal; when the input is piped (a script, a file, cron's
    /dev/null) the next character of it, and "" at its end, which stops the walk."""
    if sys.stdin.isatty():
        return click.getchar()
    return sys.stdin.read(1)


def decision_for(key: str, item: ReviewItem) -> Decision | None:
    """The decision a key stands for, or None for a key that means nothing."""
    if key.lower() in KEYS:
        return Decision(KEYS[key.lower()], series=key.islower())
    if key in ("\r", "\n", "y"):
        return Decision(item.guess if item.guess in LABELS else None)
    if key in (" ", "n"):
        return Decision(None)
    if key in ("q", "\x03", "\x04", ""):  # "": the input ended (a pipe, a closed terminal)
        return Decision(stop=True)
    return None


@main.command()
@click.argument(
    "labels", required=False, type=click.Path(path_type=Path, dir_okay=False, exists=True)
)
@click.option(
    "--set",
    "labelled_set",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    metavar="DIRECTORY",
    help="Score a labelled set of whole calendars (set.toml, timeaudit.toml, ICS and labels "
    "files; see evaluation/calendars/README.md) instead of LABELS: tags, calibration, each "
    "person's split error and whether the verdict agrees.",
)
@click.option(
    "--misses",
    is_flag=True,
    help="With --set: list the worst misses too (a test set is scored, "
    "not studied: off by default).",
)
@reading_options()
@click.pass_context
def evaluate(
    ctx: click.Context, /, labels: Path | None, labelled_set: Path | None, misses: bool, **kw: Any
) -> None:
    """Score the tags against LABELS.csv: columns uid, recurrence_id, label (matched against
    the period's events by uid as `timeaudit events` shows it, the iCalendar UID, or by
    provider_id), or the labelled-corpus format (title, context columns, label). With
    --set, score a labelled set of calendars: its own config and months, a store of its own."""
    from timeaudit.app import runs  # the audit's libraries load only when it runs
    from timeaudit.classify.evaluate import render

    if (labels is None) == (labelled_set is None):
        raise click.UsageError("give LABELS.csv or --set DIRECTORY (one of them)")
    if labelled_set is not None:
        chosen = {
            "month": "--month",
            "first": "--from",
            "last": "--to",
            "people": "--person",
            "teams": "--team",
            "everyone": "--all",
            "ics": "--ics",
            "owner": "--owner",
        }
        given = [flag for key, flag in chosen.items() if kw.get(key)]
        if given:
            raise click.UsageError(f"--set brings its own people and months: leave out {given[0]}")
        from timeaudit.audit.evaluation import render_set

        result = runs.evaluate_set(labelled_set, ctx.obj["paths"].models, _progress)
        click.echo(render_set(result, misses=misses))
        return
    assert labels is not None  # one of the two, checked above
    selection, period = _selection_and_period(ctx, kw)
    click.echo(
        render(runs.evaluate(selection, period, labels, sync=not kw["no_sync"], progress=_progress))
    )


@main.command()
@click.argument("source", required=False)
@click.option(
    "--person",
    metavar="EMAIL",
    help="For a source several people share: check it for this person (default: the first).",
)
@click.pass_context
def connect(ctx: click.Context, source: str | None, person: str | None) -> None:
    """Sign in to a calendar account (SOURCE: a source name from the config, or a kind
    such as google, microsoft or caldav). The token, or the CalDAV password you type, is
    kept in a file only you can read."""
    line = session.connect(
        ctx.obj["paths"], source, say=click.echo, person=person, ask_secret=_ask_secret
    )
    click.echo(line)


def _ask_secret(prompt: str) -> str:
    """A password typed at the terminal, without echo."""
    return str(click.prompt(prompt, hide_input=True, default="", show_default=False))
