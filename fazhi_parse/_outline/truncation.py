"""Pages cut short: where the text ends inside a sentence, and what was cut there.

Scraped reports are often cut: a page that shows only an opening, a copy that stops at a
size limit. Such a text ends in the middle of a sentence, with no closing formula, signature
or page footer after it. A heading or item whose title runs into that end is cut too: it is
kept only when enough of its title is there to tell it by (a stub such as ``（三）健全机`` or
``三是`` is not a node), and either way a ``truncated`` diagnostic says where the text ends.
"""

from __future__ import annotations

from typing import Final

from .._page.state import Layout
from .._text.normalize import NormalizedText
from ..model import Diagnostic, DiagnosticCode, Severity

__all__ = ["HEADING_CUT_MIN", "ITEM_CUT_MIN", "cut_at", "cut_diagnostic", "title_chars"]

ENDS_OF_TEXT: Final = "。!?;…”’」』)》"
"""What a text that is not cut ends with (normalized: ！？；） are folded to ASCII)."""
HEADING_CUT_MIN: Final = 8
"""Title characters a heading cut by the end of the text needs to be kept (a heading's title
is told apart by its first clause, rarely shorter)."""
ITEM_CUT_MIN: Final = 6
"""Title characters an item cut by the end of the text needs to be kept (一是班子示范讲…)."""
_NOT_COUNTED: Final = frozenset(" \t\n,.;:!?、。“”‘’《》()[]")


def cut_at(view: NormalizedText, layout: Layout) -> int | None:
    """Where the text was cut (normalized offset), or None when it ends as a report does.

    A text is cut when its body runs to the end of the text (no closing formula, signature or
    page footer after it) and stops inside a sentence, in the middle of its last line (a text
    whose last line ends with a line break ends where its writer stopped).
    """
    text = view.text
    end = len(text.rstrip())
    if "\n" in text[end:] or layout.closing is not None or layout.signature is not None:
        return None
    if layout.body_end < end or layout.body_end <= layout.body_start:
        return None
    return None if text[end - 1] in ENDS_OF_TEXT else end


def title_chars(text: str, start: int, end: int) -> int:
    """Characters of ``text[start:end]`` that tell a title apart (punctuation not counted)."""
    return sum(1 for c in text[start:end] if c not in _NOT_COUNTED)


def cut_diagnostic(view: NormalizedText, start: int, end: int, what: str, kept: bool) -> Diagnostic:
    """A ``truncated`` diagnostic for a heading or item that the end of the text cuts."""
    fate = "kept" if kept else "not read as one"
    return Diagnostic(
        code=DiagnosticCode.TRUNCATED,
        severity=Severity.WARNING,
        message=f"the text ends inside this {what} ({fate}): the page seems cut short",
        span=view.span(start, end),
    )
