"""The command line, called as main(argv) and once as the real `python -m fazhi_parse`."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from paths import ROOT, SEEDS

from fazhi_parse import parse
from fazhi_parse.__main__ import main
from fazhi_parse.export.records import COLUMNS
from fazhi_parse.export.serialize import load_schema
from fazhi_parse.model import Report


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A directory of the seeds, one in a subdirectory, in GB18030, plus a non-.txt file."""
    (tmp_path / "sub").mkdir()
    for seed in SEEDS[:3]:
        shutil.copy(seed, tmp_path / seed.name)
    text = SEEDS[3].read_text(encoding="utf-8")
    (tmp_path / "sub" / "gb.txt").write_bytes(text.encode("gb18030", "replace"))
    (tmp_path / "notes.md").write_text("not a report", encoding="utf-8")
    return tmp_path


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_tree_of_one_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEEDS[0])]) == 0
    out, err = capsys.readouterr()
    report = parse(SEEDS[0].read_text(encoding="utf-8"))
    assert report.sections[0].marker in out
    assert "sections ·" in out
    assert err == ""


def test_json_of_one_file_is_the_report_document(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEEDS[1]), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["schema_version"] == load_schema()["properties"]["schema_version"]["const"]
    assert Report.from_dict(doc) == parse(SEEDS[1].read_text(encoding="utf-8"), id=str(SEEDS[1]))


def test_jsonl_of_a_directory(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(corpus), "--format", "jsonl", "--no-progress"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    names = [Path(line["name"]).name for line in lines]
    assert names == [s.name for s in SEEDS[:3]] + ["gb.txt"]  # sorted, recursive, *.txt only
    assert all(Report.from_dict(line["report"]).source for line in lines)


def test_json_of_several_inputs_is_an_array(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(SEEDS[0]), str(corpus / "missing.txt"), "-f", "json"]) == 1
    out, err = capsys.readouterr()
    docs = json.loads(out)
    assert [("report" in d, "error" in d) for d in docs] == [(True, False), (False, True)]
    assert err.count("\n") == 1
    assert err.startswith(f"fazhi-parse: {corpus / 'missing.txt'}: FileNotFoundError")


def test_csv_tables(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for table in COLUMNS:
        assert main([str(corpus), "--format", "csv", "--table", table]) == 0
        rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
        assert tuple(rows[0]) == COLUMNS[table]
        assert all(len(row) == len(COLUMNS[table]) for row in rows)
        assert {Path(row[0]).parent.name for row in rows[1:]} <= {corpus.name, "sub"}


def test_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEEDS[2]), "--format", "md"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# ")
    assert "- **" in out


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    text = SEEDS[1].read_text(encoding="utf-8")
    _stdin(monkeypatch, text.encode("big5", "replace"))
    assert main(["-", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["source"] == text.encode("big5", "replace").decode("big5")


def test_undecodable_stdin_fails_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b"abc\x80\xff\xff")
    assert main(["-"]) == 1
    err = capsys.readouterr().err
    assert err == (
        "fazhi-parse: <stdin>: DecodeError: cannot decode byte 3 as utf-8: "
        "invalid start byte (0x80) (also tried gb18030, big5)\n"
    )


def test_failures_make_the_status_non_zero(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (corpus / "bad.txt").write_bytes(b"abc\x80\xff\xff")
    assert main([str(corpus), str(corpus / "none.txt"), "-f", "jsonl"]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 6
    failures = err.splitlines()
    assert len(failures) == 2
    assert "bad.txt: DecodeError: cannot decode byte 3" in failures[0]
    assert "none.txt: FileNotFoundError" in failures[1]


def test_progress_bar_for_directories(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(corpus), "--progress", "-f", "jsonl", "--jobs", "2"]) == 0
    err = capsys.readouterr().err
    assert "] 4/4 " in err
    assert err.endswith("\n")


def test_output_file(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main([str(corpus), "-f", "jsonl", "-o", str(out)]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 4


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--schema"]) == 0
    assert json.loads(capsys.readouterr().out) == load_schema()


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--format", "xml", str(SEEDS[0])])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["--jobs", "-2", str(SEEDS[0])])
    assert info.value.code == 2


def test_python_dash_m(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "fazhi_parse", "--format", "jsonl"],
        input=SEEDS[0].read_bytes(),
        capture_output=True,
        env=env,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    (line,) = done.stdout.decode("utf-8").splitlines()
    assert json.loads(line)["name"] == "<stdin>"
