"""Invariants of ``parse`` that hold for *any* input string.

Whatever it is given — control characters, lone surrogates, combining marks, right-to-left
text, a soup of markers, the seeds in any presentation or cut at random — ``parse`` returns
a :class:`~fazhi_parse.Report` and never raises, the source is kept as given, and every span
lies inside the source and agrees with the text stored beside it; sections nest (children
inside parents, in order, not overlapping), measures lie in their section's own text, and
nothing is out of document order. Nothing of the body is unaccounted for: preamble, top-level
sections and closing follow one another with only blanks between them, as do sibling
sections, and a section ends where its last child ends. Where ``Report.segments()`` exists,
its pieces must cut the whole source exactly.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import (
    MARKER_SOUP,
    Presentation,
    any_text,
    marker_soup,
    present,
    presentations,
    render,
    reports,
)

from fazhi_parse import Measure, Report, Section, Span, parse
from fazhi_parse.normalize import NormalizedText, normalize

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))


def _read(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


# --- the checker -----------------------------------------------------------------------------


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
    starts = [node.span.start for node in report.walk()]
    assert starts == sorted(starts), "walk() is not in document order"
    segments = getattr(report, "segments", None)
    if callable(segments):
        _check_partition(segments(), source)


def _check_partition(segments: Sequence[object], source: str) -> None:
    """``Report.segments()`` cuts ``source`` into consecutive pieces that cover all of it."""
    pos = 0
    for seg in segments:
        span = seg.span  # type: ignore[attr-defined]
        assert span.start == pos, (seg, pos)
        assert seg.text == source[span.start : span.end], seg  # type: ignore[attr-defined]
        pos = span.end
    assert pos == len(source)


# --- any input -------------------------------------------------------------------------------


@given(any_text)
def test_any_text(text: str) -> None:
    report = parse(text)
    assert report.source is text
    check_report(report, text)


@given(marker_soup)
def test_marker_soup(text: str) -> None:
    check_report(parse(text), text)


@given(st.lists(st.sampled_from(MARKER_SOUP), min_size=100, max_size=400).map("".join))
def test_long_marker_soup(text: str) -> None:
    """Long lines take the lost-line-break paths of the outline."""
    check_report(parse(text), text)


@given(reports(), presentations)
def test_generated_reports(report: object, presentation: Presentation) -> None:
    text = render(report, presentation)  # type: ignore[arg-type]
    check_report(parse(text), text)


# --- the seeds, dressed and damaged ----------------------------------------------------------

PRESENTATIONS = {
    "full-width": Presentation(width="full"),
    "half-width": Presentation(width="half"),
    "traditional": Presentation(traditional=True),
    "crlf-indent": Presentation(crlf=True, indent="\u3000\u3000", blank_lines="\n"),
    "lost-breaks": Presentation(lost_breaks=True),
    "lost-breaks-traditional": Presentation(lost_breaks=True, traditional=True, width="full"),
}


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
@pytest.mark.parametrize("name", list(PRESENTATIONS))
def test_seed_presentations(seed: Path, name: str) -> None:
    text = present(_read(seed), PRESENTATIONS[name])
    check_report(parse(text), text)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_seed_as_is(seed: Path) -> None:
    text = _read(seed)
    check_report(parse(text), text)


@st.composite
def damaged_seeds(draw: st.DrawFn) -> str:
    """A seed cut at random, with random pieces spliced in."""
    text = _read(draw(st.sampled_from(SEEDS)))
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, min(len(text), start + 3000)))
    text = text[start:end]
    for _ in range(draw(st.integers(0, 5))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(marker_soup | any_text) + text[at:]
    return text


@given(damaged_seeds())
def test_damaged_seeds(text: str) -> None:
    check_report(parse(text), text)


@given(st.sampled_from(SEEDS), presentations)
def test_seed_random_presentation(seed: Path, presentation: Presentation) -> None:
    text = present(_read(seed), presentation)
    check_report(parse(text), text)


# --- regressions: failures the properties found (/work/notes/props_failures.md) -------------


@pytest.mark.parametrize("end", ["\r\n", "\u200b"])
def test_regression_empty_title_before_deleted_character(end: str) -> None:
    text = "一、学法\n一是学习。二是" + end
    check_report(parse(text), text)
