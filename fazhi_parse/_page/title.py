"""What reads as a report title: one line, or two lines that make one title.

Matched against normalized lines with the patterns of :mod:`fazhi_parse._page.tables`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from .._text.normalize import Range
from . import tables
from .lines import is_org, is_place

__all__ = ["doc_number_around", "is_title_line", "joins", "yearless_title"]

_TITLE: Final = re.compile(tables.TITLE)

_TITLE_NEEDS: Final = re.compile(tables.TITLE_NEEDS)

_TITLE_NOT: Final = re.compile(tables.TITLE_NOT)

_TITLE_JOIN_BEFORE: Final = re.compile(tables.TITLE_JOIN_BEFORE)

_TITLE_AFTER_NAME: Final = re.compile(tables.TITLE_AFTER_NAME)

_YEARLESS_TITLE: Final = re.compile(tables.YEARLESS_TITLE)


@cache
def _doc_numbers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A document number before a title and one after it (compiled on first use: their CJK
    ranges take about 1 ms each to compile)."""
    return (
        re.compile(tables.TITLE_LEADING_DOC_NUMBER),
        re.compile(tables.TITLE_TRAILING_DOC_NUMBER),
    )


def is_title_line(line: str) -> bool:
    """Whether ``line`` (normalized) reads like a report title.

    >>> is_title_line("米东区人民政府2019年度法治政府建设情况报告")
    True
    >>> is_title_line("现将有关情况报告如下:")
    False
    """
    line = line.strip()
    if not 4 <= len(line) <= tables.TITLE_MAX or "," in line or ":" in line:
        return False
    return (
        _TITLE.fullmatch(line) is not None
        and _TITLE_NEEDS.search(line) is not None
        and _TITLE_NOT.match(line) is None
        and _balanced(line)
    )


def _balanced(line: str) -> bool:
    """Every quotation, book title and bracket the line opens is closed in it: a line cut
    inside one (…提出“实行法治建设年度报告) is a piece of a sentence, not a title."""
    return all(line.count(a) == line.count(b) for a, b in tables.TITLE_PAIRS)


def yearless_title(line: str) -> bool:
    return (
        "," not in line
        and _TITLE.fullmatch(line) is not None
        and _YEARLESS_TITLE.search(line) is not None
    )


def joins(text: str, first: Range, second: Range) -> bool:
    """Are two adjacent lines one title printed over two lines? The first ends where a title
    goes on (…人民政府关于 / …的报告), or it is only the body's name and the second starts
    like the rest of a title (松岭县人民政府 / 关于… or / 2023年度…报告). A site label
    (法治专栏 / 关于…) is no part of the title."""
    if first[1] > second[0] or text.count("\n", first[1], second[0]) > tables.TITLE_JOIN_MAX_BREAKS:
        return False
    head = text[first[0] : first[1]]
    continues = _TITLE_JOIN_BEFORE.search(head) is not None or (
        (is_org(head) or is_place(head)) and _TITLE_AFTER_NAME.match(text, *second) is not None
    )
    return continues and is_title_line(head + text[second[0] : second[1]])


def doc_number_around(text: str, title: Range) -> tuple[Range, Range, Range] | None:
    """A bracketed document number at either end of ``text[title]``: (the title without it,
    the number, the number with its brackets), or None.

    >>> t = "[天政发〔2026〕7号]松岭县人民政府关于2025年法治政府建设情况的报告"
    >>> rest, number, _ = doc_number_around(t, (0, len(t)))
    >>> t[slice(*rest)][:7], t[slice(*number)]
    ('松岭县人民政府', '天政发〔2026〕7号')
    """
    s, e = title
    if text.find(",", s, e) >= 0 or text.find(":", s, e) >= 0:
        return None  # no title has one (is_title_line), nor has a document number
    leading, trailing = _doc_numbers()
    lead = leading.match(text, s, e)
    if lead is not None and is_title_line(text[lead.end() : e]):
        return (lead.end(), e), lead.span("number"), lead.span()
    tail = trailing.search(text, s, e)
    if tail is not None and is_title_line(text[s : tail.start()]):
        return (s, tail.start()), tail.span("number"), tail.span()
    return None
