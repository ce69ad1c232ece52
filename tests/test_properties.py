"""Round trip: a generated report → text in some presentation → ``parse`` → the same tree.

The generator (``tests/strategies.py``) knows the tree it rendered; the parse must give it
back whatever the presentation: the same nesting, schemes and ordinals, titles, and the same
measure chains under the same sections. Where a presentation makes something *legitimately*
ambiguous the property says so and checks only what stays recoverable:

- with lost line breaks a heading that stood on its own line runs into the text after it,
  so its title must start with the generated one or stop at one of its clauses (``，``), and
  a chain glued to such a heading (``（一）加强学习一是…``) need not be found;
- a measure's title may or may not take in the clause after its first comma (the parser
  decides by length), so it must start with the item's lead phrase and stay inside the
  item's first sentence.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence

import attrs
import pytest
from checks import check_report
from hypothesis import assume, example, given
from hypothesis import strategies as st
from strategies import (
    GenChain,
    GenMeasure,
    GenReport,
    GenSection,
    Presentation,
    fold_width,
    glued,
    presentations,
    render,
    reports,
)

from fazhi_parse import Measure, Report, Section, parse

MEASURE_PREFIX = 4
"""Measure titles are shown by their first characters in failure diffs (the tail varies)."""
MIN_RUNON_REPORT = 400
"""A report with no line breaks shorter than this is a paragraph, not a report."""


def _outline(sections: Sequence[GenSection] | Sequence[Section]) -> list[object]:
    """Nesting, schemes and ordinals only, as nested lists."""
    return [(s.scheme, s.ordinal, _outline(s.children)) for s in sections]


def describe_generated(sections: Sequence[GenSection], depth: int = 0) -> list[str]:
    """The generated tree, one line per section or measure (for failure messages)."""
    lines = []
    for s in sections:
        lines.append(f"{'  ' * depth}{s.scheme} {s.ordinal} {fold_width(s.title)}")
        for scheme, m in _expected_items(s):
            lead = fold_width(m.lead)[:MEASURE_PREFIX]
            lines.append(f"{'  ' * depth}  - {scheme} {m.ordinal} {lead}")
        lines.extend(describe_generated(s.children, depth + 1))
    return lines


def describe_parsed(sections: Sequence[Section], depth: int = 0) -> list[str]:
    """The parsed tree in the same form as :func:`describe_generated`."""
    lines = []
    for s in sections:
        lines.append(f"{'  ' * depth}{s.scheme} {s.ordinal} {s.title_key}")
        for m in s.measures:
            lines.append(f"{'  ' * depth}  - {m.scheme} {m.ordinal} {m.title_key[:MEASURE_PREFIX]}")
        lines.extend(describe_parsed(s.children, depth + 1))
    return lines


def _expected_items(section: GenSection) -> list[tuple[str, GenMeasure]]:
    return [(chain.scheme, m) for chain in section.chains for m in chain.measures]


def _check_measures(
    got: Sequence[Measure], want: Sequence[tuple[str, GenMeasure]], where: str
) -> None:
    assert [(m.scheme, m.ordinal) for m in got] == [(s, m.ordinal) for s, m in want], where
    for g, (_, w) in zip(got, want, strict=True):
        lead = fold_width(w.lead)
        sentence = fold_width(w.lead + (f"，{w.tail}" if w.tail else ""))
        assert g.title_key.startswith(lead), (where, g.title, lead)
        assert sentence.startswith(g.title_key), (where, g.title, sentence)
        assert not g.repaired, where


def _check_sections(
    got: Sequence[Section], want: Sequence[GenSection], p: Presentation, path: str
) -> None:
    for g, w in zip(got, want, strict=True):
        where = f"{path}/{w.ordinal}"
        assert not g.implicit, where
        assert g.title_key is not None, where
        title, got = fold_width(w.title), g.title_key  # compared as the normalized view reads
        if p.lost_breaks and not w.inline:
            # the title runs on into the text after it, or stops at one of its own clauses
            clause = title.startswith(got) and title[len(got) : len(got) + 1] == ","
            assert got.startswith(title) or clause, (where, got, title)
        else:
            assert got == title, (where, got, title)
        items = _expected_items(w)
        if p.lost_breaks and glued(w):
            # the first chain may be lost in the title; the second must still be found
            first = len(w.chain.measures) if w.chain else 0
            if len(g.measures) < len(items):
                items = items[first:]
        _check_measures(g.measures, items, where)
        _check_sections(g.children, w.children, p, where)


def check_round_trip(report: GenReport, presentation: Presentation) -> Report:
    """Render, parse, and compare; a failure shows both trees as a diff."""
    text = render(report, presentation)
    parsed = parse(text)
    check_report(parsed, text)
    try:
        assert _outline(parsed.sections) == _outline(report.sections), "outline differs"
        _check_sections(parsed.sections, report.sections, presentation, "")
    except AssertionError as exc:
        diff = difflib.unified_diff(
            describe_generated(report.sections),
            describe_parsed(parsed.sections),
            "generated",
            "parsed",
            lineterm="",
        )
        shown = text if len(text) <= 3000 else text[:3000] + "…"
        message = f"{exc}\n{presentation}\ntext={shown!r}\n" + "\n".join(diff)
        raise AssertionError(message) from None
    return parsed


def assume_realistic(report: GenReport, presentation: Presentation) -> None:
    """Without line breaks, only a report of some length is told from a single paragraph."""
    if presentation.lost_breaks or presentation.spaced_breaks:
        assume(len(render(report, presentation)) >= MIN_RUNON_REPORT)


@given(presentations.flatmap(lambda p: st.tuples(reports(circled=not p.lost_breaks), st.just(p))))
def test_round_trip(case: tuple[GenReport, Presentation]) -> None:
    report, presentation = case
    assume_realistic(report, presentation)
    check_round_trip(report, presentation)


@given(reports(hazards=False))
def test_round_trip_plain(report: GenReport) -> None:
    """The canonical presentation, without marker-like prose: the easiest case must hold."""
    check_round_trip(report, Presentation())


@given(reports(), st.sampled_from(("native", "half", "full")), st.booleans())
def test_round_trip_line_breaks_as_spaces(report: GenReport, width: str, traditional: bool) -> None:
    """Every line break turned into a space gives the same tree, titles and chains as the
    lines did: the spaces stand where the breaks were."""
    presentation = Presentation(width=width, traditional=traditional, spaced_breaks=True)  # type: ignore[arg-type]
    assume_realistic(report, presentation)
    check_round_trip(report, presentation)


@given(reports(circled=False), st.sampled_from(("native", "half", "full")), st.booleans())
def test_round_trip_lost_line_breaks(report: GenReport, width: str, traditional: bool) -> None:
    presentation = Presentation(width=width, traditional=traditional, lost_breaks=True)  # type: ignore[arg-type]
    assume_realistic(report, presentation)
    check_round_trip(report, presentation)


def _spans(report: Report) -> list[tuple[object, ...]]:
    return [
        (type(node).__name__, node.span, node.title_span, node.ordinal) for node in report.walk()
    ]


@given(
    reports(),
    st.sampled_from(("native", "half", "full")),
    st.booleans(),
)
def test_dress_of_same_length_keeps_every_span(
    report: GenReport, width: str, traditional: bool
) -> None:
    """Width and script change characters one for one, so every span must stay put."""
    plain = render(report)
    dressed = render(report, Presentation(width=width, traditional=traditional))  # type: ignore[arg-type]
    assume(len(dressed) == len(plain))
    assert _spans(parse(dressed)) == _spans(parse(plain))


@example(Presentation(traditional=True, crlf=True, indent="\u3000\u3000", blank_lines="\n"))
@given(presentations)
def test_round_trip_presentations_of_a_fixed_report(presentation: Presentation) -> None:
    """One hand-written tree in every presentation (a quick check that shrinks well)."""
    sentence = "区司法局高度重视行政复议，全年共办理行政复议案件125件。"
    chain = GenChain(
        scheme="cn-shi",
        measures=(
            GenMeasure(ordinal=1, lead="加强法治宣传教育"),
            GenMeasure(ordinal=2, lead="深入推进行政执法", tail="覆盖12个部门"),
        ),
    )
    leaf = GenSection(
        scheme="arabic-dot", ordinal=1, title="规范行政执法", inline=True, intro=(sentence,)
    )
    report = GenReport(
        title="某某市人民政府关于2022年度法治政府建设情况的报告",
        preamble=("2022年，我市扎实推进法治政府建设。" * 8, "现将有关情况报告如下："),
        sections=(
            GenSection(
                scheme="cn-dun",
                ordinal=1,
                title="主要举措和成效",
                inline=False,
                children=(
                    GenSection(
                        scheme="cn-paren",
                        ordinal=1,
                        title="强化法治宣传",
                        inline=True,
                        intro=(sentence,),
                        chain=chain,
                    ),
                    GenSection(
                        scheme="cn-paren",
                        ordinal=2,
                        title="健全执法体制",
                        inline=False,
                        intro=(sentence,),
                        children=(leaf, attrs.evolve(leaf, ordinal=2)),
                    ),
                ),
            ),
            GenSection(
                scheme="cn-dun",
                ordinal=2,
                title="存在的不足和原因",
                inline=False,
                intro=(sentence,),
                chain=chain,
            ),
        ),
    )
    assume_realistic(report, presentation)
    check_round_trip(report, presentation)


# --- regressions: failures the properties found (/work/notes/props_failures.md) -------------

_PREAMBLE = ("2022年，我市扎实推进法治政府建设。" * 14, "现将有关情况报告如下：")
_CHAIN = GenChain(
    scheme="cn-shi",
    measures=(
        GenMeasure(ordinal=1, lead="加强法治宣传教育"),
        GenMeasure(ordinal=2, lead="规范行政执法"),
    ),
    semicolons=True,
)


def _two_parts(first: GenSection) -> GenReport:
    second = GenSection(
        scheme="cn-dun",
        ordinal=2,
        title="存在的不足和原因",
        inline=False,
        intro=("区委高度重视。",),
    )
    return GenReport(title=None, preamble=_PREAMBLE, sections=(first, second))


def test_regression_lost_breaks_tongyi() -> None:
    child = GenSection(
        scheme="cn-paren",
        ordinal=1,
        title="加强法治宣传教育",
        inline=True,
        intro=("进一步完善统一、规范、高效的行政执法体系。",),
    )
    first = GenSection(
        scheme="cn-dun",
        ordinal=1,
        title="主要举措和成效",
        inline=False,
        children=(child, attrs.evolve(child, ordinal=2, title="规范行政执法")),
    )
    check_round_trip(_two_parts(first), Presentation(lost_breaks=True))


@pytest.mark.parametrize("intro", [(), ("区委高度重视法治建设。",)])
def test_regression_lost_breaks_colon_chain(intro: tuple[str, ...]) -> None:
    first = GenSection(
        scheme="cn-dun",
        ordinal=1,
        title="主要举措和成效",
        inline=False,
        title_end="" if intro else "：",
        intro=intro,
        chain=attrs.evolve(_CHAIN, colon=True),
    )
    check_round_trip(_two_parts(first), Presentation(lost_breaks=True))


def test_regression_marker_alone_before_blank_line_of_spaces() -> None:
    first = GenSection(
        scheme="cn-dun", ordinal=1, title="主要举措和成效", inline=False, chain=_CHAIN
    )
    check_round_trip(
        _two_parts(first), Presentation(marker_alone=True, blank_lines="\u3000\u3000\n")
    )
