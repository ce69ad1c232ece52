"""The report's header: title, year, issuer, publication and signature dates, document type.

- ``year`` is the year the report is *about*: the title's (2022年度…, 关于2022年…), else the
  preamble's (2022年，… / 现将2022年度…情况报告如下), else a heading's (一、2019年法治政府建设
  情况; 三、2020年工作安排 → 2019), else the signature date (a report signed in the first half
  of a year is about the year before).
- ``issuer`` is the reporting body as printed: the title's (joint issuers stay joint), else the
  signature block's, else the preamble's subject (2023年，东莞市坚持…). The page's 发布机构 is
  its *publisher* and stays in ``meta``.
- ``published`` is the page's date (metadata 发布日期 / 更新时间 / 成文日期, or a date line under
  the title); ``signed`` the signature's. Mangled dates are repaired with a diagnostic.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Final

import attrs

from .._outline.state import Tree
from .._page.state import Layout
from .._page.tables import ORG_SUFFIX, PUBLISHED_KEYS
from .._parts.headings import heading_kind
from .._text.clean import clean_line
from .._text.dates import ARABIC_YEAR, YEAR, DateReading, find_date
from .._text.normalize import NormalizedText, Range
from ..model import ChromeKind, Diagnostic, DiagnosticCode, Severity, Span
from ..numerals import cn_year
from . import tables
from .doctype import check_doctype

__all__ = ["Header", "read_header", "report_year"]

_YEAR: Final = rf"(?P<y>{YEAR})"
_TITLE_YEAR: Final = (
    re.compile(_YEAR + r"\s*年度"),
    re.compile(r"(?<![-—~至\d])" + _YEAR + r"\s*年(?!\s*[-—~至])"),
)
_PREAMBLE_YEAR: Final = (
    re.compile(r"\s*(?:在|回顾)?" + _YEAR + r"\s*年(?:度)?(?:以来|上半年|全年|中|里|是)?\s*[,，:]"),
    re.compile(r"现将[^。\n]{0,20}?" + _YEAR + r"\s*年(?:度)?"),
    re.compile(_YEAR + r"\s*年(?:度)?[^。\n]{0,12}?(?:法治政府建设|法治建设|依法行政)"),
)
_HEADING_YEAR: Final = re.compile(rf"({ARABIC_YEAR})\s*年")
_ORG: Final = rf"(?:中共)?[\u4e00-\u9fff()]{{1,24}}?(?:{ORG_SUFFIX}|[省市区县州旗盟])"
_ISSUER_CHECK: Final = re.compile(
    rf"[\u4e00-\u9fff()、·]{{2,40}}?(?:{ORG_SUFFIX}|[省市区县州旗盟])"
)
_TITLE_ISSUER: Final = re.compile(r"(?P<org>.+?)(?:关于|" + _YEAR + r"\s*年)")
_BEFORE_SUBJECT_ISSUER: Final = re.compile(r"(?P<org>.+?)(?:法治政府|法治建设|依法行政|依法治)")
_AFTER_YEAR_ISSUER: Final = re.compile(
    r"(?:关于)?" + _YEAR + r"\s*年(?:度)?(?P<org>.+?)(?:法治政府|法治建设|依法行政|法治)"
)


@cache
def _preamble_issuer() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The subject of the preamble's first sentence (东莞市坚持…) and the body named in 现将…
    (compiled on first use: long alternations of organization names, ~5 ms)."""
    subject = re.compile(
        rf"\s*(?:(?:在|回顾)?{ARABIC_YEAR}\s*年(?:度)?(?:以来|中|里|是)?\s*[,，]?\s*)?"
        rf"(?P<org>{_ORG}(?:[、和及与]{_ORG})*)"
        rf"(?=(?:{'|'.join(sorted(tables.SUBJECT_VERBS, key=len, reverse=True))}))"
    )
    reported = re.compile(rf"现将(?P<org>{_ORG}(?:[、和及与]{_ORG})*)(?={ARABIC_YEAR}\s*年)")
    return subject, reported


_ADDRESSEE: Final = re.compile(r"[^,，。;]{2,30}:")


@attrs.frozen(kw_only=True)
class Header:
    """What :func:`read_header` found, ready for :class:`~fazhi_parse.model.Report`."""

    title: str | None = None
    title_span: Span | None = None
    year: int | None = None
    issuer: str | None = None
    published: date | None = None
    signed: date | None = None
    diagnostics: tuple[Diagnostic, ...] = ()


def _year(m: re.Match[str]) -> int:
    return cn_year(m["y"])


def _title_year(title: str) -> int | None:
    for rx in _TITLE_YEAR:
        m = rx.search(title)
        if m is not None:
            return _year(m)
    return None


def _preamble(view: NormalizedText, tree: Tree) -> Range:
    end = tree.sections[0].start if tree.sections else tree.body_end
    return tree.body_start, max(tree.body_start, end)


def _first_lines(text: str, lo: int, hi: int, limit: int = 300) -> str:
    """The opening of ``text[lo:hi]``, skipping an addressee line (区人大常委会：)."""
    chunk = text[lo : min(hi, lo + limit)].lstrip()
    first, nl, rest = chunk.partition("\n")
    if nl and _ADDRESSEE.fullmatch(first.strip()):
        return rest.lstrip()
    return chunk


def report_year(
    view: NormalizedText, layout: Layout, tree: Tree, title: str | None = None
) -> int | None:
    """The year the report is about (see the module docstring for the order of sources)."""
    if title and (y := _title_year(title)) is not None:
        return y
    text = view.text
    lo, hi = _preamble(view, tree)
    opening = _first_lines(text, lo, hi)
    for k, rx in enumerate(_PREAMBLE_YEAR):
        m = rx.match(opening) if k == 0 else rx.search(opening)
        if m is not None:
            return _year(m)
    for node in tree.sections:
        if node.title is None:
            continue
        heading = text[node.title[0] : node.title[1]]
        m = _HEADING_YEAR.search(heading)
        if m is None:
            continue
        kind = heading_kind(_HEADING_YEAR.sub("", heading))
        if kind is not None and kind.value == "achievements":
            return int(m.group(1))
        if kind is not None and kind.value == "plans":
            return int(m.group(1)) - 1
    if layout.signature is not None:
        reading = find_date(text, *layout.signature, loose=True)
        if reading is not None and reading.value is not None:
            signed = reading.value
            if signed.month <= 6:
                return signed.year - 1
            if signed.month >= 11:
                return signed.year
    return None


def _issuer_from_title(title: str) -> str | None:
    title = title.removeprefix("关于")
    m = _TITLE_ISSUER.match(title)
    if m is not None and _ISSUER_CHECK.fullmatch(m["org"].strip()):
        return m["org"].strip()
    for rx in (_AFTER_YEAR_ISSUER, _BEFORE_SUBJECT_ISSUER):
        m = rx.search(title) if rx is _AFTER_YEAR_ISSUER else rx.match(title)
        if m is not None and _ISSUER_CHECK.fullmatch(m["org"].strip()):
            return m["org"].strip()
    return None


def _issuer_under_title(text: str, layout: Layout) -> str | None:
    """An issuing body printed on its own line between the title and the body."""
    if layout.title is None:
        return None
    for c in layout.chrome:
        if c.kind is ChromeKind.HEADER and layout.title[1] <= c.start < layout.body_start:
            name = clean_line(text[c.start : c.end])
            if _ISSUER_CHECK.fullmatch(name):
                return name
    return None


def _issuer_from_signature(text: str, signature: Range) -> str | None:
    names = []
    for line in text[signature[0] : signature[1]].split("\n"):
        reading = find_date(line, loose=True)
        name = line[: reading.start] if reading is not None else line
        name = clean_line(name)
        if name and _ISSUER_CHECK.fullmatch(name):
            names.append(name)
    return "".join(names) or None


def _issuer_from_preamble(opening: str) -> str | None:
    subject, reported = _preamble_issuer()
    for rx in (subject, reported):
        m = rx.match(opening) if rx is subject else rx.search(opening)
        if m is not None and not m["org"].startswith(tables.SELF_REFERENCE):
            return m["org"]
    return None


def _date_diagnostic(view: NormalizedText, reading: DateReading, where: str) -> Diagnostic | None:
    span = view.span(reading.start, reading.end)
    if reading.ambiguous:
        return Diagnostic(
            code=DiagnosticCode.DATE_UNREADABLE,
            severity=Severity.WARNING,
            message=f"{where} date {reading.note}",
            span=span,
        )
    if reading.repaired:
        return Diagnostic(
            code=DiagnosticCode.DATE_REPAIRED,
            severity=Severity.INFO,
            message=f"{where} date: {reading.note}",
            span=span,
        )
    return None


def _published(view: NormalizedText, layout: Layout, diagnostics: list[Diagnostic]) -> date | None:
    """The page's date: the first readable of its metadata dates, most telling first."""
    for key in PUBLISHED_KEYS:
        rng = layout.meta_ranges.get(key)
        reading = None if rng is None else find_date(view.text, *rng, loose=True)
        if reading is None:
            continue
        if (d := _date_diagnostic(view, reading, "publication")) is not None:
            diagnostics.append(d)
        if reading.value is not None:
            return reading.value
    return None


def _signed(view: NormalizedText, layout: Layout, diagnostics: list[Diagnostic]) -> date | None:
    """The signature block's date."""
    if layout.signature is None:
        return None
    reading = find_date(view.text, *layout.signature, loose=True)
    if reading is None:
        return None
    if (d := _date_diagnostic(view, reading, "signature")) is not None:
        diagnostics.append(d)
    return reading.value


def read_header(view: NormalizedText, layout: Layout, tree: Tree) -> Header:
    """Title, year, issuer and dates of a parsed page, and whether it is a report at all."""
    text = view.text
    diagnostics: list[Diagnostic] = []

    title = title_span = None
    if layout.title is not None:
        title = clean_line(text[layout.title[0] : layout.title[1]].replace("\n", "")) or None
        title_span = view.span(*layout.title)
    year = report_year(view, layout, tree, title)

    lo, hi = _preamble(view, tree)
    opening = _first_lines(text, lo, hi)
    issuer = _issuer_from_title(title) if title else None
    if issuer is None and layout.signature is not None:
        issuer = _issuer_from_signature(text, layout.signature)
    if issuer is None:
        issuer = _issuer_under_title(text, layout)
    if issuer is None:
        issuer = _issuer_from_preamble(opening)

    published = _published(view, layout, diagnostics)
    signed = _signed(view, layout, diagnostics)

    doctype = check_doctype(title, text[layout.body_start : layout.body_end], title_span)
    if doctype is not None:
        diagnostics.append(doctype)

    return Header(
        title=title,
        title_span=title_span,
        year=year,
        issuer=clean_line(issuer) if issuer else None,
        published=published,
        signed=signed,
        diagnostics=tuple(diagnostics),
    )
