"""The reporting body as printed.

Sources, in order: the title's (joint issuers stay joint), the signature block's, a name
printed under the title, the preamble's subject (2023年，东莞市坚持…; 在区委领导下，河口区城管局
坚持…; 2024年，广东坚持…) or the body named in 现将… . A body named only by its level (县政府,
县委、县政府) or by a self-reference (我局, 本市) is never the issuer: it says what kind of body
reports, and the issuer is then the body of that kind that the text names in its own documents
(《浮梁县法治政府建设实施纲要》) or as the maker of something (制定杭州市2018年…要点) —
the name met most often, else the first. The page's 发布机构 is its *publisher* and stays in
``meta``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Final

from .._page.state import Layout
from .._page.tables import CITY_ENDS, NOT_A_NAME_START, NUMBERED_POINT, ORG_SUFFIX
from .._text.clean import clean_line
from .._text.dates import ARABIC_YEAR, find_date
from .._text.normalize import Range
from ..model import ChromeKind
from . import tables
from .year import YEAR_GROUP

__all__ = ["BODY_SEARCHED", "report_issuer"]

_ORG: Final = rf"(?:中共)?[\u4e00-\u9fff()]{{1,24}}?(?:{ORG_SUFFIX}|[{CITY_ENDS}])"


@cache
def _issuer_check() -> re.Pattern[str]:
    """What an issuer's name is: Chinese characters ending like a body or a place (compiled
    on first use: its CJK ranges take about 1 ms to compile)."""
    return re.compile(rf"[\u4e00-\u9fff()、·]{{2,40}}?(?:{ORG_SUFFIX}|[{CITY_ENDS}])")


_TITLE_ISSUER: Final = re.compile(r"(?P<org>.+?)(?:关于|" + YEAR_GROUP + r"\s*年)")
_BEFORE_SUBJECT_ISSUER: Final = re.compile(r"(?P<org>.+?)(?:法治政府|法治建设|依法行政|依法治)")
_AFTER_YEAR_ISSUER: Final = re.compile(
    r"(?:关于)?" + YEAR_GROUP + r"\s*年(?:度)?(?P<org>.+?)(?:法治政府|法治建设|依法行政|法治)"
)


@cache
def _preamble_issuer() -> tuple[re.Pattern[str], ...]:
    """The subject of the preamble's first sentence (东莞市坚持…) and the body named in 现将…
    (compiled on first use: long alternations of organization names, ~5 ms)."""
    names = rf"(?:{_ORG}(?:[、和及与]{_ORG})*|{'|'.join(tables.PROVINCES)})"
    verbs = "|".join(sorted(tables.SUBJECT_VERBS, key=len, reverse=True))
    subject = re.compile(
        rf"\s*(?:(?:在|回顾)?{ARABIC_YEAR}\s*年(?:度)?(?:以来|中|里|是)?\s*[,，]?\s*)?"
        rf"(?:{tables.SUBJECT_CLAUSE})?"
        rf"(?P<org>{names})(?=(?:{verbs}))"
    )
    reported = re.compile(rf"现将(?P<org>{_ORG}(?:[、和及与]{_ORG})*)(?={ARABIC_YEAR}\s*年)")
    reported_after_year = re.compile(
        rf"现将{ARABIC_YEAR}\s*年(?:度)?(?P<org>{_ORG}(?:[、和及与]{_ORG})*)(?=法治|依法)"
    )
    return subject, reported, reported_after_year


_NUMBERED: Final = re.compile(NUMBERED_POINT)
_GENERIC: Final = re.compile(rf"{tables.GENERIC_BODY}(?:[、和及与]?{tables.GENERIC_BODY})*")

_SELF: Final = re.compile(
    rf"[{''.join(tables.SELF_REFERENCE)}](?P<level>{'|'.join(tables.SELF_LEVELS)})"
)


def _level(name: str) -> tuple[str, str] | None:
    """What kind of body ``name`` says reports when it names none, and the rest of its name:
    我局 → (局, ""), 县人民政府 → (县, 人民政府), 县委、县政府 → (县, ""); None for a named body
    (松岭县司法局, 市生态环境局, 全面依法治市办公室)."""
    m = _SELF.match(name)
    if m is not None:
        return m["level"], ""
    if _GENERIC.fullmatch(name):
        name = name.removeprefix("中共")
        joint = any(c in name for c in "、和及与") or name.count(name[0]) > 1
        return name[0], "" if joint else name[1:]
    return None


@cache
def _named(level: str) -> re.Pattern[str]:
    """A body of kind ``level`` named by the text as the maker of a document or a thing."""
    name = rf"[\u4e00-\u9fff]{{1,12}}?{re.escape(level)}"
    return re.compile(
        rf"{tables.NAME_IN_DOCUMENT}(?P<name>{name})"
        rf"|(?:{tables.NAME_BEFORE})(?P<made>{name})(?={tables.NAME_AFTER})"
    )


def _named_body(text: str, lo: int, hi: int, level: str, suffix: str) -> str | None:
    """The body of kind ``level`` that ``text[lo:hi]`` names most often (the first on a tie),
    with ``suffix`` when the text prints it after the name (云溪县 + 人民政府)."""
    counts: dict[str, int] = {}
    for m in _named(level).finditer(text, lo, hi):
        name = m["name"] or m["made"]
        if "治" in name or len(name) <= len(level) or _level(name) is not None:
            continue
        if suffix and text.startswith(suffix, m.end()):
            name += suffix
        if not _is_name(name):
            continue  # 组织开展省政府党组…: a verb, not a name
        counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda n: counts[n], default=None)  # dicts keep first-seen order


_VERB_START: Final = re.compile(tables.NAME_BEFORE)


def _is_name(name: str) -> bool:
    """Whether ``name`` reads as a body's name: the shape of one (…县司法局), and not a phrase
    that ends like one (您现在所在…, 在全省依法治省工作队, 下面是…整理的乡镇, 以创建全县,
    开展省政府: a verb of making opens no name)."""
    return (
        _issuer_check().fullmatch(name) is not None
        and not name.startswith(NOT_A_NAME_START)
        and _VERB_START.match(name) is None
        and _NUMBERED.match(name) is None
        and not any(word in name for word in tables.NOT_IN_A_NAME)
    )


def _is_name_or_province(name: str) -> bool:
    """A body's name, or a province's name without its suffix (2024年，广东坚持…)."""
    return name in tables.PROVINCES or _is_name(name)


def _issuer_from_title(title: str) -> str | None:
    title = title.removeprefix("关于")
    m = _TITLE_ISSUER.match(title)
    if m is not None and _is_name(m["org"].strip()):
        return m["org"].strip()
    for rx in (_AFTER_YEAR_ISSUER, _BEFORE_SUBJECT_ISSUER):
        m = rx.search(title) if rx is _AFTER_YEAR_ISSUER else rx.match(title)
        if m is not None and _is_name(m["org"].strip()):
            return m["org"].strip()
    return None


def _issuer_under_title(text: str, layout: Layout) -> str | None:
    """An issuing body printed on its own line between the title and the body."""
    if layout.title is None:
        return None
    for c in layout.chrome:
        if c.kind is ChromeKind.HEADER and layout.title[1] <= c.start < layout.body_start:
            name = clean_line(text[c.start : c.end])
            if _is_name(name):
                return name
    return None


def _issuer_from_signature(text: str, signature: Range) -> str | None:
    names = []
    for line in text[signature[0] : signature[1]].split("\n"):
        reading = find_date(line, loose=True)
        name = line[: reading.start] if reading is not None else line
        name = clean_line(name)
        if name and _is_name(name):
            names.append(name)
    return "".join(names) or None


def _subject(opening: str) -> re.Match[str] | None:
    """The subject of the preamble's first sentence, opening it or one of its clauses
    (根据…部署，2023年，清波街道以…)."""
    subject, *_ = _preamble_issuer()
    m = subject.match(opening)
    if m is not None:
        return m
    end = opening.find("。")
    end = min(SUBJECT_SEARCHED, len(opening) if end < 0 else end)
    for clause in _CLAUSE_START.finditer(opening, 0, end):
        m = subject.match(opening, clause.end(), end)
        if m is not None:
            return m
    return None


def _issuer_from_preamble(opening: str) -> str | None:
    _, *reported = _preamble_issuer()
    m = _subject(opening)
    if m is not None and _level(m["org"]) is None and not _is_name_or_province(m["org"]):
        m = None  # …抓住机遇，以创建全县法治文明辖区为统领: a phrase, no subject
    if m is not None and _level(m["org"]) is None:
        return m["org"]
    for rx in reported:
        n = rx.search(opening)
        if n is not None:
            return n["org"]
    return None if m is None else m["org"]


def _preamble_level(opening: str) -> tuple[str, str] | None:
    """The kind of body the preamble's subject is when it names none (我县 → 县), else the
    kind a self-reference of its first sentence names (2018年，我市各级行政机关… → 市)."""
    m = _subject(opening)
    if m is not None:
        return _level(m["org"])
    end = opening.find("。")
    own = _SELF.search(opening, 0, SUBJECT_SEARCHED if end < 0 else end)
    return None if own is None or not own.group().startswith("我") else (own["level"], "")


SUBJECT_SEARCHED: Final = 200
"""Characters of the preamble's first sentence searched for its subject's clause."""
_CLAUSE_START: Final = re.compile(r"[,，;；]\s*")

BODY_SEARCHED: Final = 6000
"""Characters of the body searched for the name of a body that names itself by its level."""


def _sources(text: str, layout: Layout, title: str | None, opening: str) -> Iterator[str | None]:
    """What each source names, in order, read only as far as needed."""
    yield _issuer_from_title(title) if title else None
    yield None if layout.signature is None else _issuer_from_signature(text, layout.signature)
    yield _issuer_under_title(text, layout)
    yield _issuer_from_preamble(opening)


def report_issuer(text: str, layout: Layout, title: str | None, opening: str) -> str | None:
    """The issuer from the first source that names one (see the module docstring)."""
    level: tuple[str, str] | None = None
    for found in _sources(text, layout, title, opening):
        if found is None:
            continue
        found = clean_line(found)
        kind = _level(found)
        if kind is None:
            return found
        level = level or kind
    level = level or _preamble_level(opening)
    if level is None:
        return None
    lo = layout.body_start
    return _named_body(text, lo, min(layout.body_end, lo + BODY_SEARCHED), *level)
