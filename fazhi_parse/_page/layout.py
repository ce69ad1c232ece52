"""Page layout: where chrome, title, body, closing and signature are (the page stage).

:func:`find_layout` reads the head (:mod:`~fazhi_parse._page.head`) and the tail
(:mod:`~fazhi_parse._page.tail`) of the normalized text and returns a :class:`Layout`; the
outline reads only the body lines that no chrome covers. All offsets are in normalized
coordinates.
"""

from __future__ import annotations

from .._text.normalize import NormalizedText
from ..model import ChromeKind, Diagnostic, DiagnosticCode, Severity
from . import tables
from .head import read_head, settle_title
from .metadata import label_at
from .state import ChromeRange, Layout
from .tail import read_tail

__all__ = ["ChromeRange", "Layout", "find_layout"]


def _merge(text: str, ranges: list[ChromeRange]) -> tuple[ChromeRange, ...]:
    """Sort, and join neighbours of one kind separated only by white space."""
    out: list[ChromeRange] = []
    for r in sorted(ranges, key=lambda r: (r.start, r.end)):
        if out and out[-1].kind is r.kind and not text[out[-1].end : r.start].strip():
            out[-1] = ChromeRange(kind=r.kind, start=out[-1].start, end=max(out[-1].end, r.end))
        elif out and r.start < out[-1].end:
            if r.end > out[-1].end:
                out.append(ChromeRange(kind=r.kind, start=out[-1].end, end=r.end))
        else:
            out.append(r)
    return tuple(out)


def find_layout(view: NormalizedText) -> Layout:
    """Find the page's chrome, title, body, closing and signature in ``view.text``."""
    text = view.text
    head = read_head(text)
    title = settle_title(text, head)
    body_start = max(head.body_start, title[1] if title else 0)
    tail = read_tail(text, body_start)
    meta = head.meta
    for s, e in tail.meta:
        pair = label_at(text, s, e)
        if pair is not None:
            meta.add(text, pair)
    chrome = [*head.chrome, *tail.chrome]
    if tail.signature is not None:
        chrome.append(
            ChromeRange(kind=ChromeKind.SIGNATURE, start=tail.signature[0], end=tail.signature[1])
        )
    merged = _merge(text, chrome)
    body_end = max(body_start, tail.body_end)
    while body_end > body_start and text[body_end - 1].isspace():
        body_end -= 1
    diagnostics: list[Diagnostic] = []
    if merged:
        counts: dict[ChromeKind, int] = {}
        for c in merged:
            counts[c.kind] = counts.get(c.kind, 0) + 1
        listed = ", ".join(
            f"{counts[k]} {k.value}" for k in tables.CHROME_KINDS_ORDER if k in counts
        )
        diagnostics.append(
            Diagnostic(
                code=DiagnosticCode.CHROME,
                severity=Severity.INFO,
                message=f"kept page chrome apart from the body: {listed}",
                span=view.span(merged[0].start, merged[0].end),
            )
        )
    return Layout(
        chrome=merged,
        title=title,
        body_start=body_start,
        body_end=body_end,
        closing=tail.closing,
        signature=tail.signature,
        meta=dict(meta.values),
        meta_ranges=dict(meta.ranges),
        diagnostics=tuple(diagnostics),
    )
