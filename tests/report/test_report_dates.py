"""The report's dates: what the page and the signature print, how precisely, and what is said
when a date cannot be read."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fazhi_parse import DatePrecision, DiagnosticCode, Report, parse

TITLE = "松岭县司法局2022年度法治政府建设情况报告\n"
BODY = "2022年,松岭县司法局坚持依法行政。\n一、主要举措和成效\n(一)学法用法。\n二、存在的问题\n执法力量不足。\n"


def _codes(report: Report) -> list[DiagnosticCode]:
    return [d.code for d in report.diagnostics]


def test_a_signature_with_only_a_month_gives_a_month_precision_date() -> None:
    report = parse(TITLE + BODY + "特此报告。\n松岭县司法局\n2023年3月\n")
    assert (report.signed, report.signed_precision) == (date(2023, 3, 1), DatePrecision.MONTH)
    assert DiagnosticCode.DATE_REPAIRED not in _codes(report)  # nothing was mangled


def test_a_whole_signature_date_has_day_precision() -> None:
    report = parse(TITLE + BODY + "松岭县司法局\n二〇二三年三月十五日\n")
    assert (report.signed, report.signed_precision) == (date(2023, 3, 15), DatePrecision.DAY)


def test_an_impossible_signature_date_is_said_and_not_read() -> None:
    report = parse(TITLE + BODY + "松岭县司法局\n2023年13月40日\n")
    assert (report.signed, report.signed_precision) == (None, None)
    (diagnostic,) = [d for d in report.diagnostics if d.code is DiagnosticCode.DATE_UNREADABLE]
    assert diagnostic.span is not None
    assert diagnostic.span.slice(report.source) == "2023年13月40日"
    assert report.issuer == "松岭县司法局"  # the signature still names the body


def test_an_impossible_publication_date_falls_back_to_the_next_metadata_date() -> None:
    text = "发布日期:2023-02-30\n成文日期:2023-03-01\n" + TITLE + BODY
    report = parse(text)
    assert (report.published, report.published_precision) == (date(2023, 3, 1), DatePrecision.DAY)
    assert DiagnosticCode.DATE_UNREADABLE in _codes(report)


def test_a_day_first_publication_time() -> None:
    report = parse("发布时间:14.03.2021  09:30\n" + TITLE + BODY)
    assert (report.published, report.published_precision) == (date(2021, 3, 14), DatePrecision.DAY)


def test_no_dates_no_precision() -> None:
    report = parse(TITLE + BODY)
    assert (report.published, report.published_precision) == (None, None)
    assert (report.signed, report.signed_precision) == (None, None)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)), st.booleans())
def test_precision_survives_a_json_round_trip(day: date, month_only: bool) -> None:
    signed = f"{day.year}年{day.month}月" + ("" if month_only else f"{day.day}日")
    report = parse(TITLE + BODY + f"松岭县司法局\n{signed}\n")
    expected = DatePrecision.MONTH if month_only else DatePrecision.DAY
    assert report.signed_precision is expected
    assert report.signed == (day.replace(day=1) if month_only else day)
    again = Report.from_json(report.to_json())
    assert (again.signed, again.signed_precision) == (report.signed, report.signed_precision)


@pytest.mark.parametrize("month_only", [True, False])
def test_on_time_reads_a_month_precision_date_as_its_month(month_only: bool) -> None:
    """The deadline is a month's end (31 March), so a March date is on time whatever its day."""
    published = "2023年3月" if month_only else "2023年3月31日"
    report = parse(f"发布日期:{published}\n" + TITLE + BODY)
    assert report.on_time is True
