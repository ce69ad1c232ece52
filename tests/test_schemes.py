"""Numbering schemes: every marker a scheme prints is read back by the scanners.

For each built-in scheme and ordinal, ``scheme.marker(n)`` — also dressed full-width or in a
paragraph — must be found by the :class:`~fazhi_parse.schemes.SchemeSet` scanner of its role,
as the same scheme and ordinal, covering exactly the marker.
"""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import phrases, to_full_width

from fazhi_parse._text.normalize import normalize
from fazhi_parse.schemes import (
    BUILTIN_SCHEMES,
    CIRCLED_DIGITS,
    DEFAULT_SCHEMES,
    SEQUENCE_WORDS,
    Role,
    Scheme,
    SchemeSet,
)

ALL = SchemeSet(BUILTIN_SCHEMES)
LIMITS = {"circled": 20, "sequence-words": 3}
HEADINGS = [s for s in BUILTIN_SCHEMES if s.role in (Role.HEADING, Role.BOTH)]
ITEMS = [s for s in BUILTIN_SCHEMES if s.role in (Role.ITEM, Role.BOTH)]


@st.composite
def scheme_ordinals(draw: st.DrawFn, schemes: list[Scheme]) -> tuple[Scheme, int]:
    scheme = draw(st.sampled_from(schemes))
    return scheme, draw(st.integers(1, LIMITS.get(scheme.name, 99)))


@given(scheme_ordinals(HEADINGS), phrases, st.booleans())
def test_heading_marker_round_trip(case: tuple[Scheme, int], title: str, full: bool) -> None:
    scheme, n = case
    marker = scheme.marker(n)
    source = (to_full_width(marker) if full else marker) + title
    view = normalize(source)
    found = ALL.match_heading(view.text, 0, len(view.text))
    assert found is not None, source
    assert (found.scheme.name, found.ordinal) == (scheme.name, n)
    assert found.start == 0
    assert view.span(found.start, found.end).end == len(source) - len(title)


@given(
    scheme_ordinals(ITEMS), phrases, st.sampled_from(("。", "；", "，", "\n", "”")), st.booleans()
)
def test_item_marker_round_trip(
    case: tuple[Scheme, int], title: str, before: str, full: bool
) -> None:
    scheme, n = case
    marker = scheme.marker(n)
    prefix = "区委高度重视" + before
    source = prefix + (to_full_width(marker) if full else marker) + title + "。"
    view = normalize(source)
    found = list(ALL.find_items(view.text, 0, len(view.text)))
    assert len(found) == 1, (source, found)
    want = None if scheme is SEQUENCE_WORDS and n > 3 else n
    assert (found[0].scheme.name, found[0].ordinal) == (scheme.name, want)
    span = view.span(found[0].start, found[0].end)
    assert (span.start, span.end) == (len(prefix), len(prefix) + len(marker))


@given(st.integers(1, 20))
def test_circled_is_both(n: int) -> None:
    """① opens a section at a line start and a measure inside a paragraph."""
    marker = CIRCLED_DIGITS.marker(n)
    assert DEFAULT_SCHEMES.match_heading(marker + "学法", 0, 3) is not None
    items = list(DEFAULT_SCHEMES.find_items("学法。" + marker + "考试", 0, 6))
    assert [(m.scheme.name, m.ordinal) for m in items] == [("circled", n)]


@pytest.mark.parametrize("scheme", BUILTIN_SCHEMES, ids=lambda s: s.name)
def test_successor(scheme: Scheme) -> None:
    assert scheme.successor(1) == 2


@pytest.mark.parametrize("scheme", BUILTIN_SCHEMES, ids=lambda s: s.name)
def test_scheme_pickles(scheme: Scheme) -> None:
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        again = pickle.loads(pickle.dumps(scheme, protocol))
        assert again == scheme
        assert again.marker(2) == scheme.marker(2)


def test_default_set_leaves_out_sequence_words() -> None:
    assert "sequence-words" not in [s.name for s in DEFAULT_SCHEMES]
    assert list(DEFAULT_SCHEMES.find_items("最后，完善制度。", 0, 8)) == []


@given(st.lists(st.sampled_from([s.name for s in BUILTIN_SCHEMES]), unique=True))
def test_without_and_with_schemes(names: list[str]) -> None:
    smaller = ALL.without(*names)
    assert {s.name for s in smaller} == {s.name for s in BUILTIN_SCHEMES} - set(names)
    again = smaller.with_schemes(*(ALL[name] for name in names))
    assert {s.name for s in again} == {s.name for s in BUILTIN_SCHEMES}


def test_names_must_be_unique() -> None:
    with pytest.raises(ValueError, match="unique"):
        SchemeSet((CIRCLED_DIGITS, CIRCLED_DIGITS))


@given(st.text(max_size=30))
def test_scanners_never_fail(text: str) -> None:
    """Any text: markers found lie inside it, belong to a scheme of the right role, count from 1."""
    found = [
        *((m, (Role.HEADING, Role.BOTH)) for m in ALL.find_headings(text, 0, len(text))),
        *((m, (Role.ITEM, Role.BOTH)) for m in ALL.find_items(text, 0, len(text))),
    ]
    for marker, roles in found:
        assert 0 <= marker.start < marker.end <= len(text)
        assert marker.scheme.role in roles
        assert marker.ordinal is None or marker.ordinal >= 1


def test_a_custom_scheme_is_read_in_the_regex_dialect() -> None:
    """Built-in scanners run on stdlib ``re``; a set with a scheme of the user's keeps
    ``regex`` (``\\p{Han}`` is not ``re`` syntax)."""
    from fazhi_parse.numerals import cn_ordinal
    from fazhi_parse.schemes import RegexScheme

    chapter = RegexScheme(
        name="han-chapter",
        role=Role.HEADING,
        rank=0,
        pattern=r"第(?P<num>\p{Han})章",
        read=cn_ordinal,
        write=lambda n: f"第{n}章",
    )
    found = DEFAULT_SCHEMES.with_schemes(chapter).match_heading("第三章 总则", 0, 6)
    assert found is not None
    assert (found.scheme.name, found.ordinal, found.end) == ("han-chapter", 3, 3)
    assert DEFAULT_SCHEMES.match_heading("(三)总则", 0, 5) is not None
