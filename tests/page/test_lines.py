"""The short-line classifiers the head and the tail share: dates, bylines, signatures,
widgets, and the cheap tests that spare a line of prose their searches."""

from __future__ import annotations

import re
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fazhi_parse._page import lines
from fazhi_parse._page.lines import byline, is_widget, org_and_date, whole_date


def _whole(line: str) -> bool:
    return whole_date(line, 0, len(line))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2024-05-01", True),
        ("[2024年5月1日] 星期三", True),
        ("星期天 2024-05-01 09:30", True),
        ("二〇二三年三月十五日", True),
        ("2024年5月1日,青石镇召开推进会", False),
        ("松岭县人民政府 2024-05-01", False),
        ("白沙区在2024年5月1日启用新系统", False),
    ],
)
def test_a_date_line_is_a_date_and_nothing_else(line: str, expected: bool) -> None:
    assert _whole(line) is expected


@pytest.mark.parametrize(
    ("line", "timed", "expected"),
    [
        ("松岭县水务局 2021-03-02", False, True),
        ("2026-01-20 17:01 | 白沙区司法局", True, True),
        ("松岭县水务局 2021-03-02", True, False),  # above the title only with a time
        ("2021-03-02,松岭县水务局召开会议", False, False),
    ],
)
def test_a_byline_is_a_date_beside_one_body(line: str, timed: bool, expected: bool) -> None:
    assert (byline(line, 0, len(line), timed=timed) is not None) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("青石镇人民政府 2024年5月1日", True),
        ("白沙区 二〇二四年五月一日", True),
        ("2024年5月1日 青石镇人民政府", False),
        ("青石镇人民政府于2024年5月1日召开会议", False),
    ],
)
def test_a_signature_line_is_a_body_then_its_date(line: str, expected: bool) -> None:
    assert org_and_date(line, 0, len(line)) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("打印 关闭", True),
        ("【字体:大 中 小】 【打印本页】", True),
        ("浏览次数:128", True),
        ("分享到: 微信 微博", True),
        ("打印本页后交松岭县司法局存档", False),
        ("青石镇全年开展法治宣传活动", False),
    ],
)
def test_a_widget_line_is_widget_tokens_and_little_else(line: str, expected: bool) -> None:
    assert is_widget(line) is expected


_PIECES = st.sampled_from(
    ["2024-05-01", "2024年5月1日", "二〇二三年三月十五日", "14.03.2021", "20240501", "2024年5月",
     "09:30", "9时30分", "星期", "星期三", "期", "(", ")", "【", "】", "|", " ", "  ", "松岭县水务局",
     "白沙区", "青石镇人民政府", "召开会议", ",", "。", "日", "打印", "关闭", "字体:大 中 小",
     "浏览次数:", "12", "微信", "本页", "x"]
)  # fmt: skip

_LINES = st.lists(_PIECES, min_size=1, max_size=8).map("".join)
"""Lines made of dates, times, names, widget tokens and prose, in any order."""


def _classify(line: str) -> tuple[object, ...]:
    n = len(line)
    return (
        whole_date(line, 0, n),
        byline(line, 0, n),
        byline(line, 0, n, timed=True),
        org_and_date(line, 0, n),
        is_widget(line),
    )


@given(_LINES)
def test_the_cheap_tests_never_turn_a_line_away(line: str) -> None:
    # the same answers with the character tests switched off (every line searched)
    fast = _classify(line)
    with (
        mock.patch.object(lines, "_may_be_dated", return_value=True),
        mock.patch.object(lines, "_not_widget", return_value=re.compile(r"(?!)")),
    ):
        assert _classify(line) == fast
