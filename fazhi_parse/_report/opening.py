"""The opening of the body: the preamble's range and its first lines, where the year and the
issuer are read when the title does not give them."""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from .._outline.state import Tree
from .._page.tables import CITY_ENDS, ORG_SUFFIX
from .._text.normalize import Range

__all__ = ["first_lines", "preamble_range"]

_ADDRESSEE: Final = re.compile(r"[^,，。;]{2,30}:")


@cache
def _glued_addressee() -> re.Pattern[str]:
    """An addressee (县委、县政府:) with the body glued after it: only a body's name counts, so
    that 现将有关情况报告如下: is not taken for one (compiled on first use: its CJK ranges take
    about 1 ms to compile)."""
    return re.compile(
        rf"\s*[|\s]*(?:中共)?[\u4e00-\u9fff、()]{{1,30}}?(?:{ORG_SUFFIX}|[{CITY_ENDS}])\s*:"
    )


_LEAD: Final = " \t\n\r?\ufffd"
"""Skipped before the first line: blanks, and the question marks and replacement characters
that a bad decoding leaves where an indent was (??2020年,…)."""


def preamble_range(tree: Tree) -> Range:
    """From the body's start to the first section (or the body's end)."""
    end = tree.sections[0].start if tree.sections else tree.body_end
    return tree.body_start, max(tree.body_start, end)


def first_lines(text: str, lo: int, hi: int, limit: int = 300) -> str:
    """The opening of ``text[lo:hi]``, skipping an addressee line (区人大常委会：) and what
    :data:`_LEAD` holds."""
    chunk = text[lo : min(hi, lo + limit)].lstrip(_LEAD)
    first, nl, rest = chunk.partition("\n")
    if nl and _ADDRESSEE.fullmatch(first.strip()):
        return rest.lstrip(_LEAD)
    glued = _glued_addressee().match(chunk)  # the line break after it was lost
    return chunk[glued.end() :].lstrip(_LEAD) if glued is not None else chunk
