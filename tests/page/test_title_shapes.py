"""Where the title is among the lines above the body, in the shapes sites print it: the body's
name on a line of its own above the rest of the title, a headline followed by a two-line copy
of itself, site labels, notices and footers before it, bylines under it."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fazhi_parse import ChromeKind, parse

BODY = "2022年,我县坚持依法行政。\n一、主要举措和成效\n(一)学法用法。\n二、存在的问题\n执法力量不足。\n"

NAMES = ["松岭县人民政府", "白沙区司法局", "青石镇人民政府", "云溪县", "河口区城市管理局"]


# --- the body's name above the title (class 8) ---------------------------------------------


@given(st.sampled_from(NAMES), st.integers(2016, 2025), st.sampled_from(["\n", "\n\n"]))
def test_the_name_on_its_own_line_above_the_title_is_part_of_it(
    name: str, year: int, gap: str
) -> None:
    rest = f"{year}年度法治政府建设情况报告"
    report = parse(f"{name}{gap}{rest}\n" + BODY)
    assert report.title == name + rest
    assert report.issuer == name
    assert report.year == year


def test_a_headline_followed_by_a_two_line_copy_of_itself() -> None:
    text = (
        "松岭县人民政府2022年度法治政府建设情况报告\n"
        "2023-03-29 17:13:17 来源: 松岭县司法局\n\n"
        "松岭县人民政府\n\n2022年度法治政府建设情况报告\n\n" + BODY
    )
    report = parse(text)
    assert report.title == "松岭县人民政府2022年度法治政府建设情况报告"
    assert report.issuer == "松岭县人民政府"
    assert report.published == date(2023, 3, 29)


@pytest.mark.parametrize("site", ["松岭县人民政府门户网站", "松岭县人民政府网"])
def test_a_site_name_above_the_title_is_not_joined_to_it(site: str) -> None:
    report = parse(f"{site}\n2022年度法治政府建设情况报告\n" + BODY)
    assert report.title == "2022年度法治政府建设情况报告"
    assert any(c.kind is ChromeKind.HEADER and c.text == site for c in report.chrome)
