"""Numbering schemes: one object per way of numbering headings and items.

A :class:`Scheme` knows its marker grammar (a regex with a ``num`` group), how to read the
numeral into an ordinal, how to print a marker for an ordinal, and what *role* it plays:
``HEADING`` markers start a section when they open a line (一、 （一） 1. 1、 （1）),
``ITEM`` markers start a measure inside a section's text (一是 第一，), ``BOTH`` do either
(① opens a section at a line start and a measure inside a paragraph).

Schemes compose: a :class:`SchemeSet` is an explicit, immutable collection passed to
:func:`fazhi_parse.parse` — there is no global registry. Add your own::

    >>> from fazhi_parse.schemes import DEFAULT_SCHEMES, RegexScheme, Role
    >>> from fazhi_parse.numerals import cn_ordinal, to_cn_ordinal, CN_ORDINAL_RE
    >>> chapter = RegexScheme(
    ...     name="cn-chapter", role=Role.HEADING, rank=0,
    ...     pattern=rf"第(?P<num>{CN_ORDINAL_RE})章",
    ...     read=cn_ordinal, write=lambda n: f"第{to_cn_ordinal(n)}章",
    ...     grammar='chapter = "第" ordinal "章"')
    >>> schemes = DEFAULT_SCHEMES.with_schemes(chapter)

Patterns are matched against the *normalized* text, where full-width ASCII is already
folded (（一） is ``(一)``, １． is ``1.``, ，is ``,``).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import attrs

from .numerals import (
    CIRCLED,
    CN_ORDINAL_RE,
    circled_ordinal,
    cn_ordinal,
    to_circled,
    to_cn_ordinal,
)

__all__ = [
    "ARABIC_DOT",
    "ARABIC_DUN",
    "ARABIC_HALF_PAREN",
    "ARABIC_PAREN",
    "BUILTIN_SCHEMES",
    "CIRCLED_DIGITS",
    "CN_DI",
    "CN_DUN",
    "CN_PAREN",
    "CN_SHI",
    "DEFAULT_SCHEMES",
    "SEQUENCE_WORDS",
    "RegexScheme",
    "Role",
    "Scheme",
    "SchemeSet",
]


class Role(enum.Enum):
    """Where a scheme's markers count."""

    HEADING = "heading"
    """At the start of a line: opens a :class:`~fazhi_parse.model.Section`."""
    ITEM = "item"
    """Inside a section's text: opens a :class:`~fazhi_parse.model.Measure`."""
    BOTH = "both"
    """A section at a line start, a measure inside a paragraph."""


@attrs.frozen(kw_only=True)
class Scheme:
    """A numbering scheme. Subclass it, or use :class:`RegexScheme` for a one-off.

    Attributes are data; the only behaviour is :meth:`ordinal` (read a numeral),
    :meth:`marker` (print one) and :meth:`successor` (what comes next).
    """

    name: str
    """Stable identifier stored in ``Section.scheme`` / ``Measure.scheme``."""
    role: Role
    rank: int
    """Usual depth in GB/T 9704 order (0 = top); a prior, the document decides."""
    pattern: str
    """Regex source for the marker, with a named group ``num`` for the numeral."""
    grammar: str = ""
    """EBNF-like grammar of the marker, for documentation."""
    starts: str = ""
    """The characters every marker begins with (``"("``, ``"123456789"``), or empty when
    unknown. When every scheme of a scanner gives them, the scanner skips text that cannot
    begin a marker (a run-on report is scanned whole, so this matters)."""

    def ordinal(self, numeral: str) -> int | None:
        """The ordinal a numeral stands for; None for a word that fits any next position."""
        raise NotImplementedError

    def marker(self, ordinal: int) -> str:
        """The canonical (half-width) marker for ``ordinal``."""
        raise NotImplementedError

    def successor(self, ordinal: int) -> int:
        """The ordinal expected after ``ordinal``."""
        return ordinal + 1


@attrs.frozen(kw_only=True)
class RegexScheme(Scheme):
    """A scheme given by a pattern and two functions (numeral → int, int → marker)."""

    read: Callable[[str], int | None]
    write: Callable[[int], str]

    def ordinal(self, numeral: str) -> int | None:
        return self.read(numeral)

    def marker(self, ordinal: int) -> str:
        return self.write(ordinal)


_CN_STARTS = "一二三四五六七八九十"
"""What a Chinese ordinal 1–99 (CN_ORDINAL_RE) begins with."""


def _arabic(numeral: str) -> int:
    return int(numeral)


_SEQUENCE_WORDS = {"首先": 1, "其次": 2, "再次": 3, "最后": None}


def _sequence_word(word: str) -> int | None:
    return _SEQUENCE_WORDS[word]


# Marker writers are module-level functions (not lambdas) so that schemes pickle.
def _write_cn_dun(n: int) -> str:
    return f"{to_cn_ordinal(n)}、"


def _write_cn_paren(n: int) -> str:
    return f"({to_cn_ordinal(n)})"


def _write_arabic_dot(n: int) -> str:
    return f"{n}."


def _write_arabic_dun(n: int) -> str:
    return f"{n}、"


def _write_arabic_paren(n: int) -> str:
    return f"({n})"


def _write_arabic_half_paren(n: int) -> str:
    return f"{n})"


def _write_cn_shi(n: int) -> str:
    return f"{to_cn_ordinal(n)}是"


def _write_cn_di(n: int) -> str:
    return f"第{to_cn_ordinal(n)},"


def _sequence_marker(n: int) -> str:
    return {1: "首先,", 2: "其次,", 3: "再次,"}.get(n, "最后,")


CN_DUN = RegexScheme(
    name="cn-dun",
    role=Role.HEADING,
    rank=0,
    pattern=rf"(?P<num>{CN_ORDINAL_RE})[、.]",
    read=cn_ordinal,
    write=_write_cn_dun,
    grammar='cn-dun = ordinal ("、" | "." | "．")        一、 二、 … 九十九、',
    starts=_CN_STARTS,
)
"""一、 — the top level of GB/T 9704 (also 一. and 一．, a common typing variant)."""

CN_PAREN = RegexScheme(
    name="cn-paren",
    role=Role.HEADING,
    rank=1,
    pattern=rf"(?:\(|(?<![\w(]))(?P<num>{CN_ORDINAL_RE})\)[、.]?",
    read=cn_ordinal,
    write=_write_cn_paren,
    grammar='cn-paren = ["(" | "（"] ordinal (")" | "）") ["、"]        （一） (二) 一）',
    starts="(" + _CN_STARTS,
)
"""（一） — the second level of GB/T 9704; also 一） whose opening bracket a web copy lost
(never after a word character: 第一）, 附件一） are not markers)."""

ARABIC_DOT = RegexScheme(
    name="arabic-dot",
    role=Role.BOTH,
    rank=2,
    pattern=r"(?<![\d.])(?P<num>[1-9]\d?)\.(?![\d.%])",
    read=_arabic,
    write=_write_arabic_dot,
    grammar='arabic-dot = digit{1,2} ("." | "．")   not followed by a digit      1. 1．',
    starts="123456789",
)
"""1. and 1． — the third level of GB/T 9704 (never a decimal such as 2.86)."""

ARABIC_DUN = RegexScheme(
    name="arabic-dun",
    role=Role.BOTH,
    rank=2,
    pattern=r"(?<![\d.])(?P<num>[1-9]\d?)、(?!\d)",
    read=_arabic,
    write=_write_arabic_dun,
    grammar='arabic-dun = digit{1,2} "、"   not followed by a digit      1、',
    starts="123456789",
)
"""1、 — a common alternative to 1. at the third level."""

ARABIC_PAREN = RegexScheme(
    name="arabic-paren",
    role=Role.BOTH,
    rank=3,
    pattern=r"\((?P<num>[1-9]\d?)\)",
    read=_arabic,
    write=_write_arabic_paren,
    grammar='arabic-paren = ("(" | "（") digit{1,2} (")" | "）")        （1） (2)',
    starts="(",
)
"""（1） — the fourth level of GB/T 9704."""

ARABIC_HALF_PAREN = RegexScheme(
    name="arabic-half-paren",
    role=Role.HEADING,
    rank=3,
    pattern=r"(?<![\d.(])(?P<num>[1-9]\d?)\)",
    read=_arabic,
    write=_write_arabic_half_paren,
    grammar='arabic-half-paren = digit{1,2} (")" | "）")        1) 2）',
    starts="123456789",
)
"""1) — a closing parenthesis only, common in web copies."""

CIRCLED_DIGITS = RegexScheme(
    name="circled",
    role=Role.BOTH,
    rank=4,
    pattern=rf"(?P<num>[{CIRCLED}])",
    read=circled_ordinal,
    write=to_circled,
    grammar='circled = "①" | … | "⑳"        (a section at a line start, a measure inside)',
    starts=CIRCLED,
)
"""① ② … ⑳."""

CN_SHI = RegexScheme(
    name="cn-shi",
    role=Role.ITEM,
    rank=5,
    pattern=rf"(?P<num>{CN_ORDINAL_RE})是",
    read=cn_ordinal,
    write=_write_cn_shi,
    grammar='cn-shi = ordinal "是"        一是 二是 … (a lost numeral, 。是…, is repaired)',
    starts=_CN_STARTS,
)
"""一是 二是 … — the commonest way to enumerate measures in these reports."""

CN_DI = RegexScheme(
    name="cn-di",
    role=Role.ITEM,
    rank=5,
    pattern=rf"第(?P<num>{CN_ORDINAL_RE})[,、:]",
    read=cn_ordinal,
    write=_write_cn_di,
    grammar='cn-di = "第" ordinal ("，" | "、" | "：")        第一， (never 第一责任人)',
    starts="第",
)
"""第一， 第二， …"""

SEQUENCE_WORDS = RegexScheme(
    name="sequence-words",
    role=Role.ITEM,
    rank=5,
    pattern=r"(?P<num>首先|其次|再次|最后)[,:]",
    read=_sequence_word,
    write=_sequence_marker,
    grammar='sequence-words = ("首先" | "其次" | "再次" | "最后") ("，" | "：")',
    starts="首其再最",
)
"""首先， 其次， 再次， 最后， — optional: not in DEFAULT_SCHEMES (最后 is common prose)."""


if TYPE_CHECKING:
    import regex

    _Scanner = re.Pattern[str] | regex.Pattern[str]
    """A compiled scanner: built-in schemes are written in the subset of :mod:`regex` that
    stdlib :mod:`re` reads the same way (so the default set needs no ``import regex``, about
    8 ms)."""


def _scanner_source(chosen: list[tuple[int, Scheme]], escape: Callable[[str], str]) -> str:
    """One alternation of the ``chosen`` (index, scheme) pairs, each scheme's match in group
    ``s<index>`` and its numeral in ``n<index>``."""
    body = "|".join(f"(?P<s{i}>{s.pattern.replace('(?P<num>', f'(?P<n{i}>')})" for i, s in chosen)
    if all(s.starts for _, s in chosen):
        # a lookahead on the first character lets the engine skip most positions fast
        first = sorted({c for _, s in chosen for c in s.starts})
        body = f"(?=[{''.join(escape(c) for c in first)}])(?:{body})"
    return body


@attrs.frozen
class SchemeSet:
    """An ordered, immutable set of schemes, compiled once into two scanners.

    Earlier schemes win when two match at the same place.
    """

    schemes: tuple[Scheme, ...]
    _heading: _Scanner = attrs.field(init=False, repr=False, eq=False)
    _item: _Scanner = attrs.field(init=False, repr=False, eq=False)
    items_first: tuple[Scheme, ...] = attrs.field(init=False, repr=False, eq=False)
    """The schemes with the item schemes first (otherwise in order): where measure chains
    overlap, the earlier wins (一是 over 1. over ①)."""
    _probes: tuple[str, ...] | None = attrs.field(init=False, default=None, repr=False, eq=False)
    _groups: dict[str, tuple[Scheme, str]] = attrs.field(init=False, repr=False, eq=False)
    """A scanner's group of a scheme (``s3``) → the scheme and its numeral's group (``n3``)."""

    def __repr__(self) -> str:
        """The scheme names, in order (each scheme's own repr has its pattern).

        >>> SchemeSet(BUILTIN_SCHEMES[:2])
        SchemeSet('cn-dun', 'cn-paren')
        """
        return f"SchemeSet({', '.join(repr(s.name) for s in self.schemes)})"

    def __attrs_post_init__(self) -> None:
        names = [s.name for s in self.schemes]
        if len(set(names)) != len(names):
            raise ValueError(f"scheme names must be unique: {names}")
        object.__setattr__(self, "_heading", self._compile((Role.HEADING, Role.BOTH)))
        object.__setattr__(self, "_item", self._compile((Role.ITEM, Role.BOTH)))
        order = tuple(sorted(self.schemes, key=lambda s: s.role is not Role.ITEM))
        object.__setattr__(self, "items_first", order)
        groups = {f"s{i}": (s, f"n{i}") for i, s in enumerate(self.schemes)}
        object.__setattr__(self, "_groups", groups)

    def _compile(self, roles: tuple[Role, ...]) -> _Scanner:
        """One scanner for the schemes of ``roles``: stdlib :mod:`re` (about twice as fast
        here) when every scheme is built in, else :mod:`regex`, the dialect patterns are
        written in."""
        chosen = [(i, s) for i, s in enumerate(self.schemes) if s.role in roles]
        if not chosen:
            return re.compile(r"(?!x)x")
        if all(any(s is b for b in BUILTIN_SCHEMES) for _, s in chosen):
            return re.compile(_scanner_source(chosen, re.escape))
        import regex  # only for schemes of the user's: it takes about 8 ms to import

        return regex.compile(_scanner_source(chosen, regex.escape))

    def __iter__(self) -> Iterator[Scheme]:
        return iter(self.schemes)

    def __len__(self) -> int:
        return len(self.schemes)

    def __getitem__(self, name: str) -> Scheme:
        for s in self.schemes:
            if s.name == name:
                return s
        raise KeyError(name)

    def with_schemes(self, *extra: Scheme) -> SchemeSet:
        """A new set with ``extra`` added (replacing schemes of the same name)."""
        names = {s.name for s in extra}
        return SchemeSet((*[s for s in self.schemes if s.name not in names], *extra))

    def without(self, *names: str) -> SchemeSet:
        """A new set without the named schemes."""
        return SchemeSet(tuple(s for s in self.schemes if s.name not in names))

    def match_heading(self, text: str, pos: int, endpos: int) -> Marker | None:
        """The heading marker that starts exactly at ``pos``, if any."""
        m = self._heading.match(text, pos, endpos)
        return self._marker(m) if m else None

    def probes(self) -> tuple[str, ...]:
        """Marker texts for ordinals 1–3 of the heading schemes: a cheap pre-check that
        a stretch of text may hold a numbering run at all (built on first use, then kept)."""
        probes = self._probes
        if probes is None:
            probes = tuple(
                s.marker(n) for s in self.schemes if s.role is not Role.ITEM for n in (1, 2, 3)
            )
            object.__setattr__(self, "_probes", probes)
        return probes

    def find_headings(self, text: str, pos: int, endpos: int) -> Iterator[Marker]:
        """Heading markers anywhere in ``text[pos:endpos]`` (for lines whose breaks were lost)."""
        for m in self._heading.finditer(text, pos, endpos):
            marker = self._marker(m)
            if marker is not None:
                yield marker

    def find_items(self, text: str, pos: int, endpos: int) -> Iterator[Marker]:
        """Item markers anywhere in ``text[pos:endpos]``."""
        for m in self._item.finditer(text, pos, endpos):
            marker = self._marker(m)
            if marker is not None:
                yield marker

    def _marker(self, m: re.Match[str] | regex.Match[str]) -> Marker | None:
        group = m.lastgroup
        if group is None:
            return None
        scheme, numeral = self._groups[group]
        return Marker(
            scheme=scheme,
            ordinal=scheme.ordinal(m.group(numeral)),
            start=m.start(),
            end=m.end(),
        )


@attrs.define
class Marker:
    """A marker found in normalized text. Not frozen (never changed once made either): a
    frozen attrs class sets each field through ``object.__setattr__``, twice the cost, and
    the scanners make one per marker-like string of the body."""

    scheme: Scheme
    ordinal: int | None
    start: int
    end: int


BUILTIN_SCHEMES: tuple[Scheme, ...] = (
    CN_DUN,
    CN_PAREN,
    ARABIC_PAREN,
    ARABIC_DOT,
    ARABIC_DUN,
    ARABIC_HALF_PAREN,
    CIRCLED_DIGITS,
    CN_SHI,
    CN_DI,
    SEQUENCE_WORDS,
)
"""Every built-in scheme, including the optional ones."""

DEFAULT_SCHEMES = SchemeSet(tuple(s for s in BUILTIN_SCHEMES if s is not SEQUENCE_WORDS))
"""The schemes :func:`fazhi_parse.parse` uses unless told otherwise."""
