"""to_records / to_pandas: one row per node, the same columns on every row, spans that hold."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from paths import SEEDS

from fazhi_parse import parse
from fazhi_parse.export.records import COLUMNS, IMPLICIT, TABLES, report_id, to_pandas, to_records
from fazhi_parse.model import Measure, Part, Report, Section, SectionKind, Span

TEXT = (
    "总体情况。\n一、主要举措\n（一）学法。一是学习。二是考试。\n（二）用法\n二、存在的问题\n不足。"
)


@pytest.fixture(scope="module", params=SEEDS, ids=lambda p: p.stem)
def seed_report(request: pytest.FixtureRequest) -> Report:
    path: Path = request.param
    return parse(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("table", TABLES)
def test_rows_have_the_table_columns_and_true_spans(seed_report: Report, table: str) -> None:
    rows = seed_report.to_records(table)
    for row in rows:
        assert tuple(row) == COLUMNS[table]
        assert row["report_id"] == report_id(seed_report)
        if row["start"] is not None:
            assert row["text"] == seed_report.source[row["start"] : row["end"]]


def test_one_row_per_node(seed_report: Report) -> None:
    nodes = list(seed_report.walk())
    assert len(to_records(seed_report, "sections")) == sum(isinstance(n, Section) for n in nodes)
    assert len(to_records(seed_report, "measures")) == sum(isinstance(n, Measure) for n in nodes)
    assert len(to_records(seed_report, "metrics")) == len(seed_report.metrics)
    assert [r["kind"] for r in to_records(seed_report, "parts")] == [k.value for k in SectionKind]


def test_paths_and_depths() -> None:
    report = parse(TEXT)
    sections = to_records(report, "sections", report_id="r1")
    assert [(r["path"], r["marker"], r["depth"]) for r in sections] == [
        ("", "一、", 0),
        ("一、", "（一）", 1),
        ("一、", "（二）", 1),
        ("", "二、", 0),
    ]
    measures = to_records(report, "measures", report_id="r1")
    assert [(r["path"], r["marker"], r["title"]) for r in measures] == [
        ("一、/（一）", "一是", "学习"),
        ("一、/（一）", "二是", "考试"),
    ]
    assert {r["report_id"] for r in sections + measures} == {"r1"}


def test_kind_is_inherited_from_the_top_level_part() -> None:
    report = parse(TEXT)
    top = {r["marker"]: r["kind"] for r in to_records(report, "sections") if r["depth"] == 0}
    for row in to_records(report, "sections"):
        if row["depth"]:
            assert row["kind"] == top[row["path"].split("/")[0]]


def test_implicit_sections_in_paths() -> None:
    source = "明年：\n（一）继续学法。"
    child = Section(
        marker="（一）",
        scheme="cn-paren",
        ordinal=1,
        title="继续学法",
        title_span=Span(7, 11),
        span=Span(4, 13),
        text=source[4:13],
    )
    implicit = Section(
        marker=None,
        scheme=None,
        ordinal=None,
        title=None,
        title_span=None,
        kind=SectionKind.PLANS,
        implicit=True,
        span=Span(0, 13),
        text=source,
        children=(child,),
    )
    plans = Part(kind=SectionKind.PLANS, present=True, spans=(implicit.span,), standalone=True)
    report = Report(source=source, preamble=Span(0, 0), sections=(implicit,), parts=(plans,))
    rows = to_records(report, "sections")
    assert [(r["path"], r["marker"], r["kind"], r["implicit"]) for r in rows] == [
        ("", None, "plans", True),
        (IMPLICIT, "（一）", "plans", False),
    ]
    (plans,) = [r for r in to_records(report, "parts") if r["present"]]
    assert (plans["kind"], plans["path"], plans["start"], plans["end"]) == (
        "plans",
        IMPLICIT,
        0,
        13,
    )


def test_many_reports() -> None:
    a, b = parse(TEXT), parse("一、工作安排\n（一）继续学法。")
    by_id = to_records({"a": a, "b": b}, "sections")
    assert [r["report_id"] for r in by_id] == ["a"] * 4 + ["b"] * 2
    hashed = to_records([a, b], "sections")
    assert {r["report_id"] for r in hashed} == {report_id(a), report_id(b)}
    with pytest.raises(TypeError):
        to_records([a, b], "sections", report_id="x")


def test_report_id_is_stable_and_content_addressed() -> None:
    assert report_id(parse(TEXT)) == report_id(parse(TEXT))
    assert report_id(parse(TEXT)) != report_id(parse(TEXT + "。"))
    assert len(report_id(parse(TEXT))) == 16


def test_unknown_table() -> None:
    with pytest.raises(ValueError, match="unknown table 'nodes'"):
        to_records(parse(TEXT), "nodes")  # type: ignore[arg-type]


@pytest.mark.parametrize("table", TABLES)
def test_to_pandas(seed_report: Report, table: str) -> None:
    pandas = pytest.importorskip("pandas")
    frame = seed_report.to_pandas(table)
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.columns) == list(COLUMNS[table])
    assert len(frame) == len(to_records(seed_report, table))
    if table == "metrics":
        assert frame["value"].dtype == float


def test_to_pandas_without_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(ImportError, match=r"pip install 'fazhi_parse\[pandas\]'"):
        to_pandas(parse(TEXT), "sections")
