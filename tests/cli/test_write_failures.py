"""Every command that writes files or the store ends a failed write with exit 1 and one line
naming the path (``timeaudit: error: PATH: cannot write WHAT: REASON (WHAT TO DO)``), never a
traceback; what was written before the failure stays.

How each failure is made (the tests may run as root, whom ``chmod`` does not stop):

- a file where the folder must be (or a folder where the file must be): real, on disk;
- not writable: real where the system refuses even root (a new entry in ``/sys``: EPERM or
  EACCES; skipped where it does not refuse), real with ``chmod`` when not root (skipped as
  root), and simulated in-process (the write raises PermissionError naming its file, as
  ``open`` does);
- a full disk: real through ``/dev/full`` (the kernel's always-full device) where a file can
  be pointed there, and simulated in-process for every command (the write raises ENOSPC
  naming no file, as a real ``write`` does).

One home is synced once (module fixture); the commands then run with ``--no-sync``.
``CliRunner`` turns an uncaught exception into exit 1 too, so every check also asserts the
run ended by ``SystemExit`` (not by an exception) and printed no traceback."""

from __future__ import annotations

import errno
import itertools
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from tests.config.test_roster import Meeting, write_ics
from timeaudit.cli.commands import main
from timeaudit.files import Target, write_failure
from timeaudit.store.sqlite import Store

MONTH = "2026-10"
OWNER = "ana@example.com"
UID = "ana-0@tests.example"  # write_ics names the first meeting so
CONFIG = f"""[settings]
min_group_size = 1

[[people]]
email = "{OWNER}"
name = "Ana Lima"
role = "executive"
tz = "UTC"
sources = ["cal"]

[sources.cal]
kind = "ics"
path = "cal.ics"
"""


@dataclass(frozen=True)
class Writer:
    """A command that writes into ``--out``: a folder, or a file (``events``)."""

    args: tuple[str, ...]
    folder: bool = True
    home: bool = True  # runs on the synced home (the demo makes its own)


WRITERS = {
    "audit": Writer(("audit", "--no-sync", "--month", MONTH)),
    "coach": Writer(("coach", "--no-sync", "--month", MONTH, "--months", "2")),
    "cohort": Writer(("cohort", "--no-sync", "--month", MONTH)),
    "bundle": Writer(("bundle", "--no-sync", "--month", MONTH)),
    "bundle --zip": Writer(("bundle", "--zip", "--no-sync", "--month", MONTH)),
    "events": Writer(("events", "--no-sync", "--month", MONTH), folder=False),
    "demo": Writer(("demo",), home=False),
}


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory, seed_model_file: Path) -> Path:
    """A home with one person's calendar, synced once, the seed model in its cache."""
    folder = tmp_path_factory.mktemp("home")
    (folder / "config.toml").write_text(CONFIG, encoding="utf-8")
    write_ics(
        folder / "cal.ics", OWNER, [Meeting("Weekly sync", 6, 1.0), Meeting("Roadmap", 7, 2.0)]
    )
    (folder / "models").mkdir()
    shutil.copy(seed_model_file, folder / "models")
    first = folder / "first"
    synced = run(folder, "audit", "--month", MONTH, "--out", str(first))
    assert synced.exit_code == 0, synced.output
    return folder


def run(home: Path | None, *args: str) -> Result:
    prefix = ["--home", str(home)] if home is not None else []
    return CliRunner().invoke(main, [*prefix, *args], input="q")


def write(name: str, home: Path, out: Path | str) -> Result:
    writer = WRITERS[name]
    return run(home if writer.home else None, *writer.args, "--out", str(out))


def one_line_error(result: Result, path: Path | str) -> str:
    """The run ended with exit 1 and one error line, the last on stderr, naming ``path``
    (progress lines, such as what the audit recomputed, may come before it); that line."""
    assert isinstance(result.exception, SystemExit), result.exception  # not a crash
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    errors = [line for line in lines if line.startswith("timeaudit: error:")]
    assert errors == lines[-1:], result.stderr  # progress lines may come before it
    assert errors[0].startswith(f"timeaudit: error: {path}"), errors[0]
    return errors[0]


def under(path: Path, folder: Path) -> bool:
    path, folder = path.absolute(), folder.absolute()
    return path == folder or folder in path.parents


def break_writes(
    monkeypatch: pytest.MonkeyPatch, folder: Path, error: Callable[[Path], OSError], skip: int = 0
) -> None:
    """Every write of a file under ``folder`` after the first ``skip`` raises ``error(path)``:
    ``Path.write_text`` and ``write_bytes`` (reports, cohort files, the events list, the
    demo's files) and the ``fsync`` of an atomic write (packets; its file found through
    ``/proc/self/fd``)."""
    seen = itertools.count()
    text, data, fsync = Path.write_text, Path.write_bytes, os.fsync

    def check(path: Path) -> None:
        if under(path, folder) and next(seen) >= skip:
            raise error(path)

    def write_text(self: Path, *args: Any, **kwargs: Any) -> int:
        check(self)
        return text(self, *args, **kwargs)

    def write_bytes(self: Path, *args: Any, **kwargs: Any) -> int:
        check(self)
        return data(self, *args, **kwargs)

    def sync(fd: int) -> None:
        check(Path(f"/proc/self/fd/{fd}").readlink())
        fsync(fd)

    monkeypatch.setattr(Path, "write_text", write_text)
    monkeypatch.setattr(Path, "write_bytes", write_bytes)
    monkeypatch.setattr(os, "fsync", sync)


def disk_full(path: Path) -> OSError:
    return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))  # a failed write names no file


def denied(path: Path) -> OSError:
    return PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))


needs_proc = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")


@pytest.fixture
def refused(tmp_path: Path) -> Iterator[Path]:
    """A path in ``/sys``, where the system refuses new entries even to root."""
    path = Path("/sys") / f"timeaudit-test-{tmp_path.name}"
    try:
        path.mkdir()
    except OSError:
        yield path
        return
    path.rmdir()
    pytest.skip("/sys takes new folders here")


# -- --out: something in the way --------------------------------------------------------------
@pytest.mark.parametrize("name", WRITERS)
def test_out_taken_by_a_file_or_folder(home: Path, tmp_path: Path, name: str) -> None:
    """A file where the folder must be (a folder where the events file must be) is reported
    before anything is synced or written."""
    taken = tmp_path / "taken"
    if WRITERS[name].folder:
        taken.write_text("not a folder")
        want = "File exists (a file stands where a folder must be: move it, or give --out"
    else:
        taken.mkdir()
        want = "Is a directory (a folder stands where the file must be: give --out"
    line = one_line_error(write(name, home, taken), taken)
    assert f"{taken}: cannot write " in line and want in line


@pytest.mark.parametrize("name", WRITERS)
def test_out_below_a_file(home: Path, tmp_path: Path, name: str) -> None:
    (tmp_path / "file").write_text("not a folder")
    out = tmp_path / "file" / "out"
    line = one_line_error(write(name, home, out), out)
    assert "Not a directory (a file stands where a folder must be" in line


# -- --out: not writable ----------------------------------------------------------------------
@pytest.mark.parametrize("name", WRITERS)
def test_out_the_system_refuses(home: Path, refused: Path, name: str) -> None:
    """Real: creating the folder (or the events file) in /sys fails, even for root."""
    line = one_line_error(write(name, home, refused), refused)
    assert "(check the permissions of its folder, or give --out another path)" in line


@needs_proc
@pytest.mark.parametrize("name", WRITERS)
def test_a_file_in_out_not_writable(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """Simulated: the folder is made, opening a file in it is refused (as root it would not)."""
    out = tmp_path / "out"
    break_writes(monkeypatch, out, denied)
    line = one_line_error(write(name, home, out), out)
    assert "Permission denied (check the permissions of its folder, or give --out" in line


# -- --out: a full disk -----------------------------------------------------------------------
@needs_proc
@pytest.mark.parametrize("name", WRITERS)
def test_a_full_disk(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """Simulated: every write under --out fails with ENOSPC, naming no file (as a real
    ``write`` does); the line names the file when the writer knows it, else --out."""
    out = tmp_path / "out.csv" if name == "events" else tmp_path / "out"
    break_writes(monkeypatch, out, disk_full)
    line = one_line_error(write(name, home, out), out)
    assert ": cannot write " in line
    assert line.endswith(
        "No space left on device (the disk is full: free some space, "
        "or give --out another path on another disk)"
    )


full = pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")


@full
def test_events_to_a_really_full_disk(home: Path) -> None:
    line = one_line_error(write("events", home, "/dev/full"), "/dev/full")
    assert line == (
        "timeaudit: error: /dev/full: cannot write the events list: No space left on device "
        "(the disk is full: free some space, or give --out another path on another disk)"
    )


# -- a write that fails midway ----------------------------------------------------------------
@full
def test_what_was_written_before_a_full_disk_stays(home: Path, tmp_path: Path) -> None:
    """Real: the Markdown report is a link to /dev/full, so the disk fills after the HTML
    report was written. The HTML stays, the index (written last) never comes, exit 1; the
    store, written before the reports, still holds what was synced."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "Ana-Lima-2026-10.md").symlink_to("/dev/full")
    line = one_line_error(write("audit", home, out), out)
    assert "No space left on device" in line
    assert (out / "Ana-Lima-2026-10.html").stat().st_size > 0
    assert not (out / "index.html").exists()
    with Store(home / "timeaudit.sqlite") as store:
        assert store.count() == 2


@needs_proc
def test_a_packet_keeps_its_files_written_before_the_failure(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Simulated: the third file of the packet fails; the two before it stay, whole, and no
    temporary file is left behind."""
    out = tmp_path / "out"
    break_writes(monkeypatch, out, disk_full, skip=2)
    packet = out / "Ana-Lima-2026-10"
    one_line_error(write("bundle", home, out), packet / "summary.md")
    assert sorted(p.name for p in packet.iterdir()) == ["report.html", "summary.html"]
    assert all(p.stat().st_size > 0 for p in packet.iterdir())


# -- the home (store, config) -----------------------------------------------------------------
#: Every command that opens the store or writes into the home, with --config given where it
#: reads one (so that the home is the only thing wrong).
HOME_COMMANDS: dict[str, tuple[str, ...]] = {
    "init": ("init",),
    "note": ("note", OWNER, MONTH, "a note"),
    "label": ("label", UID, "--as", "strategy"),
    "review": ("review", "--no-sync", "--month", MONTH),
    "evaluate": ("evaluate", "LABELS", "--no-sync", "--month", MONTH),
    **{name: (*w.args, "--out", "OUT") for name, w in WRITERS.items() if w.home},
}


def home_args(name: str, home: Path, tmp_path: Path) -> list[str]:
    labels = tmp_path / "labels.csv"
    labels.write_text(f"uid,recurrence_id,label\n{UID},,strategy\n", encoding="utf-8")
    swap = {"LABELS": str(labels), "OUT": str(tmp_path / "out")}
    config = [] if name == "init" else ["--config", str(home / "config.toml")]
    return [*config, *(swap.get(a, a) for a in HOME_COMMANDS[name])]


def check_home_failure(result: Result, name: str, bad: Path) -> str:
    """init writes the config into the home; the others fail opening the store (the
    store's own StoreError, exit 1, as the README's exit codes say)."""
    if name == "init":
        line = one_line_error(result, bad)
        assert line.startswith(f"timeaudit: error: {bad}: cannot write into the home folder: ")
    else:
        line = one_line_error(result, bad / "timeaudit.sqlite")
        assert ": cannot open the store: " in line
    assert "--home another path" in line or "(check the path and its permissions)" in line
    return line


@pytest.mark.parametrize("name", HOME_COMMANDS)
def test_a_home_below_a_file(home: Path, tmp_path: Path, name: str) -> None:
    (tmp_path / "file").write_text("not a folder")
    bad = tmp_path / "file" / "home"
    result = CliRunner().invoke(main, ["--home", str(bad), *home_args(name, home, tmp_path)])
    assert "Not a directory" in check_home_failure(result, name, bad)
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("name", HOME_COMMANDS)
def test_a_home_the_system_refuses(home: Path, tmp_path: Path, refused: Path, name: str) -> None:
    result = CliRunner().invoke(main, ["--home", str(refused), *home_args(name, home, tmp_path)])
    check_home_failure(result, name, refused)


def refuse_notes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Simulated: SQLite refuses every write of a note (an authorizer on each connection the
    store opens), as it refuses a write to a full disk: inside the store's real transaction."""
    connect = sqlite3.connect

    def refusing(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        db: sqlite3.Connection = connect(*args, **kwargs)
        db.set_authorizer(
            lambda action, table, *_: (
                sqlite3.SQLITE_DENY
                if action == sqlite3.SQLITE_INSERT and table == "notes"
                else sqlite3.SQLITE_OK
            )
        )
        return db

    monkeypatch.setattr(sqlite3, "connect", refusing)


def test_a_refused_store_write_leaves_the_store_as_it_was(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patch:
        refuse_notes(patch)
        result = run(home, "note", OWNER, MONTH, "a note")
    assert result.exit_code == 1
    with Store(home / "timeaudit.sqlite") as store:  # the transaction was rolled back
        assert store.notes(OWNER) == {}
        assert store.count() == 2


def test_a_refused_store_write_is_one_line(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    refuse_notes(monkeypatch)
    result = run(home, "note", OWNER, MONTH, "a note")
    if not isinstance(result.exception, SystemExit):
        raise result.exception or AssertionError("no exit")
    one_line_error(result, home / "timeaudit.sqlite")


# -- what is not a write of ours ---------------------------------------------------------------
def test_an_error_elsewhere_is_not_called_a_write_failure(tmp_path: Path) -> None:
    targets = [Target(tmp_path / "home", "into the home folder", "--home")]
    elsewhere = FileNotFoundError(errno.ENOENT, "No such file or directory", "/etc/x.ics")
    assert write_failure(elsewhere, targets) is None
    assert write_failure(OSError(errno.EPIPE, "Broken pipe"), targets) is None


def test_an_unexpected_error_keeps_its_traceback(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An OSError that is not a write of the command's (here: a read of a file elsewhere)
    is a bug to see, not a line that would blame the output."""
    from timeaudit.app import runs

    def broken(*args: object, **kwargs: object) -> str:
        raise FileNotFoundError(errno.ENOENT, "No such file or directory", "/elsewhere/x")

    monkeypatch.setattr(runs, "events", broken)
    result = write("events", home, tmp_path / "events.csv")
    assert isinstance(result.exception, FileNotFoundError)


def test_the_command_itself_prints_one_line(home: Path, tmp_path: Path) -> None:
    """The installed entry point, in its own process: one line, exit 1, no traceback."""
    taken = tmp_path / "taken"
    taken.write_text("not a folder")
    script = "from timeaudit.cli import main; main(prog_name='timeaudit')"
    args = ["--home", str(home), "audit", "--no-sync", "--month", MONTH, "--out", str(taken)]
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"timeaudit: error: {taken}: cannot write the reports: File exists "
        "(a file stands where a folder must be: move it, or give --out another path)"
    ]
