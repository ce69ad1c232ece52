"""Metadata blocks in the shapes 政府信息公开 pages print them, read into canonical fields."""

from __future__ import annotations

import itertools

import pytest

from fazhi_parse._page.metadata import MetaBlock, label_at, label_starts


def read(text: str) -> dict[str, str]:
    """Cut ``text`` the way the layout does (lines, then before every label) and collect."""
    block = MetaBlock()
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        cuts = [start, *label_starts(text, start, end), end]
        for a, b in itertools.pairwise(cuts):
            pair = label_at(text, a, b)
            if pair is not None:
                block.add(text, pair)
            elif block.waiting and text[a:b].strip():
                block.put(text, block.waiting, (a, b))
        start = end + 1
    return block.values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "索引号:11330100/2024-00123\n发布机构:临江市司法局",
            {"index_no": "11330100/2024-00123", "publisher": "临江市司法局"},
        ),
        (
            "来源:河湾区人民政府办公室 发布时间:2024-03-28 09:18",
            {"source": "河湾区人民政府办公室", "published": "2024-03-28 09:18"},
        ),
        (
            "索  引  号 xjmd010-2020-000010 主题分类\n发布机构 司法局 发布日期 2020-11-03 16:52",
            {
                "index_no": "xjmd010-2020-000010",
                "publisher": "司法局",
                "published": "2020-11-03 16:52",
            },
        ),
        (
            "| 索引号 | 000014349/2022-00031 | 主题分类 | 综合政务 |",
            {"index_no": "000014349/2022-00031", "topic": "综合政务"},
        ),
        (
            "- [ 发布机构 ] 南湖区司法局\n- [ 发布日期 ] 2023-03-30",
            {"publisher": "南湖区司法局", "published": "2023-03-30"},
        ),
        (
            "【来源】市政府办公室【发布时间】2023-01-05",
            {"source": "市政府办公室", "published": "2023-01-05"},
        ),
        (
            "名        称 米东区人民政府2019年度法治政府建设情况报告\n文        号 主  题  词 东区 法治",
            {"title": "米东区人民政府2019年度法治政府建设情况报告", "keywords": "东区 法治"},
        ),
        (
            "成文日期:2024-03-20\n发文字号:临司〔2024〕3号\n有效性:有效",
            {"written": "2024-03-20", "doc_no": "临司〔2024〕3号", "validity": "有效"},
        ),
        (
            "文章来源:司法局 更新时间:2021/03/29 11:30:01",
            {"source": "司法局", "updated": "2021/03/29 11:30:01"},
        ),
    ],
)
def test_shapes(text: str, expected: dict[str, str]) -> None:
    assert read(text) == expected


def test_value_on_the_line_after_its_label() -> None:
    assert read("索引号:\n001122334/2023-00456\n发布机构:\n东港市城市管理局") == {
        "index_no": "001122334/2023-00456",
        "publisher": "东港市城市管理局",
    }


def test_block_printed_twice_keeps_the_first_value() -> None:
    assert read("发布日期:2023-03-30\n发布日期:2023-04-02")["published"] == "2023-03-30"


def test_widget_labels_end_a_value_and_are_dropped() -> None:
    values = read("发布时间:2024-03-25 10:12:33 浏览次数:1024 字体:【大 中 小】")
    assert values == {"published": "2024-03-25 10:12:33"}


def test_empty_labels_give_no_field() -> None:
    assert read("文号: 主题词:") == {}


def test_a_label_is_not_cut_inside() -> None:
    text = "发布日期 2020-11-03"
    assert list(label_starts(text, 0, len(text))) == []


def test_words_in_running_text_are_not_labels() -> None:
    text = "资金来源于财政"
    assert label_at(text, 0, len(text)) is None
