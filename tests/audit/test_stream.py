"""The cohort streamed chunk by chunk (:mod:`timeaudit.audit.stream`): the same files as the
whole-frame audit, byte for byte; worker processes give the same figures; and a rerun does no
work twice, counted (never timed): nothing changed, nothing is classified; one new event,
one row is; a new correction, only the corrected person's rows are."""

from __future__ import annotations

import dataclasses
import os
import shutil
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from benchmarks.bench_org import organisation, write_home

from timeaudit.app import runs
from timeaudit.app.session import Selection
from timeaudit.audit import stream
from timeaudit.audit.assess import PLANNING_SHARE
from timeaudit.audit.periods import Period
from timeaudit.audit.pipeline import run_audit, sync_windows, union
from timeaudit.audit.stream import (
    ChunkFigures,
    Streamed,
    figures_frame,
    figures_texts,
    stream_assessment,
    tags_blob,
    tags_frame,
)
from timeaudit.classify.classifier import TAG_COLUMNS
from timeaudit.config.load import load_config
from timeaudit.config.paths import Paths
from timeaudit.config.types import Config, Person
from timeaudit.store.sqlite import Store
from timeaudit.sync.pull import allow_processes

LEADERS = 12
PERIOD = Period.between(date(2026, 3, 1), date(2026, 4, 30))
FORMATS = ("csv", "json", "md", "html")
LEADER_3 = "leader3@corp.example"


@dataclass(frozen=True)
class Org:
    home: Path
    config: Config

    @property
    def selection(self) -> Selection:
        return Selection(Paths(self.home / "config.toml", self.home), home_given=True)

    def store(self) -> Store:
        return Store(self.home / "timeaudit.sqlite")

    def streamed(self, *, do_sync: bool = False) -> Streamed:
        with self.store() as store:
            return stream_assessment(
                store,
                self.config,
                self.config.people,
                PERIOD,
                do_sync=do_sync,
                cache_dir=self.home / "models",
            )


@pytest.fixture(scope="module")
def org(tmp_path_factory: pytest.TempPathFactory, seed_model_file: Path) -> Org:
    """Twelve generated leaders (the organisation benchmark's calendars), synced once."""
    home = tmp_path_factory.mktemp("org")
    write_home(home, organisation(LEADERS), workers=2)
    (home / "models").mkdir()
    shutil.copy(seed_model_file, home / "models")
    config = load_config(home / "config.toml")
    with Store(home / "timeaudit.sqlite") as store:
        stream_assessment(store, config, config.people, PERIOD, cache_dir=home / "models")
    return Org(home, config)


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks of about two people, so every run here has several."""
    monkeypatch.setattr(stream, "CHUNK_ROWS", 300)


def whole_frame(org: Org) -> Streamed:
    """The figures as the audit made them before streaming: every person in one frame."""
    with org.store() as store:
        result = run_audit(
            store, org.config, org.config.people, PERIOD, do_sync=False,
            trend_months=1, cache_dir=org.home / "models",
        )  # fmt: skip
    return Streamed(result.assessment)


def cohort_files(org: Org, out: Path) -> dict[str, bytes]:
    output = runs.cohort(org.selection, PERIOD, out, formats=FORMATS, sync=False)
    assert output.message is None
    return {path.name: path.read_bytes() for path in output.files}


def fresh(org: Org) -> None:
    """Forget both caches, so the next run computes everything."""
    with org.store() as store, store.transaction() as db:
        db.execute("DELETE FROM figures")
        db.execute("DELETE FROM tags")


def test_streamed_cohort_files_equal_the_whole_frame_files_byte_for_byte(
    org: Org, small_chunks: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh(org)
    streamed = cohort_files(org, tmp_path / "streamed")
    expected_figures = whole_frame(org)
    monkeypatch.setattr(runs, "stream_assessment", lambda *a, **k: expected_figures)
    expected = cohort_files(org, tmp_path / "whole")
    assert sorted(streamed) == sorted(expected)
    assert len(streamed) == 3 * 3 + 1  # three groupings in csv, json and md; one page
    for name, content in expected.items():
        assert streamed[name] == content, name


def test_the_chunks_are_bounded_and_the_figures_exact(org: Org, small_chunks: None) -> None:
    fresh(org)
    streamed = org.streamed()
    assert streamed.stats.chunks >= LEADERS // 3  # about two people a chunk
    pd.testing.assert_frame_equal(
        streamed.assessment, whole_frame(org).assessment, check_exact=True
    )
    # the planning lens is in every person's figures (a cohort's median planning share)
    assert (streamed.assessment[PLANNING_SHARE] > 0).any()


def test_worker_processes_give_the_same_figures(org: Org, small_chunks: None) -> None:
    fresh(org)
    allow_processes()
    try:
        streamed = org.streamed()
    finally:
        allow_processes(False)
    assert streamed.stats.processes == 2
    pd.testing.assert_frame_equal(
        streamed.assessment, whole_frame(org).assessment, check_exact=True
    )


def test_a_first_run_keys_its_figures_chunk_by_chunk_and_a_rerun_finds_them(
    org: Org, small_chunks: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh(org)  # nothing cached: the keys are made in the chunks, by the helpers too
    upfront: list[int] = []
    keys = stream._figure_keys

    def counted_keys(store: Store, config: Config, people: Sequence[Person], *a: Any) -> Any:
        upfront.append(len(people))
        return keys(store, config, people, *a)

    monkeypatch.setattr(stream, "_figure_keys", counted_keys)
    allow_processes()
    try:
        first = org.streamed()
        again = org.streamed()
    finally:
        allow_processes(False)
    assert (first.stats.processes, first.stats.reused_people) == (2, 0)
    assert (again.stats.reused_people, again.stats.classified) == (LEADERS, 0)
    # the first run keyed chunk by chunk (this process's own), the second everyone at once
    assert all(n < LEADERS for n in upfront[:-1]) and upfront[-1] == LEADERS
    pd.testing.assert_frame_equal(again.assessment, first.assessment, check_exact=True)


def test_a_rerun_with_nothing_changed_classifies_nothing(org: Org) -> None:
    first = org.streamed()
    again = org.streamed()
    assert again.stats.reused_people == LEADERS
    assert (again.stats.classified, again.stats.chunks) == (0, 0)
    pd.testing.assert_frame_equal(again.assessment, first.assessment, check_exact=True)


def test_a_new_event_recomputes_its_person_and_classifies_only_that_event(org: Org) -> None:
    org.streamed()
    ics = org.home / "cal" / "leader3.ics"
    original = ics.read_text(encoding="utf-8")
    event = "\r\n".join([
        "BEGIN:VEVENT", "UID:new-board-prep@corp.example", "DTSTAMP:20260101T000000Z",
        "SUMMARY:Board pre-read: three-year plan", "DTSTART:20260318T140000Z",
        "DTEND:20260318T160000Z", "END:VEVENT", "END:VCALENDAR",
    ])  # fmt: skip
    try:
        ics.write_text(original.replace("END:VCALENDAR", event), encoding="utf-8")
        changed = org.streamed(do_sync=True)
        with org.store() as store:
            rows = store.counts([LEADER_3], *union(sync_windows(org.config.people, PERIOD)))
    finally:
        ics.write_text(original, encoding="utf-8")
    assert changed.stats.reused_people == LEADERS - 1
    assert changed.stats.classified == 1  # the rest of their rows: tags from the cache
    assert changed.stats.reused_tags == rows[LEADER_3] - 1 > 100
    pd.testing.assert_frame_equal(changed.assessment, whole_frame(org).assessment, check_exact=True)
    org.streamed(do_sync=True)  # back as it was, for the other tests


@pytest.mark.parametrize("pool", [False, True])
def test_a_correction_reclassifies_the_rows_of_everyone_whose_model_learns_it(
    org: Org, pool: bool
) -> None:
    """Unpooled, only the corrected person's model learns it; pooled (the default),
    everyone's model in the workspace does, so everyone's rows are tagged again."""
    settings = dataclasses.replace(org.config.settings, pool_corrections=pool)
    org = Org(org.home, dataclasses.replace(org.config, settings=settings))
    org.streamed()
    person = org.config.people[5].email
    learners = [p.email for p in org.config.people] if pool else [person]
    with org.store() as store:
        rows = store.events([person], *PERIOD.bounds("UTC"))
        one = rows.iloc[0]
        store.correct(person, one["source"], one["uid"], "", "strategy")
        window = store.counts(learners, *union(sync_windows(org.config.people, PERIOD)))
    try:
        corrected = org.streamed()
    finally:
        with org.store() as store, store.transaction() as db:
            db.execute("DELETE FROM corrections")
    assert corrected.stats.reused_people == LEADERS - len(learners)
    # their model learned from the correction: each of their rows has new inputs
    assert corrected.stats.classified == sum(window.values())
    expected = whole_frame(org)  # corrections removed: the figures are as before
    assert not corrected.assessment.loc[[person]].equals(expected.assessment.loc[[person]])


def test_figures_survive_the_cache_exactly() -> None:
    frame = pd.DataFrame(
        {
            "strategy": [1.0 / 3, np.nan],
            "fit:strategy": ["green", "no data"],
            "verdict": ["fits", pd.NA],
        },
        index=pd.Index(["a@x", "b@x"], name="owner", dtype="str"),
    ).astype({"fit:strategy": "str", "verdict": "str"})
    frame.columns.name = "category"
    again = figures_frame(figures_texts(frame))
    pd.testing.assert_frame_equal(again, frame, check_exact=True)


def test_machine_tags_survive_the_cache_exactly() -> None:
    tags = pd.DataFrame(
        {"category": ["execution", "strategy", "execution"], "confidence": [0.5, 1 / 3, 0.5],
         "rule_id": ["", "r1", ""], "reason": ["model: agenda", "rule r1: why", "model: agenda"],
         "decided_by": ["model", "rule", "model"], "key": [-7, 2**62, -7]},
    )  # fmt: skip
    again = tags_frame([tags_blob(tags)])
    expected = tags.drop_duplicates("key").set_index("key")[list(TAG_COLUMNS)]
    pd.testing.assert_frame_equal(again, expected, check_exact=True, check_dtype=False)
    assert again["confidence"].dtype == float


def test_each_persons_tags_are_replaced_not_grown(org: Org) -> None:
    fresh(org)
    org.streamed()
    with org.store() as store:
        before = {o: len(tags_frame([b])) for o, b in store.tags([LEADER_3]).items()}
        rows = store.counts([LEADER_3], *union(sync_windows(org.config.people, PERIOD)))
    assert before == {LEADER_3: rows[LEADER_3]}  # one entry per row in use (inputs differ)


@pytest.fixture
def people_order(org: Org) -> Iterator[Config]:
    yield replace(org.config, people=tuple(reversed(org.config.people)))


def test_figures_come_back_in_the_order_of_the_people_asked(org: Org, people_order: Config) -> None:
    org.streamed()
    with org.store() as store:
        streamed = stream_assessment(
            store, people_order, people_order.people, PERIOD, do_sync=False,
            cache_dir=org.home / "models",
        )  # fmt: skip
    assert list(streamed.assessment.index) == [p.email for p in people_order.people]


def _exit_worker(plan: bytes, people: list[Person]) -> ChunkFigures:
    os._exit(3)  # as a worker the kernel kills for memory vanishes, mid-chunk


def test_a_worker_that_dies_leaves_its_chunks_to_this_process(
    org: Org, small_chunks: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh(org)
    monkeypatch.setattr(stream, "_chunk_in_worker", _exit_worker)
    allow_processes()
    try:
        streamed = org.streamed()
    finally:
        allow_processes(False)
    assert streamed.stats.processes == 0  # finished here
    expected = whole_frame(org).assessment
    pd.testing.assert_frame_equal(streamed.assessment, expected, check_exact=True)
