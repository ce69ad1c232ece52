"""Outline inference: which numbered lines are headings, and how they nest.

Levels come from the document, not from a fixed order. The builder walks the heading
candidates in order and keeps a stack of open numbering *runs* (one per depth). A marker

- whose scheme is open on the stack continues that run (a sibling; a skipped number is a
  ``gap``, a backwards one ``out_of_order``);
- whose scheme is not open starts a new run one level below the deepest open section —
  unless it continues a run that was closed by a new parent (``1. 2.`` | ``（二）`` | ``3.``,
  a ``continued`` run);
- that restarts an open run at one (``（一）`` after ``（四）``) either nests one level down
  (when it directly follows a heading of another scheme) or, after unnumbered text, opens an
  *implicit section* beside the restarted run's parent (a ``restart``).

Headings on their own line and inline headings (``（一）标题。正文…``) are both read; in text
whose line breaks were lost, markers inside the long lines are read too. False headings
(breadcrumb lists, decimals, dates, markers in quotes or brackets) are rejected and counted
per rule.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from typing import Final

import attrs
import regex

from .._page.state import Layout
from .._text.clean import TITLE_TRIM
from .._text.masks import bracketed, inside, quoted
from .._text.normalize import NormalizedText, Range
from ..model import Diagnostic, DiagnosticCode, Severity
from ..schemes import Marker, Scheme, SchemeSet
from .state import OutlineNode, Tree

__all__ = ["build_outline"]

# --- rules as data -------------------------------------------------------------------------

TITLE_END: Final = "。!?！？"
"""Characters that end an inline heading's title."""
TITLE_NEXT_LINE_MAX: Final = 40
"""A marker alone on its line takes the next line as its title if it is at most this long."""
TITLE_MAX: Final = 50
"""An inline heading's title longer than this is cut at its first clause."""
RUNON_TITLE_CLAUSES: Final = 2
"""Clauses kept of an over-long title read from a line whose break was lost."""
TITLE_SOFT_END: Final = ",;:"
"""Clause ends (normalized) where an over-long inline title is cut."""

REJECT_AFTER_MARKER: Final = regex.compile(r"\s*(?:[%.,、:;)\]》”’」]|$)")
"""What may not follow a heading marker: closing punctuation, or nothing at all.

(Digits after Arabic markers — decimals, dates — are excluded by the schemes' own patterns.)
"""

MAX_DEPTH: Final = 10
"""Sections nest at most this deep; deeper markers are rejected (and counted). Real reports
use three to five levels; repeated heading blocks that each restart their numbering would
otherwise nest without end (and every tree walk would recurse that deep)."""

RUNON_MIN_LINE: Final = 60
"""A line this long may hide headings whose line breaks were lost."""
RUNON_MAX_HEADING_LINES: Final = 2
"""With at most this many line-start headings, long lines are searched for headings."""
RUNON_LONG_LINE: Final = 1500
"""A line this long is searched for top-level markers whatever the rest of the document."""

RUNON_TITLE_BREAKS: Final = regex.compile(
    r"(?<=\p{Han}|[”》):])(?:(?:19|20)\d\d年(?![度底末初])|截至|今年以来|近年来|一年来|[一1][是、.]|第一,)"
)
"""Where a new paragraph probably begins inside a title whose line break was lost."""
RUNON_TITLE_MIN: Final = 4
"""A title read from a run-on line keeps at least this many characters."""

WORD_BEFORE_NUMERAL: Final = frozenset("统唯同单万逐之第专划归合不其均整初周星期初")
"""Characters that make a word with a following Chinese numeral (统一、 唯一、 之一、): a
marker inside a line after one of these is prose, not a heading."""
ITEM_AFTER_COLON: Final = regex.compile(r":\s*(?:一是|第一,|①|首先,)")
"""A colon that hands over to an enumeration ends a title (…成效：一是…)."""

_TITLE_END_RE: Final = re.compile(f"[{re.escape(TITLE_END)}]")


@attrs.define(kw_only=True, eq=False)
class _Candidate:
    marker: Marker
    line_start: int
    line_end: int
    inline: bool
    """Found inside a line (lost line breaks), not at its start."""


@attrs.define(kw_only=True, eq=False)
class _Run:
    """An open numbering run at one depth of the stack."""

    scheme: Scheme | None
    last: int
    node: OutlineNode


# --- candidates ----------------------------------------------------------------------------


def _body_lines(view: NormalizedText, layout: Layout) -> list[Range]:
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
    while start < end and text[start] in " \t":
        start += 1
    return start


def _line_candidates(
    view: NormalizedText, lines: list[Range], schemes: SchemeSet, rejected: Counter[str]
) -> list[_Candidate]:
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
                    _Candidate(marker=marker, line_start=start, line_end=nxt_end, inline=False)
                )
                skip = nxt_i
                continue
        if REJECT_AFTER_MARKER.match(text, marker.end, end):
            rejected["number or punctuation after marker"] += 1
            continue
        found.append(_Candidate(marker=marker, line_start=start, line_end=end, inline=False))
    return found


def _inline_candidates(
    view: NormalizedText, line: Range, schemes: SchemeSet, rejected: Counter[str]
) -> list[_Candidate]:
    text = view.text
    start, end = line
    masks = quoted(text, start, end)
    parens = bracketed(text, start, end)
    found = []
    for marker in schemes.find_headings(text, start, end):
        if marker.start == start or marker.ordinal is None:
            continue
        if inside(masks, marker.start):
            rejected["marker inside quotes"] += 1
            continue
        # a parenthesised marker is itself a bracket; others may not sit inside brackets
        if not text.startswith("(", marker.start) and inside(parens, marker.start):
            rejected["marker inside brackets"] += 1
            continue
        if REJECT_AFTER_MARKER.match(text, marker.end, end):
            rejected["number or punctuation after marker"] += 1
            continue
        prev = text[marker.start - 1]
        if prev.isdigit() or prev in ".第":
            rejected["number before marker"] += 1
            continue
        if prev in WORD_BEFORE_NUMERAL and text[marker.start] != "(":
            rejected["numeral inside a word"] += 1
            continue
        found.append(_Candidate(marker=marker, line_start=start, line_end=end, inline=True))
    return found


def _sequenced(cands: list[_Candidate]) -> bool:
    """Do these candidates contain a scheme counting 1, 2 (evidence of real numbering)?"""
    seen: dict[str, set[int]] = {}
    for c in cands:
        seen.setdefault(c.marker.scheme.name, set()).add(c.marker.ordinal or 0)
    return any({1, 2} <= ords for ords in seen.values())


def _candidates(
    view: NormalizedText, lines: list[Range], schemes: SchemeSet, rejected: Counter[str]
) -> tuple[list[_Candidate], bool]:
    at_start = _line_candidates(view, lines, schemes, rejected)
    runon = False
    inline: list[_Candidate] = []
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
        if _sequenced(found) or (found and _sequenced(found + at_start)):
            inline.extend(found)
            runon = True
    cands = sorted(at_start + inline, key=lambda c: c.marker.start)
    return cands, runon


# --- titles --------------------------------------------------------------------------------


def _title(text: str, cand: _Candidate, limit: int, runon: bool) -> tuple[Range, int]:
    """The title range after ``cand``'s marker and where the section's own body starts."""
    p = cand.marker.end
    while p < limit and text[p] in " \t\n":
        p += 1
    stop = limit
    body = limit
    colon = ITEM_AFTER_COLON.search(text, p, limit)
    if colon is not None:
        stop = body = colon.start()
    found = _TITLE_END_RE.search(text, p, stop)  # a search, not a loop over the characters
    if found is not None:
        stop = found.start()
        body = stop + 1
    end = stop
    if body < cand.line_end and end - p > TITLE_MAX:
        # an inline heading whose first sentence is long: its title is its first clause, or
        # its first two when the line break after it was lost (headings pair clauses:
        # 强化法治宣传，着力营造良好的法治氛围)
        clauses = RUNON_TITLE_CLAUSES if runon else 1
        for i in range(p + RUNON_TITLE_MIN, min(end, p + TITLE_MAX)):
            if text[i] in TITLE_SOFT_END:
                end = i
                clauses -= 1
                if not clauses:
                    break
    while end > p and text[end - 1] in TITLE_TRIM:
        end -= 1
    return (p, end), body


# --- the builder ---------------------------------------------------------------------------


def _last_paragraph_start(text: str, lo: int, hi: int) -> int | None:
    """Start of the last non-blank line in ``text[lo:hi]`` that begins after ``lo``."""
    j = hi
    while j > lo and text[j - 1] in " \t\n":
        j -= 1
    nl = text.rfind("\n", lo, j)
    if nl < 0:
        return None
    p = nl + 1
    while p < j and text[p] in " \t":
        p += 1
    return p if p < j else None


def build_outline(view: NormalizedText, layout: Layout, schemes: SchemeSet) -> Tree:
    """Infer the section tree of the body described by ``layout``."""
    text = view.text
    tree = Tree(body_start=layout.body_start, body_end=layout.body_end)
    rejected: Counter[str] = Counter()
    lines = _body_lines(view, layout)
    cands, runon = _candidates(view, lines, schemes, rejected)
    diags = tree.diagnostics

    def diag(code: DiagnosticCode, severity: Severity, message: str, at: Range) -> None:
        diags.append(Diagnostic(code=code, severity=severity, message=message, span=view.span(*at)))

    root = OutlineNode(start=layout.body_start, end=layout.body_end, body_start=layout.body_start)
    stack: list[_Run] = []  # stack[d] is the open run at depth d
    closed_last: dict[str, int] = {}  # last ordinal of runs closed by a new parent

    def parent_at(depth: int) -> OutlineNode:
        return stack[depth - 1].node if depth > 0 else root

    def pop_to(depth: int) -> None:
        while len(stack) > depth:
            run = stack.pop()
            if run.scheme is not None:
                closed_last[run.scheme.name] = run.last

    previous: OutlineNode | None = None  # the heading placed last
    for k, cand in enumerate(cands):
        m = cand.marker
        assert m.ordinal is not None
        limit = cand.line_end
        if k + 1 < len(cands) and cands[k + 1].marker.start < limit:
            limit = cands[k + 1].marker.start
        if runon:
            cue = RUNON_TITLE_BREAKS.search(text, m.end + RUNON_TITLE_MIN, limit)
            if cue is not None and text.find("。", m.end, cue.start()) < 0:
                limit = cue.start()
        title, body = _title(text, cand, limit, runon)
        node = OutlineNode(
            start=m.start,
            end=layout.body_end,
            body_start=body,
            marker=(m.start, m.end),
            scheme=m.scheme.name,
            ordinal=m.ordinal,
            title=title,
        )
        at = (m.start, m.end)
        depth = next(
            (d for d in range(len(stack) - 1, -1, -1) if stack[d].scheme is m.scheme), None
        )
        if depth is None:
            last = closed_last.get(m.scheme.name)
            if cand.inline and m.ordinal != 1 and (last is None or m.ordinal != last + 1):
                rejected["inline marker out of sequence"] += 1
                continue
            if last is not None and m.ordinal == last + 1 and m.ordinal != 1:
                diag(
                    DiagnosticCode.CONTINUED,
                    Severity.INFO,
                    f"{m.scheme.name} numbering continues from {last} across a new parent",
                    at,
                )
            elif m.ordinal != 1:
                diag(
                    DiagnosticCode.GAP,
                    Severity.WARNING,
                    f"{m.scheme.name} run starts at {m.ordinal}, not 1",
                    at,
                )
            depth = len(stack)
        else:
            run = stack[depth]
            expected = m.scheme.successor(run.last)
            if m.ordinal == 1 and run.last >= 1:
                nested = (
                    previous is not None
                    and previous.scheme != m.scheme.name
                    and not text[previous.body_start : m.start].strip()
                )
                if nested:
                    depth = len(stack)
                elif cand.inline and depth == 0:
                    rejected["inline marker restarts the top level"] += 1
                    continue
                elif depth == 0:
                    diag(
                        DiagnosticCode.RESTART,
                        Severity.WARNING,
                        f"top-level {m.scheme.name} numbering restarts at 1",
                        at,
                    )
                else:
                    # an implicit section beside the restarted run's parent
                    parent_depth = depth - 1
                    holder = stack[parent_depth]
                    lo = previous.body_start if previous is not None else m.start
                    begin = _last_paragraph_start(text, lo, m.start)
                    begin = m.start if begin is None else begin
                    implicit = OutlineNode(
                        start=begin, end=layout.body_end, body_start=begin, implicit=True
                    )
                    pop_to(parent_depth)
                    parent_at(parent_depth).children.append(implicit)
                    stack.append(_Run(scheme=holder.scheme, last=holder.last, node=implicit))
                    diag(
                        DiagnosticCode.RESTART,
                        Severity.INFO,
                        f"{m.scheme.name} numbering restarts at 1 with no new parent heading",
                        at,
                    )
                    diag(
                        DiagnosticCode.IMPLICIT_SECTION,
                        Severity.INFO,
                        "inferred a section without a heading before the restarted run",
                        (begin, begin),
                    )
                    depth = parent_depth + 1
            elif m.ordinal > expected:
                diag(
                    DiagnosticCode.GAP,
                    Severity.WARNING,
                    f"{m.scheme.name} numbering skips from {run.last} to {m.ordinal}",
                    at,
                )
            elif m.ordinal < expected:
                if cand.inline:
                    rejected["inline marker out of sequence"] += 1
                    continue
                diag(
                    DiagnosticCode.OUT_OF_ORDER,
                    Severity.WARNING,
                    f"{m.scheme.name} numbering goes back from {run.last} to {m.ordinal}",
                    at,
                )
        if depth >= MAX_DEPTH:
            rejected[f"nested deeper than {MAX_DEPTH} levels"] += 1
            continue
        pop_to(depth)
        parent_at(depth).children.append(node)
        stack.append(_Run(scheme=m.scheme, last=m.ordinal, node=node))
        previous = node

    _close(root, layout.body_end)
    tree.sections = root.children
    if runon:
        diags.append(
            Diagnostic(
                code=DiagnosticCode.LOST_LINE_BREAKS,
                severity=Severity.WARNING,
                message="read headings inside long lines whose line breaks seem lost",
            )
        )
    if rejected:
        detail = ", ".join(f"{rule} {n}" for rule, n in sorted(rejected.items()))
        diags.append(
            Diagnostic(
                code=DiagnosticCode.REJECTED_HEADING,
                severity=Severity.INFO,
                message=f"rejected {sum(rejected.values())} heading-like marker(s): {detail}",
            )
        )
    if not tree.sections:
        diags.append(
            Diagnostic(
                code=DiagnosticCode.NO_STRUCTURE,
                severity=Severity.WARNING,
                message="no numbered headings found; the whole body is preamble",
            )
        )
    return tree


def _close(node: OutlineNode, end: int) -> None:
    """Set every node's end: the next sibling's start, or the parent's end."""
    node.end = end
    kids: Sequence[OutlineNode] = node.children
    for i, child in enumerate(kids):
        _close(child, kids[i + 1].start if i + 1 < len(kids) else end)
