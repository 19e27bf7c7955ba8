"""One function per command. The CLI parses options and calls exactly one of these; tests
and other front ends can call them the same way."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from importlib.resources import as_file, files
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pandas as pd

from timeaudit.audit import cohort as cohort_mod
from timeaudit.audit import periods
from timeaudit.audit.periods import Period
from timeaudit.audit.pipeline import AuditResult, run_audit
from timeaudit.classify import review as review_mod
from timeaudit.classify.classifier import classify as tag
from timeaudit.classify.context import person_context
from timeaudit.classify.evaluate import (
    Evaluation,
    described_events,
    is_by_event,
    match_events,
    read_labels,
    score,
)
from timeaudit.classify.review import Decision, ReviewItem, ReviewSummary, review_items, walk
from timeaudit.classify.training import build_classifier, rule_pack
from timeaudit.config.checks import EMAIL
from timeaudit.config.load import load_config
from timeaudit.config.paths import Paths, model_cache
from timeaudit.config.starter import STARTER_CONFIG
from timeaudit.config.types import DEFAULT_ROLES, Config, Person, Settings, SourceConfig
from timeaudit.connectors.registry import available_kinds
from timeaudit.errors import UsageError
from timeaudit.render import bundle as bundle_mod
from timeaudit.render import cohort as cohort_render
from timeaudit.render.charts import VERDICT_COLOURS, verdict_bar_svg
from timeaudit.render.coach import CoachView, coach_span, coach_view
from timeaudit.render.export import events_table, to_csv, to_json
from timeaudit.render.report import (
    numbers_csv,
    render_coach_html,
    render_coach_markdown,
    render_html,
    render_markdown,
    report_charts,
    safe_filename,
    summary_table,
    view_json,
)
from timeaudit.render.view import PersonView, person_view
from timeaudit.store.records import display_titles
from timeaudit.store.sqlite import Store
from timeaudit.sync.pull import Progress, source_spec

DEMO_MONTH = "2026-10"
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


@dataclass
class AuditOutput:
    result: AuditResult
    views: list[PersonView]
    files: list[Path] = field(default_factory=list)

    @property
    def table(self) -> str:
        return summary_table(self.views)


def period_from(month: str | None, first: date | None, last: date | None, today: date) -> Period:
    if month and (first or last):
        raise UsageError("give either --month or --from/--to, not both")
    if first or last:
        if not (first and last):
            raise UsageError("--from and --to go together: give both days")
        return Period.between(first, last)
    return Period.month(month or periods.last_full_month(today))


def adhoc_config(ics: IcsOptions) -> Config:
    problems = []
    if not ics.owner or not EMAIL.match(ics.owner):
        problems.append(
            "--owner: give the calendar owner's email address, e.g. --owner ana@example.com"
        )
    if ics.role not in DEFAULT_ROLES:
        problems.append(f"--role {ics.role!r}: use one of {', '.join(DEFAULT_ROLES)}")
    try:
        ZoneInfo(ics.tz)
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(f"--tz {ics.tz!r}: not a time zone; use an IANA name such as Europe/Berlin")
    if problems:
        raise UsageError("; ".join(problems))
    owner = str(ics.owner).lower()
    source = SourceConfig(ADHOC_SOURCE, "ics", {"path": [str(p.resolve()) for p in ics.paths]})
    person = Person(owner, "", ics.role, ics.tz, (ADHOC_SOURCE,))
    return Config(None, Settings(), dict(DEFAULT_ROLES), (person,), {ADHOC_SOURCE: source})


@contextmanager
def opened(selection: Selection) -> Iterator[tuple[Config, Store, list[Person]]]:
    """The config, the store and the people a command works on. Ad-hoc ICS runs use a
    throwaway store unless a home was given."""
    if selection.ics is not None:
        config = adhoc_config(selection.ics)
        with _store(selection, throwaway=not selection.home_given) as store:
            yield config, store, list(config.people)
        return
    config = load_config(selection.paths.config)
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


def audit(
    selection: Selection,
    period: Period,
    out_dir: Path,
    *,
    sync: bool = True,
    progress: Progress | None = None,
    today: date | None = None,
    options: ReportOptions | None = None,
) -> AuditOutput:
    """Sync, classify, assess; write each person's report into ``out_dir``."""
    options = options or ReportOptions()
    months = trend_months_for(period, options.compare)
    with opened(selection) as (config, store, people):
        skipped = len(config.opted_out)
        if skipped:
            (progress or _silent)(f"skipped {skipped} opted-out person(s)")
        result = _run(selection, store, config, people, period, sync, progress, trend_months=months)
        detail = {"period": period.label, "people": [p.email for p in people], "opted_out": skipped}
        store.record_run("audit", detail)
        notes = store.notes_of([p.email for p in people])
    return write_reports(result, out_dir, options, today, notes=notes)


FORMATS = ("html", "md", "csv", "json")


@dataclass(frozen=True)
class ReportOptions:
    """How reports are written: which formats, titles hidden, which month to compare with."""

    formats: tuple[str, ...] = ("html", "md")
    redact: bool = False
    compare: str | None = None


def write_reports(
    result: AuditResult,
    out_dir: Path,
    options: ReportOptions | None = None,
    today: date | None = None,
    *,
    notes: Mapping[str, Mapping[str, str]] | None = None,
) -> AuditOutput:
    """One file per person and format in ``out_dir``; names built from people's names are
    sanitised. ``notes`` are each person's notes by month (email -> month -> text)."""
    options = options or ReportOptions()
    notes = notes or {}
    views = [
        person_view(
            result,
            p,
            redact=options.redact,
            compare=options.compare,
            today=today,
            notes=notes.get(p.email),
        )
        for p in result.people
    ]
    output = AuditOutput(result, views)
    out_dir.mkdir(parents=True, exist_ok=True)
    stems: set[str] = set()
    for person, view in zip(result.people, views, strict=True):
        stem = _unique_stem(person, result.period.label, stems)
        for fmt in options.formats:
            path = out_dir / f"{stem}.{fmt}"
            path.write_text(_render(view, fmt), encoding="utf-8")
            output.files.append(path)
    return output


def _unique_stem(person: Person, period: str, used: set[str]) -> str:
    """A safe file name for the person's reports; two people whose names clean up to the
    same string get their addresses added, so no report overwrites another."""
    stem = f"{safe_filename(person.name or person.email)}-{safe_filename(period)}"
    if stem.lower() in used:
        stem = f"{safe_filename(person.name)}-{safe_filename(person.email)}-{safe_filename(period)}"
    used.add(stem.lower())
    return stem


def _render(view: PersonView, fmt: str) -> str:
    if fmt == "html":
        return render_html(view, report_charts(view))
    if fmt == "md":
        return render_markdown(view)
    if fmt == "csv":
        return numbers_csv(view)
    if fmt == "json":
        return view_json(view)
    raise UsageError(f"--format {fmt!r}: use one of {', '.join(FORMATS)}")


def trend_months_for(period: Period, compare: str | None) -> int:
    """Twelve months of trend, or more when the month to compare with lies further back."""
    if compare is None:
        return 12
    month = periods.parse_month(compare, "--compare")
    if month >= period.first_month:
        raise UsageError(f"--compare {month}: give a month before {period.label}")
    return max(12, len(periods.months_between(month, period.first_month)))


@dataclass
class BundleOutput:
    """The packets written (folders or zips) and how many opted-out people were skipped."""

    result: AuditResult
    views: list[PersonView]
    files: list[Path] = field(default_factory=list)
    skipped: int = 0


def bundle(
    selection: Selection,
    period: Period,
    out_dir: Path,
    *,
    zip: bool = False,
    redact: bool = False,
    sync: bool = True,
    progress: Progress | None = None,
    today: date | None = None,
) -> BundleOutput:
    """One packet per person for their development plan (:mod:`timeaudit.render.bundle`): the
    audit runs once, with twelve months of trend; opted-out people are never included."""
    with opened(selection) as (config, store, people):
        skipped = len(config.opted_out)
        result = _run(selection, store, config, people, period, sync, progress, trend_months=12)
        detail = {"period": period.label, "people": [p.email for p in people], "opted_out": skipped}
        store.record_run("bundle", detail)
        notes = store.notes_of([p.email for p in people])
    output = BundleOutput(result, [], skipped=skipped)
    stems: set[str] = set()
    for person in result.people:
        view = person_view(
            result, person, redact=redact, today=today, notes=notes.get(person.email)
        )
        packet = bundle_mod.packet(view, _unique_stem(person, period.label, stems))
        output.views.append(view)
        output.files.append(bundle_mod.write(packet, out_dir, as_zip=zip))
    return output


#: Per grouping: csv, json, md; html is one page for all groupings.
COHORT_FORMATS = ("csv", "json", "md", "html")


@dataclass
class CohortOutput:
    """The cohort files written, or the one line saying why there are none."""

    files: list[Path] = field(default_factory=list)
    message: str | None = None


def cohort(
    selection: Selection,
    period: Period,
    out_dir: Path,
    *,
    groupings: Sequence[str] = cohort_mod.GROUPINGS,
    formats: Sequence[str] = ("csv", "md"),
    sync: bool = True,
    progress: Progress | None = None,
) -> CohortOutput:
    """The HR cohort view: one file per grouping and format (one HTML page for all
    groupings), groups under ``settings.min_group_size`` folded so nobody can be singled out."""
    unknown = [f for f in formats if f not in COHORT_FORMATS]
    if unknown:
        raise UsageError(f"--format {unknown[0]!r}: use one of {', '.join(COHORT_FORMATS)}")
    if selection.people or selection.teams:
        option = "--person" if selection.people else "--team"
        raise UsageError(
            f"{option}: the cohort always covers everyone in the config; two runs over "
            "different people could be subtracted to single one out"
        )
    with opened(selection) as (config, store, people):
        result = _run(selection, store, config, people, period, sync, progress)
        store.record_run("cohort", {"period": period.label, "by": list(groupings)})
    min_group = config.settings.min_group_size
    if len(result.assessment) < min_group:
        return CohortOutput(message=cohort_mod.too_small_message(min_group))
    out_dir.mkdir(parents=True, exist_ok=True)
    output = CohortOutput()
    tables = cohort_mod.cohort_tables(result, people, groupings, min_group)
    for by, table in tables.items():
        for fmt in (f for f in formats if f != "html"):
            path = out_dir / f"cohort-{safe_filename(period.label)}-{by}.{fmt}"
            path.write_text(_cohort_text(table, fmt, by, period.label, min_group), "utf-8")
            output.files.append(path)
    if "html" in formats:
        page = cohort_render.cohort_page(tables, period.label, min_group, verdict_bar_svg)
        path = out_dir / f"cohort-{safe_filename(period.label)}.html"
        path.write_text(cohort_render.render_html(page, VERDICT_COLOURS), "utf-8")
        output.files.append(path)
    return output


def _cohort_text(table: pd.DataFrame, fmt: str, by: str, period: str, min_group: int) -> str:
    if fmt == "csv":
        return to_csv(table)
    if fmt == "json":
        return cohort_render.render_json(table, by, period, min_group)
    if fmt == "md":
        return cohort_render.render_markdown(table, by, period, min_group)
    raise UsageError(f"--format {fmt!r}: use one of {', '.join(COHORT_FORMATS)}")


def events(
    selection: Selection,
    period: Period,
    fmt: str,
    *,
    sync: bool = True,
    progress: Progress | None = None,
) -> str:
    """Every occurrence in the period with its tag, why, and whether it counted."""
    with opened(selection) as (config, store, people):
        result = _run(selection, store, config, people, period, sync, progress)
    table = events_table(result.events, {p.email: p.tz for p in people})
    return to_csv(table) if fmt == "csv" else to_json(table)


def _run(
    selection: Selection,
    store: Store,
    config: Config,
    people: Sequence[Person],
    period: Period,
    sync: bool,
    progress: Progress | None,
    trend_months: int = 1,
) -> AuditResult:
    """The pipeline as every command runs it: models cached where the selection says."""
    return run_audit(
        store,
        config,
        people,
        period,
        do_sync=sync,
        trend_months=trend_months,
        progress=progress or _silent,
        cache_dir=selection.cache_dir,
        data_dir=selection.paths.data_dir,
    )


def _needs_home(selection: Selection, what: str) -> None:
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
        return review_mod.label(store, owners, uid, category, recurrence_id, source)


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


COACH_FORMATS = ("html", "md")


@dataclass(frozen=True)
class CoachOptions:
    """How the coach view is written: how many months, which formats, titles hidden."""

    months: int = 6
    formats: tuple[str, ...] = COACH_FORMATS
    redact: bool = False


@dataclass
class CoachOutput:
    result: AuditResult
    views: list[CoachView]
    files: list[Path] = field(default_factory=list)


def coach(
    selection: Selection,
    period: Period,
    out_dir: Path,
    *,
    options: CoachOptions | None = None,
    sync: bool = True,
    progress: Progress | None = None,
    today: date | None = None,
) -> CoachOutput:
    """Each person's months ending with ``period`` side by side, with the coach's notes: one
    pipeline run over the whole span, one file per person and format in ``out_dir``."""
    options = options or CoachOptions()
    span = coach_span(period, options.months)
    with opened(selection) as (config, store, people):
        result = _run(selection, store, config, people, span, sync, progress)
        store.record_run("coach", {"period": span.label, "people": [p.email for p in people]})
        notes = store.notes_of([p.email for p in people])
    output = CoachOutput(result, [])
    out_dir.mkdir(parents=True, exist_ok=True)
    stems: set[str] = set()
    for person in result.people:
        view = coach_view(
            result,
            person,
            config.settings,
            notes.get(person.email, {}),
            redact=options.redact,
            today=today,
        )
        output.views.append(view)
        stem = _unique_stem(person, f"months-{span.label}", stems)
        for fmt in options.formats:
            path = out_dir / f"{stem}.{fmt}"
            path.write_text(_render_coach(view, fmt), encoding="utf-8")
            output.files.append(path)
    return output


def _render_coach(view: CoachView, fmt: str) -> str:
    if fmt == "html":
        return render_coach_html(view)
    if fmt == "md":
        return render_coach_markdown(view)
    raise UsageError(f"--format {fmt!r}: use one of {', '.join(COACH_FORMATS)}")


def review(
    selection: Selection,
    period: Period,
    decide: Callable[[ReviewItem], Decision],
    *,
    sync: bool = True,
    progress: Progress | None = None,
) -> ReviewSummary:
    """Walk the flagged tags of the period, newest and longest first; ``decide`` answers."""
    _needs_home(selection, "corrections")
    with opened(selection) as (config, store, people):
        result = _run(selection, store, config, people, period, sync, progress)
        items = review_items(result.events, {p.email: p.tz for p in people})
        return walk(store, items, decide)


def evaluate(
    selection: Selection,
    period: Period,
    labels_path: Path,
    *,
    sync: bool = True,
    progress: Progress | None = None,
) -> Evaluation:
    """Score the tags against true labels (by event, or by description)."""
    labels = read_labels(labels_path)
    with opened(selection) as (config, store, people):
        if is_by_event(labels):
            result = _run(selection, store, config, people, period, sync, progress)
            events = result.events.assign(title=display_titles(result.events))
            tagged = match_events(events, labels)
            if tagged.empty:
                raise UsageError(
                    f"{labels_path}: no label matches an event of {period.label}; "
                    "check the period and the uids"
                )
            return score(tagged)
        person = people[0]
        contexts = {person.email: person_context(config, person)}
        classifier = build_classifier(
            store,
            config,
            [person],
            rule_pack(config),
            contexts,
            selection.cache_dir or model_cache(),
            progress or _silent,
        )
        own = contexts[person.email]
        frame = described_events(labels, person.email, own.work_start, own.work_end)
        return score(frame.join(tag(frame, classifier)).assign(label=labels["label"].to_numpy()))


def connect(
    paths: Paths,
    source: str | None,
    say: Callable[[str], None],
    open_browser: Callable[[str], object] | None = None,
    person: str | None = None,
) -> str:
    """Sign in to a source that needs it (the connector's ``sign_in``), keeping the token
    in a 0600 file in the data folder. ``source`` may be a source name or a connector kind;
    without it, the only source that needs signing in. A source several people share is
    checked for ``person`` (default: the first who lists it)."""
    config = load_config(paths.config)
    candidates = [s for s in config.sources.values() if source in (None, s.name, s.kind)]
    kinds = available_kinds()
    signing = [s for s in candidates if hasattr(kinds.get(s.kind), "sign_in")]
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
    sign_in = kinds[chosen.kind].sign_in  # type: ignore[attr-defined]
    return str(sign_in(spec, say=say, open_browser=open_browser))


def demo(out_dir: Path, progress: Progress | None = None, today: date | None = None) -> AuditOutput:
    """The whole audit on the bundled sample calendars of three fictional leaders."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with as_file(files("timeaudit.samples")) as samples:
        paths = Paths(config=samples / "demo.toml", data_dir=out_dir)
        selection = Selection(paths)
        output = audit(selection, Period.month(DEMO_MONTH), out_dir, progress=progress, today=today)
        events_csv = events(selection, Period.month(DEMO_MONTH), "csv", sync=False)
    path = out_dir / f"events-{DEMO_MONTH}.csv"
    path.write_text(events_csv, encoding="utf-8")
    output.files.append(path)
    return output


def init(paths: Paths, force: bool = False) -> Path:
    """Write a commented starter config; never overwrite one without ``force``."""
    if paths.config.exists() and not force:
        raise UsageError(f"{paths.config} already exists; edit it, or pass --force to replace it")
    paths.config.parent.mkdir(parents=True, exist_ok=True)
    paths.config.write_text(STARTER_CONFIG, encoding="utf-8")
    return paths.config


def _silent(_: str) -> None:
    return None
