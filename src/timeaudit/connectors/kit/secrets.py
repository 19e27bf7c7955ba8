"""Token caches: files only the user can read, written atomically, never logged.

A token cache holds refresh tokens: whoever reads it can read the calendar. So it is created
with mode 0600 from the first byte (never chmod-ed after the fact), replaced atomically (a
crash mid-write leaves the old file, not half a token), and its folder is 0700.
"""

from __future__ import annotations

import stat
from pathlib import Path

from timeaudit.connectors.contract import SourceSpec
from timeaudit.errors import TimeauditError, UsageError
from timeaudit.files import write_atomically


class TokenError(TimeauditError):
    """A token file that cannot be read or written safely."""


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, readable and writable by the owner only, in
    a folder only the owner can enter."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.parent.chmod(0o700)
    write_atomically(path, data)


def read_private(path: Path) -> bytes | None:
    """The file's bytes, or None when there is none. Refuses a token file that others can
    read, rather than use a secret that may have leaked."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise TokenError(
            f"{path}: token file is readable by other users (mode {stat.S_IMODE(mode):o}); "
            f"run `chmod 600 {path}` or delete it and sign in again"
        )
    return path.read_bytes()


def token_path(spec: SourceSpec, provider: str) -> Path:
    """Where a source's token cache lives: the data folder's tokens/, one file per source."""
    if spec.data_dir is None:
        raise UsageError(f"source {spec.name!r}: no data folder for its token; give --home")
    return spec.data_dir / "tokens" / f"{provider}-{spec.name}.json"
