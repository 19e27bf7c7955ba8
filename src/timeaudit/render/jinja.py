"""The one jinja2 environment every rendered page uses (templates in ``reports/``), and the pure
filters it registers: Markdown escaping, hours, percentages, fit marks."""

from __future__ import annotations

import functools
import re
from importlib.resources import files

import jinja2

from timeaudit.store.records import clean_text

_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


FIT_MARK = {"green": "✅ green", "amber": "🟠 amber", "red": "🔴 red"}


@functools.cache
def environment(autoescape: bool) -> jinja2.Environment:
    """The environment (one per escaping mode, made once per process so that each template
    is compiled once: compiling took longer than rendering)."""
    loader = jinja2.FunctionLoader(
        lambda name: (files("timeaudit.reports") / name).read_text(encoding="utf-8")
    )
    env = jinja2.Environment(
        loader=loader,
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["hours"] = lambda h: f"{h:.1f}"
    env.filters["pct"] = lambda p: f"{p:.0f}%"
    env.filters["range_pct"] = range_pct
    env.filters["pts"] = lambda p: f"{p:+.0f}"
    env.filters["fit"] = lambda f: FIT_MARK.get(f, f)
    env.filters["md"] = md_escape
    env.filters["md_lines"] = md_lines
    return env


def range_pct(low: float, high: float) -> str:
    """A share's range as the reports print it, in whole percent like the share: "29–41%"."""
    return f"{low:.0f}–{high:.0f}%"


def md_escape(text: str, limit: int | None = 200) -> str:
    """Calendar text inside a Markdown table cell: no markup, no HTML, no line breaks;
    cut at ``limit`` characters (None: never)."""
    text = " ".join(clean_text(str(text)).split())
    text = _BIDI_CONTROLS.sub("", text)  # an override would reverse the rest of the line
    text = re.sub(r"([\\`*_{}\[\]<>()#+!|~])", r"\\\1", text)
    if limit is None or len(text) <= limit:
        return text
    return text[:limit] + "…"


def md_lines(text: str) -> str:
    """Free text (a coach's note) as Markdown: each line escaped like a cell and kept
    whole, line breaks kept as hard breaks, blank lines as paragraph breaks."""
    lines = [_md_line(line) for line in str(text).strip().splitlines()]
    out = []
    for line, after in zip(lines, [*lines[1:], ""], strict=True):
        out.append(line + ("\\" if line and after else ""))
    return "\n".join(out)


def _md_line(line: str) -> str:
    """One line of free text: escaped, and not read as a list item or heading underline."""
    text = md_escape(line, limit=None)
    text = re.sub(r"^([-=])", r"\\\1", text)
    return re.sub(r"^(\d+)([.)])", r"\1\\\2", text)
