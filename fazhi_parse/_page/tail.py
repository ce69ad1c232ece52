"""The tail of a page: closing formula, signature and footers, read backward to the body.

::

    page      = head body closing? signature? tail
    signature = (issuing-body | date | 此件公开发布)+          at most a few short lines
    tail      = (footer | widget | metadata | navigation | anything after them)*

The tail is read backward, one *segment* at a time, until the first body sentence.
Segments are lines cut at runs of spaces, sentence ends and footer openers (a page that
lost its line breaks). Only the tail is read, so the cost does not grow with the body.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator
from typing import Final

import attrs

from .._text.normalize import Range
from ..model import ChromeKind
from . import tables
from .lines import (
    is_navigation,
    is_org,
    is_place,
    is_weak,
    is_widget,
    org_and_date,
    strip_range,
    whole_date,
)
from .metadata import label_at
from .state import ChromeRange

__all__ = ["Tail", "read_tail"]

TAIL_MAX_SEGMENTS: Final = 80
"""The tail walk gives up after this many segments without reaching the body."""

SIGNATURE_MAX: Final = 5
"""Most segments a signature block spans."""

TAIL_LINE_WINDOW: Final = 600
"""Characters at the end of a long tail line that are cut into sentences."""

_FOOTER: Final = re.compile(tables.FOOTER)

_NOTE: Final = re.compile(tables.SIGNATURE_NOTE)

_CLOSING: Final = re.compile(tables.CLOSING)

_CUT_FIRST: Final = "".join(sorted({"-", "【", "(", "此", *(w[0] for w in tables.FOOTER_SPLIT)}))

_TAIL_CUT: Final = re.compile(
    rf"(?=[\s\d{re.escape(_CUT_FIRST)}])"  # a lookahead on the first character: fast skips
    rf"(?:(?P<gap>\s{{2,}})|(?P<before>(?:-\s*)?(?:{'|'.join(map(re.escape, tables.FOOTER_SPLIT))})"
    r"|【|\(?此件)|\d日(?=\S))"
)
"""Tail lines are cut at runs of spaces, before footer openers and notes, after a date."""

_SENTENCE: Final = re.compile(r"[^。!?]*[。!?]+|[^。!?]+")


def _tail_pieces(text: str, s: int, e: int) -> list[Range]:
    """A tail line cut at runs of spaces, footer openers and sentence ends.

    Only the last :data:`TAIL_LINE_WINDOW` characters of a long line are cut finely; the
    rest is one piece (it is body text, and the backward walk stops there).
    """
    pieces: list[Range] = []
    if e - s > TAIL_LINE_WINDOW:
        cut = text.rfind("。", s, e - TAIL_LINE_WINDOW) + 1
        if cut > s:
            pieces.append((s, cut))
            s = cut
    bounds = [s]
    for m in _TAIL_CUT.finditer(text, s, e):
        if m["gap"] is not None:
            bounds += [m.start(), m.end()]
        elif m["before"] is not None:
            if m.start() > s and text[m.start() - 1] not in "-(":
                bounds += [m.start(), m.start()]
        else:
            bounds += [m.end(), m.end()]
    bounds.append(e)
    for a, b in zip(bounds[::2], bounds[1::2], strict=True):
        for sm in _SENTENCE.finditer(text, a, b):
            piece = strip_range(text, sm.start(), sm.end())
            if piece[0] < piece[1]:
                pieces.append(piece)
    return pieces


def _tail_segments(text: str, lo: int) -> Iterator[Range]:
    """Segments of ``text[lo:]`` from the last one backwards."""
    end = len(text)
    while end > lo:
        start = text.rfind("\n", lo, end) + 1
        if start == 0 and lo > 0:
            start = lo
        yield from reversed(_tail_pieces(text, start, end))
        end = start - 1


class _T(enum.Enum):
    """What a tail segment is, when it is not a kind of chrome."""

    BODY = "body"
    CLOSING = "closing"
    DATE = "date"
    ORG = "org"
    PLACE = "place"
    SIGNED = "org+date"
    NOTE = "note"
    WEAK = "weak"


_SIGNATURE_CLASSES: Final = frozenset({_T.DATE, _T.ORG, _T.PLACE, _T.SIGNED, _T.NOTE})


def _tail_class(text: str, s: int, e: int) -> _T | ChromeKind:
    line = text[s:e]
    if _CLOSING.fullmatch(line):
        return _T.CLOSING
    if line.endswith(("。", "!", "?", ";")) or len(line) > 200:
        return _T.BODY
    if _NOTE.fullmatch(line):
        return _T.NOTE
    if "。" not in line:
        if _FOOTER.search(line):
            return ChromeKind.FOOTER
        pair = label_at(text, s, e)
        if pair is not None:
            return ChromeKind.METADATA if pair.field else ChromeKind.WIDGET
        if is_widget(line):
            return ChromeKind.WIDGET
    if whole_date(text, s, e):
        return _T.DATE
    if is_org(line):
        return _T.ORG
    if is_place(line):
        return _T.PLACE
    if org_and_date(text, s, e):
        return _T.SIGNED
    if is_navigation(line) and len(line) > 4:
        return ChromeKind.NAVIGATION
    if is_weak(line):
        return _T.WEAK
    return _T.BODY


@attrs.define(kw_only=True)
class Tail:
    chrome: list[ChromeRange] = attrs.field(factory=list)
    signature: Range | None = None
    closing: Range | None = None
    body_end: int = 0
    meta: list[Range] = attrs.field(factory=list)


def read_tail(text: str, lo: int) -> Tail:
    walked: list[tuple[Range, _T | ChromeKind]] = []
    for count, (s, e) in enumerate(_tail_segments(text, lo)):
        cls = _tail_class(text, s, e)
        walked.append(((s, e), cls))
        if cls in (_T.BODY, _T.CLOSING) or count >= TAIL_MAX_SEGMENTS:
            break
    walked.reverse()  # top-down
    tail = Tail(body_end=len(text))
    strong = next((i for i, (_, c) in enumerate(walked) if isinstance(c, ChromeKind)), None)
    above = walked if strong is None else walked[:strong]
    if strong is not None:
        tail.body_end = walked[strong][0][0]
        for (s, e), cls in walked[strong:]:
            kind = cls if isinstance(cls, ChromeKind) else ChromeKind.FOOTER
            tail.chrome.append(ChromeRange(kind=kind, start=s, end=e))
            if kind is ChromeKind.METADATA:
                tail.meta.append((s, e))
    # the signature: the run of dates and bodies' names right above the tail
    i = len(above)
    while i > 0 and above[i - 1][1] in _SIGNATURE_CLASSES and len(above) - i < SIGNATURE_MAX:
        i -= 1
    run = above[i:]
    classes = {c for _, c in run}
    if classes & {_T.ORG, _T.DATE, _T.SIGNED}:  # a place or a note alone is no signature
        tail.signature = (run[0][0][0], run[-1][0][1])
        tail.body_end = run[0][0][0]
    else:
        i = len(above)
    if i > 0 and above[i - 1][1] is _T.CLOSING:
        tail.closing = above[i - 1][0]
        tail.body_end = tail.closing[0]
    return tail
