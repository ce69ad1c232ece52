"""Plain dicts, JSON and a JSON Schema for the model, all read off the attrs fields.

Nothing here is written per class: :func:`to_dict` walks ``attrs.fields`` and
:func:`from_dict` reads the resolved type hints, so a field added to the model serializes
with no edit here. The encoding of values:

=====================  =========================================================
Python                 JSON
=====================  =========================================================
attrs class            object, one key per field, in field order
``tuple`` / ``list``   array
``Mapping[str, V]``    object
``enum.Enum``          its value (``"achievements"``)
``Decimal``            string (``"28600"``, ``"98.2"``) so that values stay exact
``date``               ISO string (``"2023-03-21"``)
``Span``               ``{"start": 0, "end": 4}`` (``[0, 4]`` when compact)
=====================  =========================================================

A report document also carries ``"schema_version"`` (:data:`SCHEMA_VERSION`) as its first key,
then the report's ``id``.

Two forms, read back alike by :func:`from_dict`:

- **compact** (the default): nothing is written twice. A node's ``text`` and a title that is
  the source under its ``title_span`` are left out (rebuilt from ``source``), a section's or
  measure's metrics are indices into ``Report.metrics``, fields equal to their default are
  left out and spans are pairs ``[start, end]``: about twice the source's UTF-8 size;
- **full** (``compact=False``): every field, every text, spans as objects — 4–6× the source,
  for readers that rebuild nothing.

The schema (:func:`json_schema`) is generated from the same introspection, describes both
forms, and is committed as package data (``fazhi_parse/export/schema/report.schema.json``,
read with :func:`load_schema`); a test regenerates it and compares. Regenerate it after
changing the model with ``fazhi-parse --schema > fazhi_parse/export/schema/report.schema.json``.

>>> from fazhi_parse.model import Report, Span
>>> doc = to_dict(Report(id="a", source="报告", preamble=Span(0, 2)))
>>> doc
{'schema_version': '2', 'id': 'a', 'source': '报告', 'preamble': [0, 2]}
>>> to_dict(Report(id="a", source="报告", preamble=Span(0, 2)), compact=False)["preamble"]
{'start': 0, 'end': 2}
>>> from_dict(Report, doc) == Report(id="a", source="报告", preamble=Span(0, 2))
True
"""

from __future__ import annotations

import ast
import collections.abc
import enum
import functools
import importlib.resources
import inspect
import json
import re
import sys
import types
import typing
from collections.abc import Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Final, TypeVar

import attrs

from .. import model

__all__ = [
    "SCHEMA_VERSION",
    "from_dict",
    "from_json",
    "json_schema",
    "json_text",
    "load_schema",
    "schema_json",
    "to_dict",
    "to_json",
]

SCHEMA_VERSION: Final = "2"
"""Version of the document format. Bumped when a field is removed, renamed or retyped;
documents with another version are refused by :func:`from_dict`."""

SCHEMA_RESOURCE: Final = ("schema", "report.schema.json")
"""Where the committed schema lives inside the package."""

_T = TypeVar("_T")
_NONE_TYPE: Final = type(None)
_SURROGATE_RE: Final = re.compile("[\ud800-\udfff]")
_REBUILT_TEXT: Final = (
    "Left out in the compact form (the default) when it is the source under its span, "
    "and then rebuilt from it."
)
_METRIC_INDEX: Final = "The compact form (the default): the metric's index in Report.metrics."
_DECIMAL_PATTERN: Final = r"^-?[0-9]+(\.[0-9]+)?(E[+-][0-9]+)?$"
"""What ``str(Decimal)`` writes for a finite value."""


# --- to JSON-ready values ------------------------------------------------------------------


def to_dict(obj: Any, *, compact: bool = True) -> dict[str, Any]:
    """The model object ``obj`` as JSON-ready dicts, lists, strings, numbers and None.

    A :class:`~fazhi_parse.model.Report` gets ``"schema_version"`` as its first key. In the
    ``compact`` form (the default) nothing is written twice: a node's ``text`` (always
    ``source[span]``) is left out, the metrics of a section or measure are written as
    indices into ``Report.metrics``, a field equal to its default (``false``, ``null``,
    ``[]``, ``"exact"``) is left out and a span is a pair ``[start, end]``;
    :func:`from_dict` rebuilds all of it. ``compact=False`` writes every field, text and
    metric in full, spans as ``{"start": …, "end": …}``, for readers that rebuild nothing.
    """
    if not attrs.has(type(obj)):
        raise TypeError(f"to_dict() takes a model object, not {type(obj).__name__}")
    out: dict[str, Any] = (
        {"schema_version": SCHEMA_VERSION} if isinstance(obj, model.Report) else {}
    )
    context = _Context.of(obj) if compact and isinstance(obj, model.Report) else None
    out.update(_dump_attrs(obj, context))
    return out


@attrs.define
class _Context:
    """What the compact form refers to: the report's source and its metrics by span."""

    source: str
    metrics: tuple[model.Metric, ...] = ()
    index: dict[model.Span, int] = attrs.field(factory=dict)

    @classmethod
    def of(cls, report: model.Report) -> _Context:
        index: dict[model.Span, int] = {}
        for i, metric in enumerate(report.metrics):
            index.setdefault(metric.span, i)
        return cls(report.source, report.metrics, index)

    def metric_index(self, metric: model.Metric) -> int | None:
        """Where ``metric`` is in ``Report.metrics``, if it is there (equal, not only at the
        same span)."""
        i = self.index.get(metric.span)
        return i if i is not None and self.metrics[i] == metric else None


def _dump_attrs(obj: Any, context: _Context | None = None) -> dict[str, Any]:
    cls: type = type(obj)
    if context is None:
        return {f.name: _dump(getattr(obj, f.name)) for f in _init_fields(cls)}
    if cls is model.Span:
        return [obj.start, obj.end]  # type: ignore[return-value]
    out: dict[str, Any] = {}
    for f, default, span_name in _plan(cls):
        value = getattr(obj, f.name)
        if span_name is not None:
            # a text under a span: left out when it is the source there, or when there is no
            # span and it is the default; else written, a None included (left out, it would
            # be rebuilt from the span)
            span = getattr(obj, span_name)
            if _is_span_text(value, span, context.source):
                continue
            if not (span is None and default is not _NO_DEFAULT and value == default):
                out[f.name] = _dump(value, context)
        elif default is not _NO_DEFAULT and value == default:
            continue
        elif f.name == "metrics" and cls is not model.Report:
            out[f.name] = [_dump_metric(m, context) for m in value]
        else:
            out[f.name] = _dump(value, context)
    return out


_NO_DEFAULT: Final = object()


@functools.cache
def _plan(cls: type) -> tuple[tuple[attrs.Attribute[Any], Any, str | None], ...]:
    """How the compact form writes each init field of ``cls``: with its default value (a
    factory's called once) or :data:`_NO_DEFAULT`, and the span its text is read from
    (``span`` for ``text``, ``title_span`` for ``title``) or None."""
    names = {f.name for f in _init_fields(cls)}
    out = []
    for f in _init_fields(cls):
        default: Any = f.default
        if default is attrs.NOTHING:
            default = _NO_DEFAULT
        elif isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            default = _NO_DEFAULT if default.takes_self else default.factory()
        span_name = _span_of(f.name)
        out.append((f, default, span_name if span_name in names else None))
    return tuple(out)


def _is_span_text(text: Any, span: Any, source: str) -> bool:
    return isinstance(span, model.Span) and text == source[span.start : span.end]


def _dump_metric(metric: model.Metric, context: _Context) -> Any:
    i = context.metric_index(metric)
    return _dump_attrs(metric, context) if i is None else i


def _dump(value: Any, context: _Context | None = None) -> Any:
    # Enum first: the model's enums are also ``str``.
    if isinstance(value, enum.Enum):
        return value.value
    if value is None or isinstance(value, (str, int, float)):
        return value
    if attrs.has(type(value)):
        return _dump_attrs(value, context)
    if isinstance(value, (tuple, list)):
        return [_dump(v, context) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _dump(v, context) for k, v in value.items()}
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot serialize {type(value).__name__}: {value!r}")


def to_json(obj: Any, *, indent: int | None = None, compact: bool = True) -> str:
    """JSON text of :func:`to_dict` (``compact`` as there): UTF-8-ready, non-ASCII written
    as is.

    Only what UTF-8 cannot encode is escaped: lone surrogates become ``\\udXXX`` (and, as
    JSON requires, control characters are escaped too), so the result always encodes
    to UTF-8. JSON has one spelling for an escaped high surrogate followed by an escaped
    low one: it reads back as the astral character the pair encodes.
    """
    return json_text(to_dict(obj, compact=compact), indent=indent, tight=compact)


def json_text(value: Any, *, indent: int | None = None, tight: bool = False) -> str:
    """``json.dumps`` of JSON-ready ``value`` with non-ASCII as is and lone surrogates
    escaped: text that always encodes to UTF-8. ``tight`` leaves out the spaces after ``,``
    and ``:`` (when there is no ``indent``)."""
    separators = (",", ":") if tight and indent is None else None
    text = json.dumps(value, ensure_ascii=False, indent=indent, separators=separators)
    if _SURROGATE_RE.search(text):
        text = _SURROGATE_RE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return text


# --- from JSON-ready values ----------------------------------------------------------------


def from_dict(cls: type[_T], data: Mapping[str, Any]) -> _T:
    """Rebuild a model object of type ``cls`` from :func:`to_dict` output.

    Raises :class:`ValueError` naming the path of the first bad value (``sections[0].span``),
    an unknown or missing key, a ``schema_version`` other than :data:`SCHEMA_VERSION`, a span
    past the end of the source, or a stored ``text`` that is not the source under its span.
    """
    if not attrs.has(cls):
        raise TypeError(f"from_dict() needs a model class, not {cls!r}")
    if isinstance(data, list):
        raise ValueError(
            f"expected one document (an object), got an array of {len(data)}: read each "
            "item with Report.from_dict"
        )
    if not isinstance(data, Mapping):
        raise ValueError(f"expected an object, got {_json_type(data)}")
    if cls is model.Report and "error" in data and "source" not in data:
        raise ValueError(
            f"this is the record of a failure, not a report: {data.get('id')}: {data['error']}"
        )
    if "schema_version" in data or cls is model.Report:
        version = data.get("schema_version")
        if version != SCHEMA_VERSION:
            raise ValueError(
                f"schema_version {version!r} is not supported (this library reads "
                f"{SCHEMA_VERSION!r})"
            )
        data = {k: v for k, v in data.items() if k != "schema_version"}
    context = None
    if cls is model.Report and isinstance(data.get("source"), str):
        context = _Context(data["source"])
        metrics = _load(_hints(cls)["metrics"], data.get("metrics", []), "metrics", context)
        context.metrics = metrics
    obj = _load_attrs(cls, data, "", context)
    if isinstance(obj, model.Report):
        _check_spans(obj)
    return typing.cast(_T, obj)


def from_json(text: str | bytes, cls: type[_T] = model.Report) -> _T:  # type: ignore[assignment]
    """Rebuild a model object (by default a Report) from :func:`to_json` output, or from
    one line of a JSONL file written by ``fazhi-parse --format jsonl``."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":
            raise ValueError(
                f"more than one JSON document (line {exc.lineno}): a JSONL file is read one "
                "line at a time, each line with Report.from_json"
            ) from None
        raise ValueError(f"not JSON: {exc}") from None
    return from_dict(cls, data)


def _check_spans(report: model.Report) -> None:
    """Every span of ``report`` inside its source, every stored ``text`` equal to the source
    under its span: a document whose texts were edited apart from the source is refused."""
    size = len(report.source)

    def check(node: Any, path: str) -> None:
        for field in attrs.fields(type(node)):
            value = getattr(node, field.name)
            here = f"{path}.{field.name}" if path else field.name
            if isinstance(value, model.Span):
                if value.end > size:
                    raise ValueError(f"{here}: {value} ends past the source ({size} characters)")
            elif isinstance(value, tuple):
                for i, item in enumerate(value):
                    if attrs.has(type(item)):
                        check(item, f"{here}[{i}]")
            elif attrs.has(type(value)):
                check(value, here)
        span, text = getattr(node, "span", None), getattr(node, "text", None)
        if (
            isinstance(span, model.Span)
            and isinstance(text, str)
            and text != report.source[span.start : span.end]
        ):
            raise ValueError(f"{path}.text: does not match the source under {path}.span")

    check(report, "")


def _load_attrs(cls: type, data: Any, path: str, context: _Context | None = None) -> Any:
    if not isinstance(data, Mapping):
        raise ValueError(f"{path or 'document'}: expected an object, got {_json_type(data)}")
    fields = _init_fields(cls)
    hints = _hints(cls)
    unknown = data.keys() - {f.name for f in fields}
    if unknown:
        raise ValueError(
            f"{path or 'document'}: unknown key {sorted(unknown)[0]!r} for {cls.__name__}"
        )
    kwargs: dict[str, Any] = {}
    rebuilt: list[str] = []
    for f in fields:
        here = f"{path}.{f.name}" if path else f.name
        if f.name in data:
            if f.name == "metrics" and context is not None and cls is not model.Report:
                kwargs[f.name] = _load_metrics(data[f.name], here, context)
            else:
                kwargs[f.alias or f.name] = _load(hints[f.name], data[f.name], here, context)
        elif context is not None and f"{_span_of(f.name)}" in data:
            rebuilt.append(f.name)  # the compact form: source[span], once the span is read
        elif f.default is attrs.NOTHING:
            raise ValueError(f"{here}: missing")
    for name in rebuilt:
        span = kwargs.get(_span_of(name))
        if isinstance(span, model.Span):
            kwargs[name] = span.slice(context.source)  # type: ignore[union-attr]
    try:
        return cls(**kwargs)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{path or 'document'}: {exc}") from exc


def _span_of(name: str) -> str:
    """The span field a field's text is read from: ``span`` for ``text``, ``title_span`` for
    ``title``."""
    return "span" if name == "text" else f"{name}_span"


def _load_metrics(value: Any, path: str, context: _Context) -> tuple[model.Metric, ...]:
    """A node's metrics: objects, or (compact form) indices into ``Report.metrics``."""
    out: list[model.Metric] = []
    for i, item in enumerate(_expect(list, value, path)):
        here = f"{path}[{i}]"
        if isinstance(item, int) and not isinstance(item, bool):
            if not 0 <= item < len(context.metrics):
                raise ValueError(
                    f"{here}: index {item} is not in Report.metrics ({len(context.metrics)})"
                )
            out.append(context.metrics[item])
        else:
            out.append(_load_attrs(model.Metric, item, here, context))
    return tuple(out)


def _load(tp: Any, value: Any, path: str, context: _Context | None = None) -> Any:
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        args = typing.get_args(tp)
        if value is None and _NONE_TYPE in args:
            return None
        options = [a for a in args if a is not _NONE_TYPE]
        if len(options) != 1:
            raise TypeError(f"{path}: cannot load a union of {options}")
        return _load(options[0], value, path, context)
    if origin is tuple:
        items = _expect(list, value, path)
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_load(args[0], v, f"{path}[{i}]", context) for i, v in enumerate(items))
        if len(args) != len(items):
            raise ValueError(f"{path}: expected {len(args)} items, got {len(items)}")
        return tuple(
            _load(a, v, f"{path}[{i}]", context)
            for i, (a, v) in enumerate(zip(args, items, strict=True))
        )
    if origin in (list, collections.abc.Sequence):
        (arg,) = typing.get_args(tp)
        return [
            _load(arg, v, f"{path}[{i}]", context) for i, v in enumerate(_expect(list, value, path))
        ]
    if origin in (dict, collections.abc.Mapping):
        _, arg = typing.get_args(tp)
        obj = _expect(dict, value, path)
        return {k: _load(arg, v, f"{path}.{k}", context) for k, v in obj.items()}
    if isinstance(tp, type):
        if issubclass(tp, enum.Enum):
            try:
                return tp(value)
            except ValueError:
                allowed = ", ".join(repr(m.value) for m in tp)
                raise ValueError(f"{path}: {value!r} is not one of {allowed}") from None
        if tp is model.Span and isinstance(value, list):
            return _load_span_pair(value, path)
        if attrs.has(tp):
            return _load_attrs(tp, value, path, context)
        if tp is Decimal:
            try:
                return Decimal(_expect(str, value, path))
            except InvalidOperation:
                raise ValueError(f"{path}: {value!r} is not a decimal number") from None
        if tp is date:
            try:
                return date.fromisoformat(_expect(str, value, path))
            except ValueError:
                raise ValueError(f"{path}: {value!r} is not an ISO date") from None
        if tp is bool:
            return _expect(bool, value, path)
        if tp in (int, str):
            if isinstance(value, bool):
                raise ValueError(f"{path}: expected {_JSON_TYPES[tp]}, got boolean")
            return _expect(tp, value, path)
    if tp is Any:
        return value
    raise TypeError(f"{path}: unsupported field type {tp!r}")


def _load_span_pair(value: list[Any], path: str) -> model.Span:
    """A span in the compact form, ``[start, end]``."""
    if len(value) != 2 or not all(type(v) is int for v in value):
        raise ValueError(f"{path}: a span is [start, end] (two integers), got {value!r}")
    try:
        return model.Span(value[0], value[1])
    except ValueError as exc:
        raise ValueError(f"{path}: {exc}") from None


_JSON_TYPES: Final[dict[type, str]] = {
    dict: "object",
    list: "array",
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
    type(None): "null",
}


def _expect(tp: type[_T], value: Any, path: str) -> _T:
    if not isinstance(value, tp):
        raise ValueError(f"{path}: expected {_JSON_TYPES[tp]}, got {_json_type(value)}")
    return value


def _json_type(value: Any) -> str:
    for tp in (bool, dict, list, str, int, float, type(None)):
        if isinstance(value, tp):
            return _JSON_TYPES[tp]
    return type(value).__name__


@functools.cache
def _init_fields(cls: type) -> tuple[attrs.Attribute[Any], ...]:
    return tuple(f for f in attrs.fields(cls) if f.init)


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(sys.modules[cls.__module__]))


# --- JSON Schema ---------------------------------------------------------------------------


def json_schema() -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) for :func:`to_dict` output of a Report, generated from
    the model: each class and enum under ``$defs``, field docstrings as descriptions."""
    defs: dict[str, Any] = {}
    _schema_for(model.Report, defs)
    root = defs.pop("Report")
    root["properties"] = {
        "schema_version": {
            "const": SCHEMA_VERSION,
            "description": "Version of this document format.",
        },
        **root["properties"],
    }
    root["required"] = ["schema_version", *root["required"]]
    defs["Span"] = {
        "description": defs["Span"].get("description", ""),
        "anyOf": [
            {k: v for k, v in defs["Span"].items() if k != "description"},
            {
                "description": "The compact form (the default): [start, end].",
                "type": "array",
                "prefixItems": [{"type": "integer", "minimum": 0}] * 2,
                "items": False,
                "minItems": 2,
            },
        ],
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:fazhi-parse:report:{SCHEMA_VERSION}",
        "title": "fazhi_parse Report",
        **root,
        "$defs": dict(sorted(defs.items())),
    }


def schema_json() -> str:
    """:func:`json_schema` as the text committed under ``fazhi_parse/export/schema/``."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


def load_schema() -> dict[str, Any]:
    """The committed JSON Schema, read from package data."""
    resource = importlib.resources.files(__package__ or "fazhi_parse")
    for part in SCHEMA_RESOURCE:
        resource = resource.joinpath(part)
    return typing.cast(dict[str, Any], json.loads(resource.read_text(encoding="utf-8")))


def _schema_for(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        options = [_schema_for(a, defs) for a in typing.get_args(tp)]
        return {"anyOf": options}
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": _schema_for(args[0], defs)}
        return {
            "type": "array",
            "prefixItems": [_schema_for(a, defs) for a in args],
            "items": False,
        }
    if origin in (list, collections.abc.Sequence):
        return {"type": "array", "items": _schema_for(typing.get_args(tp)[0], defs)}
    if origin in (dict, collections.abc.Mapping):
        return {"type": "object", "additionalProperties": _schema_for(typing.get_args(tp)[1], defs)}
    if tp is _NONE_TYPE:
        return {"type": "null"}
    if tp is Decimal:
        return {"type": "string", "pattern": _DECIMAL_PATTERN}
    if tp is date:
        return {"type": "string", "format": "date"}
    if tp in _JSON_TYPES:
        return {"type": _JSON_TYPES[tp]}
    if isinstance(tp, type) and (issubclass(tp, enum.Enum) or attrs.has(tp)):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder first: classes refer to themselves
            defs[name] = _enum_schema(tp) if issubclass(tp, enum.Enum) else _class_schema(tp, defs)
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no schema for {tp!r}")


def _enum_schema(tp: type[enum.Enum]) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "string", "enum": [m.value for m in tp]}
    if tp.__doc__:
        out = {"description": inspect.cleandoc(tp.__doc__), **out}
    return out


def _class_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = _hints(cls)
    docs = _field_docs(cls)
    properties: dict[str, Any] = {}
    names = {f.name for f in _init_fields(cls)}
    rebuilt = {n for n in names if _span_of(n) in names}
    for f in _init_fields(cls):
        prop = _schema_for(hints[f.name], defs)
        if f.name == "metrics" and cls is not model.Report:
            prop["items"] = {
                "anyOf": [
                    prop["items"],
                    {"type": "integer", "minimum": 0, "description": _METRIC_INDEX},
                ]
            }
        doc = docs.get(f.name)
        if f.name in rebuilt:
            doc = f"{doc} {_REBUILT_TEXT}" if doc else _REBUILT_TEXT
        if doc:
            prop = {"description": doc, **prop}
        properties[f.name] = prop
    out: dict[str, Any] = {}
    if cls.__doc__:
        out["description"] = inspect.cleandoc(cls.__doc__)
    out.update(
        type="object",
        properties=properties,
        required=[
            f.name
            for f in _init_fields(cls)
            if f.default is attrs.NOTHING and f.name not in rebuilt
        ],
        additionalProperties=False,
    )
    return out


def _field_docs(cls: type) -> dict[str, str]:
    """Field docstrings (the string literal under an annotated field), read from source."""
    return _module_field_docs(cls.__module__).get(cls.__qualname__, {})


@functools.cache
def _module_field_docs(module_name: str) -> dict[str, dict[str, str]]:
    try:
        tree = ast.parse(inspect.getsource(sys.modules[module_name]))
    except (OSError, TypeError):  # no source (frozen, zipped without .py): no descriptions
        return {}
    out: dict[str, dict[str, str]] = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        docs: dict[str, str] = {}
        for stmt, after in zip(node.body, node.body[1:], strict=False):
            if (
                isinstance(stmt, ast.AnnAssign)
                and isinstance(stmt.target, ast.Name)
                and isinstance(after, ast.Expr)
                and isinstance(after.value, ast.Constant)
                and isinstance(after.value.value, str)
            ):
                docs[stmt.target.id] = inspect.cleandoc(after.value.value)
        out[node.name] = docs
    return out
