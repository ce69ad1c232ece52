"""Outline inference on small inline documents, one habit of real reports per test.

The examples are written after patterns seen in published 法治政府建设 reports: GB/T 9704
levels, skipped levels, inline headings, run-on numbering, restarts, lost line breaks.
"""

from __future__ import annotations

import pytest

from fazhi_parse import DiagnosticCode, Report, Section, SectionKind, parse


def outline(report: Report) -> list[tuple[int, str | None, int | None, str | None]]:
    """(depth, scheme, ordinal, title) for every section, depth first."""
    rows: list[tuple[int, str | None, int | None, str | None]] = []

    def visit(sections: tuple[Section, ...], depth: int) -> None:
        for s in sections:
            rows.append((depth, s.scheme, s.ordinal, s.title))
            visit(s.children, depth + 1)

    visit(report.sections, 0)
    return rows


def codes(report: Report) -> set[DiagnosticCode]:
    return {d.code for d in report.diagnostics}


def test_gbt_levels_on_their_own_lines() -> None:
    text = "前言。\n一、主要举措\n（一）学法\n1.学习宪法。正文。\n2.学习民法典。正文。\n（二）用法\n二、存在问题\n"
    assert outline(parse(text)) == [
        (0, "cn-dun", 1, "主要举措"),
        (1, "cn-paren", 1, "学法"),
        (2, "arabic-dot", 1, "学习宪法"),
        (2, "arabic-dot", 2, "学习民法典"),
        (1, "cn-paren", 2, "用法"),
        (0, "cn-dun", 2, "存在问题"),
    ]


def test_inline_heading_title_ends_at_first_full_stop() -> None:
    report = parse(
        "一、工作\n（一）强化法治宣传。全年开展活动8场。\n（二）规范执法：严格落实制度。\n"
    )
    first, second = report.sections[0].children
    assert first.title == "强化法治宣传"
    assert report.source[first.title_span.start : first.title_span.end] == "强化法治宣传"
    assert second.title == "规范执法：严格落实制度"  # as printed; title_key folds it
    assert second.title_key == "规范执法:严格落实制度"


def test_skipped_level_is_taken_from_the_document() -> None:
    # 1. directly under 一、 (no （一） level)
    text = "一、举措\n1.学法。正文。\n2.用法。正文。\n二、问题\n1.意识不强。\n"
    assert [(d, o) for d, _, o, _ in outline(parse(text))] == [
        (0, 1),
        (1, 1),
        (1, 2),
        (0, 2),
        (1, 1),
    ]


def test_arabic_run_continues_across_parents() -> None:
    text = "（一）甲\n1.一项。\n2.二项。\n（二）乙\n3.三项。\n4.四项。\n"
    report = parse(text)
    assert outline(report) == [
        (0, "cn-paren", 1, "甲"),
        (1, "arabic-dot", 1, "一项"),
        (1, "arabic-dot", 2, "二项"),
        (0, "cn-paren", 2, "乙"),
        (1, "arabic-dot", 3, "三项"),
        (1, "arabic-dot", 4, "四项"),
    ]
    assert DiagnosticCode.CONTINUED in codes(report)


def test_restart_after_unnumbered_text_opens_an_implicit_section() -> None:
    text = (
        "一、举措\n（一）甲。正文。\n（二）乙。正文。\n二、监督\n（一）丙。正文。\n（二）丁。正文。\n"
        "2024年，本市将继续推进法治政府建设。\n（一）戊。正文。\n（二）己。正文。\n"
    )
    report = parse(text)
    top = report.sections
    assert [s.implicit for s in top] == [False, False, True]
    assert [c.title for c in top[2].children] == ["戊", "己"]
    assert top[2].text.startswith("2024年")
    assert {DiagnosticCode.RESTART, DiagnosticCode.IMPLICIT_SECTION} <= codes(report)
    assert top[2].marker is None
    assert top[2].ordinal is None
    assert top[2].title is None


def test_marker_reused_one_level_down_nests() -> None:
    text = "一、举措\n1.学法\n（1）学宪法。\n（2）学民法典。\n2.用法\n（1）依法决策。\n"
    rows = outline(parse(text))
    assert rows == [
        (0, "cn-dun", 1, "举措"),
        (1, "arabic-dot", 1, "学法"),
        (2, "arabic-paren", 1, "学宪法"),
        (2, "arabic-paren", 2, "学民法典"),
        (1, "arabic-dot", 2, "用法"),
        (2, "arabic-paren", 1, "依法决策"),
    ]


def test_a_restarted_run_right_under_another_heading_nests() -> None:
    """（一） reused one level down, right under a 1. heading, is a new level, not a restart."""
    text = "一、主要举措\n（一）学法\n1.学习\n（一）学宪法。\n（二）学民法典。\n2.用法\n（二）依法行政\n"
    assert outline(parse(text)) == [
        (0, "cn-dun", 1, "主要举措"),
        (1, "cn-paren", 1, "学法"),
        (2, "arabic-dot", 1, "学习"),
        (3, "cn-paren", 1, "学宪法"),
        (3, "cn-paren", 2, "学民法典"),
        (2, "arabic-dot", 2, "用法"),
        (1, "cn-paren", 2, "依法行政"),
    ]


def test_a_long_inline_title_is_its_first_clause() -> None:
    text = (
        "一、主要举措\n（一）深入推进严格规范公正文明执法工作，着力营造公平公正透明可预期的"
        "法治化营商环境并不断提升群众满意度和获得感。全年办理案件30件。\n"
    )
    (child,) = parse(text).sections[0].children
    assert child.title == "深入推进严格规范公正文明执法工作"


def test_a_body_without_numbered_headings_is_one_implicit_section() -> None:
    """A copy that lost its markers: the opening paragraph is the preamble, the rest one
    section whose part is read from its text (here a headless plans part is carved out)."""
    text = (
        "2023年，青石镇扎实推进法治政府建设，取得新成效。\n"
        "加强组织领导\n镇党委专题研究法治工作4次，制定年度工作要点。\n"
        "规范行政执法\n全年办理执法案件36件。\n"
        "2024年，我镇将继续加强法治宣传，推进严格规范公正文明执法。\n"
    )
    report = parse(text)
    assert report.preamble_text.startswith("2023年，青石镇")
    assert [(s.implicit, s.kind) for s in report.sections] == [
        (True, SectionKind.ACHIEVEMENTS),
        (True, SectionKind.PLANS),
    ]
    assert report.sections[0].text.startswith("加强组织领导")
    codes = {d.code for d in report.diagnostics}
    assert {DiagnosticCode.NO_STRUCTURE, DiagnosticCode.IMPLICIT_SECTION} <= codes


def test_a_marker_that_lost_its_opening_bracket_is_still_the_second_level() -> None:
    """Web copies drop the opening bracket of （一）: 一） is the same level."""
    text = "一、主要举措和成效\n一）持续深化普法宣传\n全年开展活动12场。\n二）规范行政执法\n正文。\n二、存在问题\n正文。\n"
    assert outline(parse(text)) == [
        (0, "cn-dun", 1, "主要举措和成效"),
        (1, "cn-paren", 1, "持续深化普法宣传"),
        (1, "cn-paren", 2, "规范行政执法"),
        (0, "cn-dun", 2, "存在问题"),
    ]


def test_a_numeral_closing_a_bracketed_aside_is_no_marker() -> None:
    report = parse("一、主要举措\n（一）加强学习（详见附件一）。\n（二）规范执法\n正文。\n")
    assert [c.ordinal for c in report.sections[0].children] == [1, 2]


def test_gap_is_reported_and_kept() -> None:
    report = parse("一、甲\n二、乙\n四、丁\n")
    assert [s.ordinal for s in report.sections] == [1, 2, 4]
    gaps = [d for d in report.diagnostics if d.code is DiagnosticCode.GAP]
    assert len(gaps) == 1
    assert gaps[0].span is not None
    assert report.source[gaps[0].span.start : gaps[0].span.end] == "四、"


@pytest.mark.parametrize(
    "line",
    [
        "2.86万户纳税人减税约8亿元。",  # decimal
        "3.15消费者权益日开展宣传。",  # event day
        "“12.4”国家宪法日开展宣传。",  # quoted event name
        "2020.3.21",  # date
        "第一责任人职责落实到位。",  # not a marker
        "《关于（一）事项的通知》已印发。",  # marker inside a title
    ],
)
def test_false_headings_are_not_sections(line: str) -> None:
    report = parse(f"一、举措\n{line}\n二、问题\n")
    assert [s.title for s in report.sections] == ["举措", "问题"]
    assert report.sections[0].children == ()


def test_full_width_and_half_width_markers_are_one_scheme() -> None:
    half = parse("(一)甲\n(二)乙\n1.丙\n")
    full = parse("（一）甲\n（二）乙\n１．丙\n")
    assert outline(half) == outline(full)
    assert [s.marker for s in full.sections] == ["（一）", "（二）"]


def test_lost_line_breaks_are_recovered() -> None:
    lines = [
        "2023年，本县扎实推进法治政府建设，现将有关情况报告如下。",
        "一、主要举措",
        "（一）深入开展法治宣传教育。全年开展普法活动20场，覆盖群众5000人次。",
        "（二）全面优化政务服务。一是推进一网通办。二是推进综合窗口改革。",
        "二、存在的问题",
        "一是法治意识有待加强。二是执法力量相对薄弱。",
        "三、下一步工作",
        "（一）加强学习。组织专题学习。",
        "（二）规范执法。开展案卷评查。",
    ]
    with_breaks = parse("\n".join(lines))
    joined = parse("".join(lines) * 1)
    assert outline(joined) == outline(with_breaks)
    assert DiagnosticCode.LOST_LINE_BREAKS in codes(joined)
    assert [len(s.measures) for s in joined.sections] == [0, 2, 0]


def test_crlf_and_ideographic_indentation_do_not_change_the_outline() -> None:
    text = "一、举措\n（一）甲。正文。\n（二）乙。正文。\n二、问题\n"
    variant = "\r\n".join("\u3000\u3000" + line for line in text.split("\n"))
    assert outline(parse(variant)) == outline(parse(text))


def test_spans_index_the_original_string() -> None:
    text = "\u3000\u3000現(xiàn)將情況報告如下。\r\n一、主要舉措\r\n（一）學法。正文。\r\n"
    report = parse(text)
    for node in report.walk():
        assert report.source[node.span.start : node.span.end] == node.text
    section = report.sections[0]
    assert section.title == "主要举措"
    assert section.title_span is not None
    assert report.source[section.title_span.start : section.title_span.end] == "主要舉措"
    assert section.marker == "一、"


def test_preamble_is_a_span_not_a_section() -> None:
    report = parse("2022年，本区坚持依法行政。\n一、举措\n")
    assert report.preamble_text == "2022年，本区坚持依法行政。\n"
    assert report.sections[0].span.start == report.preamble.end


def test_no_headings_is_a_diagnostic_not_an_error() -> None:
    report = parse("本区坚持依法行政，取得积极成效。")
    assert report.sections == ()
    assert DiagnosticCode.NO_STRUCTURE in codes(report)


def test_custom_scheme_joins_the_set() -> None:
    from fazhi_parse.numerals import CN_ORDINAL_RE, cn_ordinal, to_cn_ordinal
    from fazhi_parse.schemes import DEFAULT_SCHEMES, RegexScheme, Role

    def write(n: int) -> str:
        return f"第{to_cn_ordinal(n)}部分"

    part = RegexScheme(
        name="cn-part",
        role=Role.HEADING,
        rank=0,
        pattern=rf"第(?P<num>{CN_ORDINAL_RE})部分",
        read=cn_ordinal,
        write=write,
    )
    text = "第一部分 工作成效\n一、学法\n二、用法\n第二部分 存在问题\n"
    assert parse(text).sections[0].scheme == "cn-dun"  # unknown to the default set
    report = parse(text, schemes=DEFAULT_SCHEMES.with_schemes(part))
    assert outline(report) == [
        (0, "cn-part", 1, "工作成效"),
        (1, "cn-dun", 1, "学法"),
        (1, "cn-dun", 2, "用法"),
        (0, "cn-part", 2, "存在问题"),
    ]


def test_bad_input_types_raise_clear_errors() -> None:
    with pytest.raises(TypeError, match="parse_file"):
        parse(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="SchemeSet"):
        parse("一、甲", schemes=[])  # type: ignore[arg-type]


def test_marker_alone_on_its_line_takes_the_next_line_as_title() -> None:
    report = parse("一、\n主要举措\n正文。\n二、\n存在问题\n")
    assert [s.title for s in report.sections] == ["主要举措", "存在问题"]
    first = report.sections[0]
    assert first.title_span is not None
    assert report.source[first.title_span.start : first.title_span.end] == "主要举措"


def test_numeral_inside_a_word_is_not_an_inline_heading() -> None:
    pre = "2022年,我市扎实推进法治政府建设。" * 14
    text = (
        pre
        + "一、主要举措（一）加强宣传。完善统一、规范、高效的执法体系。（二）规范执法。二、存在问题。"
    )
    assert outline(parse(text)) == [
        (0, "cn-dun", 1, "主要举措"),
        (1, "cn-paren", 1, "加强宣传"),
        (1, "cn-paren", 2, "规范执法"),
        (0, "cn-dun", 2, "存在问题"),
    ]


def test_colon_before_an_enumeration_ends_the_title() -> None:
    report = parse("一、主要举措和成效:一是加强宣传;二是规范执法。\n二、存在问题\n")
    first = report.sections[0]
    assert first.title == "主要举措和成效"
    assert [m.title for m in first.measures] == ["加强宣传", "规范执法"]


@pytest.mark.parametrize("text", ["", " \n\u3000 \r\n"])
def test_empty_input_is_one_clear_diagnostic(text: str) -> None:
    report = parse(text)
    assert report.source == text
    assert [d.code for d in report.diagnostics] == [DiagnosticCode.EMPTY]
    assert report.sections == ()
    assert [p.present for p in report.parts] == [False] * 5


def test_a_text_that_begins_inside_its_first_part() -> None:
    """（三）（四） of a part whose heading the copy lost, then 二、: the higher level goes to the
    top, it does not nest under （四）."""
    text = "（三）规范执法\n全年办理案件30件。\n（四）广泛宣传\n开展活动12场。\n二、存在的问题及原因\n执法力量不足。\n"
    report = parse(text)
    assert [(s.marker, s.kind) for s in report.sections] == [
        ("（三）", SectionKind.ACHIEVEMENTS),
        ("（四）", SectionKind.ACHIEVEMENTS),
        ("二、", SectionKind.PROBLEMS),
    ]
