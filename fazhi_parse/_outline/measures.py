"""Measures: the inline enumerations (一是… 第一，… ①…) inside a section's own text.

Chains are read per scheme: a chain starts at ordinal one and continues with each
successor. Markers must stand at a boundary (after punctuation, a line start or a closing
quote/bracket); a chain's successor may also follow a word directly (``》二是``). A numeral
lost in the text (``二是…。是深化…``) is repaired from the chain: a bare 是 that opens a
sentence where the next item is due becomes that item, with ``repaired=True`` and a
diagnostic. Markers inside quotes or book-title marks are ignored. Where chains of
different schemes overlap, the earlier-listed scheme wins (一是 over 第一， over ①).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from .._text.clean import TITLE_TRIM
from .._text.lazy import regex_pattern
from .._text.masks import inside, quoted
from .._text.normalize import NormalizedText, Range
from ..model import Diagnostic, DiagnosticCode, Severity
from ..schemes import Marker, SchemeSet
from .state import ItemNode, OutlineNode, Tree
from .truncation import ITEM_CUT_MIN, cut_diagnostic, title_chars

__all__ = ["find_measures"]

# --- rules as data -------------------------------------------------------------------------

BOUNDARY_BEFORE: Final = frozenset(" \t\n,.;:!?、。；：！？”’》)」』】…—")
"""Characters after which an item marker may start a chain."""

ITEM_TITLE_END: Final = "。;!?；！？\n"
"""Characters that end a measure's title."""
ITEM_TITLE_SOFT_END: Final = ",:，："
"""Where an over-long title is cut."""
ITEM_TITLE_MAX: Final = 40
"""Titles longer than this are cut at the first comma."""

MAX_GAP: Final = 2
"""A chain accepts a successor that skips at most this many ordinals (一是 二是 四是)."""
MIN_CHAIN: Final = 2
"""Chains shorter than this are not measures (一是 alone is usually prose: 统一是…)."""

REPAIR_NAME: Final = "cn-shi"
"""The scheme whose lost numerals (…。是…) are repaired."""
_BARE_SHI: Final = r"(?:(?<=[。;；\n])|(?<=[。;；\n][ \t]+)|^)[ \t]*(是)(?![否的非以由指为在])"


def _at_boundary(text: str, pos: int, lo: int) -> bool:
    return pos <= lo or text[pos - 1] in BOUNDARY_BEFORE


_TITLE_END_RE: Final = re.compile(f"[{re.escape(ITEM_TITLE_END)}]")
_TITLE_SOFT_END_RE: Final = re.compile(f"[{re.escape(ITEM_TITLE_SOFT_END)}]")


def _title(text: str, start: int, hi: int) -> Range:
    p = start
    while p < hi and text[p] in " \t":
        p += 1
    stop = _TITLE_END_RE.search(text, p, hi)  # a search, not a loop over the characters
    end = hi if stop is None else stop.start()
    if end - p > ITEM_TITLE_MAX:
        soft = _TITLE_SOFT_END_RE.search(text, p, end)
        if soft is not None:
            end = soft.start()
    while end > p and text[end - 1] in TITLE_TRIM:
        end -= 1
    return p, end


def _chains(
    text: str,
    lo: int,
    hi: int,
    schemes: SchemeSet,
    masks: list[Range],
    found: list[Marker],
    min_last: int = MIN_CHAIN,
) -> Iterator[list[tuple[Marker, bool]]]:
    """Chains of (marker, repaired) per scheme in ``text[lo:hi]``, from the item markers
    ``found`` there. The last chain of a scheme needs ``min_last`` items (1 where the text is
    cut inside it: a chain the cut leaves at one item is still a chain)."""
    by_scheme: dict[str, list[Marker]] = {}
    for m in found:
        if inside(masks, m.start):
            continue
        by_scheme.setdefault(m.scheme.name, []).append(m)
    # item schemes first: where chains overlap, the earlier one wins (一是 over 1. over ①)
    for name in (s.name for s in schemes.items_first):
        markers = by_scheme.get(name)
        if not markers:
            continue
        chain: list[tuple[Marker, bool]] = []
        for m in markers:
            ordinal = m.ordinal
            due = m.scheme.successor(chain[-1][0].ordinal or 0) if chain else 1
            if ordinal is None:  # a word such as 最后 that fits whatever is due
                if chain and _at_boundary(text, m.start, lo):
                    m = Marker(scheme=m.scheme, ordinal=due, start=m.start, end=m.end)
                    chain.append((m, False))
                continue
            if chain and ordinal > due and name == REPAIR_NAME:
                chain.extend(_repairs(text, chain[-1][0], m.start, due, ordinal, masks))
                due = m.scheme.successor(chain[-1][0].ordinal or 0)
            if chain and due <= ordinal <= due + MAX_GAP:
                chain.append((m, False))
            elif ordinal == 1 and _at_boundary(text, m.start, lo):
                if len(chain) >= MIN_CHAIN:
                    yield chain
                chain = [(m, False)]
        if chain and name == REPAIR_NAME:
            last = chain[-1][0]
            due = last.scheme.successor(last.ordinal or 0)
            chain.extend(_repairs(text, last, hi, due, None, masks))
        if len(chain) >= min(MIN_CHAIN, min_last):
            yield chain


def _repairs(
    text: str, last: Marker, hi: int, due: int, stop: int | None, masks: list[Range]
) -> list[tuple[Marker, bool]]:
    """Bare 是 markers between ``last`` and ``hi`` that stand for the lost ordinals due."""
    found: list[tuple[Marker, bool]] = []
    for m in regex_pattern(_BARE_SHI).finditer(text, last.end, hi):
        if stop is not None and due >= stop:
            break
        pos = m.start(1)
        if inside(masks, pos):
            continue
        found.append((Marker(scheme=last.scheme, ordinal=due, start=pos, end=pos + 1), True))
        due += 1
    return found


def _select(chains: list[list[tuple[Marker, bool]]]) -> list[tuple[Marker, bool]]:
    """Merge chains, dropping those that overlap a chain of an earlier-listed scheme."""
    taken: list[Range] = []
    items: list[tuple[Marker, bool]] = []
    for chain in chains:
        lo, hi = chain[0][0].start, chain[-1][0].end
        if any(s < hi and lo < e for s, e in taken):
            continue
        taken.append((lo, hi))
        items.extend(chain)
    items.sort(key=lambda item: item[0].start)
    return items


def _trim_cut(
    view: NormalizedText, chosen: list[tuple[Marker, bool]], hi: int, diags: list[Diagnostic]
) -> list[tuple[Marker, bool]]:
    """The items of a section that the end of the text cuts: a chain of one item is kept only
    when it is the last (the text ends inside it); the last item, which the cut reaches, is
    flagged, and dropped when its title is cut before enough of it is there (``三是`` at the
    cut)."""
    text = view.text
    schemes = [m.scheme for m, _ in chosen]
    chosen = [
        item
        for i, item in enumerate(chosen)
        if schemes.count(item[0].scheme) > 1 or i == len(chosen) - 1
    ]
    if not chosen:
        return chosen
    last, _ = chosen[-1]
    whole = _TITLE_END_RE.search(text, last.end, hi) is not None
    kept = whole or title_chars(text, *_title(text, last.end, hi)) >= ITEM_CUT_MIN
    diags.append(cut_diagnostic(view, last.start, hi, "item", kept))
    return chosen if kept else chosen[:-1]


def _section_items(
    view: NormalizedText,
    node: OutlineNode,
    schemes: SchemeSet,
    diags: list[Diagnostic],
    cut: int | None = None,
) -> list[ItemNode]:
    text = view.text
    lo, hi = node.body_start, node.own_end
    if hi <= lo:
        return []
    found = list(schemes.find_items(text, lo, hi))
    if not found:  # no marker, no chain (and nothing to repair): skip the quote scan
        return []
    masks = quoted(text, lo, hi)
    at_cut = cut is not None and hi >= cut
    chosen = _select(list(_chains(text, lo, hi, schemes, masks, found, 1 if at_cut else MIN_CHAIN)))
    if at_cut:
        chosen = _trim_cut(view, chosen, hi, diags)
    items = []
    for i, (m, repaired) in enumerate(chosen):
        end = chosen[i + 1][0].start if i + 1 < len(chosen) else hi
        while end > m.end and text[end - 1] in " \t\n":
            end -= 1
        assert m.ordinal is not None
        items.append(
            ItemNode(
                scheme=m.scheme.name,
                ordinal=m.ordinal,
                marker=(m.start, m.end),
                title=_title(text, m.end, end),
                start=m.start,
                end=end,
                repaired=repaired,
            )
        )
        if i and chosen[i - 1][0].scheme is m.scheme:
            before = chosen[i - 1][0].ordinal or 0
            if m.ordinal > m.scheme.successor(before):
                diags.append(
                    Diagnostic(
                        code=DiagnosticCode.GAP,
                        severity=Severity.WARNING,
                        message=f"{m.scheme.name} items skip from {before} to {m.ordinal}",
                        span=view.span(m.start, m.end),
                    )
                )
        if repaired:
            diags.append(
                Diagnostic(
                    code=DiagnosticCode.REPAIRED_NUMERAL,
                    severity=Severity.INFO,
                    message=f"restored a lost numeral: 是 read as {m.scheme.marker(m.ordinal)}",
                    span=view.span(m.start, m.end),
                )
            )
    return items


def find_measures(view: NormalizedText, tree: Tree, schemes: SchemeSet) -> None:
    """Fill ``items`` of every section of ``tree`` (in place) and add repair diagnostics."""
    for node in tree.walk():
        node.items = _section_items(view, node, schemes, tree.diagnostics, tree.cut)
