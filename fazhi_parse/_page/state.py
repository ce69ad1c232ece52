"""Where the parts of a page are: chrome, title, body, closing and signature.

The page stage (:func:`~fazhi_parse._page.layout.find_layout`) produces a :class:`Layout`
from the normalized text; the outline reads only the body lines that no chrome covers.
All offsets are in normalized coordinates.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from .._text.normalize import Range
from ..model import ChromeKind, Diagnostic

__all__ = ["ChromeRange", "Layout"]


@attrs.frozen(kw_only=True)
class ChromeRange:
    """A stretch of page chrome in normalized coordinates."""

    kind: ChromeKind
    start: int
    end: int


@attrs.frozen(kw_only=True)
class Layout:
    """The page's regions, in normalized coordinates."""

    chrome: tuple[ChromeRange, ...] = ()
    """Chrome anywhere on the page, sorted and non-overlapping."""
    title: Range | None = None
    """The report title (one or two lines), if found."""
    body_start: int = 0
    """Where the preamble begins (after leading chrome and the title)."""
    body_end: int = 0
    """Where the closing formula, signature or trailing chrome begins."""
    closing: Range | None = None
    """以上情况，特此报告。 and similar formulae after the last section."""
    signature: Range | None = None
    """Issuing body and date at the end."""
    meta: Mapping[str, str] = attrs.field(factory=dict)
    """Parsed metadata block, canonical field name → raw value."""
    meta_ranges: Mapping[str, Range] = attrs.field(factory=dict)
    """Where each ``meta`` value is in the text."""
    diagnostics: tuple[Diagnostic, ...] = ()

    def is_chrome(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps any chrome range."""
        return any(c.start < end and start < c.end for c in self.chrome)
