"""Heading titles: where a heading's title ends and its own text begins.

A title runs from the marker to the first sentence end (。！？), or to a colon that hands over
to an enumeration (…成效：一是…), or to the end of the line. An inline heading whose first
sentence is long keeps its first clause (its first two when the line break after it was
lost: headings pair clauses, 强化法治宣传，着力营造良好的法治氛围). In a run-on line, a title
also stops where a new paragraph probably begins (2019年… 截至… 一是…).
"""

from __future__ import annotations

import re
from typing import Final

from .._text.clean import TITLE_TRIM
from .._text.lazy import regex_pattern
from .._text.normalize import Range

__all__ = ["heading_title", "title_limit"]

TITLE_END: Final = "。!?！？"
"""Characters that end an inline heading's title."""

TITLE_MAX: Final = 50
"""An inline heading's title longer than this is cut at its first clause."""

RUNON_TITLE_CLAUSES: Final = 2
"""Clauses kept of an over-long title read from a line whose break was lost."""

TITLE_SOFT_END: Final = ",;:"
"""Clause ends (normalized) where an over-long inline title is cut."""

RUNON_TITLE_BREAKS: Final = (
    r"(?<=\p{Han}|[”》):])"
    r"(?:(?:19|20)\d\d年(?![度底末初])|截至|今年以来|近年来|一年来|[一1][是、.]|第一,)"
)
"""Where a new paragraph probably begins inside a title whose line break was lost."""

PAIRED_CLAUSE_MAX: Final = 16
"""A heading's first clause this short may pair with a second of its length (对仗)."""
PAIRED_CLAUSE_STRETCH: Final = 2
"""A second clause more than this many times as long as the first ran on into the paragraph
(强化组织领导，提升法治意识党政主要负责人严格履行…职责，…)."""
RUNON_TITLE_MIN: Final = 4
"""A title read from a run-on line keeps at least this many characters."""

ITEM_AFTER_COLON: Final = r":\s*(?:一是|第一,|①|首先,)"
"""A colon that hands over to an enumeration ends a title (…成效：一是…)."""

SPACE_BREAK: Final = re.compile(r"(?<=[^\x00-\x7f]|[:;,!?)\]])[ \t]+(?=[^\x00-\x7f\s]|\d)")
"""A run of spaces after a Chinese character or sign (full-width signs are folded to ASCII
``: ; , ! ? ) ]``) and before a Chinese character, sign or digit: inside a heading it is
a lost line break (二、存在的问题 2019年…: the heading, then its paragraph) or a pause between
two clauses of the title (一、强化组织领导　压实工作责任)."""
TITLE_CLAUSE_MAX: Final = 20
"""A stretch after a space that is at most this long, has no punctuation and ends at another
space or the end of the line is a second clause of the title, not its paragraph."""

ITEM_START: Final = re.compile(r"[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[,、:]|[①-⑳]")
"""An item marker: after a space inside a heading, the heading's paragraph has begun."""

_TITLE_END_RE: Final = re.compile(f"[{re.escape(TITLE_END)}]")
_CLAUSE_RE: Final = re.compile(r"[^\s,.;:!?、。“”\"()\[\]《》]+(?=[ \t]|\n|$)")


def title_limit(text: str, marker_end: int, limit: int, runon: bool) -> int:
    """Where a title after ``marker_end`` must stop at the latest: ``limit`` (the line end or
    the next heading), or earlier in a run-on line where a new paragraph probably begins."""
    if runon:
        cue = regex_pattern(RUNON_TITLE_BREAKS).search(text, marker_end + RUNON_TITLE_MIN, limit)
        if cue is not None and text.find("。", marker_end, cue.start()) < 0:
            return cue.start()
    return limit


def _break_after_title(text: str, lo: int, hi: int) -> Range | None:
    """The first run of spaces in ``text[lo:hi]`` after which the heading's paragraph begins
    (not a second clause of the title), if there is one before the first sentence end."""
    end = _TITLE_END_RE.search(text, lo, hi)
    hi = hi if end is None else end.start()
    if text.find(" ", lo, hi) < 0 and text.find("\t", lo, hi) < 0:
        return None  # the usual title, with no space in it: no search
    for m in SPACE_BREAK.finditer(text, lo, hi):
        clause = _CLAUSE_RE.match(text, m.end())  # to a space or the real end of a line
        if (
            clause is None
            or clause.end() > hi
            or clause.end() - m.end() > TITLE_CLAUSE_MAX
            or ITEM_START.match(text, m.end()) is not None
        ):
            return m.start(), m.end()
    return None


def heading_title(
    text: str, marker_end: int, line_end: int, limit: int, runon: bool
) -> tuple[Range, int]:
    """The title range after a marker ending at ``marker_end`` and where the section's own body
    starts (``line_end`` is the end of the candidate's line)."""
    p = marker_end
    while p < limit and text[p] in " \t\n":
        p += 1
    stop = limit
    body = limit
    colon = regex_pattern(ITEM_AFTER_COLON).search(text, p, limit)
    if colon is not None:
        stop = body = colon.start()
    space = _break_after_title(text, p + RUNON_TITLE_MIN, stop)
    if space is not None:
        stop, body = space
    found = _TITLE_END_RE.search(text, p, stop)  # a search, not a loop over the characters
    if found is not None:
        stop = found.start()
        body = stop + 1
    end = stop
    if body < line_end and end - p > TITLE_MAX:
        # an inline heading whose first sentence is long: its title is its first clause, or
        # its first two when the line break after it was lost (headings pair clauses:
        # 强化法治宣传，着力营造良好的法治氛围)
        clauses = RUNON_TITLE_CLAUSES if runon else 1
        first: int | None = None
        for i in range(p + RUNON_TITLE_MIN, min(end, p + TITLE_MAX)):
            if text[i] in TITLE_SOFT_END:
                first = i if first is None else first
                end = i
                clauses -= 1
                if not clauses:
                    break
        if (
            first is not None
            and runon
            and first - p <= PAIRED_CLAUSE_MAX
            and (clauses or end - first - 1 > PAIRED_CLAUSE_STRETCH * (first - p))
        ):
            # the second clause runs on into the paragraph (to the text's next soft end, or
            # far past the first's length): headings pair clauses of one length
            # (强化组织领导，提升法治意识), so it is taken as long as the first
            end = min(stop, first + 1 + (first - p))
    while end > p and text[end - 1] in TITLE_TRIM:
        end -= 1
    return (p, end), body
