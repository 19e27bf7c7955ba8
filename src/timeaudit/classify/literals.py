r"""The literal prefilter of the rule interpreter (:mod:`timeaudit.classify.rules`).

Most rule regexes are alternations of words: every match contains one of a few literal
strings. Those literals are derived from the parsed regex (``re``'s own parser), and a
column's distinct values are indexed by the words they contain, so a regex is searched only
in the values holding one of its literals. Values without any cannot match, so the result is
the same as searching everything. Where no literal is safely derivable (``.``, ``\w``,
negated classes, inline flags), the regex is searched in every value.
"""

from __future__ import annotations

import functools
import importlib
import re
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.intp]

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
