"""The report fields survive the ways the same page reaches us.

Each variant is derived from a seed (and from the page shapes of ``report_pages``) by a
program: full-width punctuation, Traditional script (OpenCC s2t), CRLF line ends, U+3000
indentation, blank lines between lines, every line break removed, and all at once. The
parse of each variant must give what the parse of the original gives: title, year,
issuer, dates, and the parts (kinds) of the top-level sections.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Callable
from typing import Any

import pytest
from opencc import OpenCC
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
    "all-at-once": lambda t: "\r\n".join(
        "\u3000\u3000" + line for line in _lines(_S2T(t).translate(_FULL_WIDTH))
    ),
}

SEEDS = sorted(glob.glob(os.path.join(os.path.dirname(__file__), "..", "seeds", "*.txt")))


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
        "signed": report.signed,
        "kinds": [(s.kind, s.implicit) for s in report.sections],
        "parts": [p.present for p in report.parts],
    }


@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize(("name", "text"), DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_variant_gives_the_same_fields(name: str, text: str, variant: str) -> None:
    assert fields(VARIANTS[variant](text)) == fields(text)


def test_variants_change_the_text() -> None:
    text = DOCUMENTS[0][1]
    for variant in VARIANTS.values():
        assert variant(text) != text


@pytest.mark.parametrize(("name", "text"), DOCUMENTS[: len(SEEDS)], ids=[d[0] for d in DOCUMENTS[: len(SEEDS)]])
def test_seed_fields_are_found(name: str, text: str) -> None:
    got = fields(text)
    assert got["year"] is not None
    assert got["issuer"] is not None
    assert all(kind is not None for kind, _ in got["kinds"])
