"""The command line: ``fazhi-parse`` and ``python -m fazhi_parse``.

``fazhi-parse INPUT…`` reads files, directories (every file matching ``--glob`` below them,
sorted) or standard input (``-``, or no argument when input is piped), and writes one of:

``tree``
    the outline as box-drawn text (default);
``md``
    the outline as Markdown;
``json``
    the report document (:func:`~fazhi_parse.export.serialize.to_json`, compact unless
    ``--full``); for a directory or several inputs, an array of them;
``jsonl``
    one document per line, per input — the same document, whatever the input, that
    ``Report.from_json`` reads back; an input that failed is ``{"id": …, "error": …}``;
``csv``
    the rows of ``--table`` (:func:`~fazhi_parse.export.records.to_records`).

A report's id is its path as given (``<stdin>`` for standard input).

``fazhi-parse export DIR OUT`` writes every table of every file below ``DIR`` as CSV or
Parquet under ``OUT``, resumably (:mod:`fazhi_parse.dataset`).

Exit status: 0 when every input parsed, 1 when any failed (each failure has one line on
stderr: ``fazhi-parse: NAME: REASON``), 2 for a usage error. With a directory or several
inputs a closing line on stderr counts them (``12 ok, 1 failed of 13 …``). Progress goes
to stderr: a bar with rate and time left on a terminal, a plain line every ten seconds
elsewhere (``--progress``/``--no-progress`` to choose).
"""

from __future__ import annotations

import argparse
import csv
import io as stdio
import os
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Final

import attrs

from .batch import BatchResult, parse_many
from .dataset import Progress, export_dataset
from .export.display import render_markdown, render_tree
from .export.records import COLUMNS, TABLES, to_records
from .export.serialize import json_text, schema_json, to_dict
from .files import DecodeError, decode
from .model import Report

__all__ = ["main"]

PROG: Final = "fazhi-parse"
FORMATS: Final = ("tree", "json", "jsonl", "csv", "md")
DEFAULT_GLOB: Final = "*.txt"
DEFAULT_TABLE: Final = "sections"
CHUNKSIZE: Final = 8
"""Files sent to a worker at a time when ``--jobs`` is above 1."""


@attrs.frozen
class _Input:
    """One thing to parse: a file (``item`` a Path), a decoded stdin (``item`` an
    ``(id, text)`` pair) or an input that failed before parsing (``error``)."""

    name: str
    item: Path | tuple[str, str] | None = None
    error: str | None = None


def _parser() -> argparse.ArgumentParser:
    from . import __version__

    p = argparse.ArgumentParser(
        prog=PROG,
        description="Parse Chinese 法治政府建设年度报告 (annual rule-of-law government reports) "
        "into an outline of parts, sections, measures and metrics.",
        epilog="Examples: fazhi-parse report.txt | fazhi-parse reports/ --format jsonl --jobs 4 "
        "> out.jsonl | cat report.txt | fazhi-parse - --format md. "
        "A dataset of every table: fazhi-parse export DIR OUT (see fazhi-parse export --help).",
    )
    p.add_argument(
        "inputs",
        nargs="*",
        metavar="INPUT",
        help="a file, a directory (files matching --glob below it) or - for stdin "
        "(the default when input is piped)",
    )
    p.add_argument("-f", "--format", choices=FORMATS, default="tree", help="output format")
    p.add_argument(
        "-t",
        "--table",
        choices=TABLES,
        default=None,
        help=f"the table written by --format csv (default: {DEFAULT_TABLE})",
    )
    p.add_argument(
        "--full",
        action="store_true",
        help="--format json/jsonl: write every text in full (default: compact, texts "
        "rebuilt from the source on load)",
    )
    _common(p)
    p.add_argument("-o", "--output", help="write here instead of stdout")
    p.add_argument(
        "--schema", action="store_true", help="print the JSON Schema of --format json and exit"
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return p


def _common(p: argparse.ArgumentParser) -> None:
    """Options shared by the main command and ``export``."""
    p.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="worker processes (default 1; 0 = one per CPU)",
    )
    p.add_argument(
        "--glob",
        default=DEFAULT_GLOB,
        help=f"files to read below a directory (default {DEFAULT_GLOB!r}, searched recursively)",
    )
    p.add_argument("--encoding", help="read every file in this encoding instead of detecting it")
    p.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress on stderr (default: for a directory or several inputs; a bar on a "
        "terminal, a line every 10 s elsewhere)",
    )


def _export_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=f"{PROG} export",
        description="Parse every file below DIR and write every table (reports, sections, "
        "measures, metrics, parts, references, diagnostics, failures) under OUT. "
        "Rerun the same command to resume: finished files are skipped.",
    )
    p.add_argument("directory", metavar="DIR", help="the folder of reports")
    p.add_argument("out", metavar="OUT", help="the output folder (created if needed)")
    p.add_argument(
        "-f",
        "--format",
        choices=("csv", "parquet"),
        default="csv",
        help="csv (one file per table) or parquet (a folder of parts per table; needs "
        "pip install 'fazhi_parse[parquet]')",
    )
    _common(p)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); return the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["export"]:
        return _export(args_list[1:])
    parser = _parser()
    args = parser.parse_args(args_list)
    if args.jobs < 0:
        parser.error("--jobs must be 0 (one per CPU) or more")
    if args.table is not None and args.format != "csv":
        parser.error(f"--table chooses the table of --format csv, not of --format {args.format}")
    if args.full and args.format not in ("json", "jsonl"):
        parser.error("--full applies to --format json and jsonl")
    args.table = args.table or DEFAULT_TABLE
    out: IO[str] = sys.stdout
    if args.output:
        try:
            out = open(args.output, "w", encoding="utf-8", errors="backslashreplace")  # noqa: SIM115 — closed below
        except OSError as exc:
            print(f"{PROG}: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
            return 2
    elif isinstance(sys.stdout, stdio.TextIOWrapper):
        sys.stdout.reconfigure(encoding="utf-8", errors="backslashreplace")
    try:
        if args.schema:
            out.write(schema_json())
            return 0
        inputs = list(args.inputs)
        if not inputs:
            if sys.stdin is None or sys.stdin.isatty():
                parser.error("no input: give a file, a directory, or - to read stdin")
            inputs = ["-"]
        return _run(args, inputs, out)
    except BrokenPipeError:  # e.g. `fazhi-parse dir/ | head`: stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    finally:
        if out is not sys.stdout:
            out.close()


def _export(argv: list[str]) -> int:
    parser = _export_parser()
    args = parser.parse_args(argv)
    if args.jobs < 0:
        parser.error("--jobs must be 0 (one per CPU) or more")
    if not Path(args.directory).is_dir():
        parser.error(f"{args.directory}: not a directory")
    show = True if args.progress is None else args.progress
    progress = Progress(sys.stderr, label=f"{PROG} export") if show else None
    try:
        summary = export_dataset(
            args.directory,
            args.out,
            format=args.format,
            pattern=args.glob,
            jobs=args.jobs or None,
            encoding=args.encoding,
            progress=progress,
        )
    except (ImportError, OSError, ValueError) as exc:  # a missing extra, an unusable OUT
        print(f"{PROG} export: {exc}", file=sys.stderr)
        return 2
    print(f"{PROG} export: {summary}", file=sys.stderr)
    return 1 if summary.failed else 0


def _run(args: argparse.Namespace, inputs: list[str], out: IO[str]) -> int:
    started = time.perf_counter()
    collected = list(_collect(inputs, args.glob, args.encoding))
    several = len(collected) != 1 or any(Path(i).is_dir() for i in inputs if i != "-")
    show = args.progress if args.progress is not None else several
    progress = Progress(sys.stderr) if show else None
    if progress is not None:
        progress.start(len(collected))
    writer = _WRITERS[args.format](out, several, args.table, args.full)
    failures = 0
    for result in _results(collected, args.jobs, args.encoding):
        if progress is not None:
            progress.clear()  # output and failures may share the terminal with the bar
        if result.report is None:
            failures += 1
            print(f"{PROG}: {result.id}: {result.error}", file=sys.stderr)
        writer.write(result)
        out.flush()
        if progress is not None:
            progress.update(result.id, failed=result.report is None)
    writer.close()
    if progress is not None:
        progress.close()
    if several:
        seconds = time.perf_counter() - started
        total = len(collected)
        print(
            f"{PROG}: {total - failures} ok, {failures} failed of {total} in {seconds:.1f} s",
            file=sys.stderr,
        )
    return 1 if failures else 0


def _collect(inputs: list[str], pattern: str, encoding: str | None) -> Iterator[_Input]:
    for arg in inputs:
        if arg == "-":
            data = sys.stdin.buffer.read() if sys.stdin is not None else b""
            try:
                text = decode(data, name="<stdin>", encoding=encoding)
                yield _Input("<stdin>", item=("<stdin>", text))
            except (DecodeError, LookupError) as exc:
                reason = exc.detail if isinstance(exc, DecodeError) else str(exc)
                yield _Input("<stdin>", error=f"{type(exc).__name__}: {reason}")
            continue
        path = Path(arg)
        if path.is_dir():
            files = sorted(p for p in path.rglob(pattern) if p.is_file())
            if not files:
                yield _Input(arg, error=f"no files matching {pattern!r} in this directory")
            yield from (_Input(str(p), item=p) for p in files)
        elif path.exists():
            yield _Input(arg, item=path)
        else:
            yield _Input(arg, error="FileNotFoundError: no such file or directory")


def _results(collected: list[_Input], jobs: int, encoding: str | None) -> Iterator[BatchResult]:
    """Parse results for every input, in order, with the inputs' own names."""
    todo = [(i, c) for i, c in enumerate(collected) if c.item is not None]
    chunk = CHUNKSIZE if jobs != 1 else 1
    parsed = parse_many(
        [c.item for _, c in todo if c.item is not None],
        jobs=jobs or None,
        chunksize=chunk,
        encoding=encoding,
    )
    done = iter(zip(todo, parsed, strict=True))
    for index, c in enumerate(collected):
        if c.item is None:
            yield BatchResult(index=index, id=c.name, error=c.error)
            continue
        _, result = next(done)
        yield attrs.evolve(result, index=index)


# --- writers ---------------------------------------------------------------------------------


class _Writer:
    def __init__(self, out: IO[str], several: bool, table: str, full: bool = False) -> None:
        self.out, self.several, self.table, self.compact = out, several, table, not full

    def write(self, result: BatchResult) -> None:
        if result.report is not None:
            self.report(result.id, result.report)

    def report(self, name: str, report: Report) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self.out.flush()


class _TreeWriter(_Writer):
    def report(self, name: str, report: Report) -> None:
        if self.several:
            self.out.write(f"== {name} ==\n")
        self.out.write(render_tree(report) + "\n")
        if self.several:
            self.out.write("\n")


class _MarkdownWriter(_Writer):
    def report(self, name: str, report: Report) -> None:
        if self.several:
            self.out.write(f"# {name}\n\n")
        self.out.write(render_markdown(report, heading_level=2 if self.several else 1))
        if self.several:
            self.out.write("\n")


class _JsonWriter(_Writer):
    first = True

    def document(self, result: BatchResult) -> str:
        if result.report is None:
            return json_text({"id": result.id, "error": result.error})
        return json_text(to_dict(result.report, compact=self.compact), tight=self.compact)

    def write(self, result: BatchResult) -> None:
        if not self.several:
            if result.report is not None:
                doc = to_dict(result.report, compact=self.compact)
                self.out.write(json_text(doc, indent=None if self.compact else 2) + "\n")
            return
        self.out.write("[\n" if self.first else ",\n")
        self.first = False
        self.out.write(self.document(result))

    def close(self) -> None:
        if self.several:
            self.out.write("[]\n" if self.first else "\n]\n")
        super().close()


class _JsonlWriter(_JsonWriter):
    def write(self, result: BatchResult) -> None:
        self.out.write(self.document(result) + "\n")

    def close(self) -> None:
        self.out.flush()


class _CsvWriter(_Writer):
    def __init__(self, out: IO[str], several: bool, table: str, full: bool = False) -> None:
        super().__init__(out, several, table, full)
        self.csv = csv.writer(out, lineterminator="\n")
        self.csv.writerow(COLUMNS[table])

    def report(self, name: str, report: Report) -> None:
        columns = COLUMNS[self.table]
        for row in to_records(report, self.table):  # type: ignore[arg-type]
            self.csv.writerow(["" if row[c] is None else row[c] for c in columns])


_WRITERS: Final[dict[str, type[_Writer]]] = {
    "tree": _TreeWriter,
    "md": _MarkdownWriter,
    "json": _JsonWriter,
    "jsonl": _JsonlWriter,
    "csv": _CsvWriter,
}


if __name__ == "__main__":
    sys.exit(main())
