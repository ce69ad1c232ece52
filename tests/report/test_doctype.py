"""Neighbouring document types that scrapers bring back with the reports."""

from __future__ import annotations

import pytest

from fazhi_parse import DiagnosticCode, parse
from fazhi_parse._report.doctype import doc_type

BODY = "\n一、总体情况\n(一)主动公开。\n二、存在的问题\n公开不够及时。\n"


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("某某区人民政府2022年政府信息公开工作年度报告", "政府信息公开工作年度报告"),
        ("某某区2022年政务公开工作年度报告", "政务公开工作年度报告"),
        ("某某市2023年法治政府建设工作要点", "工作要点"),
        ("某某县法治政府建设实施方案(2021-2025年)", "实施方案"),
        ("《某某区2022年度法治政府建设情况报告》解读", "解读"),
        ("关于印发某某市2023年法治政府建设工作要点的通知", "工作要点"),
        ("某某区2022年度国民经济和社会发展统计公报", "other"),
        ("某某区2022年度法治政府建设情况报告", None),
        ("某某局2022年法治建设工作总结", None),
        ("关于2022年度依法行政工作情况的报告", None),
        ("白沙区政府2020年依法行政工作总结及2021年工作计划", None),
        ("松岭县2022年法治政府建设工作总结和2023年工作要点", None),
        ("松岭县2023年工作总结及2024年工作计划", "other"),  # a summary, not of 法治
        ("松岭县2023年法治政府建设工作计划", "工作计划"),
    ],
)
def test_titles(title: str, kind: str | None) -> None:
    assert doc_type(title, "") == kind


def test_information_disclosure_report_without_title() -> None:
    opening = "本报告根据《中华人民共和国政府信息公开条例》要求编制。"
    assert doc_type(None, opening) == "政府信息公开工作年度报告"


def test_diagnostic_on_the_report() -> None:
    report = parse("某某区人民政府2022年政府信息公开工作年度报告" + BODY)
    (diag,) = [d for d in report.diagnostics if d.code is DiagnosticCode.NOT_A_REPORT]
    assert "政府信息公开工作年度报告" in diag.message
    assert diag.span == report.title_span
    report = parse("某某区2022年度法治政府建设情况报告" + BODY)
    assert not any(d.code is DiagnosticCode.NOT_A_REPORT for d in report.diagnostics)
