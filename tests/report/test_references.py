"""Cited documents: 《title》 and the document number that may follow it."""

from __future__ import annotations

import pytest

from fazhi_parse import parse
from fazhi_parse._report.references import find_references
from fazhi_parse._text.normalize import normalize


@pytest.mark.parametrize(
    ("text", "title", "number"),
    [
        (
            "根据《法治政府建设与责任落实督察工作规定》(厅字〔2019〕28号)要求",
            "法治政府建设与责任落实督察工作规定",
            "厅字〔2019〕28号",
        ),
        (
            "印发《某某区法治政府建设实施方案》(某政发〔2022〕1号)",
            "某某区法治政府建设实施方案",
            "某政发〔2022〕1号",
        ),
        ("落实《法治政府建设实施纲要(2021-2025年)》", "法治政府建设实施纲要(2021-2025年)", None),
        ("执行《某某市行政执法办法》[2020]3号", "某某市行政执法办法", None),
        ("执行《某某市行政执法办法》某政办[2020]3号", "某某市行政执法办法", "某政办[2020]3号"),
        (
            "严格落实《井研县组织学习〈习近平法治思想学习纲要〉责任分工方案》",
            "井研县组织学习〈习近平法治思想学习纲要〉责任分工方案",
            None,
        ),
    ],
)
def test_reference_forms(text: str, title: str, number: str | None) -> None:
    (ref,) = find_references(normalize(text))
    assert (ref.title, ref.number) == (title, number)
    raw = ref.span.slice(text)
    assert raw.startswith("《")
    assert raw.endswith(number or "》")


def test_every_citation_in_order() -> None:
    text = "学习《宪法》《行政许可法》《行政处罚法》,再学《宪法》。"
    assert [r.title for r in find_references(normalize(text))] == [
        "宪法",
        "行政许可法",
        "行政处罚法",
        "宪法",
    ]


def test_full_width_and_traditional_source() -> None:
    text = "根據《法治政府建設實施綱要（2021—2025年）》（中發〔2021〕33號）"
    (ref,) = find_references(normalize(text))
    assert ref.title == "法治政府建设实施纲要(2021—2025年)"
    assert ref.number == "中发〔2021〕33号"
    assert ref.span.slice(text) == "《法治政府建設實施綱要（2021—2025年）》（中發〔2021〕33號"


def test_report_references_are_from_the_body_only() -> None:
    text = "名称:《某某》报告\n2022年,某区落实《法治政府建设实施纲要》。\n一、主要成效\n(一)印发《某某办法》。\n"
    report = parse(text)
    assert [r.title for r in report.references] == ["法治政府建设实施纲要", "某某办法"]
