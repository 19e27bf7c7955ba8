"""The coach view, a packet's summary page, the cohort page and the team dashboard in a real
browser (headless Chromium over the DevTools protocol, see devtools.py): at 1280x800, at
1920x1080 and in print emulation on A4, nothing reaches sideways out of the viewport, nothing
is cut off or hidden behind a scroll bar, every table ends inside the viewport, and the newest
month (the one being audited) is in full view; and the page runs no script and fetches
nothing.

The pages are the ones `timeaudit coach`, `timeaudit bundle`, `timeaudit cohort` and
`timeaudit team` wrote for the session's fixtures (conftest.py); one browser serves the whole
module, each page is opened in a fresh tab. A control page proves every check would notice.

Needs Debian's `chromium` package, as test_report_browser.py does: skipped without it,
except under CI where it fails.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.render.conftest import (
    COACH_MONTHS,
    HELENA,
    HOSTILE,
    HOSTILE_OWNER,
    REPORT_MONTH,
    CoachPages,
    Runs,
)
from tests.render.devtools import A4_PRINT_HEIGHT, A4_PRINT_WIDTH, Chromium, Layout
from tests.render.test_report_browser import (
    A4_POINTS,
    BROWSER_SERVICES,
    MEDIA_BOX,
    Listener,
    requests,
)

#: name -> (width, height, print media)
VIEWPORTS = {
    "1280x800": (1280, 800, False),
    "1920x1080": (1920, 1080, False),
    "print-A4": (A4_PRINT_WIDTH, A4_PRINT_HEIGHT, True),
}
SIX = 6  # `timeaudit coach`'s default
MARCUS = "marcus.bell@northwind.example"
HOSTILE_PERSON = next(iter(HOSTILE))  # named "../../x" in the bundle's roster
PAGES = (
    "coach",
    f"coach-{COACH_MONTHS}-months",
    "coach-hostile",
    f"coach-hostile-{COACH_MONTHS}-months",
    "summary",
    "summary-hostile",
    "cohort",
    "report-rhythm",  # Marcus's full report: the Rhythm section has red and amber 1:1 rows
    "team",  # the team dashboard: a wide table of members, one with a hostile name
)


@dataclass(frozen=True)
class Page:
    path: Path
    newest: str  # the month whose header cell must be in full view; "" for none


@dataclass(frozen=True)
class Browser:
    chromium: Chromium
    listener: Listener

    def open(self, page: Page, viewport: str) -> Layout:
        width, height, media_print = VIEWPORTS[viewport]
        return self.chromium.open(page.path, width, height, print=media_print, month=page.newest)


@pytest.fixture(scope="module")
def browser(chromium: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    """One browser for the module, every request it makes sent to a listener of ours."""
    profile = tmp_path_factory.mktemp("chromium-profile")
    with Listener() as listener:
        flags = (
            f"--proxy-server=http://127.0.0.1:{listener.port}",
            f"--proxy-bypass-list=<-loopback>;{';'.join(BROWSER_SERVICES)}",
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
        )
        with Chromium(chromium, profile, *flags) as opened:
            yield Browser(opened, listener)


@pytest.fixture(scope="module")
def pages(
    coach_pages: CoachPages, bundle_runs: Runs, cohort_page: Path, team_page: Path
) -> dict[str, Page]:
    return {
        "coach": Page(coach_pages.page(SIX, HELENA), REPORT_MONTH),
        f"coach-{COACH_MONTHS}-months": Page(coach_pages.page(COACH_MONTHS, HELENA), REPORT_MONTH),
        "coach-hostile": Page(coach_pages.page(SIX, HOSTILE_OWNER), REPORT_MONTH),
        f"coach-hostile-{COACH_MONTHS}-months": Page(
            coach_pages.page(COACH_MONTHS, HOSTILE_OWNER), REPORT_MONTH
        ),
        "summary": Page(bundle_runs.folder(HELENA) / "summary.html", REPORT_MONTH),
        "summary-hostile": Page(bundle_runs.folder(HOSTILE_PERSON) / "summary.html", REPORT_MONTH),
        "cohort": Page(cohort_page, ""),
        "report-rhythm": Page(bundle_runs.folder(MARCUS) / "report.html", ""),
        "team": Page(team_page, ""),
    }


def test_the_pages_are_what_the_commands_wrote(
    pages: dict[str, Page], coach_pages: CoachPages
) -> None:
    """The fixtures hold what the layout tests need: a coach view of 6 and one of 12 months
    ending with the audited month, with data in every month for Helena Marsh."""
    assert set(pages) == set(PAGES)
    for months in (SIX, COACH_MONTHS):
        view = coach_pages.view(months, HELENA)
        assert len(view.months) == months and view.last == REPORT_MONTH
        assert all(m.has_data for m in view.months)
    rhythm = pages["report-rhythm"].path.read_text(encoding="utf-8")
    assert 'class="badge fit-red">red</span>' in rhythm and "one-on-ones-table" in rhythm
    for page in pages.values():
        html = page.path.read_text(encoding="utf-8")
        assert "<table" in html
        assert (
            not page.newest
            or f'<th scope="row">{page.newest}</th>' in html
            or (f'<th scope="col">{page.newest}</th>' in html)
        )


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("name", PAGES)
def test_the_page_fits_its_viewport_and_does_nothing(
    browser: Browser, pages: dict[str, Page], name: str, viewport: str
) -> None:
    page = pages[name]
    seen_before = len(browser.listener.seen)
    layout = browser.open(page, viewport)
    # it runs nothing and fetches nothing
    assert layout.scripts == []
    assert layout.requests == []
    assert requests(browser.listener.seen[seen_before:]) == []
    # nothing sideways out of the viewport, nothing cut off or behind a scroll bar
    assert layout.print is VIEWPORTS[viewport][2]
    assert layout.width == VIEWPORTS[viewport][0]
    assert layout.scroll_width <= layout.width, layout.outside[:10]
    assert layout.outside == []
    assert layout.hidden == []
    assert layout.spilling == []
    assert layout.tables, "no table shown"
    for table, left, right in layout.tables:
        assert left >= 0 and right <= layout.width + 0.5, (table, left, right)
    # the newest month: shown, and all of its header cell in view
    if page.newest:
        assert layout.months, f"{page.newest} is not shown"
        for box in layout.months:
            assert box.seen >= box.width - 0.5 and box.width > 0, box


@pytest.mark.parametrize("width", [1024, 1150, 1250])
@pytest.mark.parametrize("name", ["coach", f"coach-{COACH_MONTHS}-months"])
def test_the_coach_view_fits_the_widths_between(
    browser: Browser, pages: dict[str, Page], name: str, width: int
) -> None:
    """Between a small laptop and 1280 px, where 12 columns would no longer fit and the
    months turn into rows: nothing runs over, nothing is hidden, the newest month shows."""
    layout = browser.chromium.open(pages[name].path, width, 800, month=REPORT_MONTH)
    assert (layout.scroll_width, layout.outside, layout.hidden) == (width, [], [])
    assert layout.spilling == []
    assert layout.months and all(box.seen >= box.width - 0.5 for box in layout.months)


def test_the_coach_view_shows_its_months_as_columns_on_screen_and_rows_in_print(
    browser: Browser, pages: dict[str, Page]
) -> None:
    """On a screen the newest month heads the last column, right of the others; in print
    it heads the last row, below them."""
    page = pages[f"coach-{COACH_MONTHS}-months"]
    screen = browser.open(page, "1280x800")
    printed = browser.open(page, "print-A4")
    # the months table, and the rhythm table when the person has direct reports
    assert screen.tables and all("coach-columns" in name for name, _, _ in screen.tables)
    assert len(screen.months) == len(screen.tables)
    for newest, (_, _, right) in zip(screen.months, screen.tables, strict=True):
        assert newest.right == pytest.approx(right, abs=2)  # the last column
    assert printed.tables and all("coach-rows" in name for name, _, _ in printed.tables)
    assert len(printed.months) == len(printed.tables)
    assert all(box.left < 60 for box in printed.months)  # the last row's head


@pytest.mark.parametrize(("name", "most"), [("coach", 3), (f"coach-{COACH_MONTHS}-months", 5)])
def test_the_coach_view_prints_on_a4(
    browser: Browser, pages: dict[str, Page], name: str, most: int
) -> None:
    pdf = browser.chromium.pdf(pages[name].path)
    boxes = [(float(w), float(h)) for w, h in MEDIA_BOX.findall(pdf)]
    assert 1 <= len(boxes) <= most, f"{len(boxes)} pages"
    assert all(abs(w - A4_POINTS[0]) < 2 and abs(h - A4_POINTS[1]) < 2 for w, h in boxes), boxes


# -- control: a page that breaks every rule is caught by every check ------------------------
CONTROL = """<!DOCTYPE html><html><body>
<script>document.title = 'ran';</script>
<img src="http://canary.example/pixel.png" alt="">
<table><tr><th>2026-09</th><td style="white-space: nowrap">{wide}</td><th>2026-10</th></tr></table>
<div style="overflow-x: auto; width: 300px"><table><tr><td style="white-space: nowrap">{wide}</td>
<th>2026-10</th></tr></table></div>
<table style="table-layout: fixed; width: 200px"><tr><td style="white-space: nowrap">{wide}</td>
</tr></table>
</body></html>"""


def test_control_a_page_that_breaks_every_rule_is_caught(browser: Browser, tmp_path: Path) -> None:
    path = tmp_path / "control.html"
    path.write_text(CONTROL.format(wide="wide " * 400), encoding="utf-8")
    seen_before = len(browser.listener.seen)
    layout = browser.open(Page(path, "2026-10"), "1280x800")
    assert layout.scripts == [path.resolve().as_uri()]
    assert any("canary.example" in url for url in layout.requests), layout.requests
    assert any("canary.example" in line for line in requests(browser.listener.seen[seen_before:]))
    assert layout.scroll_width > layout.width
    assert any(re.match(r"table \[", item) for item in layout.outside), layout.outside
    assert any(item.startswith("div holds") for item in layout.hidden), layout.hidden
    assert any(item.startswith('td "wide wide') for item in layout.spilling), layout.spilling
    assert any(t[2] > layout.width for t in layout.tables)
    assert len(layout.months) == 2
    assert all(box.seen < box.width for box in layout.months)  # off screen, behind a scroll
