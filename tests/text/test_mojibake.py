"""Mojibake detection: warnings with spans, never repairs, no false alarms on clean text."""

from __future__ import annotations

import pathlib

import pytest
from paths import SEEDS

from fazhi_parse import DiagnosticCode, parse
from fazhi_parse._text.mojibake import find_mojibake


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("经验做法获中央依法治国办??茝V?,F将主要情况报告如下。", "??茝V?"),
        ("全年受理\ufffd\ufffd案件。", "\ufffd\ufffd"),
        ("鐨勬硶娌绘斂搴滃缓璁鹃銆锛", "銆锛"),
        ("标题 ÕþÎñ¹«¿ª 报告", "ÕþÎñ¹«¿ª"),
    ],
)
def test_mojibake_is_found_where_it_is(text: str, bad: str) -> None:
    found = find_mojibake(text)
    assert found
    span = found[0].span
    assert span is not None
    assert bad in text[span.start - 2 : span.end + 2] or text[span.start : span.end] in bad


@pytest.mark.parametrize(
    "text",
    [
        "2023年,东莞市坚持依法行政,取得积极成效。",
        "What is this? 这是英文问句。",
        "出庭应诉率100%。",
    ],
)
def test_clean_text_raises_no_alarm(text: str) -> None:
    assert find_mojibake(text) == []


def test_parse_reports_mojibake_as_a_warning() -> None:
    report = parse("一、举措\n经验做法获中央依法治国办??茝V?,F将主要情况报告如下。\n")
    codes = [d.code for d in report.diagnostics]
    assert DiagnosticCode.MOJIBAKE in codes


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_seed_warnings_point_at_question_marks(path: pathlib.Path) -> None:
    text = path.read_text(encoding="utf-8")
    for d in find_mojibake(text):
        assert d.span is not None
        assert "?" in text[d.span.start : d.span.end] or "\ufffd" in text[d.span.start : d.span.end]
