"""The report's header: title, year, issuer, publication and signature dates, document type.

Each field has a module of its own: :mod:`~fazhi_parse._report.year`,
:mod:`~fazhi_parse._report.issuer`, :mod:`~fazhi_parse._report.dates` and
:mod:`~fazhi_parse._report.doctype`.
"""

from __future__ import annotations

from datetime import date

import attrs

from .._outline.state import Tree
from .._page.state import Layout
from .._text.clean import clean_line
from .._text.normalize import NormalizedText
from ..model import DatePrecision, Diagnostic, Span
from .dates import published_date, signed_date
from .doctype import check_doctype
from .issuer import report_issuer
from .opening import first_lines, preamble_range
from .year import report_year

__all__ = ["Header", "read_header"]


@attrs.frozen(kw_only=True)
class Header:
    """What :func:`read_header` found, ready for :class:`~fazhi_parse.model.Report`."""

    title: str | None = None
    title_span: Span | None = None
    year: int | None = None
    issuer: str | None = None
    published: date | None = None
    published_precision: DatePrecision | None = None
    signed: date | None = None
    signed_precision: DatePrecision | None = None
    diagnostics: tuple[Diagnostic, ...] = ()


def read_header(view: NormalizedText, layout: Layout, tree: Tree) -> Header:
    """Title, year, issuer and dates of a parsed page, and whether it is a report at all."""
    text = view.text
    diagnostics: list[Diagnostic] = []

    title = title_span = None
    if layout.title is not None:
        title = clean_line(text[layout.title[0] : layout.title[1]].replace("\n", "")) or None
        title_span = view.span(*layout.title)
    year = report_year(view, layout, tree, title)

    opening = first_lines(text, *preamble_range(tree))
    issuer = report_issuer(text, layout, title, opening)

    published = published_date(view, layout, diagnostics)
    signed = signed_date(view, layout, diagnostics)

    doctype = check_doctype(title, text[layout.body_start : layout.body_end], title_span)
    if doctype is not None:
        diagnostics.append(doctype)

    return Header(
        title=title,
        title_span=title_span,
        year=year,
        issuer=issuer,
        published=None if published is None else published.value,
        published_precision=None if published is None else published.precision,
        signed=None if signed is None else signed.value,
        signed_precision=None if signed is None else signed.precision,
        diagnostics=tuple(diagnostics),
    )
