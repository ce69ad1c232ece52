"""Dates as government pages print them, including the mangled ones.

Read on the normalized text (ASCII digits, width folded). Forms, in the order tried::

    full     = year ("年" | "-" | "/" | ".") month ("月" | "-" | "/" | ".") day "日"?
    chinese  = cn-year "年" cn-month "月" cn-day "日"        二〇二〇年三月二十一日
    --- loose forms, only where a date is expected ---
    glued    = year month "月" (day "日"?)?                  20191月, 201912月5日   (年 lost)
    month    = year "年" month "月"                          2020年3月              (no day)
    cn-month = cn-year "年" cn-month "月"                    二〇二三年三月         (no day)
    dotted   = day "." month "." year                        14.03.2021
    digits   = year month day, 6 to 8 digits in a row         2020321, 20200321
    impossible = a full form that is no calendar date         2023年13月40日

``glued`` and short ``digits`` forms are *repaired*: they are read only where a single
calendar date fits (``2020321`` is 2020-03-21, since month 32 does not exist; ``2020121``
could be January 21 or December 1 and is reported as ambiguous, with no value). A date
printed without its day has :attr:`~fazhi_parse.model.DatePrecision.MONTH` precision: its
value is the 1st of the month by convention, never a day that was read. ``dotted`` is read
day first (the European order); when day and month could swap it is ambiguous. An
``impossible`` date is found (so that the caller can say so) but has no value. Loose forms
are tried only when the caller asks, i.e. where a date is expected (a signature line, a
metadata value), never in running text where ``2020321`` may be a count.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

import attrs

from ..model import DatePrecision
from ..numerals import YEAR_DIGITS, cn_year

__all__ = [
    "ARABIC_YEAR",
    "CN_YEAR",
    "DATE_SIGNS",
    "YEAR",
    "DateReading",
    "find_date",
    "read_date",
]

YEAR_RANGE: Final = range(1949, 2101)
"""Years accepted as report, publication or signature years."""

ARABIC_YEAR: Final = r"(?:19|20)\d{2}"
"""Regex source of a year in Arabic digits (1900–2099), the one year grammar of the package."""

CN_YEAR: Final = rf"[一二][{''.join(YEAR_DIGITS)}]{{3}}"
"""Regex source of a year written digit by digit (二〇二三, 一九九九; see ``YEAR_DIGITS``)."""

YEAR: Final = rf"(?:{ARABIC_YEAR}|{CN_YEAR})"
"""Regex source of a year in either writing (read it with :func:`~fazhi_parse.numerals.cn_year`)."""

_Y: Final = rf"(?P<y>{ARABIC_YEAR})"
_FULL: Final = re.compile(
    _Y + r"\s*(?:年|[-/.])\s*(?P<m>\d{1,2})\s*(?:月|[-/.])\s*(?P<d>\d{1,2})(?!\d)(?:\s*日)?"
)
_CN_SMALL: Final = "一二三四五六七八九十"
_CHINESE: Final = re.compile(
    rf"(?P<y>{CN_YEAR})\s*年\s*(?P<m>[{_CN_SMALL}]{{1,2}})\s*月"
    rf"\s*(?P<d>[{_CN_SMALL}]{{1,3}})\s*日"
)
_GLUED: Final = re.compile(_Y + r"(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})(?:\s*日)?)?")
_MONTH: Final = re.compile(_Y + r"\s*年\s*(?P<m>\d{1,2})\s*月(?!\s*\d)")
_CN_MONTH: Final = re.compile(
    rf"(?P<y>{CN_YEAR})\s*年\s*(?P<m>[{_CN_SMALL}]{{1,2}})\s*月(?!\s*[{_CN_SMALL}\d])"
)
_DOTTED: Final = re.compile(
    r"(?<![\d.])(?P<d>\d{1,2})\s*\.\s*(?P<m>\d{1,2})\s*\.\s*" + _Y + r"(?![\d.])"
)
_DIGITS: Final = re.compile(r"(?<!\d)" + _Y + r"(?P<rest>\d{2,4})(?!\d)")

DATE_SIGNS: Final = "".join(sorted({*"年月日-/.", *YEAR_DIGITS, *_CN_SMALL}))
"""Every character the forms above write a date with, besides digits and white space: a
string with any other character is not a date alone (callers test this before searching a
long line)."""


@attrs.frozen(kw_only=True)
class DateReading:
    """A date found in a string, where it was, and whether it had to be repaired."""

    value: date | None
    """The date; None when it cannot be read: several dates fit (``ambiguous``) or none
    does (2023年13月40日); ``note`` says which."""
    start: int
    end: int
    """Where the date-like string is (offsets into the searched string)."""
    precision: DatePrecision = DatePrecision.DAY
    """MONTH when no day was printed (``value`` is then the 1st of the month)."""
    repaired: bool = False
    """True when the printed form was mangled (``2020321``, ``20191月``)."""
    ambiguous: bool = False
    """True when several calendar dates fit the digits."""
    note: str = ""
    """What was done, for diagnostics."""


def _valid(y: int, m: int, d: int) -> date | None:
    if y not in YEAR_RANGE:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _cn_small(text: str) -> int:
    """一 … 三十一 (the numerals of months and days); 0 when ``text`` is none."""
    digit = YEAR_DIGITS.get
    if "十" not in text:
        return digit(text, 0) if len(text) == 1 else 0
    tens, _, units = text.partition("十")
    return (digit(tens, 0) if tens else 1) * 10 + (digit(units, 0) if units else 0)


def _read_full(m: re.Match[str]) -> DateReading | None:
    value = _valid(int(m["y"]), int(m["m"]), int(m["d"]))
    return None if value is None else DateReading(value=value, start=m.start(), end=m.end())


def _read_chinese(m: re.Match[str]) -> DateReading | None:
    y = cn_year(m["y"])
    value = _valid(y, _cn_small(m["m"]), _cn_small(m["d"]))
    return None if value is None else DateReading(value=value, start=m.start(), end=m.end())


def _read_glued(m: re.Match[str]) -> DateReading | None:
    day = int(m["d"]) if m["d"] else 1
    value = _valid(int(m["y"]), int(m["m"]), day)
    if value is None:
        return None
    shown = value.isoformat() if m["d"] else value.isoformat()[:7]
    note = f"read {m.group().strip()!r} as {shown} (年 missing)"
    precision = DatePrecision.DAY if m["d"] else DatePrecision.MONTH
    return DateReading(
        value=value, start=m.start(), end=m.end(), precision=precision, repaired=True, note=note
    )


def _read_month(m: re.Match[str]) -> DateReading | None:
    value = _valid(int(m["y"]), int(m["m"]), 1)
    if value is None:
        return None
    return DateReading(value=value, start=m.start(), end=m.end(), precision=DatePrecision.MONTH)


def _read_cn_month(m: re.Match[str]) -> DateReading | None:
    value = _valid(cn_year(m["y"]), _cn_small(m["m"]), 1)
    if value is None:
        return None
    return DateReading(value=value, start=m.start(), end=m.end(), precision=DatePrecision.MONTH)


def _read_dotted(m: re.Match[str]) -> DateReading | None:
    y, a, b = int(m["y"]), int(m["d"]), int(m["m"])
    fits = sorted({v for d, mo in ((a, b), (b, a)) if (v := _valid(y, mo, d)) is not None})
    if not fits:
        return None
    if len(fits) > 1:
        note = f"{m.group()!r} fits {', '.join(v.isoformat() for v in fits)}; not read"
        return DateReading(value=None, start=m.start(), end=m.end(), ambiguous=True, note=note)
    return DateReading(value=fits[0], start=m.start(), end=m.end())


def _read_impossible(m: re.Match[str]) -> DateReading | None:
    if _read_full(m) is not None:
        return None
    note = f"{m.group()!r} is no calendar date between {YEAR_RANGE[0]} and {YEAR_RANGE[-1]}"
    return DateReading(value=None, start=m.start(), end=m.end(), note=note + "; not read")


def _read_digits(m: re.Match[str]) -> DateReading | None:
    y, rest = int(m["y"]), m["rest"]
    splits = [(rest[:i], rest[i:]) for i in range(1, len(rest)) if len(rest) - i <= 2 and i <= 2]
    fits = [v for a, b in splits if (v := _valid(y, int(a), int(b))) is not None]
    fits = sorted(set(fits))
    text = m.group()
    if not fits:
        return None
    if len(fits) > 1:
        note = f"{text!r} fits {', '.join(v.isoformat() for v in fits)}; not read"
        return DateReading(value=None, start=m.start(), end=m.end(), ambiguous=True, note=note)
    repaired = len(rest) < 4
    note = f"read {text!r} as {fits[0].isoformat()}" if repaired else ""
    return DateReading(value=fits[0], start=m.start(), end=m.end(), repaired=repaired, note=note)


_STRICT: Final = ((_FULL, _read_full), (_CHINESE, _read_chinese))
_LOOSE: Final = (
    (_GLUED, _read_glued),
    (_MONTH, _read_month),
    (_CN_MONTH, _read_cn_month),
    (_DOTTED, _read_dotted),
    (_DIGITS, _read_digits),
    (_FULL, _read_impossible),
)


def find_date(
    text: str, start: int = 0, end: int | None = None, *, loose: bool = False
) -> DateReading | None:
    """The first date in ``text[start:end]`` (offsets of the reading are into ``text``).

    Strict forms win over loose ones wherever they start; with ``loose=True`` mangled forms
    are read too (see the module docstring).
    """
    end = len(text) if end is None else end
    best: DateReading | None = None
    for rules in (_STRICT, _LOOSE) if loose else (_STRICT,):
        for rx, read in rules:
            pos = start
            while (m := rx.search(text, pos, end)) is not None:
                reading = read(m)
                if reading is not None:
                    if best is None or reading.start < best.start:
                        best = reading
                    break
                pos = m.start() + 1
        if best is not None:
            return best
    return best


def read_date(text: str, *, loose: bool = True) -> date | None:
    """The first date in ``text``, or None.

    >>> read_date("发布日期:2020-11-03 16:52"), read_date("2020321")
    (datetime.date(2020, 11, 3), datetime.date(2020, 3, 21))
    >>> read_date("二〇二三年三月一日")
    datetime.date(2023, 3, 1)
    """
    reading = find_date(text, loose=loose)
    return None if reading is None else reading.value
