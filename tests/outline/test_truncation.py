"""Texts cut short: a heading or item that the end of the text cuts.

Scraped pages are often cut (an opening only, a size limit). A heading cut before enough of
its title is there is not a heading, an item likewise; a chain the cut leaves at one item is
still a chain; and a ``truncated`` diagnostic says where the text ends. Invented examples.
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st
from strategies import Presentation, render, reports

from fazhi_parse import DiagnosticCode, Report, parse

OPENING = "2023年，青石镇扎实推进法治政府建设。\n一、主要举措和成效\n（一）加强组织领导\n镇党委专题研究法治工作4次，取得实效。\n"


def _cut(report: Report) -> list[str]:
    """The source under each ``truncated`` diagnostic."""
    return [
        report.source[d.span.start : d.span.end]
        for d in report.diagnostics
        if d.code is DiagnosticCode.TRUNCATED and d.span is not None
    ]


def test_a_heading_cut_short_is_not_a_heading() -> None:
    report = parse(OPENING + "（二）健全机")
    assert [c.title for c in report.sections[0].children] == ["加强组织领导"]
    assert _cut(report) == ["（二）健全机"]


def test_a_heading_cut_after_most_of_its_title_is_kept() -> None:
    report = parse(OPENING + "（二）优化审批服务流程，全面推进")
    titles = [c.title for c in report.sections[0].children]
    assert titles[0] == "加强组织领导"
    assert len(titles) == 2
    assert titles[1].startswith("优化审批服务")
    assert len(_cut(report)) == 1


def test_a_chain_cut_after_its_first_item_is_a_chain() -> None:
    report = parse(OPENING + "（二）优化审批服务\n一是推行容缺受理机制，青石镇将办理时限压缩至")
    second = report.sections[0].children[1]
    assert [m.title[:8] for m in second.measures] == ["推行容缺受理机制"]
    assert len(_cut(report)) == 1


def test_a_lone_item_in_a_whole_text_is_prose() -> None:
    """The same lone 一是, in a text that ends as a report does, is no chain."""
    report = parse(OPENING + "（二）优化审批服务\n一是推行容缺受理机制，办理时限压缩一半。\n")
    assert report.sections[0].children[1].measures == ()
    assert _cut(report) == []


def test_an_item_cut_to_a_stub_is_not_an_item() -> None:
    text = OPENING + "（二）优化审批服务\n一是推行容缺受理。二是推行告知承诺。三是推"
    second = parse(text).sections[0].children[1]
    assert [m.ordinal for m in second.measures] == [1, 2]


def _rows(report: Report) -> list[tuple[str, str | None, int]]:
    return [(type(n).__name__, n.scheme, n.ordinal or 0) for n in report.walk()]


@given(reports(circled=False), st.integers(0, 10_000))
def test_a_cut_keeps_the_nodes_before_it(generated: object, at: int) -> None:
    """Whatever the cut, the nodes that start before it are the first nodes of the whole
    text's tree, in order (the last may be dropped when the cut leaves it a stub)."""
    text = render(generated, Presentation())  # type: ignore[arg-type]
    assume(len(text) > 200)
    cut = text[: 100 + at % (len(text) - 100)]
    whole, part = _rows(parse(text)), _rows(parse(cut))
    assert whole[: len(part)] == part or whole[: len(part) - 1] == part[:-1], (cut[-60:], part)


def test_missing_parts_of_a_cut_text_may_lie_past_the_cut() -> None:
    cut = parse(OPENING + "（二）优化审批服务，全面推进")
    whole = parse(OPENING + "（二）优化审批服务\n全面推进。\n")
    missing = [d.message for d in cut.diagnostics if d.code is DiagnosticCode.MISSING_PART]
    assert missing
    assert all("cut short" in m for m in missing)
    assert not any(
        "cut short" in d.message for d in whole.diagnostics if d.code is DiagnosticCode.MISSING_PART
    )
