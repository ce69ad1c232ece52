"""Flat tables of reports, one row per report, section, measure, metric, part, reference or
diagnostic — ready for pandas, R, Stata, a database or a CSV file.

:func:`to_records` needs nothing beyond the standard library. Every row of a table has the
same keys (:data:`COLUMNS`), and every value is JSON-safe (``json.dumps(rows)`` works): strings,
integers, floats, booleans and None. A metric's value is given twice: ``value`` as a float
for arithmetic and ``value_text``, the exact decimal as a string (``"28600"``, ``"98.2"``);
dates are ISO strings (``"2024-03-21"``); enums are their values (``"achievements"``).

:func:`to_pandas` builds a DataFrame with the right dtypes (:data:`SCHEMAS`): nullable
``Int64`` for counts, ordinals and offsets, ``float64`` for values, ``boolean`` for flags,
``category`` (with every value of the enum as a category, so frames concatenate cleanly) for
enums, ``datetime64`` for dates. It needs the ``pandas`` extra
(``pip install 'fazhi_parse[pandas]'``) and imports pandas only when called.

Ids join the tables. ``report_id`` is :attr:`Report.id <fazhi_parse.model.Report.id>` (the
id given, the file path, or a content hash). Sections are numbered by position in the
outline — ``1``, ``1.2`` (the second child of the first), implicit sections included — and
measures after their section, ``1.2.m3``. Metrics, references and diagnostics carry the
``section_id`` (and metrics the ``measure_id``) of the innermost node that holds them, or
None for text outside every section (the preamble, the closing).

>>> from fazhi_parse import parse
>>> report = parse("一、主要举措\\n（一）学法。一是学习3次。二是考试。", id="松岭县")
>>> [(r["section_id"], r["parent_id"], r["marker"]) for r in report.to_records("sections")]
[('1', None, '一、'), ('1.1', '1', '（一）')]
>>> [(r["measure_id"], r["value"], r["value_text"]) for r in report.to_records("metrics")]
[('1.1.m1', 3.0, '3')]
"""

from __future__ import annotations

import bisect
import importlib
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Final, Literal, TypeAlias

import attrs

from ..model import (
    Change,
    DiagnosticCode,
    MetricKind,
    Qualifier,
    Report,
    Section,
    SectionKind,
    Severity,
    Span,
)

__all__ = [
    "COLUMNS",
    "SCHEMAS",
    "TABLES",
    "Column",
    "Reports",
    "Table",
    "node_ids",
    "outline_counts",
    "report_id",
    "to_pandas",
    "to_records",
]

Table: TypeAlias = Literal[
    "reports", "sections", "measures", "metrics", "parts", "references", "diagnostics"
]

Reports: TypeAlias = Report | Mapping[str, Report] | Iterable[Report]
"""One report, reports by id, or reports (each with its own ``Report.id``)."""

ColumnType: TypeAlias = Literal["str", "int", "float", "bool", "category", "date"]


@attrs.frozen
class Column:
    """One column of a table: its name, type and meaning."""

    name: str
    type: ColumnType
    """``str``, ``int``, ``float``, ``bool``, ``date`` (an ISO string in records) or
    ``category`` (a string from a closed set, :attr:`categories`)."""
    doc: str
    categories: tuple[str, ...] = ()
    """Every value a ``category`` column can take."""


def _values(enum: Any) -> tuple[str, ...]:
    return tuple(m.value for m in enum)


_KINDS: Final = _values(SectionKind)
_RID: Final = Column("report_id", "str", "the report's id (Report.id)")
_SID: Final = Column("section_id", "str", "the innermost section holding the row (1, 1.2, …)")
_PART: Final = Column("kind", "category", "statutory part of the top-level section", _KINDS)
_TEXT: Final = (
    Column("text", "str", "the raw text under the span"),
    Column("start", "int", "first character in Report.source"),
    Column("end", "int", "one past the last character in Report.source"),
)

SCHEMAS: Final[Mapping[str, tuple[Column, ...]]] = {
    "reports": (
        _RID,
        Column("title", "str", "the report's title"),
        Column("year", "int", "the year reported on"),
        Column("issuer", "str", "the reporting body"),
        Column("published", "date", "publication date"),
        Column("signed", "date", "date of the signature"),
        Column("on_time", "bool", "published by 31 March of the next year"),
        Column("is_report", "bool", "reads as a 法治政府建设 report (no not_a_report, no empty)"),
        *(
            column
            for kind in _KINDS
            for column in (
                Column(f"{kind}_present", "bool", f"the {kind} part is there"),
                Column(f"{kind}_standalone", "bool", f"the {kind} part has its own section"),
            )
        ),
        Column("sections", "int", "sections in the outline, at every depth"),
        Column("measures", "int", "measures"),
        Column("metrics", "int", "metrics"),
        Column("references", "int", "documents cited"),
        Column("info", "int", "diagnostics of severity info"),
        Column("warnings", "int", "diagnostics of severity warning"),
        Column("errors", "int", "diagnostics of severity error"),
        Column("chars", "int", "characters in the source"),
    ),
    "sections": (
        _RID,
        _SID,
        Column("parent_id", "str", "the enclosing section, None at the top"),
        Column("depth", "int", "0 for a top-level section"),
        Column("marker", "str", "as printed (一、, （一）); None when implicit"),
        Column("scheme", "str", "numbering scheme"),
        Column("ordinal", "int", "1-based ordinal of the marker"),
        Column("title", "str", "the heading's title"),
        _PART,
        Column("implicit", "bool", "a part with no heading of its own"),
        Column("measures", "int", "measures in the section's own text"),
        Column("metrics", "int", "metrics in the section's own text, measures included"),
        *_TEXT,
    ),
    "measures": (
        _RID,
        Column("measure_id", "str", "the section's id, .m and the measure's position"),
        _SID,
        Column("marker", "str", "as printed (一是, 第一，, ①)"),
        Column("scheme", "str", "numbering scheme"),
        Column("ordinal", "int", "1-based position in its chain"),
        Column("title", "str", "the item's lead phrase"),
        _PART,
        Column("repaired", "bool", "the numeral was lost in the text and restored"),
        Column("metrics", "int", "metrics inside the measure"),
        *_TEXT,
    ),
    "metrics": (
        _RID,
        Column("metric_id", "int", "1-based position in the report's metrics"),
        _SID,
        Column("measure_id", "str", "the measure holding it, if any"),
        _PART,
        Column("value", "float", "the value with 万/亿 applied, as a float"),
        Column("value_text", "str", "the exact decimal value"),
        Column("upper", "float", "the upper end of a range (3-5次: 5), else empty"),
        Column("upper_text", "str", "the exact decimal upper end, if a range"),
        Column("unit", "str", "Simplified unit; empty when none"),
        Column("metric_kind", "category", "count, percent, money…", _values(MetricKind)),
        Column("qualifier", "category", "exact, approx, lower_bound…", _values(Qualifier)),
        Column("change", "category", "increase or decrease, if a change", _values(Change)),
        Column("indicator", "str", "canonical indicator, if known"),
        Column("subject", "str", "the noun phrase before the number"),
        *_TEXT,
    ),
    "parts": (
        _RID,
        Column("kind", "category", "the statutory part", _KINDS),
        Column("present", "bool", "the report has text for the part"),
        Column("standalone", "bool", "the part has a top-level section of its own"),
        Column("sections", "int", "top-level sections of this kind"),
        Column("section_ids", "str", "their ids, joined by ;"),
        Column("text", "str", "the text from the first such section to the end of the last"),
        *_TEXT[1:],
    ),
    "references": (
        _RID,
        Column("reference_id", "int", "1-based position in the report's references"),
        _SID,
        Column("title", "str", "the title inside 《》"),
        Column("number", "str", "document number (文号), if given"),
        *_TEXT,
    ),
    "diagnostics": (
        _RID,
        Column("code", "category", "what the diagnostic is about", _values(DiagnosticCode)),
        Column("severity", "category", "info, warning or error", _values(Severity)),
        Column("message", "str", "a sentence naming what was seen"),
        _SID,
        *_TEXT[1:],
    ),
}
"""The columns of each table, in order, with their types (what :func:`to_pandas` and the
dataset export read)."""

COLUMNS: Final[Mapping[str, tuple[str, ...]]] = {
    table: tuple(c.name for c in columns) for table, columns in SCHEMAS.items()
}
"""Column names of each table, in order."""

TABLES: Final = tuple(COLUMNS)
"""The table names: ``reports``, ``sections``, ``measures``, ``metrics``, ``parts``,
``references``, ``diagnostics``."""


def report_id(report: Report) -> str:
    """The id rows of ``report`` carry: ``report.id``."""
    return report.id


def to_records(
    reports: Reports, table: Table, *, report_id: str | None = None
) -> list[dict[str, Any]]:
    """Rows of ``table`` (one of :data:`TABLES`) as JSON-safe dicts.

    ``reports`` is one report (``report_id`` overrides its id), a mapping from ids to
    reports, or an iterable of reports (each row carrying ``Report.id``).
    """
    if table not in COLUMNS:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    rows_of = _TABLES[table]
    return [row for rid, report in _by_id(reports, report_id) for row in rows_of(report, rid)]


def to_pandas(reports: Reports, table: Table, *, report_id: str | None = None) -> Any:
    """:func:`to_records` as a :class:`pandas.DataFrame` with the dtypes of :data:`SCHEMAS`.

    Needs the ``pandas`` extra: ``pip install 'fazhi_parse[pandas]'``.
    """
    pandas = _pandas()
    rows = to_records(reports, table, report_id=report_id)
    return frame_of(pandas, rows, table)


def frame_of(pandas: Any, rows: list[dict[str, Any]], table: str) -> Any:
    """``rows`` of ``table`` as a DataFrame with typed columns (``pandas`` is the module)."""
    frame = pandas.DataFrame.from_records(rows, columns=list(COLUMNS[table]))
    for column in SCHEMAS[table]:
        series = frame[column.name]
        if column.type == "int":
            frame[column.name] = series.astype("Int64")
        elif column.type == "float":
            frame[column.name] = series.astype("float64")
        elif column.type == "bool":
            frame[column.name] = series.astype("boolean")
        elif column.type == "category":
            frame[column.name] = pandas.Categorical(series, categories=column.categories)
        elif column.type == "date":
            frame[column.name] = pandas.to_datetime(series, format="ISO8601")
    return frame


def _pandas() -> Any:
    try:
        return importlib.import_module("pandas")  # lazily: an optional extra
    except ImportError as exc:
        raise ImportError(
            "to_pandas() needs pandas, which is an optional extra: "
            "pip install 'fazhi_parse[pandas]'"
        ) from exc


# --- ids -------------------------------------------------------------------------------------


def node_ids(report: Report) -> dict[int, str]:
    """The id of every section and measure of ``report``, keyed by ``id(node)``: sections
    ``1``, ``1.2``…, measures ``1.2.m3`` (see the module docstring)."""
    out: dict[int, str] = {}
    for _, _, sid, section in _walk_sections(report):
        out[id(section)] = sid
        for k, measure in enumerate(section.measures, 1):
            out[id(measure)] = f"{sid}.m{k}"
    return out


def _walk_sections(
    report: Report,
) -> Iterator[tuple[str | None, SectionKind | None, str, Section]]:
    """(parent id, part kind, id, section) for every section, in document order."""
    stack: list[tuple[str | None, SectionKind | None, str, Section]] = [
        (None, s.kind, str(i), s) for i, s in reversed(list(enumerate(report.sections, 1)))
    ]
    while stack:
        parent, kind, sid, section = stack.pop()
        yield parent, kind, sid, section
        stack.extend(
            (sid, kind, f"{sid}.{j}", child)
            for j, child in reversed(list(enumerate(section.children, 1)))
        )


class _Places:
    """The innermost section around a span: a bisection on section starts, then up through
    the parents (O(log n + depth) per row, not a scan of the outline per row)."""

    def __init__(self, report: Report) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.ids: list[str] = []
        self.parents: list[int] = []
        index: dict[str, int] = {}
        for parent, _, sid, section in _walk_sections(report):
            index[sid] = len(self.ids)
            self.starts.append(section.span.start)
            self.ends.append(section.span.end)
            self.ids.append(sid)
            self.parents.append(-1 if parent is None else index[parent])

    def section(self, span: Span | None) -> str | None:
        """The id of the deepest section whose span holds ``span``, or None."""
        if span is None:
            return None
        i = bisect.bisect_right(self.starts, span.start) - 1
        while i >= 0 and self.ends[i] < span.end:
            i = self.parents[i]
        return None if i < 0 else self.ids[i]


# --- rows ------------------------------------------------------------------------------------


def _by_id(reports: Reports, rid: str | None) -> Iterator[tuple[str, Report]]:
    if isinstance(reports, Report):
        yield (rid if rid is not None else reports.id), reports
        return
    if rid is not None:
        raise TypeError("report_id= names a single report; pass a mapping of ids to reports")
    if isinstance(reports, Mapping):
        yield from reports.items()
        return
    for report in reports:
        if not isinstance(report, Report):
            raise TypeError(f"expected Report objects, got {type(report).__name__}")
        yield report.id, report


def _enum(value: Any) -> Any:
    return None if value is None else value.value


def _span(span: Span) -> dict[str, int]:
    return {"start": span.start, "end": span.end}


def outline_counts(report: Report) -> tuple[int, int]:
    """How many sections (at every depth) and measures the report's outline holds."""
    sections = measures = 0
    for node in report.walk():
        if isinstance(node, Section):
            sections += 1
        else:
            measures += 1
    return sections, measures


def _report_rows(report: Report, rid: str) -> Iterator[dict[str, Any]]:
    sections, measures = outline_counts(report)
    codes = {d.code for d in report.diagnostics}
    severities = [d.severity for d in report.diagnostics]
    parts = {p.kind: p for p in report.parts}
    row: dict[str, Any] = {
        "report_id": rid,
        "title": report.title,
        "year": report.year,
        "issuer": report.issuer,
        "published": None if report.published is None else report.published.isoformat(),
        "signed": None if report.signed is None else report.signed.isoformat(),
        "on_time": report.on_time,
        "is_report": not codes & {DiagnosticCode.NOT_A_REPORT, DiagnosticCode.EMPTY},
    }
    for kind in SectionKind:
        part = parts.get(kind)
        row[f"{kind.value}_present"] = None if part is None else part.present
        row[f"{kind.value}_standalone"] = None if part is None else part.standalone
    row.update(
        sections=sections,
        measures=measures,
        metrics=len(report.metrics),
        references=len(report.references),
        info=severities.count(Severity.INFO),
        warnings=severities.count(Severity.WARNING),
        errors=severities.count(Severity.ERROR),
        chars=len(report.source),
    )
    yield row


def _section_rows(report: Report, rid: str) -> Iterator[dict[str, Any]]:
    for parent, kind, sid, s in _walk_sections(report):
        yield {
            "report_id": rid,
            "section_id": sid,
            "parent_id": parent,
            "depth": sid.count("."),
            "marker": s.marker,
            "scheme": s.scheme,
            "ordinal": s.ordinal,
            "title": s.title,
            "kind": _enum(kind),
            "implicit": s.implicit,
            "measures": len(s.measures),
            "metrics": len(s.metrics) + sum(len(m.metrics) for m in s.measures),
            "text": s.text,
            **_span(s.span),
        }


def _measure_rows(report: Report, rid: str) -> Iterator[dict[str, Any]]:
    for _, kind, sid, s in _walk_sections(report):
        for k, m in enumerate(s.measures, 1):
            yield {
                "report_id": rid,
                "measure_id": f"{sid}.m{k}",
                "section_id": sid,
                "marker": m.marker,
                "scheme": m.scheme,
                "ordinal": m.ordinal,
                "title": m.title,
                "kind": _enum(kind),
                "repaired": m.repaired,
                "metrics": len(m.metrics),
                "text": m.text,
                **_span(m.span),
            }


def _metric_rows(report: Report, rid: str) -> Iterator[dict[str, Any]]:
    where: dict[Span, tuple[str | None, str | None, SectionKind | None]] = {}
    for _, kind, sid, s in _walk_sections(report):
        for metric in s.metrics:
            where[metric.span] = (sid, None, kind)
        for k, measure in enumerate(s.measures, 1):
            for metric in measure.metrics:
                where[metric.span] = (sid, f"{sid}.m{k}", kind)
    metrics = report.metrics or tuple(sorted(_node_metrics(report), key=lambda m: m.span))
    for i, m in enumerate(metrics, 1):
        owner, measure_id, part = where.get(m.span, (None, None, None))
        yield {
            "report_id": rid,
            "metric_id": i,
            "section_id": owner,
            "measure_id": measure_id,
            "kind": _enum(part),
            "value": float(m.value),
            "value_text": str(m.value),
            "upper": None if m.upper is None else float(m.upper),
            "upper_text": None if m.upper is None else str(m.upper),
            "unit": m.unit,
            "metric_kind": _enum(m.kind),
            "qualifier": _enum(m.qualifier),
            "change": _enum(m.change),
            "indicator": m.indicator,
            "subject": m.subject,
            "text": m.text,
            **_span(m.span),
        }


def _node_metrics(report: Report) -> Iterator[Any]:
    """Metrics kept only on nodes (a hand-built report with no ``Report.metrics``)."""
    for node in report.walk():
        yield from node.metrics


def _part_rows(report: Report, rid: str) -> Iterator[dict[str, Any]]:
    top = {s.span: str(i) for i, s in enumerate(report.sections, 1)}
    for part in report.parts:
        start = min((s.start for s in part.spans), default=None)
        end = max((s.end for s in part.spans), default=None)
        yield {
            "report_id": rid,
            "kind": _enum(part.kind),
            "present": part.present,
            "standalone": part.standalone,
            "sections": sum(1 for s in part.spans if s in top),
            "section_ids": ";".join(top[s] for s in part.spans if s in top) or None,
            "text": None if start is None else report.source[start:end],
            "start": start,
            "end": end,
        }


def _reference_rows(report: Report, rid: str) -> Iterator[dict[str, Any]]:
    places = _Places(report) if report.references else None
    for i, ref in enumerate(report.references, 1):
        yield {
            "report_id": rid,
            "reference_id": i,
            "section_id": places.section(ref.span) if places else None,
            "title": ref.title,
            "number": ref.number,
            "text": ref.span.slice(report.source),
            **_span(ref.span),
        }


def _diagnostic_rows(report: Report, rid: str) -> Iterator[dict[str, Any]]:
    places = _Places(report) if report.diagnostics else None
    for d in report.diagnostics:
        yield {
            "report_id": rid,
            "code": _enum(d.code),
            "severity": _enum(d.severity),
            "message": d.message,
            "section_id": places.section(d.span) if places else None,
            "start": None if d.span is None else d.span.start,
            "end": None if d.span is None else d.span.end,
        }


_TABLES: Final = {
    "reports": _report_rows,
    "sections": _section_rows,
    "measures": _measure_rows,
    "metrics": _metric_rows,
    "parts": _part_rows,
    "references": _reference_rows,
    "diagnostics": _diagnostic_rows,
}
