"""Dicts, JSON and the JSON Schema: exact round trips on generated models and on the seeds."""

from __future__ import annotations

import json
import pickle
import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from model_strategies import reports
from paths import SEEDS

from fazhi_parse import parse
from fazhi_parse.export import serialize
from fazhi_parse.export.serialize import SCHEMA_VERSION, from_dict, from_json, to_dict, to_json
from fazhi_parse.model import (
    Measure,
    Metric,
    MetricKind,
    Qualifier,
    Report,
    Section,
    SectionKind,
    Span,
)

# A JSON \uXXXX escape: a backslash preceded by an even number of backslashes.
ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*\\u([0-9a-fA-F]{4})")
# JSON cannot tell these two code points from the astral character they encode.
SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")


def _no_pairs(report: Report) -> bool:
    return not SURROGATE_PAIR.search(json.dumps(to_dict(report), ensure_ascii=False))


def _small_report() -> Report:
    source = "一、主要举措\n一是学习2.86万余户。"
    metric = Metric(
        value=Decimal("28600"),
        unit="户",
        kind=MetricKind.COUNT,
        qualifier=Qualifier.LOWER_BOUND,
        span=Span(11, 18),
        text=source[11:18],
    )
    measure = Measure(
        marker="一是",
        scheme="cn-shi",
        ordinal=1,
        title="学习",
        title_span=Span(9, 11),
        span=Span(7, 19),
        text=source[7:19],
        metrics=(metric,),
    )
    section = Section(
        marker="一、",
        scheme="cn-dun",
        ordinal=1,
        title="主要举措",
        title_span=Span(2, 6),
        kind=SectionKind.ACHIEVEMENTS,
        span=Span(0, 19),
        text=source,
        measures=(measure,),
    )
    return Report(
        source=source,
        preamble=Span(0, 0),
        sections=(section,),
        published=date(2023, 3, 21),
        meta={"index_no": "11"},
        metrics=(metric,),
    )


# --- round trips ---------------------------------------------------------------------------


@pytest.mark.parametrize("compact", [True, False])
@given(report=reports.filter(_no_pairs))
def test_round_trips_are_exact(report: Report, compact: bool) -> None:
    doc = to_dict(report, compact=compact)
    assert json.loads(json.dumps(doc)) == doc  # plain JSON values only
    assert from_dict(Report, doc) == report
    text = to_json(report, compact=compact)
    assert from_json(text) == report
    assert from_json(text.encode("utf-8")) == report  # always encodes to UTF-8
    for code in ESCAPE.findall(text):
        # only what UTF-8 cannot encode (and the control characters JSON must escape)
        assert 0xD800 <= int(code, 16) <= 0xDFFF or int(code, 16) < 0x20


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_seed_round_trip(seed: Path) -> None:
    report = parse(seed.read_text(encoding="utf-8"))
    assert Report.from_json(report.to_json()) == report
    assert Report.from_dict(report.to_dict()) == report
    assert Report.from_json(report.to_json(compact=False)) == report
    assert Report.from_json(report.to_json(indent=2)) == report


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_the_compact_form_is_at_most_twice_the_source(seed: Path) -> None:
    report = parse(seed.read_text(encoding="utf-8"))
    size = len(report.source.encode("utf-8"))
    # a Traditional report's titles are Simplified, not the source under their spans
    traditional = any(d.code.value == "traditional" for d in report.diagnostics)
    assert len(report.to_json().encode("utf-8")) <= (2.3 if traditional else 2.0) * size
    assert len(report.to_json(compact=False).encode("utf-8")) > 3 * size  # texts repeated


def test_values_are_encoded_as_documented() -> None:
    doc = _small_report().to_dict(compact=False)
    assert next(iter(doc)) == "schema_version"
    assert list(doc)[1:3] == ["id", "source"]
    assert doc["schema_version"] == SCHEMA_VERSION
    assert doc["published"] == "2023-03-21"
    assert doc["preamble"] == {"start": 0, "end": 0}
    metric = doc["sections"][0]["measures"][0]["metrics"][0]
    assert metric["value"] == "28600"
    assert metric["qualifier"] == "lower_bound"
    assert doc["sections"][0]["kind"] == "achievements"
    assert doc["sections"][0]["text"] == _small_report().source


def test_the_compact_form_writes_nothing_twice() -> None:
    report = _small_report()
    doc = report.to_dict()
    section = doc["sections"][0]
    measure = section["measures"][0]
    assert doc["preamble"] == [0, 0]  # spans as pairs
    assert "text" not in section  # source[span]
    assert "text" not in measure
    assert "title" not in section  # the title as printed: source[title_span]
    assert measure["metrics"] == [0]  # an index into Report.metrics
    assert "qualifier" in doc["metrics"][0]  # not the default: written
    assert "change" not in doc["metrics"][0]  # the default: left out
    assert "children" not in section
    assert "implicit" not in section
    assert to_json(report).count("学习2.86万余户") == 1  # the source, once
    assert from_dict(Report, doc) == report


def test_a_title_that_differs_from_its_span_is_written() -> None:
    report = _small_report()
    section = attrs.evolve(report.sections[0], title="主要举措和成效")
    doc = attrs.evolve(report, sections=(section,)).to_dict()
    assert doc["sections"][0]["title"] == "主要举措和成效"
    gone = attrs.evolve(section, title=None)
    doc = attrs.evolve(report, sections=(gone,)).to_dict()
    assert doc["sections"][0]["title"] is None  # not left out: it would be rebuilt
    assert Report.from_dict(doc).sections[0].title is None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["sections"][0]["measures"][0].update(metrics=[5]), r"index 5 is not in"),
        (lambda d: d.update(preamble=[3, 1]), r"preamble: invalid span \[3, 1\)"),
        (lambda d: d.update(preamble=[0]), r"a span is \[start, end\]"),
        (lambda d: d.update(preamble=[0, True]), r"a span is \[start, end\]"),
    ],
)
def test_bad_compact_documents_are_refused(change: Any, message: str) -> None:
    doc = _small_report().to_dict()
    change(doc)
    with pytest.raises(ValueError, match=message):
        from_dict(Report, doc)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"id": "a.txt", "error": "DecodeError: x"}', "record of a failure.*a.txt: DecodeError"),
        ("[{}, {}]", "an array of 2: read each item"),
        ('{"a": 1}\n{"b": 2}\n', "more than one JSON document.*JSONL"),
        ("{", "not JSON"),
    ],
)
def test_from_json_says_what_it_was_given(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        from_json(text)


def test_decimal_stays_exact() -> None:
    report = _small_report()
    metric = attrs.evolve(report.metrics[0], value=Decimal("0.1000000000000000000001"))
    back = from_json(to_json(attrs.evolve(report, metrics=(metric,))))
    assert str(back.metrics[0].value) == "0.1000000000000000000001"


def test_json_writes_chinese_and_escapes_lone_surrogates() -> None:
    report = Report(source="法治\ud800政府", preamble=Span(0, 0))
    text = to_json(report)
    assert "法治" in text
    assert "\\ud800" in text
    text.encode("utf-8")  # no UnicodeEncodeError
    assert from_json(text) == report


def test_indent() -> None:
    assert "\n  " in to_json(_small_report(), indent=2)


def test_every_model_object_has_a_dict() -> None:
    section = _small_report().sections[0]
    assert from_dict(Section, to_dict(section)) == section
    assert "schema_version" not in to_dict(section)


# --- refusals ------------------------------------------------------------------------------


def test_wrong_schema_version_is_refused() -> None:
    doc = _small_report().to_dict()
    doc["schema_version"] = "0"
    with pytest.raises(ValueError, match="schema_version '0'"):
        Report.from_dict(doc)
    del doc["schema_version"]
    with pytest.raises(ValueError, match="schema_version None"):
        Report.from_dict(doc)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["sections"][0].update(kind="nope"), r"sections\[0\]\.kind: 'nope' is not"),
        (lambda d: d["sections"][0]["span"].update(start="0"), r"sections\[0\]\.span\.start: exp"),
        (lambda d: d["sections"][0].update(implicit=1), r"sections\[0\]\.implicit: expected b"),
        (lambda d: d.update(year=True), r"year: expected integer, got boolean"),
        (lambda d: d.update(published="2023-13-01"), r"published: '2023-13-01' is not an ISO"),
        (lambda d: d["metrics"][0].update(value="many"), r"metrics\[0\]\.value: 'many' is not"),
        (lambda d: d.update(extra=1), r"unknown key 'extra'"),
        (lambda d: d.pop("source"), r"source: missing"),
        (lambda d: d["sections"][0]["span"].update(start=9, end=1), r"sections\[0\]\.span: "),
    ],
)
def test_bad_documents_name_the_path(change: Any, message: str) -> None:
    doc = _small_report().to_dict(compact=False)
    change(doc)
    with pytest.raises(ValueError, match=message):
        Report.from_dict(doc)


def test_to_dict_refuses_non_models() -> None:
    with pytest.raises(TypeError):
        to_dict({"a": 1})


# --- schema --------------------------------------------------------------------------------


def test_committed_schema_is_up_to_date() -> None:
    committed = Path(serialize.__file__).parent / "schema" / "report.schema.json"
    assert committed.read_text(encoding="utf-8") == serialize.schema_json(), (
        "the model changed: regenerate with "
        "`fazhi-parse --schema > fazhi_parse/export/schema/report.schema.json`"
    )
    assert serialize.load_schema() == serialize.json_schema()


def test_schema_describes_every_field() -> None:
    schema = serialize.json_schema()
    assert schema["properties"]["schema_version"] == {
        "const": SCHEMA_VERSION,
        "description": "Version of this document format.",
    }
    section = schema["$defs"]["Section"]
    assert section["properties"]["children"]["items"] == {"$ref": "#/$defs/Section"}
    assert "description" in section["properties"]["title"]
    assert schema["$defs"]["SectionKind"]["enum"] == [k.value for k in SectionKind]


@given(reports.filter(_no_pairs))
def test_documents_validate_against_the_schema(report: Report) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(
        serialize.load_schema(), format_checker=jsonschema.FormatChecker()
    )
    validator.validate(json.loads(to_json(report)))


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_seed_documents_validate(seed: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    doc = parse(seed.read_text(encoding="utf-8")).to_dict()
    jsonschema.Draft202012Validator(serialize.load_schema()).validate(doc)


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_reports_pickle(protocol: int) -> None:
    report = _small_report()
    assert pickle.loads(pickle.dumps(report, protocol)) == report


def test_from_dict_refuses_a_text_that_is_not_the_source() -> None:
    report = parse("一、主要举措\n（一）学法。一是学习。二是考试。")
    doc = report.to_dict()
    doc["sections"][0]["children"][0]["measures"][1]["text"] = "二是背诵。"
    with pytest.raises(ValueError, match=r"sections\[0\]\.children\[0\]\.measures\[1\]\.text"):
        Report.from_dict(doc)


def test_from_dict_refuses_a_span_past_the_source() -> None:
    report = parse("一、主要举措\n共办理案件12件。")
    doc = report.to_dict(compact=False)
    doc["metrics"][0]["span"]["end"] = len(report.source) + 5
    with pytest.raises(ValueError, match=r"metrics\[0\]\.span: .* ends past the source"):
        Report.from_dict(doc)
    compact = report.to_dict()
    compact["metrics"][0]["span"][1] = len(report.source) + 5
    with pytest.raises(ValueError, match=r"metrics\[0\]\.span: .* ends past the source"):
        Report.from_dict(compact)
