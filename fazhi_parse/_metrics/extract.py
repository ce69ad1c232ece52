"""Metrics: every quantity a report gives (11件, 达100%, 500余人次, 约8亿元, 3-5次), typed.

One compiled regex finds each *candidate*: a number and what follows it up to a measure word
or a token that shows it is not a quantity::

    candidate = number [list | range] [mid] [big] [mid] (unit | date | reject | breakdown)
              | 百分之 (quantity | 百) | cn-number 分之 cn-number | arabic "/" arabic
    number    = arabic ["亿" arabic]        (3亿6000万元)
              | cn-number ["点" digit+]     (一百二十, 四点九, 壹佰壹拾壹)
              | "零点" digit+               (零点五)
              | ("百" | "千" | "万") cn*    only after 近 上 逾 超 约 or before 余/多 (近百场)
    list      = ("、" arabic)+              (606、618、590、414项: the unit is written once)
    range     = [big] mark number           (3-5次, 3万-5万元, 三至五天; marks: - — ~ 至 到)
    mid       = "余" | "多"                 (500余人次, 3万多人)
    big       = ["百" | "千"] ("万" | "亿" | "万亿") | "百" | "千"
    unit      = a measure word of :data:`~fazhi_parse._metrics.units.UNITS` (人次 before 人;
                a compound of 个 may hold a mid: 两个多月)
    date      = 年度 | 年 M月 [D日] | M月 [D日]   (not 两月: a duration)
    reject    = 周年 | 号 | 届 | 版 | 级      (anniversaries, document numbers, ordinals…)
    breakdown = lookahead "(其中 … 25件": a bare number takes the unit of its breakdown

The pattern starts with a character class, so ``re`` skips straight to digits and Chinese
numerals. Each candidate is then accepted or rejected by the rules named in
:data:`REJECTION_RULES` (dates, document numbers, ordinals, names in quotes or in 《》,
fixed terms and idioms such as 三项制度 or 最多跑一次, place names, the article 一 in
一个/一批 …); rejections are reported as one :class:`~fazhi_parse.model.Diagnostic` with a
count per rule. An accepted candidate is read (成 as tenths: 九成 → 90%; neighbouring digits
as an approximate range: 三四个 → 3 to 4) and gets its qualifier (约 近 余 多 超过 以上 突破
不足 以下 内 达 …), its change (同比增长, 下降28%, 压减22%, -3%), its subject (the words before
it in its clause) and, where the clause supports one, a canonical indicator
(:mod:`fazhi_parse._metrics.indicators`). Two metrics joined by a range mark become one
range (10%-20%).

One module per step, this one joining them: ``candidates`` (the regex, the number and unit),
``rules`` (rejections), ``hedges`` (qualifier, change, extent), ``context`` (subject,
indicator); the tables are data modules (``units``, ``clauses``, ``indicators``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Final

import attrs

from .._text.normalize import NormalizedText
from ..model import Diagnostic, DiagnosticCode, Metric, MetricKind, Qualifier, Severity, Span
from ..numerals import scaled
from .candidates import MORE, Quantity, alternation, candidate, quantity
from .context import Context, indicator_for, subject_and_indicator
from .hedges import Extent, extent
from .rules import BRACKETS, REJECTION_RULES, is_time_phrase, rejection
from .units import RANGE_MARKS

__all__ = ["REJECTION_RULES", "extract_metrics", "indicator_for"]

_RANGE_GAP_RE: Final = re.compile(f"[ ]?(?:{alternation(RANGE_MARKS)})[ ]?")
"""Between two metrics that are the ends of one range (10%-20%)."""
_RANGE_GAP: Final = 2 + max(map(len, RANGE_MARKS))


def _pieces(text: str, m: re.Match[str], qstart: int, end: int) -> list[tuple[int, int]]:
    """Spans of the items of a list whose unit is written once (606、618、414项)."""
    more = m.group("more")
    pos = m.start("more")
    pieces = [(qstart, m.end("num"))]
    items = [v.strip() for v in more.split("、")[1:]]
    for v in items:
        s = text.index(v, pos)
        pieces.append((s, s + len(v)))
        pos = s + len(v)
    pieces[-1] = (pieces[-1][0], end)
    return pieces


def _find_all(text: str, chars: str, lo: int, hi: int) -> list[int]:
    """Sorted offsets of every one of ``chars`` in ``text[lo:hi]`` (str.find beats a regex
    class of CJK punctuation here)."""
    found: list[int] = []
    for ch in chars:
        i = text.find(ch, lo, hi)
        while i >= 0:
            found.append(i)
            i = text.find(ch, i + 1, hi)
    found.sort()
    return found


def _span_mapper(view: NormalizedText) -> Callable[[int, int], Span]:
    """``view.span`` with one bisection for the usual case of no deletion inside the range."""
    cuts, shifts = view.cuts, view.shifts
    if not cuts:
        return Span  # no deletions: normalized offsets are source offsets
    last = len(cuts)

    def span_of(start: int, end: int) -> Span:
        k = bisect_right(cuts, start)
        shift = shifts[k - 1] if k else 0
        if end > start and k < last and cuts[k] <= end - 1:
            return view.span(start, end)
        return Span(start + shift, end + shift)

    return span_of


def _records(
    view: NormalizedText,
    span_of: Callable[[int, int], Span],
    m: re.Match[str],
    more: str | None,
    q: Quantity,
    e: Extent,
    subject: str | None,
    indicator: str | None,
    out: list[Metric],
) -> None:
    """Append the metric to ``out``, or one per item of a list whose unit is written once
    (606、618、414项, the match's ``more``: the qualifier goes to the last item, the change
    to the first)."""
    source = view.source
    if more is None:
        span = span_of(e.start, e.end)
        out.append(
            Metric(
                value=q.base if q.scale == 1 else scaled(q.base, q.scale),
                upper=q.upper,
                unit=q.name,
                kind=q.kind,
                qualifier=e.qualifier,
                change=e.change,
                span=span,
                text=source[span.start : span.end],
                indicator=indicator,
                subject=subject,
            )
        )
        return
    values = [q.base, *(Decimal(v.strip()) for v in more.split("、")[1:])]
    pieces = _pieces(view.text, m, e.start, e.end)
    last = len(values) - 1
    for i, (value, (s, end)) in enumerate(zip(values, pieces, strict=True)):
        span = span_of(s, end)
        out.append(
            Metric(
                value=scaled(value, q.scale),
                unit=q.name,
                kind=q.kind,
                qualifier=e.qualifier if i == last else Qualifier.EXACT,
                change=e.change,
                span=span,
                text=source[span.start : span.end],
                indicator=indicator,
                subject=subject,
            )
        )


def _closes_range(text: str, after: int, m: re.Match[str], q: Quantity, opened: Metric) -> bool:
    """Whether this candidate is the upper end of a range opened by the previous metric,
    each end with its own unit (10%-20%, 3万元至5万元): only a range mark between them, the
    same unit, a greater value."""
    if m.group("more") is not None or q.upper is not None or q.name != opened.unit:
        return False
    if _RANGE_GAP_RE.fullmatch(text, after, m.start()) is None:
        return False
    return scaled(q.base, q.scale) > opened.value


def _range_of(
    view: NormalizedText,
    span_of: Callable[[int, int], Span],
    opened: Metric,
    start: int,
    q: Quantity,
    e: Extent,
) -> Metric:
    """The previous metric widened to a range up to this one (10%-20% → value 10, upper 20);
    a hedge after the upper end (以上) holds for the range."""
    span = span_of(start, e.end)
    return attrs.evolve(
        opened,
        upper=scaled(q.base, q.scale),
        qualifier=opened.qualifier if e.qualifier is Qualifier.EXACT else e.qualifier,
        span=span,
        text=view.source[span.start : span.end],
    )


def _listed_after(text: str, after: int, start: int, last: Metric, q: Quantity) -> bool:
    """Whether this candidate is the next item of a list (、) after ``last``, in its unit, so
    that it shares the change the list's verb gives (分别压缩了52%、58%、78%)."""
    return last.change is not None and q.name == last.unit and text[after:start].strip() == "、"


def _scan(
    view: NormalizedText, lo: int, hi: int, out: list[Metric], rejected: Counter[str]
) -> None:
    """Append the metrics of ``text[lo:hi]`` to ``out``; count rejections in ``rejected``.

    Each candidate goes through the steps of the module's grammar: the rules that reject it
    (``rules.rejection``), its number and unit (``candidates.quantity``), its hedges and
    change (``hedges.extent``), the time-phrase rule for N年 (``rules.is_time_phrase``), its
    subject and indicator (``context.subject_and_indicator``), and the records (:func:`_records`).
    """
    text = view.text
    span_of = _span_mapper(view)
    previous = Context(lo)
    brackets = _find_all(text, BRACKETS, lo, hi)
    for m in candidate().finditer(text, lo, hi):
        groups = m.groups()
        start, end = m.span()
        reason = rejection(text, groups, start, end, lo, hi, brackets)
        if reason is not None:
            rejected[reason] += 1
            continue
        q = quantity(view, m, groups)
        if isinstance(q, str):
            rejected[q] += 1
            continue
        e = extent(text, m, groups, q, lo, hi)
        if q.kind is MetricKind.DURATION and is_time_phrase(text, m, q, e, lo):
            rejected["time phrase"] += 1
            continue
        opened = previous.opens
        gap = start - previous.end
        if (
            opened is not None
            and 0 < gap <= _RANGE_GAP
            and _closes_range(text, previous.end, m, q, opened)
        ):
            out[-1] = _range_of(view, span_of, opened, previous.start, q, e)
            previous.end, previous.opens = e.end, None
            continue
        if e.change is None and out and _listed_after(text, previous.end, m.start(), out[-1], q):
            e.change = out[-1].change  # 分别压缩了52%、58%: both decreases
        subject, indicator = subject_and_indicator(text, lo, hi, e, q.kind, previous)
        _records(view, span_of, m, groups[MORE], q, e, subject, indicator, out)
        previous.end, previous.start, previous.indicator = e.end, e.start, indicator
        single = groups[MORE] is None and q.upper is None and e.end == end
        previous.opens = out[-1] if single else None


def extract_metrics(
    view: NormalizedText, ranges: Sequence[tuple[int, int]]
) -> tuple[list[Metric], list[Diagnostic]]:
    """Every quantity inside the given normalized-text ranges (body minus page chrome), in order.

    Spans are in source coordinates. Rejected number-like strings (dates, document numbers,
    ordinals, names …) are counted per rule in a single ``REJECTED_NUMBER`` diagnostic.
    """
    metrics: list[Metric] = []
    rejected: Counter[str] = Counter()
    for lo, hi in sorted(ranges):
        _scan(view, lo, hi, metrics, rejected)
    if not rejected:
        return metrics, []
    detail = ", ".join(f"{rule} {rejected[rule]}" for rule in REJECTION_RULES if rejected[rule])
    return metrics, [
        Diagnostic(
            code=DiagnosticCode.REJECTED_NUMBER,
            severity=Severity.INFO,
            message=f"rejected {sum(rejected.values())} number-like strings: {detail}",
        )
    ]
