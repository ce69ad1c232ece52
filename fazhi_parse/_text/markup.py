"""HTML left in a text: a page given to :func:`~fazhi_parse.parse` without its text extracted.

The parser reads ``<p>一、主要举措</p>…`` as one run of prose and finds no headings; the
diagnostic says why and what to call instead (``parse_html``).
"""

from __future__ import annotations

import re
from typing import Final

from ..model import Diagnostic, DiagnosticCode, Severity, Span

__all__ = ["MARKUP_TAGS", "MIN_TAGS", "find_markup"]

MARKUP_TAGS: Final = (
    "p", "div", "br", "span", "font", "table", "tr", "td", "th", "tbody", "li", "ul", "ol",
    "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "a", "img", "section",
    "article", "body", "html", "head", "meta", "script", "style", "center",
)  # fmt: skip
"""Tags that mark a text as an unextracted web page."""

MIN_TAGS: Final = 3
"""Tags needed before the text is said to hold markup (one ``<b>`` may be quoted prose)."""

_TAG: Final = re.compile(
    rf"</?(?:{'|'.join(sorted(MARKUP_TAGS, key=len, reverse=True))})(?:\s[^<>]{{0,300}})?/?>",
    re.IGNORECASE,
)


def find_markup(text: str) -> tuple[Diagnostic, ...]:
    """A warning when ``text`` holds at least :data:`MIN_TAGS` HTML tags, spanning the
    first one and saying how many there are.

    >>> [d.message for d in find_markup("<p>一、主要举措</p><p>（一）学法</p>")]
    ['the text holds HTML markup (4 tags, the first <p>): extract its text with parse_html()']
    """
    if "<" not in text:
        return ()
    first = _TAG.search(text)
    if first is None:
        return ()
    count = sum(1 for _ in _TAG.finditer(text, first.start()))
    if count < MIN_TAGS:
        return ()
    return (
        Diagnostic(
            code=DiagnosticCode.MARKUP,
            severity=Severity.WARNING,
            message=f"the text holds HTML markup ({count} tags, the first {first.group()[:40]}): "
            "extract its text with parse_html()",
            span=Span(first.start(), first.end()),
        ),
    )
