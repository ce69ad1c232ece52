"""Tests for fazhi_parse.export.segments: the lossless, typed partition of ``Report.source``.

Examples are small inline reports; the partition is also checked on every seed, every
document of the gwr corpus (when ``../shared/corpus/gwr`` is present), reports assembled
from genre fragments, and arbitrary Unicode (hypothesis).
"""

from __future__ import annotations

import pathlib

import pytest
from hypothesis import given
from hypothesis import strategies as st
from paths import CORPUS, SEEDS

from fazhi_parse import parse
from fazhi_parse.export.segments import segments
from fazhi_parse.model import (
    Chrome,
    ChromeKind,
    Report,
    Section,
    Segment,
    SegmentKind,
    Span,
)


def read(path: pathlib.Path) -> str:
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def assert_partition(report: Report, segs: tuple[Segment, ...]) -> None:
    """Ordered, contiguous, non-empty pieces whose texts join back to the source."""
    source = report.source
    assert "".join(s.text for s in segs) == source
    pos = 0
    for s in segs:
        assert s.span.start == pos
        assert s.span.end > s.span.start
        assert source[s.span.start : s.span.end] == s.text
        assert (s.chrome is not None) == (s.kind is SegmentKind.CHROME)
        if s.kind is SegmentKind.BLANK:
            assert s.text.isspace()
        pos = s.span.end
    assert pos == len(source)


def kinds(segs: tuple[Segment, ...]) -> list[tuple[str, str]]:
    return [(str(s.kind), s.text) for s in segs]


# --- what each piece is --------------------------------------------------------------------


def test_preamble_headings_and_bodies() -> None:
    report = parse("前言。\n一、主要举措\n（一）学法。一是学习，二是考试。\n二、存在问题\n不足。")
    assert kinds(report.segments()) == [
        ("preamble", "前言。\n"),
        ("heading", "一、主要举措"),
        ("blank", "\n"),
        ("heading", "（一）学法"),
        ("body", "。一是学习，二是考试。\n"),
        ("heading", "二、存在问题"),
        ("body", "\n不足。"),
    ]


def test_heading_spans_marker_and_title_in_source_coordinates() -> None:
    # CRLF, ideographic indentation and full-width markers stay in the source text
    source = "\u3000\u3000一、主要举措\r\n（一）学法。正文。\r\n"
    segs = parse(source).segments()
    assert_partition(parse(source), segs)
    assert [s.text for s in segs if s.kind is SegmentKind.HEADING] == ["一、主要举措", "（一）学法"]


def test_text_without_structure_is_preamble_or_body() -> None:
    report = parse("只有一段文字，没有标题。")
    segs = report.segments()
    assert_partition(report, segs)
    assert {s.kind for s in segs} <= {SegmentKind.PREAMBLE, SegmentKind.BODY}


def test_empty_and_blank_sources() -> None:
    assert parse("").segments() == ()
    segs = parse(" \n\u3000\n").segments()
    assert "".join(s.text for s in segs) == " \n\u3000\n"


def _section(source: str, start: int, end: int, marker: str, title_end: int) -> Section:
    return Section(
        marker=marker,
        scheme="cn-dun",
        ordinal=1,
        title=source[start + len(marker) : title_end],
        title_span=Span(start + len(marker), title_end),
        span=Span(start, end),
        text=source[start:end],
    )


def test_chrome_title_closing_and_signature_win_over_what_they_overlap() -> None:
    source = "首页 > 信息公开\n某区2023年法治政府建设情况报告\n一、成效\n正文。\n以上情况，特此报告。\n某区人民政府\n网站地图"
    crumb = source.index("首页")
    title = source.index("某区2023")
    head = source.index("一、")
    closing = source.index("以上")
    sign = source.index("某区人民政府")
    footer = source.index("网站地图")
    report = Report(
        source=source,
        # a preamble that (wrongly) starts on the breadcrumb: chrome and title still win
        preamble=Span(0, head),
        title_span=Span(title, source.index("\n", title)),
        sections=(_section(source, head, closing, "一、", head + 4),),
        chrome=(
            Chrome(kind=ChromeKind.BREADCRUMB, span=Span(crumb, crumb + 9), text=source[:9]),
            Chrome(kind=ChromeKind.SIGNATURE, span=Span(sign, sign + 6), text="某区人民政府"),
            Chrome(kind=ChromeKind.FOOTER, span=Span(footer, len(source)), text="网站地图"),
        ),
        closing=Span(closing, closing + 10),
    )
    segs = segments(report)
    assert_partition(report, segs)
    assert kinds(segs) == [
        ("chrome", "首页 > 信息公开"),
        ("preamble", "\n"),
        ("title", "某区2023年法治政府建设情况报告"),
        ("preamble", "\n"),
        ("heading", "一、成效"),
        ("body", "\n正文。\n"),
        ("closing", "以上情况，特此报告。"),
        ("blank", "\n"),
        ("signature", "某区人民政府"),
        ("blank", "\n"),
        ("chrome", "网站地图"),
    ]
    assert segs[0].chrome is ChromeKind.BREADCRUMB
    assert segs[-1].chrome is ChromeKind.FOOTER
    assert segs[-3].chrome is None


def test_adjacent_headings_stay_separate_segments() -> None:
    segs = parse("一、总体\n（一）学法\n（二）守法\n").segments()
    assert [s.text for s in segs if s.kind is SegmentKind.HEADING] == [
        "一、总体",
        "（一）学法",
        "（二）守法",
    ]


def test_spans_outside_the_source_are_clipped() -> None:
    # a report built by hand (or read from JSON) may carry spans past the end
    report = Report(
        source="一、标题\n正文",
        preamble=Span(0, 0),
        chrome=(Chrome(kind=ChromeKind.FOOTER, span=Span(5, 99), text="正文"),),
        closing=Span(50, 60),
    )
    segs = segments(report)
    assert_partition(report, segs)
    assert kinds(segs)[-1] == ("chrome", "正文")


def test_deep_outline_does_not_recurse() -> None:
    block = "一、标题\n（一）小节\n1.条目\n（1）细目\n①甲。\n"
    report = parse(block * 300)
    assert_partition(report, report.segments())


# --- every real document -------------------------------------------------------------------


@pytest.mark.parametrize("path", SEEDS + CORPUS, ids=lambda p: p.stem)
def test_partition_of_real_documents(path: pathlib.Path) -> None:
    report = parse(read(path))
    segs = report.segments()
    assert_partition(report, segs)
    headings = [s for s in segs if s.kind is SegmentKind.HEADING]
    explicit = [n for n in report.walk() if isinstance(n, Section) and not n.implicit]
    assert len(headings) == len(explicit)


def test_partition_of_traditional_crlf_seed() -> None:
    from opencc import OpenCC

    text = OpenCC("s2t").convert(read(SEEDS[0])).replace("\n", "\r\n")
    report = parse(text)
    assert_partition(report, report.segments())


# --- properties ----------------------------------------------------------------------------

FRAGMENTS = (
    "一、主要举措和成效\n",
    "二、存在的不足\n",
    "（一）深化学法。",
    "（二）严格执法。",
    "(三)",
    "1.",
    "2、",
    "（1）",
    "①",
    "一是加强领导，",
    "二是完善制度。",
    "。是健全机制；",
    "第一，",
    "全年办理行政复议案件56件，同比下降28%。",
    "以上情况，特此报告。\n",
    "某市人民政府\n2023年3月21日\n",
    "当前位置：首页 > 政务公开\n",
    "索引号：11330000/2023-00012\n",
    "网站地图 | 联系我们\n",
    "现(xiàn)將",
    "“一是”",
    "《关于一、二的通知》",
    "\n",
    "\r\n",
    "\u3000\u3000",
    " ",
    "\u200b",
)

report_texts = st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join)


@given(report_texts)
def test_partition_of_generated_reports(text: str) -> None:
    report = parse(text)
    assert_partition(report, report.segments())


@given(st.text(st.characters(exclude_categories=()), max_size=200))
def test_partition_of_any_text(text: str) -> None:
    report = parse(text)
    assert_partition(report, report.segments())
