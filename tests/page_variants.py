"""The ways the same page reaches us, as programs, and the report fields compared across them.

Each variant is derived from a text by a program: full-width punctuation, Traditional
script (OpenCC s2t), CRLF line ends, U+3000 indentation, blank lines between lines, every
line break removed or turned into a space, and all at once. :func:`fields` is what a parse must keep across them.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from opencc import OpenCC
from paths import SEEDS
from report_pages import PAGES

from fazhi_parse import parse

_S2T = OpenCC("s2t").convert
_FULL_WIDTH = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in ",.:;!?()-"})


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").split("\n")


VARIANTS: dict[str, Callable[[str], str]] = {
    "full-width": lambda t: t.translate(_FULL_WIDTH),
    "traditional": _S2T,
    "crlf": lambda t: "\r\n".join(_lines(t)),
    "ideographic-indent": lambda t: "\n".join("\u3000\u3000" + line for line in _lines(t)),
    "blank-lines": lambda t: "\n\n".join(_lines(t)),
    "no-line-breaks": lambda t: "".join(_lines(t)),
    "line-breaks-as-spaces": lambda t: " ".join(line.strip() for line in _lines(t) if line.strip()),
    "all-at-once": lambda t: "\r\n".join(
        "\u3000\u3000" + line for line in _lines(_S2T(t).translate(_FULL_WIDTH))
    ),
}


def _read(path: str) -> str:
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


DOCUMENTS = [(os.path.basename(p)[:3], _read(p)) for p in SEEDS] + [
    (name, text) for name, text, _ in PAGES
]


def fields(text: str) -> dict[str, Any]:
    report = parse(text)
    return {
        "title": report.title,
        "year": report.year,
        "issuer": report.issuer,
        "published": report.published,
        "published_precision": report.published_precision,
        "signed": report.signed,
        "signed_precision": report.signed_precision,
        "kinds": [(s.kind, s.implicit) for s in report.sections],
        "parts": [p.present for p in report.parts],
    }
