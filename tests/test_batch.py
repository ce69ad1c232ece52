"""parse_many: order, failures that do not stop the batch, the process pool, pickling."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from paths import SEEDS

from fazhi_parse import parse
from fazhi_parse.batch import BatchResult, parse_many
from fazhi_parse.files import parse_file

TEXTS = ["一、主要举措\n（一）学法。一是学习。二是考试。", "", "二、存在的问题\n"]


def test_texts_in_order() -> None:
    results = list(parse_many(TEXTS))
    assert [r.index for r in results] == [0, 1, 2]
    assert [r.name for r in results] == ["<text 0>", "<text 1>", "<text 2>"]
    assert [r.report for r in results] == [parse(t) for t in TEXTS]
    assert all(r.ok and r.error is None for r in results)


def test_a_str_is_always_a_text_never_a_path() -> None:
    (result,) = parse_many([str(SEEDS[0])])
    assert result.report is not None
    assert result.report.source == str(SEEDS[0])


def test_failures_are_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"abc\x80\xff\xff")
    items = [SEEDS[0], tmp_path / "missing.txt", broken, b"bytes", TEXTS[0]]
    results = list(parse_many(items))  # type: ignore[arg-type]
    assert [r.ok for r in results] == [True, False, False, False, True]
    missing, undecodable, wrong = results[1:4]
    assert missing.name == str(tmp_path / "missing.txt")
    assert missing.error is not None
    assert missing.error.startswith("FileNotFoundError:")
    assert undecodable.error is not None
    assert undecodable.error.startswith("DecodeError: cannot decode byte 3")
    assert wrong.error is not None
    assert wrong.error.startswith("TypeError: expected a str (a text) or an os.PathLike")
    assert all("\n" not in (r.error or "") for r in results)


def test_pool_gives_the_same_results_in_order() -> None:
    items = [*SEEDS, *TEXTS, *SEEDS]
    inline = list(parse_many(items, jobs=1))
    pooled = list(parse_many(items, jobs=2, chunksize=2))
    assert pooled == inline
    assert [r.index for r in pooled] == list(range(len(items)))
    assert pooled[0].report == parse_file(SEEDS[0])


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
