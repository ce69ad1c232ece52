"""Metrics: every quantity a report gives (11件, 达100%, 500余人次, 约8亿元), typed.

One compiled regex finds each *candidate*: a number and what follows it up to a measure word
or a token that shows it is not a quantity::

    candidate = number [list] [mid] [big] [mid] (unit | date | reject | breakdown)
              | 百分之 quantity | cn-number 分之 cn-number | arabic "/" arabic
    number    = arabic ["亿" arabic]        (3亿6000万元)
              | cn-number ["点" digit+]     (一百二十, 四点九)
              | ("百" | "千" | "万") cn*    only after 近 上 逾 超 约 or before 余/多 (近百场)
    list      = ("、" arabic)+              (606、618、590、414项: the unit is written once)
    mid       = "余" | "多"                 (500余人次, 3万多人)
    big       = ["百" | "千"] ("万" | "亿" | "万亿") | "百" | "千"
    unit      = a measure word of :data:`~fazhi_parse._metrics.units.UNITS` (人次 before 人)
    date      = 年度 | 年 M月 [D日] | M月 [D日]
    reject    = 周年 | 号 | 届 | 版 | 级      (anniversaries, document numbers, ordinals…)
    breakdown = lookahead "(其中 … 25件": a bare number takes the unit of its breakdown

The pattern starts with a character class, so ``re`` skips straight to digits and Chinese
numerals. Each candidate is then accepted or rejected by the rules named in
:data:`REJECTION_RULES` (dates, document numbers, ordinals, names in quotes or in 《》,
fixed political terms such as 三项制度, the article 一 in 一个/一批 …); rejections are
reported as one :class:`~fazhi_parse.model.Diagnostic` with a count per rule.
An accepted candidate gets its qualifier (约 近 余 多 超过 以上 突破 不足 以下 内 达 …),
its change (同比增长, 下降28%, 压减22%), its subject (the words before it in its clause)
and, where the clause supports one, a canonical indicator (:mod:`fazhi_parse._metrics.indicators`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Final

import regex

from .._text.normalize import NormalizedText
from ..model import (
    Change,
    Diagnostic,
    DiagnosticCode,
    Metric,
    MetricKind,
    Qualifier,
    Severity,
    Span,
)
from ..numerals import NumeralError, cn_number, cn_quantity, scaled
from .indicators import INDICATORS, Indicator
from .units import (
    APPROX_NOT_AFTER,
    BIG_UNITS,
    CHANGE_VERBS,
    CN_NUMERAL_CHARS,
    CN_NUMERAL_FIRST,
    DURATION_CUES,
    DURATION_SUFFIXES,
    FIXED_PATTERNS,
    FIXED_TERMS,
    INDEFINITE_ONE_EXCEPTIONS,
    LIST_OPENERS,
    MID_QUALIFIERS,
    NOT_A_NUMBER_BEFORE,
    PLAN_NAMES,
    POST_QUALIFIERS,
    PRE_QUALIFIERS,
    QUALIFIER_RANK,
    RANK_MARKERS,
    REACHED_NOT_AFTER,
    REJECT_TOKENS,
    ROUND_NUMBER_CUES,
    SESSION_WORDS,
    STRONG_QUALIFIER,
    UNIT_NOT_BEFORE,
    UNITS,
    UP_TO_ROUND,
    WITHIN_QUALIFIERS,
)

__all__ = ["REJECTION_RULES", "extract_metrics", "indicator_for"]

REJECTION_RULES: Final = (
    "date",
    "time phrase",
    "document number",
    "ordinal",
    "rank",
    "anniversary",
    "edition",
    "level",
    "name",
    "title",
    "indefinite",
    "vague",
    "lexical",
    "unreadable",
)
"""Names of the rules that reject number-like strings, in the order reported."""

# --- the candidate regex -------------------------------------------------------------------


def _alternation(words: Sequence[str], not_before: dict[str, str] | None = None) -> str:
    """Regex alternation of ``words``, longest first, each with its negative lookahead."""
    parts = []
    for word in sorted(words, key=len, reverse=True):
        tail = (not_before or {}).get(word, "")
        parts.append(re.escape(word) + (f"(?![{tail}])" if tail else ""))
    return "|".join(parts)


_CN_FIRST: Final = f"[{CN_NUMERAL_FIRST}]"
_CN: Final = f"[{CN_NUMERAL_CHARS}]"
_AR: Final = r"[0-9]+(?:\.[0-9]+)?"
_CN_DEC: Final = "(?:点[〇零一二三四五六七八九]+)?"
_UNIT: Final = _alternation(list(UNITS), UNIT_NOT_BEFORE)
_REJECT: Final = _alternation([t for t in REJECT_TOKENS if t not in UNITS])
_DAY: Final = r"(?:[ ]?[0-9]{1,2}[ ]?[日号])"
_BIG: Final = "(?:[百千]?(?:万亿|[万亿])|[百千])"
_MID: Final = f"[{''.join(MID_QUALIFIERS)}]"


def _candidate_source(unit: str, reject: str) -> str:
    """The candidate pattern (verbose) around the measure-word and reject alternations."""
    return rf"""
        (?P<num>
            [0-9{CN_NUMERAL_FIRST}百千万]
            (?:
                (?<=[0-9])(?<![0-9.A-Za-z][0-9])(?P<ar>)
                (?P<grp>[0-9]{{0,2}}(?:,[0-9]{{3}})+(?![0-9]))?[0-9]*(?:\.[0-9]+)?
                (?:亿[0-9]{{1,4}}(?=[余多]?万))?
                (?:/(?P<den>[0-9]{{1,3}})(?![0-9/]))?
              | (?<=百)分之(?P<pct>{_AR}|{_CN_FIRST}{_CN}*{_CN_DEC})
              | (?<={_CN_FIRST})(?<!{_CN}{_CN_FIRST}){_CN}*
                (?:分之(?P<frac>{_CN_FIRST}{_CN}*)|{_CN_DEC})
              | (?<=[百千万])(?:(?<=[{ROUND_NUMBER_CUES}][百千万])|(?=[余多])){_CN}*
            )
        )
        (?(ar)(?P<more>(?:[ ]?、[ ]?{_AR}){{1,12}})?)
        (?(pct)|(?(frac)|(?(den)|
            [ ]{{0,2}}(?P<mid1>{_MID})?(?P<big>{_BIG})?(?P<mid2>{_MID})?[ ]{{0,2}}
            (?:
                (?P<date>年(?:度|[ ]?[0-9]{{1,2}}[ ]?月{_DAY}?)|月{_DAY}?)
              | (?P<unit>{unit})
              | (?P<rej>{reject})
              | (?=\((?:{"|".join(LIST_OPENERS)})?[^()\n]{{0,16}}?[0-9]+[ ]?(?P<inner>{unit}))
            )
        )))
        """


@cache
def _candidate() -> re.Pattern[str]:
    """The candidate regex, compiled on first use (about 7 ms, not paid at import)."""
    rx = re.compile(_candidate_source(_UNIT, _REJECT), re.VERBOSE)
    assert {name: i - 1 for name, i in rx.groupindex.items()} == _GROUP
    return rx


_PRE_QUAL: Final = "|".join(
    (f"(?<![{REACHED_NOT_AFTER}])" if q == "达" else "")
    + (f"(?<![{APPROX_NOT_AFTER}])" if q in ("近", "约") else "")
    + re.escape(q)
    for q in sorted(PRE_QUALIFIERS, key=len, reverse=True)
)
_BEFORE_RE: Final = re.compile(
    f"(?:(?P<change>{_alternation(list(CHANGE_VERBS))})了?[ ]?)?(?:(?P<qual>{_PRE_QUAL})了?)?[ ]?$"
)
"""What may stand right before a number: a change verb (下降), then a hedge (约)."""
_BEFORE_LAST: Final = frozenset(w[-1] for w in (*PRE_QUALIFIERS, *CHANGE_VERBS)) | {"了", " "}
"""Last characters of what :data:`_BEFORE_RE` matches: a cheap test before running it."""
_AFTER_QUAL_RE: Final = re.compile(
    f"[ ]?(?:(?P<post>{_alternation(list(POST_QUALIFIERS))})"
    f"|(?P<within>{_alternation(list(WITHIN_QUALIFIERS))})"
    f"|{re.escape(STRONG_QUALIFIER)}(?![\u4e00-\u9fff]))"
)
"""What may stand right after a unit: 以上 / 左右 …, 内 (durations only), 强."""
_CUE_RE: Final = re.compile(f"(?:{_alternation(list(DURATION_CUES))})[ ]?$")
_WITHIN_WORDS: Final = tuple(WITHIN_QUALIFIERS)
_FIXED_RE: Final = re.compile("|".join([_alternation(FIXED_TERMS), *FIXED_PATTERNS]))
_AFTER_RE: Final = re.compile(r"[^,。;:!?、()\n0-9“”《》]{0,14}")

_CLAUSE_MARK_RE: Final = regex.compile(r"[,。;:!?、()\n“”《》\[\]【】]", flags=regex.REVERSE)
_SENTENCE_MARK_RE: Final = regex.compile(r"[。;!?\n]", flags=regex.REVERSE)
_SUBJECT_LEAD: Final = ("其中", "并且", "以及", "同时", "全年", "并", "且", "和", "及")
_SUBJECT_TAIL: Final = (
    "分别",
    "共计",
    "合计",
    "累计",
    "总计",
    "共有",
    "达到",
    "共",
    "计",
    "为",
    "是",
    "有",
    "了",
    "的",
    "均",
    "已",
    "达",
)
_BRACKETS: Final = "“”「」『』《》"
_CLOSER: Final = {"“": "”", "「": "」", "『": "』", "《": "》"}
_QUOTE_SPAN: Final = 18
_TITLE_SPAN: Final = 60

_YEAR_CN: Final = frozenset("〇零一二三四五六七八九")


# --- indicators ----------------------------------------------------------------------------


_Tables = tuple[re.Pattern[str], dict[str, tuple[int, ...]], tuple[Indicator, ...]]
_TABLES: _Tables | None = None


def _indicator_tables() -> _Tables:
    """Compile the indicator table on first use: one regex of all terms, term → its rows."""
    global _TABLES
    rows = INDICATORS
    by_term: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        for term in row.terms:
            by_term.setdefault(term, []).append(i)
    pattern = re.compile(_alternation(list(by_term)))
    _TABLES = (pattern, {t: tuple(ix) for t, ix in by_term.items()}, rows)
    return _TABLES


def indicator_for(clause: str, sentence: str, kind: MetricKind) -> str | None:
    """The canonical indicator a metric measures, from its clause and sentence, or None.

    ``clause`` is the metric's own words (before the number and just after the unit);
    ``sentence`` is the text from the start of its sentence to the number.
    """
    return _indicator(clause, sentence, 0, len(sentence), kind)


def _indicator(clause: str, text: str, lo: int, pos: int, kind: MetricKind) -> str | None:
    """:func:`indicator_for` with the sentence (ending at ``pos``) cut from ``text`` only when
    a row needs it."""
    pattern, by_term, rows = _TABLES or _indicator_tables()
    found = pattern.findall(clause)
    if not found:
        return None
    hits: set[int] = set()
    for term in found:
        hits.update(by_term[term])
    context: str | None = None
    for i in sorted(hits):
        row = rows[i]
        if kind not in row.kinds or (row.unless and any(w in clause for w in row.unless)):
            continue
        if not row.topic or any(t in clause for t in row.topic):
            return row.name
        if context is None:
            context = text[_clause_start(text, lo, pos, 160, _SENTENCE_MARK_RE) : pos]
        if any(t in context for t in row.topic):
            return row.name
    return None


# --- extraction ----------------------------------------------------------------------------

# indexes into m.groups() of the candidate regex (read in one call), taken from the pattern
# with one-word alternations: the same groups (the alternations capture nothing) at a
# fraction of the compile time
_GROUP: Final = {
    name: i - 1
    for name, i in re.compile(_candidate_source("u", "r"), re.VERBOSE).groupindex.items()
}
_NUM, _GRP, _DEN, _PCT, _FRAC = (_GROUP[g] for g in ("num", "grp", "den", "pct", "frac"))
_MORE, _MID1, _BIG_G, _MID2 = (_GROUP[g] for g in ("more", "mid1", "big", "mid2"))
_DATE, _UNIT_G, _REJ, _INNER = (_GROUP[g] for g in ("date", "unit", "rej", "inner"))


Groups = tuple[str | None, ...]
"""``m.groups()`` of a candidate, indexed by the ``_NUM`` … ``_INNER`` constants."""

_FRACTION_PLACES: Final = Decimal("0.000001")


def _scale(big: str | None) -> int:
    scale = 1
    for ch in big or ():
        scale *= BIG_UNITS[ch]
    return scale


def _number(groups: Groups) -> tuple[Decimal, MetricKind | None, int]:
    """A candidate's number: (value before scaling, the kind it forces, the scale to apply).

    百分之 forces percent and 分之 or N/M a fraction; 万/亿 after the number give the scale,
    except after a Chinese numeral, where they close its last section (一亿六千余万).
    """
    pct = groups[_PCT]
    if pct is not None:
        return (Decimal(pct) if pct[0].isdigit() else cn_quantity(pct)), MetricKind.PERCENT, 1
    num = groups[_NUM]
    assert num is not None
    big = groups[_BIG_G]
    if num[0].isdigit():
        den = groups[_DEN]
        if "亿" in num:  # 3亿6000万元 = 3 亿 and 6000 万
            high, _, low = num.partition("亿")
            return Decimal(high) * 10**4 + Decimal(low), None, _scale(big)
        if den is None:
            return Decimal(num.replace(",", "")), None, _scale(big)
        top, bottom = Decimal(num[: num.index("/")]), Decimal(den)
        if not 0 < top < bottom:
            raise NumeralError(f"not a fraction: {num}")
        return (top / bottom).quantize(_FRACTION_PLACES).normalize(), MetricKind.FRACTION, 1
    frac = groups[_FRAC]
    if frac is not None:
        parts = cn_number(num[: num.index("分")])
        if not parts:
            raise NumeralError("zero denominator")
        value = (cn_number(frac) / parts).quantize(_FRACTION_PLACES).normalize()
        return value, MetricKind.FRACTION, 1
    if big in ("万", "亿") and "点" not in num:
        try:
            return cn_number(num + big), None, 1
        except NumeralError:
            pass
    return cn_quantity(num), None, _scale(big)


def _enclosed(text: str, start: int, end: int, brackets: Sequence[int]) -> str | None:
    """``name`` when [start, end) sits in a short quotation, ``title`` when inside 《》.

    ``brackets`` holds the offsets of every quotation mark and 《》 in the range, in order.
    """
    k = bisect_right(brackets, start - 1)
    if not k or start - brackets[k - 1] > _TITLE_SPAN:
        return None
    near = brackets[k - 1]
    opener = text[near]
    closer = _CLOSER.get(opener)
    if closer is None:
        return None  # the nearest bracket before closes: we are outside
    title = opener == "《"
    if not title and start - near > _QUOTE_SPAN:
        return None
    stop = text.find(closer, end, end + (_TITLE_SPAN if title else _QUOTE_SPAN))
    if stop < 0:
        return None
    inner = text[near:stop]
    if title:
        return None if "\n" in inner or "《" in inner[1:] else "title"
    return None if any(p in inner for p in ",。;:!?\n") else "name"


def _reason(
    text: str,
    groups: Groups,
    start: int,
    end: int,
    lo: int,
    brackets: Sequence[int],
) -> str | None:
    """The rule that rejects this candidate, or None when it may be a quantity."""
    num = groups[_NUM]
    assert num is not None
    prev = text[start - 1] if start > lo else ""
    before = text[start - 2] if prev == " " and start - 2 >= lo else prev  # 第 3 次
    if before == "第":
        return "ordinal"
    if prev and prev in ":/ " and start - 2 >= lo and text[start - 2].isdigit():
        # 16:52 and 2020/11/03 are times and dates; 8 5% has lost digits to spacing
        return "unreadable" if prev == " " else "date"
    if groups[_DATE] is not None:
        return "date"
    rej = groups[_REJ]
    if rej is not None:
        return REJECT_TOKENS[rej]
    unit = groups[_UNIT_G] or groups[_INNER]
    arabic = num[0].isdigit()
    if before and not arabic and before in NOT_A_NUMBER_BEFORE:
        return NOT_A_NUMBER_BEFORE[before]
    if unit == "年":
        if len(num) == 4 and groups[_BIG_G] is None and (num.isdigit() or _YEAR_CN.issuperset(num)):
            return "date"
        if text.startswith(PLAN_NAMES, end):
            return "name"
    elif unit == "日" and not text.startswith(_WITHIN_WORDS, end):
        return "date"
    if before and before in RANK_MARKERS and unit in ("名", "位", "强"):
        return "rank"
    session = unit == "次" and text.startswith(SESSION_WORDS, end)
    if session and "届" in text[max(0, start - 12) : start]:
        return "ordinal"
    if not arabic and _FIXED_RE.match(text, start):
        return "name"
    if num == "一" and groups[_BIG_G] is None:
        allowed = INDEFINITE_ONE_EXCEPTIONS.get(before)
        if allowed is None or unit not in allowed:
            return "indefinite"
    return _enclosed(text, start, end, brackets)


def _is_round(groups: Groups) -> bool:
    """Whether the number is a bare 百/千/万 (上千人次, 近百场)."""
    num = groups[_NUM]
    return num is not None and num[0] in "百千万" and groups[_PCT] is None


def _stronger(a: Qualifier, b: Qualifier) -> Qualifier:
    """The more informative of two hedges on one number (达到9年以上 → lower_bound)."""
    return b if QUALIFIER_RANK[b] > QUALIFIER_RANK[a] else a


def _trim_subject(subject: str) -> str | None:
    """The clause words before a number without connectives (其中, 共计, 为 …)."""
    subject = subject.strip()
    for _ in range(3):
        if not subject.startswith(_SUBJECT_LEAD):
            break
        for word in _SUBJECT_LEAD:
            if subject.startswith(word):
                subject = subject[len(word) :]
                break
    for _ in range(3):
        if not subject.endswith(_SUBJECT_TAIL):
            break
        for word in _SUBJECT_TAIL:
            if subject.endswith(word):
                subject = subject[: -len(word)]
                break
    return subject or None


def _clause_start(text: str, lo: int, pos: int, window: int, marks: regex.Pattern[str]) -> int:
    """Just after the last mark before ``pos`` (at most ``window`` back, never before ``lo``)."""
    a = pos - window if pos - window > lo else lo
    mark = marks.search(text, a, pos)
    return a if mark is None else mark.end()


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


@dataclass(slots=True)
class _Quantity:
    """What a candidate's number is worth and what it counts."""

    base: Decimal
    """The number before 万/亿 are applied."""
    scale: int
    """10**4 for 万, 10**8 for 亿 … (1 when none)."""
    unit: str | None
    """The measure word written after the number; None when a breakdown gives it."""
    name: str
    """The unit recorded: ``unit``, % for 百分之, empty for a fraction, or the breakdown's."""
    kind: MetricKind


@dataclass(slots=True)
class _Extent:
    """Where a metric starts and ends once its hedges are read, and how it is hedged."""

    start: int
    """The qualifier before the number (约, 达到), or the number."""
    end: int
    """After the unit and what follows it (以上, 左右), or after the number (breakdowns)."""
    qualifier: Qualifier
    change: Change | None


@dataclass(slots=True)
class _Context:
    """What the previous metric of a range leaves for the next one (42场次11000人次)."""

    end: int
    indicator: str | None = None


def _quantity(view: NormalizedText, m: re.Match[str], groups: Groups) -> _Quantity | str:
    """The candidate's number and unit, or ``unreadable`` when the number cannot be read."""
    unit = groups[_UNIT_G]
    if groups[_PCT] is not None:
        unit = "%"
    elif groups[_FRAC] is not None or groups[_DEN] is not None:
        unit = ""
    name = unit if unit is not None else groups[_INNER]
    assert name is not None  # the regex always ends in one of its branches
    if groups[_GRP] is not None:
        start = view.to_source(m.start())
        if "," not in view.source[start : view.to_source(m.end("num") - 1) + 1]:
            return "unreadable"  # 606，618: full-width commas separate, not group
    try:
        base, forced, scale = _number(groups)
    except (NumeralError, ArithmeticError):
        return "unreadable"
    return _Quantity(base, scale, unit, name, forced or UNITS[name])


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
    if verb is not None and not text.startswith("新", before.start() - 1):
        change = CHANGE_VERBS[verb]
    return qstart, qualifier, change


def _extent(text: str, m: re.Match[str], groups: Groups, q: _Quantity, lo: int, hi: int) -> _Extent:
    """The candidate's hedges and change: before the number, between it and its unit (余/多),
    a round number after 上 (上千人次), and after the unit (以上, 左右, 内 for durations, 强)."""
    start = m.start()
    qstart, qualifier, change = _before(text, start, lo)
    mid = groups[_MID1] or groups[_MID2]
    if mid is not None:
        qualifier = _stronger(qualifier, MID_QUALIFIERS[mid])
    if qstart == start and start > lo and text[start - 1] == UP_TO_ROUND and _is_round(groups):
        qstart -= 1
        qualifier = _stronger(qualifier, Qualifier.LOWER_BOUND)
    if q.unit is None:
        # the unit comes from the breakdown that follows: the metric ends at the number
        # (or the last number of a list whose unit is written once, 3、5（其中2件）)
        end = m.end("more") if groups[_MORE] is not None else m.end("num")
        return _Extent(qstart, end, qualifier, change)
    end = m.end()
    after_q = _AFTER_QUAL_RE.match(text, end, hi)
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
    return _Extent(qstart, end, qualifier, change)


def _is_time_phrase(text: str, m: re.Match[str], q: _Quantity, e: _Extent, lo: int) -> bool:
    """An unhedged N年 with no duration cue before or after it (三年行动方案, 一年来): a time
    phrase or a name, not a measured duration (连续6年, 3年内 are)."""
    return (
        q.unit == "年"
        and e.qualifier is Qualifier.EXACT
        and not _CUE_RE.search(text, max(lo, e.start - 4), e.start)
        and not text.startswith(DURATION_SUFFIXES, m.end())
    )


def _subject_and_indicator(
    text: str, lo: int, hi: int, e: _Extent, kind: MetricKind, previous: _Context
) -> tuple[str | None, str | None]:
    """The words before the number in its clause (not reaching back past the previous
    metric) and the indicator of that clause with the few words after the unit; a metric
    right after another with no indicator of its own shares the previous one's."""
    clause_start = _clause_start(text, lo, e.start, 40, _CLAUSE_MARK_RE)
    if clause_start < previous.end:
        clause_start = previous.end
    subject = _trim_subject(text[clause_start : e.start])
    after = _AFTER_RE.match(text, e.end, hi)
    clause = (subject or "") + (after.group() if after is not None else "")
    indicator = _indicator(clause, text, lo, e.start, kind)
    if indicator is None and clause_start == previous.end > lo:
        indicator = previous.indicator  # 42场次11000人次: back to back, the same activity
    return subject, indicator


def _records(
    view: NormalizedText,
    span_of: Callable[[int, int], Span],
    m: re.Match[str],
    q: _Quantity,
    e: _Extent,
    subject: str | None,
    indicator: str | None,
    out: list[Metric],
) -> None:
    """Append the metric to ``out``, or one per item of a list whose unit is written once
    (606、618、414项: the qualifier goes to the last item, the change to the first)."""
    source = view.source
    more = m.group("more")
    if more is None:
        span = span_of(e.start, e.end)
        out.append(
            Metric(
                value=q.base if q.scale == 1 else scaled(q.base, q.scale),
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
                change=e.change if i == 0 else None,
                span=span,
                text=source[span.start : span.end],
                indicator=indicator,
                subject=subject,
            )
        )


def _scan(
    view: NormalizedText, lo: int, hi: int, out: list[Metric], rejected: Counter[str]
) -> None:
    """Append the metrics of ``text[lo:hi]`` to ``out``; count rejections in ``rejected``.

    Each candidate goes through the steps of the module's grammar: the rules that reject it
    (:func:`_reason`), its number and unit (:func:`_quantity`), its hedges and change
    (:func:`_extent`), the time-phrase rule for N年 (:func:`_is_time_phrase`), its subject
    and indicator (:func:`_subject_and_indicator`), and the records (:func:`_records`).
    """
    text = view.text
    span_of = _span_mapper(view)
    previous = _Context(lo)
    brackets = _find_all(text, _BRACKETS, lo, hi)
    for m in _candidate().finditer(text, lo, hi):
        groups = m.groups()
        reason = _reason(text, groups, m.start(), m.end(), lo, brackets)
        if reason is not None:
            rejected[reason] += 1
            continue
        q = _quantity(view, m, groups)
        if isinstance(q, str):
            rejected[q] += 1
            continue
        e = _extent(text, m, groups, q, lo, hi)
        if _is_time_phrase(text, m, q, e, lo):
            rejected["time phrase"] += 1
            continue
        subject, indicator = _subject_and_indicator(text, lo, hi, e, q.kind, previous)
        _records(view, span_of, m, q, e, subject, indicator, out)
        previous.end = e.end
        previous.indicator = indicator


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
