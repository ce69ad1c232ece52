"""A folder of reports → a dataset: every table of :mod:`fazhi_parse.export.records`, written
as CSV or Parquet, resumable, with the failures in a table of their own.

:func:`export_dataset` (and ``fazhi-parse export DIR OUT``) reads every file below a
directory, parses them over a process pool and writes, under ``OUT``:

- one table per name in :data:`~fazhi_parse.export.records.TABLES` (``reports``,
  ``sections``, ``measures``, ``metrics``, ``parts``, ``references``, ``diagnostics``) and
  ``failures`` (``report_id``, ``path``, ``error``): for CSV a file each
  (``OUT/metrics.csv``), for Parquet a folder of parts each (``OUT/metrics/part-00000.parquet``),
  which pandas, pyarrow, DuckDB, R's arrow and Spark read as one table;
- ``_manifest.jsonl``: one line per batch written, naming its reports. A batch is on disk
  once its manifest line is: a run stopped halfway (Ctrl-C, a crash, a full disk) is
  resumed by running the same command again, which drops whatever a batch left unfinished
  and skips every file a finished batch holds — failed ones included (delete ``OUT`` to
  start over).

A report's id is its path relative to the directory, with ``/`` separators
(``2023/松岭县.txt``), so the dataset does not depend on where the folder was. Parquet needs
the ``parquet`` extra (``pip install 'fazhi_parse[parquet]'``); :func:`read_table` reads a
table back as a typed DataFrame (the ``pandas`` extra).
"""

from __future__ import annotations

import csv
import importlib
import json
import os
import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import IO, Any, Final, Literal, TypeAlias

import attrs

from .batch import BatchResult, parse_files
from .export.records import SCHEMAS, TABLES, Column, frame_of, to_records
from .lexicon import DEFAULT_LEXICON, Lexicon
from .schemes import DEFAULT_SCHEMES, SchemeSet

__all__ = [
    "FAILURES",
    "Format",
    "Progress",
    "Summary",
    "export_dataset",
    "read_table",
]

Format: TypeAlias = Literal["csv", "parquet"]

FAILURES: Final = (
    Column("report_id", "str", "the file's id (its path below the directory)"),
    Column("path", "str", "the file's path as read"),
    Column("error", "str", "ExceptionType: message"),
)
"""The columns of the ``failures`` table."""

MANIFEST: Final = "_manifest.jsonl"
BATCH_SIZE: Final = 500
"""Reports per batch: per Parquet part, and per commit of a resumable run."""
CHUNKSIZE: Final = 8
"""Files sent to a worker at a time."""

_ALL: Final[dict[str, tuple[Column, ...]]] = {**SCHEMAS, "failures": FAILURES}


@attrs.frozen(kw_only=True)
class Summary:
    """What an export did."""

    out: str
    """The output directory."""
    ok: int
    """Reports parsed and written in this run."""
    failed: int
    """Files that could not be read or parsed in this run (rows of ``failures``)."""
    skipped: int
    """Files a previous run had finished."""
    seconds: float
    """Wall-clock time of this run."""
    bytes: int
    """Bytes of the files read in this run."""

    @property
    def rate(self) -> float:
        """Files per second in this run."""
        return (self.ok + self.failed) / self.seconds if self.seconds else 0.0

    def __str__(self) -> str:
        done = self.ok + self.failed
        mb = self.bytes / 1e6
        speed = f"{self.rate:.1f} reports/s, {mb / self.seconds:.2f} MB/s" if self.seconds else ""
        return (
            f"{self.ok} ok, {self.failed} failed, {self.skipped} done before; "
            f"{done} files ({mb:.1f} MB) in {self.seconds:.1f} s"
            + (f" ({speed})" if done else "")
            + f" → {self.out}"
        )


def export_dataset(
    source: str | os.PathLike[str],
    out: str | os.PathLike[str],
    *,
    format: Format = "csv",
    pattern: str = "*.txt",
    jobs: int | None = 1,
    encoding: str | None = None,
    schemes: SchemeSet = DEFAULT_SCHEMES,
    lexicon: Lexicon = DEFAULT_LEXICON,
    batch_size: int = BATCH_SIZE,
    progress: Progress | None = None,
) -> Summary:
    """Parse every file matching ``pattern`` below the directory ``source`` (sorted) and
    write the tables under ``out`` (see the module docstring); resume a run that stopped.

    ``jobs`` worker processes (``None`` or ``0``: one per CPU); ``format`` ``"csv"`` or
    ``"parquet"``; ``progress`` is told of each file. Raises :class:`NotADirectoryError`
    for a ``source`` that is not a directory, :class:`ImportError` naming the extra when
    Parquet is asked for without pyarrow, and :class:`ValueError` when ``out`` holds an
    export in the other format or was changed by hand.
    """
    root = Path(source)
    if not root.is_dir():
        raise NotADirectoryError(f"{root}: not a directory")
    if format not in ("csv", "parquet"):
        raise ValueError(f"format must be 'csv' or 'parquet', not {format!r}")
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    writer: _Writer = _ParquetWriter(Path(out)) if format == "parquet" else _CsvWriter(Path(out))
    done = writer.resume()
    files = sorted(p for p in root.rglob(pattern) if p.is_file())
    ids = {p: p.relative_to(root).as_posix() for p in files}
    todo = [p for p in files if ids[p] not in done]
    skipped = len(files) - len(todo)
    if progress is not None:
        progress.start(len(todo), skipped)
    started = time.perf_counter()
    ok = failed = size = 0
    batch = _Batch()
    results = parse_files(
        todo, jobs=jobs, chunksize=CHUNKSIZE, encoding=encoding, schemes=schemes, lexicon=lexicon
    )
    try:
        for path, result in zip(todo, results, strict=True):
            rid = ids[path]
            size += _size(path)
            if batch.add(rid, str(path), result):
                ok += 1
            else:
                failed += 1
            if len(batch) >= batch_size:
                writer.commit(batch)
                batch = _Batch()
            if progress is not None:
                progress.update(rid, failed=result.report is None)
        if len(batch):
            writer.commit(batch)
    finally:
        results.close()
        writer.close()
        if progress is not None:
            progress.close()
    return Summary(
        out=str(out),
        ok=ok,
        failed=failed,
        skipped=skipped,
        seconds=time.perf_counter() - started,
        bytes=size,
    )


def read_table(out: str | os.PathLike[str], table: str) -> Any:
    """A table of an export directory as a :class:`pandas.DataFrame` with the dtypes of
    :func:`~fazhi_parse.export.records.to_pandas` (reads CSV or Parquet, whichever is
    there). Needs the ``pandas`` extra (and ``parquet`` for Parquet)."""
    if table not in _ALL:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(_ALL)}")
    pandas = _import("pandas", "pandas")
    base = Path(out)
    columns = _ALL[table]
    if (base / f"{table}.csv").is_file():
        frame = pandas.read_csv(
            base / f"{table}.csv",
            dtype={c.name: "string" for c in columns if c.type in ("str", "date")},
            keep_default_na=False,
            na_values={c.name: [""] for c in columns},
        )
        rows = frame.astype(object).where(frame.notna(), None).to_dict("records")
        return frame_of(pandas, rows, table) if table in SCHEMAS else frame
    if (base / table).is_dir():
        _import("pyarrow", "parquet")
        frame = pandas.read_parquet(base / table, dtype_backend="numpy_nullable")
        if table in SCHEMAS:
            rows = frame.astype(object).where(frame.notna(), None).to_dict("records")
            for row in rows:
                for c in columns:
                    if c.type == "date" and row[c.name] is not None:
                        row[c.name] = str(row[c.name])[:10]
            return frame_of(pandas, rows, table)
        return frame
    raise FileNotFoundError(f"{base}: no table {table!r} (not an export directory?)")


# --- batches -------------------------------------------------------------------------------


class _Batch:
    """Rows of every table for a batch of files, and the ids they came from."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in _ALL}

    def __len__(self) -> int:
        return len(self.ids)

    def add(self, rid: str, path: str, result: BatchResult) -> bool:
        """Add a file's rows (or its failure); True when it parsed."""
        self.ids.append(rid)
        if result.report is None:
            self.rows["failures"].append({"report_id": rid, "path": path, "error": result.error})
            return False
        for table in TABLES:
            self.rows[table] += to_records(result.report, table, report_id=rid)  # type: ignore[arg-type]
        return True


class _Writer:
    """Tables under ``out``, written batch by batch; the manifest line commits a batch."""

    format: str = ""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.manifest: IO[str] | None = None
        self.batches = 0

    def resume(self) -> set[str]:
        """Open the output for appending; return the ids finished batches hold, after
        dropping whatever an unfinished batch left."""
        self.out.mkdir(parents=True, exist_ok=True)
        done: set[str] = set()
        last: dict[str, Any] = {}
        path = self.out / MANIFEST
        if path.exists():
            with path.open(encoding="utf-8") as f:
                for line in f:
                    try:
                        entry = json.loads(line)
                    except json.JSONDecodeError:
                        break  # a line cut short by a crash: that batch is not done
                    if entry.get("format") != self.format:
                        raise ValueError(
                            f"{self.out} holds a {entry.get('format')} export, not {self.format}:"
                            " export to another folder (or delete this one to start over)"
                        )
                    done.update(entry["ids"])
                    last = entry
                    self.batches += 1
            self._keep(path, self.batches)
        self.restore(last)
        self.manifest = path.open("a", encoding="utf-8")
        return done

    @staticmethod
    def _keep(path: Path, lines: int) -> None:
        """Cut the manifest after its first ``lines`` whole lines."""
        with path.open("rb") as f:
            data = f.read()
        keep = 0
        for _ in range(lines):
            keep = data.index(b"\n", keep) + 1
        if keep != len(data):
            with path.open("r+b") as f:
                f.truncate(keep)

    def restore(self, last: dict[str, Any]) -> None:
        raise NotImplementedError

    def write(self, batch: _Batch) -> dict[str, Any]:
        raise NotImplementedError

    def commit(self, batch: _Batch) -> None:
        state = self.write(batch)
        assert self.manifest is not None
        entry = {"batch": self.batches, "format": self.format, "ids": batch.ids, **state}
        self.manifest.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self.manifest.flush()
        os.fsync(self.manifest.fileno())
        self.batches += 1

    def close(self) -> None:
        if self.manifest is not None:
            self.manifest.close()
            self.manifest = None


class _CsvWriter(_Writer):
    """One CSV file per table, appended to; the manifest keeps each file's committed size."""

    format = "csv"

    def restore(self, last: dict[str, Any]) -> None:
        sizes: dict[str, int] = last.get("sizes", {})
        self.files: dict[str, IO[str]] = {}
        for table in _ALL:
            path = self.out / f"{table}.csv"
            if sizes.get(table) and (not path.exists() or path.stat().st_size < sizes[table]):
                raise ValueError(
                    f"{path} is shorter than its finished batches: the export was changed "
                    "by hand; delete the folder to start over"
                )
        for table, columns in _ALL.items():
            path = self.out / f"{table}.csv"
            size = sizes.get(table, 0)
            if size:
                with path.open("r+b") as f:
                    f.truncate(size)
                self.files[table] = path.open("a", encoding="utf-8", newline="")
            else:
                self.files[table] = path.open("w", encoding="utf-8", newline="")
                csv.writer(self.files[table]).writerow([c.name for c in columns])
                self.files[table].flush()

    def write(self, batch: _Batch) -> dict[str, Any]:
        sizes: dict[str, int] = {}
        for table, columns in _ALL.items():
            f = self.files[table]
            writer = csv.writer(f)
            names = [c.name for c in columns]
            writer.writerows([_csv(row[n]) for n in names] for row in batch.rows[table])
            f.flush()
            os.fsync(f.fileno())
            sizes[table] = f.tell()
        return {"sizes": sizes}

    def close(self) -> None:
        for f in getattr(self, "files", {}).values():
            f.close()
        super().close()


def _csv(value: Any) -> Any:
    return "" if value is None else value


class _ParquetWriter(_Writer):
    """A folder of parts per table, one part per batch; parts no manifest line names (a
    batch cut short) are removed on resume."""

    format = "parquet"

    def __init__(self, out: Path) -> None:
        super().__init__(out)
        self.pa = _import("pyarrow", "parquet")
        self.pq = _import("pyarrow.parquet", "parquet")
        self.schemas = {table: self._schema(columns) for table, columns in _ALL.items()}

    def _schema(self, columns: Sequence[Column]) -> Any:
        pa = self.pa
        types = {
            "str": pa.string(),
            "int": pa.int64(),
            "float": pa.float64(),
            "bool": pa.bool_(),
            "category": pa.dictionary(pa.int32(), pa.string()),
            "date": pa.date32(),
        }
        return pa.schema([(c.name, types[c.type]) for c in columns])

    def restore(self, last: dict[str, Any]) -> None:
        for table in _ALL:
            folder = self.out / table
            folder.mkdir(exist_ok=True)
            for part in folder.glob("part-*.parquet"):
                if _part_number(part) >= self.batches:
                    part.unlink()

    def write(self, batch: _Batch) -> dict[str, Any]:
        for table, columns in _ALL.items():
            rows = batch.rows[table]
            dates = [c.name for c in columns if c.type == "date"]
            for row in rows:
                for name in dates:
                    if row[name] is not None:
                        row[name] = date.fromisoformat(row[name])
            data = self.pa.Table.from_pylist(rows, schema=self.schemas[table])
            path = self.out / table / f"part-{self.batches:05d}.parquet"
            self.pq.write_table(data, path, compression="zstd")
        return {}


def _part_number(path: Path) -> int:
    try:
        return int(path.stem.split("-")[1])
    except (IndexError, ValueError):
        return -1


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _import(module: str, extra: str) -> Any:
    try:
        return importlib.import_module(module)  # lazily: an optional extra
    except ImportError as exc:
        raise ImportError(
            f"this needs {module.split('.')[0]}, which is an optional extra: "
            f"pip install 'fazhi_parse[{extra}]'"
        ) from exc


# --- progress ------------------------------------------------------------------------------


class Progress:
    """Progress of a batch on a stream (stderr): on a terminal, a bar redrawn in place with
    the rate and the time left; elsewhere (a log file, CI), a plain line every ``interval``
    seconds and one at the end — never carriage returns in a log.

    ``[##########..............]  4120/10000  138.2/s  ETA 0:00:42  2023/松岭县.txt``
    """

    WIDTH: Final = 24
    NAME_WIDTH: Final = 30
    """Characters of the current name shown (its end): the bar stays on one line."""

    def __init__(
        self,
        stream: IO[str] | None = None,
        *,
        terminal: bool | None = None,
        interval: float = 10.0,
        label: str = "fazhi-parse",
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.terminal = self.stream.isatty() if terminal is None else terminal
        self.interval = interval
        self.label = label
        self.total = self.done = self.failed = self.skipped = 0
        self.started = self.last = 0.0
        self.shown = 0

    def start(self, total: int, skipped: int = 0) -> None:
        """A run of ``total`` items begins (``skipped`` were done before)."""
        self.total, self.skipped = total, skipped
        self.done = self.failed = 0
        self.started = time.perf_counter()
        self.last = self.started if not self.terminal else float("-inf")  # draw at once

    def update(self, name: str, *, failed: bool = False) -> None:
        """One more item is done."""
        self.done += 1
        self.failed += failed
        now = time.perf_counter()
        if self.terminal:
            if now - self.last >= 0.1 or self.done == self.total:
                self._draw(self._status(now) + f"  {name[-self.NAME_WIDTH :]}")
                self.last = now
        elif now - self.last >= self.interval:
            self._line(self._status(now))
            self.last = now

    def clear(self) -> None:
        """Erase the bar (before other output shares the terminal)."""
        if self.shown:
            self.stream.write("\r\x1b[K")  # to the line's start, then erase to its end
            self.shown = 0

    def close(self) -> None:
        """End the bar (a last plain line when not on a terminal)."""
        if self.terminal:
            if self.shown:
                self.stream.write("\n")
                self.shown = 0
        elif self.done:
            self._line(self._status(time.perf_counter()))
        self.stream.flush()

    def _status(self, now: float) -> str:
        elapsed = now - self.started
        rate = self.done / elapsed if elapsed > 0 else 0.0
        left = (self.total - self.done) / rate if rate > 0 else 0.0
        total = max(self.total, 1)
        filled = self.WIDTH * self.done // total
        bar = "#" * filled + "." * (self.WIDTH - filled)
        failed = f"  {self.failed} failed" if self.failed else ""
        return (
            f"[{bar}] {self.done}/{self.total}  {rate:.1f}/s  "
            f"ETA {_clock(left)}  elapsed {_clock(elapsed)}{failed}"
        )

    def _draw(self, line: str) -> None:
        self.clear()
        self.stream.write(line)
        self.stream.flush()
        self.shown = len(line)

    def _line(self, status: str) -> None:
        self.stream.write(f"{self.label}: {status}\n")
        self.stream.flush()


def _clock(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
