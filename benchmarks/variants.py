"""Write the seeds in other presentations, to score the parser on text it was not tuned on.

usage: python benchmarks/variants.py OUT_DIR
Creates OUT_DIR/<variant>/<seed>.txt for each presentation below; score each with
``python ../shared/tools/seed_score.py ../shared/gold OUT_DIR/<variant>``.
"""

from __future__ import annotations

import pathlib
import sys
from collections.abc import Callable

from opencc import OpenCC

SEEDS = pathlib.Path(__file__).resolve().parent.parent / "seeds"

_FULL = {ord(c): chr(ord(c) + 0xFEE0) for c in ",:;()!?0123456789%"}


def full_width(text: str) -> str:
    return text.translate(_FULL)


def traditional(text: str) -> str:
    return OpenCC("s2t").convert(text)


def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def ideographic_indent(text: str) -> str:
    return "\n".join("\u3000\u3000" + line.lstrip() for line in text.split("\n"))


def blank_lines(text: str) -> str:
    return "\n\n".join(line for line in text.split("\n") if line.strip())


def lost_breaks(text: str) -> str:
    return "".join(line.strip() for line in text.split("\n"))


VARIANTS: dict[str, Callable[[str], str]] = {
    "original": lambda t: t,
    "fullwidth": full_width,
    "traditional": traditional,
    "crlf": crlf,
    "indent": ideographic_indent,
    "blank": blank_lines,
    "runon": lost_breaks,
    "all": lambda t: crlf(ideographic_indent(full_width(traditional(t)))),
}


def main() -> None:
    out = pathlib.Path(sys.argv[1])
    for name, transform in VARIANTS.items():
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        for seed in sorted(SEEDS.glob("*.txt")):
            text = seed.read_text(encoding="utf-8")
            (folder / seed.name).write_text(transform(text), encoding="utf-8", newline="")


if __name__ == "__main__":
    main()
