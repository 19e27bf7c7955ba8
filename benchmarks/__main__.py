"""Run the benchmarks: `python -m benchmarks` (or `make bench`) runs the quick ones;
`python -m benchmarks classify`, `python -m benchmarks pipeline` or
`python -m benchmarks ranges` (the share ranges of 1,000 leaders' year) runs one.
`python -m benchmarks org [--leaders N]` (a 1,000-leader organisation end to end, some
minutes) runs only when named; options after the names go to the benchmarks named."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

from benchmarks import bench_classify, bench_org, bench_pipeline, bench_ranges


def _no_options(run: Callable[[], None]) -> Callable[[Sequence[str]], None]:
    def call(options: Sequence[str]) -> None:
        if options:
            raise SystemExit(f"this benchmark takes no options: {' '.join(options)}")
        run()

    return call


BENCHMARKS: dict[str, Callable[[Sequence[str]], None]] = {
    "pipeline": _no_options(bench_pipeline.run),
    "classify": _no_options(bench_classify.run),
    "ranges": _no_options(bench_ranges.run),
    "org": bench_org.main,
}
#: What a bare `python -m benchmarks` runs.
DEFAULT = ("pipeline", "classify")


def main(argv: Sequence[str]) -> int:
    split = next((i for i, a in enumerate(argv) if a.startswith("-")), len(argv))
    names, options = argv[:split], argv[split:]
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        print(
            f"unknown benchmark(s): {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}",
            file=sys.stderr,
        )
        return 2
    for name in names or DEFAULT:
        BENCHMARKS[name](options)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
