"""JSON size against the source: the compact form (the default) and the full form.

    python benchmarks/json_size.py                 # the seeds and the dev texts (if present)
    python benchmarks/json_size.py DIR [DIR ...]   # any folders of reports

Prints, per folder, the UTF-8 bytes of the sources, of ``to_json()`` (compact) and of
``to_json(compact=False)`` (full), each as a ratio to the sources; and checks that both read
back to the same report.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import fazhi_parse

ROOT = Path(__file__).resolve().parent.parent


def measure(folder: Path) -> tuple[int, int, int, int]:
    """(reports, source bytes, compact bytes, full bytes) for the ``*.txt`` below ``folder``."""
    n = source = compact = full = 0
    for path in sorted(folder.rglob("*.txt")):
        report = fazhi_parse.parse_file(path)
        small, big = report.to_json(), report.to_json(compact=False)
        if fazhi_parse.Report.from_json(small) != report or (
            fazhi_parse.Report.from_json(big) != report
        ):
            raise AssertionError(f"{path}: does not read back")
        n += 1
        source += len(report.source.encode("utf-8", "surrogatepass"))
        compact += len(small.encode("utf-8"))
        full += len(big.encode("utf-8"))
    return n, source, compact, full


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=Path)
    args = parser.parse_args()
    folders = args.folders or [p for p in (ROOT / "seeds", ROOT / ".dev-texts") if p.is_dir()]
    print("| texts | reports | source bytes | compact bytes | ratio | full bytes | ratio |")
    print("|---|---|---|---|---|---|---|")
    for folder in folders:
        n, source, compact, full = measure(folder)
        print(
            f"| {folder.name} | {n} | {source:,} | {compact:,} | {compact / source:.2f} "
            f"| {full:,} | {full / source:.2f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
