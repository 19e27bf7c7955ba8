"""Rule packs: classification rules as data (TOML) and the one interpreter that applies them.

A pack is a list of ``[[rule]]`` tables; the format is documented in the header of
``classifiers/default.toml``. The first rule (in file order) whose conditions all hold
decides an event's category, and the result records which rule fired and why.

:func:`apply_rules` is vectorised: numeric bounds become boolean columns over all rows, the
rows are deduplicated on exactly what the pack reads (a recurring series is one row), each
rule is a boolean mask over the unique rows not yet claimed by an earlier rule, and the
result is mapped back to every row. A regex is searched once per distinct column value, and
on large frames only in the values holding one of the literal words every match needs
(:class:`LiteralIndex`, derived from the parsed regex): the others cannot match.
"""

from __future__ import annotations

import difflib
import functools
import math
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Literal

import numpy as np
import numpy.typing as npt
import pandas as pd

from timeaudit.categories import LABELS, UNCLASSIFIED
from timeaudit.classify.context import distinct_rows
from timeaudit.classify.literals import LiteralIndex, required_literals
from timeaudit.errors import ConfigError
from timeaudit.files import read_pack
from timeaudit.model import Busy, Kind

Op = Literal["regex", "not_regex", "min", "max", "is", "in"]
Value = str | float | bool | tuple[str, ...]
BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.intp]

NO_MATCH_REASON = "no rule matched"
#: Distinct values a text column needs before its regexes are prefiltered by literals: on
#: fewer, building the :class:`LiteralIndex` costs more than the searches it saves.
INDEX_FROM = 2_000
RESULT_COLUMNS = ("category", "confidence", "rule_id", "reason")
HEADER_KEYS = ("id", "category", "confidence", "why")
ID_PATTERN = re.compile(r"[a-z0-9_-]+(\.[a-z0-9_-]+)+")
_FLAGS = (
    "external organizer_self recurring one_to_one with_report with_manager has_reports "
    "outside_hours all_day private"
)
_BOUNDS = {"attendees": "n_attendees", "external": "n_external", "duration_min": "duration_min"}
_BOUNDS |= {"lead_hours": "lead_hours", "start_hour": "local_start_hour", "groups": "n_groups"}
_BOUNDS |= {"series_lead_hours": "series_lead_hours", "series_days": "series_days"}

#: Every condition key a rule may use: key -> (operation, frame column it tests).
CONDITION_KEYS: dict[str, tuple[Op, str]] = {
    **{k: ("regex", k) for k in ("title", "text", "description", "location", "categories")},
    "not_title": ("not_regex", "title"),
    "not_text": ("not_regex", "text"),
    "not_description": ("not_regex", "description"),
    **{f"min_{k}": ("min", column) for k, column in _BOUNDS.items()},
    **{f"max_{k}": ("max", column) for k, column in _BOUNDS.items()},
    **{k: ("is", k) for k in _FLAGS.split()},
    **{k: ("in", k) for k in ("kind", "busy", "role")},
}
#: Allowed values of the list keys (role names are free-form).
LIST_VALUES: dict[str, tuple[str, ...]] = {
    "kind": tuple(k.value for k in Kind),
    "busy": tuple(b.value for b in Busy),
}


@dataclass(frozen=True)
class Condition:
    """One test a rule makes; every condition of a rule must hold."""

    key: str
    op: Op
    column: str
    value: Value

    @property
    def atom(self) -> str:
        """The deduplication-key column this condition reads. A numeric bound becomes a
        boolean per (column, bound), so values on the same side of every bound dedupe."""
        if self.op in ("min", "max"):
            return f"{self.column} {'>=' if self.op == 'min' else '<='} {self.value}"
        return self.column


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    confidence: float
    why: str
    conditions: tuple[Condition, ...]

    @property
    def reason(self) -> str:
        return f"rule {self.id}: {self.why}"


@dataclass(frozen=True)
class RulePack:
    rules: tuple[Rule, ...]
    origin: str

    @property
    def atoms(self) -> dict[str, Condition]:
        """One condition per distinct key column the pack reads."""
        return {c.atom: c for r in reversed(self.rules) for c in reversed(r.conditions)}

    @property
    def columns(self) -> tuple[str, ...]:
        """The frame columns the pack reads."""
        return tuple(sorted({c.column for c in self.atoms.values()}))


# --- loading -------------------------------------------------------------------------------


def load_pack(path: Path) -> RulePack:
    """Read and validate the rule pack at ``path``; :class:`ConfigError` lists every problem."""
    return parse_pack(read_pack(path, "rule pack", "check the path"), str(path))


@dataclass(frozen=True)
class PackFormat:
    """What a pack's tables are called and which header keys each needs. A recogniser pack
    (such as ``classifiers/planning.toml``) is a rule pack whose ``[[recogniser]]`` tables
    have only ``id`` and ``why``: every match gets ``label``, and the same conditions mean
    the same thing as in a classifier rule."""

    table: str = "rule"
    header: tuple[str, ...] = HEADER_KEYS
    label: str = ""  # the category of every rule, for packs without a category key

    @property
    def missing(self) -> str:
        return f"missing; every {self.table} needs {_and(self.header)}"


RULES = PackFormat()


def parse_pack(text: str, origin: str, form: PackFormat = RULES) -> RulePack:
    """Parse and validate a rule pack's TOML text; ``origin`` names it in errors."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(origin, [f"invalid TOML: {exc}"]) from None
    problems: list[str] = []
    rules = _parse_document(data, problems, form)
    if problems:
        raise ConfigError(origin, problems)
    return RulePack(tuple(rules), origin)


def _and(words: tuple[str, ...]) -> str:
    return ", ".join(words[:-1]) + f" and {words[-1]}" if len(words) > 1 else words[0]


@functools.cache
def default_pack() -> RulePack:
    """The rule pack shipped in the ``timeaudit.classifiers`` package."""
    resource = files("timeaudit.classifiers").joinpath("default.toml")
    return parse_pack(resource.read_text(encoding="utf-8"), "timeaudit.classifiers/default.toml")


def combine(*packs: RulePack) -> RulePack:
    """One pack trying ``packs`` in order (pass user packs first so they win). A rule whose id
    an earlier pack already used is dropped: a user rule overrides the default of that id."""
    rules: dict[str, Rule] = {}
    for rule in (r for pack in packs for r in pack.rules):
        rules.setdefault(rule.id, rule)
    return RulePack(tuple(rules.values()), " + ".join(p.origin for p in packs))


def _parse_document(
    data: Mapping[str, object], problems: list[str], form: PackFormat = RULES
) -> list[Rule]:
    noun = form.table
    problems += [
        f"top-level key {key!r}: unknown; write {noun}s as [[{noun}]] tables"
        for key in data
        if key != noun
    ]
    tables = data.get(noun)
    if not isinstance(tables, list) or not tables:
        problems.append(f"no [[{noun}]] tables; a {noun} pack needs at least one {noun}")
        return []
    rules: list[Rule] = []
    first_use: dict[str, int] = {}
    for position, table in enumerate(tables, start=1):
        if not isinstance(table, dict):
            problems.append(f"{noun} #{position}: expected a [[{noun}]] table, got {_show(table)}")
            continue
        rule_id = table.get("id")
        if isinstance(rule_id, str) and rule_id in first_use:
            problems.append(
                f"{noun} #{position} key 'id': duplicate id {rule_id!r}, already used by "
                f"{noun} #{first_use[rule_id]}; give each {noun} its own id"
            )
        if isinstance(rule_id, str):
            first_use.setdefault(rule_id, position)
        rules += _parse_rule(table, position, problems, form)
    return rules


def _parse_rule(
    table: dict[str, object], position: int, sink: list[str], form: PackFormat = RULES
) -> list[Rule]:
    rule_id, noun = table.get("id"), form.table
    name = f"{noun} {rule_id!r}" if isinstance(rule_id, str) and rule_id else f"{noun} #{position}"
    problems = [f"{name} key {key!r}: {message}" for key, message in _key_problems(table, form)]
    if all(key in form.header for key in table):
        problems.append(f"{name}: no conditions; add one so the {noun} cannot match everything")
    sink += problems
    return [] if problems else [_build_rule(table, form)]


def _key_problems(table: dict[str, object], form: PackFormat = RULES) -> list[tuple[str, str]]:
    missing = [(key, form.missing) for key in form.header if key not in table]
    wrong = [
        (key, problem) for key, v in table.items() if (problem := _value_problem(key, v, form))
    ]
    return missing + wrong + _bound_clashes(table)


def _value_problem(key: str, value: object, form: PackFormat = RULES) -> str | None:
    kind = key if key in form.header else CONDITION_KEYS.get(key, (None,))[0]
    if kind is None:
        close = difflib.get_close_matches(key, [*CONDITION_KEYS, *form.header], n=1)
        return f"unknown key (did you mean {close[0]!r}?)" if close else _NO_SUCH_KEY
    accepts, message = _SHAPES[kind]
    if not accepts(value):
        return message.format(value=value, shown=_show(value))
    return _meaning_problem(kind, key, value)


def _bound_clashes(table: dict[str, object]) -> list[tuple[str, str]]:
    clashes = []
    for key in (k for k, (op, _) in CONDITION_KEYS.items() if op == "min"):
        upper = "max_" + key.removeprefix("min_")
        low, high = _number(table.get(key)), _number(table.get(upper))
        if low is not None and high is not None and low > high:
            clashes.append(
                (key, f"{table[key]} is above {upper} {table[upper]}; it can never match")
            )
    return clashes


_NO_SUCH_KEY = "unknown key; see the format in classifiers/default.toml"


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _is_strings(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, str) for v in value)


def _is_text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


#: The type each key takes, and the problem when a value does not have it.
_SHAPES: dict[str, tuple[Callable[[object], bool], str]] = {
    "id": (
        lambda v: isinstance(v, str) and ID_PATTERN.fullmatch(v) is not None,
        "{value!r} is not a dotted lower-case id like 'execution.status'",
    ),
    "category": (
        lambda v: v in LABELS,
        "unknown category {value!r}; use one of " + ", ".join(LABELS),
    ),
    "confidence": (lambda v: _number(v) is not None, "expected a number from 0 to 1, got {shown}"),
    "why": (_is_text, "expected a short non-empty reason, got {shown}"),
    "regex": (_is_text, "expected a regex string, got {shown}"),
    "not_regex": (_is_text, "expected a regex string, got {shown}"),
    "min": (lambda v: _number(v) is not None, "expected a number, got {shown}"),
    "max": (lambda v: _number(v) is not None, "expected a number, got {shown}"),
    "is": (lambda v: isinstance(v, bool), "expected true or false, got {shown}"),
    "in": (_is_strings, "expected a non-empty list of strings, got {shown}"),
}


def _meaning_problem(kind: str, key: str, value: object) -> str | None:
    """What is wrong with a value of the right type, if anything."""
    number = _number(value)
    if kind in ("regex", "not_regex"):
        try:
            re.compile(str(value), re.IGNORECASE)
        except re.error as exc:
            return f"invalid regex: {exc}"
    if kind in ("min", "max") and number is not None and not math.isfinite(number):
        return f"expected a finite number, got {value}"
    if kind == "confidence" and number is not None and not 0.0 <= number <= 1.0:
        return f"{value} is outside 0..1; use a number from 0 to 1"
    allowed = LIST_VALUES.get(key, ())
    unknown = [v for v in value if v not in allowed] if isinstance(value, list) and allowed else []
    if unknown:
        return f"unknown value(s) {', '.join(map(repr, unknown))}; use any of {', '.join(allowed)}"
    return None


def _build_rule(table: dict[str, object], form: PackFormat = RULES) -> Rule:
    conditions = tuple(
        Condition(key, op, column, _condition_value(op, table[key]))
        for key, (op, column) in CONDITION_KEYS.items()
        if key in table
    )
    header = {key: str(table.get(key, "")) for key in HEADER_KEYS}
    category = header["category"] or form.label
    confidence = float(header["confidence"] or 1.0)
    return Rule(header["id"], category, confidence, header["why"], conditions)


def _condition_value(op: Op, raw: object) -> Value:
    number = _number(raw)
    if number is not None:
        return number
    if op == "in" and isinstance(raw, list):
        return tuple(str(v) for v in raw)
    return raw if isinstance(raw, str | bool) else str(raw)


def _show(value: object) -> str:
    """A value as the TOML author wrote it, with its type."""
    if isinstance(value, bool):
        return f"boolean {str(value).lower()}"
    names = {str: "string", int: "integer", float: "number", list: "list", dict: "table"}
    return f"{names.get(type(value), type(value).__name__)} {value!r}"


# --- applying ------------------------------------------------------------------------------


def apply_rules(frame: pd.DataFrame, pack: RulePack, index_from: int = INDEX_FROM) -> pd.DataFrame:
    """Classify every row of ``frame`` (stored + context columns) with ``pack``.

    Returns a frame indexed like ``frame`` with columns category, confidence, rule_id and
    reason; rows no rule matches are ``unclassified`` with confidence 0. ``index_from`` is
    how many distinct values a regex must be searched in (and an eighth of the column's)
    before the column is indexed by :class:`LiteralIndex` to skip values that cannot match;
    0 indexes every column. The result is the same either way; only the speed differs.
    """
    return rules_result(frame.index, pack, rule_picks(frame, pack, index_from))


def rule_picks(frame: pd.DataFrame, pack: RulePack, index_from: int = INDEX_FROM) -> IntArray:
    """For each row of ``frame``, the index of the rule that decides it, or
    ``len(pack.rules)`` when none does: :func:`apply_rules` without building its frame."""
    codes, unique = unique_rows(frame, pack)
    return first_matches(unique, pack, index_from)[codes]


def unique_rows(frame: pd.DataFrame, pack: RulePack) -> tuple[IntArray, pd.DataFrame]:
    """The rows of ``frame`` deduplicated on what ``pack`` reads: ``(codes, unique)`` where
    ``unique`` has one row per distinct key and ``unique.iloc[codes]`` lines up with
    ``frame``."""
    keys = _key_frame(frame, pack)
    if keys.shape[1] == 0:
        return np.zeros(len(frame), dtype=np.intp), pd.DataFrame(index=range(min(len(frame), 1)))
    codes, firsts = distinct_rows(keys)
    return codes, keys.iloc[firsts].reset_index(drop=True)


def first_matches(unique: pd.DataFrame, pack: RulePack, index_from: int = INDEX_FROM) -> IntArray:
    """For each row of a key frame, the index of the first rule that matches it, or
    ``len(pack.rules)`` when none does.

    Each rule is a boolean mask over the rows no earlier rule has claimed (the first match
    wins, so claimed rows need no more work); the hits are assigned with numpy indexing.
    """
    unmatched = len(pack.rules)
    first = np.full(len(unique), unmatched, dtype=np.intp)
    columns = _Columns(unique, index_from)
    for index, rule in enumerate(pack.rules):
        rows = np.flatnonzero(first == unmatched)
        first[rows[_rule_mask(columns, rule, rows)]] = index
    return first


def _key_frame(frame: pd.DataFrame, pack: RulePack) -> pd.DataFrame:
    missing = [c for c in pack.columns if c not in frame.columns]
    if missing:
        raise ValueError(
            f"apply_rules: the frame lacks column(s) {', '.join(missing)}; build it with "
            "timeaudit.store.records.events_to_frame and add_context"
        )
    # Positional index: the caller's index may repeat labels, and codes are positions anyway.
    atoms = {name: _atom_column(frame, cond) for name, cond in pack.atoms.items()}
    return pd.DataFrame({name: column.reset_index(drop=True) for name, column in atoms.items()})


def _atom_column(frame: pd.DataFrame, cond: Condition) -> pd.Series:
    if cond.op not in ("min", "max"):
        return frame[cond.column]
    assert isinstance(cond.value, float)
    values = frame[cond.column].to_numpy(dtype=float, na_value=np.nan)
    passed = values >= cond.value if cond.op == "min" else values <= cond.value
    return pd.Series(passed)  # NaN compares False: a missing value never satisfies a bound


def _rule_mask(columns: _Columns, rule: Rule, rows: IntArray) -> BoolArray:
    """Which of ``rows`` satisfy every condition of ``rule``; cheap conditions first, and
    each condition only on the rows that passed the ones before it."""
    mask = np.ones(len(rows), dtype=bool)
    for cond in sorted(rule.conditions, key=_cost):
        if not mask.any():
            break
        mask[mask] = columns.test(cond, rows[mask])
    return mask


def _cost(cond: Condition) -> tuple[bool, bool]:
    return cond.op in ("regex", "not_regex"), cond.column == "text"


class _Columns:
    """The key frame's columns as arrays, each string column factorised once so a regex is
    searched once per distinct value."""

    def __init__(self, unique: pd.DataFrame, index_from: int) -> None:
        self.unique = unique
        self.index_from = index_from
        # per column: codes into its distinct values, kept as Python objects (a regex reads
        # them one by one; an Arrow string column converted per search cost a tenth of
        # an audit chunk)
        self.factorized: dict[str, tuple[IntArray, npt.NDArray[np.object_]]] = {}
        self.indexes: dict[str, LiteralIndex | None] = {}

    def test(self, cond: Condition, rows: IntArray) -> BoolArray:
        if cond.op in ("regex", "not_regex"):
            assert isinstance(cond.value, str)
            hits = self._search(cond.atom, cond.value, rows)
            return ~hits if cond.op == "not_regex" else hits
        values = self.unique[cond.atom].iloc[rows]
        if cond.op == "in":
            assert isinstance(cond.value, tuple)
            return values.isin(cond.value).to_numpy(dtype=bool)
        flags = values.to_numpy(dtype=bool)  # min/max atoms are booleans already
        return np.asarray(flags == cond.value, dtype=bool) if cond.op == "is" else flags

    def _search(self, atom: str, pattern: str, rows: IntArray) -> BoolArray:
        if atom not in self.factorized:
            new_codes, new_values = pd.factorize(self.unique[atom].fillna(""))
            distinct_values = np.array([str(v) for v in new_values], dtype=object)
            self.factorized[atom] = new_codes.astype(np.intp), distinct_values
        codes, distinct = self.factorized[atom]
        wanted = codes[rows]
        needed = np.zeros(len(distinct), dtype=bool)
        needed[wanted] = True  # each distinct value once, without sorting
        candidates = self._candidates(atom, distinct, pattern, needed)
        if candidates is not None:
            needed &= candidates  # a value without any of the pattern's literals cannot match
        search = compiled(pattern).search
        values = distinct[needed].tolist()
        hits = np.zeros(len(distinct), dtype=bool)
        hits[needed] = [search(v) is not None for v in values]
        return hits[wanted]

    def _candidates(
        self, atom: str, distinct: npt.NDArray[np.object_], pattern: str, needed: BoolArray
    ) -> BoolArray | None:
        """Which distinct values may match ``pattern`` (None: all of them)."""
        if (literals := required_literals(pattern)) is None:
            return None
        wanted = int(needed.sum())
        few = wanted < self.index_from or (self.index_from > 0 and wanted * 8 < len(needed))
        if atom not in self.indexes and few:
            return None  # few values to search: indexing all of them would cost more
        if atom not in self.indexes:
            self.indexes[atom] = LiteralIndex.build(distinct.tolist())
        index = self.indexes[atom]
        return None if index is None else index.containing_any(literals)


@functools.lru_cache(maxsize=1024)
def compiled(pattern: str) -> re.Pattern[str]:
    """Python ``re`` semantics, case-insensitive, as the pack's format documents."""
    return re.compile(pattern, re.IGNORECASE)


def rules_result(index: pd.Index, pack: RulePack, picks: IntArray) -> pd.DataFrame:
    """The result of :func:`apply_rules` from the rules :func:`rule_picks` chose."""
    rules = pack.rules

    def column(values: list[str]) -> pd.Series:
        return pd.Series(np.asarray(values, dtype=object)[picks], index=index, dtype="str")

    confidence = np.asarray([*(r.confidence for r in rules), 0.0], dtype=float)[picks]
    return pd.DataFrame(
        {
            "category": column([*(r.category for r in rules), UNCLASSIFIED]),
            "confidence": pd.Series(confidence, index=index),
            "rule_id": column([*(r.id for r in rules), ""]),
            "reason": column([*(r.reason for r in rules), NO_MATCH_REASON]),
        },
        index=index,
    )
