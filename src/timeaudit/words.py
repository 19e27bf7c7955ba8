"""Counts in prose: "1 problem", "2 problems", never "1 problem(s)"."""

from __future__ import annotations


def plural(count: int, one: str, many: str | None = None) -> str:
    """``count`` with the noun in the right number: ``plural(1, "event")`` is "1 event",
    ``plural(3, "person", "people")`` is "3 people"; thousands get separators."""
    noun = one if count == 1 else (many or one + "s")
    return f"{count:,} {noun}"
