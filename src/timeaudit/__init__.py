"""timeaudit: where a leader's time really goes.

Calendars in (connectors), one normalised event per occurrence (:mod:`timeaudit.model`),
a SQLite store, then batch steps on a DataFrame: classify, count and allocate time, assess
against role targets, render. :mod:`timeaudit.app` has one function per command.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("timeaudit")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
