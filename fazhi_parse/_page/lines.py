"""What a short line of a page is: a widget, a menu, a date, a body's name, a place.

The head and the tail of a page are read one short line (a *segment*) at a time; these
classifiers are shared by both. Offsets are in normalized coordinates; the patterns are in
:mod:`fazhi_parse._page.tables`.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import islice
from typing import Final

from .._text.dates import DATE_SIGNS, find_date
from .._text.normalize import Range
from . import tables

__all__ = [
    "WEAK_MAX",
    "byline",
    "crumb_label",
    "is_navigation",
    "is_org",
    "is_place",
    "is_weak",
    "is_widget",
    "org_and_date",
    "strip_range",
    "whole_date",
]

WEAK_MAX: Final = 40
"""A line this short with no sentence punctuation may be chrome, a title part or a signature."""


@cache
def _widget() -> re.Pattern[str]:
    """A widget token. Like the other patterns here with a class of CJK ranges (about 1 ms
    each to compile), compiled on first use, not at import."""
    return re.compile(tables.WIDGET)


@cache
def _org() -> re.Pattern[str]:
    """A body's name alone on its line (:data:`tables.ORG_LINE`)."""
    return re.compile(tables.ORG_LINE)


_ORG_HINT: Final = re.compile(tables.ORG_HINT)


@cache
def _place() -> re.Pattern[str]:
    """A place's name alone on its line (:data:`tables.PLACE_LINE`)."""
    return re.compile(tables.PLACE_LINE)


_NAV_TOKEN: Final = re.compile(r"[^\s|/·•>»›]+")

_TIME: Final = re.compile(r"\d{1,2}:\d{2}|\d{1,2}\s*时\s*\d{1,2}\s*分")

_DATE_LEFTOVER: Final = re.compile(
    r"[\s()\[\]【】\-*•·|]|\d{1,2}(?::\d{2}){1,2}|\d{1,2}\s*时\s*\d{1,2}\s*分(?:\s*\d{1,2}\s*秒)?|星期."
)

_SENTENCE_PUNCT: Final = "。!?;"

_WIDGET_TRIM: Final = " :|/·•-"


@cache
def _not_widget() -> re.Pattern[str]:
    """A character no widget token has: none of the widget pattern's own characters (a
    superset of its tokens'), no digit, no white space, nor one trimmed beside the tokens."""
    return re.compile(rf"[^\s\d{re.escape(''.join(sorted(set(tables.WIDGET + _WIDGET_TRIM))))}]")


_BESIDE_DATE: Final = "()[]【】-*•·|:时分秒星期"
"""What :data:`_DATE_LEFTOVER` drops beside a date, besides digits and white space."""

_NOT_DATE: Final = re.compile(rf"[^\s\d{re.escape(DATE_SIGNS + _BESIDE_DATE)}]")
"""A character that is no part of a date nor of what a date line has beside it."""


@cache
def _not_dated() -> re.Pattern[str]:
    """As :data:`_NOT_DATE`, where a body's name may stand beside the date too
    (``tables.ORG_LINE``, ``tables.PLACE_LINE``: Chinese characters, brackets, 、 and ·);
    compiled on first use (its CJK range takes about 1 ms to compile)."""
    return re.compile(rf"[^\s\d\u4e00-\u9fff{re.escape(DATE_SIGNS + _BESIDE_DATE)}、]")


def strip_range(text: str, s: int, e: int) -> Range:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def is_widget(line: str) -> bool:
    """Widget tokens (打印 关闭 字体: 大 中 小) and at most ``WIDGET_LEFTOVER`` characters else."""
    if next(islice(_not_widget().finditer(line), tables.WIDGET_LEFTOVER, None), None):
        return False  # more characters than that outside any token: prose, found fast
    if _widget().search(line) is None:
        return False
    rest = _widget().sub("", line)
    return len(rest.strip(_WIDGET_TRIM)) <= tables.WIDGET_LEFTOVER


def is_navigation(line: str) -> bool:
    """A menu of site sections: short tokens, two of them section words or labels (首页 政务
    公开 人大要闻 公告通知; a two-character item padded to four, 首  页, is one token)."""
    tokens = _NAV_TOKEN.findall(_PADDED_ITEM.sub(r"\1\2", line))
    if len(tokens) == 1:
        return tokens[0] in tables.NAV_WORDS
    if len(tokens) < tables.NAV_MIN_WORDS or any(len(t) > 8 for t in tokens):
        return False
    return sum(t in tables.NAV_WORDS or crumb_label().fullmatch(t) is not None for t in tokens) >= 2


_PADDED_ITEM: Final = re.compile(r"(?<!\S)(\S)[ \t\u3000]{1,3}(\S)(?!\S)")


@cache
def crumb_label() -> re.Pattern[str]:
    """A site section's label (政府文件, 法治专栏, 工作要闻): the last item of a breadcrumb, an
    item of a menu. Compiled on first use (its CJK range takes about 1 ms to compile)."""
    return re.compile(rf"[\u4e00-\u9fff]*{tables.BREADCRUMB_LABEL_END}")


def is_weak(line: str, *, commas: bool = False) -> bool:
    """Short, and no sentence punctuation (commas allowed for slogans above a title)."""
    stops = _SENTENCE_PUNCT if commas else _SENTENCE_PUNCT + ","
    return len(line) <= WEAK_MAX and not any(c in line for c in stops)


def _may_be_dated(others: re.Pattern[str], text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` may be a date with what may stand beside it: no character that
    ``others`` finds, except after 星期 (any day: 星期三). A cheap test that spares a line of
    prose the date search."""
    return others.search(text, s, e) is None or text.find("期", s, e) >= 0


def whole_date(text: str, s: int, e: int) -> bool:
    """Is ``text[s:e]`` a date and nothing else (brackets, a time of day aside)?"""
    if not _may_be_dated(_NOT_DATE, text, s, e):
        return False
    reading = find_date(text, s, e, loose=True)
    if reading is None:
        return False
    rest = text[s : reading.start] + text[reading.end : e]
    return not _DATE_LEFTOVER.sub("", rest)


_NUMBERED: Final = re.compile(tables.NUMBERED_POINT)


def is_org(line: str) -> bool:
    """A body's name alone on a line (a signature's 松岭县人民政府), not a phrase ending alike."""
    return (
        _org().fullmatch(line) is not None
        and _ORG_HINT.search(line) is not None
        and not line.startswith(tables.NOT_A_NAME_START)
        and _NUMBERED.match(line) is None
    )


def is_place(line: str) -> bool:
    """A bare place name (青山县): a signature's body only next to a date."""
    return _place().fullmatch(line) is not None


def org_and_date(text: str, s: int, e: int) -> bool:
    if not _may_be_dated(_not_dated(), text, s, e):
        return False
    reading = find_date(text, s, e, loose=True)
    if reading is None or reading.start == s:
        return False
    org = text[s : reading.start].strip()
    is_body = is_org(org) or _place().fullmatch(org) is not None
    return is_body and not text[reading.end : e].strip(" 日")


def byline(text: str, s: int, e: int, *, timed: bool = False) -> Range | None:
    """The date of a byline: a date (and time) beside the body or the site that put the page
    up, nothing else (市政府办公室 2021-03-02, 2026-01-20 17:01 | 松岭县水务局, 2025-03-05
    09:30 松岭县人民政府网). With ``timed`` the line
    must carry a time of day too (a site's banner of today's date never does)."""
    if not _may_be_dated(_not_dated(), text, s, e) or (timed and _TIME.search(text, s, e) is None):
        return None
    reading = find_date(text, s, e, loose=True)
    if reading is None:
        return None
    rest = _DATE_LEFTOVER.sub(" ", text[s : reading.start] + " " + text[reading.end : e])
    names = rest.split()
    if len(names) != 1 or not (
        is_org(names[0]) or is_place(names[0]) or _site_name().fullmatch(names[0])
    ):
        return None
    return reading.start, reading.end


@cache
def _site_name() -> re.Pattern[str]:
    return re.compile(tables.SITE_NAME)
