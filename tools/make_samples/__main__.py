"""Generate timeaudit's bundled demo calendars: three fictional leaders of Northwind Robotics.

Run from the repository root::

    .venv/bin/python -m tools.make_samples            # write the samples, print a summary
    .venv/bin/python -m tools.make_samples --quiet    # write only

or from anywhere as ``.venv/bin/python <repo>/tools/make_samples`` (output paths are
resolved from this file).

It writes ``src/timeaudit/samples/<slug>.ics`` (one calendar per leader, twelve months from
2025-11-01 to 2026-10-31), ``src/timeaudit/samples/demo.toml`` and, beside them in
``evaluation/``, the true labels ``demo-labels-<slug>.csv`` (see :mod:`.labels`). The output
is deterministic: one seeded ``random.Random`` per leader, a fixed DTSTAMP, UIDs derived from
a counter, and a stable event order, so every run writes the same bytes.

The calendars are written the way real exports look (recurring series as RRULEs with EXDATEs
and RECURRENCE-ID overrides, VTIMEZONEs, ORGANIZER/ATTENDEE with PARTSTAT, CREATED stamps)
and carry the hard cases the audit must handle; the summary lists them with their dates.

Modules: :mod:`.cast` (people, organisations, shared data), :mod:`.builder` (writing
events and calendars), :mod:`.filler` (one-off meetings drawn from templates), one module
per leader (:mod:`.helena`, :mod:`.marcus`, :mod:`.jonas`, each with ``_meetings`` and
``_fill`` companions), :mod:`.labels`, :mod:`.summary` and :mod:`.config` (``demo.toml``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

if not __package__:  # run as a folder (python tools/make_samples): import it as a package
    sys.path[0] = str(Path(__file__).resolve().parents[2])

from tools.make_samples.builder import Builder
from tools.make_samples.cast import Leader
from tools.make_samples.config import demo_toml
from tools.make_samples.helena import HELENA_LEADER, build_helena
from tools.make_samples.jonas import JONAS_LEADER, build_jonas
from tools.make_samples.labels import summarise_labels, write_labels
from tools.make_samples.marcus import MARCUS_LEADER, build_marcus
from tools.make_samples.summary import summarise

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "src" / "timeaudit" / "samples"
EVALUATION = ROOT / "evaluation"

LEADERS: tuple[tuple[Leader, Callable[[], Builder]], ...] = (
    (HELENA_LEADER, build_helena),
    (MARCUS_LEADER, build_marcus),
    (JONAS_LEADER, build_jonas),
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.make_samples", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--out", type=Path, default=SAMPLES, help="output folder")
    parser.add_argument(
        "--labels-out", type=Path, default=EVALUATION, help="output folder for the labels files"
    )
    parser.add_argument("--quiet", action="store_true", help="write only, print nothing")
    args = parser.parse_args(argv)
    out: Path = args.out
    labels_out: Path = args.labels_out
    out.mkdir(parents=True, exist_ok=True)
    labels_out.mkdir(parents=True, exist_ok=True)
    for _, build in LEADERS:
        builder = build()
        path = builder.write(out)
        labels_path = write_labels(builder, labels_out)
        if not args.quiet:
            summarise(builder, path)
            summarise_labels(builder, labels_path)
    (out / "demo.toml").write_text(demo_toml([leader for leader, _ in LEADERS]), encoding="utf-8")
    if not args.quiet:
        print(f"\nwrote {out / 'demo.toml'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
