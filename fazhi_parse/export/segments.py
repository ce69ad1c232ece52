"""The lossless partition of a report's source into typed segments.

:func:`segments` cuts ``Report.source`` into consecutive, non-overlapping
:class:`~fazhi_parse.model.Segment` s whose texts join back to the source exactly. The
pieces come from what the parse already found; where two of them claim the same stretch,
the more specific one wins (:data:`PRIORITY`):

- page chrome (``Report.chrome``): ``chrome``, or ``signature`` for a signature block;
- the report title (``Report.title_span``), the closing formula (``Report.closing``);
- each section's heading, from its marker to the end of its title;
- the preamble (``Report.preamble``);
- everything else: ``blank`` when it is only whitespace, ``body`` otherwise (a section's own
  text, and any text no stage claimed — so the partition covers the source whatever the
  parse found).

>>> from fazhi_parse import parse
>>> report = parse("前言。\\n一、主要举措\\n（一）学法。一是学习。")
>>> [str(s.kind) for s in report.segments()]
['preamble', 'heading', 'blank', 'heading', 'body']
>>> [s.text for s in report.segments()][3:]
['（一）学法', '。一是学习。']
>>> "".join(s.text for s in report.segments()) == report.source
True
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterator
from typing import Final

from ..model import ChromeKind, Report, Section, Segment, SegmentKind, Span

__all__ = ["PRIORITY", "segments"]

PRIORITY: Final[dict[SegmentKind, int]] = {
    SegmentKind.CHROME: 5,
    SegmentKind.SIGNATURE: 5,
    SegmentKind.TITLE: 4,
    SegmentKind.CLOSING: 3,
    SegmentKind.HEADING: 2,
    SegmentKind.PREAMBLE: 1,
}
"""Which claim wins a stretch that two claim (higher wins; ties go to the earlier claim)."""

_Claim = tuple[int, int, SegmentKind, "ChromeKind | None"]
"""(start, end, kind, chrome kind) of a stretch some stage found."""


def _headings(sections: tuple[Section, ...]) -> Iterator[tuple[int, int]]:
    """(start, end) of every section heading: the marker through the title."""
    stack = list(reversed(sections))
    while stack:  # iterative: outlines may nest deeply
        section = stack.pop()
        stack.extend(reversed(section.children))
        if section.implicit or section.marker is None:
            continue
        start = section.span.start
        end = start + len(section.marker)
        if section.title_span is not None and section.title_span.start >= start:
            end = max(end, section.title_span.end)
        yield start, min(end, section.span.end)


def _claims(report: Report) -> list[_Claim]:
    claims: list[_Claim] = []
    for chrome in report.chrome:
        if chrome.kind is ChromeKind.SIGNATURE:
            claims.append((chrome.span.start, chrome.span.end, SegmentKind.SIGNATURE, None))
        else:
            claims.append((chrome.span.start, chrome.span.end, SegmentKind.CHROME, chrome.kind))
    if report.title_span is not None:
        claims.append((report.title_span.start, report.title_span.end, SegmentKind.TITLE, None))
    if report.closing is not None:
        claims.append((report.closing.start, report.closing.end, SegmentKind.CLOSING, None))
    claims.extend((s, e, SegmentKind.HEADING, None) for s, e in _headings(report.sections))
    claims.append((report.preamble.start, report.preamble.end, SegmentKind.PREAMBLE, None))
    size = len(report.source)
    return [
        (max(0, s), min(size, e), kind, ck) for s, e, kind, ck in claims if min(size, e) > s >= 0
    ]


def _pieces(claims: list[_Claim], size: int) -> Iterator[tuple[int, int, int]]:
    """(start, end, index of the winning claim or -1) over ``[0, size)``, in order.

    A sweep over the claims' boundaries with a heap of the claims open at each point.
    """
    order = sorted(range(len(claims)), key=lambda i: claims[i][0])
    bounds = sorted({0, size, *(c[0] for c in claims), *(c[1] for c in claims)})
    heap: list[tuple[int, int]] = []  # (-priority, index)
    k = 0
    for lo, hi in itertools.pairwise(bounds):
        while k < len(order) and claims[order[k]][0] <= lo:
            i = order[k]
            heapq.heappush(heap, (-PRIORITY[claims[i][2]], i))
            k += 1
        while heap and claims[heap[0][1]][1] <= lo:
            heapq.heappop(heap)
        yield lo, hi, heap[0][1] if heap else -1


def segments(report: Report) -> tuple[Segment, ...]:
    """``report.source`` cut into typed segments, in order, covering it exactly once."""
    source = report.source
    claims = _claims(report)
    merged: list[list[int]] = []  # [start, end, claim]
    for lo, hi, claim in _pieces(claims, len(source)):
        if merged and merged[-1][2] == claim and merged[-1][1] == lo:
            merged[-1][1] = hi
        else:
            merged.append([lo, hi, claim])
    out: list[Segment] = []
    for lo, hi, claim in merged:
        text = source[lo:hi]
        if claim >= 0:
            _, _, kind, chrome = claims[claim]
        else:
            kind, chrome = (SegmentKind.BLANK if text.isspace() else SegmentKind.BODY), None
        out.append(Segment(kind=kind, span=Span(lo, hi), text=text, chrome=chrome))
    return tuple(out)
