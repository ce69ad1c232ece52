"""Where the title is among the lines above the body, in the shapes sites print it: the body's
name on a line of its own above the rest of the title, a headline followed by a two-line copy
of itself, site labels, notices and footers before it, bylines under it."""

from __future__ import annotations

from collections.abc import Callable
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


# --- titles that do not end in 报告, labels and footers before the title (class 9) -----------


def test_a_summary_title_that_goes_on_with_the_next_years_plan() -> None:
    title = "白沙区政府2020年依法行政工作总结及2021年工作计划"
    report = parse(title + "\n" + BODY)
    assert (report.title, report.year, report.issuer) == (title, 2020, "白沙区政府")
    assert not any(d.code.value == "not_a_report" for d in report.diagnostics)


LABELS = ["政策解读", "法治专栏", "工作动态", "通知公告", "法治建设", "部门文件", "年度报告"]


@given(st.sampled_from(LABELS), st.sampled_from(["\n", "\n\n"]), st.integers(2016, 2025))
def test_a_site_label_before_the_title_is_dropped(label: str, gap: str, year: int) -> None:
    title = f"关于{year}年度全市法治政府建设情况的报告"
    report = parse(f"{label}{gap}{title}\n" + BODY)
    assert report.title == title
    assert report.year == year
    assert any(c.text == label for c in report.chrome)


@pytest.mark.parametrize(
    "lines",
    [
        ["建议升级浏览器版本到最新版本!", "X"],
        ["IE版本过低,为了不影响您的浏览效果,请升级IE版本!建议使用ie11及以上的版本 x", "关爱版"],
        ["为了获得更好的浏览体验,建议使用1920×1080分辨率"],
        ["Copyright © 2020 松岭县人民政府 版权所有", "浙ICP备12345678号"],
        ["主办单位:松岭县人民政府办公室 网站标识码:3301000032", "技术支持:某某网络科技有限公司"],
    ],
)
def test_notices_and_footers_printed_before_the_title(lines: list[str]) -> None:
    title = "松岭县司法局2022年度法治政府建设情况报告"
    report = parse("\n".join(lines) + "\n\n" + title + "\n" + BODY)
    assert (report.title, report.issuer) == (title, "松岭县司法局")
    assert report.preamble_text.startswith("2022年")


DOC_NUMBERS = ["松政发〔2026〕7号", "白司字〔2023〕12号", "青府[2024]3号", "云自然资字〔2025〕79号"]


@given(
    st.sampled_from(DOC_NUMBERS),
    st.sampled_from(["[{n}]{t}", "【{n}】{t}", "({n}){t}", "{t}({n})", "{t} [{n}]"]),
)
def test_a_document_number_beside_the_title_is_metadata(number: str, shape: str) -> None:
    title = "松岭县人民政府关于2025年法治政府建设情况的报告"
    report = parse(shape.format(n=number, t=title) + "\n" + BODY)
    assert report.title == title
    assert report.issuer == "松岭县人民政府"
    assert report.meta["doc_no"] == number
    assert any(c.kind is ChromeKind.METADATA and number in c.text for c in report.chrome)


def test_the_metadata_blocks_document_number_wins() -> None:
    text = "发文字号:松政发〔2026〕8号\n[松政发〔2026〕7号]松岭县人民政府关于2025年法治政府建设情况的报告\n"
    report = parse(text + BODY)
    assert report.title == "松岭县人民政府关于2025年法治政府建设情况的报告"
    assert report.meta["doc_no"] == "松政发〔2026〕8号"


def test_a_title_in_book_marks_with_a_description() -> None:
    line = "《松岭县人民政府2018年度法治政府建设工作报告》是2019年松岭县人民政府发布的通知。"
    report = parse(line + "\n" + BODY)
    assert report.title == "松岭县人民政府2018年度法治政府建设工作报告"
    assert (report.year, report.issuer) == (2018, "松岭县人民政府")
    assert report.preamble_text.startswith("2022年")


def test_a_preamble_that_opens_with_a_cited_document_is_not_a_title() -> None:
    text = "《法治政府建设实施纲要(2021-2025年)》印发以来,我县认真贯彻落实。\n一、主要举措和成效\n"
    report = parse(text)
    assert report.title is None
    assert report.preamble_text.startswith("《法治政府建设实施纲要")


# --- bylines: the page's date beside the body that put it up (class 11) ----------------------


@pytest.mark.parametrize(
    ("above", "below"),
    [
        ("", "市政府办公室 2021-03-02"),
        ("", "松岭县司法局 2021年3月2日"),
        ("2021-03-02 17:01  |  松岭县水务局", ""),
        ("", "  • 2021年03月02日 09时24分\n  • 来源: 司法厅"),
        ("", "14.03.2021  09:30"),
    ],
)
def test_a_byline_or_date_line_gives_the_publication_date(above: str, below: str) -> None:
    title = "松岭县水务局2020年度法治政府建设情况报告"
    text = "\n".join(x for x in (above, title, below) if x) + "\n" + BODY
    report = parse(text)
    assert report.title == title
    expected = date(2021, 3, 14) if "14.03" in below else date(2021, 3, 2)
    assert report.published == expected
    assert report.preamble_text.startswith("2022年")


def test_a_title_with_its_byline_on_the_same_line() -> None:
    report = parse("松岭县统计局2019年度法治政府建设情况报告 松岭县统计局 2020-06-08\n" + BODY)
    assert report.title == "松岭县统计局2019年度法治政府建设情况报告"
    assert report.published == date(2020, 6, 8)


# --- run-on heads: a page whose line breaks were lost ------------------------------------------


@given(
    st.sampled_from(
        ["政府文件", "基层动态", "文件通知", "部门工作报告", "全面依法治县", "通知公告"]
    ),
    st.sampled_from([" > ", ">", " -> ", " >> "]),
    st.sampled_from(NAMES),
)
def test_the_last_label_of_a_breadcrumb_glued_to_the_title(
    label: str, separator: str, name: str
) -> None:
    title = f"{name}关于2022年度法治政府建设情况的报告"
    crumb = separator.join(["首页", "政务公开", label])
    report = parse(crumb + title + "发布日期: 2023-01-29 12:40" + BODY.replace("\n", ""))
    assert report.title == title
    assert report.issuer == name
    assert report.published == date(2023, 1, 29)


def test_a_trail_that_ends_with_the_title_keeps_the_whole_title() -> None:
    title = "松岭县法治建设2022年度情况报告"
    report = parse("首页 > 政务公开 > " + title + "\n" + BODY)
    assert report.title == title


ONE_LINE = "".join
SPACED = " ".join


@pytest.mark.parametrize("join", [ONE_LINE, SPACED], ids=["oneline", "nl2space"])
@pytest.mark.parametrize(
    ("lines", "title", "published"),
    [
        (  # bullets and a time in 时分
            [
                "松岭县人民政府2022年度法治政府建设工作情况",
                "• 2023年03月30日 09时24分",
                "• 来源: 司法局",
            ],
            "松岭县人民政府2022年度法治政府建设工作情况",
            date(2023, 3, 30),
        ),
        (  # a value from a fixed list, then the title
            [
                "发布日期: 2023-02-21",
                "公开方式: 主动公开",
                "松岭县政府2022年度法治政府建设工作报告",
                "• 浏览量:",
            ],
            "松岭县政府2022年度法治政府建设工作报告",
            date(2023, 2, 21),
        ),
        (  # a document number after the title, then the site's name
            [
                "松岭县自然资源局2022年度法治政府建设工作报告(松自然资字〔2022〕79号)",
                "松岭县人民政府门户网站 www.example.gov.cn 发布时间:2022-12-24 11:51",
            ],
            "松岭县自然资源局2022年度法治政府建设工作报告",
            date(2022, 12, 24),
        ),
        (  # a table row holding the title, an addressee after it
            [
                "| 标 题: | 松岭县外事办公室关于2022年法治政府建设工作情况的报告 | ||",
                "市委、市政府:",
            ],
            "松岭县外事办公室关于2022年法治政府建设工作情况的报告",
            None,
        ),
        (  # the title printed twice in the 标题 field, an addressee glued after it
            [
                "- 发布时间: 2023-02-24",
                "- 标题: [松政发〔2023〕7号]松岭县人民政府关于2022年法治政府建设情况的报告",
                "[松政发〔2023〕7号]松岭县人民政府关于2022年法治政府建设情况的报告",
                "县委:",
            ],
            "松岭县人民政府关于2022年法治政府建设情况的报告",
            date(2023, 2, 24),
        ),
        (  # a notice and its close button
            [
                "建议升级浏览器版本到最新版本!",
                "X",
                "松岭县司法局关于2022年度法治政府建设情况的报告",
                "来源: 松岭县司法局 发布时间: 2023-02-12 09:41",
            ],
            "松岭县司法局关于2022年度法治政府建设情况的报告",
            date(2023, 2, 12),
        ),
    ],
)
def test_run_on_heads(
    join: Callable[[list[str]], str], lines: list[str], title: str, published: date | None
) -> None:
    report = parse(join([*lines, BODY.replace("\n", "")]))
    assert report.title == title
    assert report.published == published
    assert report.year == 2022


@pytest.mark.parametrize("join", [ONE_LINE, SPACED], ids=["oneline", "nl2space"])
@pytest.mark.parametrize("addressee", ["县委、县政府:", "市委全面依法治市委员会:", "区人大常委会:"])
def test_an_addressee_glued_to_the_preamble(
    join: Callable[[list[str]], str], addressee: str
) -> None:
    preamble = "2025年,青石镇坚持以习近平法治思想为指导,推进法治政府建设。"
    report = parse(join([addressee, preamble, "一、主要举措和成效", "(一)学法用法。"]))
    assert (report.year, report.issuer) == (2025, "青石镇")


def test_a_title_after_a_byline_when_line_breaks_became_spaces() -> None:
    text = SPACED(
        [
            "今天是:",
            "中国政府网|某某省政府网|繁体|无障碍",
            "2026-01-20 17:01  |  松岭市水务局",
            "市水务局2025年度法治政府建设情况报告",
            BODY.replace("\n", " "),
        ]
    )
    report = parse(text)
    assert report.title == "市水务局2025年度法治政府建设情况报告"
    assert report.published == date(2026, 1, 20)


def test_a_signature_before_the_footer_when_line_breaks_became_spaces() -> None:
    text = SPACED(
        [
            "松岭县司法局2022年度法治政府建设情况报告",
            BODY.replace("\n", " "),
            "特此报告。",
            "松岭县司法局",
            "2022年12月31日",
            "网站地图 网站标识码:4207000024 鄂ICP备05017375号",
            "主办单位:松岭县司法局 地址:松岭县人民路1号",
        ]
    )
    report = parse(text)
    assert report.signed == date(2022, 12, 31)
    assert any(c.kind is ChromeKind.FOOTER for c in report.chrome)


@pytest.mark.parametrize("label", ["政策解读", "法治专栏", "工作动态"])
def test_a_site_label_glued_to_the_title(label: str) -> None:
    title = "松岭县人民政府2022年度法治政府建设情况报告"
    report = parse(label + title + BODY)
    assert (report.title, report.issuer) == (title, "松岭县人民政府")


def test_a_title_that_opens_with_a_section_word_keeps_it() -> None:
    title = "法治政府建设2022年度报告"  # no body's name after the word: nothing is glued
    assert parse(title + "\n" + BODY).title == title


@pytest.mark.parametrize("join", [ONE_LINE, SPACED], ids=["oneline", "nl2space"])
def test_a_footer_above_the_title_when_line_breaks_are_lost(
    join: Callable[[list[str]], str],
) -> None:
    lines = ["1. 当前位置:", "2. 首页", "3. 正文", "Copyright © 2023 松岭县人民政府 版权所有"]
    lines += ["浙ICP备12345678号", "松岭县人民政府2022年度法治政府建设情况报告"]
    report = parse(join([*lines, BODY.replace("\n", "")]))
    assert report.title == "松岭县人民政府2022年度法治政府建设情况报告"
    assert any(c.kind is ChromeKind.FOOTER for c in report.chrome)


def test_a_bracketed_date_glued_to_the_title() -> None:
    text = (
        "【来源:松岭县司法局 | 发布日期:2024-04-10 】松岭县2023年度法治政府建设工作情况报告"
        "按照《法治政府建设实施纲要(2021-2025年)》要求,现将全县2023年度法治政府建设情况报告如下。"
        "一、主要举措和成效(一)学法用法。"
    )
    report = parse(text)
    assert report.title == "松岭县2023年度法治政府建设工作情况报告"
    assert (report.year, report.published) == (2023, date(2024, 4, 10))


# --- chrome glued before the title when the page lost its line breaks ------------------------


@pytest.mark.parametrize(
    "join", [ONE_LINE, SPACED, "\n".join], ids=["oneline", "nl2space", "lines"]
)
@pytest.mark.parametrize(
    "chrome",
    [
        ["Document", "松岭县青石镇", "搜索位置", "匹配度", "排序"],  # a search box
        ["法规查询首页→", "网站公告"],  # an arrow trail and its last label
        ["首页 > 政务公开 > 年度法治政府建设情况报告"],  # a column named like a report
        ["字号:【小】 【大】"],  # the font-size widget
        ["首页 > 便民服务 > 公告栏"],
    ],
)
def test_chrome_glued_before_a_title_that_opens_with_the_name(
    join: Callable[[list[str]], str], chrome: list[str]
) -> None:
    title = "青石镇2024年法治政府建设工作情况的报告"
    report = parse(join([*chrome, title, BODY.replace("\n", "")]))
    assert (report.title, report.issuer, report.year) == (title, "青石镇", 2024)


@pytest.mark.parametrize(
    "title",
    [
        "松岭县环境动态监测中心2022年度法治政府建设情况报告",
        "松岭县信息中心2022年度法治政府建设情况报告",
    ],
)
def test_a_name_holding_a_section_word_keeps_the_whole_name(title: str) -> None:
    report = parse(ONE_LINE(["首页 > 部门文件", title, BODY.replace("\n", "")]))
    assert report.title == title


@pytest.mark.parametrize("join", [ONE_LINE, "\n".join], ids=["oneline", "lines"])
def test_the_sites_full_name_glued_before_a_title_with_the_short_name(
    join: Callable[[list[str]], str],
) -> None:
    report = parse(join(["松岭市水务局", "市水务局2025年度法治政府建设情况报告", BODY]))
    assert report.title == "市水务局2025年度法治政府建设情况报告"


@pytest.mark.parametrize(
    "join", [ONE_LINE, SPACED, "\n".join], ids=["oneline", "nl2space", "lines"]
)
def test_a_publication_date_with_the_title_glued_to_it(join: Callable[[list[str]], str]) -> None:
    lines = [
        "• 索引号:0105/2022-00140",
        "• 公开日期:2022-03-30",
        "2021年松岭县法治政府建设工作报告",
    ]
    report = parse(join([*lines, "发布时间:2022-03-30", BODY.replace("\n", "")]))
    assert report.title == "2021年松岭县法治政府建设工作报告"
    assert (report.year, report.published) == (2021, date(2022, 3, 30))


@pytest.mark.parametrize(
    "join", [ONE_LINE, SPACED, "\n".join], ids=["oneline", "nl2space", "lines"]
)
def test_an_empty_validity_field_before_the_title(join: Callable[[list[str]], str]) -> None:
    lines = ["[ 发布机构 ] 松岭县卫生健康委", "[ 发布日期 ] 2026-01-13", "[ 有效性 ]"]
    title = "松岭县卫生健康委员会 关于2025年法治政府建设情况的报告"
    report = parse(join([*lines, title, BODY.replace("\n", "")]))
    assert report.title == "松岭县卫生健康委员会关于2025年法治政府建设情况的报告"
    assert report.issuer == "松岭县卫生健康委员会"
    assert "validity" not in report.meta


def test_a_filled_validity_field_keeps_its_value() -> None:
    report = parse("公开方式 主动公开\n有效性: 有效\n松岭县2022年度法治政府建设情况报告\n" + BODY)
    assert (report.meta["disclosure"], report.meta["validity"]) == ("主动公开", "有效")


def test_a_site_header_bar_with_its_line_breaks_lost() -> None:
    head = "中国政府网 | 某某市人民政府网 区政府 网站专栏| 无障碍 | | 注册 首页 政务公开 互动交流"
    report = parse(head + "\n松岭区司法局2025年度法治政府建设情况报告\n" + BODY)
    assert report.title == "松岭区司法局2025年度法治政府建设情况报告"
    assert any(
        c.kind is ChromeKind.HEADER and c.text.startswith("中国政府网") for c in report.chrome
    )


def test_a_title_glued_to_a_description_in_book_marks() -> None:
    title = "松岭市人民政府关于2016年度法治政府建设情况的报告"
    report = parse(ONE_LINE([title, f"《{title}》是2017年松岭市人民政府发布的报告。", BODY]))
    assert (report.title, report.issuer) == (title, "松岭市人民政府")


@pytest.mark.parametrize("label", ["[ 发文字号 ]", "[ 成文日期 ]", "[ 主题分类 ]", "文号:"])
def test_an_empty_field_before_a_spaced_title_when_line_breaks_became_spaces(label: str) -> None:
    title = "松岭县卫生健康委员会 关于2025年法治政府建设情况的报告"
    report = parse(SPACED(["[ 发布机构 ] 松岭县卫生健康委", label, title, BODY.replace("\n", "")]))
    assert report.title == title.replace(" ", "")
    assert dict(report.meta) == {"publisher": "松岭县卫生健康委"}


# --- more furniture around the title ----------------------------------------------------------


def test_a_menu_with_padded_two_character_items() -> None:
    head = "首  页 机构概况 工作要闻 代表风采 调查研究 监督纵横 理论研讨 法规数据库\n"
    report = parse(head + "关于2022年度依法行政工作情况的报告\n发布日期:2023-02-16\n" + BODY)
    assert report.title == "关于2022年度依法行政工作情况的报告"
    assert report.published == date(2023, 2, 16)
    assert any(
        c.kind is ChromeKind.NAVIGATION and c.text.startswith("首  页") for c in report.chrome
    )


def test_labels_this_library_does_not_know_inside_a_metadata_block() -> None:
    block = "  • 索引号:\n  • 发文字号: 〔〕 号\n  • 公文种类:\n  • 登记类别:\n"
    title = "松岭县教育局2025年法治政府建设工作情况"
    report = parse(block + "\n" + title + "\n发布时间:2026-02-28   浏览次数:\n" + BODY)
    assert (report.title, report.issuer, report.published) == (
        title,
        "松岭县教育局",
        date(2026, 2, 28),
    )


@pytest.mark.parametrize("addressee", ["县人民政府:", "区人大常委会:"])
def test_an_addressee_after_metadata_is_no_label(addressee: str) -> None:
    text = f"发文字号:松政发〔2023〕16号\n{addressee}\n2022年,我局坚持依法行政。\n一、主要举措"
    assert parse(text).preamble_text.startswith(addressee)


@pytest.mark.parametrize("site", ["松岭县人民政府网", "某某省人民政府网"])
def test_a_byline_of_a_date_and_the_sites_name(site: str) -> None:
    title = "松岭县2024年度法治政府建设情况报告"
    report = parse(f"{title}\n\n2025-03-05 09:30 {site}\n\n" + BODY)
    assert (report.title, report.published) == (title, date(2025, 3, 5))


def test_a_section_label_under_the_title() -> None:
    title = "松岭市人民政府关于2016年度依法行政工作情况的报告"
    block = "政策\n发布部门:信息补充中\n发布时间:2017年03月31日\n"
    report = parse(f"{title}\n{block}" + BODY)
    assert (report.title, report.published) == (title, date(2017, 3, 31))


@pytest.mark.parametrize(
    "join", [ONE_LINE, SPACED, "\n".join], ids=["oneline", "nl2space", "lines"]
)
def test_a_title_after_a_label_whose_value_is_never_one(join: Callable[[list[str]], str]) -> None:
    lines = [
        "• 发文字号: 〔〕 号",
        "• 成文日期:",
        "• 主题分类:",
        "松岭县教育局2025年法治政府建设工作情况",
    ]
    report = parse(join([*lines, "发布时间:2026-02-28", BODY.replace("\n", "")]))
    assert (report.title, report.issuer) == (
        "松岭县教育局2025年法治政府建设工作情况",
        "松岭县教育局",
    )
    assert report.published == date(2026, 2, 28)
