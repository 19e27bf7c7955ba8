"""Text on its way to the terminal: whatever a warning or an error quotes (a calendar's
title, a file's bytes, a server's answer) reaches the screen as plain characters only.

A crafted calendar could otherwise set the terminal's title, move the cursor, hide the
rest of a line or reorder it: escape sequences, control characters and bidirectional
overrides are dropped, line by line, here at the one door to the terminal.
"""

from __future__ import annotations

import re

#: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \\), and any other ESC + one character.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b.?")
#: C0 and C1 controls but tab and newline, DEL, and the bidirectional embeddings,
#: overrides and isolates.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def safe(text: str) -> str:
    """``text`` with escape sequences and control characters removed; line breaks kept."""
    return _CONTROLS.sub("", _ESCAPES.sub("", text))
