"""Page layout: chrome at the head and tail, the title, the closing formula and the signature.

Scraped report pages put the report between page furniture::

    page      = head body closing? signature? tail
    head      = (breadcrumb | header | navigation | metadata | widget | title)*
    signature = (issuing-body | date | 此件公开发布)+          at most a few short lines
    tail      = (footer | widget | metadata | navigation | anything after them)*

The head is read forward, one *segment* at a time, until the first line that is neither
chrome nor title; the tail is read backward until the first body sentence. Segments are
lines, further cut where a page that lost its line breaks glued pieces together: before a
metadata label, a breadcrumb number or a body opener (2022年，…) in the head; at runs of
spaces, sentence ends and footer openers in the tail. Only the head and tail are read, so
the cost does not grow with the body. All offsets are in normalized coordinates.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator
from functools import cache
from typing import Final

import attrs

from . import _chrome_rules as rules
from .dates import find_date
from .layout import ChromeRange, Layout
from .meta import MetaBlock, label_at, label_end, label_pattern
from .model import ChromeKind, Diagnostic, DiagnosticCode, Severity
from .normalize import NormalizedText
from .tree import Range

__all__ = ["find_layout", "is_title_line"]

HEAD_MAX_CHARS: Final = 6000
"""The head is looked for in this many characters from the top."""
HEAD_MAX_SEGMENTS: Final = 120
"""The head walk gives up after this many segments without reaching the body."""
TAIL_MAX_SEGMENTS: Final = 80
"""The tail walk gives up after this many segments without reaching the body."""
WEAK_MAX: Final = 40
"""A line this short with no sentence punctuation may be chrome, a title part or a signature."""
PENDING_MAX: Final = 40
"""Unrecognised short lines kept before the title (site names, section labels)."""
SIGNATURE_MAX: Final = 5
"""Most segments a signature block spans."""
CUT_WINDOW: Final = 300
"""Characters searched for the next cut of a head line."""
TAIL_LINE_WINDOW: Final = 600
"""Characters at the end of a long tail line that are cut into sentences."""

_BREADCRUMB_START: Final = re.compile(
    rf"\s*(?:\d{{1,2}}[.、]\s*|[-*•·]\s*)?(?:{rules.BREADCRUMB_START})"
)
_BREADCRUMB_TRAIL: Final = re.compile(rf"\s*(?:{rules.BREADCRUMB_TRAIL})")
_BREADCRUMB_ITEM: Final = re.compile(rf"\s*(?:{rules.BREADCRUMB_ITEM})\s*")
_CRUMB_WORDS: Final = tuple(
    sorted(set(rules.BREADCRUMB_END_WORDS) | rules.NAV_WORDS, key=len, reverse=True)
)
_BANNER: Final = re.compile(rules.BANNER)
_SITE: Final = re.compile(rules.SITE_HEADER)
_WIDGET: Final = re.compile(rules.WIDGET)
_FOOTER: Final = re.compile(rules.FOOTER)
_TABLE_RULE: Final = re.compile(rules.TABLE_RULE)
_TITLE: Final = re.compile(rules.TITLE)
_TITLE_NEEDS: Final = re.compile(rules.TITLE_NEEDS)
_TITLE_NOT: Final = re.compile(rules.TITLE_NOT)
_TITLE_JOIN_BEFORE: Final = re.compile(rules.TITLE_JOIN_BEFORE)
_TITLE_JOIN_AFTER: Final = re.compile(rules.TITLE_JOIN_AFTER)
_ORG: Final = re.compile(rules.ORG_LINE)
_ORG_HINT: Final = re.compile(rules.ORG_HINT)
_PLACE: Final = re.compile(rules.PLACE_LINE)
_NOTE: Final = re.compile(rules.SIGNATURE_NOTE)
_CLOSING: Final = re.compile(rules.CLOSING)
_TAIL_CUT: Final = re.compile(
    rf"(?P<gap>\s{{2,}})|(?P<before>(?:-\s*)?(?:{rules.FOOTER_SPLIT})|【|\(?此件)|\d日(?=\S)"
)
"""Tail lines are cut at runs of spaces, before footer openers and notes, after a date."""
_TITLE_PREFIX: Final = re.compile(r"[^。!?;,:\n]{4,80}?(?:报告|总结)(?=[\u4e00-\u9fff\d])(?!如)")
_OPEN_CRUMB: Final = re.compile(r"[:>»›/]\s*$")
_LIST_ITEM: Final = re.compile(r"\s*(?:\d{1,2}[.、]|[-*•·>»›])")
_LIST_MARK: Final = re.compile(r"\s*(?:\d{1,2}[.、]|[-*•·])?\s*")
_SENTENCE: Final = re.compile(r"[^。!?]*[。!?]+|[^。!?]+")
_NAV_TOKEN: Final = re.compile(r"[^\s|/·•>»›]+")
_SPACE_CJK: Final = re.compile(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])")
_HEADING: Final = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、](?!\d))"
)
_YEARLESS_TITLE: Final = re.compile(rules.YEARLESS_TITLE)
_DATE_LEFTOVER: Final = re.compile(r"[\s()\[\]【】]|\d{1,2}:\d{2}(?::\d{2})?|星期.")
_SENTENCE_PUNCT: Final = "。!?;"


# --- segment classification ------------------------------------------------------------------


def _strip(text: str, s: int, e: int) -> Range:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def is_title_line(line: str) -> bool:
    """Whether ``line`` (normalized) reads like a report title.

    >>> is_title_line("米东区人民政府2019年度法治政府建设情况报告")
    True
    >>> is_title_line("现将有关情况报告如下:")
    False
    """
    line = line.strip()
    if not 4 <= len(line) <= rules.TITLE_MAX or "," in line or ":" in line:
        return False
    return (
        _TITLE.fullmatch(line) is not None
        and _TITLE_NEEDS.search(line) is not None
        and _TITLE_NOT.match(line) is None
    )


def _yearless_title(line: str) -> bool:
    return (
        "," not in line
        and _TITLE.fullmatch(line) is not None
        and _YEARLESS_TITLE.search(line) is not None
    )


def _is_widget(line: str) -> bool:
    if _WIDGET.search(line) is None:
        return False
    rest = _WIDGET.sub("", line)
    return len(rest.strip(" :|/·•-")) <= rules.WIDGET_LEFTOVER


def _is_navigation(line: str) -> bool:
    tokens = _NAV_TOKEN.findall(line)
    if len(tokens) == 1:
        return tokens[0] in rules.NAV_WORDS
    if len(tokens) < rules.NAV_MIN_WORDS or any(len(t) > 8 for t in tokens):
        return False
    return sum(t in rules.NAV_WORDS for t in tokens) >= 2


def _is_weak(line: str, *, commas: bool = False) -> bool:
    """Short, and no sentence punctuation (commas allowed for slogans above a title)."""
    stops = _SENTENCE_PUNCT if commas else _SENTENCE_PUNCT + ","
    return len(line) <= WEAK_MAX and not any(c in line for c in stops)


def _whole_date(text: str, s: int, e: int) -> bool:
    """Is ``text[s:e]`` a date and nothing else (brackets, a time of day aside)?"""
    reading = find_date(text, s, e, loose=True)
    if reading is None:
        return False
    rest = text[s : reading.start] + text[reading.end : e]
    return not _DATE_LEFTOVER.sub("", rest)


def _is_org(line: str) -> bool:
    return (
        _ORG.fullmatch(line) is not None
        and _ORG_HINT.search(line) is not None
        and not line.startswith(("(", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"))
    )


def _org_and_date(text: str, s: int, e: int) -> bool:
    reading = find_date(text, s, e, loose=True)
    if reading is None or reading.start == s:
        return False
    org = text[s : reading.start].strip()
    is_body = _is_org(org) or _PLACE.fullmatch(org) is not None
    return is_body and not text[reading.end : e].strip(" 日")


# --- the head ----------------------------------------------------------------------------------


@cache
def _head_cuts() -> re.Pattern[str]:
    """Where a run-on head line is cut: before a metadata label, a breadcrumb number (after a
    space), a body opener or a breadcrumb label; after a glued date, time or header piece."""
    label, first = label_pattern()
    starts = first + "-/.0123456789 \t星门政繁简报总一二三四五六七八九十过今近当您你"
    return re.compile(
        rf"(?=[{re.escape(''.join(sorted(set(starts))))}])"  # skip most positions cheaply
        rf"(?:(?P<label>{label})|(?P<numbered>\d{{1,2}}\.\s)"
        rf"|(?P<before>{rules.BODY_OPENER}|{rules.BREADCRUMB_LABEL})"
        rf"|(?P<after>(?:{rules.GLUED_AFTER})(?=[\u4e00-\u9fff])|{rules.TITLE_THEN_DATE}))"
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
class _Head:
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


def _read_head(text: str) -> _Head:
    """Read chrome and the title from the top until the body's first line."""
    head = _Head()
    segments = _head_segments(text, min(len(text), HEAD_MAX_CHARS))
    queued: list[Range] = []  # a segment cut in two: its second piece
    crumbs = False
    body: int | None = None
    for _ in range(HEAD_MAX_SEGMENTS):
        seg = queued.pop() if queued else next(segments, None)
        if seg is None:
            break
        s, e = _strip(text, *seg)
        if s == e:
            continue
        line = text[s:e]
        # a metadata value printed alone under its label
        waiting = head.meta.waiting
        if waiting and label_at(text, s, e) is None and _is_weak(line) and not is_title_line(line):
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
                head.add(ChromeKind.BREADCRUMB, *_strip(text, s, glued))
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
        if _is_widget(line):
            head.add(ChromeKind.WIDGET, s, e)
            continue
        if (_BANNER.search(line) and len(line) <= 60) or (_SITE.search(line) and _is_weak(line)):
            head.add(ChromeKind.HEADER, s, e)
            continue
        if _is_navigation(line):
            head.add(ChromeKind.NAVIGATION, s, e)
            continue
        if _TABLE_RULE.fullmatch(line):
            head.add(ChromeKind.METADATA, s, e)
            continue
        if _whole_date(text, s, e):
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
            if org is not None and org.kind is ChromeKind.HEADER and head.titles and _joins(
                text, (org.start, org.end), (s, e)
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
        if _is_weak(line, commas=True) and not line.endswith(":"):
            if not head.titles and len(head.pending) < PENDING_MAX:
                head.pending.append((s, e))
                continue
            if head.titles and (_is_org(line) or _PLACE.fullmatch(line)):
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


def _joins(text: str, first: Range, second: Range) -> bool:
    """Are two adjacent lines one title printed over two lines (…人民政府 / 关于…的报告)?"""
    return (
        first[1] <= second[0]
        and text.count("\n", first[1], second[0]) <= 2
        and (
            _TITLE_JOIN_BEFORE.search(text, *first) is not None
            or _TITLE_JOIN_AFTER.match(text, *second) is not None
        )
        and is_title_line(text[first[0] : first[1]] + text[second[0] : second[1]])
    )


def _settle_title(text: str, head: _Head) -> Range | None:
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
        title = next((p for p in head.pending if _yearless_title(text[p[0] : p[1]])), None)
        if title is not None:
            after = [p[0] for p in head.pending if p[0] >= title[1]]
            head.pending = [p for p in head.pending if p[1] <= title[0]]
            head.body_start = after[0] if after else max(head.body_start, title[1])
    if title is not None and head.pending and _joins(text, head.pending[-1], title):
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


# --- the tail ----------------------------------------------------------------------------------


def _tail_pieces(text: str, s: int, e: int) -> list[Range]:
    """A tail line cut at runs of spaces, footer openers and sentence ends.

    Only the last :data:`TAIL_LINE_WINDOW` characters of a long line are cut finely; the
    rest is one piece (it is body text, and the backward walk stops there).
    """
    pieces: list[Range] = []
    if e - s > TAIL_LINE_WINDOW:
        cut = text.rfind("。", s, e - TAIL_LINE_WINDOW) + 1
        if cut > s:
            pieces.append((s, cut))
            s = cut
    bounds = [s]
    for m in _TAIL_CUT.finditer(text, s, e):
        if m["gap"] is not None:
            bounds += [m.start(), m.end()]
        elif m["before"] is not None:
            if m.start() > s and text[m.start() - 1] not in " \t-(":
                bounds += [m.start(), m.start()]
        else:
            bounds += [m.end(), m.end()]
    bounds.append(e)
    for a, b in zip(bounds[::2], bounds[1::2], strict=True):
        for sm in _SENTENCE.finditer(text, a, b):
            piece = _strip(text, sm.start(), sm.end())
            if piece[0] < piece[1]:
                pieces.append(piece)
    return pieces


def _tail_segments(text: str, lo: int) -> Iterator[Range]:
    """Segments of ``text[lo:]`` from the last one backwards."""
    end = len(text)
    while end > lo:
        start = text.rfind("\n", lo, end) + 1
        if start == 0 and lo > 0:
            start = lo
        yield from reversed(_tail_pieces(text, start, end))
        end = start - 1


class _T(enum.Enum):
    """What a tail segment is, when it is not a kind of chrome."""

    BODY = "body"
    CLOSING = "closing"
    DATE = "date"
    ORG = "org"
    PLACE = "place"
    SIGNED = "org+date"
    NOTE = "note"
    WEAK = "weak"


_SIGNATURE_CLASSES: Final = frozenset({_T.DATE, _T.ORG, _T.PLACE, _T.SIGNED, _T.NOTE})


def _tail_class(text: str, s: int, e: int) -> _T | ChromeKind:
    line = text[s:e]
    if _CLOSING.fullmatch(line):
        return _T.CLOSING
    if line.endswith(("。", "!", "?", ";")) or len(line) > 200:
        return _T.BODY
    if _NOTE.fullmatch(line):
        return _T.NOTE
    if "。" not in line:
        if _FOOTER.search(line):
            return ChromeKind.FOOTER
        pair = label_at(text, s, e)
        if pair is not None:
            return ChromeKind.METADATA if pair.field else ChromeKind.WIDGET
        if _is_widget(line):
            return ChromeKind.WIDGET
    if _whole_date(text, s, e):
        return _T.DATE
    if _is_org(line):
        return _T.ORG
    if _PLACE.fullmatch(line):
        return _T.PLACE
    if _org_and_date(text, s, e):
        return _T.SIGNED
    if _is_navigation(line) and len(line) > 4:
        return ChromeKind.NAVIGATION
    if _is_weak(line):
        return _T.WEAK
    return _T.BODY


@attrs.define(kw_only=True)
class _Tail:
    chrome: list[ChromeRange] = attrs.field(factory=list)
    signature: Range | None = None
    closing: Range | None = None
    body_end: int = 0
    meta: list[Range] = attrs.field(factory=list)


def _read_tail(text: str, lo: int) -> _Tail:
    walked: list[tuple[Range, _T | ChromeKind]] = []
    for count, (s, e) in enumerate(_tail_segments(text, lo)):
        cls = _tail_class(text, s, e)
        walked.append(((s, e), cls))
        if cls in (_T.BODY, _T.CLOSING) or count >= TAIL_MAX_SEGMENTS:
            break
    walked.reverse()  # top-down
    tail = _Tail(body_end=len(text))
    strong = next((i for i, (_, c) in enumerate(walked) if isinstance(c, ChromeKind)), None)
    above = walked if strong is None else walked[:strong]
    if strong is not None:
        tail.body_end = walked[strong][0][0]
        for (s, e), cls in walked[strong:]:
            kind = cls if isinstance(cls, ChromeKind) else ChromeKind.FOOTER
            tail.chrome.append(ChromeRange(kind=kind, start=s, end=e))
            if kind is ChromeKind.METADATA:
                tail.meta.append((s, e))
    # the signature: the run of dates and bodies' names right above the tail
    i = len(above)
    while i > 0 and above[i - 1][1] in _SIGNATURE_CLASSES and len(above) - i < SIGNATURE_MAX:
        i -= 1
    run = above[i:]
    classes = {c for _, c in run}
    if classes & {_T.ORG, _T.DATE, _T.SIGNED}:  # a place or a note alone is no signature
        tail.signature = (run[0][0][0], run[-1][0][1])
        tail.body_end = run[0][0][0]
    else:
        i = len(above)
    if i > 0 and above[i - 1][1] is _T.CLOSING:
        tail.closing = above[i - 1][0]
        tail.body_end = tail.closing[0]
    return tail


# --- the layout --------------------------------------------------------------------------------


def _merge(text: str, ranges: list[ChromeRange]) -> tuple[ChromeRange, ...]:
    """Sort, and join neighbours of one kind separated only by white space."""
    out: list[ChromeRange] = []
    for r in sorted(ranges, key=lambda r: (r.start, r.end)):
        if out and out[-1].kind is r.kind and not text[out[-1].end : r.start].strip():
            out[-1] = ChromeRange(kind=r.kind, start=out[-1].start, end=max(out[-1].end, r.end))
        elif out and r.start < out[-1].end:
            if r.end > out[-1].end:
                out.append(ChromeRange(kind=r.kind, start=out[-1].end, end=r.end))
        else:
            out.append(r)
    return tuple(out)


def find_layout(view: NormalizedText) -> Layout:
    """Find the page's chrome, title, body, closing and signature in ``view.text``."""
    text = view.text
    head = _read_head(text)
    title = _settle_title(text, head)
    body_start = max(head.body_start, title[1] if title else 0)
    tail = _read_tail(text, body_start)
    meta = head.meta
    for s, e in tail.meta:
        pair = label_at(text, s, e)
        if pair is not None:
            meta.add(text, pair)
    chrome = [*head.chrome, *tail.chrome]
    if tail.signature is not None:
        chrome.append(ChromeRange(kind=ChromeKind.SIGNATURE, start=tail.signature[0],
                                  end=tail.signature[1]))
    merged = _merge(text, chrome)
    body_end = max(body_start, tail.body_end)
    while body_end > body_start and text[body_end - 1].isspace():
        body_end -= 1
    diagnostics: list[Diagnostic] = []
    if merged:
        counts: dict[ChromeKind, int] = {}
        for c in merged:
            counts[c.kind] = counts.get(c.kind, 0) + 1
        listed = ", ".join(
            f"{counts[k]} {k.value}" for k in rules.CHROME_KINDS_ORDER if k in counts
        )
        diagnostics.append(
            Diagnostic(
                code=DiagnosticCode.CHROME,
                severity=Severity.INFO,
                message=f"kept page chrome apart from the body: {listed}",
                span=view.span(merged[0].start, merged[0].end),
            )
        )
    return Layout(
        chrome=merged,
        title=title,
        body_start=body_start,
        body_end=body_end,
        closing=tail.closing,
        signature=tail.signature,
        meta=dict(meta.values),
        meta_ranges=dict(meta.ranges),
        diagnostics=tuple(diagnostics),
    )


def clean_line(text: str) -> str:
    """A title or name as users read it: spaces next to CJK and line breaks removed."""
    text = text.strip()
    return _SPACE_CJK.sub("", text) if " " in text or "\n" in text or "\t" in text else text
