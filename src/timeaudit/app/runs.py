"""The commands that run the audit: each opens its selection, runs the pipeline once
(:func:`timeaudit.audit.pipeline.run_audit`) and renders every person and format from that
one :class:`AuditResult`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from timeaudit.app.session import (
    DEMO_MONTH,
    DEMO_REPORTS,
    CoachOptions,
    ReportOptions,
    Selection,
    demo_workspace,
    needs_home,
    opened,
)
from timeaudit.audit import cohort as cohort_mod
from timeaudit.audit import periods
from timeaudit.audit.periods import Period
from timeaudit.audit.pipeline import AuditResult, classifier_for, run_audit
from timeaudit.audit.stream import stream_assessment
from timeaudit.classify.classifier import classify as tag
from timeaudit.classify.context import person_context
from timeaudit.classify.corrections import Decision, ReviewItem, ReviewSummary, walk
from timeaudit.classify.evaluate import (
    Evaluation,
    described_events,
    is_by_event,
    match_events,
    read_labels,
    score,
)
from timeaudit.classify.review import Queue
from timeaudit.classify.training import build_classifier, rule_pack
from timeaudit.config.paths import model_cache
from timeaudit.config.questions import QuestionBank
from timeaudit.config.types import GROUPINGS, Config, Person
from timeaudit.errors import UsageError
from timeaudit.files import write_text
from timeaudit.render import bundle as bundle_mod
from timeaudit.render import cohort as cohort_render
from timeaudit.render.charts import VERDICT_COLOURS, verdict_bar_svg
from timeaudit.render.coach import CoachView, coach_span, coach_view
from timeaudit.render.export import events_table
from timeaudit.render.formats import (
    COACH,
    COHORT_FORMATS,
    COHORT_PAGE,
    COHORT_TABLE,
    EVENTS,
    REPORT,
    TEAM,
    CohortTable,
)
from timeaudit.render.index import INDEX_FILE, index_rows, render_index
from timeaudit.render.report import safe_filename, summary_table
from timeaudit.render.team import TeamView, team_view
from timeaudit.render.view import PersonView, person_view
from timeaudit.store.frames import display_titles
from timeaudit.store.sqlite import Store
from timeaudit.sync.pull import Progress, quiet
from timeaudit.words import plural

if TYPE_CHECKING:
    import pandas as pd

    from timeaudit.audit.evaluation import LabelledSet, MonthScore, SetEvaluation


@dataclass
class AuditOutput:
    result: AuditResult
    views: list[PersonView]
    files: list[Path] = field(default_factory=list)
    index: Path | None = None  # the page linking every person's reports, when written

    @property
    def table(self) -> str:
        return summary_table(self.views)


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
            (progress or quiet)(
                f"skipped {plural(skipped, 'opted-out person', 'opted-out people')}"
            )
        result = _run(selection, store, config, people, period, sync, progress, trend_months=months)
        detail = {"period": period.label, "people": [p.email for p in people], "opted_out": skipped}
        store.record_run("audit", detail)
        notes = store.notes_of([p.email for p in people])
    return write_reports(result, out_dir, options, today, notes=notes, questions=config.questions)


def write_reports(
    result: AuditResult,
    out_dir: Path,
    options: ReportOptions | None = None,
    today: date | None = None,
    *,
    notes: Mapping[str, Mapping[str, str]] | None = None,
    questions: QuestionBank | None = None,
) -> AuditOutput:
    """One file per person and format in ``out_dir``; names built from people's names are
    sanitised. ``notes`` are each person's notes by month (email -> month -> text);
    ``questions`` the config's question bank (default: the built-in one)."""
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
            questions=questions,
        )
        for p in result.people
    ]
    output = AuditOutput(result, views)
    out_dir.mkdir(parents=True, exist_ok=True)
    stems: set[str] = set()
    written: list[list[Path]] = []
    for person, view in zip(result.people, views, strict=True):
        stem = unique_stem(person, result.period.label, stems)
        written.append([out_dir / f"{stem}.{fmt}" for fmt in options.formats])
        for fmt, path in zip(options.formats, written[-1], strict=True):
            write_text(path, REPORT.render(fmt, view))
            output.files.append(path)
    index = out_dir / INDEX_FILE
    write_text(index, render_index(index_rows(views, written), result.period.label))
    output.index = index
    return output


def unique_stem(person: Person, period: str, used: set[str]) -> str:
    """A safe file name for the person's reports; two people whose names clean up to the
    same string get their addresses added, so no report overwrites another."""
    stem = f"{safe_filename(person.name or person.email)}-{safe_filename(period)}"
    if stem.lower() in used:
        stem = f"{safe_filename(person.name)}-{safe_filename(person.email)}-{safe_filename(period)}"
    used.add(stem.lower())
    return stem


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
    notes: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # email -> month -> note


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
    return write_bundles(
        result,
        out_dir,
        notes=notes,
        zip=zip,
        redact=redact,
        today=today,
        skipped=skipped,
        questions=config.questions,
    )


def write_bundles(
    result: AuditResult,
    out_dir: Path,
    *,
    notes: Mapping[str, Mapping[str, str]],
    zip: bool = False,
    redact: bool = False,
    today: date | None = None,
    skipped: int = 0,
    questions: QuestionBank | None = None,
) -> BundleOutput:
    """Every person's packet from one audit ``result``: writing folders, zips and redacted
    copies of the same period needs the pipeline only once."""
    output = BundleOutput(result, [], skipped=skipped, notes=notes)
    stems: set[str] = set()
    for person in result.people:
        view = person_view(
            result,
            person,
            redact=redact,
            today=today,
            notes=notes.get(person.email),
            questions=questions,
        )
        packet = bundle_mod.packet(view, unique_stem(person, result.period.label, stems))
        output.views.append(view)
        output.files.append(bundle_mod.write(packet, out_dir, as_zip=zip))
    return output


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
    groupings: Sequence[str] = GROUPINGS,
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
        streamed = stream_assessment(
            store,
            config,
            people,
            period,
            do_sync=sync,
            progress=progress or quiet,
            cache_dir=selection.cache_dir,
            data_dir=selection.paths.data_dir,
        )
        store.record_run("cohort", {"period": period.label, "by": list(groupings)})
    min_group = config.settings.min_group_size
    return write_cohort(streamed.assessment, people, period, groupings, min_group, out_dir, formats)


def write_cohort(
    assessment: pd.DataFrame,
    people: Sequence[Person],
    period: Period,
    groupings: Sequence[str],
    min_group: int,
    out_dir: Path,
    formats: Sequence[str],
) -> CohortOutput:
    """The cohort files of ``people``'s figures (one row each) in ``out_dir``, named and
    rendered as ``timeaudit cohort`` writes them; none, and the line saying why, for a
    cohort under ``min_group``."""
    if len(assessment) < min_group:
        return CohortOutput(message=cohort_mod.too_small_message(min_group))
    tables = cohort_mod.cohort_tables(assessment, people, groupings, min_group)
    out_dir.mkdir(parents=True, exist_ok=True)
    output = CohortOutput()
    stem = f"cohort-{safe_filename(period.label)}"
    for by, table in tables.items():
        part = CohortTable(table, by, period.label, min_group)
        for fmt in (f for f in formats if f != COHORT_PAGE):
            path = out_dir / f"{stem}-{by}.{fmt}"
            write_text(path, COHORT_TABLE.render(fmt, part))
            output.files.append(path)
    if COHORT_PAGE in formats:
        page = cohort_render.cohort_page(tables, period.label, min_group, verdict_bar_svg)
        path = out_dir / f"{stem}.html"
        write_text(path, cohort_render.render_html(page, VERDICT_COLOURS))
        output.files.append(path)
    return output


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
    return events_text(result, fmt)


def events_text(result: AuditResult, fmt: str) -> str:
    """Every occurrence of ``result``'s period with its tag, in ``fmt``."""
    table = events_table(result.events, {p.email: p.tz for p in result.people})
    return EVENTS.render(fmt, table)


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
        progress=progress or quiet,
        cache_dir=selection.cache_dir,
        data_dir=selection.paths.data_dir,
    )


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
        stem = unique_stem(person, f"months-{span.label}", stems)
        for fmt in options.formats:
            path = out_dir / f"{stem}.{fmt}"
            write_text(path, COACH.render(fmt, view))
            output.files.append(path)
    return output


@dataclass
class TeamOutput:
    result: AuditResult
    views: list[TeamView]
    files: list[Path] = field(default_factory=list)


def team(
    selection: Selection,
    period: Period,
    out_dir: Path,
    *,
    formats: Sequence[str] = TEAM.names,
    sync: bool = True,
    progress: Progress | None = None,
    today: date | None = None,
) -> TeamOutput:
    """The dashboard of each team the selection names (``--team``): one pipeline run over
    their members, one page per team and format in ``out_dir``. Members are named only with
    their consent (``share_named``); see :mod:`timeaudit.render.team`."""
    if not selection.teams or selection.people or selection.ics is not None:
        raise UsageError("team needs --team NAME (repeatable) and no --person or --ics")
    today = today or date.today()
    with opened(selection) as (config, store, people):
        months = trend_months_for(period, None)
        result = _run(selection, store, config, people, period, sync, progress, months)
        detail: dict[str, object] = {"period": period.label, "teams": list(selection.teams)}
        store.record_run("team", detail)
    reports = {p.email: person_view(result, p, redact=True, today=today) for p in result.people}
    output = TeamOutput(result, [])
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in selection.teams:
        members = [p for p in result.people if p.team == name]
        view = team_view(
            name,
            period.label,
            [(reports[p.email], p.share_named) for p in members],
            generated=today.isoformat(),
            min_group=config.settings.min_group_size,
            also_named=[p.email for p in config.people if p.share_named],
        )
        output.views.append(view)
        stem = f"team-{safe_filename(name)}-{safe_filename(period.label)}"
        for fmt in formats:
            path = out_dir / f"{stem}.{fmt}"
            write_text(path, TEAM.render(fmt, view))
            output.files.append(path)
    return output


def review(
    selection: Selection,
    period: Period,
    decide: Callable[[ReviewItem], Decision],
    *,
    sync: bool = True,
    progress: Progress | None = None,
    tell: Callable[[str], None] | None = None,
) -> ReviewSummary:
    """Walk the period's open tags, the ones that could move a split most first
    (:mod:`timeaudit.classify.review`); ``decide`` answers, and after each correction the
    classifier is rebuilt, every tag redone and the rest ranked again; ``tell`` hears what
    the answer changed in other series."""
    needs_home(selection, "corrections")
    with opened(selection) as (config, store, people):
        result = _run(selection, store, config, people, period, sync, progress)
        cache = selection.cache_dir or model_cache()
        kept = _cached_models(cache)

        def retag(events: pd.DataFrame) -> pd.DataFrame:
            return tag(events, classifier_for(store, config, people, cache, progress or quiet))

        queue = Queue(result.events, retag, {p.email: p.tz for p in people})
        summary = walk(store, queue, decide, tell or (lambda line: None))
        if summary.labelled:
            final = classifier_for(store, config, people, cache, progress or quiet)
            models = [*final.models.values(), *(t.base for t in final.taught.values())]
            in_use = {f"model-{m.key}.pkl" for m in models if m is not None}
            for path in _cached_models(cache) - kept - in_use:
                (cache / path).unlink(missing_ok=True)  # a model of a step of the walk
        return summary


def _cached_models(cache: Path) -> set[str]:
    return {p.name for p in cache.glob("model-*.pkl")} if cache.is_dir() else set()


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
            progress or quiet,
        )
        own = contexts[person.email]
        frame = described_events(labels, person.email, own.work_start, own.work_end)
        return score(frame.join(tag(frame, classifier)).assign(label=labels["label"].to_numpy()))


def evaluate_set(
    root: Path, cache_dir: Path | None = None, progress: Progress | None = None
) -> SetEvaluation:
    """Score the whole audit on a labelled set of calendars (:mod:`timeaudit.audit.
    evaluation`): macro-F1, calibration, and per person and month the split error and
    whether the verdict agrees (:func:`labelled_months`)."""
    from timeaudit.audit.evaluation import SetEvaluation, read_set, reliability

    labelled = read_set(root)
    tagged, months = labelled_months(labelled, cache_dir, progress)
    right = tagged["category"].astype(str) == tagged["label"].astype(str)
    return SetEvaluation(
        labelled.name, score(tagged), reliability(tagged["confidence"], right), months
    )


def labelled_months(
    labelled: LabelledSet, cache_dir: Path | None = None, progress: Progress | None = None
) -> tuple[pd.DataFrame, list[MonthScore]]:
    """A labelled set's counted occurrences with the tool's tags beside the true ``label``,
    and each person's :class:`~timeaudit.audit.evaluation.MonthScore`. The set's config's
    sources are synced into a store of their own that is thrown away afterwards (no
    corrections: what a new user would see)."""
    import tempfile

    import pandas as pd

    from timeaudit.audit.evaluation import CONFIG_FILE, month_scores
    from timeaudit.audit.pipeline import classify, load, start_run
    from timeaudit.config.load import load_config

    root = labelled.root
    config = load_config(root / CONFIG_FILE)
    known = {p.email.lower(): p for p in config.people}
    missing = [p.email for p in labelled.persons if p.email not in known]
    if missing:
        raise UsageError(f"{root / CONFIG_FILE}: no [[people]] entry for {', '.join(missing)}")
    labels = {p.email: read_labels(p.labels) for p in labelled.persons}
    slugs = {p.email: p.slug for p in labelled.persons}
    scored, months = [], []
    with (
        tempfile.TemporaryDirectory(prefix="timeaudit-eval-") as tmp,
        Store(Path(tmp) / "store.sqlite") as store,
    ):
        for month in labelled.months:
            people = [known[p.email] for p in labelled.persons if month in p.months]
            period = Period.month(month)
            run = start_run(store, config, people, period, True, progress or quiet, cache_dir, None)
            failed = [o.error for o in run.outcomes if o.error]
            if failed:
                raise UsageError(f"{root}: {failed[0]}")
            frame = classify(load(store, config, people, run.start, run.end), run.classifier)
            rows, scores = month_scores(frame, labels, config, people, period, slugs)
            scored.append(rows)
            months += scores
    tagged = pd.concat(scored, ignore_index=True)
    return tagged.assign(title=display_titles(tagged)), months


def demo(out_dir: Path, progress: Progress | None = None, today: date | None = None) -> AuditOutput:
    """The whole audit on the bundled sample calendars of three fictional leaders, in
    ``out_dir`` made a workspace (:func:`~timeaudit.app.session.demo_workspace`): the
    reports and the events list in ``out_dir/reports``, both from one pipeline run."""
    paths = demo_workspace(out_dir)
    reports = out_dir / DEMO_REPORTS
    selection = Selection(paths, home_given=True)
    output = audit(selection, Period.month(DEMO_MONTH), reports, progress=progress, today=today)
    path = reports / f"events-{DEMO_MONTH}.csv"
    write_text(path, events_text(output.result, "csv"))
    output.files.append(path)
    return output
