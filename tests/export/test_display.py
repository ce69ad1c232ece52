"""Text tree, Markdown, HTML and highlights: everything shown, everything escaped."""

from __future__ import annotations

from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pytest
from paths import SEEDS

from fazhi_parse import parse
from fazhi_parse.export.display import (
    Highlight,
    highlight,
    render_html,
    render_markdown,
    render_tree,
)
from fazhi_parse.model import Measure, Metric, MetricKind, Report, Section, Span

TEXT = (
    "总体情况。\n一、主要举措\n（一）学法。一是学习。二是考试。\n（二）用法\n二、存在的问题\n不足。"
)


class _TagBalance(HTMLParser):
    VOID = frozenset({"br", "hr", "img", "meta", "link", "input"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack, f"</{tag}> closes nothing"
        assert self.stack.pop() == tag


def _balanced(markup: str) -> bool:
    parser = _TagBalance()
    parser.feed(markup)
    parser.close()
    return not parser.stack


def _with_metric_and_repair(report: Report) -> Report:
    """``report`` with its first measure repaired and holding a metric."""
    section = report.sections[0].children[0]
    measure = section.measures[0]
    metric = Metric(
        value=Decimal(2),
        unit="",
        kind=MetricKind.COUNT,
        span=Span(measure.span.start + 2, measure.span.start + 4),
        text=report.source[measure.span.start + 2 : measure.span.start + 4],
    )
    measure = attrs.evolve(measure, repaired=True, metrics=(metric,))
    section = attrs.evolve(section, measures=(measure, *section.measures[1:]))
    top = attrs.evolve(report.sections[0], children=(section, *report.sections[0].children[1:]))
    return attrs.evolve(report, sections=(top, *report.sections[1:]), metrics=(metric,))


def test_tree_shows_every_node_in_order() -> None:
    report = parse(TEXT)
    lines = render_tree(report).splitlines()
    assert lines[1:-1] == [
        f"├── 一、主要举措{_kind(report.sections[0])}",
        "│   ├── （一）学法",
        "│   │   ├── 一是 学习",
        "│   │   └── 二是 考试",
        "│   └── （二）用法",
        f"└── 二、存在的问题{_kind(report.sections[1])}",
    ]
    assert lines[-1].startswith("4 sections · 2 measures · ")


def _kind(section: Section) -> str:
    return f"  [{section.kind}]" if section.kind is not None else ""


def test_tree_marks_repairs_and_counts_metrics() -> None:
    text = render_tree(_with_metric_and_repair(parse(TEXT)))
    assert "一是 学习  [repaired, 1 metric]" in text


def test_markdown_nests_and_escapes() -> None:
    report = parse("一、主要*举措*\n（一）学法。一是学习。二是考试。")
    md = render_markdown(report)
    assert "- **一、** 主要\\*举措\\*" in md
    assert "  - **（一）** 学法" in md
    assert "    - 一是 学习" in md


def test_html_is_balanced_escaped_and_badged() -> None:
    report = _with_metric_and_repair(parse(TEXT.replace("用法", "用法<script>x</script>")))
    markup = report._repr_html_()
    assert _balanced(markup)
    assert "<script>" not in markup
    assert "&lt;script&gt;" in markup
    assert "<details open>" in markup  # top-level parts start open
    assert 'class="fz-badge fz-repaired"' in markup
    assert markup.count('class="fz-metric"') >= 2  # chip in the summary and mark in the text


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_seed_html_and_tree(seed: Path) -> None:
    report = parse(seed.read_text(encoding="utf-8"))
    markup = render_html(report)
    assert _balanced(markup)
    for node in report.walk():
        if isinstance(node, Measure):
            assert node.marker in markup
    tree = render_tree(report)
    assert len(tree.splitlines()) == 2 + sum(1 for _ in report.walk())


def test_implicit_sections_are_badged() -> None:
    report = parse(SEEDS[3].read_text(encoding="utf-8"))
    implicit = [s for s in report.walk() if isinstance(s, Section) and s.implicit]
    markup = render_html(report)
    assert ("implicit part" in markup) == bool(implicit)
    assert ("(implicit part)" in render_tree(report)) == bool(implicit)


def test_highlight_shows_the_node_in_its_text() -> None:
    report = parse(TEXT)
    measure = report.sections[0].children[0].measures[1]
    shown = report.highlight(measure, context=4)
    assert isinstance(shown, Highlight)
    assert shown.text == report.source[measure.span.start : measure.span.end]
    assert shown.before == "…" + report.source[measure.span.start - 4 : measure.span.start]
    assert str(shown).count("⟦") == 1
    assert f"<mark>{shown.text}</mark>" in shown._repr_html_()
    whole = highlight(report, Span(0, len(report.source)))
    assert (whole.before, whole.after) == ("", "")


def test_highlight_refuses_what_is_not_in_the_text() -> None:
    report = parse(TEXT)
    with pytest.raises(ValueError, match="outside"):
        report.highlight(Span(0, len(report.source) + 1))


def test_ipython_pretty() -> None:
    pretty = pytest.importorskip("IPython.lib.pretty")
    report = parse(TEXT)
    assert pretty.pretty(report) == render_tree(report)
    shown = report.highlight(report.sections[1])
    assert pretty.pretty(shown) == str(shown)


def test_html_shows_own_texts_parts_meta_and_references() -> None:
    text = (
        "索引号：11440300/2024-01\n发布日期：2024-03-01\n"
        "青石镇2023年法治政府建设情况报告\n"
        "一、主要举措和成效\n依据《青石镇行政执法办法》（青政发〔2023〕5号），受理12件。\n"
        "（一）学法。一是学习。二是考试。\n"
        "二、存在的不足和原因\n宣传<不够>。"
    )
    report = parse(text)
    markup = render_html(report)
    assert _balanced(markup)
    first = report.sections[0]
    own = report.source[first.span.start : first.children[0].span.start]
    assert f"text ({len(own)} characters)" in markup  # the section's own text, collapsed
    assert "宣传&lt;不够&gt;" in markup  # escaped
    assert "statutory parts" in markup
    assert markup.count("<tr><td>") == len(report.parts)
    assert report.meta  # the page's metadata block was read
    assert all(f"<th>{key}</th>" in markup for key in report.meta)
    assert report.references
    assert "documents cited (1)" in markup
    assert "青政发〔2023〕5号" in markup
