"""Stretches of text where numbering markers do not count: quotations, book titles, brackets.

A marker inside “…”, 《…》 or 「…」 is part of a name (“一是一、二是二”活动, 《关于（一）事项的
通知》); one inside (…) or 〔…〕 is part of an aside. Both the outline and the measure stages
skip such markers. Spans are bounded in length so an unbalanced quote mark cannot swallow
the rest of a paragraph.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from .normalize import Range

__all__ = ["BRACKETED", "QUOTED", "bracketed", "inside", "quoted"]

QUOTED: Final = re.compile(
    r"“[^“”\n]{0,80}”|《[^《》\n]{0,80}》|「[^「」\n]{0,60}」|‘[^‘’\n]{0,40}’"
)
"""Quotations and titles (stdlib ``re`` scans such literal classes faster than ``regex``)."""
BRACKETED: Final = re.compile(r"\((?:[^()\n]{0,40})\)|\[[^\[\]\n]{0,40}\]|〔[^〔〕\n]{0,20}〕")
"""Asides in brackets (normalized: ``(`` stands for both widths)."""


def quoted(text: str, lo: int, hi: int) -> list[Range]:
    """Quotations and book titles in ``text[lo:hi]``, in order."""
    return [m.span() for m in QUOTED.finditer(text, lo, hi)]


def bracketed(text: str, lo: int, hi: int) -> list[Range]:
    """Bracketed asides in ``text[lo:hi]``, in order."""
    return [m.span() for m in BRACKETED.finditer(text, lo, hi)]


def inside(spans: list[Range], pos: int) -> bool:
    """Whether ``pos`` lies strictly inside one of ``spans`` (ordered and disjoint, as one
    ``finditer`` gives them): a bisection, not a scan (a long line has many)."""
    k = bisect.bisect_left(spans, (pos,))
    return k > 0 and spans[k - 1][1] > pos
