"""Generated report pages: chrome pieces, titles, headings and signatures drawn at random
from the shapes sites print, assembled into a page, parsed, and checked field by field.

Every shape is one that :mod:`report_pages` and the chrome tests show on its own; here they
meet in arbitrary combinations (a banner with a ``| key | value |`` block, a numbered
breadcrumb with a two-line signature, ...), which is how unseen sites differ.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from page_variants import VARIANTS, fields

from fazhi_parse import DatePrecision, SectionKind, parse

PLACES = ["青山县", "白河市", "东湖区", "南平县", "西岭区", "北川镇"]
BODIES = ["人民政府", "司法局", "市场监督管理局", "生态环境局", ""]

HEADINGS: dict[SectionKind, list[str]] = {
    SectionKind.ACHIEVEMENTS: [
        "主要举措和成效",
        "主要工作情况",
        "工作开展情况",
        "主要做法及成效",
        "{y}年法治政府建设情况",
        "一年来主要工作",
    ],
    SectionKind.PROBLEMS: [
        "存在的问题",
        "存在的不足和原因",
        "问题和不足",
        "存在问题及原因",
        "问题短板",
    ],
    SectionKind.DUTY: ["党政主要负责人履行推进法治建设第一责任人职责情况"],
    SectionKind.PLANS: [
        "下一步工作打算",
        "{n}年工作安排",
        "下步重点工作",
        "下一年度工作安排",
        "{n}年工作思路",
    ],
    SectionKind.OTHER: ["其他需要报告的事项"],
}
TITLE_SHAPES = [
    "plain",
    "name-above",
    "copy-twice",
    "label-before",
    "footer-before",
    "doc-number",
]
"""How the title is printed: alone; the body's name on a line above the rest; a headline then
a two-line copy; a site label or a site footer before it; a bracketed document number."""

PREAMBLES = [
    "{y}年,{issuer}坚持以习近平法治思想为指导,深入推进依法行政。",
    "{y}年,在市委、市政府的正确领导下,{issuer}坚持以习近平法治思想为指导,深入推进依法行政。",
    "{y}年以来,{issuer}紧紧围绕中心工作,依法履职。",
]
"""The preamble's first sentence, naming the issuer after a clause or not."""

NUMERALS = "一二三四五六"
_CN = "〇一二三四五六七八九"


def _chinese_date(d: date) -> str:
    """二〇二三年三月十五日."""

    def small(n: int) -> str:
        tens, units = divmod(n, 10)
        return (("" if tens == 1 else _CN[tens]) + "十" if tens else "") + (
            _CN[units] if units else ""
        )

    return "".join(_CN[int(c)] for c in str(d.year)) + f"年{small(d.month)}月{small(d.day)}日"


@st.composite
def pages(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    year = draw(st.integers(2018, 2024))
    issuer = draw(st.sampled_from(PLACES)) + draw(st.sampled_from(BODIES))
    published = date(year + 1, draw(st.integers(1, 12)), draw(st.integers(1, 28)))
    signed = date(year + 1, draw(st.integers(1, 3)), draw(st.integers(1, 28)))
    title = draw(
        st.sampled_from(
            [
                f"{issuer}{year}年度法治政府建设情况报告",
                f"{issuer}关于{year}年法治政府建设情况的报告",
                f"{issuer}{year}年法治政府建设年度报告",
            ]
        )
    )
    lines: list[str] = []
    if draw(st.booleans()):
        lines.append(
            draw(
                st.sampled_from(
                    [
                        f"今天是:{year + 3}年5月8日 星期三",
                        "某某市人民政府门户网站",
                        "无障碍 简体| 繁体",
                    ]
                )
            )
        )
    crumb = draw(st.sampled_from(["none", "line", "list", "trail"]))
    if crumb == "line":
        lines.append("当前位置:首页 > 政务公开 > 法治政府建设")
    elif crumb == "list":
        lines += ["1. 当前位置:", "  2. 首页", "  3. 政务公开", "  4. 正文", ""]
    elif crumb == "trail":
        lines.append("首页 > 信息公开 > 法定主动公开内容")
    iso = published.isoformat()
    meta = draw(
        st.sampled_from(
            ["none", "lines", "table", "list", "spaced", "under-title", "byline", "cells"]
        )
    )
    block = {
        "none": [],
        "lines": ["索引号:001/2024-00012", "发布机构:某某司法局", f"发布日期:{iso}"],
        "table": [
            "| 索引号 | 001/2024-00012 | 发布机构 | 某某司法局 |",
            "| --- | --- | --- | --- |",
            f"| 发布日期 | {iso} | 文号 | |",
        ],
        "list": [
            "- [ 索引号 ] 001/2024-00012",
            "- [ 发布机构 ] 某某司法局",
            f"- [ 发布日期 ] {iso}",
        ],
        "spaced": [
            "索  引  号 001/2024-00012 主题分类",
            f"发布机构 某某司法局 发布日期 {iso} 10:20",
        ],
        "under-title": [],
        "byline": [],
        "cells": ["索引号:", "001/2024-00012", "发布机构:", "某某司法局", "发布日期:", iso],
    }[meta]
    lines += block
    rest = title[len(issuer) :]  # the title after the body's name
    shape = draw(st.sampled_from(TITLE_SHAPES))
    if shape == "label-before":
        lines.append(draw(st.sampled_from(["政策解读", "法治专栏", "工作动态"])))
    elif shape == "footer-before":
        lines += ["Copyright © 2023 某某市人民政府 版权所有", "某ICP备12345678号"]
    if shape != "copy-twice" and draw(st.booleans()):
        lines.append(title)  # the page's own copy of the title
    if shape == "name-above":
        lines += [issuer, rest]  # the body's name on a line of its own
    elif shape == "copy-twice":
        lines += [title, "", issuer, "", rest]  # a headline, then a two-line copy of it
    elif shape == "doc-number":
        lines.append(f"[某政发〔{year + 1}〕7号]{title}")
    else:
        lines.append(title)
    if meta == "under-title":
        lines.append(f"来源:某某司法局 发布时间:{iso} 09:18 浏览次数: 字体:【大 中 小】")
    elif meta == "byline":
        lines.append(f"{issuer} {iso}")
    if draw(st.booleans()):
        lines.append("【字体:大 中 小】【打印】【关闭】")
    lines.append(draw(st.sampled_from(PREAMBLES)).format(y=year, issuer=issuer, place=issuer[:3]))
    kinds = [SectionKind.ACHIEVEMENTS, SectionKind.PROBLEMS]
    if draw(st.booleans()):
        kinds.insert(draw(st.integers(0, 2)), SectionKind.DUTY)
    kinds.append(SectionKind.PLANS)
    if draw(st.booleans()):
        kinds.append(SectionKind.OTHER)
    headless = kinds[1] is SectionKind.PROBLEMS and draw(st.booleans())
    implicit = [False] * len(kinds)
    k = 0
    for n, kind in enumerate(kinds):
        if headless and n == 1:
            lines.append(f"{year}年,{issuer}法治政府建设取得了一定的成绩,但也存在一些问题。")
            implicit[n] = True
            continue
        heading = draw(st.sampled_from(HEADINGS[kind])).format(y=year, n=year + 1)
        lines += [
            f"{NUMERALS[k]}、{heading}",
            "(一)加强组织领导。召开会议3次。",
            "(二)规范执法行为。",
        ]
        k += 1
    has_signature = draw(st.booleans())
    if has_signature:
        lines.append(draw(st.sampled_from(["特此报告。", "以上情况,特此报告。"])))
        day = f"{signed.year}年{signed.month}月{signed.day}日"
        day_form = draw(st.sampled_from(["digits", "chinese", "month"]))
        if day_form == "chinese":
            day = _chinese_date(signed)
        elif day_form == "month":  # no day printed: a month-precision date
            day = f"{signed.year}年{signed.month}月"
            signed = signed.replace(day=1)
        lines += draw(
            st.sampled_from(
                [
                    [issuer or "某某县人民政府", day],
                    [f"{issuer} {day}"],
                    ["    " + issuer, "", "    " + day],
                ]
            )
        )
    footer = draw(st.sampled_from(["none", "site", "related"]))
    if footer == "site":
        lines += [
            "网站地图 网站标识码:1234000001 某ICP备12345678号",
            "主办单位:某某市人民政府办公室",
        ]
    elif footer == "related":
        lines += ["- 相关新闻", f"- {issuer}召开法治政府建设工作会议", "- 宪法宣传周活动启动"]
    expected = {
        "title": title,
        "year": year,
        "issuer": issuer,
        "published": None if meta == "none" else published,
        "signed": signed if has_signature else None,
        "signed_precision": None
        if not has_signature
        else (DatePrecision.MONTH if day_form == "month" else DatePrecision.DAY),
        "kinds": kinds,
        "implicit": implicit,
    }
    return "\n".join(lines) + "\n", expected


@settings(max_examples=300, deadline=None)
@given(pages())
def test_generated_page(page: tuple[str, dict[str, Any]]) -> None:
    text, expected = page
    report = parse(text)
    assert report.title == expected["title"]
    assert report.year == expected["year"]
    assert report.issuer == expected["issuer"]
    assert report.published == expected["published"]
    assert report.signed == expected["signed"]
    assert report.signed_precision == expected["signed_precision"]
    assert report.published_precision == (None if report.published is None else DatePrecision.DAY)
    assert [s.kind for s in report.sections] == expected["kinds"]
    assert [s.implicit for s in report.sections] == expected["implicit"]
    assert report.meta.get("publisher") in (None, "某某司法局")
    for c in report.chrome:
        assert c.text == c.span.slice(text)


@settings(max_examples=200, deadline=None)
@given(pages(), st.sampled_from(sorted(VARIANTS)))
def test_generated_page_variants(page: tuple[str, dict[str, Any]], variant: str) -> None:
    text, _ = page
    assert fields(VARIANTS[variant](text)) == fields(text)
