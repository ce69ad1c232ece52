"""A metric's context: its subject (the words before it in its clause) and the canonical
indicator that clause measures (:mod:`fazhi_parse._metrics.indicators`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Final

from ..model import Metric, MetricKind
from .candidates import alternation
from .clauses import (
    AFTER_UNIT_REACH,
    AFTER_UNIT_STOPS,
    CLAUSE_MARKS,
    SENTENCE_MARKS,
    SENTENCE_REACH,
    SUBJECT_LEAD,
    SUBJECT_REACH,
    SUBJECT_TAIL,
)
from .hedges import Extent
from .indicators import INDICATORS, Indicator

__all__ = ["Context", "indicator_for", "subject_and_indicator"]

_AFTER_RE: Final = re.compile(f"[^{re.escape(AFTER_UNIT_STOPS)}]{{0,{AFTER_UNIT_REACH}}}")
_LEAD_RE: Final = re.compile(f"(?:{'|'.join(map(re.escape, SUBJECT_LEAD))}){{0,3}}")
"""Up to three connectives at the start of a subject, each time the first of the list."""
_CLAUSE_MARK_RE: Final = re.compile(f"(?s:.*)[{re.escape(CLAUSE_MARKS)}]")
_SENTENCE_MARK_RE: Final = re.compile(f"(?s:.*)[{re.escape(SENTENCE_MARKS)}]")
"""Text up to the last mark (greedy): where a clause or sentence starts, found backwards."""


_Words = re.Pattern[str] | None
_Tables = tuple[
    re.Pattern[str],
    dict[str, tuple[int, ...]],
    tuple[Indicator, ...],
    tuple[tuple[_Words, _Words], ...],
]
_TABLES: _Tables | None = None


@cache
def _words(words: tuple[str, ...]) -> _Words:
    """One pattern for any of ``words`` (a search instead of an ``in`` test per word)."""
    return re.compile(alternation(list(words))) if words else None


def _indicator_tables() -> _Tables:
    """Compile the indicator table on first use: one regex of all terms, term → its rows (in
    row order), and each row's topic and ``unless`` words."""
    global _TABLES
    rows = INDICATORS
    by_term: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        for term in row.terms:
            by_term.setdefault(term, []).append(i)
    pattern = re.compile(alternation(list(by_term)))
    words = tuple((_words(row.topic), _words(row.unless)) for row in rows)
    _TABLES = (pattern, {t: tuple(ix) for t, ix in by_term.items()}, rows, words)
    return _TABLES


def indicator_for(clause: str, sentence: str, kind: MetricKind) -> str | None:
    """The canonical indicator a metric measures, from its clause and sentence, or None.

    ``clause`` is the metric's own words (before the number and just after the unit);
    ``sentence`` is the text from the start of its sentence to the number.
    """
    return _indicator(clause, sentence, 0, len(sentence), kind)


def _indicator(clause: str, text: str, lo: int, pos: int, kind: MetricKind) -> str | None:
    """:func:`indicator_for` with the sentence (ending at ``pos``) cut from ``text`` only when
    a row needs it."""
    pattern, by_term, rows, words = _TABLES or _indicator_tables()
    found = pattern.findall(clause)
    if not found:
        return None
    hits = by_term[found[0]] if len(found) == 1 else sorted({i for t in found for i in by_term[t]})
    context: str | None = None
    for i in hits:
        row = rows[i]
        topic, unless = words[i]
        if kind not in row.kinds or (unless is not None and unless.search(clause)):
            continue
        if topic is None or topic.search(clause):
            return row.name
        if context is None:
            context = text[_clause_start(text, lo, pos, SENTENCE_REACH, _SENTENCE_MARK_RE) : pos]
        if topic.search(context):
            return row.name
    return None


def _trim_subject(subject: str) -> str | None:
    """The clause words before a number without connectives (其中, 共计, 为 …)."""
    subject = subject.strip()
    lead = _LEAD_RE.match(subject) if subject.startswith(SUBJECT_LEAD) else None
    if lead is not None:
        subject = subject[lead.end() :]
    for _ in range(3):
        if not subject.endswith(SUBJECT_TAIL):
            break
        for word in SUBJECT_TAIL:
            if subject.endswith(word):
                subject = subject[: -len(word)]
                break
    return subject or None


def _clause_start(text: str, lo: int, pos: int, window: int, marks: re.Pattern[str]) -> int:
    """Just after the last mark before ``pos`` (at most ``window`` back, never before ``lo``)."""
    a = pos - window if pos - window > lo else lo
    mark = marks.match(text, a, pos)
    return a if mark is None else mark.end()


@dataclass(slots=True)
class Context:
    """What the previous metric of a text range leaves for the next one: its indicator
    (42场次11000人次) and, when it may open a range of numbers (10%-20%), its value."""

    end: int
    indicator: str | None = None
    start: int = 0
    """Where the previous metric starts (its qualifier or number)."""
    opens: Metric | None = None
    """The previous metric when a single number ends it, so that a range may join it."""


def subject_and_indicator(
    text: str, lo: int, hi: int, e: Extent, kind: MetricKind, previous: Context
) -> tuple[str | None, str | None]:
    """The words before the number in its clause (not reaching back past the previous
    metric) and the indicator of that clause with the few words after the unit; a metric
    right after another with no indicator of its own shares the previous one's."""
    clause_start = _clause_start(text, lo, e.start, SUBJECT_REACH, _CLAUSE_MARK_RE)
    if clause_start < previous.end:
        clause_start = previous.end
    subject = _trim_subject(text[clause_start : e.start])
    after = _AFTER_RE.match(text, e.end, hi)
    clause = (subject or "") + (after.group() if after is not None else "")
    indicator = _indicator(clause, text, lo, e.start, kind)
    if indicator is None and clause_start == previous.end > lo:
        indicator = previous.indicator  # 42场次11000人次: back to back, the same activity
    return subject, indicator
