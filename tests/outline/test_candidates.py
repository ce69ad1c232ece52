"""Which markers are heading candidates: the rejection rules of ``_outline/candidates.py``.

Each test is an invented document with one habit of real pages: a marker in running text
that is not a heading (a quotation, an aside in brackets, 第三、, 周三、, 一、二产业), a page
cut after a bare marker, a long line hiding the headings of a page that lost its breaks.
Each would become a false section if its rule were switched off
(``benchmarks/mutations.py`` checks that).
"""

from __future__ import annotations

import pytest

from fazhi_parse import Report, Section, parse

OPENING = "2023年，松岭县扎实推进法治政府建设，各项工作取得新进展，现将有关情况报告如下。"
"""A preamble long enough that a page without line breaks is read as run-on text."""


def shape(report: Report) -> list[tuple[int, str | None, int | None, str]]:
    """(depth, scheme, ordinal, first four characters of the title) of every section."""
    rows: list[tuple[int, str | None, int | None, str]] = []

    def visit(sections: tuple[Section, ...], depth: int) -> None:
        for s in sections:
            rows.append((depth, s.scheme, s.ordinal, (s.title or "")[:4]))
            visit(s.children, depth + 1)

    visit(report.sections, 0)
    return rows


TOP_TWO = [(0, "cn-dun", 1, "主要举措"), (0, "cn-dun", 2, "存在问题")]
WITH_CHILDREN = [
    (0, "cn-dun", 1, "主要举措"),
    (1, "cn-paren", 1, "加强学法"),
    (1, "cn-paren", 2, "规范执法"),
    (0, "cn-dun", 2, "存在问题"),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a marker inside a quotation names something (开展“（三）进”活动)
        (
            "一、主要举措（一）加强学法。开展“（三）进”活动，累计12场。（二）规范执法。二、存在问题执法力量不足。",
            WITH_CHILDREN,
        ),
        # a marker inside an aside in brackets
        (
            "一、主要举措 全年开展普法活动（重点面向三、四类执法人员）。二、存在问题 力量不足。",
            TOP_TWO,
        ),
        # 第三、 is a rank, not a heading
        ("一、主要举措 全县被评为全省第三、全国先进。二、存在问题 力量不足。", TOP_TWO),
        # 周三、 is a day of the week
        (
            "一、主要举措 扎实推进。二、工作成效 司法所每周三、周五开展法律咨询，群众满意。三、存在问题 力量不足。",
            [
                (0, "cn-dun", 1, "主要举措"),
                (0, "cn-dun", 2, "工作成效"),
                (0, "cn-dun", 3, "存在问题"),
            ],
        ),
        # a marker that fits no sequence (按照（3）号文件) is not a heading
        (
            "一、主要举措（一）加强学法。按照（3）号文件要求开展学习。（二）规范执法。二、存在问题执法力量不足。",
            WITH_CHILDREN,
        ),
        # 一、二、三产业: a restart of the top level and a step back, inside a sentence
        (
            "一、主要举措（一）加强学法。（二）优化服务。二、工作成效 推动一、二、三产业融合发展，成效明显。三、存在问题执法力量不足。",
            [
                (0, "cn-dun", 1, "主要举措"),
                (1, "cn-paren", 1, "加强学法"),
                (1, "cn-paren", 2, "优化服务"),
                (0, "cn-dun", 2, "工作成效"),
                (0, "cn-dun", 3, "存在问题"),
            ],
        ),
        # 一、 inside a sentence restarts nothing (坚持一、把学法放在首位)
        (
            "一、主要举措 全年开展普法活动，群众满意。二、工作成效 全县坚持一、把学法放在首位，持续推进。"
            "三、存在问题 执法力量不足。",
            [
                (0, "cn-dun", 1, "主要举措"),
                (0, "cn-dun", 2, "工作成效"),
                (0, "cn-dun", 3, "存在问题"),
            ],
        ),
    ],
    ids=[
        "quotation",
        "brackets",
        "rank",
        "weekday",
        "out-of-sequence",
        "industries",
        "top-restart",
    ],
)
def test_markers_in_running_text_are_not_headings(
    body: str, expected: list[tuple[int, str, int, str]]
) -> None:
    assert shape(parse(OPENING + body)) == expected


def test_a_lone_marker_in_a_long_line_is_not_a_heading() -> None:
    """A run-on line yields headings only where its markers count 1, 2 (一、二产业 does not)."""
    text = (
        OPENING
        + "全县推动一、二产业融合发展，法治保障有力，群众满意度持续提升，各项工作扎实开展并取得实效。"
    )
    assert all(s.implicit for s in parse(text).sections)


def test_a_page_cut_after_a_bare_marker_has_no_empty_section() -> None:
    report = parse("一、主要举措\n全年开展活动。\n二、")
    assert shape(report) == [(0, "cn-dun", 1, "主要举措")]


def test_a_document_with_line_headings_reads_only_top_markers_in_a_long_line() -> None:
    """With real headings on their own lines, a very long line is searched for top-level
    markers only: its （一）（二） are numbered points of a paragraph."""
    paragraph = "执法力量不足，" * 250 + "（一）加强学习。" + "继续推进，" * 40 + "（二）规范执法。"
    text = f"一、主要举措\n正文。\n二、工作成效\n正文。\n三、存在问题\n{paragraph}"
    assert [row[:3] for row in shape(parse(text))] == [
        (0, "cn-dun", 1),
        (0, "cn-dun", 2),
        (0, "cn-dun", 3),
    ]


def test_a_count_of_quarters_is_not_a_heading() -> None:
    """一、二季度 at the start of a paragraph counts quarters; it is not a new part."""
    text = "一、主要举措\n正文。\n一、二季度，全区共召开法治工作会议5次。\n二、存在问题\n正文。\n"
    assert [s.title for s in parse(text).sections] == ["主要举措", "存在问题"]


def test_a_restart_the_next_heading_does_not_follow_is_body_text() -> None:
    """A top-level 一、 between （一） and （二） would take （二）… as its own: it does not
    continue anything, and the next heading continues the run it would close."""
    text = (
        "一、主要举措和成效\n（一）加强学习\n全年学法12次。\n一、全面落实，层层压实责任。\n"
        "（二）规范执法\n办理案件30件。\n二、存在问题\n正文。\n"
    )
    report = parse(text)
    assert [s.title for s in report.sections] == ["主要举措和成效", "存在问题"]
    assert [c.title for c in report.sections[0].children] == ["加强学习", "规范执法"]


def test_the_opening_headings_of_a_page_without_line_breaks() -> None:
    """One line, cut before any second heading: the first heading after 报告如下： and the
    first heading of the level below, glued to its title, are still headings."""
    text = (
        "2023年，松岭县深入推进法治政府建设，取得新成效。现将有关情况报告如下：一、主要举措和成效"
        "（一）加强组织领导。县政府常务会议专题研究法治工作4次，制定年度工作要点，压实各方责任。"
    )
    assert shape(parse(text)) == [(0, "cn-dun", 1, "主要举措"), (1, "cn-paren", 1, "加强组织")]


def test_question_marks_for_lost_ideographic_spaces_are_indentation() -> None:
    text = "??一、主要举措\n??（一）加强学习。全年学法12次。\n??（二）规范执法。办理案件30件。\n"
    assert shape(parse(text)) == [
        (0, "cn-dun", 1, "主要举措"),
        (1, "cn-paren", 1, "加强学习"),
        (1, "cn-paren", 2, "规范执法"),
    ]


def test_the_opening_headings_of_each_level_may_open_a_sentence() -> None:
    """Lost breaks, cut early: （一） after the top heading's intro paragraph, and 1. below it,
    each opening a sentence, are the first headings of their levels."""
    text = (
        "2023年，松岭县深入推进法治政府建设，取得新成效。现将有关情况报告如下：一、2023年法治政府建设情况"
        "全县上下坚持依法行政，工作取得新成效。（一）强化组织领导，压实工作责任。县政府常务会议专题研究"
        "法治工作。1.健全制度机制。制定年度工作要点，明确任务分工，推动各项工作落实落细。"
    )
    assert [row[:3] for row in shape(parse(text))] == [
        (0, "cn-dun", 1),
        (1, "cn-paren", 1),
        (2, "arabic-dot", 1),
    ]


def test_a_flattened_body_that_opens_with_its_first_heading() -> None:
    """The page's head ends where the body's 一、 begins: the opening headings below it are
    read from there (the body's first heading counts as its line's own)."""
    text = (
        "松岭县人民政府关于2023年法治政府建设工作的报告\n"
        "一、2023年法治政府建设情况2023年是全面贯彻党的二十大精神的开局之年，全县法治政府建设取得新成效。"
        "（一）强化组织领导，压实工作责任。县政府常务会议专题研究法治工作四次。"
        "1.健全制度机制。制定年度工作要点，明确任务分工，推动各项工作落实落细。"
    )
    assert [row[:3] for row in shape(parse(text))] == [
        (0, "cn-dun", 1),
        (1, "cn-paren", 1),
        (2, "arabic-dot", 1),
    ]


def test_a_marker_whose_text_was_lost_is_no_heading() -> None:
    """A bare 1. on its line, before a paragraph too long to be its title: the item's text
    was lost, nothing is left to head a section."""
    paragraph = (
        "全年开展普法活动二十场次，覆盖群众五千人次，干部群众法治意识明显增强，社会反响良好。"
    )
    text = f"一、主要举措\n1.\n{paragraph}\n二、存在问题\n执法力量不足。\n"
    assert shape(parse(text)) == [(0, "cn-dun", 1, "主要举措"), (0, "cn-dun", 2, "存在问题")]


def test_an_item_level_glued_to_the_heading_title_above_it() -> None:
    """Lost breaks: 1、 right after the top heading's title (…推进情况1、坚持…) is that
    heading's first sub-heading, as it was on its own line."""
    text = (
        OPENING + "一、2022年工作推进情况1、坚持党的领导，牢固树立法治理念。县政府常务会议"
        "专题研究法治工作六次，审议通过年度工作要点，明确重点工作任务十八项，推动工作落实。"
    )
    report = parse(text)
    assert [row[:3] for row in shape(report)] == [(0, "cn-dun", 1), (1, "arabic-dun", 1)]
    assert not report.sections[0].measures


def test_a_sentence_that_ends_with_an_ascii_full_stop_before_a_heading() -> None:
    """…达100%.(二)…: the ASCII full stop ends a sentence, it is not part of a number."""
    text = (
        OPENING + "一、主要举措和成效（一）健全工作体系，夯实法治根基。组织专题培训十二场次，"
        "执法资格考试通过率达100%.（二）规范行政决策，提升决策水平。严格执行重大行政决策程序。"
    )
    assert [row[:3] for row in shape(parse(text))] == [
        (0, "cn-dun", 1),
        (1, "cn-paren", 1),
        (1, "cn-paren", 2),
    ]


@pytest.mark.parametrize("number", ["3.", "2.1."])
def test_a_number_before_a_marker_still_rejects_it(number: str) -> None:
    text = (
        OPENING + "一、主要举措和成效（一）健全工作体系，夯实法治根基。全年修订制度第" + number
        + "（二）条款，推动规范执法，组织专题培训十二场次，执法人员全员参训。"
    )  # fmt: skip
    assert [row[:3] for row in shape(parse(text))] == [(0, "cn-dun", 1), (1, "cn-paren", 1)]
