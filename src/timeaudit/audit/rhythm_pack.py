"""Rhythm recognisers as data, and the one interpreter that finds each rhythm's meetings.

The shipped pack is ``classifiers/rhythms.toml`` (its header documents the format);
``[settings] rhythm_pack`` names one to use instead. The user's ``[[rhythms]]``
(:class:`~timeaudit.config.types.RhythmConfig`) are tried first, in config order, then the
pack's recognisers in file order; the first that matches an occurrence claims it.

:func:`match` reads only stored columns (title, description, attendee_emails, organizer,
series_id, ical_uid, uid), so an occurrence is matched alike from every connector. A regex
is searched once per distinct text, not once per occurrence.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pandas as pd

from timeaudit.config.types import CADENCES, RhythmConfig
from timeaudit.errors import ConfigError
from timeaudit.files import read_pack

BUILT_IN, CONFIGURED = "built-in", "config"
ID = re.compile(r"[a-z0-9][a-z0-9-]*")
REQUIRED = ("id", "name", "cadence", "words")
OPTIONAL = ("not_words", "min_attendees", "max_attendees", "recurring", "internal")
Mask = npt.NDArray[np.bool_]


@dataclass(frozen=True)
class Recogniser:
    """One rhythm kind: what it is called, how often it should happen and how its
    meetings are told apart. A user's ``[[rhythms]]`` entry becomes one too (origin
    ``config``, id ``config:<name>``)."""

    id: str
    name: str
    cadence: str
    origin: str = BUILT_IN
    words: str = ""
    not_words: str = ""
    min_attendees: int = 0
    max_attendees: int = 0  # 0: no bound
    recurring: bool = False
    internal: bool = False  # only meetings without an attendee from outside
    attendees: tuple[str, ...] = ()  # all invited (config rhythms)
    series: str = ""  # iCalendar UID or series id (config rhythms)
    people: tuple[str, ...] = ()  # only these owners; empty: everyone (config rhythms)

    def applies_to(self, owner: str) -> bool:
        return not self.people or owner in self.people


@dataclass(frozen=True)
class RhythmPack:
    recognisers: tuple[Recogniser, ...]
    origin: str


# -- loading --------------------------------------------------------------------------


def load_rhythm_pack(path: Path) -> RhythmPack:
    """The pack at ``path``; :class:`ConfigError` names the file and lists every problem."""
    text = read_pack(path, "rhythm pack", "check [settings] rhythm_pack")
    return parse_rhythm_pack(text, str(path))


@functools.cache
def default_rhythm_pack() -> RhythmPack:
    """The pack shipped in the ``timeaudit.classifiers`` package."""
    resource = files("timeaudit.classifiers").joinpath("rhythms.toml")
    return parse_rhythm_pack(
        resource.read_text(encoding="utf-8"), "timeaudit.classifiers/rhythms.toml"
    )


def parse_rhythm_pack(text: str, origin: str) -> RhythmPack:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(origin, [f"invalid TOML: {exc}"]) from None
    problems = [
        f"top-level key {k!r}: unknown; write [[rhythm]] tables" for k in data if k != "rhythm"
    ]
    tables = data.get("rhythm")
    if not isinstance(tables, list) or not tables:
        problems.append("no [[rhythm]] tables; a rhythm pack needs at least one")
        tables = []
    found: list[Recogniser] = []
    ids: set[object] = set()
    for position, table in enumerate(tables, start=1):
        found += _recogniser(table, position, ids, problems)
        ids.add(table.get("id") if isinstance(table, dict) else None)
    if problems:
        raise ConfigError(origin, problems)
    return RhythmPack(tuple(found), origin)


def _recogniser(
    table: object, position: int, ids: set[object], problems: list[str]
) -> list[Recogniser]:
    if not isinstance(table, dict):
        problems.append(f"rhythm #{position}: expected a [[rhythm]] table")
        return []
    rid = table.get("id")
    name = f"rhythm {rid!r}" if isinstance(rid, str) and rid else f"rhythm #{position}"
    before = len(problems)
    for key in sorted(set(table) - {*REQUIRED, *OPTIONAL}):
        known = ", ".join(REQUIRED + OPTIONAL)
        problems.append(f"{name} key {key!r}: unknown (expected one of: {known})")
    for key in REQUIRED:
        if not isinstance(table.get(key), str) or not table[key].strip():
            problems.append(f"{name} key {key!r}: missing or not a string")
    if isinstance(rid, str) and not ID.fullmatch(rid):
        problems.append(f"{name} key 'id': use lower-case letters, digits and '-'")
    if rid in ids:
        problems.append(f"{name} key 'id': used twice; give each rhythm its own id")
    if "cadence" in table and table["cadence"] not in CADENCES:
        problems.append(f"{name} key 'cadence': must be one of {', '.join(CADENCES)}")
    for key in ("words", "not_words"):
        if isinstance(table.get(key), str) and (error := _regex_problem(table[key])):
            problems.append(f"{name} key {key!r}: {error}")
    for key in ("min_attendees", "max_attendees"):
        value = table.get(key, 0)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            problems.append(f"{name} key {key!r}: must be a whole number, 0 or more")
    for key in ("recurring", "internal"):
        if not isinstance(table.get(key, False), bool):
            problems.append(f"{name} key {key!r}: must be true or false")
    if len(problems) > before:
        return []
    return [
        Recogniser(
            str(rid),
            table["name"].strip(),
            table["cadence"],
            BUILT_IN,
            words=table["words"],
            not_words=table.get("not_words", ""),
            min_attendees=table.get("min_attendees", 0),
            max_attendees=table.get("max_attendees", 0),
            recurring=table.get("recurring", False),
            internal=table.get("internal", False),
        )
    ]


def _regex_problem(pattern: str) -> str | None:
    try:
        re.compile(pattern)
    except re.error as exc:
        return f"not a valid regex ({exc})"
    return None


def configured(rhythms: Sequence[RhythmConfig]) -> tuple[Recogniser, ...]:
    """The user's ``[[rhythms]]`` as recognisers (their title is the words to find)."""
    return tuple(
        Recogniser(
            f"config:{r.name}",
            r.name,
            r.cadence,
            CONFIGURED,
            words=r.title,
            attendees=r.attendees,
            series=r.series,
            people=r.people,
        )
        for r in rhythms
    )


# -- matching -------------------------------------------------------------------------


def match(frame: pd.DataFrame, recognisers: Sequence[Recogniser]) -> pd.Series:
    """The id of the recogniser claiming each row of ``frame`` ("" for none): the first, in
    order, whose conditions all hold and that applies to the row's owner. A config rhythm
    searches ``words`` in the title only; a built-in one in the title and description."""
    claimed = pd.Series("", index=frame.index, dtype=object)
    if frame.empty:
        return claimed
    free = np.ones(len(frame), dtype=bool)
    title = frame["title"].astype(str)
    both = title + "\n" + frame["description"].astype(str)
    people = _People(frame)
    for r in recognisers:
        hit = free & _conditions(frame, r, title if r.origin == CONFIGURED else both, people)
        claimed[hit] = r.id
        free &= ~hit
    return claimed


def _conditions(frame: pd.DataFrame, r: Recogniser, text: pd.Series, people: _People) -> Mask:
    hit = np.ones(len(frame), dtype=bool)
    if r.people:
        hit &= frame["owner"].isin(r.people).to_numpy()
    if r.words:
        hit &= _search(text, r.words)
    if r.not_words:
        hit &= ~_search(text, r.not_words)
    if r.recurring:
        hit &= (frame["series_id"].astype(str) != "").to_numpy()
    if r.min_attendees:
        hit &= people.count >= r.min_attendees
    if r.max_attendees:
        hit &= people.count <= r.max_attendees
    if r.attendees:
        hit &= people.include(r.attendees)
    if r.internal:
        hit &= ~people.external
    if r.series:
        key = r.series.lower()
        ids = (frame[c].astype(str).str.lower() == key for c in ("ical_uid", "series_id", "uid"))
        hit &= np.logical_or.reduce([i.to_numpy() for i in ids])
    return hit


def _search(text: pd.Series, pattern: str) -> Mask:
    """Whether ``pattern`` is found in each text, searching each distinct text once."""
    compiled = re.compile(pattern, re.IGNORECASE)
    found: Mapping[str, bool] = {t: bool(compiled.search(t)) for t in pd.unique(text)}
    return text.map(found).to_numpy(dtype=bool)


class _People:
    """Each row's people: attendees, organiser and owner (rooms are not stored as
    attendees), read once per distinct list and only when a recogniser asks."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self.frame = frame

    @functools.cached_property
    def keys(self) -> pd.Series:
        f = self.frame
        return f["owner"] + " " + f["organizer"] + " " + f["attendee_emails"]

    @functools.cached_property
    def sets(self) -> dict[str, frozenset[str]]:
        return {k: frozenset(k.split()) for k in pd.unique(self.keys)}

    @functools.cached_property
    def count(self) -> npt.NDArray[np.float64]:
        """People per row; the context's ``n_attendees`` where larger (a list address
        counts as 3 there)."""
        sizes = {k: float(len(s)) for k, s in self.sets.items()}
        count = np.asarray(self.keys.map(sizes), dtype=np.float64)
        if "n_attendees" in self.frame:
            listed = np.asarray(self.frame["n_attendees"].fillna(0), dtype=np.float64)
            count = np.asarray(np.maximum(count, listed), dtype=np.float64)
        return count

    @functools.cached_property
    def external(self) -> Mask:
        """Whether someone from outside takes part: the context's ``external`` (the
        owner's domains and ``internal_domains``) where the frame has it, else anyone whose
        domain is not the owner's."""
        if "external" in self.frame:
            return self.frame["external"].fillna(False).to_numpy(dtype=bool)
        outside = {k: len({p.rpartition("@")[2] for p in s}) > 1 for k, s in self.sets.items()}
        return self.keys.map(outside).to_numpy(dtype=bool)

    def include(self, wanted: Sequence[str]) -> Mask:
        """Whether every one of ``wanted`` is among each row's people."""
        need = set(wanted)
        return self.keys.map({k: need <= s for k, s in self.sets.items()}).to_numpy(dtype=bool)
