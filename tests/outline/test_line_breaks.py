"""Pages whose line breaks were lost: turned into spaces, or gone.

Scrapers often flatten a page: every line break becomes a space (or nothing). Where spaces
stand for the breaks, a heading is its marker and title up to the space, and a marker right
after such a space opens a line as after a real break; the tree must be the one the lines
gave. Invented examples, one habit each.
"""

from __future__ import annotations

from fazhi_parse import DiagnosticCode, SectionKind, parse

LINES = [
    "2023年，青石镇扎实推进法治政府建设，各项工作取得新进展。现将有关情况报告如下：",
    "一、主要举措和成效",
    "（一）加强组织领导",
    "一是健全工作机制。镇党委专题研究法治工作4次。二是压实工作责任。签订责任书12份。",
    "（二）规范行政执法",
    "全年办理执法案件36件，无一败诉。",
    "二、存在的问题",
    "2023年，我镇法治建设仍有短板。",
    "三、2024年工作安排",
    "继续加强学习。",
]


def _tree(text: str) -> list[tuple[int, str | None, list[str]]]:
    report = parse(text)
    rows: list[tuple[int, str | None, list[str]]] = []
    for top in report.sections:
        rows.append((0, top.title, [m.title for m in top.measures]))
        for child in top.children:
            rows.append((1, child.title, [m.title for m in child.measures]))
    return rows


def test_spaces_for_line_breaks_give_the_tree_of_the_lines() -> None:
    lines = _tree("\n".join(LINES))
    assert lines[0] == (0, "主要举措和成效", [])
    assert lines[1] == (1, "加强组织领导", ["健全工作机制", "压实工作责任"])
    assert _tree(" ".join(LINES)) == lines


def test_a_heading_and_its_paragraph_on_one_line_are_split_at_the_space() -> None:
    report = parse(
        "一、主要举措\n全年开展普法活动。\n二、存在的问题 2023年，我镇法治建设仍有短板。\n"
    )
    assert [s.title for s in report.sections] == ["主要举措", "存在的问题"]


def test_a_title_of_two_clauses_keeps_both() -> None:
    """An ideographic space may stand for the comma between two clauses of a title."""
    report = parse("一、强化组织领导\u3000压实工作责任\n全年开展普法活动。\n二、存在问题\n")
    title = report.sections[0].title
    assert title is not None
    assert title.replace(" ", "").replace("\u3000", "") == "强化组织领导压实工作责任"


def test_a_lone_heading_after_a_space_is_read_in_a_flattened_page() -> None:
    """No 二、 in sight (the page is cut), but the space before 一、 stands for a line break."""
    text = (
        "2023年，松岭县司法局坚持依法行政，全面推进法治政府建设，取得新进展新成效。"
        "现将有关情况报告如下： 一、主要举措和成效 全年开展法治宣传活动20场，群众满意度持续提升。"
    )
    report = parse(text)
    assert [s.title for s in report.sections] == ["主要举措和成效"]
    assert DiagnosticCode.LOST_LINE_BREAKS in {d.code for d in report.diagnostics}


def test_items_inside_a_paragraph_stay_items_when_spaces_mark_the_breaks() -> None:
    text = (
        "2023年，白沙区坚持依法行政，法治政府建设取得新成效。现将有关情况报告如下： "
        "一、主要举措 （一）加强学习 全区统筹推进：①健全学法制度；②落实述法制度。 "
        "（二）规范执法 全年办理案件30件。 二、存在问题 执法力量不足。"
    )
    report = parse(text)
    first = report.sections[0].children[0]
    assert first.title == "加强学习"
    assert first.children == ()
    assert [m.title for m in first.measures] == ["健全学法制度", "落实述法制度"]


def test_an_indented_long_heading_line_keeps_its_title() -> None:
    """A heading line indented with ideographic spaces, its paragraph running on: the marker is
    read once, at the start of its line."""
    body = "全年开展普法活动二十场次，覆盖群众五千人次，干部群众法治意识明显增强，效果良好。"
    text = f"\u3000\u3000一、加强法治宣传。{body}\r\n\u3000\u3000二、规范行政执法。{body}\r\n"
    assert [s.title for s in parse(text).sections] == ["加强法治宣传", "规范行政执法"]


def test_sub_headings_run_in_after_a_colon_nest_under_their_heading() -> None:
    """A flattened line: 一、…：具体如下： (一)… then items: (一) under 一、, items under (一)."""
    text = (
        "2019年，松岭县扎实推进法治政府建设，现将有关情况报告如下。 一、2019年工作情况：具体如下： "
        "(一)强化学法用法，干部意识提升 全年组织学法12次。一是领导带头学法，每季度开展一次。"
        "二是组织全员考法，参考率100%。 (二)规范行政执法 全年办理案件30件。 二、存在问题 执法力量不足。"
    )
    report = parse(text)
    first = report.sections[0]
    assert [c.ordinal for c in first.children] == [1, 2]
    assert [m.ordinal for m in first.children[0].measures] == [1, 2]
    assert [s.ordinal for s in report.sections] == [1, 2]


def test_a_paired_title_whose_second_clause_ran_into_the_paragraph() -> None:
    """All breaks gone: the second clause of 强化组织领导，提升法治意识 runs on into the
    paragraph up to its next comma; it is taken as long as the first, so the paragraph's talk
    of the 第一责任人 duty does not make the section the duty part."""
    text = "".join(
        [
            LINES[0],
            "一、强化组织领导，提升法治意识",
            "镇党政主要负责人严格履行推进法治建设第一责任人职责，专题研究法治工作四次，"
            "听取各村法治建设情况汇报两次，推动年度任务落实。",
            "二、存在的问题",
            "执法力量仍显不足。",
        ]
    )
    report = parse(text)
    first = report.sections[0]
    assert first.title == "强化组织领导，提升法治意识"
    assert first.kind is SectionKind.ACHIEVEMENTS


def test_a_paired_title_with_a_longer_second_clause_keeps_it() -> None:
    """The second clause ends at a comma not far past the first's length: kept whole."""
    text = "".join(
        [
            LINES[0],
            "一、强化法治宣传，着力营造良好法治氛围，全年开展普法活动十二场，发放资料三千份，"
            "覆盖群众一万余人次，群众法治意识明显提升。",
            "二、存在的问题",
            "执法力量仍显不足。",
        ]
    )
    assert parse(text).sections[0].title == "强化法治宣传，着力营造良好法治氛围"
