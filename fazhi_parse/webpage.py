"""Web pages in: the text of an HTML page, as a reader sees it, then parsed.

Scraped reports often come as HTML. :func:`html_text` extracts the text with the standard
library's :mod:`html.parser` (lenient: it never fails on broken markup):

- block elements (``<p>``, ``<div>``, ``<br>``, ``<li>``, ``<tr>``, headings, …) are line
  breaks; table cells in a row are separated by a tab;
- ``<script>``, ``<style>``, ``<head>`` (with its ``<title>``), ``<noscript>`` and
  ``<template>`` are dropped, as are comments;
- character references are resolved (``&nbsp;`` → U+00A0, ``&#20108;`` → 二);
- whitespace inside a block collapses to one space, as a browser shows it (in ``<pre>``
  the line breaks are kept); a line break of the markup between two CJK characters is dropped (CSS's
  segment-break rule: Chinese has no spaces between words).

:func:`parse_html` parses that text: its ``Report.source`` is the **extracted text**, and
every span indexes it, not the HTML (the markup is not the report).

>>> html_text("<p>一、主要举措</p><p>（一）学法。<br>一是学习。</p><script>x()</script>")
'一、主要举措\\n（一）学法。\\n一是学习。\\n'
"""

from __future__ import annotations

import html.parser
import re
from functools import cache
from typing import TYPE_CHECKING, Final

from .lexicon import DEFAULT_LEXICON, Lexicon
from .parse import parse
from .schemes import DEFAULT_SCHEMES, SchemeSet

if TYPE_CHECKING:
    from .model import Report

__all__ = ["BLOCK_TAGS", "DROPPED_TAGS", "html_text", "parse_html"]

BLOCK_TAGS: Final = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "br", "caption", "center",
        "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li",
        "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot",
        "thead", "title", "tr", "ul",
    }
)  # fmt: skip
"""Elements that start and end a line of the extracted text."""

CELL_TAGS: Final = frozenset({"td", "th"})
"""Table cells: separated by a tab within their row."""

DROPPED_TAGS: Final = frozenset({"script", "style", "head", "noscript", "template", "svg"})
"""Elements whose content is not text a reader sees."""

_SPACES: Final = re.compile(r"[ \t\n\r\f\v]+")
"""What a browser collapses to one space (ASCII whitespace only: U+00A0 and U+3000 are
text, often the indentation of a paragraph)."""

_BLANK_RUN: Final = re.compile(r"[ \t]*\n[ \t\n]*")

_BREAK: Final = "\x00"
"""Stands for a run of markup whitespace with a line break in it until the text is joined
(a run may be split between two text nodes, so it is resolved only then)."""

_WIDE: Final = "\u2e80-\u303f\u3040-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"


@cache
def _wide_break() -> re.Pattern[str]:
    """A markup line break between two wide characters (compiled on first use: its classes of
    CJK ranges take milliseconds)."""
    return re.compile(f"(?<=[{_WIDE}]){_BREAK}+(?=[{_WIDE}])")


class _TextExtractor(html.parser.HTMLParser):
    """Collects text, with a line break at each block edge (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.dropped = 0
        """Depth inside dropped elements."""
        self.pre = 0
        self.cell = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in DROPPED_TAGS:
            self.dropped += 1
        elif tag in BLOCK_TAGS:
            self.out.append("\n")
            self.pre += tag == "pre"
            self.cell = False
        elif tag in CELL_TAGS:
            if self.cell:
                self.out.append("\t")
            self.cell = True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCK_TAGS:
            self.out.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in DROPPED_TAGS:
            self.dropped = max(0, self.dropped - 1)
        elif tag in BLOCK_TAGS:
            self.out.append("\n")
            if tag == "pre":
                self.pre = max(0, self.pre - 1)
            if tag == "tr":
                self.cell = False

    def handle_data(self, data: str) -> None:
        if self.dropped:
            return
        data = data.replace(_BREAK, "")
        if self.pre:
            self.out.append(data.replace("\r\n", "\n"))
        else:
            self.out.append(_SPACES.sub(_collapse, data))

    def text(self) -> str:
        joined = "".join(self.out)
        if _BREAK in joined:
            joined = _wide_break().sub("", joined).replace(_BREAK, " ")
        joined = _BLANK_RUN.sub("\n", joined).strip(" \t\n")
        return joined + "\n" if joined else ""


def _collapse(run: re.Match[str]) -> str:
    return _BREAK if "\n" in run.group() else " "


def html_text(page: str) -> str:
    """The text of an HTML page as a reader sees it (see the module docstring): one line per
    block, ending with a line break (empty for a page without text)."""
    if not isinstance(page, str):
        raise TypeError(
            f"html_text() takes the page's markup as a str, not {type(page).__name__} "
            "(decode bytes with fazhi_parse.decode, or use parse_file on the .html file)"
        )
    extractor = _TextExtractor()
    extractor.feed(page)
    extractor.close()
    return extractor.text()


def parse_html(
    page: str,
    *,
    id: str | None = None,
    schemes: SchemeSet = DEFAULT_SCHEMES,
    lexicon: Lexicon = DEFAULT_LEXICON,
) -> Report:
    """Parse an HTML page: :func:`html_text`, then :func:`~fazhi_parse.parse`.

    ``Report.source`` is the extracted text, and spans index it (not the markup).

    >>> report = parse_html("<h2>一、主要举措和成效</h2><p>（一）学法。一是学习。</p>")
    >>> [s.title for s in report.sections], report.source.startswith("一、")
    (['主要举措和成效'], True)
    """
    return parse(html_text(page), id=id, schemes=schemes, lexicon=lexicon)
