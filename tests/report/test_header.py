"""Report fields (title, year, issuer, dates) on pages shaped like real ones, and each source
of each field on its own."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from report_pages import PAGES

from fazhi_parse import parse


@pytest.mark.parametrize(("name", "text", "expected"), PAGES, ids=[p[0] for p in PAGES])
def test_pages(name: str, text: str, expected: dict[str, Any]) -> None:
    report = parse(text)
    got = {
        "title": report.title,
        "year": report.year,
        "issuer": report.issuer,
        "published": report.published,
        "signed": report.signed,
        "kinds": [s.kind.value if s.kind else None for s in report.sections],
        "implicit": [s.implicit for s in report.sections],
    }
    for key in got:
        if key in expected:
            assert got[key] == expected[key], key
    for key, value in expected.get("meta", {}).items():
        assert report.meta.get(key) == value, key
    if "chrome" in expected:
        assert {c.kind.value for c in report.chrome} >= expected["chrome"]
    if "parts_present" in expected:
        assert {p.kind.value for p in report.parts if p.present} == expected["parts_present"]


BODY = "\n一、主要举措和成效\n(一)学法用法。\n二、存在的问题\n执法力量不足。\n三、下一步工作\n(一)加强学习。\n"


@pytest.mark.parametrize(
    ("title", "year", "issuer"),
    [
        (
            "中共西岭区委西岭区人民政府关于2022年法治政府建设情况的报告",
            2022,
            "中共西岭区委西岭区人民政府",
        ),
        ("市行政审批局2022年度法治建设年度报告", 2022, "市行政审批局"),
        ("2023年度南平县法治政府建设情况报告", 2023, "南平县"),
        ("关于北川区2021年度法治政府建设情况的报告", 2021, "北川区"),
        ("东城街道2023年法治政府建设工作总结", 2023, "东城街道"),
        ("二〇二二年度白河县法治政府建设情况报告", 2022, "白河县"),
        ("二0二三年度青石镇法治政府建设情况报告", 2023, "青石镇"),  # an ASCII 0 for 〇
        ("松岭县一九九九年依法行政工作报告", 1999, "松岭县"),
        # a place name may open with a numeral (not a numbered point)
        ("三河镇人民政府2022年度法治政府建设情况报告", 2022, "三河镇人民政府"),
        ("某某县人民政府关于法治政府建设工作情况的报告", None, "某某县人民政府"),
        ("法治政府建设年度报告(2022年)", 2022, None),
    ],
)
def test_title_gives_year_and_issuer(title: str, year: int | None, issuer: str | None) -> None:
    report = parse(title + BODY)
    assert report.title == title
    assert (report.year, report.issuer) == (year, issuer)


def test_year_is_the_year_reported_on_not_the_publication_year() -> None:
    report = parse("某某区2019年度法治政府建设情况报告\n发布日期:2020-11-03\n" + BODY)
    assert (report.year, report.published) == (2019, date(2020, 11, 3))
    assert report.on_time is False


@pytest.mark.parametrize(
    ("preamble", "year", "issuer"),
    [
        (
            "2023年,东岭市坚持以习近平新时代中国特色社会主义思想为指导,扎实推进依法行政。",
            2023,
            "东岭市",
        ),
        ("2019年度,米河区围绕法治政府建设目标,坚持依法行政。", 2019, "米河区"),
        (
            "2022年,中共某某区委、某某区人民政府坚持以习近平法治思想为指引。",
            2022,
            "中共某某区委、某某区人民政府",
        ),
        ("2022年以来,市城市管理局紧紧围绕中心工作,依法履职。", 2022, "市城市管理局"),
        ("区人大常委会:\n2021年,某某区认真贯彻落实党中央决策部署。", 2021, "某某区"),
        ("根据有关要求,现将某某县2022年度法治政府建设情况报告如下:", 2022, "某某县"),
        ("2022年,我局坚持依法行政。", 2022, None),  # 我局 names nobody
        # the subject and the year open a later clause of the first sentence
        (
            "根据上级《法治建设工作要点》提出“实行法治建设年度报告制度”的部署,"
            "2023年,石桥街道以学习贯彻习近平法治思想为核心,推进依法行政。现对2023年工作总结如下:",
            2023,
            "石桥街道",
        ),
        # a self-reference (我市) and the body of that kind the text names in its own documents
        (
            "2018年,我市各级行政机关全面贯彻依法治国方略,落实《松岭市法治政府建设规划》。",
            2018,
            "松岭市",
        ),
        # the year the first sentence characterizes
        ("2023年是全面贯彻党的二十大精神的开局之年。我局坚持依法行政。", 2023, None),
        # a clause that merely ends like a body's name is no subject
        ("2021年以来,街道抓住机遇,以创建全县法治示范区为统领,推进依法行政。", 2021, None),
    ],
)
def test_preamble_gives_year_and_issuer(preamble: str, year: int, issuer: str | None) -> None:
    report = parse(preamble + BODY)
    assert report.title is None
    assert (report.year, report.issuer) == (year, issuer)


def test_signature_gives_the_issuer_when_the_title_does_not() -> None:
    report = parse("关于2022年度法治政府建设情况的报告" + BODY + "某某县司法局\n2023年3月1日\n")
    assert (report.year, report.issuer, report.signed) == (2022, "某某县司法局", date(2023, 3, 1))


def test_issuer_printed_under_the_title() -> None:
    report = parse(
        "关于2023年度法治政府建设情况的报告\n某某县人民政府\n(2024年3月15日)\n2023年,我县依法行政。"
        + BODY
    )
    assert (report.year, report.issuer, report.published) == (
        2023,
        "某某县人民政府",
        date(2024, 3, 15),
    )


def test_issuer_from_a_title_without_a_year() -> None:
    report = parse("某某市司法局法治政府建设年度报告\n2023年,我局依法行政。" + BODY)
    assert (report.title, report.year, report.issuer) == (
        "某某市司法局法治政府建设年度报告",
        2023,
        "某某市司法局",
    )


def test_year_from_the_headings() -> None:
    text = "一年来,我局坚持依法行政。\n一、2019年法治政府建设情况\n(一)学法。\n二、2020年工作安排\n(一)加强学习。\n"
    assert parse(text).year == 2019
    text = (
        "一年来,我局坚持依法行政。\n一、主要做法\n(一)学法。\n二、2021年工作安排\n(一)加强学习。\n"
    )
    assert parse(text).year == 2020


@pytest.mark.parametrize(("signed", "year"), [("2023年3月1日", 2022), ("2022年12月31日", 2022)])
def test_year_from_the_signature_date(signed: str, year: int) -> None:
    text = "一年来,我局坚持依法行政。" + BODY + f"某某局\n{signed}\n"
    assert parse(text).year == year


def test_published_prefers_the_publication_date_to_the_written_date() -> None:
    text = "成文日期:2023-03-20\n发布日期:2023-03-25\n某某区2022年度法治政府建设情况报告" + BODY
    report = parse(text)
    assert report.published == date(2023, 3, 25)
    assert report.meta["written"] == "2023-03-20"


def test_published_falls_back_to_the_update_time() -> None:
    text = "文章来源:司法局 更新时间:2021/03/29 11:30:01\n2020年某某区法治政府建设情况报告" + BODY
    report = parse(text)
    assert report.published == date(2021, 3, 29)
    assert report.meta["source"] == "司法局"


def test_title_span_points_at_the_title() -> None:
    text = "当前位置:首页 > 政务公开\n某某区2022年度法治政府建设情况报告" + BODY
    report = parse(text)
    assert report.title_span is not None
    assert report.title_span.slice(text) == "某某区2022年度法治政府建设情况报告"


def test_traditional_page_gives_simplified_fields() -> None:
    text = "2023年,井研縣堅持以習近平法治思想為指導。\n一、主要舉措與成效\n(一)學法。\n"
    report = parse(text)
    assert (report.year, report.issuer) == (2023, "井研县")


def test_a_cited_plans_period_is_not_the_reports_year() -> None:
    text = (
        "根据《法治政府建设实施纲要(2021—2025年)》《松岭县法治政府建设实施方案(2021-2025年)》"
        "要求,现将法治政府建设工作情况报告如下。\n一、2023年总体情况\n2023年,我局坚持依法行政。\n"
    )
    assert parse(text).year == 2023


@pytest.mark.parametrize(
    ("heading", "year"),
    [
        ("一、2023年依法行政工作", 2023),
        ("一、2023年依法行政工作的回顾和2024年的基本方针", None),  # which year is reported?
    ],
)
def test_the_first_heading_that_starts_with_a_year(heading: str, year: int | None) -> None:
    text = f"现将有关情况报告如下。\n{heading}\n我局坚持依法行政。\n二、存在的问题\n力量不足。\n"
    assert parse(text).year == year


def test_a_later_heading_that_starts_with_a_year_may_name_the_plans() -> None:
    text = "现将有关情况报告如下。\n一、一年来工作回顾\n(一)学法。\n二、2024年主要任务\n(一)加强学习。\n"
    assert parse(text).year is None


def test_question_marks_left_by_a_bad_decoding_before_the_year() -> None:
    report = parse(
        "自治区人民政府:\n??2020年,我州坚持以新思想为指导,全面推进各项工作。\n一、主要举措\n"
    )
    assert report.year == 2020


def test_page_furniture_is_never_the_issuer() -> None:
    """A breadcrumb (您现在所在的位置…), a share widget, a site's blurb and a cut-off clause
    that ends like a name (…所, …镇, …队) are not the reporting body."""
    page = (
        "您现在所在的位置 : 首页 > 专题专栏 > 法治政府建设年度报告\n分享到:\n"
        "松岭县卫生健康局2024年法治政府建设年度报告\n  • 2025-01-29 09:57\n"
        "2024年,我局坚持依法行政。" + BODY
    )
    report = parse(page)
    assert report.title == "松岭县卫生健康局2024年法治政府建设年度报告"
    assert (report.issuer, report.published) == ("松岭县卫生健康局", date(2025, 1, 29))
    blurb = "下面是小编为大家整理的乡镇法治政府建设工作总结(全文),供大家参考。\n2019年以来,我镇坚持依法行政。"
    assert parse(blurb + BODY).issuer is None
    cut = "2019年,某某市坚持依法行政。" + BODY + "实现年终述法全覆盖。在全省依法治省工作队"
    assert parse(cut).issuer == "某某市"


def test_a_sentence_cut_inside_a_quotation_is_not_a_title() -> None:
    text = "根据上级《法治建设纲要(2023—2027年)》提出“实行法治建设年度报告制度”,2023年,石桥街道以学法为先。"
    report = parse(text + BODY)
    assert report.title is None
    assert report.issuer == "石桥街道"
