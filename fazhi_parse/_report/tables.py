"""Word tables of the report's header (data only): how a preamble names its subject.

Matched against the normalized text (Simplified script, full-width ASCII folded).
"""

from __future__ import annotations

from typing import Final

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
"""How a body names itself without its name (我局, 本委, 全县): such a subject is nobody."""
