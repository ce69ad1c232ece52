"""The checker of the model's invariants, shared by the invariant and property tests.

:func:`check_report` asserts what must hold of any parse: every span inside the source and
agreeing with the text stored beside it; sections nested (children inside parents, in order,
not overlapping); measures inside their section's own text; preamble, sections and closing
following one another with only blanks between them; ``segments()`` cutting the whole source.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence

from fazhi_parse import Measure, Report, Section, Span
from fazhi_parse._text.normalize import NormalizedText, normalize
from fazhi_parse.model import Segment


def _inside(span: Span, n: int, what: object) -> None:
    assert isinstance(span, Span), what
    assert 0 <= span.start <= span.end <= n, (what, span, n)


def _ordered(spans: Iterable[Span], what: object) -> None:
    """In document order and not overlapping (empty spans may touch)."""
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start, (what, a, b)


def _within(inner: Span, outer: Span, what: object) -> None:
    assert outer.start <= inner.start, (what, inner, outer)
    assert inner.end <= outer.end, (what, inner, outer)


def _adjacent(view: NormalizedText, spans: Sequence[Span], what: object) -> None:
    """Between consecutive spans lies only what normalization drops or blanks."""
    for a, b in itertools.pairwise(spans):
        gap = view.text[view.to_text(a.end) : view.to_text(b.start)]
        assert not gap.strip(), (what, a, b, gap)


def _check_measure(m: Measure, source: str, parent: Section) -> None:
    n = len(source)
    _inside(m.span, n, m)
    _inside(m.title_span, n, m)
    assert m.text == source[m.span.start : m.span.end], m
    assert m.text.startswith(m.marker), m
    assert m.ordinal >= 1, m
    _within(m.title_span, m.span, m)
    _within(m.span, parent.span, (parent.marker, m))
    for metric in m.metrics:
        _inside(metric.span, n, metric)
        _within(metric.span, m.span, metric)
    _ordered((x.span for x in m.metrics), m)


def _check_section(s: Section, view: NormalizedText) -> None:
    source = view.source
    n = len(source)
    _inside(s.span, n, s.marker)
    assert s.text == source[s.span.start : s.span.end], s.marker
    if s.implicit:
        assert s.marker is None, s
        assert s.ordinal is None, s
    else:
        assert s.marker is not None, s
        assert s.text.startswith(s.marker), s.marker
        assert s.ordinal is not None, s.marker
        assert s.ordinal >= 1, s.marker
    if s.title_span is not None:
        _inside(s.title_span, n, s.marker)
        _within(s.title_span, s.span, s.marker)
    for child in s.children:
        _within(child.span, s.span, (s.marker, child.marker))
        if s.title_span is not None:
            assert s.title_span.end <= child.span.start, (s.marker, child.marker)
    _ordered((c.span for c in s.children), s.marker)
    if s.children:
        # a section ends where its last child ends; children follow one another
        assert s.children[-1].span.end == s.span.end, s.marker
        _adjacent(view, [c.span for c in s.children], s.marker)
    _ordered((m.span for m in s.measures), s.marker)
    if s.children:
        # measures belong to the section's own text, before its first child
        first = s.children[0].span.start
        assert all(m.span.end <= first for m in s.measures), s.marker
    for m in s.measures:
        _check_measure(m, source, s)
        if s.title_span is not None:
            assert s.title_span.end <= m.span.start, (s.marker, m.marker)
    for metric in s.metrics:
        _inside(metric.span, n, metric)
        _within(metric.span, s.span, metric)
    for child in s.children:
        _check_section(child, view)


def check_report(report: Report, source: str) -> None:
    """Every structural invariant of a parse of ``source`` (see the module docstring)."""
    assert isinstance(report, Report)
    assert report.source == source
    n = len(source)
    _inside(report.preamble, n, "preamble")
    if report.title_span is not None:
        _inside(report.title_span, n, "title")
    if report.closing is not None:
        _inside(report.closing, n, "closing")
    # a date has a precision exactly when it is known
    assert (report.published is None) == (report.published_precision is None), "published"
    assert (report.signed is None) == (report.signed_precision is None), "signed"
    # preamble, sections and closing follow one another with nothing but blanks between
    view = normalize(source)
    parts = [report.preamble, *(s.span for s in report.sections)]
    if report.closing is not None:
        parts.append(report.closing)
    _ordered(parts, "preamble, sections, closing")
    _adjacent(view, parts, "preamble, sections, closing")
    if report.title_span is not None and report.sections:
        assert report.title_span.end <= report.sections[0].span.start, "title inside a section"
    for section in report.sections:
        _check_section(section, view)
    for chrome in report.chrome:
        _inside(chrome.span, n, chrome)
        assert chrome.text == source[chrome.span.start : chrome.span.end], chrome
    _ordered((c.span for c in report.chrome), "chrome")
    for metric in report.metrics:
        _inside(metric.span, n, metric)
        assert metric.text == source[metric.span.start : metric.span.end], metric
    _ordered((m.span for m in report.metrics), "metrics")
    for ref in report.references:
        _inside(ref.span, n, ref)
    _ordered((r.span for r in report.references), "references")
    for diagnostic in report.diagnostics:
        if diagnostic.span is not None:
            _inside(diagnostic.span, n, diagnostic)
    placed = [(d.span.start, d.span.end) for d in report.diagnostics if d.span is not None]
    assert placed == sorted(placed), "diagnostics with a span are not in document order"
    spans = [d.span for d in report.diagnostics]
    assert all(s is None for s in spans[len(placed) :]), "a diagnostic with a span comes last"
    starts = [node.span.start for node in report.walk()]
    assert starts == sorted(starts), "walk() is not in document order"
    _check_partition(report.segments(), source)


def _check_partition(segments: Sequence[Segment], source: str) -> None:
    """``Report.segments()`` cuts ``source`` into consecutive pieces that cover all of it."""
    pos = 0
    for seg in segments:
        span = seg.span
        assert span.start == pos, (seg, pos)
        assert seg.text == source[span.start : span.end], seg
        pos = span.end
    assert pos == len(source)
