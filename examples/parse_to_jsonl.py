"""Parse every report in a directory into one JSONL file, in parallel.

    python examples/parse_to_jsonl.py reports/ parsed.jsonl --jobs 4

Each line is a report document (compact: texts rebuilt from the source on load), whose
``id`` is the file's path; a file that could not be read is ``{"id": path, "error": "..."}``.
Read a line back with ``Report.from_json(line)``. The exit status is 1 when any file
failed. (``fazhi-parse reports/ --format jsonl`` does the same from the shell, and
``fazhi-parse export reports/ dataset/`` writes tables; this script shows the library calls.)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fazhi_parse import parse_files
from fazhi_parse.export.serialize import json_text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--jobs", type=int, default=0, help="worker processes (0: one per CPU)")
    parser.add_argument("--glob", default="*.txt")
    args = parser.parse_args()

    paths = sorted(p for p in args.directory.rglob(args.glob) if p.is_file())
    failed = 0
    with args.output.open("w", encoding="utf-8") as out:
        for result in parse_files(paths, jobs=args.jobs or None, chunksize=4):
            if result.report is not None:
                out.write(result.report.to_json() + "\n")
            else:
                failed += 1
                out.write(json_text({"id": result.id, "error": result.error}) + "\n")
                print(f"{result.id}: {result.error}", file=sys.stderr)
    print(
        f"{len(paths) - failed} of {len(paths)} reports written to {args.output}", file=sys.stderr
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
