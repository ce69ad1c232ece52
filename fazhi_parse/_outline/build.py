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

from collections import Counter
from collections.abc import Sequence
from typing import Final

import attrs

from .._page.state import Layout
from .._text.normalize import NormalizedText, Range
from ..model import Diagnostic, DiagnosticCode, Severity
from ..schemes import Marker, Scheme, SchemeSet
from .candidates import Candidate, body_lines, find_candidates
from .state import OutlineNode, Tree
from .titles import heading_title, title_limit
from .truncation import HEADING_CUT_MIN, cut_at, cut_diagnostic, title_chars

__all__ = ["MAX_DEPTH", "build_outline"]

OPENING_REST_MIN: Final = 20
"""Characters a body with no numbered heading needs after its opening paragraph to be read
as a section (less is a closing line, not a part of the report)."""

FLAT_BODY_MIN: Final = 200
"""A body this long on one line has lost its line breaks."""

MAX_DEPTH: Final = 10
"""Sections nest at most this deep; deeper markers are rejected (and counted). Real reports
use three to five levels; repeated heading blocks that each restart their numbering would
otherwise nest without end (and every tree walk would recurse that deep)."""


def build_outline(view: NormalizedText, layout: Layout, schemes: SchemeSet) -> Tree:
    """Infer the section tree of the body described by ``layout``."""
    rejected: Counter[str] = Counter()
    cands, runon = find_candidates(view, body_lines(view, layout), schemes, rejected)
    builder = _Builder(view=view, layout=layout, runon=runon, rejected=rejected)
    for k, cand in enumerate(cands):
        builder.place(cand, cands[k + 1] if k + 1 < len(cands) else None)
    return builder.finish()


@attrs.define(kw_only=True, eq=False)
class _Run:
    """An open numbering run at one depth of the stack."""

    scheme: Scheme | None
    last: int
    node: OutlineNode


@attrs.define(kw_only=True, eq=False)
class _Builder:
    """Places heading candidates, one at a time, on a stack of open numbering runs.

    ``stack[d]`` is the run open at depth ``d``; ``closed_last`` keeps the last ordinal of
    runs closed by a new parent (for runs that continue across parents). Each ``_rule_*``
    method is one rule of the module docstring: it returns the depth at which the candidate
    is placed, or None when it rejects it (counted in ``rejected``).
    """

    view: NormalizedText
    layout: Layout
    runon: bool
    rejected: Counter[str]
    root: OutlineNode = attrs.field(init=False)
    stack: list[_Run] = attrs.field(factory=list)
    closed_last: dict[str, int] = attrs.field(factory=dict)
    previous: OutlineNode | None = None
    """The heading placed last."""
    following: Candidate | None = None
    """The candidate after the one being placed."""
    flat: bool = attrs.field(init=False, default=False)
    """The body is one long line: every line break of the page was lost (its titles are read
    as in a run-on line even where a heading happens to open the body)."""
    cut: int | None = attrs.field(init=False, default=None)
    """Where the text was cut, if it was (:func:`~fazhi_parse._outline.truncation.cut_at`)."""
    diagnostics: list[Diagnostic] = attrs.field(factory=list)

    def __attrs_post_init__(self) -> None:
        start, end = self.layout.body_start, self.layout.body_end
        self.root = OutlineNode(start=start, end=end, body_start=start)
        self.cut = cut_at(self.view, self.layout)
        body = self.view.text[start:end]
        self.flat = len(body) >= FLAT_BODY_MIN and "\n" not in body

    # --- placing one candidate ---------------------------------------------------------------

    def place(self, cand: Candidate, following: Candidate | None) -> None:
        """Place ``cand`` (``following`` is the next candidate) or reject it."""
        m = cand.marker
        assert m.ordinal is not None
        node = self._node(cand, None if following is None else following.marker.start)
        self.following = following
        if not self._rule_cut(node):
            return
        open_at = self._open_depth(m.scheme)
        depth = self._rule_new_run(cand) if open_at is None else self._rule_open_run(cand, open_at)
        if depth is None:
            return
        if depth >= MAX_DEPTH:
            self.rejected[f"nested deeper than {MAX_DEPTH} levels"] += 1
            return
        self._pop_to(depth)
        self._parent_at(depth).children.append(node)
        self.stack.append(_Run(scheme=m.scheme, last=m.ordinal, node=node))
        self.previous = node

    def _open_depth(self, scheme: Scheme) -> int | None:
        """The depth of the innermost open run of ``scheme``, if one is open."""
        for depth in range(len(self.stack) - 1, -1, -1):
            if self.stack[depth].scheme is scheme:
                return depth
        return None

    def _node(self, cand: Candidate, next_start: int | None) -> OutlineNode:
        m = cand.marker
        text = self.view.text
        limit = cand.line_end
        if next_start is not None and next_start < limit:
            limit = next_start
        runon = self.runon or self.flat
        limit = title_limit(text, m.end, limit, runon)
        title, body = heading_title(text, m.end, cand.line_end, limit, runon)
        return OutlineNode(
            start=m.start,
            end=self.layout.body_end,
            body_start=body,
            marker=(m.start, m.end),
            scheme=m.scheme.name,
            ordinal=m.ordinal,
            title=title,
        )

    # --- the rules -----------------------------------------------------------------------------

    def _rule_cut(self, node: OutlineNode) -> bool:
        """A heading whose title runs into the end of a cut text is kept only with enough of
        its title to tell it by (``（三）健全机`` is not a heading); both are flagged."""
        if self.cut is None or node.title is None or node.body_start < self.cut:
            return True
        kept = title_chars(self.view.text, *node.title) >= HEADING_CUT_MIN
        self.diagnostics.append(cut_diagnostic(self.view, node.start, self.cut, "heading", kept))
        if not kept:
            self.rejected["heading cut by the end of the text"] += 1
        return kept

    def _rule_new_run(self, cand: Candidate) -> int | None:
        """A scheme not open on the stack starts a run one level below the deepest open
        section; it continues a run closed by a new parent when it takes up its numbering
        (``continued``); an inline marker must start at one or continue such a run. A run
        that starts past one in a scheme that ranks above every open one (二、 after （三）
        （四） of a text that begins inside its first part) goes to the top level: it carries
        on a run whose start the text lost, not a level below."""
        m = cand.marker
        assert m.ordinal is not None
        last = self.closed_last.get(m.scheme.name)
        continues = last is not None and m.ordinal == last + 1
        if cand.inline and m.ordinal != 1 and not continues:
            self.rejected["inline marker out of sequence"] += 1
            return None
        if continues and m.ordinal != 1:
            self._diag(
                DiagnosticCode.CONTINUED,
                Severity.INFO,
                f"{m.scheme.name} numbering continues from {last} across a new parent",
                m,
            )
        elif m.ordinal != 1:
            self._diag(
                DiagnosticCode.GAP,
                Severity.WARNING,
                f"{m.scheme.name} run starts at {m.ordinal}, not 1",
                m,
            )
            if self.stack and all(
                run.scheme is not None and run.scheme.rank > m.scheme.rank for run in self.stack
            ):
                return 0  # a text that begins inside a part: （三）（四） then 二、
        return len(self.stack)

    def _rule_open_run(self, cand: Candidate, depth: int) -> int | None:
        """A scheme open on the stack continues its run (a sibling): a skipped number is a
        ``gap``, a backwards one ``out_of_order`` (an inline one is rejected); a one after a
        run that had begun is a restart."""
        m = cand.marker
        assert m.ordinal is not None
        run = self.stack[depth]
        expected = m.scheme.successor(run.last)
        if m.ordinal == 1 and run.last >= 1:
            return self._rule_restart(cand, depth)
        if m.ordinal > expected:
            self._diag(
                DiagnosticCode.GAP,
                Severity.WARNING,
                f"{m.scheme.name} numbering skips from {run.last} to {m.ordinal}",
                m,
            )
        elif m.ordinal < expected:
            if cand.inline:
                self.rejected["inline marker out of sequence"] += 1
                return None
            self._diag(
                DiagnosticCode.OUT_OF_ORDER,
                Severity.WARNING,
                f"{m.scheme.name} numbering goes back from {run.last} to {m.ordinal}",
                m,
            )
        return depth

    def _rule_restart(self, cand: Candidate, depth: int) -> int | None:
        """A run restarting at one: nested one level down when it directly follows a heading
        of another scheme (the nested restart); rejected when the next heading continues a run
        the restart would close; at the top level a ``restart`` warning (an inline one is
        rejected); below it, an implicit section beside the restarted run's parent."""
        m = cand.marker
        previous = self.previous
        text = self.view.text
        nested = (
            previous is not None
            and previous.scheme != m.scheme.name
            and not text[previous.body_start : m.start].strip()
        )
        if nested:
            return len(self.stack)
        if self._resumed_below(depth):
            self.rejected["restart the next heading does not follow"] += 1
            return None
        if cand.inline and depth == 0:
            self.rejected["inline marker restarts the top level"] += 1
            return None
        if depth == 0:
            self._diag(
                DiagnosticCode.RESTART,
                Severity.WARNING,
                f"top-level {m.scheme.name} numbering restarts at 1",
                m,
            )
            return depth
        return self._implicit_before(m, depth - 1)

    def _resumed_below(self, depth: int) -> bool:
        """Does the next candidate continue a run open below ``depth``? Then a restart at
        ``depth`` broke a sequence it does not continue: （一）… 一、二季度，… （二）… — the
        line is body text, not a new part that the next heading would have to follow."""
        following = self.following
        if following is None or following.marker.ordinal is None:
            return False
        for run in self.stack[depth + 1 :]:
            if run.scheme is following.marker.scheme:
                return following.marker.ordinal == following.marker.scheme.successor(run.last)
        return False

    def _implicit_before(self, m: Marker, parent_depth: int) -> int:
        """Open an implicit section at ``parent_depth`` from the last paragraph before ``m``
        and return the depth for ``m`` under it."""
        text = self.view.text
        holder = self.stack[parent_depth]
        lo = self.previous.body_start if self.previous is not None else m.start
        begin = _last_paragraph_start(text, lo, m.start)
        begin = m.start if begin is None else begin
        implicit = OutlineNode(
            start=begin, end=self.layout.body_end, body_start=begin, implicit=True
        )
        self._pop_to(parent_depth)
        self._parent_at(parent_depth).children.append(implicit)
        self.stack.append(_Run(scheme=holder.scheme, last=holder.last, node=implicit))
        self._diag(
            DiagnosticCode.RESTART,
            Severity.INFO,
            f"{m.scheme.name} numbering restarts at 1 with no new parent heading",
            m,
        )
        self._diag_at(
            DiagnosticCode.IMPLICIT_SECTION,
            Severity.INFO,
            "inferred a section without a heading before the restarted run",
            (begin, begin),
        )
        return parent_depth + 1

    # --- the stack -----------------------------------------------------------------------------

    def _parent_at(self, depth: int) -> OutlineNode:
        return self.stack[depth - 1].node if depth > 0 else self.root

    def _pop_to(self, depth: int) -> None:
        while len(self.stack) > depth:
            run = self.stack.pop()
            if run.scheme is not None:
                self.closed_last[run.scheme.name] = run.last

    def _diag(self, code: DiagnosticCode, severity: Severity, message: str, m: Marker) -> None:
        self._diag_at(code, severity, message, (m.start, m.end))

    def _diag_at(self, code: DiagnosticCode, severity: Severity, message: str, at: Range) -> None:
        self.diagnostics.append(
            Diagnostic(code=code, severity=severity, message=message, span=self.view.span(*at))
        )

    # --- the result ----------------------------------------------------------------------------

    def finish(self) -> Tree:
        """Close every section and return the tree, with the outline's diagnostics."""
        _close(self.root, self.layout.body_end)
        tree = Tree(
            sections=self.root.children,
            body_start=self.layout.body_start,
            body_end=self.layout.body_end,
            cut=self.cut,
            diagnostics=self.diagnostics,
        )
        if self.runon:
            tree.diagnostics.append(
                Diagnostic(
                    code=DiagnosticCode.LOST_LINE_BREAKS,
                    severity=Severity.WARNING,
                    message="read headings inside long lines whose line breaks seem lost",
                )
            )
        if self.rejected:
            detail = ", ".join(f"{rule} {n}" for rule, n in sorted(self.rejected.items()))
            tree.diagnostics.append(
                Diagnostic(
                    code=DiagnosticCode.REJECTED_HEADING,
                    severity=Severity.INFO,
                    message=f"rejected {sum(self.rejected.values())} heading-like marker(s): "
                    f"{detail}",
                )
            )
        if not tree.sections:
            self._headless_body(tree)
        return tree

    def _headless_body(self, tree: Tree) -> None:
        """A body with no numbered heading: its opening paragraph is the preamble and the
        rest one implicit section, whose part the parts stage reads from its text (a copy
        that lost its markers still reports what was done, and may hold headless parts)."""
        text = self.view.text
        lo, hi = self.layout.body_start, self.layout.body_end
        begin = _after_opening(text, lo, hi)
        message = "no numbered headings found"
        if begin is None:
            message += "; the whole body is preamble"
        else:
            tree.sections = [OutlineNode(start=begin, end=hi, body_start=begin, implicit=True)]
            message += "; the body after its opening paragraph is one section"
            tree.diagnostics.append(
                Diagnostic(
                    code=DiagnosticCode.IMPLICIT_SECTION,
                    severity=Severity.INFO,
                    message="inferred a section without a heading after the opening paragraph",
                    span=self.view.span(begin, begin),
                )
            )
        tree.diagnostics.append(
            Diagnostic(code=DiagnosticCode.NO_STRUCTURE, severity=Severity.WARNING, message=message)
        )


def _after_opening(text: str, lo: int, hi: int) -> int | None:
    """Where the body goes on after its opening paragraph (its first line; in text with no
    line breaks, its first sentence), if it goes on to more than a few characters."""
    while lo < hi and text[lo].isspace():
        lo += 1
    nl = text.find("\n", lo, hi)
    if nl < 0:
        stop = text.find("。", lo, hi)
        nl = -1 if stop < 0 else stop
    if nl < 0:
        return None
    begin = nl + 1
    while begin < hi and text[begin].isspace():
        begin += 1
    return begin if hi - begin >= OPENING_REST_MIN else None


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


def _close(node: OutlineNode, end: int) -> None:
    """Set every node's end: the next sibling's start, or the parent's end."""
    node.end = end
    kids: Sequence[OutlineNode] = node.children
    for i, child in enumerate(kids):
        _close(child, kids[i + 1].start if i + 1 < len(kids) else end)
