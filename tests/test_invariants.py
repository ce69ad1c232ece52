"""Invariants of ``parse`` that hold for *any* input string.

Whatever it is given — control characters, lone surrogates, combining marks, right-to-left
text, a soup of markers, the seeds in any presentation or cut at random — ``parse`` returns
a :class:`~fazhi_parse.Report` and never raises, the source is kept as given, and every span
lies inside the source and agrees with the text stored beside it; sections nest (children
inside parents, in order, not overlapping), measures lie in their section's own text, and
nothing is out of document order. Nothing of the body is unaccounted for: preamble, top-level
sections and closing follow one another with only blanks between them, as do sibling
sections, and a section ends where its last child ends. Where ``Report.segments()`` exists,
its pieces must cut the whole source exactly.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from checks import check_report
from hypothesis import example, given, settings
from hypothesis import strategies as st
from paths import SEEDS
from strategies import (
    MARKER_SOUP,
    Presentation,
    any_text,
    dense_soup,
    marker_soup,
    present,
    presentations,
    render,
    reports,
)

from fazhi_parse import parse


def _read(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


# --- any input -------------------------------------------------------------------------------


@given(any_text)
def test_any_text(text: str) -> None:
    report = parse(text)
    assert report.source is text
    check_report(report, text)


@given(marker_soup)
def test_marker_soup(text: str) -> None:
    check_report(parse(text), text)


@settings(max_examples=max(settings().max_examples, 1000))
@given(dense_soup)
@example("2、3（2年")  # a list of numbers before a breakdown once gave an invalid span
def test_dense_soup(text: str) -> None:
    """Markers, digits, brackets and 年 packed together (a crash fuzzing of prose missed)."""
    check_report(parse(text), text)


@given(st.lists(st.sampled_from(MARKER_SOUP), min_size=100, max_size=400).map("".join))
def test_long_marker_soup(text: str) -> None:
    """Long lines take the lost-line-break paths of the outline."""
    check_report(parse(text), text)


@given(reports(), presentations)
def test_generated_reports(report: object, presentation: Presentation) -> None:
    text = render(report, presentation)  # type: ignore[arg-type]
    check_report(parse(text), text)


# --- the seeds, dressed and damaged ----------------------------------------------------------

PRESENTATIONS = {
    "full-width": Presentation(width="full"),
    "half-width": Presentation(width="half"),
    "traditional": Presentation(traditional=True),
    "crlf-indent": Presentation(crlf=True, indent="\u3000\u3000", blank_lines="\n"),
    "lost-breaks": Presentation(lost_breaks=True),
    "lost-breaks-traditional": Presentation(lost_breaks=True, traditional=True, width="full"),
}


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
@pytest.mark.parametrize("name", list(PRESENTATIONS))
def test_seed_presentations(seed: Path, name: str) -> None:
    text = present(_read(seed), PRESENTATIONS[name])
    check_report(parse(text), text)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_seed_as_is(seed: Path) -> None:
    text = _read(seed)
    check_report(parse(text), text)


@st.composite
def damaged_seeds(draw: st.DrawFn) -> str:
    """A seed cut at random, with random pieces spliced in."""
    text = _read(draw(st.sampled_from(SEEDS)))
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, min(len(text), start + 3000)))
    text = text[start:end]
    for _ in range(draw(st.integers(0, 5))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(marker_soup | any_text) + text[at:]
    return text


@given(damaged_seeds())
def test_damaged_seeds(text: str) -> None:
    check_report(parse(text), text)


@given(st.sampled_from(SEEDS), presentations)
def test_seed_random_presentation(seed: Path, presentation: Presentation) -> None:
    text = present(_read(seed), presentation)
    check_report(parse(text), text)


# --- regressions: failures the properties found (/work/notes/props_failures.md) -------------


@pytest.mark.parametrize("end", ["\r\n", "\u200b"])
def test_regression_empty_title_before_deleted_character(end: str) -> None:
    text = "一、学法\n一是学习。二是" + end
    check_report(parse(text), text)
