"""Traditional→Simplified: equal to OpenCC's ``t2s`` and never changing the length.

OpenCC (opencc-python-reimplemented) is the reference. Inputs: generated reports converted
with OpenCC ``s2t``, runs of characters and phrases taken from OpenCC's own dictionaries, and
arbitrary text.
"""

from __future__ import annotations

import functools
import importlib.resources

from hypothesis import example, given
from hypothesis import strategies as st
from strategies import (
    CITED_TITLES,
    HAZARD_SENTENCES,
    SUBJECTS,
    TOP_TITLES,
    any_text,
    phrase_pool,
    predicate_pool,
    render,
    reports,
    result_pool,
    s2t,
    t2s,
    tail_pool,
)

from fazhi_parse._text.t2s import has_traditional, to_simplified


@functools.cache
def _dictionary_keys(name: str) -> tuple[str, ...]:
    path = importlib.resources.files("opencc").joinpath("dictionary").joinpath(name)
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(sorted({line.split("\t")[0] for line in lines if "\t" in line}))


traditional_chars = st.sampled_from(_dictionary_keys("TSCharacters.txt"))
traditional_phrases = st.sampled_from(_dictionary_keys("TSPhrases.txt"))
traditional_text = st.lists(
    traditional_chars | traditional_phrases | st.sampled_from("，。、（）一二是\n 0123456789")
).map("".join)


def _check(text: str) -> None:
    simplified = to_simplified(text)
    assert simplified == t2s(text)
    assert len(simplified) == len(text)
    if simplified != text:
        assert has_traditional(text)


@given(reports())
def test_generated_reports_in_traditional(report: object) -> None:
    _check(s2t(render(report)))  # type: ignore[arg-type]


@given(traditional_text)
@example("現將2023年度法治政府建設情況報告如下")
@example("乾隆皇帝")
def test_dictionary_text(text: str) -> None:
    _check(text)


@given(any_text)
def test_any_text(text: str) -> None:
    _check(text)


@given(st.text(st.characters(min_codepoint=0x3400, max_codepoint=0x9FFF)))
def test_cjk_text(text: str) -> None:
    _check(text)


def test_generator_vocabulary_round_trips() -> None:
    """The round-trip properties assume s2t then t2s gives back the generated Simplified text."""
    words = [
        *phrase_pool(),
        *predicate_pool(),
        *result_pool(),
        *tail_pool(),
        *SUBJECTS,
        *TOP_TITLES,
        *CITED_TITLES,
        *HAZARD_SENTENCES,
    ]
    text = "\n".join(words)
    back = to_simplified(s2t(text)).split("\n")
    assert [w for w, b in zip(words, back, strict=True) if w != b] == []
