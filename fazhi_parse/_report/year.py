"""The year a report is *about*: the title's (2022年度…, 关于2022年…), else the preamble's
(2022年，… opening the first sentence or one of its clauses / 现将2022年度…情况报告如下 /
2023年是…之年 opening it),
else a heading's (一、2019年法治政府建设情况;
三、2020年工作安排 → 2019), else the signature date (a report signed in the first half of a
year is about the year before)."""

from __future__ import annotations

import re
from typing import Final

from .._outline.state import Tree
from .._page.state import Layout
from .._parts.headings import heading_kind
from .._text.dates import ARABIC_YEAR, YEAR, find_date
from .._text.normalize import NormalizedText
from ..numerals import cn_year
from .opening import first_lines, preamble_range

__all__ = ["YEAR_GROUP", "report_year"]

YEAR_GROUP: Final = rf"(?P<y>{YEAR})"
"""A year in either writing, as the group ``y``."""

_TITLE_YEAR: Final = (
    re.compile(YEAR_GROUP + r"\s*年度"),
    re.compile(r"(?<![-—~至\d])" + YEAR_GROUP + r"\s*年(?!\s*[-—~至])"),
)
_FREE_YEAR: Final = rf"(?<![-—~至\d]){YEAR_GROUP}\s*年(?:度)?(?!\s*[-—~至)\]》])"
"""A year that stands for itself: not one end of a range, not closing a bracket or a cited
title (《…纲要(2021—2025年)》 names no report's year)."""

_PREAMBLE_YEAR: Final = (
    re.compile(
        r"(?:[^。\n]{0,200}?[,，;；]\s*)??\s*(?:在|回顾)?"
        + _FREE_YEAR
        + r"(?:以来|上半年|全年|中|里|是)?\s*[,，:]"
    ),
    re.compile(r"现[将对就][^。\n]{0,20}?" + _FREE_YEAR),
    re.compile(_FREE_YEAR + r"[^。\n]{0,12}?(?:法治政府建设|法治建设|依法行政)"),
    re.compile(r"\s*" + _FREE_YEAR + r"是[^。\n]{0,80}?之年"),
)
_MATCHED_AT_START: Final = (0, 3)
"""Of :data:`_PREAMBLE_YEAR`, the patterns that must open the preamble: its first clause
(2022年，…) and the year it characterizes (2023年是全面贯彻…的开局之年)."""
_HEADING_YEAR: Final = re.compile(rf"(?<![-—~至\d])({ARABIC_YEAR})\s*年(?!\s*[-—~至)\]》])")
_HEADING_STARTS_WITH_YEAR: Final = re.compile(rf"\s*({ARABIC_YEAR})\s*年(?!\s*[-—~至])")


def _year(m: re.Match[str]) -> int:
    return cn_year(m["y"])


def _title_year(title: str) -> int | None:
    for rx in _TITLE_YEAR:
        m = rx.search(title)
        if m is not None:
            return _year(m)
    return None


def report_year(
    view: NormalizedText, layout: Layout, tree: Tree, title: str | None = None
) -> int | None:
    """The year the report is about (see the module docstring for the order of sources)."""
    if title and (y := _title_year(title)) is not None:
        return y
    text = view.text
    opening = first_lines(text, *preamble_range(tree))
    for k, rx in enumerate(_PREAMBLE_YEAR):
        m = rx.match(opening) if k in _MATCHED_AT_START else rx.search(opening)
        if m is not None:
            return _year(m)
    for i, node in enumerate(tree.sections):
        if node.title is None:
            continue
        heading = text[node.title[0] : node.title[1]]
        m = _HEADING_YEAR.search(heading)
        if m is None:
            continue
        kind = heading_kind(_HEADING_YEAR.sub("", heading))
        if (kind is not None and kind.value == "achievements") or (
            i == 0
            and kind is None
            and _HEADING_STARTS_WITH_YEAR.match(heading)
            and len(_HEADING_YEAR.findall(heading)) == 1
        ):  # 二、2019年主要举措; a first heading 一、2023年总体情况 (one year): the year reported
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
