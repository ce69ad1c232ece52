"""The pipeline: source → normalized view → page layout → outline → header → parts →
measures → metrics → model.

Each stage lives in a private package of its own and has one entry function:

==============  =============================================  ==================================
stage           entry                                          gives
==============  =============================================  ==================================
text            :func:`~fazhi_parse._text.normalize.normalize`  ``NormalizedText`` (offset map)
page            :func:`~fazhi_parse._page.layout.find_layout`   ``Layout`` (chrome, title, body)
outline         :func:`~fazhi_parse._outline.build.build_outline`  ``Tree`` (working tree)
header          :func:`~fazhi_parse._report.header.read_header`  ``Header`` (title, year, issuer…)
parts           :func:`~fazhi_parse._parts.assign.assign_kinds`  kinds set on the ``Tree``
measures        :func:`~fazhi_parse._outline.measures.find_measures`  items set on the ``Tree``
metrics         :func:`~fazhi_parse._metrics.extract.extract_metrics`  ``Metric`` records
model           :func:`~fazhi_parse._report.assemble.build_sections`  frozen ``Section`` tree
==============  =============================================  ==================================

Every stage reads only what the earlier ones produced. Most return a new value; the parts
and measures stages refine the outline's working tree in place (they set kinds, add implicit
sections and fill items), which is why they run in this order and nothing reads the tree
before they are done. Offsets stay in normalized coordinates until assembly maps them to
spans of the source.
"""

from __future__ import annotations

import re
from typing import Final

from ._metrics.extract import extract_metrics
from ._outline.build import build_outline
from ._outline.measures import find_measures
from ._page.layout import find_layout
from ._page.state import Layout
from ._parts.assign import assign_kinds
from ._parts.compliance import missing_parts, report_parts
from ._report.assemble import build_chrome, build_sections, report_title
from ._report.header import read_header
from ._report.references import find_references
from ._text.markup import find_markup
from ._text.mojibake import find_mojibake
from ._text.normalize import Range, normalize
from .lexicon import DEFAULT_LEXICON, Lexicon
from .model import Diagnostic, DiagnosticCode, Report, Severity, Span, content_id
from .schemes import DEFAULT_SCHEMES, SchemeSet

__all__ = ["looks_like_path", "parse"]

_PATH_LIKE: Final = re.compile(
    r"[^\n，。：；！？]{0,1000}\.(?:txt|text|html?|xhtml|xml|json|jsonl|md|csv|tsv|docx?|pdf)\s*",
    re.IGNORECASE,
)
"""A single line ending in a file extension: what a path given where a text is due looks like
(``glob.glob`` returns ``str``). A report is never one such short line."""


def looks_like_path(text: str) -> bool:
    """Is ``text`` a file name rather than a report: one line of at most 1,000 characters,
    without the full-width punctuation of prose, ending in a document file extension?

    >>> looks_like_path("reports/松岭县2023.txt"), looks_like_path("一、主要举措\\n")
    (True, False)
    """
    return len(text) <= 1002 and _PATH_LIKE.fullmatch(text.strip()) is not None


def parse(
    text: str,
    *,
    id: str | None = None,
    schemes: SchemeSet = DEFAULT_SCHEMES,
    lexicon: Lexicon = DEFAULT_LEXICON,
) -> Report:
    """Parse a report's text into a :class:`~fazhi_parse.model.Report`.

    ``text`` is kept untouched as ``Report.source``; every span indexes it. ``id`` names the
    report (a URL, a file name; default: :func:`~fazhi_parse.model.content_id` of the text).
    ``schemes`` are the numbering schemes to read (:mod:`fazhi_parse.schemes`), ``lexicon``
    the wordings of the statutory parts (:mod:`fazhi_parse.lexicon`).

    ``text`` is always a text, never a path: a one-line string that names a file
    (``"reports/a.txt"``) raises :class:`ValueError` pointing to
    :func:`~fazhi_parse.files.parse_file`, and bytes raise :class:`TypeError` pointing to
    :func:`~fazhi_parse.files.decode`.

    >>> report = parse("前言。\\n一、主要举措\\n（一）学法。一是学习，二是考试。")
    >>> [s.title for s in report.sections], report.sections[0].children[0].measures[1].title
    (['主要举措'], '考试')
    """
    if not isinstance(text, str):
        hint = (
            "; decode bytes with fazhi_parse.decode(data) first, or read a file with parse_file()"
            if isinstance(text, (bytes, bytearray, memoryview))
            else ""
        )
        raise TypeError(f"parse() takes the text of a report, not {type(text).__name__}{hint}")
    if looks_like_path(text):
        raise ValueError(
            f"parse() takes the text of a report, and {text.strip()!r} looks like a file "
            "path: use parse_file() for a file, parse_files() for many"
        )
    if id is None:
        id = content_id(text)
    elif not isinstance(id, str):
        raise TypeError(f"id must be a str, not {type(id).__name__}")
    if not isinstance(schemes, SchemeSet):
        raise TypeError("schemes must be a SchemeSet (e.g. DEFAULT_SCHEMES.with_schemes(...))")
    if not isinstance(lexicon, Lexicon):
        raise TypeError("lexicon must be a Lexicon (e.g. DEFAULT_LEXICON.with_cues(...))")
    if not text.strip():
        return _empty(text, id)
    view = normalize(text)
    layout = find_layout(view)
    tree = build_outline(view, layout, schemes)
    header = read_header(view, layout, tree)
    assign_kinds(view, tree, year=header.year, lexicon=lexicon)
    find_measures(view, tree, schemes)
    metrics, metric_diagnostics = extract_metrics(view, _body_ranges(layout))
    first = tree.sections[0].start if tree.sections else tree.body_end
    sections = build_sections(view, tree.sections, metrics)
    parts = report_parts(sections, header.year, lexicon)
    return Report(
        id=id,
        source=text,
        preamble=view.span(tree.body_start, first)
        if first > tree.body_start
        else Span(view.to_source(tree.body_start), view.to_source(tree.body_start)),
        sections=sections,
        title=report_title(view, layout, header.title),
        title_span=header.title_span,
        year=header.year,
        issuer=header.issuer,
        published=header.published,
        published_precision=header.published_precision,
        signed=header.signed,
        signed_precision=header.signed_precision,
        meta=dict(layout.meta),
        chrome=build_chrome(view, layout),
        closing=None if layout.closing is None else view.span(*layout.closing),
        references=find_references(view, layout.body_start, layout.body_end),
        metrics=tuple(metrics),
        parts=parts,
        diagnostics=_in_order(
            (
                *view.diagnostics,
                *find_mojibake(text),
                *find_markup(text),
                *layout.diagnostics,
                *tree.diagnostics,
                *metric_diagnostics,
                *header.diagnostics,
                *missing_parts(parts, cut=tree.cut is not None),
            )
        ),
    )


def _in_order(diagnostics: tuple[Diagnostic, ...]) -> tuple[Diagnostic, ...]:
    """Diagnostics with a span in document order (by start, then end), then those about the
    whole text in the order the stages gave them (the sort is stable)."""
    return tuple(
        sorted(
            diagnostics,
            key=lambda d: (0, d.span.start, d.span.end) if d.span is not None else (1, 0, 0),
        )
    )


def _empty(text: str, id: str) -> Report:
    """An empty or blank input: nothing to read, said once."""
    return Report(
        id=id,
        source=text,
        preamble=Span(0, len(text)),
        parts=report_parts(()),
        diagnostics=(
            Diagnostic(
                code=DiagnosticCode.EMPTY,
                severity=Severity.ERROR,
                message="the input is empty or blank",
                span=Span(0, len(text)),
            ),
        ),
    )


def _body_ranges(layout: Layout) -> list[Range]:
    """The body (preamble to closing) without the page chrome inside it."""
    ranges: list[Range] = []
    pos = layout.body_start
    for chrome in layout.chrome:
        if chrome.end <= pos or chrome.start >= layout.body_end:
            continue
        if chrome.start > pos:
            ranges.append((pos, chrome.start))
        pos = max(pos, chrome.end)
    if pos < layout.body_end:
        ranges.append((pos, layout.body_end))
    return ranges
