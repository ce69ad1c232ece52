"""The head of a page: chrome and the title, read forward until the body's first line.

::

    head = (breadcrumb | header | navigation | metadata | widget | title)*

The head is read one *segment* at a time. Segments are lines, further cut where a page that
lost its line breaks glued pieces together: before a metadata label, a breadcrumb number or
a body opener (2022年，…). Only the head is read, so the cost does not grow with the body.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Final

import attrs

from .._text.normalize import Range
from ..model import ChromeKind
from . import tables
from .lines import is_navigation, is_org, is_place, is_weak, is_widget, strip_range, whole_date
from .metadata import MetaBlock, label_at, label_end, label_pattern
from .state import ChromeRange
from .title import is_title_line, joins, yearless_title

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

_CRUMB_WORDS: Final = tuple(
    sorted(set(tables.BREADCRUMB_END_WORDS) | tables.NAV_WORDS, key=len, reverse=True)
)

_BANNER: Final = re.compile(tables.BANNER)

_SITE: Final = re.compile(tables.SITE_HEADER)

_TABLE_RULE: Final = re.compile(tables.TABLE_RULE)

_TITLE_PREFIX: Final = re.compile(r"[^。!?;,:\n]{4,80}?(?:报告|总结)(?=[\u4e00-\u9fff\d])(?!如)")

_OPEN_CRUMB: Final = re.compile(r"[:>»›/]\s*$")

_LIST_ITEM: Final = re.compile(r"\s*(?:\d{1,2}[.、]|[-*•·>»›])")

_LIST_MARK: Final = re.compile(r"\s*(?:\d{1,2}[.、]|[-*•·])?\s*")

_HEADING: Final = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、](?!\d))"
)


@cache
def _head_cuts() -> re.Pattern[str]:
    """Where a run-on head line is cut: before a metadata label, a breadcrumb number (after a
    space), a body opener or a breadcrumb label; after a glued date, time or header piece."""
    label, first = label_pattern()
    starts = first + "-/.0123456789 \t星门政繁简报总一二三四五六七八九十过今近当您你"
    return re.compile(
        rf"(?=[{re.escape(''.join(sorted(set(starts))))}])"  # skip most positions cheaply
        rf"(?:(?P<label>{label})|(?P<numbered>\d{{1,2}}\.\s)"
        rf"|(?P<before>{tables.BODY_OPENER}|{tables.BREADCRUMB_LABEL})"
        rf"|(?P<after>(?:{tables.GLUED_AFTER})(?=[\u4e00-\u9fff])|{tables.TITLE_THEN_DATE}))"
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
        elif m.end() < hi:
            return m.end()
    return end


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
    cut = max(text.rfind(c, s, e) for c in ">»›:/ ")
    item = cut + 1 if cut >= s else s
    while item < e and text[item] in " .0123456789、-*•·":
        item += 1
    if e - item <= 12:
        return None
    for word in _CRUMB_WORDS:
        if text.startswith(word, item) and is_title_line(text[item + len(word) : e]):
            return item + len(word)
    return item if is_title_line(text[item:e]) else None  # the trail ends with the title


def read_head(text: str) -> Head:
    """Read chrome and the title from the top until the body's first line."""
    head = Head()
    segments = _head_segments(text, min(len(text), HEAD_MAX_CHARS))
    queued: list[Range] = []  # a segment cut in two: its second piece
    crumbs = False
    body: int | None = None
    for _ in range(HEAD_MAX_SEGMENTS):
        seg = queued.pop() if queued else next(segments, None)
        if seg is None:
            break
        s, e = strip_range(text, *seg)
        if s == e:
            continue
        line = text[s:e]
        # a metadata value printed alone under its label
        waiting = head.meta.waiting
        if waiting and label_at(text, s, e) is None and is_weak(line) and not is_title_line(line):
            head.meta.put(text, waiting, (s, e))
            head.add(ChromeKind.METADATA, s, e)
            continue
        head.meta.waiting = None
        if crumbs and text.count("\n", head.last, s) > 1 and not _LIST_ITEM.match(line):
            crumbs = False  # a blank line ends a trail printed one item a line
        crumb = _BREADCRUMB_START.match(line) or _BREADCRUMB_TRAIL.match(line)
        if crumb or (crumbs and _BREADCRUMB_ITEM.match(line)):
            glued = _glued_title(text, s, e)
            if glued is not None and glued > s:
                head.add(ChromeKind.BREADCRUMB, *strip_range(text, s, glued))
                head.titles += _copies(text, glued, e)
                head.in_crumbs.add(head.titles[-1])
                crumbs = False
                continue
            if crumb or (_BREADCRUMB_ITEM.fullmatch(line) and not is_title_line(line)):
                # a trail goes on over the next lines while it is open (当前位置: / 首页 >)
                crumbs = crumbs or _OPEN_CRUMB.search(line) is not None
                head.add(ChromeKind.BREADCRUMB, s, e)
                continue
        crumbs = False
        if _HEADING.match(line):
            body = s  # the body's first heading (a report with no preamble)
            break
        pair = label_at(text, s, e)
        if pair is not None:
            head.meta.add(text, pair)
            if "|" in line or text.find("\n", e) != text.find("\n", s):
                head.meta.waiting = None  # an empty table cell, or more on the line
            head.add(ChromeKind.METADATA if pair.field else ChromeKind.WIDGET, s, e)
            continue
        if is_widget(line):
            head.add(ChromeKind.WIDGET, s, e)
            continue
        if (_BANNER.search(line) and len(line) <= 60) or (_SITE.search(line) and is_weak(line)):
            head.add(ChromeKind.HEADER, s, e)
            continue
        if is_navigation(line):
            head.add(ChromeKind.NAVIGATION, s, e)
            continue
        if _TABLE_RULE.fullmatch(line):
            head.add(ChromeKind.METADATA, s, e)
            continue
        if whole_date(text, s, e):
            if not head.titles:  # above the title: the site's date banner
                head.add(ChromeKind.HEADER, s, e)
                continue
            if "published" not in head.meta.values:
                head.meta.put(text, "published", (s, e))
            head.add(ChromeKind.METADATA, s, e)
            continue
        if is_title_line(line):
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
            continue
        if head.pending and not head.titles:
            # a title printed over two lines, neither line a title by itself
            ps, pe = head.pending[-1]
            if text.count("\n", pe, s) <= 2 and is_title_line(text[ps:pe] + line):
                head.pending.pop()
                head.titles.append((ps, e))
                head.last = e
                continue
        if is_weak(line, commas=True) and not line.endswith(":"):
            if not head.titles and len(head.pending) < PENDING_MAX:
                head.pending.append((s, e))
                continue
            if head.titles and (is_org(line) or is_place(line)):
                head.add(ChromeKind.HEADER, s, e)
                continue
        if not head.titles:
            # lost line breaks: a title glued to what follows it
            m = _TITLE_PREFIX.match(line)
            if m is not None and is_title_line(m.group()):
                head.titles.append((s, s + m.end()))
                head.last = s + m.end()
                queued.append((s + m.end(), e))
                continue
        body = s
        break
    head.body_start = body if body is not None else head.last
    return head


def settle_title(text: str, head: Head) -> Range | None:
    """Pick the title (the one nearest the body), join a two-line title, file the rest."""
    title: Range | None = head.titles[-1] if head.titles else None
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
    for t in head.titles:
        if title is not None and not (t[0] >= title[0] and t[1] <= title[1]):
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
