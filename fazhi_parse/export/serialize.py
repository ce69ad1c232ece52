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
``Span``               ``{"start": 0, "end": 4}``
=====================  =========================================================

A report document also carries ``"schema_version"`` (:data:`SCHEMA_VERSION`) as its first key.
The schema (:func:`json_schema`) is generated from the same introspection and committed
as package data (``fazhi_parse/export/schema/report.schema.json``, read with :func:`load_schema`);
a test regenerates it and compares. Regenerate it after changing the model with
``fazhi-parse --schema > fazhi_parse/export/schema/report.schema.json``.

>>> from fazhi_parse.model import Report, Span
>>> doc = to_dict(Report(source="报告", preamble=Span(0, 2)))
>>> doc["schema_version"], doc["preamble"]
('2', {'start': 0, 'end': 2})
>>> from_dict(Report, doc) == Report(source="报告", preamble=Span(0, 2))
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
_DECIMAL_PATTERN: Final = r"^-?[0-9]+(\.[0-9]+)?(E[+-][0-9]+)?$"
"""What ``str(Decimal)`` writes for a finite value."""


# --- to JSON-ready values ------------------------------------------------------------------


def to_dict(obj: Any) -> dict[str, Any]:
    """The model object ``obj`` as JSON-ready dicts, lists, strings, numbers and None.

    A :class:`~fazhi_parse.model.Report` gets ``"schema_version"`` as its first key.
    """
    if not attrs.has(type(obj)):
        raise TypeError(f"to_dict() takes a model object, not {type(obj).__name__}")
    out: dict[str, Any] = (
        {"schema_version": SCHEMA_VERSION} if isinstance(obj, model.Report) else {}
    )
    out.update(_dump_attrs(obj))
    return out


def _dump_attrs(obj: Any) -> dict[str, Any]:
    cls: type = type(obj)
    return {f.name: _dump(getattr(obj, f.name)) for f in _init_fields(cls)}


def _dump(value: Any) -> Any:
    # Enum first: the model's enums are also ``str``.
    if isinstance(value, enum.Enum):
        return value.value
    if value is None or isinstance(value, (str, int, float)):
        return value
    if attrs.has(type(value)):
        return _dump_attrs(value)
    if isinstance(value, (tuple, list)):
        return [_dump(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _dump(v) for k, v in value.items()}
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot serialize {type(value).__name__}: {value!r}")


def to_json(obj: Any, *, indent: int | None = None) -> str:
    """JSON text of :func:`to_dict`: UTF-8-ready, non-ASCII written as is.

    Only what UTF-8 cannot encode is escaped: lone surrogates become ``\\udXXX`` (and, as
    JSON requires, control characters are escaped too), so the result always encodes
    to UTF-8. JSON has one spelling for an escaped high surrogate followed by an escaped
    low one: it reads back as the astral character the pair encodes.
    """
    return json_text(to_dict(obj), indent=indent)


def json_text(value: Any, *, indent: int | None = None) -> str:
    """``json.dumps`` of JSON-ready ``value`` with non-ASCII as is and lone surrogates
    escaped: text that always encodes to UTF-8."""
    text = json.dumps(value, ensure_ascii=False, indent=indent)
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
    if not isinstance(data, Mapping):
        raise ValueError(f"expected an object, got {_json_type(data)}")
    if "schema_version" in data or cls is model.Report:
        version = data.get("schema_version")
        if version != SCHEMA_VERSION:
            raise ValueError(
                f"schema_version {version!r} is not supported (this library reads "
                f"{SCHEMA_VERSION!r})"
            )
        data = {k: v for k, v in data.items() if k != "schema_version"}
    obj = _load_attrs(cls, data, "")
    if isinstance(obj, model.Report):
        _check_spans(obj)
    return typing.cast(_T, obj)


def from_json(text: str | bytes, cls: type[_T] = model.Report) -> _T:  # type: ignore[assignment]
    """Rebuild a model object (by default a Report) from :func:`to_json` output."""
    return from_dict(cls, json.loads(text))


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


def _load_attrs(cls: type, data: Any, path: str) -> Any:
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
    for f in fields:
        here = f"{path}.{f.name}" if path else f.name
        if f.name in data:
            kwargs[f.alias or f.name] = _load(hints[f.name], data[f.name], here)
        elif f.default is attrs.NOTHING:
            raise ValueError(f"{here}: missing")
    try:
        return cls(**kwargs)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{path or 'document'}: {exc}") from exc


def _load(tp: Any, value: Any, path: str) -> Any:
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        args = typing.get_args(tp)
        if value is None and _NONE_TYPE in args:
            return None
        options = [a for a in args if a is not _NONE_TYPE]
        if len(options) != 1:
            raise TypeError(f"{path}: cannot load a union of {options}")
        return _load(options[0], value, path)
    if origin is tuple:
        items = _expect(list, value, path)
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_load(args[0], v, f"{path}[{i}]") for i, v in enumerate(items))
        if len(args) != len(items):
            raise ValueError(f"{path}: expected {len(args)} items, got {len(items)}")
        return tuple(
            _load(a, v, f"{path}[{i}]") for i, (a, v) in enumerate(zip(args, items, strict=True))
        )
    if origin in (list, collections.abc.Sequence):
        (arg,) = typing.get_args(tp)
        return [_load(arg, v, f"{path}[{i}]") for i, v in enumerate(_expect(list, value, path))]
    if origin in (dict, collections.abc.Mapping):
        _, arg = typing.get_args(tp)
        obj = _expect(dict, value, path)
        return {k: _load(arg, v, f"{path}.{k}") for k, v in obj.items()}
    if isinstance(tp, type):
        if issubclass(tp, enum.Enum):
            try:
                return tp(value)
            except ValueError:
                allowed = ", ".join(repr(m.value) for m in tp)
                raise ValueError(f"{path}: {value!r} is not one of {allowed}") from None
        if attrs.has(tp):
            return _load_attrs(tp, value, path)
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
    for f in _init_fields(cls):
        prop = _schema_for(hints[f.name], defs)
        if f.name in docs:
            prop = {"description": docs[f.name], **prop}
        properties[f.name] = prop
    out: dict[str, Any] = {}
    if cls.__doc__:
        out["description"] = inspect.cleandoc(cls.__doc__)
    out.update(
        type="object",
        properties=properties,
        required=[f.name for f in _init_fields(cls) if f.default is attrs.NOTHING],
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
