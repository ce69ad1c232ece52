"""Parse a folder of reports on a Dask cluster into one metrics table joined to report facts.

    python examples/dask_metrics.py reports/ --workers 2 [--scheduler tcp://host:8786]

Without ``--scheduler`` it starts a ``dask.distributed.LocalCluster`` of ``--workers``
processes (one thread each: parsing is pure Python). Files are sent in chunks; each worker
parses its chunk with :func:`fazhi_parse.parse_files`, so a file that cannot be read or
decoded becomes a row of the failures table instead of killing the job, and every row
keeps the report's id (its path). Needs the ``dask`` extra:
``pip install 'fazhi_parse[dask]'``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

import pandas as pd
from dask.distributed import Client, LocalCluster

import fazhi_parse
from fazhi_parse.export.records import to_pandas

CHUNK = 50
"""Files per task: enough to make scheduling overhead small, few enough to balance."""


def parse_chunk(paths: list[str]) -> dict[str, pd.DataFrame]:
    """Runs on a worker: parse ``paths``; the metrics and reports tables of those that
    parsed, and a table of those that did not."""
    results = list(fazhi_parse.parse_files(paths))
    reports = [r.report for r in results if r.report is not None]
    failures = [{"report_id": r.id, "error": r.error} for r in results if r.report is None]
    return {
        "metrics": to_pandas(reports, "metrics"),
        "reports": to_pandas(reports, "reports"),
        "failures": pd.DataFrame(failures, columns=["report_id", "error"]),
    }


def run(client: Client, paths: list[str]) -> dict[str, pd.DataFrame]:
    """Every table, from every chunk of ``paths``, concatenated in the order of ``paths``."""
    chunks = [paths[i : i + CHUNK] for i in range(0, len(paths), CHUNK)]
    futures = client.map(parse_chunk, chunks)
    parts = client.gather(futures)
    return {
        name: pd.concat([part[name] for part in parts], ignore_index=True)
        for name in ("metrics", "reports", "failures")
    }


def metrics_with_facts(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per metric, with the title, year and issuer of its report."""
    facts = tables["reports"][["report_id", "title", "year", "issuer", "on_time"]]
    return tables["metrics"].merge(facts, on="report_id", how="left", validate="many_to_one")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--scheduler", help="address of a running scheduler")
    parser.add_argument("--glob", default="*.txt")
    args = parser.parse_args(argv)

    paths = [str(p) for p in sorted(args.directory.rglob(args.glob)) if p.is_file()]
    started = time.perf_counter()
    cluster: Any = None
    if args.scheduler is None:
        cluster = LocalCluster(
            n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
    try:
        with Client(args.scheduler or cluster) as client:
            ready = time.perf_counter()
            tables = run(client, paths)
            done = time.perf_counter()
    finally:
        if cluster is not None:
            cluster.close()
    metrics = metrics_with_facts(tables)
    parsed = len(tables["reports"])
    print(
        f"{len(paths)} files: {parsed} parsed, {len(tables['failures'])} failed; "
        f"{len(metrics)} metrics rows; cluster up in {ready - started:.1f} s, "
        f"parsed in {done - ready:.1f} s ({len(paths) / (done - ready):.1f} reports/s)",
        file=sys.stderr,
    )
    for row in tables["failures"].itertuples():
        print(f"failed: {row.report_id}: {row.error}", file=sys.stderr)
    print(metrics.groupby("year")["value"].count().to_string())
    return 1 if len(tables["failures"]) else 0


if __name__ == "__main__":
    sys.exit(main())
