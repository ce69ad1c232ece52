"""The heading lexicon as an object: the extension point for new wordings of the five parts.

A :class:`Lexicon` holds the cues that tell which statutory part (A–E) a heading names and
how a part with no heading opens. :data:`DEFAULT_LEXICON` is built from the tables in
:mod:`fazhi_parse._lexicon`; like schemes, a lexicon is passed to :func:`fazhi_parse.parse`
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
"""

from __future__ import annotations

import re
from functools import cache

import attrs

from . import _lexicon as lex
from .model import SectionKind

__all__ = ["DEFAULT_LEXICON", "Cue", "Lexicon"]

Cue = tuple[SectionKind, int, str]
"""(part, weight, pattern): weight 3 names the part, 2 usually does, 1 is a hint."""


@attrs.frozen(cache_hash=True)  # hashed on every lookup of ``compiled``
class Lexicon:
    """Cues for the statutory parts. Immutable; ``with_cues`` returns a new lexicon."""

    heading_cues: tuple[Cue, ...] = lex.HEADING_CUES
    """Cues matched against top-level heading titles; the heaviest, then earliest, decides."""
    plans_opener: str = lex.PLANS_OPENER
    """How a plans part without a heading opens; ``{next_year}`` is the report's year + 1."""
    problems_lead: str = lex.PROBLEMS_LEAD
    """How a problems paragraph without a heading may begin (存在的问题：…)."""
    problems_opener: str = lex.PROBLEMS_OPENER
    """How a problems paragraph without a heading reads (…但也存在一些问题…)."""

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
        return re.compile("|".join(f"(?:{rx.pattern})" for _, _, rx in cues))
    except re.error:
        return None


@cache
def _plans_opener(pattern: str, next_year: int | None) -> re.Pattern[str]:
    year = str(next_year) if next_year else r"(?:19|20)\d{2}"
    return re.compile(pattern.format(next_year=year))


DEFAULT_LEXICON = Lexicon()
"""The lexicon :func:`fazhi_parse.parse` uses unless told otherwise."""
