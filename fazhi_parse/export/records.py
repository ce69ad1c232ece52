"""Flat tables of a report — one row per section, measure, metric or statutory part.

:func:`to_records` needs nothing beyond the standard library: rows are dicts with the
same keys (:data:`COLUMNS`) for every row of a table, ready for :mod:`csv`, a database or
a DataFrame. :func:`to_pandas` builds that DataFrame; it needs the ``pandas`` extra
(``pip install 'fazhi_parse[pandas]'``) and imports pandas only when called.

Every table has these columns:

``report_id``
    The caller's id for the report, else the first 16 hex digits of the SHA-256 of its
    ``source`` (:func:`report_id`), so rows of many reports can be concatenated.
``path``
    Markers of the enclosing sections (and measure, for a metric), outermost first,
    joined by ``/`` (``二、/（一）``); an implicit section is written ``(implicit)``.
``kind``
    The statutory part (``achievements``, ``problems``, ``duty``, ``plans``, ``other``) of
    the top-level section the row lies in, or None.
``text``, ``start``, ``end``
    The row's raw text and its span in ``source``.
"""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Final, Literal, TypeAlias

from ..model import Metric, Report, Section, SectionKind, Span

__all__ = ["COLUMNS", "TABLES", "Reports", "Table", "report_id", "to_pandas", "to_records"]

Table: TypeAlias = Literal["sections", "measures", "metrics", "parts"]

Reports: TypeAlias = Report | Mapping[str, Report] | Iterable[Report]
"""One report, reports by id, or reports (each id then being :func:`report_id`)."""

_COMMON_HEAD: Final = ("report_id", "path")
_COMMON_TAIL: Final = ("text", "start", "end")

COLUMNS: Final[Mapping[str, tuple[str, ...]]] = {
    "sections": (
        *_COMMON_HEAD,
        "depth", "marker", "scheme", "ordinal", "title", "kind", "implicit",
        *_COMMON_TAIL,
    ),
    "measures": (
        *_COMMON_HEAD,
        "marker", "scheme", "ordinal", "title", "kind", "repaired",
        *_COMMON_TAIL,
    ),
    "metrics": (
        *_COMMON_HEAD,
        "kind", "value", "upper", "unit", "metric_kind", "qualifier", "change", "indicator",
        "subject",
        *_COMMON_TAIL,
    ),
    "parts": (*_COMMON_HEAD, "kind", "present", "standalone", "sections", *_COMMON_TAIL),
}  # fmt: skip
"""Column names of each table, in order."""

TABLES: Final = tuple(COLUMNS)
"""The table names: ``sections``, ``measures``, ``metrics``, ``parts``."""

IMPLICIT: Final = "(implicit)"
"""How an implicit section (no marker of its own) appears in ``path``."""


def report_id(report: Report) -> str:
    """A stable id for a report: 16 hex digits of the SHA-256 of its UTF-8 ``source``."""
    data = report.source.encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()[:16]


def to_records(
    reports: Reports, table: Table, *, report_id: str | None = None
) -> list[dict[str, Any]]:
    """Rows of ``table`` (``"sections"``, ``"measures"``, ``"metrics"`` or ``"parts"``).

    ``reports`` is one report (``report_id`` names it), a mapping from ids to reports, or
    an iterable of reports. Enum values are plain strings; metric values stay ``Decimal``.
    """
    if table not in COLUMNS:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    rows_of = _TABLES[table]
    return [row for rid, report in _by_id(reports, report_id) for row in rows_of(report, rid)]


def to_pandas(reports: Reports, table: Table, *, report_id: str | None = None) -> Any:
    """:func:`to_records` as a :class:`pandas.DataFrame` (metric values and upper ends as
    floats, NaN where a metric is not a range).

    Needs the ``pandas`` extra: ``pip install 'fazhi_parse[pandas]'``.
    """
    try:
        pandas = importlib.import_module("pandas")  # lazily: an optional extra
    except ImportError as exc:
        raise ImportError(
            "to_pandas() needs pandas, which is an optional extra: "
            "pip install 'fazhi_parse[pandas]'"
        ) from exc
    rows = to_records(reports, table, report_id=report_id)
    frame = pandas.DataFrame.from_records(rows, columns=list(COLUMNS[table]))
    if table == "metrics":
        frame["value"] = frame["value"].astype(float)
        frame["upper"] = frame["upper"].astype(float)
    return frame


# --- rows ------------------------------------------------------------------------------------


def _by_id(reports: Reports, rid: str | None) -> Iterator[tuple[str, Report]]:
    if isinstance(reports, Report):
        yield (rid if rid is not None else report_id(reports)), reports
        return
    if rid is not None:
        raise TypeError("report_id= names a single report; pass a mapping of ids to reports")
    if isinstance(reports, Mapping):
        yield from reports.items()
        return
    for report in reports:
        if not isinstance(report, Report):
            raise TypeError(f"expected Report objects, got {type(report).__name__}")
        yield report_id(report), report


def _path(markers: Iterable[str | None]) -> str:
    return "/".join(IMPLICIT if m is None else m for m in markers)


def _enum(value: Any) -> Any:
    return None if value is None else value.value


def _span(span: Span) -> dict[str, int]:
    return {"start": span.start, "end": span.end}


def _walk_sections(
    report: Report,
) -> Iterator[tuple[tuple[str | None, ...], SectionKind | None, Section]]:
    """(ancestor markers, part kind, section) for every section, in document order."""
    stack: list[tuple[tuple[str | None, ...], SectionKind | None, Section]] = [
        ((), s.kind, s) for s in reversed(report.sections)
    ]
    while stack:
        ancestors, kind, section = stack.pop()
        yield ancestors, kind, section
        below = (*ancestors, section.marker)
        stack.extend((below, kind, child) for child in reversed(section.children))


def _section_rows(report: Report, rid: str) -> Iterator[dict[str, Any]]:
    for ancestors, kind, s in _walk_sections(report):
        yield {
            "report_id": rid,
            "path": _path(ancestors),
            "depth": len(ancestors),
            "marker": s.marker,
            "scheme": s.scheme,
            "ordinal": s.ordinal,
            "title": s.title,
            "kind": _enum(kind),
            "implicit": s.implicit,
            "text": s.text,
            **_span(s.span),
        }


def _measure_rows(report: Report, rid: str) -> Iterator[dict[str, Any]]:
    for ancestors, kind, s in _walk_sections(report):
        path = _path((*ancestors, s.marker))
        for m in s.measures:
            yield {
                "report_id": rid,
                "path": path,
                "marker": m.marker,
                "scheme": m.scheme,
                "ordinal": m.ordinal,
                "title": m.title,
                "kind": _enum(kind),
                "repaired": m.repaired,
                "text": m.text,
                **_span(m.span),
            }


def _metric_rows(report: Report, rid: str) -> Iterator[dict[str, Any]]:
    where: dict[Span, tuple[str, SectionKind | None]] = {}
    for ancestors, kind, s in _walk_sections(report):
        here = (*ancestors, s.marker)
        for metric in s.metrics:
            where[metric.span] = (_path(here), kind)
        for measure in s.measures:
            for metric in measure.metrics:
                where[metric.span] = (_path((*here, measure.marker)), kind)
    metrics: Iterable[Metric] = report.metrics
    if not metrics:  # a model that keeps metrics only on nodes
        metrics = sorted(_node_metrics(report), key=lambda m: m.span)
    for m in metrics:
        path, kind = where.get(m.span, ("", None))
        yield {
            "report_id": rid,
            "path": path,
            "kind": _enum(kind),
            "value": m.value,
            "upper": m.upper,
            "unit": m.unit,
            "metric_kind": _enum(m.kind),
            "qualifier": _enum(m.qualifier),
            "change": _enum(m.change),
            "indicator": m.indicator,
            "subject": m.subject,
            "text": m.text,
            **_span(m.span),
        }


def _node_metrics(report: Report) -> Iterator[Metric]:
    for node in report.walk():
        yield from node.metrics


def _part_rows(report: Report, rid: str) -> Iterator[dict[str, Any]]:
    for part in report.parts:
        sections = [s for s in report.sections if s.span in part.spans]
        start = min((s.start for s in part.spans), default=None)
        end = max((s.end for s in part.spans), default=None)
        yield {
            "report_id": rid,
            "path": _path(s.marker for s in sections),
            "kind": _enum(part.kind),
            "present": part.present,
            "standalone": part.standalone,
            "sections": len(part.spans),
            "text": None if start is None else report.source[start:end],
            "start": start,
            "end": end,
        }


_TABLES: Final = {
    "sections": _section_rows,
    "measures": _measure_rows,
    "metrics": _metric_rows,
    "parts": _part_rows,
}
