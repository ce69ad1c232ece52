"""The working tree that the parsing stages build and refine before the model is assembled.

Stages pass these mutable nodes along (outline → parts → measures → metrics) in
*normalized* coordinates (offsets into ``NormalizedText.text``); :mod:`fazhi_parse.assemble`
turns them into the frozen model with spans into the source. Nothing outside the package
sees them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import attrs

from .model import Diagnostic, SectionKind

__all__ = ["TITLE_TRIM", "ItemNode", "OutlineNode", "Range", "Tree"]

Range = tuple[int, int]
"""A half-open ``(start, end)`` range of normalized text."""

TITLE_TRIM: Final = " :;,、：；，。\t"
"""Characters cut from the ends of heading and item titles (normalized text)."""


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
    diagnostics: list[Diagnostic] = attrs.field(factory=list)

    def walk(self) -> Iterator[OutlineNode]:
        for node in self.sections:
            yield from node.walk()
