"""The pipeline: source → normalized view → layout → outline → kinds → measures → model.

Each stage is a pure function of what the earlier ones produced; none reaches back.
"""

from __future__ import annotations

from .assemble import build_sections
from .chrome import find_layout
from .fields import read_fields
from .kinds import assign_kinds
from .layout import Layout
from .lexicon import DEFAULT_LEXICON, Lexicon
from .measures import find_measures
from .metrics import extract_metrics
from .model import Diagnostic, DiagnosticCode, Report, Severity, Span
from .mojibake import find_mojibake
from .normalize import normalize
from .outline import build_outline
from .parts import missing_parts, report_parts
from .schemes import DEFAULT_SCHEMES, SchemeSet
from .tree import Range

__all__ = ["parse"]


def parse(
    text: str, *, schemes: SchemeSet = DEFAULT_SCHEMES, lexicon: Lexicon = DEFAULT_LEXICON
) -> Report:
    """Parse a report's text into a :class:`~fazhi_parse.model.Report`.

    ``text`` is kept untouched as ``Report.source``; every span indexes it. ``schemes`` are
    the numbering schemes to read (:mod:`fazhi_parse.schemes`), ``lexicon`` the wordings of
    the statutory parts (:mod:`fazhi_parse.lexicon`).

    >>> report = parse("前言。\\n一、主要举措\\n（一）学法。一是学习，二是考试。")
    >>> [s.title for s in report.sections], report.sections[0].children[0].measures[1].title
    (['主要举措'], '考试')
    """
    if not isinstance(text, str):
        raise TypeError(
            f"parse() takes a str, not {type(text).__name__}; use parse_file() for bytes"
        )
    if not isinstance(schemes, SchemeSet):
        raise TypeError("schemes must be a SchemeSet (e.g. DEFAULT_SCHEMES.with_schemes(...))")
    if not isinstance(lexicon, Lexicon):
        raise TypeError("lexicon must be a Lexicon (e.g. DEFAULT_LEXICON.with_cues(...))")
    if not text.strip():
        return _empty(text)
    view = normalize(text)
    layout = find_layout(view)
    tree = build_outline(view, layout, schemes)
    fields = read_fields(view, layout, tree)
    assign_kinds(view, tree, year=fields.year, lexicon=lexicon)
    find_measures(view, tree, schemes)
    metrics, metric_diagnostics = extract_metrics(view, _body_ranges(layout))
    first = tree.sections[0].start if tree.sections else tree.body_end
    sections = build_sections(view, tree.sections, metrics)
    parts = report_parts(sections, fields.year, lexicon)
    return Report(
        source=text,
        preamble=view.span(tree.body_start, first)
        if first > tree.body_start
        else Span(view.to_source(tree.body_start), view.to_source(tree.body_start)),
        sections=sections,
        title=fields.title,
        title_span=fields.title_span,
        year=fields.year,
        issuer=fields.issuer,
        published=fields.published,
        signed=fields.signed,
        meta=fields.meta,
        chrome=fields.chrome,
        closing=None if layout.closing is None else view.span(*layout.closing),
        references=fields.references,
        metrics=tuple(metrics),
        parts=parts,
        diagnostics=(
            *view.diagnostics,
            *find_mojibake(text),
            *layout.diagnostics,
            *tree.diagnostics,
            *metric_diagnostics,
            *fields.diagnostics,
            *missing_parts(parts),
        ),
    )


def _empty(text: str) -> Report:
    """An empty or blank input: nothing to read, said once."""
    return Report(
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
