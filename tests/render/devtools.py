"""Headless Chromium driven over the DevTools protocol, for the layout tests of the pages.

The browser is started with ``--remote-debugging-pipe``: it reads commands on its file
descriptor 3 and writes answers and events on 4, as JSON messages ended by a NUL byte, so
nothing beyond the standard library is needed and no port is opened. Every page is opened in
a tab of its own with the viewport (and, for print, the media) it is measured at; what the
page itself does is watched from outside it:

- every script the page compiles (a ``<script>``, an ``on...`` attribute, a ``javascript:``
  address) is reported by the debugger as it is parsed, before anything runs;
- every request it makes is reported by the network domain, and the browser's proxy is a
  listener of the test's own (see test_report_browser.py), so a request that slipped past
  the network domain would show up there;
- the layout is measured by our own expression, evaluated in an isolated world the page's
  scripts (if it had any) could not reach, after the debugger and network reports are read.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

#: The printable width of an A4 page with 15 mm side margins, in CSS pixels (96 per inch):
#: every page's own @page margins are at least this wide apart, so a page that fits this
#: viewport in print emulation fits the paper.
A4_PRINT_WIDTH = round((210 - 2 * 15) / 25.4 * 96)
A4_PRINT_HEIGHT = round((297 - 2 * 15) / 25.4 * 96)

#: The layout, as the page is shown: run in an isolated world, it reads and changes nothing.
#: ``month`` is the text of the header cells to look for (the newest month), or "".
MEASURE = r"""
((month) => {
  const doc = document.documentElement;
  const width = doc.clientWidth;
  const shown = (e) => e.getClientRects().length > 0;
  const label = (e) => {
    const classes = typeof e.className === 'string' ? e.className.trim() : '';
    return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
      (classes ? '.' + classes.split(/\s+/).join('.') : '');
  };
  const clips = (e) => getComputedStyle(e).overflowX !== 'visible';
  // the part of e's box not hidden by the viewport or by an ancestor that clips or scrolls
  const visible = (e) => {
    const box = e.getBoundingClientRect();
    let left = Math.max(box.left, 0), right = Math.min(box.right, width);
    for (let a = e.parentElement; a; a = a.parentElement) {
      if (a === doc || a === document.body || !clips(a)) continue;
      const r = a.getBoundingClientRect();
      left = Math.max(left, r.left + a.clientLeft);
      right = Math.min(right, r.left + a.clientLeft + a.clientWidth);
    }
    return {left: box.left, right: box.right, width: box.width, seen: Math.max(0, right - left)};
  };
  const elements = [...document.body.querySelectorAll('*')]
    .filter((e) => shown(e) && !(e.closest('svg') && e.tagName.toLowerCase() !== 'svg'));
  const outside = elements
    .map((e) => [label(e), e.getBoundingClientRect()])
    .filter(([, r]) => r.width > 0 && (r.left < -0.5 || r.right > width + 0.5))
    .map(([name, r]) => `${name} [${r.left.toFixed(1)}, ${r.right.toFixed(1)}]`);
  const hidden = elements
    .filter((e) => clips(e) && e.scrollWidth > e.clientWidth + 1)
    .map((e) => `${label(e)} holds ${e.scrollWidth}px in ${e.clientWidth}px`);
  // a table cell does not clip: content wider than the cell runs over its neighbours
  const spilling = elements
    .filter((e) => ['td', 'th'].includes(e.tagName.toLowerCase()))
    .filter((e) => e.scrollWidth > e.clientWidth + 1)
    .map((e) => `${label(e)} "${e.textContent.trim().slice(0, 40)}" holds ${e.scrollWidth}px ` +
      `in ${e.clientWidth}px`);
  const tables = [...document.querySelectorAll('table')].filter(shown).map((t) => {
    const r = t.getBoundingClientRect();
    return {name: label(t), left: r.left, right: r.right};
  });
  const months = !month ? [] : [...document.querySelectorAll('th')]
    .filter((e) => shown(e) && e.textContent.trim() === month).map(visible);
  return {
    width, scroll_width: doc.scrollWidth, outside, hidden, spilling, tables, months,
    print: matchMedia('print').matches,
  };
})
"""

#: How every test starts Chromium: headless, sandbox-free (CI runs as root), and silent
#: (no first-run pages, background fetches, component or sync updates).
HEADLESS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
)


@dataclass(frozen=True)
class Box:
    left: float
    right: float
    width: float
    seen: float  # how much of the width is not hidden by the viewport or a clipping ancestor


@dataclass(frozen=True)
class Layout:
    """What a page looked like at one viewport, and what it tried to do."""

    url: str
    width: int  # the layout viewport's width
    scroll_width: int  # the document's
    print: bool
    outside: list[str]  # elements reaching outside the viewport, sideways
    hidden: list[str]  # elements whose content is wider than they show (clipped, scrolled)
    spilling: list[str]  # table cells whose content is wider than they are
    tables: list[tuple[str, float, float]]  # every table shown: (name, left, right)
    months: list[Box]  # every header cell shown that names the month asked about
    scripts: list[str]  # scripts the page compiled
    requests: list[str]  # requests the page made, beyond loading itself


#: The browser reads the pipe on descriptor 3 and writes on 4: this puts it there and runs
#: the browser (the shell would do, but dash knows no descriptors above 9).
_ON_3_AND_4 = """
import os, sys
commands, answers = int(sys.argv[1]), int(sys.argv[2])
os.dup2(commands, 3)
os.dup2(answers, 4)
os.close(commands)
os.close(answers)
os.execv(sys.argv[3], sys.argv[3:])
"""


def _above_4(fd: int) -> int:
    """``fd`` moved to a number above 4, so that putting the pipe on 3 and 4 clobbers
    neither end of it."""
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
    os.close(fd)
    return moved


class Chromium:
    """One headless Chromium; :meth:`open` measures a page in a fresh tab."""

    def __init__(self, executable: str, profile: Path, *flags: str) -> None:
        commands_read, self._commands = os.pipe()
        self._answers, answers_write = os.pipe()
        commands_read, answers_write = _above_4(commands_read), _above_4(answers_write)
        # the browser's log, for the error messages: open as long as the browser runs
        self._errors = tempfile.TemporaryFile()  # noqa: SIM115
        self._process = subprocess.Popen(
            [
                sys.executable,
                "-c",
                _ON_3_AND_4,
                str(commands_read),
                str(answers_write),
                executable,
                *HEADLESS,
                "--hide-scrollbars",
                f"--user-data-dir={profile}",
                "--remote-debugging-pipe",
                *flags,
                "about:blank",
            ],
            pass_fds=(commands_read, answers_write),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=self._errors,
        )
        os.close(commands_read)
        os.close(answers_write)
        self._buffer = b""
        self._last_id = 0
        self._events: list[dict[str, Any]] = []

    def __enter__(self) -> Chromium:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        try:
            self.send("Browser.close", timeout=10)
        except (OSError, TimeoutError, EOFError, RuntimeError):
            self._process.kill()
        try:
            self._process.wait(timeout=30)
        finally:
            os.close(self._commands)
            os.close(self._answers)
            self._errors.close()

    # -- the protocol -----------------------------------------------------------------------
    def send(
        self,
        method: str,
        params: dict[str, Any] | None = None,
        session: str | None = None,
        timeout: float = 60,
    ) -> dict[str, Any]:
        """Send one command and wait for its answer, keeping the events that come first."""
        self._last_id += 1
        message: dict[str, Any] = {"id": self._last_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        try:
            os.write(self._commands, json.dumps(message).encode() + b"\0")
        except BrokenPipeError as error:
            raise EOFError(f"chromium quit ({self._process.poll()}); {self._stderr()}") from error
        while True:
            answer = self._receive(timeout)
            if answer.get("id") != self._last_id:
                self._events.append(answer)
            elif "error" in answer:
                raise RuntimeError(f"{method}: {answer['error']}; {self._stderr()}")
            else:
                result: dict[str, Any] = answer["result"]
                return result

    def _receive(self, timeout: float) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self._answers], [], [], max(0.0, left))
            if not ready:
                raise TimeoutError(f"no answer from chromium; {self._stderr()}")
            chunk = os.read(self._answers, 1 << 16)
            if not chunk:
                raise EOFError(f"chromium quit; {self._stderr()}")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        parsed: dict[str, Any] = json.loads(message)
        return parsed

    def _wait_for(self, method: str, session: str, timeout: float = 60) -> None:
        def mine(event: dict[str, Any]) -> bool:
            return event.get("method") == method and event.get("sessionId") == session

        if any(mine(e) for e in self._events):
            return
        while not mine(event := self._receive(timeout)):
            self._events.append(event)
        self._events.append(event)

    def _taken(self, method: str, session: str) -> list[dict[str, Any]]:
        """The events ``method`` of ``session`` received so far (and forgets them)."""
        taken = [e for e in self._events if e.get("method") == method]
        taken = [e for e in taken if e.get("sessionId") == session]
        self._events = [e for e in self._events if e not in taken]
        return [e["params"] for e in taken]

    def _stderr(self) -> str:
        self._errors.seek(0)
        return self._errors.read()[-2000:].decode("utf-8", "replace")

    # -- pages --------------------------------------------------------------------------------
    def open(
        self, page: Path, width: int, height: int, *, print: bool = False, month: str = ""
    ) -> Layout:
        """``page`` in a new tab at a ``width`` x ``height`` viewport (in print media when
        ``print``): its layout, and the scripts and requests it made while loading."""
        url = page.resolve().as_uri()
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        attached = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})
        session: str = attached["sessionId"]
        try:
            for domain in ("Page", "Network", "Debugger"):
                self.send(f"{domain}.enable", session=session)
            metrics = {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False}
            self.send("Emulation.setDeviceMetricsOverride", metrics, session=session)
            media = {"media": "print" if print else "screen"}
            self.send("Emulation.setEmulatedMedia", media, session=session)
            self.send("Page.navigate", {"url": url}, session=session)
            self._wait_for("Page.loadEventFired", session)
            # what the page did by itself: read before our own expression is compiled
            scripts = [s.get("url", "") for s in self._taken("Debugger.scriptParsed", session)]
            sent = self._taken("Network.requestWillBeSent", session)
            requests = [r["request"]["url"] for r in sent if r["request"]["url"] != url]
            world = self.send(
                "Page.createIsolatedWorld", {"frameId": target, "worldName": "measure"}, session
            )["executionContextId"]
            expression = f"({MEASURE})({json.dumps(month)})"
            evaluated = self.send(
                "Runtime.evaluate",
                {"expression": expression, "contextId": world, "returnByValue": True},
                session,
            )
            if "exceptionDetails" in evaluated:
                raise RuntimeError(f"measuring {page.name}: {evaluated['exceptionDetails']}")
            value = evaluated["result"]["value"]
        finally:
            self._close_tab(target, session)
        return Layout(
            url=url,
            width=value["width"],
            scroll_width=value["scroll_width"],
            print=value["print"],
            outside=value["outside"],
            hidden=value["hidden"],
            spilling=value["spilling"],
            tables=[(t["name"], t["left"], t["right"]) for t in value["tables"]],
            months=[Box(**box) for box in value["months"]],
            scripts=scripts,
            requests=requests,
        )

    def pdf(self, page: Path) -> bytes:
        """``page`` printed as the browser prints it, on the paper its @page rule asks for."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        attached = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})
        session: str = attached["sessionId"]
        try:
            self.send("Page.enable", session=session)
            self.send("Page.navigate", {"url": page.resolve().as_uri()}, session=session)
            self._wait_for("Page.loadEventFired", session)
            options = {"preferCSSPageSize": True, "printBackground": True}
            printed = self.send("Page.printToPDF", options, session=session, timeout=120)
        finally:
            self._close_tab(target, session)
        return base64.b64decode(printed["data"])

    def _close_tab(self, target: str, session: str) -> None:
        self.send("Target.closeTarget", {"targetId": target})
        self._events = [e for e in self._events if e.get("sessionId") != session]
