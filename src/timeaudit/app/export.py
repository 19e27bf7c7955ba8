"""Past one machine (README): the store as Parquet files a Dask cluster reads
(``timeaudit export --parquet``), and the HR cohort computed on Dask from such an export.

The export holds every stored row of everyone audited over the window the cohort reads, in
files of whole people (:mod:`timeaudit.audit.distributed`). The files are as private as the
store (every title, attendee and description): each is readable by its owner only (0600),
in a folder made 0700 when the export creates it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from timeaudit.app.runs import CohortOutput, write_cohort
from timeaudit.app.session import Selection, opened
from timeaudit.audit import distributed
from timeaudit.audit.distributed import MANIFEST, Manifest, NotAnExport, Part
from timeaudit.audit.periods import Period
from timeaudit.audit.pipeline import classifier_for, sync_windows
from timeaudit.audit.stream import CHUNK_ROWS, chunks
from timeaudit.config.types import GROUPINGS, Config, Person
from timeaudit.errors import UsageError
from timeaudit.files import write_atomically
from timeaudit.render.formats import COHORT_FORMATS
from timeaudit.store.sqlite import Store
from timeaudit.sync import pull
from timeaudit.sync.pull import Progress, quiet
from timeaudit.words import plural


@dataclass
class ExportOutput:
    """The Parquet files written, the manifest listing them, and what they hold."""

    manifest: Path
    files: list[Path] = field(default_factory=list)
    people: int = 0
    rows: int = 0

    def line(self) -> str:
        return (
            f"exported {plural(self.people, 'person', 'people')}, "
            f"{plural(self.rows, 'stored occurrence')} in {plural(len(self.files), 'file')}"
        )


def export_parquet(
    selection: Selection,
    period: Period,
    out_dir: Path,
    *,
    sync: bool = True,
    progress: Progress | None = None,
    part_rows: int = CHUNK_ROWS,
) -> ExportOutput:
    """Sync everyone (unless not ``sync``), then write their stored rows over the
    cohort's window for ``period`` into ``out_dir``: one Parquet file per part of about
    ``part_rows`` rows, each holding whole people, and the manifest. Files of an earlier
    export into ``out_dir`` that this one does not write again are removed."""
    distributed.require("the Parquet export", "pyarrow")
    _everyone(selection, "the export")
    with opened(selection) as (config, store, people):
        windows = sync_windows(people, period)
        if sync:
            pull.sync(store, config, people, lambda p: windows[p.email], progress or quiet,
                      selection.paths.data_dir)  # fmt: skip
        output = _write_export(store, people, period, out_dir, part_rows)
        detail = {"period": period.label, "people": output.people, "files": len(output.files)}
        store.record_run("export", detail)
    return output


def _write_export(
    store: Store, people: Sequence[Person], period: Period, out_dir: Path, part_rows: int
) -> ExportOutput:
    start, end = distributed.window(people, period)
    emails = [p.email for p in people]
    earlier = _earlier_files(out_dir)
    out_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    output = ExportOutput(out_dir / MANIFEST, people=len(people))
    parts = []
    for n, chunk in enumerate(chunks(people, store.counts(emails, start, end), part_rows)):
        stored = store.events([p.email for p in chunk], start, end)
        part = Part(f"part-{n:05d}.parquet", tuple(p.email for p in chunk), len(stored))
        write_atomically(out_dir / part.file, distributed.parquet_bytes(stored))
        parts.append(part)
        output.files.append(out_dir / part.file)
        output.rows += part.rows
    manifest = Manifest(period, start, end, tuple(parts), store.contents(emails, start, end))
    write_atomically(output.manifest, manifest.to_json().encode("utf-8"))
    for name in earlier - {p.file for p in parts}:
        (out_dir / name).unlink(missing_ok=True)
    return output


def _earlier_files(folder: Path) -> set[str]:
    """The files an earlier export wrote into ``folder`` (none when it holds no export)."""
    try:
        manifest = distributed.read_manifest(folder)
    except NotAnExport:
        return set()
    return {p.file for p in manifest.parts if Path(p.file).name == p.file}


def _everyone(selection: Selection, what: str) -> None:
    if selection.people or selection.teams:
        option = "--person" if selection.people else "--team"
        raise UsageError(
            f"{option}: {what} always covers everyone in the config, as the cohort does; two "
            "runs over different people could be subtracted to single one out"
        )


# -- the cohort on Dask ------------------------------------------------------------------------
@dataclass(frozen=True)
class DaskFigures:
    """Everyone's figures for the export's period, computed on Dask, with what they are of."""

    config: Config
    people: list[Person]
    period: Period
    assessment: pd.DataFrame  # one row per person, in the order of ``people``


def figures_on_dask(
    selection: Selection,
    export: Path,
    *,
    scheduler: str | None = None,
    progress: Progress | None = None,
) -> DaskFigures:
    """Each person's figures for the period of the export in ``export``, computed on Dask
    (the ``Client`` made last, or ``scheduler``). This process keeps the config and the
    classifier, built from the store's corrections and models as on one machine; no sync."""
    _everyone(selection, "the cohort")
    manifest = distributed.read_manifest(export)
    period = manifest.period
    with opened(selection) as (config, store, people):
        distributed.fits(manifest, export, people, period)
        contents = store.contents([p.email for p in people], manifest.start, manifest.end)
        distributed.unchanged(manifest, contents, export)
        classifier = classifier_for(store, config, people, selection.cache_dir, progress or quiet)
        assessment = distributed.dask_assessment(
            export, config, people, period, classifier, scheduler=scheduler
        )
        store.record_run("figures-on-dask", {"period": period.label, "people": len(people)})
    return DaskFigures(config, people, period, assessment)


def cohort_on_dask(
    selection: Selection,
    export: Path,
    out_dir: Path,
    *,
    groupings: Sequence[str] = GROUPINGS,
    formats: Sequence[str] = ("csv", "md"),
    scheduler: str | None = None,
    progress: Progress | None = None,
) -> CohortOutput:
    """The files of ``timeaudit cohort`` for the export's period, from
    :func:`figures_on_dask`; the cohort tables are made here, as on one machine."""
    unknown = [f for f in formats if f not in COHORT_FORMATS]
    if unknown:
        raise UsageError(f"--format {unknown[0]!r}: use one of {', '.join(COHORT_FORMATS)}")
    made = figures_on_dask(selection, export, scheduler=scheduler, progress=progress)
    min_group = made.config.settings.min_group_size
    return write_cohort(
        made.assessment, made.people, made.period, groupings, min_group, out_dir, formats
    )
