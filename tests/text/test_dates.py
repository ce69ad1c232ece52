"""Date reading: the forms pages print, and the mangled ones recovered only where unambiguous.

Examples follow report pages: metadata values (2020-11-03 16:52, 2021/03/29 11:30:01), signature
lines (2022年12月31日, 二〇二三年三月十五日) and their mangled copies (2020321, 20191月).
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fazhi_parse._text.dates import find_date, read_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-03-10", date(2023, 3, 10)),
        ("发布日期:2020-11-03 16:52", date(2020, 11, 3)),
        ("更新时间:2021/03/29 11:30:01", date(2021, 3, 29)),
        ("2019.12.5", date(2019, 12, 5)),
        ("2022年12月31日", date(2022, 12, 31)),
        ("2023 年 3 月 1 日", date(2023, 3, 1)),
        ("二〇二三年三月十五日", date(2023, 3, 15)),
        ("二○二二年十二月三十一日", date(2022, 12, 31)),
        ("二O二O年一月二十日", date(2020, 1, 20)),
        ("二0二一年九月九日", date(2021, 9, 9)),
    ],
)
def test_printed_forms(text: str, expected: date) -> None:
    reading = find_date(text)
    assert reading is not None
    assert (reading.value, reading.repaired) == (expected, False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020321", date(2020, 3, 21)),  # 年 月 lost; month 32 does not exist
        ("2019125", None),  # 2019-01-25 or 2019-12-05
        ("20191月", date(2019, 1, 1)),  # 年 lost, no day
        ("201912月5日", date(2019, 12, 5)),  # 年 lost
        ("2020年3月", date(2020, 3, 1)),  # no day
        ("202031", date(2020, 3, 1)),
    ],
)
def test_mangled_forms_are_repaired_where_unambiguous(text: str, expected: date | None) -> None:
    reading = find_date(text, loose=True)
    assert reading is not None
    assert reading.value == expected
    assert reading.repaired or reading.ambiguous
    assert reading.note  # says what was done, for the diagnostic


def test_ambiguous_digits_are_reported_not_guessed() -> None:
    reading = find_date("2020121", loose=True)
    assert reading is not None
    assert reading.ambiguous
    assert reading.value is None
    assert "2020-01-21" in reading.note
    assert "2020-12-01" in reading.note


def test_eight_digits_are_a_compact_date_not_a_repair() -> None:
    reading = find_date("20200321", loose=True)
    assert reading is not None
    assert (reading.value, reading.repaired) == (date(2020, 3, 21), False)


@pytest.mark.parametrize(
    "text",
    [
        "2020321",  # a count in running text is not a date unless asked
        "共受理76932件",
        "网站标识码:4207000024",
        "(2021-2025年)",
        "2020-13-45",
    ],
)
def test_strict_reading_leaves_numbers_alone(text: str) -> None:
    assert find_date(text) is None


def test_invalid_calendar_dates_are_not_read() -> None:
    assert read_date("2023-02-30") is None
    assert find_date("2023年2月30日", loose=True) is None


def test_offsets_point_at_the_date() -> None:
    text = "发布机构 司法局 发布日期 2020-11-03 16:52"
    reading = find_date(text)
    assert reading is not None
    assert text[reading.start : reading.end] == "2020-11-03"
    assert find_date(text, start=reading.end) is None


@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31)),
    st.sampled_from(["{y}-{m:02d}-{d:02d}", "{y}/{m}/{d}", "{y}年{m}月{d}日", "{y}.{m}.{d}"]),
)
def test_printed_dates_round_trip(value: date, pattern: str) -> None:
    text = pattern.format(y=value.year, m=value.month, d=value.day)
    assert read_date(text) == value
