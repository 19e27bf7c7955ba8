"""Run the benchmarks: `python -m benchmarks` (or `make bench`) runs them all;
`python -m benchmarks classify` or `python -m benchmarks pipeline` runs one."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

from benchmarks import bench_classify, bench_pipeline

BENCHMARKS: dict[str, Callable[[], None]] = {
    "pipeline": bench_pipeline.run,
    "classify": bench_classify.run,
}


def main(names: Sequence[str]) -> int:
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        print(
            f"unknown benchmark(s): {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}",
            file=sys.stderr,
        )
        return 2
    for name in names or BENCHMARKS:
        BENCHMARKS[name]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
