"""The command line: ``fazhi-parse`` and ``python -m fazhi_parse``.

Reads files, directories (every file matching ``--glob`` below them, sorted) or standard
input (``-``, or no argument when input is piped), and writes one of:

``tree``
    the outline as box-drawn text (default);
``md``
    the outline as Markdown;
``json``
    the report document (:func:`~fazhi_parse.export.serialize.to_json`); for several inputs, an
    array of ``{"name": …, "report": …}`` or ``{"name": …, "error": …}`` objects;
``jsonl``
    one such object per line, per input;
``csv``
    the rows of ``--table`` (:func:`~fazhi_parse.export.records.to_records`), with the input's
    name as ``report_id``.

Exit status: 0 when every input parsed, 1 when any failed (each failure has one line on
stderr: ``fazhi-parse: NAME: REASON``), 2 for a usage error. A progress bar goes to
stderr while a directory is read, when stderr is a terminal (``--progress`` forces it).
"""

from __future__ import annotations

import argparse
import csv
import io as stdio
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any, Final

import attrs

from .batch import BatchResult, Item, parse_many
from .export.display import render_markdown, render_tree
from .export.records import COLUMNS, TABLES, to_records
from .export.serialize import json_text, schema_json, to_dict
from .files import DecodeError, decode
from .model import Report

__all__ = ["main"]

PROG: Final = "fazhi-parse"
FORMATS: Final = ("tree", "json", "jsonl", "csv", "md")
DEFAULT_GLOB: Final = "*.txt"
CHUNKSIZE: Final = 8
"""Files sent to a worker at a time when ``--jobs`` is above 1."""


@attrs.frozen
class _Input:
    """One thing to parse: a file (``item`` a Path), a decoded stdin (``item`` a str) or
    an input that failed before parsing (``error``)."""

    name: str
    item: Item | None = None
    error: str | None = None


def _parser() -> argparse.ArgumentParser:
    from . import __version__

    p = argparse.ArgumentParser(
        prog=PROG,
        description="Parse Chinese 法治政府建设年度报告 (annual rule-of-law government reports) "
        "into an outline of parts, sections, measures and metrics.",
        epilog="Examples: fazhi-parse report.txt | fazhi-parse reports/ --format jsonl --jobs 4 "
        "> out.jsonl | cat report.txt | fazhi-parse - --format md",
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
        default="sections",
        help="the table written by --format csv (default: sections)",
    )
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
    p.add_argument("-o", "--output", help="write here instead of stdout")
    p.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar on stderr for directories (default: when stderr is a terminal)",
    )
    p.add_argument(
        "--schema", action="store_true", help="print the JSON Schema of --format json and exit"
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.jobs < 0:
        parser.error("--jobs must be 0 (one per CPU) or more")
    out: IO[str] = sys.stdout
    if args.output:
        out = open(args.output, "w", encoding="utf-8", errors="backslashreplace")  # noqa: SIM115 — closed below
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


def _run(args: argparse.Namespace, inputs: list[str], out: IO[str]) -> int:
    collected = list(_collect(inputs, args.glob, args.encoding))
    several = len(collected) != 1 or any(Path(i).is_dir() for i in inputs if i != "-")
    show = args.progress if args.progress is not None else sys.stderr.isatty()
    progress = _Progress(len(collected)) if show and several else None
    writer = _WRITERS[args.format](out, several, args.table)
    failures = 0
    for result in _results(collected, args.jobs, args.encoding):
        if progress:
            progress.clear()  # output and failures may share the terminal with the bar
        if result.report is None:
            failures += 1
            print(f"{PROG}: {result.name}: {result.error}", file=sys.stderr)
        writer.write(result)
        out.flush()
        if progress:
            progress.update(result.index + 1, result.name)
    writer.close()
    if progress:
        progress.close()
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
        yield attrs.evolve(result, index=index, id=c.name)


# --- writers ---------------------------------------------------------------------------------


class _Writer:
    def __init__(self, out: IO[str], several: bool, table: str) -> None:
        self.out, self.several, self.table = out, several, table

    def write(self, result: BatchResult) -> None:
        if result.report is not None:
            self.report(result.name, result.report)

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


def _envelope(result: BatchResult) -> dict[str, Any]:
    if result.report is None:
        return {"name": result.name, "error": result.error}
    return {"name": result.name, "report": to_dict(result.report)}


class _JsonWriter(_Writer):
    first = True

    def write(self, result: BatchResult) -> None:
        if not self.several:
            if result.report is not None:
                self.out.write(json_text(to_dict(result.report), indent=2) + "\n")
            return
        self.out.write("[\n" if self.first else ",\n")
        self.first = False
        self.out.write(json_text(_envelope(result)))

    def close(self) -> None:
        if self.several:
            self.out.write("[]\n" if self.first else "\n]\n")
        super().close()


class _JsonlWriter(_Writer):
    def write(self, result: BatchResult) -> None:
        self.out.write(json_text(_envelope(result)) + "\n")


class _CsvWriter(_Writer):
    def __init__(self, out: IO[str], several: bool, table: str) -> None:
        super().__init__(out, several, table)
        self.csv = csv.writer(out, lineterminator="\n")
        self.csv.writerow(COLUMNS[table])

    def report(self, name: str, report: Report) -> None:
        columns = COLUMNS[self.table]
        for row in to_records(report, self.table, report_id=name):  # type: ignore[arg-type]
            self.csv.writerow(["" if row[c] is None else row[c] for c in columns])


_WRITERS: Final[dict[str, type[_Writer]]] = {
    "tree": _TreeWriter,
    "md": _MarkdownWriter,
    "json": _JsonWriter,
    "jsonl": _JsonlWriter,
    "csv": _CsvWriter,
}


# --- progress --------------------------------------------------------------------------------


class _Progress:
    """``[#######.............]  12/40  path`` redrawn in place on stderr."""

    WIDTH: Final = 24

    def __init__(self, total: int) -> None:
        self.total = max(total, 1)
        self.shown = 0

    def update(self, done: int, name: str) -> None:
        filled = self.WIDTH * done // self.total
        bar = "#" * filled + "." * (self.WIDTH - filled)
        line = f"[{bar}] {done}/{self.total} {name}"[:100]
        self.clear()
        sys.stderr.write(line)
        sys.stderr.flush()
        self.shown = len(line)

    def clear(self) -> None:
        if self.shown:
            sys.stderr.write("\r" + " " * self.shown + "\r")
            self.shown = 0

    def close(self) -> None:
        if self.shown:
            sys.stderr.write("\n")
            sys.stderr.flush()
            self.shown = 0


if __name__ == "__main__":
    sys.exit(main())
