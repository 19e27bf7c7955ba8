"""The cohort's figures past one machine: the per-chunk step of the audit
(:func:`~timeaudit.audit.stream.chunk_figures`) run on Dask over a Parquet export of the store.

An export is a folder of Parquet files, each holding the stored rows of whole people (cut
like the audit's chunks), and :data:`MANIFEST`, which says the period, the window the rows
were read over (the same window the cohort reads) and who is in which file.
:func:`dask_assessment` makes each file one partition of a ``dask.bag``: a worker reads its
file with pandas and calls ``chunk_figures``; the driver keeps the config, the classifier
(built from the store's corrections) and the cohort tables, and receives one row of figures
per person. Those are the figures a run on one machine makes, bit for bit.

pyarrow (Parquet) and dask are the ``[dask]`` extra: they are imported inside the functions
that need them, never when this module is, and a missing one is a :class:`MissingExtra`.
"""

from __future__ import annotations

import importlib.util
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pandas as pd

from timeaudit.audit.periods import Period
from timeaudit.audit.pipeline import sync_windows, union
from timeaudit.audit.stream import chunk_figures
from timeaudit.classify.classifier import Classifier
from timeaudit.config.types import Config, Person
from timeaudit.errors import UsageError
from timeaudit.words import plural

#: The export's table of contents, beside its Parquet files.
MANIFEST = "manifest.json"
#: Part of every manifest: bump it when what an export holds changes.
EXPORT_FORMAT = 1
EXTRA = "pip install 'timeaudit[dask]'"


class MissingExtra(UsageError):
    """A library of the ``[dask]`` extra is not installed."""


class NotAnExport(UsageError):
    """A folder that holds no export, or one that does not fit the audit asked for."""


def require(what: str, *modules: str) -> None:
    """Raise :class:`MissingExtra` naming the extra to install when any of ``modules`` is not
    installed (looked up, not imported: nothing is loaded)."""
    missing = [m for m in modules if importlib.util.find_spec(m) is None]
    if missing:
        names = " and ".join(missing)
        raise MissingExtra(f"{what} needs {names}, which is not installed: run {EXTRA}")


# -- the export's manifest ---------------------------------------------------------------------
@dataclass(frozen=True)
class Part:
    """One Parquet file of an export: its name in the folder, the people whose rows it
    holds (all of their rows), and how many rows."""

    file: str
    people: tuple[str, ...]
    rows: int


@dataclass(frozen=True)
class Manifest:
    period: Period
    start: pd.Timestamp  # the window every part's rows were read over
    end: pd.Timestamp
    parts: tuple[Part, ...]
    #: Per person with rows, the digest of them (:meth:`Store.contents`): the store's rows
    #: are still those exported while the digests match.
    contents: dict[str, str]

    @property
    def people(self) -> list[str]:
        return [e for part in self.parts for e in part.people]

    def to_json(self) -> str:
        last = self.period.end - timedelta(1)
        return json.dumps(
            {
                "format": EXPORT_FORMAT,
                "period": {"label": self.period.label, "first": str(self.period.first),
                           "last": str(last)},
                "window": {"start": self.start.isoformat(), "end": self.end.isoformat()},
                "parts": [{"file": p.file, "rows": p.rows, "people": list(p.people)}
                          for p in self.parts],
                "contents": self.contents,
            },
            indent=2,
        ) + "\n"  # fmt: skip


def read_manifest(folder: Path) -> Manifest:
    """The manifest of the export in ``folder``; :class:`NotAnExport` when there is none,
    or one this version does not read."""
    path = folder / MANIFEST
    redo = f"export again with `timeaudit export --parquet {folder}`"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise NotAnExport(f"{path}: no such file, so {folder} is not an export; {redo}") from None
    except (OSError, ValueError) as exc:
        raise NotAnExport(f"{path}: cannot read it ({exc}); {redo}") from None
    try:
        return _manifest(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise NotAnExport(f"{path}: not a manifest this version reads ({exc!r}); {redo}") from None


def _manifest(data: Any) -> Manifest:
    if data["format"] != EXPORT_FORMAT:
        raise ValueError(f"format {data['format']}, expected {EXPORT_FORMAT}")
    period, window, parts = data["period"], data["window"], data["parts"]
    last = date.fromisoformat(period["last"])
    return Manifest(
        Period(str(period["label"]), date.fromisoformat(period["first"]), last + timedelta(1)),
        pd.Timestamp(window["start"]),
        pd.Timestamp(window["end"]),
        tuple(Part(str(p["file"]), tuple(p["people"]), int(p["rows"])) for p in parts),
        {str(k): str(v) for k, v in data["contents"].items()},
    )


# -- what the export holds ---------------------------------------------------------------------
def window(people: Sequence[Person], period: Period) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The span of stored rows the cohort reads for ``people`` over ``period``: the union of
    their windows, as :func:`~timeaudit.audit.stream.stream_assessment` reads it."""
    return union(sync_windows(people, period))


def parquet_bytes(stored: pd.DataFrame) -> bytes:
    """``stored`` rows (as :meth:`Store.events` returns them) as one Parquet file."""
    require("the Parquet export", "pyarrow")
    buffer = io.BytesIO()
    stored.to_parquet(buffer, engine="pyarrow", index=False, compression="zstd")
    return buffer.getvalue()


def read_part(path: Path | str) -> pd.DataFrame:
    """The stored rows of one Parquet file of an export, types as they were written
    (:func:`chunk_figures` makes them canonical)."""
    return pd.read_parquet(path, engine="pyarrow")


# -- the run on Dask ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Shared:
    """What every part needs besides its file: sent to each worker once."""

    config: Config
    people: dict[str, Person]
    period: Period
    classifier: Classifier


def part_figures(job: tuple[str, tuple[str, ...]], shared: Shared) -> pd.DataFrame:
    """On a worker: the figures of the people of one file (``job``: its path and their
    emails), one row each."""
    path, emails = job
    people = [shared.people[e] for e in emails]
    made = chunk_figures(read_part(path), shared.config, people, shared.period, shared.classifier)
    return made.assessment


def dask_assessment(
    folder: Path,
    config: Config,
    people: Sequence[Person],
    period: Period,
    classifier: Classifier,
    *,
    scheduler: str | None = None,
) -> pd.DataFrame:
    """One row of figures per person of ``people`` for ``period``, in their order, computed
    on Dask from the export in ``folder``: one ``dask.bag`` partition per file. Exactly the
    assessment of :func:`~timeaudit.audit.stream.stream_assessment`. ``scheduler`` as
    ``compute`` takes it (None: Dask's default, or the ``Client`` made last)."""
    require("the cohort on Dask", "dask", "pyarrow")
    import dask.bag
    from dask.delayed import delayed

    manifest = read_manifest(folder)
    fits(manifest, folder, people, period)
    emails = [p.email for p in people]
    if not manifest.parts:
        return pd.DataFrame().reindex(pd.Index(emails, name="owner"))
    jobs = [(str(folder / part.file), part.people) for part in manifest.parts]
    # one key in the graph: each worker fetches the classifier once, not once per file
    shared = delayed(Shared(config, {p.email: p for p in people}, period, classifier),
                     traverse=False)  # fmt: skip
    bag = dask.bag.from_sequence(jobs, npartitions=len(jobs))  # type: ignore[no-untyped-call]
    bag = bag.map(part_figures, shared)
    parts: list[pd.DataFrame] = bag.compute(scheduler=scheduler)
    return pd.concat([p for p in parts if len(p)]).reindex(pd.Index(emails, name="owner"))


def fits(manifest: Manifest, folder: Path, people: Sequence[Person], period: Period) -> None:
    """:class:`NotAnExport` unless the export in ``folder`` holds exactly what the audit
    of ``people`` over ``period`` reads: that period, that window, those people."""
    redo = f"export again with `timeaudit export --parquet {folder}`"
    if manifest.period != period:
        raise NotAnExport(f"{folder}: the export is of {manifest.period.label}, not "
                          f"{period.label}; {redo} and that period")  # fmt: skip
    exported, audited = manifest.people, [p.email for p in people]
    if sorted(exported) != sorted(audited):
        odd = (sorted(set(exported) ^ set(audited)) or sorted(exported))[0]
        raise NotAnExport(f"{folder}: the export and the config differ in who is audited "
                          f"(e.g. {odd}); {redo}")  # fmt: skip
    if (manifest.start, manifest.end) != window(people, period):
        raise NotAnExport(f"{folder}: the people's time zones changed since the export; {redo}")


def unchanged(manifest: Manifest, contents: dict[str, str], folder: Path) -> None:
    """:class:`NotAnExport` unless the store still holds the rows exported: ``contents`` is
    :meth:`Store.contents` of the exported people over the export's window now."""
    changed = sorted(e for e in manifest.people if contents.get(e) != manifest.contents.get(e))
    if changed:
        raise NotAnExport(
            f"{folder}: the store changed since the export (new or changed events of "
            f"{plural(len(changed), 'person', 'people')}, e.g. {changed[0]}); export again "
            f"with `timeaudit export --parquet {folder}`"
        )
