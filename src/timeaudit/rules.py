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
import importlib
import math
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
import pandas as pd

from timeaudit.categories import LABELS, UNCLASSIFIED
from timeaudit.errors import ConfigError
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
_FLAGS = "external organizer_self recurring one_to_one with_report outside_hours all_day private"
_BOUNDS = {"attendees": "n_attendees", "external": "n_external", "duration_min": "duration_min"}
_BOUNDS |= {"lead_hours": "lead_hours", "start_hour": "local_start_hour"}

#: Every condition key a rule may use: key -> (operation, frame column it tests).
CONDITION_KEYS: dict[str, tuple[Op, str]] = {
    **{k: ("regex", k) for k in ("title", "text", "description", "location", "categories")},
    "not_title": ("not_regex", "title"),
    "not_text": ("not_regex", "text"),
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
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ConfigError(str(path), ["not UTF-8 text; save the rule pack as UTF-8"]) from None
    except OSError as exc:
        problem = f"cannot read the rule pack ({exc.strerror}); check the path"
        raise ConfigError(str(path), [problem]) from None
    return parse_pack(text, str(path))


def parse_pack(text: str, origin: str) -> RulePack:
    """Parse and validate a rule pack's TOML text; ``origin`` names it in errors."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(origin, [f"invalid TOML: {exc}"]) from None
    problems: list[str] = []
    rules = _parse_document(data, problems)
    if problems:
        raise ConfigError(origin, problems)
    return RulePack(tuple(rules), origin)


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


def _parse_document(data: Mapping[str, object], problems: list[str]) -> list[Rule]:
    problems += [
        f"top-level key {key!r}: unknown; write rules as [[rule]] tables"
        for key in data
        if key != "rule"
    ]
    tables = data.get("rule")
    if not isinstance(tables, list) or not tables:
        problems.append("no [[rule]] tables; a rule pack needs at least one rule")
        return []
    rules: list[Rule] = []
    first_use: dict[str, int] = {}
    for position, table in enumerate(tables, start=1):
        if not isinstance(table, dict):
            problems.append(f"rule #{position}: expected a [[rule]] table, got {_show(table)}")
            continue
        rule_id = table.get("id")
        if isinstance(rule_id, str) and rule_id in first_use:
            problems.append(
                f"rule #{position} key 'id': duplicate id {rule_id!r}, already used by "
                f"rule #{first_use[rule_id]}; give each rule its own id"
            )
        if isinstance(rule_id, str):
            first_use.setdefault(rule_id, position)
        rules += _parse_rule(table, position, problems)
    return rules


def _parse_rule(table: dict[str, object], position: int, sink: list[str]) -> list[Rule]:
    rule_id = table.get("id")
    name = f"rule {rule_id!r}" if isinstance(rule_id, str) and rule_id else f"rule #{position}"
    problems = [f"{name} key {key!r}: {message}" for key, message in _key_problems(table)]
    if all(key in HEADER_KEYS for key in table):
        problems.append(f"{name}: no conditions; add one so the rule cannot match everything")
    sink += problems
    return [] if problems else [_build_rule(table)]


def _key_problems(table: dict[str, object]) -> list[tuple[str, str]]:
    missing = [(key, _MISSING) for key in HEADER_KEYS if key not in table]
    wrong = [(key, problem) for key, v in table.items() if (problem := _value_problem(key, v))]
    return missing + wrong + _bound_clashes(table)


def _value_problem(key: str, value: object) -> str | None:
    kind = key if key in HEADER_KEYS else CONDITION_KEYS.get(key, (None,))[0]
    if kind is None:
        close = difflib.get_close_matches(key, [*CONDITION_KEYS, *HEADER_KEYS], n=1)
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


_MISSING = "missing; every rule needs id, category, confidence and why"
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


def _build_rule(table: dict[str, object]) -> Rule:
    conditions = tuple(
        Condition(key, op, column, _condition_value(op, table[key]))
        for key, (op, column) in CONDITION_KEYS.items()
        if key in table
    )
    header = [str(table[key]) for key in HEADER_KEYS]
    return Rule(header[0], header[1], float(header[2]), header[3], conditions)


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
    grouped = keys.groupby(list(keys.columns), sort=False, dropna=False)
    codes = np.asarray(grouped.ngroup(), dtype=np.intp)
    _, firsts = np.unique(codes, return_index=True)
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
            "timeaudit.frame.events_to_frame and add_context"
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
        self.factorized: dict[str, tuple[IntArray, pd.Series]] = {}
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
            self.factorized[atom] = new_codes.astype(np.intp), pd.Series(new_values, dtype=str)
        codes, distinct = self.factorized[atom]
        wanted = codes[rows]
        needed = np.zeros(len(distinct), dtype=bool)
        needed[wanted] = True  # each distinct value once, without sorting
        candidates = self._candidates(atom, distinct, pattern, needed)
        if candidates is not None:
            needed &= candidates  # a value without any of the pattern's literals cannot match
        search = _compiled(pattern).search
        values = distinct.to_numpy(dtype=object)[needed].tolist()
        hits = np.zeros(len(distinct), dtype=bool)
        hits[needed] = [search(v) is not None for v in values]
        return hits[wanted]

    def _candidates(
        self, atom: str, distinct: pd.Series, pattern: str, needed: BoolArray
    ) -> BoolArray | None:
        """Which distinct values may match ``pattern`` (None: all of them)."""
        if (literals := required_literals(pattern)) is None:
            return None
        wanted = int(needed.sum())
        few = wanted < self.index_from or (self.index_from > 0 and wanted * 8 < len(needed))
        if atom not in self.indexes and few:
            return None  # few values to search: indexing all of them would cost more
        if atom not in self.indexes:
            self.indexes[atom] = LiteralIndex.build(distinct.to_numpy(dtype=object).tolist())
        index = self.indexes[atom]
        return None if index is None else index.containing_any(literals)


@functools.lru_cache(maxsize=1024)
def _compiled(pattern: str) -> re.Pattern[str]:
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


# --- the literal prefilter -----------------------------------------------------------------
#
# Most rule regexes are alternations of words: every match contains one of a few literal
# strings. Those literals are derived from the parsed regex (``re``'s own parser), and a
# column's distinct values are indexed by the words they contain, so a regex is searched only
# in the values holding one of its literals. Values without any cannot match, so the result is
# the same as searching everything. Where no literal is safely derivable (``.``, ``\w``,
# negated classes, inline flags), the regex is searched in every value.

_parser: Any = importlib.import_module("re._parser")
_sre_names: Any = importlib.import_module("re._constants")
_sre: Any = importlib.import_module("_sre")
_EXTRA_CASES: dict[int, tuple[int, ...]] = importlib.import_module("re._casefix")._EXTRA_CASES
#: Alternatives a literal set may grow to before it stops being expanded (``[ée]`` doubles).
_EXACT_LIMIT = 64
_SEPARATOR = "\x00"
#: In a literal: a word boundary (``\b``) or an end (``^``, ``$``) of the matched text.
_EDGE = "\x01"
_EDGES = {
    getattr(_sre_names, f"AT_{n}")
    for n in ["BOUNDARY", "BEGINNING", "BEGINNING_STRING", "END", "END_STRING"]
}
_WORDS = re.compile(r"\w+")
_TOKENS = re.compile(r"\w+|\x00")
Literals = frozenset[str]
#: (every string the node can match, when few; literals one of which any match contains).
Info = tuple[Literals | None, Literals | None]


def fold(text: str) -> str:
    """``text`` with each character replaced by a representative of the characters it equals
    under ``re.IGNORECASE``, so a case-insensitive match implies a substring of the folded
    text. Length-preserving, so offsets into the folded text are offsets into ``text``."""
    lowered = text.lower()  # full case mapping: the same as per character but for a few
    if len(lowered) != len(text):  # "İ" lowers to two characters
        lowered = text
    table = {ord(c): f for c in set(lowered) if (f := _fold_char(c)) != c}
    return lowered.translate(table) if table else lowered


@functools.cache
def _fold_char(char: str) -> str:
    lower = _sre.unicode_tolower(ord(char))
    return chr(min((lower, *_EXTRA_CASES.get(lower, ()))))


@functools.lru_cache(maxsize=1024)
def required_literals(pattern: str) -> Literals | None:
    """Folded strings one of which every case-insensitive match of ``pattern`` contains,
    or None when no such set is safely derivable."""
    parsed = _parser.parse(pattern, re.IGNORECASE)
    if parsed.state.flags & ~(re.IGNORECASE | re.UNICODE):
        return None
    return _sequence(list(parsed))[1]


def _sequence(items: list[tuple[Any, Any]]) -> Info:
    """Consecutive nodes: adjacent exact sets multiply into longer literals; the most
    selective candidate (longest shortest literal) is the sequence's requirement."""
    run: Literals = frozenset({""})
    exact = True
    candidates: list[Literals | None] = []
    for op, av in items:
        strings, needed = _node(op, av)
        if strings is not None and len(run) * len(strings) <= _EXACT_LIMIT:
            run = frozenset(a + b for a in run for b in strings)
            continue
        exact = False
        candidates += [run, needed]
        run = strings if strings is not None else frozenset({""})
    candidates.append(run)
    return (run if exact else None), _most_selective(candidates)


def _most_selective(candidates: list[Literals | None]) -> Literals | None:
    usable = [c for c in candidates if c and all(map(_chars_of, c))]
    return max(usable, key=lambda c: (min(map(len, map(_chars_of, c))), -len(c)), default=None)


def _chars_of(literal: str) -> str:
    return literal.replace(_EDGE, "")


def _node(op: Any, av: Any) -> Info:
    names = _sre_names
    if op is names.LITERAL or op is names.IN:
        chars = _chars([(op, av)] if op is names.LITERAL else av)
        return chars, chars
    if op is names.AT:  # zero width; a word boundary or an end is kept as a marker
        return frozenset({_EDGE if av in _EDGES else ""}), None
    if op in (names.ASSERT, names.ASSERT_NOT):
        return frozenset({""}), None  # lookarounds: zero width, ignored
    if op is names.SUBPATTERN:
        return (None, None) if av[1] or av[2] else _sequence(list(av[3]))  # inline flags
    if op is names.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is names.BRANCH:
        return _branch([_sequence(list(p)) for p in av[1]])
    if op in (names.MAX_REPEAT, names.MIN_REPEAT, names.POSSESSIVE_REPEAT):
        return _repeat(av[0], av[1], _sequence(list(av[2])))
    return None, None  # any character, negations, back references: nothing derivable


def _chars(items: list[tuple[Any, Any]]) -> Literals | None:
    """The folded characters a class (or one literal) matches, when it lists a few."""
    chars: set[str] = set()
    for op, av in items:
        if op is _sre_names.LITERAL:
            chars.add(_fold_char(chr(av)))
        elif op is _sre_names.RANGE and av[1] - av[0] < 10:
            chars.update(_fold_char(chr(c)) for c in range(av[0], av[1] + 1))
        else:
            return None
    return frozenset(chars)


def _branch(parts: list[Info]) -> Info:
    exact, needed = _union([s for s, _ in parts]), _union([n for _, n in parts])
    return (exact if exact is not None and len(exact) <= _EXACT_LIMIT else None), needed


def _union(sets: list[Literals | None]) -> Literals | None:
    """Any of ``sets``; unknown when one of them is."""
    union: set[str] = set()
    for one in sets:
        if one is None:
            return None
        union |= one
    return frozenset(union)


def _repeat(low: int, high: int, inner: Info) -> Info:
    strings, needed = inner
    if low == 0:
        optional = strings | {""} if strings is not None and high == 1 else None
        return optional, None
    return (strings if low == high == 1 else None), needed


class LiteralIndex:
    """A column's distinct values indexed by the words they contain (folded), to find the
    values containing a literal without scanning every value."""

    def __init__(self, haystack: str, lengths: list[int], tokens: list[str]) -> None:
        codes, words = pd.factorize(np.asarray([*tokens, _SEPARATOR], dtype=object))
        vocabulary = [str(w) for w in words]
        nul = vocabulary.index(_SEPARATOR)  # (numpy would compare "\x00" as "")
        separator = codes[:-1] == nul
        value_of = np.cumsum(separator)[~separator]
        codes = codes[:-1][~separator]
        codes -= codes > nul
        del vocabulary[nul]
        order = np.argsort(codes, kind="stable")
        self.haystack = haystack  # the folded values joined by NUL
        self.starts = _starts(lengths)  # where each value starts in it
        #: the distinct words, each between NULs
        self.vocabulary = _SEPARATOR + _SEPARATOR.join(vocabulary) + _SEPARATOR
        self.word_starts = _starts([len(w) for w in vocabulary]) + 1
        #: the values containing word w: posted[posting_starts[w] : posting_starts[w + 1]]
        self.posted = value_of[order]
        self.posting_starts = np.searchsorted(codes[order], np.arange(len(vocabulary) + 1))
        self.found: dict[str, IntArray] = {}

    @classmethod
    def build(cls, values: list[str]) -> LiteralIndex | None:
        """The index of ``values``; None if a value holds the NUL separator itself."""
        haystack = fold(_SEPARATOR.join(values))
        if haystack.count(_SEPARATOR) != len(values) - 1:
            return None
        return cls(haystack, [len(v) for v in values], _TOKENS.findall(haystack))

    def containing_any(self, literals: Literals) -> BoolArray:
        """Which values contain at least one of ``literals`` (folded)."""
        hit = np.zeros(len(self.starts), dtype=bool)
        for literal in literals:
            hit[self._containing(literal)] = True
        return hit

    def _containing(self, literal: str) -> IntArray:
        """The values containing ``literal``: those containing each of its words, where a
        word that the literal bounds (by a non-word character, ``\b``, ``^`` or ``$``) must
        start or end a word of the value."""
        pieces = [
            (m.start() > 0, m.group(), m.end() < len(literal)) for m in _WORDS.finditer(literal)
        ]
        if not pieces:  # no word characters: scan the values themselves
            return _occurrences(self.haystack, self.starts, _chars_of(literal), 0)
        each = [self._containing_word(*piece) for piece in pieces]
        return functools.reduce(np.intersect1d, each[1:], each[0])

    def _containing_word(self, starts: bool, word: str, ends: bool) -> IntArray:
        key = _SEPARATOR * starts + word + _SEPARATOR * ends
        if key not in self.found:
            words = _occurrences(self.vocabulary, self.word_starts, key, int(starts))
            self.found[key] = self._posted(words)
        return self.found[key]

    def _posted(self, words: IntArray) -> IntArray:
        """The values containing any of ``words`` (with repeats), gathered without a loop."""
        first = self.posting_starts[words]
        lengths = self.posting_starts[words + 1] - first
        shift = np.repeat(first - (np.cumsum(lengths) - lengths), lengths)
        return np.asarray(self.posted[shift + np.arange(len(shift))], dtype=np.intp)


def _starts(lengths: list[int]) -> IntArray:
    """Where each part starts when parts of these lengths are joined by one separator."""
    ends = np.cumsum(np.asarray(lengths, dtype=np.intp) + 1)
    return np.concatenate([[0], ends[:-1]]).astype(np.intp)


def _occurrences(joined: str, starts: IntArray, literal: str, lead: int) -> IntArray:
    """The parts of NUL-joined ``joined`` (starting at ``starts``) containing ``literal``,
    each once: after a hit the search resumes at the part's end. ``literal`` begins with
    ``lead`` NULs (1: it must start a part)."""
    found = []
    at = joined.find(literal)
    while at >= 0:
        found.append(at + lead)
        at = joined.find(_SEPARATOR, at + lead)
        at = joined.find(literal, at) if at >= 0 else -1
    return np.searchsorted(starts, np.asarray(found, dtype=np.intp), side="right") - 1
