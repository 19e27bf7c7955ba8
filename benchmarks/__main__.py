"""Run every benchmark: `python -m benchmarks` (or `make bench`)."""

from __future__ import annotations

from benchmarks import bench_pipeline

if __name__ == "__main__":
    bench_pipeline.run()
