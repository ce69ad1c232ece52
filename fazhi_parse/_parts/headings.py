"""Which statutory part (A-E) a heading names, read from its wording.

The cues come from a :class:`~fazhi_parse.lexicon.Lexicon` (weights: 3 names the part, 2
usually does, 1 is a hint); a year in the heading after the report's own names the plans
(2020年工作安排 in a 2019 report).
"""

from __future__ import annotations

import re
from typing import Final

from ..lexicon import DEFAULT_LEXICON, STRONG, WEAK, Lexicon
from ..model import SectionKind

__all__ = ["YEAR_IN_HEADING", "heading_kind", "heading_kinds"]

YEAR_IN_HEADING: Final = r"((?:19|20)\d{2})\s*年"
"""A year in a heading: after the report's year it names the plans (2020年工作安排)."""

_YEAR: Final = re.compile(YEAR_IN_HEADING)


def _cues(title: str, year: int | None, lexicon: Lexicon) -> list[tuple[int, int, SectionKind]]:
    """(weight, -position, kind) of every cue in ``title``."""
    compiled = lexicon.compiled
    if (
        compiled.any_cue is not None
        and compiled.any_cue.search(title) is None
        and (year is None or "年" not in title)
    ):
        return []  # most nested headings name no part: one search instead of one per cue
    found = []
    for kind, weight, rx in compiled.cues:
        m = rx.search(title)
        if m is not None:
            found.append((weight, -m.start(), kind))
    if year is not None:
        for m in _YEAR.finditer(title):
            y = int(m.group(1))
            if y > year:
                found.append((STRONG, -m.start(), SectionKind.PLANS))
            elif y == year:
                found.append((WEAK, -m.start(), SectionKind.ACHIEVEMENTS))
    return found


def heading_kind(
    title: str, year: int | None = None, lexicon: Lexicon = DEFAULT_LEXICON
) -> SectionKind | None:
    """The part a top-level heading names, if its wording says.

    >>> heading_kind("下步重点工作"), heading_kind("2020年法治政府建设工作安排", 2019)
    (<SectionKind.PLANS: 'plans'>, <SectionKind.PLANS: 'plans'>)
    >>> heading_kind("坚持党的领导,法治政府建设有力推进") is None
    True
    """
    found = _cues(title, year, lexicon)
    return max(found)[2] if found else None


def heading_kinds(
    title: str, year: int | None = None, lexicon: Lexicon = DEFAULT_LEXICON
) -> tuple[SectionKind, ...]:
    """Every part a heading names by a strong cue, in title order (存在的问题及下一步打算)."""
    found = sorted(
        (-pos, kind) for weight, pos, kind in _cues(title, year, lexicon) if weight >= STRONG
    )
    kinds: list[SectionKind] = []
    for _, kind in found:
        if kind not in kinds:
            kinds.append(kind)
    return tuple(kinds)
