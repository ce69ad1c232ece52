"""Assembly: the working tree and the layout (normalized offsets) → model nodes (source spans)."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence

from .._outline.state import ItemNode, OutlineNode
from .._page.state import Layout
from .._text.clean import reading_title
from .._text.normalize import NormalizedText
from ..model import Chrome, Measure, Metric, Section, fold_width

__all__ = ["build_chrome", "build_sections", "report_title"]


class _Metrics:
    """Metrics found by range: bisect on their starts (a scan per node would make sections x
    metrics work, quadratic on long inputs)."""

    __slots__ = ("metrics", "ordered", "starts")

    def __init__(self, metrics: Sequence[Metric]) -> None:
        self.metrics = tuple(metrics)
        self.starts = [m.span.start for m in self.metrics]
        self.ordered = all(a <= b for a, b in itertools.pairwise(self.starts))

    def within(self, lo: int, hi: int) -> tuple[Metric, ...]:
        """The metrics inside ``[lo, hi)``, in their given order."""
        if not self.ordered:
            return tuple(m for m in self.metrics if lo <= m.span.start and m.span.end <= hi)
        first = bisect.bisect_left(self.starts, lo)
        last = bisect.bisect_right(self.starts, hi)
        if first == last:
            return ()  # most nodes: no metric starts inside
        return tuple(m for m in self.metrics[first:last] if m.span.end <= hi)


def _measure(view: NormalizedText, item: ItemNode, metrics: _Metrics) -> Measure:
    span = view.span(item.start, item.end)
    return Measure(
        marker=view.source_text(*item.marker),
        scheme=item.scheme,
        ordinal=item.ordinal,
        title=reading_title(view, item.title),
        title_span=view.span(*item.title),
        repaired=item.repaired,
        span=span,
        text=view.source[span.start : span.end],
        metrics=metrics.within(span.start, span.end),
    )


def _section(view: NormalizedText, node: OutlineNode, metrics: _Metrics) -> Section:
    span = view.span(node.start, node.end)
    own_start, own_end = view.source_range(node.start, node.own_end)
    measures = tuple(_measure(view, item, metrics) for item in node.items)
    own = metrics.within(own_start, own_end)
    if own and measures:
        in_measures = {id(m) for measure in measures for m in measure.metrics}
        own = tuple(m for m in own if id(m) not in in_measures)
    return Section(
        marker=None if node.marker is None else view.source_text(*node.marker),
        scheme=node.scheme,
        ordinal=node.ordinal,
        title=None if node.title is None else reading_title(view, node.title),
        title_span=None if node.title is None else view.span(*node.title),
        kind=node.kind,
        implicit=node.implicit,
        span=span,
        text=view.source[span.start : span.end],
        children=tuple(_section(view, child, metrics) for child in node.children),
        measures=measures,
        metrics=own,
    )


def build_sections(
    view: NormalizedText, nodes: Sequence[OutlineNode], metrics: Sequence[Metric] = ()
) -> tuple[Section, ...]:
    """The model sections for ``nodes``, each holding the metrics of its own text."""
    index = _Metrics(metrics)
    return tuple(_section(view, node, index) for node in nodes)


def build_chrome(view: NormalizedText, layout: Layout) -> tuple[Chrome, ...]:
    """The model's chrome records for the layout's chrome ranges."""
    return tuple(
        Chrome(kind=c.kind, span=(sp := view.span(c.start, c.end)), text=sp.slice(view.source))
        for c in layout.chrome
    )


def report_title(view: NormalizedText, layout: Layout, title: str | None) -> str | None:
    """The report's title as printed: the header's ``title`` (read in the normalized view's
    spelling) with the source's own full-width punctuation, when that is all they differ by
    (``关于2023年度法治政府建设情况的报告（全文）``); else ``title`` as it is."""
    if title is None or layout.title is None or title.isascii():
        return title
    printed = reading_title(view, layout.title)
    return printed if printed != title and fold_width(printed) == title else title
