"""The HTML report in a real browser (headless Chromium): it renders, it fetches nothing, and
nothing in it runs.

Every run of the browser sends its traffic to a TCP listener of the test's own (the proxy),
so any http(s) request the page makes shows up there. Chromium itself, on a fresh profile,
calls three of Google's service hosts (component updates, sign-in, network time) whatever
the flags; those three bypass the proxy and resolve to nothing, so they reach no network
and the listener stays silent unless the page asks for something. Two control pages (one
that fetches, one that runs a script) prove the listener and the DOM check would notice.

Needs Debian's `chromium` package (`apt-get install chromium`; .ci/run installs it): without
it the tests are skipped, except under CI where they fail (the `chromium` fixture, in
conftest.py, is shared with test_pages_browser.py).
"""

from __future__ import annotations

import re
import socket
import subprocess
import threading
from html.parser import HTMLParser
from pathlib import Path
from types import TracebackType

import matplotlib.image
import numpy as np
import pytest

from tests.render.conftest import ReportRun
from tests.render.devtools import HEADLESS

ARTIFACTS = Path(__file__).parents[1] / "artifacts"
SCREENSHOT = ARTIFACTS / "report-screenshot.png"
WIDTH, HEIGHT = 1280, 2400
PWNED = "data-pwned"
#: Hosts Chromium calls on its own at start-up; kept off the proxy and unresolvable.
BROWSER_SERVICES = ("update.googleapis.com", "accounts.google.com", "clients2.google.com")
A4_POINTS = (595.0, 842.0)
MEDIA_BOX = re.compile(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]")


class Listener:
    """A TCP listener on 127.0.0.1 that records the first bytes of every connection."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(0.1)
        self.port: int = self.server.getsockname()[1]
        self.seen: list[bytes] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> Listener:
        self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._accept_all()  # connections still queued when the browser quit
        self.server.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            self._accept_all()

    def _accept_all(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except (TimeoutError, BlockingIOError):
                return
            with conn:
                conn.settimeout(1.0)
                try:
                    self.seen.append(conn.recv(512))
                except OSError:
                    self.seen.append(b"")


def browse(chromium: str, page: Path, profile: Path, *args: str) -> tuple[str, list[bytes]]:
    """Open ``page`` once in a fresh profile with every request sent to a listener: the
    browser's stdout, and what the listener saw."""
    with Listener() as listener:
        done = subprocess.run(
            [
                chromium,
                *HEADLESS,
                f"--user-data-dir={profile}",
                f"--proxy-server=http://127.0.0.1:{listener.port}",
                f"--proxy-bypass-list=<-loopback>;{';'.join(BROWSER_SERVICES)}",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                *args,
                page.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout, listener.seen


def requests(seen: list[bytes]) -> list[str]:
    return [first.split(b"\r\n", 1)[0].decode("latin-1") for first in seen]


class Dom(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def dom(html: str) -> Dom:
    parser = Dom()
    parser.feed(html)
    parser.close()
    return parser


def pwned(parsed: Dom) -> bool:
    return any(PWNED in attrs for _, attrs in parsed.elements)


# -- the report -----------------------------------------------------------------------------
def test_the_report_renders_and_fetches_nothing(
    chromium: str, golden_report: ReportRun, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    SCREENSHOT.unlink(missing_ok=True)
    _, seen = browse(
        chromium,
        golden_report.files["html"],
        tmp_path / "profile",
        "--hide-scrollbars",
        f"--screenshot={SCREENSHOT}",
        f"--window-size={WIDTH},{HEIGHT}",
    )
    assert requests(seen) == []
    assert SCREENSHOT.exists() and SCREENSHOT.stat().st_size > 50_000
    pixels = np.asarray(matplotlib.image.imread(SCREENSHOT))
    assert pixels.shape[:2] == (HEIGHT, WIDTH)
    colours = np.unique(pixels.reshape(-1, pixels.shape[2]), axis=0)
    assert len(colours) > 200 and float(pixels.std()) > 0.05  # text, charts: not one flat colour
    with capsys.disabled():
        print(f"\nscreenshot of the report: {SCREENSHOT}")


def test_the_hostile_report_runs_no_script_and_fetches_nothing(
    chromium: str, hostile_report: ReportRun, tmp_path: Path
) -> None:
    html, seen = browse(chromium, hostile_report.files["html"], tmp_path / "profile", "--dump-dom")
    assert requests(seen) == []
    page = dom(html)
    assert not pwned(page)
    tags = {tag for tag, _ in page.elements}
    assert not {"script", "img", "iframe", "object", "embed"} & tags
    text = "".join(page.text)
    assert f"<script>document.body.setAttribute('{PWNED}','1')</script>" in text  # as words


def test_the_report_prints_on_a4(chromium: str, golden_report: ReportRun, tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    _, seen = browse(
        chromium,
        golden_report.files["html"],
        tmp_path / "profile",
        f"--print-to-pdf={pdf}",
        "--no-pdf-header-footer",
    )
    assert requests(seen) == []
    boxes = [(float(w), float(h)) for w, h in MEDIA_BOX.findall(pdf.read_bytes())]
    assert 2 <= len(boxes) <= 8, f"{len(boxes)} pages"
    assert all(abs(w - A4_POINTS[0]) < 2 and abs(h - A4_POINTS[1]) < 2 for w, h in boxes), boxes


# -- controls: the checks above would notice a fetch or a script -------------------------
def test_control_a_page_that_fetches_reaches_the_listener(chromium: str, tmp_path: Path) -> None:
    page = tmp_path / "fetches.html"
    page.write_text('<p>x</p><img src="http://canary.example/pixel.png">', encoding="utf-8")
    _, seen = browse(chromium, page, tmp_path / "profile", "--dump-dom")
    assert any("canary.example" in line for line in requests(seen)), requests(seen)


def test_control_a_page_with_a_script_is_caught(chromium: str, tmp_path: Path) -> None:
    page = tmp_path / "script.html"
    page.write_text(
        f"<body><script>document.body.setAttribute('{PWNED}','1')</script></body>",
        encoding="utf-8",
    )
    html, _ = browse(chromium, page, tmp_path / "profile", "--dump-dom")
    assert pwned(dom(html))
