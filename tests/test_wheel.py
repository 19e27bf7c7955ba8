"""The wheel carries everything it needs: rule packs, templates and sample calendars are
found from an installed wheel in a fresh virtual environment, not only from a checkout.

Offline: the wheel is built without build isolation and installed with --no-index; the
fresh environment borrows this one's third-party packages through a .pth file."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-w",
            str(tmp / "dist"),
            str(ROOT),
        ],
        check=True,
    )
    env_dir = tmp / "venv"
    venv.create(env_dir)  # no pip of its own: this environment's pip installs into it
    python = env_dir / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(purelib, "borrowed-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    wheel = next((tmp / "dist").glob("timeaudit-*.whl"))
    install = ["install", "-q", "--no-deps", "--no-index", str(wheel)]
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), *install], check=True)
    return env_dir


def test_wheel_contains_rule_packs_templates_and_samples(installed: Path) -> None:
    python = installed / "bin" / "python"
    script = (
        "import timeaudit, importlib.resources as r;"
        "print(timeaudit.__file__);"
        "print(sorted(p.name for p in r.files('timeaudit.classifiers').iterdir()));"
        "print(sorted(p.name for p in r.files('timeaudit.reports').iterdir()));"
        "print(sorted(p.name for p in r.files('timeaudit.samples').iterdir()));"
        "print(sorted(p.name for p in r.files('timeaudit.render.schemas').iterdir()))"
    )
    out = subprocess.run(
        [str(python), "-c", script], check=True, capture_output=True, text=True, cwd="/"
    )
    location, classifiers, reports, samples, schemas = out.stdout.splitlines()
    assert location.startswith(str(installed)), (
        "timeaudit was imported from the checkout, not the wheel"
    )
    assert "default.toml" in classifiers and "planning.toml" in classifiers
    assert "report.md.j2" in reports and "questions.toml" in reports
    assert "planning.md.j2" in reports and "planning.html.j2" in reports
    assert "demo.toml" in samples and ".ics" in samples
    assert "person-v2.schema.json" in schemas and "events-v2.schema.json" in schemas
    assert "person-v1.schema.json" in schemas and "events-v1.schema.json" in schemas  # released
    assert "person-v5.schema.json" in schemas and "events-v3.schema.json" in schemas


def test_demo_runs_from_the_installed_wheel(installed: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(installed / "bin" / "timeaudit"), "demo", "--out", str(tmp_path / "demo")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    reports = sorted(p.name for p in (tmp_path / "demo" / "reports").glob("*.md"))
    assert len(reports) == 3
    assert "verdict" in result.stdout
    page = tmp_path / "demo" / "reports" / "index.html"
    assert f"  open {page} " in result.stdout  # what a new user runs after the demo
    assert (tmp_path / "demo" / "config.toml").is_file()  # a workspace for the other views
    assert "timeaudit audit --ics calendar.ics --owner you@example.com" in result.stdout
    assert "timeaudit init" in result.stdout


def test_the_wheel_carries_the_licence(installed: Path) -> None:
    python = installed / "bin" / "python"
    script = (
        "import importlib.metadata as m; d = m.distribution('timeaudit');"
        "print(d.metadata['License-Expression'] or d.metadata['License']);"
        "print(any(str(f).endswith('LICENSE') for f in d.files or []))"
    )
    out = subprocess.run(
        [str(python), "-c", script], check=True, capture_output=True, text=True, cwd="/"
    )
    expression, shipped = out.stdout.split()
    assert (expression, shipped) == ("Apache-2.0", "True")
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "Apache License" in text and "Version 2.0, January 2004" in text
