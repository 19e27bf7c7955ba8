"""The command line, the top layer: click commands that parse options and call :mod:`timeaudit.app`.

``timeaudit.cli`` imports nothing heavy (no pandas, scikit-learn or matplotlib), so ``--help``,
``--version`` and every usage error answer at once; each command imports the library when it runs.
"""

from timeaudit.cli.commands import main

__all__ = ["main"]
