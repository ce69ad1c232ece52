"""Word tables of the report's header (data only): how a preamble names its subject.

Matched against the normalized text (Simplified script, full-width ASCII folded).
"""

from __future__ import annotations

from typing import Final

from .._page.tables import PLACE_ENDS

SUBJECT_VERBS: Final = (
    "坚持",
    "深入",
    "认真",
    "全面",
    "紧紧",
    "始终",
    "以",
    "在",
    "按照",
    "围绕",
    "高度",
    "积极",
    "扎实",
    "持续",
    "聚焦",
    "立足",
    "牢固",
    "贯彻",
    "严格",
    "强化",
    "不断",
    "着力",
    "进一步",
    "切实",
    "大力",
    "继续",
    "抢抓",
    "锚定",
    "紧扣",
    "坚定",
    "把",
    "全力",
    "主动",
    "注重",
    "统筹",
    "对照",
    "深化",
    "结合",
    "坚决",
    "深学",
    "推进",
    "锐意",
    "勇于",
    "奋力",
    "认真贯彻",
    "坚决贯彻",
    "自觉",
    "严格落实",
    "牢牢",
    "切实加强",
    "各项",
    "法治",
)
"""Verbs that follow the subject of a preamble's first sentence (2023年，东莞市坚持…)."""

SELF_REFERENCE: Final = ("我", "本", "全")
"""How a body names itself without its name (我局, 本委, 全县, with a word of
:data:`SELF_LEVELS`): such a subject is nobody."""

SUBJECT_CLAUSE: Final = r"在[^,，。;；]{1,40}?下\s*[,，]\s*"
"""A clause before a preamble's subject (在区委、区政府的正确领导下，河口区城管局坚持…)."""

PROVINCES: Final = (
    "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江",
    "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆",
    "四川", "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆",
)  # fmt: skip
"""Provincial-level divisions by their short names, which a province's own report uses as its
subject (2024年，广东坚持…)."""

LEVELS: Final = f"[{PLACE_ENDS}]"
"""The level of a government, as a self-reference names it (我县, 本市, 县政府)."""

GENERIC_BODY: Final = rf"(?:中共)?{LEVELS}(?:委|人民政府|政府)"
"""A body named by its level alone (县政府, 市委, 县人民政府): no name, never the issuer."""

SELF_LEVELS: Final = (
    "街道", "办事处", "委员会", "管委会", "省", "市", "区", "县", "州", "旗", "盟", "乡", "镇",
    "局", "委", "厅", "办", "院", "部", "署", "中心",
)  # fmt: skip
"""What a self-reference (我局, 本委, 全县) may say the body is, longest first where they share a
start: the suffix a named body of the text must end with to be the issuer."""

NAME_IN_DOCUMENT: Final = r"《(?:中共)?"
"""What comes right before a body's own name at the head of one of its documents
(《云溪县人民政府学法制度》)."""

NAME_BEFORE: Final = (
    r"制定|印发|出台|修订|编制|发布|召开|举办|组织|开展|推进|打造|创建|获评|被评为|荣获|成为|现将"
    r"|研究解决"
)
"""Verbs of making and holding that a body's name follows in running text (制定杭州市…要点)."""

NAME_AFTER: Final = (
    r"(?:19|20)\d{2}\s*年|法治|依法|人民政府|政府|党|委|领导|重大|行政|办公室|机关|部门"
)
"""What follows a name after such a verb (…县2022年度…, …县法治政府建设…, …县人民政府…)."""

NOT_IN_A_NAME: Final = ("位置", "小编", "大家", "整理", "报告", "总结", "年度", "情况", "依法治")
"""Words no reporting body's name holds: they show a phrase of the page that merely ends like a
name (位置 of a breadcrumb, a site's blurb, a title line)."""
