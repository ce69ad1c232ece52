"""The dev-set scoreboard: every presentation, and the naive floor on the same texts.

usage: python benchmarks/scoreboard.py [--texts DIR] [--gold DIR] [--metrics DIR] [--no-naive]

Runs ``../shared/tools/seed_score.py`` on the texts as collected and on each of the six
presentations of ``../shared/tools/variants.py`` (full, trad, crlf, oneline, spaced,
nl2space), then the same with ``../shared/tools/naive_baseline.py`` in place of the library,
and ``metric_score.py`` on the metric gold. Defaults: the dev set (``.dev-texts``,
``../shared/dev/gold``, ``../shared/dev/metrics``); ``--texts seeds --gold ../shared/gold
--metrics ../shared/gold/metrics`` scores the seeds. Prints one Markdown table.
"""

from __future__ import annotations

import argparse
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
TOOLS = ROOT.parent / "shared" / "tools"
TOTAL = re.compile(
    r"sections F1 (?P<sec>[\d.]+).*measures F1 (?P<mea>[\d.]+).*kind acc (?P<kind>[\d.]+)"
    r".*meta acc (?P<meta>[\d.]+).*false-heads (?P<false>\d+).*crashes (?P<crash>\d+)"
)
METRICS = re.compile(r"metrics P (?P<p>[\d.]+) R (?P<r>[\d.]+).*excluded-hit (?P<hit>\d+)")
VARIANTS = ("full", "trad", "crlf", "oneline", "spaced", "nl2space")


def _score(gold: pathlib.Path, texts: pathlib.Path, cwd: pathlib.Path, env_path: str | None) -> str:
    env = None
    if env_path is not None:
        import os

        env = dict(os.environ, PYTHONPATH=env_path)
    done = subprocess.run(
        [sys.executable, str(TOOLS / "seed_score.py"), str(gold), str(texts)],
        cwd=cwd, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    lines = [line for line in done.stdout.splitlines() if line.startswith("TOTAL")]
    if not lines:
        return "error: " + (done.stderr.strip().splitlines() or ["no output"])[-1]
    m = TOTAL.search(lines[-1])
    if m is None:
        return lines[-1]
    return " | ".join(m[k] for k in ("sec", "mea", "kind", "meta", "false", "crash"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--texts", type=pathlib.Path, default=ROOT / ".dev-texts")
    ap.add_argument("--gold", type=pathlib.Path, default=ROOT.parent / "shared" / "dev" / "gold")
    ap.add_argument(
        "--metrics", type=pathlib.Path, default=ROOT.parent / "shared" / "dev" / "metrics"
    )
    ap.add_argument("--no-naive", action="store_true", help="skip the naive floor")
    args = ap.parse_args(argv)
    texts, gold = args.texts.resolve(), args.gold.resolve()
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(tmp)
        subprocess.run(
            [sys.executable, str(TOOLS / "variants.py"), str(texts), str(gold), str(work / "v")],
            check=True,
        )
        sets = {"as collected": (gold, texts)}
        for name in VARIANTS:
            (work / name / "gold").mkdir(parents=True)
            (work / name / "texts").mkdir(parents=True)
            for p in (work / "v" / "gold").glob(f"{name}__*"):
                shutil.copy(p, work / name / "gold" / p.name)
            for p in (work / "v" / "texts").glob(f"{name}__*"):
                shutil.copy(p, work / name / "texts" / p.name)
            sets[name] = (work / name / "gold", work / name / "texts")
        naive_root = work / "naive"
        (naive_root / "fazhi_parse").mkdir(parents=True)
        shutil.copy(TOOLS / "naive_baseline.py", naive_root / "fazhi_parse" / "__init__.py")
        print(
            "| presentation | sections F1 | measures F1 | kinds | metadata | false heads |"
            " crashes | naive: sections | measures | kinds | metadata |"
        )
        print("|---|---|---|---|---|---|---|---|---|---|---|")
        for name, (g, t) in sets.items():
            ours = _score(g, t, ROOT, None)
            naive = "" if args.no_naive else _score(g, t, naive_root, str(naive_root))
            naive = " | ".join(naive.split(" | ")[:4]) if naive else "| | |"
            print(f"| {name} | {ours} | {naive} |")
    if args.metrics.is_dir():
        done = subprocess.run(
            [sys.executable, str(TOOLS / "metric_score.py"), str(args.metrics), str(texts)],
            cwd=ROOT, capture_output=True, text=True, check=False,
        )  # fmt: skip
        m = METRICS.search(done.stdout.splitlines()[-1] if done.stdout else "")
        if m is not None:
            print(f"\nmetrics: P {m['p']} R {m['r']}, excluded strings taken {m['hit']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
