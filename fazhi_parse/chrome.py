"""Page chrome: breadcrumbs, metadata blocks, widgets, signatures and footers.

(Interim version: the report issue replaces it with the full table-driven detector.)
"""

from __future__ import annotations

from typing import Final

import regex

from .layout import ChromeRange, Layout
from .model import ChromeKind
from .normalize import NormalizedText

__all__ = ["find_layout"]

LINE_RULES: Final[tuple[tuple[ChromeKind, str], ...]] = (
    (
        ChromeKind.BREADCRUMB,
        r"^\s*(?:\d{1,2}\.\s*)?(?:当前位置|您所在的位置|您现在的位置|首页\s*[>»])",
    ),
    (
        ChromeKind.METADATA,
        r"^\s*(?:索\s*引\s*号|发布机构|发文机关|主题分类|成文日期|发布日期|名\s*称|文\s*号|来\s*源)\s*[:：]?",
    ),
    (ChromeKind.FOOTER, r"网站地图|网站标识码|ICP备|公网安备|主办单位|联系电话|^\s*-?\s*相关新闻"),
)
_RULES: Final = [(kind, regex.compile(p)) for kind, p in LINE_RULES]
_NAV_ITEM: Final = regex.compile(r"^\s*\d{1,2}\.\s*\S{1,8}\s*$")


def find_layout(view: NormalizedText) -> Layout:
    text = view.text
    chrome: list[ChromeRange] = []
    in_crumbs = False
    for start, end in view.lines():
        line = text[start:end]
        kind = next((k for k, rx in _RULES if rx.search(line)), None)
        if kind is ChromeKind.BREADCRUMB:
            in_crumbs = True
        elif in_crumbs and _NAV_ITEM.match(line):
            kind = ChromeKind.BREADCRUMB
        elif line.strip():
            in_crumbs = False
        if kind is not None:
            chrome.append(ChromeRange(kind=kind, start=start, end=end))
    body_end = len(text)
    trailing = [c for c in chrome if c.kind is ChromeKind.FOOTER]
    if trailing:
        body_end = (
            min(c.start for c in trailing if c.start > len(text) // 2)
            if any(c.start > len(text) // 2 for c in trailing)
            else body_end
        )
    return Layout(chrome=tuple(chrome), body_start=0, body_end=body_end)
