"""Date reading: the forms pages print, and the mangled ones recovered only where unambiguous.

Examples follow report pages: metadata values (2020-11-03 16:52, 2021/03/29 11:30:01), signature
lines (2022年12月31日, 二〇二三年三月十五日) and their mangled copies (2020321, 20191月).
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fazhi_parse import DatePrecision
from fazhi_parse._text.dates import DATE_SIGNS, find_date, read_date


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
    assert find_date("2023年2月30日") is None  # in running text: not a date at all


@pytest.mark.parametrize("text", ["2023年13月40日", "2023年2月30日", "2023-13-40", "1900年3月1日"])
def test_impossible_dates_where_one_is_expected_are_found_but_not_read(text: str) -> None:
    """Where a date is expected, a date-shaped string that is no calendar date is reported
    (a value of None and a note), not skipped and not guessed."""
    reading = find_date(f"松岭县司法局 {text}", loose=True)
    assert reading is not None
    assert reading.value is None
    assert not reading.ambiguous
    assert "no calendar date" in reading.note


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023年3月", date(2023, 3, 1)),
        ("二〇二三年三月", date(2023, 3, 1)),
        ("二〇二三年十二月", date(2023, 12, 1)),
        ("20191月", date(2019, 1, 1)),
    ],
)
def test_a_date_without_its_day_has_month_precision(text: str, expected: date) -> None:
    reading = find_date(text, loose=True)
    assert reading is not None
    assert (reading.value, reading.precision) == (expected, DatePrecision.MONTH)


def test_a_month_is_not_a_date_in_running_text() -> None:
    assert find_date("2023年3月召开会议") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14.03.2021  09:30", date(2021, 3, 14)),
        ("发布时间:28.02.2022", date(2022, 2, 28)),
        ("5.5.2020", date(2020, 5, 5)),
    ],
)
def test_day_first_dotted_dates(text: str, expected: date) -> None:
    reading = find_date(text, loose=True)
    assert reading is not None
    assert (reading.value, reading.precision, reading.ambiguous) == (
        expected,
        DatePrecision.DAY,
        False,
    )


def test_dotted_dates_whose_day_and_month_could_swap_are_not_guessed() -> None:
    reading = find_date("03.04.2021", loose=True)
    assert reading is not None
    assert reading.value is None
    assert reading.ambiguous
    assert "2021-03-04" in reading.note
    assert "2021-04-03" in reading.note


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31)))
def test_dotted_dates_read_back(value: date) -> None:
    reading = find_date(f"{value.day:02d}.{value.month:02d}.{value.year}", loose=True)
    assert reading is not None
    if value.day <= 12 and value.day != value.month:
        assert reading.ambiguous
    else:
        assert reading.value == value


@given(st.integers(1949, 2099), st.integers(1, 12))
def test_months_read_back_with_month_precision(year: int, month: int) -> None:
    reading = find_date(f"{year}年{month}月", loose=True)
    assert reading is not None
    assert (reading.value, reading.precision) == (date(year, month, 1), DatePrecision.MONTH)
    assert not reading.repaired


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


_DATE_PARTS = st.tuples(
    st.sampled_from(["", "松岭县 ", "星期三 ", "(", "发布:"]),
    st.sampled_from(["2023", "1999", "二〇二三", "二○二二", "二O二O", "14.03."]),
    st.sampled_from(["年", "-", "/", ".", " 年 ", ""]),
    st.sampled_from(["3", "12", "三", "十二", "0321"]),
    st.sampled_from(["月", "-", "/", ".", " 月 ", ""]),
    st.sampled_from(["5", "31", "十五", "三十一", "2021", ""]),
    st.sampled_from(["日", " 日", "", " 09:30", ")", ",会议"]),
).map("".join)
"""Dates in every form find_date reads, mangled and with what stands beside them."""


@given(_DATE_PARTS)
def test_a_reading_is_written_with_date_signs_digits_and_spaces(text: str) -> None:
    # callers skip the date search on a line with any other character (DATE_SIGNS)
    for loose in (False, True):
        reading = find_date(text, loose=loose)
        if reading is not None:
            found = text[reading.start : reading.end]
            assert all(c in DATE_SIGNS or c.isdecimal() or c.isspace() for c in found), found
