"""Which statutory part (A-E) each top-level section is, and the parts that have no heading.

Three sources, in this order:

1. the heading (:data:`~fazhi_parse.lexicon.HEADING_CUES`): 主要工作情况 → achievements,
   问题短板 → problems, 2020年工作安排 → plans (a year after the report's own names the plans);
2. *headless parts*: a top-level section may end with a paragraph that opens another part —
   …取得了一定的成绩，但也存在一些问题… (problems) or 2024年，东莞市将… (plans). When the report
   has no section of that kind, the paragraph and what follows it become an implicit section
   of that kind (neighbours' ends are cut so sections still tile);
3. position and content for the rest: thematic headings (坚持党的领导，法治政府建设有力推进)
   before any problems or plans part are achievements; an implicit section or a thematic one
   after them is read by its opening paragraph, else takes its predecessor's kind.

Only top-level sections get a kind.
"""

from __future__ import annotations

import re
from typing import Final

from .._outline.state import OutlineNode, Tree
from .._text.normalize import NormalizedText
from ..lexicon import DEFAULT_LEXICON, Lexicon
from ..model import Diagnostic, DiagnosticCode, SectionKind, Severity
from .headings import heading_kind

__all__ = ["OPENER_WINDOW", "assign_kinds"]

A, B, D, E = SectionKind.ACHIEVEMENTS, SectionKind.PROBLEMS, SectionKind.PLANS, SectionKind.OTHER

OPENER_WINDOW: Final = 200
"""Characters of a paragraph searched for an opener."""

_SENTENCE_END: Final = re.compile(r"[。!?]")
_TAIL_PARAGRAPHS: Final = 8
"""Paragraphs at the end of a section searched for a plans opener."""
_PROBLEM_PARAGRAPHS: Final = 3
"""Paragraphs at the end of a section searched for a problems paragraph."""

_BEFORE_PLANS: Final = frozenset({SectionKind.PROBLEMS, SectionKind.DUTY, SectionKind.PLANS})


def _opener_kind(text: str, start: int, year: int | None, lexicon: Lexicon) -> SectionKind | None:
    """The part a paragraph starting at ``start`` opens, read from its first sentence(s)."""
    while start < len(text) and text[start].isspace():
        start += 1
    end = min(len(text), start + OPENER_WINDOW)
    nl = text.find("\n", start, end)
    end = nl if nl >= 0 else end
    compiled = lexicon.compiled
    if compiled.plans_opener(None if year is None else year + 1).match(text, start, end):
        return D
    if compiled.problems_lead.match(text, start, end) or compiled.problems_opener.search(
        text, start, end
    ):
        return B
    return None


def _units(text: str, lo: int, hi: int) -> list[int]:
    """Starts of the paragraphs in ``text[lo:hi]`` after a section's first paragraph.

    ``lo`` is where the section's own text begins. Its first paragraph is the rest of that
    line; or, after a heading sentence (（一）标题。), the heading itself; or, after a bare
    heading line, the next line. In text whose line breaks were lost, sentences stand in
    for paragraphs.
    """
    line_end = text.find("\n", lo, hi)
    if line_end >= 0:
        if text[lo:line_end].strip() or (lo > 0 and text[lo - 1] in "。!?"):
            # the first paragraph is the rest of this line, or the heading sentence itself
            return _line_starts(text, line_end, hi)
        p = line_end  # a bare heading line: the next line is the first paragraph
        while p < hi and text[p].isspace():
            p += 1
        nl = text.find("\n", p, hi)
        return [] if nl < 0 else _line_starts(text, nl, hi)
    starts: list[int] = []  # lost line breaks: sentences after the first stand in
    if lo > 0 and text[lo - 1] in "。!?":  # after a heading sentence, the first one too
        q = lo
        while q < hi and text[q].isspace():
            q += 1
        if q < hi:
            starts.append(q)
    for m in _SENTENCE_END.finditer(text, lo, hi):
        q = m.end()
        while q < hi and text[q].isspace():
            q += 1
        if q < hi:
            starts.append(q)
    return starts


def _line_starts(text: str, nl: int, hi: int) -> list[int]:
    """Starts of the non-blank lines after the line break at ``nl``, before ``hi``."""
    starts = []
    while 0 <= nl < hi:
        q = nl + 1
        while q < hi and text[q] in " \t":
            q += 1
        if q < hi and text[q] != "\n":
            starts.append(q)
        nl = text.find("\n", q, hi)
    return starts


def _tail_units(text: str, node: OutlineNode) -> list[int]:
    """Paragraph starts at the end of ``node`` after the first paragraph of its last descendant."""
    last = node
    while last.children:
        last = last.children[-1]
    lo = last.start if last.implicit else last.body_start
    return _units(text, lo, node.end)


def _carve(tree: Tree, at: int, kind: SectionKind) -> OutlineNode:
    """Cut the top-level section containing ``at`` there; what follows becomes implicit."""
    index = next(i for i, top in enumerate(tree.sections) if top.start < at < top.end)
    top = tree.sections[index]
    new = OutlineNode(start=at, end=top.end, body_start=at, implicit=True, kind=kind)
    moved: list[list[OutlineNode]] = []
    node: OutlineNode | None = top
    while node is not None:
        node.end = at
        moved.append([c for c in node.children if c.start >= at])
        node.children = [c for c in node.children if c.start < at]
        node = node.children[-1] if node.children else None
    for level in reversed(moved):
        new.children.extend(level)
    tree.sections.insert(index + 1, new)
    return new


def _fill(text: str, tree: Tree, year: int | None, lexicon: Lexicon) -> None:
    """Kinds for sections whose heading does not say.

    Before any problems, plans or other part: achievements (thematic headings). After one:
    what the opening paragraph says, else the part that follows in the statutory order
    (a thematic heading after the problems or the duty part is the plans, 坚定不移推进法治政府
    建设再上新台阶), else the predecessor's kind.
    """
    previous: SectionKind | None = None
    later = False  # a problems / plans / other part has been seen
    for node in tree.sections:
        if node.kind is None:
            opener = _opener_kind(
                text, node.start if node.implicit else node.body_start, year, lexicon
            )
            if node.implicit:
                node.kind = opener or previous or A
            elif not later:
                node.kind = A
            else:
                node.kind = opener or (D if previous in _BEFORE_PLANS else previous) or A
        previous = node.kind
        later = later or node.kind in (B, D, E)


def assign_kinds(
    view: NormalizedText,
    tree: Tree,
    *,
    year: int | None = None,
    lexicon: Lexicon = DEFAULT_LEXICON,
) -> None:
    """Give every top-level section of ``tree`` its part; add implicit headless parts.

    ``year`` is the report's year (for 2020年工作安排 in a 2019 report, and for the plans
    opener 2020年，我区将…).
    """
    text = view.text
    implicit = []
    for node in tree.sections:
        if node.implicit:
            node.kind = _opener_kind(text, node.start, year, lexicon)
            if node.kind is None:
                implicit.append(node)
        elif node.title is not None:
            node.kind = heading_kind(text[node.title[0] : node.title[1]], year, lexicon)
    for node in implicit:
        _pull_opener(text, tree, node, year, lexicon)
    for node, what in _headless(text, tree, year, lexicon):
        tree.diagnostics.append(
            Diagnostic(
                code=DiagnosticCode.IMPLICIT_SECTION,
                severity=Severity.INFO,
                message=f"inferred a {what} part without a heading of its own",
                span=view.span(node.start, node.start),
            )
        )
    _fill(text, tree, year, lexicon)


def _pull_opener(
    text: str, tree: Tree, node: OutlineNode, year: int | None, lexicon: Lexicon
) -> None:
    """Give an implicit section that starts at a restarted marker the opening sentence that
    the section before kept (text whose line breaks were lost has no paragraph to start at)."""
    index = tree.sections.index(node)
    if index == 0:
        return
    units = _tail_units(text, tree.sections[index - 1])
    if not units or (kind := _opener_kind(text, units[-1], year, lexicon)) is None:
        return
    merged = _carve(tree, units[-1], kind)
    merged.end = node.end
    merged.children.extend(node.children)
    tree.sections.remove(node)


def _headless(
    text: str, tree: Tree, year: int | None, lexicon: Lexicon
) -> list[tuple[OutlineNode, str]]:
    """Implicit plans / problems parts cut from the ends of the sections before them."""
    added: list[tuple[OutlineNode, str]] = []
    if not tree.sections:
        return added
    kinds = {n.kind for n in tree.sections}
    if D not in kinds:
        last = tree.sections[-1]
        if last.kind is not E:
            rx = lexicon.compiled.plans_opener(None if year is None else year + 1)
            for at in _tail_units(text, last)[-_TAIL_PARAGRAPHS:]:
                if rx.match(text, at, min(len(text), at + OPENER_WINDOW)):
                    added.append((_carve(tree, at, D), "plans"))
                    break
    if B not in kinds:
        before: list[OutlineNode] = []
        for node in tree.sections:
            if node.kind in (D, E):
                break
            before.append(node)
        problems = next(
            (
                unit
                for node in reversed(before)
                if node.kind in (A, None, SectionKind.DUTY)
                for unit in _tail_units(text, node)[-_PROBLEM_PARAGRAPHS:]
                if _opener_kind(text, unit, year, lexicon) is B
            ),
            None,
        )
        if problems is not None:
            added.append((_carve(tree, problems, B), "problems"))
    return added
