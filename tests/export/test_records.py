"""to_records / to_pandas: one row per node, the same columns on every row, spans that hold."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from paths import SEEDS

from fazhi_parse import parse
from fazhi_parse.export.records import (
    COLUMNS,
    SCHEMAS,
    TABLES,
    node_ids,
    report_id,
    to_pandas,
    to_records,
)
from fazhi_parse.model import Measure, Part, Report, Section, SectionKind, Span, content_id

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
        if row.get("start") is not None and "text" in row:
            assert row["text"] == seed_report.source[row["start"] : row["end"]]


def test_one_row_per_node(seed_report: Report) -> None:
    nodes = list(seed_report.walk())
    assert len(to_records(seed_report, "sections")) == sum(isinstance(n, Section) for n in nodes)
    assert len(to_records(seed_report, "measures")) == sum(isinstance(n, Measure) for n in nodes)
    assert len(to_records(seed_report, "metrics")) == len(seed_report.metrics)
    assert len(to_records(seed_report, "references")) == len(seed_report.references)
    assert len(to_records(seed_report, "diagnostics")) == len(seed_report.diagnostics)
    assert len(to_records(seed_report, "reports")) == 1
    assert [r["kind"] for r in to_records(seed_report, "parts")] == [k.value for k in SectionKind]


def test_records_are_json_safe(seed_report: Report) -> None:
    for table in TABLES:
        rows = to_records(seed_report, table)
        assert json.loads(json.dumps(rows)) == rows


def test_ids_join_every_table(seed_report: Report) -> None:
    """Every section and measure id is unique in its report, and every row that names one
    names a row of the sections or measures table."""
    sections = to_records(seed_report, "sections")
    section_ids = [r["section_id"] for r in sections]
    assert len(set(section_ids)) == len(section_ids)
    assert {r["parent_id"] for r in sections} - {None} <= set(section_ids)
    measure_ids = [r["measure_id"] for r in to_records(seed_report, "measures")]
    assert len(set(measure_ids)) == len(measure_ids)
    for table in ("measures", "metrics", "references", "diagnostics"):
        for row in to_records(seed_report, table):
            assert row["section_id"] is None or row["section_id"] in section_ids
            if row.get("measure_id") is not None:
                assert row["measure_id"] in measure_ids
                assert row["measure_id"].startswith(row["section_id"] + ".m")


def test_ids_and_depths() -> None:
    report = parse(TEXT, id="松岭县")
    sections = to_records(report, "sections")
    assert [(r["section_id"], r["parent_id"], r["marker"], r["depth"]) for r in sections] == [
        ("1", None, "一、", 0),
        ("1.1", "1", "（一）", 1),
        ("1.2", "1", "（二）", 1),
        ("2", None, "二、", 0),
    ]
    measures = to_records(report, "measures")
    assert [(r["measure_id"], r["section_id"], r["title"]) for r in measures] == [
        ("1.1.m1", "1.1", "学习"),
        ("1.1.m2", "1.1", "考试"),
    ]
    assert {r["report_id"] for r in sections + measures} == {"松岭县"}
    assert node_ids(report)[id(report.sections[0].children[0].measures[1])] == "1.1.m2"


def test_metrics_join_to_their_measure_section_or_nothing() -> None:
    report = parse("全年办理3件。\n一、主要举措\n受理12件。\n（一）学法。一是培训5次。二是考试。")
    rows = to_records(report, "metrics")
    assert [(r["value_text"], r["section_id"], r["measure_id"]) for r in rows] == [
        ("3", None, None),
        ("12", "1", None),
        ("5", "1.1", "1.1.m1"),
    ]
    assert [r["metric_id"] for r in rows] == [1, 2, 3]


def test_kind_is_inherited_from_the_top_level_part() -> None:
    report = parse(TEXT)
    rows = to_records(report, "sections")
    top = {r["section_id"]: r["kind"] for r in rows if r["depth"] == 0}
    for row in rows:
        assert row["kind"] == top[row["section_id"].split(".")[0]]


def test_implicit_sections_have_ids() -> None:
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
    assert [
        (r["section_id"], r["parent_id"], r["marker"], r["kind"], r["implicit"]) for r in rows
    ] == [
        ("1", None, None, "plans", True),
        ("1.1", "1", "（一）", "plans", False),
    ]
    (plans_row,) = [r for r in to_records(report, "parts") if r["present"]]
    assert (plans_row["kind"], plans_row["section_ids"], plans_row["start"], plans_row["end"]) == (
        "plans",
        "1",
        0,
        13,
    )


def test_the_reports_table() -> None:
    text = "松岭县2023年法治政府建设情况报告\n一、主要举措和成效\n办理5件。\n二、存在的不足和原因\n不足。"
    (row,) = to_records(parse(text, id="a"), "reports")
    assert (row["report_id"], row["year"], row["is_report"]) == ("a", 2023, True)
    assert (row["achievements_present"], row["problems_standalone"], row["plans_present"]) == (
        True,
        True,
        False,
    )
    assert (row["sections"], row["metrics"], row["chars"]) == (2, 1, len(text))
    assert row["warnings"] + row["info"] + row["errors"] == len(parse(text).diagnostics)
    (empty,) = to_records(parse(""), "reports")
    assert (empty["is_report"], empty["errors"]) == (False, 1)


def test_many_reports() -> None:
    a, b = parse(TEXT, id="a"), parse("一、工作安排\n（一）继续学法。", id="b")
    by_id = to_records({"x": a, "y": b}, "sections")
    assert [r["report_id"] for r in by_id] == ["x"] * 4 + ["y"] * 2
    own = to_records([a, b], "sections")
    assert [r["report_id"] for r in own] == ["a"] * 4 + ["b"] * 2
    with pytest.raises(TypeError):
        to_records([a, b], "sections", report_id="x")


def test_report_id_is_the_reports_id() -> None:
    assert report_id(parse(TEXT)) == parse(TEXT).id == content_id(TEXT)
    assert report_id(parse(TEXT, id="白沙区")) == "白沙区"
    assert report_id(parse(TEXT)) != report_id(parse(TEXT + "。"))


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
    for column in SCHEMAS[table]:
        dtype = frame[column.name].dtype
        if column.type == "int":
            assert str(dtype) == "Int64", column
        elif column.type == "float":
            assert str(dtype) == "float64", column
        elif column.type == "bool":
            assert str(dtype) == "boolean", column
        elif column.type == "category":
            assert list(dtype.categories) == list(column.categories), column
        elif column.type == "date":
            assert str(dtype).startswith("datetime64"), column


def test_to_pandas_frames_concatenate_with_their_dtypes() -> None:
    pandas = pytest.importorskip("pandas")
    a = parse(TEXT).to_pandas("metrics")
    b = parse("一、主要举措\n受理12件，同比下降5%。").to_pandas("metrics")
    both = pandas.concat([a, b], ignore_index=True)
    assert str(both["start"].dtype) == "Int64"
    assert both["metric_kind"].dtype == b["metric_kind"].dtype  # same categories: stays category


def test_to_pandas_without_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(ImportError, match=r"pip install 'fazhi_parse\[pandas\]'"):
        to_pandas(parse(TEXT), "sections")
