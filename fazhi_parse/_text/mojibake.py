"""Mojibake: text that was decoded with the wrong codec somewhere on its way to us.

Scraped reports show three tell-tales, declared below as data:

- replacement characters (U+FFFD) and runs of ``?`` wedged between Chinese characters —
  what an encoder writes for characters it could not encode (``法治??茝V?,F將``);
- UTF-8 bytes read as GBK, which produces rare characters in tell-tale pairs
  (``銆`` for 。, ``锛`` for ，, ``鐨`` for 的);
- GBK bytes read as Latin-1 (``ÕþÎñ``): accented Latin letters between Chinese text.

Nothing is repaired (the right reading is usually lost); a warning with a span says where.

>>> [d.message for d in find_mojibake("東莞??茝V?,F將")]
['text looks mis-decoded here (question marks inside Chinese text)']
"""

from __future__ import annotations

from typing import Final

from ..model import Diagnostic, DiagnosticCode, Severity, Span
from .lazy import regex_pattern

__all__ = ["find_mojibake"]

GBK_TELLTALES: Final = "銆锛鐨鍦鏈鎴浠涓嶅绛鑰璇闂宸"
"""Rare characters that UTF-8 bytes read as GBK produce (銆 for 。, 锛 for ，, 鐨 for 的)."""

MOJIBAKE_RULES: Final[tuple[tuple[str, str], ...]] = (
    ("replacement characters", r"\ufffd+"),
    ("question marks inside Chinese text", r"(?<=\p{Han}[^\n?]{0,2})\?{1,8}(?=[^\n?]{0,2}\p{Han})"),
    ("UTF-8 read as GBK", f"[{GBK_TELLTALES}]{{2,}}"),
    ("GBK read as Latin-1", r"[\u00a1-\u00fe]{6,}"),
)
"""Named patterns (:mod:`regex`), matched against the source as it is (not the normalized view)."""

_NEEDS: Final = {"UTF-8 read as GBK": GBK_TELLTALES}
"""Characters one of which every match of a rule holds: a rule is skipped, without a scan of
the whole text by its character class, when none is there (``in`` is ten times faster)."""
_MAX_REPORTED: Final = 5
"""Diagnostics per rule; the message of the last one says how many more there were."""


def find_mojibake(source: str) -> list[Diagnostic]:
    """Warnings, with spans, for stretches of ``source`` that look mis-decoded."""
    found: list[Diagnostic] = []
    for name, pattern in MOJIBAKE_RULES:
        needs = _NEEDS.get(name)
        if needs is not None and not any(c in source for c in needs):
            continue
        spans = [m.span() for m in regex_pattern(pattern).finditer(source)]
        # merge hits that are close together into one place
        merged: list[tuple[int, int]] = []
        for start, end in spans:
            if merged and start - merged[-1][1] <= 8:
                merged[-1] = (merged[-1][0], end)
            else:
                merged.append((start, end))
        for i, (start, end) in enumerate(merged[:_MAX_REPORTED]):
            more = len(merged) - _MAX_REPORTED
            extra = f" ({more} more places)" if more > 0 and i == _MAX_REPORTED - 1 else ""
            found.append(
                Diagnostic(
                    code=DiagnosticCode.MOJIBAKE,
                    severity=Severity.WARNING,
                    message=f"text looks mis-decoded here ({name}){extra}",
                    span=Span(start, end),
                )
            )
    return found
