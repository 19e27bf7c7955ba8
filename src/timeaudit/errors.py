"""Every failure a user can cause or meet has its own class, and its text says what to do.

The CLI turns any :class:`TimeauditError` into one line on stderr and a non-zero exit; anything
else is a bug and keeps its traceback.
"""

from __future__ import annotations

from timeaudit.words import plural


class TimeauditError(Exception):
    """Base of every expected, user-facing failure."""

    exit_code = 1


class ConfigError(TimeauditError):
    """The configuration is invalid. ``problems`` holds one line per problem, each naming
    the section and key."""

    exit_code = 2

    def __init__(self, path: str, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        lines = "\n".join(f"  {p}" for p in problems)
        count = plural(len(problems), "problem")
        super().__init__(f"{path}: {count} in the configuration:\n{lines}")


class UsageError(TimeauditError):
    """Options that do not fit together, or name something that does not exist."""

    exit_code = 2


class InvalidEventError(TimeauditError):
    """A connector produced an event that breaks the model's rules (a naive datetime...)."""


class SourceError(TimeauditError):
    """One source (a file, an account) could not be read. Other sources still load."""

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class ConnectorError(SourceError):
    """A connector failed as a whole: sign-in, network, an unexpected answer."""


class StoreError(TimeauditError):
    """The SQLite store cannot be opened or written."""


class WriteError(TimeauditError):
    """A file or folder timeaudit writes (a report, an ``--out`` folder, the starter config, a
    cached model) cannot be written: ``path`` names it, ``reason`` is the system's word for
    why, ``advice`` what to do. What was written before it stays."""

    def __init__(self, path: str, what: str, reason: str, advice: str) -> None:
        self.path = path
        super().__init__(f"{path}: cannot write {what}: {reason} ({advice})")
