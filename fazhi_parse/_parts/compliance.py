"""The compliance view: which of the statutory parts A-E a report has, and where.

A part is *standalone* when a top-level section is of its kind. A part that has no top-level
section of its own may still be named by a nested heading (（五）存在的问题 under 一、主要工作)
or by a combined heading (三、存在的问题及下一步打算 carries the plans too); it is then
*present* but not standalone, and those sections' spans are listed, so the view shows where
the text is. Part E (其他需要报告的情况) is optional:
only A-D are reported missing.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Final

from ..lexicon import DEFAULT_LEXICON, Lexicon
from ..model import Diagnostic, DiagnosticCode, Part, Section, SectionKind, Severity
from .headings import heading_kinds

__all__ = ["REQUIRED", "missing_parts", "report_parts"]

REQUIRED: Final = (
    SectionKind.ACHIEVEMENTS,
    SectionKind.PROBLEMS,
    SectionKind.DUTY,
    SectionKind.PLANS,
)
"""Parts every report must have (E, 其他需要报告的情况, only when there is something)."""


def report_parts(
    sections: Sequence[Section], year: int | None = None, lexicon: Lexicon = DEFAULT_LEXICON
) -> tuple[Part, ...]:
    """One :class:`~fazhi_parse.model.Part` per statutory part, in order A-E."""
    spans: dict[SectionKind, list[Section]] = {kind: [] for kind in SectionKind}
    for section in sections:
        if section.kind is not None:
            spans[section.kind].append(section)
    standalone = {kind for kind, found in spans.items() if found}
    memo: dict[str, tuple[SectionKind, ...]] = {}

    def named_by(title: str) -> tuple[SectionKind, ...]:
        """``heading_kinds`` of ``title``, read once per title (nested titles are re-read
        for every missing part)."""
        kinds = memo.get(title)
        if kinds is None:
            kinds = memo[title] = heading_kinds(title, year, lexicon)
        return kinds

    for section in sections:
        named = named_by(section.title) if section.title else ()
        for kind in named[1:]:
            if not spans[kind]:
                spans[kind].append(section)
    nested: list[tuple[Section, SectionKind]] | None = None
    for kind, found in spans.items():
        if found:
            continue
        if nested is None:  # nested headings and the part each names first, read once
            nested = [
                (node, named[0])
                for section in sections
                for node in _descendants(section)
                if node.title and (named := named_by(node.title))
            ]
        found.extend(node for node, first in nested if first is kind)
    return tuple(
        Part(
            kind=kind,
            present=bool(found),
            spans=tuple(s.span for s in found),
            standalone=kind in standalone,
        )
        for kind, found in spans.items()
    )


def _descendants(section: Section) -> Iterator[Section]:
    """The sections under ``section`` in the order of :meth:`Section.walk` (by start),
    without walking its measures."""
    for child in sorted(section.children, key=lambda c: c.span.start):
        yield child
        yield from _descendants(child)


def missing_parts(parts: Sequence[Part], *, cut: bool = False) -> list[Diagnostic]:
    """One ``missing_part`` diagnostic naming the required parts that are absent (none when
    all are there); where the text is cut short (``cut``), it says they may lie past the cut.

    >>> [d.message for d in missing_parts(report_parts(()))]
    ['no achievements, problems, duty or plans part was found']
    """
    missing = [p.kind.value for p in parts if not p.present and p.kind in REQUIRED]
    if not missing:
        return []
    names = missing[0] if len(missing) == 1 else f"{', '.join(missing[:-1])} or {missing[-1]}"
    where = " before the text ends (it seems cut short)" if cut else ""
    return [
        Diagnostic(
            code=DiagnosticCode.MISSING_PART,
            severity=Severity.INFO,
            message=f"no {names} part was found{where}",
        )
    ]
