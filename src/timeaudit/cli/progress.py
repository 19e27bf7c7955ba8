"""Progress on a terminal: a bar redrawn in place while calendars are pulled."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TextIO

from timeaudit.cli.terminal import safe
from timeaudit.config.types import Person
from timeaudit.sync.pull import SourceOutcome, Tally, describe


class BarListener:
    """A one-line progress bar redrawn in place on a terminal: people done, events,
    errors. Errors and warnings are printed above it as they come."""

    WIDTH = 24

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.tally = Tally()

    def begin(self, people: int) -> None:
        self.tally = Tally(total=people)
        self._draw()

    def done(self, person: Person, outcomes: Sequence[SourceOutcome]) -> None:
        self.tally.add(outcomes)
        for outcome in outcomes:
            if outcome.error or outcome.problems:
                lines = safe(describe(outcome)).splitlines()
                shown = lines if outcome.error else lines[1:]
                self.stream.write("\r\x1b[2K" + "\n".join(shown) + "\n")
        self._draw()

    def end(self) -> None:
        self.stream.write("\r\x1b[2K" + self.tally.line() + "\n")
        self.stream.flush()

    def _draw(self) -> None:
        t = self.tally
        filled = self.WIDTH * t.people // t.total if t.total else self.WIDTH
        bar = "#" * filled + "." * (self.WIDTH - filled)
        errors = f" · {t.errors} error" + ("" if t.errors == 1 else "s") if t.errors else ""
        self.stream.write(
            f"\r\x1b[2Ksyncing [{bar}] {t.people}/{t.total} people · {t.events:,} events{errors}"
        )
        self.stream.flush()
