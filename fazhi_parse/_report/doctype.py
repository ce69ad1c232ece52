"""Is this a 法治政府建设 report at all?

Scrapers that collect these reports also bring back their neighbours: the 政府信息公开工作
年度报告 (another statutory annual report), 法治政府建设工作要点 and 实施方案 (plans, not
reports), and 解读 pages that explain a report. The title says which, else the opening of
the body (本报告根据《中华人民共和国政府信息公开条例》…). The parse goes on either way; the
verdict is a ``not_a_report`` diagnostic.
"""

from __future__ import annotations

import re
from typing import Final

from .._page.tables import TITLE_PLAN_TAIL
from ..model import Diagnostic, DiagnosticCode, Severity, Span

__all__ = ["NOT_A_REPORT", "check_doctype", "doc_type"]

NOT_A_REPORT: Final[tuple[tuple[str, str], ...]] = (
    ("政府信息公开工作年度报告", r"(?:政府)?信息公开(?:工作)?(?:年度)?报告"),
    ("政务公开工作年度报告", r"政务公开(?:工作)?(?:年度)?报告"),
    ("解读", r"解读|图解|一图读懂|答记者问"),
    ("工作要点", r"工作要点"),
    ("实施方案", r"实施方案|工作方案|行动方案"),
    ("实施意见", r"实施意见|指导意见"),
    ("通知", r"^关于印发|的通知$"),
    ("工作计划", r"工作计划$"),
)
"""Neighbouring document types, by what their titles say."""

BODY_OPENERS: Final[tuple[tuple[str, str], ...]] = (
    ("政府信息公开工作年度报告", r"本(?:年度)?报告(?:是)?根据《中华人民共和国政府信息公开条例》"),
    ("工作要点", r"工作的?总体要求是|具体工作安排如下|工作要点如下"),
)
"""Neighbouring types recognised by the opening of the body when there is no title."""

REPORT: Final = r"(?:法治政府|法治|依法行政|依法治)[^。]{0,30}(?:报告|情况|总结|汇报)"
"""What a 法治政府建设 report's title says."""

REPORT_THEN_PLAN: Final = rf"(?:报告|情况|总结|汇报){TITLE_PLAN_TAIL}$"
"""A report's title that goes on with the next year's plan (…工作总结及2021年工作计划): still a
report, though it ends like a plan."""

OPENING: Final = 400
"""Characters of the body read when the page has no title."""

_NOT: Final = tuple((name, re.compile(p)) for name, p in NOT_A_REPORT)
_BODY: Final = tuple((name, re.compile(p)) for name, p in BODY_OPENERS)
_REPORT: Final = re.compile(REPORT)
_REPORT_THEN_PLAN: Final = re.compile(REPORT_THEN_PLAN)
_LAW: Final = re.compile(r"法治|依法行政")


def doc_type(title: str | None, opening: str) -> str | None:
    """The neighbouring type this document is, or None for a 法治政府建设 report.

    >>> doc_type("XX区2022年政府信息公开工作年度报告", "")
    '政府信息公开工作年度报告'
    >>> doc_type("XX区2022年度法治政府建设情况报告", "") is None
    True
    """
    if title:
        if _REPORT_THEN_PLAN.search(title):  # a summary and a plan: judged as the summary
            return None if _REPORT.search(title) else "other"
        for name, rx in _NOT:
            if rx.search(title):
                return name
        if _REPORT.search(title) is None:
            return "other"
        return None
    head = opening[:OPENING]
    for name, rx in _BODY:
        if rx.search(head):
            return name
    return None if _LAW.search(opening) else "other"


def check_doctype(title: str | None, opening: str, span: Span | None) -> Diagnostic | None:
    """A ``not_a_report`` diagnostic when the document is not a 法治政府建设 report."""
    kind = doc_type(title, opening)
    if kind is None:
        return None
    what = (
        "never names 法治政府建设 or 法治建设 (it may not be such a report)"
        if kind == "other"
        else f"looks like a {kind}, not a 法治政府建设 annual report"
    )
    return Diagnostic(
        code=DiagnosticCode.NOT_A_REPORT,
        severity=Severity.WARNING,
        message=f"the document {what}",
        span=span,
    )
