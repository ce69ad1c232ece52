"""parse_files / parse_texts / parse_many: ids, order, failures that do not stop the batch,
the process pool, pickling."""

from __future__ import annotations

import glob
import pickle
from pathlib import Path

import pytest
from paths import SEEDS

from fazhi_parse import DEFAULT_LEXICON, SectionKind, parse
from fazhi_parse.batch import BatchResult, parse_files, parse_many, parse_texts
from fazhi_parse.files import parse_file
from fazhi_parse.model import content_id

TEXTS = ["一、主要举措\n（一）学法。一是学习。二是考试。", "", "二、存在的问题\n"]


def test_texts_in_order() -> None:
    results = list(parse_many(TEXTS))
    assert [r.index for r in results] == [0, 1, 2]
    assert [r.id for r in results] == [content_id(t) for t in TEXTS]
    assert [r.report for r in results] == [parse(t) for t in TEXTS]
    assert all(r.ok and r.error is None for r in results)
    assert list(parse_texts(TEXTS)) == results


def test_a_path_given_as_a_text_fails_and_says_what_to_call(tmp_path: Path) -> None:
    (tmp_path / "松岭县.txt").write_text(TEXTS[0], encoding="utf-8")
    paths = sorted(glob.glob(str(tmp_path / "*.txt")))  # glob gives str
    (result,) = parse_many(paths)
    assert not result.ok
    assert result.id == paths[0]
    assert result.error is not None
    assert "looks like a file path" in result.error
    assert "parse_files()" in result.error
    (read,) = parse_files(paths)
    assert read.report == parse(TEXTS[0], id=paths[0])


def test_named_texts_keep_their_ids() -> None:
    pairs = [("https://白沙区.example/2023", TEXTS[0]), ("青石镇", TEXTS[2])]
    for results in (parse_texts(pairs), parse_many(pairs), parse_texts(pairs, jobs=2)):
        assert [(r.id, r.report.id if r.report else None) for r in results] == [
            (i, i) for i, _ in pairs
        ]


def test_each_door_refuses_what_it_does_not_take(tmp_path: Path) -> None:
    (files,) = parse_files([("id", TEXTS[0])])  # type: ignore[list-item]
    assert files.error == "TypeError: expected a path (str or os.PathLike), got tuple"
    (texts,) = parse_texts([Path("a.txt")])  # type: ignore[list-item]
    assert texts.error == "TypeError: expected a text (str) or an (id, text) pair, got PosixPath"


@pytest.mark.parametrize("jobs", [1, 2])
def test_lexicon_reaches_every_door(tmp_path: Path, jobs: int) -> None:
    text = "一、松岭县举措\n正文。\n二、履职尽责情况\n正文。\n"
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    lexicon = DEFAULT_LEXICON.with_cues((SectionKind.DUTY, 9, r"履职尽责"))
    expected = parse(text, lexicon=lexicon).sections
    assert SectionKind.DUTY in [s.kind for s in expected]
    for results in (
        parse_files([path], lexicon=lexicon, jobs=jobs),
        parse_texts([text], lexicon=lexicon, jobs=jobs),
        parse_many([path, text], lexicon=lexicon, jobs=jobs),
    ):
        for result in results:
            assert result.report is not None
            assert result.report.sections == expected


def test_failures_are_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"abc\x80\xff\xff")
    items = [SEEDS[0], tmp_path / "missing.txt", broken, b"bytes", TEXTS[0]]
    results = list(parse_many(items))  # type: ignore[arg-type]
    assert [r.ok for r in results] == [True, False, False, False, True]
    missing, undecodable, wrong = results[1:4]
    assert missing.id == missing.name == str(tmp_path / "missing.txt")
    assert missing.error is not None
    assert missing.error.startswith("FileNotFoundError:")
    assert undecodable.error is not None
    assert undecodable.error.startswith("DecodeError: cannot decode byte 3")
    assert wrong.error is not None
    assert wrong.error.startswith("TypeError: expected a text (str), a file (os.PathLike)")
    assert all("\n" not in (r.error or "") for r in results)


def test_pool_gives_the_same_results_in_order() -> None:
    items = [*SEEDS, *TEXTS, *SEEDS]
    inline = list(parse_many(items, jobs=1))
    pooled = list(parse_many(items, jobs=2, chunksize=2))
    assert pooled == inline
    assert [r.index for r in pooled] == list(range(len(items)))
    assert pooled[0].report == parse_file(SEEDS[0])
    assert pooled[0].id == str(SEEDS[0])


def test_stopping_early_does_not_hang() -> None:
    results = parse_many([TEXTS[0]] * 50, jobs=2)
    first = next(results)
    results.close()
    assert first.ok


def test_generators_are_consumed_lazily() -> None:
    def items() -> object:
        yield TEXTS[0]
        raise AssertionError("read too far")

    results = parse_many(items())  # type: ignore[arg-type]
    assert next(results).ok


@pytest.mark.parametrize(
    ("jobs", "chunksize", "message"), [(-1, 1, "jobs must be"), (1, 0, "chunksize must be")]
)
def test_bad_arguments(jobs: int, chunksize: int, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        list(parse_many(TEXTS, jobs=jobs, chunksize=chunksize))


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_results_pickle(protocol: int) -> None:
    results = list(parse_many([SEEDS[0], Path("/nonexistent/x.txt")]))
    assert pickle.loads(pickle.dumps(results, protocol)) == results
    assert isinstance(results[0], BatchResult)


def test_the_dask_example_on_a_local_cluster(tmp_path: Path) -> None:
    """examples/dask_metrics.py on seeds x 8 and a broken file, on a LocalCluster of two
    worker processes: every report parsed, its rows keeping its id, the failure kept."""
    pytest.importorskip("distributed")
    import importlib.util

    from dask.distributed import Client, LocalCluster
    from paths import ROOT

    spec = importlib.util.spec_from_file_location(
        "dask_metrics", ROOT / "examples" / "dask_metrics.py"
    )
    assert spec is not None
    assert spec.loader is not None
    example = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(example)

    paths = []
    for copy in range(8):
        for seed in SEEDS:
            path = tmp_path / f"{copy}_{seed.name}"
            path.write_bytes(seed.read_bytes())
            paths.append(str(path))
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"abc\x80\xff\xff")
    paths.insert(7, str(broken))
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        assert len(client.scheduler_info()["workers"]) == 2
        tables = example.run(client, paths)
    metrics = example.metrics_with_facts(tables)
    assert list(tables["reports"]["report_id"]) == [p for p in paths if p != str(broken)]
    assert list(tables["failures"]["report_id"]) == [str(broken)]
    assert tables["failures"]["error"][0].startswith("DecodeError:")
    expected = {p: len(parse_file(p).metrics) for p in paths[:6] if p != str(broken)}
    counts = metrics.groupby("report_id").size()
    assert all(counts[p] == n for p, n in expected.items())
    assert metrics["year"].notna().all()  # joined to its report's facts
    assert str(metrics["value"].dtype) == "float64"
