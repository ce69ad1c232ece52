"""The issuer when only the body of the report names it: the preamble's subject after a clause,
a province by its short name, the body named in 现将…, and a body that calls itself by its
level (县人民政府, 我局) named elsewhere in the text — or nobody."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fazhi_parse import parse

HEADINGS = "\n一、主要举措和成效\n(一)学法用法。\n二、存在的问题\n执法力量不足。\n"


@pytest.mark.parametrize(
    ("preamble", "issuer"),
    [
        ("2022年,在区委领导下,河口区城管局坚持依法行政。", "河口区城管局"),
        (
            "2022年,在区委、区政府的正确领导下,白沙区市场监督管理局坚持依法行政。",
            "白沙区市场监督管理局",
        ),
        ("2023年,石桥街道坚持以习近平法治思想为指导,推进依法行政。", "石桥街道"),
        ("2024年,浙江坚持以习近平法治思想为指导,推进法治政府建设。", "浙江"),
        ("根据要求,现将2016年松岭市法治政府建设情况公开如下:", "松岭市"),
        ("2022年以来,在市委的坚强领导下,市城市管理局紧紧围绕中心工作。", "市城市管理局"),
    ],
)
def test_the_preamble_names_the_issuer(preamble: str, issuer: str) -> None:
    assert parse(preamble + HEADINGS).issuer == issuer


@pytest.mark.parametrize(
    ("preamble", "body", "issuer"),
    [
        (
            "2022年,县人民政府坚持依法行政。",
            "(二)健全制度。制定《云溪县人民政府学法制度》,坚持集体学法。",
            "云溪县人民政府",
        ),
        (
            "2025年,县委、县政府坚持依法行政。",
            "(二)压实责任。印发《金平县党政主要负责人述法办法》《金平县领导干部学法清单》。",
            "金平县",
        ),
        (
            "2023年,我局深入学习贯彻党的二十大精神。",
            "(二)加强学习。印发《市生态环境局党组理论学习中心组2023年集体学习计划》。",
            "市生态环境局",
        ),
        (
            "2018年,我市坚持依法行政。",
            "(二)统筹部署。制定杭岭市2018年法治政府建设工作要点,分解任务。",
            "杭岭市",
        ),
        (
            "2022年,我县认真贯彻落实上级部署。",
            "(二)科学决策。执行《景川市人民政府重大行政决策程序规定》《浮岭县法治政府建设实施纲要》,"
            "研究解决浮岭县法治政府建设有关问题。",
            "浮岭县",
        ),
    ],
)
def test_a_body_that_names_itself_by_its_level_is_named_elsewhere(
    preamble: str, body: str, issuer: str
) -> None:
    text = (
        preamble
        + "\n一、主要举措和成效\n(一)依法行政。\n"
        + body
        + "\n二、存在的问题\n力量不足。\n"
    )
    assert parse(text).issuer == issuer


@pytest.mark.parametrize(
    "text",
    [
        "2022年,我局坚持依法行政。",
        "2022年,县政府坚持依法行政。",
        # a department citing its county's rules: no body of its own kind is named
        "2022年,我局坚持依法行政。严格执行《松岭县人民政府重大行政决策程序规定》。",
        # a named body of another kind is not the county
        "2022年,县委、县政府高度重视,制定《松岭市法治政府建设实施方案》。",
        "2022年,全县上下推进法治政府建设。",
        # a verb of making before the level is no name (组织开展省政府党组集体学法)
        "2022年,省政府坚持依法行政。定期组织开展省政府党组集体学法,推进依法决策。",
    ],
)
def test_a_self_reference_with_no_name_in_the_text_is_nobody(text: str) -> None:
    assert parse(text + HEADINGS).issuer is None


def test_the_name_met_most_often_wins() -> None:
    text = (
        "2022年,我县坚持依法行政。\n一、主要举措和成效\n"
        "(一)制定《松岭县人民政府规章》。\n(二)印发《白沙县法治宣传方案》《白沙县学法制度》。\n"
    )
    assert parse(text).issuer == "白沙县"


PLACES = ["云溪县", "松岭县", "白沙区", "青石镇", "河口市"]
SELVES = {"县": "我县", "区": "我区", "镇": "我镇", "市": "我市"}


@given(
    st.sampled_from(PLACES),
    st.sampled_from(["self", "generic"]),
    st.sampled_from(
        [
            "《{n}法治政府建设实施方案》",
            "《{n}人民政府学法制度》",
            "制定{n}2022年法治政府建设工作要点",
        ]
    ),
)
def test_the_named_body_of_the_self_references_kind(place: str, how: str, mention: str) -> None:
    level = place[-1]
    subject = SELVES[level] if how == "self" else f"{level}人民政府"
    text = (
        f"2022年,{subject}坚持依法行政。\n一、主要举措和成效\n(一)统筹部署。"
        + mention.format(n=place)
        + "。\n二、存在的问题\n力量不足。\n"
    )
    issuer = parse(text).issuer
    if how == "generic" and "人民政府" in mention:
        assert issuer == place + "人民政府"
    else:
        assert issuer == place
