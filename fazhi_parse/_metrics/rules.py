"""The rules that reject a candidate: dates, document numbers, ordinals, names, articles …

Each rule has a name of :data:`REJECTION_RULES`; :func:`rejection` tries the rules that need
only the match and its surroundings, :func:`is_time_phrase` the one that needs the
candidate's hedges (an unhedged N年 without a duration cue).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache
from typing import Final

from ..model import MetricKind, Qualifier
from ..numerals import CN_FINANCIAL_DIGITS, CN_FINANCIAL_UNITS, CN_PLAIN_DIGITS
from .candidates import (
    BIG_G,
    DATE,
    INNER,
    NUM,
    REJ,
    UNIT_G,
    UP,
    Groups,
    Quantity,
    alternation,
    measure_word,
)
from .hedges import Extent
from .units import (
    ARABIC_ONLY_UNITS,
    CLAUSE_ENDS,
    CLOCK_MARKS,
    CN_NUMERAL_CHARS,
    DURATION_CUES,
    DURATION_SUFFIXES,
    FINANCIAL_WORDS,
    FIXED_PATTERNS,
    FIXED_TERMS,
    INDEFINITE_ONE_EXCEPTIONS,
    NAME_BREAKS,
    NAME_QUOTES,
    NAME_REACH,
    NOT_A_NUMBER_BEFORE,
    ONE_EVENT_AFTER,
    ONE_EVENT_UNITS,
    ONE_NOT_AFTER,
    ONE_PROVIDED_AFTER,
    ONE_PROVIDED_UNITS,
    ONE_VAGUE_UNITS,
    PLAN_NAMES,
    RANK_MARKERS,
    RANKED_UNITS,
    RECENT_WORDS,
    REJECT_TOKENS,
    SESSION_REACH,
    SESSION_WORDS,
    SINCE_WORDS,
    TITLE_BRACKETS,
    TITLE_REACH,
    TRAIN_WORDS,
    WITHIN_WORDS,
)

__all__ = ["BRACKETS", "REJECTION_RULES", "is_time_phrase", "rejection"]

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

_CUE_RE: Final = re.compile(f"(?:{alternation(list(DURATION_CUES))})[ ]?$")
_FIXED_RE: Final = re.compile("|".join(FIXED_PATTERNS))
_FIXED_TERM_RE: Final = re.compile(alternation(FIXED_TERMS))
_FIXED_REACH: Final = max(map(len, FIXED_TERMS))
_SESSION_RE: Final = re.compile(
    f"(?:[、和及][{CN_NUMERAL_CHARS}0-9]+次)*(?:{alternation(SESSION_WORDS)})"
)
"""What follows N次 in a session's ordinal: 二次全会, 六次、七次全会."""
_PROVIDED_RE: Final = re.compile(f"(?:{alternation(ONE_PROVIDED_AFTER)})了?$")
_EVENT_RE: Final = re.compile(f"(?:{alternation(ONE_EVENT_AFTER)})了?$")
_FINANCIAL_FIRST: Final = frozenset(CN_FINANCIAL_DIGITS + CN_FINANCIAL_UNITS)
_CLOCK_DIGITS: Final = frozenset("0123456789" + CN_NUMERAL_CHARS)


@cache
def _han() -> re.Pattern[str]:
    """A Chinese character (compiled on first use: the range takes about 1 ms to compile)."""
    return re.compile("[\u4e00-\u9fff]")


_CLOSER: Final = {**NAME_QUOTES, **TITLE_BRACKETS}
BRACKETS: Final = "".join(o + c for o, c in _CLOSER.items())
"""Every opener and closer of :data:`_CLOSER`, found once per range for :func:`_enclosed`."""
_YEAR_CN: Final = frozenset(CN_PLAIN_DIGITS)


def _enclosed(text: str, start: int, end: int, brackets: Sequence[int]) -> str | None:
    """``name`` when [start, end) sits in a short quotation, ``title`` when inside 《》.

    ``brackets`` holds the offsets of every quotation mark and 《》 in the range, in order.
    """
    k = bisect_right(brackets, start - 1)
    if not k or start - brackets[k - 1] > TITLE_REACH:
        return None
    near = brackets[k - 1]
    opener = text[near]
    closer = _CLOSER.get(opener)
    if closer is None:
        return None  # the nearest bracket before closes: we are outside
    title = opener in TITLE_BRACKETS
    if not title and start - near > NAME_REACH:
        return None
    stop = text.find(closer, end, end + (TITLE_REACH if title else NAME_REACH))
    if stop < 0:
        return None
    inner = text[near:stop]
    if title:
        return None if "\n" in inner or opener in inner[1:] else "title"
    return None if any(p in inner for p in NAME_BREAKS) else "name"


def _in_fixed_term(text: str, start: int, lo: int, hi: int) -> bool:
    """Whether a fixed term of :data:`FIXED_TERMS` covers ``start`` (最多跑一次, 三项制度)."""
    a = start - _FIXED_REACH + 1
    for m in _FIXED_TERM_RE.finditer(text, a if a > lo else lo, min(hi, start + _FIXED_REACH)):
        if m.start() > start:
            return False
        if m.end() > start:
            return True
    return False


def _one_counts(text: str, start: int, end: int, lo: int, hi: int, unit: str | None) -> bool:
    """Whether 一 + ``unit`` at ``text[start:end]`` counts rather than being the article
    'a': after 了 or a duration cue (开展了一期, 为期一个月), after a verb of provision
    (配备一名专职律师) or of holding an event (召开一次专题会议), or at the end of its clause,
    after what it counts (开展督查一次, 新增执法记录仪一台)."""
    if unit is None:
        return False
    before = text[start - 1] if start > lo else ""
    allowed = INDEFINITE_ONE_EXCEPTIONS.get(before)
    if allowed is not None and unit in allowed:
        return True
    if unit in ONE_VAGUE_UNITS:
        return False
    if unit in ONE_PROVIDED_UNITS and _PROVIDED_RE.search(text, max(lo, start - 3), start):
        return True
    if unit in ONE_EVENT_UNITS and _EVENT_RE.search(text, max(lo, start - 3), start):
        return True
    return (
        (end >= hi or text[end] in CLAUSE_ENDS)
        and before not in ONE_NOT_AFTER
        and _han().match(before) is not None
    )


def rejection(
    text: str,
    groups: Groups,
    start: int,
    end: int,
    lo: int,
    hi: int,
    brackets: Sequence[int],
) -> str | None:
    """The rule that rejects this candidate, or None when it may be a quantity (the
    candidate is ``text[start:end]``, read inside ``text[lo:hi]``)."""
    num = groups[NUM]
    assert num is not None
    prev = text[start - 1] if start > lo else ""
    before = text[start - 2] if prev == " " and start - 2 >= lo else prev  # 第 3 次
    if before == "第":
        return "ordinal"
    if prev and prev in ":/ " and start - 2 >= lo and text[start - 2].isdigit():
        # 16:52 and 2020/11/03 are times and dates; 8 5% has lost digits to spacing
        return "unreadable" if prev == " " else "date"
    if prev and prev in CLOCK_MARKS and start - 2 >= lo and text[start - 2] in _CLOCK_DIGITS:
        return "date"  # 8时30分, 九点十五分: a clock time
    if groups[DATE] is not None:
        return "date"
    rej = groups[REJ]
    if rej is not None:
        return REJECT_TOKENS[rej]
    unit = measure_word(groups[UNIT_G] or groups[INNER])[0]
    arabic = num[0].isdigit()
    if not arabic:
        if unit in ARABIC_ONLY_UNITS:
            return "lexical"
        if before in NOT_A_NUMBER_BEFORE:
            return NOT_A_NUMBER_BEFORE[before]
        if num[0] in _FINANCIAL_FIRST and (
            text[start - 1 : start + 1] in FINANCIAL_WORDS
            or text[start : start + 2] in FINANCIAL_WORDS
        ):
            return "lexical"
    if unit == "年":
        if len(num) == 4 and groups[BIG_G] is None and (num.isdigit() or _YEAR_CN.issuperset(num)):
            return "date"
        if text.startswith(PLAN_NAMES, end):
            return "name"
    elif unit == "日" and not text.startswith(WITHIN_WORDS, end):
        return "date"
    if before and before in RANK_MARKERS and unit in RANKED_UNITS:
        return "rank"
    if unit == "次":
        session = _SESSION_RE.match(text, end) is not None
        if session and "届" in text[max(0, start - SESSION_REACH) : start]:
            return "ordinal"
        if text.startswith(TRAIN_WORDS, end):
            return "name"
    if not arabic and (_FIXED_RE.match(text, start) or _in_fixed_term(text, start, lo, hi)):
        return "name"
    one = num == "一" and groups[BIG_G] is None and groups[UP] is None  # not 一至两名
    if one and not _one_counts(text, start, end, lo, hi, unit):
        return "indefinite"
    return _enclosed(text, start, end, brackets)


def is_time_phrase(text: str, m: re.Match[str], q: Quantity, e: Extent, lo: int) -> bool:
    """A period a sentence is set in, not a measured duration: any duration before 来/以来
    (三年来, 近三个月以来), and N年 with no duration cue before or after it, unhedged or
    after 近 'the last' (三年行动方案, 未来五年, 近三年全区…); 连续6年, 历时近两年, 3年内 and
    三年时间 are durations."""
    if q.kind is MetricKind.DURATION and text.startswith(SINCE_WORDS, e.end):
        return True
    return (
        q.unit == "年"
        and (e.qualifier is Qualifier.EXACT or text.startswith(RECENT_WORDS, e.start))
        and not _CUE_RE.search(text, max(lo, e.start - 4), e.start)
        and not text.startswith(DURATION_SUFFIXES, m.end())
    )
