"""The model keeps its promises: frozen, hashable, picklable, spans that are always there."""

from __future__ import annotations

import pickle
from datetime import date

import pytest
from paths import SEEDS

from fazhi_parse import Report, Span, parse
from fazhi_parse.model import FrozenDict


def _seed(i: int) -> Report:
    return parse(SEEDS[i].read_text(encoding="utf-8"))


def test_an_empty_span_is_true() -> None:
    assert Span(3, 3)
    assert len(Span(3, 3)) == 0
    assert 3 not in Span(3, 3)


@pytest.mark.parametrize("i", range(len(SEEDS)))
def test_a_report_hashes_and_pickles(i: int) -> None:
    report = _seed(i)
    assert {report, report} == {report}
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        copy = pickle.loads(pickle.dumps(report, protocol=protocol))
        assert copy == report
        assert hash(copy) == hash(report)


def test_meta_cannot_be_changed() -> None:
    report = Report(source="x", preamble=Span(0, 1), meta={"publisher": "某某县司法局"})
    assert isinstance(report.meta, FrozenDict)
    assert report.meta == {"publisher": "某某县司法局"}
    with pytest.raises(TypeError):
        report.meta["publisher"] = "别的"  # type: ignore[index]


def test_frozen_dict_is_a_mapping() -> None:
    meta = FrozenDict({"b": "2", "a": "1"})
    assert list(meta) == ["b", "a"]
    assert dict(meta) == {"b": "2", "a": "1"}
    assert meta == FrozenDict({"a": "1", "b": "2"})
    assert hash(meta) == hash(FrozenDict({"a": "1", "b": "2"}))
    assert meta != {"a": "1"}
    assert pickle.loads(pickle.dumps(meta)) == meta


@pytest.mark.parametrize(
    ("year", "published", "expected"),
    [
        (2022, date(2023, 3, 31), True),
        (2022, date(2023, 4, 1), False),
        (2022, date(2022, 12, 31), True),
        (2022, None, None),
        (None, date(2023, 3, 1), None),
    ],
)
def test_on_time(year: int | None, published: date | None, expected: bool | None) -> None:
    report = Report(source="", preamble=Span(0, 0), year=year, published=published)
    assert report.on_time is expected


def test_reprs_are_one_short_line() -> None:
    from fazhi_parse import DEFAULT_LEXICON, DEFAULT_SCHEMES, parse

    text = "松岭县2023年法治政府建设情况报告\n一、主要举措\n受理12件。\n" + "正文。" * 5000
    report = parse(text, id="松岭县.txt")
    line = repr(report)
    assert "\n" not in line
    assert len(line) < 200
    assert line.startswith(
        "<Report 松岭县.txt: 松岭县2023年法治政府建设情况报告 · 2023 · 1 section"
    )
    assert "1 metric" in line
    assert repr(DEFAULT_SCHEMES).startswith("SchemeSet('cn-dun', ")
    assert len(repr(DEFAULT_SCHEMES)) < 200
    assert (
        repr(DEFAULT_LEXICON)
        == f"Lexicon(default: {len(DEFAULT_LEXICON.heading_cues)} heading cues)"
    )
