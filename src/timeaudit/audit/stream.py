"""The audit of many people in bounded chunks: memory flat in the number of people, every
core busy, and nothing done twice.

A cohort needs one row of figures per person (:func:`~timeaudit.audit.pipeline.
period_assessment`), never everyone's occurrences at once. So people are cut into chunks of
about :data:`CHUNK_ROWS` stored occurrences, and each chunk goes through one pure step,
:func:`chunk_figures` (stored rows in, figures out), that holds only that chunk. With more
than one core the chunks run in worker processes that read the store on their own
(:meth:`Store.reader`); this process only writes what they send back.

Two caches make a rerun cheap, both in the store and both keyed by everything that decides
what they hold, so a hit is always what a fresh computation would give:

* **figures**, per person and period: the digest of the person's stored rows in the window
  (:meth:`Store.contents`), their settings, role and targets, the machine's version for them
  (rule pack, their model), their corrections and the figures' format. A person whose key
  matches is not read at all.
* **machine tags**, per person, by classifier input (:func:`~timeaudit.classify.classifier.
  input_keys`): a person whose figures must be made again (a new event) has only the rows
  whose inputs are new run through the rules and the model. One blob per person (what their
  rows use now, replaced each time), so the cache never outgrows the store and costs one
  write per person, not one per occurrence.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import os
import pickle
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pandas as pd

from timeaudit.audit.one_on_ones import Org
from timeaudit.audit.periods import Period
from timeaudit.audit.pipeline import (
    period_assessment,
    planning_recognisers,
    prepare,
    start_run,
)
from timeaudit.classify.classifier import (
    TAG_COLUMNS,
    Classifier,
    Known,
    Tagged,
    classify_reusing,
    versions,
)
from timeaudit.config.types import Config, Person
from timeaudit.store.frames import normalise_types
from timeaudit.store.sqlite import Store
from timeaudit.sync.pull import Progress, SourceOutcome, processes_allowed, quiet
from timeaudit.words import plural

#: Stored occurrences per chunk: about 100 MB of frame at its widest, on top of the 250 MB
#: a process holding pandas, scikit-learn and the model takes. A person with more than
#: this is a chunk alone.
CHUNK_ROWS = 25_000
#: A busy leader's month holds about this many occurrences: with at least two chunks' worth
#: of person-months to audit, the helper processes are started before the sync and the
#: classifier (they import pandas and the model meanwhile), not once the chunks are known.
ROWS_PER_PERSON_MONTH = 100
#: Part of every figures key: bump it when what a person's figures mean changes (2: the
#: red 1:1 gap of :func:`~timeaudit.audit.pipeline.one_on_one_gaps`; 3: the planning lens's
#: hours, shares, band and fit, and verdicts that know its trap).
FIGURES_FORMAT = 3


def no_tags(keys: npt.NDArray[np.int64]) -> pd.DataFrame:
    """A tag cache that knows nothing: every row is classified."""
    return pd.DataFrame(columns=list(TAG_COLUMNS))


@dataclass(frozen=True)
class ChunkFigures:
    """What one chunk leaves behind: one row of figures per person, the new tag-cache
    entries, and how many rows were classified and how many tags were reused."""

    assessment: pd.DataFrame
    tags: dict[str, bytes]  # per person: their machine tags, for the cache (:func:`tags_blob`)
    classified: int
    reused: int


def chunk_figures(
    stored: pd.DataFrame,
    config: Config,
    people: Sequence[Person],
    period: Period,
    classifier: Classifier,
    known: Known = no_tags,
) -> ChunkFigures:
    """The figures of ``people`` for ``period`` from their stored rows (as
    :meth:`Store.events` returns them over the window of every person audited, or as read
    back from a Parquet export: types are made canonical first). A pure function of its
    arguments (``known`` only saves work: it never changes the result), so it may run in
    any process or on any machine: :mod:`timeaudit.audit.distributed` runs it on Dask."""
    frame = prepare(normalise_types(stored), config, people)
    tagged: Tagged = classify_reusing(frame, classifier, known)
    assessment = period_assessment(frame.join(tagged.tags), config, people, period)
    cache = tagged.known.assign(owner=frame["owner"].to_numpy())
    blobs = {str(owner): tags_blob(rows) for owner, rows in cache.groupby("owner", sort=False)}
    return ChunkFigures(assessment, blobs, tagged.classified, tagged.reused)


# -- machine tags as bytes, for the cache ------------------------------------------------------
def tags_blob(tags: pd.DataFrame) -> bytes:
    """One person's machine tags (TAG_COLUMNS and ``key``) as a NumPy archive without
    pickles: keys and confidences as arrays, the texts as codes into one table of the
    distinct texts (a weekly series repeats the same reason fifty times)."""
    tags = tags.drop_duplicates("key")
    texts = [c for c in TAG_COLUMNS if c != "confidence"]
    # factorised by hashing, not sorted: a sort of fixed-width texts as long as the longest
    # reason cost a quarter of a chunk's time; only the distinct texts become a str array
    codes, distinct = pd.factorize(tags[texts].to_numpy(dtype=object).ravel())
    table = np.asarray(distinct, dtype=str)
    buffer = io.BytesIO()
    np.savez(
        buffer,
        key=tags["key"].to_numpy(dtype=np.int64),
        confidence=tags["confidence"].to_numpy(dtype=float),
        codes=codes.reshape(len(tags), len(texts)).astype(np.int32),
        table=table,
    )
    return buffer.getvalue()


def tags_frame(blobs: Sequence[bytes]) -> pd.DataFrame:
    """The tags :func:`tags_blob` wrote, indexed by key (each key once)."""
    texts = [c for c in TAG_COLUMNS if c != "confidence"]
    parts = []
    for blob in blobs:
        with np.load(io.BytesIO(blob), allow_pickle=False) as archive:
            words = archive["table"][archive["codes"]]
            part = pd.DataFrame(words, columns=texts).assign(confidence=archive["confidence"])
            parts.append(part.set_index(pd.Index(archive["key"], name="key")))
    if not parts:
        return no_tags(np.empty(0, dtype=np.int64))
    found = pd.concat(parts)[list(TAG_COLUMNS)]
    return found[~found.index.duplicated()]


# -- figures as text, for the cache ------------------------------------------------------------
def figures_texts(assessment: pd.DataFrame) -> dict[str, str]:
    """Each person's figures as JSON text: the columns with their kind (number or text)
    and the row's values; :func:`figures_frame` reads them back exactly (JSON keeps every
    bit of a float)."""
    kinds = [[str(c), "f" if pd.api.types.is_numeric_dtype(t) else "s"]
             for c, t in assessment.dtypes.items()]  # fmt: skip
    texts = {}
    for owner, row in zip(assessment.index, assessment.itertuples(index=False), strict=True):
        values = [None if _missing(v) else (float(v) if k == "f" else str(v))
                  for (_, k), v in zip(kinds, row, strict=True)]  # fmt: skip
        texts[str(owner)] = json.dumps(
            {"name": assessment.columns.name, "columns": kinds, "values": values}
        )
    return texts


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def figures_frame(texts: dict[str, str]) -> pd.DataFrame:
    """The rows :func:`figures_texts` wrote, indexed by owner, with their column types."""
    if not texts:
        return pd.DataFrame()
    rows, columns, name = [], [], None
    for text in texts.values():
        parsed = json.loads(text)
        columns, name = parsed["columns"], parsed["name"]
        rows.append([math.nan if v is None and k == "f" else v
                     for (_, k), v in zip(columns, parsed["values"], strict=True)])  # fmt: skip
    index = pd.Index(list(texts), dtype="str", name="owner")
    frame = pd.DataFrame(rows, columns=pd.Index([c for c, _ in columns], name=name), index=index)
    return frame.astype({c: (float if k == "f" else "str") for c, k in columns})


# -- the run ---------------------------------------------------------------------------------
@dataclass
class StreamStats:
    """What the run did and what it reused, for its one progress line and for tests."""

    people: int = 0
    reused_people: int = 0  # figures taken from the cache
    chunks: int = 0
    classified: int = 0  # rows the rules and the model ran on
    reused_tags: int = 0  # rows whose tag came from the cache
    processes: int = 0  # worker processes used (0: all in this one)

    def line(self) -> str:
        made = self.people - self.reused_people
        return (
            f"audited {plural(self.people, 'person', 'people')}: "
            f"{self.reused_people} unchanged since the last run, {made} recomputed "
            f"({plural(self.classified, 'event')} classified, {self.reused_tags:,} tags reused)"
        )


@dataclass
class Streamed:
    assessment: pd.DataFrame  # one row per person, in the order of ``people``
    outcomes: list[SourceOutcome] = field(default_factory=list)
    stats: StreamStats = field(default_factory=StreamStats)


@dataclass(frozen=True)
class _Plan:
    """What every chunk shares: sent once to each worker process."""

    store_path: Path
    config: Config
    period: Period
    start: pd.Timestamp
    end: pd.Timestamp
    classifier: Classifier
    with_keys: bool = False  # each chunk works out its people's figures keys


#: A chunk's figures, with its people's figures keys when the plan asks for them.
Made = tuple[ChunkFigures, dict[str, str]]


def stream_assessment(
    store: Store,
    config: Config,
    people: Sequence[Person],
    period: Period,
    *,
    do_sync: bool = True,
    progress: Progress = quiet,
    cache_dir: Path | None = None,
    data_dir: Path | None = None,
) -> Streamed:
    """Sync ``people`` (when asked) and make each one's figures for ``period``, reusing
    what is cached and computing the rest chunk by chunk (see the module's docstring)."""
    emails = [p.email for p in people]
    cached = store.figures(emails, period.label)  # a sync leaves them as they are
    with _early_helpers(config, people, period, not cached) as early:
        run = start_run(store, config, people, period, do_sync, progress, cache_dir, data_dir)
        start, end, outcomes, classifier = run.start, run.end, run.outcomes, run.classifier
        counts = store.counts(emails, start, end)
        # Nothing made for this period yet (a first run): every person is made, and each
        # chunk works out its own people's keys, on every core, instead of this process
        # reading everyone's rows for them before any chunk starts.
        keys = _figure_keys(store, config, people, period, classifier, start, end) if cached else {}
        reused = {e: cached[e][1] for e in emails if e in cached and cached[e][0] == keys[e]}
        stats = StreamStats(people=len(people), reused_people=len(reused))
        todo = [p for p in people if p.email not in reused]
        plan = _Plan(store.path, config, period, start, end, classifier, with_keys=not cached)
        parts = [figures_frame(reused)]
        for made, made_keys in _run_chunks(store, plan, chunks(todo, counts), stats, early):
            parts.append(made.assessment)
            texts = figures_texts(made.assessment)
            mine = made_keys or keys
            store.save_figures(period.label, [(o, mine[o], text) for o, text in texts.items()])
            store.save_tags(made.tags)
    progress(stats.line())
    assessment = pd.concat([p for p in parts if len(p)]) if len(people) else pd.DataFrame()
    return Streamed(assessment.reindex(pd.Index(emails, name="owner")), outcomes, stats)


def _figure_keys(
    store: Store,
    config: Config,
    people: Sequence[Person],
    period: Period,
    classifier: Classifier,
    start: pd.Timestamp,
    end: pd.Timestamp,
) -> dict[str, str]:
    """Each person's figures key: everything their figures are a function of."""
    emails = [p.email for p in people]
    contents = store.contents(emails, start, end)
    machine = versions(classifier)
    corrections = classifier.corrections
    by_owner = {str(o): g.to_csv(index=False) for o, g in corrections.groupby("owner")}
    head = f"{FIGURES_FORMAT}|{period!r}|{start.isoformat()}|{end.isoformat()}|{config.settings!r}"
    head += f"|{planning_recognisers(config).rules!r}"  # the planning lens's recognisers
    org = Org(config.people)  # direct reports decide the 1:1 figure, wherever they are named
    keys = {}
    for p in people:
        parts = [head, repr(p), repr(config.profile_for(p)), machine.get(p.email, ""),
                 by_owner.get(p.email, ""), contents.get(p.email, ""),
                 repr(org.reports(p.email))]  # fmt: skip
        keys[p.email] = hashlib.sha256("\x1e".join(parts).encode()).hexdigest()
    return keys


def chunks(
    people: Sequence[Person], counts: dict[str, int], limit: int | None = None
) -> list[list[Person]]:
    """``people`` in order, cut where a chunk would pass ``limit`` (:data:`CHUNK_ROWS`)
    stored occurrences (``counts``: per person); a person with more is a chunk alone. The
    Parquet export cuts its files alike."""
    limit = CHUNK_ROWS if limit is None else limit
    chunks: list[list[Person]] = []
    rows = 0
    for person in people:
        n = counts.get(person.email, 0)
        if not chunks or (chunks[-1] and rows + n > limit):
            chunks.append([])
            rows = 0
        chunks[-1].append(person)
        rows += n
    return chunks


def _run_chunks(
    store: Store,
    plan: _Plan,
    chunks: list[list[Person]],
    stats: StreamStats,
    early: ProcessPoolExecutor | None = None,
) -> Iterator[Made]:
    """Each chunk's figures as it is done. With several chunks, more than one core and
    processes allowed, this process computes chunks alongside ``workers - 1`` spawned ones
    (one process fewer to hold pandas, the model and a chunk: on two cores, one helper),
    those started early (``early``) or else started now; else it computes them all, one
    after another."""
    stats.chunks = len(chunks)
    workers = _processes(plan.config, len(chunks))
    stats.processes = workers
    left = list(chunks)  # not yet handed back, in order
    if workers:
        try:
            with _helpers(workers - 1) if early is None else nullcontext(early) as pool:
                yield from _with_helpers(store, plan, left, pool, workers - 1, stats)
        except BrokenProcessPool:  # a helper died (killed, out of memory): finish here
            stats.processes = 0
    for chunk in list(left):
        yield _counted(_chunk(store, plan, chunk), stats)
        left.remove(chunk)


@contextmanager
def _early_helpers(
    config: Config, people: Sequence[Person], period: Period, first: bool
) -> Iterator[ProcessPoolExecutor | None]:
    """Helper processes started now, for a ``first`` run (nothing made for the period yet)
    big enough to need them (:data:`ROWS_PER_PERSON_MONTH`): they start and import while
    this process syncs and builds the classifier. None otherwise (helpers, if any chunk
    needs them, start once the chunks are known)."""
    rows = len(people) * len(period.months) * ROWS_PER_PERSON_MONTH
    workers = _processes(config, math.ceil(rows / CHUNK_ROWS))
    if not first or not workers or rows < 2 * CHUNK_ROWS:
        yield None
        return
    with _helpers(workers - 1) as pool:
        yield pool


@contextmanager
def _helpers(count: int) -> Iterator[ProcessPoolExecutor]:
    """``count`` spawned helper processes, started at once (each imports what a chunk
    needs); shut down on the way out, chunks not yet started dropped."""
    pool = ProcessPoolExecutor(count, get_context("spawn"))
    try:
        for _ in range(count):
            pool.submit(_warm)
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _with_helpers(
    store: Store,
    plan: _Plan,
    left: list[list[Person]],
    pool: ProcessPoolExecutor,
    helpers: int,
    stats: StreamStats,
) -> Iterator[Made]:
    """The chunks in ``left``, shared between this process and the ``helpers`` of
    ``pool``: each helper is kept two chunks deep (so it never waits for this process to
    finish one), this process takes the rest from the other end. A chunk leaves ``left``
    once its figures are handed back. The plan travels with every chunk, pickled once;
    a helper unpickles it the first time it sees it."""
    blob = pickle.dumps(plan, protocol=pickle.HIGHEST_PROTOCOL)
    queue = deque(left)
    pending: dict[Future[Made], list[Person]] = {}

    def top_up() -> None:
        while queue and len(pending) < 2 * helpers:
            chunk = queue.popleft()
            pending[pool.submit(_chunk_in_worker, blob, chunk)] = chunk

    top_up()
    while pending or queue:
        for future in [f for f in pending if f.done()]:
            chunk = pending.pop(future)
            made = future.result()
            left.remove(chunk)
            top_up()
            yield _counted(made, stats)
        if queue:
            chunk = queue.pop()
            made = _chunk(store, plan, chunk)
            left.remove(chunk)
            yield _counted(made, stats)
        elif pending:
            wait(pending, return_when=FIRST_COMPLETED)
        top_up()


def _counted(made: Made, stats: StreamStats) -> Made:
    stats.classified += made[0].classified
    stats.reused_tags += made[0].reused
    return made


def _processes(config: Config, chunks: int) -> int:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    workers = min(config.settings.workers, cores or 1, chunks)
    return workers if processes_allowed() and workers >= 2 else 0


def _chunk(store: Store, plan: _Plan, people: Sequence[Person]) -> Made:
    stored = store.events([p.email for p in people], plan.start, plan.end)
    known = _known(store, [p.email for p in people])
    made = chunk_figures(stored, plan.config, people, plan.period, plan.classifier, known)
    if not plan.with_keys:
        return made, {}
    c = plan.classifier
    return made, _figure_keys(store, plan.config, people, plan.period, c, plan.start, plan.end)


def _known(store: Store, owners: Sequence[str]) -> Known:
    """The tags cached for ``owners``, read when the chunk first asks."""

    def known(keys: npt.NDArray[np.int64]) -> pd.DataFrame:
        return tags_frame(list(store.tags(owners).values()))

    return known


#: In a helper process: the plan it was last sent (by the digest of its pickle) and the
#: store it reads.
_WORKER: dict[bytes, tuple[_Plan, Store]] = {}


def _warm() -> None:
    """Nothing: the first task a helper runs, so that it starts (and imports this module,
    pandas and the classifier's libraries) before there is a chunk to give it."""


def _chunk_in_worker(blob: bytes, people: list[Person]) -> Made:
    digest = hashlib.sha256(blob).digest()
    if digest not in _WORKER:
        for _, old in _WORKER.values():
            old.close()
        _WORKER.clear()
        plan: _Plan = pickle.loads(blob)  # sent by the process that spawned this one
        _WORKER[digest] = (plan, Store.reader(plan.store_path))
    plan, store = _WORKER[digest]
    return _chunk(store, plan, people)
