"""Snapshot the parser's output on a fixed set of inputs, and compare two snapshots.

usage:
    python benchmarks/snapshot.py write OUT.jsonl [--dev DIR] [--full DIR]
    python benchmarks/snapshot.py compare BEFORE.jsonl AFTER.jsonl [--full-before DIR --full-after DIR]

A behaviour-preserving change (a move, a rename, a split of a long function) must leave every
``to_json()`` byte-identical; a change meant to alter output lists exactly what it altered.
The inputs, all generated here the same way in every run:

- the seeds (``seeds/*.txt``) and their six presentations (``../shared/tools/variants.py``);
- the dev texts (``.dev-texts/*.txt``, when collected) and their six presentations;
- the 40 long documents of ``../shared/corpus/gwr`` (when present);
- pathological inputs (20,000 characters of one repeated unit: markers, digits, quotes…);
- 2,000 marker-dense random strings (digits, 、 （ ） 一…十 是 年 . ．), seeded.

``write`` stores one line per input (name, SHA-256 of ``to_json()``, or the error) and, with
``--full``, each JSON document for a later diff. Run it with ``PYTHONPATH=<tree>`` to snapshot
another checkout of the package with the same interpreter.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import pathlib
import random
import re
import sys
from collections.abc import Callable, Iterator

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SOUP = "0123456789、()（）一二三四五六七八九十是年.．\n "
"""The alphabet of the marker-dense strings."""


def _read(path: pathlib.Path) -> str:
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def _variants() -> dict[str, Callable[[str], str]]:
    path = SHARED / "tools" / "variants.py"
    if not path.exists():
        return {}
    spec = importlib.util.spec_from_file_location("_variants", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return dict(module.VARIANTS)


def inputs(dev: pathlib.Path) -> Iterator[tuple[str, str]]:
    """(name, text) of every input, in a fixed order."""
    variants = _variants()
    for group, folder in (("seed", ROOT / "seeds"), ("dev", dev)):
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else ():
            text = _read(path)
            yield f"{group}/{path.stem}", text
            for name, fn in variants.items():
                yield f"{group}/{path.stem}/{name}", fn(text)
    corpus = SHARED / "corpus" / "gwr"
    for path in sorted(corpus.glob("*.txt")) if corpus.is_dir() else ():
        yield f"gwr/{path.stem}", _read(path)
    seeds = [_read(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    units = {
        "一是": "一是", "（一）": "（一）", "(一)": "(一)", "一、": "一、", "1.": "1.",
        "digits": "1234567890", "quote": "“", "book": "《", "paren": "(", "newlines": "\n",
        "crlf": "\r\n", "spaces": " \u3000", "lost-shi": "。是", "han-q": "汉?",
        "gloss": "現(xiàn)", "open-gloss": "(xiàn", "zero-width": "\u200b",
        "heading lines": "一、标题\n（一）小节\n1.条目\n（1）细目\n①一是甲，二是乙。\n",
        "one long line": re.sub(r"\s+", "", "".join(seeds)),
    }  # fmt: skip
    for name, unit in units.items():
        yield f"pathological/{name}", (unit * -(-20_000 // len(unit)))[:20_000]
    rng = random.Random(20261206)
    for i in range(2000):
        yield f"soup/{i}", "".join(rng.choice(SOUP) for _ in range(rng.randint(1, 40)))


def write(out: pathlib.Path, dev: pathlib.Path, full: pathlib.Path | None) -> int:
    import fazhi_parse

    print(f"fazhi_parse from {pathlib.Path(fazhi_parse.__file__).parent}", file=sys.stderr)
    if full is not None:
        full.mkdir(parents=True, exist_ok=True)
    count = 0
    with open(out, "w", encoding="utf-8") as f:
        for name, text in inputs(dev):
            try:
                doc = fazhi_parse.parse(text).to_json()
            except Exception as exc:  # recorded: a crash is an output too
                row = {"name": name, "error": f"{type(exc).__name__}: {exc}"}
            else:
                row = {"name": name, "sha256": hashlib.sha256(doc.encode()).hexdigest()}
                if full is not None:
                    (full / (name.replace("/", "__") + ".json")).write_text(doc, encoding="utf-8")
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    print(f"{count} inputs written to {out}", file=sys.stderr)
    return 0


def _load(path: pathlib.Path) -> dict[str, dict[str, str]]:
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    return {row["name"]: row for row in rows}


def compare(before: pathlib.Path, after: pathlib.Path) -> int:
    a, b = _load(before), _load(after)
    changed = [n for n in a if n in b and a[n] != b[n]]
    only = sorted(set(a) ^ set(b))
    groups: dict[str, int] = {}
    for name in a:
        groups[name.split("/")[0]] = groups.get(name.split("/")[0], 0) + 1
    print(
        f"{len(a)} inputs before, {len(b)} after; "
        + ", ".join(f"{g} {n}" for g, n in groups.items())
    )
    for name in changed:
        print(f"changed  {name}  {a[name].get('error', '')}{b[name].get('error', '')}")
    for name in only:
        print(f"only in {'before' if name in a else 'after'}  {name}")
    print("identical" if not changed and not only else f"{len(changed)} changed")
    return 0 if not changed and not only else 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write")
    w.add_argument("out", type=pathlib.Path)
    w.add_argument("--dev", type=pathlib.Path, default=ROOT / ".dev-texts")
    w.add_argument("--full", type=pathlib.Path, default=None)
    c = sub.add_parser("compare")
    c.add_argument("before", type=pathlib.Path)
    c.add_argument("after", type=pathlib.Path)
    args = ap.parse_args(argv)
    if args.command == "write":
        return write(args.out, args.dev, args.full)
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
