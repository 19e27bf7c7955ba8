"""The commands that never count answer without loading the heavy libraries.

``timeaudit --help``, ``--version``, ``init``, ``note``, ``label`` and every usage error must
not import scikit-learn, pandas or matplotlib (together about 3 s of CPU on a cold start).
Each case runs in a fresh interpreter, because a module imported once stays imported; the
test looks at ``sys.modules`` afterwards and never at a clock.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("pandas", "sklearn", "matplotlib")

PROBE = f"""
import sys
args = sys.argv[1:]
if args != ["--import-only"]:
    from timeaudit.cli import main
    try:
        main(args, prog_name="timeaudit")
    except SystemExit as exc:
        print("EXIT", exc.code, file=sys.stderr)
else:
    import timeaudit.cli
print("HEAVY", *[m for m in {HEAVY!r} if m in sys.modules], file=sys.stderr)
"""


def probe(home: Path, *args: str) -> tuple[list[str], str]:
    """The heavy modules loaded after running ``timeaudit args`` in a fresh process, and
    what it wrote to stderr."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TIMEAUDIT_")}
    env["TIMEAUDIT_HOME"] = str(home)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    lines = done.stderr.splitlines()
    heavy = next(line for line in lines if line.startswith("HEAVY")).split()[1:]
    return heavy, done.stderr


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home with the starter config (``timeaudit init``), so ``note`` finds its person."""
    folder = tmp_path_factory.mktemp("startup-home")
    heavy, err = probe(folder, "init")
    assert heavy == [], err
    assert (folder / "config.toml").exists(), err
    return folder


@pytest.mark.parametrize(
    "args",
    [
        ["--import-only"],
        ["--help"],
        ["--version"],
        ["audit", "--help"],
        ["note", "you@example.com", "2026-10", "Board prep ate the month"],
        ["note", "you@example.com", "2026-10"],
        ["label", "no-such-uid", "--as", "strategy"],
        ["audit", "--month", "2026-13"],
        ["audit", "--from", "2026-10-01"],
        ["audit", "--no-such-option"],
        ["coach", "--months", "0", "--month", "2026-10"],
        ["cohort", "--format", "pdf"],
        ["no-such-command"],
    ],
    ids=lambda args: " ".join(args),
)
def test_light_commands_load_no_heavy_library(home: Path, args: list[str]) -> None:
    heavy, err = probe(home, *args)
    assert heavy == [], err
    assert "Traceback" not in err


def test_the_probe_sees_heavy_libraries_when_a_command_counts(
    home: Path, seed_model_file: Path
) -> None:
    """The check above can fail: a command that runs the audit does load pandas (with the
    seed model already cached: fitting it is not what this checks)."""
    (home / "models").mkdir(exist_ok=True)
    shutil.copy(seed_model_file, home / "models")
    ics = Path(__file__).parent / "data" / "report"
    calendar = next(ics.glob("*.ics"), None)
    assert calendar is not None
    heavy, err = probe(home, "events", "--ics", str(calendar), "--owner", "a@example.com")
    assert "pandas" in heavy, err
