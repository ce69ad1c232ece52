"""The page's metadata block (索引号, 发布机构, 发布日期, 名称, 文号, 来源 …) → canonical fields.

Pages print the block in many shapes; all reduce to *label, separator, value* once the
block is cut before every label (:func:`label_starts`)::

    pair       = decoration? label separator value
    decoration = ("|" | "-" | "*" | "•") ws? ("[" | "【")?
    label      = one of META_LABELS, its characters spaced freely (索  引  号)
    separator  = ":" | "]" | "】" | "|" | ws | (the next label)
    value      = anything up to the next label or the end of the line; may also sit alone on
                 the next line when the label ends its line (tables rendered one cell a line)

so ``索引号：X  发布机构：Y``, ``| 索引号 | X | 发布机构 | Y |``, ``- [ 索引号 ] X`` and
``索  引  号 X 主题分类`` all read the same. The first non-empty value of a field wins
(blocks printed twice agree, and the top one is the page's own).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Final

import attrs

from .._text.normalize import Range
from .tables import META_DECORATION, META_KEY_SEPARATOR, META_LABELS

__all__ = ["MetaBlock", "Pair", "label_at", "label_end", "label_pattern", "label_starts"]

_VALUE_TRIM: Final = " \t|[]【】:"


def _spaced(label: str) -> str:
    return r"\s{0,8}".join(re.escape(c) for c in label)


@attrs.frozen
class _Labels:
    at: re.Pattern[str]
    """A label (with decoration) at a position."""
    anywhere: re.Pattern[str]
    """A label anywhere (a first-character class lets the scanner skip most positions)."""
    source: str
    """The regex source of ``anywhere`` without its first-character class."""
    first: str
    """Characters a label (with decoration) can start with."""
    field_of: dict[str, str | None]


@cache
def _tables() -> _Labels:
    """The label patterns, built on first use."""
    field_of: dict[str, str | None] = {}
    for field, labels in META_LABELS:
        for label in labels:
            field_of[label] = field
    alternation = "|".join(_spaced(label) for label in sorted(field_of, key=len, reverse=True))
    follow = rf"(?={META_KEY_SEPARATOR}|{alternation})"
    first = "".join(sorted({label[0] for label in field_of} | set("|-*•·[【")))
    source = rf"{META_DECORATION}(?:{alternation}){follow}"
    return _Labels(
        at=re.compile(rf"\s*{META_DECORATION}(?P<label>{alternation}){follow}"),
        anywhere=re.compile(rf"(?=[{re.escape(first)}]){source}"),
        source=source,
        first=first,
        field_of=field_of,
    )


def label_pattern() -> tuple[str, str]:
    """(regex source of a label with its decoration, the characters it can start with)."""
    labels = _tables()
    return labels.source, labels.first


def _match(text: str, start: int, end: int) -> re.Match[str] | None:
    labels = _tables()
    p = start
    while p < end and text[p] in " \t":
        p += 1
    if p == end or text[p] not in labels.first:  # most lines: one set lookup, no regex
        return None
    return labels.at.match(text, start, end)


def label_end(text: str, start: int, end: int) -> int | None:
    """Where a label that ``text[start:end]`` begins with ends, if it begins with one."""
    m = _match(text, start, end)
    return None if m is None else m.end("label")


@attrs.frozen(kw_only=True)
class Pair:
    """One ``label value`` pair of a metadata block (offsets into the searched text)."""

    field: str | None
    """Canonical field name; None for widget labels (浏览次数, 字体) that carry no metadata."""
    label: Range
    value: Range | None
    """The value, trimmed; None when the label ends its segment with nothing after it."""


def label_at(text: str, start: int, end: int) -> Pair | None:
    """The pair that ``text[start:end]`` begins with, if it begins with a label.

    >>> t = "发布机构 司法局 "
    >>> p = label_at(t, 0, len(t)); p.field, t[slice(*p.value)]
    ('publisher', '司法局')
    """
    labels = _tables()
    m = _match(text, start, end)
    if m is None:
        return None
    label = re.sub(r"\s+", "", m["label"])
    lo, hi = m.end(), end
    while lo < hi and text[lo] in _VALUE_TRIM:
        lo += 1
    while hi > lo and text[hi - 1] in _VALUE_TRIM:
        hi -= 1
    return Pair(
        field=labels.field_of.get(label),
        label=(m.start("label"), m.end("label")),
        value=(lo, hi) if hi > lo else None,
    )


def label_starts(text: str, start: int, end: int) -> Iterator[int]:
    """Where labels (with their decoration) begin inside ``text[start:end]``, after ``start``."""
    first = label_end(text, start, end)  # a label opening the range is not cut inside
    for m in _tables().anywhere.finditer(text, start + 1 if first is None else first, end):
        if text[start : m.start()].strip(" \t|-*•·[【"):
            yield m.start()


@attrs.define(kw_only=True)
class MetaBlock:
    """Collects pairs into canonical fields: first non-empty value wins."""

    values: dict[str, str] = attrs.field(factory=dict)
    ranges: dict[str, Range] = attrs.field(factory=dict)
    waiting: str | None = None
    """A field whose label ended its line: its value may be the next line."""

    def add(self, text: str, pair: Pair) -> None:
        self.waiting = None
        if pair.field is None:
            return
        if pair.value is None:
            if pair.field not in self.values:
                self.waiting = pair.field
            return
        self.put(text, pair.field, pair.value)

    def put(self, text: str, field: str, value: Range) -> None:
        """Record ``text[value]`` for ``field`` unless it already has a value."""
        self.waiting = None
        if field in self.values:
            return
        raw = text[value[0] : value[1]].strip(_VALUE_TRIM)
        if raw:
            self.values[field] = raw
            self.ranges[field] = value
