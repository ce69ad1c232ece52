"""Benchmark fazhi_parse: speed per report and per stage, memory, growth, import time.

usage: python benchmarks/bench_parse.py [--repeat N] [--quick] [--json PATH] [--corpus DIR]

Run it from the repository root (it imports the ``fazhi_parse`` beside this folder). Every
time is the *median* of ``--repeat`` runs (``time.perf_counter``, garbage collection on);
a line prints the target next to each figure the issue sets one for. Sections:

1. ``parse`` on each seed, on each seed converted to Traditional script (OpenCC ``s2t``)
   and on every document of the ``gwr`` corpus: ms per report and Mchar/s, and the ratio
   against a naive fixed-order regex outline pass over the same texts;
2. each stage (normalize, page, outline, header, parts, metrics, assembly), timed in ``parse``
   by wrapping the stage functions that :mod:`fazhi_parse.parse` calls (whatever stages
   exist: a stage that is not there yet is simply absent);
3. peak memory while parsing and memory held by the parsed Report (tracemalloc), against
   the UTF-8 size of the source;
4. growth: a ~1 MB input (the seeds repeated) against one seed, per character, and the
   pathological inputs (a million 一是, （一）, digits, “, newlines, a single 1 MB line…)
   at two sizes — linear cost gives a ratio near 1, a regex blow-up a large one;
5. ``import fazhi_parse`` time (``python -X importtime`` in fresh interpreters).

``--quick`` uses fewer repeats and pathological inputs a tenth the size (for a smoke run).
"""

from __future__ import annotations

import argparse
import functools
import importlib
import inspect
import json
import os
import pathlib
import re
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator, Sequence
from types import ModuleType
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import fazhi_parse  # noqa: E402

# the module, not the function that ``fazhi_parse.parse`` names
parse_module = importlib.import_module("fazhi_parse.parse")

SEEDS = ROOT / "seeds"
CORPUS = ROOT.parent / "shared" / "corpus" / "gwr"

# --- targets (from the issue) --------------------------------------------------------------

TARGET_MS_PER_5K = {"simplified": 2.0, "traditional": 3.0}
"""Median ms for a full parse of a 5,000-character report."""
TARGET_MCHARS = 2.5
TARGET_CORPUS_S = 0.5
TARGET_MEMORY_RATIO = 10.0
"""Memory held by a parsed Report over the UTF-8 size of its source."""
TARGET_GROWTH = 1.2
"""Per-character time of a ~1 MB input over that of one seed."""
TARGET_IMPORT_MS = 150.0

STAGE_OF_PACKAGE = {
    "_text": "normalize",
    "_page": "page",
    "_outline": "outline",
    "_parts": "parts",
    "_report": "header",
    "_metrics": "metrics",
    "_report.assemble": "assembly",
    "schemes": "outline",
}
"""Which stage a function belongs to, by its module or stage package (others: module name)."""


# --- inputs --------------------------------------------------------------------------------


def read(path: pathlib.Path) -> str:
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def load_texts(corpus: pathlib.Path) -> dict[str, list[tuple[str, str]]]:
    """Named groups of (name, text): seeds, Traditional seeds, corpus documents."""
    from opencc import OpenCC

    seeds = [(p.stem[:3], read(p)) for p in sorted(SEEDS.glob("*.txt"))]
    s2t = OpenCC("s2t").convert
    groups = {
        "seeds": seeds,
        "seeds (Traditional)": [(name, s2t(text)) for name, text in seeds],
    }
    if corpus.is_dir():
        groups["gwr corpus"] = [(p.stem, read(p)) for p in sorted(corpus.glob("*.txt"))]
    return groups


def repeated(texts: Sequence[str], size: int) -> str:
    """``texts`` joined and repeated until the UTF-8 size reaches ``size`` bytes."""
    block = "\n".join(texts) + "\n"
    count = -(-size // len(block.encode("utf-8")))
    return block * count


def pathological(seeds: Sequence[str]) -> dict[str, str]:
    """Units that, repeated, make inputs built to provoke super-linear behaviour, by name."""
    one_line = re.sub(r"\s+", "", "".join(seeds))
    return {
        "一是": "一是",
        "（一）": "（一）",
        "(一)": "(一)",
        "一、": "一、",
        "1.": "1.",
        "digits": "1234567890",
        "“": "“",
        "《": "《",
        "(": "(",
        "newlines": "\n",
        "\\r\\n": "\r\n",
        "spaces": " \u3000",
        "。是": "。是",
        "汉?": "汉?",
        "現(xiàn)": "現(xiàn)",
        "(xiàn": "(xiàn",
        "zero-width": "\u200b",
        "heading lines": "一、标题\n（一）小节\n1.条目\n（1）细目\n①一是甲，二是乙。\n",
        "one long line": one_line,
    }


def fill(unit: str, chars: int) -> str:
    """``unit`` repeated to ``chars`` characters (cut at the end)."""
    return (unit * -(-chars // len(unit)))[:chars]


# --- timing --------------------------------------------------------------------------------


def median_time(fn: Callable[[], object], repeat: int) -> float:
    """Median seconds of one call of ``fn`` over ``repeat`` runs.

    Garbage collection stays on (``timeit`` turns it off): collecting what a parse
    allocates is part of what a parse costs.
    """
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


class StageTimer:
    """Exclusive time per stage inside ``parse``, by wrapping the functions it calls."""

    def __init__(self) -> None:
        self.totals: dict[str, float] = {}
        self._stack: list[list[float]] = []  # [start, time spent in nested stages]

    def _wrap(self, fn: Callable[..., Any], stage: str) -> Callable[..., Any]:
        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            frame = [time.perf_counter(), 0.0]
            self._stack.append(frame)
            try:
                return fn(*args, **kwargs)
            finally:
                elapsed = time.perf_counter() - frame[0]
                self._stack.pop()
                self.totals[stage] = self.totals.get(stage, 0.0) + elapsed - frame[1]
                if self._stack:
                    self._stack[-1][1] += elapsed

        return timed

    def _targets(self) -> Iterator[tuple[Any, str, Callable[..., Any], str]]:
        """(owner, attribute, function, stage) for every stage function parse can reach."""
        for name, obj in list(vars(parse_module).items()):
            if isinstance(obj, ModuleType) and obj.__name__.startswith("fazhi_parse."):
                for attr, fn in list(vars(obj).items()):
                    if inspect.isfunction(fn) and fn.__module__ == obj.__name__:
                        yield obj, attr, fn, self.stage(fn)
            elif (
                inspect.isfunction(obj)
                and obj.__module__.startswith("fazhi_parse.")
                and obj.__module__ != parse_module.__name__
            ):
                yield parse_module, name, obj, self.stage(obj)

    @staticmethod
    def stage(fn: Callable[..., Any]) -> str:
        parts = fn.__module__.split(".")[1:]
        for key in (".".join(parts), parts[0] if parts else ""):
            if key in STAGE_OF_PACKAGE:
                return STAGE_OF_PACKAGE[key]
        return parts[-1] if parts else fn.__module__

    def run(self, texts: Sequence[str], repeat: int) -> dict[str, float]:
        """Median seconds per stage for parsing each text (summed over ``texts``)."""
        targets = list(self._targets())
        runs: list[dict[str, float]] = []
        for owner, attr, fn, stage in targets:
            setattr(owner, attr, self._wrap(fn, stage))
        try:
            for _ in range(repeat):
                self.totals = {}
                start = time.perf_counter()
                for text in texts:
                    fazhi_parse.parse(text)
                total = time.perf_counter() - start
                self.totals["other (model, glue)"] = total - sum(self.totals.values())
                self.totals["total"] = total
                runs.append(self.totals)
        finally:
            for owner, attr, fn, _ in targets:
                setattr(owner, attr, fn)
        return {k: statistics.median(r.get(k, 0.0) for r in runs) for k in runs[0]}


PATHOLOGICAL_TIMEOUT = 300
"""Seconds a pathological input may take before it is reported as a blow-up."""

_CHILD = """
import json, statistics, sys, time
import fazhi_parse
chars, repeat = int(sys.argv[1]), int(sys.argv[2])
unit = sys.stdin.buffer.read().decode("utf-8", "surrogatepass")
text = (unit * -(-chars // len(unit)))[:chars]
fazhi_parse.parse("一、标题\\n（一）學法。一是学习，二是考试。")  # load lazy tables
times = []
for _ in range(repeat):
    start = time.perf_counter()
    fazhi_parse.parse(text)
    times.append(time.perf_counter() - start)
print(json.dumps(statistics.median(times)))
"""


def timed_in_child(unit: str, chars: int, repeat: int, timeout: float) -> float | None:
    """Median seconds to parse ``unit`` repeated to ``chars`` characters, in a fresh
    interpreter (its memory is freed after, and a blow-up is cut off); None on timeout."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    try:
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, str(chars), str(repeat)],
            input=unit.encode("utf-8", "surrogatepass"),
            capture_output=True,
            timeout=timeout,
            env=env,
            check=True,
        )
    except subprocess.TimeoutExpired:
        return None
    return float(json.loads(done.stdout))


# --- the naive baseline --------------------------------------------------------------------

_CN = "[一二三四五六七八九十]{1,3}"
NAIVE_LEVELS = tuple(
    re.compile(p, re.M)
    for p in (
        rf"^[ \t\u3000]*{_CN}、(.*)$",
        rf"^[ \t\u3000]*[（(]{_CN}[）)](.*)$",
        r"^[ \t\u3000]*\d{1,2}[.．、](.*)$",
        r"^[ \t\u3000]*[（(]\d{1,2}[）)](.*)$",
    )
)
"""GB/T 9704 heading levels in their fixed order: 一、 （一） 1. （1）."""


def naive_outline(text: str) -> list[tuple[int, int, str]]:
    """A fixed-order regex outline: (offset, level, title) of every heading-like line."""
    heads = [
        (m.start(), level, m.group(1))
        for level, rx in enumerate(NAIVE_LEVELS)
        for m in rx.finditer(text)
    ]
    heads.sort()
    return heads


# --- memory --------------------------------------------------------------------------------


def memory(text: str) -> tuple[int, int]:
    """(peak bytes allocated while parsing, bytes the Report holds besides ``text``)."""
    fazhi_parse.parse(text)  # warm lazily built tables
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        report = fazhi_parse.parse(text)
        current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    del report
    return peak - base, current - base


# --- import time ---------------------------------------------------------------------------


def import_times(runs: int) -> tuple[list[float], list[tuple[float, str]]]:
    """Cumulative ``import fazhi_parse`` ms per fresh interpreter, and the slowest modules.

    Bytecode is written on a first run so that the figures are those of an installed
    package (this environment may set PYTHONDONTWRITEBYTECODE).
    """
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    cmd = [sys.executable, "-X", "importtime", "-c", "import fazhi_parse"]
    subprocess.run(cmd, env=env, capture_output=True, check=True, cwd=ROOT)
    totals: list[float] = []
    own: dict[str, list[float]] = {}
    for _ in range(runs):
        err = subprocess.run(
            cmd, env=env, capture_output=True, text=True, check=True, cwd=ROOT
        ).stderr
        for line in err.splitlines():
            if not line.startswith("import time:") or "self [us]" in line:
                continue
            self_us, cumulative_us, name = line[len("import time:") :].split("|")
            name = name.strip()
            if name == "fazhi_parse":
                totals.append(int(cumulative_us) / 1e3)
            if name.startswith("fazhi_parse"):
                own.setdefault(name, []).append(int(self_us) / 1e3)
    slowest = sorted(((statistics.median(v), k) for k, v in own.items()), reverse=True)
    return totals, slowest[:5]


# --- report --------------------------------------------------------------------------------


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--repeat", type=int, default=21, help="runs per figure (median)")
    ap.add_argument("--quick", action="store_true", help="fewer runs, smaller inputs")
    ap.add_argument("--json", type=pathlib.Path, help="also write the figures here")
    ap.add_argument("--corpus", type=pathlib.Path, default=CORPUS, help="gwr corpus folder")
    args = ap.parse_args(argv)
    repeat = 5 if args.quick else args.repeat
    size = 200_000 if args.quick else 2_000_000
    out: dict[str, Any] = {"python": sys.version.split()[0], "repeat": repeat}
    print(f"fazhi_parse benchmark — Python {out['python']}, median of {repeat} runs, one core\n")

    groups = load_texts(args.corpus)
    seeds = [t for _, t in groups["seeds"]]
    for t in seeds:
        fazhi_parse.parse(t)  # build lazily loaded tables before timing

    # 1. per report
    print("== parse per report ==")
    out["parse"] = {}
    for group, items in groups.items():
        trad = "Traditional" in group
        rows = []
        naive_total = parse_total = 0.0
        for name, text in items:
            t = median_time(lambda text=text: fazhi_parse.parse(text), repeat)
            n = median_time(lambda text=text: naive_outline(text), repeat)
            parse_total += t
            naive_total += n
            rows.append({"name": name, "chars": len(text), "ms": t * 1e3, "naive_ms": n * 1e3})
        chars = sum(r["chars"] for r in rows)
        print(f"-- {group}: {len(rows)} texts, {chars:,} chars")
        for r in rows:
            per5k = r["ms"] * 5000 / r["chars"]
            print(
                f"  {r['name']:<10} {r['chars']:>7,} ch  {r['ms']:7.2f} ms  "
                f"{r['chars'] / r['ms'] / 1e3:5.2f} Mchar/s  ({per5k:.2f} ms per 5k)  "
                f"x{r['ms'] / r['naive_ms']:.0f} naive"
            )
        mchars = chars / parse_total / 1e6
        summary = {
            "texts": len(rows),
            "chars": chars,
            "total_s": parse_total,
            "mean_ms": parse_total / len(rows) * 1e3,
            "mchar_s": mchars,
            "naive_total_s": naive_total,
            "ratio_vs_naive": parse_total / naive_total,
            "rows": rows,
        }
        target_note = (
            "" if trad else f" [target >= {TARGET_MCHARS}: {verdict(mchars >= TARGET_MCHARS)}]"
        )
        line = (
            f"  all: {parse_total * 1e3:.1f} ms, {summary['mean_ms']:.2f} ms per report, "
            f"{mchars:.2f} Mchar/s{target_note}"
            f", x{summary['ratio_vs_naive']:.1f} the naive outline pass"
        )
        if group.startswith("seeds"):
            target = TARGET_MS_PER_5K["traditional" if trad else "simplified"]
            per5k = parse_total / chars * 5000 * 1e3
            summary["ms_per_5k"] = per5k
            line += f"\n  per 5,000 chars: {per5k:.2f} ms [target <= {target}: {verdict(per5k <= target)}]"
        else:
            line += f"\n  whole corpus: {parse_total:.3f} s [target < {TARGET_CORPUS_S} s: {verdict(parse_total < TARGET_CORPUS_S)}]"
        print(line)
        out["parse"][group] = summary

    # 2. stages
    print("\n== stages (ms per report, exclusive time inside parse) ==")
    out["stages"] = {}
    for group, items in groups.items():
        texts = [t for _, t in items]
        stages = StageTimer().run(texts, repeat)
        per = {k: v / len(texts) * 1e3 for k, v in stages.items()}
        chars = sum(map(len, texts)) / len(texts)
        out["stages"][group] = per
        cells = "  ".join(
            f"{k} {v:.3f} ({chars / v / 1e3:.1f} Mc/s)" if v > 0 else f"{k} 0"
            for k, v in per.items()
        )
        print(f"-- {group}: {cells}")

    # 3. memory
    print("\n== memory ==")
    out["memory"] = []
    worst = 0.0
    for group, items in groups.items():
        for name, text in items:
            peak, held = memory(text)
            utf8 = len(text.encode("utf-8"))
            ratio = (held + sys.getsizeof(text)) / utf8
            worst = max(worst, ratio)
            out["memory"].append(
                {"group": group, "name": name, "utf8": utf8, "peak": peak, "held": held}
            )
            if group.startswith("seeds"):
                print(
                    f"  {group:<20} {name:<8} UTF-8 {utf8 / 1024:6.1f} KiB  peak while parsing "
                    f"{peak / 1024:7.1f} KiB  Report {ratio:4.1f}x source"
                )
    corpus_rows = [r for r in out["memory"] if r["group"] == "gwr corpus"]
    if corpus_rows:
        print(
            f"  gwr corpus: peak while parsing {max(r['peak'] for r in corpus_rows) / 1024:.0f} KiB "
            "at most"
        )
    print(
        f"  largest Report / UTF-8 source (source included): {worst:.1f}x "
        f"[target <= {TARGET_MEMORY_RATIO}: {verdict(worst <= TARGET_MEMORY_RATIO)}]"
    )
    out["memory_worst_ratio"] = worst

    # 4. growth
    print("\n== growth ==")
    big = repeated(seeds, 1_000_000)
    one = sum(median_time(lambda t=t: fazhi_parse.parse(t), repeat) for t in seeds) / sum(
        map(len, seeds)
    )
    large = median_time(lambda: fazhi_parse.parse(big), max(5, repeat // 3)) / len(big)
    growth = large / one
    out["growth_1mb"] = {"chars": len(big), "ns_per_char": large * 1e9, "ratio": growth}
    print(
        f"  ~1 MB of seeds ({len(big):,} chars): {large * 1e9:.0f} ns/char vs {one * 1e9:.0f} "
        f"for one seed: x{growth:.2f} [target <= {TARGET_GROWTH}: {verdict(growth <= TARGET_GROWTH)}]"
    )
    print(
        f"  pathological inputs at {size // 10:,} and {size:,} chars "
        "(ratio: per-char time of the larger over the smaller)"
    )
    out["pathological"] = {}
    for name, unit in pathological(seeds).items():
        small = timed_in_child(unit, size // 10, 3, PATHOLOGICAL_TIMEOUT)
        large = timed_in_child(unit, size, 1, PATHOLOGICAL_TIMEOUT)
        chars = len(fill(unit, size))
        row: dict[str, Any] = {"chars": chars, "seconds": large}
        if small is None or large is None:
            row["ratio"] = None
            print(f"  {name:<14} {chars:>9,} ch  over {PATHOLOGICAL_TIMEOUT} s: BLOW-UP")
        else:
            row["ns_per_char"] = large / chars * 1e9
            row["ratio"] = large / chars / (small / len(fill(unit, size // 10)))
            print(
                f"  {name:<14} x{chars // len(unit):<9,} {chars:>9,} ch  {large:6.2f} s  "
                f"{row['ns_per_char']:6.0f} ns/char  x{row['ratio']:.2f}"
            )
        out["pathological"][name] = row

    # 5. import
    print("\n== import ==")
    totals, slowest = import_times(5 if args.quick else 11)
    med = statistics.median(totals)
    out["import_ms"] = {"median": med, "min": min(totals), "slowest": slowest}
    print(
        f"  import fazhi_parse: median {med:.0f} ms, min {min(totals):.0f} ms "
        f"[target <= {TARGET_IMPORT_MS}: {verdict(med <= TARGET_IMPORT_MS)}]"
    )
    print("  slowest own modules (self ms): " + ", ".join(f"{k} {v:.1f}" for v, k in slowest))

    if args.json:
        args.json.write_text(json.dumps(out, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
