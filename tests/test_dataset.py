"""export_dataset / read_table: the tables on disk in CSV and Parquet, typed when read back,
resumable; the optional extras named when missing."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from paths import SEEDS

from fazhi_parse import parse_file
from fazhi_parse.dataset import FAILURES, Summary, export_dataset, read_table
from fazhi_parse.export.records import SCHEMAS, TABLES, to_pandas


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The seeds, one of them twice in a subfolder, and a file that cannot be decoded."""
    root = tmp_path / "reports"
    (root / "2023").mkdir(parents=True)
    for seed in SEEDS:
        shutil.copy(seed, root / seed.name)
    shutil.copy(SEEDS[0], root / "2023" / "白沙区.txt")
    (root / "bad.txt").write_bytes(b"abc\x80\xff\xff")
    return root


def test_summary_counts_this_run(folder: Path, tmp_path: Path) -> None:
    summary = export_dataset(folder, tmp_path / "out", batch_size=2)
    assert (summary.ok, summary.failed, summary.skipped) == (6, 1, 0)
    assert summary.bytes == sum(p.stat().st_size for p in folder.rglob("*.txt"))
    assert "6 ok, 1 failed, 0 done before" in str(summary)
    again = export_dataset(folder, tmp_path / "out")
    assert (again.ok, again.failed, again.skipped) == (0, 0, 7)
    assert isinstance(again, Summary)


def test_csv_tables_read_back_typed_and_equal_to_to_pandas(folder: Path, tmp_path: Path) -> None:
    pandas = pytest.importorskip("pandas")
    export_dataset(folder, tmp_path / "out", batch_size=3)
    reports = {
        p.relative_to(folder).as_posix(): parse_file(p)
        for p in sorted(folder.rglob("*.txt"))
        if p.name != "bad.txt"
    }
    for table in TABLES:
        frame = read_table(tmp_path / "out", table)
        expected = to_pandas(reports, table)
        pandas.testing.assert_frame_equal(frame, expected, check_dtype=False)
        for column in SCHEMAS[table]:
            if column.type == "int":
                assert str(frame[column.name].dtype) == "Int64"
            elif column.type == "category":
                assert list(frame[column.name].dtype.categories) == list(column.categories)
    failures = read_table(tmp_path / "out", "failures")
    assert list(failures.columns) == [c.name for c in FAILURES]
    assert list(failures["report_id"]) == ["bad.txt"]


def test_parquet_and_csv_hold_the_same_tables(folder: Path, tmp_path: Path) -> None:
    pandas = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    export_dataset(folder, tmp_path / "csv", batch_size=2)
    export_dataset(folder, tmp_path / "pq", format="parquet", batch_size=2, jobs=2)
    assert len(list((tmp_path / "pq" / "metrics").glob("part-*.parquet"))) == 4
    for table in (*TABLES, "failures"):
        pandas.testing.assert_frame_equal(
            read_table(tmp_path / "csv", table), read_table(tmp_path / "pq", table)
        )


def test_parquet_resume_drops_an_unfinished_batch(folder: Path, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    out = tmp_path / "pq"
    export_dataset(folder, out, format="parquet", batch_size=4)
    manifest = out / "_manifest.jsonl"
    lines = manifest.read_text(encoding="utf-8").splitlines(keepends=True)
    manifest.write_text(lines[0], encoding="utf-8")  # the second batch never committed
    summary = export_dataset(folder, out, format="parquet", batch_size=4)
    assert (summary.ok + summary.failed, summary.skipped) == (3, 4)
    ids = read_table(out, "reports")["report_id"].tolist()
    assert len(ids) == len(set(ids)) == 6


def test_parquet_without_pyarrow_names_the_extra(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # makes `import pyarrow` fail
    with pytest.raises(ImportError, match=r"pip install 'fazhi_parse\[parquet\]'"):
        export_dataset(folder, tmp_path / "out", format="parquet")


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"format": "xlsx"}, ValueError),
        ({"batch_size": 0}, ValueError),
    ],
)
def test_bad_arguments(
    folder: Path, tmp_path: Path, kwargs: dict[str, object], error: type
) -> None:
    with pytest.raises(error):
        export_dataset(folder, tmp_path / "out", **kwargs)  # type: ignore[arg-type]


def test_a_file_is_not_a_folder(tmp_path: Path) -> None:
    with pytest.raises(NotADirectoryError):
        export_dataset(SEEDS[0], tmp_path / "out")


def test_an_export_in_the_other_format_is_not_resumed(folder: Path, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    export_dataset(folder, tmp_path / "out")
    with pytest.raises(ValueError, match="holds a csv export, not parquet"):
        export_dataset(folder, tmp_path / "out", format="parquet")


def test_a_table_cut_by_hand_is_refused(folder: Path, tmp_path: Path) -> None:
    export_dataset(folder, tmp_path / "out")
    (tmp_path / "out" / "metrics.csv").write_text("report_id\n", encoding="utf-8")
    with pytest.raises(ValueError, match="shorter than its finished batches"):
        export_dataset(folder, tmp_path / "out")
