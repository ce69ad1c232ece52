"""Numerals: ordinals, circled digits and quantities read back what was written.

Round trips in both directions (number → text → number, text → number → text) and the
agreement between each regex piece and its reader. Texts are written by
``tests/strategies.py``'s own writer, not by the module under test.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st
from strategies import CN_DIGIT_CHARS, circled_ordinals, cn_numbers, cn_ordinal_text, ordinals

from fazhi_parse.numerals import (
    CIRCLED,
    CN_FINANCIAL_DIGITS,
    CN_FINANCIAL_UNITS,
    CN_NUMBER_CHARS,
    CN_ORDINAL_RE,
    CN_PLAIN_DIGITS,
    CN_UNITS,
    YEAR_DIGITS,
    NumeralError,
    circled_ordinal,
    cn_number,
    cn_ordinal,
    cn_year,
    to_circled,
    to_cn_ordinal,
)

ORDINAL_FULL = regex.compile(CN_ORDINAL_RE)


# --- ordinals --------------------------------------------------------------------------------


@given(ordinals)
def test_ordinal_round_trip(n: int) -> None:
    text = to_cn_ordinal(n)
    assert text == cn_ordinal_text(n)
    assert cn_ordinal(text) == n
    assert ORDINAL_FULL.fullmatch(text)
    assert cn_number(text) == n


@given(st.text(alphabet=CN_DIGIT_CHARS + "十两百", max_size=4))
@example("十")
@example("一十")
@example("两")
@example("零")
@example("十十")
def test_ordinal_reader_agrees_with_its_regex(text: str) -> None:
    """cn_ordinal accepts exactly what CN_ORDINAL_RE matches, and only canonical forms."""
    try:
        n = cn_ordinal(text)
    except NumeralError:
        assert not ORDINAL_FULL.fullmatch(text)
    else:
        assert ORDINAL_FULL.fullmatch(text)
        assert to_cn_ordinal(n) == text


@given(st.text())
def test_ordinal_reader_rejects_anything_else(text: str) -> None:
    try:
        n = cn_ordinal(text)
    except NumeralError:
        return
    assert 1 <= n <= 99
    assert to_cn_ordinal(n) == text


@pytest.mark.parametrize("n", [-1, 0, 100, 1000])
def test_ordinal_out_of_range(n: int) -> None:
    with pytest.raises(NumeralError):
        to_cn_ordinal(n)


def test_ordinal_regex_prefers_tens() -> None:
    """十一 is one ordinal, not 十 followed by 一 (tens first in the alternation)."""
    for text, numeral in (("十一是", "十一"), ("二十三、", "二十三")):
        m = ORDINAL_FULL.match(text)
        assert m is not None
        assert m.group() == numeral


# --- circled digits --------------------------------------------------------------------------


@given(circled_ordinals)
def test_circled_round_trip(n: int) -> None:
    char = to_circled(n)
    assert char == CIRCLED[n - 1]
    assert circled_ordinal(char) == n


@given(st.text(max_size=3))
def test_circled_reader_rejects_anything_else(text: str) -> None:
    try:
        n = circled_ordinal(text)
    except NumeralError:
        assert text not in CIRCLED or len(text) != 1
    else:
        assert to_circled(n) == text


@pytest.mark.parametrize("n", [0, 21, -3])
def test_circled_out_of_range(n: int) -> None:
    with pytest.raises(NumeralError):
        to_circled(n)


# --- quantities ------------------------------------------------------------------------------


@given(cn_numbers())
@example(("十五", 15))
@example(("一十五", 15))
@example(("两千", 2000))
@example(("一万零五百", 10500))
@example(("三千万", 30_000_000))
@example(("八億", 800_000_000))
@example(("一亿零五万", 100_050_000))
@example(("二〇二二", 2022))
@example(("壹佰贰拾", 120))
@example(("零", 0))
def test_cn_number_reads_written_numbers(case: tuple[str, int]) -> None:
    text, value = case
    assert cn_number(text) == Decimal(value)


@pytest.mark.parametrize(("text", "value"), [("一万亿", 10**12), ("两万三千亿", 23 * 10**11)])
def test_wan_yi(text: str, value: int) -> None:
    assert cn_number(text) == value


@given(st.text(alphabet=CN_NUMBER_CHARS, max_size=8))
def test_cn_number_never_fails_otherwise(text: str) -> None:
    """Any string of numeral characters is read as a non-negative integer or rejected cleanly."""
    try:
        value = cn_number(text)
    except NumeralError:
        return
    assert value == value.to_integral_value()
    assert value >= 0


@pytest.mark.parametrize(
    ("financial", "plain"),
    list(zip(CN_FINANCIAL_DIGITS + CN_FINANCIAL_UNITS, "一二三四五六七八九十百千", strict=True)),
)
def test_financial_forms_read_as_their_plain_forms(financial: str, plain: str) -> None:
    assert cn_number(financial) == cn_number(plain)
    assert cn_number("壹" + financial) == cn_number("一" + plain)


@pytest.mark.parametrize("unit", list(CN_UNITS))
def test_unit_values_are_the_numbers_they_write(unit: str) -> None:
    """一十, 一百 … 一亿: the table of units agrees with the reader, Traditional and
    financial forms included."""
    assert cn_number("一" + unit) == CN_UNITS[unit]


@given(st.text(alphabet=CN_PLAIN_DIGITS, min_size=2, max_size=6))
def test_plain_digits_are_read_one_by_one(text: str) -> None:
    """A run of plain digits (二〇二二) is a number written digit by digit."""
    digit = {"〇": "0", "零": "0", **{c: str(i) for i, c in enumerate("一二三四五六七八九", 1)}}
    assert cn_number(text) == int("".join(digit[c] for c in text))


@given(st.text())
def test_cn_number_rejects_non_numerals(text: str) -> None:
    try:
        cn_number(text)
    except NumeralError:
        return
    assert set(text) <= set(CN_NUMBER_CHARS)


# --- years written digit by digit ------------------------------------------------------------


@given(st.integers(1900, 2099), st.data())
def test_year_digit_by_digit_round_trip(year: int, data: st.DataObject) -> None:
    """A year written with any of the printed forms of 〇 (〇 零 ○ O 0) reads back."""
    zeros = [c for c, v in YEAR_DIGITS.items() if v == 0]
    ones_to_nine = "一二三四五六七八九"
    text = "".join(
        data.draw(st.sampled_from(zeros)) if d == "0" else ones_to_nine[int(d) - 1]
        for d in str(year)
    )
    assert cn_year(text) == year
    assert cn_year(str(year)) == year


@pytest.mark.parametrize("text", ["", "二千零二十三", "二〇二三年", "两〇二三"])
def test_year_refuses_what_is_not_digit_by_digit(text: str) -> None:
    with pytest.raises(NumeralError):
        cn_year(text)
