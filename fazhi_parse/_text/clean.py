"""Titles and names as users read them: spaces next to CJK removed, ends trimmed.

Three readers: :func:`clean_line` for a line of the page (a report title, an issuer, a cited
document's title); :func:`clean_title` for a heading or item title found by the outline
(whose ends may still carry the punctuation that closed it), in the normalized view's
spelling (the key titles are matched on); and :func:`reading_title`, the same title with
the source's own punctuation (``深化改革，优化服务``, not ``深化改革,优化服务``).
"""

from __future__ import annotations

import re
from typing import Final

from .normalize import NormalizedText, Range

__all__ = [
    "KEPT_AS_PRINTED",
    "SPACE_BY_CJK",
    "TITLE_TRIM",
    "clean_line",
    "clean_title",
    "reading_title",
]

TITLE_TRIM: Final = " :;,、：；，。\t"
"""Characters cut from the ends of heading and item titles (normalized text)."""

SPACE_BY_CJK: Final = re.compile(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])")
"""White space next to a Chinese character or sign: a line break or layout, not a word gap
(``2023 年 工作`` reads ``2023年工作``; ``Copyright 2023`` keeps its space)."""
_TRIM: Final = TITLE_TRIM + "\n"
_ANY_SPACE: Final = re.compile(r"\s")


def _without_inner_space(text: str) -> str:
    """``text`` without :data:`SPACE_BY_CJK` (most titles have no space: one search)."""
    if _ANY_SPACE.search(text) is None:
        return text
    return SPACE_BY_CJK.sub("", text)


def clean_line(text: str) -> str:
    """A title or name as users read it: spaces next to CJK and line breaks removed."""
    return _without_inner_space(text.strip())


KEPT_AS_PRINTED: Final = frozenset(
    chr(c)
    for lo, hi in ((0xFF01, 0xFF0F), (0xFF1A, 0xFF20), (0xFF3B, 0xFF40), (0xFF5B, 0xFF5E))
    for c in range(lo, hi + 1)
)
"""Full-width punctuation (，：；（）！？…): a reading title keeps it as the source prints it,
where the normalized view folds it to ASCII. Full-width digits and letters (２０２３) are
still read as ASCII, and Traditional characters as Simplified."""

_KEPT: Final = re.compile("[" + "".join(sorted(KEPT_AS_PRINTED)) + "]")


def reading_title(view: NormalizedText, rng: Range) -> str:
    """:func:`clean_title` with the source's own punctuation: the same characters, in the
    same places, except that full-width punctuation (:data:`KEPT_AS_PRINTED`) stays as
    printed. Simplified, glosses and zero-width characters left out, as in the view; the
    spaces removed are those :func:`clean_title` removes, so folding the result gives it."""
    start, end, folded = _trimmed(view.text, rng)
    if not folded:
        return folded
    src_start, src_end = view.source_range(start, end)
    if _KEPT.search(view.source, src_start, src_end) is None:
        return _without_inner_space(folded)  # the usual title: no punctuation to put back
    printed = view.source[src_start:src_end]
    kept = list(_KEPT.finditer(printed))
    chars = list(folded)
    aligned = src_end - src_start == end - start  # nothing deleted inside the title
    for m in kept:
        if aligned:
            i = m.start()
        else:  # skip punctuation the view deleted (the parentheses of a gloss, 發（fā）)
            j = src_start + m.start()
            i = view.to_text(j)
            if i >= end or view.to_source(i) != j:
                continue
            i -= start
        chars[i] = m.group()
    if _ANY_SPACE.search(folded) is not None:
        dropped = {i for m in SPACE_BY_CJK.finditer(folded) for i in range(m.start(), m.end())}
        chars = [c for i, c in enumerate(chars) if i not in dropped]
    return "".join(chars)


def _trimmed(text: str, rng: Range) -> tuple[int, int, str]:
    """``rng`` without the :data:`TITLE_TRIM` characters (and line breaks) at its ends, and
    the text it then holds."""
    start, end = rng
    piece = text[start:end]
    kept = piece.lstrip(_TRIM)
    start += len(piece) - len(kept)
    kept = kept.rstrip(_TRIM)
    return start, start + len(kept), kept


def clean_title(view: NormalizedText, rng: Range) -> str:
    """A title as users read it: normalized, spaces next to CJK removed, end punctuation cut."""
    return _without_inner_space(view.text[rng[0] : rng[1]].strip(_TRIM))
