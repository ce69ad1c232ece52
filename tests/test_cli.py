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
from fazhi_parse.dataset import Progress
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


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


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
    assert doc["id"] == str(SEEDS[1])
    assert Report.from_dict(doc) == parse(SEEDS[1].read_text(encoding="utf-8"), id=str(SEEDS[1]))


def test_full_json_holds_every_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEEDS[1]), "--format", "json"]) == 0
    compact = capsys.readouterr().out
    assert main([str(SEEDS[1]), "--format", "json", "--full"]) == 0
    full = capsys.readouterr().out
    assert "text" in json.loads(full)["sections"][0]
    assert "text" not in json.loads(compact)["sections"][0]
    assert Report.from_json(full) == Report.from_json(compact)
    assert len(compact.encode()) < len(full.encode())


def test_compact_json_is_at_most_twice_the_sources(capsys: pytest.CaptureFixture[str]) -> None:
    """The compact JSONL of the seeds, together, is at most twice their UTF-8 bytes (a report
    in Traditional script, whose normalized titles differ from the source, weighs more than
    the others)."""
    sizes = 0
    for seed in SEEDS:
        assert main([str(seed), "--format", "jsonl", "--no-progress"]) == 0
        sizes += len(capsys.readouterr().out.encode())
    assert sizes <= 2 * sum(seed.stat().st_size for seed in SEEDS)


def test_jsonl_of_a_directory(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(corpus), "--format", "jsonl", "--no-progress"]) == 0
    out, err = capsys.readouterr()
    reports = [Report.from_json(line) for line in out.splitlines()]  # each line, as is
    names = [Path(r.id).name for r in reports]
    assert names == [s.name for s in SEEDS[:3]] + ["gb.txt"]  # sorted, recursive, *.txt only
    assert all(r.source for r in reports)
    assert err.startswith("fazhi-parse: 4 ok, 0 failed of 4 in ")


def test_one_file_gives_the_same_document_as_a_directory(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = corpus / SEEDS[0].name
    assert main([str(path), "-f", "jsonl"]) == 0
    one = capsys.readouterr().out
    assert main([str(corpus), "-f", "jsonl", "--no-progress"]) == 0
    assert one in capsys.readouterr().out.splitlines(keepends=True)


def test_json_of_several_inputs_is_an_array(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = str(corpus / "missing.txt")
    assert main([str(SEEDS[0]), missing, "-f", "json", "--no-progress"]) == 1
    out, err = capsys.readouterr()
    docs = json.loads(out)
    assert Report.from_dict(docs[0]).id == str(SEEDS[0])
    assert docs[1] == {"id": missing, "error": "FileNotFoundError: no such file or directory"}
    lines = err.splitlines()
    assert lines[0] == f"fazhi-parse: {missing}: FileNotFoundError: no such file or directory"
    assert lines[1].startswith("fazhi-parse: 1 ok, 1 failed of 2 in ")
    with pytest.raises(ValueError, match="record of a failure"):
        Report.from_dict(docs[1])


@pytest.mark.parametrize("table", COLUMNS)
def test_csv_tables(corpus: Path, capsys: pytest.CaptureFixture[str], table: str) -> None:
    assert main([str(corpus), "--format", "csv", "--table", table, "--no-progress"]) == 0
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
    out, err = capsys.readouterr()
    doc = json.loads(out)
    assert doc["source"] == text.encode("big5", "replace").decode("big5")
    assert doc["id"] == "<stdin>"
    assert err == ""  # one input: no progress, no summary


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
    assert main([str(corpus), str(corpus / "none.txt"), "-f", "jsonl", "--no-progress"]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 6
    lines = err.splitlines()
    assert len(lines) == 3
    assert "bad.txt: DecodeError: cannot decode byte 3" in lines[0]
    assert "none.txt: FileNotFoundError" in lines[1]
    assert lines[2].startswith("fazhi-parse: 4 ok, 2 failed of 6 in ")


def test_progress_on_a_terminal_is_a_bar_with_rate_and_eta(corpus: Path) -> None:
    stream = io.StringIO()
    progress = Progress(stream, terminal=True)
    progress.start(3)
    for name in ("a.txt", "b.txt", "c.txt"):
        progress.update(name)
    progress.close()
    out = stream.getvalue()
    assert "] 3/3 " in out
    assert "/s  ETA 0:00:00" in out
    assert "\r" in out  # redrawn in place
    assert out.endswith("\n")


def test_progress_in_a_log_is_plain_periodic_lines() -> None:
    stream = io.StringIO()
    progress = Progress(stream, terminal=False, interval=3600)
    progress.start(1000)
    for i in range(1000):
        progress.update(f"{i}.txt", failed=i < 2)
    progress.close()
    out = stream.getvalue()
    assert "\r" not in out
    assert out.count("\n") == 1  # the closing line only: the interval never passed
    assert "1000/1000" in out
    assert "2 failed" in out


def test_forced_progress_off_a_terminal_writes_no_carriage_returns(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(corpus), "--progress", "-f", "jsonl", "--jobs", "2"]) == 0
    err = capsys.readouterr().err  # not a terminal under pytest
    assert "\r" not in err
    assert "4/4" in err


def test_output_file(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main([str(corpus), "-f", "jsonl", "-o", str(out)]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 4


def test_an_output_that_cannot_be_written_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no" / "such" / "dir" / "x.jsonl"
    assert main([str(SEEDS[0]), "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert err == f"fazhi-parse: cannot write {target}: No such file or directory\n"


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--schema"]) == 0
    assert json.loads(capsys.readouterr().out) == load_schema()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--format", "xml"], "invalid choice"),
        (["--jobs", "-2"], "--jobs must be"),
        (["--table", "metrics"], "--table chooses the table of --format csv"),
        (["--format", "md", "--table", "metrics"], "not of --format md"),
        (["--full"], "--full applies to --format json"),
    ],
)
def test_usage_errors_exit_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main([*argv, str(SEEDS[0])])
    assert info.value.code == 2
    assert message in capsys.readouterr().err


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
    assert Report.from_json(line).id == "<stdin>"


# --- export --------------------------------------------------------------------------------


def test_export_writes_every_table_and_lists_failures(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (corpus / "bad.txt").write_bytes(b"abc\x80\xff\xff")
    out = tmp_path / "dataset"
    assert main(["export", str(corpus), str(out), "--jobs", "2"]) == 1
    err = capsys.readouterr().err
    assert "\r" not in err
    assert err.splitlines()[-1].startswith("fazhi-parse export: 4 ok, 1 failed, 0 done before;")
    assert "reports/s" in err
    assert "MB/s" in err
    tables = {p.stem: _rows(p) for p in out.glob("*.csv")}
    assert set(tables) == {*COLUMNS, "failures"}
    assert [r["report_id"] for r in tables["reports"]] == [
        *(s.name for s in SEEDS[:3]),
        "sub/gb.txt",
    ]  # ids relative to the folder, bad.txt failed
    (failure,) = tables["failures"]
    assert failure["report_id"] == "bad.txt"
    assert failure["error"].startswith("DecodeError: cannot decode byte 3")
    for table, rows in tables.items():
        if table != "failures":
            assert list(rows[0]) == list(COLUMNS[table])


def test_export_resumes_and_skips_finished_files(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "dataset"
    assert main(["export", str(corpus), str(out), "--no-progress"]) == 0
    whole = {p.name: p.read_bytes() for p in out.glob("*.csv")}
    # a run cut short: the last batch's rows half written, its manifest line never written
    manifest = out / "_manifest.jsonl"
    first = manifest.read_text(encoding="utf-8").splitlines()[0]
    manifest.write_text(first + "\n" + '{"batch": 1, "ids": ["cut', encoding="utf-8")
    with (out / "metrics.csv").open("a", encoding="utf-8") as f:
        f.write("half,a,row\n")
    assert main(["export", str(corpus), str(out), "--no-progress"]) == 0
    assert {p.name: p.read_bytes() for p in out.glob("*.csv")} == whole


def test_export_rerun_after_new_files_adds_only_them(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "dataset"
    assert main(["export", str(corpus), str(out), "--no-progress"]) == 0
    shutil.copy(SEEDS[4], corpus / "new.txt")
    capsys.readouterr()
    assert main(["export", str(corpus), str(out), "--no-progress"]) == 0
    assert "1 ok, 0 failed, 4 done before" in capsys.readouterr().err
    ids = [r["report_id"] for r in _rows(out / "reports.csv")]
    assert sorted(ids) == sorted({*ids})
    assert "new.txt" in ids


def test_export_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["export", str(tmp_path / "none"), str(tmp_path / "out")])
    assert info.value.code == 2
    assert "not a directory" in capsys.readouterr().err


def test_export_into_a_folder_of_the_other_format_is_one_line(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "dataset"
    assert main(["export", str(corpus), str(out), "--no-progress"]) == 0
    capsys.readouterr()
    assert main(["export", str(corpus), str(out), "-f", "parquet", "--no-progress"]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("fazhi-parse export: ")
