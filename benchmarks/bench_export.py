"""The dataset export on a corpus: reports/s and MB/s of ``fazhi-parse export``.

    python benchmarks/bench_export.py                       # 10,000 reports, 2 jobs, 3 runs
    python benchmarks/bench_export.py --reports 2000 --runs 1 --formats csv

Builds a folder of ``--reports`` files — the seeds and the dev texts (when present),
repeated — then times, in the same run and interleaved: a parse-only pass over the same
files with :func:`fazhi_parse.parse_files` (the baseline: what parsing alone costs), and
:func:`fazhi_parse.dataset.export_dataset` in each format. Prints the median of ``--runs``
runs of each, in reports/s and MB/s of source read, and the ratio of each export to the
baseline (below 1: the cost of the tables and the writing). Parquet is skipped when pyarrow
is not installed. Also times a resumed run (everything done: the cost of a no-op rerun).
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import fazhi_parse
from fazhi_parse.dataset import export_dataset

ROOT = Path(__file__).resolve().parent.parent


def build(folder: Path, count: int) -> int:
    """``count`` files below ``folder`` (100 per subfolder), cycling through the seeds and
    the dev texts; returns their total bytes."""
    sources = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / ".dev-texts").glob("*.txt"))
    data = [p.read_bytes() for p in sources]
    size = 0
    for i in range(count):
        sub = folder / f"{i // 100:04d}"
        sub.mkdir(parents=True, exist_ok=True)
        blob = data[i % len(data)]
        (sub / f"{i:06d}.txt").write_bytes(blob)
        size += len(blob)
    return size


def timed(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--formats", nargs="+", default=["csv", "parquet"])
    args = parser.parse_args()
    formats = [f for f in args.formats if f != "parquet" or importlib.util.find_spec("pyarrow")]
    work = Path(tempfile.mkdtemp(prefix="fazhi-export-"))
    try:
        corpus = work / "reports"
        size = build(corpus, args.reports)
        files = sorted(corpus.rglob("*.txt"))
        print(
            f"{args.reports} reports, {size / 1e6:.1f} MB, jobs={args.jobs}, "
            f"median of {args.runs} runs",
            file=sys.stderr,
        )

        def parse_only() -> None:
            for result in fazhi_parse.parse_files(files, jobs=args.jobs, chunksize=8):
                assert result.ok, result.error

        def export(fmt: str, run: int) -> Callable[[], object]:
            out = work / f"out-{fmt}-{run}"
            return lambda: export_dataset(corpus, out, format=fmt, jobs=args.jobs)  # type: ignore[arg-type]

        times: dict[str, list[float]] = {"parse only (baseline)": []}
        times.update({f"export {fmt}": [] for fmt in formats})
        for run in range(args.runs):
            times["parse only (baseline)"].append(timed(parse_only))
            for fmt in formats:
                times[f"export {fmt}"].append(timed(export(fmt, run)))
                print(f"run {run + 1}: export {fmt} done", file=sys.stderr)
        resume = timed(lambda: export_dataset(corpus, work / f"out-{formats[0]}-0"))
        base = statistics.median(times["parse only (baseline)"])
        print("| pass | median s | reports/s | MB/s | vs parse only |")
        print("|---|---|---|---|---|")
        for name, runs in times.items():
            t = statistics.median(runs)
            print(
                f"| {name} | {t:.1f} | {args.reports / t:.1f} | {size / 1e6 / t:.2f} "
                f"| {base / t:.2f} |"
            )
        print(f"| rerun, all done ({formats[0]}) | {resume:.2f} | | | |")
        for fmt in formats:
            out = work / f"out-{fmt}-0"
            total = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
            print(f"{fmt} dataset: {total / 1e6:.1f} MB on disk ({total / size:.2f}x the sources)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
