"""The candidate regex and the candidate's number.

One compiled regex (:func:`candidate`) finds each number and what follows it up to a measure
word or a token that shows it is not a quantity (the grammar is in
:mod:`fazhi_parse._metrics.extract`); :func:`quantity` reads the number and unit of a match.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any, Final

from .._text.normalize import NormalizedText
from ..model import MetricKind, Qualifier
from ..numerals import (
    CN_DIGITS,
    CN_PLAIN_DIGITS,
    CN_UNITS,
    NumeralError,
    cn_number,
    cn_quantity,
    scaled,
)
from .units import (
    CN_NUMERAL_CHARS,
    CN_NUMERAL_FIRST,
    LIST_OPENERS,
    MID_QUALIFIERS,
    RANGE_MARKS,
    REJECT_TOKENS,
    ROUND_NUMBER_CUES,
    UNIT_AS,
    UNIT_NOT_BEFORE,
    UNITS,
)

__all__ = [
    "BIG_G",
    "DATE",
    "DEN",
    "FRAC",
    "GROUP",
    "GRP",
    "INNER",
    "LOBIG",
    "MID1",
    "MID2",
    "MORE",
    "NUM",
    "PCT",
    "REJ",
    "UNIT_G",
    "UP",
    "Groups",
    "Quantity",
    "alternation",
    "candidate",
    "is_round",
    "measure_word",
    "quantity",
    "read_neighbours",
    "read_number",
    "read_range",
]  # fmt: skip


def alternation(words: Sequence[str], not_before: dict[str, str] | None = None) -> str:
    """A regex matching any of ``words``, each with its negative lookahead (``not_before``:
    word → characters that must not follow it), as a prefix tree: at each character one
    branch is tried instead of every word in turn, a longer word before the shorter one it
    starts with (人次 before 人), as in a longest-first alternation."""
    tails = not_before or {}
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = tails.get(word, "")

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in node.items() if ch]
        if "" in node:
            branches.append(f"(?![{node['']}])" if node[""] else "")
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(tree)


_CN_FIRST: Final = f"[{CN_NUMERAL_FIRST}]"
_CN: Final = f"[{CN_NUMERAL_CHARS}]"
_AR: Final = r"[0-9]+(?:\.[0-9]+)?"
_CN_DEC: Final = f"(?:点[{CN_PLAIN_DIGITS}]+)?"
_CN_ZERO_DEC: Final = f"零点[{CN_PLAIN_DIGITS}]+"
"""A Chinese decimal below one (零点五); 零 alone is a word (零跑动, 零件)."""
_MID: Final = f"[{''.join(MID_QUALIFIERS)}]"
_GE: Final = "个"
"""The general classifier: its compounds (个月, 个百分点) may hold 多/余 (两个多月)."""


def _measure_words() -> str:
    """The measure words of :data:`UNITS` with the characters that must not follow them
    (:data:`UNIT_NOT_BEFORE`); a compound of 个 may hold 多/余 (两个多月, 1个多百分点)."""
    tails = {word: UNIT_NOT_BEFORE.get(word, "") for word in UNITS}
    for word in UNITS:
        if len(word) > 1 and word[0] == _GE:
            for mid in MID_QUALIFIERS:
                tails[_GE + mid + word[1:]] = tails[word]
    return alternation(list(tails), tails)


_UNIT: Final = _measure_words()
_HEDGED_UNITS: Final[dict[str, tuple[str, Qualifier]]] = {
    _GE + mid + word[1:]: (word, hedge)
    for word in UNITS
    if len(word) > 1 and word[0] == _GE
    for mid, hedge in MID_QUALIFIERS.items()
}
"""个多月 → (个月, lower_bound): the compounds of 个 that hold a hedge."""
_REJECT: Final = alternation([t for t in REJECT_TOKENS if t not in UNITS])
_DAY: Final = r"(?:[ ]?[0-9]{1,2}[ ]?[日号])"
_BIG: Final = "(?:[百千]?(?:万亿|[万亿])|[百千])"
"""Scale words between a number and its unit (2.86万户, 约8亿元, 1.2万亿元, 3千人);
combinations multiply (3千万元)."""
_RANGE_TO: Final = alternation(RANGE_MARKS)
_RANGE_FIRST: Final = (
    "[" + re.escape(" 百千万亿" + "".join(sorted({m[0] for m in RANGE_MARKS}))) + "]"
)
"""What may follow the lower end of a range: a cheap test before trying one."""
"""Between the ends of a range: 3-5次, 1—2名, 3至5天, 3万到5万元."""


def _candidate_source(unit: str, reject: str) -> str:
    """The candidate pattern (verbose) around the measure-word and reject alternations."""
    return rf"""
        (?P<num>
            [0-9{CN_NUMERAL_FIRST}百千万零]
            (?:
                (?<=[0-9])(?<![0-9.A-Za-z][0-9])(?P<ar>)
                (?P<grp>[0-9]{{0,2}}(?:,[0-9]{{3}})+(?![0-9]))?[0-9]*(?:\.[0-9]+)?
                (?:亿[0-9]{{1,4}}(?=[余多]?万))?
                (?:/(?P<den>[0-9]{{1,3}})(?![0-9/]))?
              | (?<=百)分之(?P<pct>{_AR}|{_CN_FIRST}{_CN}*{_CN_DEC}|{_CN_ZERO_DEC}|百(?!{_CN}))
              | (?<={_CN_FIRST})(?<!{_CN}{_CN_FIRST}){_CN}*
                (?:分之(?P<frac>{_CN_FIRST}{_CN}*)|{_CN_DEC})
              | (?<=零)(?<!{_CN}零)点[{CN_PLAIN_DIGITS}]+
              | (?<=[百千万])(?:(?<=[{ROUND_NUMBER_CUES}][百千万])|(?=[余多])){_CN}*
            )
        )
        (?(ar)(?P<more>(?:[ ]?、[ ]?{_AR}){{1,12}})?)
        (?(pct)|(?(frac)|(?(den)|
            (?(more)|(?:
                (?={_RANGE_FIRST})[ ]?(?P<lobig>{_BIG})?[ ]?(?:{_RANGE_TO})[ ]?
                (?P<up>{_AR}|{_CN_FIRST}{_CN}*{_CN_DEC})
            )?)
            [ ]{{0,2}}(?P<mid1>{_MID})?(?P<big>{_BIG})?(?P<mid2>{_MID})?[ ]{{0,2}}
            (?:
                (?P<date>年(?:度|[ ]?[0-9]{{1,2}}[ ]?月{_DAY}?)|(?<!两)月{_DAY}?)
              | (?P<unit>{unit})
              | (?P<rej>{reject})
              | (?=\((?:{"|".join(LIST_OPENERS)})?[^()\n]{{0,16}}?[0-9]+[ ]?(?P<inner>{unit}))
            )
        )))
        """


@cache
def candidate() -> re.Pattern[str]:
    """The candidate regex, compiled on first use (about 15 ms, not paid at import)."""
    rx = re.compile(_candidate_source(_UNIT, _REJECT), re.VERBOSE)
    assert {name: i - 1 for name, i in rx.groupindex.items()} == GROUP
    return rx


GROUP: Final = {
    name: i for i, name in enumerate(re.findall(r"\(\?P<(\w+)>", _candidate_source("", "")))
}
"""Indexes into ``m.groups()`` of the candidate regex (read in one call): its named groups in
the order they open (it has no other capturing group), read off the source rather than
compiled (:func:`candidate` checks them when it compiles)."""
NUM, GRP, DEN, PCT, FRAC = (GROUP[g] for g in ("num", "grp", "den", "pct", "frac"))
MORE, MID1, BIG_G, MID2 = (GROUP[g] for g in ("more", "mid1", "big", "mid2"))
DATE, UNIT_G, REJ, INNER = (GROUP[g] for g in ("date", "unit", "rej", "inner"))
UP, LOBIG = (GROUP[g] for g in ("up", "lobig"))

Groups = tuple[str | None, ...]
"""``m.groups()`` of a candidate, indexed by the ``NUM`` … ``INNER`` constants."""

_NONZERO: Final = CN_PLAIN_DIGITS.replace("〇", "").replace("零", "")
_NEIGHBOURS_RE: Final = re.compile(
    f"(?<![{CN_PLAIN_DIGITS}两])([{_NONZERO}两])([{_NONZERO}两])(?![{CN_PLAIN_DIGITS}两])"
)
_FRACTION_PLACES: Final = Decimal("0.000001")


def _scale(big: str | None) -> int:
    """The factor of the scale words after an Arabic number (千万 → 10**7)."""
    scale = 1
    for ch in big or ():
        scale *= CN_UNITS[ch]
    return scale


def _plain(num: str, big: str | None) -> tuple[Decimal, int]:
    """An Arabic or Chinese number and the scale words after it: (value, scale).

    万/亿 after a Chinese numeral close its last section (一亿六千余万): the scale is then
    inside the value.
    """
    if num[0].isdigit():
        if "亿" in num:  # 3亿6000万元 = 3 亿 and 6000 万
            high, _, low = num.partition("亿")
            return Decimal(high) * 10**4 + Decimal(low), _scale(big)
        return Decimal(num.replace(",", "") if "," in num else num), _scale(big) if big else 1
    if big in ("万", "亿") and "点" not in num:
        try:
            return cn_number(num + big), 1
        except NumeralError:
            pass
    return cn_quantity(num), _scale(big)


def read_number(groups: Groups) -> tuple[Decimal, MetricKind | None, int]:
    """A candidate's number: (value before scaling, the kind it forces, the scale to apply).

    百分之 forces percent and 分之 or N/M a fraction; 万/亿 after the number give the scale
    (a range is read by :func:`read_range`).
    """
    pct = groups[PCT]
    if pct is not None:
        return (Decimal(pct) if pct[0].isdigit() else cn_quantity(pct)), MetricKind.PERCENT, 1
    num = groups[NUM]
    assert num is not None
    den = groups[DEN]
    if den is not None:
        top, bottom = Decimal(num[: num.index("/")]), Decimal(den)
        if not 0 < top < bottom:
            raise NumeralError(f"not a fraction: {num}")
        return (top / bottom).quantize(_FRACTION_PLACES).normalize(), MetricKind.FRACTION, 1
    frac = groups[FRAC]
    if frac is not None:
        parts = cn_number(num[: num.index("分")])
        if not parts:
            raise NumeralError("zero denominator")
        value = (cn_number(frac) / parts).quantize(_FRACTION_PLACES).normalize()
        return value, MetricKind.FRACTION, 1
    value, scale = _plain(num, groups[BIG_G])
    return value, None, scale


def read_range(groups: Groups) -> tuple[Decimal, int, Decimal] | None:
    """The ends of a range: (lower end before scaling, its scale, upper end scaled), or None
    for a single number.

    The scale words after the range hold for both ends when the lower is the smaller number
    before them (3-5万元, 三到五万元: 30000 to 50000) and for the upper alone otherwise
    (五千到一万元: 5000 to 10000); the lower may have its own (3万-5万元).
    """
    up = groups[UP]
    if up is None:
        return None
    num = groups[NUM]
    assert num is not None
    big = groups[BIG_G]
    if big is None and not up[0].isdigit() and len(up) > 1 and up[-1] in "万亿":
        up, big = up[:-1], up[-1]  # 三到五万: the regex reads 万 into the Chinese numeral
    high = scaled(*_plain(up, big))
    own = groups[LOBIG]
    if own is not None:
        low, scale = _plain(num, own)
    elif _plain(num, None)[0] < _plain(up, None)[0]:
        low, scale = _plain(num, big)
    else:
        low, scale = _plain(num, None)
    return low, scale, high


def measure_word(word: str | None) -> tuple[str | None, Qualifier | None]:
    """A matched measure word as :data:`UNITS` spells it, and the hedge inside it
    (个多月 → 个月, lower_bound)."""
    return _HEDGED_UNITS.get(word, (word, None)) if word is not None else (None, None)


def read_neighbours(groups: Groups) -> tuple[Decimal, int, Decimal] | None:
    """Two neighbouring digits written together, an approximate range (三四个 → 3 to 4,
    十五六人 → 15 to 16, 五六十家 → 50 to 60, 一两个月 → 1 to 2), as (lower end before scaling,
    its scale, upper end scaled); None otherwise (二〇二二, 一二三 are read digit by digit)."""
    num = groups[NUM]
    if num is None or num[0].isdigit() or groups[PCT] is not None or groups[FRAC] is not None:
        return None
    pair = _NEIGHBOURS_RE.search(num)
    if pair is None or CN_DIGITS[pair[2]] != CN_DIGITS[pair[1]] + 1:
        return None
    i = pair.start()
    low, scale = _plain(num[:i] + num[i] + num[i + 2 :], groups[BIG_G])
    high = scaled(*_plain(num[:i] + num[i + 1 :], groups[BIG_G]))
    return low, scale, high


def is_round(groups: Groups) -> bool:
    """Whether the number is a bare 百/千/万 (上千人次, 近百场)."""
    num = groups[NUM]
    return num is not None and num[0] in "百千万" and groups[PCT] is None


@dataclass(slots=True)
class Quantity:
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
    upper: Decimal | None = None
    """The upper end of a range, scaled (3-5万元 → 50000); None for a single number."""
    hedge: Qualifier | None = None
    """A hedge the number or unit carries itself: 三四个 (approx), 两个多月 (lower_bound)."""


def quantity(view: NormalizedText, m: re.Match[str], groups: Groups) -> Quantity | str:
    """The candidate's number and unit, or ``unreadable`` when the number cannot be read."""
    unit, hedge = groups[UNIT_G], None
    if unit is not None and unit in _HEDGED_UNITS:
        unit, hedge = _HEDGED_UNITS[unit]
    if groups[PCT] is not None:
        unit = "%"
    elif groups[FRAC] is not None or groups[DEN] is not None:
        unit = ""
    name = unit if unit is not None else measure_word(groups[INNER])[0]
    assert name is not None  # the regex always ends in one of its branches
    if groups[GRP] is not None:
        start = view.to_source(m.start())
        if "," not in view.source[start : view.to_source(m.end("num") - 1) + 1]:
            return "unreadable"  # 606，618: full-width commas separate, not group
    upper, forced = None, None
    try:
        ends = None if groups[UP] is None else read_range(groups)
        num = groups[NUM]
        if ends is None and num is not None and len(num) > 1 and not num[0].isdigit():
            ends = read_neighbours(groups)
            hedge = hedge if ends is None else Qualifier.APPROX
        if ends is None:
            base, forced, scale = read_number(groups)
        else:
            base, scale, upper = ends
    except (NumeralError, ArithmeticError):
        return "unreadable"
    if upper is not None and upper <= scaled(base, scale):
        return "unreadable"  # 5-3次: not a range
    kind = forced or UNITS[name]
    recorded = UNIT_AS.get(name)
    if recorded is not None:  # 九成 → 90%
        name, factor = recorded
        base = scaled(base, factor)
        upper = None if upper is None else scaled(upper, factor)
    return Quantity(base, scale, unit, name, kind, upper, hedge)
