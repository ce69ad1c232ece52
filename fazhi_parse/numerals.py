"""Chinese and Arabic numerals: regex pieces, parsers and renderers.

Two grammars live here. *Ordinals* (一 … 九十九, used by numbering schemes) are small and
strict, so that a marker regex never swallows an ordinary word. *Quantities* (两, 一百二十,
3.5万, 八億, 二〇二二) are general and are used by metric extraction.

The regex pieces are built from small named parts, longest alternatives first::

    digit_1_9   = "一" | "二" | … | "九"
    tens        = [digit_2_9] "十" [digit_1_9]          (十, 十一, 二十, 九十九)
    ordinal     = tens | digit_1_9                       (1 … 99)

>>> cn_ordinal("十二"), cn_ordinal("九十九")
(12, 99)
>>> to_cn_ordinal(21)
'二十一'
>>> cn_number("一百二十"), cn_number("两"), cn_number("八亿")
(Decimal('120'), Decimal('2'), Decimal('800000000'))
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Final

__all__ = [
    "CIRCLED",
    "CN_DIGITS",
    "CN_FINANCIAL_DIGITS",
    "CN_FINANCIAL_UNITS",
    "CN_NUMBER_CHARS",
    "CN_ORDINAL_RE",
    "CN_PLAIN_DIGITS",
    "CN_UNITS",
    "YEAR_DIGITS",
    "NumeralError",
    "circled_ordinal",
    "cn_number",
    "cn_ordinal",
    "cn_quantity",
    "cn_year",
    "scaled",
    "to_circled",
    "to_cn_number",
    "to_cn_ordinal",
]


class NumeralError(ValueError):
    """A string is not a numeral of the grammar asked for."""


_DIGITS_1_9: Final = "一二三四五六七八九"
CN_FINANCIAL_DIGITS: Final = "壹贰叁肆伍陆柒捌玖"
"""The financial (anti-fraud) forms of 一 … 九 as Simplified text writes them (壹佰壹拾壹 =
111); their Traditional forms 貳 參 陸 are read too."""
CN_FINANCIAL_UNITS: Final = "拾佰仟"
"""The financial forms of 十 百 千."""
CN_DIGITS: Final[dict[str, int]] = {
    **{c: i for i, c in enumerate("〇一二三四五六七八九")},
    "零": 0,
    "两": 2,
    "兩": 2,
    **{c: i for i, c in enumerate(CN_FINANCIAL_DIGITS, start=1)},
    "貳": 2,
    "參": 3,
    "陸": 6,
}
_SMALL_UNITS: Final[dict[str, int]] = {
    "十": 10,
    "百": 100,
    "千": 1000,
    **dict(zip(CN_FINANCIAL_UNITS, (10, 100, 1000), strict=True)),
}
_BIG_UNITS: Final[dict[str, int]] = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}

YEAR_DIGITS: Final[dict[str, int]] = {
    **{c: CN_DIGITS[c] for c in "〇零" + _DIGITS_1_9},
    # what scraped pages print for 〇: a white circle, a letter O, an ASCII zero
    **dict.fromkeys("○O0", 0),
}
"""Digits of a year written out digit by digit (二〇二三年, 二○二三年, 二O二三年)."""

CN_NUMBER_CHARS: Final = "".join(CN_DIGITS) + "".join(_SMALL_UNITS) + "".join(_BIG_UNITS)
"""Every character that may occur in a Chinese quantity numeral."""

CN_UNITS: Final[dict[str, int]] = {**_SMALL_UNITS, **_BIG_UNITS}
"""Every unit character with its value: 十 百 千 (拾 佰 仟), 万 亿 (萬 億)."""

CN_PLAIN_DIGITS: Final = "〇零一二三四五六七八九"
"""The digits a year or a decimal part is written with, one by one (二〇二二年, 四点九):
〇 and 零 both zero; never 两, never the financial forms."""

_1_9: Final = f"[{_DIGITS_1_9}]"
_2_9: Final = f"[{_DIGITS_1_9[1:]}]"
_10_99: Final = f"{_2_9}?十{_1_9}?"
CN_ORDINAL_RE: Final = f"(?:{_10_99}|{_1_9})"
"""Regex source for a Chinese ordinal 1–99 (tens first, so 十一 is not read as 十)."""

CIRCLED: Final = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
"""Circled digits 1–20 (U+2460–U+2473)."""


def cn_ordinal(text: str) -> int:
    """Read a Chinese ordinal 1–99 (``一`` … ``九十九``).

    Grammar: ``ordinal = [digit_2_9] "十" [digit_1_9] | digit_1_9``.
    Raises :class:`NumeralError` for anything else (``两``, ``零``, ``一十`` are not ordinals
    in numbering).
    """
    n = len(text)
    if n == 1:
        if text in _DIGITS_1_9:
            return _DIGITS_1_9.index(text) + 1
        if text == "十":
            return 10
    elif n == 2:
        if text[0] == "十" and text[1] in _DIGITS_1_9:
            return 10 + _DIGITS_1_9.index(text[1]) + 1
        if text[1] == "十" and text[0] in _DIGITS_1_9[1:]:
            return (_DIGITS_1_9.index(text[0]) + 1) * 10
    elif n == 3 and text[1] == "十" and text[0] in _DIGITS_1_9[1:] and text[2] in _DIGITS_1_9:
        return (_DIGITS_1_9.index(text[0]) + 1) * 10 + _DIGITS_1_9.index(text[2]) + 1
    raise NumeralError(f"not a Chinese ordinal 1-99: {text!r}")


def to_cn_ordinal(n: int) -> str:
    """Write ``n`` (1–99) as a Chinese ordinal: 1 → 一, 10 → 十, 21 → 二十一."""
    if not 1 <= n <= 99:
        raise NumeralError(f"Chinese ordinals cover 1-99, not {n}")
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _DIGITS_1_9[tens - 1] + "十")
    return head + ("" if ones == 0 else _DIGITS_1_9[ones - 1])


def circled_ordinal(char: str) -> int:
    """① → 1 … ⑳ → 20."""
    i = CIRCLED.find(char)
    if len(char) != 1 or i < 0:
        raise NumeralError(f"not a circled digit: {char!r}")
    return i + 1


def to_circled(n: int) -> str:
    """1 → ① … 20 → ⑳."""
    if not 1 <= n <= len(CIRCLED):
        raise NumeralError(f"circled digits cover 1-20, not {n}")
    return CIRCLED[n - 1]


def _small(text: str) -> int:
    """A numeral below 万: ``[digit] (unit [零] digit)*`` or a digit-by-digit run (二〇二二)."""
    if not text:
        raise NumeralError("empty numeral")
    if all(c in CN_DIGITS for c in text):
        if len(text) == 1:
            return CN_DIGITS[text]
        # digit by digit (二〇二二, 一二三); 两 is never written this way
        if "两" in text or "兩" in text:
            raise NumeralError(f"not a numeral: {text!r}")
        return int("".join(str(CN_DIGITS[c]) for c in text))
    total, digit, last_unit = 0, None, 10**9
    for c in text:
        if c in CN_DIGITS:
            if digit is not None and CN_DIGITS[c] != 0:
                raise NumeralError(f"two digits in a row in {text!r}")
            digit = CN_DIGITS[c] if CN_DIGITS[c] != 0 else None
        elif c in _SMALL_UNITS:
            unit = _SMALL_UNITS[c]
            if unit >= last_unit:
                raise NumeralError(f"units out of order in {text!r}")
            total += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
        else:
            raise NumeralError(f"not a numeral: {text!r}")
    return total + (digit or 0)


def _below_yi(text: str) -> int:
    """A multiplier of 亿, which may hold a 万 group of its own."""
    for big in "万萬":
        if big in text:
            head, _, rest = text.partition(big)
            return (_small(head) if head else 1) * 10**4 + (_small(rest) if rest else 0)
    return _small(text)


def cn_number(text: str) -> Decimal:
    """Read a Chinese quantity numeral: 两 → 2, 一百零五 → 105, 三千万 → 30000000.

    Grammar (Traditional 萬/億 and financial digits accepted)::

        number = [[section "万"] section "亿"] [section "万"] [section]
        section = digit-run | [digit] unit ([零] [digit] unit)* [零] [digit]
        unit    = "千" | "百" | "十"

    Raises :class:`NumeralError` when ``text`` is not such a numeral.
    """
    if not text:
        raise NumeralError("empty numeral")
    total = 0
    rest = text
    for big_chars, scale in (("亿億", 10**8), ("万萬", 10**4)):
        for big in big_chars:
            if big in rest:
                head, _, rest = rest.partition(big)
                # the 亿 group may itself hold 万 (一万亿, 两万三千亿)
                multiplier = (_below_yi(head) if scale == 10**8 else _small(head)) if head else 1
                total += multiplier * scale
                break
    if rest:
        total += _small(rest)
    try:
        return Decimal(total)
    except InvalidOperation as exc:  # pragma: no cover - ints always convert
        raise NumeralError(str(exc)) from exc


# --- quantity writers and readers used by metric extraction ------------------------------

_SECTION_UNITS: Final = ((1000, "千"), (100, "百"), (10, "十"))


def _write_section(n: int, *, leading: bool) -> str:
    """Write 0 < n < 10000 (``一千零五``, ``一百一十``); ``leading`` allows ``十`` for ``一十``."""
    out: list[str] = []
    zero = False
    for size, unit in _SECTION_UNITS:
        digit, n = divmod(n, size)
        if digit:
            if zero:
                out.append("零")
                zero = False
            if not (size == 10 and digit == 1 and leading and not out):
                out.append(_DIGITS_1_9[digit - 1])
            out.append(unit)
        elif out:
            zero = True
    if n:
        if zero:
            out.append("零")
        out.append(_DIGITS_1_9[n - 1])
    return "".join(out)


def to_cn_number(n: int) -> str:
    """Write ``0 <= n < 10**16`` as a Chinese quantity: 120 → 一百二十, 10010 → 一万零一十.

    The inverse of :func:`cn_number` on its canonical forms (``cn_number(to_cn_number(n)) == n``).
    """
    if not 0 <= n < 10**16:
        raise NumeralError(f"Chinese quantities are written here for 0 <= n < 10**16, not {n}")
    if n == 0:
        return "零"
    parts: list[str] = []
    need_zero = False
    for scale, big in ((10**12, "万亿"), (10**8, "亿"), (10**4, "万"), (1, "")):
        section, n = divmod(n, scale)
        if section:
            if need_zero or (parts and section < 1000):
                parts.append("零")
            parts.append(_write_section(section, leading=not parts) + big)
            need_zero = False
        elif parts:
            need_zero = True
    return "".join(parts)


def scaled(value: Decimal, scale: int) -> Decimal:
    """``value * scale`` written without an exponent when whole: (2.86, 10**4) → 28600."""
    if scale == 1:
        return value
    out = value * scale
    return out.quantize(Decimal(1)) if out == out.to_integral_value() else out.normalize()


def cn_quantity(text: str) -> Decimal:
    """Read a Chinese quantity with an optional decimal part: 四点九 → 4.9, 六十点八 → 60.8.

    Grammar: ``quantity = number ["点" digit+]`` (see :func:`cn_number` for ``number``).
    """
    head, sep, tail = text.partition("点")
    if not sep:
        return cn_number(text)
    if not head or not tail or any(c not in CN_DIGITS for c in tail):
        raise NumeralError(f"not a Chinese decimal: {text!r}")
    return cn_number(head) + Decimal("0." + "".join(str(CN_DIGITS[c]) for c in tail))


def cn_year(text: str) -> int:
    """Read a year written digit by digit: 二〇二三 → 2023, 二○一九 → 2019; ASCII digits
    pass through (2023 → 2023).

    Raises :class:`NumeralError` for any other character (二千零二十三 is a quantity).
    """
    if text.isascii() and text.isdigit():
        return int(text)
    if not text or any(c not in YEAR_DIGITS for c in text):
        raise NumeralError(f"not a year written digit by digit: {text!r}")
    return int("".join(str(YEAR_DIGITS[c]) for c in text))
