"""Token files: 0600 from the first byte, written atomically, refused when others can read."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from timeaudit.connectors.kit.secrets import TokenError, read_private, write_private


def test_token_file_is_private_and_its_folder_too(tmp_path: Path) -> None:
    path = tmp_path / "tokens" / "google-work.json"
    write_private(path, b'{"refresh_token": "r"}')
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert read_private(path) == b'{"refresh_token": "r"}'


def test_rewrite_replaces_atomically_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    write_private(path, b"one")
    write_private(path, b"two")
    assert read_private(path) == b"two"
    assert [p.name for p in tmp_path.iterdir()] == ["t.json"]


def test_a_failed_write_keeps_the_old_token(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "t.json"
    write_private(path, b"good")

    def broken_fsync(fd: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("os.fsync", broken_fsync)
    with pytest.raises(OSError, match="disk full"):
        write_private(path, b"half")
    monkeypatch.undo()
    assert read_private(path) == b"good"
    assert [p.name for p in tmp_path.iterdir()] == ["t.json"]


def test_a_token_others_can_read_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    path.write_bytes(b"secret")
    path.chmod(0o644)
    with pytest.raises(TokenError) as caught:
        read_private(path)
    assert str(caught.value) == (
        f"{path}: token file is readable by other users (mode 644); "
        f"run `chmod 600 {path}` or delete it and sign in again"
    )


def test_no_file_is_none(tmp_path: Path) -> None:
    assert read_private(tmp_path / "missing.json") is None
