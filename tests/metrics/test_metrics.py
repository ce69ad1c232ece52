"""Tests for fazhi_parse._metrics.

The inline examples are phrasings from real 法治政府建设 reports and government work reports
(the "Must handle" and "Must not extract" lists of the metrics issue), shortened to the clause
that matters; the seed tests check properties, never seed-specific output.
"""

from __future__ import annotations

import pathlib
import pickle
import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from paths import SEEDS
from strategies import cn_numbers

from fazhi_parse._metrics.clauses import SUBJECT_LEAD, SUBJECT_TAIL
from fazhi_parse._metrics.context import _indicator_tables
from fazhi_parse._metrics.extract import extract_metrics, indicator_for
from fazhi_parse._metrics.indicators import INDICATORS as INDICATOR_ROWS
from fazhi_parse._metrics.units import (
    ARABIC_ONLY_UNITS,
    ONE_VAGUE_UNITS,
    PRE_QUALIFIERS,
    UNIT_AS,
    UNITS,
)
from fazhi_parse._text.normalize import normalize
from fazhi_parse.model import Change, DiagnosticCode, Metric, MetricKind, Qualifier
from fazhi_parse.numerals import cn_number, to_cn_number


def metrics_of(text: str) -> list[Metric]:
    view = normalize(text)
    return extract_metrics(view, [(0, len(view.text))])[0]


def brief(text: str) -> list[tuple[str, Decimal, str, str]]:
    return [(m.text, m.value, m.unit, m.qualifier.value) for m in metrics_of(text)]


# --- must handle ---------------------------------------------------------------------------

D = Decimal
MUST_HANDLE = [
    # 万/亿 scaling
    (
        "为全区2.86万户纳税人减税约8亿元。",
        [("2.86万户", D(28600), "户", "exact"), ("约8亿元", D(800000000), "元", "approx")],
    ),
    (
        "发放法治宣传单3万册,受教育群众达7万人次。",
        [("3万册", D(30000), "册", "exact"), ("达7万人次", D(70000), "人次", "reached")],
    ),
    ("财政赤字1.2万亿元。", [("1.2万亿元", D(1200000000000), "元", "exact")]),
    ("帮扶资金100余万元。", [("100余万元", D(1000000), "元", "lower_bound")]),
    # Chinese numerals
    ("推动两项工作经验获得推广。", [("两项", D(2), "项", "exact")]),
    ("“信用画像”等三个项目入围。", [("三个", D(3), "个", "exact")]),
    ("新建一百二十个服务站。", [("一百二十个", D(120), "个", "exact")]),
    ("节约资金八亿元。", [("八亿元", D(800000000), "元", "exact")]),
    ("覆盖率达百分之七十。", [("达百分之七十", D(70), "%", "reached")]),
    (
        "对五个区开展了为期三天的评估。",
        [("五个", D(5), "个", "exact"), ("三天", D(3), "天", "exact")],
    ),
    ("组织开展了一期执法培训。", [("一期", D(1), "期", "exact")]),
    ("约三分之一的案件。", [("约三分之一", D("0.333333"), "", "approx")]),
    ("占全省的1/4左右。", [("1/4左右", D("0.25"), "", "approx")]),
    # round numbers and scale words after Arabic digits
    ("开展活动近百场。", [("近百场", D(100), "场", "approx")]),
    ("上千人次参加。", [("上千人次", D(1000), "人次", "lower_bound")]),
    ("惠及万余人。", [("万余人", D(10000), "人", "lower_bound")]),
    (
        "培训3千人,投入5百万元。",
        [("3千人", D(3000), "人", "exact"), ("5百万元", D(5000000), "元", "exact")],
    ),
    ("经历了长达二十多年的巨变。", [("长达二十多年", D(20), "年", "lower_bound")]),
    ("为期一个月。", [("一个月", D(1), "个月", "exact")]),
    ("改造历时近两年。", [("近两年", D(2), "年", "approx")]),
    ("整治历时两个多月。", [("两个多月", D(2), "个月", "lower_bound")]),
    ("达到一千二百零一亿元。", [("达到一千二百零一亿元", D(120100000000), "元", "reached")]),
    ("农田一億六千餘萬畝。", [("一億六千餘萬畝", D(160000000), "亩", "lower_bound")]),
    ("降低到百分之六十点八。", [("百分之六十点八", D("60.8"), "%", "exact")]),
    ("等于一九四九年的四点九倍。", [("四点九倍", D("4.9"), "倍", "exact")]),
    ("投资3亿6000万元。", [("3亿6000万元", D(360000000), "元", "exact")]),
    ("召开三次会议。", [("三次", D(3), "次", "exact")]),
    # more measure words: votes, aspects and items, weeks, metres, concentrations
    (
        "表决结果满意 21 票,基本满意 2 票。",
        [("21 票", D(21), "票", "exact"), ("2 票", D(2), "票", "exact")],
    ),
    ("分为3大类21项。", [("3大类", D(3), "大类", "exact"), ("21项", D(21), "项", "exact")]),
    (
        "细化为4方面12小项。",
        [("4方面", D(4), "方面", "exact"), ("12小项", D(12), "小项", "exact")],
    ),
    ("整改用时3周,", [("3周", D(3), "周", "exact")]),
    ("新建绿道800米。", [("800米", D(800), "米", "exact")]),
    ("PM2.5年均浓度为28微克/立方米。", [("28微克/立方米", D(28), "微克/立方米", "exact")]),
    # tenths (成) and percentages written out
    ("九成以上纠纷在基层化解。", [("九成以上", D(90), "%", "lower_bound")]),
    ("纠错率提高两成。", [("两成", D(20), "%", "exact")]),
    ("纠错率提高9.5成。", [("9.5成", D(95), "%", "exact")]),
    ("其中两成为线上办理。", [("两成", D(20), "%", "exact")]),
    ("满意度达到百分之百。", [("达到百分之百", D(100), "%", "reached")]),
    ("比例为百分之零点五。", [("百分之零点五", D("0.5"), "%", "exact")]),
    ("新建农村公路零点八公里。", [("零点八公里", D("0.8"), "公里", "exact")]),
    ("法治政府建设考核得分96.5分,", [("96.5分", D("96.5"), "分", "exact")]),
    # places and administrative units counted
    (
        "督查覆盖3市8县。",
        [("3市", D(3), "市", "exact"), ("8县", D(8), "县", "exact")],
    ),
    ("全市十六区全部完成。", [("十六区", D(16), "区", "exact")]),
    ("在四地开展试点。", [("四地", D(4), "地", "exact")]),
    (
        "覆盖16市州、120县市区。",
        [("16市州", D(16), "市州", "exact"), ("120县市区", D(120), "县市区", "exact")],
    ),
    # 一 and 两 when they count (after a verb of provision, at the end of a clause)
    ("为青石镇每个村配备一名专职律师。", [("一名", D(1), "名", "exact")]),
    ("松岭县购置了一台执法记录仪。", [("一台", D(1), "台", "exact")]),
    ("白沙区新增执法记录仪一台。", [("一台", D(1), "台", "exact")]),
    ("开展专项督查一次,", [("一次", D(1), "次", "exact")]),
    ("全年办理行政复议案件一件。", [("一件", D(1), "件", "exact")]),
    ("开展两轮巡查。", [("两轮", D(2), "轮", "exact")]),
    ("整改用时两月。", [("两月", D(2), "月", "exact")]),
    # Traditional forms
    ("輪訓黨員幹部3萬多人。", [("3萬多人", D(30000), "人", "lower_bound")]),
    ("新增委託事權540項。", [("540項", D(540), "项", "exact")]),
    ("市場主體突破170萬戶。", [("突破170萬戶", D(1700000), "户", "lower_bound")]),
    ("節約八億元。", [("八億元", D(800000000), "元", "exact")]),
    # spaces between number and unit
    ("负责人出庭应诉率 100%。", [("100%", D(100), "%", "exact")]),
    ("审核规范性文件 2 件。", [("2 件", D(2), "件", "exact")]),
    ("提供 100 余篇模板。", [("100 余篇", D(100), "篇", "lower_bound")]),
    ("出庭应诉率１００％。", [("１００％", D(100), "%", "exact")]),
    # back to back and lists whose unit is written once
    ("查处案件10件10人。", [("10件", D(10), "件", "exact"), ("10人", D(10), "人", "exact")]),
    (
        "认领事项数分别为606、618、590、414项;",
        [
            ("606", D(606), "项", "exact"),
            ("618", D(618), "项", "exact"),
            ("590", D(590), "项", "exact"),
            ("414项", D(414), "项", "exact"),
        ],
    ),
    (
        "办理法律援助案件102(其中民事25件)。",
        [("102", D(102), "件", "exact"), ("25件", D(25), "件", "exact")],
    ),
    ("受理1,080,226件。", [("1,080,226件", D(1080226), "件", "exact")]),
    # percentages and qualifiers
    ("比省定时限压缩50%以上。", [("50%以上", D(50), "%", "lower_bound")]),
    ("按时办结率98.2%。", [("98.2%", D("98.2"), "%", "exact")]),
    ("增长8%左右。", [("8%左右", D(8), "%", "approx")]),
    ("组织近30家单位。", [("近30家", D(30), "家", "approx")]),
    ("承接事权超过4000项。", [("超过4000项", D(4000), "项", "lower_bound")]),
    ("占比54%强。", [("54%强", D(54), "%", "lower_bound")]),
    ("办理时间不足3天。", [("不足3天", D(3), "天", "upper_bound")]),
    ("班额控制在45人以下。", [("45人以下", D(45), "人", "upper_bound")]),
    ("3个工作日内办结。", [("3个工作日内", D(3), "个工作日", "upper_bound")]),
    ("失业率控制在4.5%以内。", [("4.5%以内", D("4.5"), "%", "upper_bound")]),
    ("7日以内答复。", [("7日以内", D(7), "日", "upper_bound")]),
    ("设立3个内设机构。", [("3个", D(3), "个", "exact")]),
    ("平均受教育年限达到9年以上。", [("达到9年以上", D(9), "年", "lower_bound")]),
    ("连续6年开展述法。", [("6年", D(6), "年", "exact")]),
    ("比上年提高1.2个百分点。", [("1.2个百分点", D("1.2"), "个百分点", "exact")]),
    ("增长1.3倍。", [("1.3倍", D("1.3"), "倍", "exact")]),
]


@pytest.mark.parametrize(("text", "expected"), MUST_HANDLE, ids=[t for t, _ in MUST_HANDLE])
def test_must_handle(text: str, expected: list[tuple[str, Decimal, str, str]]) -> None:
    assert brief(text) == expected


RANGES = [
    ("每年培训3-5次。", "3-5次", D(3), D(5), "次"),
    ("每村配备1—2名法律顾问。", "1—2名", D(1), D(2), "名"),
    ("办理时限压缩至3至5天。", "3至5天", D(3), D(5), "天"),
    ("一般在3~5个工作日内办结。", "3~5个工作日内", D(3), D(5), "个工作日"),
    ("每户补助3-5万元。", "3-5万元", D(30000), D(50000), "元"),
    ("每户补助3万-5万元。", "3万-5万元", D(30000), D(50000), "元"),
    ("每组配备一至两名调解员。", "一至两名", D(1), D(2), "名"),
    ("每户补助三到五万元。", "三到五万元", D(30000), D(50000), "元"),
    ("每户补助五千到一万元。", "五千到一万元", D(5000), D(10000), "元"),
    ("办结率提高10%-20%。", "10%-20%", D(10), D(20), "%"),
    ("奖励3万元至5万元。", "3万元至5万元", D(30000), D(50000), "元"),
]


NEIGHBOURS = [
    ("抽调三四个部门。", "三四个", D(3), D(4), "个"),
    ("每组十五六人。", "十五六人", D(15), D(16), "人"),
    ("走访五六十家企业。", "五六十家", D(50), D(60), "家"),
    ("整改需一两个月。", "一两个月", D(1), D(2), "个月"),
]


@pytest.mark.parametrize(("text", "span", "value", "upper", "unit"), NEIGHBOURS)
def test_neighbouring_digits_are_an_approximate_range(
    text: str, span: str, value: Decimal, upper: Decimal, unit: str
) -> None:
    (metric,) = metrics_of(text)
    assert (metric.text, metric.value, metric.upper, metric.unit) == (span, value, upper, unit)
    assert metric.qualifier is Qualifier.APPROX


@pytest.mark.parametrize(("text", "span", "value", "upper", "unit"), RANGES)
def test_range(text: str, span: str, value: Decimal, upper: Decimal, unit: str) -> None:
    """value is the lower end, upper the upper end: never the upper end alone."""
    (metric,) = metrics_of(text)
    assert (metric.text, metric.value, metric.upper, metric.unit) == (span, value, upper, unit)


def test_negative_percentage_is_a_decrease_of_its_magnitude() -> None:
    (metric,) = metrics_of("纠错率同比增长-2.1%。")
    assert (metric.text, metric.value, metric.change) == ("-2.1%", D("2.1"), Change.DECREASE)


def test_not_a_range() -> None:
    assert metrics_of("累计5-3次。") == []  # the ends in the wrong order: unreadable
    assert brief("审查20件-15件") == [
        ("20件", D(20), "件", "exact"),
        ("15件", D(15), "件", "exact"),
    ]
    assert [m.upper for m in metrics_of("受理3件,同比增长5%")] == [None, None]


@given(
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=1, max_value=999),
    st.sampled_from(["-", "—", "~", "至", "到"]),
    st.sampled_from(["次", "名", "天", "个工作日", "%", "万元"]),
    st.booleans(),
)
def test_any_range_keeps_both_ends(a: int, d: int, mark: str, unit: str, chinese: bool) -> None:
    b = a + d
    low, high = (to_cn_number(a), to_cn_number(b)) if chinese else (str(a), str(b))
    (metric,) = metrics_of(f"全年开展{low}{mark}{high}{unit}。")
    scale = 10**4 if unit == "万元" else 1
    assert (metric.value, metric.upper) == (a * scale, b * scale)
    assert metric.text == f"{low}{mark}{high}{unit}"


CHANGES = [
    ("与去年相比案件数下降28%", Change.DECREASE),
    ("审查时间压减70%", Change.DECREASE),
    ("收文和参会同比压减22%", Change.DECREASE),
    ("同比增长16%", Change.INCREASE),
    ("比上年增加42亿元", Change.INCREASE),
    ("增长了16%", Change.INCREASE),
    ("办结率提高到98%", None),
    ("案件数同比下降三成", Change.DECREASE),
    ("增速为-3%", Change.DECREASE),
    ("同比增长-2.1%", Change.DECREASE),
    ("受理量(-5%)", Change.DECREASE),
    ("提高2-3%", Change.INCREASE),
    ("新增市场主体7241户", None),
]


@pytest.mark.parametrize(("text", "change"), CHANGES)
def test_change(text: str, change: Change | None) -> None:
    (metric,) = metrics_of(text)
    assert metric.change is change


def test_every_item_of_a_listed_change_is_a_change() -> None:
    """分别压缩了52%、58%: the verb before the list makes each item a decrease; a verb of its
    own still decides (增长了12%、下降了3%)."""
    assert [m.change for m in metrics_of("审批时限分别压缩了52%、58%、78%。")] == [
        Change.DECREASE
    ] * 3
    assert [m.change for m in metrics_of("收案增长了12%、结案下降了3%。")] == [
        Change.INCREASE,
        Change.DECREASE,
    ]


@pytest.mark.parametrize("text", ["召开一次专题会议", "举办了一期培训班", "开展一轮专项督查"])
def test_one_event_held_counts(text: str) -> None:
    (metric,) = metrics_of(text)
    assert (metric.value, metric.kind) == (1, MetricKind.COUNT)


# --- must not extract ----------------------------------------------------------------------

MUST_NOT = [
    "开展一次性告知服务",  # 一次性: one-off, not a count
    # dates and year ranges
    "截至2022年12月31日",
    "2022年9月30日",
    "乌鲁木齐市2019-2020年度重大行政决策",
    "实施方案(2021—2025 年)",
    "实施方案(2015--2020)",
    "于6月17日发放",
    "5月民法典宣传月",
    "发布日期 2020-11-03 16:52",
    "二〇二二年十二月",
    "20191月米东区",
    # document numbers
    "规则》(营西政发[2022]1号)",
    "的函》(鄂州司函〔2022〕219 号)",
    "国务院令第713号",
    # phone, ICP, index, e-mail, address
    "咨询电话:027-60858577",
    "鄂ICP备05017375号",
    "鄂公网安备 42070402000241号",
    "索引号 xjmd010-2020-000010",
    "举报邮箱:02dflz@egs.gov.cn",
    "古城路129号",
    # names and event days
    "获评全国12345政务热线服务",
    "围绕省委“1310”具体部署",
    "“12.4”宪法日",
    "在“3.15”消费者权益保护日",
    "法治建设“十件实事”",
    "行政执法三项制度",
    "落实“三项制度”",
    "增强四个意识",
    "做到两个维护",
    "第八个五年规划",
    "新型智慧城市三年行动方案",
    "《致市民一封信》",
    "宪法公布施行四十周年",
    # ordinals
    "第三批全国法治政府建设示范",
    "第十七届区政府第七次常务会议",
    "履行第一责任人职责",
    "党的二十大精神",
    "党的十八届四中全会",
    "八届全国人大二次会议",
    "位居全省前三名",
    # articles and words
    "创造一个良好的法律环境",
    "选树一批示范单位",
    "努力打造一支作风优良的队伍",
    "每一件行政复议案件",
    "一年来,法治政府工作",
    "近三年来,白沙区",
    "近五年全县",
    "近三个月以来",
    "十多年来",
    "进一步统一规范",
    "数十个部门",
    "市、区两级",
    "五台子街道",
    "一成不变",
    "实现零的突破",
    "推行零跑动",
    "执法队伍人数不足",
    "陆续出台措施,陆地面积较小",
    "零件",
    "数千份材料",
    "千家万户",
    "百县千镇万村",
    "二期工程",
    "日期:2020/11/03",
    "1 9 9 8 年",
    "普及率达到8 5 %以上",
    "第 3 次会议",
    "法律七进",
    "一网通办",
    "双随机、一公开",
    "“一件事一次办”",
    # words that start with a measure word, clock times
    "十分重视法治建设",
    "下设3分局",
    "会议于8时30分开始,九点十五分结束",
    "实施三大项目",
    "纪念条例公布三周年",
    # levels, place names, hotline and train numbers
    "形成省市县三级联动",
    "四张镇开展活动",
    "八家庄村委会",
    "二十里铺社区",
    "拨打12345市民服务热线",
    "乘坐1461次列车",
    "振兴东北三省",
    "来自四面八方的群众",
    "五花八门的检查",
    "三五成群",
    "坚决查处两面人",
    "市场主体,区域协调",
    # 一 as an article, a determiner or part of a word
    "作为一名基层干部",
    "新增一项重要职能",
    "与群众一起,",
    "看到工作中不足的一面,",
    "这是全年最后一次,",
    "避免千城一面,",
    "选树典型一批。",
    "三月份开展宣传",
    # fixed terms with the numeral inside them
    "白沙区推行最多跑一次改革",
    "群众只跑一次即可办结",
    "打通服务群众最后一公里",
    "助力企业高效办成一件事",
    "落实法治建设四个亲自要求",
    "落实省委十届五次、六次全会精神",
]


@pytest.mark.parametrize("text", MUST_NOT)
def test_must_not_extract(text: str) -> None:
    assert metrics_of(text) == []


def test_fixed_term_beside_a_count() -> None:
    assert brief("松岭县最多跑一次事项达到175项。") == [("达到175项", D(175), "项", "reached")]


def test_metric_next_to_excluded_numbers() -> None:
    text = "2022年,全市检查实施清单完成率达100%;2019年依法审查相关文件51份。"
    assert brief(text) == [("达100%", D(100), "%", "reached"), ("51份", D(51), "份", "exact")]


def test_rejections_are_counted_per_rule_in_one_diagnostic() -> None:
    view = normalize("2022年12月31日,第三批,营西政发[2022]1号,一个,2件。")
    metrics, diagnostics = extract_metrics(view, [(0, len(view.text))])
    assert [m.text for m in metrics] == ["2件"]
    (diag,) = diagnostics
    assert diag.code is DiagnosticCode.REJECTED_NUMBER
    assert diag.message == (
        "rejected 4 number-like strings: date 1, document number 1, ordinal 1, indefinite 1"
    )


def test_no_diagnostic_without_rejections() -> None:
    view = normalize("受理3件。")
    assert extract_metrics(view, [(0, len(view.text))])[1] == []


def test_only_given_ranges_are_read() -> None:
    text = "受理3件。网站标识码 受理4件。受理5件。"
    view = normalize(text)
    cut = text.index("网站")
    metrics, _ = extract_metrics(view, [(0, cut), (text.index("受理5"), len(text))])
    assert [m.text for m in metrics] == ["3件", "5件"]


def test_spans_are_source_spans_through_deletions() -> None:
    text = "連續(xù)6年開展述法,執(zhí)法培訓42場次\r\n11000人次。"
    metrics = metrics_of(text)
    assert [(m.text, m.value, m.unit) for m in metrics] == [
        ("6年", D(6), "年"),
        ("42場次", D(42), "场次"),
        ("11000人次", D(11000), "人次"),
    ]
    assert all(text[m.span.start : m.span.end] == m.text for m in metrics)


def test_kinds() -> None:
    text = "受理3件,办结率98%,节约5万元,用时3天,增长2倍,三分之一,浓度30微克/立方米,得分95分"
    kinds = [m.kind for m in metrics_of(text)]
    assert kinds == [
        MetricKind.COUNT,
        MetricKind.PERCENT,
        MetricKind.MONEY,
        MetricKind.DURATION,
        MetricKind.RATIO,
        MetricKind.FRACTION,
        MetricKind.CONCENTRATION,
        MetricKind.SCORE,
    ]


_ONE_COUNTS = sorted(
    u for u, k in UNITS.items() if k is MetricKind.COUNT and u not in ONE_VAGUE_UNITS
)


@given(st.sampled_from(_ONE_COUNTS), st.sampled_from(["。", ",", ";", ""]))
def test_one_at_the_end_of_a_clause_counts(unit: str, end: str) -> None:
    """一 + measure word after what it counts, closing the clause, is the count 1."""
    (metric,) = metrics_of(f"青石镇新增设施一{unit}{end}")
    assert (metric.value, metric.unit, metric.text) == (1, unit, f"一{unit}")


_PLACES = ["省", "市", "州", "县", "区", "乡", "镇", "村", "街道", "社区", "乡镇", "县市区", "地"]


@given(st.integers(min_value=2, max_value=9999), st.booleans(), st.sampled_from(_PLACES))
def test_places_are_counted(n: int, chinese: bool, unit: str) -> None:
    number = to_cn_number(n) if chinese else str(n)
    (metric,) = metrics_of(f"检查覆盖{number}{unit}。")
    assert (metric.value, metric.unit, metric.kind) == (n, unit, MetricKind.COUNT)


@given(
    st.integers(min_value=1, max_value=10),
    st.sampled_from(["", ".5"]),
    st.booleans(),
)
def test_tenths_are_percent(k: int, half: str, chinese: bool) -> None:
    """{k}成 is k*10 percent (9.5成 is 95%), written in Arabic or Chinese numerals."""
    number = (to_cn_number(k) + ("点五" if half else "")) if chinese else f"{k}{half}"
    (metric,) = metrics_of(f"行政复议纠错率同比提高{number}成。")
    assert (metric.value, metric.unit, metric.kind) == (
        (k + Decimal(half or 0)) * 10,
        "%",
        MetricKind.PERCENT,
    )
    assert metric.change is Change.INCREASE


# --- subject and indicator -----------------------------------------------------------------

INDICATORS = [
    ("全年共收到行政复议申请数量11件", "行政复议申请"),
    ("全年共收到行政复议申请11件,立案受理数量9件", "行政复议受理"),
    ("收到行政复议申请3492宗,审结行政复议案件3467宗", "行政复议审结"),
    ("法院受理行政诉讼案件4337件", "行政诉讼收案"),
    ("行政机关负责人出庭应诉率 100%", "出庭应诉率"),
    ("共清理出规范性文件62件,其中废止44件", "规范性文件废止"),
    ("共清理出规范性文件62件", "规范性文件清理"),
    ("完成140份园区规范性文件备案审查", "规范性文件备案审查"),
    ("帮助基层政府制定规范性文件7件", "规范性文件制发"),
    ("出具合法性审查意见850余份", "合法性审查"),
    ("换发行政执法证件1115个", "执法证件"),
    ("共组织各类执法培训42场次11000人次", "执法培训"),
    ("收到政府信息依申请公开140个", "依申请公开"),
    ("举办各类形式的法律宣传活动140余场次", "普法活动"),
    ("调解各类纠纷1842件", "人民调解"),
    ("办理法律援助案件102件", "法律援助"),
    ("高效办理197件人大建议", "人大建议"),
    ("办理408件政协提案", "政协提案"),
    ("发出行政复议建议书14份", None),
    ("新增各类市场主体7241户", None),
]


@pytest.mark.parametrize(("text", "indicator"), INDICATORS)
def test_indicator(text: str, indicator: str | None) -> None:
    assert metrics_of(text)[-1].indicator == indicator


def test_indicator_for_needs_its_topic() -> None:
    assert indicator_for("审结", "全年行政复议", MetricKind.COUNT) == "行政复议审结"
    assert indicator_for("审结", "全年", MetricKind.COUNT) is None
    assert indicator_for("出庭应诉率", "", MetricKind.COUNT) is None


def _indicator_spelled_out(clause: str, sentence: str, kind: MetricKind) -> str | None:
    """The indicator rule, spelled out: the first row (in table order) with a term the
    clause's scan finds, of the metric's kind, without an ``unless`` word in the clause, and
    with a topic word in the clause or the sentence (or no topic)."""
    found = set(_indicator_tables()[0].findall(clause))
    for row in INDICATOR_ROWS:
        if found.isdisjoint(row.terms) or kind not in row.kinds:
            continue
        if any(w in clause for w in row.unless):
            continue
        if not row.topic or any(t in clause or t in sentence for t in row.topic):
            return row.name
    return None


_INDICATOR_WORDS = sorted(
    {w for row in INDICATOR_ROWS for w in (*row.terms, *row.topic, *row.unless)}
)


@given(
    st.lists(st.sampled_from([*_INDICATOR_WORDS, "全年", "松岭县", "共"]), max_size=4).map("".join),
    st.lists(st.sampled_from([*_INDICATOR_WORDS, "今年"]), max_size=2).map("".join),
    st.sampled_from(list(MetricKind)),
)
def test_indicator_follows_the_table(clause: str, sentence: str, kind: MetricKind) -> None:
    assert indicator_for(clause, sentence, kind) == _indicator_spelled_out(clause, sentence, kind)


def test_subject() -> None:
    metrics = metrics_of("全市政务服务中心办事窗口数63个,便民服务窗口12个,其中综窗共计36个。")
    assert [m.subject for m in metrics] == ["全市政务服务中心办事窗口数", "便民服务窗口", "综窗"]


def _trimmed(subject: str) -> str | None:
    """The subject rule, spelled out: up to three connectives off each end, each time the
    first of its table that fits."""
    subject = subject.strip()
    for table, cut in ((SUBJECT_LEAD, str.startswith), (SUBJECT_TAIL, str.endswith)):
        for _ in range(3):
            word = next((w for w in table if cut(subject, w)), None)
            if word is None:
                break
            subject = subject[len(word) :] if table is SUBJECT_LEAD else subject[: -len(word)]
    return subject or None


_PLAIN_TAILS = [w for w in SUBJECT_TAIL if w not in PRE_QUALIFIERS and not w.startswith("达")]


@given(
    st.lists(st.sampled_from(SUBJECT_LEAD), max_size=4),
    st.sampled_from(["综窗", "办事窗口数", "执法人员", "并联审批事项", "和美乡村", "共"]),
    st.lists(st.sampled_from(_PLAIN_TAILS), max_size=4),
)
def test_subject_connectives_are_trimmed_in_table_order(
    leads: list[str], core: str, tails: list[str]
) -> None:
    subject = "".join(leads) + core + "".join(tails)
    assert metrics_of(f"松岭县,{subject}36个。")[0].subject == _trimmed(subject)


# --- seeds: properties ---------------------------------------------------------------------

_DATE = re.compile(
    r"(?:19|20)\d\d\s*年(?:度|\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|\d{1,2}月\d{1,2}日"
)


@pytest.mark.parametrize("seed", SEEDS, ids=[s.stem for s in SEEDS])
def test_seed_properties(seed: pathlib.Path) -> None:
    text = seed.read_text(encoding="utf-8")
    view = normalize(text)
    metrics, diagnostics = extract_metrics(view, [(0, len(view.text))])
    assert metrics
    dates = [m.span() for m in _DATE.finditer(text)]
    previous_end = 0
    for metric in metrics:
        span = metric.span
        assert text[span.start : span.end] == metric.text
        assert span.start >= previous_end  # in order, never overlapping
        previous_end = span.end
        assert not any(s < span.end and span.start < e for s, e in dates), metric
        assert metric.value >= 0
        assert metric.unit == "" or not re.search(r"[\d\s]", metric.unit)
    assert all(d.code is DiagnosticCode.REJECTED_NUMBER for d in diagnostics)


@pytest.mark.parametrize("seed", SEEDS, ids=[s.stem for s in SEEDS])
def test_seed_presentations_agree(seed: pathlib.Path) -> None:
    """Full-width digits, CRLF and ideographic indentation do not change what is read."""
    text = seed.read_text(encoding="utf-8")
    full = text.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789%,:;()"})
    crlf = "\r\n".join("\u3000\u3000" + line.lstrip() for line in full.split("\n"))
    base = [(m.value, m.unit, m.qualifier) for m in metrics_of(text)]
    assert [(m.value, m.unit, m.qualifier) for m in metrics_of(crlf)] == base


def test_metrics_pickle() -> None:
    metrics = metrics_of("为全区2.86万户纳税人减税约8亿元,同比下降28%。")
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(metrics, protocol)) == metrics


# --- numerals round trip -------------------------------------------------------------------


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_cn_number_round_trip(n: int) -> None:
    assert cn_number(to_cn_number(n)) == n


@given(st.integers(min_value=2, max_value=10**9))
def test_chinese_count_is_read(n: int) -> None:
    text = f"共办理{to_cn_number(n)}件。"
    (metric,) = metrics_of(text)
    assert (metric.value, metric.unit, metric.text) == (n, "件", f"{to_cn_number(n)}件")


def _neighbours(numeral: str) -> bool:
    """Two neighbouring digits (六七): before a measure word, an approximate range (六七件 is
    six or seven), not the digit-by-digit 67 (see ``test_neighbouring_digits_…``)."""
    digits = "一二三四五六七八九"
    return (
        len(numeral) == 2
        and all(c in digits for c in numeral)
        and (digits.index(numeral[1]) == digits.index(numeral[0]) + 1)
    )


@given(
    cn_numbers().filter(
        lambda case: case[1] >= 1 and "參" not in case[0] and not _neighbours(case[0])
    )
)
def test_any_chinese_numeral_is_read(case: tuple[str, int]) -> None:
    """Positional, digit by digit, financial (壹佰壹拾), Traditional (萬, 兩): one value.

    The Traditional financial 參 is left out: it folds to 参, a word, not a numeral; two
    neighbouring digits are a range.
    """
    numeral, value = case
    (metric,) = metrics_of(f"全年共办理{numeral}件。")
    assert (metric.value, metric.unit) == (value, "件")


@given(
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal("9999.99"), places=2),
    st.sampled_from(["", "万", "亿"]),
    st.sampled_from(["项", "人次", "元", "%"]),
)
def test_arabic_quantity_is_read(number: Decimal, big: str, unit: str) -> None:
    scale = {"": 1, "万": 10**4, "亿": 10**8}[big]
    (metric,) = metrics_of(f"全年受理{number}{big}{unit},")
    assert metric.value == number * scale
    assert metric.unit == unit


# --- through parse() -----------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS, ids=[s.stem for s in SEEDS])
def test_parse_places_each_metric_once(seed: pathlib.Path) -> None:
    from fazhi_parse import parse

    report = parse(seed.read_text(encoding="utf-8"))
    starts = [m.span.start for m in report.metrics]
    assert starts == sorted(starts)
    held = [m for node in report.walk() for m in node.metrics]
    assert len(held) == len({id(m) for m in held})  # no metric in two nodes
    assert {id(m) for m in held} <= {id(m) for m in report.metrics}
    for chrome in report.chrome:  # nothing is read from page chrome
        assert not any(
            chrome.span.start < m.span.end and m.span.start < chrome.span.end
            for m in report.metrics
        )
    assert sum(d.code is DiagnosticCode.REJECTED_NUMBER for d in report.diagnostics) <= 1


def test_range_in_the_tables_and_json() -> None:
    from fazhi_parse import Report, parse

    report = parse("一、主要成效\n每年开展培训3-5次,受理12件。")
    rows = report.to_records("metrics")
    assert [(r["value"], r["upper"]) for r in rows] == [(D(3), D(5)), (D(12), None)]
    assert Report.from_json(report.to_json()).metrics == report.metrics


_ALPHABET = "0123456789０１２.,、%％ 一二两三十百千万亿零〇点分之第约近余多达超过以上内年月日号个件项人次元届“”《》()(其中)\r\n萬億項戶-—~至到成壹拾佰伍陆队分时个多月近来市县区地"


@given(st.text(alphabet=_ALPHABET, max_size=120))
def test_any_text_is_read_without_error(text: str) -> None:
    view = normalize(text)
    metrics, diagnostics = extract_metrics(view, [(0, len(view.text))])
    for metric in metrics:
        assert text[metric.span.start : metric.span.end] == metric.text
        assert metric.value >= 0
    assert len(diagnostics) <= 1


_DATE_WORDS = frozenset({"年", "月", "日"})  # dates unless a duration cue says otherwise


@given(
    st.integers(min_value=2, max_value=10**6),
    st.sampled_from(sorted(set(UNITS) - _DATE_WORDS)),
    st.booleans(),
)
def test_any_number_with_any_unit_is_read(n: int, unit: str, chinese: bool) -> None:
    """全年共办理{n}{unit}: n with that unit, in Arabic or Chinese numerals (分 after Arabic
    digits only), 成 as tenths of a hundred."""
    if unit in ARABIC_ONLY_UNITS:
        chinese = False
    number = to_cn_number(n) if chinese else str(n)
    (metric,) = metrics_of(f"全年共办理{number}{unit}。")
    name, factor = UNIT_AS.get(unit, (unit, 1))
    assert (metric.value, metric.unit, metric.kind) == (n * factor, name, UNITS[unit])
    assert metric.text == f"{number}{unit}"
