"""Parse speed of two checkouts of the package, measured in one run, interleaved.

usage: python benchmarks/compare_speed.py TREE_A TREE_B [--rounds N] [--repeat N]

Each round parses the seeds (and their Traditional versions) ``--repeat`` times in a fresh
interpreter per tree (``PYTHONPATH=TREE``), A then B, so that both see the same machine
load; the figure is the median per-report time over the rounds and the ratio B / A. Use it
to check that a change meant to keep behaviour also keeps speed (a move, a split).
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import statistics
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent

CHILD = """
import json, pathlib, sys, time
import fazhi_parse
from opencc import OpenCC
seeds = [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(sys.argv[1]).glob("*.txt"))]
texts = seeds + [OpenCC("s2t").convert(t) for t in seeds]
for t in texts:
    fazhi_parse.parse(t)  # warm lazily built tables
best = []
for _ in range(int(sys.argv[2])):
    start = time.perf_counter()
    for t in texts:
        fazhi_parse.parse(t)
    best.append((time.perf_counter() - start) / len(texts))
print(json.dumps({"file": fazhi_parse.__file__, "times": best}))
"""


def run(tree: pathlib.Path, repeat: int) -> tuple[str, float]:
    env = dict(os.environ, PYTHONPATH=str(tree))
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(ROOT / "seeds"), str(repeat)],
        env=env, cwd=tree, capture_output=True, text=True, check=True,
    )  # fmt: skip
    row = json.loads(done.stdout)
    return row["file"], statistics.median(row["times"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("a", type=pathlib.Path)
    ap.add_argument("b", type=pathlib.Path)
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=15)
    args = ap.parse_args(argv)
    times: dict[str, list[float]] = {"a": [], "b": []}
    files = {}
    for _ in range(args.rounds):
        for key, tree in (("a", args.a), ("b", args.b)):
            files[key], t = run(tree.resolve(), args.repeat)
            times[key].append(t)
    a, b = statistics.median(times["a"]), statistics.median(times["b"])
    print(f"A {files['a']}\n  {a * 1000:.3f} ms per report (median of {args.rounds} rounds)")
    print(f"B {files['b']}\n  {b * 1000:.3f} ms per report")
    print(f"B / A = {b / a:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
