"""The CalDAV connector is an extra (``pip install 'timeaudit[caldav]'``): without the
``caldav`` library, a config naming a caldav source is one line that says how to install
it, exit 2, no traceback; the other connectors are unaffected."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.connectors.caldav.conftest import config_text

# Runs the command with the caldav package made unimportable (None in sys.modules makes
# every import of it raise ImportError, as if it were not installed).
WITHOUT_CALDAV = """
import sys
sys.modules["caldav"] = None
from timeaudit.cli import main
sys.argv = ["timeaudit", "--home", sys.argv[1], "events", "--month", "2026-05", "--no-sync"]
main()
"""


def run_without_caldav(home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", WITHOUT_CALDAV, str(home)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_caldav_source_without_the_extra_says_how_to_install_it(tmp_path: Path) -> None:
    table = 'kind = "caldav"\nurl = "http://127.0.0.1:9/"\nusername = "owner"\n'
    (tmp_path / "config.toml").write_text(config_text(table), encoding="utf-8")
    done = run_without_caldav(tmp_path)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if "sources.cal.kind" in line]
    assert len(lines) == 1, done.stderr
    assert "pip install 'timeaudit[caldav]'" in lines[0]


def test_other_sources_load_without_the_extra(tmp_path: Path) -> None:
    calendar = tmp_path / "cal.ics"
    calendar.write_text(
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//t//EN\nBEGIN:VEVENT\nUID:a@t\n"
        "DTSTAMP:20260401T000000Z\nDTSTART:20260505T090000Z\nDTEND:20260505T100000Z\n"
        "SUMMARY:Roadmap review\nEND:VEVENT\nEND:VCALENDAR\n",
        encoding="utf-8",
    )
    table = f'kind = "ics"\npath = "{calendar}"\n'
    (tmp_path / "config.toml").write_text(config_text(table), encoding="utf-8")
    done = run_without_caldav(tmp_path)
    assert done.returncode == 0, done.stderr
    assert "caldav" not in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
