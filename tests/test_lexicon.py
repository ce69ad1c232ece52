"""The lexicon extension point: new wordings of the statutory parts, passed explicitly."""

from __future__ import annotations

import pickle
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fazhi_parse import DEFAULT_LEXICON, Lexicon, SectionKind, parse

TEXT = "2022年,本局推进依法行政。\n一、主要工作\n正文。\n二、履职尽责情况\n正文。\n三、下一步打算\n正文。\n"


def test_default_lexicon_reads_the_usual_wordings() -> None:
    kinds = [s.kind for s in parse(TEXT).sections]
    assert kinds[0] is SectionKind.ACHIEVEMENTS
    assert kinds[2] is SectionKind.PLANS


def test_added_cue_changes_the_kind_and_the_parts() -> None:
    lexicon = DEFAULT_LEXICON.with_cues((SectionKind.DUTY, 3, r"履职尽责"))
    report = parse(TEXT, lexicon=lexicon)
    assert [s.kind for s in report.sections] == [
        SectionKind.ACHIEVEMENTS,
        SectionKind.DUTY,
        SectionKind.PLANS,
    ]
    duty = next(p for p in report.parts if p.kind is SectionKind.DUTY)
    assert duty.standalone
    assert DEFAULT_LEXICON.heading_cues[0] != lexicon.heading_cues[0]  # the default is untouched


def test_bad_cues_fail_when_added_not_while_parsing() -> None:
    with pytest.raises(TypeError, match="cue"):
        DEFAULT_LEXICON.with_cues(("duty", 3, "x"))  # type: ignore[arg-type]
    with pytest.raises(re.error):
        DEFAULT_LEXICON.with_cues((SectionKind.DUTY, 3, "(履职"))
    with pytest.raises(TypeError, match="Lexicon"):
        parse(TEXT, lexicon={})  # type: ignore[arg-type]


def test_lexicon_pickles_for_worker_processes() -> None:
    lexicon = DEFAULT_LEXICON.with_cues((SectionKind.DUTY, 3, r"履职尽责"))
    assert pickle.loads(pickle.dumps(lexicon)) == lexicon
    assert isinstance(lexicon, Lexicon)


@pytest.mark.parametrize("cue", [r"(履职)尽责", r"(?i)履职尽责", r"(?P<w>履职)尽责(?P=w)?"])
def test_cues_that_cannot_be_joined_are_still_read(cue: str) -> None:
    lexicon = DEFAULT_LEXICON.with_cues((SectionKind.DUTY, 3, cue))
    assert lexicon.compiled.any_cue is None  # read cue by cue, not by the joined quick test
    assert parse(TEXT, lexicon=lexicon).sections[1].kind is SectionKind.DUTY


def test_joined_cues_match_wherever_one_cue_does() -> None:
    joined = DEFAULT_LEXICON.compiled.any_cue
    assert joined is not None
    for title in ("主要工作情况", "存在的问题及下一步打算", "不足", "坚持党的领导"):
        one = any(rx.search(title) for _, _, rx in DEFAULT_LEXICON.compiled.cues)
        assert (joined.search(title) is not None) is one


_CUE_PIECES = sorted(
    {w for _, _, p in DEFAULT_LEXICON.heading_cues for w in re.findall(r"[\u4e00-\u9fff]+", p)}
)


@given(
    st.lists(
        st.sampled_from([*_CUE_PIECES, "松岭县", "加强", "2023年", ",", "(一)", " "]), max_size=5
    ).map("".join)
)
def test_the_joined_quick_test_never_misses_a_cue(title: str) -> None:
    joined = DEFAULT_LEXICON.compiled.any_cue
    assert joined is not None
    one = any(rx.search(title) for _, _, rx in DEFAULT_LEXICON.compiled.cues)
    assert (joined.search(title) is not None) is one
