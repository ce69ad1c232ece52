"""Titles as printed: the source's own punctuation, Simplified, glosses and zero-width
characters left out; the folded key equal to the normalized view's title."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fazhi_parse import parse
from fazhi_parse._text.clean import KEPT_AS_PRINTED, clean_title, reading_title
from fazhi_parse._text.normalize import normalize
from fazhi_parse.model import fold_width


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("（一）深化改革，优化服务", "深化改革，优化服务"),  # full-width comma kept
        ("（二）推进“放管服”改革：成效明显。", "推进“放管服”改革：成效明显"),  # end trimmed
        ("（三）落實(luò)責任；強化保障", "落实责任；强化保障"),  # Simplified, gloss left out
        ("（六）全面發（fā）力，優（yōu）化服務", "全面发力，优化服务"),  # full-width gloss
        ("（四）完成２０２３年目标（青石镇）", "完成2023年目标（青石镇）"),  # digits read as ASCII
        ("（五）白沙区\u200b依法行政 ，规范执法", "白沙区依法行政，规范执法"),  # zero-width, spaces
    ],
)
def test_section_titles_keep_their_punctuation(heading: str, title: str) -> None:
    report = parse(f"一、主要举措和成效\n{heading}\n正文。\n")
    (section,) = report.sections[0].children
    assert section.title == title
    assert section.title_key == fold_width(title)
    assert "，" not in (section.title_key or "")


def test_measure_titles_keep_their_punctuation() -> None:
    report = parse("一、主要举措\n（一）学法。一是严格执法，规范程序。二是考试（闭卷）。\n")
    measures = report.sections[0].children[0].measures
    assert [m.title for m in measures] == ["严格执法，规范程序", "考试（闭卷）"]
    assert [m.title_key for m in measures] == ["严格执法,规范程序", "考试(闭卷)"]


_PIECES = st.sampled_from(
    [
        "深化",
        "改革",
        "，",
        "：",
        "（",
        "）",
        "；",
        "１",
        "2",
        " ",
        "\u3000",
        "落實",
        "現(xiàn)",
        "\u200b",
        "、",
        "。",
        "abc",
        "Ｂ",
    ]
)


@given(st.lists(_PIECES, max_size=12).map("".join))
def test_the_key_of_a_reading_title_is_the_normalized_title(body: str) -> None:
    """Folding a reading title gives exactly the normalized view's title."""
    source = "题：" + body + "\n"
    view = normalize(source)
    rng = (2, len(view.text) - 1)
    printed = reading_title(view, rng)
    assert fold_width(printed) == clean_title(view, rng)
    assert all(c not in KEPT_AS_PRINTED or c in source for c in printed)


def test_the_report_title_keeps_its_punctuation() -> None:
    text = "松岭县法治政府建设年度报告（2023年度）\n一、主要举措和成效\n正文。\n"
    report = parse(text)
    assert report.title == "松岭县法治政府建设年度报告（2023年度）"
    assert report.title_key == "松岭县法治政府建设年度报告(2023年度)"
