"""A candidate's hedges and change: 约 近 达到 before it, 余/多 inside, 以上 左右 内 强 after
it, a change verb (同比下降) before it, and so where the metric starts and ends."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Final

from ..model import Change, MetricKind, Qualifier
from .candidates import MID1, MID2, MORE, Groups, Quantity, alternation, is_round
from .units import (
    APPROX_NOT_AFTER,
    CHANGE_NOT_AFTER,
    CHANGE_VERBS,
    MID_QUALIFIERS,
    MINUS_SIGNS,
    POST_QUALIFIERS,
    PRE_QUALIFIERS,
    QUALIFIER_RANK,
    REACHED_NOT_AFTER,
    STRONG_QUALIFIER,
    UP_TO_ROUND,
    WITHIN_QUALIFIERS,
)

__all__ = ["Extent", "extent"]

_PRE_QUAL: Final = "|".join(
    (f"(?<![{REACHED_NOT_AFTER}])" if q == "达" else "")
    + (f"(?<![{APPROX_NOT_AFTER}])" if q in ("近", "约") else "")
    + re.escape(q)
    for q in sorted(PRE_QUALIFIERS, key=len, reverse=True)
)

_BEFORE_RE: Final = re.compile(
    f"(?:(?P<change>{alternation(list(CHANGE_VERBS))})了?[ ]?)?(?:(?P<qual>{_PRE_QUAL})了?)?[ ]?$"
)
"""What may stand right before a number: a change verb (下降), then a hedge (约)."""

_BEFORE_LAST: Final = frozenset(w[-1] for w in (*PRE_QUALIFIERS, *CHANGE_VERBS)) | {"了", " "}
"""Last characters of what :data:`_BEFORE_RE` matches: a cheap test before running it."""

_AFTER_QUAL_RE: Final = re.compile(
    f"[ ]?(?:(?P<post>{alternation(list(POST_QUALIFIERS))})"
    f"|(?P<within>{alternation(list(WITHIN_QUALIFIERS))})"
    f"|{re.escape(STRONG_QUALIFIER)}(?![\u4e00-\u9fff]))"
)
"""What may stand right after a unit: 以上 / 左右 …, 内 (durations only), 强."""

_AFTER_FIRST: Final = frozenset(
    w[0] for w in (*POST_QUALIFIERS, *WITHIN_QUALIFIERS, STRONG_QUALIFIER, " ")
)
"""First characters of what :data:`_AFTER_QUAL_RE` matches: a cheap test before running it."""


@cache
def _before_sign() -> re.Pattern[str]:
    """What may stand before the minus sign of a negative percentage: a word or a mark
    (compiled on first use: the range takes about 1 ms to compile)."""
    return re.compile("[\u4e00-\u9fff (:,;]")


@dataclass(slots=True)
class Extent:
    """Where a metric starts and ends once its hedges are read, and how it is hedged."""

    start: int
    """The qualifier before the number (约, 达到), or the number."""
    end: int
    """After the unit and what follows it (以上, 左右), or after the number (breakdowns)."""
    qualifier: Qualifier
    change: Change | None


def _stronger(a: Qualifier, b: Qualifier) -> Qualifier:
    """The more informative of two hedges on one number (达到9年以上 → lower_bound)."""
    return b if QUALIFIER_RANK[b] > QUALIFIER_RANK[a] else a


def _before(text: str, start: int, lo: int) -> tuple[int, Qualifier, Change | None]:
    """A change verb and a hedge right before the number: (where the metric starts, the
    qualifier, the change); 新增 is not a change (新增市场主体7241户)."""
    if start <= lo or text[start - 1] not in _BEFORE_LAST:
        return start, Qualifier.EXACT, None
    before = _BEFORE_RE.search(text, start - 9 if start - 9 > lo else lo, start)
    if before is None or before.start() >= start:
        return start, Qualifier.EXACT, None
    qstart, qualifier, change = start, Qualifier.EXACT, None
    pre, verb = before.group("qual", "change")
    if pre is not None:
        qstart = before.start("qual")
        qualifier = PRE_QUALIFIERS[pre]
    if verb is not None and not text.startswith(CHANGE_NOT_AFTER, before.start() - 1):
        change = CHANGE_VERBS[verb]
    return qstart, qualifier, change


def _is_negative(text: str, start: int, lo: int, q: Quantity) -> bool:
    """Whether a minus sign stands before this percentage (-3%, 增长-2.1%): after a word,
    a space or an opening mark, not after a number (2-3% is a range, 2020-3 a date)."""
    if q.kind is not MetricKind.PERCENT or start <= lo or text[start - 1] not in MINUS_SIGNS:
        return False
    sign = start - 1
    return sign == lo or _before_sign().match(text, sign - 1) is not None


def extent(text: str, m: re.Match[str], groups: Groups, q: Quantity, lo: int, hi: int) -> Extent:
    """The candidate's hedges and change: before the number, between it and its unit (余/多),
    a round number after 上 (上千人次), and after the unit (以上, 左右, 内 for durations, 强).
    A minus sign before a percentage makes it a decrease (增长-3%), and is part of its span."""
    start = m.start()
    if q.kind is MetricKind.PERCENT and _is_negative(text, start, lo, q):
        qstart, qualifier, change = _before(text, start - 1, lo)
        change = Change.INCREASE if change is Change.DECREASE else Change.DECREASE
    else:
        qstart, qualifier, change = _before(text, start, lo)
    mid = groups[MID1] or groups[MID2]
    if mid is not None:
        qualifier = _stronger(qualifier, MID_QUALIFIERS[mid])
    if q.hedge is not None:
        qualifier = _stronger(qualifier, q.hedge)
    if qstart == start and start > lo and text[start - 1] == UP_TO_ROUND and is_round(groups):
        qstart -= 1
        qualifier = _stronger(qualifier, Qualifier.LOWER_BOUND)
    if q.unit is None:
        # the unit comes from the breakdown that follows: the metric ends at the number
        # (or the last number of a list whose unit is written once, 3、5（其中2件）)
        end = m.end("more") if groups[MORE] is not None else m.end("num")
        return Extent(qstart, end, qualifier, change)
    end = m.end()
    after_q = (
        _AFTER_QUAL_RE.match(text, end, hi) if end < hi and text[end] in _AFTER_FIRST else None
    )
    if after_q is not None:
        post, within = after_q.group("post", "within")
        if post is not None:
            qualifier = _stronger(qualifier, POST_QUALIFIERS[post])
            end = after_q.end()
        elif within is not None:
            if q.kind is MetricKind.DURATION:
                qualifier = _stronger(qualifier, WITHIN_QUALIFIERS[within])
                end = after_q.end()
        else:
            qualifier = _stronger(qualifier, Qualifier.LOWER_BOUND)
            end = after_q.end()
    return Extent(qstart, end, qualifier, change)
