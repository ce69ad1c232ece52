"""Documents a report cites: 《标题》 with the document number (文号) that may follow it.

::

    reference = "《" title "》" ( "("? number ")"? )?
    number    = issuer-abbreviation ("〔" | "[" | "(" | "【") year ("〕" | "]" | ")" | "】") n "号"

Titles may nest 〈〉 (《井研县组织学习〈习近平法治思想学习纲要〉责任分工方案》). Every citation is
kept, in document order (a title cited twice appears twice).
"""

from __future__ import annotations

import re
from functools import cache

from .._text.clean import clean_line
from .._text.normalize import NormalizedText
from ..model import Reference

__all__ = ["find_references"]


@cache
def _reference() -> re.Pattern[str]:
    """A cited title and the document number after it (compiled on first use: its CJK ranges
    take about 1 ms to compile)."""
    return re.compile(
        r"《(?P<title>[^《》\n]{1,120})》"
        r"(?:\s*\(?\s*(?P<number>[\u4e00-\u9fff]{1,12}\s*[〔\[(【]\s*(?:19|20)\d{2}\s*[〕\])】]"
        r"\s*第?\s*\d{1,4}\s*号))?"
    )


def find_references(
    view: NormalizedText, start: int = 0, end: int | None = None
) -> tuple[Reference, ...]:
    """The documents cited in ``view.text[start:end]``.

    >>> from fazhi_parse._text.normalize import normalize
    >>> text = "根据《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）"
    >>> refs = find_references(normalize(text))
    >>> refs[0].title, refs[0].number
    ('法治政府建设与责任落实督察工作规定', '厅字〔2019〕28号')
    """
    text = view.text
    end = len(text) if end is None else end
    found = []
    for m in _reference().finditer(text, start, end):
        number = m["number"]
        stop = m.end("number") if number else m.end("title") + 1
        found.append(
            Reference(
                title=clean_line(m["title"]),
                number=None if number is None else re.sub(r"\s+", "", number),
                span=view.span(m.start(), stop),
                title_span=view.span(m.start("title"), m.end("title")),
            )
        )
    return tuple(found)
