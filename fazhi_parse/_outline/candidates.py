"""Heading candidates: numbered lines, and markers inside lines whose line breaks were lost.

A candidate is a marker of a heading scheme at the start of a body line (or, with a short
title, alone on its line with the title on the next), or — in text whose line breaks were
lost — inside a long line, when the markers there count 1, 2 (evidence of real numbering).
False candidates are rejected and counted per rule: closing punctuation or nothing after the
marker, a marker inside quotes or brackets, a number or a word before it (统一、).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from typing import Final

import attrs

from .._page.state import Layout
from .._text.lazy import regex_pattern
from .._text.masks import bracketed, inside, quoted
from .._text.normalize import NormalizedText, Range
from ..schemes import Marker, Role, SchemeSet

__all__ = ["Candidate", "body_lines", "find_candidates"]

TITLE_NEXT_LINE_MAX: Final = 40
"""A marker alone on its line takes the next line as its title if it is at most this long."""

NUMERAL_LIST: Final = r"[一二三四五六七八九十两]+(?:[、至到和及或]|个?季度|个?月份?|年级)"
"""What follows 一、 when it counts things (一、二季度, 一、二、三产业, 一至三月): no heading."""

REJECT_AFTER_MARKER: Final = r"\s*(?:[%.,、:;)\]》”’」]|$)"
"""What may not follow a heading marker: closing punctuation, or nothing at all.

(Digits after Arabic markers — decimals, dates — are excluded by the schemes' own patterns.)
"""

RUNON_MIN_LINE: Final = 60
"""A line this long may hide headings whose line breaks were lost."""

RUNON_MAX_HEADING_LINES: Final = 2
"""With at most this many line-start headings, long lines are searched for headings."""

RUNON_LONG_LINE: Final = 1500
"""A line this long is searched for top-level markers whatever the rest of the document."""

WORD_BEFORE_NUMERAL: Final = frozenset("统唯同单万逐之专划归合不其均整初周星期")
"""Characters that make a word with a following Chinese numeral (统一、 唯一、 之一、): a
marker inside a line after one of these is prose, not a heading."""

LOST_BREAK_BEFORE: Final = re.compile(r"(?:[^\x00-\x7f\s]|[:;,!?)\]])(?:[ \t]+|\?{2,4})$")
"""What stands before a marker whose line break was lost and became spaces: a Chinese
character or sign (full-width signs are folded to ASCII ``: ; , ! ? ) ]`` in the normalized
text), then spaces (…报告如下： 一、…, …工作。 （二）…) or the question marks an encoder wrote
for the ideographic spaces of the lost line's indentation (…保障。??一、…)."""

INDENT: Final = re.compile(r"[ \t]*(?:\?{1,4}[ \t]*)?(?=[^?\s])")
"""A line's indentation: spaces, and up to four ``?`` that stand for the ideographic spaces
(``\u3000\u3000``) an encoder could not write."""

SENTENCE_END: Final = "。!?"
"""Sentence ends (normalized)."""
OPENING_BEFORE: Final = "。:!?;"
"""What stands before the first heading of a page that lost its line breaks (normalized:
…如下：一、, …成效。一、)."""
GLUED_TITLE_MAX: Final = 40
"""A heading title glued to the next level's first marker is at most this long."""


@attrs.define(kw_only=True, eq=False)
class Candidate:
    marker: Marker
    line_start: int
    line_end: int
    inline: bool
    """Found inside a line whose breaks were lost: not at its start, nor right after spaces
    that stand for a lost break."""


def body_lines(view: NormalizedText, layout: Layout) -> list[Range]:
    # Layout.is_chrome for each line, by bisection: chrome sorted by start, and the
    # furthest end among the chrome that starts before each point (linear, not lines x chrome)
    chrome = sorted((c.start, c.end) for c in layout.chrome)
    starts = [c[0] for c in chrome]
    reach = list(itertools.accumulate((c[1] for c in chrome), max))
    lines = []
    for start, end in view.lines():
        if end <= layout.body_start or start >= layout.body_end:
            continue
        start, end = max(start, layout.body_start), min(end, layout.body_end)
        if end <= start:
            continue
        k = bisect.bisect_left(starts, end)  # chrome starting before the line ends
        if k and reach[k - 1] > start:
            continue
        lines.append((start, end))
    return lines


def _skip_indent(text: str, start: int, end: int) -> int:
    """Where a line's text begins after its indentation: spaces, or the question marks that
    an encoder wrote for ideographic spaces it could not encode (??一、…, mojibake)."""
    m = INDENT.match(text, start, end)
    return start if m is None else m.end()


def _line_candidates(
    view: NormalizedText, lines: list[Range], schemes: SchemeSet, rejected: Counter[str]
) -> list[Candidate]:
    text = view.text
    found = []
    skip = -1
    for i, (start, end) in enumerate(lines):
        if i <= skip:
            continue
        marker = schemes.match_heading(text, _skip_indent(text, start, end), end)
        if marker is None or marker.ordinal is None:
            continue
        nxt_i = i + 1
        while nxt_i < len(lines) and not text[lines[nxt_i][0] : lines[nxt_i][1]].strip():
            nxt_i += 1
        if not text[marker.end : end].strip() and nxt_i < len(lines):
            # a marker alone on its line: the title is the next non-blank line, if it is short
            nxt_start, nxt_end = lines[nxt_i]
            title = text[nxt_start:nxt_end].strip()
            nxt = _skip_indent(text, nxt_start, nxt_end)
            if 0 < len(title) <= TITLE_NEXT_LINE_MAX and not schemes.match_heading(
                text, nxt, nxt_end
            ):
                found.append(
                    Candidate(marker=marker, line_start=start, line_end=nxt_end, inline=False)
                )
                skip = nxt_i
                continue
        if (rule := _after_marker(text, marker, end)) is not None:
            rejected[rule] += 1
            continue
        found.append(Candidate(marker=marker, line_start=start, line_end=end, inline=False))
    return found


def _after_marker(text: str, marker: Marker, end: int) -> str | None:
    """The rule that rejects a marker for what follows it in its line (closing punctuation
    or nothing; a list of numerals, 一、二季度), or None."""
    if regex_pattern(REJECT_AFTER_MARKER).match(text, marker.end, end):
        return "number or punctuation after marker"
    if regex_pattern(NUMERAL_LIST).match(text, marker.end, end):
        return "a list of numerals, not a heading"
    return None


def _inline_candidates(
    view: NormalizedText, line: Range, schemes: SchemeSet, rejected: Counter[str]
) -> list[Candidate]:
    text = view.text
    start, end = line
    masks = quoted(text, start, end)
    parens = bracketed(text, start, end)
    found = []
    first = _skip_indent(text, start, end)  # a marker opening the line is a line candidate
    for marker in schemes.find_headings(text, start, end):
        if marker.start == first or marker.ordinal is None:
            continue
        if inside(masks, marker.start):
            rejected["marker inside quotes"] += 1
            continue
        # a parenthesised marker is itself a bracket; others may not sit inside brackets
        if not text.startswith("(", marker.start) and inside(parens, marker.start):
            rejected["marker inside brackets"] += 1
            continue
        if (rule := _after_marker(text, marker, end)) is not None:
            rejected[rule] += 1
            continue
        prev = text[marker.start - 1]
        if (
            prev.isdigit()
            or prev == "第"
            or (prev == "." and _number_before(text, marker.start - 1))
        ):
            rejected["number before marker"] += 1
            continue
        if prev in WORD_BEFORE_NUMERAL and text[marker.start] != "(":
            rejected["numeral inside a word"] += 1
            continue
        # spaces after a Chinese character stand where a line break was lost: such a marker
        # opens its line as much as one after a real line break does
        at_break = LOST_BREAK_BEFORE.search(text, max(start, marker.start - 8), marker.start)
        found.append(
            Candidate(
                marker=marker,
                line_start=start,
                line_end=end,
                inline=at_break is None,
            )
        )
    return found


def _number_before(text: str, dot: int) -> bool:
    """Is the ``.`` at ``dot`` part of a number (3.(2), 2.1.) rather than a sentence's end
    written as an ASCII full stop (…达100%.(二)…)?"""
    return dot > 0 and (text[dot - 1].isdigit() or text[dot - 1] == ".")


def _sequenced(cands: list[Candidate]) -> bool:
    """Do these candidates contain a scheme counting 1, 2 (evidence of real numbering)?"""
    seen: dict[str, set[int]] = {}
    for c in cands:
        seen.setdefault(c.marker.scheme.name, set()).add(c.marker.ordinal or 0)
    return any({1, 2} <= ords for ords in seen.values())


def _accepted_inline(
    text: str, found: list[Candidate], at_start: list[Candidate]
) -> list[Candidate]:
    """The markers of one long line that are headings.

    Markers right after spaces that stand for lost line breaks open lines: they are headings.
    Where such spaces precede every heading-only marker (一、 （一）) of the line, the spaces
    mark the breaks and any other marker is inside a paragraph (…：①…；②…). Otherwise the
    line's markers are headings when some scheme among them counts 1, 2; with no such count
    and no heading at a line start but this line's own, only the opening headings
    (:func:`_opening`, from this line's own heading if it opens with one).
    """
    at_break = [c for c in found if not c.inline]
    spaced = bool(at_break) and all(
        not c.inline for c in found if c.marker.scheme.role is Role.HEADING
    )
    if spaced:
        return at_break
    if _sequenced(found) or (found and _sequenced(found + at_start)):
        return found
    opening = [c for c in at_start if c.line_start <= found[0].marker.start < c.line_end]
    if at_break or len(at_start) > len(opening):
        return at_break
    return [c for c in _opening(text, opening + found) if c not in opening]


def _opening(text: str, found: list[Candidate]) -> list[Candidate]:
    """The first headings of a page that lost every line break and is cut before a second
    heading of any level: the first marker (ordinal one) of each level, level by level —
    the top one, of a heading-only scheme (一、), right after a sentence end or the colon of
    报告如下：; each level below it glued to the title before it (…一、主要举措和成效（一）加强组织
    领导。…) or opening a sentence (…取得新成效。（一）以总目标为统领…), an item scheme (1.)
    only the latter and only below a heading-only level."""
    out: list[Candidate] = []
    for c in found:
        m = c.marker
        if m.ordinal != 1 or any(o.marker.scheme is m.scheme for o in out):
            continue
        heading_only = m.scheme.role is Role.HEADING
        after_sentence = text[m.start - 1] in SENTENCE_END
        if not out:
            if heading_only and text[m.start - 1] in OPENING_BEFORE:
                out.append(c)
            continue
        between = text[out[-1].marker.end : m.start]
        glued = len(between) <= GLUED_TITLE_MAX and not any(ch in between for ch in SENTENCE_END)
        above_is_heading = out[-1].marker.scheme.role is Role.HEADING
        if ((heading_only or above_is_heading) and glued) or (after_sentence and above_is_heading):
            out.append(c)
    return out


def find_candidates(
    view: NormalizedText, lines: list[Range], schemes: SchemeSet, rejected: Counter[str]
) -> tuple[list[Candidate], bool]:
    at_start = _line_candidates(view, lines, schemes, rejected)
    runon = False
    inline: list[Candidate] = []
    probes = schemes.probes()
    for line in lines:
        length = line[1] - line[0]
        if length < RUNON_MIN_LINE:
            continue
        if len(at_start) > RUNON_MAX_HEADING_LINES and length < RUNON_LONG_LINE:
            continue
        stretch = view.text[line[0] : line[1]]
        if not any(p in stretch for p in probes):
            continue
        found = _inline_candidates(view, line, schemes, rejected)
        if len(at_start) > RUNON_MAX_HEADING_LINES:
            # a document with real headings: only top-level markers may hide in a long line
            top = min((c.marker.scheme.rank for c in at_start), default=0)
            found = [c for c in found if c.marker.scheme.rank <= top]
        accepted = _accepted_inline(view.text, found, at_start) if found else []
        if accepted:
            inline.extend(accepted)
            runon = True
    cands = sorted(at_start + inline, key=lambda c: c.marker.start)
    return cands, runon
