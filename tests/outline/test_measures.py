"""Measures (一是… 第一，… ①…) inside section text, after habits of real reports."""

from __future__ import annotations

import pytest

from fazhi_parse import DiagnosticCode, Measure, Span, parse
from fazhi_parse.schemes import DEFAULT_SCHEMES, SEQUENCE_WORDS


def measures(text: str, **kwargs: object) -> list[Measure]:
    report = parse("一、举措\n" + text, **kwargs)  # type: ignore[arg-type]
    return list(report.sections[0].measures)


def rows(items: list[Measure]) -> list[tuple[int, str, bool]]:
    return [(m.ordinal, m.title, m.repaired) for m in items]


def test_inline_chain() -> None:
    got = measures("一是持续提升“一网通办”能力。积极推进。二是推进综合窗口改革。三是深化改革。\n")
    assert rows(got) == [
        (1, "持续提升“一网通办”能力", False),
        (2, "推进综合窗口改革", False),
        (3, "深化改革", False),
    ]
    assert [m.scheme for m in got] == ["cn-shi"] * 3


def test_chain_across_paragraphs() -> None:
    got = measures("一是学习。正文。\n\n二是考试。正文。\n三是考核。\n")
    assert [m.ordinal for m in got] == [1, 2, 3]
    assert got[0].text.endswith("正文。")


def test_marker_without_preceding_punctuation() -> None:
    got = measures("一是印发《实施方案》二是召开推进会。\n")
    assert rows(got) == [(1, "印发《实施方案》", False), (2, "召开推进会", False)]


@pytest.mark.parametrize(
    "text",
    [
        "一是突出教育。正文。二是压实责任。正文。\n是深化通办。正文。\n",
        "一是突出教育。正文。二是压实责任。正文。是深化通办。\n",
        "一是突出教育；二是压实责任；是深化通办。\n",
    ],
)
def test_lost_numeral_is_repaired(text: str) -> None:
    report = parse("一、举措\n" + text)
    got = list(report.sections[0].measures)
    assert rows(got) == [(1, "突出教育", False), (2, "压实责任", False), (3, "深化通办", True)]
    assert got[2].marker == "是"
    repaired = [d for d in report.diagnostics if d.code is DiagnosticCode.REPAIRED_NUMERAL]
    assert len(repaired) == 1
    assert repaired[0].span == Span(got[2].span.start, got[2].span.start + 1)


def test_two_repairs_in_a_row() -> None:
    got = measures("一是完善审查机制。是完善执法程序；是严格审核制度。\n")
    assert rows(got) == [
        (1, "完善审查机制", False),
        (2, "完善执法程序", True),
        (3, "严格审核制度", True),
    ]


def test_copula_is_not_repaired() -> None:
    got = measures("一是学习。二是考试。是否达标另行通知。\n")
    assert [m.ordinal for m in got] == [1, 2]


@pytest.mark.parametrize(
    "text",
    [
        "全市统一是基本要求。\n",  # 统一是 is a word, not a marker
        "一是学习宪法。\n",  # a chain of one is prose
        "落实第一责任人职责。第二批试点。\n",  # 第一 without punctuation
        "开展“一是一、二是二”活动。\n",  # inside quotes
    ],
)
def test_not_measures(text: str) -> None:
    assert measures(text) == []


def test_di_chain() -> None:
    got = measures("第一，加强领导。第二，完善制度。第三，强化考核。\n")
    assert [(m.scheme, m.ordinal, m.title) for m in got] == [
        ("cn-di", 1, "加强领导"),
        ("cn-di", 2, "完善制度"),
        ("cn-di", 3, "强化考核"),
    ]


def test_circled_inside_paragraph() -> None:
    got = measures("主要做法：①建立台账；②定期通报；③严格考核。\n")
    assert [(m.scheme, m.ordinal, m.title) for m in got] == [
        ("circled", 1, "建立台账"),
        ("circled", 2, "定期通报"),
        ("circled", 3, "严格考核"),
    ]


def test_sequence_words_are_optional() -> None:
    text = "首先，加强学习。其次，规范执法。最后，强化监督。\n"
    assert measures(text) == []
    got = measures(text, schemes=DEFAULT_SCHEMES.with_schemes(SEQUENCE_WORDS))
    assert [(m.ordinal, m.title) for m in got] == [
        (1, "加强学习"),
        (2, "规范执法"),
        (3, "强化监督"),
    ]


def test_measures_belong_to_the_deepest_section() -> None:
    report = parse("一、举措\n（一）学法。一是学宪法。二是学民法典。\n（二）用法。\n")
    top = report.sections[0]
    assert top.measures == ()
    assert [m.title for m in top.children[0].measures] == ["学宪法", "学民法典"]
    assert top.children[1].measures == ()


def test_heading_title_is_not_a_measure_title() -> None:
    report = parse("（三）推进法治政府建设率先突破。一是加强立法;二是提升执法。\n")
    section = report.sections[0]
    assert section.title == "推进法治政府建设率先突破"
    assert [m.title for m in section.measures] == ["加强立法", "提升执法"]


def test_long_title_is_cut_at_first_comma() -> None:
    long = "组织全县重点行政执法部门开展行政执法案卷交叉评查,随机抽取涉企行政处罚、行政强制案卷,严格打表审核"
    got = measures(f"一是{long}。二是拓宽监督渠道。\n")
    assert got[0].title == "组织全县重点行政执法部门开展行政执法案卷交叉评查"


def test_gap_in_a_chain_is_reported() -> None:
    report = parse("一、举措\n一是学习。二是考试。四是考核。\n")
    assert [m.ordinal for m in report.sections[0].measures] == [1, 2, 4]
    assert any(d.code is DiagnosticCode.GAP for d in report.diagnostics)


def test_numbered_items_inside_a_paragraph_are_measures() -> None:
    report = parse(
        "一、举措\n（二）推进依法决策。1.完善决策程序。制定规定。2.强化合法性审查。全年审查32件。\n"
    )
    section = report.sections[0].children[0]
    assert section.children == ()
    assert [(m.scheme, m.ordinal, m.title) for m in section.measures] == [
        ("arabic-dot", 1, "完善决策程序"),
        ("arabic-dot", 2, "强化合法性审查"),
    ]


def test_shi_chain_wins_over_an_overlapping_numbered_chain() -> None:
    got = measures("一是学习宪法,包括(1)原文;(2)解读。二是学习民法典。\n")
    assert [(m.scheme, m.ordinal) for m in got] == [("cn-shi", 1), ("cn-shi", 2)]
