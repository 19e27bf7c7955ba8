"""The question bank: the reflective questions a report asks, per verdict, per rhythm gap and
per meeting kind (``reports/questions.toml``), and how a user's own are merged in.

A bank is read in layers: the config's ``[questions]`` table first, then each bank file it
names under ``files`` (a coach's own), then the built-in file. For a verdict or rhythm key,
a layer's questions come before those of the layers after it (a question already asked is
not repeated); a layer's ``replace = true`` drops the later layers' questions for that key.
A meeting kind with a new id is tried before the built-in kinds; one with a built-in id puts
its questions first and adds its words to the built-in's, or with ``replace = true`` stands
instead of it. Every problem is collected, one line each naming the file and key.

The keys a user may write are the built-in file's: a verdict or rhythm gap it does not know
is a typo. Matching a kind to a meeting is :mod:`timeaudit.audit.questions`.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from importlib.resources import files
from pathlib import Path
from typing import Any

from timeaudit.categories import WORK
from timeaudit.errors import ConfigError

#: The built-in bank, as errors name it.
BUILTIN = "timeaudit.reports/questions.toml"
#: The rhythm gap whose questions stand in for a rhythm without its own key.
RHYTHM_MISSED = "rhythm-missed"
#: Questions a report shows: for the verdict, and for the rhythm gaps after them.
VERDICT_LIMIT = 5
RHYTHM_LIMIT = 2
#: A meeting kind's conditions: true/false flags, bounds on people invited, lists.
FLAGS = ("fire", "recurring", "one_to_one")
BOUNDS = ("min_attendees", "max_attendees")
CONDITIONS = ("words", "category", *FLAGS, *BOUNDS)
_KIND_KEYS = {"id", "questions", "replace", *CONDITIONS}
_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_HOW = "write a list of questions, or { questions = [...], replace = true }"


@dataclass(frozen=True)
class MeetingKind:
    """A kind of meeting and its questions, most useful first; a condition left None (or
    empty) is not checked. ``replace`` matters only while merging a layer."""

    id: str
    questions: tuple[str, ...]
    words: tuple[str, ...] = ()
    category: tuple[str, ...] = ()
    fire: bool | None = None
    recurring: bool | None = None
    one_to_one: bool | None = None
    min_attendees: int | None = None
    max_attendees: int | None = None
    replace: bool = False

    @property
    def conditions(self) -> dict[str, Any]:
        """The conditions given, by key."""
        given = {k: getattr(self, k) for k in CONDITIONS}
        return {k: v for k, v in given.items() if v not in (None, ())}


@dataclass(frozen=True)
class Entry:
    """One key's questions as one layer gives them."""

    questions: tuple[str, ...]
    replace: bool = False


@dataclass(frozen=True)
class Layer:
    """One source of questions: the config's table, a bank file, or the built-in file."""

    verdict: Mapping[str, Entry] = field(default_factory=dict)
    rhythm: Mapping[str, Entry] = field(default_factory=dict)
    kinds: tuple[MeetingKind, ...] = ()


@dataclass(frozen=True)
class QuestionBank:
    """The merged bank a run uses: loaded once, shared by every person's report."""

    verdict: Mapping[str, tuple[str, ...]]
    rhythm: Mapping[str, tuple[str, ...]]
    kinds: tuple[MeetingKind, ...]

    def for_verdict(self, verdict: str, limit: int = VERDICT_LIMIT) -> tuple[str, ...]:
        """The verdict's questions, the user's first."""
        return self.verdict.get(verdict, ())[:limit]

    def for_gap(self, key: str) -> tuple[str, ...]:
        """A rhythm gap's questions: its own key's, else those of ``rhythm-missed`` (a
        rhythm recogniser with no key of its own)."""
        if key in self.rhythm:
            return self.rhythm[key]
        return self.rhythm.get(RHYTHM_MISSED, ())


# -- loading ------------------------------------------------------------------------------------
@functools.cache
def builtin_bank() -> QuestionBank:
    """The bank shipped in the ``timeaudit.reports`` package, read once per process."""
    return merged((builtin_layer(),))


@functools.cache
def builtin_layer() -> Layer:
    text = (files("timeaudit.reports") / "questions.toml").read_text(encoding="utf-8")
    problems: list[str] = []
    layer = parse_layer(tomllib.loads(text), "", None, problems)
    if problems:
        raise ConfigError(BUILTIN, problems)
    return layer


def bank_from_config(table: Mapping[str, Any], base: Path, problems: list[str]) -> QuestionBank:
    """The bank a config's ``[questions]`` table asks for: its own questions, then those of
    each of its ``files`` (relative to ``base``), then the built-in ones. Problems are added
    to ``problems``, one line each."""
    known = builtin_layer()
    inline = {k: v for k, v in table.items() if k != "files"}
    layers = [parse_layer(inline, "questions.", known, problems, allowed={"files"})]
    names = table.get("files", [])
    names = [names] if isinstance(names, str) else names
    if not isinstance(names, list) or not all(isinstance(n, str) and n for n in names):
        problems.append("questions.files: must be a list of paths of question bank files")
        names = []
    layers += [read_layer_file(base / name, name, known, problems) for name in names]
    return merged((*layers, known))


def read_layer_file(path: Path, name: str, known: Layer, problems: list[str]) -> Layer:
    """A bank file of the built-in one's shape; ``name`` is how the config wrote it."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        problems.append(
            f"questions.files: {name}: file not found; check the path (relative "
            "to the config's folder)"
        )
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(f"questions.files: {name}: cannot read ({exc}); save it as UTF-8 text")
    except tomllib.TOMLDecodeError as exc:
        problems.append(f"questions.files: {name}: not valid TOML: {exc}")
    else:
        return parse_layer(raw, f"{name}: ", known, problems)
    return Layer()


# -- parsing --------------------------------------------------------------------------------------
def parse_layer(
    raw: Mapping[str, Any],
    where: str,
    known: Layer | None,
    problems: list[str],
    allowed: set[str] | None = None,
) -> Layer:
    """One layer's questions. ``where`` prefixes every key in problems ("questions." or a
    file's name); ``known`` is the built-in layer whose keys a user may write (None while
    reading the built-in file itself)."""
    for key in sorted(set(raw) - {"verdict", "rhythm", "kind", *(allowed or ())}):
        problems.append(f"{where}{key}: unknown key (expected verdict, rhythm or kind)")
    return Layer(
        _keyed(raw, "verdict", where, known.verdict if known else None, problems),
        _keyed(raw, "rhythm", where, known.rhythm if known else None, problems),
        _kinds(raw.get("kind", []), f"{where}kind", known, problems),
    )


def _keyed(
    raw: Mapping[str, Any],
    section: str,
    where: str,
    known: Mapping[str, Entry] | None,
    problems: list[str],
) -> dict[str, Entry]:
    table = raw.get(section, {})
    if not isinstance(table, dict):
        problems.append(f"{where}{section}: must be a table of key = [questions]")
        return {}
    entries: dict[str, Entry] = {}
    for key, value in table.items():
        at = f"{where}{section}.{key}"
        if known is not None and key not in known:
            expected = ", ".join(known)
            problems.append(f"{at}: unknown {section} key (expected one of: {expected})")
            continue
        entry = _entry(value, at, problems)
        if entry is not None:
            entries[key] = entry
    return entries


def _entry(value: Any, at: str, problems: list[str]) -> Entry | None:
    replace_ = False
    if isinstance(value, dict):
        for key in sorted(set(value) - {"questions", "replace"}):
            problems.append(f"{at}.{key}: unknown key (expected questions or replace)")
        replace_ = _flag(value, "replace", at, problems) or False
        value = value.get("questions")
        at = f"{at}.questions"
    if not isinstance(value, list):
        problems.append(f"{at}: {_HOW}, not {_show(value)}")
        return None
    questions = _questions(value, at, problems)
    if not value and not replace_:
        problems.append(
            f"{at}: an empty list adds nothing; add questions, or set replace = true to ask none"
        )
    return Entry(questions, replace_)


def _questions(value: list[Any], at: str, problems: list[str]) -> tuple[str, ...]:
    kept: list[str] = []
    for i, q in enumerate(value, start=1):
        if not isinstance(q, str):
            problems.append(f"{at}[{i}]: a question must be text in quotes, not {_show(q)}")
        elif not q.strip():
            problems.append(f"{at}[{i}]: empty question; write it out or remove it")
        else:
            kept.append(" ".join(q.split()))
    return tuple(kept)


def _kinds(
    raw: Any, where: str, known: Layer | None, problems: list[str]
) -> tuple[MeetingKind, ...]:
    if not isinstance(raw, list):
        problems.append(f"{where}: write meeting kinds as [[kind]] tables")
        return ()
    ids = {k.id for k in known.kinds} if known else set()
    kinds: list[MeetingKind] = []
    for i, table in enumerate(raw, start=1):
        at = f"{where}[{i}]"
        kind = _kind(table, at, problems)
        if kind is None:
            continue
        if any(k.id == kind.id for k in kinds):
            problems.append(f"{at}.id: {kind.id!r} is used twice; give each kind its own id")
            continue
        if kind.id not in ids and not kind.conditions:
            problems.append(f"{at}: kind {kind.id!r} needs a condition ({', '.join(CONDITIONS)})")
        if kind.id not in ids and not kind.questions:
            problems.append(f"{at}.questions: kind {kind.id!r} needs at least one question")
        kinds.append(kind)
    return tuple(kinds)


def _kind(table: Any, at: str, problems: list[str]) -> MeetingKind | None:
    if not isinstance(table, dict):
        problems.append(f"{at}: must be a table with id, questions and a condition")
        return None
    for key in sorted(set(table) - _KIND_KEYS):
        expected = ", ".join(sorted(_KIND_KEYS))
        problems.append(f"{at}.{key}: unknown key (expected one of: {expected})")
    kind_id = table.get("id")
    if not isinstance(kind_id, str) or not _ID.fullmatch(kind_id):
        problems.append(
            f"{at}.id: give the kind an id of lower-case words joined by '-', not {_show(kind_id)}"
        )
        return None
    questions = table.get("questions", [])
    if not isinstance(questions, list):
        problems.append(f"{at}.questions: must be a list of questions, not {_show(questions)}")
        questions = []
    return MeetingKind(
        kind_id,
        _questions(questions, f"{at}.questions", problems),
        words=tuple(w for w in _texts(table, "words", at, problems) if w.strip()),
        category=_categories(table, at, problems),
        fire=_flag(table, "fire", at, problems),
        recurring=_flag(table, "recurring", at, problems),
        one_to_one=_flag(table, "one_to_one", at, problems),
        min_attendees=_count(table, "min_attendees", at, problems),
        max_attendees=_count(table, "max_attendees", at, problems),
        replace=bool(_flag(table, "replace", at, problems)),
    )


def _flag(table: Mapping[str, Any], key: str, at: str, problems: list[str]) -> bool | None:
    value = table.get(key)
    if value is not None and not isinstance(value, bool):
        problems.append(f"{at}.{key}: must be true or false, not {_show(value)}")
        return None
    return value


def _count(table: Mapping[str, Any], key: str, at: str, problems: list[str]) -> int | None:
    value = table.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 1000:
        problems.append(f"{at}.{key}: must be a whole number from 1 to 1000, not {_show(value)}")
        return None
    return value


def _texts(table: Mapping[str, Any], key: str, at: str, problems: list[str]) -> tuple[str, ...]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.append(f"{at}.{key}: must be a list of words or phrases in quotes")
        return ()
    return tuple(value)


def _categories(table: Mapping[str, Any], at: str, problems: list[str]) -> tuple[str, ...]:
    value = _texts(table, "category", at, problems)
    for bad in (c for c in value if c not in WORK):
        problems.append(
            f"{at}.category: unknown category {bad!r} (expected one of: {', '.join(WORK)})"
        )
    return tuple(c for c in value if c in WORK)


def _show(value: object) -> str:
    return "nothing" if value is None else f"{type(value).__name__} {value!r}"


# -- merging --------------------------------------------------------------------------------------
def merged(layers: tuple[Layer, ...]) -> QuestionBank:
    """One bank from ``layers``, the most specific first (the built-in layer last)."""
    verdict: dict[str, tuple[str, ...]] = {}
    rhythm: dict[str, tuple[str, ...]] = {}
    kinds: list[MeetingKind] = []
    for layer in reversed(layers):
        _apply(verdict, layer.verdict)
        _apply(rhythm, layer.rhythm)
        kinds = _with_kinds(kinds, layer.kinds)
    return QuestionBank(verdict, rhythm, tuple(kinds))


def _apply(bank: dict[str, tuple[str, ...]], entries: Mapping[str, Entry]) -> None:
    for key, entry in entries.items():
        later = () if entry.replace else bank.get(key, ())
        bank[key] = _unique(entry.questions + later)


def _with_kinds(kinds: list[MeetingKind], layer: tuple[MeetingKind, ...]) -> list[MeetingKind]:
    """``kinds`` with ``layer``'s over them: a known id changed where it stands, new ids first."""
    by_id = {k.id: k for k in layer}
    changed = [_over(k, by_id[k.id]) if k.id in by_id else k for k in kinds]
    known = {k.id for k in kinds}
    return [k for k in layer if k.id not in known] + changed


def _over(base: MeetingKind, mine: MeetingKind) -> MeetingKind:
    if mine.replace:
        return replace(mine, replace=False)
    given = mine.conditions
    given["words"] = _unique(mine.words + base.words)
    return replace(base, questions=_unique(mine.questions + base.questions), **given)


def _unique(items: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))
