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
from typing import Final

from .._text.normalize import NormalizedText
from ..model import MetricKind
from ..numerals import CN_PLAIN_DIGITS, CN_UNITS, NumeralError, cn_number, cn_quantity, scaled
from .units import (
    CN_NUMERAL_CHARS,
    CN_NUMERAL_FIRST,
    LIST_OPENERS,
    MID_QUALIFIERS,
    REJECT_TOKENS,
    ROUND_NUMBER_CUES,
    UNIT_AS,
    UNIT_NOT_BEFORE,
    UNITS,
)

__all__ = [
    "BIG_G", "DATE", "DEN", "FRAC", "GROUP", "GRP", "INNER", "MID1", "MID2", "MORE", "NUM",
    "PCT", "REJ", "UNIT_G", "Groups", "Quantity", "alternation", "candidate", "is_round",
    "quantity", "read_number",
]  # fmt: skip


def alternation(words: Sequence[str], not_before: dict[str, str] | None = None) -> str:
    """Regex alternation of ``words``, longest first, each with its negative lookahead."""
    parts = []
    for word in sorted(words, key=len, reverse=True):
        tail = (not_before or {}).get(word, "")
        parts.append(re.escape(word) + (f"(?![{tail}])" if tail else ""))
    return "|".join(parts)


_CN_FIRST: Final = f"[{CN_NUMERAL_FIRST}]"
_CN: Final = f"[{CN_NUMERAL_CHARS}]"
_AR: Final = r"[0-9]+(?:\.[0-9]+)?"
_CN_DEC: Final = f"(?:点[{CN_PLAIN_DIGITS}]+)?"
_CN_ZERO_DEC: Final = f"零点[{CN_PLAIN_DIGITS}]+"
"""A Chinese decimal below one (零点五); 零 alone is a word (零跑动, 零件)."""
_UNIT: Final = alternation(list(UNITS), UNIT_NOT_BEFORE)
_REJECT: Final = alternation([t for t in REJECT_TOKENS if t not in UNITS])
_DAY: Final = r"(?:[ ]?[0-9]{1,2}[ ]?[日号])"
_BIG: Final = "(?:[百千]?(?:万亿|[万亿])|[百千])"
"""Scale words between a number and its unit (2.86万户, 约8亿元, 1.2万亿元, 3千人);
combinations multiply (3千万元)."""
_MID: Final = f"[{''.join(MID_QUALIFIERS)}]"


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
    """The candidate regex, compiled on first use (about 7 ms, not paid at import)."""
    rx = re.compile(_candidate_source(_UNIT, _REJECT), re.VERBOSE)
    assert {name: i - 1 for name, i in rx.groupindex.items()} == GROUP
    return rx


GROUP: Final = {
    name: i - 1
    for name, i in re.compile(_candidate_source("u", "r"), re.VERBOSE).groupindex.items()
}

NUM, GRP, DEN, PCT, FRAC = (GROUP[g] for g in ("num", "grp", "den", "pct", "frac"))

MORE, MID1, BIG_G, MID2 = (GROUP[g] for g in ("more", "mid1", "big", "mid2"))

DATE, UNIT_G, REJ, INNER = (GROUP[g] for g in ("date", "unit", "rej", "inner"))

Groups = tuple[str | None, ...]
"""``m.groups()`` of a candidate, indexed by the ``NUM`` … ``INNER`` constants."""

_FRACTION_PLACES: Final = Decimal("0.000001")


def _scale(big: str | None) -> int:
    """The factor of the scale words after an Arabic number (千万 → 10**7)."""
    scale = 1
    for ch in big or ():
        scale *= CN_UNITS[ch]
    return scale


def read_number(groups: Groups) -> tuple[Decimal, MetricKind | None, int]:
    """A candidate's number: (value before scaling, the kind it forces, the scale to apply).

    百分之 forces percent and 分之 or N/M a fraction; 万/亿 after the number give the scale,
    except after a Chinese numeral, where they close its last section (一亿六千余万).
    """
    pct = groups[PCT]
    if pct is not None:
        return (Decimal(pct) if pct[0].isdigit() else cn_quantity(pct)), MetricKind.PERCENT, 1
    num = groups[NUM]
    assert num is not None
    big = groups[BIG_G]
    if num[0].isdigit():
        den = groups[DEN]
        if "亿" in num:  # 3亿6000万元 = 3 亿 and 6000 万
            high, _, low = num.partition("亿")
            return Decimal(high) * 10**4 + Decimal(low), None, _scale(big)
        if den is None:
            return Decimal(num.replace(",", "")), None, _scale(big)
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
    if big in ("万", "亿") and "点" not in num:
        try:
            return cn_number(num + big), None, 1
        except NumeralError:
            pass
    return cn_quantity(num), None, _scale(big)


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


def quantity(view: NormalizedText, m: re.Match[str], groups: Groups) -> Quantity | str:
    """The candidate's number and unit, or ``unreadable`` when the number cannot be read."""
    unit = groups[UNIT_G]
    if groups[PCT] is not None:
        unit = "%"
    elif groups[FRAC] is not None or groups[DEN] is not None:
        unit = ""
    name = unit if unit is not None else groups[INNER]
    assert name is not None  # the regex always ends in one of its branches
    if groups[GRP] is not None:
        start = view.to_source(m.start())
        if "," not in view.source[start : view.to_source(m.end("num") - 1) + 1]:
            return "unreadable"  # 606，618: full-width commas separate, not group
    try:
        base, forced, scale = read_number(groups)
    except (NumeralError, ArithmeticError):
        return "unreadable"
    kind = forced or UNITS[name]
    recorded = UNIT_AS.get(name)
    if recorded is not None:  # 九成 → 90%
        name, factor = recorded
        base = scaled(base, factor)
    return Quantity(base, scale, unit, name, kind)
