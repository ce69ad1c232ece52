"""The compliance view: which of the statutory parts A-E are present, where, and on time."""

from __future__ import annotations

import os
import pickle

import pytest
from paths import SEEDS

from fazhi_parse import DiagnosticCode, SectionKind, parse

FULL = (
    "某某区2022年度法治政府建设情况报告\n发布日期:2023-03-30\n"
    "2022年,某某区坚持依法行政。\n"
    "一、2022年度推进法治政府建设的主要举措和成效\n(一)学法。\n"
    "二、2022年度推进法治政府建设存在的不足和原因\n执法力量不足。\n"
    "三、党政主要负责人履行推进法治建设第一责任人职责情况\n区长带头学法。\n"
    "四、2023年推进法治政府建设的主要安排\n(一)加强学习。\n"
    "五、其他需要报告的情况\n无。\n"
)


def present(text: str) -> dict[SectionKind, bool]:
    return {p.kind: p.present for p in parse(text).parts}


def test_all_parts_present_and_where() -> None:
    report = parse(FULL)
    parts = report.parts
    assert [p.kind for p in parts] == list(SectionKind)
    assert all(p.present for p in parts)
    for part, section in zip(parts, report.sections, strict=True):
        assert part.spans == (section.span,)
    assert not any(d.code is DiagnosticCode.MISSING_PART for d in report.diagnostics)
    assert report.on_time is True


def test_missing_parts_are_reported_but_other_is_optional() -> None:
    text = "2022年,某区依法行政。\n一、主要工作情况\n(一)学法。\n二、下一步工作\n(一)学习。\n"
    report = parse(text)
    assert present(text) == {
        SectionKind.ACHIEVEMENTS: True,
        SectionKind.PROBLEMS: False,
        SectionKind.DUTY: False,
        SectionKind.PLANS: True,
        SectionKind.OTHER: False,
    }
    missing = [d.message for d in report.diagnostics if d.code is DiagnosticCode.MISSING_PART]
    assert missing == ["no problems or duty part was found"]


def test_a_combined_heading_carries_both_parts() -> None:
    text = "一、工作成效\n(一)学法。\n二、存在的问题及下一步打算\n(一)问题。\n(二)打算。\n"
    report = parse(text)
    plans = next(p for p in report.parts if p.kind is SectionKind.PLANS)
    assert plans.present
    assert plans.spans == (report.sections[1].span,)


def test_a_part_named_only_by_a_nested_heading() -> None:
    text = "一、主要工作情况\n(一)学法。\n(二)主要负责人履行第一责任人职责情况。\n二、下一步工作\n(一)学习。\n"
    report = parse(text)
    duty = next(p for p in report.parts if p.kind is SectionKind.DUTY)
    assert duty.present
    assert duty.spans == (report.sections[0].children[1].span,)


@pytest.mark.parametrize("path", SEEDS, ids=os.path.basename)
def test_seed_parts(path: str) -> None:
    with open(path, encoding="utf-8", newline="") as f:
        report = parse(f.read())
    parts = {p.kind: p for p in report.parts}
    assert parts[SectionKind.ACHIEVEMENTS].present
    assert parts[SectionKind.PLANS].present
    assert parts[SectionKind.PROBLEMS].present  # every seed states its shortcomings
    for part in report.parts:
        assert part.present == bool(part.spans)
    assert pickle.loads(pickle.dumps(report.parts)) == report.parts


def test_nested_heading_makes_a_part_present_but_not_standalone() -> None:
    from fazhi_parse import SectionKind, parse

    text = (
        "2022年,本区扎实推进法治政府建设。\n一、主要举措和成效\n"
        "（一）履行推进法治建设第一责任人职责。区长带头述法。\n（二）规范执法。正文。\n"
        "二、存在的问题\n执法力量不足。\n三、下一步工作安排\n（一）加强学习。\n"
    )
    parts = {p.kind: p for p in parse(text).parts}
    duty = parts[SectionKind.DUTY]
    assert duty.present
    assert not duty.standalone
    assert parts[SectionKind.ACHIEVEMENTS].standalone
    assert parts[SectionKind.PLANS].standalone
