"""The working tree: the outline stage's state, refined by the later stages.

:func:`~fazhi_parse._outline.build.build_outline` builds it; the parts stage
(:func:`~fazhi_parse._parts.assign.assign_kinds`) sets kinds and may add implicit sections;
:func:`~fazhi_parse._outline.measures.find_measures` fills the items; the report stage
(:mod:`fazhi_parse._report.assemble`) turns it into the frozen model with spans into the
source. Offsets are in *normalized* coordinates (into ``NormalizedText.text``). Nothing
outside the package sees these mutable nodes.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from .._text.normalize import Range
from ..model import Diagnostic, SectionKind

__all__ = ["ItemNode", "OutlineNode", "Tree"]


@attrs.define(kw_only=True, eq=False)
class ItemNode:
    """A measure (一是…) found in a section's own body."""

    scheme: str
    ordinal: int
    marker: Range
    """The marker as printed (for a repaired numeral: the bare 是)."""
    title: Range
    start: int
    end: int
    repaired: bool = False


@attrs.define(kw_only=True, eq=False)
class OutlineNode:
    """A section in the making."""

    start: int
    """First character: the marker, or the first line of an implicit section."""
    end: int
    """One past the last character (children included)."""
    body_start: int
    """Where the section's own text begins (after the title; ``start`` when implicit)."""
    marker: Range | None = None
    scheme: str | None = None
    ordinal: int | None = None
    title: Range | None = None
    implicit: bool = False
    kind: SectionKind | None = None
    children: list[OutlineNode] = attrs.field(factory=list)
    items: list[ItemNode] = attrs.field(factory=list)

    @property
    def own_end(self) -> int:
        """End of the section's own body: the first child's start, else ``end``."""
        return self.children[0].start if self.children else self.end

    def walk(self) -> Iterator[OutlineNode]:
        """This node and its descendants, depth first in document order."""
        yield self
        for child in self.children:
            yield from child.walk()


@attrs.define(kw_only=True, eq=False)
class Tree:
    """The outline of a document body."""

    sections: list[OutlineNode] = attrs.field(factory=list)
    """Top-level sections."""
    body_start: int = 0
    """Start of the body (the preamble runs from here to the first section)."""
    body_end: int = 0
    """End of the body: the last section ends here."""
    cut: int | None = None
    """Where the text was cut, when it ends inside a sentence (see ``_outline.truncation``)."""
    diagnostics: list[Diagnostic] = attrs.field(factory=list)

    def walk(self) -> Iterator[OutlineNode]:
        for node in self.sections:
            yield from node.walk()
