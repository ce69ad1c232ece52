"""The head of a page: chrome and the title, read forward until the body's first line.

::

    head    = segment* body
    segment = metadata-value      (the value under a label that ended its line)
            | breadcrumb          (当前位置: 首页 > …, or one item a line, or a title glued on)
            | metadata-label      (索引号: …, or a widget label)
            | widget              (打印 关闭 字体)
            | site-header         (date banner, 门户网站, 无障碍, 简体|繁体, 请升级浏览器)
            | footer              (a site footer above the title: Copyright, ICP备)
            | navigation          (首页 政务公开 互动交流)
            | table-rule          (|---|---|)
            | date-line           (above the title: a banner; under it: the publication date)
            | byline              (a date beside a body's name: the publication date)
            | quoted-title        (《…报告》 at the start of a line, a description after it)
            | title-line          (…年度法治政府建设情况报告, joined to a name above it)
            | two-line-title      (a pending short line + this line make a title)
            | weak-line           (short, no sentence: pending above the title, a name under)
            | glued-title         (a title with the body glued on: cut, the rest read next)
    body    = first-heading | any other segment

Each alternative is a rule function (:data:`HEAD_RULES`, in this order; the first-heading
rule sits after the breadcrumb rule); the first rule that takes a segment decides. The head
is read one *segment* at a time. Segments are lines, further cut where a page that lost its
line breaks (or turned them into spaces) glued pieces together: before a metadata label, a
breadcrumb, a bullet, a date or a title that follows a space, a body opener (2022年，…);
after a date or time, a title (before an addressee, a space or its document number), a
footer's ICP number, a notice. A metadata value ends at a table bar, after a value from a
fixed list (主动公开…) or after a title printed twice. Only the head is read, so the cost does
not grow with the body.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterator
from functools import cache
from typing import Final

import attrs

from .._text.dates import ARABIC_YEAR
from .._text.normalize import Range
from ..model import ChromeKind
from . import tables
from .lines import (
    byline,
    crumb_label,
    is_navigation,
    is_org,
    is_place,
    is_weak,
    is_widget,
    strip_range,
    whole_date,
)
from .metadata import MetaBlock, label_at, label_end, label_pattern
from .state import ChromeRange
from .title import doc_number_around, is_title_line, joins, yearless_title

__all__ = ["Head", "read_head", "settle_title"]

HEAD_MAX_CHARS: Final = 6000
"""The head is looked for in this many characters from the top."""

HEAD_MAX_SEGMENTS: Final = 120
"""The head walk gives up after this many segments without reaching the body."""

PENDING_MAX: Final = 40
"""Unrecognised short lines kept before the title (site names, section labels)."""

CUT_WINDOW: Final = 300
"""Characters searched for the next cut of a head line."""

_BREADCRUMB_START: Final = re.compile(
    rf"\s*(?:\d{{1,2}}[.、]\s*|[-*•·]\s*)?(?:{tables.BREADCRUMB_START})"
)

_BREADCRUMB_TRAIL: Final = re.compile(rf"\s*(?:{tables.BREADCRUMB_TRAIL})")

_BREADCRUMB_ITEM: Final = re.compile(rf"\s*(?:{tables.BREADCRUMB_ITEM})\s*")

_NAV_WORDS: Final = tuple(sorted(tables.NAV_WORDS, key=len, reverse=True))

_CRUMB_WORDS: Final = tuple(
    sorted(set(tables.BREADCRUMB_END_WORDS) | tables.NAV_WORDS, key=len, reverse=True)
)


_BANNER: Final = re.compile(tables.BANNER)

_SITE: Final = re.compile(tables.SITE_HEADER)
_BLURB: Final = re.compile(tables.SITE_BLURB)

_NOTICE: Final = re.compile(tables.SITE_NOTICE)

_FOOTER: Final = re.compile(tables.FOOTER)

_TABLE_RULE: Final = re.compile(tables.TABLE_RULE)


@cache
def _title_prefix() -> re.Pattern[str]:
    """A title with the body glued after it (…情况报告2022年，…, …情况报告《…》是…)."""
    return re.compile(r"[^。!?;,:\n《]{4,80}?(?:报告|总结)(?=[\u4e00-\u9fff\d《“])(?!如)")


@cache
def _lead() -> re.Pattern[str]:
    """A bullet or a close button glued before a segment."""
    return re.compile(r"(?:•|[xX×✕](?=\s*[\u4e00-\u9fff]))\s*")


@cache
def _meta_value() -> re.Pattern[str]:
    """A metadata value from the fixed list (主动公开), with more glued after it."""
    values = "|".join(sorted(tables.META_VALUES, key=len, reverse=True))
    return re.compile(rf"(?:{values})(?=\s*[\u4e00-\u9fff])")


_TITLE_END: Final = re.compile(tables.TITLE_END)

_OPEN_CRUMB: Final = re.compile(r"[:>»›/]\s*$")

_LIST_ITEM: Final = re.compile(r"\s*(?:\d{1,2}[.、]|[-*•·>»›])")

_LIST_MARK: Final = re.compile(r"\s*(?:\d{1,2}[.、]|[-*•·])?\s*")

_HEADING: Final = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、](?!\d))"
)


_ORG_NAME: Final = (
    rf"(?:(?:中共)?(?:(?!报告|的)[\u4e00-\u9fff、()]){{1,30}}?{tables.ORG_SUFFIX}"
    rf"|{tables.PLACE_LINE})"
)
"""A body's or a place's name in a run-on head (no 报告 or 的 in it: not a title's end)."""


@cache
def _named_title() -> re.Pattern[str]:
    """A title that opens with its body's name (松岭县人民政府2022年度…)."""
    return re.compile(rf"(?P<name>{_ORG_NAME})(?:关于|{ARABIC_YEAR}\s*年|法治|依法)")


_BRACKETED_NUMBER: Final = rf"[\[【(]\s*{tables.DOC_NUMBER}\s*[\]】)]"


@cache
def _head_cuts() -> re.Pattern[str]:
    """Where a run-on head line is cut: before a metadata label, a breadcrumb number (after a
    space), a body opener, a breadcrumb, a bullet or a title after a space; after a glued
    date, time or header piece, a title (before an addressee, a date or a space), a bracketed
    document number, a notice or a close button."""
    label, first = label_pattern()
    starts = (
        first + "-/.0123456789 \t星门政繁简报总汇情一二三四五六七八九十过今近当您你•(【[!xX×✕备版"
    )
    starts += "".join(word[0] for word in tables.BREADCRUMB_END_WORDS)
    org = _ORG_NAME
    return re.compile(
        rf"(?=[{re.escape(''.join(sorted(set(starts))))}])"  # skip most positions cheaply
        rf"(?:(?=[{re.escape(first)}])(?P<label>{label})|(?P<numbered>\d{{1,2}}\.\s)"
        rf"|(?P<before>{tables.BODY_OPENER}|{tables.BREADCRUMB_LABEL}|{tables.RUN_ON_BEFORE})"
        rf"|(?P<dated>\s+)(?={ARABIC_YEAR}\s*[-/.年]\s*\d{{1,2}}\s*[-/.月])"
        rf"|(?P<spaced>(?<![>»›/])\s+)(?=(?:(?:{org}\s+)+(?={tables.TITLE_AFTER_NAME}))?{tables.TITLE_RUN})"
        rf"|(?P<title_end>{tables.TITLE_END}(?=\s)(?!\s*(?:-?>|[>»›/]|{_BRACKETED_NUMBER})))"
        rf"|(?P<after>(?:{tables.GLUED_AFTER})(?=[\u4e00-\u9fff\[【])|{tables.TITLE_THEN_DATE}"
        rf"|{tables.TITLE_END}(?=\s*{org}\s*:)|{tables.TITLE_END}\s*{_BRACKETED_NUMBER}"
        rf"|{tables.RUN_ON_AFTER}|(?:{'|'.join(tables.BREADCRUMB_END_WORDS)})(?=[\sA-Za-z©])))"
    )


def _own_value(between: str) -> bool:
    """Is what follows a label after ``between`` its value? Yes when only separators lie
    between (索引号: X, | 标题 | X); no after an empty table cell (| 文号 | | X)."""
    return not between.strip(" \t:|[]【】") and between.count("|") < 2


@cache
def _spaced_title() -> re.Pattern[str]:
    """A title with no space in it, perhaps after the bodies' names and a space when the rest
    starts like a title's second line (中共松岭县委 松岭县人民政府 关于…报告)."""
    return re.compile(
        rf"(?P<names>(?:{_ORG_NAME}\s+)+(?={tables.TITLE_AFTER_NAME}))?{tables.TITLE_RUN}"
    )


def _next_cut(text: str, pos: int, end: int) -> int:
    """The next place after ``pos`` where a head line is cut (``end`` if none).

    Head pieces are short; a line with no cut in its next :data:`CUT_WINDOW` characters is
    body text, so the search stops there.
    """
    hi = min(end, pos + CUT_WINDOW)
    first = label_end(text, pos, hi)  # a label opening the piece is not cut inside
    for m in _head_cuts().finditer(text, pos + 1 if first is None else first, hi):
        kind = m.lastgroup
        if kind == "label":
            if text[pos : m.start()].strip(" \t|-*•·[【"):
                return m.start()
        elif kind == "numbered":
            if text[m.start() - 1].isspace():
                return m.start()
        elif kind == "before":
            return m.start()
        elif first is not None and _own_value(text[first : m.start()]):
            if kind == "spaced" and _titled_name(text, pos, m.end(), hi):
                return m.start()  # [ 有效性 ] 松岭县司法局 关于…报告: an empty value, a title
            continue  # a label's own value: no cut between them
        elif kind == "dated":
            return m.start()
        elif kind == "spaced":  # not the title after its body's name
            run = _spaced_title().match(text, m.end(), hi)
            before = text[pos : m.start()].strip()
            if (
                run is not None
                and is_title_line(run.group())
                and not ((is_org(before) or is_place(before)) and not _SITE.search(before))
            ):
                return m.start()
        elif kind == "title_end":
            if first is None and is_title_line(text[pos : m.end()]):  # not inside a label's value
                return m.end()
        elif m.end() < hi:
            return m.end()
    return end


def _titled_name(text: str, pos: int, at: int, hi: int) -> bool:
    """Does a title that opens with its body's name, spaced off (松岭县司法局 关于…报告),
    follow at ``at``, after the label that starts at ``pos`` (not a title's own label)?"""
    run = _spaced_title().match(text, at, hi)
    if run is None or run["names"] is None:
        return False
    pair = label_at(text, pos, hi)
    return (pair is None or pair.field != "title") and is_title_line(run.group())


def _head_segments(text: str, limit: int) -> Iterator[Range]:
    """Lines of ``text[:limit]``, cut before labels, breadcrumb numbers and body openers.

    Cuts are found lazily: the reader stops at the body's first line.
    """
    start = 0
    limit = min(limit, len(text))
    while start < limit:
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        prev = pos = start
        while (cut := _next_cut(text, pos, end)) < end:
            pos = cut
            if not _LIST_MARK.fullmatch(text, prev, cut):
                yield prev, cut
                prev = cut
        yield prev, end
        start = end + 1


@attrs.define(kw_only=True)
class Head:
    chrome: list[ChromeRange] = attrs.field(factory=list)
    titles: list[Range] = attrs.field(factory=list)
    pending: list[Range] = attrs.field(factory=list)
    in_crumbs: set[Range] = attrs.field(factory=set)
    """Titles read off the end of a breadcrumb (filed back there if another is chosen)."""
    meta: MetaBlock = attrs.field(factory=MetaBlock)
    body_start: int = 0
    last: int = 0
    """End of the last head segment (chrome or title)."""

    def add(self, kind: ChromeKind, s: int, e: int) -> None:
        self.chrome.append(ChromeRange(kind=kind, start=s, end=e))
        self.last = e


def _copies(text: str, s: int, e: int) -> list[Range]:
    """A title line, or the two copies of a title printed twice with the break lost."""
    half = (e - s) // 2
    if (e - s) % 2 == 0 and text[s : s + half] == text[s + half : e]:
        return [(s, s + half), (s + half, e)]
    return [(s, e)]


def _glued_title(text: str, s: int, e: int) -> int | None:
    """Where a title starts that a scraper glued to the last item of a breadcrumb
    (``… > 正文米东区人民政府2019年度…报告``), if one is."""
    cut = max(text.rfind(c, s, e) for c in ">»›→:/ ")
    item = cut + 1 if cut >= s else s
    while item < e and text[item] in " .0123456789、-*•·":
        item += 1
    if e - item <= 12:
        return None
    if text.startswith(_CRUMB_WORDS, item):  # one test of them all before finding which
        for word in _CRUMB_WORDS:
            if text.startswith(word, item) and is_title_line(text[item + len(word) : e]):
                return item + len(word)
    if not is_title_line(text[item:e]):
        return None
    # the trail ends with the title, perhaps glued to the last label (政府文件嘉善县…报告)
    ends = [
        item + k
        for k in range(min(tables.BREADCRUMB_LABEL_MAX, e - item - 4), 1, -1)
        if crumb_label().fullmatch(text, item, item + k) and is_title_line(text[item + k : e])
    ]
    return max(ends, key=lambda p: _placed_name(text, p, e), default=item)


_PLACE_CHAR: Final = re.compile(f"[{tables.PLACE_ENDS}]")


def _placed_name(text: str, p: int, e: int) -> bool:
    """Does ``text[p:e]`` open with a body's name that holds its place (松岭县环境动态监测中心
    2022年…, not 监测中心2022年…)? Of two places a label may end, the one that leaves the
    title its whole name wins."""
    opening = _named_title().match(text, p, e)
    return opening is not None and _PLACE_CHAR.search(opening["name"]) is not None


class _Next(enum.Enum):
    """What a rule made of a segment."""

    TAKEN = "taken"
    """Chrome or (part of) the title: read the next segment."""
    BODY = "body"
    """The body's first line: the head ends before it."""


@attrs.define(kw_only=True)
class _Walk:
    """The head being read, and what the rules remember between segments."""

    text: str
    head: Head
    crumbs: bool = False
    """A breadcrumb trail printed one item a line is open."""
    queued: list[Range] = attrs.field(factory=list)
    """The second piece of a segment that a rule cut in two, read next."""


def _metadata_value(w: _Walk, s: int, e: int, line: str) -> _Next | None:
    """A metadata value printed alone on the line under its label (a table one cell a line)."""
    head, text = w.head, w.text
    waiting = head.meta.waiting
    if waiting and label_at(text, s, e) is None and is_weak(line) and not is_title_line(line):
        head.meta.put(text, waiting, (s, e))
        head.add(ChromeKind.METADATA, s, e)
        return _Next.TAKEN
    head.meta.waiting = None
    return None


def _breadcrumb(w: _Walk, s: int, e: int, line: str) -> _Next | None:
    """A breadcrumb trail (当前位置: 首页 > …), one item a line while the trail is open, or
    its last item with the title glued to it."""
    head, text = w.head, w.text
    if w.crumbs and text.count("\n", head.last, s) > 1 and not _LIST_ITEM.match(line):
        w.crumbs = False  # a blank line ends a trail printed one item a line
    crumb = _BREADCRUMB_START.match(line) or _BREADCRUMB_TRAIL.match(line)
    if crumb or (w.crumbs and _BREADCRUMB_ITEM.match(line)):
        glued = _glued_title(text, s, e)
        if glued is not None and (label := _section_label(text, glued, e)) is not None:
            glued = label  # … > 法治政府建设政策解读松岭县…报告
        if glued is not None and glued > s:
            head.add(ChromeKind.BREADCRUMB, *strip_range(text, s, glued))
            head.titles += _copies(text, glued, e)
            head.in_crumbs.add(head.titles[-1])
            w.crumbs = False
            return _Next.TAKEN
        if crumb or (_BREADCRUMB_ITEM.fullmatch(line) and not is_title_line(line)):
            # a trail goes on over the next lines while it is open (当前位置: / 首页 >)
            w.crumbs = w.crumbs or _OPEN_CRUMB.search(line) is not None
            head.add(ChromeKind.BREADCRUMB, s, e)
            return _Next.TAKEN
    w.crumbs = False
    return None


def _first_heading(w: _Walk, s: int, e: int, line: str) -> _Next | None:
    """The body's first heading (一、…): a report with no preamble."""
    return _Next.BODY if _HEADING.match(line) else None


def _value_end(text: str, field: str | None, vs: int, ve: int) -> tuple[int, int] | None:
    """Where a metadata value ends when a page that lost its line breaks glued more to it,
    and where what was glued starts: at a table cell's bar (| 标题: | …报告 | || 市委:), after
    a value from a fixed list (主动公开南昌县…报告) or before anything else after the label of
    such a value, before a title after a label whose value is never one (主题分类: …报告),
    after a title printed twice (标题: …报告 […]…报告), after a date with a title glued to it
    (公开日期: 2022-03-302021年…报告)."""
    bar = text.find("|", vs, ve)
    if bar > vs:
        rest = bar
        while rest < ve and text[rest] in " \t|":
            rest += 1
        return bar, rest
    m = _meta_value().match(text, vs, ve)
    if m is not None:
        return m.end(), m.end()
    if field in tables.FIXED_VALUE_FIELDS and not text.startswith(tables.META_VALUES, vs):
        return vs, vs
    if (
        field in tables.SHORT_VALUE_FIELDS
        and _title_opening().match(text, vs, ve)
        and is_title_line(text[vs:ve].strip())
    ):
        return vs, vs
    for m in _TITLE_END.finditer(text, vs, ve):
        again = text[m.end() : ve].lstrip(" \t[【(")
        if again[:4] == text[vs : vs + 4] and is_title_line(text[vs : m.end()]):
            return m.end(), m.end()
    if field in tables.PUBLISHED_KEYS and _TITLE_END.search(text, vs, ve):
        for m in _title_opening().finditer(text, vs + 1, ve):
            p = m.start()
            if whole_date(text, vs, p) and is_title_line(text[p:ve].rstrip()):
                return p, p
    return None


@cache
def _title_opening() -> re.Pattern[str]:
    """Where a title may start: a year, 关于, or a body's name before one of them."""
    return re.compile(rf"(?=(?:{_ORG_NAME})?(?:关于|{ARABIC_YEAR}\s*年))")


def _metadata_label(w: _Walk, s: int, e: int, line: str) -> _Next | None:
    """A metadata label with its value (索引号: …), or a widget label (浏览次数); what a page
    that lost its line breaks glued to the value is read next."""
    head, text = w.head, w.text
    pair = label_at(text, s, e)
    if pair is None:
        return None
    if pair.field is None and pair.value is not None and not is_widget(line):
        # a widget label (分享到:) followed by more than a widget's own value (浏览次数:1024):
        # what follows it is the next piece
        w.queued.append((pair.value[0], e))
        e = pair.value[0]
        pair = attrs.evolve(pair, value=None)
        line = text[s:e]
    elif pair.value is not None and not _own_value(text[pair.label[1] : pair.value[0]]):
        w.queued.append((pair.value[0], e))  # an empty cell: what follows is the next piece
        e = pair.value[0]
        pair = attrs.evolve(pair, value=None)
        line = text[s:e]
    elif pair.value is not None and (cut := _value_end(text, pair.field, *pair.value)) is not None:
        value_end, rest = cut
        pair = attrs.evolve(pair, value=strip_range(text, pair.value[0], value_end))
        w.queued.append((rest, e))
        e = value_end
        line = text[s:e]
    head.meta.add(text, pair)
    if "|" in line or text.find("\n", e) != text.find("\n", s):
        head.meta.waiting = None  # an empty table cell, or more on the line
    head.add(ChromeKind.METADATA if pair.field else ChromeKind.WIDGET, s, e)
    return _Next.TAKEN


_EMPTY_LABEL: Final = re.compile(r"(?:[•·*\-]\s*)?(?P<label>[\u4e00-\u9fff]{3,6})\s*:\s*")


def _empty_label(w: _Walk, s: int, e: int, line: str) -> _Next | None:
    """A label this library does not know, with no value, among the metadata lines above the
    title (• 公文种类:): part of the block, not the body's first line."""
    head = w.head
    if head.titles or not head.chrome or head.chrome[-1].kind is not ChromeKind.METADATA:
        return None
    m = _EMPTY_LABEL.fullmatch(line)
    if m is None or is_org(m["label"]):
        return None  # an addressee (县委:, 市人民政府:) opens the body
    head.add(ChromeKind.METADATA, s, e)
    return _Next.TAKEN


def _widget(w: _Walk, s: int, e: int, line: str) -> _Next | None:
    """Page widgets (打印 关闭 字体: 大 中 小)."""
    if not is_widget(line):
        return None
    w.head.add(ChromeKind.WIDGET, s, e)
    return _Next.TAKEN


def _site_header(w: _Walk, s: int, e: int, line: str) -> _Next | None:
    """A date banner (今天是…星期三), a site header piece (门户网站, 无障碍, 简体|繁体), a
    notice over the page (请升级浏览器…) or a document site's blurb (下面是小编为大家整理的…)."""
    if (
        (len(line) <= 60 and _BANNER.search(line))
        or (
            (is_weak(line) or _header_bar(line))
            and _SITE.search(line)
            and not (w.head.titles and byline(w.text, s, e))  # 2025-03-05 松岭县人民政府网
        )
        or (len(line) <= tables.SITE_NOTICE_MAX and _NOTICE.search(line))
        or _BLURB.match(line)
    ):
        w.head.add(ChromeKind.HEADER, s, e)
        return _Next.TAKEN
    return None


def _header_bar(line: str) -> bool:
    """A site's header bar with its line breaks lost: short pieces between bars and no title
    (中国政府网 | 松岭县人民政府网 | 无障碍 | 注册 首页 政务公开)."""
    pieces = line.split("|")
    return len(pieces) >= 3 and all(is_weak(p) and not is_title_line(p) for p in pieces)


def _footer(w: _Walk, s: int, e: int, line: str) -> _Next | None:
    """A site footer printed above the title (Copyright © … 版权所有, …ICP备…号)."""
    if w.head.titles or len(line) > tables.SITE_NOTICE_MAX or _FOOTER.search(line) is None:
        return None
    w.head.add(ChromeKind.FOOTER, s, e)
    return _Next.TAKEN


def _navigation(w: _Walk, s: int, e: int, line: str) -> _Next | None:
    """A menu of site sections (首页 政务公开 互动交流)."""
    if not is_navigation(line):
        return None
    w.head.add(ChromeKind.NAVIGATION, s, e)
    return _Next.TAKEN


def _table_rule(w: _Walk, s: int, e: int, line: str) -> _Next | None:
    """A table border or separator row (|---|---|)."""
    if not _TABLE_RULE.fullmatch(line):
        return None
    w.head.add(ChromeKind.METADATA, s, e)
    return _Next.TAKEN


def _date_line(w: _Walk, s: int, e: int, line: str) -> _Next | None:
    """A date alone on its line: the site's date banner above the title, the page's
    publication date under it."""
    head, text = w.head, w.text
    if not whole_date(text, s, e):
        return None
    if not head.titles:
        head.add(ChromeKind.HEADER, s, e)
        return _Next.TAKEN
    if "published" not in head.meta.values:
        head.meta.put(text, "published", (s, e))
    head.add(ChromeKind.METADATA, s, e)
    return _Next.TAKEN


def _byline(w: _Walk, s: int, e: int, line: str) -> _Next | None:
    """A byline: the page's date beside the body that put it up (市政府办公室 2021-03-02);
    above the title only with a time of day (松岭县人民政府 2019年12月3日 is a banner)."""
    head, text = w.head, w.text
    date = byline(text, s, e, timed=not head.titles)
    if date is None:
        return None
    if "published" not in head.meta.values:
        head.meta.put(text, "published", date)
    head.add(ChromeKind.METADATA, s, e)
    return _Next.TAKEN


def _quoted_title(w: _Walk, s: int, e: int, line: str) -> _Next | None:
    """A title printed in 《》 at the start of a line, perhaps with a short description after
    it (《…情况报告》是2019年…发布的通知。): the title is what the marks hold."""
    head, text = w.head, w.text
    if head.titles or not line.startswith("《"):
        return None
    close = text.find("》", s, e)
    if close < 0 or e - close - 1 > tables.QUOTED_TITLE_REST_MAX:
        return None
    if not is_title_line(text[s + 1 : close]):
        return None
    head.add(ChromeKind.HEADER, s, s + 1)
    head.titles.append((s + 1, close))
    head.add(ChromeKind.HEADER, close, e)
    return _Next.TAKEN


def _section_label(text: str, s: int, e: int) -> int | None:
    """Where the title starts when a site section's name (a navigation word, or a label that
    ends like one: 法治专栏) is glued before it and the rest names the body (政策解读松岭县
    人民政府2022年度…报告); None when nothing is glued."""
    ends: list[int] = []
    if text.startswith(_NAV_WORDS, s):  # one test of them all before finding which
        ends += [s + len(word) for word in _NAV_WORDS if text.startswith(word, s)]
    ends += [
        s + k
        for k in range(min(tables.BREADCRUMB_LABEL_MAX, e - s - 4), 1, -1)
        if crumb_label().fullmatch(text, s, s + k)
    ]
    named = [p for p in ends if _named_title().match(text, p, e) and is_title_line(text[p:e])]
    if not named:
        return None
    # no label at all when the line opens with a name that holds its place and the rest of
    # the title only opens with a part of it (松岭县环境动态 / 监测中心2022年…)
    best = max([*named, s], key=lambda p: _placed_name(text, p, e))
    return None if best == s else best


def _title_line(w: _Walk, s: int, e: int, line: str) -> _Next | None:
    """A title line (or two copies of it glued), joined to a body's name printed above it
    that it continues."""
    head, text = w.head, w.text
    if not is_title_line(line) and doc_number_around(text, (s, e)) is None:
        return None
    if (label := _section_label(text, s, e)) is not None:
        head.add(ChromeKind.NAVIGATION, s, label)  # 政策解读松岭县人民政府…报告
        s = label
    *copies, (s, e) = _copies(text, s, e)
    head.titles += copies
    org = head.chrome[-1] if head.chrome else None
    if (
        org is not None
        and org.kind is ChromeKind.HEADER
        and head.titles
        and joins(text, (org.start, org.end), (s, e))
    ):  # the body's name printed above a title that continues it
        head.chrome.pop()
        s = org.start
    head.titles.append((s, e))
    head.last = e
    return _Next.TAKEN


def _two_line_title(w: _Walk, s: int, e: int, line: str) -> _Next | None:
    """A title printed over two lines, neither line a title by itself."""
    head, text = w.head, w.text
    if not head.pending or head.titles:
        return None
    ps, pe = head.pending[-1]
    if text.count("\n", pe, s) <= tables.TITLE_JOIN_MAX_BREAKS and is_title_line(
        text[ps:pe] + line
    ):
        head.pending.pop()
        head.titles.append((ps, e))
        head.last = e
        return _Next.TAKEN
    return None


def _weak_line(w: _Walk, s: int, e: int, line: str) -> _Next | None:
    """A short line with no sentence in it: kept pending above the title (a site name, a
    section label, a title's first line), a body's name or place under it."""
    head = w.head
    if not is_weak(line, commas=True) or line.endswith(":"):
        return None
    if not head.titles and len(head.pending) < PENDING_MAX:
        head.pending.append((s, e))
        return _Next.TAKEN
    if head.titles and (is_org(line) or is_place(line)):
        head.add(ChromeKind.HEADER, s, e)
        return _Next.TAKEN
    return None


def _glued_title_line(w: _Walk, s: int, e: int, line: str) -> _Next | None:
    """A title glued to what follows it (lost line breaks): the rest is read next."""
    head = w.head
    if head.titles:
        return None
    m = _title_prefix().match(line)
    if m is None or not is_title_line(m.group()):
        return None
    head.titles.append((s, s + m.end()))
    head.last = s + m.end()
    w.queued.append((s + m.end(), e))
    return _Next.TAKEN


_Rule = Callable[[_Walk, int, int, str], _Next | None]

HEAD_RULES: Final[tuple[_Rule, ...]] = (
    _metadata_value,
    _breadcrumb,
    _first_heading,
    _metadata_label,
    _empty_label,
    _widget,
    _site_header,
    _footer,
    _navigation,
    _table_rule,
    _date_line,
    _byline,
    _quoted_title,
    _title_line,
    _two_line_title,
    _weak_line,
    _glued_title_line,
)
"""The head's rules, tried in this order on each segment; the first that answers decides.
A segment no rule takes is the body's first line."""


def read_head(text: str) -> Head:
    """Read chrome and the title from the top until the body's first line."""
    w = _Walk(text=text, head=Head())
    segments = _head_segments(text, min(len(text), HEAD_MAX_CHARS))
    body: int | None = None
    for _ in range(HEAD_MAX_SEGMENTS):
        seg = w.queued.pop() if w.queued else next(segments, None)
        if seg is None:
            break
        s, e = strip_range(text, *seg)
        if (lead := _lead().match(text, s, e)) is not None:
            s = lead.end()  # a bullet or a close button glued on
        if s == e:
            continue
        line = text[s:e]
        for rule in HEAD_RULES:
            if (step := rule(w, s, e, line)) is not None:
                break
        else:
            step = _Next.BODY
        if step is _Next.BODY:
            body = s
            break
    head = w.head
    head.body_start = body if body is not None else head.last
    return head


def settle_title(text: str, head: Head) -> Range | None:
    """Pick the title (the one nearest the body), join a two-line title, file the rest."""
    title: Range | None = head.titles[-1] if head.titles else None
    if title is not None:
        title = _without_doc_number(text, head, title)
    meta_title = head.meta.values.get("title")
    if meta_title is not None:
        if title is None:
            title = head.meta.ranges["title"]
        elif meta_title != text[title[0] : title[1]]:
            # a glued prefix (正文米东区…报告): trust the metadata block's copy
            at = text.find(meta_title, title[0], title[1])
            if at > title[0] and at + len(meta_title) == title[1]:
                head.chrome.append(ChromeRange(kind=ChromeKind.HEADER, start=title[0], end=at))
                title = (at, title[1])
    if title is None:
        # a title with neither year nor 关于 (某某县法治政府建设情况报告) among the short lines
        title = next((p for p in head.pending if yearless_title(text[p[0] : p[1]])), None)
        if title is not None:
            after = [p[0] for p in head.pending if p[0] >= title[1]]
            head.pending = [p for p in head.pending if p[1] <= title[0]]
            head.body_start = after[0] if after else max(head.body_start, title[1])
    if title is not None and head.pending and joins(text, head.pending[-1], title):
        title = (head.pending.pop()[0], title[1])
    if title is not None:
        title = _without_doc_number(text, head, title)
        if (glued := _glued_chrome(text, *title)) is not None:
            head.chrome.append(ChromeRange(kind=ChromeKind.HEADER, start=title[0], end=glued))
            title = (glued, title[1])
    for t in head.titles:
        # other titles are chrome; one around the chosen title filed its furniture already
        if title is not None and (t[1] <= title[0] or t[0] >= title[1]):
            kind = ChromeKind.BREADCRUMB if t in head.in_crumbs else ChromeKind.HEADER
            head.chrome.append(ChromeRange(kind=kind, start=t[0], end=t[1]))
    for ps, pe in head.pending:
        if title is not None or pe <= head.last:
            # site names and section labels above the title or among other chrome
            head.chrome.append(ChromeRange(kind=ChromeKind.HEADER, start=ps, end=pe))
        else:
            # short lines after all chrome and no title: the body's first lines
            head.body_start = min(head.body_start, ps)
    return title


@cache
def _chrome_end() -> re.Pattern[str]:
    return re.compile(tables.GLUED_CHROME_END)


def _glued_chrome(text: str, s: int, e: int) -> int | None:
    """Where the title starts when a head that lost its line breaks glued chrome before it
    (``Document松岭镇搜索排序松岭镇2024年…报告``): after the last chrome word that the
    body's name and the rest of a title follow. None when the line already opens with a
    name and no chrome word (松岭县环境动态监测中心2022年…: the name is the title's)."""
    opening = _named_title().match(text, s, e)
    if (
        opening is not None
        and is_org(name := opening["name"])
        and _chrome_end().match(text, s, e) is None
    ):
        # the body's full name glued before a title that opens with its short name
        # (松岭县水务局县水务局2022年…): the site's name, then the title
        for j in range(len(name) // 2 + 1, len(name) - 2):
            if name[:j].endswith(name[j:]):
                return s + j
        return None
    start = None
    for m in _chrome_end().finditer(text, s, e):
        p = m.end()
        if s < p < e and _named_title().match(text, p, e) and is_title_line(text[p:e]):
            start = p
    return start


def _without_doc_number(text: str, head: Head, title: Range) -> Range:
    """The title without a bracketed document number printed before or after it on its line
    ([天政发〔2026〕7号]…报告): the number is metadata (``doc_no``, unless the block has one)."""
    found = doc_number_around(text, title)
    if found is None:
        return title
    rest, number, furniture = found
    head.meta.put(text, "doc_no", number)
    head.chrome.append(ChromeRange(kind=ChromeKind.METADATA, start=furniture[0], end=furniture[1]))
    return rest
