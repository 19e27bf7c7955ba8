"""Which question of the bank (:mod:`timeaudit.config.questions`) a meeting row gets.

A row of the "Top time sinks" or "The same fire, again" table gets the first question of the
first meeting kind that matches it, kinds tried in the bank's order. ``words`` are found as
whole words in the row's title and description with case, accents and punctuation aside;
a private row's words are never read (nor any row's when titles are redacted), so what a
private event is about cannot leak through the question it gets.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

import pandas as pd

from timeaudit.config.questions import FLAGS, MeetingKind, QuestionBank

#: The columns a row to match carries: ``text`` (title and description, as stored),
#: ``private``, ``category``, the flags ``fire``, ``recurring`` and ``one_to_one``, and
#: ``n_attendees`` (the owner included).
ROW_COLUMNS = ("text", "private", "category", *FLAGS, "n_attendees")

_MARKS = re.compile(r"[\u0300-\u036f]")
_GAPS = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """``text`` as words are matched in it: lower-case, no accents, every run of
    punctuation or space one space, with a space at each end ("Comité de Pilotage:" reads
    " comite de pilotage ")."""
    bare = _MARKS.sub("", unicodedata.normalize("NFKD", text)).casefold()
    return f" {_GAPS.sub(' ', bare).strip()} "


def folded(texts: pd.Series) -> pd.Series:
    return texts.astype(str).map(fold)


def kind_questions(rows: pd.DataFrame, bank: QuestionBank, *, read_words: bool) -> pd.Series:
    """Per row of ``rows`` (:data:`ROW_COLUMNS`), the first question of the first kind that
    matches it, "" where none does. ``read_words`` False (a redacted report) matches no
    kind by its words; a private row's words are never read."""
    answer = pd.Series("", index=rows.index, dtype=object)
    if rows.empty:
        return answer
    readable = ~rows["private"].astype(bool) if read_words else pd.Series(False, rows.index)
    text = folded(rows["text"]).where(readable, "")
    for kind in bank.kinds:
        if not kind.questions or not kind.conditions:
            continue  # a kind switched off: nothing to ask, or nothing to match
        hit = matches(rows, text, kind) & (answer == "")
        answer[hit] = kind.questions[0]
    return answer


def matches(rows: pd.DataFrame, text: pd.Series, kind: MeetingKind) -> pd.Series:
    """Whether each row meets every condition ``kind`` gives; ``text`` is the rows' folded
    words ("" where they may not be read)."""
    hit = pd.Series(True, index=rows.index)
    if kind.words:
        pattern = words_pattern(kind.words)
        hit &= text.str.contains(pattern, regex=True) if pattern else False
    if kind.category:
        hit &= rows["category"].isin(kind.category)
    for flag in FLAGS:
        wanted = getattr(kind, flag)
        if wanted is not None:
            hit &= rows[flag].astype(bool) == wanted
    if kind.min_attendees is not None:
        hit &= rows["n_attendees"] >= kind.min_attendees
    if kind.max_attendees is not None:
        hit &= rows["n_attendees"] <= kind.max_attendees
    return hit


def words_pattern(words: Iterable[str]) -> str:
    """One regex finding any of ``words`` as whole words in a :func:`fold`-ed text."""
    phrases = sorted({fold(w) for w in words if fold(w).strip()}, key=len, reverse=True)
    return "|".join(re.escape(p) for p in phrases)
