"""Titles and names as users read them: spaces next to CJK removed, ends trimmed.

Two readers, for two kinds of input: :func:`clean_line` for a line of the page (a report
title, an issuer, a cited document's title) and :func:`clean_title` for a heading or item
title found by the outline (whose ends may still carry the punctuation that closed it).
"""

from __future__ import annotations

import re
from typing import Final

import regex

from .normalize import NormalizedText, Range

__all__ = ["TITLE_TRIM", "clean_line", "clean_title"]

TITLE_TRIM: Final = " :;,、：；，。\t"
"""Characters cut from the ends of heading and item titles (normalized text)."""

_SPACE_CJK: Final = re.compile(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])")
_INNER_SPACE: Final = regex.compile(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])")
_TRIM: Final = TITLE_TRIM + "\n"
_ANY_SPACE: Final = re.compile(r"\s")
r"""A quick check before the ``regex`` substitution; stdlib ``\s`` matches every character
that ``regex``'s does (and U+001C–U+001F besides)."""


def clean_line(text: str) -> str:
    """A title or name as users read it: spaces next to CJK and line breaks removed."""
    text = text.strip()
    return _SPACE_CJK.sub("", text) if " " in text or "\n" in text or "\t" in text else text


def clean_title(view: NormalizedText, rng: Range) -> str:
    """A title as users read it: normalized, spaces next to CJK removed, end punctuation cut."""
    text = view.text[rng[0] : rng[1]].strip(_TRIM)
    if _ANY_SPACE.search(text) is None:  # the usual title: nothing to remove
        return text
    return _INNER_SPACE.sub("", text)
