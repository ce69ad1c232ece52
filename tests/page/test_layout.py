"""Page chrome kept apart from the body: one small page per shape that sites print.

The shapes follow the article pages of county, city and department sites as scraped to
text (breadcrumbs, banners, metadata blocks, widgets, signatures, footers); the bodies are
a line or two of report text so that what is chrome and what is not is plain to see.
"""

from __future__ import annotations

import itertools
import os

import pytest
from paths import SEEDS

from fazhi_parse import ChromeKind, DiagnosticCode, Report, parse
from fazhi_parse._page.layout import find_layout
from fazhi_parse._page.title import is_title_line
from fazhi_parse._text.normalize import normalize

BODY = "2022年,某某区坚持依法行政,法治政府建设取得新成效。\n一、主要举措和成效\n(一)学法用法。\n"


def chrome(report: Report) -> list[tuple[str, str]]:
    return [(c.kind.value, c.text.strip()) for c in report.chrome]


def kinds(report: Report) -> set[ChromeKind]:
    return {c.kind for c in report.chrome}


# --- breadcrumbs ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "crumb",
    [
        "当前位置:首页 > 政务公开 > 法治政府建设",
        "您所在的位置:政务公开 > 工作报告",
        "您现在的位置: 首页 > 信息公开 > 正文",
        "首页 > 政务公开 > 规范性文件",
        "首页 » 司法局 » 法治建设",
        "政务公开 > 部门信息 > 司法局 > 年度报告",
        ">> 政务公开 >> 通知公告",
        "首页>>政务公开>>法治政府",
    ],
)
def test_breadcrumb_line(crumb: str) -> None:
    report = parse(f"{crumb}\n某某区2022年度法治政府建设情况报告\n{BODY}")
    assert ("breadcrumb", crumb) in chrome(report)
    assert report.title == "某某区2022年度法治政府建设情况报告"


@pytest.mark.parametrize(
    "lines",
    [
        ["1. 当前位置:", "  2. 首页", "  3. 政务公开", "  4. 司法局", "  5. 正文"],
        ["当前位置:", "- 首页", "- 政务公开", "- 法治政府"],
        ["您的位置:", "首页", ">", "政务公开", ">", "工作报告"],
    ],
)
def test_breadcrumb_printed_as_a_list(lines: list[str]) -> None:
    report = parse("\n".join(lines) + "\n\n某某区2022年度法治政府建设情况报告\n" + BODY)
    crumbs = [c for c in report.chrome if c.kind is ChromeKind.BREADCRUMB]
    assert len(crumbs) == 1
    assert crumbs[0].text.strip().startswith(lines[0].strip())
    assert crumbs[0].text.strip().endswith(lines[-1].strip())
    assert [s.title for s in report.sections] == ["主要举措和成效"]  # no 1. 2. 3. headings


def test_breadcrumb_ending_with_the_title() -> None:
    title = "某某区2022年度法治政府建设情况报告"
    report = parse(f"当前位置:首页 > 政务公开 > {title}\n{BODY}")
    assert report.title == title
    assert chrome(report) == [("breadcrumb", "当前位置:首页 > 政务公开 >")]
    report = parse(f"当前位置:首页 > 政务公开 > {title}\n{title}\n{BODY}")
    assert report.title_span is not None
    assert report.title_span.start > report.chrome[-1].span.start
    assert {c.kind for c in report.chrome} == {ChromeKind.BREADCRUMB}


def test_breadcrumb_glued_to_the_title() -> None:
    report = parse("您现在的位置:首页 > 政务公开 > 正文某某区2022年度法治政府建设情况报告\n" + BODY)
    assert report.title == "某某区2022年度法治政府建设情况报告"
    assert chrome(report)[0] == ("breadcrumb", "您现在的位置:首页 > 政务公开 > 正文")


# --- site headers and banners --------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "今天是:2019年10月31日 星期三 农历十月初七",
        "某某市人民政府 2019年12月3日星期二",
        "某某市人民政府门户网站",
        "无障碍 简体| 繁体",
        "欢迎访问某某区司法局网站",
        "设为首页 加入收藏 手机版",
        "2023年12月05日",
    ],
)
def test_header_lines(line: str) -> None:
    report = parse(f"{line}\n某某区2022年度法治政府建设情况报告\n{BODY}")
    assert ("header", line) in chrome(report)
    assert report.title == "某某区2022年度法治政府建设情况报告"
    assert report.published is None  # a stale banner is not the page's date


def test_navigation_menu() -> None:
    report = parse(
        f"首页 政务公开 政务服务 互动交流 走进某某\n某某区2022年度法治政府建设情况报告\n{BODY}"
    )
    assert ChromeKind.NAVIGATION in kinds(report)


def test_site_name_above_the_title_is_not_the_title() -> None:
    report = parse(f"某某区人民政府\n某某区2022年度法治政府建设情况报告\n{BODY}")
    assert report.title == "某某区2022年度法治政府建设情况报告"
    assert ("header", "某某区人民政府") in chrome(report)


def test_slogan_above_the_title_is_a_header() -> None:
    report = parse(
        f"深入学习贯彻党的二十大精神,奋力谱写新篇章\n某某区2022年度法治政府建设情况报告\n{BODY}"
    )
    assert report.title == "某某区2022年度法治政府建设情况报告"
    assert ("header", "深入学习贯彻党的二十大精神,奋力谱写新篇章") in chrome(report)


def test_title_without_a_year() -> None:
    report = parse(f"某某县法治政府建设情况报告\n{BODY}")
    assert report.title == "某某县法治政府建设情况报告"
    assert report.preamble_text.startswith("2022年")


def test_title_printed_twice() -> None:
    title = "某某区2022年度法治政府建设情况报告"
    report = parse(f"{title}\n来源:某某区司法局 发布时间:2023-03-30\n{title}\n{BODY}")
    assert report.title == title
    assert report.title_span is not None
    assert report.title_span.slice(report.source) == title
    assert ("header", title) in chrome(report)  # the other copy
    assert report.preamble_text.startswith("2022年")


def test_title_over_two_lines() -> None:
    report = parse(f"中共某某县委 某某县人民政府\n关于2022年度法治政府建设情况的报告\n{BODY}")
    assert report.title == "中共某某县委某某县人民政府关于2022年度法治政府建设情况的报告"
    assert report.issuer == "中共某某县委某某县人民政府"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("米东区人民政府2019年度法治政府建设情况报告", True),
        ("关于2022年法治政府建设情况的报告", True),
        ("法治政府建设年度报告(2022年)", True),
        ("现将有关情况报告如下:", False),
        ("特此报告。", False),
        ("一、2019年法治政府建设情况", False),
        ("法治政府建设年度报告", False),  # a column name: no year, no 关于
    ],
)
def test_title_lines(line: str, expected: bool) -> None:
    assert is_title_line(line) is expected


# --- metadata ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "block",
    [
        "索引号:11330100/2024-00123\n发布机构:某某区司法局\n发布日期:2023-03-30",
        "| 索引号 | 11330100/2024-00123 | 发布机构 | 某某区司法局 |\n| --- | --- | --- | --- |\n"
        "| 发布日期 | 2023-03-30 | 文号 | |",
        "- [ 索引号 ] 11330100/2024-00123\n- [ 发布机构 ] 某某区司法局\n- [ 发布日期 ] 2023-03-30",
        "索  引  号 11330100/2024-00123 主题分类\n发布机构 某某区司法局 发布日期 2023-03-30 16:52",
        "索引号:\n11330100/2024-00123\n发布机构:\n某某区司法局\n发布日期:\n2023-03-30",
    ],
)
def test_metadata_block_shapes(block: str) -> None:
    report = parse(f"{block}\n某某区2022年度法治政府建设情况报告\n{BODY}")
    assert report.meta["index_no"] == "11330100/2024-00123"
    assert report.meta["publisher"] == "某某区司法局"
    assert str(report.published) == "2023-03-30"
    assert report.issuer == "某某区"  # the publisher is not the issuer
    meta = [c for c in report.chrome if c.kind is ChromeKind.METADATA]
    assert meta
    assert all(c.span.end <= report.preamble.start for c in meta)


def test_date_line_under_the_title() -> None:
    report = parse(f"某某区2022年度法治政府建设情况报告  2023-03-10\n{BODY}")
    assert report.title == "某某区2022年度法治政府建设情况报告"
    assert str(report.published) == "2023-03-10"
    report = parse(f"某某区2022年度法治政府建设情况报告\n日期:2023-03-10\n{BODY}")
    assert str(report.published) == "2023-03-10"
    report = parse(f"某某区2022年度法治政府建设情况报告\n2023-03-10 09:30\n{BODY}")
    assert str(report.published) == "2023-03-10"


# --- widgets -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "【字体:大 中 小】【打印】【关闭】",
        "浏览次数:1024",
        "字号:大 中 小 打印本页 关闭窗口",
        "分享到: 微信 微博 QQ空间",
        "【打印本页】 【关闭窗口】",
        "扫一扫在手机打开当前页",
    ],
)
def test_widget_lines(line: str) -> None:
    report = parse(f"某某区2022年度法治政府建设情况报告\n{line}\n{BODY}")
    assert ("widget", line) in chrome(report)


# --- the end of the page -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ending", "signed"),
    [
        ("某某区人民政府\n2023年3月20日", "2023-03-20"),
        ("        某某区人民政府    \n\n        2023年3月20日    ", "2023-03-20"),
        ("某某区人民政府 2023年3月20日", "2023-03-20"),
        ("中共某某区委\n某某区人民政府\n2023年3月20日", "2023-03-20"),
        ("某某区人民政府\n二〇二三年三月二十日\n(此件公开发布)", "2023-03-20"),
        ("2020321", "2020-03-21"),
    ],
)
def test_signature_block(ending: str, signed: str) -> None:
    report = parse(f"某某区2022年度法治政府建设情况报告\n{BODY}特此报告。\n{ending}\n")
    assert str(report.signed) == signed
    sig = [c for c in report.chrome if c.kind is ChromeKind.SIGNATURE]
    assert len(sig) == 1
    assert report.closing is not None
    assert report.closing.slice(report.source) == "特此报告。"
    last = report.sections[-1]
    assert last.span.end <= report.closing.start <= sig[0].span.start
    assert "特此报告" not in last.text


def test_mangled_signature_date_is_diagnosed() -> None:
    report = parse(f"{BODY}\n2020321\n")
    assert any(d.code is DiagnosticCode.DATE_REPAIRED for d in report.diagnostics)
    report = parse(f"{BODY}\n2020121\n")
    assert report.signed is None
    assert any(d.code is DiagnosticCode.DATE_UNREADABLE for d in report.diagnostics)


@pytest.mark.parametrize(
    "footer",
    [
        "网站地图 网站标识码:4207000024 鄂ICP备05017375号 鄂公网安备 42070402000241号",
        "主办单位:某某区人民政府办公室 联系电话:0710-1234567",
        "版权所有:某某区人民政府 技术支持:某某网络科技有限公司",
        "Copyright © 2023 某某区人民政府",
        "- 相关新闻\n- 某某区召开2023年法治政府建设工作会议\n- 某某区开展宪法宣传周活动",
        "上一篇:某某区2021年度法治政府建设情况报告\n下一篇:某某区2023年政府工作报告",
        "某某市人民政府办公室主办 某某市大数据中心承办\n您是本站第123456位访客",
        "附件下载:\n某某区法治政府建设情况.pdf",
    ],
)
def test_footer_and_what_follows_the_article(footer: str) -> None:
    report = parse(f"{BODY}{footer}\n")
    tail = [c for c in report.chrome if c.span.start >= report.sections[-1].span.end]
    assert tail, footer
    assert "".join(c.text for c in tail).replace("\n", "").replace(" ", "") == footer.replace(
        "\n", ""
    ).replace(" ", "")
    assert report.sections[-1].title == "主要举措和成效"
    assert not any("网站" in s.text or "相关" in s.text for s in report.walk())


def test_a_body_sentence_that_mentions_a_telephone_is_not_a_footer() -> None:
    text = BODY + "(二)畅通诉求渠道。公布举报电话,开通网站地图导航,受理群众诉求120件。\n"
    report = parse(text)
    assert report.chrome == ()
    assert report.sections[-1].span.end == len(text.rstrip())


# --- invariants on the seeds ---------------------------------------------------------------


def test_chrome_spans_hold_no_surrounding_blanks() -> None:
    text = f"  当前位置:首页 > 政务公开  \n\n某某区2022年度法治政府建设情况报告\n{BODY}\n  网站地图  \n"
    for c in parse(text).chrome:
        assert c.text == c.text.strip()


@pytest.mark.parametrize("path", SEEDS, ids=os.path.basename)
def test_seed_chrome_invariants(path: str) -> None:
    with open(path, encoding="utf-8", newline="") as f:
        source = f.read()
    report = parse(source)
    spans = [c.span for c in report.chrome]
    assert spans == sorted(spans)
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
    for c in report.chrome:
        assert c.text == c.span.slice(source)  # kept, never deleted
        for s in report.sections:  # no section overlaps chrome
            assert c.span.end <= s.span.start or s.span.end <= c.span.start
    layout = find_layout(normalize(source))
    assert layout.body_start <= layout.body_end
    if report.title is not None:
        assert "报告" in report.title


def test_seed_with_a_numbered_breadcrumb_has_no_false_headings() -> None:
    path = next(p for p in SEEDS if os.path.basename(p).startswith("004"))
    with open(path, encoding="utf-8", newline="") as f:
        report = parse(f.read())
    titles = [s.title for s in report.walk() if hasattr(s, "children")]
    assert not {"当前位置", "首页", "政务公开", "正文"} & set(titles)
    assert {c.kind for c in report.chrome} >= {
        ChromeKind.BREADCRUMB,
        ChromeKind.METADATA,
        ChromeKind.SIGNATURE,
    }


def test_a_widget_label_holds_no_value() -> None:
    """分享到: glued to the title on a page that lost its breaks: the label is chrome, the
    title is read after it."""
    body = "\n一、主要举措和成效\n全年开展普法活动12场。\n"
    for head in (
        "分享到:\n松岭县卫生健康局2024年法治政府建设年度报告",
        "分享到: 松岭县卫生健康局2024年法治政府建设年度报告",
    ):
        report = parse(head + " • 2025-01-29 09:57" + body)
        assert report.title == "松岭县卫生健康局2024年法治政府建设年度报告"
