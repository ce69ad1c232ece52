"""The normalized view: its offset map is monotone, lands on the right characters, stays in range.

For any input: ``to_source`` is strictly increasing over the normalized text and maps its end
to the source's end; every normalized character comes from a source character that normalizes
to it on its own (up to Traditional→Simplified *phrase* conversion, which looks at
neighbours); ``span`` and ``to_text`` stay inside their strings; normalizing twice changes
nothing where the reference converter is itself stable.
"""

from __future__ import annotations

import itertools
import re

from hypothesis import assume, example, given
from hypothesis import strategies as st
from strategies import any_text, is_han, marker_soup, presentations, render, reports, t2s

from fazhi_parse._text.normalize import normalize

inputs = any_text | marker_soup
GLOSS_LIKE = re.compile(r"[(（][a-zü\u00e0-\u01dc]{1,7}[)）]")
"""Something a second pass might take for a pinyin gloss."""


@given(inputs)
@example("現(xiàn)將\r\n一、主要舉措")
@example("\r\r\n\u200b\r\u200b\n")
@example("\ud800a\udfff")
def test_offset_map_is_monotone(source: str) -> None:
    view = normalize(source)
    assert view.source is source
    assert len(view.text) <= len(source)
    positions = [view.to_source(i) for i in range(len(view.text) + 1)]
    assert positions[-1] == len(source)
    assert all(a < b for a, b in itertools.pairwise(positions))
    assert all(0 <= p <= len(source) for p in positions)


@given(inputs)
@example("現(xiàn)將２０２２年（一）")
def test_each_character_comes_from_its_source(source: str) -> None:
    view = normalize(source)
    for i, char in enumerate(view.text):
        origin = source[view.to_source(i)]
        alone = normalize(origin).text
        if alone != char:
            # Traditional→Simplified phrases convert a character by its neighbours
            assert is_han(char), (i, char, origin, alone)
            assert is_han(origin), (i, char, origin, alone)


@given(inputs, st.data())
def test_spans_stay_inside_the_source(source: str, data: st.DataObject) -> None:
    view = normalize(source)
    n = len(view.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    span = view.span(start, end)
    assert 0 <= span.start <= span.end <= len(source)
    if end > start:
        assert span.start == view.to_source(start)
        assert span.end == view.to_source(end - 1) + 1
        # the source behind a range normalizes to at least that range's characters
        assert len(view.source_text(start, end)) >= end - start


@given(inputs)
def test_to_text_inverts_to_source(source: str) -> None:
    view = normalize(source)
    for i in range(len(view.text) + 1):
        assert view.to_text(view.to_source(i)) == i
    for j in range(len(source) + 1):
        assert 0 <= view.to_text(j) <= len(view.text)


@given(inputs)
def test_lines_cover_the_text(source: str) -> None:
    view = normalize(source)
    lines = list(view.lines())
    assert "\n".join(view.text[a:b] for a, b in lines) == view.text
    assert all("\n" not in view.text[a:b] for a, b in lines)


@given(inputs)
def test_idempotent(source: str) -> None:
    """Normalizing the normalized text changes nothing, where that can hold.

    Two exceptions are real: a pinyin gloss that reaches its Han character only once
    something between is removed (a first gloss ``現(xiàn)（xiàn）``, a zero-width character
    ``一\u200b（xiàn）``) goes only on the second pass, and OpenCC's t2s is not itself
    idempotent for a few characters (``薴`` → ``苧`` → ``苎``).
    """
    view = normalize(source)
    assume(not GLOSS_LIKE.search(view.text))
    assume(t2s(view.text) == view.text)
    assert normalize(view.text).text == view.text


@given(reports(), presentations)
def test_presentations_normalize_alike(report: object, presentation: object) -> None:
    """Width, CRLF and script do not change what the parser reads, apart from spacing."""
    plain = normalize(render(report)).text  # type: ignore[arg-type]
    dressed = normalize(render(report, presentation)).text  # type: ignore[arg-type]
    squash = str.maketrans("", "", " \n")
    assert dressed.translate(squash) == plain.translate(squash)


def test_offsets_survive_crlf_and_glosses() -> None:
    source = "現(xiàn)將\r\n一、主要舉措"
    view = normalize(source)
    assert view.text == "现将\n一、主要举措"
    assert source[view.to_source(view.text.index("一"))] == "一"
    assert view.source_text(0, 2) == "現(xiàn)將"
