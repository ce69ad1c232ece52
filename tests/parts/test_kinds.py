"""Statutory parts (A-E) of top-level sections: heading phrasings, thematic headings, and the
parts that have no heading (a problems paragraph, a plans paragraph).

The headings are phrasings found across published county, city and department reports.
"""

from __future__ import annotations

import pytest

from fazhi_parse import DiagnosticCode, SectionKind, parse
from fazhi_parse._parts.headings import heading_kind, heading_kinds

A, B, C, D, E = (
    SectionKind.ACHIEVEMENTS,
    SectionKind.PROBLEMS,
    SectionKind.DUTY,
    SectionKind.PLANS,
    SectionKind.OTHER,
)


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("主要工作情况", A),
        ("一年来主要工作", A),
        ("主要举措和成效", A),
        ("主要做法及成效", A),
        ("主要做法和成效", A),
        ("主要举措与成效", A),
        ("工作开展情况", A),
        ("法治政府建设主要成效", A),
        ("2022年度推进法治政府建设的主要举措和成效", A),
        ("存在的问题", B),
        ("存在的主要问题", B),
        ("存在的不足", B),
        ("存在的不足和原因", B),
        ("问题和不足", B),
        ("存在问题及原因", B),
        ("问题短板", B),
        ("工作中存在的困难和问题", B),
        ("2022年度推进法治政府建设存在的不足和原因", B),
        ("党政主要负责人履行推进法治建设第一责任人职责情况", C),
        ("2022年度党政主要负责人履行推进法治建设第一责任人职责,加强法治政府建设的有关情况", C),
        ("区政府主要负责同志履行推进法治建设第一责任人职责情况", C),
        # a theme joined with the duty phrase is the duty part
        ("强化理论武装,压实党政负责人推进法治建设第一责任人职责", C),
        ("下步重点工作", D),
        ("下一步工作", D),
        ("下一步工作打算", D),
        ("下一年度工作安排", D),
        ("今后工作思路", D),
        ("2023年下一年度推进法治政府建设的主要安排", D),
        ("2023年工作重点", D),
        ("存在的困难和不足", B),
        ("短板与不足", B),
        ("问题与建议", B),
        ("其他需要报告的事项", E),
        ("其他需要报告的情况", E),
    ],
)
def test_heading_lexicon(heading: str, kind: SectionKind) -> None:
    assert heading_kind(heading) is kind


@pytest.mark.parametrize(
    ("heading", "year", "kind"),
    [
        ("2020年法治政府建设工作安排", 2019, D),
        ("2024年工作思路", 2023, D),
        ("2023年重点工作", 2022, D),
        ("2019年法治政府建设情况", 2019, A),
        ("2022年重点工作完成情况", 2022, A),
    ],
)
def test_a_year_after_the_reports_names_the_plans(
    heading: str, year: int, kind: SectionKind
) -> None:
    assert heading_kind(heading, year) is kind


@pytest.mark.parametrize(
    "heading",
    [
        "坚持党的领导,法治政府建设有力推进",
        "深化“放管服”改革,法治化营商环境持续优化",
        "坚持问题导向",
    ],
)
def test_thematic_headings_say_nothing(heading: str) -> None:
    assert heading_kind(heading) is None


def test_combined_heading_names_both_parts() -> None:
    assert heading_kinds("存在的问题及下一步打算") == (B, D)
    assert heading_kind("存在的问题及下一步打算") is B


def kinds_of(text: str) -> list[tuple[SectionKind | None, bool]]:
    return [(s.kind, s.implicit) for s in parse(text).sections]


def test_thematic_headings_before_other_parts_are_achievements() -> None:
    text = (
        "2023年,某市坚持依法行政。\n"
        "一、坚持党的领导,法治政府建设有力推进\n(一)学习。\n"
        "二、深化改革,营商环境持续优化\n(一)放权。\n"
        "三、存在的不足和原因\n执法力量不足。\n"
        "四、下一步工作打算\n(一)加强执法。\n"
    )
    assert kinds_of(text) == [(A, False), (A, False), (B, False), (D, False)]


def test_thematic_heading_after_the_problems_part_is_the_plans() -> None:
    text = (
        "2023年,某市坚持依法行政。\n一、主要举措和成效\n(一)学习。\n"
        "二、存在的不足和原因\n执法力量不足。\n"
        "三、坚定不移推进法治政府建设再上新台阶\n(一)强化督察落实。\n(二)开展示范创建。\n"
    )
    assert kinds_of(text) == [(A, False), (B, False), (D, False)]


def test_headless_problems_paragraph_becomes_an_implicit_part() -> None:
    text = (
        "2022年,某区推进法治政府建设。\n"
        "一、主要工作情况\n(一)学法。\n1.学习。组织学法6次。\n2.考法。组织考试2次。\n"
        "2022年某区法治政府建设工作取得了一定的成绩,但也存在一些问题,如执法力量不足。\n"
        "二、下步重点工作\n(一)加强学习。\n"
    )
    report = parse(text)
    assert [(s.kind, s.implicit) for s in report.sections] == [(A, False), (B, True), (D, False)]
    problems = report.sections[1]
    assert problems.text.startswith("2022年某区法治政府建设工作取得了一定的成绩")
    assert problems.children == ()
    first = report.sections[0]
    assert first.span.end == problems.span.start  # sections still tile
    assert first.children[-1].span.end == problems.span.start
    assert first.children[-1].children[-1].span.end == problems.span.start
    assert any(d.code is DiagnosticCode.IMPLICIT_SECTION for d in report.diagnostics)


def test_headless_plans_paragraph_with_its_numbered_items() -> None:
    text = (
        "2023年,某市坚持依法行政。\n"
        "一、坚持党的领导,法治政府建设有力推进\n(一)学习。\n"
        "二、强化监督制约,权力运行更加规范\n(一)接受监督。\n(二)政务公开。\n"
        "一年来,我市法治政府建设取得新成效,但行政执法规范化水平仍有待提升。\n"
        "2024年,某市将深入践行习近平法治思想,持续推进法治政府建设。\n"
        "(一)强化督察落实。\n(二)开展示范创建。\n"
    )
    report = parse(text)
    assert [(s.kind, s.implicit) for s in report.sections] == [
        (A, False),
        (A, False),
        (B, True),
        (D, True),
    ]
    plans = report.sections[-1]
    assert plans.text.startswith("2024年,某市将")
    assert [c.title for c in plans.children] == ["强化督察落实", "开展示范创建"]
    for left, right in zip(report.sections, report.sections[1:], strict=False):
        assert left.span.end == right.span.start


def test_headless_plans_paragraph_without_numbered_items() -> None:
    text = (
        "2023年,某镇推进法治建设。\n一、主要做法\n(一)学法。组织学法6次。\n"
        "一年来,我镇虽然取得了一定成效,但仍存在一些不足,主要是干部法治意识有待加强。\n"
        "下一步,我镇将继续深入学习贯彻习近平法治思想,提升基层依法治理水平。\n"
    )
    assert kinds_of(text) == [(A, False), (B, True), (D, True)]


def test_plans_paragraph_at_the_end_of_the_problems_part() -> None:
    text = (
        "2022年,某区推进法治政府建设。\n一、主要工作情况\n(一)学法。组织学法6次。\n"
        "二、存在的问题\n执法力量不足,法治宣传形式单一。\n"
        "下一步,我区将着力解决上述问题,持续推进法治政府建设。\n"
    )
    assert kinds_of(text) == [(A, False), (B, False), (D, True)]


def test_problems_paragraph_without_a_contrast() -> None:
    text = (
        "2022年,某区推进法治政府建设。\n一、主要工作情况\n(一)学法。组织学法6次。\n"
        "工作中还存在一些问题和不足,主要是执法力量薄弱。\n二、下一步工作\n(一)加强学习。\n"
    )
    assert kinds_of(text) == [(A, False), (B, True), (D, False)]


def test_no_implicit_part_when_the_report_has_one_with_a_heading() -> None:
    text = (
        "2022年,某区推进法治政府建设。\n一、主要工作情况\n(一)学法。组织学法6次。\n"
        "工作取得了成效,但也存在一些问题。\n"
        "二、存在的问题\n执法力量不足。\n三、下一步工作\n(一)加强学习。\n"
    )
    assert kinds_of(text) == [(A, False), (B, False), (D, False)]


def test_a_section_with_one_paragraph_is_not_emptied() -> None:
    text = "2022年,某区推进法治政府建设。\n一、主要工作\n取得了一定成效,但也存在一些问题。\n"
    assert kinds_of(text) == [(A, False)]


def test_only_top_level_sections_have_a_kind() -> None:
    report = parse("一、存在的问题\n(一)存在的不足。\n二、下一步工作\n(一)下一步打算。\n")
    assert [s.kind for s in report.sections] == [B, D]
    assert all(c.kind is None for s in report.sections for c in s.children)


HEADLESS_PROBLEMS = [
    "2023年，青石镇扎实推进法治政府建设，取得新进展。现将有关情况报告如下：",
    "一、主要举措和成效",
    "（一）加强组织领导",
    "镇党委专题研究法治工作4次，制定年度工作要点。" * 3,
    "（二）规范行政执法",
    "全年办理执法案件36件，无一败诉。" * 3,
    "一年来，我镇法治政府建设取得了一定成效，但也存在一些问题和不足：一是法治宣传的针对性不强；"
    "二是执法人员力量不足。",
    "二、党政主要负责人履行推进法治建设第一责任人职责情况",
    "镇党委书记带头学法，专题研究法治工作。" * 2,
    "三、2024年工作安排",
    "继续加强学习，规范执法。",
]


@pytest.mark.parametrize("joint", ["\n", "", " "], ids=["lines", "one-line", "spaces"])
def test_a_headless_problems_part_is_found_in_every_presentation(joint: str) -> None:
    report = parse(joint.join(HEADLESS_PROBLEMS))
    assert [(s.kind, s.implicit) for s in report.sections] == [
        (A, False),
        (B, True),
        (C, False),
        (D, False),
    ]
