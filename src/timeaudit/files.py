"""Writing files so that a crash never leaves half of one, and a failure names the file.

An ``OSError`` raised here names the file it was writing (``filename``), even when the
system gave none: a full disk fails the ``write`` itself, which names nothing. The command
line turns such an error into one line (:func:`write_failure`) using the :class:`Target`\\ s
each command declared: the files and folders it writes, what they hold and the setting that
chooses them. Nothing here deletes what was written before a failure.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from timeaudit.errors import ConfigError, WriteError

#: Errors only a write raises: one that names no file is put on the command's last target.
WRITE_ONLY = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path`` and move it into place, so a
    reader sees the old file or the new one, never half. The file is readable by its owner
    only (mkstemp creates it with mode 0600, from the first byte). An ``OSError`` names
    ``path`` (or the folder that could not be made), never the temporary file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise named(exc, path) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).replace(path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise named(exc, path) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text(path: Path, text: str) -> None:
    """``path.write_text(text)`` in UTF-8 (in place, with the mode the umask gives), except
    that an ``OSError`` names ``path`` even when the write itself failed (a full disk)."""
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        if exc.filename is not None:
            raise
        raise named(exc, path) from exc


def named(exc: OSError, path: Path) -> OSError:
    """``exc`` naming ``path`` as the file that failed (same class, errno and text)."""
    if exc.errno is None:
        return exc
    return type(exc)(exc.errno, exc.strerror, os.fspath(path))


@dataclass(frozen=True)
class Target:
    """A file or folder a command writes: what it holds ("the reports") and the setting
    that chooses it ("--out"), for the message when writing it fails."""

    path: Path
    what: str
    setting: str


def write_failure(exc: OSError, targets: Sequence[Target]) -> WriteError | None:
    """``exc`` as one line naming the path, when it failed writing one of ``targets``: at
    or under a target, or at a folder above it (making its parents). An error that names
    no file counts only when only a write raises it (a full disk), and goes to the last
    target. Anything else is not a write failure of ours: None."""
    failed = _filename(exc)
    target = _target_of(failed, targets) if failed else _last_for(exc, targets)
    if target is None:
        return None
    path, reason = failed or target.path, exc.strerror or str(exc)
    if failed is not None and not _within(failed, target.path):  # a folder above it
        path, reason = target.path, f"{reason}: {failed}"
    return WriteError(str(path), target.what, reason, advice(exc.errno, target.setting))


def in_the_way(path: Path, *, folder: bool) -> OSError | None:
    """What writing ``path`` (a folder when ``folder``, else a file) will meet when something
    already there is in the way, as the error the write would raise; None when nothing is.
    Lets a command fail before it syncs rather than after."""
    if folder and path.exists() and not path.is_dir():
        return FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path))
    if not folder and path.is_dir():
        return IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    above = next((p for p in path.parents if p.exists()), None)
    if above is not None and not above.is_dir():
        return NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(path))
    return None


def advice(code: int | None, setting: str) -> str:
    """What to do about a write that failed with ``code``."""
    other = f"give {setting} another path"
    if code in (errno.ENOSPC, errno.EDQUOT):
        return f"the disk is full: free some space, or {other} on another disk"
    if code == errno.EROFS:
        return f"the disk is read-only: {other}"
    if code in (errno.EACCES, errno.EPERM):
        return f"check the permissions of its folder, or {other}"
    if code in (errno.EEXIST, errno.ENOTDIR):
        return f"a file stands where a folder must be: move it, or {other}"
    if code == errno.EISDIR:
        return f"a folder stands where the file must be: {other}"
    return f"check the path, or {other}"


def _filename(exc: OSError) -> Path | None:
    name = exc.filename
    return Path(os.fsdecode(name)) if isinstance(name, (str, bytes)) else None


def _target_of(failed: Path, targets: Sequence[Target]) -> Target | None:
    """The deepest target holding ``failed`` (of two alike, the one declared last: the
    command's own); else the nearest one below it."""
    holding = [(_depth(t), i, t) for i, t in enumerate(targets) if _within(failed, t.path)]
    if holding:
        return max(holding)[2]
    below = [(_depth(t), -i, t) for i, t in enumerate(targets) if _within(t.path, failed)]
    return min(below)[2] if below else None


def _depth(target: Target) -> int:
    return len(_absolute(target.path).parts)


def _last_for(exc: OSError, targets: Sequence[Target]) -> Target | None:
    return targets[-1] if targets and exc.errno in WRITE_ONLY else None


def _within(path: Path, folder: Path) -> bool:
    """``path`` is ``folder`` or lies under it (as written, symbolic links not followed)."""
    path, folder = _absolute(path), _absolute(folder)
    return path == folder or folder in path.parents


def _absolute(path: Path) -> Path:
    return path.absolute()


def read_pack(path: Path, what: str, hint: str) -> str:
    """The text of a user's pack file (``what``: "rule pack"), or :class:`ConfigError`
    naming the file and what to do (``hint``: "check [settings] rhythm_pack")."""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ConfigError(str(path), [f"not UTF-8 text; save the {what} as UTF-8"]) from None
    except OSError as exc:
        problem = f"cannot read the {what} ({exc.strerror}); {hint}"
        raise ConfigError(str(path), [problem]) from None
