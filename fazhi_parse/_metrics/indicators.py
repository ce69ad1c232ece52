"""The canonical indicators researchers tabulate from 法治政府建设 reports (data only).

Each :class:`Indicator` names a quantity that recurs across reports (行政复议申请,
出庭应诉率 …). A metric is mapped to one when one of the indicator's ``terms`` occurs in
the metric's own clause — the words before the number and the few after its unit — and,
if ``topic`` is given, one of those words also occurs in the clause or earlier in the same
sentence. Rows are tried in order, so the more specific come first (审结 before 受理 before
申请; 废止 before 清理). :mod:`fazhi_parse._metrics.extract` compiles the table.
"""

from __future__ import annotations

from typing import Final

import attrs

from ..model import MetricKind

__all__ = ["INDICATORS", "Indicator"]


@attrs.frozen(kw_only=True)
class Indicator:
    """One canonical indicator and the words that signal it."""

    name: str
    """Canonical name, e.g. ``行政复议申请``."""
    terms: tuple[str, ...]
    """Words of which one must occur in the metric's own clause."""
    topic: tuple[str, ...] = ()
    """Words of which one must occur in the clause or sentence (empty: no condition)."""
    kinds: frozenset[MetricKind] = frozenset(MetricKind)
    """Kinds of quantity this indicator can be (a rate, a count or a change of either)."""
    unless: tuple[str, ...] = ()
    """Words that, in the clause, show the metric counts something else (修改意见)."""


_PERCENT: Final = frozenset({MetricKind.PERCENT})
_REVIEW: Final = ("复议",)
_LITIGATION: Final = ("诉讼", "应诉", "被诉", "被告")
_NORMATIVE: Final = ("规范性文件", "文件", "规章")
_OPINIONS: Final = ("意见", "建议")

INDICATORS: Final[tuple[Indicator, ...]] = (
    # --- 行政复议 -------------------------------------------------------------------------
    Indicator(
        name="行政复议纠错",
        terms=("纠错", "撤销", "确认违法", "变更", "责令履行"),
        topic=_REVIEW,
    ),
    Indicator(name="行政复议审结", terms=("审结", "办结", "结案", "作出复议决定"), topic=_REVIEW),
    Indicator(name="行政复议受理", terms=("受理", "立案"), topic=_REVIEW),
    Indicator(name="行政复议申请", terms=("复议申请", "申请行政复议", "申请复议", "复议案件")),
    # --- 行政诉讼 -------------------------------------------------------------------------
    Indicator(name="出庭应诉率", terms=("出庭应诉率", "出庭率", "负责人出庭"), kinds=_PERCENT),
    Indicator(name="负责人出庭应诉", terms=("负责人出庭", "出庭应诉")),
    Indicator(name="行政诉讼败诉", terms=("败诉",)),
    Indicator(name="行政诉讼审结", terms=("审结", "办结", "结案"), topic=_LITIGATION),
    Indicator(
        name="行政诉讼收案",
        terms=("行政诉讼", "行政应诉", "应诉案件", "被诉", "收案", "一审"),
    ),
    # --- 规范性文件 -----------------------------------------------------------------------
    Indicator(
        name="规范性文件废止",
        terms=("废止", "宣布失效", "失效"),
        topic=_NORMATIVE,
        unless=_OPINIONS,
    ),
    Indicator(name="规范性文件修改", terms=("修改", "修订"), topic=_NORMATIVE, unless=_OPINIONS),
    Indicator(
        name="规范性文件保留",
        terms=("保留", "继续有效", "继续执行"),
        topic=_NORMATIVE,
        unless=_OPINIONS,
    ),
    Indicator(name="规范性文件清理", terms=("清理",), topic=_NORMATIVE),
    Indicator(name="规范性文件备案审查", terms=("备案审查", "备案"), topic=_NORMATIVE),
    Indicator(name="合法性审查", terms=("合法性审查", "合法性审核", "法制审核", "法制审查")),
    Indicator(
        name="规范性文件制发",
        terms=("规范性文件",),
        topic=("出台", "制定", "制发", "印发", "发布", "起草"),
    ),
    Indicator(name="重大行政决策", terms=("重大行政决策", "重大决策", "重大决议", "重大事项决策")),
    # --- 行政执法 -------------------------------------------------------------------------
    Indicator(name="执法案卷评查", terms=("案卷评查", "评查案卷", "评查", "案卷")),
    Indicator(name="执法证件", terms=("执法证件", "执法证")),
    Indicator(
        name="执法培训",
        terms=("执法培训", "执法人员培训", "培训", "轮训", "参训"),
        topic=("执法",),
    ),
    # --- 政务公开 ---------------------------------------------------------------------------
    Indicator(name="依申请公开", terms=("依申请公开", "信息公开申请", "公开申请")),
    # --- 普法与法律服务 -------------------------------------------------------------------
    Indicator(
        name="普法活动",
        terms=(
            "普法",
            "法治宣传",
            "法制宣传",
            "法律宣传",
            "宪法宣传",
            "法治讲座",
            "法制讲座",
            "宣传活动",
            "宣传资料",
            "宣传单",
        ),
    ),
    Indicator(name="行政调解", terms=("行政调解",)),
    Indicator(name="人民调解", terms=("人民调解", "调解")),
    Indicator(name="法律援助", terms=("法律援助",)),
    # --- 监督 -----------------------------------------------------------------------------
    Indicator(name="人大建议", terms=("人大建议", "人大代表建议", "代表建议")),
    Indicator(name="政协提案", terms=("政协提案", "政协委员提案", "委员提案")),
)
"""Canonical indicators in priority order."""
