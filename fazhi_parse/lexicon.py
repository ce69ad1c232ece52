"""The heading lexicon as an object: the extension point for new wordings of the five parts.

A :class:`Lexicon` holds the cues that tell which statutory part (A–E) a heading names and
how a part with no heading opens. :data:`DEFAULT_LEXICON` is built from the tables in
the tables below; like schemes, a lexicon is passed to :func:`fazhi_parse.parse`
explicitly — there is no global registry to patch::

    >>> from fazhi_parse import DEFAULT_LEXICON, SectionKind, parse
    >>> text = "一、亮点工作\\n正文。\\n二、履职尽责情况\\n正文。\\n"
    >>> [s.kind for s in parse(text).sections]
    [<SectionKind.ACHIEVEMENTS: 'achievements'>, <SectionKind.ACHIEVEMENTS: 'achievements'>]
    >>> lexicon = DEFAULT_LEXICON.with_cues((SectionKind.DUTY, 3, r"履职尽责"))
    >>> [s.kind for s in parse(text, lexicon=lexicon).sections]
    [<SectionKind.ACHIEVEMENTS: 'achievements'>, <SectionKind.DUTY: 'duty'>]

Patterns are stdlib :mod:`re` sources matched against *normalized* heading titles
(Simplified, width-folded: ``,`` not ``，``).

The default tables below cover the phrasings seen on county, city and department reports.
The 2019 《法治政府建设与责任落实督察工作规定》 (art. 25) asks every report for (A) 主要举措和
成效, (B) 存在的不足和原因, (C) 党政主要负责人履行推进法治建设第一责任人职责、加强法治政府
建设的有关情况, (D) 下一年度推进法治政府建设的主要安排, (E) 其他需要报告的情况; reports word
these headings freely (主要工作情况, 问题短板, 下步重点工作, 2020年工作安排 …).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

import attrs

from .model import SectionKind

__all__ = [
    "DEFAULT_LEXICON",
    "HEADING_CUES",
    "MEDIUM",
    "PLANS_OPENER",
    "PROBLEMS_LEAD",
    "PROBLEMS_OPENER",
    "STRONG",
    "WEAK",
    "Cue",
    "Lexicon",
]

A, B, C, D, E = (
    SectionKind.ACHIEVEMENTS,
    SectionKind.PROBLEMS,
    SectionKind.DUTY,
    SectionKind.PLANS,
    SectionKind.OTHER,
)

STRONG: Final = 3
"""A cue that names the part (存在的不足, 下一步, 第一责任人)."""
MEDIUM: Final = 2
"""A cue that usually names the part (重点工作, 建设情况)."""
WEAK: Final = 1
"""A hint only (the heading names the report's own year)."""

HEADING_CUES: Final[tuple[tuple[SectionKind, int, str], ...]] = (
    (
        C,
        STRONG,
        r"第一责任人|党政主要负责(?:人|同志)|主要负责(?:人|同志)(?:履行|履职|推进)"
        r"|履行推进法治建设|述法",
    ),
    (
        B,
        STRONG,
        r"存在(?:的)?(?:主要|突出)?(?:问题|不足|短板|差距|困难|薄弱环节)"
        r"|问题(?:和|与|及|、)?(?:不足|短板|差距|原因|困难|挑战)"
        r"|不足(?:之处)?(?:和|与|及|、)(?:原因|问题)|^不足|短板(?:和|与|及|、)?(?:不足|弱项)"
        r"|薄弱环节|困难和问题|主要问题|^问题|差距(?:和|与|及)?不足",
    ),
    (
        D,
        STRONG,
        r"下一?步|下一?年度?|下一?阶段|明年|来年|今后|新的一年"
        r"|(?:工作|主要)(?:安排|打算|计划|思路|设想|展望|方向)|打算|努力方向|展望"
        r"|(?:改进|整改)(?:措施|方向|举措|计划)",
    ),
    (D, MEDIUM, r"重点(?:工作|任务)|工作(?:重点|目标)"),
    (E, STRONG, r"其他(?:需要|应当)?(?:报告|说明)?的?(?:情况|事项|工作)|^其他"),
    (
        A,
        STRONG,
        r"(?:举措|做法|措施)(?:和|与|及|、)?(?:成效|成绩|经验)|成效|成绩"
        r"|主要(?:工作|做法|举措)|工作(?:开展)?情况|开展情况|完成情况|落实情况|进展情况|推进情况|一年来|工作回顾"
        r"|经验做法|亮点",
    ),
    (A, MEDIUM, r"建设情况|基本情况|总体情况|有关情况"),
)
"""(kind, weight, pattern) for top-level heading titles. The heaviest cue decides; among
equally heavy cues the earliest in the title (存在的问题及下一步打算 is a problems part that
also carries the plans)."""

PLANS_OPENER: Final = (
    r"(?:在|展望)?(?:下一步|下一年度|下一阶段|下阶段|今后(?:一个时期)?|明年|来年|新的一年(?:里)?"
    r"|{next_year}\s*年(?:度)?)[^。\n]{{0,60}}?"
    r"(?:将|要|计划|拟|继续|着力|重点|努力|力争|坚持|围绕|聚焦)"
)
"""How a plans part with no heading opens (2024年，东莞市将… / 下一步，我局将…).
``{next_year}`` is the report's year plus one (any year when the report year is unknown)."""

PROBLEMS_LEAD: Final = (
    r"存在的?(?:主要)?(?:问题|不足)|(?:主要)?问题(?:和|与)不足|不足之处|主要问题"
    r"|[^。\n]{0,20}?(?:还|仍|也)(?:然)?(?:存在|有)[^。\n]{0,30}?(?:问题|不足|短板|差距|薄弱|困难)"
)
"""How a problems paragraph with no heading may begin (存在的问题：… / 工作中还存在一些问题…)."""

PROBLEMS_OPENER: Final = (
    r"(?:但|同时|然而|不过|但是)[^。\n]{0,60}?(?:存在|仍有|还有|面临|暴露出?)[^。\n]{0,40}?"
    r"(?:问题|不足|短板|差距|困难|薄弱|短处|弱项)"
    r"|(?:但|同时|然而|不过|但是)[^。\n]{0,60}?(?:有待|亟待|仍需|还需|尚需)"
)
"""How a problems paragraph with no heading reads (…取得了一定的成绩，但也存在一些问题…):
a contrast, then the shortfall, within the paragraph's first sentences."""

Cue = tuple[SectionKind, int, str]
"""(part, weight, pattern): weight 3 names the part, 2 usually does, 1 is a hint."""


@attrs.frozen(cache_hash=True)  # hashed on every lookup of ``compiled``
class Lexicon:
    """Cues for the statutory parts. Immutable; ``with_cues`` returns a new lexicon."""

    heading_cues: tuple[Cue, ...] = HEADING_CUES
    """Cues matched against top-level heading titles; the heaviest, then earliest, decides."""
    plans_opener: str = PLANS_OPENER
    """How a plans part without a heading opens; ``{next_year}`` is the report's year + 1."""
    problems_lead: str = PROBLEMS_LEAD
    """How a problems paragraph without a heading may begin (存在的问题：…)."""
    problems_opener: str = PROBLEMS_OPENER
    """How a problems paragraph without a heading reads (…但也存在一些问题…)."""

    def __repr__(self) -> str:
        """A count of the cues (the patterns are in :attr:`heading_cues`).

        >>> Lexicon(heading_cues=())
        Lexicon(0 heading cues)
        """
        default = "default: " if self == DEFAULT_LEXICON else ""
        return f"Lexicon({default}{len(self.heading_cues)} heading cues)"

    def with_cues(self, *cues: Cue) -> Lexicon:
        """A new lexicon whose heading cues are tried before this one's."""
        for kind, weight, pattern in cues:
            if not isinstance(kind, SectionKind) or not isinstance(weight, int):
                raise TypeError("a cue is (SectionKind, int weight, regex pattern)")
            re.compile(pattern)  # fail here, not in the middle of a parse
        return attrs.evolve(self, heading_cues=(*cues, *self.heading_cues))

    @property
    def compiled(self) -> _Compiled:
        """The patterns compiled (once per distinct lexicon)."""
        return _compile(self)


@attrs.frozen
class _Compiled:
    cues: tuple[tuple[SectionKind, int, re.Pattern[str]], ...]
    any_cue: re.Pattern[str] | None
    """Every cue in one alternation: a title it does not match has no cue (a quick test);
    None when the cues cannot be joined (a cue with groups or global flags)."""
    problems_lead: re.Pattern[str]
    problems_opener: re.Pattern[str]
    source: Lexicon

    def plans_opener(self, next_year: int | None) -> re.Pattern[str]:
        return _plans_opener(self.source.plans_opener, next_year)


@cache
def _compile(lexicon: Lexicon) -> _Compiled:
    cues = tuple((kind, weight, re.compile(p)) for kind, weight, p in lexicon.heading_cues)
    return _Compiled(
        cues=cues,
        any_cue=_join(cues),
        problems_lead=re.compile(lexicon.problems_lead),
        problems_opener=re.compile(lexicon.problems_opener),
        source=lexicon,
    )


def _join(cues: tuple[tuple[SectionKind, int, re.Pattern[str]], ...]) -> re.Pattern[str] | None:
    """One pattern that matches wherever any of ``cues`` does, or None."""
    if not cues or any(rx.groups or rx.flags & ~re.UNICODE for _, _, rx in cues):
        return None  # numbered groups would shift, flags would spread: test cue by cue
    try:
        # one flat alternation (not one group per cue): the engine skips a failing branch
        # that starts with a literal without entering it, about a quarter faster here
        return re.compile("|".join(rx.pattern for _, _, rx in cues))
    except re.error:
        return None


@cache
def _plans_opener(pattern: str, next_year: int | None) -> re.Pattern[str]:
    year = str(next_year) if next_year else r"(?:19|20)\d{2}"
    return re.compile(pattern.format(next_year=year))


DEFAULT_LEXICON = Lexicon()
"""The lexicon :func:`fazhi_parse.parse` uses unless told otherwise."""
