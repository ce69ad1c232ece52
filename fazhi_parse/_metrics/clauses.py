"""Tables for reading a metric's clause: where it begins and ends, and the connectives that
are not part of its subject.

Data only; :mod:`fazhi_parse._metrics.context` compiles these. Written in the normalized
view's forms (half-width punctuation, Simplified).
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "AFTER_UNIT_REACH",
    "AFTER_UNIT_STOPS",
    "CLAUSE_MARKS",
    "SENTENCE_MARKS",
    "SENTENCE_REACH",
    "SUBJECT_LEAD",
    "SUBJECT_REACH",
    "SUBJECT_TAIL",
]

CLAUSE_MARKS: Final = ",。;:!?、()\n“”《》[]【】"
"""Marks that end a clause: a metric's subject starts after the last one before it."""

SUBJECT_REACH: Final = 40
"""How far back (characters) a subject is looked for when no mark comes first."""

SENTENCE_MARKS: Final = "。;!?\n"
"""Marks that end a sentence: an indicator's topic word may stand anywhere in the sentence."""

SENTENCE_REACH: Final = 160
"""How far back (characters) a sentence is read for an indicator's topic word."""

AFTER_UNIT_STOPS: Final = ",。;:!?、()\n0123456789“”《》"
"""What ends the words read after a unit for the indicator (出具…意见850余份 → 份)."""

AFTER_UNIT_REACH: Final = 14
"""How many characters after the unit are read for the indicator at most."""

SUBJECT_LEAD: Final = ("其中", "并且", "以及", "同时", "全年", "并", "且", "和", "及")
"""Connectives trimmed from the start of a subject (其中综窗 → 综窗)."""

SUBJECT_TAIL: Final = (
    "分别",
    "共计",
    "合计",
    "累计",
    "总计",
    "共有",
    "达到",
    "共",
    "计",
    "为",
    "是",
    "有",
    "了",
    "的",
    "均",
    "已",
    "达",
)
"""Verbs and particles trimmed from the end of a subject (办事窗口数共计 → 办事窗口数)."""
