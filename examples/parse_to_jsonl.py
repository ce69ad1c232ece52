"""Parse every report in a directory into one JSONL file, in parallel.

    python examples/parse_to_jsonl.py reports/ parsed.jsonl --jobs 4

Each line is ``{"name": path, "report": {...}}``, or ``{"name": path, "error": "..."}`` for
a file that could not be read; read a report back with ``Report.from_dict(line["report"])``.
The exit status is 1 when any file failed. (``fazhi-parse reports/ --format jsonl`` does the
same from the shell; this script shows the library calls.)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fazhi_parse import parse_many
from fazhi_parse.export.serialize import json_text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--jobs", type=int, default=0, help="worker processes (0: one per CPU)")
    parser.add_argument("--glob", default="*.txt")
    args = parser.parse_args()

    paths = sorted(args.directory.rglob(args.glob))
    failed = 0
    with args.output.open("w", encoding="utf-8") as out:
        for result in parse_many(paths, jobs=args.jobs or None, chunksize=4):
            if result.report is not None:
                line = {"name": result.name, "report": result.report.to_dict()}
            else:
                failed += 1
                line = {"name": result.name, "error": result.error}
                print(f"{result.name}: {result.error}", file=sys.stderr)
            out.write(json_text(line) + "\n")
    print(
        f"{len(paths) - failed} of {len(paths)} reports written to {args.output}", file=sys.stderr
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
