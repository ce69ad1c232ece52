"""A normalized view of the source text, with an offset map back to it.

The source is never changed. :func:`normalize` returns a :class:`NormalizedText` whose
``text`` is what every later stage reads, and whose :meth:`~NormalizedText.to_source` maps
any offset in it back to the original string. The view:

- drops the ``\\r`` of CRLF, zero-width characters, soft hyphens and pinyin glosses left by
  bad converters (``現(xiàn)`` → ``現``, also with full-width parentheses);
- folds width: full-width ASCII (``１２３``, ``（）``, ``，``, ``：``, ``．``) becomes ASCII,
  NBSP, U+3000 and other spaces become ``" "``, lone ``\\r`` and line/paragraph separators
  become ``"\\n"``, other control characters and lone surrogates become ``" "``;
- converts Traditional to Simplified (:mod:`fazhi_parse._text.t2s`, length-preserving).

Only deletions move offsets, so the map is a short list of breakpoints, not a per-character
array.

>>> view = normalize("現(xiàn)將\\r\\n一、主要舉措")
>>> view.text
'现将\\n一、主要举措'
>>> view.to_source(3), view.source[view.to_source(3)]
(10, '一')
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from typing import Final

import attrs

from ..model import Diagnostic, DiagnosticCode, Severity, Span
from .lazy import regex_pattern
from .t2s import simplify

__all__ = ["NormalizedText", "Range", "normalize"]

Range = tuple[int, int]
"""A half-open ``(start, end)`` range of normalized text."""

# --- rules as data -------------------------------------------------------------------------

_TONED: Final = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN: Final = "a-zü" + _TONED

_INVISIBLE: Final = "\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u202a-\u202e\u2066-\u2069"

DELETIONS: Final[dict[str, str]] = {
    "crlf": r"\r(?=\n)",
    "invisible": f"[{_INVISIBLE}]+",
    # 現(xiàn): a toned pinyin syllable in parentheses, kept only after a Han character
    # (GLOSS_AFTER); the lookahead is bounded by the syllable's own length limit
    "gloss": rf"[(（](?=[{_PINYIN}]{{0,6}}[{_TONED}])[{_PINYIN}]{{1,7}}[)）]",
}
"""Pieces of the source that the normalized view leaves out, by name."""

DELETION_SIGNS: Final[dict[str, str]] = {"crlf": "\r", "invisible": _INVISIBLE, "gloss": _TONED}
"""Characters (a class body) without which a deletion cannot occur, by name: the deletion
pattern runs only on text that has one."""

GLOSS_AFTER: Final = r"\p{Han}"
"""What must stand just before a gloss (a :mod:`regex` pattern)."""


def _width_table() -> dict[int, str]:
    table: dict[int, str] = {c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
    for c in (0x00A0, 0x1680, 0x202F, 0x205F, 0x3000, *range(0x2000, 0x200B)):
        table[c] = " "
    table.update({0x09: " ", 0x0B: "\n", 0x0C: "\n", 0x0D: "\n", 0x85: "\n"})
    table.update(
        {0x2028: "\n", 0x2029: "\n", 0xFF61: "。", 0xFF64: "、", 0xFF62: "「", 0xFF63: "」"}
    )
    table.update({0x2215: "/", 0x2236: ":", 0xFE50: ",", 0xFE51: "、", 0xFE52: "."})
    for c in (*range(0x09), *range(0x0E, 0x20), 0x7F, *range(0x80, 0x85), *range(0x86, 0xA0)):
        table[c] = " "
    return table


WIDTH_TABLE: Final[dict[int, str]] = _width_table()
"""``str.translate`` table: width folding, spaces, line separators, control characters."""

_SURROGATES: Final = "\ud800-\udfff"
_SURROGATE_RE: Final = re.compile(f"[{_SURROGATES}]")
# Every character normalization acts on; stdlib ``re`` scans a class of BMP characters as
# a bitmap, faster than ``regex``.
_PROBE_RE: Final = re.compile(
    "["
    + "".join(re.escape(chr(c)) for c in sorted(WIDTH_TABLE))
    + _SURROGATES
    + "".join(DELETION_SIGNS.values())
    + "]"
)
_SIGN_RES: Final = {name: re.compile(f"[{signs}]") for name, signs in DELETION_SIGNS.items()}
_PROBE_CHUNK: Final = 1 << 16
"""Characters probed at a time (bounds the list of matches for very long inputs)."""


def _distinct_specials(source: str) -> set[str]:
    """The distinct characters of ``source`` that normalization may act on."""
    found: set[str] = set()
    for pos in range(0, len(source), _PROBE_CHUNK):
        found.update(_PROBE_RE.findall(source, pos, pos + _PROBE_CHUNK))
    return found


@functools.lru_cache(maxsize=4096)
def _is_han(char: str) -> bool:
    return regex_pattern(GLOSS_AFTER).match(char) is not None


@functools.cache
def _deletion_re(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<{name}>{DELETIONS[name]})" for name in names))


# --- the view ------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class NormalizedText:
    """The normalized text of ``source`` and the map from its offsets to ``source``'s."""

    source: str
    """The original string."""
    text: str
    """The normalized string every later stage reads."""
    cuts: tuple[int, ...] = ()
    """Offsets in ``text`` at which a deletion happened just before (ascending)."""
    shifts: tuple[int, ...] = ()
    """Characters deleted in total before each cut (same length as ``cuts``)."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """What normalization noticed (glosses, Traditional script, control characters)."""

    def to_source(self, i: int) -> int:
        """Map an offset of ``text`` (0 … len(text)) to the offset in ``source``."""
        if not self.cuts:
            return i
        k = bisect.bisect_right(self.cuts, i)
        return i + (self.shifts[k - 1] if k else 0)

    def span(self, start: int, end: int) -> Span:
        """Map a half-open range of ``text`` to a :class:`Span` of ``source``.

        The start maps to its character; the end maps to one past the last character, so
        a deletion right after the range (a gloss, a ``\\r``) stays outside it. An empty
        range maps to the point just after the character before it.
        """
        if end > start and not self.cuts:  # the usual case, mapped as is (Span validates)
            return Span(start, end)
        return Span(*self.source_range(start, end))

    def source_range(self, start: int, end: int) -> tuple[int, int]:
        """:meth:`span` as a plain ``(start, end)`` pair, for offsets that need no Span."""
        if not self.cuts:  # nothing deleted: offsets are the source's
            if end > start:
                s, e = start, end
            else:
                s = e = max(start, 0)
        elif end <= start:
            # an empty range stays next to what precedes it, before any deletion
            s = e = self.to_source(start - 1) + 1 if start > 0 else self.to_source(0)
        else:  # both ends shift alike unless a deletion falls inside (one bisection)
            cuts = self.cuts
            k = bisect.bisect_right(cuts, start)
            shift = self.shifts[k - 1] if k else 0
            s = start + shift
            e = self.to_source(end - 1) + 1 if k < len(cuts) and cuts[k] < end else end + shift
        if not 0 <= s <= e:
            raise ValueError(f"invalid span [{s}, {e})")
        return s, e

    def source_text(self, start: int, end: int) -> str:
        """The raw source text behind ``text[start:end]``."""
        s, e = self.source_range(start, end)
        return self.source[s:e]

    def to_text(self, j: int) -> int:
        """Map an offset of ``source`` to the nearest offset of ``text`` at or after it."""
        lo, hi = 0, len(self.text)
        if not self.cuts:
            return max(lo, min(j, hi))
        while lo < hi:
            mid = (lo + hi) // 2
            if self.to_source(mid) < j:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def lines(self) -> Iterator[tuple[int, int]]:
        """``(start, end)`` of every line of ``text``, without its ``\\n``."""
        text = self.text
        start = 0
        while True:
            end = text.find("\n", start)
            if end < 0:
                yield start, len(text)
                return
            yield start, end
            start = end + 1


def normalize(source: str) -> NormalizedText:
    """Build the normalized view of ``source`` (see the module docstring for what it does)."""
    diagnostics: list[Diagnostic] = []
    pieces: list[str] = []
    cuts: list[int] = []
    shifts: list[int] = []
    kept = deleted = glosses = 0
    done = 0
    first_gloss: int | None = None
    specials = _distinct_specials(source)
    probe = "".join(specials)
    names = tuple(name for name, sign in _SIGN_RES.items() if sign.search(probe))
    for m in _deletion_re(names).finditer(source) if names else ():
        start, end = m.span()
        if m.lastgroup == "gloss":
            if not (start and _is_han(source[start - 1])):
                continue
            glosses += 1
            if first_gloss is None:
                first_gloss = start
        pieces.append(source[done:start])
        kept += start - done
        deleted += end - start
        cuts.append(kept)
        shifts.append(deleted)
        done = end
    pieces.append(source[done:])
    text = "".join(pieces) if cuts else source

    if glosses:
        assert first_gloss is not None
        diagnostics.append(
            Diagnostic(
                code=DiagnosticCode.GLOSS_REMOVED,
                severity=Severity.INFO,
                message=f"ignored {glosses} pinyin gloss(es) such as 現(xiàn)",
                span=Span(first_gloss, first_gloss),
            )
        )
    # deletions never delete a surrogate nor add a character, so ``specials`` still holds
    # every surrogate and width character of ``text`` (and perhaps a few it no longer has)
    if _SURROGATE_RE.search(probe):
        count = len(_SURROGATE_RE.findall(text))
        text = _SURROGATE_RE.sub("\ufffd", text)
        diagnostics.append(
            Diagnostic(
                code=DiagnosticCode.CONTROL_CHARACTERS,
                severity=Severity.WARNING,
                message=f"read {count} lone surrogate(s) as U+FFFD",
            )
        )
    for char in specials:
        folded = WIDTH_TABLE.get(ord(char))
        if folded is not None:
            text = text.replace(char, folded)
    text, changed = simplify(text)
    if changed:
        diagnostics.append(
            Diagnostic(
                code=DiagnosticCode.TRADITIONAL,
                severity=Severity.INFO,
                message=f"read {changed} Traditional character(s) as Simplified",
            )
        )
    return NormalizedText(
        source=source,
        text=text,
        cuts=tuple(cuts),
        shifts=tuple(shifts),
        diagnostics=tuple(diagnostics),
    )
