"""The reporting body as printed: the title's (joint issuers stay joint), else the signature
block's, else a name printed under the title, else the preamble's subject (2023年，东莞市坚持…).
The page's 发布机构 is its *publisher* and stays in ``meta``."""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from .._page.state import Layout
from .._page.tables import ORG_SUFFIX
from .._text.clean import clean_line
from .._text.dates import ARABIC_YEAR, find_date
from .._text.normalize import Range
from ..model import ChromeKind
from . import tables
from .year import YEAR_GROUP

__all__ = ["report_issuer"]

_ORG: Final = rf"(?:中共)?[\u4e00-\u9fff()]{{1,24}}?(?:{ORG_SUFFIX}|[省市区县州旗盟])"
_ISSUER_CHECK: Final = re.compile(
    rf"[\u4e00-\u9fff()、·]{{2,40}}?(?:{ORG_SUFFIX}|[省市区县州旗盟])"
)
_TITLE_ISSUER: Final = re.compile(r"(?P<org>.+?)(?:关于|" + YEAR_GROUP + r"\s*年)")
_BEFORE_SUBJECT_ISSUER: Final = re.compile(r"(?P<org>.+?)(?:法治政府|法治建设|依法行政|依法治)")
_AFTER_YEAR_ISSUER: Final = re.compile(
    r"(?:关于)?" + YEAR_GROUP + r"\s*年(?:度)?(?P<org>.+?)(?:法治政府|法治建设|依法行政|法治)"
)


@cache
def _preamble_issuer() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The subject of the preamble's first sentence (东莞市坚持…) and the body named in 现将…
    (compiled on first use: long alternations of organization names, ~5 ms)."""
    subject = re.compile(
        rf"\s*(?:(?:在|回顾)?{ARABIC_YEAR}\s*年(?:度)?(?:以来|中|里|是)?\s*[,，]?\s*)?"
        rf"(?P<org>{_ORG}(?:[、和及与]{_ORG})*)"
        rf"(?=(?:{'|'.join(sorted(tables.SUBJECT_VERBS, key=len, reverse=True))}))"
    )
    reported = re.compile(rf"现将(?P<org>{_ORG}(?:[、和及与]{_ORG})*)(?={ARABIC_YEAR}\s*年)")
    return subject, reported


def _issuer_from_title(title: str) -> str | None:
    title = title.removeprefix("关于")
    m = _TITLE_ISSUER.match(title)
    if m is not None and _ISSUER_CHECK.fullmatch(m["org"].strip()):
        return m["org"].strip()
    for rx in (_AFTER_YEAR_ISSUER, _BEFORE_SUBJECT_ISSUER):
        m = rx.search(title) if rx is _AFTER_YEAR_ISSUER else rx.match(title)
        if m is not None and _ISSUER_CHECK.fullmatch(m["org"].strip()):
            return m["org"].strip()
    return None


def _issuer_under_title(text: str, layout: Layout) -> str | None:
    """An issuing body printed on its own line between the title and the body."""
    if layout.title is None:
        return None
    for c in layout.chrome:
        if c.kind is ChromeKind.HEADER and layout.title[1] <= c.start < layout.body_start:
            name = clean_line(text[c.start : c.end])
            if _ISSUER_CHECK.fullmatch(name):
                return name
    return None


def _issuer_from_signature(text: str, signature: Range) -> str | None:
    names = []
    for line in text[signature[0] : signature[1]].split("\n"):
        reading = find_date(line, loose=True)
        name = line[: reading.start] if reading is not None else line
        name = clean_line(name)
        if name and _ISSUER_CHECK.fullmatch(name):
            names.append(name)
    return "".join(names) or None


def _issuer_from_preamble(opening: str) -> str | None:
    subject, reported = _preamble_issuer()
    for rx in (subject, reported):
        m = rx.match(opening) if rx is subject else rx.search(opening)
        if m is not None and not m["org"].startswith(tables.SELF_REFERENCE):
            return m["org"]
    return None


def report_issuer(text: str, layout: Layout, title: str | None, opening: str) -> str | None:
    """The issuer from the first source that names one (see the module docstring)."""
    issuer = _issuer_from_title(title) if title else None
    if issuer is None and layout.signature is not None:
        issuer = _issuer_from_signature(text, layout.signature)
    if issuer is None:
        issuer = _issuer_under_title(text, layout)
    if issuer is None:
        issuer = _issuer_from_preamble(opening)
    return clean_line(issuer) if issuer else None
