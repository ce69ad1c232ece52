"""Traditional→Simplified conversion, equal in output to opencc-python-reimplemented's ``t2s``.

opencc-python-reimplemented walks a string tree in Python (~10 ms for a 5,000-character
report). This module reads the *same* dictionary files (``TSPhrases.txt`` then
``TSCharacters.txt``, first candidate of each entry) and applies them with C-speed
primitives: one regex for the 277 phrases (maximum forward matching, longest first) and
``str.translate`` for single characters. Every entry maps to a value of the same length,
so conversion never moves an offset — which is what lets the normalized view share
offsets with the source.

Most input is already Simplified, so the common case is one scan for a *trigger*: a
character that conversion can change (one by one or inside a phrase). Text without one
is returned as it is. The scans use stdlib ``re`` character classes of Basic Multilingual
Plane characters only (``re`` turns such a class into a bitmap; one astral member would
make it a linear list); the few astral entries are checked only when the text has astral
characters.

>>> to_simplified("現將2023年度法治政府建設情況報告如下")
'现将2023年度法治政府建设情况报告如下'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Final

__all__ = ["has_traditional", "simplify", "to_simplified", "traditional_count"]

_PACKAGE: Final = "opencc"
_PHRASES: Final = "TSPhrases.txt"
_CHARACTERS: Final = "TSCharacters.txt"

SPARSE: Final = 16
"""With fewer than one changing character per this many, convert piece by piece."""


def _read_dictionary(name: str) -> dict[str, str]:
    import importlib.resources  # with the tables, on first use (~7 ms at import otherwise)

    path = importlib.resources.files(_PACKAGE).joinpath("dictionary").joinpath(name)
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, _, values = line.strip().partition("\t")
        if key and values:
            table[key] = values.split(" ")[0]
    return table


def _trie_regex(words: list[str]) -> str:
    """A regex that matches any of ``words``, longest first, factored as a trie."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        optional = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if optional else body

    return emit(trie)


def _char_class(chars: set[str]) -> str:
    """A regex class for ``chars``, written as ranges (thousands of characters compile fast)."""
    codes = sorted(map(ord, chars))
    parts: list[str] = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        first, last = re.escape(chr(codes[i])), re.escape(chr(codes[j]))
        parts.append(first if i == j else f"{first}-{last}")
        i = j + 1
    return "[" + "".join(parts) + "]"


def _is_astral(c: str) -> bool:
    return c > "\uffff"


def _has_astral(text: str) -> bool:
    """Whether ``text`` has a character beyond U+FFFF (encoding is faster than a scan)."""
    return len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


class _Tables:
    """The compiled dictionaries; built once, on first use."""

    __slots__ = (
        "astral",
        "changing_re",
        "char_table",
        "diff_phrase_re",
        "longest",
        "phrase_re",
        "phrase_trigger_re",
        "phrases",
        "trigger_re",
        "triggers",
    )

    def __init__(self) -> None:
        chars = _read_dictionary(_CHARACTERS)
        # same-length entries only, so that conversion never moves an offset
        phrases = _read_dictionary(_PHRASES)
        self.phrases = {k: v for k, v in phrases.items() if len(k) == len(v)}
        self.char_table = {ord(k): v for k, v in chars.items() if len(k) == 1 and k != v}
        trie = _trie_regex(list(self.phrases))
        self.phrase_re = re.compile(trie)
        changing = {chr(c) for c in self.char_table}
        # a phrase changes text only where its value differs from its key
        triggers = changing.union(
            k
            for key, value in self.phrases.items()
            for k, v in zip(key, value, strict=True)
            if k != v
        )
        self.triggers = frozenset(triggers)
        self.astral = frozenset(c for c in changing if _is_astral(c))
        self.changing_re = re.compile(_char_class({c for c in changing if not _is_astral(c)}))
        self.trigger_re = re.compile(_char_class({c for c in triggers if not _is_astral(c)}))
        # text with no changing character changes only inside a phrase whose value differs
        # from its key, around a trigger that is not a changing character (覆 of 反覆→反复)
        self.phrase_trigger_re = re.compile(_char_class(set(triggers - changing)))
        self.diff_phrase_re = re.compile(
            _trie_regex([k for k, v in self.phrases.items() if k != v])
        )
        self.longest = max(map(len, self.phrases))


@functools.lru_cache(maxsize=1)
def _tables() -> _Tables:
    return _Tables()


@functools.lru_cache(maxsize=1)
def _bmp_list() -> list[int | str]:
    """The character table as a list indexed by code point, up to the last BMP key.

    ``str.translate`` looks a list up about twice as fast as a dict: every character the
    dict lacks costs a KeyError inside ``translate``. Code points past the list's end raise
    IndexError and stay as they are, so the list serves any text without astral characters.
    """
    table = _tables().char_table
    size = max(k for k in table if k <= 0xFFFF) + 1
    out: list[int | str] = list(range(size))
    for k, v in table.items():
        if k < size:
            out[k] = v
    return out


def has_traditional(text: str) -> bool:
    """Whether ``text`` has a character that conversion changes or a phrase it knows."""
    tables = _tables()
    return (
        tables.changing_re.search(text) is not None
        or (_has_astral(text) and not tables.astral.isdisjoint(text))
        or tables.phrase_re.search(text) is not None
    )


def traditional_count(text: str) -> int:
    """How many characters of ``text`` conversion changes one by one (phrases aside)."""
    tables = _tables()
    count = len(tables.changing_re.findall(text))
    if _has_astral(text):
        count += sum(text.count(c) for c in tables.astral.intersection(text))
    return count


def to_simplified(text: str) -> str:
    """Convert ``text`` to Simplified script; the result has the same length as ``text``."""
    return simplify(text)[0]


def simplify(text: str) -> tuple[str, int]:
    """``text`` in Simplified script and :func:`traditional_count` of ``text``.

    Returns ``text`` itself when nothing in it can change.
    """
    tables = _tables()
    astral = _has_astral(text)
    if astral:
        if tables.triggers.isdisjoint(text):
            return text, 0
    elif tables.trigger_re.search(text) is None:
        return text, 0
    count = traditional_count(text)
    if not count and not astral and not _phrase_may_change(text, tables):
        return text, 0
    phrases, table = tables.phrases, tables.char_table
    pieces: list[str] = []
    done = 0
    if not astral and count * SPARSE < len(text):
        # few changes: copy the text between them
        edits = [(m.start(), m.end(), phrases[m.group()]) for m in tables.phrase_re.finditer(text)]
        if count:
            edits = _with_characters(text, edits, tables)
        for start, end, value in edits:
            pieces.append(text[done:start])
            pieces.append(value)
            done = end
        pieces.append(text[done:])
    else:
        full: Mapping[int, str] | list[int | str] = table if astral else _bmp_list()
        for m in tables.phrase_re.finditer(text):
            pieces.append(text[done : m.start()].translate(full))
            pieces.append(phrases[m.group()])
            done = m.end()
        pieces.append(text[done:].translate(full))
    return "".join(pieces), count


def _phrase_may_change(text: str, tables: _Tables) -> bool:
    """Whether a phrase that changes text may match in ``text``, which has no changing
    character: only near a phrase-only trigger (覆 in 覆盖 is common Simplified)."""
    width = tables.longest
    for m in tables.phrase_trigger_re.finditer(text):
        pos = m.start()
        if tables.diff_phrase_re.search(text, max(0, pos - width + 1), pos + width):
            return True
    return False


def _with_characters(
    text: str, phrases: list[tuple[int, int, str]], tables: _Tables
) -> list[tuple[int, int, str]]:
    """``phrases`` (ordered edits) merged with the single characters outside them."""
    table = tables.char_table
    edits: list[tuple[int, int, str]] = []
    k = 0
    for m in tables.changing_re.finditer(text):
        pos = m.start()
        while k < len(phrases) and phrases[k][1] <= pos:
            edits.append(phrases[k])
            k += 1
        if k < len(phrases) and phrases[k][0] <= pos:
            continue  # inside a phrase
        edits.append((pos, pos + 1, table[ord(m.group())]))
    edits.extend(phrases[k:])
    return edits
